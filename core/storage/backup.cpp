#include "storage/backup.h"

#include "audit/auditlog.h"
#include "storage/backupsupport.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LedgerBackup)
};

QAtomicInt g_connections;
QAtomicInt g_parts;

const QByteArray kSqliteMagic("SQLite format 3\0", 16);
const QByteArray kPgDumpMagic("PGDMP");

// Only for backup files: never for a ledger this process may have open.
QByteArray fileHeader(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
}

bool samePath(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

// A connection on a SQLite file that only reads. Opened read-write all the
// same: it then removes the -wal and -shm it needed when it closes, which a
// read-only connection cannot. `queryOnly` is off for VACUUM INTO, which
// SQLite counts as writing (it only writes the file named in INTO).
void openSqlite(backup::RawConnection &c, const QString &file, bool queryOnly = true)
{
    c.db().setDatabaseName(file);
    c.db().setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    c.open();
    if (queryOnly)
        c.exec(QStringLiteral("PRAGMA query_only = ON"));
}

// The schema version of the ledger on `c`; refused when `c` holds no
// Reskontra ledger.
int sqliteLedgerVersion(backup::RawConnection &c, const QString &file, bool isBackup = true)
{
    const qint64 tables
        = c.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                                  "name IN ('schema_migrations', 'company', 'invoice')"))
              .toLongLong();
    const QString missing = Tr::tr("tabellerna schema_migrations, company och invoice saknas");
    if (tables < 3 && isBackup)
        throw LedgerError::refused(backup::notABackupMessage(file, missing));
    if (tables < 3)
        throw LedgerError::refused(Tr::tr("\"%1\" är ingen reskontra: %2.").arg(file, missing));
    return c.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt();
}

// Before a restore replaces the SQLite ledger at `path`: moves what its WAL
// holds into the file and makes sure nobody else has it open. SQLite removes
// the -wal file when the last connection closes; if it is still there after
// ours, another program holds the ledger. (The file is only ever opened
// through SQLite: closing any other descriptor of it would drop this
// process's POSIX locks on it.)
void releaseSqliteLedger(const QString &path, const QString &display)
{
    if (QFileInfo(path).size() == 0)
        return;
    {
        backup::RawConnection old(QStringLiteral("QSQLITE"), display);
        old.db().setDatabaseName(path);
        old.db().setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        old.open();
        QSqlError error;
        if (!old.tryExec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error)) {
            // SQLITE_CORRUPT, SQLITE_NOTADB: a damaged ledger is replaced as it is.
            const QString code = error.nativeErrorCode();
            if (code == QLatin1String("11") || code == QLatin1String("26"))
                return;
            throw LedgerError(LedgerError::Kind::Storage,
                              Tr::tr("Databasfel i \"%1\": %2").arg(display, error.text()));
        }
    }
    if (QFileInfo::exists(path + QLatin1String("-wal")))
        throw LedgerError::conflict(
            Tr::tr("Reskontran \"%1\" är öppen i ett annat program (%2 finns kvar). Stäng den "
                   "överallt och försök igen; ingenting har ändrats.")
                .arg(display, path + QLatin1String("-wal")));
}

} // namespace

namespace backup {

RawConnection::RawConnection(const QString &driver, const QString &what)
    : m_name(QStringLiteral("reskontra-backup-%1").arg(g_connections.fetchAndAddRelaxed(1)))
    , m_what(what)
{
    m_db = QSqlDatabase::addDatabase(driver, m_name);
    if (!m_db.isValid())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite "
                                 "eller libqt6sql6-psql).")
                              .arg(driver));
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void RawConnection::open()
{
    if (!m_db.open())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kunde inte öppna \"%1\": %2").arg(m_what, m_db.lastError().text()));
}

bool RawConnection::tryExec(const QString &sql, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

QVariant RawConnection::scalar(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(m_db);
    bool ok = false;
    if (args.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (int i = 0; ok && i < args.size(); ++i)
            q.bindValue(i, args.at(i));
        ok = ok && q.exec();
    }
    if (!ok)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Databasfel i \"%1\" vid %2: %3")
                              .arg(m_what, sql.left(60), q.lastError().text()));
    return q.next() ? q.value(0) : QVariant();
}

void RawConnection::exec(const QString &sql, const QVariantList &args)
{
    scalar(sql, args);
}

