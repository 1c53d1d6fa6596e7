#pragma once

#include "money/money.h"
#include "reports/claimlist.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace rsk {

// Saldolista (handbook 6.4): the claims of a selection with their balance,
// sorted, with subtotals per routine and company and a grand total. Every
// selection may be left out ("Generellt kan urval utelämnas i fälten").
struct SaldolistaCriteria
{
    // Sorteringsordning (fliken Sortering): within company and routine.
    enum class Sort {
        InvoiceNumber, // 1 Fakturanummer
        IdNumber,      // 2 Personnummer (then kundnummer)
        RegisterId,    // 3 Debiteringsrutinens identitet
        Department,    // 4 Avdelning/Förvaltning
        Name,          // 5 Namn (Swedish order)
        DueDate        // 6 Förfallodag
    };

    // Fliken Urval.
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    QString routineFrom; // 1–2 digits; empty = from the first routine
    QString routineTo;   // empty = to the last ("sätts tom till nior")
    QString invoiceFrom; // 1–9 digits, completed with 0 …
    QString invoiceTo;   // … and with 9 ("04" to = 049999999)
    QDate invoiceDateFrom;
    QDate invoiceDateTo;
    QDate dueFrom;
    QDate dueTo;
    // Bokföringsdatum of the claim: the day it was posted to the ledger
    // (invoice.created_at, when its batch was approved or it was imported).
    QDate bookedFrom;
    QDate bookedTo;
    QString registerIdFrom; // debiteringsrutinens identitet; "to" includes
    QString registerIdTo;   // everything that starts with it
    QString idFrom;         // personnummer, 1–10 digits (a prefix) or 12
    QString idTo;
    QString customerFrom;   // kundnummer, compared as numbers
    QString customerTo;
    QString departmentFrom; // förvaltning/avdelning
    QString departmentTo;
    // Saldobelopp from–tom (may be negative: credit invoices, handbook 6.4).
    std::optional<Money> balanceFrom;
    std::optional<Money> balanceTo;
    int dunningCodeFrom = 0; // kravkod 1–9; both 0 = not selected
    int dunningCodeTo = 0;   // 0 with a from = to 9
    // "Visa endast obetalda fakturor": balance not zero. The screen checks it
    // by default as the handbook does; the CLI asks for it (--only-unpaid).
    bool onlyUnpaid = false;

    // Fliken Sortering.
    // "Justera bort inbetalningar efter": the list as it stood at the end of
    // this day (see SaldolistaQuery). Invalid = as the ledger stands now.
    QDate asOf;
    Sort sort = Sort::InvoiceNumber;
    bool onlyReminded = false;   // a reminder 1 or 2 sent
    bool onlyCollection = false; // a collection demand sent
    QString method;              // only claims with a transaction of this method
    bool onlyTotals = false;     // "Endast totalrader"
    // Detaljeringsgrad (handbook 6.4 "val av sorteringsordning,
    // detaljeringsgrad"): every column (for Excel and CSV), or a narrow list
    // that fits an A4 landscape page (see SaldolistaQuery).
    enum class Detail { Full, Narrow };
    Detail detail = Detail::Full;

    // "invoice", "id", "routine" (= debiteringsrutinens identitet, CLI.md),
    // "register", "department", "name", "due"; nullopt for anything else.
    static std::optional<Sort> sortFromName(const QString &name);
};

// The list. Detail rows are claims; the money columns are:
//
//   FAKTURERAT  the claim's capital as invoiced (invoice.amount_ore; negative
//               for a credit invoice);
//   PÅFÖRT      Σ effect_ore of the claim's transactions with effect_ore > 0:
//               what was debited onto it — reminder and collection fees and
//               interest (methods of fee type P/K/D with D), refunds,
//               corrections, reversed deductions ("makulerade avdrag");
//   INBETALT    Σ effect_ore of those with effect_ore < 0: payments, credits,
//               annulments, write-offs — negative;
//   SALDO       FAKTURERAT + PÅFÖRT + INBETALT (handbook 6.4 "TOTALER").
//
// The full layout has every column: company, invoice number, person or
// customer number, register id, name, address (withheld for a protected
// identity), department, invoice and due date, the four sums, the last
// payment, the dates of reminders 1 and 2, collection demand, residual
// demand, threat and payment order, dunning code and watch text. The narrow
// one keeps company, invoice number, person/customer number, name, due date,
// the four sums, the last payment, "Krav" (the dunning steps taken, e.g.
// "P1 P2 IK 2026-04-15" with the latest step's date) and the dunning code.
//
// With an as-of date only transactions dated on or before it count, and
// claims invoiced after it are left out; every balance selection (saldobelopp,
// only unpaid) applies to the balance as of that date, and so does "only with
// payment method". Without one the same sums are read from the claim's
// running totals, which posting keeps equal to them (posting.h: balance =
// capital + Σ effect, paid = −Σ negative effects): PÅFÖRT = balance −
// capital + paid, INBETALT = −paid, SALDO = balance (tst_saldolista checks
// that both ways agree). Sum rows carry the four sums, so each of them also
// reconciles: FAKTURERAT + PÅFÖRT + INBETALT = SALDO.
class SaldolistaQuery : public ClaimListQuery
{
public:
    // Throws LedgerError::Refused (Swedish, names the field) for a bad
    // selection: a reversed range, letters in a number, an unknown method.
    SaldolistaQuery(Database &db, const SaldolistaCriteria &criteria);

    const SaldolistaCriteria &criteria() const { return m_criteria; }
    ReportLayout layout() const override;

    // Layout columns of the four sums in the full layout; the narrow one has
    // them at kNarrowInvoicedColumn … + 3.
    static constexpr int kInvoicedColumn = 9;
    static constexpr int kDebitedColumn = 10;
    static constexpr int kPaidColumn = 11;
    static constexpr int kBalanceColumn = 12;
    static constexpr int kNarrowInvoicedColumn = 5;

protected:
    QString detailColumns(QVariantList &args) const override;
    QString filters(QVariantList &args) const override;
    QString orderBy(QVariantList &args) const override;
    QString scanColumns(QVariantList &args) const override;
    void scanSums(const QSqlQuery &q, int firstColumn, qint64 *sums) const override;
    QList<int> sumColumns() const override;
    Grouping grouping() const override;
    ReportRow detailRow(const QSqlQuery &q) const override;

private:
    void validate();
    // The per-claim money as SQL (see the class comment).
    QString debitedSql(QVariantList &args) const;
    QString paidSql(QVariantList &args) const;
    QString balanceSql(QVariantList &args) const;
    static ReportRow narrow(const ReportRow &full);

    SaldolistaCriteria m_criteria;
    // Customers with a protected identity (few): their address is withheld.
    QSet<qint64> m_protected;
    QString m_invoiceFrom;
    QString m_invoiceTo;
    QString m_idFrom;
    QString m_idTo;
};

} // namespace rsk
