#pragma once

#include "dunning/dunningletter.h"
#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace rsk {

class Database;

// Beställning of "Utskrift hot om betalningsföreläggande" (handbook 7.16).
// Empty range ends mean "from the first" / "to the last", as in the dunning
// run (7.11).
struct ThreatSelection
{
    QDate runDate;          // the letters' date, and the day stamped on the claims
    QString companyFrom;
    QString companyTo;
    QString routineFrom;
    QString routineTo;
    QString invoiceFrom;    // 9 digits, or fewer: a prefix range
    QString invoiceTo;
    QString departmentFrom;
    QString departmentTo;
    // "Antal dagar sedan inkassokrav": required, 1–999. A claim is due when
    // the run date is on or after its collection demand's date + days.
    int daysSinceCollection = 0;
    // "Textnummer": required, 1–9, a threat text that exists (7.9).
    int textNumber = 0;
    // "Upplupen dröjsmålsränta": print the interest accrued to the run date
    // (not debited) with its periods.
    bool printInterest = false;

    static constexpr int MaxDays = 999;
};

// One claim that gets a threat, as the kontrollista lists it and the run
// takes it.
struct ThreatItem
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    QString department;
    QString name;
    QDate dueDate;
    QDate collectionDate;
    Money balance;   // what the claim owes now: the letter's "Att betala"
    Money interest;  // accrued to the run date, not debited (0 unless chosen)
    QDate payBy;
    bool held = false; // protected identity: no letter, listed for manual handling
};

// A claim that was due for a threat but is not taken, and why.
struct ThreatSkip
{
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString name;
    QString reason; // "kravkod 4 Tvist t.o.m. 2026-12-31"
};

struct ThreatRunResult
{
    bool dryRun = true;
    ThreatSelection selection;   // as checked (ranges filled in)
    QList<ThreatItem> items;     // company and invoice-number order
    QList<ThreatSkip> skipped;
    QList<DunningLetter> letters; // run(): every printed letter (held ones not)

    int heldCount() const;
    Money totalBalance() const;
    Money totalInterest() const;
};

// Hot om betalningsföreläggande (handbook 7.16, 7.9; DOMAIN.md "Later
// steps"). The rule per claim: open with a balance above 0, a collection
// demand sent (collection_date) and the run date on or after that date +
// the selection's days, no threat yet (threat_date), not in a payment plan,
// not sent to an agency, no payment order applied for. A claim whose
// dunning code valid on the run date has "ej hot om betalningsföreläggande"
// is skipped and listed; a debtor with a protected identity gets no letter
// and is listed for manual handling (the claim is stamped all the same, as
// in the dunning run). The run records nothing but the stamp: no fee, no
// interest debited, no booking.
//
// The letters are DunningLetter (A4 portrait, formType 'F'): heading HOT OM
// BETALNINGSFÖRELÄGGANDE, sender, debtor, the claim (capital, fees and
// interest debited and open, the interest accrued to the run date with its
// periods when chosen), payments since the collection demand, the balance to
// pay, the chosen threat text (15 × 70), the pay-by date (run date +
// kravparametrarnas days for a collection demand, moved to a banking day)
// and the payment slip with the OCR reference. `step` is Collection: the
// step the threat follows (it only picks labels; a threat has no fee).
class ThreatRun
{
public:
    explicit ThreatRun(Database &db) : m_db(db) {}

    // The selection checked and filled in; LedgerError::refused starting
    // with the field's name ("Antal dagar sedan inkassokrav: …").
    ThreatSelection checked(const ThreatSelection &selection);

    // Kontrollista: exactly what run() would do now; changes nothing.
    ThreatRunResult plan(const ThreatSelection &selection);
    // The letters of a kontrollista, as the run would print them.
    QList<DunningLetter> previewLetters(const ThreatRunResult &plan);
    // Stamps threat_date = run date on every item (held ones too), audited,
    // in one unit of work; returns the letters. A claim changed by someone
    // else meanwhile refuses the whole run (Conflict, nothing changed).
    // `deliver`, when given, gets the result inside the unit of work before
    // it commits: the letters written there are stamped only if they could
    // be written (it throws, e.g. LedgerError, and nothing is changed).
    using Delivery = std::function<void(const ThreatRunResult &result)>;
    ThreatRunResult run(const ThreatSelection &selection, const Delivery &deliver = {});

    static QString heading(); // "HOT OM BETALNINGSFÖRELÄGGANDE"

private:
    struct Planned;
    struct LetterParts;
    QList<Planned> planAll(const ThreatSelection &s, ThreatRunResult &result, bool keepClaims);
    static DunningLetter letter(const Planned &p, const ThreatSelection &s,
                                const LetterParts &parts);

    Database &m_db;
};

} // namespace rsk
