// One run at a time per company (issue 7 "Concurrency", migration 015): two
// connections on the same ledger (two Database objects on TestLedger's
// path, so the same test runs on SQLite and PostgreSQL), a second run refused
// while the first holds the lock and nothing changed by it, the lock gone
// after a run and after an exception inside one, a run inside a run covered
// by the outer lock, a stale lock (this host, a dead process) cleared by the
// next run, a live foreign holder only cleared by the administrator
// (audited), two threads racing for the same lock (exactly one wins), and a
// reskontra-cli process refused while this process holds the company.
#include "storage/runlock.h"

#include "audit/auditlog.h"
#include "bookkeeping/bookingrun.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "ledger/invoicerepository.h"
#include "paymentimportfixture.h"
#include "bgmaxbuilder.h"
#include "clirunner.h"
#include "testledger.h"

#include <QAtomicInt>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

using namespace rsk;
using rsk::test::BgMaxBuilder;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");
const QString kDunned = QStringLiteral("040000001");  // 10 000,00, due 2026-01-31
const QString kPaid = QStringLiteral("010000001");    // 1 000,00, paid by the BgMax file
// Both claims are due for reminder 1 on 2026-02-10 (routine 01 by the
// ledger's default settings).
constexpr int kDue = 2;

// Routine 04: reminder 1 ten days after the due date (2026-02-10), a
// collection demand ten days after reminder 2 with a debited fee of 180,00.
DunningSettings settings()
{
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminder1.days = 10;
    s.reminder2.days = 10;
    s.collectionBasis = CollectionBasis::Reminder2;
    s.collection.days = 10;
    s.collection.fee = Money::fromKronor(180);
    s.collection.debit = true;
    return s;
}

DunningSelection dunningOn(const QDate &date, const QString &company = QString())
{
    DunningSelection s;
    s.runDate = date;
    s.companyFrom = company;
    s.companyTo = company;
    return s;
}

// A ledger with the two claims and a second connection on it.
struct TwoClerks
{
    TwoClerks()
    {
        DunningSettingsRegister(*t.db).save(settings());
        t.registerInvoices({TestLedger::draft(kDunned, Money::fromKronor(10000)),
                            TestLedger::draft(kPaid, Money::fromKronor(1000))});
        t.addCompany(QStringLiteral("002"), QStringLiteral("Bolaget"));
        t.db->setUser(QStringLiteral("anna"));
        b = Database::open(t.path, Database::OpenMode::OpenExisting);
        b->setUser(QStringLiteral("bertil"));
        b->setToday(t.db->today());
    }
    Database &a() { return *t.db; }

    // What any of the runs would change: the claims' versions and the rows
    // the runs write.
    QString fingerprint()
    {
        QStringList parts{t.db->scalar(QStringLiteral("SELECT SUM(version) FROM invoice"))
                              .toString()};
        for (const char *table : {"ledger_transaction", "booking_order", "dunning_run",
                                  "dunning_letter", "import_file", "unplaced_payment"})
            parts << QString::number(t.count(QLatin1String(table)));
        return parts.join(QLatin1Char('/'));
    }

    TestLedger t;
    std::unique_ptr<Database> b;
};

QByteArray bgmaxPaying(const QString &invoice, qint64 ore)
{
    BgMaxBuilder f;
    f.start().section(QStringLiteral("5805-6201"));
    f.payment(Ocr::ocrForInvoice(invoice), ore);
    return f.endSection(QDate(2026, 2, 5)).end().bytes();
}

PaymentFile parsed(const QByteArray &bytes)
{
    const auto r = BgMaxParser::parse(bytes, QStringLiteral("bgmax_0205.txt"));
    if (!r.file)
        qFatal("test file does not parse");
    return *r.file;
}

// A lock row as another holder left it.
void insertLock(Database &db, const QString &company, const QString &host, qint64 pid,
                qint64 backendPid, const QString &token)
{
    db.run(QStringLiteral("INSERT INTO run_lock (company, kind, owner, host, process_id, "
                          "backend_pid, started_at, description, token) "
                          "VALUES (?, 'dunning', 'cecilia', ?, ?, ?, ?, 'företag 001–001', ?)"),
           {company, host, pid, backendPid > 0 ? QVariant(backendPid) : QVariant(),
            db.nowStamp(), token});
}

// A process id that was alive a moment ago and is not any more.
qint64 deadProcessId()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        qFatal("cannot start true");
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