PartFile::PartFile(const QString &target) : m_target(target)
{
    const QFileInfo info(target);
    m_path = info.absolutePath() + QLatin1String("/.") + info.fileName()
             + QStringLiteral(".part-%1-%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(g_parts.fetchAndAddRelaxed(1));
    QFile::remove(m_path); // left by a killed process that had our pid
}

PartFile::~PartFile()
{
    if (!m_done) {
        QFile::remove(m_path);
        QFile::remove(m_path + QLatin1String("-journal"));
    }
}

void PartFile::commit()
{
    if (!syncPath(m_path))
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kunde inte skriva \"%1\" till disken.").arg(m_path));
    // rename(2) replaces the target in one step: a reader sees the old file
    // or the new one, never a part of either.
    if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(m_target).constData())
        != 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kunde inte byta namn på \"%1\" till \"%2\": %3")
                              .arg(m_path, m_target, QString::fromLocal8Bit(std::strerror(errno))));
    m_done = true;
    syncPath(QFileInfo(m_target).absolutePath()); // the new name itself on disk
}

bool syncPath(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    return QFileInfo::exists(path);
#endif
}

QString newerSchemaMessage(const QString &file, int version, int known)
{
    return Tr::tr("Säkerhetskopian \"%1\" har schemaversion %2, men det här programmet känner "
                  "bara till version %3. Uppdatera Reskontra innan du återställer den; ingenting "
                  "har ändrats.")
        .arg(file)
        .arg(version)
        .arg(known);
}

QString notABackupMessage(const QString &file, const QString &reason)
{
    return Tr::tr("\"%1\" är ingen säkerhetskopia av en reskontra: %2.").arg(file, reason);
}

} // namespace backup

LedgerBackup::LedgerBackup(const QString &location, const QString &user)
    : m_location(location)
    , m_user(user)
    , m_engine(location.startsWith(QLatin1String("postgresql://"))
                       || location.startsWith(QLatin1String("postgres://"))
                   ? Engine::PostgreSQL
                   : Engine::SQLite)
{}

QString LedgerBackup::displayName() const
{
    if (m_engine == Engine::SQLite)
        return m_location;
    const QUrl url(m_location);
    return url.path().mid(1) + QLatin1Char('@') + url.host();
}

BackupFacts LedgerBackup::backup(const QString &file, bool overwrite) const
{
    const QFileInfo target(file);
    if (target.isDir())
        throw LedgerError::refused(Tr::tr("\"%1\" är en mapp; ange en fil att skriva "
                                          "säkerhetskopian till.")
                                       .arg(file));
    if (target.exists() && !overwrite)
        throw LedgerError::refused(
            Tr::tr("Filen \"%1\" finns redan och skrivs inte över.").arg(file));
    if (!target.absoluteDir().exists())
        throw LedgerError::refused(Tr::tr("Mappen \"%1\" finns inte.").arg(target.absolutePath()));
    if (m_engine == Engine::SQLite && samePath(file, m_location))
        throw LedgerError::refused(
            Tr::tr("Säkerhetskopian kan inte skrivas över reskontran \"%1\" själv.").arg(file));
    BackupFacts facts = m_engine == Engine::SQLite ? backupSqlite(file) : backupPostgres(file);
    facts.file = file;
    facts.ledger = displayName();
    facts.engine = m_engine;
    facts.bytes = QFileInfo(file).size();
    return facts;
}

BackupFacts LedgerBackup::backupSqlite(const QString &file) const
{
    if (!QFileInfo(m_location).isFile())
        throw LedgerError::notFound(Tr::tr("Reskontran \"%1\" finns inte.").arg(m_location));
    // Only SQLite opens the ledger (see releaseSqliteLedger): no look at
    // its first bytes here.
    BackupFacts facts;
    backup::RawConnection ledger(QStringLiteral("QSQLITE"), m_location);
    openSqlite(ledger, m_location, false);
    QSqlError error;
    if (!ledger.tryExec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), &error))
        throw LedgerError::refused(Tr::tr("\"%1\" är ingen reskontra: %2")
                                       .arg(m_location, error.databaseText()));
    facts.schemaVersion = sqliteLedgerVersion(ledger, m_location, false);
    backup::PartFile part(file);
    // One read transaction: the last committed state, whatever others are
    // writing meanwhile. Nothing is written to the ledger itself.
    ledger.exec(QStringLiteral("VACUUM INTO ?"), {part.path()});
    part.commit();
    return facts;
}

