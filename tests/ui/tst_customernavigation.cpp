// Getting to the customer and the replacement invoice through the real main
// window, keyboard only (issue 6): in Sök faktura, F8 on a row opens that
// claim's customer (invoices.customer); on the claim, F8 opens its customer
// and F20 (Shift+F8) Ersättningsfaktura for it; in the customer view, Enter
// on one of the customer's claims opens that claim. The keys come from the
// command registry, with no clashes.
//
// Company 001: Anna Andersson (customer 1001) has 010000001 (1 000,00) and
// 010000002 (2 000,00, invoiced a day later, so listed first); Bo Berg
// (customer 2002) has 010000003 (3 650,00).
#include "testledger.h"

#include "commands/functionkeys.h"
#include "mainwindow.h"
#include "models/claimsearchmodel.h"
#include "models/reporttablemodel.h"
#include "screens/claimscreen.h"
#include "screens/customerscreen.h"
#include "screens/invoicesearchscreen.h"
#include "screens/replacementinvoicescreen.h"
#include "shellcontext.h"

#include <QApplication>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::TestLedger;

class TestCustomerNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keysAreDeclaredWithoutClashes_data();
    void keysAreDeclaredWithoutClashes();
    void customerFromInvoiceSearch_data();
    void customerFromInvoiceSearch();
    void customerFromTheClaimAndBackToAClaim();
    void replacementInvoiceFromTheClaim();

private:
    void settle();
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    void tabTo(const QString &objectName);
    void searchByName(const QString &name);
    void openClaimFromSearch(int downs);
    template <class S> S *screen(const char *id) const
    {
        return qobject_cast<S *>(m_window->screenWidget(QLatin1String(id)));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerNavigation::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestCustomerNavigation::init()
{
    QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra")).clear();
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft older = TestLedger::draft(QStringLiteral("010000001"), Money::fromKronor(1000));
    older.customerNumber = QStringLiteral("1001");
    InvoiceDraft newer = TestLedger::draft(QStringLiteral("010000002"), Money::fromKronor(2000));
    newer.customerNumber = QStringLiteral("1001");
    newer.invoiceDate = QDate(2026, 1, 2);
    InvoiceDraft berg = TestLedger::draft(QStringLiteral("010000003"), Money::fromKronor(3650),
                                          QStringLiteral("Berg, Bo"),
                                          QStringLiteral("701063-2391"));
    berg.customerNumber = QStringLiteral("2002");
    m_ledger->registerInvoices({older, newer, berg});

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

void TestCustomerNavigation::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        delete modal;
    m_window.reset();
    m_ledger.reset();
}

// What a running event loop does between two key presses: queued calls run,
// and the offscreen platform's lost activation is given back to the window.
void TestCustomerNavigation::settle()
{
    QCoreApplication::processEvents();
    if (!QApplication::activeModalWidget() && !QApplication::activePopupWidget()
        && QApplication::activeWindow() != m_window.get())
        QApplication::setActiveWindow(m_window.get());
}

void TestCustomerNavigation::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    settle();
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window.get(), key, modifiers);
    settle();
}

void TestCustomerNavigation::type(const QString &text)
{
    for (const QChar c : text) {
        settle();
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_window.get(), c.toLatin1());
    }
    settle();
}

void TestCustomerNavigation::tabTo(const QString &objectName)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == objectName)
            return;
        press(Qt::Key_Tab);
    }
    QFAIL(qPrintable(QStringLiteral("no field %1 in the tab order").arg(objectName)));
}

// Sök faktura from the global key (Ctrl+Shift+S), a name, Enter: the list.
void TestCustomerNavigation::searchByName(const QString &name)
{
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentScreenId(), QLatin1String(InvoiceSearchScreen::kId));
    auto *search = screen<InvoiceSearchScreen>(InvoiceSearchScreen::kId);
    QVERIFY(search);
    const auto done = [search] {
        return search->model()->state() == ClaimSearchModel::State::Done;
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), 10000);
    settle();
    tabTo(QStringLiteral("name"));
    type(name);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(done(), 10000);
    settle();
    QCOMPARE(QApplication::focusWidget(), search->table());
}

