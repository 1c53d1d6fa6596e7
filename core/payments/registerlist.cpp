#include "payments/registerlist.h"

#include "audit/auditlog.h"
#include "ledger/types.h"
#include "storage/database.h"

namespace rsk {

QSqlQuery RegisterList::selectList(const QString &company, bool all) const
{
    return m_db.run(QStringLiteral("SELECT %1 WHERE (? = '' OR %2.company = ?) "
                                   "AND (? = 1 OR %2.status = 'open') "
                                   "ORDER BY %2.payment_date, %2.id")
                        .arg(m_selectFrom, m_alias),
                    {company, company, int(all)});
}

QSqlQuery RegisterList::selectOne(qint64 id) const
{
    return m_db.run(QStringLiteral("SELECT %1 WHERE %2.id = ?").arg(m_selectFrom, m_alias), {id});
}

int RegisterList::openCount(const QString &company) const
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE status = 'open' "
                               "AND (? = '' OR company = ?)")
                    .arg(m_table),
                {company, company})
        .toInt();
}

void RegisterList::resolve(qint64 id, const QString &status, const QStringList &columns,
                           const QVariantList &values, const QString &stamp,
                           const QString &auditNote, const QString &conflictMessage) const
{
    QString set = QStringLiteral("status = ?");
    for (const QString &column : columns)
        set += QStringLiteral(", %1 = ?").arg(column);
    QVariantList args{status};
    args << values << m_db.user() << stamp << id;
    QSqlQuery mark = m_db.run(QStringLiteral("UPDATE %1 SET %2, resolved_by = ?, resolved_at = ? "
                                             "WHERE id = ? AND status = 'open'")
                                  .arg(m_table, set),
                              args);
    if (mark.numRowsAffected() != 1)
        throw LedgerError::conflict(conflictMessage);
    AuditLog(m_db).recordChange(m_table, QString::number(id), QStringLiteral("status"),
                                QStringLiteral("open"), status, auditNote);
}

QString RegisterList::postingSource(qint64 importFileId) const
{
    const QString kind = m_db.scalar(QStringLiteral("SELECT kind FROM import_file WHERE id = ?"),
                                     {importFileId})
                             .toString();
    return kind.isEmpty() ? QStringLiteral("manual") : kind;
}

void RegisterList::linkToImportFile(qint64 transactionId, qint64 importFileId) const
{
    if (importFileId > 0)
        m_db.run(QStringLiteral("UPDATE ledger_transaction SET import_file_id = ? WHERE id = ?"),
                 {importFileId, transactionId});
}

qint64 RegisterList::addOverpayment(const QString &company, const Invoice &claim,
                                    qint64 importFileId, const QDate &paymentDate, Money amount,
                                    const QString &method, qint64 transactionId,
                                    const QString &note, const QString &stamp) const
{
    const qint64 id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO overpayment (company, invoice_id, import_file_id, "
                       "payment_date, amount_ore, method, transaction_id, note, created_by, "
                       "created_at) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {company, claim.id, importFileId > 0 ? QVariant(importFileId) : QVariant(),
         dateArg(paymentDate), amount.ore(), method, transactionId, note, m_db.user(), stamp});
    AuditLog(m_db).recordInsert(
        QStringLiteral("overpayment"), QString::number(id),
        QStringLiteral("%1/%2 %3").arg(company, claim.invoiceNumber, amount.toString()));
    return id;
}

void RegisterList::signalIfWatched(const Invoice &claim, qint64 transactionId, Money amount,
                                   const QString &stamp) const
{
    if (!claim.watchText.trimmed().isEmpty())
        m_db.run(QStringLiteral("INSERT INTO signal_entry (invoice_id, transaction_id, "
                                "watch_text, amount_ore, created_at) VALUES (?,?,?,?,?)"),
                 {claim.id, transactionId, claim.watchText, amount.ore(), stamp});
}

} // namespace rsk
