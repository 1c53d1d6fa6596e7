#pragma once

#include "ledger/types.h"

#include <QVariantMap>

#include <optional>

namespace rsk {

class Database;

// The fields handbook 6.1 "Ändringsläge Kundfaktura" lets a clerk change on
// a claim, as the clerk left them. Everything else on the claim (name,
// number, dates of invoicing and final payment, the money and its parts,
// the interest invoice) is read-only there: money changes only through
// transactions.
struct InvoiceChange
{
    QString idNumber; // person/org number as typed; validate() normalises it
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    QDate dueDate;
    QString department;
    QString handler;
    QString description; // "Fakturan avser"
    QDate reminder1Date;
    QDate reminder2Date;
    QDate collectionDate;
    QDate residualDate;
    QDate threatDate;
    QDate paymentOrderDate;
    QDate paymentPlanDate;
    // The fees printed on letters but not debited (ej uppdebiterade): what
    // the handbook's "Påminnelseavgift"/"Inkassoavgift" fields hold. A
    // debited fee is part of the balance and is annulled with a transaction.
    Money reminderFee;
    Money collectionFee;
    QString watchText; // betalningsbevakning
    int dunningCode = 0; // 0 = none
    QDate dunningCodeUntil;

    static InvoiceChange of(const Invoice &claim);
    // Column name → value as stored (dates ISO or null, money in öre): what
    // is compared and audited.
    QVariantMap columns() const;
};

// The field names used in problems and in the audit log: the claim's columns.
namespace invoicefield {
inline constexpr char IdNumber[] = "id_number";
inline constexpr char Co[] = "co";
inline constexpr char Address[] = "address";
inline constexpr char PostalCode[] = "postal_code";
inline constexpr char City[] = "city";
inline constexpr char Country[] = "country";
inline constexpr char DueDate[] = "due_date";
inline constexpr char Department[] = "department";
inline constexpr char Handler[] = "handler";
inline constexpr char Description[] = "description";
inline constexpr char Reminder1Date[] = "reminder1_date";
inline constexpr char Reminder2Date[] = "reminder2_date";
inline constexpr char CollectionDate[] = "collection_date";
inline constexpr char ResidualDate[] = "residual_date";
inline constexpr char ThreatDate[] = "threat_date";
inline constexpr char PaymentOrderDate[] = "payment_order_date";
inline constexpr char PaymentPlanDate[] = "payment_plan_date";
inline constexpr char ReminderFee[] = "reminder_fee_undebited_ore";
inline constexpr char CollectionFee[] = "collection_fee_undebited_ore";
inline constexpr char WatchText[] = "watch_text";
inline constexpr char DunningCode[] = "dunning_code";
inline constexpr char DunningCodeUntil[] = "dunning_code_until";
} // namespace invoicefield

// One thing wrong with a change: the field and why, for the clerk. A
// warning ("bör", handbook) does not stop the save once the clerk has seen it.
struct ChangeProblem
{
    QString field;
    QString message;
    bool warning = false;
};

struct InvoiceChangeResult
{
    bool saved = false;
    // Not saved: what stopped it (blocking problems, or warnings not yet
    // accepted). Saved: the warnings that were accepted.
    QList<ChangeProblem> problems;
    Invoice claim; // as it is after the call, with lines and transactions
    int changedFields = 0;
};

// Change mode on a claim (handbook 6.1 "Översikt Ändringsläge Kundfaktura").
// Checks each field the clerk changed and the handbook's rules between them:
// - id number: a valid person/org number (check digit); may be filled in or
//   changed, not removed;
// - c/o, address, postal code (Swedish "NNN NN" when no foreign country
//   code), city, country code (two letters), handler, "avser", watch text:
//   lengths;
// - due date: not before the invoice date;
// - department: must be in use on the company's claims (the register of
//   förvaltning/avdelning of diverse debitering has no table of its own);
// - dunning dates: not after today, not before the invoice date, reminder 2
//   only after reminder 1, the residual demand only after the collection
//   demand;
// - fees: only lowered or removed here (a fee is charged by the run that
//   prints it); a fee needs its step's date; blanking the date of a step
//   whose letter printed a fee requires that fee removed ("krävs att den
//   tas bort när datum ... blankas"), and a debited one annulled first
//   through manual registration ("måste annullering ... ske ... via
//   funktionen för manuell inbetalning");
// - dunning code: must exist (Underhåll kravkoder); valid-to needs a code
//   and, when changed, is not before today;
// - blanking the payment order date with the watch text kept is warned
//   about ("Blankas datum för betalningsföreläggande, bör alltså även detta
//   blankas").
class InvoiceChangeService
{
public:
    static constexpr int MaxWatchText = 40;

    explicit InvoiceChangeService(Database &db) : m_db(db) {}

    // Every problem of `change` against the claim as it is (`current`);
    // normalises `change` in place (id number, postal code, country code).
    QList<ChangeProblem> validate(const Invoice &current, InvoiceChange &change);

    // Saves the change in one unit of work: refuses (LedgerError Conflict,
    // naming who changed the claim and when) if its version is no longer
    // `expectedVersion`; returns the problems, changing nothing, if any is
    // blocking or a warning is not accepted; else writes the fields (the
    // dunning code through DunningCodeAssignment), stamps changed_by/at,
    // audits each field old → new, and returns the claim after. Nothing
    // changed is no save and no version step.
    InvoiceChangeResult save(const QString &company, const QString &invoiceNumber,
                             int expectedVersion, const InvoiceChange &change,
                             bool acceptWarnings = false);

    static bool hasBlocking(const QList<ChangeProblem> &problems);

private:
    struct StepLetter
    {
        Money fee;
        bool debited = false;
    };
    std::optional<StepLetter> letterFor(const Invoice &claim, const char *step,
                                        const QDate &date);
    void checkReceiver(const Invoice &current, InvoiceChange &change,
                       QList<ChangeProblem> &problems);
    void checkDates(const Invoice &current, const InvoiceChange &change,
                    QList<ChangeProblem> &problems);
    void checkFees(const Invoice &current, const InvoiceChange &change,
                   QList<ChangeProblem> &problems);
    void checkDunningCode(const Invoice &current, const InvoiceChange &change,
                          QList<ChangeProblem> &problems);
    Database &m_db;
};

} // namespace rsk
