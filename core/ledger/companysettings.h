#pragma once

#include "bookkeeping/accountplan.h"
#include "ledger/invoiceregistration.h" // FieldProblem
#include "ledger/types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// What a company sets per routine (handbook 9: "Fordringskonton",
// "Blankettyp", "Antal dagar till förfallodatum", fakturaskrivare).
struct RoutineSetup
{
    QString routine;           // "01"
    QString routineName;       // shown, not saved
    QString receivableAccount; // the routine's own; "" = the company's (or the default)
    QString formType;          // "" = not set; "G2" …
    int dueDays = -1;          // -1 = not set, else 0–99
    QString printer;           // "" = the workstation's default printer
};

// The same for a document that is not a routine's invoice (handbook 9: "För
// fakturakopior, kreditfakturor, annulleringsbesked, kopior på
// påminnelser/kravbrev … anges blankettyp").
struct DocumentSetup
{
    QString document; // CompanySettings::documentKinds()
    QString formType;
    QString printer;
};

// A booking link (Bokföringskopplingar): the company-wide account of one
// AccountSettings kind; "" = the built-in default.
struct BookingLink
{
    QString kind;
    QString account;
};

// Everything the Företagsuppgifter screen edits for one company.
struct CompanySetup
{
    Company company;
    QList<AccountPart> accountParts;
    QList<RoutineSetup> routines;   // every routine, by code
    QList<DocumentSetup> documents; // every document kind, in documentKinds() order
    QList<BookingLink> links;       // every kind of AccountSettings::kinds()
};

// Företagsuppgifter (handbook 9): reads and saves the company's data, its
// account plan, per-routine and per-document settings and booking links.
// The accounts live in account_setting (bookkeeping/accounts.h), so the
// booking run, Kravparametrar and Parametrar maskinella inbetalningar read
// and edit the very same values. Problems come per field (keys such as
// "org_nr", "part.2.length", "routine.01.due_days", "document.credit_note.printer",
// "link.bankgiro") with a Swedish message that names the field; a save
// with any problem changes nothing, a good one is one unit of work in which
// every changed value is audited.
class CompanySettings
{
public:
    explicit CompanySettings(Database &db) : m_db(db) {}

    static constexpr int kMaxNameLength = 30;    // handbook 9 "Namn", "Namn 2"
    static constexpr int kMaxPhoneDigits = 12;   // handbook 9 "Telefon"
    static constexpr int kMaxEmailLength = 60;
    static constexpr int kMaxWebLength = 60;
    static constexpr int kMaxPrinterLength = 100;
    static constexpr int kMaxDueDays = 99;       // handbook 9: "maximalt 2 siffror"

    // Checks the company's data and puts it in its stored form (org.nr,
    // giro numbers and IBAN as displayed/electronic, VAT number "SE…01").
    // `today` dates a 10-digit person number. Field keys are the columns.
    static QList<FieldProblem> companyProblems(Company &company, const QDate &today);

    // NotFound for an unknown company.
    CompanySetup load(const QString &company);
    // Normalises `setup` and lists every problem (the company's, the account
    // plan's, the routines', the documents' and the links').
    QList<FieldProblem> problems(CompanySetup &setup);
    // Saves all of it; refused (every problem, one per line) or one unit of work.
    void save(const CompanySetup &setup);

    // Handbook 9 "Antal dagar till förfallodatum" of the company's routine,
    // or nullopt when not set.
    std::optional<int> dueDays(const QString &company, const QString &routine);
    // The due date an invoice of the routine dated `invoiceDate` gets: that
    // many days later, moved to the next banking day (DOMAIN.md: due dates
    // fall on a banking day). Invalid when the routine has no days set.
    QDate dueDateFor(const QString &company, const QString &routine, const QDate &invoiceDate);
    static QDate dueDateAfter(const QDate &invoiceDate, int days);

    // The printer set for the routine's invoices (handbook 9, fakturaskrivare)
    // or for a document kind (documentKinds()); "" = the workstation's default.
    QString routinePrinter(const QString &company, const QString &routine);
    QString documentPrinter(const QString &company, const QString &kind);

    static QStringList documentKinds();
    static QString documentName(const QString &kind);
    static QString linkName(const QString &kind);
    // The form-type codes (handbook 9 "Blankettyp") and what each is.
    static QStringList formTypes();
    static QString formTypeText(const QString &code);
    static bool isPlusgiroForm(const QString &code);

private:
    void checkRoutines(CompanySetup &setup, QList<FieldProblem> &out);
    void saveRoutines(const CompanySetup &setup);
    void saveDocuments(const CompanySetup &setup);
    Database &m_db;
};

} // namespace rsk
