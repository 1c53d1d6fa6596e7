#include "ledger/paidinvoicepurge.h"

#include "audit/auditlog.h"
#include "dunning/unbilledinterest.h"
#include "ids/swedishid.h"
#include "ledger/invoicerepository.h"
#include "ledger/paidinvoicepurgerules.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaidInvoicePurge)
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Money money(const QSqlQuery &q, int column)
{
    return Money::fromOre(q.value(column).toLongLong());
}

QString rangeText(const QString &from, const QString &to)
{
    return from == to ? from : from + QStringLiteral("–") + to;
}

// Person numbers as YYYYMMDD-NNNC, organisation numbers NNNNNN-NNNC.
QString idDisplay(const QString &id, const QDate &at)
{
    if (id.trimmed().isEmpty())
        return {};
    if (const auto parsed = SwedishId::parse(id, at.isValid() ? at : QDate::currentDate()))
        return parsed->display();
    return id;
}

purge::Bounds boundsOf(const PaidInvoicePurgeSelection &s)
{
    auto or_ = [](const QString &v, const char *fallback) {
        return v.isEmpty() ? QString::fromLatin1(fallback) : v;
    };
    return {or_(s.companyFrom, "000"),       or_(s.companyTo, "999"),
            or_(s.routineFrom, "00"),        or_(s.routineTo, "99"),
            or_(s.invoiceFrom, "000000000"), or_(s.invoiceTo, "999999999")};
}

} // namespace

QString PurgeReceiptList::orderName(Order order)
{
    switch (order) {
    case Order::InvoiceNumber: return Tr::tr("fakturanummerordning");
    case Order::Name: return Tr::tr("namnordning");
    case Order::IdNumber: return Tr::tr("personnummerordning");
    }
    return {};
}

QString PurgeReceiptList::orderKey(Order order)
{
    switch (order) {
    case Order::InvoiceNumber: return QStringLiteral("invoice");
    case Order::Name: return QStringLiteral("name");
    case Order::IdNumber: return QStringLiteral("id");
    }
    return {};
}

PaidInvoicePurgeSelection PaidInvoicePurgeSelection::checked() const
{
    PaidInvoicePurgeSelection s = *this;
    // The ranges exactly as the other runs check them.
    UnbilledSelection ranges;
    ranges.companyFrom = companyFrom;
    ranges.companyTo = companyTo;
    ranges.routineFrom = routineFrom;
    ranges.routineTo = routineTo;
    ranges.invoiceFrom = invoiceFrom;
    ranges.invoiceTo = invoiceTo;
    ranges = ranges.checked();
    s.companyFrom = ranges.companyFrom;
    s.companyTo = ranges.companyTo;
    s.routineFrom = ranges.routineFrom;
    s.routineTo = ranges.routineTo;
    s.invoiceFrom = ranges.invoiceFrom;
    s.invoiceTo = ranges.invoiceTo;

    if (!paidBefore.isValid())
        throw LedgerError::refused(
            Tr::tr("Betalda före: datumet är obligatoriskt (ÅÅMMDD)."));

    s.excludedDunningCodes.clear();
    for (int code : excludedDunningCodes) {
        if (code < 1 || code > 9)
            throw LedgerError::refused(
                Tr::tr("Ej kravkod: \"%1\" ska vara en kravkod 1–9.").arg(code));
        if (!s.excludedDunningCodes.contains(code))
            s.excludedDunningCodes.append(code);
    }
    if (s.excludedDunningCodes.size() > MaxExcludedCodes)
        throw LedgerError::refused(
            Tr::tr("Ej kravkod: högst %1 kravkoder kan anges.").arg(MaxExcludedCodes));
    std::sort(s.excludedDunningCodes.begin(), s.excludedDunningCodes.end());

    if (lists.isEmpty())
        throw LedgerError::refused(Tr::tr("Listor: välj minst en kvittenslista (fakturanummer-, "
                                          "namn- eller personnummerordning)."));
    QSet<int> orders;
    for (const PurgeReceiptList &l : lists) {
        if (orders.contains(int(l.order)))
            throw LedgerError::refused(Tr::tr("Listor: %1 är vald två gånger.")
                                           .arg(PurgeReceiptList::orderName(l.order)));
        orders.insert(int(l.order));
    }
    return s;
}

