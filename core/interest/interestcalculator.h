#pragma once

#include "interest/interestsettings.h"
#include "interest/referencerates.h"
#include "ledger/types.h"
#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

// A change of a claim's capital (ledger_transaction.capital_part_ore, signed)
// on its transaction date. `noInterest`: made with a method marked
// "dröjsmålsfaktureras ej" (handbook 8.1).
struct CapitalChange
{
    QDate date;
    Money change;
    bool noInterest = false;
};

// What the calculator needs of a claim: its capital timeline and the facts
// that switch interest off.
struct InterestClaim
{
    Money capital;     // the original capital; <= 0 (credit invoice) earns nothing
    QDate invoiceDate; // invalid: the "days after invoice date" rule does not apply
    QDate dueDate;
    QList<CapitalChange> changes;
    QDate finalPaidDate; // invalid: not paid in full
    std::optional<DunningCode> dunningCode;
    QDate dunningCodeUntil; // invalid: no valid-to date
};

struct InterestPeriod
{
    QDate from;
    QDate to; // inclusive
    int days = 0;
    qint64 rateHundredths = 0; // reference rate + margin, 12,00 % = 1200
    int yearDays = 365;        // the day basis' year for these days
    Money base;                // the interest-bearing capital
    ExactOre exact;            // base * rate * days / yearDays, unrounded
    Money interest;            // `exact` rounded, for display only
};

struct InterestResult
{
    Money interest; // the exact sum of the periods, rounded once
    ExactOre exact;
    int days = 0;   // interest days (days with a base > 0)
    QList<InterestPeriod> periods;
    QString note;   // why there is none, or a warning (unverified rates)
};

// Late-payment interest, pure (DOMAIN.md "Late-payment interest",
// räntelagen 3 and 6 §§, FACTS-SE §4). Rules:
// - Capital only, never fees or interest (FACTS-SE §4 recommendation).
// - Day rate = reference rate in force that day + margin; periods split at
//   each change of rate, of base, and (actual/actual) of the year length;
//   neighbours that agree on all three are one period. A total rate below
//   zero counts as 0 (interest is never owed to the debtor).
// - Interest days run from the start day (the day after the due date, or the
//   due date; not before invoice date + "dagar efter fakturadatum") through
//   `to` inclusive.
// - An ordinary capital change counts through its transaction date and
//   changes the base from the next day. A no-interest credit/payment
//   (dröjsmålsfaktureras ej) lowers the base from the start day, whatever
//   its date; a no-interest debit never enters the base. The base is never
//   below 0 (an overpayment earns the debtor nothing).
// - 0 when: the capital is 0 or negative; `to` is before the start day; the
//   claim has a dunning code with "no interest" valid on `to` (no valid-to,
//   or valid-to >= `to`); or a code with "no interest during respite" and
//   the claim was paid in full on or before the valid-to date (no valid-to:
//   any full payment).
// - Exact fractions per period, one rounding per claim, half away from zero.
// - A needed day without a reference rate is refused (LedgerError), days
//   with an UNVERIFIED rate are named in `note`.
class InterestCalculator
{
public:
    InterestCalculator(const InterestSettings &settings, ReferenceRateTable rates)
        : m_settings(settings), m_rates(std::move(rates))
    {}

    InterestResult compute(const InterestClaim &claim, const QDate &to) const;

    // The first interest day of a claim under the settings.
    QDate startDay(const InterestClaim &claim) const;

    // Handbook 7.2 "Minsta ränta" and "Minst antal dagar efter förfallodag":
    // what may be invoiced (räntefaktura, "ej uppdebiterade räntor") of an
    // interest: 0 below the minimum amount, or when paid fewer than the
    // minimum days after the due date (daysLate = final-paid − due date).
    Money chargeable(const InterestResult &result, int daysLate) const;

    const InterestSettings &settings() const { return m_settings; }

private:
    InterestSettings m_settings;
    ReferenceRateTable m_rates;
};

} // namespace rsk
