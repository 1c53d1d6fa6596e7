// kill -9 in the middle of a dunning run and of a BgMax import (issue 7 item
// 8): reskontra-cli runs on a demo ledger of 20 000 claims and is killed at
// several moments; reopened, the ledger passes PRAGMA integrity_check and
// holds either all of the run or none of it, its balances are the sums of
// their transactions, and the next run clears the dead run's lock by itself
// and succeeds.
//
// The moments are taken from the run's own progress, not from the clock: the
// run's unit of work spills its uncommitted pages into the -wal file as it
// goes, so "the WAL has reached 30 % of the size a whole run leaves" is
// somewhere in the middle of the work on any machine. Two rows kill by the
// clock as well (a share of the time a whole run took; such a run may also
// finish first, and must then be all there). SQLite only: on PostgreSQL the
// server rolls back the transaction of a client that is gone, which is not
// this program's code.
#include "bgmaxbuilder.h"
#include "clirunner.h"
#include "testledger.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace rsk;

namespace {

const char *kToday = "2026-11-26";
constexpr int kInvoices = 20000;

using Fingerprint = QMap<QString, qint64>;

// The runs' stdout is not read (the demo's is long); a whole run on
// kInvoices claims may take minutes.
test::CliOptions cliOptions()
{
    test::CliOptions options;
    options.today = QString::fromLatin1(kToday);
    options.discardOutput = true;
    options.timeoutMs = 300000;
    return options;
}

qint64 walSize(const QString &ledger)
{
    const QFileInfo wal(ledger + QLatin1String("-wal"));
    return wal.exists() ? wal.size() : 0;
}

// Everything a dunning run or an import changes, as counts and sums; the
// run lock's own rows (run_lock, run_history and their audit rows) are left
// out: they are committed apart from the run by design.
Fingerprint fingerprint(Database &db)
{
    Fingerprint f;
    for (const char *table :
         {"invoice", "customer", "ledger_transaction", "batch", "dunning_run", "dunning_letter",
          "import_file", "unplaced_payment", "overpayment", "signal_entry", "booking_order",
          "booking_posting", "carried_difference"})
        f.insert(QLatin1String(table),
                 db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
                     .toLongLong());
    const auto sum = [&](const QString &key, const QString &sql) {
        f.insert(key, db.scalar(sql).toLongLong());
    };
    sum(QStringLiteral("balance"), QStringLiteral("SELECT SUM(balance_ore) FROM invoice"));
    sum(QStringLiteral("paid"), QStringLiteral("SELECT SUM(paid_ore) FROM invoice"));
    sum(QStringLiteral("fees"), QStringLiteral("SELECT SUM(reminder_fee_ore + collection_fee_ore "
                                               "+ reminder_fee_undebited_ore) FROM invoice"));
    sum(QStringLiteral("versions"), QStringLiteral("SELECT SUM(version) FROM invoice"));
    sum(QStringLiteral("reminded"),
        QStringLiteral("SELECT COUNT(*) FROM invoice WHERE reminder1_date IS NOT NULL"));
    sum(QStringLiteral("effects"), QStringLiteral("SELECT SUM(effect_ore) FROM ledger_transaction"));
    sum(QStringLiteral("series"), QStringLiteral("SELECT SUM(next_value) FROM number_series"));
    sum(QStringLiteral("audit"),
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name NOT IN ('run_lock', "
                       "'run_history')"));
    return f;
}

QString describe(const Fingerprint &f)
{
    QStringList parts;
    for (auto it = f.begin(); it != f.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

QString integrityOf(const QString &ledger)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("crash-check"));
        db.setDatabaseName(ledger);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            result = q.value(0).toString();
        else
            result = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    return result;
}

// The rules every ledger keeps, whatever was interrupted: a claim's balance
// is its amount plus its transactions; a dunning run's letter count is the
// number of its letters; a read payment file's count is its payments'.
QStringList brokenRules(Database &db)
{
    QStringList broken;
    const qint64 badBalances = db.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM invoice i WHERE i.balance_ore <> i.amount_ore + (SELECT "
        "COALESCE(SUM(t.effect_ore), 0) FROM ledger_transaction t WHERE t.invoice_id = i.id)"))
                                   .toLongLong();
    if (badBalances > 0)
        broken << QStringLiteral("%1 claims whose balance is not amount + transactions")
                      .arg(badBalances);
    const qint64 badRuns = db.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM dunning_run r WHERE r.letter_count <> (SELECT COUNT(*) FROM "
        "dunning_letter l WHERE l.run_id = r.id)"))
                               .toLongLong();
    if (badRuns > 0)
        broken << QStringLiteral("%1 dunning runs whose letter count is not their letters")
                      .arg(badRuns);
    const qint64 orphans = db.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM dunning_letter l WHERE NOT EXISTS (SELECT 1 FROM dunning_run r "
        "WHERE r.id = l.run_id)"))
                               .toLongLong();
    if (orphans > 0)
        broken << QStringLiteral("%1 letters without their run").arg(orphans);
    return broken;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDunningRun_data() { killMoments(); }
    void killDunningRun();
    void killBgMaxImport_data() { killMoments(); }
    void killBgMaxImport();
    void someKillsLandedMidRun();

