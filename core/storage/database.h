#pragma once

#include "storage/dialect.h"
#include "storage/ledgererror.h"
#include "users/access.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace rsk {

// One open ledger: a SQLite file or a PostgreSQL database. Owns the Qt
// connection, the acting user and "today" (fixed by --today for reproducible
// runs), and the transaction depth used by UnitOfWork.
class Database
{
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // `location`: a file path, or postgresql://user[:pw]@host[:port]/dbname.
    // Runs pending migrations; refuses a ledger newer than this program.
    static std::unique_ptr<Database> open(const QString &location, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const;

    Engine engine() const { return m_dialect.engine(); }
    const SqlDialect &dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    // For the status bar: the file name or the database name.
    QString displayName() const;

    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    // What the acting user may see and change (core/users/access.h). Until a
    // login sets it: an administrator over every company (set-up mode, tests).
    const Access &access() const { return m_access; }
    void setAccess(const Access &access) { m_access = access; }
    QDate today() const;
    void setToday(const QDate &today) { m_today = today; }
    // Timestamp for changed_at/audit: now, in ISO form (UTC).
    QString nowStamp() const;

    // Prepared statements only (ARCHITECTURE.md): prepare once, bind, run.
    // Both throw LedgerError(Storage) with the driver's message on failure.
    QSqlQuery prepare(const QString &sql);
    void exec(QSqlQuery &query, const QVariantList &args = {});
    // Convenience: prepare + exec in one.
    QSqlQuery run(const QString &sql, const QVariantList &args = {});
    // A constant statement from the program itself (pragmas, session settings,
    // migration DDL): PostgreSQL cannot PREPARE those. Never for user input.
    void execConstant(const QString &sql);
    // An INSERT ... RETURNING id: runs it and returns the new row's id.
    qint64 insertReturningId(const QString &sql, const QVariantList &args);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &args = {});

    QSqlDatabase &connection() { return m_db; }

    // Called by UnitOfWork only.
    void beginWork();
    void commitWork();
    void rollbackWork();
    bool inWork() const { return m_depth > 0; }
    // Outermost units of work committed on this connection so far (a RunLock
    // records a run in run_history only when it committed).
    quint64 commitCount() const { return m_commits; }

private:
    Database(Engine engine, const QString &location);
    void connect(OpenMode mode);
    void migrate();

    SqlDialect m_dialect;
    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_user;
    Access m_access = Access::unrestricted();
    QDate m_today;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    quint64 m_commits = 0;
};

// A unit of work (RAII): rolls back unless committed. Nested units join the
// outer one; if an inner one is left without commit, the whole unit is
// rolled back and the outer commit throws (ARCHITECTURE.md "Storage").
class UnitOfWork
{
public:
    explicit UnitOfWork(Database &db);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// Binding helpers: dates as ISO text (NULL when invalid); reading them back
// from either engine.
QVariant dateArg(const QDate &date);
QDate toDate(const QVariant &value);
// A timestamp column (created_at, changed_at) as the ISO text nowStamp()
// wrote, "2026-11-26T14:05:00Z", from either engine (PostgreSQL's TIMESTAMP
// comes back as a QDateTime without the zone); empty for NULL.
QString toStamp(const QVariant &value);

} // namespace rsk
