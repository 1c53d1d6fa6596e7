#include "reports/statistics.h"

#include "storage/database.h"
#include "users/access.h"

#include <QCoreApplication>
#include <QHash>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

constexpr int kMaxBounds = 10;

// " AND company = ?" and its argument when the statistic covers one company;
// " AND company IN (?, …)" with the companies the user may see when it covers
// "the whole ledger" for a user without every company (issue 7: counts of a
// company the user has no access to are not shown either).
QString companyFilter(const StatisticsOptions &o, const Access &access, QVariantList &args,
                      const char *alias = "")
{
    if (!o.company.isEmpty()) {
        args << o.company;
        return QStringLiteral(" AND %1company = ?").arg(QLatin1String(alias));
    }
    if (access.allCompanies())
        return {};
    const QStringList visible = access.companies();
    if (visible.isEmpty())
        return QStringLiteral(" AND 1 = 0");
    for (const QString &c : visible)
        args << c;
    return QStringLiteral(" AND %1company IN (%2)")
        .arg(QLatin1String(alias),
             QStringList(visible.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

QString scopeText(const StatisticsOptions &o, const Access &access)
{
    if (!o.company.isEmpty())
        return Tr::tr("Företag %1").arg(o.company);
    if (access.allCompanies())
        return Tr::tr("Hela reskontran");
    return Tr::tr("Företag %1 (de du har behörighet till)")
        .arg(access.companies().join(QStringLiteral(", ")));
}

void checkBounds(const QList<int> &bounds, const QString &what)
{
    if (bounds.isEmpty() || bounds.size() > kMaxBounds)
        throw LedgerError::refused(
            Tr::tr("%1: ange 1–%2 gränser.").arg(what).arg(kMaxBounds));
    for (int i = 0; i < bounds.size(); ++i) {
        if (bounds.at(i) < 1 || bounds.at(i) > 9999)
            throw LedgerError::refused(
                Tr::tr("%1: %2 ska vara 1–9999.").arg(what).arg(bounds.at(i)));
        if (i > 0 && bounds.at(i) <= bounds.at(i - 1))
            throw LedgerError::refused(Tr::tr("%1: %2 ska vara större än %3.")
                                           .arg(what)
                                           .arg(bounds.at(i))
                                           .arg(bounds.at(i - 1)));
    }
}

// Rows indexed 0..count-1 from a "SELECT index, value…" query; missing ones 0.
QList<StatisticRow> indexedRows(QSqlQuery &q, const QStringList &labels, int values)
{
    QList<StatisticRow> rows;
    for (const QString &label : labels)
        rows.append({label, QList<qint64>(values, 0)});
    while (q.next()) {
        const int index = q.value(0).toInt();
        if (index < 0 || index >= rows.size())
            continue;
        for (int v = 0; v < values; ++v)
            rows[index].values[v] += q.value(1 + v).toLongLong();
    }
    return rows;
}

} // namespace

qint64 Statistic::total(int column) const
{
    qint64 sum = 0;
    for (const StatisticRow &row : rows)
        sum += row.values.value(column);
    return sum;
}

double Statistic::sharePercent(int row, int column) const
{
    const qint64 sum = total(column);
    if (sum == 0 || row < 0 || row >= rows.size())
        return 0.0;
    return 100.0 * double(rows.at(row).values.value(column)) / double(sum);
}

bool Statistic::isEmpty() const
{
    for (const StatisticRow &row : rows)
        for (qint64 v : row.values)
            if (v != 0)
                return false;
    return true;
}

QList<StatisticKind> Statistics::kinds()
{
    return {StatisticKind::NewClaimsPerMonth, StatisticKind::ActiveByRoutine,
            StatisticKind::ClosedPerMonth,    StatisticKind::ActiveByAge,
            StatisticKind::AmountByAge,       StatisticKind::DebtorsByAgeGroup,
            StatisticKind::CollectionShare,   StatisticKind::InvoicesPerMonth};
}

QString Statistics::title(StatisticKind kind)
{
    switch (kind) {
    case StatisticKind::NewClaimsPerMonth: return Tr::tr("Nya fordringar per månad");
    case StatisticKind::ActiveByRoutine: return Tr::tr("Öppna fordringar per rutin");
    case StatisticKind::ClosedPerMonth: return Tr::tr("Slutbetalda fordringar per månad");
    case StatisticKind::ActiveByAge: return Tr::tr("Öppna fordringar efter dagar efter förfallodag");
    case StatisticKind::AmountByAge: return Tr::tr("Öppet saldo efter dagar efter förfallodag");
    case StatisticKind::DebtorsByAgeGroup: return Tr::tr("Gäldenärer efter åldersgrupp");
    case StatisticKind::CollectionShare: return Tr::tr("Öppna fordringar i inkasso");
    case StatisticKind::InvoicesPerMonth: return Tr::tr("Registrerade fakturor per månad i år");
    }
    return {};
}

QString Statistics::key(StatisticKind kind)
{
    switch (kind) {
    case StatisticKind::NewClaimsPerMonth: return QStringLiteral("newClaimsPerMonth");
    case StatisticKind::ActiveByRoutine: return QStringLiteral("activeByRoutine");
    case StatisticKind::ClosedPerMonth: return QStringLiteral("closedPerMonth");
    case StatisticKind::ActiveByAge: return QStringLiteral("activeByAge");
    case StatisticKind::AmountByAge: return QStringLiteral("amountByAge");
    case StatisticKind::DebtorsByAgeGroup: return QStringLiteral("debtorsByAgeGroup");
    case StatisticKind::CollectionShare: return QStringLiteral("collectionShare");
    case StatisticKind::InvoicesPerMonth: return QStringLiteral("invoicesPerMonth");
    }
    return {};
}

std::optional<StatisticKind> Statistics::kindFromKey(const QString &key)
{
    for (StatisticKind kind : kinds())
        if (Statistics::key(kind) == key)
            return kind;
    return std::nullopt;
}

QList<int> Statistics::parseBounds(const QString &text)
{
    QList<int> bounds;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok)
            throw LedgerError::refused(
                Tr::tr("Gränsen \"%1\" är inte ett heltal antal dagar/år.").arg(part.trimmed()));
        bounds << n;
    }
    checkBounds(bounds, Tr::tr("Gränser"));
    return bounds;
}

