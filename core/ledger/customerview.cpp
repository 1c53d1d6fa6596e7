#include "ledger/customerview.h"

#include "audit/auditlog.h"
#include "interest/interestservice.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerView)
};

const char kCustomerColumns[] =
    "id, company, customer_number, id_number, id_kind, name, name2, co, address, postal_code, "
    "city, country, protected_identity, reminder_stop, collection_stop, changed_by, changed_at";

CustomerDetails customerFrom(const QSqlQuery &q)
{
    CustomerDetails c;
    int i = 0;
    auto text = [&q, &i] { return q.value(i++).toString(); };
    c.id = q.value(i++).toLongLong();
    c.company = text();
    c.customerNumber = text();
    c.idNumber = text();
    c.idKind = text();
    c.name = text();
    c.name2 = text();
    c.co = text();
    c.address = text();
    c.postalCode = text();
    c.city = text();
    c.country = text();
    c.protectedIdentity = q.value(i++).toBool();
    c.reminderStop = q.value(i++).toBool();
    c.collectionStop = q.value(i++).toBool();
    c.changedBy = text();
    c.changedAt = text();
    return c;
}

QString rowKey(const CustomerDetails &c)
{
    return c.company + QLatin1Char('/') + c.customerNumber;
}

// Where a claim is in the dunning flow, the furthest step first.
QString status(const QSqlQuery &q, int first, Money balance, const QDate &due,
               const QDate &today)
{
    // first: final_paid, reminder1, reminder2, collection, residual, threat,
    // payment_order, payment_plan, agency_transfer
    auto set = [&q, first](int k) { return !q.value(first + k).isNull()
                                           && toDate(q.value(first + k)).isValid(); };
    if (balance.isZero())
        return set(0) ? Tr::tr("Slutbetald") : Tr::tr("Saldo 0");
    if (balance.isNegative())
        return Tr::tr("Tillgodo");
    if (set(8))
        return Tr::tr("Inkassoombud");
    if (set(7))
        return Tr::tr("Amorteringsplan");
    if (set(6))
        return Tr::tr("Betalningsföreläggande");
    if (set(5))
        return Tr::tr("Hot om BF");
    if (set(4))
        return Tr::tr("Restkrav");
    if (set(3))
        return Tr::tr("Inkassokrav");
    if (set(2))
        return Tr::tr("Påminnelse 2");
    if (set(1))
        return Tr::tr("Påminnelse 1");
    return due < today ? Tr::tr("Förfallen") : Tr::tr("Ej förfallen");
}

QString fieldName(const QString &column)
{
    if (column == QLatin1String("co"))
        return Tr::tr("c/o");
    if (column == QLatin1String("address"))
        return Tr::tr("adress");
    if (column == QLatin1String("postal_code"))
        return Tr::tr("postnummer");
    if (column == QLatin1String("city"))
        return Tr::tr("ort");
    return Tr::tr("land");
}

} // namespace

QString CustomerView::addressLine(const QString &co, const QString &address,
                                  const QString &postalCode, const QString &city,
                                  const QString &country)
{
    QStringList parts;
    if (!co.trimmed().isEmpty())
        parts << Tr::tr("c/o %1").arg(co.trimmed());
    if (!address.trimmed().isEmpty())
        parts << address.trimmed();
    const QString place = (postalCode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
    if (!place.isEmpty())
        parts << place;
    if (!country.trimmed().isEmpty())
        parts << country.trimmed();
    return parts.join(QStringLiteral(", "));
}

std::optional<CustomerDetails> CustomerView::find(const QString &company,
                                                  const QString &customerNumber)
{
    const auto companyKey = ReferenceData::normalizeCompanyNumber(company);
    if (!companyKey)
        return std::nullopt;
    m_db.access().requireCompany(*companyKey);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM customer WHERE company = ? AND "
                                          "customer_number = ?")
                               .arg(QLatin1String(kCustomerColumns)),
                           {*companyKey, customerNumber.trimmed()});
    if (!q.next())
        return std::nullopt;
    return customerFrom(q);
}

CustomerDetails CustomerView::require(const QString &company, const QString &customerNumber)
{
    if (auto c = find(company, customerNumber))
        return *c;
    throw LedgerError::notFound(Tr::tr("Kund %1 finns inte i företag %2.")
                                    .arg(customerNumber.trimmed(), company.trimmed()));
}

