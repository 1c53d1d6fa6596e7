#include "ledger/claimnotes.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimNotes)
};
} // namespace

qint64 ClaimNotes::invoiceId(const QString &company, const QString &invoiceNumber)
{
    m_db.access().requireCompany(company);
    const QVariant id = m_db.scalar(
        QStringLiteral("SELECT id FROM invoice WHERE company = ? AND invoice_number = ?"),
        {company, invoiceNumber});
    if (!id.isValid())
        throw LedgerError::notFound(
            Tr::tr("Faktura %1 finns inte i företag %2.").arg(invoiceNumber, company));
    return id.toLongLong();
}

QList<ClaimNote> ClaimNotes::list(const QString &company, const QString &invoiceNumber)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, text, created_by, created_at FROM "
                                          "invoice_note WHERE invoice_id = ? ORDER BY id"),
                           {invoiceId(company, invoiceNumber)});
    QList<ClaimNote> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

int ClaimNotes::count(qint64 invoiceId)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_note WHERE invoice_id = ?"),
                {invoiceId})
        .toInt();
}

ClaimNote ClaimNotes::add(const QString &company, const QString &invoiceNumber,
                          const QString &text)
{
    m_db.access().requireChange(company);
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw LedgerError::refused(Tr::tr("Anteckningen är tom."));
    if (t.size() > MaxText)
        throw LedgerError::refused(Tr::tr("Anteckningen är %1 tecken, högst %2 är tillåtet.")
                                       .arg(t.size())
                                       .arg(MaxText));
    UnitOfWork work(m_db);
    const qint64 invoice = invoiceId(company, invoiceNumber);
    ClaimNote note{0, t, m_db.user(), m_db.nowStamp()};
    note.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO invoice_note (invoice_id, text, created_by, created_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {invoice, note.text, note.createdBy, note.createdAt});
    AuditLog(m_db).recordInsert(QStringLiteral("invoice_note"),
                                company + QLatin1Char('/') + invoiceNumber, note.text,
                                Tr::tr("anteckning"));
    work.commit();
    return note;
}

} // namespace rsk
