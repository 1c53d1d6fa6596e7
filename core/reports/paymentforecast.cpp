#include "reports/paymentforecast.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentForecast)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool isRoutine(const QString &s)
{
    return s.size() == 2 && s.at(0).isDigit() && s.at(1).isDigit() && s.at(0).unicode() < 128
           && s.at(1).unicode() < 128;
}

struct Sum
{
    qint64 claims = 0;
    Money amount;
};

} // namespace

PaymentForecastQuery::PaymentForecastQuery(Database &db, const PaymentForecastCriteria &criteria)
    : m_db(db), m_criteria(criteria)
{
    auto &c = m_criteria;
    if (c.companyTo.isEmpty())
        c.companyTo = c.companyFrom;
    c.routineFrom = c.routineFrom.trimmed();
    c.routineTo = c.routineTo.trimmed();
    if (c.routineFrom.size() == 1)
        c.routineFrom.prepend(QLatin1Char('0'));
    if (c.routineTo.size() == 1)
        c.routineTo.prepend(QLatin1Char('0'));
    if (c.routineTo.isEmpty())
        c.routineTo = c.routineFrom;
    if (!c.companyFrom.isEmpty() && c.companyTo < c.companyFrom)
        throw LedgerError::refused(
            Tr::tr("Företag: tom %1 ligger före from %2.").arg(c.companyTo, c.companyFrom));
    m_db.access().requireCompanies(m_db, c.companyFrom, c.companyTo);
    for (const QString &r : {c.routineFrom, c.routineTo})
        if (!r.isEmpty() && !isRoutine(r))
            throw LedgerError::refused(Tr::tr("Rutin \"%1\": ange två siffror.").arg(r));
    if (!c.routineFrom.isEmpty() && c.routineTo < c.routineFrom)
        throw LedgerError::refused(
            Tr::tr("Rutin: tom %1 ligger före from %2.").arg(c.routineTo, c.routineFrom));
    if (c.dueFrom.isValid() && c.dueTo.isValid() && c.dueTo < c.dueFrom)
        throw LedgerError::refused(Tr::tr("Förfallodatum: tom %1 ligger före from %2.")
                                       .arg(iso(c.dueTo), iso(c.dueFrom)));
}

QDate PaymentForecastQuery::periodStart(const QDate &due, PaymentForecastCriteria::Period period)
{
    switch (period) {
    case PaymentForecastCriteria::Period::Week:
        return due.addDays(1 - due.dayOfWeek()); // ISO weeks start on Monday
    case PaymentForecastCriteria::Period::Month:
        return QDate(due.year(), due.month(), 1);
    case PaymentForecastCriteria::Period::Day:
        break;
    }
    return due;
}

QDate PaymentForecastQuery::periodEnd(const QDate &due, PaymentForecastCriteria::Period period)
{
    switch (period) {
    case PaymentForecastCriteria::Period::Week:
        return due.addDays(7 - due.dayOfWeek());
    case PaymentForecastCriteria::Period::Month:
        return QDate(due.year(), due.month(), due.daysInMonth());
    case PaymentForecastCriteria::Period::Day:
        break;
    }
    return due;
}

