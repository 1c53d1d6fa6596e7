#include "ledger/invoicerepository.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)
};

const char *kColumns =
    "id, company, invoice_number, routine, customer_id, customer_number, id_number, id_number2, "
    "name, name2, co, address, postal_code, city, country, invoice_date, due_date, ocr, "
    "register_id, department, handler, description, amount_ore, reminder_fee_ore, "
    "collection_fee_ore, interest_debited_ore, capital_open_ore, reminder_fee_open_ore, "
    "collection_fee_open_ore, interest_open_ore, balance_ore, paid_ore, "
    "reminder_fee_undebited_ore, collection_fee_undebited_ore, interest_undebited_ore, "
    "reminder1_date, reminder2_date, collection_date, residual_date, threat_date, "
    "payment_order_date, payment_plan_date, agency_transfer_date, dunning_code, "
    "dunning_code_until, watch_text, final_paid_date, interest_invoice_number, "
    "interest_invoice_ore, interest_invoice_date, created_by, created_at, changed_by, "
    "changed_at, version";

Money money(const QSqlQuery &q, int i)
{
    return Money::fromOre(q.value(i).toLongLong());
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

std::optional<QString> InvoiceRepository::normalizeInvoiceNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 9)
        return std::nullopt;
    for (QChar c : t)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    return t.rightJustified(9, QLatin1Char('0'));
}

std::optional<Invoice> InvoiceRepository::load(QSqlQuery &q, Detail detail)
{
    if (!q.next())
        return std::nullopt;
    Invoice v;
    int i = 0;
    v.id = q.value(i++).toLongLong();
    v.company = q.value(i++).toString();
    v.invoiceNumber = q.value(i++).toString();
    v.routine = q.value(i++).toString();
    v.customerId = q.value(i++).toLongLong();
    v.customerNumber = q.value(i++).toString();
    v.idNumber = q.value(i++).toString();
    v.idNumber2 = q.value(i++).toString();
    v.name = q.value(i++).toString();
    v.name2 = q.value(i++).toString();
    v.co = q.value(i++).toString();
    v.address = q.value(i++).toString();
    v.postalCode = q.value(i++).toString();
    v.city = q.value(i++).toString();
    v.country = q.value(i++).toString();
    v.invoiceDate = toDate(q.value(i++));
    v.dueDate = toDate(q.value(i++));
    v.ocr = q.value(i++).toString();
    v.registerId = q.value(i++).toString();
    v.department = q.value(i++).toString();
    v.handler = q.value(i++).toString();
    v.description = q.value(i++).toString();
    v.amount = money(q, i++);
    v.reminderFee = money(q, i++);
    v.collectionFee = money(q, i++);
    v.interestDebited = money(q, i++);
    v.capitalOpen = money(q, i++);
    v.reminderFeeOpen = money(q, i++);
    v.collectionFeeOpen = money(q, i++);
    v.interestOpen = money(q, i++);
    v.balance = money(q, i++);
    v.paid = money(q, i++);
    v.reminderFeeUndebited = money(q, i++);
    v.collectionFeeUndebited = money(q, i++);
    v.interestUndebited = money(q, i++);
    v.reminder1Date = toDate(q.value(i++));
    v.reminder2Date = toDate(q.value(i++));
    v.collectionDate = toDate(q.value(i++));
    v.residualDate = toDate(q.value(i++));
    v.threatDate = toDate(q.value(i++));
    v.paymentOrderDate = toDate(q.value(i++));
    v.paymentPlanDate = toDate(q.value(i++));
    v.agencyTransferDate = toDate(q.value(i++));
    v.dunningCode = q.value(i++).toInt();
    v.dunningCodeUntil = toDate(q.value(i++));
    v.watchText = q.value(i++).toString();
    v.finalPaidDate = toDate(q.value(i++));
    v.interestInvoiceNumber = q.value(i++).toString();
    v.interestInvoiceAmount = money(q, i++);
    v.interestInvoiceDate = toDate(q.value(i++));
    v.createdBy = q.value(i++).toString();
    v.createdAt = q.value(i++).toString();
    v.changedBy = q.value(i++).toString();
    v.changedAt = q.value(i++).toString();
    v.version = q.value(i++).toInt();
    if (detail == Detail::WithLinesAndTransactions) {
        v.lines = lines(v.id);
        v.transactions = transactions(v.id);
    }
    return v;
}

