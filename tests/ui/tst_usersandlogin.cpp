// Users and permissions in the GUI (issue 7), keyboard only: the login
// dialog, which screens each role may open (menus disabled, openScreen
// refused), a clerk without company 002 (company picker, Sök faktura, the
// claim screen), the Användare och behörigheter screen, and the automatic
// log-out after an (injected, short) idle time back to the login dialog.
#include "testledger.h"

#include "idlelogout.h"
#include "mainwindow.h"
#include "models/claimsearchmodel.h"
#include "screens/claimscreen.h"
#include "screens/invoicesearchscreen.h"
#include "screens/usersscreen.h"
#include "session.h"
#include "users/users.h"
#include "widgets/logindialog.h"
#include "widgets/shellstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::TestLedger;

namespace {

const QString kGood = QStringLiteral("rätt-häst-batteri");
const QString kClaim001 = QStringLiteral("010000001");
const QString kClaim002 = QStringLiteral("010000002");

} // namespace

class TestUsersAndLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loginDialog_data();
    void loginDialog();
    void screenRoles_data();
    void screenRoles();
    void clerkSeesOnlyOwnCompany();
    void usersScreenAddsUser();
    void usersScreenKeepsLastAdministrator();
    void idleLogoutReturnsToLogin();

private:
    void openWindow(const Access &access);
    void settle(QWidget *window);
    void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(QWidget *window, const QString &text);
    void shot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<MainWindow> m_window;
};

void TestUsersAndLogin::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestUsersAndLogin::init()
{
    QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra")).clear();
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    InvoiceDraft other = TestLedger::draft(kClaim002, Money::fromKronor(500),
                                           QStringLiteral("Andersson, Bertil"),
                                           QStringLiteral("750101-1238"));
    other.company = QStringLiteral("002");
    m_ledger->registerInvoices({TestLedger::draft(kClaim001, Money::fromKronor(1000)), other});
    Users users(*m_ledger->db);
    users.create(QStringLiteral("admin"), QStringLiteral("Administratör"), Role::Administrator);
    users.setPassword(QStringLiteral("admin"), kGood);
    users.create(QStringLiteral("kalle"), QStringLiteral("Kalle Anka"), Role::Clerk,
                 {QStringLiteral("001")});
    users.setPassword(QStringLiteral("kalle"), kGood);
}

void TestUsersAndLogin::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        delete modal;
    m_window.reset();
    m_ledger.reset();
}

void TestUsersAndLogin::openWindow(const Access &access)
{
    m_ledger->db->setAccess(access);
    ShellContext shell;
    shell.ledgerName = QStringLiteral("ledger.sqlite");
    shell.engine = QStringLiteral("SQLite");
    shell.user = QStringLiteral("testare");
    shell.companies = {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                       {QStringLiteral("002"), QStringLiteral("Bostäder AB")}};
    shell.ledger = m_ledger->db.get();
    m_window = std::make_unique<MainWindow>(shell);
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUsersAndLogin::settle(QWidget *widget)
{
    // The login dialog deletes itself once accepted: never touch it afterwards.
    const QPointer<QWidget> window(widget);
    QCoreApplication::processEvents();
    if (window && !QApplication::activeModalWidget() && !QApplication::activePopupWidget()
        && QApplication::activeWindow() != window)
        QApplication::setActiveWindow(window);
}

void TestUsersAndLogin::press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    const QPointer<QWidget> window(widget);
    settle(window);
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window.data(), key, modifiers);
    settle(window);
}

void TestUsersAndLogin::type(QWidget *window, const QString &text)
{
    for (const QChar c : text) {
        settle(window);
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = window;
        if (c.unicode() < 128) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
    settle(window);
}

void TestUsersAndLogin::shot(QWidget *widget, const QString &name)
{
    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
}

void TestUsersAndLogin::loginDialog_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right password") << "kalle" << kGood << true;
    QTest::newRow("wrong password") << "kalle" << "fel-lösenord-1" << false;
    QTest::newRow("unknown user") << "okand" << kGood << false;
}

void TestUsersAndLogin::loginDialog()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    LoginDialog dialog(LoginDialog::ledgerLogin(*m_ledger->db), QStringLiteral("ledger.sqlite"),
                       QString());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // No name given: the cursor starts in the user field; Tab to the password.
    QCOMPARE(QApplication::focusWidget(), dialog.userEdit());
    type(&dialog, user);
    press(&dialog, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    type(&dialog, password);
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    press(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    if (accepted) {
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.access().user(), QStringLiteral("kalle"));
        QCOMPARE(dialog.access().role(), Role::Clerk);
        QCOMPARE(dialog.access().companies(), QStringList{QStringLiteral("001")});
        return;
    }
    // Still open, the same words for a wrong password and an unknown user,
    // the password cleared and the cursor back in it.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), Users::loginFailedMessage());
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    shot(&dialog, QStringLiteral("login-refused.png"));
}