QStringList PaidInvoicePurgeSelection::describe() const
{
    QStringList out;
    out << (companyFrom.isEmpty() && companyTo.isEmpty()
                ? Tr::tr("Företag: alla")
                : Tr::tr("Företag: %1").arg(rangeText(companyFrom, companyTo)));
    if (!routineFrom.isEmpty() || !routineTo.isEmpty())
        out << Tr::tr("Rutin: %1").arg(rangeText(routineFrom, routineTo));
    if (!invoiceFrom.isEmpty() || !invoiceTo.isEmpty())
        out << Tr::tr("Fakturanummer: %1").arg(rangeText(invoiceFrom, invoiceTo));
    out << Tr::tr("Fakturor med saldo noll och betalda före %1").arg(iso(paidBefore));
    if (!excludedDunningCodes.isEmpty()) {
        QStringList codes;
        for (int c : excludedDunningCodes)
            codes << QString::number(c);
        out << Tr::tr("Ej kravkod: %1").arg(codes.join(QStringLiteral(", ")));
    }
    return out;
}

Money PaidInvoicePurgeResult::amountTotal() const
{
    Money sum;
    for (const PurgedClaim &c : claims)
        sum += c.amount;
    return sum;
}

Money PaidInvoicePurgeResult::paidTotal() const
{
    Money sum;
    for (const PurgedClaim &c : claims)
        sum += c.paid;
    return sum;
}

int PaidInvoicePurgeResult::transactionCount() const
{
    int n = 0;
    for (const PurgedClaim &c : claims)
        n += int(c.transactions.size());
    return n;
}

QList<qint64> PaidInvoicePurgeResult::invoiceIds() const
{
    QList<qint64> ids;
    for (const PurgedClaim &c : claims)
        ids << c.invoiceId;
    return ids;
}

QList<PurgedClaim> PaidInvoicePurgeResult::ordered(PurgeReceiptList::Order order) const
{
    QList<PurgedClaim> out = claims; // already in company, invoice-number order
    if (order == PurgeReceiptList::Order::InvoiceNumber)
        return out;
    // Swedish order (Å, Ä, Ö after Z), whatever the engine's collation.
    QCollator swedish(QLocale(QLocale::Swedish, QLocale::Sweden));
    swedish.setCaseSensitivity(Qt::CaseInsensitive);
    const bool byId = order == PurgeReceiptList::Order::IdNumber;
    std::stable_sort(out.begin(), out.end(),
                     [&swedish, byId](const PurgedClaim &a, const PurgedClaim &b) {
                         if (byId && a.idNumber != b.idNumber)
                             return a.idNumber < b.idNumber;
                         return swedish.compare(a.name, b.name) < 0;
                     });
    return out;
}

