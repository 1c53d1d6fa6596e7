#include "audit/auditlog.h"

#include "storage/database.h"

namespace rsk {

namespace {
QVariant text(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toString());
}
} // namespace

void AuditLog::write(const QString &action, const QString &table, const QString &rowKey,
                     const QString &field, const QVariant &oldValue, const QVariant &newValue,
                     const QString &context)
{
    // Every change is audited, so this is where the read role (läsbehörighet)
    // is refused whatever it tries to change (core/users/access.h); the
    // caller's unit of work then rolls the change back.
    m_db.access().requireRole(Role::Clerk);
    m_db.run(QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_key, "
                            "field, old_value, new_value, context) VALUES (?,?,?,?,?,?,?,?,?)"),
             {m_db.nowStamp(), m_db.user(), action, table, rowKey, field, text(oldValue),
              text(newValue), context});
}

void AuditLog::recordInsert(const QString &table, const QString &rowKey, const QString &summary,
                            const QString &context)
{
    write(QStringLiteral("insert"), table, rowKey, QString(), QVariant(), summary, context);
}

void AuditLog::recordDelete(const QString &table, const QString &rowKey, const QString &summary,
                            const QString &context)
{
    write(QStringLiteral("delete"), table, rowKey, QString(), summary, QVariant(), context);
}

void AuditLog::recordChange(const QString &table, const QString &rowKey, const QString &field,
                            const QVariant &oldValue, const QVariant &newValue,
                            const QString &context)
{
    write(QStringLiteral("update"), table, rowKey, field, oldValue, newValue, context);
}

int AuditLog::recordDiff(const QString &table, const QString &rowKey, const QVariantMap &before,
                         const QVariantMap &after, const QString &context)
{
    int written = 0;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() == it.value().isNull() && old.toString() == it.value().toString())
            continue;
        recordChange(table, rowKey, it.key(), old, it.value(), context);
        ++written;
    }
    return written;
}

QList<AuditLog::Entry> AuditLog::entriesFor(const QString &table, const QString &rowKey)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT at, user_name, action, field, old_value, "
                                          "new_value, context FROM audit_log WHERE table_name = ? "
                                          "AND row_key = ? ORDER BY id"),
                           {table, rowKey});
    QList<Entry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()});
    return out;
}

} // namespace rsk
