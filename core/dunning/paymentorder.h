#pragma once

#include "money/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// Limits and amounts of Betalningsföreläggande (handbook 7.17, FACTS-SE §5–6).
namespace payment_order {
constexpr int MaxClaims = 16;           // "Upp till 16 fakturor för en person"
constexpr int ClaimsPerTab = 8;         // "På första fliken ... 8 fakturor"
constexpr int MaxConcerns = 67;         // "Avser ... maximalt 67 tecken"
constexpr int MaxRatePercent = 99;      // alternative 2: "maximalt 2 siffror"
constexpr int MaxGround = 44;           // "Grund ... maximalt 44 tecken"
constexpr int MaxSpecialInformation = 60;
constexpr int MaxOtherCostName = 24;    // "vad detta är med maximalt 24 tecken"
constexpr qint64 MaxCostKronor = 9999;  // "hela kronor och maximalt 4 siffror"
constexpr int BlockLines = 5;           // sökande, ombud: "5 rader om vardera 30 tecken"
constexpr int BlockLineLength = 30;
// FACTS-SE §6: the application fee, förordning (1992:1094) 1 §, and what
// own work or an agent usually gives at most, lag (1990:746) 48 §.
constexpr qint64 ApplicationFeeOre = 30000;
constexpr qint64 OwnWorkCapOre = 38000;
} // namespace payment_order

// "Ränta alternativ" (7.17): 1 = reference rate + the ledger's margin
// (räntelagen 6 §, kravparametrar 7.2), 2 = another rate with a ground,
// 3 = no interest claimed.
enum class PaymentOrderInterest { ReferenceRate = 1, OtherRate = 2, None = 3 };

// Verkställighet (7.17 flik Utskrift): exactly one is required.
enum class PaymentOrderEnforcement { Unset, Limited, Full, NotRequested };

// Sökandeuppgifter (F18) and the choices of flik Utskrift: saved once per
// company and used for every application it makes.
struct PaymentOrderApplicant
{
    QString company;         // whose data this is
    QStringList applicant;   // sökande: name and address, 5 × 30
    QString applicantOrgNr;  // 10 digits, check digit checked
    QString officeCity;      // the register entry it came from (7.10); "" = typed
    QStringList office;      // mottagande kronofogdemyndighet, 5 × 30, editable
    QStringList agent;       // ombud, 5 × 30, may be empty
    // Hantering av ansökningsavgift: the fee paid to Kronofogden, and how.
    Money applicationFee = Money::fromOre(payment_order::ApplicationFeeOre);
    QString feePlusgiro;     // "Betalas till kronofogdemyndighetens plusgirokonto"
    bool feeEnclosed = false; // "Bifogas"
    // Handräckning/panträtt.
    bool assistance = false; // "Ansökan avser även handräckning enligt bilaga"
    bool pledge = false;     // "... fastställande till betalning ur pant ..."
    // Verkställighet.
    PaymentOrderEnforcement enforcement = PaymentOrderEnforcement::Unset;
    bool realEstate = false; // "Begär utmätning av fast egendom"

    QJsonObject toJson() const;
    static PaymentOrderApplicant fromJson(const QJsonObject &o);
    bool operator==(const PaymentOrderApplicant &o) const { return toJson() == o.toJson(); }
};

// One cost of the Kostnader tab, in print order: key, label, amount.
struct PaymentOrderCostLine
{
    QString key;    // "applicationFee", "ownWork", … (the problem field is "cost.<key>")
    QString label;  // Swedish, as printed
    Money amount;
    bool collection = false; // an inkassokostnad (else a kostnad i målet)
};

// Flik Kostnader: every amount whole kronor, at most 4 digits.
struct PaymentOrderCosts
{
    // Yrkade kostnader i målet.
    Money applicationFee = Money::fromOre(payment_order::ApplicationFeeOre);
    Money ownWork;                 // eget arbete / ombuds arvode
    Money registrationCertificate; // registreringsbevis
    Money otherCase;               // övriga kostnader (enligt bilaga)
    // Yrkade inkassokostnader.
    Money reminder;                // betalningspåminnelse
    Money demand;                  // kravbrev
    Money paymentPlan;             // amorteringsplan
    QString otherCollectionName;   // <= 24
    Money otherCollection;
    // Why costs above the statutory maximums are claimed; logged.
    QString overrideReason;

