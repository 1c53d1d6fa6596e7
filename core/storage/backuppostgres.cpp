// The PostgreSQL half of LedgerBackup (backup.h): pg_dump, pg_restore and
// psql from the postgresql-client package.
#include "storage/backup.h"

#include "storage/backupsupport.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LedgerBackup)
};

// The parts of a postgresql:// URL as the PostgreSQL tools take them. The
// password goes through the environment (PGPASSWORD), where other users'
// `ps` cannot see it.
struct PgTarget
{
    explicit PgTarget(const QString &location)
    {
        const QUrl url(location);
        host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        port = url.port();
        user = url.userName();
        password = url.password();
        database = url.path().mid(1);
    }

    QStringList connectionArgs() const
    {
        QStringList args{QStringLiteral("--host=") + host, QStringLiteral("--no-password")};
        if (port > 0)
            args << QStringLiteral("--port=%1").arg(port);
        if (!user.isEmpty())
            args << QStringLiteral("--username=") + user;
        // As a connection string, so that no database name is read as one.
        QString quoted = database;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        args << QStringLiteral("--dbname=dbname='%1'").arg(quoted);
        return args;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        return env;
    }

    void configure(QSqlDatabase &db) const
    {
        db.setHostName(host);
        if (port > 0)
            db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
    }

    QString display() const { return database + QLatin1Char('@') + host; }

    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
};

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

ToolResult runTool(const QString &program, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Programmet %1 finns inte på den här datorn; installera paketet "
                                 "postgresql-client.")
                              .arg(program));
    process.waitForFinished(-1);
    ToolResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (result.exitCode != 0 && result.err.isEmpty())
        result.err = Tr::tr("%1 avslutades med kod %2").arg(program).arg(result.exitCode);
    return result;
}

// Drops every table, view and sequence of the ledger's schema, so that tables
// a newer schema added are not left behind by the archive's DROP ... IF EXISTS.
// Runs in the same transaction as the restore script.
const char *const kDropLedgerObjects = R"(SET client_min_messages = warning;
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT table_name FROM information_schema.views
             WHERE table_schema = 'public' LOOP
        EXECUTE format('DROP VIEW IF EXISTS public.%I CASCADE', r.table_name);
    END LOOP;
    FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', r.tablename);
    END LOOP;
    FOR r IN SELECT sequence_name FROM information_schema.sequences
             WHERE sequence_schema = 'public' LOOP
        EXECUTE format('DROP SEQUENCE IF EXISTS public.%I CASCADE', r.sequence_name);
    END LOOP;
END
$$;
)";

} // namespace

bool LedgerBackup::postgresHasTables() const
{
    const PgTarget target(m_location);
    backup::RawConnection c(QStringLiteral("QPSQL"), target.display());
    target.configure(c.db());
    c.open();
    return c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                   "WHERE table_schema = 'public'"))
               .toLongLong()
           > 0;
}

BackupFacts LedgerBackup::backupPostgres(const QString &file) const
{
    const PgTarget target(m_location);
    BackupFacts facts;
    {
        backup::RawConnection c(QStringLiteral("QPSQL"), target.display());
        target.configure(c.db());
        c.open();
        const qint64 tables
            = c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                      "table_schema = 'public' AND table_name IN "
                                      "('schema_migrations', 'company', 'invoice')"))
                  .toLongLong();
        if (tables < 3)
            throw LedgerError::refused(
                Tr::tr("Databasen %1 innehåller ingen reskontra.").arg(target.display()));
        facts.schemaVersion
            = c.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt();
    }
    backup::PartFile part(file);
    // pg_dump reads everything in one repeatable-read transaction: a
    // consistent snapshot while clerks keep working.
    const ToolResult dump = runTool(QStringLiteral("pg_dump"),
                                    QStringList{QStringLiteral("--format=custom"),
                                                QStringLiteral("--file=") + part.path()}
                                        + target.connectionArgs(),
                                    target.environment());
    if (dump.exitCode != 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("pg_dump kunde inte säkerhetskopiera %1: %2")
                              .arg(target.display(), dump.err));
    part.commit();
    return facts;
}