PaidInvoicePurgeResult PaidInvoicePurge::collect(const PaidInvoicePurgeSelection &s)
{
    PaidInvoicePurgeResult result;
    result.selection = s;
    result.runDate = m_db.today();
    result.user = m_db.user();
    const purge::Bounds bounds = boundsOf(s);

    // Balance 0, paid before the date: the final-paid date (the invoice date
    // when there is none) and every transaction before it.
    QString sql = QStringLiteral(
        "SELECT i.id, i.version, i.company, i.invoice_number, i.routine, i.customer_number, "
        "i.id_number, i.name, i.invoice_date, i.due_date, i.final_paid_date, i.amount_ore, "
        "i.reminder_fee_ore, i.collection_fee_ore, i.interest_debited_ore, i.paid_ore, "
        "i.reminder1_date, i.reminder2_date, i.collection_date, i.residual_date, i.threat_date, "
        "i.payment_order_date, i.payment_plan_date, i.agency_transfer_date, "
        "COALESCE(i.dunning_code, 0), i.watch_text, COALESCE(i.interest_invoice_number, ''), "
        "(SELECT MAX(t.transaction_date) FROM ledger_transaction t WHERE t.invoice_id = i.id) "
        "FROM invoice i WHERE ");
    sql += purge::Bounds::where();
    sql += QStringLiteral(" AND COALESCE(i.final_paid_date, i.invoice_date) < ? AND NOT EXISTS "
                          "(SELECT 1 FROM ledger_transaction t WHERE t.invoice_id = i.id "
                          "AND t.transaction_date >= ?)");
    QVariantList args = bounds.args();
    args << dateArg(s.paidBefore) << dateArg(s.paidBefore);
    if (!s.excludedDunningCodes.isEmpty()) {
        QStringList marks;
        for (int code : s.excludedDunningCodes) {
            marks << QStringLiteral("?");
            args << code;
        }
        sql += QStringLiteral(" AND (i.dunning_code IS NULL OR i.dunning_code NOT IN (%1))")
                   .arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY i.company, i.invoice_number");

    QList<PurgedClaim> candidates;
    QSqlQuery q = m_db.run(sql, args);
    while (q.next()) {
        PurgedClaim c;
        int i = 0;
        c.invoiceId = q.value(i++).toLongLong();
        c.version = q.value(i++).toInt();
        c.company = q.value(i++).toString();
        c.invoiceNumber = q.value(i++).toString();
        c.routine = q.value(i++).toString();
        c.customerNumber = q.value(i++).toString();
        c.idNumber = q.value(i++).toString();
        c.name = q.value(i++).toString();
        c.invoiceDate = toDate(q.value(i++));
        c.dueDate = toDate(q.value(i++));
        c.finalPaidDate = toDate(q.value(i++));
        c.amount = money(q, i++);
        c.reminderFee = money(q, i++);
        c.collectionFee = money(q, i++);
        c.interestDebited = money(q, i++);
        c.paid = money(q, i++);
        for (QDate *d : {&c.reminder1Date, &c.reminder2Date, &c.collectionDate, &c.residualDate,
                         &c.threatDate, &c.paymentOrderDate, &c.paymentPlanDate,
                         &c.agencyTransferDate})
            *d = toDate(q.value(i++));
        c.dunningCode = q.value(i++).toInt();
        c.watchText = q.value(i++).toString();
        c.interestInvoiceNumber = q.value(i++).toString();
        const QDate last = toDate(q.value(i++));
        c.paidDate = c.finalPaidDate.isValid() ? c.finalPaidDate : c.invoiceDate;
        if (last.isValid() && last > c.paidDate)
            c.paidDate = last;
        candidates.append(c);
    }
    q.finish();

    QList<qint64> ids;
    for (const PurgedClaim &c : std::as_const(candidates))
        ids << c.invoiceId;
    const QHash<qint64, QStringList> why = purge::blockers(m_db, bounds, ids);
    InvoiceRepository repo(m_db);
    for (PurgedClaim &c : candidates) {
        if (why.contains(c.invoiceId)) {
            result.blocked.append({c.invoiceId, c.company, c.invoiceNumber, c.name,
                                   why.value(c.invoiceId).join(QStringLiteral("; "))});
            continue;
        }
        c.lines = repo.lines(c.invoiceId);
        c.transactions = repo.transactions(c.invoiceId);
        result.claims.append(c);
    }
    ReferenceData ref(m_db);
    for (const Company &company : ref.companies())
        result.companyNames.insert(company.number, company.name);
    for (const PaymentMethod &method : ref.paymentMethods())
        result.methodTexts.insert(method.code, method.text);

    // What goes with them, table by table.
    const QList<qint64> going = result.invoiceIds();
    if (!going.isEmpty()) {
        for (const auto &[table, where] : purge::dependentTables(m_db))
            result.rows.insert(table, purge::forChunks(m_db,
                                                       QStringLiteral("SELECT COUNT(*) FROM ")
                                                           + table + QStringLiteral(" WHERE ")
                                                           + where,
                                                       going, true));
        result.rows.insert(QStringLiteral("invoice"), going.size());
    }
    return result;
}

PaidInvoicePurgeResult PaidInvoicePurge::plan(const PaidInvoicePurgeSelection &selection)
{
    const PaidInvoicePurgeSelection s = selection.checked();
    m_db.access().requireCompanies(m_db, s.companyFrom, s.companyTo);
    return collect(s);
}

void PaidInvoicePurge::removeRows(PaidInvoicePurgeResult &result)
{
    const QList<qint64> ids = result.invoiceIds();
    result.rows.clear();
    for (const auto &[table, where] : purge::dependentTables(m_db))
        result.rows.insert(table, purge::forChunks(m_db,
                                                   QStringLiteral("DELETE FROM ") + table
                                                       + QStringLiteral(" WHERE ") + where,
                                                   ids, false));
    AuditLog audit(m_db);
    const QString context
        = QStringLiteral("purge paid before %1").arg(iso(result.selection.paidBefore));
    QSqlQuery remove = m_db.prepare(
        QStringLiteral("DELETE FROM invoice WHERE id = ? AND version = ? AND balance_ore = 0"));
    for (const PurgedClaim &c : std::as_const(result.claims)) {
        m_db.exec(remove, {c.invoiceId, c.version});
        if (remove.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1/%2 ändrades av någon annan under rensningen. Inget rensades; "
                       "ta fram listan igen.")
                    .arg(c.company, c.invoiceNumber));
        audit.recordDelete(
            QStringLiteral("invoice"), c.company + QLatin1Char('/') + c.invoiceNumber,
            Tr::tr("Rensad betald faktura: %1, belopp %2, inbetalt %3, betald %4, "
                   "%5 transaktioner, %6 fakturarader")
                .arg(c.name, c.amount.toString(), c.paid.toString(), iso(c.paidDate))
                .arg(c.transactions.size())
                .arg(c.lines.size()),
            context);
    }
    result.rows.insert(QStringLiteral("invoice"), result.claims.size());
}