BackupFacts LedgerBackup::inspect(const QString &file) const
{
    if (!QFileInfo(file).isFile())
        throw LedgerError::notFound(Tr::tr("Säkerhetskopian \"%1\" finns inte.").arg(file));
    const QByteArray head = fileHeader(file);
    const bool sqlite = head.startsWith(kSqliteMagic);
    const bool postgres = head.startsWith(kPgDumpMagic);
    if (!sqlite && !postgres)
        throw LedgerError::refused(backup::notABackupMessage(
            file, Tr::tr("filen är varken en SQLite-databas eller en pg_dump-fil")));
    if (sqlite && m_engine == Engine::PostgreSQL)
        throw LedgerError::refused(
            Tr::tr("\"%1\" är en säkerhetskopia av en reskontrafil (SQLite); den kan inte "
                   "återställas till PostgreSQL-databasen %2.")
                .arg(file, displayName()));
    if (postgres && m_engine == Engine::SQLite)
        throw LedgerError::refused(
            Tr::tr("\"%1\" är en säkerhetskopia av en PostgreSQL-reskontra (pg_dump); den kan "
                   "bara återställas till en postgresql://-reskontra.")
                .arg(file));
    BackupFacts facts = sqlite ? inspectSqlite(file) : inspectPostgres(file);
    if (facts.schemaVersion < 1)
        throw LedgerError::refused(
            backup::notABackupMessage(file, Tr::tr("den har ingen schemaversion")));
    if (facts.schemaVersion > Database::latestSchemaVersion())
        throw LedgerError::refused(backup::newerSchemaMessage(file, facts.schemaVersion,
                                                              Database::latestSchemaVersion()));
    facts.file = file;
    facts.ledger = displayName();
    facts.engine = m_engine;
    facts.bytes = QFileInfo(file).size();
    return facts;
}

BackupFacts LedgerBackup::inspectSqlite(const QString &file) const
{
    BackupFacts facts;
    backup::RawConnection c(QStringLiteral("QSQLITE"), file);
    openSqlite(c, file);
    facts.schemaVersion = sqliteLedgerVersion(c, file);
    return facts;
}

bool LedgerBackup::targetExists() const
{
    if (m_engine == Engine::SQLite)
        return QFileInfo::exists(m_location);
    return postgresHasTables();
}

BackupFacts LedgerBackup::restore(const QString &file, bool overwrite) const
{
    if (m_engine == Engine::SQLite && samePath(file, m_location))
        throw LedgerError::refused(
            Tr::tr("Säkerhetskopian och reskontran är samma fil (\"%1\").").arg(file));
    BackupFacts facts = inspect(file);
    facts.replaced = targetExists();
    if (facts.replaced && !overwrite)
        throw LedgerError::refused(
            Tr::tr("Reskontran \"%1\" finns redan och ersätts inte.").arg(displayName()));
    if (m_engine == Engine::SQLite)
        restoreSqlite(file);
    else
        restorePostgres(file);
    finishRestore(facts);
    return facts;
}

void LedgerBackup::restoreSqlite(const QString &file) const
{
    const QFileInfo target(m_location);
    if (!QDir().mkpath(target.absolutePath()))
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kan inte skapa mappen \"%1\".").arg(target.absolutePath()));
    backup::PartFile part(m_location);
    {
        backup::RawConnection backupFile(QStringLiteral("QSQLITE"), file);
        openSqlite(backupFile, file, false);
        backupFile.exec(QStringLiteral("VACUUM INTO ?"), {part.path()});
    }
    {
        // The copy is what becomes the ledger: check it, not only the backup.
        backup::RawConnection copy(QStringLiteral("QSQLITE"), file);
        openSqlite(copy, part.path());
        const QString check = copy.scalar(QStringLiteral("PRAGMA quick_check")).toString();
        if (check != QLatin1String("ok"))
            throw LedgerError::refused(backup::notABackupMessage(
                file, Tr::tr("kontrollen av databasen hittade fel: %1").arg(check)));
    }
    if (target.exists()) {
        releaseSqliteLedger(m_location, displayName());
        QFile::setPermissions(part.path(), QFile::permissions(m_location));
    }
    // A -wal or -shm beside the new file would be read as its own: they
    // belong to the old ledger (just checkpointed) or to one deleted earlier.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_location + QLatin1String(suffix));
    part.commit();
}

void LedgerBackup::finishRestore(BackupFacts &facts) const
{
    // Opening it migrates a backup of an older schema, as any opening would.
    auto db = Database::open(m_location, Database::OpenMode::OpenExisting);
    if (!m_user.isEmpty())
        db->setUser(m_user);
    UnitOfWork work(*db);
    AuditLog(*db).recordInsert(QStringLiteral("ledger"), QStringLiteral("restore"),
                               Tr::tr("återställd från säkerhetskopian %1 (schemaversion %2)")
                                   .arg(facts.file)
                                   .arg(facts.schemaVersion),
                               QStringLiteral("restore"));
    work.commit();
    facts.invoices = db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toLongLong();
}

} // namespace rsk