QString Statistics::boundsText(const QList<int> &bounds)
{
    QStringList parts;
    for (int b : bounds)
        parts << QString::number(b);
    return parts.join(QStringLiteral(", "));
}

QStringList Statistics::ageBucketLabels(const QList<int> &bounds)
{
    QStringList labels{Tr::tr("Ej förfallna")};
    int from = 1;
    for (int b : bounds) {
        labels << QStringLiteral("%1–%2").arg(from).arg(b);
        from = b + 1;
    }
    labels << Tr::tr("över %1").arg(bounds.isEmpty() ? 0 : bounds.last());
    return labels;
}

QStringList Statistics::ageGroupLabels(const QList<int> &bounds)
{
    QStringList labels;
    int from = 0;
    for (int b : bounds) {
        labels << QStringLiteral("%1–%2").arg(from).arg(b);
        from = b + 1;
    }
    labels << QStringLiteral("%1–").arg(from) << Tr::tr("Organisationer") << Tr::tr("Okänt");
    return labels;
}

QDate Statistics::today(const StatisticsOptions &o) const
{
    return o.today.isValid() ? o.today : m_db.today();
}

Statistic Statistics::compute(StatisticKind kind, const StatisticsOptions &o)
{
    if (o.months < 1 || o.months > 120)
        throw LedgerError::refused(Tr::tr("Antal månader ska vara 1–120 (nu %1).").arg(o.months));
    if (!o.company.isEmpty())
        m_db.access().requireCompany(o.company);
    Statistic s;
    switch (kind) {
    case StatisticKind::NewClaimsPerMonth:
        s = perMonth(kind, QStringLiteral("invoice_date"), o);
        break;
    case StatisticKind::ClosedPerMonth:
        s = perMonth(kind, QStringLiteral("final_paid_date"), o);
        break;
    case StatisticKind::ActiveByRoutine: s = activeByRoutine(o); break;
    case StatisticKind::ActiveByAge:
    case StatisticKind::AmountByAge: s = byAge(kind, o); break;
    case StatisticKind::DebtorsByAgeGroup: s = debtorsByAgeGroup(o); break;
    case StatisticKind::CollectionShare: s = collectionShare(o); break;
    case StatisticKind::InvoicesPerMonth: s = invoicesPerMonth(o); break;
    }
    s.kind = kind;
    s.title = title(kind);
    s.scope = scopeText(o, m_db.access());
    return s;
}

