#include "reports/receivables.h"

#include "ledger/searchkey.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Receivables)
};

// Column keys of the layout and what they sort on (constant SQL).
struct SortKey
{
    const char *column;
    const char *sql;
    bool reversed; // days overdue grow as the due date falls
};

const SortKey kSortKeys[] = {
    {"company", "i.company", false},
    {"invoice_number", "i.invoice_number", false},
    {"id", "i.id_search, i.customer_number", false},
    {"name", "i.name_key", false},
    {"invoice_date", "i.invoice_date", false},
    {"due_date", "i.due_date", false},
    {"days_overdue", "i.due_date", true},
    {"invoiced", "i.amount_ore", false},
    {"balance", nullptr, false}, // the balance at the date (an expression)
};

const SortKey *sortKey(const QString &column)
{
    for (const SortKey &k : kSortKeys)
        if (column == QLatin1String(k.column))
            return &k;
    return nullptr;
}

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return !s.isEmpty();
}

} // namespace

ReceivablesQuery::ReceivablesQuery(Database &db, const ReceivablesCriteria &criteria)
    : ClaimListQuery(db), m_criteria(criteria)
{
    auto &c = m_criteria;
    if (!c.asOf.isValid())
        throw LedgerError::refused(
            Tr::tr("Datum: ange till och med vilket fakturadatum obetalda fakturor ska sökas."));
    c.companyFrom = c.companyFrom.trimmed();
    c.companyTo = c.companyTo.trimmed();
    if (c.companyTo.isEmpty())
        c.companyTo = c.companyFrom;
    if (!c.companyFrom.isEmpty() && c.companyTo < c.companyFrom)
        throw LedgerError::refused(
            Tr::tr("Företag: tom %1 ligger före from %2.").arg(c.companyTo, c.companyFrom));
    db.access().requireCompanies(db, c.companyFrom, c.companyTo);
    c.filter = c.filter.trimmed();
    if (c.filter.size() > 30)
        throw LedgerError::refused(Tr::tr("Filter: högst 30 tecken."));
    if (!c.sortColumn.isEmpty() && !sortKey(c.sortColumn))
        throw LedgerError::refused(
            Tr::tr("Kundfordringar kan inte sorteras på \"%1\".").arg(c.sortColumn));
}

ReportLayout ReceivablesQuery::layout() const
{
    using K = ReportColumn::Kind;
    const auto &c = m_criteria;
    ReportLayout l;
    l.title = Tr::tr("Kundfordringar");
    l.selection << Tr::tr("Obetalda fakturor t.o.m. fakturadatum %1, saldo per samma dag")
                       .arg(c.asOf.toString(Qt::ISODate));
    const QString companies = claimlist::rangeLine(Tr::tr("Företag"), c.companyFrom, c.companyTo);
    if (!companies.isEmpty())
        l.selection << companies;
    if (!c.filter.isEmpty())
        l.selection << Tr::tr("Filter: %1").arg(c.filter);
    l.columns = {{QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text},
                 {QStringLiteral("id"), Tr::tr("Person-/kundnr"), K::Text, 13},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                 {QStringLiteral("invoice_date"), Tr::tr("Fakt.datum"), K::Date},
                 {QStringLiteral("due_date"), Tr::tr("Förf.dag"), K::Date},
                 {QStringLiteral("days_overdue"), Tr::tr("Dagar förfallen"), K::Integer},
                 {QStringLiteral("invoiced"), Tr::tr("Fakturerat"), K::Money},
                 {QStringLiteral("balance"), Tr::tr("Saldo"), K::Money}};
    return l;
}

// Σ effect of the claim's transactions up to and including the date.
QString ReceivablesQuery::effectSql(QVariantList &args) const
{
    args << dateArg(m_criteria.asOf);
    return QStringLiteral("(SELECT COALESCE(SUM(t.effect_ore), 0) FROM ledger_transaction t "
                          "WHERE t.invoice_id = i.id AND t.transaction_date <= ?)");
}

