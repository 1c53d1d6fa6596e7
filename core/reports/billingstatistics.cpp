#include "reports/billingstatistics.h"

#include "ledger/referencedata.h"
#include "reports/claimlist.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QMap>

#include <array>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BillingStatistics)
};

using Action = BillingStatisticsQuery::Action;
constexpr int kActions = BillingStatisticsQuery::ActionCount;

// The date column that says a claim had the action (constant SQL).
const char *const kActionColumns[kActions] = {nullptr,
                                              "i.reminder1_date",
                                              "i.reminder2_date",
                                              "i.collection_date",
                                              "i.threat_date",
                                              "i.payment_order_date",
                                              "i.payment_plan_date"};

struct Counts
{
    std::array<qint64, kActions> count{};
    std::array<qint64, kActions> amount{};
    void add(const Counts &o)
    {
        for (int a = 0; a < kActions; ++a) {
            count[a] += o.count[a];
            amount[a] += o.amount[a];
        }
    }
};

} // namespace

QString BillingStatisticsQuery::actionText(Action action)
{
    switch (action) {
    case Invoiced:
        return Tr::tr("Fakturerade");
    case Reminder1:
        return Tr::tr("Påminnelse 1");
    case Reminder2:
        return Tr::tr("Påminnelse 2");
    case Collection:
        return Tr::tr("Inkassokrav");
    case Threat:
        return Tr::tr("Hot om betalningsföreläggande");
    case PaymentOrder:
        return Tr::tr("Betalningsföreläggande");
    case PaymentPlan:
        return Tr::tr("Amorteringsplan");
    case ActionCount:
        break;
    }
    return QString();
}

qint64 BillingStatisticsQuery::shareHundredths(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    // Exact in 128 bits, then one rounding step, half away from zero.
    const __int128 scaled = static_cast<__int128>(part) * 10000;
    const __int128 w = whole < 0 ? -static_cast<__int128>(whole) : whole;
    const __int128 s = whole < 0 ? -scaled : scaled;
    const __int128 q = s / w;
    const __int128 r = s % w;
    const __int128 twice = (r < 0 ? -r : r) * 2;
    if (twice >= w)
        return qint64(s < 0 ? q - 1 : q + 1);
    return qint64(q);
}

