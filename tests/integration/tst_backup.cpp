// reskontra-cli backup / restore (issue 7 item 8) on TestLedger's ledger: a
// SQLite file, or a database on the PostgreSQL test cluster (integration-pg/),
// where the same commands use pg_dump and pg_restore.
#include "clirunner.h"
#include "testledger.h"

#include "ledger/posting.h"
#include "storage/backup.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

using Run = rsk::test::CliRun;

// The CLI, with time for pg_dump and pg_restore.
Run cli(const QString &ledger, const QStringList &args)
{
    rsk::test::CliOptions options;
    options.timeoutMs = 120000;
    return rsk::test::runCli(ledger, args, options);
}

// The ledger of TestLedger with three claims and a part payment:
//   010000001  1 000,00 − 400,00 paid = 600,00 left
//   010000002    250,00
//   010000003     75,50
void fillLedger(TestLedger &l)
{
    l.registerInvoices({TestLedger::draft(QStringLiteral("010000001"), Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("010000002"), Money::fromKronor(250)),
                        TestLedger::draft(QStringLiteral("010000003"), Money::fromOre(7550))});
    PostingRequest pay;
    pay.company = QStringLiteral("001");
    pay.invoiceNumber = QStringLiteral("010000001");
    pay.method = QStringLiteral("B");
    pay.amount = Money::fromKronor(400);
    pay.transactionDate = QDate(2026, 11, 20);
    PostingService(*l.db).post(pay);
}

// Rows per table of what fillLedger wrote, and the balance of 010000001.
QString fingerprint(Database &db)
{
    QStringList parts;
    for (const char *table : {"invoice", "customer", "ledger_transaction", "company", "batch"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table),
                                             db.scalar(QStringLiteral("SELECT COUNT(*) FROM ")
                                                       + QLatin1String(table))
                                                 .toString());
    parts << QStringLiteral("balance=")
                 + db.scalar(QStringLiteral("SELECT balance_ore FROM invoice WHERE "
                                            "invoice_number = '010000001'"))
                       .toString();
    return parts.join(QLatin1Char(' '));
}

QString fingerprintOf(const QString &location)
{
    auto db = Database::open(location, Database::OpenMode::OpenExisting);
    return fingerprint(*db);
}

// SQLite's own check of a whole file; "ok" when sound (PostgreSQL: "ok").
QString integrityOf(const QString &location)
{
    if (test::onPostgres())
        return QStringLiteral("ok");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("integrity"));
        db.setDatabaseName(location);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
            else
                result = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A location for a ledger that does not exist yet; dropped with the test.
class NewLocation
{
public:
    NewLocation(const QTemporaryDir &dir, const QString &name)
        : location(test::newLedgerLocation(dir, name))
    {}
    ~NewLocation()
    {
        if (test::PgTestServer *pg = test::PgTestServer::instance())
            pg->drop(location);
    }
    QString location;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void restoreOverExistingNeedsForce();
    void restoreOverDamagedLedger();
    void restoreRefuses_data();
    void restoreRefuses();
    void backupRefusesExistingFile();
    void backupDuringWriteTransaction();
};

void TestBackup::roundTrip()
{
    TestLedger l;
    fillLedger(l);
    const QString before = fingerprint(*l.db);
    // 3 claims, 1 customer (the same person number), 1 payment, balance 600,00 kr.
    QVERIFY2(before.contains(QLatin1String("invoice=3 customer=1 ledger_transaction=1")),
             qPrintable(before));
    QVERIFY2(before.endsWith(QLatin1String("balance=60000")), qPrintable(before));

    const QString file = l.dir.filePath(QStringLiteral("kopia.backup"));
    const Run backup = cli(l.path, {QStringLiteral("backup"), file});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
    QVERIFY(QFileInfo(file).size() > 0);
    // Nothing but the finished file is left in the folder.
    QCOMPARE(QDir(l.dir.path()).entryList({QStringLiteral(".*part*")}, QDir::Files | QDir::Hidden),
             QStringList());

    const NewLocation target(l.dir, QStringLiteral("restored"));
    const Run restore = cli(target.location,
                            {QStringLiteral("restore"), file, QStringLiteral("--format"),
                             QStringLiteral("json")});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
    QVERIFY2(restore.out.contains(QLatin1String("\"invoices\": 3")), qPrintable(restore.out));
    QVERIFY2(restore.out.contains(QLatin1String("\"replaced\": false")), qPrintable(restore.out));

    QCOMPARE(fingerprintOf(target.location), before);
    QCOMPARE(integrityOf(target.location), QStringLiteral("ok"));
    auto restored = Database::open(target.location, Database::OpenMode::OpenExisting);
    QCOMPARE(restored->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'insert' AND table_name = 'ledger' AND row_key = "
                                             "'restore' AND user_name = 'testare'"))
                 .toInt(),
             1);
    QCOMPARE(restored->schemaVersion(), Database::latestSchemaVersion());
}