QString history(Database &db)
{
    QStringList out;
    for (const RunHistoryEntry &e : RunLocks(db).recent(10))
        out << e.kind + QLatin1Char(':') + e.companies + QLatin1Char(':') + e.outcome;
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestRunLocks : public QObject
{
    Q_OBJECT

private slots:
    void secondRunRefused_data();
    void secondRunRefused();
    void otherCompanyRunsMeanwhile();
    void releasedAfterRun();
    void releasedAfterException();
    void runInsideRunIsCovered();
    void staleLockClearedAutomatically();
    void foreignHolderOnlyClearedByAdministrator();
    void threadsRacing();
    void cliProcessRefused();
};

void TestRunLocks::secondRunRefused_data()
{
    QTest::addColumn<int>("heldKind"); // RunKind A holds on 001
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<QString>("heldName");
    // The key is the company alone: a run of another kind is refused too.
    QTest::newRow("dunning run held, dunning run refused")
        << int(RunKind::Dunning) << "dunning" << "Kravkörning";
    QTest::newRow("dunning run held, booking run refused")
        << int(RunKind::Dunning) << "booking" << "Kravkörning";
    QTest::newRow("dunning run held, BgMax import refused")
        << int(RunKind::Dunning) << "bgmax" << "Kravkörning";
    QTest::newRow("BgMax import held, dunning run refused")
        << int(RunKind::BgMaxImport) << "dunning" << "Inläsning BgMax";
    QTest::newRow("booking run held, BgMax import refused")
        << int(RunKind::Booking) << "bgmax" << "Bokföringskörning";
}

void TestRunLocks::secondRunRefused()
{
    QFETCH(int, heldKind);
    QFETCH(QString, attempt);
    QFETCH(QString, heldName);
    TwoClerks c;
    const QString before = c.fingerprint();
    RunLock held(c.a(), kCompany, RunKind(heldKind), QStringLiteral("företag 001–001"));
    QCOMPARE(held.companies(), QStringList{kCompany});
    try {
        if (attempt == QLatin1String("dunning"))
            DunningRun(*c.b).run(dunningOn(QDate(2026, 2, 10)));
        else if (attempt == QLatin1String("booking"))
            BookingRun(*c.b).run({QDate(2026, 2, 10), kCompany, kCompany, {}, {}, {}});
        else
            PaymentImport(*c.b).run(parsed(bgmaxPaying(kPaid, 100000)), {});
        QFAIL("the second run was not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
        // "Kravkörning för företag 001 pågår sedan 14:05, startad av anna på ws12."
        const QRegularExpression said(
            QStringLiteral("^%1 för företag 001 pågår sedan \\d\\d:\\d\\d, startad av anna på %2\\.")
                .arg(heldName, QRegularExpression::escape(RunLocks::thisHost())));
        QVERIFY2(said.match(e.message()).hasMatch(), qPrintable(e.message()));
    }
    QCOMPARE(c.fingerprint(), before);
    QVERIFY(!InvoiceRepository(c.a()).require(kCompany, kDunned).reminder1Date.isValid());
    // The holder's row is untouched.
    const auto row = RunLocks(*c.b).find(kCompany);
    QVERIFY(row);
    QCOMPARE(row->owner, QStringLiteral("anna"));
    QCOMPARE(row->holder, RunLockInfo::Holder::Alive);
    QCOMPARE(row->processId, RunLocks::thisProcess());
    // Read back as UTC on both engines (PostgreSQL's TIMESTAMP drops the zone).
    QVERIFY(qAbs(row->startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    if (c.a().engine() == Engine::PostgreSQL)
        QCOMPARE(row->backendPid, RunLocks(c.a()).backendPid());
    else
        QCOMPARE(row->backendPid, qint64(0));
}

void TestRunLocks::otherCompanyRunsMeanwhile()
{
    TwoClerks c;
    RunLock held(c.a(), kCompany, RunKind::Dunning, QString());
    // Company 002 is not held: its (empty) run goes through and leaves 001's lock.
    const DunningRunResult r = DunningRun(*c.b).run(dunningOn(QDate(2026, 2, 10), "002"));
    QVERIFY(r.runId > 0);
    QCOMPARE(RunLocks(*c.b).current().size(), 1);
    QCOMPARE(history(*c.b), QStringLiteral("dunning:002:done"));
}

void TestRunLocks::releasedAfterRun()
{
    TwoClerks c;
    // 2026-02-10: reminder 1 for 040000001 (31 Jan + 10 days).
    const DunningRunResult r = DunningRun(*c.b).run(dunningOn(QDate(2026, 2, 10)));
    QCOMPARE(r.items.size(), kDue);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
    // The run over 001–999 held both companies.
    QCOMPARE(history(*c.b), QStringLiteral("dunning:001, 002:done"));
    // The other clerk can take the company at once.
    RunLock again(c.a(), kCompany, RunKind::Dunning, QString());
    QCOMPARE(again.companies(), QStringList{kCompany});
}

void TestRunLocks::releasedAfterException()
{
    TwoClerks c;
    const QString before = c.fingerprint();
    PaymentImport::Options cancel;
    cancel.progress = [&](int, int) {
        // Inside the run: the company is held by B while it works.
        const auto held = RunLocks(c.a()).find(kCompany);
        return !(held && held->kind == QLatin1String("bgmax") && held->owner == "bertil");
    };
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             PaymentImport(*c.b).run(parsed(bgmaxPaying(kPaid, 100000)), cancel));
    QCOMPARE(c.fingerprint(), before);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
    // A run that changed nothing leaves no trace (the "nothing changed" of
    // the import's own tests counts every table).
    QCOMPARE(c.t.count(QStringLiteral("run_history")), 0);
    // Taken again at once, then the file goes in.
    const ImportSummary s = PaymentImport(*c.b).run(parsed(bgmaxPaying(kPaid, 100000)), {});
    QCOMPARE(s.matched, 1);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
    QCOMPARE(history(c.a()), QStringLiteral("bgmax:001:done"));
    // A dry run leaves no trace either.
    PaymentImport::Options dry;
    dry.dryRun = true;
    dry.force = true;
    PaymentImport(*c.b).run(parsed(bgmaxPaying(kPaid, 100000)), dry);
    QCOMPARE(c.t.count(QStringLiteral("run_history")), 1);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
}

void TestRunLocks::runInsideRunIsCovered()
{
    TwoClerks c;
    c.a().run(QStringLiteral("UPDATE invoice SET reminder1_date = ?, reminder2_date = ? "
                             "WHERE invoice_number = ?"),
              {dateArg(QDate(2026, 2, 10)), dateArg(QDate(2026, 2, 20)), kDunned});
    // 2026-03-02: the collection demand debits 180,00, booked at once by a
    // booking run inside the dunning run's unit of work and lock.
    const DunningRunResult r = DunningRun(*c.b).run(dunningOn(QDate(2026, 3, 2), "001"));
    QCOMPARE(r.items.size(), 2); // and reminder 1 for 010000001
    QCOMPARE(r.feesDebited().ore(), qint64(18000));
    QCOMPARE(r.bookingOrders.size(), 1);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
    QCOMPARE(history(c.a()), QStringLiteral("dunning:001:done"));
    // A RunLock inside a RunLock on the same connection and company writes no row.
    RunLock outer(c.a(), kCompany, RunKind::Dunning, QString());
    {
        RunLock inner(c.a(), kCompany, RunKind::Booking, QString());
        QVERIFY(inner.companies().isEmpty());
        QCOMPARE(c.t.count(QStringLiteral("run_lock")), 1);
    }
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 1);
}

void TestRunLocks::staleLockClearedAutomatically()
{
    TwoClerks c;
    // Left by a reskontra-cli on this computer that was killed mid-run.
    insertLock(c.a(), kCompany, RunLocks::thisHost(), deadProcessId(), 0, "left-behind");
    const auto stale = RunLocks(*c.b).find(kCompany);
    QVERIFY(stale);
    QCOMPARE(stale->holder, RunLockInfo::Holder::Gone);

    const DunningRunResult r = DunningRun(*c.b).run(dunningOn(QDate(2026, 2, 10), "001"));
    QCOMPARE(r.items.size(), kDue);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
    QCOMPARE(history(c.a()), QStringLiteral("dunning:001:done dunning:001:stale"));
    // The clearing is audited, by the clerk whose run cleared it.
    const auto audit = AuditLog(c.a()).entriesFor(QStringLiteral("run_lock"), kCompany);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().user, QStringLiteral("bertil"));
    QCOMPARE(audit.first().action, QStringLiteral("delete"));
}

void TestRunLocks::foreignHolderOnlyClearedByAdministrator()
{
    TwoClerks c;
    // A live holder on another computer (on PostgreSQL: a live connection).
    const qint64 backend = RunLocks(c.a()).backendPid();
    insertLock(c.a(), kCompany, QStringLiteral("ws12"), 4242, backend, "ws12-token");
    const QString before = c.fingerprint();
    try {
        DunningRun(*c.b).run(dunningOn(QDate(2026, 2, 10), "001"));
        QFAIL("the run was not refused");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("startad av cecilia på ws12")),
                 qPrintable(e.message()));
        if (c.a().engine() == Engine::SQLite) // another computer: cannot be told
            QVERIFY2(e.message().contains(QStringLiteral("Rensning loggposter efter avbrott")),
                     qPrintable(e.message()));
    }
    QCOMPARE(c.fingerprint(), before);
    const auto row = RunLocks(*c.b).find(kCompany);
    QVERIFY(row);
    QCOMPARE(row->holder, c.a().engine() == Engine::SQLite ? RunLockInfo::Holder::Unknown
                                                           : RunLockInfo::Holder::Alive);

    // A token that is not the shown lock's clears nothing.
    QVERIFY_THROWS_EXCEPTION(LedgerError, RunLocks(*c.b).clear(kCompany, "another"));
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 1);
    RunLocks(*c.b).clear(kCompany, row->token);
    QCOMPARE(c.t.count(QStringLiteral("run_lock")), 0);
    QCOMPARE(history(c.a()), QStringLiteral("dunning:001:cleared"));
    QCOMPARE(RunLocks(c.a()).recent().first().clearedBy, QStringLiteral("bertil"));
    const auto audit = AuditLog(c.a()).entriesFor(QStringLiteral("run_lock"), kCompany);
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().oldValue.contains(QStringLiteral("ws12"))
                 || audit.first().context.contains(QStringLiteral("Rensning")),
             qPrintable(audit.first().oldValue + audit.first().context));
    // Now the run goes through.
    QCOMPARE(DunningRun(*c.b).run(dunningOn(QDate(2026, 2, 10), "001")).items.size(), kDue);
}

