#include "ledger/batchstore.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace rsk {

qint64 BatchStore::create(const QString &company, const QString &description,
                          const QString &auditSummary)
{
    const qint64 id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO batch (kind, company, description, status, created_by, "
                       "created_at) VALUES (?, ?, ?, 'open', ?, ?) RETURNING id"),
        {m_kind, company, description, m_db.user(), m_db.nowStamp()});
    AuditLog(m_db).recordInsert(QStringLiteral("batch"), QString::number(id), auditSummary);
    return id;
}

void BatchStore::requireOpen(qint64 batchId, const QString &missing, const QString &approved)
{
    const QVariant status = m_db.scalar(
        QStringLiteral("SELECT status FROM batch WHERE id = ? AND kind = ?"), {batchId, m_kind});
    if (!status.isValid())
        throw LedgerError::notFound(missing);
    if (status.toString() != QLatin1String("open"))
        throw LedgerError::refused(approved);
}

int BatchStore::appendLine(qint64 batchId, const QString &payload)
{
    const int lineNo = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(line_no), 0) + 1 FROM "
                                                  "batch_line WHERE batch_id = ?"),
                                   {batchId})
                           .toInt();
    m_db.run(QStringLiteral("INSERT INTO batch_line (batch_id, line_no, payload, created_by, "
                            "created_at) VALUES (?, ?, ?, ?, ?)"),
             {batchId, lineNo, payload, m_db.user(), m_db.nowStamp()});
    return lineNo;
}

std::optional<QString> BatchStore::linePayload(qint64 batchId, int lineNo)
{
    const QVariant payload = m_db.scalar(
        QStringLiteral("SELECT payload FROM batch_line WHERE batch_id = ? AND line_no = ?"),
        {batchId, lineNo});
    if (!payload.isValid())
        return std::nullopt;
    return payload.toString();
}

void BatchStore::replaceLine(qint64 batchId, int lineNo, const QString &payload)
{
    m_db.run(QStringLiteral("UPDATE batch_line SET payload = ? WHERE batch_id = ? AND line_no = ?"),
             {payload, batchId, lineNo});
}

bool BatchStore::removeLine(qint64 batchId, int lineNo)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("DELETE FROM batch_line WHERE batch_id = ? AND line_no = ?"),
        {batchId, lineNo});
    return q.numRowsAffected() == 1;
}

} // namespace rsk