void TestUsersAndLogin::screenRoles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("opens");
    const int read = int(Role::Read);
    const int clerk = int(Role::Clerk);
    const int supervisor = int(Role::Supervisor);
    const int admin = int(Role::Administrator);
    QTest::newRow("read: Sök faktura") << read << "invoices.search" << true;
    QTest::newRow("read: Registrera manuella") << read << "payments.manual" << false;
    QTest::newRow("clerk: Registrera manuella") << clerk << "payments.manual" << true;
    QTest::newRow("clerk: Påminnelser (a run)") << clerk << "dunning.letters" << false;
    QTest::newRow("supervisor: Påminnelser") << supervisor << "dunning.letters" << true;
    QTest::newRow("supervisor: Användare") << supervisor << "system.users" << false;
    QTest::newRow("administrator: Användare") << admin << "system.users" << true;
    QTest::newRow("clerk: a screen with no role of its own (administrators)")
        << clerk << "system.countryCodes" << false;
}

void TestUsersAndLogin::screenRoles()
{
    QFETCH(int, role);
    QFETCH(QString, screen);
    QFETCH(bool, opens);
    openWindow(Access(QStringLiteral("kalle"), Role(role), {QStringLiteral("001")}));
    QAction *action = m_window->menuAction(screen);
    QVERIFY(action);
    QCOMPARE(action->isEnabled(), opens);
    // Any path (another screen, --open) goes through openScreen: refused there too.
    QWidget *opened = m_window->openScreen(screen);
    QCOMPARE(opened != nullptr, opens);
    QCOMPARE(m_window->screenWidget(screen) != nullptr, opens);
    if (!opens)
        QVERIFY2(m_window->shellStatusBar()->currentMessage().startsWith(
                     QStringLiteral("Du har inte behörighet att öppna")),
                 qPrintable(m_window->shellStatusBar()->currentMessage()));
}

