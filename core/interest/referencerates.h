#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// One row of the reference-rate table (handbook 7.8, FACTS-SE §4): the rate
// Riksbanken set, in force from `from` until the next row.
struct ReferenceRate
{
    QDate from;
    qint64 rateHundredths = 0; // 4,00 % = 400; may be negative (2019-H1 −0,50 %)
    bool verified = false;     // false: shipped from an unconfirmed source (FACTS-SE §4)
    QString source;
};

// A run of days on one reference rate.
struct RatePeriod
{
    QDate from;
    QDate to; // inclusive
    qint64 rateHundredths = 0;
    bool verified = false;
};

// The table as a value, pure (no storage) so the calculator can be tested on
// any table. Coverage rule: a row is in force from its date until the day
// before the next row; the last row only until the end of its calendar
// half-year, because Riksbanken sets the rate per half-year (FACTS-SE §4 9 §)
// and the next one is unknown until published. A needed day outside that is
// refused, never guessed.
class ReferenceRateTable
{
public:
    ReferenceRateTable() = default;
    explicit ReferenceRateTable(QList<ReferenceRate> rows); // any order; sorted here
    // The shipped default rows (LedgerSetup::defaultReferenceRates).
    static ReferenceRateTable shipped();

    const QList<ReferenceRate> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The first and last covered day (invalid for an empty table).
    QDate firstCoveredDay() const;
    QDate lastCoveredDay() const;
    // The row in force on `date`, or nullopt when no row covers it.
    std::optional<ReferenceRate> rateOn(const QDate &date) const;
    // The rate runs from..to (inclusive), merged where the rate does not
    // change. Throws LedgerError::refused naming the uncovered days when any
    // day of the range is not covered.
    QList<RatePeriod> periods(const QDate &from, const QDate &to) const;

    // The last day of the calendar half-year `date` falls in.
    static QDate endOfHalfYear(const QDate &date);

private:
    QList<ReferenceRate> m_rows;
};

// The stored table (reference_rate). set() is the only writer: audited, in
// its own unit of work (joins an outer one).
class ReferenceRates
{
public:
    explicit ReferenceRates(Database &db) : m_db(db) {}

    QList<ReferenceRate> list();
    ReferenceRateTable table();
    std::optional<ReferenceRate> rateOn(const QDate &date) { return table().rateOn(date); }
    QList<RatePeriod> periods(const QDate &from, const QDate &to) { return table().periods(from, to); }

    // Adds or changes the rate from `from`. A rate a clerk enters is
    // verified (handbook 7.8: the clerk confirms the published rate), so
    // setting an UNVERIFIED row, even to the same value, confirms it.
    // Handbook 7.8: at most 4 digits of which 2 decimals, so |rate| <= 99,99.
    // Throws LedgerError::refused with the reason (nothing changed).
    void set(const QDate &from, qint64 rateHundredths,
             const QString &source = QStringLiteral("manuellt"));

    static constexpr qint64 MaxAbsHundredths = 9999;

private:
    Database &m_db;
};

} // namespace rsk