QString ReceivablesQuery::detailColumns(QVariantList &args) const
{
    return QStringLiteral("i.id, i.company, i.routine, i.invoice_number, i.id_number, "
                          "i.customer_number, i.name, i.invoice_date, i.due_date, i.amount_ore, ")
           + effectSql(args);
}

QString ReceivablesQuery::filters(QVariantList &args) const
{
    const auto &c = m_criteria;
    QString sql;
    if (!c.companyFrom.isEmpty()) {
        sql += QStringLiteral(" AND i.company >= ? AND i.company <= ?");
        args << c.companyFrom << c.companyTo;
    }
    sql += QStringLiteral(" AND i.invoice_date <= ?");
    args << dateArg(c.asOf);
    sql += QStringLiteral(" AND i.amount_ore + ") + effectSql(args) + QStringLiteral(" <> 0");
    if (!c.filter.isEmpty()) {
        QString digits = c.filter;
        digits.remove(QLatin1Char('-'));
        if (digitsOnly(digits)) {
            // Digits hold no LIKE wildcards: a plain prefix match.
            const QString id = digits.size() == 12 ? digits.mid(2) : digits;
            sql += QStringLiteral(" AND (i.invoice_number LIKE ? OR i.id_search LIKE ? "
                                  "OR i.customer_number LIKE ?)");
            args << digits + QLatin1Char('%') << id + QLatin1Char('%')
                 << digits + QLatin1Char('%');
        } else {
            const QString key = searchKey(c.filter);
            sql += QStringLiteral(" AND i.name_key >= ? AND i.name_key < ?");
            args << key << prefixUpperBound(key);
        }
    }
    return sql;
}

QString ReceivablesQuery::orderBy(QVariantList &args) const
{
    const QString tie = QStringLiteral("i.company, i.invoice_number");
    const SortKey *k = sortKey(m_criteria.sortColumn);
    if (!k)
        return tie;
    const QString direction = m_criteria.descending != k->reversed ? QStringLiteral(" DESC")
                                                                   : QStringLiteral(" ASC");
    QStringList terms;
    if (k->sql) {
        for (const QString &term : QString::fromLatin1(k->sql).split(QStringLiteral(", ")))
            terms << term + direction;
    } else {
        terms << QStringLiteral("(i.amount_ore + ") + effectSql(args) + QLatin1Char(')')
                     + direction;
    }
    return terms.join(QStringLiteral(", ")) + QStringLiteral(", ") + tie;
}

QString ReceivablesQuery::scanColumns(QVariantList &args) const
{
    return QStringLiteral("i.amount_ore, ") + effectSql(args);
}

void ReceivablesQuery::scanSums(const QSqlQuery &q, int first, qint64 *sums) const
{
    sums[0] = q.value(first).toLongLong();
    sums[1] = sums[0] + q.value(first + 1).toLongLong();
}

QList<int> ReceivablesQuery::sumColumns() const
{
    return {kInvoicedColumn, kBalanceColumn};
}

ClaimListQuery::Grouping ReceivablesQuery::grouping() const
{
    return Grouping(); // one total: the list is sorted on any column
}

ReportRow ReceivablesQuery::detailRow(const QSqlQuery &q) const
{
    ReportRow row;
    const QString id = q.value(4).toString();
    const QDate due = readDate(q.value(8));
    const qint64 invoiced = q.value(9).toLongLong();
    const qint64 overdue = due.isValid() ? due.daysTo(m_criteria.asOf) : 0;
    row.cells << q.value(1).toString() << q.value(3).toString()
              << textCell(id.isEmpty() ? q.value(5).toString() : idDisplay(id))
              << q.value(6).toString()
              << readDate(q.value(7)) << due
              << (overdue > 0 ? QVariant(overdue) : QVariant(qint64(0))) << invoiced
              << invoiced + q.value(10).toLongLong();
    return row;
}

} // namespace rsk
