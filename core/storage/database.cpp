#include "storage/database.h"


#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUrl>

// core.qrc lives in a static library: its initialiser must be referenced or
// the linker drops it (Q_INIT_RESOURCE must be called outside a namespace).
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

struct Migration
{
    int version;
    const char *resource;
};

// Numbered migrations; each file starts with a comment saying why.
const Migration kMigrations[] = {
    {1, ":/core/storage/migrations/001_initial.sql"},
    {2, ":/core/storage/migrations/002_payments_in.sql"},
    {3, ":/core/storage/migrations/003_payment_import_registers.sql"},
    {4, ":/core/storage/migrations/004_book_registers.sql"},
    {5, ":/core/storage/migrations/005_dunning_setup.sql"},
    {6, ":/core/storage/migrations/006_dunning_runs.sql"},
    {7, ":/core/storage/migrations/007_interest_invoicing.sql"},
    {8, ":/core/storage/migrations/008_enforcement_offices.sql"},
    {9, ":/core/storage/migrations/009_payment_orders.sql"},
    {10, ":/core/storage/migrations/010_payment_plans.sql"},
    {11, ":/core/storage/migrations/011_agency_transfers.sql"},
    {12, ":/core/storage/migrations/012_claim_notes.sql"},
    {13, ":/core/storage/migrations/013_customer_dunning_stop.sql"},
    {14, ":/core/storage/migrations/014_users.sql"},
    {15, ":/core/storage/migrations/015_run_locks.sql"},
    {16, ":/core/storage/migrations/016_company_settings.sql"},
    {17, ":/core/storage/migrations/017_saldolista_name_order.sql"},
    {18, ":/core/storage/migrations/018_audit_log_protected_identity.sql"},
    {19, ":/core/storage/migrations/019_replacement_invoices.sql"},
    {20, ":/core/storage/migrations/020_saved_prints.sql"},
};

QAtomicInt g_connectionCounter;

[[noreturn]] void storageFailure(const QString &what, const QSqlError &error)
{
    throw LedgerError(LedgerError::Kind::Storage,
                      Tr::tr("Databasfel vid %1: %2").arg(what, error.text()));
}

} // namespace

Database::Database(Engine engine, const QString &location)
    : m_dialect(engine), m_location(location)
{
    m_connectionName = QStringLiteral("reskontra-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    // The login name stamps every change; desktop sessions set USER, some
    // service environments only LOGNAME.
    m_user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (m_user.isEmpty())
        m_user = QStringLiteral("okänd");
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &location, OpenMode mode)
{
    const bool isPostgres = location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
    std::unique_ptr<Database> db(
        new Database(isPostgres ? Engine::PostgreSQL : Engine::SQLite, location));
    db->connect(mode);
    db->migrate();
    return db;
}

void Database::connect(OpenMode mode)
{
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!m_db.isValid())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite "
                                 "eller libqt6sql6-psql).")
                              .arg(m_dialect.driverName()));
    if (engine() == Engine::SQLite) {
        const QFileInfo info(m_location);
        if (mode == OpenMode::OpenExisting && !info.exists())
            throw LedgerError::notFound(
                Tr::tr("Reskontran \"%1\" finns inte. Skapa den med \"reskontra-cli init\".")
                    .arg(m_location));
        m_db.setDatabaseName(m_location);
    } else {
        const QUrl url(m_location);
        m_db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        if (url.port() > 0)
            m_db.setPort(url.port());
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        m_db.setDatabaseName(url.path().mid(1));
    }
    if (!m_db.open())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Kunde inte öppna reskontran \"%1\": %2")
                              .arg(displayName(), m_db.lastError().text()));
    for (const QString &statement : m_dialect.connectStatements())
        execConstant(statement);
    // A PostgreSQL database always "exists": one without a ledger is not
    // made into one unless asked (init), e.g. when a name was mistyped.
    if (engine() == Engine::PostgreSQL && mode == OpenMode::OpenExisting
        && !m_db.tables().contains(QStringLiteral("schema_migrations")))
        throw LedgerError::notFound(
            Tr::tr("Databasen \"%1\" har ingen reskontra. Skapa den med "
                   "\"reskontra-cli --db %2 init\".")
                .arg(displayName(), QUrl(m_location).toString(QUrl::RemovePassword)));
}

