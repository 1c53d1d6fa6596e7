#include "reports/saldolista.h"

#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Saldolista)
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString sortText(SaldolistaCriteria::Sort s)
{
    switch (s) {
    case SaldolistaCriteria::Sort::InvoiceNumber:
        return Tr::tr("Fakturanummer");
    case SaldolistaCriteria::Sort::IdNumber:
        return Tr::tr("Personnummer");
    case SaldolistaCriteria::Sort::RegisterId:
        return Tr::tr("Debiteringsrutinens identitet");
    case SaldolistaCriteria::Sort::Department:
        return Tr::tr("Avdelning/förvaltning");
    case SaldolistaCriteria::Sort::Name:
        return Tr::tr("Namn");
    case SaldolistaCriteria::Sort::DueDate:
        return Tr::tr("Förfallodag");
    }
    return QString();
}

} // namespace

std::optional<SaldolistaCriteria::Sort> SaldolistaCriteria::sortFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("invoice"))
        return Sort::InvoiceNumber;
    if (n == QLatin1String("id"))
        return Sort::IdNumber;
    if (n == QLatin1String("routine") || n == QLatin1String("register"))
        return Sort::RegisterId;
    if (n == QLatin1String("department"))
        return Sort::Department;
    if (n == QLatin1String("name"))
        return Sort::Name;
    if (n == QLatin1String("due"))
        return Sort::DueDate;
    return std::nullopt;
}

SaldolistaQuery::SaldolistaQuery(Database &db, const SaldolistaCriteria &criteria)
    : ClaimListQuery(db), m_criteria(criteria)
{
    validate();
    // Read once instead of a customer lookup per listed claim.
    QSqlQuery q = db.run(QStringLiteral("SELECT id FROM customer WHERE protected_identity <> 0"));
    while (q.next())
        m_protected.insert(q.value(0).toLongLong());
}

