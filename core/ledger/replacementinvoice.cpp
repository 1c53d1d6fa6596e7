#include "ledger/replacementinvoice.h"

#include "audit/auditlog.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplacementInvoices)
};

QString when(const QString &stamp)
{
    const QDateTime t = QDateTime::fromString(stamp, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stamp;
}

QString rowKey(const Invoice &c)
{
    return c.company + QLatin1Char('/') + c.invoiceNumber;
}

} // namespace

ReplacementInvoiceDraft ReplacementInvoices::prepare(const QString &company,
                                                     const QString &invoiceNumber)
{
    const QString companyKey = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    const QString numberKey =
        InvoiceRepository::normalizeInvoiceNumber(invoiceNumber).value_or(invoiceNumber);
    m_db.access().requireCompany(companyKey);
    ReplacementInvoiceDraft draft;
    draft.claim = InvoiceRepository(m_db).require(
        companyKey, numberKey, InvoiceRepository::Detail::WithLinesAndTransactions);

    // The texts printed on the latest replacement invoice, by transaction.
    QHash<qint64, QString> printed;
    QSqlQuery last = m_db.run(
        QStringLiteral("SELECT id, created_by, created_at FROM replacement_invoice WHERE "
                       "invoice_id = ? ORDER BY id DESC"),
        {draft.claim.id});
    qint64 lastId = 0;
    while (last.next()) {
        if (draft.issuedBefore++ == 0) {
            lastId = last.value(0).toLongLong();
            draft.lastIssuedBy = last.value(1).toString();
            draft.lastIssuedAt = last.value(2).toString();
        }
    }
    if (lastId > 0) {
        QSqlQuery texts = m_db.run(QStringLiteral("SELECT transaction_id, text FROM "
                                                  "replacement_invoice_text WHERE "
                                                  "replacement_id = ?"),
                                   {lastId});
        while (texts.next())
            printed.insert(texts.value(0).toLongLong(), texts.value(1).toString());
    }

    const QHash<QString, QString> methodTexts = [this] {
        QHash<QString, QString> texts;
        for (const PaymentMethod &m : ReferenceData(m_db).paymentMethods())
            texts.insert(m.code, m.text);
        return texts;
    }();
    // Transactions that changed no amount (text-only methods) are remarks,
    // not payments: nothing to print against them.
    for (const Transaction &t : std::as_const(draft.claim.transactions)) {
        if (t.effect.isZero())
            continue;
        ReplacementPayment p;
        p.transactionId = t.id;
        p.method = t.method;
        p.methodText = methodTexts.value(t.method, t.method);
        p.registeredDate = t.registeredDate;
        p.transactionDate = t.transactionDate;
        p.effect = t.effect;
        p.remark = t.remark;
        p.text = printed.contains(t.id) ? printed.value(t.id) : t.remark;
        draft.payments << p;
    }
    return draft;
}

