#pragma once

#include "storage/dialect.h"

#include <QString>

namespace rsk {

// What a backup file holds, or what backup/restore did.
struct BackupFacts
{
    QString file;          // the backup file
    QString ledger;        // the ledger: file path, or database@host
    Engine engine = Engine::SQLite;
    int schemaVersion = 0; // of the ledger in the backup
    qint64 bytes = 0;      // size of the backup file
    bool replaced = false; // restore: an existing ledger was replaced
    qint64 invoices = -1;  // restore: claims in the restored ledger (-1: not counted)
};

// Backup and restore of a whole ledger (issue 7 item 8).
//
// SQLite: the backup is VACUUM INTO on a connection of its own: one
// consistent snapshot of the last committed state, taken while others keep
// working (WAL: a writer in the middle of a transaction neither blocks it nor
// ends up in it). The copy is written next to the target under a temporary
// name, synced, and renamed into place, so a file of the target's name is
// always complete. Restore works the same way round: the backup is checked
// (a Reskontra ledger, a schema version this program knows, quick_check), the
// old ledger's WAL is checkpointed and its stale -wal/-shm removed, and the
// new file is renamed over the old one: the ledger is the old one or the
// restored one, never a mixture.
//
// PostgreSQL: pg_dump -Fc into a temporary file, renamed into place; restore
// turns the archive into SQL with pg_restore (--clean --if-exists --no-owner)
// and runs it with psql in one transaction after dropping the ledger's
// tables, so that a failure leaves the database as it was. Passwords go to
// the tools through PGPASSWORD, never on their command lines; a tool's own
// message is passed on when it fails.
class LedgerBackup
{
public:
    // `location` as Database::open takes it; `user` stamps the audit entry a
    // restore writes into the restored ledger.
    explicit LedgerBackup(const QString &location, const QString &user = QString());

    Engine engine() const { return m_engine; }

    // Writes a consistent copy of the ledger to `file`. Refuses an existing
    // file unless `overwrite`, and a location that holds no ledger.
    BackupFacts backup(const QString &file, bool overwrite) const;

    // What `file` holds. Throws LedgerError(Refused) unless it is a backup of
    // a Reskontra ledger for this engine with a schema version this program
    // knows (an older one is migrated when the restored ledger is opened).
    BackupFacts inspect(const QString &file) const;

    // Whether the location already holds something a restore would replace:
    // SQLite a file of that name, PostgreSQL any table in the database.
    bool targetExists() const;

    // Replaces the ledger by the backup in `file`, all or nothing (see
    // above). Refuses an existing ledger unless `overwrite`, and one that is
    // open elsewhere. Opens the restored ledger once (older schemas are
    // migrated), records the restore in its audit log and counts its claims.
    BackupFacts restore(const QString &file, bool overwrite) const;

private:
    BackupFacts backupSqlite(const QString &file) const;
    BackupFacts backupPostgres(const QString &file) const;
    BackupFacts inspectSqlite(const QString &file) const;
    BackupFacts inspectPostgres(const QString &file) const;
    void restoreSqlite(const QString &file) const;
    void restorePostgres(const QString &file) const;
    bool postgresHasTables() const;
    void finishRestore(BackupFacts &facts) const;
    QString displayName() const;

    QString m_location;
    QString m_user;
    Engine m_engine;
};

} // namespace rsk