void SaldolistaQuery::validate()
{
    using namespace claimlist;
    auto &c = m_criteria;
    c.companyFrom = c.companyFrom.trimmed();
    c.companyTo = c.companyTo.trimmed();
    if (c.companyTo.isEmpty())
        c.companyTo = c.companyFrom;
    if (!c.companyFrom.isEmpty() && c.companyTo < c.companyFrom)
        throw LedgerError::refused(
            Tr::tr("Företag: tom %1 ligger före from %2.").arg(c.companyTo, c.companyFrom));
    db().access().requireCompanies(db(), c.companyFrom, c.companyTo);
    c.routineFrom = routineBound(c.routineFrom);
    c.routineTo = routineBound(c.routineTo);
    // An empty "tom" is all nines (handbook 6.4 "sätts tom till nior"): no upper bound.
    if (!c.routineFrom.isEmpty() && !c.routineTo.isEmpty() && c.routineTo < c.routineFrom)
        throw LedgerError::refused(
            Tr::tr("Rutin: tom %1 ligger före from %2.").arg(c.routineTo, c.routineFrom));
    m_invoiceFrom = invoiceLowerBound(c.invoiceFrom, Tr::tr("Fakturanummer from"));
    m_invoiceTo = invoiceUpperBound(c.invoiceTo, Tr::tr("Fakturanummer tom"));
    if (!m_invoiceFrom.isEmpty() && !m_invoiceTo.isEmpty() && m_invoiceTo < m_invoiceFrom)
        throw LedgerError::refused(
            Tr::tr("Fakturanummer: tom %1 ligger före from %2.").arg(m_invoiceTo, m_invoiceFrom));
    checkDateRange(c.invoiceDateFrom, c.invoiceDateTo, Tr::tr("Fakturadatum"));
    checkDateRange(c.dueFrom, c.dueTo, Tr::tr("Förfallodatum"));
    checkDateRange(c.bookedFrom, c.bookedTo, Tr::tr("Bokföringsdatum"));
    c.registerIdFrom = c.registerIdFrom.trimmed();
    c.registerIdTo = c.registerIdTo.trimmed();
    checkTextRange(c.registerIdFrom, c.registerIdTo, Tr::tr("Debiteringsrutinens identitet"));
    m_idFrom = idLowerBound(c.idFrom, Tr::tr("Personnummer from"));
    m_idTo = idUpperBound(c.idTo, Tr::tr("Personnummer tom"));
    if (!m_idFrom.isEmpty() && !m_idTo.isEmpty() && m_idTo < m_idFrom)
        throw LedgerError::refused(Tr::tr("Personnummer: tom %1 ligger före from %2.")
                                       .arg(c.idTo.trimmed(), c.idFrom.trimmed()));
    c.customerFrom = c.customerFrom.trimmed();
    c.customerTo = c.customerTo.trimmed();
    c.departmentFrom = c.departmentFrom.trimmed();
    c.departmentTo = c.departmentTo.trimmed();
    checkTextRange(c.departmentFrom, c.departmentTo, Tr::tr("Förvaltning/avdelning"));
    if (c.balanceFrom && c.balanceTo && *c.balanceTo < *c.balanceFrom)
        throw LedgerError::refused(Tr::tr("Saldobelopp: tom %1 ligger före from %2.")
                                       .arg(c.balanceTo->toString(), c.balanceFrom->toString()));
    if (c.dunningCodeFrom > 0 && c.dunningCodeTo == 0)
        c.dunningCodeTo = 9;
    if (c.dunningCodeTo > 0 && c.dunningCodeFrom == 0)
        c.dunningCodeFrom = 1;
    for (int code : {c.dunningCodeFrom, c.dunningCodeTo})
        if (code < 0 || code > 9)
            throw LedgerError::refused(Tr::tr("Kravkod: %1 ska vara 1–9.").arg(code));
    if (c.dunningCodeTo < c.dunningCodeFrom)
        throw LedgerError::refused(Tr::tr("Kravkod: tom %1 ligger före from %2.")
                                       .arg(c.dunningCodeTo)
                                       .arg(c.dunningCodeFrom));
    c.method = c.method.trimmed().toUpper();
    if (!c.method.isEmpty() && !ReferenceData(db()).paymentMethod(c.method))
        throw LedgerError::refused(Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(c.method));
}

