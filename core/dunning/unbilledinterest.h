#pragma once

#include "interest/interestcalculator.h"
#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// Beställning of "Utskrift av ej debiterade räntor och avgifter" (handbook
// 7.14). Every field may be left out ("Generellt kan urval utelämnas");
// an empty "tom" means the same as "from" (one company, one routine …), an
// empty "from" with a "tom" means from the first.
struct UnbilledSelection
{
    QString companyFrom;    // "1" or "001"
    QString companyTo;
    QString routineFrom;    // two digits ("4" = "04")
    QString routineTo;
    // 1–9 digits; shorter is a prefix: "04" from = 040000000, tom = 049999999.
    QString invoiceFrom;
    QString invoiceTo;
    QDate paidFrom;         // slutbetalningsdatum; invalid = open end
    QDate paidTo;
    QString departmentFrom; // förvaltning/avdelning (diverse debitering), <= 10
    QString departmentTo;
    // "Minsta ränta": whole kronor, at most 3 digits. Interest below it is
    // not listed (the claim's fees still are).
    Money minimumInterest;
    // "Minsta antal dagar" after the due date: a claim paid fewer days late
    // lists neither interest nor fees (handbook 7.2, 7.14). 0–999.
    int minimumDays = 0;

    static constexpr qint64 MaxMinimumKronor = 999;
    static constexpr int MaxMinimumDays = 999;

    // The selection with its ranges completed (companies "001", routines
    // "04", invoice numbers as 9-digit bounds), or LedgerError::refused with
    // the reason in Swedish, starting with the field's name ("Rutin: …").
    UnbilledSelection checked() const;
};

// One claim of the list. `interest` is what may still be charged; fees are
// the printed-but-not-debited ones (invoice.*_undebited_ore).
struct UnbilledLine
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    QString name;
    QString idNumber; // as displayed ("19811218-9876"), or as stored
    QDate dueDate;
    QDate finalPaidDate;
    int daysLate = 0; // final-paid date − due date
    Money interest;
    Money reminderFee;
    Money collectionFee;
    Money total() const { return interest + reminderFee + collectionFee; }

    // How `interest` came about, for the interest invoice that charges it
    // (7.13): the chargeable interest to the final-paid date, the interest
    // already debited on the claim that was deducted from it (at most the
    // chargeable interest), and the periods of the computation. When the
    // minimum interest of the selection sets `interest` to 0 these stay.
    Money chargeableInterest;
    Money debitedDeducted;
    QList<InterestPeriod> periods;
};

// The list (DOMAIN.md "Late-payment interest", "A claim's money"; handbook
// 7.2, 7.7, 7.14). Reads only: the claims are not marked ("markeras inte som
// debiterade i reskontran utan detta får manuellt bevakas").
//
// Which claims: final-paid in the selection's date range (the interest is
// only final once the claim is paid, 7.7), capital > 0, in the other ranges,
// and not transferred to the next invoice (7.15 stamps
// next_invoice_transfer_date: its interest and fees are billed there).
// These are the rules the interest invoicing (7.13,
// core/dunning/interestinvoicing.h) and the transfer to the next invoice
// (7.15, core/dunning/nextinvoicetransfer.h) charge by: the list is exactly
// what they would charge.
// Per claim:
// - Days late = final-paid date − due date. Below the larger of the
//   selection's and the kravparametrar's minimum days: nothing is listed.
// - Interest: none when the claim has an interest invoice (7.13; its
//   interest was invoiced once), and none on a claim of an interest-invoice
//   routine (51–94, routine.interest_of set): its capital is interest, and
//   interest is never charged on interest (DOMAIN.md). Otherwise the interest to the final-paid
//   date (InterestService), through InterestCalculator::chargeable (the
//   kravparametrar's minimum interest and days), minus the interest already
//   debited on the claim, never below 0; below the selection's minimum
//   interest it is 0. invoice.interest_undebited_ore (accrued interest a
//   letter printed up to its run date) is not added: it is an earlier
//   estimate of the same interest, which the final computation replaces.
// - Fees: the reminder and collection fees printed but not debited.
// - Dunning code with "no interest" (valid on the final-paid date) or "no
//   interest during respite" (paid within it): no interest (the calculator
//   gives 0), but the printed fees are listed — the code says nothing about
//   fees, and the fees exist because letters went out.
// - Credited with a "dröjsmålsfaktureras ej" method (kreditfaktura,
//   annullering, Ej dröjsm.ränta): the credited amount bears no interest
//   from the first interest day on. When such credits cover the whole
//   capital, nothing of the claim was ever owed, so nothing is listed — not
//   its printed fees either: a fee for reminding of a claim that was not
//   owed is not owed, and the list feeds the transfer to the next invoice
//   (7.15).
// A claim is listed when anything on its row is > 0.
//
// Rows: one per claim in company and invoice-number order, a level-1
// subtotal after each company (its company cell set, the other text cells
// empty), a Total row at the end; days are not summed. A reference rate
// still UNVERIFIED in the interest adds a warning line to the selection.
class UnbilledInterestReport
{
public:
    enum Column {
        CompanyColumn, InvoiceColumn, NameColumn, IdColumn, DueColumn, PaidColumn, DaysColumn,
        InterestColumn, ReminderFeeColumn, CollectionFeeColumn, TotalColumn, ColumnCount
    };

    explicit UnbilledInterestReport(Database &db) : m_db(db) {}

    // The claims of the list. Throws LedgerError::refused for a bad
    // selection (see checked()) or a day without a reference rate (naming
    // the claim).
    QList<UnbilledLine> lines(const UnbilledSelection &selection);
    // The list as a report: the layout (title, selection lines, columns)
    // and the rows with subtotals per company and the total.
    ReportTable build(const UnbilledSelection &selection);

    // The warnings of the last lines()/build() (UNVERIFIED reference rates).
    const QStringList &warnings() const { return m_warnings; }

private:
    ReportLayout layout(const UnbilledSelection &checked) const;

    Database &m_db;
    QStringList m_warnings;
};

} // namespace rsk