PaidInvoicePurgeResult PaidInvoicePurge::run(const PaidInvoicePurgeSelection &selection,
                                             const ReceiptWriter &write,
                                             const QList<qint64> &confirmed)
{
    const PaidInvoicePurgeSelection s = selection.checked();
    const Access &access = m_db.access();
    access.requireRole(Role::Supervisor, Tr::tr("Rensning betalda fakturor"));
    access.requireCompanies(m_db, s.companyFrom, s.companyTo);
    const QStringList companies = RunLocks(m_db).companiesBetween(s.companyFrom, s.companyTo);
    const RunLock lock(m_db, companies, RunKind::Purge,
                       Tr::tr("Rensning betalda fakturor, betalda före %1")
                           .arg(iso(s.paidBefore)));

    UnitOfWork work(m_db);
    PaidInvoicePurgeResult result = collect(s);
    result.dryRun = false;
    if (!confirmed.isEmpty()) {
        QList<qint64> now = result.invoiceIds();
        QList<qint64> asked = confirmed;
        std::sort(now.begin(), now.end());
        std::sort(asked.begin(), asked.end());
        if (now != asked)
            throw LedgerError::conflict(
                Tr::tr("Fakturorna att rensa har ändrats sedan listan togs fram (nu %1, listan "
                       "%2). Inget rensades; ta fram listan igen.")
                    .arg(now.size())
                    .arg(asked.size()));
    }
    if (result.claims.isEmpty())
        return result;
    removeRows(result);
    // The receipt lists are written before the commit: if they cannot be,
    // the claims stay.
    if (write)
        write(result);
    work.commit();
    return result;
}