std::optional<Invoice> InvoiceRepository::find(const QString &company,
                                               const QString &invoiceNumber, Detail detail)
{
    // A company the acting user may not see has no claims for them
    // (require() says why; core/users/access.h).
    if (!m_db.access().canSee(company))
        return std::nullopt;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM invoice WHERE company = ? AND invoice_number = ?")
            .arg(QLatin1String(kColumns)),
        {company, invoiceNumber});
    return load(q, detail);
}

std::optional<Invoice> InvoiceRepository::findById(qint64 id, Detail detail)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM invoice WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    return load(q, detail);
}

Invoice InvoiceRepository::require(const QString &company, const QString &invoiceNumber,
                                   Detail detail)
{
    m_db.access().requireCompany(company);
    auto inv = find(company, invoiceNumber, detail);
    if (!inv)
        throw LedgerError::notFound(
            Tr::tr("Faktura %1 finns inte i företag %2.").arg(invoiceNumber, company));
    return *inv;
}

bool InvoiceRepository::exists(const QString &company, const QString &invoiceNumber)
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM invoice WHERE company = ? AND invoice_number = ?"),
                {company, invoiceNumber})
        .isValid();
}

QList<Transaction> InvoiceRepository::transactions(qint64 invoiceId)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, transaction_date, registered_date, booked_date, method, "
                       "amount_ore, effect_ore, reminder_fee_part_ore, collection_fee_part_ore, "
                       "interest_part_ore, capital_part_ore, no_interest, remark, account, "
                       "source, created_by, created_at FROM ledger_transaction "
                       "WHERE invoice_id = ? ORDER BY transaction_date, id"),
        {invoiceId});
    QList<Transaction> out;
    while (q.next()) {
        Transaction t;
        t.id = q.value(0).toLongLong();
        t.transactionDate = toDate(q.value(1));
        t.registeredDate = toDate(q.value(2));
        t.bookedDate = toDate(q.value(3));
        t.method = q.value(4).toString();
        t.amount = money(q, 5);
        t.effect = money(q, 6);
        t.reminderFeePart = money(q, 7);
        t.collectionFeePart = money(q, 8);
        t.interestPart = money(q, 9);
        t.capitalPart = money(q, 10);
        t.noInterest = q.value(11).toBool();
        t.remark = q.value(12).toString();
        t.account = q.value(13).toString();
        t.source = q.value(14).toString();
        t.createdBy = q.value(15).toString();
        t.createdAt = q.value(16).toString();
        out.append(t);
    }
    return out;
}

QList<InvoiceLine> InvoiceRepository::lines(qint64 invoiceId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT line_no, text, amount_ore, account FROM "
                                          "invoice_line WHERE invoice_id = ? ORDER BY line_no"),
                           {invoiceId});
    QList<InvoiceLine> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), money(q, 2), q.value(3).toString()});
    return out;
}

QVariantMap InvoiceRepository::stateMap(const Invoice &v)
{
    return {
        {QStringLiteral("capital_open_ore"), v.capitalOpen.ore()},
        {QStringLiteral("reminder_fee_ore"), v.reminderFee.ore()},
        {QStringLiteral("collection_fee_ore"), v.collectionFee.ore()},
        {QStringLiteral("interest_debited_ore"), v.interestDebited.ore()},
        {QStringLiteral("reminder_fee_open_ore"), v.reminderFeeOpen.ore()},
        {QStringLiteral("collection_fee_open_ore"), v.collectionFeeOpen.ore()},
        {QStringLiteral("interest_open_ore"), v.interestOpen.ore()},
        {QStringLiteral("balance_ore"), v.balance.ore()},
        {QStringLiteral("paid_ore"), v.paid.ore()},
        {QStringLiteral("final_paid_date"), dateOrNull(v.finalPaidDate)},
    };
}

} // namespace rsk
