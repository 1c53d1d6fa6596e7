#pragma once

#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// A customer of one company as the register holds it, with the customer-
// level dunning stop (seed 001 §4.2.1 "Kravstopp kundnivå", migration 013).
struct CustomerDetails
{
    qint64 id = 0;
    QString company;
    QString customerNumber;
    QString idNumber; // normalised: YYYYMMDDNNNC for persons, NNNNNNNNNC for organisations
    QString idKind;   // P, S, O or empty
    QString name;
    QString name2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    bool protectedIdentity = false;
    bool reminderStop = false;   // Påminnelsespärr: no reminder 1 or 2
    bool collectionStop = false; // Inkassospärr: no collection or residual demand
    QString changedBy;
    QString changedAt;
};

// One line of the address history (seed 001 §4.2.1 "Visa adresshistorik"):
// an address the customer's claims carry (first and last invoice date with
// it), or a change of an address field recorded in the audit log.
struct AddressRecord
{
    enum class Source { Claims, Change };
    Source source = Source::Claims;
    QDate from;
    QDate to;
    QString address; // on one line: "c/o …, street, postal code city, country"
    QString detail;  // "3 fakturor, senast 040000003" / "faktura 040000001: adress, av testare"
};

// Kundsaldo (seed 001 §4.2.2): the open claims split by where they are.
// Reminded and in-collection are parts of the overdue amount.
struct CustomerBalance
{
    int notDueCount = 0;
    Money notDue;
    int overdueCount = 0;
    Money overdue;
    int remindedCount = 0; // a reminder sent, no collection demand
    Money reminded;
    int collectionCount = 0; // a collection demand sent
    Money collection;
    Money feesOpen;          // debited reminder and collection fees still owed
    Money interestOpen;      // debited interest still owed
    Money interestAccrued;   // late-payment interest to today, not debited
    bool interestComputed = true; // false: a rate was missing, interestAccrued is not known
    QString interestNote;    // why interest is missing or uncertain; empty if none
    int creditCount = 0;     // claims with a negative balance (money to the customer)
    Money credit;
    int overpaymentCount = 0; // open overpayments on the customer's claims
    Money overpayments;

    Money total() const { return notDue + overdue; }
};

struct CustomerNote
{
    qint64 id = 0;
    QString text;
    QString createdBy;
    QString createdAt; // ISO timestamp (UTC), as stored
};

// Kunduppgifter (seed 001 §4.2): what the customer view reads and the two
// things it changes (the dunning stop and notes), each in one unit of work
// and audited. Everything is read by the customer's id, so a customer with
// a few hundred claims is a few indexed queries.
class CustomerView
{
public:
    static constexpr int MaxNoteText = 500;

    explicit CustomerView(Database &db) : m_db(db) {}

    // Company as typed ("1" → "001"); nullopt when there is no such customer.
    std::optional<CustomerDetails> find(const QString &company, const QString &customerNumber);
    // Throws LedgerError::notFound naming company and customer number.
    CustomerDetails require(const QString &company, const QString &customerNumber);

    // Newest first: the claims' addresses by their last invoice date, then
    // the recorded changes by time. None for a protected identity.
    QList<AddressRecord> addressHistory(const CustomerDetails &customer);
    CustomerBalance balance(const CustomerDetails &customer, const QDate &today);

    // Fakturor (seed 001 §4.2.4), newest first: open ones (balance not 0)
    // or all. Columns: invoice, invoiceDate, dueDate, amount, balance,
    // feesInterest (open fees + interest), overpaid, type (F/K/R), status,
    // code (dunning code).
    ReportTable claims(const CustomerDetails &customer, bool openOnly);

    QList<CustomerNote> notes(const CustomerDetails &customer);
    // By the ledger's user; refuses an empty or too long text.
    CustomerNote addNote(const CustomerDetails &customer, const QString &text);

    // Sets the customer-level stop; audited per changed flag. Returns the
    // customer as stored afterwards.
    CustomerDetails setDunningStop(const CustomerDetails &customer, bool reminderStop,
                                   bool collectionStop);

    // "c/o …, street, 123 45 City, country", the parts that are set.
    static QString addressLine(const QString &co, const QString &address,
                               const QString &postalCode, const QString &city,
                               const QString &country);

private:
    Database &m_db;
};

} // namespace rsk
