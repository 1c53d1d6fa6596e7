#pragma once

#include "ledger/types.h"
#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace rsk {

class Database;

// One receipt list (kvittenslista) of the purge, handbook 8.4
// "Listversion: Fakturanummer- Namn- Personnummerordning" with its
// "Detaljeringsgrad: fakturarader- kravuppgifter". Every list shows each
// claim with its transactions (they are purged with it); the detail adds
// the invoice lines and/or the dunning data.
struct PurgeReceiptList
{
    enum class Order { InvoiceNumber, Name, IdNumber };
    Order order = Order::InvoiceNumber;
    bool invoiceLines = false;  // fakturarader
    bool dunningDetails = false; // kravuppgifter

    // "fakturanummerordning", "namnordning", "personnummerordning"
    static QString orderName(Order order);
    // "invoice", "name", "id" (CLI and JSON)
    static QString orderKey(Order order);
};

// Beställning of "Rensning betalda fakturor" (handbook 8.4). Ranges as in
// the other runs (core/dunning/unbilledinterest.h UnbilledSelection: an
// empty "tom" is the "from", a shorter invoice number is a prefix, empty
// = all).
struct PaidInvoicePurgeSelection
{
    QString companyFrom;
    QString companyTo;
    QString routineFrom;
    QString routineTo;
    QString invoiceFrom;
    QString invoiceTo;
    // "Fakturor med saldo noll och betalda före": obligatory.
    QDate paidBefore;
    // "Ej kravkod": claims carrying one of these codes (1–9) stay.
    QList<int> excludedDunningCodes;
    // At least one, each order at most once ("Önskas fler än en måste de
    // beställas samtidigt eftersom uppgifterna tas bort vid denna körning").
    QList<PurgeReceiptList> lists;

    static constexpr int MaxExcludedCodes = 4;

    // Ranges completed (companies "001", routines "04", 9-digit invoice
    // bounds), codes sorted, or LedgerError::refused whose message starts
    // with the field's name ("Betalda före: …", "Ej kravkod: …", "Listor: …").
    PaidInvoicePurgeSelection checked() const;
    // The selection for the list headings, one line per field.
    QStringList describe() const;
};

// A claim the purge removes, with what the receipt list prints of it.
struct PurgedClaim
{
    qint64 invoiceId = 0;
    int version = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    QString customerNumber;
    QString idNumber;
    QString name;
    QDate invoiceDate;
    QDate dueDate;
    QDate finalPaidDate;
    // The date that counts for "betalda före": the later of the final-paid
    // date and the last transaction's date (the invoice date when the claim
    // has neither, e.g. an amount of 0).
    QDate paidDate;
    Money amount;          // capital as invoiced
    Money reminderFee;     // debited totals
    Money collectionFee;
    Money interestDebited;
    Money paid;
    // kravuppgifter
    QDate reminder1Date;
    QDate reminder2Date;
    QDate collectionDate;
    QDate residualDate;
    QDate threatDate;
    QDate paymentOrderDate;
    QDate paymentPlanDate;
    QDate agencyTransferDate;
    int dunningCode = 0;
    QString watchText;
    QString interestInvoiceNumber;
    QList<InvoiceLine> lines;
    QList<Transaction> transactions;
};

// A claim with balance 0 paid before the date that the purge leaves, and why.
struct PurgeBlocked
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString name;
    QString reason;
};

struct PaidInvoicePurgeResult
{
    bool dryRun = true;                 // "Endast lista": nothing changed
    PaidInvoicePurgeSelection selection; // as checked
    QDate runDate;                      // the ledger's today
    QString user;
    QList<PurgedClaim> claims;          // company, invoice-number order
    QList<PurgeBlocked> blocked;        // same order
    QMap<QString, QString> companyNames;
    QMap<QString, QString> methodTexts; // payment method code -> text
    // Rows removed per table (in a list-only result: that would be removed).
    QMap<QString, qint64> rows;

    int count() const { return int(claims.size()); }
    Money amountTotal() const;
    Money paidTotal() const;
    int transactionCount() const;
    QList<qint64> invoiceIds() const;
    // The claims in a list's order: invoice (company, number), name (then
    // company, number), person number (then name, company, number).
    QList<PurgedClaim> ordered(PurgeReceiptList::Order order) const;
};

// What the purge does with the rows of a table that refers to a claim, one
// of its transactions or a customer (the guard test checks that every such
// table of the migrations has a decision).
struct PurgeReference
{
    enum class Action { Deleted, Kept, BlocksWhileOpen };
    QString table;
    Action action = Action::Deleted;
    QString why;
};

// Rensning betalda fakturor (handbook 8.4, DOMAIN.md "Reports"): paid
// claims leave the ledger with their transactions ("tillhörande
// inbetalningar eller andra händelser") and the rows that belong to them.
//
// A claim qualifies when it is in the selection, its balance is 0, its
// paid date (PurgedClaim::paidDate) is before the selection's date and it
// carries no excluded dunning code. It stays, listed with the reason, while
//  - a transaction of it is not booked yet (the booking run, 4.6, has not
//    taken it: booked_date and booking order empty and the method booked),
//  - it is in a payment plan or a payment order application of which a claim
//    still has a balance (the plan or the order is under way),
//  - it went to a collection agency and payments or corrections since then
//    are not yet reported to the agency (core/dunning/agencycorrections.h),
//  - an overpayment on it is open or not booked, a payment placed on it from
//    the unplaced register is not booked, a signal-list entry on it is not
//    seen, or a carried difference on it is not transferred,
//  - a row of another claim that stays refers to it or to its transactions
//    (an overpayment moved to it).
// The customer stays (the register serves the next invoice), and so do the
// booking orders, batches, import files, run records and the audit log:
// none of them refers to a purged row (references()).
class PaidInvoicePurge
{
public:
    explicit PaidInvoicePurge(Database &db) : m_db(db) {}

    // "Endast lista": exactly what run() would remove now; changes nothing.
    // Throws LedgerError::refused for a bad selection or a company the user
    // may not see.
    PaidInvoicePurgeResult plan(const PaidInvoicePurgeSelection &selection);

    // Writes the receipt lists; throws (e.g. LedgerError) when it cannot.
    using ReceiptWriter = std::function<void(const PaidInvoicePurgeResult &result)>;

    // The purge: takes the run lock of every company of the range
    // (storage/runlock.h), then in one unit of work reads the claims again,
    // refuses (Conflict, nothing changed) when `confirmed` is given and the
    // claims are not exactly those, deletes the rows, writes one audit row
    // per claim (AuditLog::recordDelete), calls `write` with the result and
    // commits only if it returned. Nothing to purge: an empty result,
    // nothing changed, `write` not called. Requires the supervisor role.
    PaidInvoicePurgeResult run(const PaidInvoicePurgeSelection &selection,
                               const ReceiptWriter &write,
                               const QList<qint64> &confirmed = {});

    // The list for the screen: one row per claim (its transactions
    // counted), the claims that stay with their reason, a total.
    static ReportTable list(const PaidInvoicePurgeResult &result);

    // Every table that refers to invoice, ledger_transaction or customer, and
    // what the purge does with its rows.
    static QList<PurgeReference> references();

private:
    PaidInvoicePurgeResult collect(const PaidInvoicePurgeSelection &checked);
    void removeRows(PaidInvoicePurgeResult &result);

    Database &m_db;
};

} // namespace rsk