private:
    enum class Job { Dunning, BgMax };
    static void killMoments();
    QStringList jobArgs(Job job) const;
    // Runs `job` to the end on a copy of the base ledger: what all of it is.
    void runWhole(Job job);
    void killAndCheck(Job job);
    QString copyOfBase(const QString &name);
    Fingerprint fingerprintOf(const QString &ledger);

    QTemporaryDir m_dir;
    QString m_base;
    QString m_bgmax;
    Fingerprint m_none;
    QMap<Job, Fingerprint> m_all;
    QMap<Job, qint64> m_walOfWholeRun;
    QMap<Job, qint64> m_timeOfWholeRun;
    int m_killedMidRun = 0;
    int m_killedAfterCommit = 0;
    int m_deadLocksCleared = 0;
};

void TestCrash::initTestCase()
{
    if (test::onPostgres())
        QSKIP("kill -9 of a client on PostgreSQL: the server rolls back its open transaction");
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
    const test::CliRun demo
        = test::runCli(m_base,
                       {QStringLiteral("demo"), QStringLiteral("--invoices"),
                        QString::number(kInvoices), QStringLiteral("--seed"), QStringLiteral("7")},
                       cliOptions());
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    // A BgMax file paying every open claim in full, a section per company
    // (its bankgiro), and 50 payments with references no claim has (unplaced).
    {
        auto db = Database::open(m_base, Database::OpenMode::OpenExisting);
        test::BgMaxBuilder b;
        b.start();
        int payments = 0;
        QSqlQuery companies = db->run(QStringLiteral("SELECT number, bankgiro FROM company "
                                                     "WHERE bankgiro <> '' ORDER BY number"));
        QList<QPair<QString, QString>> sections;
        while (companies.next())
            sections.append({companies.value(0).toString(), companies.value(1).toString()});
        for (const auto &[company, bankgiro] : sections) {
            b.section(bankgiro);
            QSqlQuery q = db->run(QStringLiteral("SELECT ocr, balance_ore FROM invoice WHERE "
                                                 "company = ? AND balance_ore > 0 AND ocr <> '' "
                                                 "ORDER BY id"),
                                  {company});
            while (q.next()) {
                b.payment(q.value(0).toString(), q.value(1).toLongLong());
                ++payments;
            }
            if (company == sections.first().first)
                for (int i = 0; i < 50; ++i)
                    b.payment(QStringLiteral("99%1").arg(i, 6, 10, QLatin1Char('0')), 10000);
            b.endSection(QDate(2026, 11, 25));
        }
        b.end();
        QVERIFY2(payments > 2000, qPrintable(QString::number(payments)));
        m_bgmax = m_dir.filePath(QStringLiteral("bgmax.txt"));
        QFile f(m_bgmax);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b.bytes());
        m_none = fingerprint(*db);
        QVERIFY2(brokenRules(*db).isEmpty(), qPrintable(brokenRules(*db).join(QLatin1Char('\n'))));
    }
    QVERIFY(!QFileInfo::exists(m_base + QLatin1String("-wal"))); // closed and checkpointed
    runWhole(Job::Dunning);
    runWhole(Job::BgMax);
}

QStringList TestCrash::jobArgs(Job job) const
{
    if (job == Job::Dunning)
        return {QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
                QString::fromLatin1(kToday)};
    return {QStringLiteral("import"), QStringLiteral("bgmax"), m_bgmax};
}

QString TestCrash::copyOfBase(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (!QFile::copy(m_base, path))
        qFatal("cannot copy %s", qPrintable(m_base));
    return path;
}

Fingerprint TestCrash::fingerprintOf(const QString &ledger)
{
    auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
    return fingerprint(*db);
}

void TestCrash::runWhole(Job job)
{
    const QString ledger = copyOfBase(QStringLiteral("whole-%1").arg(int(job)));
    QProcess process;
    test::startCli(process, ledger, jobArgs(job), cliOptions());
    QVERIFY(process.waitForStarted());
    qint64 largest = 0;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(1))
        largest = std::max(largest, walSize(ledger));
    m_timeOfWholeRun[job] = timer.elapsed();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    qInfo("whole %s: %lld ms, WAL up to %lld bytes", job == Job::Dunning ? "dunning run" : "import",
          timer.elapsed(), largest);
    QVERIFY2(largest > 512 * 1024, "the run wrote too little to kill it in the middle");
    m_walOfWholeRun[job] = largest;
    m_all[job] = fingerprintOf(ledger);
    // The run did something: letters, or payments.
    if (job == Job::Dunning)
        QVERIFY(m_all[job].value(QStringLiteral("dunning_letter")) > 1000);
    else
        QVERIFY(m_all[job].value(QStringLiteral("ledger_transaction"))
                > m_none.value(QStringLiteral("ledger_transaction")) + 2000);
}

