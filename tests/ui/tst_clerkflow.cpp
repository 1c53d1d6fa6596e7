// The clerk's round trip through the real main window, keyboard only
// (issue 6): Alt+F S opens Sök faktura, a name is searched, Enter on a row
// opens the real claim screen (invoices.claim) on that claim, F5 → a new due
// date → Enter saves it (ledger and audit old → new checked), and F15 shows
// the interest to today from the new due date, worked out by hand below.
#include "testledger.h"

#include "audit/auditlog.h"
#include "interest/referencerates.h"
#include "ledger/invoicerepository.h"
#include "mainwindow.h"
#include "models/claimsearchmodel.h"
#include "screens/claimscreen.h"
#include "screens/invoicesearchscreen.h"
#include "shellcontext.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::TestLedger;

class TestClerkFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchOpenChangeDueDateAndInterest_data();
    void searchOpenChangeDueDateAndInterest();

private:
    void settle();
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    void tabTo(const QString &objectName);
    InvoiceSearchScreen *searchScreen() const;
    ClaimScreen *claimScreen() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<MainWindow> m_window;
};

void TestClerkFlow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestClerkFlow::init()
{
    QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra")).clear();
    // Today is 2026-11-26 (TestLedger → Database::setToday). Every claim is
    // due 2026-01-31 (TestLedger::draft); the second Andersson claim is
    // invoiced a day later, so it is the newer one and listed first.
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft older = TestLedger::draft(QStringLiteral("010000001"), Money::fromKronor(10000));
    InvoiceDraft newer = TestLedger::draft(QStringLiteral("010000002"), Money::fromKronor(2000));
    newer.invoiceDate = QDate(2026, 1, 2);
    InvoiceDraft berg = TestLedger::draft(QStringLiteral("010000003"), Money::fromKronor(3650),
                                          QStringLiteral("Berg, Bo"),
                                          QStringLiteral("701063-2391"));
    InvoiceDraft oberg = TestLedger::draft(QStringLiteral("010000004"),
                                           Money::fromOre(123456), QStringLiteral("Öberg, Örjan"),
                                           QStringLiteral("194107086995"));
    m_ledger->registerInvoices({older, newer, berg, oberg});
    // The ledger ships 2,00 % from 2026-01-01; the same again from 2026-07-01
    // (2026-H2), so every interest day of 2026 is at 2,00 + 8,00 = 10,00 %.
    ReferenceRates(*m_ledger->db).set(QDate(2026, 7, 1), 200);

    ShellContext shell;
    shell.ledgerName = QStringLiteral("ledger.sqlite");
    shell.engine = QStringLiteral("SQLite");
    shell.user = QStringLiteral("testare");
    shell.companies = {{QStringLiteral("001"), QStringLiteral("Testkommunen")}};
    shell.ledger = m_ledger->db.get();
    m_window = std::make_unique<MainWindow>(shell);
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestClerkFlow::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        delete modal;
    m_window.reset();
    m_ledger.reset();
}

// What a running event loop does between two key presses: queued calls run,
// and the offscreen platform's lost activation is given back to the window.
void TestClerkFlow::settle()
{
    QCoreApplication::processEvents();
    if (!QApplication::activeModalWidget() && !QApplication::activePopupWidget()
        && QApplication::activeWindow() != m_window.get())
        QApplication::setActiveWindow(m_window.get());
}

void TestClerkFlow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    settle();
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window.get(), key, modifiers);
    settle();
}

void TestClerkFlow::type(const QString &text)
{
    // keyClicks takes ASCII only; å/ä/ö go as key events carrying their text.
    for (const QChar c : text) {
        settle();
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = m_window.get();
        if (c.unicode() < 128) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
    settle();
}

void TestClerkFlow::tabTo(const QString &objectName)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == objectName)
            return;
        press(Qt::Key_Tab);
    }
    QFAIL(qPrintable(QStringLiteral("no field %1 in the tab order").arg(objectName)));
}

InvoiceSearchScreen *TestClerkFlow::searchScreen() const
{
    return qobject_cast<InvoiceSearchScreen *>(
        m_window->screenWidget(QLatin1String(InvoiceSearchScreen::kId)));
}

ClaimScreen *TestClerkFlow::claimScreen() const
{
    return qobject_cast<ClaimScreen *>(
        m_window->screenWidget(QLatin1String(InvoiceSearchScreen::kClaimScreenId)));
}

