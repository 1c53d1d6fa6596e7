// Storage: migrations, schema version check, unit of work, init defaults.
#include "testledger.h"

#include "audit/auditlog.h"

using namespace rsk;
using rsk::test::TestLedger;

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void newLedgerIsMigratedToLatest();
    void reopenKeepsData();
    void refusesNewerSchema();
    void refusesMissingFileWhenOpeningExisting();
    void refusesDatabaseWithoutLedgerWhenOpeningExisting();
    void sqliteSettings();
    void unitOfWorkRollsBackUnlessCommitted();
    void nestedUnitJoinsOuter();
    void nestedUnitLeftUncommittedAbortsOuter();
    void initCreatesDefaults();
    void initTwiceRefused();
    void everyMigrationIsCommented();
};

void TestStorage::newLedgerIsMigratedToLatest()
{
    TestLedger l;
    QCOMPARE(l.db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(l.count(QStringLiteral("invoice")) == 0);
}

void TestStorage::reopenKeepsData()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(QStringLiteral("010000001"), Money::fromKronor(100))});
    const QString path = l.path;
    l.db.reset();
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toInt(), 1);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

void TestStorage::refusesNewerSchema()
{
    TestLedger l;
    l.db->run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, program_version) "
                             "VALUES (99, 'x', 'future')"));
    const QString path = l.path;
    l.db.reset();
    try {
        Database::open(path, Database::OpenMode::OpenExisting);
        QFAIL("a ledger with schema 99 was opened");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(QStringLiteral("schemaversion 99")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("version %1").arg(Database::latestSchemaVersion())),
                 qPrintable(e.message()));
    }
}

void TestStorage::refusesMissingFileWhenOpeningExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, Database::open(path, Database::OpenMode::OpenExisting));
    QVERIFY(!QFile::exists(path));
}

void TestStorage::refusesDatabaseWithoutLedgerWhenOpeningExisting()
{
    if (!rsk::test::onPostgres())
        QSKIP("PostgreSQL only: the SQLite case is a missing file (test above)");
    QTemporaryDir dir;
    const QString url = rsk::test::newLedgerLocation(dir, QStringLiteral("empty"));
    try {
        Database::open(url, Database::OpenMode::OpenExisting);
        QFAIL("an empty database was opened as a ledger");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
        QVERIFY2(e.message().contains(QStringLiteral("har ingen reskontra")), qPrintable(e.message()));
    }
    // init (CreateIfMissing) makes it a ledger.
    Database::open(url, Database::OpenMode::CreateIfMissing);
    QCOMPARE(Database::open(url, Database::OpenMode::OpenExisting)->schemaVersion(),
             Database::latestSchemaVersion());
}

void TestStorage::sqliteSettings()
{
    if (rsk::test::onPostgres())
        QSKIP("SQLite pragmas (WAL, foreign_keys); PostgreSQL enforces foreign keys always");
    TestLedger l;
    QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // A claim for a company that does not exist violates a foreign key.
    QVERIFY_THROWS_EXCEPTION(
        LedgerError,
        l.db->run(QStringLiteral("INSERT INTO invoice (company, invoice_number, routine, name, "
                                 "name_key, invoice_date, due_date, amount_ore, capital_open_ore, "
                                 "balance_ore, created_by, created_at, changed_by, changed_at) "
                                 "VALUES ('999','010000001','01','x','X','2026-01-01',"
                                 "'2026-01-31',1,1,1,'u','t','u','t')")));
}

void TestStorage::unitOfWorkRollsBackUnlessCommitted()
{
    TestLedger l;
    const qint64 before = l.count(QStringLiteral("audit_log"));
    {
        UnitOfWork work(*l.db);
        AuditLog(*l.db).recordInsert(QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("y"));
        QCOMPARE(l.count(QStringLiteral("audit_log")), before + 1);
    }
    QCOMPARE(l.count(QStringLiteral("audit_log")), before);
    {
        UnitOfWork work(*l.db);
        AuditLog(*l.db).recordInsert(QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("y"));
        work.commit();
    }
    QCOMPARE(l.count(QStringLiteral("audit_log")), before + 1);
}

void TestStorage::nestedUnitJoinsOuter()
{
    TestLedger l;
    const qint64 before = l.count(QStringLiteral("audit_log"));
    {
        UnitOfWork outer(*l.db);
        {
            UnitOfWork inner(*l.db);
            AuditLog(*l.db).recordInsert(QStringLiteral("x"), QStringLiteral("1"), QString());
            inner.commit();
        }
        // Inner commit did not commit yet: the outer one decides.
    }
    QCOMPARE(l.count(QStringLiteral("audit_log")), before);
}

void TestStorage::nestedUnitLeftUncommittedAbortsOuter()
{
    TestLedger l;
    const qint64 before = l.count(QStringLiteral("audit_log"));
    {
        UnitOfWork outer(*l.db);
        AuditLog(*l.db).recordInsert(QStringLiteral("x"), QStringLiteral("1"), QString());
        {
            UnitOfWork inner(*l.db);
            AuditLog(*l.db).recordInsert(QStringLiteral("x"), QStringLiteral("2"), QString());
        }
        QVERIFY_THROWS_EXCEPTION(LedgerError, outer.commit());
    }
    QCOMPARE(l.count(QStringLiteral("audit_log")), before);
    QVERIFY(!l.db->inWork());
}

void TestStorage::initCreatesDefaults()
{
    TestLedger l;
    ReferenceData ref(*l.db);
    QCOMPARE(ref.routines().size(), 13 + 12); // DOMAIN.md list + interest routines
    QCOMPARE(ref.routine(QStringLiteral("74"))->interestOf, QStringLiteral("24"));
    QVERIFY(!ref.routine(QStringLiteral("59")).has_value());
    const auto pay = ref.paymentMethod(QStringLiteral("1"));
    QVERIFY(pay && !pay->debit && !pay->textOnly);
    QVERIFY(ref.paymentMethod(QStringLiteral("T"))->textOnly);
    QCOMPARE(ref.paymentMethod(QStringLiteral("P"))->feeType, PaymentMethod::FeeType::ReminderFee);
    QCOMPARE(ref.dunningCodes().size(), 7);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT rate_hundredths FROM reference_rate WHERE "
                                         "from_date = '2023-07-01'"))
                 .toInt(),
             350);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT COUNT(*) FROM reference_rate WHERE verified = 0"))
                 .toInt(),
             3);
    QCOMPARE(ref.company(QStringLiteral("001"))->orgNr, QStringLiteral("212000-0142"));
}

void TestStorage::initTwiceRefused()
{
    TestLedger l;
    const qint64 methods = l.count(QStringLiteral("payment_method"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, LedgerSetup(*l.db).initialize(LedgerSetup::defaultCompany()));
    QCOMPARE(l.count(QStringLiteral("payment_method")), methods);
}

void TestStorage::everyMigrationIsCommented()
{
    // ARCHITECTURE.md: each migration starts with a comment saying why.
    QDir dir(QStringLiteral(RESKONTRA_SOURCE_DIR "/core/storage/migrations"));
    const auto files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), Database::latestSchemaVersion());
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY2(files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'))),
                 qPrintable(files.at(i)));
        QFile f(dir.filePath(files.at(i)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readLine().startsWith("-- "), qPrintable(files.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