ReplacementInvoice ReplacementInvoices::make(const QString &company,
                                             const QString &invoiceNumber,
                                             const ReplacementInvoiceOptions &options)
{
    const ReplacementInvoiceDraft draft = prepare(company, invoiceNumber);
    const Invoice &c = draft.claim;
    // Sending an invoice is a clerk's act on the claim: refused before the
    // printing, not after it.
    m_db.access().requireChange(c.company);
    // handbook 6.3 "Ny handläggare ... kan anges med maximalt 30 tecken".
    const QString handler = options.newHandler.trimmed();
    if (handler.size() > limits::Handler)
        throw LedgerError::refused(Tr::tr("Ny handläggare är %1 tecken, högst %2 är tillåtet.")
                                       .arg(handler.size())
                                       .arg(limits::Handler));
    // "... fakturan med beloppet för det som återstår att betala".
    if (!c.balance.isPositive())
        throw LedgerError::refused(
            Tr::tr("Faktura %1 har inget kvar att betala (saldo %2); en ersättningsfaktura "
                   "skrivs för det som återstår.")
                .arg(c.invoiceNumber, c.balance.toString()));

    ReplacementInvoice r;
    r.invoiceId = c.id;
    r.version = c.version;
    r.sender = ReferenceData(m_db).company(c.company).value_or(Company{});
    r.company = c.company;
    r.routine = c.routine;
    r.invoiceNumber = c.invoiceNumber;
    r.customerNumber = c.customerNumber;
    r.ocr = c.ocr;
    r.today = m_db.today();
    r.originalDate = c.invoiceDate;
    r.invoiceDate = options.originalDate ? c.invoiceDate : r.today;
    r.dueDate = c.dueDate;
    r.handler = handler.isEmpty() ? c.handler : handler;
    r.description = c.description;
    r.debtorName = c.name;
    r.debtorName2 = c.name2;
    r.co = c.co;
    r.address = c.address;
    r.postalCode = c.postalCode;
    r.city = c.city;
    r.country = CountryNames(m_db).printed(c.country);
    r.addressWithheld = c.customerId > 0 && ProtectedIdentity(m_db).customer(c.customerId);
    r.lines = c.lines;
    r.amount = c.amount;
    r.toPay = c.balance;
    for (const ReplacementPayment &p : draft.payments) {
        const QString text =
            (options.texts.contains(p.transactionId) ? options.texts.value(p.transactionId)
                                                     : p.text)
                .trimmed();
        if (text.size() > limits::Remark)
            throw LedgerError::refused(
                Tr::tr("Texten till %1 %2 (%3) är %4 tecken, högst %5 är tillåtet.")
                    .arg(p.methodText, p.registeredDate.toString(Qt::ISODate),
                         p.effect.toString())
                    .arg(text.size())
                    .arg(limits::Remark));
        r.rows << ReplacementInvoice::Row{p.transactionId, text, p.effect};
    }
    if (c.dueDate.isValid() && c.dueDate < r.today)
        r.warnings << Tr::tr("Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, "
                             "ändra den först på kundfakturan (F5).")
                          .arg(c.dueDate.toString(Qt::ISODate));
    return r;
}

qint64 ReplacementInvoices::record(const ReplacementInvoice &invoice)
{
    m_db.access().requireChange(invoice.company);
    UnitOfWork work(m_db);
    const auto now = InvoiceRepository(m_db).findById(invoice.invoiceId,
                                                      InvoiceRepository::Detail::Header);
    if (!now)
        throw LedgerError::notFound(Tr::tr("Faktura %1 finns inte längre i företag %2.")
                                        .arg(invoice.invoiceNumber, invoice.company));
    if (now->version != invoice.version)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 har ändrats av %2 %3 sedan ersättningsfakturan togs fram. Ta "
                   "fram den igen.")
                .arg(now->invoiceNumber, now->changedBy, when(now->changedAt)));
    const qint64 id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO replacement_invoice (invoice_id, invoice_date, due_date, "
                       "to_pay_ore, handler, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {invoice.invoiceId, dateArg(invoice.invoiceDate), dateArg(invoice.dueDate),
         invoice.toPay.ore(), invoice.handler, m_db.user(), m_db.nowStamp()});
    QSqlQuery text = m_db.prepare(
        QStringLiteral("INSERT INTO replacement_invoice_text (replacement_id, transaction_id, "
                       "text, amount_ore) VALUES (?, ?, ?, ?)"));
    for (const ReplacementInvoice::Row &row : invoice.rows)
        m_db.exec(text, {id, row.transactionId, row.text, row.amount.ore()});
    AuditLog(m_db).recordInsert(
        QStringLiteral("replacement_invoice"), rowKey(*now),
        Tr::tr("Ersättningsfaktura daterad %1, förfallodag %2, att betala %3")
            .arg(invoice.invoiceDate.toString(Qt::ISODate),
                 invoice.dueDate.toString(Qt::ISODate), invoice.toPay.toString()),
        Tr::tr("ersättningsfaktura"));
    work.commit();
    return id;
}

} // namespace rsk