void TestCrash::killMoments()
{
    // Kill when the WAL reaches this share of a whole run's; or (0) when
    // this share of a whole run's time has passed.
    QTest::addColumn<int>("walPercent");
    QTest::addColumn<int>("timePercent");
    QTest::newRow("at the very start (WAL at 1 %)") << 1 << 0;
    QTest::newRow("early in the work (WAL at 10 %)") << 10 << 0;
    QTest::newRow("half-way (WAL at 50 %)") << 50 << 0;
    QTest::newRow("near the end (WAL at 90 %)") << 90 << 0;
    QTest::newRow("by the clock: at 20 % of a whole run's time") << 0 << 20;
    QTest::newRow("by the clock: at 70 % of a whole run's time") << 0 << 70;
}

void TestCrash::killDunningRun()
{
    killAndCheck(Job::Dunning);
}

void TestCrash::killBgMaxImport()
{
    killAndCheck(Job::BgMax);
}

void TestCrash::killAndCheck(Job job)
{
    QFETCH(int, walPercent);
    QFETCH(int, timePercent);
    const QString ledger = copyOfBase(QStringLiteral("killed"));
    const qint64 trigger = std::max<qint64>(1, m_walOfWholeRun.value(job) * walPercent / 100);
    const qint64 afterMs = m_timeOfWholeRun.value(job) * timePercent / 100;

    QProcess process;
    test::startCli(process, ledger, jobArgs(job), cliOptions());
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (process.state() == QProcess::Running) {
        if (walPercent > 0 ? walSize(ledger) >= trigger : timer.elapsed() >= afterMs)
            break;
        QThread::usleep(200);
    }
    const qint64 walAtKill = walSize(ledger);
    const qint64 killedAfter = timer.elapsed();
    const qint64 pid = process.processId();
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished(10000));
    if (process.exitStatus() != QProcess::CrashExit) {
        // By the clock on a machine faster now than when the whole run was
        // timed; the WAL rows must kill.
        QVERIFY2(walPercent == 0,
                 qPrintable(QStringLiteral("the run ended (exit %1) before the WAL reached %2 "
                                           "bytes; make the ledger bigger")
                                .arg(process.exitCode())
                                .arg(trigger)));
        QCOMPARE(process.exitCode(), 0);
    }

    // Reopened: sound, and all of the run or none of it.
    QCOMPARE(integrityOf(ledger), QStringLiteral("ok"));
    Fingerprint after;
    qint64 deadLocks = 0;
    {
        auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
        after = fingerprint(*db);
        deadLocks = db->scalar(QStringLiteral("SELECT COUNT(*) FROM run_lock WHERE process_id = ?"),
                               {pid})
                        .toLongLong();
        const QStringList broken = brokenRules(*db);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }
    const bool none = after == m_none;
    const bool all = after == m_all.value(job);
    QVERIFY2(none || all, qPrintable(QStringLiteral("killed at WAL %1 bytes, %2 ms:\nbefore %3\n"
                                                    "whole  %4\nafter  %5")
                                         .arg(walAtKill)
                                         .arg(killedAfter)
                                         .arg(describe(m_none), describe(m_all.value(job)),
                                              describe(after))));
    qInfo("killed at WAL %lld bytes after %lld ms: %s; its run lock %s", walAtKill, killedAfter,
          none ? "none of the run" : "all of the run", deadLocks > 0 ? "left behind" : "not there");
    if (none && walAtKill > 0)
        ++m_killedMidRun;
    if (all)
        ++m_killedAfterCommit;

    // The next run clears the dead run's lock by itself (same host, its
    // process is gone) and does the work, or finds it done.
    const test::CliRun again = test::runCli(ledger, jobArgs(job), cliOptions());
    if (none || job == Job::Dunning) {
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    } else { // the file was read: a second reading is refused for that alone
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(!again.err.contains(QLatin1String("pågår")), qPrintable(again.err));
    }
    auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM run_lock")).toInt(), 0);
    if (deadLocks > 0) { // cleared as stale, and the clearing kept
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM run_history WHERE process_id "
                                           "= ? AND outcome = 'stale'"),
                            {pid})
                     .toLongLong(),
                 deadLocks);
        ++m_deadLocksCleared;
    }
    Fingerprint done = fingerprint(*db);
    if (job == Job::Dunning && all) // the second run found nothing to do: one more empty run
        done[QStringLiteral("dunning_run")] -= 1;
    done.remove(QStringLiteral("audit"));
    Fingerprint whole = m_all.value(job);
    whole.remove(QStringLiteral("audit"));
    QVERIFY2(done == whole, qPrintable(QStringLiteral("after the second run %1\nwhole %2")
                                           .arg(describe(done), describe(whole))));
    QVERIFY(brokenRules(*db).isEmpty());
}

// A test that only ever killed finished runs, or runs that had not taken
// their lock yet, would prove nothing.
void TestCrash::someKillsLandedMidRun()
{
    qInfo("%d kills in the middle of a run, %d after its commit; %d dead run locks cleared",
          m_killedMidRun, m_killedAfterCommit, m_deadLocksCleared);
    QVERIFY(m_killedMidRun >= 4);
    QVERIFY(m_deadLocksCleared >= 4);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
