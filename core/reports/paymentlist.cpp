#include "reports/paymentlist.h"

#include "ids/swedishid.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentList)
};

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Transactions read from a bank file (BgMax, Total-IN) are the handbook's
// "automatinbetalningar" (5.2 "Typ av inbetalningar"). Constant SQL.
const char *kAutomatic = "(t.import_file_id IS NOT NULL OR t.source IN ('bgmax', 'totalin'))";

void checkRange(const QDate &from, const QDate &to, const QString &what)
{
    if (from.isValid() && to.isValid() && to < from)
        throw LedgerError::refused(Tr::tr("%1: tom-datum %2 ligger före from-datum %3.")
                                       .arg(what, iso(to), iso(from)));
}

} // namespace

QString PaymentListCriteria::invoiceLowerBound(const QString &typed)
{
    const QString t = typed.trimmed();
    return t.isEmpty() ? QString() : t.leftJustified(9, QLatin1Char('0'));
}

QString PaymentListCriteria::invoiceUpperBound(const QString &typed)
{
    const QString t = typed.trimmed();
    return t.isEmpty() ? QString() : t.leftJustified(9, QLatin1Char('9'));
}

PaymentListQuery::PaymentListQuery(Database &db, const PaymentListCriteria &criteria)
    : m_db(db), m_criteria(criteria)
{
    if (m_criteria.companyTo.isEmpty())
        m_criteria.companyTo = m_criteria.companyFrom;
    m_criteria.method = m_criteria.method.trimmed().toUpper();
    validate();
    m_db.access().requireCompanies(m_db, m_criteria.companyFrom, m_criteria.companyTo);
    m_invoiceFrom = PaymentListCriteria::invoiceLowerBound(m_criteria.invoiceFrom);
    m_invoiceTo = PaymentListCriteria::invoiceUpperBound(m_criteria.invoiceTo);
    for (const PaymentMethod &m : ReferenceData(m_db).paymentMethods())
        m_methodTexts.insert(m.code, m.text);
    if (!m_criteria.method.isEmpty() && !m_methodTexts.contains(m_criteria.method))
        throw LedgerError::refused(
            Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(m_criteria.method));
}

void PaymentListQuery::validate()
{
    const auto &c = m_criteria;
    if (!c.companyFrom.isEmpty() && c.companyTo < c.companyFrom)
        throw LedgerError::refused(Tr::tr("Företag: tom %1 ligger före from %2.")
                                       .arg(c.companyTo, c.companyFrom));
    for (const QString &n : {c.invoiceFrom.trimmed(), c.invoiceTo.trimmed()})
        if (n.size() > 9 || !digitsOnly(n))
            throw LedgerError::refused(Tr::tr("Fakturanummer \"%1\": ange 1–9 siffror.").arg(n));
    const QString from = PaymentListCriteria::invoiceLowerBound(c.invoiceFrom);
    const QString to = PaymentListCriteria::invoiceUpperBound(c.invoiceTo);
    if (!from.isEmpty() && !to.isEmpty() && to < from)
        throw LedgerError::refused(
            Tr::tr("Fakturanummer: tom %1 ligger före from %2.").arg(to, from));
    checkRange(c.transactionFrom, c.transactionTo, Tr::tr("Transaktionsdatum"));
    checkRange(c.bookedFrom, c.bookedTo, Tr::tr("Bokföringsdatum"));
    checkRange(c.dueFrom, c.dueTo, Tr::tr("Förfallodag"));
    if (c.method.size() > 1)
        throw LedgerError::refused(
            Tr::tr("Inbetalningssätt \"%1\": ange ett tecken.").arg(c.method));
}