void TestClerkFlow::searchOpenChangeDueDateAndInterest_data()
{
    QTest::addColumn<QString>("name");       // typed in Sök faktura's name field
    QTest::addColumn<QStringList>("listed"); // the rows the search shows, in order
    QTest::addColumn<int>("downs");          // Down presses to the wanted row
    QTest::addColumn<QString>("claim");      // the claim that opens
    QTest::addColumn<QString>("typedDate");  // the new due date as typed
    QTest::addColumn<QDate>("dueDate");      // …and as stored
    QTest::addColumn<QString>("interest");   // F15, to today 2026-11-26

    // Interest = balance (öre) × 1000 (10,00 %, in hundredths) × days
    // / (10 000 × 365), rounded to whole öre; the days run from the day after
    // the due date through today. From 2026-01-31 to today is 299 days
    // (tst_claimscreen), so from a later due date it is 299 minus the days
    // the due date moved.

    // 10 000,00, due 2026-03-15: moved 28 + 15 = 43 days, 299 − 43 = 256 days;
    // 1 000 000 × 1000 × 256 / 3 650 000 = 70 136,98… öre → 701,37 kr.
    QTest::newRow("Andersson, older claim (second row), due 2026-03-15")
        << "anders" << QStringList{"010000002", "010000001"} << 1 << "010000001" << "260315"
        << QDate(2026, 3, 15) << "701,37 kr (256 räntedagar)";
    // 2 000,00, due 2026-02-28: moved 28 days, 271 days;
    // 200 000 × 1000 × 271 / 3 650 000 = 14 849,31… öre → 148,49 kr.
    QTest::newRow("Andersson, newer claim (first row), due 2026-02-28")
        << "anders" << QStringList{"010000002", "010000001"} << 0 << "010000002" << "260228"
        << QDate(2026, 2, 28) << "148,49 kr (271 räntedagar)";
    // 3 650,00, due 2026-06-30: Jul–Oct 31+31+30+31 + Nov 26 = 149 days;
    // 365 000 × 1000 × 149 / 3 650 000 = 14 900 öre → 149,00 kr.
    QTest::newRow("Berg, only row, due 2026-06-30")
        << "Berg" << QStringList{"010000003"} << 0 << "010000003" << "260630"
        << QDate(2026, 6, 30) << "149,00 kr (149 räntedagar)";
    // 1 234,56, due 2026-10-31: Nov 1–26 = 26 days;
    // 123 456 × 1000 × 26 / 3 650 000 = 879,41… öre → 8,79 kr.
    QTest::newRow("Öberg (typed with Ö), due 2026-10-31")
        << "Öberg" << QStringList{"010000004"} << 0 << "010000004" << "261031"
        << QDate(2026, 10, 31) << "8,79 kr (26 räntedagar)";
}

void TestClerkFlow::searchOpenChangeDueDateAndInterest()
{
    QFETCH(QString, name);
    QFETCH(QStringList, listed);
    QFETCH(int, downs);
    QFETCH(QString, claim);
    QFETCH(QString, typedDate);
    QFETCH(QDate, dueDate);
    QFETCH(QString, interest);

    // Fakturor (Alt+F) → Sök faktura (S).
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    press(Qt::Key_S);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(m_window->currentScreenId(), QLatin1String(InvoiceSearchScreen::kId));
    InvoiceSearchScreen *search = searchScreen();
    QVERIFY(search);
    const auto listDone = [search] {
        return search->model()->state() == ClaimSearchModel::State::Done
            || search->model()->state() == ClaimSearchModel::State::Failed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listDone(), 10000);
    settle();

    // Search by name.
    tabTo(QStringLiteral("name"));
    type(name);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(listDone(), 10000);
    settle();
    QCOMPARE(search->model()->state(), ClaimSearchModel::State::Done);
    QStringList shown;
    for (int row = 0; row < search->model()->rowCount(); ++row)
        shown << search->model()->claim(row).invoiceNumber;
    QCOMPARE(shown, listed);

    // Enter on the row opens the real claim screen on that claim.
    for (int i = 0; i < downs; ++i)
        press(Qt::Key_Down);
    QCOMPARE(search->table()->currentIndex().row(), downs);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(InvoiceSearchScreen::kClaimScreenId));
    ClaimScreen *screen = claimScreen();
    QVERIFY(screen);
    QTRY_VERIFY(screen->shownClaim().has_value());
    QCOMPARE(screen->shownClaim()->company, QStringLiteral("001"));
    QCOMPARE(screen->shownClaim()->invoiceNumber, claim);
    auto *due = screen->findChild<QLabel *>(QStringLiteral("dueDate"));
    QVERIFY(due);
    QCOMPARE(due->text(), QStringLiteral("2026-01-31"));
    const int version = screen->shownClaim()->version;

    // F5 → the due date → Enter.
    press(Qt::Key_F5);
    QVERIFY(screen->inChangeMode());
    tabTo(QStringLiteral("due_dateEdit"));
    type(typedDate); // Tab selected the old date: typing replaces it
    press(Qt::Key_Return);
    auto *message = screen->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY2(!screen->inChangeMode(), qPrintable(message ? message->text() : QString()));
    QCOMPARE(due->text(), dueDate.toString(Qt::ISODate));

    // In the ledger, and audited old → new by the clerk.
    const Invoice stored = InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"), claim);
    QCOMPARE(stored.dueDate, dueDate);
    QCOMPARE(stored.version, version + 1);
    const auto audit = AuditLog(*m_ledger->db)
                           .entriesFor(QStringLiteral("invoice"), QStringLiteral("001/") + claim);
    int dueDateEntries = 0;
    for (const AuditLog::Entry &entry : audit) {
        if (entry.field != QStringLiteral("due_date"))
            continue;
        ++dueDateEntries;
        QCOMPARE(entry.oldValue, QStringLiteral("2026-01-31"));
        QCOMPARE(entry.newValue, dueDate.toString(Qt::ISODate));
        QCOMPARE(entry.user, QStringLiteral("testare"));
    }
    QCOMPARE(dueDateEntries, 1);
    // The other claims are untouched.
    for (const QString &other : {"010000001", "010000002", "010000003", "010000004"}) {
        if (other != claim)
            QCOMPARE(InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"), other).dueDate,
                     QDate(2026, 1, 31));
    }

    // F15: interest to today, from the new due date.
    press(Qt::Key_F15);
    auto *result = screen->findChild<QLabel *>(QStringLiteral("interestResult"));
    QVERIFY(result);
    QVERIFY2(result->text().contains(interest), qPrintable(result->text()));

    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/clerkflow-")
                                      + claim + QStringLiteral(".png")));
}

QTEST_MAIN(TestClerkFlow)
#include "tst_clerkflow.moc"