ReportTable PaidInvoicePurge::list(const PaidInvoicePurgeResult &r)
{
    ReportLayout layout;
    layout.title = r.dryRun ? Tr::tr("Rensning betalda fakturor – endast lista")
                            : Tr::tr("Rensning betalda fakturor – kvittenslista");
    layout.selection = r.selection.describe();
    using K = ReportColumn::Kind;
    layout.columns = {{QStringLiteral("company"), Tr::tr("Ftg"), K::Text, 3},
                      {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text, 9},
                      {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                      {QStringLiteral("id_number"), Tr::tr("Personnr"), K::Text, 12},
                      {QStringLiteral("invoice_date"), Tr::tr("Fakturadatum"), K::Date},
                      {QStringLiteral("paid_date"), Tr::tr("Betald"), K::Date},
                      {QStringLiteral("amount"), Tr::tr("Belopp"), K::Money},
                      {QStringLiteral("paid"), Tr::tr("Inbetalt"), K::Money},
                      {QStringLiteral("transactions"), Tr::tr("Trans."), K::Integer},
                      {QStringLiteral("note"), Tr::tr("Anmärkning"), K::Text, 40}};
    ReportTable table(layout);
    for (const PurgedClaim &c : r.claims) {
        ReportRow row;
        row.cells = {c.company, c.invoiceNumber, c.name, idDisplay(c.idNumber, r.runDate),
                     c.invoiceDate, c.paidDate,
                     c.amount.ore(), c.paid.ore(), qint64(c.transactions.size()),
                     r.dryRun ? Tr::tr("rensas") : Tr::tr("rensad")};
        table.addRow(row);
    }
    for (const PurgeBlocked &b : r.blocked) {
        ReportRow row;
        row.cells = {b.company, b.invoiceNumber, b.name, QVariant(), QVariant(), QVariant(),
                     QVariant(), QVariant(), QVariant(),
                     Tr::tr("rensas inte: %1").arg(b.reason)};
        table.addRow(row);
    }
    ReportRow total;
    total.type = ReportRow::Type::Total;
    total.label = Tr::tr("Summa %n fakturor", nullptr, r.count());
    total.cells = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                   r.amountTotal().ore(), r.paidTotal().ore(), qint64(r.transactionCount()),
                   QVariant()};
    table.addRow(total);
    return table;
}

QList<PurgeReference> PaidInvoicePurge::references()
{
    using A = PurgeReference::Action;
    return {
        {QStringLiteral("invoice"), A::Deleted, QStringLiteral("the claim itself")},
        {QStringLiteral("invoice_line"), A::Deleted, QStringLiteral("fakturarader")},
        {QStringLiteral("ledger_transaction"), A::Deleted,
         QStringLiteral("tillhörande inbetalningar och händelser; unbooked ones block")},
        {QStringLiteral("invoice_note"), A::Deleted, QStringLiteral("the claim's notes")},
        {QStringLiteral("dunning_letter"), A::Deleted,
         QStringLiteral("letters and copies of the claim; the run record stays")},
        {QStringLiteral("payment_plan_claim"), A::BlocksWhileOpen,
         QStringLiteral("blocks while a claim of the plan has a balance; the plan stays")},
        {QStringLiteral("payment_order_claim"), A::BlocksWhileOpen,
         QStringLiteral("blocks while a claim of the application has a balance")},
        {QStringLiteral("agency_transfer_item"), A::BlocksWhileOpen,
         QStringLiteral("blocks while corrections are unreported; the transfer record stays")},
        {QStringLiteral("agency_correction_item"), A::Deleted,
         QStringLiteral("reported corrections; the correction record stays")},
        {QStringLiteral("overpayment"), A::BlocksWhileOpen,
         QStringLiteral("blocks while open or unbooked, or moved from a claim that stays")},
        {QStringLiteral("unplaced_payment"), A::BlocksWhileOpen,
         QStringLiteral("a payment placed on the claim; blocks while unbooked")},
        {QStringLiteral("signal_entry"), A::BlocksWhileOpen, QStringLiteral("blocks while unseen")},
        {QStringLiteral("carried_difference"), A::BlocksWhileOpen,
         QStringLiteral("blocks while not transferred to the next invoice")},
        {QStringLiteral("replacement_invoice"), A::Deleted,
         QStringLiteral("replacement invoices sent for the claim (and their texts)")},
        {QStringLiteral("replacement_invoice_text"), A::Deleted,
         QStringLiteral("the texts of those replacement invoices")},
        {QStringLiteral("customer_note"), A::Kept,
         QStringLiteral("refers to the customer, who is kept")},
    };
}

} // namespace rsk