BillingStatisticsQuery::BillingStatisticsQuery(Database &db,
                                               const BillingStatisticsCriteria &criteria)
{
    using namespace claimlist;
    BillingStatisticsCriteria c = criteria;
    c.companyFrom = c.companyFrom.trimmed();
    c.companyTo = c.companyTo.trimmed();
    if (c.companyTo.isEmpty())
        c.companyTo = c.companyFrom;
    if (!c.companyFrom.isEmpty() && c.companyTo < c.companyFrom)
        throw LedgerError::refused(
            Tr::tr("Företag: tom %1 ligger före from %2.").arg(c.companyTo, c.companyFrom));
    db.access().requireCompanies(db, c.companyFrom, c.companyTo);
    c.routineFrom = routineBound(c.routineFrom);
    c.routineTo = routineBound(c.routineTo); // empty: no upper bound ("nior")
    if (!c.routineFrom.isEmpty() && !c.routineTo.isEmpty() && c.routineTo < c.routineFrom)
        throw LedgerError::refused(
            Tr::tr("Rutin: tom %1 ligger före from %2.").arg(c.routineTo, c.routineFrom));
    const QString invoiceFrom = invoiceLowerBound(c.invoiceFrom, Tr::tr("Fakturanummer from"));
    const QString invoiceTo = invoiceUpperBound(c.invoiceTo, Tr::tr("Fakturanummer tom"));
    if (!invoiceFrom.isEmpty() && !invoiceTo.isEmpty() && invoiceTo < invoiceFrom)
        throw LedgerError::refused(
            Tr::tr("Fakturanummer: tom %1 ligger före from %2.").arg(invoiceTo, invoiceFrom));
    checkDateRange(c.invoiceDateFrom, c.invoiceDateTo, Tr::tr("Fakturadatum"));

    QString sql = QStringLiteral("SELECT i.routine, i.invoice_date, COUNT(*), SUM(i.amount_ore)");
    for (int a = Reminder1; a < kActions; ++a)
        sql += QStringLiteral(", SUM(CASE WHEN %1 IS NOT NULL THEN 1 ELSE 0 END), "
                              "SUM(CASE WHEN %1 IS NOT NULL THEN i.amount_ore ELSE 0 END)")
                   .arg(QLatin1String(kActionColumns[a]));
    sql += QStringLiteral(" FROM invoice i WHERE 1 = 1");
    QVariantList args;
    auto add = [&](const char *clause, const QVariant &value) {
        sql += QLatin1String(clause);
        args << value;
    };
    if (!c.companyFrom.isEmpty()) {
        add(" AND i.company >= ?", c.companyFrom);
        add(" AND i.company <= ?", c.companyTo);
    }
    if (!c.routineFrom.isEmpty())
        add(" AND i.routine >= ?", c.routineFrom);
    if (!c.routineTo.isEmpty())
        add(" AND i.routine <= ?", c.routineTo);
    if (!invoiceFrom.isEmpty())
        add(" AND i.invoice_number >= ?", invoiceFrom);
    if (!invoiceTo.isEmpty())
        add(" AND i.invoice_number <= ?", invoiceTo);
    if (c.invoiceDateFrom.isValid())
        add(" AND i.invoice_date >= ?", dateArg(c.invoiceDateFrom));
    if (c.invoiceDateTo.isValid())
        add(" AND i.invoice_date <= ?", dateArg(c.invoiceDateTo));
    sql += QStringLiteral(" GROUP BY i.routine, i.invoice_date");

    // Days folded into months here: the same SQL on SQLite and PostgreSQL.
    QMap<QString, QMap<QString, Counts>> groups; // routine -> "YYYY-MM" -> counts
    QSqlQuery q = db.run(sql, args);
    while (q.next()) {
        Counts n;
        n.count[Invoiced] = q.value(2).toLongLong();
        n.amount[Invoiced] = q.value(3).toLongLong();
        for (int a = Reminder1; a < kActions; ++a) {
            n.count[a] = q.value(2 + 2 * a).toLongLong();
            n.amount[a] = q.value(3 + 2 * a).toLongLong();
        }
        const QDate day = toDate(q.value(1));
        groups[q.value(0).toString()][day.toString(QStringLiteral("yyyy-MM"))].add(n);
    }

    QHash<QString, QString> routineNames;
    for (const Routine &r : ReferenceData(db).routines())
        routineNames.insert(r.code, r.name);
    auto routineText = [&](const QString &code) {
        const QString name = routineNames.value(code);
        return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
    };

    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Debiteringsstatistik");
    const QStringList lines = {
        rangeLine(Tr::tr("Företag"), c.companyFrom, c.companyTo),
        rangeLine(Tr::tr("Rutin"), c.routineFrom, c.routineTo),
        rangeLine(Tr::tr("Fakturanummer"), invoiceFrom, invoiceTo),
        rangeLine(Tr::tr("Fakturadatum"), c.invoiceDateFrom.toString(Qt::ISODate),
                  c.invoiceDateTo.toString(Qt::ISODate)),
    };
    for (const QString &line : lines)
        if (!line.isEmpty())
            l.selection << line;
    l.selection << Tr::tr("Andel: Fakturerade av hela listan, övriga åtgärder av samma rutins och "
                          "periods fakturerade; belopp = fakturornas kapitalbelopp");
    l.columns = {{QStringLiteral("routine"), Tr::tr("Rutin"), K::Text, 18},
                 {QStringLiteral("period"), Tr::tr("Period"), K::Text},
                 {QStringLiteral("action"), Tr::tr("Åtgärd"), K::Text, 30},
                 {QStringLiteral("count"), Tr::tr("Antal"), K::Integer},
                 {QStringLiteral("amount"), Tr::tr("Belopp"), K::Money},
                 {QStringLiteral("count_share"), Tr::tr("Andel antal %"), K::Money},
                 {QStringLiteral("amount_share"), Tr::tr("Andel belopp %"), K::Money}};
    m_table.setLayout(l);

    Counts total;
    for (const auto &periods : std::as_const(groups))
        for (const Counts &n : periods)
            total.add(n);

    // The seven rows of one group; `group` gives the actions' base, the list
    // total the base of the invoiced row.
    auto block = [&](ReportRow::Type type, int level, const QString &label,
                     const QString &routine, const QString &period, const Counts &n) {
        for (int a = 0; a < kActions; ++a) {
            ReportRow row;
            row.type = type;
            row.level = level;
            const QString action = actionText(Action(a));
            if (type != ReportRow::Type::Detail)
                row.label = label + QStringLiteral(" – ") + action;
            const qint64 baseCount = a == Invoiced ? total.count[Invoiced] : n.count[Invoiced];
            const qint64 baseAmount = a == Invoiced ? total.amount[Invoiced] : n.amount[Invoiced];
            row.cells = {type == ReportRow::Type::Detail ? QVariant(routine) : QVariant(),
                         type == ReportRow::Type::Detail ? QVariant(period) : QVariant(),
                         type == ReportRow::Type::Detail ? QVariant(action) : QVariant(),
                         n.count[a], n.amount[a], shareHundredths(n.count[a], baseCount),
                         shareHundredths(n.amount[a], baseAmount)};
            m_table.addRow(row);
        }
    };
    for (auto r = groups.cbegin(); r != groups.cend(); ++r) {
        Counts routineSum;
        for (auto p = r->cbegin(); p != r->cend(); ++p) {
            block(ReportRow::Type::Detail, 0, QString(), routineText(r.key()), p.key(), p.value());
            routineSum.add(p.value());
        }
        block(ReportRow::Type::Subtotal, 1, Tr::tr("Summa rutin %1").arg(routineText(r.key())),
              QString(), QString(), routineSum);
    }
    block(ReportRow::Type::Total, 0, Tr::tr("Totalt"), QString(), QString(), total);
}

QList<ReportRow> BillingStatisticsQuery::rows(qint64 first, int count)
{
    return m_table.rows().mid(int(first), count);
}

} // namespace rsk