void TestBackup::restoreOverExistingNeedsForce()
{
    TestLedger l;
    fillLedger(l);
    const QString before = fingerprint(*l.db);
    const QString file = l.dir.filePath(QStringLiteral("kopia.backup"));
    QVERIFY(cli(l.path, {QStringLiteral("backup"), file}).exitCode == 0);
    // Work done after the backup: a fourth claim.
    l.registerInvoices({TestLedger::draft(QStringLiteral("010000004"), Money::fromKronor(10))});
    const QString after = fingerprint(*l.db);
    QVERIFY(after != before);
    l.db.reset(); // nobody has the ledger open any more

    const Run refused = cli(l.path, {QStringLiteral("restore"), file});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("finns redan. Ange --force")),
             qPrintable(refused.err));
    QCOMPARE(fingerprintOf(l.path), after);

    const Run dryRun = cli(l.path, {QStringLiteral("restore"), file, QStringLiteral("--force"),
                                    QStringLiteral("--dry-run")});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.describe()));
    QCOMPARE(fingerprintOf(l.path), after);

    const Run forced = cli(l.path, {QStringLiteral("restore"), file, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QCOMPARE(fingerprintOf(l.path), before); // the fourth claim is gone again
    QCOMPARE(integrityOf(l.path), QStringLiteral("ok"));
    if (!test::onPostgres()) {
        QVERIFY(!QFileInfo::exists(l.path + QLatin1String("-wal")));
        QVERIFY(!QFileInfo::exists(l.path + QLatin1String("-shm")));
    }
}

// What a backup is for: the ledger file is damaged (here: overwritten with
// bytes that are no database), and it cannot even be opened any more.
void TestBackup::restoreOverDamagedLedger()
{
    if (test::onPostgres())
        QSKIP("a damaged file is SQLite's case");
    TestLedger l;
    fillLedger(l);
    const QString before = fingerprint(*l.db);
    const QString file = l.dir.filePath(QStringLiteral("kopia.backup"));
    QVERIFY(cli(l.path, {QStringLiteral("backup"), file}).exitCode == 0);
    l.db.reset();
    writeFile(l.dir, QStringLiteral("ledger.sqlite"), QByteArray(64 * 1024, 'x'));
    QVERIFY(integrityOf(l.path) != QLatin1String("ok"));

    const Run refused = cli(l.path, {QStringLiteral("restore"), file});
    QCOMPARE(refused.exitCode, 1); // it still exists: --force it is
    const Run forced = cli(l.path, {QStringLiteral("restore"), file, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QCOMPARE(integrityOf(l.path), QStringLiteral("ok"));
    QCOMPARE(fingerprintOf(l.path), before);
}

void TestBackup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("bytes that are no backup") << "garbage" << "ingen säkerhetskopia av en reskontra";
    QTest::newRow("an empty file") << "empty" << "ingen säkerhetskopia av en reskontra";
    QTest::newRow("a backup that does not exist") << "missing" << "finns inte";
    QTest::newRow("a SQLite database that is no ledger") << "notLedger" << "säkerhetskopia";
    QTest::newRow("a backup of a newer schema") << "newer" << "Uppdatera Reskontra";
    QTest::newRow("the ledger is open in another program") << "inUse" << "försök igen";
}

// Each refusal leaves the ledger as it was: the restore goes over
// TestLedger's own ledger with --force, which only these reasons stop.
void TestBackup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    TestLedger l;
    fillLedger(l);
    const QString before = fingerprint(*l.db);
    QString file = l.dir.filePath(QStringLiteral("kopia.backup"));
    if (kind == QLatin1String("garbage")) {
        writeFile(l.dir, QStringLiteral("kopia.backup"),
                  QByteArray("Det här är ingen säkerhetskopia.\n").repeated(100));
    } else if (kind == QLatin1String("empty")) {
        writeFile(l.dir, QStringLiteral("kopia.backup"), QByteArray());
    } else if (kind == QLatin1String("notLedger")) {
        // A SQLite file with a table, but not a ledger's (on PostgreSQL it
        // is refused as a backup of the other engine).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("other"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, t TEXT)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else if (kind == QLatin1String("newer")) {
        // The ledger one schema version ahead of this program, backed up
        // (core: the CLI would not open such a ledger) and set back again.
        const int newer = Database::latestSchemaVersion() + 1;
        l.db->run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, "
                                 "program_version) VALUES (?, '2030-01-01', 'future')"),
                  {newer});
        LedgerBackup(l.path).backup(file, false);
        l.db->run(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {newer});
        message = QStringLiteral("har schemaversion %1, men det här programmet känner bara till "
                                 "version %2")
                      .arg(newer)
                      .arg(Database::latestSchemaVersion());
    } else if (kind == QLatin1String("inUse")) {
        // In this process, beside TestLedger's open connection: a backup
        // that opened the ledger file other than through SQLite would drop
        // this process's locks on it (POSIX: closing any descriptor of a file
        // releases them all), and the ledger would look unused to others.
        LedgerBackup(l.path).backup(file, false);
    }
    if (kind != QLatin1String("inUse"))
        l.db.reset(); // else TestLedger keeps its connection open

    const Run run = cli(l.path, {QStringLiteral("restore"), file, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    l.db.reset();
    QCOMPARE(fingerprintOf(l.path), before);
    QCOMPARE(integrityOf(l.path), QStringLiteral("ok"));
}

void TestBackup::backupRefusesExistingFile()
{
    TestLedger l;
    fillLedger(l);
    const QString file = writeFile(l.dir, QStringLiteral("finns.backup"), "gammal fil");
    const Run refused = cli(l.path, {QStringLiteral("backup"), file});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("finns redan. Ange --force")),
             qPrintable(refused.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("gammal fil"));
    f.close();

    const Run forced = cli(l.path, {QStringLiteral("backup"), file, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QCOMPARE(LedgerBackup(l.path).inspect(file).schemaVersion, Database::latestSchemaVersion());
}

// A second connection in the middle of a write transaction (on SQLite with
// a tiny page cache, so that its uncommitted pages are already in the WAL)
// neither blocks the backup nor ends up in it.
void TestBackup::backupDuringWriteTransaction()
{
    TestLedger l;
    fillLedger(l);
    const QString before = fingerprint(*l.db);
    auto writer = Database::open(l.path, Database::OpenMode::OpenExisting);
    writer->setUser(QStringLiteral("skrivare"));
    if (!test::onPostgres())
        writer->execConstant(QStringLiteral("PRAGMA cache_size = 2"));
    const QString file = l.dir.filePath(QStringLiteral("mitt-i.backup"));
    {
        UnitOfWork work(*writer);
        QList<InvoiceDraft> drafts;
        for (int i = 0; i < 300; ++i)
            drafts << TestLedger::draft(QStringLiteral("0150%1").arg(i, 5, 10, QLatin1Char('0')),
                                        Money::fromKronor(100 + i));
        QVERIFY(InvoiceRegistration(*writer).registerAll(drafts, QStringLiteral("mitt i")).isEmpty());
        QCOMPARE(writer->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toInt(), 303);
        if (!test::onPostgres()) // the uncommitted pages are in the WAL already
            QVERIFY(QFileInfo(l.path + QLatin1String("-wal")).size() > 100 * 1024);

        QElapsedTimer timer;
        timer.start();
        const BackupFacts facts = LedgerBackup(l.path).backup(file, false);
        QVERIFY2(timer.elapsed() < 4000, "the backup waited for the writer"); // busy_timeout is 5 s
        QCOMPARE(facts.schemaVersion, Database::latestSchemaVersion());
        work.commit();
    }
    QCOMPARE(writer->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toInt(), 303);
    writer.reset();
    if (!test::onPostgres())
        QCOMPARE(integrityOf(file), QStringLiteral("ok"));

    // Restored, it is the ledger as it was before the writer's transaction.
    const NewLocation target(l.dir, QStringLiteral("restored"));
    const Run restore = cli(target.location, {QStringLiteral("restore"), file});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
    QCOMPARE(fingerprintOf(target.location), before);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
