#include "reports/claimlist.h"

#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimList)
};

// Page reads bind at most this many ids per statement.
constexpr int kFetchChunk = 500;

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return true;
}

} // namespace

// The running sums of the list and its open groups; emits the sum rows that
// close a group as soon as the next claim shows that it has ended.
class ClaimListQuery::Grouper
{
public:
    using Out = std::function<void(const ReportRow &)>;

    Grouper(const ClaimListQuery &query, int sums)
        : m_query(query), m_grouping(query.grouping()), m_routine(sums), m_company(sums),
          m_total(sums)
    {}

    void add(const QString &company, const QString &routine, const QVector<qint64> &values,
             const Out &out)
    {
        if (m_any) {
            const bool newCompany = company != m_companyKey;
            if (newCompany || routine != m_routineKey) {
                m_manyRoutines = true;
                closeRoutine(out);
            }
            if (newCompany) {
                m_manyCompanies = true;
                closeCompany(out);
            }
        }
        m_any = true;
        m_companyKey = company;
        m_routineKey = routine;
        m_routine.add(values);
        m_company.add(values);
        m_total.add(values);
    }

    void finish(const Out &out)
    {
        if (m_any && m_manyRoutines)
            closeRoutine(out);
        if (m_any && m_manyCompanies)
            closeCompany(out);
        out(m_query.sumRow(ReportRow::Type::Total, 0, Tr::tr("Totalt"), m_total.count,
                           m_total.sums));
    }

    qint64 count() const { return m_total.count; }
    const QVector<qint64> &totals() const { return m_total.sums; }

private:
    struct Sum
    {
        explicit Sum(int n) : sums(n, 0) {}
        void add(const QVector<qint64> &values)
        {
            ++count;
            for (int i = 0; i < sums.size(); ++i)
                sums[i] += values.at(i);
        }
        void reset()
        {
            count = 0;
            sums.fill(0);
        }
        qint64 count = 0;
        QVector<qint64> sums;
    };

    void closeRoutine(const Out &out)
    {
        if (m_grouping.perRoutine)
            out(m_query.sumRow(ReportRow::Type::Subtotal, 1,
                               Tr::tr("Summa rutin %1").arg(m_query.routineText(m_routineKey)),
                               m_routine.count, m_routine.sums));
        m_routine.reset();
    }
    void closeCompany(const Out &out)
    {
        if (m_grouping.perCompany)
            out(m_query.sumRow(ReportRow::Type::Subtotal, 2,
                               Tr::tr("Summa företag %1").arg(m_query.companyText(m_companyKey)),
                               m_company.count, m_company.sums));
        m_company.reset();
    }

    const ClaimListQuery &m_query;
    Grouping m_grouping;
    Sum m_routine;
    Sum m_company;
    Sum m_total;
    QString m_companyKey;
    QString m_routineKey;
    bool m_any = false;
    bool m_manyRoutines = false;
    bool m_manyCompanies = false;
};

ClaimListQuery::ClaimListQuery(Database &db) : m_db(db)
{
    ReferenceData ref(db);
    for (const Company &c : ref.companies())
        m_companyNames.insert(c.number, c.name);
    for (const Routine &r : ref.routines())
        m_routineNames.insert(r.code, r.name);
}

ClaimListQuery::~ClaimListQuery() = default;

QString ClaimListQuery::companyText(const QString &number) const
{
    const QString name = m_companyNames.value(number);
    return name.isEmpty() ? number : number + QLatin1Char(' ') + name;
}

