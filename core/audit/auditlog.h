#pragma once

#include <QString>
#include <QVariantMap>

namespace rsk {

class Database;

// Writes who changed what, when, with old and new values (DOMAIN.md "People
// and trust"). Always called inside the caller's unit of work, so the audit
// row and the change are committed or rolled back together.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    void recordInsert(const QString &table, const QString &rowKey, const QString &summary,
                      const QString &context = {});
    void recordDelete(const QString &table, const QString &rowKey, const QString &summary,
                      const QString &context = {});
    void recordChange(const QString &table, const QString &rowKey, const QString &field,
                      const QVariant &oldValue, const QVariant &newValue,
                      const QString &context = {});
    // One row per field whose value differs between before and after.
    int recordDiff(const QString &table, const QString &rowKey, const QVariantMap &before,
                   const QVariantMap &after, const QString &context = {});

    struct Entry
    {
        QString at;
        QString user;
        QString action;
        QString field;
        QString oldValue;
        QString newValue;
        QString context;
    };
    QList<Entry> entriesFor(const QString &table, const QString &rowKey);

private:
    void write(const QString &action, const QString &table, const QString &rowKey,
               const QString &field, const QVariant &oldValue, const QVariant &newValue,
               const QString &context);
    Database &m_db;
};

} // namespace rsk
