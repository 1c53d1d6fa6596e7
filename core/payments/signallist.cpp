#include "payments/signallist.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalList)
};
} // namespace

QList<SignalEntry> SignalList::list(const QString &company, bool all)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT s.id, s.invoice_id, i.company, i.invoice_number, i.name, "
                       "s.transaction_id, t.transaction_date, t.method, s.watch_text, "
                       "s.amount_ore, s.created_at, s.seen_by, s.seen_at "
                       "FROM signal_entry s JOIN invoice i ON i.id = s.invoice_id "
                       "LEFT JOIN ledger_transaction t ON t.id = s.transaction_id "
                       "WHERE (? = '' OR i.company = ?) AND (? = 1 OR s.seen_at IS NULL) "
                       "ORDER BY s.id DESC"),
        {company, company, int(all)});
    QList<SignalEntry> out;
    while (q.next()) {
        SignalEntry e;
        int i = 0;
        e.id = q.value(i++).toLongLong();
        e.invoiceId = q.value(i++).toLongLong();
        e.company = q.value(i++).toString();
        e.invoiceNumber = q.value(i++).toString();
        e.name = q.value(i++).toString();
        e.transactionId = q.value(i++).toLongLong();
        e.transactionDate = toDate(q.value(i++));
        e.method = q.value(i++).toString();
        e.watchText = q.value(i++).toString();
        e.amount = Money::fromOre(q.value(i++).toLongLong());
        e.createdAt = q.value(i++).toString();
        e.seenBy = q.value(i++).toString();
        e.seenAt = q.value(i++).toString();
        out.append(e);
    }
    return out;
}

int SignalList::unseenCount(const QString &company)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM signal_entry s JOIN invoice i ON "
                               "i.id = s.invoice_id WHERE s.seen_at IS NULL "
                               "AND (? = '' OR i.company = ?)"),
                {company, company})
        .toInt();
}

void SignalList::markSeen(qint64 id)
{
    UnitOfWork work(m_db);
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM signal_entry WHERE id = ?"), {id}).isValid())
        throw LedgerError::notFound(Tr::tr("Signalrad nr %1 finns inte.").arg(id));
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE signal_entry SET seen_by = ?, seen_at = ? "
                                          "WHERE id = ? AND seen_at IS NULL"),
                           {m_db.user(), m_db.nowStamp(), id});
    if (q.numRowsAffected() == 1)
        AuditLog(m_db).recordChange(QStringLiteral("signal_entry"), QString::number(id),
                                    QStringLiteral("seen_by"), QVariant(), m_db.user());
    work.commit();
}

} // namespace rsk