QString ClaimListQuery::routineText(const QString &code) const
{
    const QString name = m_routineNames.value(code);
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

ReportRow ClaimListQuery::sumRow(ReportRow::Type type, int level, const QString &label,
                                 qint64 count, const QVector<qint64> &sums) const
{
    ReportRow row;
    row.type = type;
    row.level = level;
    row.label = Tr::tr("%1, %n st", nullptr, int(std::min<qint64>(count, INT_MAX))).arg(label);
    const QList<int> columns = sumColumns();
    row.cells.reserve(columnCount());
    for (int i = 0; i < columnCount(); ++i)
        row.cells << QVariant();
    for (int k = 0; k < columns.size() && k < sums.size(); ++k)
        row.cells[columns.at(k)] = sums.at(k);
    return row;
}

// The whole list's statement. The parts are added one after the other: each
// appends its values to `args` in the order of its placeholders.
QString ClaimListQuery::listSql(const QString &columns, QVariantList &args) const
{
    QString sql = QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM invoice i WHERE 1 = 1");
    sql += filters(args);
    sql += QStringLiteral(" ORDER BY ");
    sql += orderBy(args);
    return sql;
}

void ClaimListQuery::scan()
{
    if (m_scanned)
        return;
    QVariantList args;
    const QString sql = listSql(QStringLiteral("i.id, i.company, i.routine, ") + scanColumns(args),
                                args);
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    m_db.exec(q, args);

    m_entries.clear();
    m_sumRows.clear();
    const bool details = !grouping().onlyTotals;
    Grouper grouper(*this, int(sumColumns().size()));
    QVector<qint64> sums(sumColumns().size(), 0);
    const Grouper::Out out = [this](const ReportRow &row) {
        m_sumRows.append(row);
        m_entries.append(-qint64(m_sumRows.size()));
    };
    while (q.next()) {
        scanSums(q, 3, sums.data());
        grouper.add(q.value(1).toString(), q.value(2).toString(), sums, out);
        if (details)
            m_entries.append(q.value(0).toLongLong());
    }
    grouper.finish(out);
    m_claims = grouper.count();
    m_totals.clear();
    for (qint64 v : grouper.totals())
        m_totals.append(Money::fromOre(v));
    m_scanned = true;
}

qint64 ClaimListQuery::rowCount()
{
    scan();
    return m_entries.size();
}

qint64 ClaimListQuery::claimCount()
{
    scan();
    return m_claims;
}

QList<Money> ClaimListQuery::totals()
{
    scan();
    return m_totals;
}

QHash<qint64, ReportRow> ClaimListQuery::fetch(const QVector<qint64> &ids) const
{
    QHash<qint64, ReportRow> out;
    for (int from = 0; from < ids.size(); from += kFetchChunk) {
        const int n = std::min(kFetchChunk, int(ids.size()) - from);
        QVariantList args;
        QString sql = QStringLiteral("SELECT ") + detailColumns(args);
        sql += QStringLiteral(" FROM invoice i WHERE i.id IN (");
        for (int k = 0; k < n; ++k) {
            sql += k ? QStringLiteral(", ?") : QStringLiteral("?");
            args << ids.at(from + k);
        }
        sql += QLatin1Char(')');
        QSqlQuery q = m_db.prepare(sql);
        q.setForwardOnly(true);
        m_db.exec(q, args);
        while (q.next())
            out.insert(q.value(0).toLongLong(), detailRow(q));
    }
    return out;
}

QList<ReportRow> ClaimListQuery::rows(qint64 first, int count)
{
    scan();
    const qint64 begin = std::max<qint64>(first, 0);
    const qint64 end = std::min<qint64>(m_entries.size(), begin + std::max(count, 0));
    QVector<qint64> ids;
    for (qint64 r = begin; r < end; ++r)
        if (m_entries.at(r) > 0)
            ids.append(m_entries.at(r));
    const QHash<qint64, ReportRow> fetched = fetch(ids);
    QList<ReportRow> out;
    out.reserve(int(end - begin));
    for (qint64 r = begin; r < end; ++r) {
        const qint64 e = m_entries.at(r);
        // A claim purged since the count keeps its place as an empty row
        // (the screen reads the list anew on the next Enter).
        out.append(e < 0 ? m_sumRows.at(int(-e - 1)) : fetched.value(e));
    }
    return out;
}

void ClaimListQuery::writeAll(ReportWriter &writer)
{
    writer.begin(layout());
    QVariantList args;
    const QString sql = listSql(detailColumns(args), args);
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    m_db.exec(q, args);

    const QList<int> columns = sumColumns();
    const bool details = !grouping().onlyTotals;
    Grouper grouper(*this, int(columns.size()));
    QVector<qint64> sums(columns.size(), 0);
    const Grouper::Out out = [&writer](const ReportRow &row) { writer.addRow(row); };
    while (q.next()) {
        const ReportRow row = detailRow(q);
        for (int k = 0; k < columns.size(); ++k)
            sums[k] = row.cells.value(columns.at(k)).toLongLong();
        grouper.add(q.value(1).toString(), q.value(2).toString(), sums, out);
        if (details)
            writer.addRow(row);
    }
    grouper.finish(out);
    writer.finish();
}

QDate ClaimListQuery::readDate(const QVariant &v)
{
    if (v.isNull())
        return QDate();
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate();
    const QString s = v.toString();
    if (s.size() < 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return toDate(v);
    auto num = [&](int from, int n) {
        int x = 0;
        for (int i = from; i < from + n; ++i)
            x = x * 10 + (s.at(i).unicode() - '0');
        return x;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

QString ClaimListQuery::idDisplay(const QString &stored)
{
    // As SwedishId::display() for the stored forms (12 digits for persons,
    // 10 for organisations), without parsing each of a million rows.
    if (stored.size() == 12 && digitsOnly(stored))
        return stored.left(8) + QLatin1Char('-') + stored.mid(8);
    if (stored.size() == 10 && digitsOnly(stored))
        return stored.left(6) + QLatin1Char('-') + stored.mid(6);
    return stored;
}

namespace claimlist {

namespace {

QString invoiceBound(const QString &typed, const QString &label, QLatin1Char fill)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return QString();
    if (t.size() > 9 || !digitsOnly(t))
        throw LedgerError::refused(Tr::tr("%1: \"%2\" ska vara 1–9 siffror.").arg(label, t));
    return t.leftJustified(9, fill);
}

QString idBound(const QString &typed, const QString &label, QLatin1Char fill)
{
    QString t = typed.trimmed();
    t.remove(QLatin1Char('-')).remove(QLatin1Char('+')).remove(QLatin1Char(' '));
    if (t.isEmpty())
        return QString();
    if (!digitsOnly(t) || t.size() > 12 || t.size() == 11)
        throw LedgerError::refused(
            Tr::tr("%1: \"%2\" ska vara 1–10 siffror (eller 12 med århundrade).")
                .arg(label, typed.trimmed()));
    if (t.size() == 12)
        t = t.mid(2); // the search form has no century (handbook 6.1)
    return t.leftJustified(10, fill);
}

} // namespace

QString routineBound(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return t;
    if (t.size() > 2 || !digitsOnly(t))
        throw LedgerError::refused(Tr::tr("Rutin: \"%1\" ska vara 1–2 siffror.").arg(t));
    return t.rightJustified(2, QLatin1Char('0'));
}

QString invoiceLowerBound(const QString &typed, const QString &label)
{
    return invoiceBound(typed, label, QLatin1Char('0'));
}

QString invoiceUpperBound(const QString &typed, const QString &label)
{
    return invoiceBound(typed, label, QLatin1Char('9'));
}

QString idLowerBound(const QString &typed, const QString &label)
{
    return idBound(typed, label, QLatin1Char('0'));
}

QString idUpperBound(const QString &typed, const QString &label)
{
    return idBound(typed, label, QLatin1Char('9'));
}

void addTextRange(QString &sql, QVariantList &args, const char *column, const QString &from,
                  const QString &to)
{
    const QString c = QLatin1String(column);
    if (!from.isEmpty()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(c);
        args << from;
    }
    if (!to.isEmpty()) {
        sql += QStringLiteral(" AND substr(%1, 1, ?) <= ?").arg(c);
        args << int(to.size()) << to;
    }
}

void addNumberTextRange(QString &sql, QVariantList &args, const char *column,
                        const QString &from, const QString &to)
{
    auto plain = [](QString s) {
        while (s.size() > 1 && s.startsWith(QLatin1Char('0')))
            s.remove(0, 1);
        return s;
    };
    const QString f = plain(from);
    const QString t = plain(to);
    if ((!f.isEmpty() && !digitsOnly(f)) || (!t.isEmpty() && !digitsOnly(t))) {
        addTextRange(sql, args, column, from, to);
        return;
    }
    const QString c = QLatin1String(column);
    // For digit strings without leading zeros, (length, text) is numeric order.
    if (!f.isEmpty()) {
        sql += QStringLiteral(" AND (length(%1) > ? OR (length(%1) = ? AND %1 >= ?))").arg(c);
        args << int(f.size()) << int(f.size()) << f;
    }
    if (!t.isEmpty()) {
        sql += QStringLiteral(" AND %1 <> '' AND (length(%1) < ? OR (length(%1) = ? AND %1 <= ?))")
                   .arg(c);
        args << int(t.size()) << int(t.size()) << t;
    }
}

void checkDateRange(const QDate &from, const QDate &to, const QString &label)
{
    if (from.isValid() && to.isValid() && to < from)
        throw LedgerError::refused(Tr::tr("%1: tom %2 ligger före from %3.")
                                       .arg(label, to.toString(Qt::ISODate),
                                            from.toString(Qt::ISODate)));
}

void checkTextRange(const QString &from, const QString &to, const QString &label)
{
    if (!from.isEmpty() && !to.isEmpty() && to < from.left(to.size()))
        throw LedgerError::refused(
            Tr::tr("%1: tom %2 ligger före from %3.").arg(label, to, from));
}

QString rangeLine(const QString &label, const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return QString();
    if (from == to)
        return QStringLiteral("%1: %2").arg(label, from);
    return QStringLiteral("%1: %2–%3").arg(label, from, to);
}

} // namespace claimlist

} // namespace rsk
