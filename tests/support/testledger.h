#pragma once

// A fresh SQLite ledger in a temporary folder, initialised with the default
// routines, methods and codes and company 001 (and optionally 002).
// When RESKONTRA_TEST_PG_URL_FILE is set (ctest's integration-pg/* tests) the
// ledger is a fresh database on the throw-away PostgreSQL test cluster
// (scripts/pg-test-cluster.sh) instead, and `path` is its postgresql:// URL.

#include "ledger/invoiceregistration.h"
#include "ledger/ledgersetup.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <functional>
#include <memory>

namespace rsk::test {

// The PostgreSQL test cluster of this test run, or none. Ledgers are copies of
// a template made once per test process (CREATE DATABASE ... TEMPLATE: much
// faster than migrating and initialising each), dropped again when their
// test is done.
class PgTestServer
{
public:
    // nullptr unless RESKONTRA_TEST_PG_URL_FILE names the cluster's url file.
    static PgTestServer *instance()
    {
        static const bool wanted = !qEnvironmentVariableIsEmpty("RESKONTRA_TEST_PG_URL_FILE");
        if (!wanted)
            return nullptr;
        static PgTestServer server;
        return &server;
    }

    // A new database holding a copy of the ledger `setUp` made of a new,
    // migrated one (the first call's; always the same); returns its URL.
    QString createLedger(const std::function<void(Database &)> &setUp)
    {
        if (m_template.isEmpty()) {
            const QString name = QStringLiteral("rsk_tpl_%1").arg(QCoreApplication::applicationPid());
            createDatabase(name, QString());
            // Set up once, then closed: a template must have no users.
            setUp(*Database::open(url(name), Database::OpenMode::CreateIfMissing));
            m_template = name;
        }
        return url(createDatabase(nextName(), m_template));
    }
    // A new empty database, as a new ledger before "reskontra-cli init".
    QString createEmpty() { return url(createDatabase(nextName(), QString())); }

    void drop(const QString &ledgerUrl)
    {
        const QString name = QUrl(ledgerUrl).path().mid(1);
        if (name.startsWith(QLatin1String("rsk_t")))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }

    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

private:
    PgTestServer()
    {
        const QString file = qEnvironmentVariable("RESKONTRA_TEST_PG_URL_FILE");
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("RESKONTRA_TEST_PG_URL_FILE: cannot read %s (is the pg/start fixture run?)",
                   qPrintable(file));
        m_server = QUrl(QString::fromUtf8(f.readAll()).trimmed());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdmin);
        db.setHostName(m_server.host());
        db.setPort(m_server.port());
        db.setUserName(m_server.userName());
        db.setDatabaseName(m_server.path().mid(1));
        if (!db.open())
            qFatal("PostgreSQL test cluster %s: %s", qPrintable(m_server.toString()),
                   qPrintable(db.lastError().text()));
    }

    QString nextName()
    {
        return QStringLiteral("rsk_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_count);
    }
    QString url(const QString &database) const
    {
        QUrl u = m_server;
        u.setPath(QLatin1Char('/') + database);
        return u.toString();
    }
    QString createDatabase(const QString &name, const QString &templateName)
    {
        admin(templateName.isEmpty()
                  ? QStringLiteral("CREATE DATABASE %1").arg(name)
                  : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName));
        return name;
    }
    void admin(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(kAdmin));
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    static constexpr const char *kAdmin = "reskontra-test-admin";
    QUrl m_server;
    QString m_template;
    int m_count = 0;
};

// True in the integration-pg/* tests: for a QSKIP of what only SQLite has.
inline bool onPostgres()
{
    return PgTestServer::instance() != nullptr;
}

// Each claim's registration stamp (created_at) on its invoice date at 08:00,
// so statistics of "this year" do not hang on the clock.
inline void stampCreatedOnInvoiceDate(Database &db)
{
    db.run(db.engine() == Engine::PostgreSQL
               ? QStringLiteral("UPDATE invoice SET created_at = invoice_date + TIME '08:00'")
               : QStringLiteral("UPDATE invoice SET created_at = invoice_date || 'T08:00:00Z'"));
}

// The ledger's tables by name.
inline QStringList tableNames(Database &db)
{
    QSqlQuery q = db.run(db.engine() == Engine::PostgreSQL
                             ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                              "WHERE table_schema = 'public' ORDER BY table_name")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'table' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// A location for a new, not yet initialised ledger: `name`.sqlite in `dir`,
// or a new empty database on the PostgreSQL test cluster.
inline QString newLedgerLocation(const QTemporaryDir &dir, const QString &name)
{
    if (PgTestServer *pg = PgTestServer::instance())
        return pg->createEmpty();
    return dir.filePath(name + QStringLiteral(".sqlite"));
}

class TestLedger
{
public:
    explicit TestLedger(const QDate &today = QDate(2026, 11, 26))
    {
        PgTestServer *pg = PgTestServer::instance();
        path = pg ? pg->createLedger(&TestLedger::initialize)
                  : dir.filePath(QStringLiteral("ledger.sqlite"));
        if (pg) // a nested query on one QPSQL connection loses the outer one's rows
            QTest::failOnWarning(QRegularExpression(QStringLiteral("Query results lost")));
        db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!pg)
            initialize(*db);
        db->setUser(QStringLiteral("testare"));
        db->setToday(today);
    }

    // The new ledger: the defaults and company 001 Testkommunen, by "testare".
    static void initialize(Database &db)
    {
        db.setUser(QStringLiteral("testare"));
        db.setToday(QDate(2026, 11, 26));
        Company c = LedgerSetup::defaultCompany();
        c.name = QStringLiteral("Testkommunen");
        c.orgNr = QStringLiteral("212000-0142");
        c.bankgiro = QStringLiteral("5805-6201");
        LedgerSetup(db).initialize(c);
    }

    ~TestLedger()
    {
        db.reset();
        if (PgTestServer *pg = PgTestServer::instance())
            pg->drop(path);
    }
    TestLedger(const TestLedger &) = delete;
    TestLedger &operator=(const TestLedger &) = delete;

    void addCompany(const QString &number, const QString &name)
    {
        Company c;
        c.number = number;
        c.name = name;
        ReferenceData(*db).saveCompany(c);
    }

    static InvoiceDraft draft(const QString &number, Money amount,
                              const QString &name = QStringLiteral("Andersson, Anna"),
                              const QString &id = QStringLiteral("811218-9876"))
    {
        InvoiceDraft d;
        d.company = QStringLiteral("001");
        d.invoiceNumber = number;
        d.idNumber = id;
        d.name = name;
        d.address = QStringLiteral("Storgatan 1");
        d.postalCode = QStringLiteral("123 45");
        d.city = QStringLiteral("Småstad");
        d.invoiceDate = QDate(2026, 1, 1);
        d.dueDate = QDate(2026, 1, 31);
        d.amount = amount;
        return d;
    }

    // Registers drafts through an approved batch; fails the test on problems.
    void registerInvoices(const QList<InvoiceDraft> &drafts)
    {
        const auto problems = InvoiceRegistration(*db).registerAll(drafts, QStringLiteral("test"));
        if (!problems.isEmpty())
            QFAIL(qPrintable(problems.first().first().message));
    }

    qint64 count(const QString &table)
    {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace rsk::test