void TestUsersAndLogin::clerkSeesOnlyOwnCompany()
{
    openWindow(Access(QStringLiteral("kalle"), Role::Clerk, {QStringLiteral("001")}));
    // The company picker lists only 001; 002 cannot be chosen.
    QCOMPARE(m_window->session().companies().size(), 1);
    QCOMPARE(m_window->session().companies().first().first, QStringLiteral("001"));
    m_window->session().setCompany(QStringLiteral("002"));
    QCOMPARE(m_window->session().companyNumber(), QStringLiteral("001"));

    // Sök faktura over every company by name: only 001's Andersson.
    auto *search = qobject_cast<InvoiceSearchScreen *>(
        m_window->openScreen(QLatin1String(InvoiceSearchScreen::kId)));
    QVERIFY(search);
    const auto done = [search] {
        return search->model()->state() == ClaimSearchModel::State::Done
            || search->model()->state() == ClaimSearchModel::State::Failed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), 10000);
    for (auto *edit : search->findChildren<QLineEdit *>())
        if (edit->objectName() == QLatin1String("companyFrom")
            || edit->objectName() == QLatin1String("companyTo"))
            edit->clear();
    auto *name = search->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->setFocus();
    type(m_window.get(), QStringLiteral("Andersson"));
    press(m_window.get(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(done(), 10000);
    QCOMPARE(search->model()->state(), ClaimSearchModel::State::Done);
    QStringList shown;
    for (int row = 0; row < search->model()->rowCount(); ++row)
        shown << search->model()->claim(row).company + QLatin1Char('/')
                     + search->model()->claim(row).invoiceNumber;
    QCOMPARE(shown, QStringList{QStringLiteral("001/") + kClaim001});
    shot(m_window.get(), QStringLiteral("clerk-search.png"));

    // Opening 002's claim (by number, as a link from elsewhere would) is refused.
    auto *claim = qobject_cast<ClaimScreen *>(
        m_window->openScreen(QLatin1String(InvoiceSearchScreen::kClaimScreenId)));
    QVERIFY(claim);
    claim->showClaim(QStringLiteral("002"), kClaim002);
    QVERIFY(!claim->shownClaim().has_value());
    auto *message = claim->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QTRY_COMPARE(message->text(), QStringLiteral("Du har inte behörighet till företag 002."));
    claim->showClaim(QStringLiteral("001"), kClaim001);
    QTRY_VERIFY(claim->shownClaim().has_value());
}

void TestUsersAndLogin::usersScreenAddsUser()
{
    openWindow(Access::unrestricted(QStringLiteral("admin")));
    auto *screen = qobject_cast<UsersScreen *>(m_window->openScreen(QLatin1String(UsersScreen::kId)));
    QVERIFY(screen);
    QCOMPARE(screen->table()->rowCount(), 2); // admin, kalle
    QWidget *w = m_window.get();
    // F8: a new user; the cursor in the login field.
    press(w, Qt::Key_F8);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("loginEdit"));
    type(w, QStringLiteral("nisse"));
    press(w, Qt::Key_Tab);
    type(w, QStringLiteral("Nils Nilsson"));
    press(w, Qt::Key_Tab); // the role: Handläggare (new users start there) → Arbetsledare
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("roleCombo"));
    press(w, Qt::Key_Down);
    press(w, Qt::Key_Tab); // the companies: 001 is ticked (the session's); Down, Space ticks 002
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("companyList"));
    press(w, Qt::Key_Down);
    press(w, Qt::Key_Space);
    press(w, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
    type(w, QStringLiteral("nisses-lösenord"));
    press(w, Qt::Key_Tab);
    type(w, QStringLiteral("nisses-lösen")); // not the same
    press(w, Qt::Key_Return);
    QCOMPARE(screen->errorText(),
             QStringLiteral("Lösenorden är inte lika; skriv samma lösenord två gånger."));
    QVERIFY(!Users(*m_ledger->db).find(QStringLiteral("nisse")));
    type(w, QStringLiteral("ord"));
    shot(w, QStringLiteral("users-new.png"));
    press(w, Qt::Key_Return);
    QVERIFY2(screen->errorText().isEmpty(), qPrintable(screen->errorText()));
    QCOMPARE(screen->statusText(),
             QStringLiteral("Användaren nisse är upplagd. Lösenordet är satt."));

    const UserAccount nisse = Users(*m_ledger->db).require(QStringLiteral("nisse"));
    QCOMPARE(nisse.fullName, QStringLiteral("Nils Nilsson"));
    QCOMPARE(nisse.role, Role::Supervisor);
    QCOMPARE(nisse.companies, (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
    QVERIFY(nisse.hasPassword);
    QCOMPARE(Users(*m_ledger->db).login(QStringLiteral("nisse"), QStringLiteral("nisses-lösenord"))
                 .role(),
             Role::Supervisor);
    QCOMPARE(screen->table()->rowCount(), 3);
    shot(w, QStringLiteral("users-saved.png"));
}

void TestUsersAndLogin::usersScreenKeepsLastAdministrator()
{
    openWindow(Access::unrestricted(QStringLiteral("admin")));
    auto *screen = qobject_cast<UsersScreen *>(m_window->openScreen(QLatin1String(UsersScreen::kId)));
    QVERIFY(screen);
    QWidget *w = m_window.get();
    // The list starts on admin; Enter goes to the form (the name field).
    QCOMPARE(screen->table()->currentRow(), 0);
    QCOMPARE(screen->table()->item(0, UsersScreen::Login)->text(), QStringLiteral("admin"));
    press(w, Qt::Key_Return);
    press(w, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("roleCombo"));
    press(w, Qt::Key_Up); // Administratör → Arbetsledare
    press(w, Qt::Key_Return);
    QVERIFY2(screen->errorText().startsWith(
                 QStringLiteral("admin är den sista aktiva administratören")),
             qPrintable(screen->errorText()));
    QCOMPARE(Users(*m_ledger->db).require(QStringLiteral("admin")).role, Role::Administrator);
    shot(w, QStringLiteral("users-last-admin.png"));
}

void TestUsersAndLogin::idleLogoutReturnsToLogin()
{
    openWindow(Access(QStringLiteral("kalle"), Role::Clerk, {QStringLiteral("001")}));
    IdleLogout idle(*m_window, LoginDialog::ledgerLogin(*m_ledger->db));
    bool quit = false;
    connect(&idle, &IdleLogout::quitRequested, this, [&quit] { quit = true; });
    QVERIFY(m_window->openScreen(QLatin1String(InvoiceSearchScreen::kId)));
    QCOMPARE(m_window->tabs()->count(), 2);
    // 30 minutes in the program; 300 ms here.
    idle.setInterval(std::chrono::milliseconds(300));
    QTRY_VERIFY_WITH_TIMEOUT(idle.isLoggedOut(), 5000);
    // The screens are closed, the window hidden, the login dialog shown.
    QCOMPARE(m_window->tabs()->count(), 1);
    QVERIFY(!m_window->isVisible());
    LoginDialog *dialog = idle.loginDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->userEdit()->text(), QStringLiteral("kalle"));
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("loginReason"));
    QVERIFY(reason && reason->isVisible());
    shot(dialog, QStringLiteral("login-after-idle.png"));
    // Another user logs in: the window comes back with the administrator's menus.
    dialog->userEdit()->setFocus();
    dialog->userEdit()->selectAll();
    type(dialog, QStringLiteral("admin"));
    press(dialog, Qt::Key_Tab);
    type(dialog, kGood);
    press(dialog, Qt::Key_Return);
    QTRY_VERIFY(!idle.isLoggedOut());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->session().access().user(), QStringLiteral("admin"));
    QCOMPARE(m_ledger->db->access().role(), Role::Administrator);
    QCOMPARE(m_ledger->db->user(), QStringLiteral("admin"));
    QVERIFY(m_window->menuAction(QStringLiteral("system.users"))->isEnabled());
    QCOMPARE(m_window->session().companies().size(), 2);
    // Activity keeps the session: a key press restarts the clock.
    QVERIFY(!quit);
}

QTEST_MAIN(TestUsersAndLogin)
#include "tst_usersandlogin.moc"