void TestCustomerNavigation::openClaimFromSearch(int downs)
{
    for (int i = 0; i < downs; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(ClaimScreen::kId));
    QTRY_VERIFY(screen<ClaimScreen>(ClaimScreen::kId)->shownClaim().has_value());
}

void TestCustomerNavigation::keysAreDeclaredWithoutClashes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("key");
    QTest::newRow("Sök faktura: F8 Kund") << InvoiceSearchScreen::kCustomerCommand << "F8";
    QTest::newRow("the claim: F8 Kund") << ClaimScreen::kCustomerCommand << "F8";
    QTest::newRow("the claim: F20 Ersättningsfaktura")
        << ClaimScreen::kReplacementCommand << "F20";
}

void TestCustomerNavigation::keysAreDeclaredWithoutClashes()
{
    QFETCH(QString, command);
    QFETCH(QString, key);
    QVERIFY(m_window->commands().contains(command));
    QCOMPARE(keyDisplayName(m_window->commands().key(command)), key);
    QCOMPARE(m_window->commands().conflicts(), QStringList());
}

void TestCustomerNavigation::customerFromInvoiceSearch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("downs");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QStringList>("claims"); // the customer's open claims, newest first

    QTest::newRow("Andersson, second row") << "anders" << 1 << "1001"
                                           << QStringList{"010000002", "010000001"};
    QTest::newRow("Berg, only row") << "Berg" << 0 << "2002" << QStringList{"010000003"};
}

void TestCustomerNavigation::customerFromInvoiceSearch()
{
    QFETCH(QString, name);
    QFETCH(int, downs);
    QFETCH(QString, customer);
    QFETCH(QStringList, claims);
    searchByName(name);
    for (int i = 0; i < downs; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_F8);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(CustomerScreen::kId));
    auto *view = screen<CustomerScreen>(CustomerScreen::kId);
    QVERIFY(view);
    QVERIFY(view->shownCustomer().has_value());
    QCOMPARE(view->shownCustomer()->company, QStringLiteral("001"));
    QCOMPARE(view->shownCustomer()->customerNumber, customer);
    QStringList shown;
    for (int row = 0; row < view->claimsModel()->rowCount(); ++row)
        shown << view->claimsModel()->data(view->claimsModel()->index(row, 0)).toString();
    QCOMPARE(shown, claims);
}

void TestCustomerNavigation::customerFromTheClaimAndBackToAClaim()
{
    searchByName(QStringLiteral("anders"));
    openClaimFromSearch(0); // 010000002
    QCOMPARE(screen<ClaimScreen>(ClaimScreen::kId)->shownClaim()->invoiceNumber,
             QStringLiteral("010000002"));
    press(Qt::Key_F8);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(CustomerScreen::kId));
    auto *view = screen<CustomerScreen>(CustomerScreen::kId);
    QCOMPARE(view->shownCustomer()->customerNumber, QStringLiteral("1001"));
    // The cursor is in the customer's claims; the second (010000001), Enter.
    auto *claims = view->findChild<QTableView *>(QStringLiteral("claims"));
    QVERIFY(claims);
    QCOMPARE(QApplication::focusWidget(), claims);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(ClaimScreen::kId));
    QTRY_COMPARE(screen<ClaimScreen>(ClaimScreen::kId)->shownClaim()->invoiceNumber,
                 QStringLiteral("010000001"));
}

void TestCustomerNavigation::replacementInvoiceFromTheClaim()
{
    searchByName(QStringLiteral("Berg"));
    openClaimFromSearch(0);
    // F20 is typed as Shift+F8 (UI.md: F13–F24 = Shift+F1–F12).
    press(Qt::Key_F8, Qt::ShiftModifier);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(ReplacementInvoiceScreen::kId));
    auto *replacement = screen<ReplacementInvoiceScreen>(ReplacementInvoiceScreen::kId);
    QVERIFY(replacement);
    QVERIFY(replacement->shownDraft().has_value());
    QCOMPARE(replacement->shownDraft()->claim.invoiceNumber, QStringLiteral("010000003"));
    QCOMPARE(replacement->shownDraft()->claim.balance, Money::fromKronor(3650));
    QCOMPARE(replacement->errorText(), QString());
}

QTEST_MAIN(TestCustomerNavigation)
#include "tst_customernavigation.moc"
