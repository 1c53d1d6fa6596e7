#include "reports/paymentsearch.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentSearch)
};

const char *kColumns =
    "t.id, i.company, i.invoice_number, i.name, t.transaction_date, t.method, "
    "COALESCE(m.text, ''), t.amount_ore, t.effect_ore, t.registered_date, t.booked_date, "
    "t.remark, t.created_by, t.created_at";

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return !s.isEmpty();
}

PaymentSearchRow readRow(const QSqlQuery &q)
{
    PaymentSearchRow r;
    int i = 0;
    r.transactionId = q.value(i++).toLongLong();
    r.company = q.value(i++).toString();
    r.invoiceNumber = q.value(i++).toString();
    r.name = q.value(i++).toString();
    r.transactionDate = toDate(q.value(i++));
    r.method = q.value(i++).toString();
    r.methodText = q.value(i++).toString();
    r.amount = Money::fromOre(q.value(i++).toLongLong());
    r.effect = Money::fromOre(q.value(i++).toLongLong());
    r.registeredDate = toDate(q.value(i++));
    r.bookedDate = toDate(q.value(i++));
    r.remark = q.value(i++).toString();
    r.createdBy = q.value(i++).toString();
    r.createdAt = q.value(i++).toString();
    return r;
}

} // namespace

PaymentSearchQuery::PaymentSearchQuery(Database &db, const PaymentSearch &criteria)
    : m_db(db), m_criteria(criteria)
{
    validate(m_criteria);
    if (m_criteria.companyTo.isEmpty())
        m_criteria.companyTo = m_criteria.companyFrom;
    m_db.access().requireCompanies(m_db, m_criteria.companyFrom, m_criteria.companyTo);
    m_criteria.invoiceNumber = m_criteria.invoiceNumber.trimmed();
    m_criteria.method = m_criteria.method.trimmed().toUpper();
}

void PaymentSearchQuery::validate(const PaymentSearch &c)
{
    using F = PaymentSearch::Field;
    const QString to = c.companyTo.isEmpty() ? c.companyFrom : c.companyTo;
    if (!c.companyFrom.isEmpty() && to < c.companyFrom)
        throw LedgerError::refused(
            Tr::tr("Företag tom %1 ligger före företag from %2.").arg(to, c.companyFrom));
    switch (c.field) {
    case F::TransactionDate:
        if (!c.date.isValid())
            throw LedgerError::refused(Tr::tr("Inbetalningsdatum: ange ett datum (ÅÅMMDD)."));
        break;
    case F::Method:
        if (c.method.trimmed().size() != 1)
            throw LedgerError::refused(
                Tr::tr("Inbetalningssätt \"%1\": ange ett tecken.").arg(c.method));
        break;
    case F::InvoiceNumber: {
        const QString t = c.invoiceNumber.trimmed();
        if (!digitsOnly(t) || t.size() > 9)
            throw LedgerError::refused(
                Tr::tr("Fakturanummer \"%1\": ange 1–9 siffror.").arg(c.invoiceNumber));
        break;
    }
    case F::Amount:
        // handbook 5.1: "högst 10 siffror varav 2 är decimaler" — Money::parse
        // has checked the digits; a payment amount is never negative.
        if (c.amount.isNegative())
            throw LedgerError::refused(Tr::tr("Inbetalt belopp kan inte vara negativt."));
        break;
    case F::Newest:
        break;
    }
}

// FROM/WHERE shared by the page and the count. `company || ''` is a filter,
// not an index choice: with a plain company test SQLite drives the join from
// invoice's company index and sorts every transaction of the company
// (the same trick as InvoiceSearchQuery).
QString PaymentSearchQuery::fromWhere(QVariantList &args, bool withMethodText) const
{
    using F = PaymentSearch::Field;
    QString sql
        = QStringLiteral(" FROM ledger_transaction t JOIN invoice i ON i.id = t.invoice_id");
    if (withMethodText)
        sql += QStringLiteral(" LEFT JOIN payment_method m ON m.code = t.method");
    sql += QStringLiteral(" WHERE 1 = 1");
    if (!m_criteria.companyFrom.isEmpty()) {
        sql += QStringLiteral(" AND i.company || '' BETWEEN ? AND ?");
        args << m_criteria.companyFrom << m_criteria.companyTo;
    }
    switch (m_criteria.field) {
    case F::TransactionDate:
        sql += QStringLiteral(" AND t.transaction_date >= ?");
        args << dateArg(m_criteria.date);
        break;
    case F::Method:
        sql += QStringLiteral(" AND t.method >= ?");
        args << m_criteria.method;
        break;
    case F::Amount:
        sql += QStringLiteral(" AND t.amount_ore >= ?");
        args << m_criteria.amount.ore();
        break;
    case F::InvoiceNumber:
        sql += QStringLiteral(" AND i.invoice_number >= ?");
        args << m_criteria.invoiceNumber;
        break;
    case F::Newest:
        break;
    }
    return sql;
}

