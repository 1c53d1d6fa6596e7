#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// What "Uppdatera bokföring" books (handbook 4.6): every transaction not yet
// booked, dated up to `date`, optionally only one user's and a company range.
struct BookingSelection
{
    QDate date;          // the verification date; transactions dated after it wait
    QString companyFrom; // "" = from the first company
    QString companyTo;   // "" = to the last (a single company: from = to)
    QString user;        // created_by; "" = every user (handbook 4.6 "Användare")
    // Only transactions of this source and no register rows: a dunning run
    // books what it debited at once ("dunning:<run id>"). "" = every source.
    QString source;
    QString text;        // the verification text; "" = the booking run's
};

// One line of a verification. SIE sign: positive is debit, negative credit.
struct BookingPosting
{
    QString account;
    QString accountName;
    Money amount;
    QString text;

    Money debit() const { return amount.isPositive() ? amount : Money(); }
    Money credit() const { return amount.isNegative() ? -amount : Money(); }
};

// A booking order (bokföringsorder): one verification per company and run.
struct Verification
{
    qint64 orderId = 0; // booking_order.id; 0 in a kontrollista
    QString company;
    QString companyName;
    QString orgNr;
    QString series;
    qint64 number = 0;  // verification number from the number series
    QDate date;
    QString text;
    QString user;       // who ran it
    QList<qint64> transactionIds; // what it books (also those with no amount)
    QList<qint64> unplacedIds;    // unplaced_payment rows it books (bank → observation)
    QList<qint64> overpaymentIds; // overpayment rows it books (→ overpayment account)
    QList<BookingPosting> postings;

    Money debitTotal() const;
    Money creditTotal() const;
    // Sum of the postings; 0 for every verification the run produces.
    Money sum() const;
};

struct BookingResult
{
    BookingSelection selection;
    bool dryRun = false;
    QList<Verification> verifications; // each with postings, in company order
    // Selected events that move no money (e.g. text only): stamped as
    // booked, on no verification.
    QList<qint64> withoutAmount;
    // Register rows whose postings cancel out (e.g. the rest of a moved
    // overpayment: already on the overpayment account): stamped, on no
    // verification.
    QList<qint64> unplacedWithoutAmount;
    QList<qint64> overpaymentsWithoutAmount;
    int transactionCount() const;
    // The debit and credit sides of every verification together (equal).
    Money debitTotal() const;
    Money creditTotal() const;
    // Unplaced payments and overpayments booked (or stamped) by the run.
    int registerRowCount() const;
};

// The booking run (handbook 4.6 "Bokföring av inbetalningar"). Per
// transaction one posting on the receivable account of its company and
// routine, signed as its effect on the claim (a payment lowers the claim: a
// credit), and the opposite amount on the counter account (see
// counterAccount in the .cpp for the order of rules). Counter postings are
// compressed per account unless the method says "komprimeras ej" (handbook
// 8.1). Methods marked "bokföres ej" are never selected.
//
// Money the payment import leaves outside transactions is booked too, so
// that the bank account gets the whole deposit (handbook 3.4, 4.6):
// - an unplaced payment: its bank account (bankgiro, or plusgiro for a
//   Total-IN file) against the observation account (kind "unplaced");
//   placing it later posts a transaction whose counter account is that
//   observation account, which moves it on to the receivable;
// - an overpayment: against the overpayment account, from where its payment
//   came: the counter account of the transaction it is the excess of (the
//   bank for an imported payment, the observation account for a placed
//   unplaced payment, the overpayment account itself for the rest of a moved
//   one, which therefore books nothing), else the bank by the file's kind.
// Refunds (status 'refunded') post nothing in the registers: the money paid
// back leaves through the general ledger's own payables, not this run.
class BookingRun
{
public:
    explicit BookingRun(Database &db) : m_db(db) {}

    // Kontrollista: exactly the verifications run() would write now, with the
    // numbers it would take; changes nothing.
    BookingResult plan(const BookingSelection &selection);
    // One unit of work: writes the booking orders and their postings, takes
    // the verification numbers, stamps booked_date and booking_order_id on
    // each transaction, audits. Running it again books nothing twice.
    BookingResult run(const BookingSelection &selection);

    // Writes one balanced verification that is not made of transactions
    // (e.g. interest invoices or a transfer to a collection agency: claims
    // raised or moved outside the payment flow). Takes the next number of the
    // shared series, fills in orderId/number/series/user/companyName, audits;
    // joins the caller's unit of work. Refuses (nothing written) one that
    // does not balance, has no postings or a posting without an account.
    Verification writeVerification(Verification v);

    // The SIE series of the orders (booking_order.series default).
    static QString series() { return QStringLiteral("A"); }
    // The number series row in number_series, shared with anyone who writes
    // booking orders so that numbers never collide.
    static QString numberSeriesName() { return QStringLiteral("verification"); }

private:
    BookingResult build(const BookingSelection &selection, qint64 firstNumber);
    BookingSelection checked(const BookingSelection &selection) const;
    qint64 nextNumber();
    Database &m_db;
};

} // namespace rsk
