#pragma once

// Internal to backup.cpp and backuppostgres.cpp: what the SQLite and the
// PostgreSQL halves of LedgerBackup share.

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace rsk::backup {

// A plain Qt connection of its own, without Database's migrations: a backup
// must copy a ledger as it is, and a restore must look into a file before it
// becomes a ledger.
class RawConnection
{
public:
    RawConnection(const QString &driver, const QString &what);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    // Opens the connection; throws LedgerError(Storage) naming `m_what`.
    void open();
    // The first column of the first row; throws LedgerError(Storage).
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    void exec(const QString &sql, const QVariantList &args = {});
    // Runs `sql`; false with the driver's error instead of throwing.
    bool tryExec(const QString &sql, QSqlError *error);

private:
    QString m_name;
    QString m_what;
    QSqlDatabase m_db;
};

// A file being written next to its final name, removed again unless
// committed: "<dir>/.<name>.part-<pid>-<n>".
class PartFile
{
public:
    explicit PartFile(const QString &target);
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    QString path() const { return m_path; }
    // fsync()s the file, renames it over the target (atomic, replacing it)
    // and fsync()s the folder. Throws LedgerError(Storage).
    void commit();

private:
    QString m_target;
    QString m_path;
    bool m_done = false;
};

// fsync() of a file or a folder; false if it could not be done.
bool syncPath(const QString &path);

// The message for a backup whose schema is newer than this program.
QString newerSchemaMessage(const QString &file, int version, int known);
// "\"FILE\" är ingen säkerhetskopia av en reskontra: REASON"
QString notABackupMessage(const QString &file, const QString &reason);

} // namespace rsk::backup