// `company || ''`: a filter, not an index choice, so that SQLite reads the
// transactions in date order from transaction_by_date instead of driving
// from the company index and sorting (as in InvoiceSearchQuery).
QString PaymentListQuery::fromWhere(QVariantList &args, bool withInvoice) const
{
    const auto &c = m_criteria;
    // The groups need the claim only to filter on it; without such a filter
    // they are counted from the transactions alone (no lookup per row).
    withInvoice = withInvoice || !c.companyFrom.isEmpty() || !m_invoiceFrom.isEmpty()
                  || !m_invoiceTo.isEmpty() || c.dueFrom.isValid() || c.dueTo.isValid();
    QString sql = withInvoice ? QStringLiteral(" FROM ledger_transaction t JOIN invoice i ON "
                                               "i.id = t.invoice_id WHERE 1 = 1")
                              : QStringLiteral(" FROM ledger_transaction t WHERE 1 = 1");
    auto add = [&](const char *clause, const QVariant &value) {
        sql += QLatin1String(clause);
        args << value;
    };
    if (!c.companyFrom.isEmpty()) {
        add(" AND i.company || '' >= ?", c.companyFrom);
        add(" AND i.company || '' <= ?", c.companyTo);
    }
    if (!m_invoiceFrom.isEmpty())
        add(" AND i.invoice_number >= ?", m_invoiceFrom);
    if (!m_invoiceTo.isEmpty())
        add(" AND i.invoice_number <= ?", m_invoiceTo);
    if (c.registeredFrom.isValid())
        add(" AND t.registered_date >= ?", dateArg(c.registeredFrom));
    if (c.transactionFrom.isValid())
        add(" AND t.transaction_date >= ?", dateArg(c.transactionFrom));
    if (c.transactionTo.isValid())
        add(" AND t.transaction_date <= ?", dateArg(c.transactionTo));
    if (c.bookedFrom.isValid())
        add(" AND t.booked_date >= ?", dateArg(c.bookedFrom));
    if (c.bookedTo.isValid())
        add(" AND t.booked_date <= ?", dateArg(c.bookedTo));
    if (c.dueFrom.isValid())
        add(" AND i.due_date >= ?", dateArg(c.dueFrom));
    if (c.dueTo.isValid())
        add(" AND i.due_date <= ?", dateArg(c.dueTo));
    if (!c.method.isEmpty())
        add(" AND t.method = ?", c.method);
    if (c.kind == PaymentListCriteria::Kind::AutomaticOnly)
        sql += QStringLiteral(" AND ") + QLatin1String(kAutomatic);
    else if (c.kind == PaymentListCriteria::Kind::ManualOnly)
        sql += QStringLiteral(" AND NOT ") + QLatin1String(kAutomatic);
    return sql;
}

QString PaymentListQuery::selectColumns() const
{
    return QStringLiteral("SELECT t.transaction_date, t.method, i.company, i.invoice_number, "
                          "i.id_number, i.name, i.due_date, t.registered_date, t.booked_date, "
                          "t.effect_ore, t.remark");
}

ReportLayout PaymentListQuery::layout() const
{
    using K = ReportColumn::Kind;
    const auto &c = m_criteria;
    ReportLayout l;
    l.title = Tr::tr("Inbetalningslista");
    auto range = [&](const QString &label, const QString &from, const QString &to) {
        if (!from.isEmpty() || !to.isEmpty())
            l.selection << QStringLiteral("%1: %2–%3").arg(label, from, to);
    };
    range(Tr::tr("Företag"), c.companyFrom, c.companyTo);
    range(Tr::tr("Fakturanummer"), m_invoiceFrom, m_invoiceTo);
    if (c.registeredFrom.isValid())
        l.selection << Tr::tr("Inrapporteringsdatum från: %1").arg(iso(c.registeredFrom));
    range(Tr::tr("Transaktionsdatum"), iso(c.transactionFrom), iso(c.transactionTo));
    range(Tr::tr("Bokföringsdatum"), iso(c.bookedFrom), iso(c.bookedTo));
    range(Tr::tr("Förfallodag"), iso(c.dueFrom), iso(c.dueTo));
    if (!c.method.isEmpty())
        l.selection << Tr::tr("Inbetalningssätt: %1").arg(methodLabel(c.method, QString()));
    if (c.kind == PaymentListCriteria::Kind::AutomaticOnly)
        l.selection << Tr::tr("Endast automatinbetalningar");
    else if (c.kind == PaymentListCriteria::Kind::ManualOnly)
        l.selection << Tr::tr("Ej automatinbetalningar");
    l.columns = {{QStringLiteral("transaction_date"), Tr::tr("Trans.datum"), K::Date},
                 {QStringLiteral("method"), Tr::tr("Sätt"), K::Text},
                 {QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text}};
    if (c.withIdAndName)
        l.columns << ReportColumn{QStringLiteral("id_number"), Tr::tr("Personnummer"), K::Text}
                  << ReportColumn{QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30};
    l.columns << ReportColumn{QStringLiteral("due_date"), Tr::tr("Förf.dag"), K::Date}
              << ReportColumn{QStringLiteral("registered_date"), Tr::tr("Inrapp."), K::Date}
              << ReportColumn{QStringLiteral("booked_date"), Tr::tr("Bokförd"), K::Date}
              << ReportColumn{QStringLiteral("amount"), Tr::tr("Belopp"), K::Money}
              << ReportColumn{QStringLiteral("remark"), Tr::tr("Anmärkning"), K::Text, 30};
    return l;
}