QString PaymentForecastQuery::periodLabel(const QDate &due, PaymentForecastCriteria::Period period)
{
    switch (period) {
    case PaymentForecastCriteria::Period::Week: {
        int weekYear = 0;
        const int week = due.weekNumber(&weekYear);
        return Tr::tr("%1 v.%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case PaymentForecastCriteria::Period::Month:
        return due.toString(QStringLiteral("yyyy-MM"));
    case PaymentForecastCriteria::Period::Day:
        break;
    }
    return iso(due);
}

ReportLayout PaymentForecastQuery::layout() const
{
    using K = ReportColumn::Kind;
    const auto &c = m_criteria;
    ReportLayout l;
    l.title = Tr::tr("Inbetalningsprognos");
    if (!c.companyFrom.isEmpty())
        l.selection << Tr::tr("Företag: %1–%2").arg(c.companyFrom, c.companyTo);
    if (!c.routineFrom.isEmpty())
        l.selection << Tr::tr("Rutin: %1–%2").arg(c.routineFrom, c.routineTo);
    if (c.dueFrom.isValid() || c.dueTo.isValid())
        l.selection << Tr::tr("Förfallodatum: %1–%2").arg(iso(c.dueFrom), iso(c.dueTo));
    switch (c.period) {
    case PaymentForecastCriteria::Period::Day:
        l.selection << Tr::tr("Per förfallodag");
        break;
    case PaymentForecastCriteria::Period::Week:
        l.selection << Tr::tr("Per vecka");
        break;
    case PaymentForecastCriteria::Period::Month:
        l.selection << Tr::tr("Per månad");
        break;
    }
    l.columns = {{QStringLiteral("period"), Tr::tr("Period"), K::Text, 10},
                 {QStringLiteral("from"), Tr::tr("Från"), K::Date},
                 {QStringLiteral("to"), Tr::tr("Till"), K::Date},
                 {QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("routine"), Tr::tr("Rutin"), K::Text},
                 {QStringLiteral("claims"), Tr::tr("Antal fakturor"), K::Integer},
                 {QStringLiteral("amount"), Tr::tr("Förväntat belopp"), K::Money}};
    return l;
}

void PaymentForecastQuery::build()
{
    if (m_built)
        return;
    const auto &c = m_criteria;
    // Only claims with something left to pay; the balance is what is expected.
    QString sql = QStringLiteral("SELECT due_date, company, routine, COUNT(*), SUM(balance_ore) "
                                 "FROM invoice WHERE balance_ore > 0");
    QVariantList args;
    if (!c.companyFrom.isEmpty()) {
        sql += QStringLiteral(" AND company BETWEEN ? AND ?");
        args << c.companyFrom << c.companyTo;
    }
    if (!c.routineFrom.isEmpty()) {
        sql += QStringLiteral(" AND routine BETWEEN ? AND ?");
        args << c.routineFrom << c.routineTo;
    }
    if (c.dueFrom.isValid()) {
        sql += QStringLiteral(" AND due_date >= ?");
        args << dateArg(c.dueFrom);
    }
    if (c.dueTo.isValid()) {
        sql += QStringLiteral(" AND due_date <= ?");
        args << dateArg(c.dueTo);
    }
    sql += QStringLiteral(
        " GROUP BY due_date, company, routine ORDER BY due_date, company, routine");
    QSqlQuery q = m_db.run(sql, args);

    m_table.begin(layout());
    QDate periodFirst;
    QDate periodLast;
    QMap<QPair<QString, QString>, Sum> inPeriod; // (company, routine) -> sum, sorted
    Sum total;
    auto closePeriod = [&] {
        if (!periodFirst.isValid())
            return;
        Sum period;
        for (auto it = inPeriod.cbegin(); it != inPeriod.cend(); ++it) {
            ReportRow row;
            row.cells = {periodLabel(periodFirst, c.period), periodFirst, periodLast,
                         it.key().first, it.key().second, it->claims, it->amount.ore()};
            m_table.addRow(row);
            period.claims += it->claims;
            period.amount += it->amount;
        }
        ReportRow sum;
        sum.type = ReportRow::Type::Subtotal;
        sum.level = 1;
        sum.label = Tr::tr("Summa %1").arg(periodLabel(periodFirst, c.period));
        sum.cells = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), period.claims,
                     period.amount.ore()};
        m_table.addRow(sum);
        total.claims += period.claims;
        total.amount += period.amount;
        inPeriod.clear();
    };
    while (q.next()) {
        const QDate due = toDate(q.value(0));
        const QDate first = periodStart(due, c.period);
        if (first != periodFirst) {
            closePeriod();
            periodFirst = first;
            periodLast = periodEnd(due, c.period);
        }
        Sum &s = inPeriod[qMakePair(q.value(1).toString(), q.value(2).toString())];
        s.claims += q.value(3).toLongLong();
        s.amount += Money::fromOre(q.value(4).toLongLong());
    }
    closePeriod();
    ReportRow sum;
    sum.type = ReportRow::Type::Total;
    sum.label = Tr::tr("Totalt");
    sum.cells = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), total.claims,
                 total.amount.ore()};
    m_table.addRow(sum);
    m_built = true;
}

const ReportTable &PaymentForecastQuery::table()
{
    build();
    return m_table;
}

qint64 PaymentForecastQuery::rowCount()
{
    return table().rows().size();
}

QList<ReportRow> PaymentForecastQuery::rows(qint64 first, int count)
{
    const QList<ReportRow> &all = table().rows();
    if (first < 0 || first >= all.size() || count <= 0)
        return {};
    return all.mid(int(first), count);
}

void PaymentForecastQuery::writeAll(ReportWriter &writer)
{
    table().writeTo(writer);
}

} // namespace rsk