void TestRunLocks::threadsRacing()
{
    TestLedger t;
    const QString path = t.path;
    constexpr int kRounds = 12;
    for (int round = 0; round < kRounds; ++round) {
        QSemaphore ready, go, attempted;
        QAtomicInt wins, conflicts;
        QMutex mutex;
        QStringList problems;
        auto clerk = [&](const QString &user) {
            try {
                auto db = Database::open(path, Database::OpenMode::OpenExisting);
                db->setUser(user);
                ready.release();
                go.acquire();
                std::optional<RunLock> lock;
                try {
                    lock.emplace(*db, kCompany, RunKind::Dunning, user);
                    wins.ref();
                } catch (const LedgerError &e) {
                    if (e.kind() == LedgerError::Kind::Conflict)
                        conflicts.ref();
                    else {
                        QMutexLocker l(&mutex);
                        problems << e.message();
                    }
                }
                attempted.release();
                // The winner holds the lock until the other has tried.
                if (lock && !attempted.tryAcquire(2, 20000)) {
                    QMutexLocker l(&mutex);
                    problems << QStringLiteral("the other clerk never tried");
                }
            } catch (const std::exception &e) {
                QMutexLocker l(&mutex);
                problems << QString::fromUtf8(e.what());
                ready.release();
                attempted.release();
            }
        };
        std::unique_ptr<QThread> first(QThread::create(clerk, QStringLiteral("anna")));
        std::unique_ptr<QThread> second(QThread::create(clerk, QStringLiteral("bertil")));
        first->start();
        second->start();
        QVERIFY(ready.tryAcquire(2, 20000));
        go.release(2);
        QVERIFY(first->wait(30000));
        QVERIFY(second->wait(30000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(wins.loadRelaxed(), 1);
        QCOMPARE(conflicts.loadRelaxed(), 1);
        QCOMPARE(t.count(QStringLiteral("run_lock")), 0);
    }
    // No winner's lock was ever taken for a stale one (that would be in the
    // history; the winners themselves committed nothing, so left none).
    QCOMPARE(t.count(QStringLiteral("run_history")), 0);
}

void TestRunLocks::cliProcessRefused()
{
    TwoClerks c;
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
    RunLock held(c.a(), kCompany, RunKind::Dunning, QStringLiteral("företag 001–001"));
    const QString before = c.fingerprint();
    const test::CliRun cli = test::runCli(
        c.t.path, {QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
                   QStringLiteral("2026-02-10"), QStringLiteral("--company"), kCompany});
    const QString err = cli.err;
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(err.contains(QStringLiteral("Kravkörning för företag 001 pågår sedan")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("startad av anna")), qPrintable(err));
    QCOMPARE(c.fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestRunLocks)
#include "tst_runlocks.moc"
