#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// What the days before a transfer to a collection agency are counted from
// (handbook 7.19 "Antal dagar sen förfallodag / påminnelse 1 respektive 2",
// 7.20 "sen inkassokrav / sen påminnelse 2"). One per company and routine.
enum class AgencyBasis { DueDate, Reminder1, Reminder2, Collection };

QString agencyBasisCode(AgencyBasis basis); // "due", "reminder1", "reminder2", "collection"
std::optional<AgencyBasis> agencyBasisFromCode(const QString &code);
QString agencyBasisName(AgencyBasis basis); // "förfallodag", "påminnelse 1", …

// The kind of debt in the agency file, from the SFI category (seed 003
// "SFI-kategorins betydelse i inkassofilen"), with its code for Intrum
// Justitia and for Svea Inkasso. A routine without a category is "Ej vald".
struct DebtCategory
{
    QString code;   // "housing", "premises", "parking", "storage", "garage", "" = not chosen
    QString name;   // "Bostad", "Övriga (lokaler)", … "Ej vald"
    QString intrum; // 17, 18, 19, 20, 30, 99
    QString svea;   // BO, LO, PA, LO, LO, LO

    static QList<DebtCategory> all(); // in the order of seed 003, "Ej vald" last
    static DebtCategory of(const QString &code); // unknown or "" = "Ej vald"
    static bool isKnown(const QString &code);    // "" counts as known
};

// The collection agency a company sends its claims to (handbook 7.19
// "Inkassobolag/F9"): kept per company. Its bankgiro/plusgiro numbers are not
// stored here: they are the agency giros of the payment parameters
// (core/payments/paymentparameters.h, one list for the ledger), which the
// payment import reads to post the agency's payments with the agency method
// (and the correction file leaves out); saveAgency() writes them there.
struct Agency
{
    enum class Kind { Intrum, Svea, Other };
    QString company;
    Kind kind = Kind::Other;
    QString name;           // <= 30
    QString customerNumber; // the company's customer number at the agency, <= 15
    QString groupNumber;    // koncernnummer, Svea only, <= 15
    QString senderName;     // the name in the file ("Företagsnamn"); "" = the company's name
    QStringList giros;      // PaymentParameters::agencyGiros (shared by the companies)

    static QString kindCode(Kind kind); // "intrum", "svea", "other"
    static std::optional<Kind> kindFromCode(const QString &code);
    static QString kindName(Kind kind); // "Intrum Justitia", "Svea Inkasso", "Annat"
    // The debt category code this agency reads ("17" / "BO"; other: Intrum's).
    QString categoryCode(const DebtCategory &category) const;

    static constexpr int MaxName = 30;
    static constexpr int MaxNumber = 15;
};

// Styrvärden for one company and routine (handbook 7.19 "Inställningar",
// "Urval"; 7.20 "Koder för uppdatering av reskontran").
struct AgencySettings
{
    QString company;
    QString routine;
    AgencyBasis basis = AgencyBasis::Collection;
    int days = 30;              // at least this many days after the basis date
    // Payment methods that zero a claim on transfer (7.20). capitalMethod ""
    // (the handbook's 0) = the claim is not zeroed. It must be a K method
    // without fee type whose counter account is the receivable for the
    // agency (its fixed account, or the company's account for the method).
    // feeMethod: K with fee type K (collection fee), written off against the
    // collection fee income; interestMethod: K with fee type D, against the
    // interest income (both accounts from kravparametrar). "" = that part
    // goes to the agency with the capital.
    QString capitalMethod;
    QString feeMethod;
    QString interestMethod;
    int dunningCode = 4;        // set on every transferred claim; must stop interest
    QString watchText;          // betalningsbevakning set on every transferred claim
    bool skipWithoutIdNumber = false; // "Ta inte med fakturor utan personnummer"
    QString debtCategory;       // DebtCategory::code, "" = Ej vald

    static constexpr int MaxDays = 999;
    static constexpr int MaxWatchText = 40;
};

// The settings and the agencies, checked before they are saved; saving is
// audited in one unit of work.
class AgencySettingsRegister
{
public:
    explicit AgencySettingsRegister(Database &db) : m_db(db) {}

    // company "" = every company; in company, routine order.
    QList<AgencySettings> all(const QString &company = QString());
    std::optional<AgencySettings> settings(const QString &company, const QString &routine);
    // Every problem, in Swedish, naming the field; empty = valid.
    QStringList problems(const AgencySettings &settings);
    // Refuses (LedgerError::Refused, nothing changed) with the problems.
    void save(const AgencySettings &settings);
    void remove(const QString &company, const QString &routine);
    // What a new company/routine gets: 30 days after the collection demand,
    // not zeroed (no capital method), fee K and interest R where they exist,
    // dunning code 4, watch text "Överförd till inkasso".
    static AgencySettings defaults(const QString &company, const QString &routine);

    // The company's agency, with the giros of its payment parameters.
    std::optional<Agency> agency(const QString &company);
    QList<Agency> agencies();
    QStringList problems(const Agency &agency);
    // Saves the agency and its giros (PaymentParameters::save validates
    // them), one unit of work, audited.
    void saveAgency(const Agency &agency);

    // The counter account the capital method books against for `company`
    // (its fixed account, else the company's account for the method); "" =
    // none, and zeroing with it is refused.
    QString capitalAccount(const QString &company, const QString &routine, const QString &method);

private:
    Database &m_db;
};

} // namespace rsk