Statistic Statistics::perMonth(StatisticKind kind, const QString &column,
                               const StatisticsOptions &o)
{
    const QDate now = today(o);
    const QDate from = QDate(now.year(), now.month(), 1).addMonths(1 - o.months);
    const QDate to = QDate(now.year(), now.month(), 1).addMonths(1);
    QVariantList args{dateArg(from), dateArg(to)};
    const QString filter = companyFilter(o, m_db.access(), args);
    // A range on the date column: invoice_newest serves the invoice date.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 AS month, COUNT(*) FROM invoice WHERE "
                                          "%2 >= ? AND %2 < ?%3 GROUP BY month")
                               .arg(m_db.dialect().monthOf(column), column, filter),
                           args);
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    Statistic s;
    s.series = {kind == StatisticKind::ClosedPerMonth ? Tr::tr("Slutbetalda")
                                                      : Tr::tr("Nya fordringar")};
    for (QDate m = from; m < to; m = m.addMonths(1)) {
        const QString label = m.toString(QStringLiteral("yyyy-MM"));
        s.rows.append({label, {counts.value(label)}});
    }
    return s;
}

Statistic Statistics::activeByRoutine(const StatisticsOptions &o)
{
    QVariantList args;
    const QString filter = companyFilter(o, m_db.access(), args);
    // Counted on the partial index of open claims, then named.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT a.routine, r.name, a.n FROM (SELECT routine, "
                                          "COUNT(*) AS n FROM invoice WHERE balance_ore > 0%1 "
                                          "GROUP BY routine) a LEFT JOIN routine r ON r.code = "
                                          "a.routine ORDER BY a.routine")
                               .arg(filter),
                           args);
    Statistic s;
    s.shape = Statistic::Shape::Pie;
    s.series = {Tr::tr("Öppna fordringar")};
    while (q.next()) {
        const QString name = q.value(1).toString();
        s.rows.append({name.isEmpty() ? q.value(0).toString()
                                      : q.value(0).toString() + QLatin1Char(' ') + name,
                       {q.value(2).toLongLong()}});
    }
    return s;
}

Statistic Statistics::byAge(StatisticKind kind, const StatisticsOptions &o)
{
    checkBounds(o.ageBucketDays, Tr::tr("Åldersgränser (dagar)"));
    const QDate now = today(o);
    // Days past due = today − due date: a claim due today is not yet due;
    // bucket k holds (bound[k-1], bound[k]] days, i.e. due on or after
    // today − bound[k].
    QString cases = QStringLiteral("WHEN due_date >= ? THEN 0 ");
    QVariantList args{dateArg(now)};
    for (int k = 0; k < o.ageBucketDays.size(); ++k) {
        cases += QStringLiteral("WHEN due_date >= ? THEN %1 ").arg(k + 1);
        args << dateArg(now.addDays(-o.ageBucketDays.at(k)));
    }
    const QString filter = companyFilter(o, m_db.access(), args);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT CASE %1ELSE %2 END AS bucket, COUNT(*), "
                                          "SUM(balance_ore) FROM invoice WHERE balance_ore > 0%3 "
                                          "GROUP BY bucket")
                               .arg(cases)
                               .arg(o.ageBucketDays.size() + 1)
                               .arg(filter),
                           args);
    Statistic s;
    const QList<StatisticRow> both = indexedRows(q, ageBucketLabels(o.ageBucketDays), 2);
    const int column = kind == StatisticKind::AmountByAge ? 1 : 0;
    for (const StatisticRow &row : both)
        s.rows.append({row.label, {row.values.at(column)}});
    if (kind == StatisticKind::AmountByAge) {
        s.unit = Statistic::Unit::Money;
        s.series = {Tr::tr("Saldo")};
    } else {
        s.series = {Tr::tr("Öppna fordringar")};
    }
    return s;
}

