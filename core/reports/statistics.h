#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// Statistik (seed 001 §3.2.3 and §6.1, adapted from a collection agency's
// "ärenden" to the ledger's claims). Each statistic is one aggregate query
// over the whole ledger (or one company): grouped and counted in SQL, never
// read row by row. Definitions:
// - NewClaimsPerMonth: claims by invoice date, the last `months` months (the
//   Startsida's own chart counts the same way).
// - ActiveByRoutine: open claims (balance > 0) per routine.
// - ClosedPerMonth: claims by final-paid date, the last `months` months.
// - ActiveByAge / AmountByAge: open claims and their balance by days past the
//   due date on `today`: not yet due (due today or later), then the buckets
//   1–30, 31–60 … and over the last bound (ageBucketDays).
// - DebtorsByAgeGroup: distinct debtors with an open claim (by person/org
//   number; a claim without one counts its customer) by age this year, from
//   the birth year in the number: YYYYMMDDNNNC, or YYMMDDNNNC taking the
//   latest century not after this year; organisation numbers (third digit
//   2–9) and claims without a number apart.
// - CollectionShare: open claims not in collection, with a collection demand
//   sent (collection_date set), and transferred to a collection agency.
// - InvoicesPerMonth: claims registered this calendar year per month of
//   registration (January–December), invoices and credit invoices apart.
enum class StatisticKind {
    NewClaimsPerMonth,
    ActiveByRoutine,
    ClosedPerMonth,
    ActiveByAge,
    AmountByAge,
    DebtorsByAgeGroup,
    CollectionShare,
    InvoicesPerMonth,
};

struct StatisticsOptions
{
    QString company;                           // empty: the whole ledger
    QList<int> ageBucketDays{30, 60, 90, 180}; // upper bounds, days past due, ascending
    QList<int> ageGroupYears{25, 35, 45, 55, 65, 75}; // upper bounds of age groups
    int months = 12;                           // the per-month charts' window
    QDate today;                               // invalid: the ledger's today
};

// One row of a statistic: its label and one value per series (a count, or
// öre for money statistics).
struct StatisticRow
{
    QString label;
    QList<qint64> values;
};

struct Statistic
{
    enum class Shape { Bars, Pie };
    enum class Unit { Count, Money };

    StatisticKind kind = StatisticKind::NewClaimsPerMonth;
    QString title;
    Shape shape = Shape::Bars;
    Unit unit = Unit::Count;
    QStringList series; // one name per value column
    QList<StatisticRow> rows;
    QString scope;      // "Hela reskontran" / "Företag 001"

    qint64 total(int series = 0) const;
    // The row's share of the series' total, in percent (0 when the total is 0).
    double sharePercent(int row, int series = 0) const;
    // Nothing to show: no rows, or every value 0.
    bool isEmpty() const;
};

class Statistics
{
public:
    explicit Statistics(Database &db) : m_db(db) {}

    // Every statistic, in the order the Statistik screen lists them.
    static QList<StatisticKind> kinds();
    static QString title(StatisticKind kind);
    // A stable name for settings ("newClaimsPerMonth").
    static QString key(StatisticKind kind);
    static std::optional<StatisticKind> kindFromKey(const QString &key);

    // "30, 60, 90, 180" → {30, 60, 90, 180}: whole days, rising, 1–9999, at
    // most 10. Throws LedgerError::Refused saying what is wrong.
    static QList<int> parseBounds(const QString &text);
    static QString boundsText(const QList<int> &bounds);
    // The age buckets' labels: "Ej förfallna", "1–30", "31–60", …, "över 180".
    static QStringList ageBucketLabels(const QList<int> &bounds);
    // The age groups' labels: "0–25", "26–35", …, "76–", "Organisationer", "Okänt".
    static QStringList ageGroupLabels(const QList<int> &bounds);

    // Throws LedgerError (Refused for bad options, Storage on database errors).
    Statistic compute(StatisticKind kind, const StatisticsOptions &options);

private:
    Statistic perMonth(StatisticKind kind, const QString &column, const StatisticsOptions &o);
    Statistic activeByRoutine(const StatisticsOptions &o);
    Statistic byAge(StatisticKind kind, const StatisticsOptions &o);
    Statistic debtorsByAgeGroup(const StatisticsOptions &o);
    Statistic collectionShare(const StatisticsOptions &o);
    Statistic invoicesPerMonth(const StatisticsOptions &o);
    QDate today(const StatisticsOptions &o) const;

    Database &m_db;
};

} // namespace rsk

Q_DECLARE_METATYPE(rsk::Statistic)