QString PaymentSearchQuery::orderBy() const
{
    using F = PaymentSearch::Field;
    switch (m_criteria.field) {
    case F::TransactionDate:
        return QStringLiteral("t.transaction_date, t.id");
    case F::Method:
        return QStringLiteral("t.method, t.transaction_date, t.id");
    case F::Amount:
        return QStringLiteral("t.amount_ore, t.transaction_date, t.id");
    case F::InvoiceNumber:
        return QStringLiteral("i.invoice_number, i.company, t.transaction_date, t.id");
    case F::Newest:
        break;
    }
    return QStringLiteral("t.transaction_date DESC, t.id DESC");
}

qint64 PaymentSearchQuery::count()
{
    if (m_count < 0) {
        QVariantList args;
        const QString sql = QStringLiteral("SELECT COUNT(*)") + fromWhere(args, false);
        m_count = m_db.scalar(sql, args).toLongLong();
    }
    return m_count;
}

QList<PaymentSearchRow> PaymentSearchQuery::search(qint64 offset, int limit)
{
    if (limit < 1 || offset < 0)
        throw LedgerError::refused(Tr::tr("Ogiltigt antal rader."));
    QVariantList args;
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns) + fromWhere(args, true);
    sql += QStringLiteral(" ORDER BY ") + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    args << limit << offset;
    QSqlQuery q = m_db.run(sql, args);
    QList<PaymentSearchRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

QStringList PaymentSearchQuery::columnKeys()
{
    return {QStringLiteral("company"),         QStringLiteral("invoice_number"),
            QStringLiteral("name"),            QStringLiteral("transaction_date"),
            QStringLiteral("method"),          QStringLiteral("method_text"),
            QStringLiteral("amount"),          QStringLiteral("effect"),
            QStringLiteral("registered_by"),   QStringLiteral("registered_at"),
            QStringLiteral("registered_date"), QStringLiteral("booked_date"),
            QStringLiteral("remark")};
}

ReportLayout PaymentSearchQuery::layout() const
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Sök inbetalningar");
    const auto &c = m_criteria;
    if (!c.companyFrom.isEmpty())
        l.selection << Tr::tr("Företag: %1–%2").arg(c.companyFrom, c.companyTo);
    switch (c.field) {
    case PaymentSearch::Field::TransactionDate:
        l.selection << Tr::tr("Inbetalningsdatum från: %1").arg(c.date.toString(Qt::ISODate));
        break;
    case PaymentSearch::Field::Method:
        l.selection << Tr::tr("Inbetalningssätt från: %1").arg(c.method);
        break;
    case PaymentSearch::Field::Amount:
        l.selection << Tr::tr("Inbetalt belopp från: %1").arg(c.amount.toString());
        break;
    case PaymentSearch::Field::InvoiceNumber:
        l.selection << Tr::tr("Fakturanummer från: %1").arg(c.invoiceNumber);
        break;
    case PaymentSearch::Field::Newest:
        l.selection << Tr::tr("Senaste inbetalningarna först");
        break;
    }
    const QStringList keys = columnKeys();
    const QList<QPair<QString, K>> titles = {
        {Tr::tr("Ftg"), K::Text},          {Tr::tr("Fakturanr"), K::Text},
        {Tr::tr("Namn"), K::Text},         {Tr::tr("Datum"), K::Date},
        {Tr::tr("Sätt"), K::Text},         {Tr::tr("Inbetalningssätt"), K::Text},
        {Tr::tr("Belopp"), K::Money},      {Tr::tr("Påverkan saldo"), K::Money},
        {Tr::tr("Registrerad av"), K::Text}, {Tr::tr("Registrerad"), K::Text},
        {Tr::tr("Inrapporterad"), K::Date}, {Tr::tr("Bokförd"), K::Date},
        {Tr::tr("Anmärkning"), K::Text}};
    for (int i = 0; i < keys.size(); ++i)
        l.columns.append({keys.at(i), titles.at(i).first, titles.at(i).second});
    l.columns[2].width = 30;  // name
    l.columns[12].width = 30; // remark
    return l;
}

ReportRow PaymentSearchQuery::toReportRow(const PaymentSearchRow &r)
{
    ReportRow row;
    // created_at is an ISO timestamp; the clerk sees "2026-03-02 14:05".
    QString at = r.createdAt.left(16);
    at.replace(QLatin1Char('T'), QLatin1Char(' '));
    row.cells = {r.company,      r.invoiceNumber,         r.name,
                 r.transactionDate, r.method,             r.methodText,
                 r.amount.ore(), r.effect.ore(),          r.createdBy,
                 at,             r.registeredDate,        r.bookedDate,
                 r.remark};
    return row;
}

qint64 PaymentSearchQuery::rowCount()
{
    return count();
}

QList<ReportRow> PaymentSearchQuery::rows(qint64 first, int count)
{
    QList<ReportRow> out;
    for (const PaymentSearchRow &r : search(first, count))
        out.append(toReportRow(r));
    return out;
}

void PaymentSearchQuery::writeAll(ReportWriter &writer)
{
    // One forward-only pass (no OFFSET pages): print and export of a long
    // list read each transaction once.
    writer.begin(layout());
    QVariantList args;
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns) + fromWhere(args, true)
                        + QStringLiteral(" ORDER BY ") + orderBy();
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    m_db.exec(q, args);
    while (q.next())
        writer.addRow(toReportRow(readRow(q)));
    writer.finish();
}

} // namespace rsk