    QList<PaymentOrderCostLine> lines() const;
    Money caseTotal() const;
    Money collectionTotal() const;
    Money total() const { return caseTotal() + collectionTotal(); }
};

// One row of the Fakturor tabs. A row with neither company nor invoice is
// blank and skipped.
struct PaymentOrderClaimInput
{
    QString company;
    QString invoiceNumber;
    QString concerns; // "avser", <= 67; "" = from the claim
    bool isBlank() const
    {
        return company.trimmed().isEmpty() && invoiceNumber.trimmed().isEmpty()
               && concerns.trimmed().isEmpty();
    }
};

// What the clerk enters for one application.
struct PaymentOrderApplication
{
    QDate applicationDate;
    QString idNumber; // as typed; "" = taken from the claims
    QList<PaymentOrderClaimInput> claims; // row 1 = index 0
    PaymentOrderInterest interest = PaymentOrderInterest::ReferenceRate;
    qint64 otherRateHundredths = 0; // alternative 2: whole percent 1–99 (12 % = 1200)
    QString interestGround;         // alternative 2, <= 44
    QString specialInformation;     // <= 60
    PaymentOrderCosts costs;
    PaymentOrderApplicant applicant;

    QJsonObject toJson() const;
    static PaymentOrderApplication fromJson(const QJsonObject &o);
};

// One problem, with the field it concerns: "idNumber", "applicationDate",
// "claims", "claim.company", "claim.invoice", "claim.concerns" (with `row`
// 1–16), "interest", "rate", "ground", "specialInformation",
// "cost.<key>", "overrideReason", "applicant.lines", "applicant.orgNr",
// "office", "agent", "applicationFee", "feePayment", "enforcement".
struct PaymentOrderProblem
{
    QString field;
    int row = 0;      // claim row 1–16, or the line 1–5 of a block; 0 = none
    QString message;  // Swedish, names the field (and "Rad N")
    bool capWarning = false; // a cost above its statutory maximum, no reason given
};

struct PaymentOrderDebtor
{
    QString idNumber; // canonical (YYYYMMDDNNNC / NNNNNNNNNC)
    QString idDisplay; // "19811218-9876"
    QString name;
    QString name2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;     // the code as the claim has it: the XML's <Land>
    QString countryName; // the PDF's line: CountryNames::printed ("NORGE", "" for Sweden)
    bool addressWithheld = false; // protected identity: the address is not printed
};

// One claim of the computed application.
struct PaymentOrderClaim
{
    int row = 0;
    qint64 invoiceId = 0;
    int version = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    QDate invoiceDate;
    QDate dueDate;
    QString concerns;   // as typed, or the claim's description, or routine name and period
    Money capital;      // the open capital
    QDate interestFrom; // invalid: no interest claimed
    qint64 rateHundredths = 0; // alternative 1: the margin over the reference rate;
                               // 2: the rate; 3: 0
    QString rateText;   // "ref.räntan + 8,00", "12 %", "" (short, for tables)
    Money interest;     // accrued to the application date, less interest already paid
    QString interestNote; // why there is none, or unverified rates

    // "Faktura 040000001 daterad 2024-01-01, förfallen 2024-01-31: Vatten"
    QString basis() const;
};

// A computed application: what is printed, exported and recorded.
struct PaymentOrder
{
    qint64 id = 0; // payment_order.id; 0 = not printed yet (a draft)
    PaymentOrderApplication application;
    PaymentOrderDebtor debtor;
    QList<PaymentOrderClaim> claims;
    QStringList overrides; // costs above their maximums, in words
    QStringList notes;     // warnings (UNVERIFIED reference rates)
    QString createdBy;
    QString createdAt;

    Money capitalTotal() const;
    Money interestTotal() const;
    Money costsTotal() const { return application.costs.total(); }
    Money total() const { return capitalTotal() + interestTotal() + costsTotal(); }
    // "referensräntan + 8,00 procentenheter (räntelagen 6 §)" / "12 % (grund: …)" / "ingen ränta"
    QString interestText() const;

