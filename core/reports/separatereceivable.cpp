#include "reports/separatereceivable.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SeparateReceivable)
};

} // namespace

SeparateReceivableQuery::SeparateReceivableQuery(Database &db,
                                                 const SeparateReceivableCriteria &criteria)
    : ClaimListQuery(db), m_criteria(criteria)
{
    auto &c = m_criteria;
    if (!c.date.isValid())
        throw LedgerError::refused(
            Tr::tr("Datum: ange den dag då fakturorna ska ha legat obetalda."));
    c.companyFrom = c.companyFrom.trimmed();
    c.companyTo = c.companyTo.trimmed();
    if (c.companyTo.isEmpty())
        c.companyTo = c.companyFrom;
    if (!c.companyFrom.isEmpty() && c.companyTo < c.companyFrom)
        throw LedgerError::refused(
            Tr::tr("Företag: tom %1 ligger före from %2.").arg(c.companyTo, c.companyFrom));
    db.access().requireCompanies(db, c.companyFrom, c.companyTo);
    c.accountFrom = c.accountFrom.trimmed();
    c.accountTo = c.accountTo.trimmed();
    claimlist::checkTextRange(c.accountFrom, c.accountTo, Tr::tr("Konto"));
}

ReportLayout SeparateReceivableQuery::layout() const
{
    using K = ReportColumn::Kind;
    const auto &c = m_criteria;
    ReportLayout l;
    l.title = Tr::tr("Särredovisad kundfordran");
    l.selection << Tr::tr("Obetalda per %1 (fakturor framställda efter dagen ej med)")
                       .arg(c.date.toString(Qt::ISODate));
    for (const QString &line :
         {claimlist::rangeLine(Tr::tr("Företag"), c.companyFrom, c.companyTo),
          claimlist::rangeLine(Tr::tr("Konto"), c.accountFrom, c.accountTo)})
        if (!line.isEmpty())
            l.selection << line;
    l.columns = {{QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text},
                 {QStringLiteral("id"), Tr::tr("Person-/kundnr"), K::Text, 13},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                 {QStringLiteral("invoice_date"), Tr::tr("Fakt.datum"), K::Date},
                 {QStringLiteral("due_date"), Tr::tr("Förf.dag"), K::Date},
                 {QStringLiteral("account"), Tr::tr("Konto"), K::Text},
                 {QStringLiteral("account_amount"), Tr::tr("Belopp konto"), K::Money},
                 {QStringLiteral("invoiced"), Tr::tr("Fakturerat"), K::Money},
                 {QStringLiteral("balance"), Tr::tr("Saldo"), K::Money}};
    return l;
}

QString SeparateReceivableQuery::effectSql(QVariantList &args) const
{
    args << dateArg(m_criteria.date);
    return QStringLiteral("(SELECT COALESCE(SUM(t.effect_ore), 0) FROM ledger_transaction t "
                          "WHERE t.invoice_id = i.id AND t.transaction_date <= ?)");
}

QString SeparateReceivableQuery::accountSql(QVariantList &args) const
{
    QString sql;
    claimlist::addTextRange(sql, args, "l.account", m_criteria.accountFrom, m_criteria.accountTo);
    return sql;
}

QString SeparateReceivableQuery::detailColumns(QVariantList &args) const
{
    QString sql = QStringLiteral("i.id, i.company, i.routine, i.invoice_number, i.id_number, "
                                 "i.customer_number, i.name, i.invoice_date, i.due_date, "
                                 "i.amount_ore, ");
    sql += effectSql(args); // one call a statement: the placeholders in order
    sql += QStringLiteral(", (SELECT MIN(l.account) FROM invoice_line l WHERE "
                          "l.invoice_id = i.id");
    sql += accountSql(args);
    sql += QStringLiteral("), (SELECT COUNT(DISTINCT l.account) FROM invoice_line l WHERE "
                          "l.invoice_id = i.id");
    sql += accountSql(args);
    sql += QStringLiteral("), (SELECT COALESCE(SUM(l.amount_ore), 0) FROM invoice_line l WHERE "
                          "l.invoice_id = i.id");
    sql += accountSql(args);
    sql += QLatin1Char(')');
    return sql;
}

QString SeparateReceivableQuery::filters(QVariantList &args) const
{
    const auto &c = m_criteria;
    QString sql;
    if (!c.companyFrom.isEmpty()) {
        sql += QStringLiteral(" AND i.company >= ? AND i.company <= ?");
        args << c.companyFrom << c.companyTo;
    }
    sql += QStringLiteral(" AND i.invoice_date <= ?");
    args << dateArg(c.date);
    sql += QStringLiteral(" AND i.amount_ore + ");
    sql += effectSql(args);
    sql += QStringLiteral(" <> 0");
    if (!c.accountFrom.isEmpty() || !c.accountTo.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM invoice_line l WHERE "
                              "l.invoice_id = i.id");
        sql += accountSql(args);
        sql += QLatin1Char(')');
    }
    return sql;
}

QString SeparateReceivableQuery::orderBy(QVariantList &) const
{
    return QStringLiteral("i.company, i.invoice_number");
}

QString SeparateReceivableQuery::scanColumns(QVariantList &args) const
{
    QString sql = QStringLiteral("i.amount_ore, ");
    sql += effectSql(args);
    sql += QStringLiteral(", (SELECT COALESCE(SUM(l.amount_ore), 0) FROM invoice_line l WHERE "
                          "l.invoice_id = i.id");
    sql += accountSql(args);
    sql += QLatin1Char(')');
    return sql;
}

void SeparateReceivableQuery::scanSums(const QSqlQuery &q, int first, qint64 *sums) const
{
    const qint64 invoiced = q.value(first).toLongLong();
    sums[0] = q.value(first + 2).toLongLong();
    sums[1] = invoiced;
    sums[2] = invoiced + q.value(first + 1).toLongLong();
}

QList<int> SeparateReceivableQuery::sumColumns() const
{
    return {kAccountAmountColumn, kInvoicedColumn, kBalanceColumn};
}

ClaimListQuery::Grouping SeparateReceivableQuery::grouping() const
{
    Grouping g;
    g.perRoutine = true;
    g.perCompany = true;
    return g;
}

ReportRow SeparateReceivableQuery::detailRow(const QSqlQuery &q) const
{
    ReportRow row;
    const QString id = q.value(4).toString();
    const qint64 invoiced = q.value(9).toLongLong();
    QString account = q.value(11).toString();
    if (q.value(12).toLongLong() > 1)
        account += QLatin1Char('+');
    row.cells << q.value(1).toString() << q.value(3).toString()
              << textCell(id.isEmpty() ? q.value(5).toString() : idDisplay(id))
              << q.value(6).toString() << readDate(q.value(7)) << readDate(q.value(8))
              << textCell(account)
              << q.value(13).toLongLong() << invoiced << invoiced + q.value(10).toLongLong();
    return row;
}

} // namespace rsk