QList<AddressRecord> CustomerView::addressHistory(const CustomerDetails &customer)
{
    QList<AddressRecord> out;
    // DOMAIN.md "People and trust": a protected identity has no address to show.
    if (customer.protectedIdentity)
        return out;
    // The receiver copies on the claims, one line per distinct address.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT co, address, postal_code, city, country, MIN(invoice_date), "
                       "MAX(invoice_date), COUNT(*), MAX(invoice_number) FROM invoice WHERE "
                       "customer_id = ? GROUP BY co, address, postal_code, city, country "
                       "ORDER BY MAX(invoice_date) DESC, MAX(invoice_number) DESC"),
        {customer.id});
    while (q.next()) {
        AddressRecord r;
        r.source = AddressRecord::Source::Claims;
        r.address = addressLine(q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString());
        r.from = toDate(q.value(5));
        r.to = toDate(q.value(6));
        const int count = q.value(7).toInt();
        r.detail = count == 1 ? Tr::tr("1 faktura, %1").arg(q.value(8).toString())
                              : Tr::tr("%1 fakturor, senast %2").arg(count).arg(q.value(8).toString());
        out.append(r);
    }
    // Changes of an address field on one of the claims (change mode) or on
    // the customer, as the audit log holds them.
    QSqlQuery changes = m_db.run(
        QStringLiteral(
            "SELECT a.at, a.user_name, a.table_name, a.row_key, a.field, a.old_value, "
            "a.new_value FROM audit_log a WHERE a.field IN ('co', 'address', 'postal_code', "
            "'city', 'country') AND ((a.table_name = 'customer' AND a.row_key = ?) OR "
            "(a.table_name = 'invoice' AND a.row_key IN (SELECT company || '/' || "
            "invoice_number FROM invoice WHERE customer_id = ?))) ORDER BY a.at DESC, a.id DESC"),
        {rowKey(customer), customer.id});
    while (changes.next()) {
        AddressRecord r;
        r.source = AddressRecord::Source::Change;
        const QDateTime at = QDateTime::fromString(changes.value(0).toString(), Qt::ISODate);
        r.from = r.to = at.isValid() ? at.toLocalTime().date() : toDate(changes.value(0));
        const QString field = fieldName(changes.value(4).toString());
        const QString oldValue = changes.value(5).toString();
        r.address = Tr::tr("%1: %2 → %3")
                        .arg(field, oldValue.isEmpty() ? Tr::tr("(tomt)") : oldValue,
                             changes.value(6).toString());
        const QString key = changes.value(3).toString();
        const QString where = changes.value(2).toString() == QLatin1String("invoice")
                                  ? Tr::tr("faktura %1").arg(key.section(QLatin1Char('/'), 1))
                                  : Tr::tr("kundregistret");
        r.detail = Tr::tr("ändrad på %1 av %2").arg(where, changes.value(1).toString());
        out.append(r);
    }
    return out;
}

