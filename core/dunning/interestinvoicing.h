#pragma once

#include "bookkeeping/bookingrun.h"
#include "dunning/dunningletter.h"
#include "ledger/types.h"
#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;
struct UnbilledSelection;

// Beställning of "Räntefakturering" (handbook 7.13). The claim ranges work
// as in the 7.14 list (core/dunning/unbilledinterest.h: an empty "tom" is
// the "from", an empty "from" with a "tom" is from the first; a shorter
// invoice number is a prefix).
struct InterestInvoicingSelection
{
    QDate runDate;          // the interest invoices' date, stamped on the claims
    QString companyFrom;
    QString companyTo;
    QString routineFrom;
    QString routineTo;
    QString invoiceFrom;
    QString invoiceTo;
    QDate paidFrom;         // slutbetalningsdatum; invalid = open end
    QDate paidTo;
    QString departmentFrom; // förvaltning/avdelning (diverse debitering)
    QString departmentTo;
    // "Minsta ränta att fakturera": whole kronor, at most 3 digits.
    // "Obligatorisk uppgift": nullopt is refused.
    std::optional<Money> minimumInterest;
    int minimumDays = 0;    // "Minsta antal dagar" late, 1 digit
    QDate dueDate;          // invalid: proposedDueDate(runDate)
    QString handler;        // required, name and phone, <= 30
    QStringList message;    // up to 3 lines of <= 50, printed on every invoice

    static constexpr qint64 MaxMinimumKronor = 999;
    static constexpr int MaxMinimumDays = 9;
    static constexpr int MessageLines = 3;
    static constexpr int MessageWidth = 50;
    static constexpr int DueDays = 10;

    // "förslag om förfallodag … 10 dagar framåt": run date + 10 days, moved
    // to the next banking day (a weekend, a public holiday, julafton …).
    static QDate proposedDueDate(const QDate &runDate);

    // The selection with its ranges completed (as UnbilledSelection::checked)
    // and the due date proposed when left out, or LedgerError::refused with
    // the reason in Swedish starting with the field's name ("Handläggare: …").
    InterestInvoicingSelection checked() const;
    // The claim part, for the rules of the 7.14 list.
    UnbilledSelection claims() const;
};

// One claim of the kontrollista: the interest it gets invoiced, or why the
// run cannot invoice it.
struct InterestInvoiceItem
{
    qint64 invoiceId = 0;       // the claim whose interest is invoiced
    QString company;
    QString invoiceNumber;
    QString routine;
    QString name;
    QDate dueDate;
    QDate finalPaidDate;
    int daysLate = 0;           // final-paid date − due date
    Money capital;              // the claim's amount
    Money chargeableInterest;   // to the final-paid date, kravparametrar's minimums applied
    Money debitedDeducted;      // interest already debited on the claim
    Money interest;             // what the interest invoice charges
    QString interestRoutine;    // routine + 50 ("04" -> "54"); empty when there is none
    QString interestInvoiceNumber; // the interest routine's digits + the rest of the number
    qint64 interestInvoiceId = 0;  // run(): the new claim
    // Why the run refuses (no interest routine, the number taken, …); empty: fine.
    QString problem;
};

// Everything one printed interest invoice shows (render/interestinvoicedocument
// lays it out on A4 with the payment slip).
struct InterestInvoice
{
    qint64 invoiceId = 0;       // the new claim; 0 in a kontrollista
    Company sender;
    QString bankgiro;           // the company's, on the slip
    QString plusgiro;
    QString handler;
    QStringList message;        // the run's three lines
    QString customerNumber;
    QString debtorName;
    QString debtorName2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country; // the printed line: CountryNames::printed ("NORGE", "" for Sweden)
    bool addressWithheld = false; // protected identity: the address is never printed
    QString invoiceNumber;      // the interest invoice
    QDate invoiceDate;
    QDate dueDate;
    QString ocr;
    QString originalInvoiceNumber;
    QDate originalInvoiceDate;
    QDate originalDueDate;
    QDate finalPaidDate;
    Money originalAmount;
    int daysLate = 0;
    QList<LetterInterestLine> periods; // how the interest was computed
    Money chargeableInterest;
    Money debitedDeducted;
    Money amount;               // to pay: chargeable − deducted
    QString lineText;           // "Dröjsmålsränta faktura 040000123, 269 dagar"
};

struct InterestInvoicingResult
{
    bool dryRun = true;
    InterestInvoicingSelection selection; // as checked (ranges and due date filled in)
    QList<InterestInvoiceItem> items;     // in company, invoice-number order
    QList<InterestInvoice> invoices;      // one per item without a problem, same order
    // One verification per company: receivable of the interest routine
    // debit, interest income credit. In a kontrollista as it would be
    // written (orderId and number 0).
    QList<Verification> bookingOrders;
    QStringList warnings;                 // unverified reference rates

    Money total() const;                  // the interest invoiced (items without a problem)
    int invoiceCount() const;
    QStringList problems() const;         // "001/090000001: …"
};

// Räntefakturering (handbook 7.13, DOMAIN.md "Later steps"). Which claims
// and how much: exactly the interest of the 7.14 list
// (UnbilledInterestReport::lines) for the selection, with the selection's
// minimum interest and days (on top of the kravparametrar's): final-paid,
// interest to the final-paid date minus the interest already debited, none
// for a no-interest dunning code or what was credited with a "dröjsmålsfaktureras
// ej" method, none on a claim that already has an interest invoice or was
// transferred to the next invoice (so never twice), none on an interest
// invoice itself. Per claim with interest > 0 the run makes an interest
// invoice:
// - a claim in the routine's interest routine (the routine whose
//   routine.interest_of is the claim's: routine + 50, handbook "rutinkoden
//   adderas med 50"), number = that routine's digits + the other 7 digits
//   of the original; dated the run date, due on the selected due date,
//   handler as selected, the debtor (customer, person number, name,
//   address) and the department of the original, "avser" and one line
//   "Dröjsmålsränta faktura NNN, X dagar" with the interest (on the interest
//   income account), OCR made from the number as for every claim;
// - the original is stamped with the interest invoice's number, amount and
//   date (shown with the claim, and the guard against a second invoice).
// A claim whose routine has no interest routine, whose interest invoice
// number is taken, or whose accounts are missing, is listed with the
// problem; run() refuses while there is one (nothing changed).
class InterestInvoicing
{
public:
    explicit InterestInvoicing(Database &db) : m_db(db) {}

    // Kontrollista: exactly what run() would do now, with the invoices and
    // booking orders as they would be; changes nothing. Throws
    // LedgerError::refused for a bad selection.
    InterestInvoicingResult plan(const InterestInvoicingSelection &selection);
    // The run, in one unit of work: registers the interest invoices (one
    // approved batch per company), stamps the claims, writes the booking
    // orders (BookingRun::writeVerification), audits. Refuses (nothing
    // changed) a bad selection, a problem of the kontrollista, or a claim
    // changed by someone else. Nothing to invoice: an empty result, nothing
    // written.
    InterestInvoicingResult run(const InterestInvoicingSelection &selection);

    // The kontrollista (or the run's list) as a report: one row per claim,
    // problems in the note column, a total; the selection above.
    static ReportTable list(const InterestInvoicingResult &result);

private:
    Database &m_db;
};

} // namespace rsk