int PaymentListQuery::amountColumn() const
{
    return m_criteria.withIdAndName ? 9 : 7;
}

int PaymentListQuery::columnCount() const
{
    return m_criteria.withIdAndName ? 11 : 9;
}

// A fast path for the ISO text SQLite returns (a 1 M-row list reads three
// dates a row); PostgreSQL hands over QDate values.
static QDate readDate(const QVariant &v)
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

ReportRow PaymentListQuery::detailRow(const QSqlQuery &q) const
{
    ReportRow row;
    row.cells.reserve(columnCount());
    row.cells << readDate(q.value(0)) << q.value(1).toString() << q.value(2).toString()
              << q.value(3).toString();
    if (m_criteria.withIdAndName) {
        const QString stored = q.value(4).toString();
        const auto id = stored.isEmpty() ? std::nullopt : SwedishId::parse(stored, m_db.today());
        row.cells << (id ? id->display() : stored) << q.value(5).toString();
    }
    // The list's amount: positive for what lowers the claim (payments,
    // credits, write-offs), negative for what raises it (refunds, debits),
    // i.e. the negated effect on the balance, so every sum nets correctly.
    row.cells << readDate(q.value(6)) << readDate(q.value(7)) << readDate(q.value(8))
              << -q.value(9).toLongLong() << q.value(10).toString();
    return row;
}

QString PaymentListQuery::methodLabel(const QString &method, const QString &text) const
{
    const QString t = text.isEmpty() ? m_methodTexts.value(method) : text;
    return t.isEmpty() ? method : method + QLatin1Char(' ') + t;
}

ReportRow PaymentListQuery::sumRow(ReportRow::Type type, int level, const QString &label,
                                   qint64 count, Money amount) const
{
    ReportRow row;
    row.type = type;
    row.level = level;
    row.label = Tr::tr("%1, %n st", nullptr, int(count)).arg(label);
    for (int i = 0; i < columnCount(); ++i)
        row.cells << QVariant();
    row.cells[amountColumn()] = amount.ore();
    return row;
}

QList<PaymentListGroup> PaymentListQuery::groups()
{
    if (m_haveGroups)
        return m_groups;
    QVariantList args;
    const QString sql = QStringLiteral("SELECT t.transaction_date, t.method, COUNT(*), "
                                       "-SUM(t.effect_ore)")
                        + fromWhere(args, false)
                        + QStringLiteral(" GROUP BY t.transaction_date, t.method "
                                         "ORDER BY t.transaction_date, t.method");
    QSqlQuery q = m_db.run(sql, args);
    m_groups.clear();
    while (q.next()) {
        PaymentListGroup g;
        g.transactionDate = toDate(q.value(0));
        g.method = q.value(1).toString();
        g.methodText = m_methodTexts.value(g.method);
        g.count = q.value(2).toLongLong();
        g.amount = Money::fromOre(q.value(3).toLongLong());
        m_groups.append(g);
    }
    m_haveGroups = true;
    buildSegments();
    return m_groups;
}

qint64 PaymentListQuery::transactionCount()
{
    qint64 n = 0;
    for (const PaymentListGroup &g : groups())
        n += g.count;
    return n;
}

// Row index space: per group its details, its subtotal, and after the last
// group of a date the date's subtotal; the grand total last.
void PaymentListQuery::buildSegments()
{
    m_segments.clear();
    qint64 row = 0;
    for (int i = 0; i < m_groups.size(); ++i) {
        Segment s;
        s.start = row;
        s.group = i;
        s.endsDate = i + 1 == m_groups.size()
                     || m_groups.at(i + 1).transactionDate != m_groups.at(i).transactionDate;
        m_segments.append(s);
        row += m_groups.at(i).count + 1 + (s.endsDate ? 1 : 0);
    }
    m_rowCount = row + 1;
}