CustomerBalance CustomerView::balance(const CustomerDetails &customer, const QDate &today)
{
    CustomerBalance b;
    // part 0 not due, 1 overdue, 2 reminded, 3 collection demand sent.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT CASE WHEN due_date >= ? THEN 0 WHEN collection_date IS NOT NULL "
                       "THEN 3 WHEN reminder1_date IS NOT NULL OR reminder2_date IS NOT NULL "
                       "THEN 2 ELSE 1 END AS part, COUNT(*), SUM(balance_ore), "
                       "SUM(reminder_fee_open_ore + collection_fee_open_ore), "
                       "SUM(interest_open_ore) FROM invoice WHERE customer_id = ? AND "
                       "balance_ore > 0 GROUP BY part"),
        {dateArg(today), customer.id});
    while (q.next()) {
        const int part = q.value(0).toInt();
        const int count = q.value(1).toInt();
        const Money amount = Money::fromOre(q.value(2).toLongLong());
        b.feesOpen += Money::fromOre(q.value(3).toLongLong());
        b.interestOpen += Money::fromOre(q.value(4).toLongLong());
        if (part == 0) {
            b.notDueCount += count;
            b.notDue += amount;
            continue;
        }
        b.overdueCount += count;
        b.overdue += amount;
        if (part == 2) {
            b.remindedCount += count;
            b.reminded += amount;
        } else if (part == 3) {
            b.collectionCount += count;
            b.collection += amount;
        }
    }
    QSqlQuery credit = m_db.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(balance_ore), 0) "
                                               "FROM invoice WHERE customer_id = ? AND "
                                               "balance_ore < 0"),
                                {customer.id});
    if (credit.next()) {
        b.creditCount = credit.value(0).toInt();
        b.credit = Money::fromOre(credit.value(1).toLongLong());
    }
    QSqlQuery over = m_db.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(o.amount_ore), 0) "
                                             "FROM overpayment o JOIN invoice i ON i.id = "
                                             "o.invoice_id WHERE i.customer_id = ? AND "
                                             "o.status = 'open'"),
                              {customer.id});
    if (over.next()) {
        b.overpaymentCount = over.value(0).toInt();
        b.overpayments = Money::fromOre(over.value(1).toLongLong());
    }

    // Accrued interest on the overdue claims (interest invoices bear none):
    // per claim to today, less what is already debited.
    QSet<QString> interestRoutines;
    ReferenceData ref(m_db);
    for (const Routine &r : ref.routines())
        if (!r.interestOf.isEmpty())
            interestRoutines.insert(r.code);
    QList<qint64> overdue;
    QSqlQuery ids = m_db.run(QStringLiteral("SELECT id, routine FROM invoice WHERE customer_id "
                                            "= ? AND balance_ore > 0 AND due_date < ?"),
                             {customer.id, dateArg(today)});
    while (ids.next())
        if (!interestRoutines.contains(ids.value(1).toString()))
            overdue << ids.value(0).toLongLong();
    if (overdue.isEmpty())
        return b;
    try {
        InterestService service(m_db);
        const InterestCalculator calculator = service.calculator();
        InvoiceRepository repo(m_db);
        QStringList notes;
        for (qint64 id : overdue) {
            const auto claim = repo.findById(id, InvoiceRepository::Detail::Header);
            if (!claim)
                continue;
            const InterestResult r = calculator.compute(service.claimTimeline(*claim), today);
            const Money notDebited = r.interest - claim->interestDebited;
            if (notDebited.isPositive())
                b.interestAccrued += notDebited;
            if (!r.note.isEmpty() && !notes.contains(r.note))
                notes << r.note;
        }
        b.interestNote = notes.join(QStringLiteral("; "));
    } catch (const LedgerError &e) {
        b.interestAccrued = Money();
        b.interestComputed = false;
        b.interestNote = Tr::tr("Räntan kunde inte beräknas: %1").arg(e.message());
    }
    return b;
}