Statistic Statistics::debtorsByAgeGroup(const StatisticsOptions &o)
{
    checkBounds(o.ageGroupYears, Tr::tr("Åldersgrupper (år)"));
    const QDate now = today(o);
    const int groups = o.ageGroupYears.size();
    // Age this year = this year − birth year; age ≤ bound ⇔ born in or
    // after (this year − bound). -1 marks an organisation, -2 no number.
    QString cases;
    QVariantList args;
    for (int k = 0; k < groups; ++k) {
        cases += QStringLiteral("WHEN y >= ? THEN %1 ").arg(k);
        args << now.year() - o.ageGroupYears.at(k);
    }
    args << now.year() % 100;
    const QString filter = companyFilter(o, m_db.access(), args);
    const QString sql = QStringLiteral(
        "SELECT grp, COUNT(*) FROM (SELECT CASE WHEN y = -1 THEN %1 WHEN y = -2 THEN %2 %3"
        "ELSE %4 END AS grp FROM (SELECT CASE "
        "WHEN length(id_number) = 12 THEN CAST(substr(id_number, 1, 4) AS INTEGER) "
        "WHEN length(id_number) = 10 AND substr(id_number, 3, 1) IN ('0', '1') THEN "
        "CAST(substr(id_number, 1, 2) AS INTEGER) + CASE WHEN CAST(substr(id_number, 1, 2) AS "
        "INTEGER) > ? THEN 1900 ELSE 2000 END "
        "WHEN length(id_number) = 10 THEN -1 ELSE -2 END AS y FROM (SELECT DISTINCT id_number, "
        "CASE WHEN id_number = '' THEN company || '/' || customer_number ELSE '' END AS anon "
        "FROM invoice WHERE balance_ore > 0%5) d) b) g GROUP BY grp")
                            .arg(groups + 1)
                            .arg(groups + 2)
                            .arg(cases)
                            .arg(groups)
                            .arg(filter);
    QSqlQuery q = m_db.run(sql, args);
    Statistic s;
    s.series = {Tr::tr("Gäldenärer")};
    s.rows = indexedRows(q, ageGroupLabels(o.ageGroupYears), 1);
    return s;
}

Statistic Statistics::collectionShare(const StatisticsOptions &o)
{
    QVariantList args;
    const QString filter = companyFilter(o, m_db.access(), args);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT CASE WHEN agency_transfer_date IS NOT NULL "
                                          "THEN 2 WHEN collection_date IS NOT NULL THEN 1 ELSE 0 "
                                          "END AS s, COUNT(*) FROM invoice WHERE balance_ore > 0"
                                          "%1 GROUP BY s")
                               .arg(filter),
                           args);
    Statistic s;
    s.shape = Statistic::Shape::Pie;
    s.series = {Tr::tr("Öppna fordringar")};
    s.rows = indexedRows(q,
                         {Tr::tr("Ej i inkasso"), Tr::tr("Inkassokrav skickat"),
                          Tr::tr("Överförda till inkassoombud")},
                         1);
    return s;
}

Statistic Statistics::invoicesPerMonth(const StatisticsOptions &o)
{
    const QDate now = today(o);
    const QDate from(now.year(), 1, 1);
    const QDate to(now.year() + 1, 1, 1);
    QVariantList args{dateArg(from), dateArg(to)};
    const QString filter = companyFilter(o, m_db.access(), args);
    // created_at is the registration time (UTC); no index: one pass.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 AS month, SUM(CASE WHEN amount_ore < 0 THEN 0 ELSE 1 END), "
                       "SUM(CASE WHEN amount_ore < 0 THEN 1 ELSE 0 END) FROM invoice WHERE "
                       "created_at >= ? AND created_at < ?%2 GROUP BY month")
            .arg(m_db.dialect().monthOf(QStringLiteral("created_at")), filter),
        args);
    QHash<QString, QPair<qint64, qint64>> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    Statistic s;
    s.series = {Tr::tr("Fakturor"), Tr::tr("Kreditfakturor")};
    for (QDate m = from; m < to; m = m.addMonths(1)) {
        const QString label = m.toString(QStringLiteral("yyyy-MM"));
        const auto c = counts.value(label);
        s.rows.append({label, {c.first, c.second}});
    }
    return s;
}

} // namespace rsk
