#pragma once

#include "bookkeeping/bookingrun.h"
#include "dunning/dunningletter.h"
#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// Beställning of "Utskrifter av påminnelser/inkassokrav/restkrav" (handbook
// 7.11). Empty range ends mean "from the first" / "to the last".
struct DunningSelection
{
    QDate runDate;          // the day the steps are measured on and stamped with
    QString companyFrom;
    QString companyTo;
    QString routineFrom;
    QString routineTo;
    QString invoiceFrom;    // 9 digits, or fewer: a prefix range
    QString invoiceTo;
    QString departmentFrom;
    QString departmentTo;
    // "Påminnelse/kravavgift inte på fordringar under": whole kronor, at most
    // 3 digits; a claim whose balance is below it gets its letter without a
    // fee. Not a limit for the letter itself (7.11).
    Money noFeeBelow;
};

// One claim's next step, as the kontrollista lists it and the run takes it.
struct DunningItem
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    QString department;
    QString name;
    QDate dueDate;
    DunningStep step = DunningStep::Reminder1;
    QString heading;
    int textNumber = 0;
    QString handler;
    Money balanceBefore;
    Money fee;               // this step's fee (0: none, or under "noFeeBelow")
    bool feeDebited = false; // debited on the claim; false: only printed
    Money interest;          // accrued to the run date (0 unless printed or debited)
    Money interestDebit;     // debited now (collection demand, "debit interest")
    Money toPay;             // what the letter asks for
    QDate payBy;
    bool held = false;       // protected identity: no letter printed, listed for manual handling
    QString note;            // e.g. why there is no fee
};

// A claim whose next step was due but not taken, and why (the list a clerk
// reads before the real run).
struct DunningSkip
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    DunningStep step = DunningStep::Reminder1;
    QString reason; // "kravkod 2 Anstånd t.o.m. 2026-12-31"
};

struct DunningRunResult
{
    qint64 runId = 0;   // dunning_run.id; 0 in a kontrollista
    bool dryRun = true;
    DunningSelection selection; // as checked (ranges filled in)
    QList<DunningItem> items;   // in company, invoice number order
    QList<DunningSkip> skipped;
    QList<DunningLetter> letters;   // run(): every printed letter (held ones not)
    QList<Verification> bookingOrders; // what the run debited, one per company

    int count(DunningStep step) const;
    int heldCount() const;
    Money feesDebited() const;
    Money feesPrintedOnly() const;
    Money interestDebited() const;
};

// A stored run, for 7.12 (copies, undo).
struct DunningRunInfo
{
    qint64 id = 0;
    QDate runDate;
    QString createdBy;
    QString createdAt;
    int letters = 0;
    int held = 0;
    Money feesDebited;
    Money interestDebited;
    QString outputPath;  // the PDF the letters were written to, if recorded
    QString undoneBy;    // empty: not undone
    QString undoneAt;
    QString summary;     // the selection in words
};

// "Kopior av påminnelser/inkassokrav/restkrav" (7.12): which letters, and
// what the copies print.
struct DunningCopySelection
{
    qint64 runId = 0;      // 0: any run
    QString company;       // "" = any
    QString invoiceFrom;
    QString invoiceTo;
    QDate letterDate;      // framställningsdatum; invalid = any
    bool reminders = true; // "Påminnelse 1 eller 2"
    bool collection = true;
    bool residual = true;
    QString newHandler;    // "" = the original handler
    bool markCopy = true;  // "Kopia skrivs på fakturan"
    bool originalDate = true; // false: today's date as the letter date
};

// The dunning run (handbook 7.11, DOMAIN.md "Dunning"). Next-step rules per
// claim (open, balance > 0, not in a payment plan, not sent to an agency,
// routine with settings): after nothing, reminder 1 (due date + days), or
// without reminder 1 the collection demand (basis 9: due date + days); after
// reminder 1, reminder 2 (reminder 1 + days), else the collection demand
// (basis 1: reminder 1 + days, 9: due date + days); after reminder 2 the
// collection demand (basis 1, 2 or 9); after the collection demand, the
// residual demand (collection + days); nothing after that. A step is due when
// the run date is on or after its day and after the previous step's date;
// only the next step is taken; a dunning code valid on the run date that
// stops the step skips the claim (listed).
class DunningRun
{
public:
    explicit DunningRun(Database &db) : m_db(db) {}

    // Kontrollista: exactly the items run() would take now; changes nothing.
    DunningRunResult plan(const DunningSelection &selection);
    // The run, in one unit of work: stamps each claim's step date, debits
    // fees and interest where chosen (transactions with the fee-debit payment
    // methods), writes the booking order for what was debited, records the
    // run with every letter (and its before-image, for undo), and returns the
    // letters to render. Throws LedgerError (nothing changed).
    DunningRunResult run(const DunningSelection &selection);

    // The letters of a kontrollista, built as the run would build them
    // (letterId 0); for a preview before the run.
    QList<DunningLetter> previewLetters(const DunningRunResult &plan);

    // 7.12.
    QList<DunningRunInfo> runs();
    std::optional<DunningRunInfo> info(qint64 runId);
    void recordOutput(qint64 runId, const QString &path);
    // Copies of saved letters, as the selection says (KOPIA, date, handler).
    QList<DunningLetter> copies(const DunningCopySelection &selection);
    // Why the run cannot be undone (a claim changed since, already undone),
    // or nullopt.
    std::optional<QString> undoProblem(qint64 runId);
    // Restores every claim of the run as it was before (dates, fees,
    // interest, balance, version), removes its transactions and booking
    // orders; one unit of work; refuses (nothing changed) with undoProblem.
    void undo(qint64 runId);

private:
    Database &m_db;
};

} // namespace rsk