ReportTable CustomerView::claims(const CustomerDetails &customer, bool openOnly)
{
    using K = ReportColumn::Kind;
    ReportLayout layout;
    layout.title = Tr::tr("Fakturor för kund %1 %2").arg(customer.customerNumber, customer.name);
    layout.selection << (openOnly ? Tr::tr("Endast öppna poster") : Tr::tr("Alla poster"));
    layout.columns = {{QStringLiteral("invoice"), Tr::tr("Fakturanr"), K::Text, 9},
                      {QStringLiteral("invoiceDate"), Tr::tr("Fakturadatum"), K::Date},
                      {QStringLiteral("dueDate"), Tr::tr("Förfallodatum"), K::Date},
                      {QStringLiteral("amount"), Tr::tr("Fakturabelopp"), K::Money},
                      {QStringLiteral("balance"), Tr::tr("Saldo"), K::Money},
                      {QStringLiteral("feesInterest"), Tr::tr("Avgifter/ränta"), K::Money},
                      {QStringLiteral("overpaid"), Tr::tr("Överbetalt"), K::Money},
                      {QStringLiteral("type"), Tr::tr("Typ"), K::Text, 3},
                      {QStringLiteral("status"), Tr::tr("Status"), K::Text, 18},
                      {QStringLiteral("code"), Tr::tr("Kravkod"), K::Text, 3}};
    ReportTable table(layout);
    const QDate today = m_db.today();
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT i.invoice_number, i.invoice_date, i.due_date, i.amount_ore, i.balance_ore, "
            "i.reminder_fee_open_ore + i.collection_fee_open_ore + i.interest_open_ore, "
            "(SELECT COALESCE(SUM(o.amount_ore), 0) FROM overpayment o WHERE o.invoice_id = i.id "
            "AND o.status = 'open'), COALESCE(r.interest_of, ''), i.dunning_code, "
            "i.final_paid_date, i.reminder1_date, i.reminder2_date, i.collection_date, "
            "i.residual_date, i.threat_date, i.payment_order_date, i.payment_plan_date, "
            "i.agency_transfer_date FROM invoice i LEFT JOIN routine r ON r.code = i.routine "
            "WHERE i.customer_id = ?%1 ORDER BY i.invoice_date DESC, i.invoice_number DESC")
            .arg(openOnly ? QStringLiteral(" AND i.balance_ore <> 0") : QString()),
        {customer.id});
    while (q.next()) {
        const Money amount = Money::fromOre(q.value(3).toLongLong());
        const Money balance = Money::fromOre(q.value(4).toLongLong());
        const QDate due = toDate(q.value(2));
        const QString type = !q.value(7).toString().isEmpty() ? QStringLiteral("R")
                             : amount.isNegative()            ? QStringLiteral("K")
                                                              : QStringLiteral("F");
        const int code = q.value(8).toInt();
        ReportRow row;
        row.cells = {q.value(0).toString(),   toDate(q.value(1)), due,
                     amount.ore(),            balance.ore(),      q.value(5).toLongLong(),
                     q.value(6).toLongLong(), type,               status(q, 9, balance, due, today),
                     code > 0 ? QString::number(code) : QString()};
        table.addRow(row);
    }
    return table;
}

QList<CustomerNote> CustomerView::notes(const CustomerDetails &customer)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, text, created_by, created_at FROM "
                                          "customer_note WHERE customer_id = ? ORDER BY id"),
                           {customer.id});
    QList<CustomerNote> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

CustomerNote CustomerView::addNote(const CustomerDetails &customer, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw LedgerError::refused(Tr::tr("Noteringen är tom."));
    if (t.size() > MaxNoteText)
        throw LedgerError::refused(Tr::tr("Noteringen är %1 tecken, högst %2 är tillåtet.")
                                       .arg(t.size())
                                       .arg(MaxNoteText));
    UnitOfWork work(m_db);
    const CustomerDetails c = require(customer.company, customer.customerNumber);
    CustomerNote note{0, t, m_db.user(), m_db.nowStamp()};
    note.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO customer_note (customer_id, text, created_by, created_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {c.id, note.text, note.createdBy, note.createdAt});
    AuditLog(m_db).recordInsert(QStringLiteral("customer_note"), rowKey(c), note.text,
                                Tr::tr("notering på kund"));
    work.commit();
    return note;
}

CustomerDetails CustomerView::setDunningStop(const CustomerDetails &customer, bool reminderStop,
                                             bool collectionStop)
{
    UnitOfWork work(m_db);
    const CustomerDetails before = require(customer.company, customer.customerNumber);
    if (before.reminderStop == reminderStop && before.collectionStop == collectionStop) {
        work.commit();
        return before;
    }
    m_db.run(QStringLiteral("UPDATE customer SET reminder_stop = ?, collection_stop = ?, "
                            "changed_by = ?, changed_at = ? WHERE id = ?"),
             {int(reminderStop), int(collectionStop), m_db.user(), m_db.nowStamp(), before.id});
    AuditLog audit(m_db);
    const QString context = Tr::tr("kravstopp kundnivå");
    if (before.reminderStop != reminderStop)
        audit.recordChange(QStringLiteral("customer"), rowKey(before),
                           QStringLiteral("reminder_stop"), int(before.reminderStop),
                           int(reminderStop), context);
    if (before.collectionStop != collectionStop)
        audit.recordChange(QStringLiteral("customer"), rowKey(before),
                           QStringLiteral("collection_stop"), int(before.collectionStop),
                           int(collectionStop), context);
    const CustomerDetails after = require(before.company, before.customerNumber);
    work.commit();
    return after;
}

} // namespace rsk
