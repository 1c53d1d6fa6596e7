#pragma once

#include "bookkeeping/bookingrun.h"
#include "dunning/agencysettings.h"
#include "ledger/posting.h"
#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// Beställning of "Överföring till inkasso" / "Kundfordringar till extern
// inkassohantering" (handbook 7.19, 7.20). Empty range ends mean "from the
// first" / "to the last".
struct AgencySelection
{
    QDate transferDate;   // the days are counted to it; stamped on the claims
    QString companyFrom;
    QString companyTo;
    QString routineFrom;
    QString routineTo;
    QString invoiceFrom;  // 9 digits, or fewer: a prefix range
    QString invoiceTo;
    QString departmentFrom;
    QString departmentTo;
    QString idNumber;     // 7.20 "Personnummer": only this debtor; "" = all
    // Zero each claim with the routine's payment methods (7.20). Routines
    // without a capital method are sent without zeroing.
    bool zero = false;
};

// One posting that zeroes a part of a claim (7.20 "Fordran nollställs").
struct AgencyZeroing
{
    enum class Part { CollectionFee, Interest, Capital };
    Part part = Part::Capital;
    QString method;
    Money amount;
    Settlement settlement; // how it splits over the claim (capital: fees first)
};

// One claim the transfer sends, as the kontrollista lists it and the file
// holds it.
struct AgencyItem
{
    qint64 invoiceId = 0;
    int version = 0;          // as read; the run refuses a claim changed since
    QString company;
    QString invoiceNumber;
    QString routine;
    QString department;
    QString ocr;
    QString customerNumber;
    QString idNumber;
    QString name;
    QString name2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    QString description;
    QDate invoiceDate;
    QDate dueDate;
    QDate reminder1Date;
    QDate reminder2Date;
    QDate collectionDate;
    AgencyBasis basis = AgencyBasis::Collection;
    QDate basisDate;
    int daysSince = 0;        // transfer date − basis date
    Money amount;             // the claim's original capital
    Money capital;            // what is open of each part when sent
    Money reminderFee;
    Money collectionFee;
    Money interest;
    Money paid;               // paid so far (partial payments go along, 7.20)
    Money balance;            // = capital + fees + interest open
    DebtCategory category;
    QString categoryCode;     // for the agency (Intrum 17…, Svea BO…)
    int dunningCode = 0;      // set by the transfer
    QString watchText;
    QList<AgencyZeroing> zeroing; // empty: not zeroed

    Money zeroed() const;
    // The collection fee and interest written off (they stay with the
    // creditor), and what the agency collects: balance − written off.
    Money writtenOff() const;
    Money toCollect() const { return balance - writtenOff(); }
};

// A claim that would otherwise go, and why not.
struct AgencySkip
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString name;
    QString reason; // "saknar personnummer", "amorteringsplan 2026-05-02", …
};

struct AgencyTransferResult
{
    qint64 transferId = 0; // agency_transfer.id; 0 in a kontrollista
    bool dryRun = true;
    AgencySelection selection; // as checked (ranges filled in)
    Agency agency;             // of the companies sent for (one agency a run)
    QList<AgencyItem> items;   // in company, invoice number order
    QList<AgencySkip> skipped;
    QList<Verification> bookingOrders; // the zeroing, one per company
    QString fileName;

    Money balanceTotal() const;
    Money zeroedTotal() const;
    Money writtenOffTotal() const;
    Money toCollectTotal() const { return balanceTotal() - writtenOffTotal(); }
    int zeroedCount() const;
};

// A stored transfer.
struct AgencyTransferInfo
{
    qint64 id = 0;
    QDate transferDate;
    QString agencyName;
    QString fileName;
    bool zeroed = false;
    int claims = 0;
    Money balance;
    Money zeroedAmount;
    QString createdBy;
    QString createdAt;
    QString summary;
};

// Transfer to a collection agency. A claim goes when it is open with a
// positive balance, of a company and routine with agency settings, not
// already sent and not in a payment plan, and its basis date (due date,
// reminder 1, reminder 2 or collection demand, per routine) lies at least
// the routine's days before the transfer date. It stays (listed with the
// reason) when it has no person number and the routine says so, when a
// dunning code valid on the date stops collection, when its debtor has a
// protected identity (handled by hand), or when it is in a payment plan.
class AgencyTransfer
{
public:
    explicit AgencyTransfer(Database &db) : m_db(db) {}

    // Kontrollista: exactly the claims run() would send now; changes nothing.
    AgencyTransferResult plan(const AgencySelection &selection);
    // The transfer, in one unit of work: writes the file rows to `file`
    // (begin … finish, so a file that cannot be written changes nothing),
    // zeroes each claim with the routine's methods through PostingService
    // (source "agency:<id>") and books those at once, stamps the transfer
    // date, sets the dunning code and watch text (audited), and records the
    // transfer and its claims. Throws LedgerError (nothing changed).
    AgencyTransferResult run(const AgencySelection &selection, ReportWriter &file,
                             const QString &fileName);

    // The file (README "Agency file"): one row per claim, fixed columns.
    static ReportLayout fileLayout();
    static ReportTable fileTable(const AgencyTransferResult &result);

    QList<AgencyTransferInfo> transfers();

private:
    Database &m_db;
};

} // namespace rsk