    QJsonObject toJson() const;
    static PaymentOrder fromJson(const QJsonObject &o);
};

struct PaymentOrderInfo
{
    qint64 id = 0;
    QDate applicationDate;
    QString idNumber;
    QString name;
    int claims = 0;
    Money total;
    QString createdBy;
    QString createdAt;
};

// Betalningsföreläggande (handbook 7.17, DOMAIN.md "Later steps"): one
// debtor per application, up to 16 claims across companies.
//
// Checks (problems() lists every one with its field and row):
// - Claims: at least one, at most 16; each company and invoice must exist,
//   be due on the application date, have open capital (> 0) and no payment
//   order date yet (handbook 6.1: "Om utskrift ska köras ut ytterligare en
//   gång måste datumet tas bort"); no claim twice.
// - Person number: a typed one must pass the check digit; every claim that
//   has one must have the same (and the typed one); with none on any claim
//   one must be typed.
// - Interest: alternative 2 needs a whole rate 1–99 % and a ground (<= 44);
//   1 and 3 take neither. Special information <= 60, "avser" <= 67.
// - Costs: whole kronor, 0–9 999. Statutory maximums (FACTS-SE §5–6):
//   application fee 300 kr; own work/agent 380 kr; payment reminders 60 kr
//   per reminder sent on a claim whose routine has the reminder fee agreed
//   (lag 1981:739 2 §, 4 §); collection demands 180 kr per claim with one;
//   payment plans 170 kr per plan. An amount above its maximum is a
//   capWarning problem unless costs.overrideReason is given; then it is
//   accepted and logged. The other named collection cost needs its name.
// - Applicant data: see applicantProblems().
//
// compute(): per claim the open capital, due date, basis, interest from
// the claim's first interest day at the chosen rate and the interest accrued
// to the application date (InterestService: the claim's capital timeline;
// alternative 2 with the same day rules at the fixed rate), less interest
// already paid on the claim, never below 0. Reads only.
//
// print(): in one unit of work, stamps each claim's payment order date
// (the application date) and watch text "Betalningsföreläggande", sets the
// kravkod of kravparametrar (DunningParameters::paymentOrderCode; 0 = none)
// through DunningCodeAssignment, saves the applicant data for the company,
// and records the application (so it can be printed again); every change
// audited. Refused (nothing changed) with all problems.
class PaymentOrderService
{
public:
    explicit PaymentOrderService(Database &db) : m_db(db) {}

    static constexpr char kWatchText[] = "Betalningsföreläggande";

    // A fresh application: today's date, the company's saved applicant data
    // (or defaults), the default application fee.
    PaymentOrderApplication newApplication(const QString &company);

    // F18: the saved data, or nullopt. saveApplicant() refuses (LedgerError,
    // nothing changed) with every problem; audited.
    std::optional<PaymentOrderApplicant> applicant(const QString &company);
    void saveApplicant(const PaymentOrderApplicant &applicant);
    static QList<PaymentOrderProblem> applicantProblems(const PaymentOrderApplicant &applicant);

    // The person number as typed: its problem in Swedish, or nullopt.
    static std::optional<QString> idNumberProblem(const QString &text, const QDate &today);

    QList<PaymentOrderProblem> problems(const PaymentOrderApplication &application);
    // The application computed; throws LedgerError::refused with every
    // problem (one per line). With `problems` given it throws for none: it
    // fills them in and computes the claims it could read (for the screen,
    // which shows what it can while the clerk is still typing).
    PaymentOrder compute(const PaymentOrderApplication &application,
                         QList<PaymentOrderProblem> *problems = nullptr);
    PaymentOrder print(const PaymentOrderApplication &application);

    QList<PaymentOrderInfo> list();
    // A recorded application, as printed; NotFound for an unknown id.
    PaymentOrder recorded(qint64 id);

    // The problems as one message, one per line.
    static QString joined(const QList<PaymentOrderProblem> &problems);

private:
    struct Loaded;
    Loaded load(const PaymentOrderApplication &application);
    Database &m_db;
};

} // namespace rsk