BackupFacts LedgerBackup::inspectPostgres(const QString &file) const
{
    const ToolResult list
        = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file});
    if (list.exitCode != 0)
        throw LedgerError::refused(backup::notABackupMessage(file, list.err));
    static const QRegularExpression ledgerTable(
        QStringLiteral("\\bTABLE public (invoice|company|schema_migrations) "));
    QSet<QString> found;
    for (auto it = ledgerTable.globalMatch(QString::fromUtf8(list.out)); it.hasNext();)
        found.insert(it.next().captured(1));
    if (found.size() < 3)
        throw LedgerError::refused(backup::notABackupMessage(
            file, Tr::tr("tabellerna schema_migrations, company och invoice saknas")));

    // The schema version: the rows of schema_migrations as COPY text.
    const ToolResult data = runTool(QStringLiteral("pg_restore"),
                                    {QStringLiteral("--data-only"),
                                     QStringLiteral("--table=schema_migrations"),
                                     QStringLiteral("--file=-"), file});
    if (data.exitCode != 0)
        throw LedgerError::refused(backup::notABackupMessage(file, data.err));
    BackupFacts facts;
    bool inCopy = false;
    for (const QByteArray &line : data.out.split('\n')) {
        if (line.startsWith("COPY ") && line.contains("schema_migrations")) {
            inCopy = true;
        } else if (inCopy && line == "\\.") {
            break;
        } else if (inCopy) {
            bool ok = false;
            const int version = line.left(line.indexOf('\t')).toInt(&ok);
            if (ok)
                facts.schemaVersion = std::max(facts.schemaVersion, version);
        }
    }
    return facts;
}

void LedgerBackup::restorePostgres(const QString &file) const
{
    const PgTarget target(m_location);
    {
        backup::RawConnection c(QStringLiteral("QPSQL"), target.display());
        target.configure(c.db());
        c.open();
        // A connection closed a moment ago (the caller's own check of who
        // is asking) may still be listed while its server process exits.
        qint64 others = 0;
        QElapsedTimer waited;
        waited.start();
        do {
            if (others > 0)
                QThread::msleep(100);
            others = c.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                             "datname = current_database() AND pid <> "
                                             "pg_backend_pid() AND backend_type = 'client backend'"))
                         .toLongLong();
        } while (others > 0 && waited.elapsed() < 2000);
        if (others > 0)
            throw LedgerError::conflict(
                Tr::tr("Databasen %1 används av %n andra anslutningar. Stäng Reskontra överallt "
                       "och försök igen; ingenting har ändrats.",
                       nullptr, int(others))
                    .arg(target.display()));
    }
    QTemporaryDir work;
    if (!work.isValid())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kan inte skapa en tillfällig mapp för återställningen."));
    const QString script = work.filePath(QStringLiteral("restore.sql"));
    const ToolResult convert = runTool(QStringLiteral("pg_restore"),
                                       {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                        QStringLiteral("--no-owner"),
                                        QStringLiteral("--file=") + script, file});
    if (convert.exitCode != 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("pg_restore kunde inte läsa \"%1\": %2").arg(file, convert.err));
    const QString drop = work.filePath(QStringLiteral("drop.sql"));
    QFile dropFile(drop);
    if (!dropFile.open(QIODevice::WriteOnly) || dropFile.write(kDropLedgerObjects) < 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kan inte skriva \"%1\".").arg(drop));
    dropFile.close();

    // One transaction: the old tables go and the backup's come, or, on any
    // error, the database stays as it was.
    QProcessEnvironment env = target.environment();
    env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c lock_timeout=30000"));
    const ToolResult apply = runTool(
        QStringLiteral("psql"),
        QStringList{QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"),
                    QStringLiteral("--set=ON_ERROR_STOP=1"), QStringLiteral("--single-transaction"),
                    QStringLiteral("--output=/dev/null"), QStringLiteral("--file=") + drop,
                    QStringLiteral("--file=") + script}
            + target.connectionArgs(),
        env);
    if (apply.exitCode != 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Återställningen av %1 misslyckades och är ångrad; databasen är "
                                 "som förut. %2")
                              .arg(target.display(), apply.err));
}

} // namespace rsk