QString Database::displayName() const
{
    if (engine() == Engine::SQLite)
        return QFileInfo(m_location).fileName();
    const QUrl url(m_location);
    return url.path().mid(1) + QLatin1Char('@') + url.host();
}

int Database::latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

void Database::migrate()
{
    initCoreResources();
    execConstant(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                       "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, "
                       "program_version TEXT NOT NULL)"));
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        throw LedgerError::refused(
            Tr::tr("Reskontran \"%1\" har schemaversion %2, men det här programmet känner "
                   "bara till version %3. Uppdatera Reskontra innan du öppnar den.")
                .arg(displayName())
                .arg(current)
                .arg(latestSchemaVersion()));
    for (const Migration &m : kMigrations) {
        if (m.version <= current)
            continue;
        QFile file(QString::fromLatin1(m.resource));
        if (!file.open(QIODevice::ReadOnly))
            throw LedgerError(LedgerError::Kind::Storage,
                              Tr::tr("Migreringen %1 saknas i programmet.").arg(m.version));
        const QString text = m_dialect.expandMigration(QString::fromUtf8(file.readAll()));
        UnitOfWork work(*this);
        static const QRegularExpression separator(QStringLiteral("^;;\\s*$"),
                                                  QRegularExpression::MultilineOption);
        for (const QString &chunk : text.split(separator)) {
            // Drop comment lines; a chunk of only comments is no statement.
            QStringList lines;
            for (const QString &line : chunk.split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines << line;
            const QString statement = lines.join(QLatin1Char('\n')).trimmed();
            if (!statement.isEmpty())
                execConstant(statement);
        }
        run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, program_version) "
                           "VALUES (?, ?, ?)"),
            {m.version, nowStamp(), QStringLiteral(RESKONTRA_VERSION)});
        work.commit();
    }
}

QDate Database::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString Database::nowStamp() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    // Every caller reads its rows once, front to back: without this Qt keeps
    // each row it has read, so a scan over a big ledger grows its memory row
    // by row (a kontrollista over 1 M claims spent half its time there).
    q.setForwardOnly(m_dialect.forwardOnlyByDefault());
    if (!q.prepare(sql))
        storageFailure(sql.left(80), q.lastError());
    return q;
}

void Database::exec(QSqlQuery &query, const QVariantList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &a = args.at(i);
        // A null QString is an empty text, not SQL NULL: NULL is asked for
        // explicitly with an invalid QVariant (see dateArg).
        if (a.metaType().id() == QMetaType::QString && a.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, a);
    }
    if (!query.exec())
        storageFailure(query.lastQuery().left(80), query.lastError());
}

void Database::execConstant(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        storageFailure(sql.left(80), q.lastError());
}

QSqlQuery Database::run(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = prepare(sql);
    exec(q, args);
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = run(sql, args);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    // A statement left open keeps SQLite from committing.
    q.finish();
    return v;
}

qint64 Database::insertReturningId(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = run(sql, args);
    if (!q.next())
        storageFailure(sql.left(80), q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void Database::beginWork()
{
    if (m_depth++ == 0) {
        m_rollbackOnly = false;
        if (!m_db.transaction())
            storageFailure(QStringLiteral("BEGIN"), m_db.lastError());
    }
}

void Database::commitWork()
{
    if (m_rollbackOnly) {
        rollbackWork();
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Ändringen avbröts: en del av den misslyckades och allt "
                                 "har återställts."));
    }
    if (--m_depth == 0 && !m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        storageFailure(QStringLiteral("COMMIT"), error);
    }
    if (m_depth == 0)
        ++m_commits;
}

void Database::rollbackWork()
{
    if (m_depth == 0)
        return;
    if (--m_depth == 0) {
        m_db.rollback();
        m_rollbackOnly = false;
    } else {
        m_rollbackOnly = true;
    }
}

UnitOfWork::UnitOfWork(Database &db) : m_db(db)
{
    m_db.beginWork();
}

UnitOfWork::~UnitOfWork()
{
    if (!m_done)
        m_db.rollbackWork();
}

void UnitOfWork::commit()
{
    m_done = true;
    m_db.commitWork();
}

QVariant dateArg(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString toStamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime t = value.toDateTime();
        return QDateTime(t.date(), t.time(), Qt::UTC).toString(Qt::ISODate);
    }
    return value.toString();
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace rsk