qint64 PaymentListQuery::rowCount()
{
    groups();
    return m_rowCount;
}

QList<ReportRow> PaymentListQuery::rows(qint64 first, int count)
{
    groups();
    QList<ReportRow> out;
    const qint64 end = std::min(m_rowCount, first + std::max(count, 0));
    qint64 r = std::max<qint64>(first, 0);
    while (r < end) {
        if (r == m_rowCount - 1) {
            Money amount;
            for (const PaymentListGroup &g : std::as_const(m_groups))
                amount += g.amount;
            out.append(sumRow(ReportRow::Type::Total, 0, Tr::tr("Totalt"), transactionCount(),
                              amount));
            ++r;
            continue;
        }
        auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), r,
                                   [](qint64 v, const Segment &s) { return v < s.start; });
        const Segment &s = *(it - 1);
        const PaymentListGroup &g = m_groups.at(s.group);
        const qint64 detailEnd = s.start + g.count;
        if (r < detailEnd) {
            QVariantList args;
            const QString sql = selectColumns() + fromWhere(args, true)
                                + QStringLiteral(" AND t.transaction_date = ? AND t.method = ? "
                                                 "ORDER BY i.company, i.invoice_number, t.id "
                                                 "LIMIT ? OFFSET ?");
            const qint64 limit = std::min(end, detailEnd) - r;
            args << dateArg(g.transactionDate) << g.method << limit << (r - s.start);
            QSqlQuery q = m_db.run(sql, args);
            qint64 got = 0;
            while (q.next()) {
                out.append(detailRow(q));
                ++got;
            }
            // The ledger changed since the groups were read: keep the row
            // numbering (the screen refreshes on the next run).
            for (; got < limit; ++got)
                out.append(ReportRow());
            r += limit;
        } else if (r == detailEnd) {
            out.append(sumRow(ReportRow::Type::Subtotal, 1,
                              Tr::tr("Summa %1 %2").arg(iso(g.transactionDate),
                                                        methodLabel(g.method, g.methodText)),
                              g.count, g.amount));
            ++r;
        } else {
            qint64 n = 0;
            Money amount;
            for (int i = s.group; i >= 0 && m_groups.at(i).transactionDate == g.transactionDate;
                 --i) {
                n += m_groups.at(i).count;
                amount += m_groups.at(i).amount;
            }
            out.append(sumRow(ReportRow::Type::Subtotal, 2,
                              Tr::tr("Summa %1").arg(iso(g.transactionDate)), n, amount));
            ++r;
        }
    }
    return out;
}

void PaymentListQuery::writeAll(ReportWriter &writer)
{
    writer.begin(layout());
    QVariantList args;
    const QString sql = selectColumns() + fromWhere(args, true)
                        + QStringLiteral(" ORDER BY t.transaction_date, t.method, i.company, "
                                         "i.invoice_number, t.id");
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    m_db.exec(q, args);

    struct Sum
    {
        qint64 count = 0;
        Money amount;
        void add(Money a)
        {
            ++count;
            amount += a;
        }
    } methodSum, dateSum, total;
    QDate date;
    QString method;
    bool any = false;
    auto closeMethod = [&] {
        writer.addRow(sumRow(ReportRow::Type::Subtotal, 1,
                             Tr::tr("Summa %1 %2").arg(iso(date), methodLabel(method, {})),
                             methodSum.count, methodSum.amount));
        methodSum = Sum();
    };
    auto closeDate = [&] {
        writer.addRow(sumRow(ReportRow::Type::Subtotal, 2, Tr::tr("Summa %1").arg(iso(date)),
                             dateSum.count, dateSum.amount));
        dateSum = Sum();
    };
    while (q.next()) {
        const QDate d = readDate(q.value(0));
        const QString m = q.value(1).toString();
        if (any && (d != date || m != method))
            closeMethod();
        if (any && d != date)
            closeDate();
        date = d;
        method = m;
        any = true;
        const ReportRow row = detailRow(q);
        const Money amount = row.money(amountColumn());
        methodSum.add(amount);
        dateSum.add(amount);
        total.add(amount);
        writer.addRow(row);
    }
    if (any) {
        closeMethod();
        closeDate();
    }
    writer.addRow(sumRow(ReportRow::Type::Total, 0, Tr::tr("Totalt"), total.count, total.amount));
    writer.finish();
}

} // namespace rsk
