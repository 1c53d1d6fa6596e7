// Visa > Körningar and Systemunderhåll > Rensning loggposter efter avbrott
// (run locks, issue 7): the locks with who, where, since when and whether the
// holder is there, the latest runs, and F6 clearing a lock left on another
// computer after a question that names it (Esc leaves it; audited).
#include "testledger.h"
#include "uitestsupport.h"

#include "audit/auditlog.h"
#include "screens/runsscreen.h"
#include "storage/runlock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {
const QString kCompany = QStringLiteral("001");
} // namespace

class TestRunsScreen : public ScreenTest<RunsScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runsListsLocksAndHistory();
    void clearingAsksAndIsAudited();

private:
    void open(const char *id);
    QTableWidget *locks() const { return child<QTableWidget>("lockTable"); }
    QString cell(QTableWidget *t, int row, int column) const
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }

    std::unique_ptr<TestLedger> m_ledger;
    QString m_question;
};

void TestRunsScreen::initTestCase()
{
    useTemporarySettings();
}

void TestRunsScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bolaget"));
    // One finished booking run of 002 by testare ...
    {
        RunLock done(*m_ledger->db, QStringLiteral("002"), RunKind::Booking,
                     QStringLiteral("företag 002–002 t.o.m. 2026-11-26"));
        UnitOfWork booked(*m_ledger->db); // (what it booked)
        booked.commit();
    }
    // ... and a dunning run of 001 under way on another computer.
    m_ledger->db->run(
        QStringLiteral("INSERT INTO run_lock (company, kind, owner, host, process_id, "
                       "started_at, description, token) VALUES (?, 'dunning', 'cecilia', "
                       "'ws12', 4242, ?, 'företag 001–001, rutin 01–99', 'ws12-token')"),
        {kCompany, m_ledger->db->nowStamp()});
}

void TestRunsScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestRunsScreen::open(const char *id)
{
    ScreenInfo info{QLatin1String(id),
                    QLatin1String(id) == QLatin1String(RunsScreen::kId)
                        ? QStringLiteral("Körningar")
                        : QStringLiteral("Rensning loggposter efter avbrott"),
                    QString()};
    showScreen(info, shellOver(m_ledger->db.get()), QSize(1100, 520), kCompany);
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->setFocus();
}

void TestRunsScreen::runsListsLocksAndHistory()
{
    open(RunsScreen::kId);
    QVERIFY(!m_screen->clearing());
    QCOMPARE(locks()->rowCount(), 1);
    QCOMPARE(cell(locks(), 0, RunsScreen::Company), kCompany);
    QCOMPARE(cell(locks(), 0, RunsScreen::Kind), QStringLiteral("Kravkörning"));
    QCOMPARE(cell(locks(), 0, RunsScreen::Owner), QStringLiteral("cecilia"));
    QCOMPARE(cell(locks(), 0, RunsScreen::Host), QStringLiteral("ws12"));
    QCOMPARE(cell(locks(), 0, RunsScreen::Process), QStringLiteral("4242"));
    QCOMPARE(cell(locks(), 0, RunsScreen::Holder), QStringLiteral("okänd (annan dator)"));
    QVERIFY(cell(locks(), 0, RunsScreen::Since).startsWith(QDate::currentDate().toString(Qt::ISODate)));

    auto *history = child<QTableWidget>("historyTable");
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(cell(history, 0, RunsScreen::HistoryCompanies), QStringLiteral("002"));
    QCOMPARE(cell(history, 0, RunsScreen::HistoryKind), QStringLiteral("Bokföringskörning"));
    QCOMPARE(cell(history, 0, RunsScreen::HistoryOwner), QStringLiteral("testare"));
    QCOMPARE(cell(history, 0, RunsScreen::Outcome), QStringLiteral("klar"));
    saveShot(QStringLiteral("runs-korningar.png"));

    // Körningar only shows: F6 clears nothing here.
    press(Qt::Key_F6);
    QCOMPARE(m_ledger->count(QStringLiteral("run_lock")), 1);
    // F5 reads again: the lock ended meanwhile.
    m_ledger->db->run(QStringLiteral("DELETE FROM run_lock"));
    press(Qt::Key_F5);
    QCOMPARE(locks()->rowCount(), 0);
    QCOMPARE(child<QLabel>("statusLabel")->text(), QStringLiteral("Inga körningar pågår."));
}

void TestRunsScreen::clearingAsksAndIsAudited()
{
    open(RunsScreen::kClearId);
    QVERIFY(m_screen->clearing());
    QVERIFY(!child<QTableWidget>("historyTable"));
    QCOMPARE(locks()->rowCount(), 1);
    QCOMPARE(locks()->currentRow(), 0);

    // Esc on the question: the lock stays.
    onNextModal([this](QWidget *box) {
        m_question = static_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_F6);
    QVERIFY2(m_question.contains(QStringLiteral("Ta bort låset för företag 001?")),
             qPrintable(m_question));
    QVERIFY2(m_question.contains(QStringLiteral("Kravkörning för företag 001 pågår sedan")),
             qPrintable(m_question));
    QVERIFY2(m_question.contains(QStringLiteral("startad av cecilia på ws12")),
             qPrintable(m_question));
    QVERIFY2(m_question.contains(QStringLiteral("Process 4242 på ws12: okänd (annan dator)")),
             qPrintable(m_question));
    QCOMPARE(m_ledger->count(QStringLiteral("run_lock")), 1);

    // Alt+T answers "Ta bort låset".
    onNextModal([this](QWidget *box) {
        saveShot(QStringLiteral("runs-rensning-fraga.png"));
        if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(QDir(QString::fromLocal8Bit(dir))
                                 .filePath(QStringLiteral("runs-rensning-dialog.png")));
        QTest::keyClick(box, Qt::Key_T, Qt::AltModifier);
    });
    press(Qt::Key_F6);
    QCOMPARE(m_ledger->count(QStringLiteral("run_lock")), 0);
    QCOMPARE(locks()->rowCount(), 0);
    QCOMPARE(child<QLabel>("statusLabel")->text(),
             QStringLiteral("Låset för företag 001 (Kravkörning, cecilia) är borttaget."));
    const auto audit = AuditLog(*m_ledger->db).entriesFor(QStringLiteral("run_lock"), kCompany);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().user, QStringLiteral("testare"));
    QCOMPARE(audit.first().context, QStringLiteral("Rensning loggposter efter avbrott"));
    QCOMPARE(RunLocks(*m_ledger->db).recent().first().outcomeText(),
             QStringLiteral("rensad av testare"));
    saveShot(QStringLiteral("runs-rensning-klar.png"));

    // Nothing chosen any more: F6 says so.
    press(Qt::Key_F6);
    QCOMPARE(child<QLabel>("errorLabel")->text(), QStringLiteral("Välj låset som ska tas bort."));
}

QTEST_MAIN(TestRunsScreen)
#include "tst_runsscreen.moc"