ReportLayout SaldolistaQuery::layout() const
{
    using K = ReportColumn::Kind;
    using claimlist::rangeLine;
    const auto &c = m_criteria;
    ReportLayout l;
    l.title = Tr::tr("Saldolista");
    if (c.asOf.isValid())
        l.selection << Tr::tr("Saldo per %1: inbetalningar och händelser efter dagen "
                              "bortjusterade, fakturor framställda efter dagen ej med")
                           .arg(iso(c.asOf));
    const QStringList ranges = {
        rangeLine(Tr::tr("Företag"), c.companyFrom, c.companyTo),
        rangeLine(Tr::tr("Rutin"), c.routineFrom, c.routineTo),
        rangeLine(Tr::tr("Fakturanummer"), m_invoiceFrom, m_invoiceTo),
        rangeLine(Tr::tr("Fakturadatum"), iso(c.invoiceDateFrom), iso(c.invoiceDateTo)),
        rangeLine(Tr::tr("Förfallodatum"), iso(c.dueFrom), iso(c.dueTo)),
        rangeLine(Tr::tr("Bokföringsdatum"), iso(c.bookedFrom), iso(c.bookedTo)),
        rangeLine(Tr::tr("Debiteringsrutinens identitet"), c.registerIdFrom, c.registerIdTo),
        rangeLine(Tr::tr("Personnummer"), c.idFrom.trimmed(), c.idTo.trimmed()),
        rangeLine(Tr::tr("Kundnummer"), c.customerFrom, c.customerTo),
        rangeLine(Tr::tr("Förvaltning/avdelning"), c.departmentFrom, c.departmentTo),
        rangeLine(Tr::tr("Saldobelopp"), c.balanceFrom ? c.balanceFrom->toString() : QString(),
                  c.balanceTo ? c.balanceTo->toString() : QString()),
        rangeLine(Tr::tr("Kravkod"),
                  c.dunningCodeFrom ? QString::number(c.dunningCodeFrom) : QString(),
                  c.dunningCodeTo ? QString::number(c.dunningCodeTo) : QString()),
    };
    for (const QString &line : ranges)
        if (!line.isEmpty())
            l.selection << line;
    if (c.onlyUnpaid)
        l.selection << Tr::tr("Endast obetalda fakturor");
    if (c.onlyReminded)
        l.selection << Tr::tr("Endast påminda fakturor");
    if (c.onlyCollection)
        l.selection << Tr::tr("Endast inkassokrävda fakturor");
    if (!c.method.isEmpty())
        l.selection << Tr::tr("Endast fakturor med inbetalningssätt %1").arg(c.method);
    if (c.onlyTotals)
        l.selection << Tr::tr("Endast totalrader");
    l.selection << Tr::tr("Sortering: %1").arg(sortText(c.sort));
    if (c.detail == SaldolistaCriteria::Detail::Narrow) {
        l.selection << Tr::tr("Krav: P1/P2 påminnelse 1/2, IK inkassokrav, RK restkrav, "
                              "HB hot om betalningsföreläggande, BF betalningsföreläggande; "
                              "datum för det senaste");
        l.columns = {{QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                     {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text},
                     {QStringLiteral("id"), Tr::tr("Person-/kundnr"), K::Text, 13},
                     {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                     {QStringLiteral("due_date"), Tr::tr("Förf.dag"), K::Date},
                     {QStringLiteral("invoiced"), Tr::tr("Fakturerat"), K::Money},
                     {QStringLiteral("debited"), Tr::tr("Påfört"), K::Money},
                     {QStringLiteral("paid"), Tr::tr("Inbetalt"), K::Money},
                     {QStringLiteral("balance"), Tr::tr("Saldo"), K::Money},
                     {QStringLiteral("last_payment"), Tr::tr("Senaste inbet."), K::Date},
                     {QStringLiteral("dunning"), Tr::tr("Krav"), K::Text, 20},
                     {QStringLiteral("dunning_code"), Tr::tr("Kravkod"), K::Text}};
        return l;
    }

    l.columns = {{QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text},
                 {QStringLiteral("id"), Tr::tr("Person-/kundnr"), K::Text, 13},
                 {QStringLiteral("register_id"), Tr::tr("Rutinidentitet"), K::Text, 12},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                 {QStringLiteral("address"), Tr::tr("Adress"), K::Text, 30},
                 {QStringLiteral("department"), Tr::tr("Avd"), K::Text},
                 {QStringLiteral("invoice_date"), Tr::tr("Fakt.datum"), K::Date},
                 {QStringLiteral("due_date"), Tr::tr("Förf.dag"), K::Date},
                 {QStringLiteral("invoiced"), Tr::tr("Fakturerat"), K::Money},
                 {QStringLiteral("debited"), Tr::tr("Påfört"), K::Money},
                 {QStringLiteral("paid"), Tr::tr("Inbetalt"), K::Money},
                 {QStringLiteral("balance"), Tr::tr("Saldo"), K::Money},
                 {QStringLiteral("last_payment"), Tr::tr("Senaste inbet."), K::Date},
                 {QStringLiteral("reminder1"), Tr::tr("Påm 1"), K::Date},
                 {QStringLiteral("reminder2"), Tr::tr("Påm 2"), K::Date},
                 {QStringLiteral("collection"), Tr::tr("Inkassokrav"), K::Date},
                 {QStringLiteral("residual"), Tr::tr("Restkrav"), K::Date},
                 {QStringLiteral("threat"), Tr::tr("Hot bet.f."), K::Date},
                 {QStringLiteral("payment_order"), Tr::tr("Bet.föreläggande"), K::Date},
                 {QStringLiteral("dunning_code"), Tr::tr("Kravkod"), K::Text},
                 {QStringLiteral("watch_text"), Tr::tr("Bevakning"), K::Text, 30}};
    return l;
}

// Per-claim money (see the header). The as-of forms read the claim's
// transactions through transaction_by_invoice (invoice_id, transaction_date).
QString SaldolistaQuery::debitedSql(QVariantList &args) const
{
    if (!m_criteria.asOf.isValid())
        return QStringLiteral("(i.balance_ore - i.amount_ore + i.paid_ore)");
    args << dateArg(m_criteria.asOf);
    return QStringLiteral("(SELECT COALESCE(SUM(t.effect_ore), 0) FROM ledger_transaction t "
                          "WHERE t.invoice_id = i.id AND t.transaction_date <= ? "
                          "AND t.effect_ore > 0)");
}

QString SaldolistaQuery::paidSql(QVariantList &args) const
{
    if (!m_criteria.asOf.isValid())
        return QStringLiteral("(-i.paid_ore)");
    args << dateArg(m_criteria.asOf);
    return QStringLiteral("(SELECT COALESCE(SUM(t.effect_ore), 0) FROM ledger_transaction t "
                          "WHERE t.invoice_id = i.id AND t.transaction_date <= ? "
                          "AND t.effect_ore < 0)");
}

QString SaldolistaQuery::balanceSql(QVariantList &args) const
{
    if (!m_criteria.asOf.isValid())
        return QStringLiteral("i.balance_ore");
    args << dateArg(m_criteria.asOf);
    return QStringLiteral("(i.amount_ore + (SELECT COALESCE(SUM(t.effect_ore), 0) "
                          "FROM ledger_transaction t WHERE t.invoice_id = i.id "
                          "AND t.transaction_date <= ?))");
}

QString SaldolistaQuery::detailColumns(QVariantList &args) const
{
    QString sql = QStringLiteral(
        "i.id, i.company, i.routine, i.invoice_number, i.id_number, i.customer_number, "
        "i.register_id, i.name, i.address, i.postal_code, i.city, "
        "i.customer_id, i.department, i.invoice_date, i.due_date, "
        "i.amount_ore, ");
    sql += debitedSql(args); // one call a statement: the placeholders in order
    sql += QStringLiteral(", ");
    sql += paidSql(args);
    // The last payment (what lowered the claim), as of the date if given.
    sql += QStringLiteral(", (SELECT MAX(t.transaction_date) FROM ledger_transaction t "
                          "WHERE t.invoice_id = i.id AND t.effect_ore < 0");
    if (m_criteria.asOf.isValid()) {
        sql += QStringLiteral(" AND t.transaction_date <= ?");
        args << dateArg(m_criteria.asOf);
    }
    sql += QStringLiteral("), i.reminder1_date, i.reminder2_date, i.collection_date, "
                          "i.residual_date, i.threat_date, i.payment_order_date, "
                          "i.dunning_code, i.watch_text");
    return sql;
}

QString SaldolistaQuery::filters(QVariantList &args) const
{
    const auto &c = m_criteria;
    QString sql;
    auto add = [&](const char *clause, const QVariant &value) {
        sql += QLatin1String(clause);
        args << value;
    };
    if (!c.companyFrom.isEmpty())
        add(" AND i.company >= ?", c.companyFrom);
    if (!c.companyTo.isEmpty())
        add(" AND i.company <= ?", c.companyTo);
    if (!c.routineFrom.isEmpty())
        add(" AND i.routine >= ?", c.routineFrom);
    if (!c.routineTo.isEmpty())
        add(" AND i.routine <= ?", c.routineTo);
    if (!m_invoiceFrom.isEmpty())
        add(" AND i.invoice_number >= ?", m_invoiceFrom);
    if (!m_invoiceTo.isEmpty())
        add(" AND i.invoice_number <= ?", m_invoiceTo);
    if (c.invoiceDateFrom.isValid())
        add(" AND i.invoice_date >= ?", dateArg(c.invoiceDateFrom));
    if (c.invoiceDateTo.isValid())
        add(" AND i.invoice_date <= ?", dateArg(c.invoiceDateTo));
    if (c.asOf.isValid()) // claims made after the day were not there yet
        add(" AND i.invoice_date <= ?", dateArg(c.asOf));
    if (c.dueFrom.isValid())
        add(" AND i.due_date >= ?", dateArg(c.dueFrom));
    if (c.dueTo.isValid())
        add(" AND i.due_date <= ?", dateArg(c.dueTo));
    // created_at is an ISO timestamp: the day from–tom is [from, to + 1 day).
    if (c.bookedFrom.isValid())
        add(" AND i.created_at >= ?", iso(c.bookedFrom));
    if (c.bookedTo.isValid())
        add(" AND i.created_at < ?", iso(c.bookedTo.addDays(1)));
    claimlist::addTextRange(sql, args, "i.register_id", c.registerIdFrom, c.registerIdTo);
    if (!m_idFrom.isEmpty())
        add(" AND i.id_search >= ?", m_idFrom);
    if (!m_idTo.isEmpty())
        add(" AND i.id_search <= ?", m_idTo);
    claimlist::addNumberTextRange(sql, args, "i.customer_number", c.customerFrom, c.customerTo);
    claimlist::addTextRange(sql, args, "i.department", c.departmentFrom, c.departmentTo);
    if (c.balanceFrom) {
        sql += QStringLiteral(" AND ") + balanceSql(args) + QStringLiteral(" >= ?");
        args << c.balanceFrom->ore();
    }
    if (c.balanceTo) {
        sql += QStringLiteral(" AND ") + balanceSql(args) + QStringLiteral(" <= ?");
        args << c.balanceTo->ore();
    }
    if (c.dunningCodeFrom > 0) {
        add(" AND i.dunning_code >= ?", c.dunningCodeFrom);
        add(" AND i.dunning_code <= ?", c.dunningCodeTo);
    }
    if (c.onlyUnpaid)
        sql += QStringLiteral(" AND ") + balanceSql(args) + QStringLiteral(" <> 0");
    if (c.onlyReminded)
        sql += QStringLiteral(" AND (i.reminder1_date IS NOT NULL "
                              "OR i.reminder2_date IS NOT NULL)");
    if (c.onlyCollection)
        sql += QStringLiteral(" AND i.collection_date IS NOT NULL");
    if (!c.method.isEmpty()) {
        add(" AND EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.invoice_id = i.id "
            "AND t.method = ?",
            c.method);
        if (c.asOf.isValid())
            add(" AND t.transaction_date <= ?", dateArg(c.asOf));
        sql += QLatin1Char(')');
    }
    return sql;
}

QString SaldolistaQuery::orderBy(QVariantList &) const
{
    // Company and routine first: the subtotals need their groups together.
    // The invoice number starts with the routine (DOMAIN.md), so that order
    // reads the (company, invoice_number) index without sorting.
    switch (m_criteria.sort) {
    case SaldolistaCriteria::Sort::InvoiceNumber:
        return QStringLiteral("i.company, i.invoice_number");
    case SaldolistaCriteria::Sort::IdNumber:
        return QStringLiteral("i.company, i.routine, i.id_search, i.customer_number, "
                              "i.invoice_number");
    case SaldolistaCriteria::Sort::RegisterId:
        return QStringLiteral("i.company, i.routine, i.register_id, i.invoice_number");
    case SaldolistaCriteria::Sort::Department:
        return QStringLiteral("i.company, i.routine, i.department, i.invoice_number");
    case SaldolistaCriteria::Sort::Name:
        return QStringLiteral("i.company, i.routine, i.name_key, i.invoice_number");
    case SaldolistaCriteria::Sort::DueDate:
        return QStringLiteral("i.company, i.routine, i.due_date, i.invoice_number");
    }
    return QStringLiteral("i.company, i.invoice_number");
}

QString SaldolistaQuery::scanColumns(QVariantList &args) const
{
    QString sql = QStringLiteral("i.amount_ore, ") + debitedSql(args);
    sql += QStringLiteral(", ");
    sql += paidSql(args);
    return sql;
}

void SaldolistaQuery::scanSums(const QSqlQuery &q, int first, qint64 *sums) const
{
    sums[0] = q.value(first).toLongLong();
    sums[1] = q.value(first + 1).toLongLong();
    sums[2] = q.value(first + 2).toLongLong();
    sums[3] = sums[0] + sums[1] + sums[2];
}

QList<int> SaldolistaQuery::sumColumns() const
{
    const int first = m_criteria.detail == SaldolistaCriteria::Detail::Narrow
                          ? kNarrowInvoicedColumn
                          : kInvoicedColumn;
    return {first, first + 1, first + 2, first + 3};
}

ClaimListQuery::Grouping SaldolistaQuery::grouping() const
{
    Grouping g;
    g.perRoutine = true;
    g.perCompany = true;
    g.onlyTotals = m_criteria.onlyTotals;
    return g;
}

ReportRow SaldolistaQuery::detailRow(const QSqlQuery &q) const
{
    ReportRow row;
    row.cells.reserve(22);
    const QString id = q.value(4).toString();
    QString address;
    if (!m_protected.isEmpty() && m_protected.contains(q.value(11).toLongLong())) {
        address = ProtectedIdentity::withheldText(); // DOMAIN.md "People and trust"
    } else {
        address = q.value(8).toString();
        const QString place = (q.value(9).toString() + QLatin1Char(' ') + q.value(10).toString())
                                  .trimmed();
        if (!place.isEmpty())
            address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + place;
    }
    const qint64 invoiced = q.value(15).toLongLong();
    const qint64 debited = q.value(16).toLongLong();
    const qint64 paid = q.value(17).toLongLong();
    const QVariant code = q.value(25);
    row.cells << q.value(1).toString() << q.value(3).toString()
              << textCell(id.isEmpty() ? q.value(5).toString() : idDisplay(id))
              << textCell(q.value(6).toString()) << q.value(7).toString() << textCell(address)
              << textCell(q.value(12).toString()) << readDate(q.value(13))
              << readDate(q.value(14)) << invoiced << debited << paid
              << invoiced + debited + paid << readDate(q.value(18));
    for (int i = 19; i <= 24; ++i)
        row.cells << readDate(q.value(i));
    row.cells << (code.isNull() ? QVariant() : QVariant(code.toString()))
              << textCell(q.value(26).toString());
    return m_criteria.detail == SaldolistaCriteria::Detail::Narrow ? narrow(row) : row;
}

// The narrow row from the full one (see the header for the columns).
ReportRow SaldolistaQuery::narrow(const ReportRow &full)
{
    static const char *const kSteps[] = {"P1", "P2", "IK", "RK", "HB", "BF"};
    QStringList steps;
    QDate latest;
    for (int i = 0; i < 6; ++i) {
        const QDate d = full.date(14 + i);
        if (!d.isValid())
            continue;
        steps << QLatin1String(kSteps[i]);
        if (!latest.isValid() || d > latest)
            latest = d;
    }
    if (latest.isValid())
        steps << latest.toString(Qt::ISODate);
    ReportRow row;
    row.cells = {full.cells.at(0), full.cells.at(1), full.cells.at(2), full.cells.at(4),
                 full.cells.at(8), full.cells.at(9), full.cells.at(10), full.cells.at(11),
                 full.cells.at(12), full.cells.at(13),
                 steps.isEmpty() ? QVariant() : QVariant(steps.join(QLatin1Char(' '))),
                 full.cells.at(20)};
    return row;
}

} // namespace rsk
