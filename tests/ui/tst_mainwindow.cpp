// The shell, driven by the keyboard as a clerk would (UI.md "Main window",
// "Menus → screens", "Keys"): every menu item by Alt+mnemonic, tabs, F3,
// Ctrl+W, Ctrl+Tab, the company switch and the status bar.
#include "commands/commandregistry.h"
#include "mainwindow.h"
#include "menucatalogue.h"
#include "screencontext.h"
#include "screens/placeholderscreen.h"
#include "screens/screen.h"
#include "session.h"
#include "widgets/companypickerdialog.h"
#include "widgets/keylegend.h"

#include <QAction>
#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace rsk::ui;

namespace {

struct MenuItem
{
    const char *menu;
    Qt::Key menuKey;
    const char *item;
    Qt::Key itemKey;
    const char *screenId;
};

// UI.md "Menus → screens", in order. The keys are the mnemonics: Alt + the
// menu's first letter (handbook p. 9), then the item's underlined letter.
const MenuItem kMenuItems[] = {
    {"Inbetalningar", Qt::Key_I, "Hämtning från bankgiro (BgMax)", Qt::Key_B, "payments.bgmax"},
    {"Inbetalningar", Qt::Key_I, "Hämtning från plusgiro (Total-IN)", Qt::Key_P, "payments.totalin"},
    {"Inbetalningar", Qt::Key_I, "Parametrar maskinella inbetalningar", Qt::Key_A,
     "payments.parameters"},
    {"Inbetalningar", Qt::Key_I, "Registrera manuella", Qt::Key_R, "payments.manual"},
    {"Inbetalningar", Qt::Key_I, "Kreditfakturor/annulleringar", Qt::Key_K, "payments.credits"},
    {"Inbetalningar", Qt::Key_I, "Uppdatera bokföring", Qt::Key_U, "payments.bookkeeping"},
    {"Inbetalningar", Qt::Key_I, "Sök inbetalningar", Qt::Key_S, "payments.search"},
    {"Inbetalningar", Qt::Key_I, "Inbetalningslista", Qt::Key_I, "payments.list"},
    {"Inbetalningar", Qt::Key_I, "Inbetalningsprognos", Qt::Key_G, "payments.forecast"},
    {"Inbetalningar", Qt::Key_I, "Särredovisad kundfordran", Qt::Key_D,
     "payments.separateReceivable"},
    {"Inbetalningar", Qt::Key_I, "Oplacerade betalningar", Qt::Key_O, "payments.unplaced"},
    {"Inbetalningar", Qt::Key_I, "Överbetalningar", Qt::Key_T, "payments.overpayments"},
    {"Fakturor", Qt::Key_F, "Sök faktura", Qt::Key_S, "invoices.search"},
    {"Fakturor", Qt::Key_F, "Fakturakopior", Qt::Key_O, "invoices.copies"},
    {"Fakturor", Qt::Key_F, "Ersättningsfaktura", Qt::Key_E, "invoices.replacement"},
    {"Fakturor", Qt::Key_F, "Saldolista", Qt::Key_A, "invoices.saldolista"},
    {"Fakturor", Qt::Key_F, "Kundfordringar", Qt::Key_K, "invoices.receivables"},
    {"Fakturor", Qt::Key_F, "Debiteringsstatistik", Qt::Key_D, "invoices.billingStatistics"},
    {"Fakturor", Qt::Key_F, "Rensning betalda fakturor", Qt::Key_R, "invoices.purge"},
    {"Fakturor", Qt::Key_F, "Statistik", Qt::Key_T, "invoices.statistics"},
    {"Fakturor", Qt::Key_F, "Importera fakturor", Qt::Key_I, "invoices.import"},
    {"Kravhantering", Qt::Key_K, "Påminnelser/inkassokrav/restkrav", Qt::Key_P, "dunning.letters"},
    {"Kravhantering", Qt::Key_K, "Kopior", Qt::Key_K, "dunning.copies"},
    {"Kravhantering", Qt::Key_K, "Räntefakturering", Qt::Key_R, "dunning.interestInvoicing"},
    {"Kravhantering", Qt::Key_K, "Ej debiterade räntor och avgifter", Qt::Key_E,
     "dunning.unbilledInterest"},
    {"Kravhantering", Qt::Key_K, "Överföring till nästa faktura", Qt::Key_N, "dunning.nextInvoice"},
    {"Kravhantering", Qt::Key_K, "Hot om betalningsföreläggande", Qt::Key_H, "dunning.threat"},
    {"Kravhantering", Qt::Key_K, "Betalningsföreläggande", Qt::Key_B, "dunning.paymentOrder"},
    {"Kravhantering", Qt::Key_K, "Amorteringsplan", Qt::Key_A, "dunning.paymentPlan"},
    {"Kravhantering", Qt::Key_K, "Överföring till inkasso", Qt::Key_I, "dunning.collection"},
    {"Kravhantering", Qt::Key_K, "Extern inkassohantering", Qt::Key_X,
     "dunning.externalCollection"},
    {"Systemunderhåll", Qt::Key_S, "Företagsuppgifter", Qt::Key_F, "system.company"},
    {"Systemunderhåll", Qt::Key_S, "Inbetalningssätt", Qt::Key_I, "system.paymentMethods"},
    {"Systemunderhåll", Qt::Key_S, "Inställningar påminnelser/krav", Qt::Key_N,
     "system.dunningSettings"},
    {"Systemunderhåll", Qt::Key_S, "Kravparametrar", Qt::Key_P, "system.dunningParameters"},
    {"Systemunderhåll", Qt::Key_S, "Kravkoder", Qt::Key_K, "system.dunningCodes"},
    {"Systemunderhåll", Qt::Key_S, "Texter påminnelser/inkassokrav/restkrav/hot", Qt::Key_T,
     "system.texts"},
    {"Systemunderhåll", Qt::Key_S, "Referensränta", Qt::Key_R, "system.referenceRate"},
    {"Systemunderhåll", Qt::Key_S, "Kronofogdemyndigheter", Qt::Key_G,
     "system.enforcementAuthorities"},
    {"Systemunderhåll", Qt::Key_S, "Landskoder", Qt::Key_L, "system.countryCodes"},
    {"Systemunderhåll", Qt::Key_S, "Rensning loggposter efter avbrott", Qt::Key_V,
     "system.runLocks"},
    {"Systemunderhåll", Qt::Key_S, "Användare och behörigheter", Qt::Key_A, "system.users"},
    {"Visa", Qt::Key_V, "Sparade utskrifter", Qt::Key_S, "view.savedPrints"},
    {"Visa", Qt::Key_V, "Körningar", Qt::Key_K, "view.runs"},
    {"Visa", Qt::Key_V, "Granskningslogg", Qt::Key_G, "view.auditLog"},
    {"Hjälp", Qt::Key_H, "Tangentbord", Qt::Key_T, "help.keyboard"},
    {"Hjälp", Qt::Key_H, "Om Reskontra", Qt::Key_O, "help.about"},
};

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QChar mnemonicOf(const QString &text)
{
    const int at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

// A screen as a later work item would write it: its own commands in the registry.
class ClaimTestScreen : public Screen
{
public:
    explicit ClaimTestScreen(ScreenContext &context) : Screen(context)
    {
        connect(addCommand(QStringLiteral("test.edit"), QKeySequence(Qt::Key_F5),
                           QStringLiteral("Ändra")),
                &QAction::triggered, this, [this] { ++edits; });
        connect(addCommand(QStringLiteral("test.interest"), QKeySequence(Qt::Key_F15),
                           QStringLiteral("Ränta")),
                &QAction::triggered, this, [this] { ++interest; });
        auto *field = new QLabel(QStringLiteral("Fordran"), this);
        contentLayout()->addWidget(field);
        setFocusPolicy(Qt::StrongFocus);
    }
    void markModified(bool modified) { setModified(modified); }
    int edits = 0;
    int interest = 0;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuBarMirrorsTheHandbook();
    void mnemonicsAreUniqueInSwedishAndEnglish();
    void menuItemOpensScreenByKeyboard_data();
    void menuItemOpensScreenByKeyboard();
    void menuOpensWithArrowsAndEnter();
    void startPageIsFirstAndCannotBeClosed();
    void reopeningFocusesTheOpenTab();
    void everyMenuItemHasItsScreen();
    void f3ClosesPlaceholder();
    void placeholderSaysWhatIsComing();
    void keyLegendOfPlaceholderAndRegisteredScreen();
    void shiftFunctionKeysAreF13ToF24();
    void unsavedChangesAreMarkedAndGuarded();
    void ctrlTabCyclesTabs();
    void quickJumpShortcuts_data();
    void quickJumpShortcuts();
    void startPageRefreshesWhenItsTabIsShown();
    void statusBarShowsSession();
    void companyPickerSwitchesAndIsRemembered();
    void keyboardHelpListsEveryCommand();
    void noKeyConflicts();
    void screenshot();

private:
    ShellContext shellContext() const;
    void activateWindow();
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QMenu *openMenu(Qt::Key mnemonic);
    QString currentTitle() const;
    int tabCount() const { return m_window->tabs()->count(); }
    void openByMenu(const char *screenId);
    void openUnbuiltScreen();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    mutable int m_factsCalls = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

ShellContext TestMainWindow::shellContext() const
{
    ShellContext context;
    context.ledgerName = QStringLiteral("kommun.sqlite");
    context.engine = QStringLiteral("PostgreSQL");
    context.user = QStringLiteral("anna");
    context.companies = {{"001", "Exempel kommun"}, {"002", "Annan kommun"}};
    context.startPageFacts = [this](const QString &) {
        ++m_factsCalls;
        StartPageFacts facts;
        facts.unapprovedBatches = 2;
        facts.unplacedPayments = 14;
        facts.expiringDunningCodes = 5;
        facts.openClaims = 48213;
        facts.newClaimsPerMonth = {{"2024-01", 812}, {"2024-02", 765}, {"2024-03", 901},
                                   {"2024-04", 688}, {"2024-05", 842}, {"2024-06", 530}};
        return facts;
    };
    return context;
}

void TestMainWindow::init()
{
    QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra")).clear();
    m_window = std::make_unique<MainWindow>(shellContext());
    m_window->show();
    activateWindow();
}

void TestMainWindow::activateWindow()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    // Close any dialog a failed test left open before the window goes.
    while (QWidget *modal = QApplication::activeModalWidget())
        delete modal;
    m_window.reset();
}

void TestMainWindow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        target = m_window.get();
    QTest::keyClick(target, key, modifiers);
}

QMenu *TestMainWindow::openMenu(Qt::Key mnemonic)
{
    press(mnemonic, Qt::AltModifier);
    if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 2000))
        return nullptr;
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QString TestMainWindow::currentTitle() const
{
    return m_window->tabs()->tabText(m_window->tabs()->currentIndex());
}

void TestMainWindow::openByMenu(const char *screenId)
{
    for (const MenuItem &item : kMenuItems) {
        if (qstrcmp(item.screenId, screenId) != 0)
            continue;
        QMenu *menu = openMenu(item.menuKey);
        QVERIFY2(menu, item.menu);
        press(item.itemKey);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(m_window->currentScreenId(), QString::fromLatin1(screenId));
        return;
    }
    QFAIL(screenId);
}

void TestMainWindow::menuBarMirrorsTheHandbook()
{
    QStringList expected;
    for (const MenuItem &item : kMenuItems)
        expected << QString::fromUtf8(item.menu) + QLatin1Char('/') + QString::fromUtf8(item.item);

    QStringList actual;
    QStringList menuTitles;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        menuTitles << withoutMnemonic(menuAction->text());
        for (QAction *action : menuAction->menu()->actions())
            actual << withoutMnemonic(menuAction->text()) + QLatin1Char('/')
                          + withoutMnemonic(action->text());
    }
    QCOMPARE(menuTitles, QStringList({"Inbetalningar", "Fakturor", "Kravhantering",
                                      "Systemunderhåll", "Visa", "Hjälp"}));
    QCOMPARE(actual, expected);
}

void TestMainWindow::mnemonicsAreUniqueInSwedishAndEnglish()
{
    const auto check = [](QMenuBar *bar, const char *language) {
        QStringList problems;
        QSet<QChar> menuKeys;
        for (QAction *menuAction : bar->actions()) {
            const QChar key = mnemonicOf(menuAction->text());
            if (key.isNull() || menuKeys.contains(key))
                problems << QStringLiteral("menu %1").arg(menuAction->text());
            menuKeys.insert(key);
            QSet<QChar> itemKeys;
            for (QAction *action : menuAction->menu()->actions()) {
                const QChar itemKey = mnemonicOf(action->text());
                if (itemKey.isNull() || itemKeys.contains(itemKey))
                    problems << QStringLiteral("%1 > %2").arg(menuAction->text(), action->text());
                itemKeys.insert(itemKey);
            }
        }
        if (!problems.isEmpty())
            qWarning("%s: missing or repeated mnemonics:\n  %s", language,
                     qPrintable(problems.join(QStringLiteral("\n  "))));
        return problems.isEmpty();
    };
    QVERIFY(check(m_window->menuBar(), "sv"));

    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/reskontra_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&english));
    MainWindow englishWindow(shellContext());
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(withoutMnemonic(englishWindow.menuBar()->actions().first()->text()),
             QStringLiteral("Payments"));
    QVERIFY(check(englishWindow.menuBar(), "en"));
}

void TestMainWindow::menuItemOpensScreenByKeyboard_data()
{
    QTest::addColumn<int>("menuKey");
    QTest::addColumn<int>("itemKey");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("screenId");
    for (const MenuItem &item : kMenuItems) {
        const QByteArray name = QByteArray(item.menu) + " > " + item.item;
        QTest::newRow(name.constData()) << int(item.menuKey) << int(item.itemKey)
                                        << QString::fromUtf8(item.item)
                                        << QString::fromLatin1(item.screenId);
    }
}

void TestMainWindow::menuItemOpensScreenByKeyboard()
{
    QFETCH(int, menuKey);
    QFETCH(int, itemKey);
    QFETCH(QString, title);
    QFETCH(QString, screenId);

    QMenu *menu = openMenu(Qt::Key(menuKey));
    QVERIFY(menu);
    press(Qt::Key(itemKey));
    QTRY_VERIFY(!QApplication::activePopupWidget());

    QCOMPARE(tabCount(), 2);
    QCOMPARE(currentTitle(), title);
    QCOMPARE(m_window->currentScreenId(), screenId);
    QVERIFY(m_window->tabs()->currentWidget()->isAncestorOf(QApplication::focusWidget())
            || m_window->tabs()->currentWidget() == QApplication::focusWidget());

    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabCount(), 1);
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("start"));
}

void TestMainWindow::menuOpensWithArrowsAndEnter()
{
    QMenu *menu = openMenu(Qt::Key_F);
    QVERIFY(menu);
    QCOMPARE(menu->activeAction(), menu->actions().first()); // keyboard-opened: first item active
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(currentTitle(), QStringLiteral("Ersättningsfaktura"));

    // Right arrow moves on to the next menu.
    menu = openMenu(Qt::Key_F);
    QVERIFY(menu);
    press(Qt::Key_Right);
    QTRY_VERIFY(QApplication::activePopupWidget() != menu);
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(withoutMnemonic(menu->title()), QStringLiteral("Kravhantering"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void TestMainWindow::startPageIsFirstAndCannotBeClosed()
{
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabCount(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Startsida"));
    QCOMPARE(tabs->tabBar()->tabButton(0, QTabBar::RightSide), nullptr);

    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabCount(), 1);
    QVERIFY(!m_window->closeScreen(QStringLiteral("start")));
    emit tabs->tabCloseRequested(0);
    QCOMPARE(tabCount(), 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Startsidan kan inte stängas."));

    // Other tabs have a close button.
    openByMenu("invoices.search");
    QVERIFY(tabs->tabBar()->tabButton(1, QTabBar::RightSide));
}

void TestMainWindow::reopeningFocusesTheOpenTab()
{
    openByMenu("invoices.search");
    openByMenu("payments.bgmax");
    QCOMPARE(tabCount(), 3);
    openByMenu("invoices.search");
    QCOMPARE(tabCount(), 3);
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QCOMPARE(currentTitle(), QStringLiteral("Sök faktura"));
}

void TestMainWindow::openUnbuiltScreen()
{
    // Every menu item has its screen now; a screen id without a factory (a
    // later version's) still opens, as a placeholder that says so.
    m_window->screens().addScreen(
        {QStringLiteral("test.unbuilt"), QStringLiteral("Kommande bild"), QString(), rsk::Role::Read});
    QVERIFY(m_window->openScreen(QStringLiteral("test.unbuilt")));
}

void TestMainWindow::everyMenuItemHasItsScreen()
{
    // …and no screen takes a menu's Alt+letter for one of its own fields or
    // buttons (UI.md: the menus are reached with Alt and the first letter; a
    // second owner makes the shortcut ambiguous and Alt+F may land in a field).
    QList<QKeySequence> menuKeys;
    for (const MenuSpec &menu : menuCatalogue())
        menuKeys << QKeySequence::mnemonic(menu.title);
    QStringList conflicts;
    for (const MenuSpec &menu : menuCatalogue()) {
        for (const ScreenInfo &info : menu.screens) {
            QWidget *screen = m_window->openScreen(info.id);
            QVERIFY2(screen, qPrintable(info.id));
            QVERIFY2(!qobject_cast<PlaceholderScreen *>(screen), qPrintable(info.id));
            for (QWidget *w : screen->findChildren<QWidget *>()) {
                QString text;
                if (auto *b = qobject_cast<QAbstractButton *>(w))
                    text = b->text();
                else if (auto *l = qobject_cast<QLabel *>(w))
                    text = l->buddy() ? l->text() : QString();
                else if (auto *g = qobject_cast<QGroupBox *>(w))
                    text = g->title();
                const QKeySequence m = QKeySequence::mnemonic(text);
                if (!m.isEmpty() && menuKeys.contains(m))
                    conflicts << info.id + QStringLiteral(": ") + text;
            }
        }
    }
    QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QLatin1Char('\n'))));
}

void TestMainWindow::f3ClosesPlaceholder()
{
    openUnbuiltScreen();
    QVERIFY(qobject_cast<PlaceholderScreen *>(m_window->tabs()->currentWidget()));
    press(Qt::Key_F3);
    QCOMPARE(tabCount(), 1);

    // F3 reaches the screen even when the focus is elsewhere in the window.
    openByMenu("invoices.import");
    m_window->statusBar()->setFocus();
    press(Qt::Key_F3);
    QCOMPARE(tabCount(), 1);

    // …but not the Startsida.
    press(Qt::Key_F3);
    QCOMPARE(tabCount(), 1);
}

void TestMainWindow::placeholderSaysWhatIsComing()
{
    openUnbuiltScreen();
    QWidget *screen = m_window->tabs()->currentWidget();
    QCOMPARE(screen->findChild<QLabel *>("placeholderTitle")->text(),
             QStringLiteral("Kommande bild"));
    QCOMPARE(screen->findChild<QLabel *>("placeholderSection")->text(),
             QStringLiteral("Ny funktion, beskrivs inte i handboken."));
    QCOMPARE(screen->findChild<QLabel *>("placeholderMessage")->text(),
             QStringLiteral("Den här bilden kommer i en senare version."));
    QCOMPARE(m_window->tabs()->tabToolTip(1), QString());
}

void TestMainWindow::keyLegendOfPlaceholderAndRegisteredScreen()
{
    openUnbuiltScreen();
    auto *placeholder = qobject_cast<Screen *>(m_window->tabs()->currentWidget());
    QVERIFY(placeholder);
    QCOMPARE(placeholder->keyLegend()->text(), QStringLiteral("F3=Bakåt"));
    press(Qt::Key_F3);

    // The same id once a screen with commands is registered for it.
    m_window->screens().registerFactory(QStringLiteral("test.unbuilt"),
                                        screenFactory<ClaimTestScreen>());
    QVERIFY(m_window->openScreen(QStringLiteral("test.unbuilt")));
    auto *screen = dynamic_cast<ClaimTestScreen *>(m_window->tabs()->currentWidget());
    QVERIFY(screen);
    QCOMPARE(screen->keyLegend()->text(), QStringLiteral("F3=Bakåt  F5=Ändra  F15=Ränta"));
    press(Qt::Key_F5);
    QCOMPARE(screen->edits, 1);

    auto *start = qobject_cast<Screen *>(m_window->screenWidget(QStringLiteral("start")));
    QCOMPARE(start->keyLegend()->text(), QStringLiteral("F5=Uppdatera"));
}

void TestMainWindow::shiftFunctionKeysAreF13ToF24()
{
    m_window->screens().registerFactory(QStringLiteral("view.runs"),
                                        screenFactory<ClaimTestScreen>());
    openByMenu("view.runs");
    auto *screen = dynamic_cast<ClaimTestScreen *>(m_window->tabs()->currentWidget());
    QVERIFY(screen);
    press(Qt::Key_F3, Qt::ShiftModifier); // F15, not F3=Bakåt
    QCOMPARE(screen->interest, 1);
    QCOMPARE(tabCount(), 2);
    press(Qt::Key_F15);
    QCOMPARE(screen->interest, 2);
}

void TestMainWindow::unsavedChangesAreMarkedAndGuarded()
{
    m_window->screens().registerFactory(QStringLiteral("view.runs"),
                                        screenFactory<ClaimTestScreen>());
    openByMenu("view.runs");
    auto *screen = dynamic_cast<ClaimTestScreen *>(m_window->tabs()->currentWidget());
    QVERIFY(screen);
    QVERIFY(m_window->tabs()->tabIcon(1).isNull());
    screen->markModified(true);
    QVERIFY(!m_window->tabs()->tabIcon(1).isNull());

    // The question is modal; answer it from the event loop it runs.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    press(Qt::Key_F3);
    QCOMPARE(tabCount(), 2);
    activateWindow(); // offscreen does not give the activation back after a dialog
    answer(QMessageBox::Discard);
    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabCount(), 1);
}

void TestMainWindow::ctrlTabCyclesTabs()
{
    openByMenu("invoices.search");
    openByMenu("payments.bgmax");
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->currentIndex(), 2);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    // X11 sends Ctrl+Shift+Tab as Backtab.
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    press(Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 2);

    press(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestMainWindow::quickJumpShortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("screenId");
    QTest::newRow("Ctrl+Shift+S Sök faktura") << int(Qt::Key_S) << "invoices.search";
    QTest::newRow("Ctrl+Shift+M Registrera manuella") << int(Qt::Key_M) << "payments.manual";
    QTest::newRow("Ctrl+Shift+P Påminnelser") << int(Qt::Key_P) << "dunning.letters";
    QTest::newRow("Ctrl+Shift+L Saldolista") << int(Qt::Key_L) << "invoices.saldolista";
}

void TestMainWindow::quickJumpShortcuts()
{
    QFETCH(int, key);
    QFETCH(QString, screenId);
    openByMenu("payments.bgmax"); // works from any screen, not only the Startsida
    press(Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentScreenId(), screenId);
    // The menu item shows the same key.
    QCOMPARE(m_window->menuAction(screenId)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(key)));

    // And the Startsida's button opens it too (Space on the focused button).
    press(Qt::Key_W, Qt::ControlModifier);
    m_window->openScreen(QStringLiteral("start"));
    auto *button = m_window->screenWidget(QStringLiteral("start"))
                       ->findChild<QPushButton *>(QStringLiteral("jump:") + screenId);
    QVERIFY(button);
    button->setFocus();
    press(Qt::Key_Space);
    QCOMPARE(m_window->currentScreenId(), screenId);
}

void TestMainWindow::startPageRefreshesWhenItsTabIsShown()
{
    const auto openClaims = [this] {
        return m_window->screenWidget(QStringLiteral("start"))
            ->findChild<QLabel *>(QStringLiteral("openClaims"))
            ->text();
    };
    QCOMPARE(openClaims(), QStringLiteral("48\u00a0213"));
    openByMenu("invoices.search");
    const int before = m_factsCalls;
    press(Qt::Key_Tab, Qt::ControlModifier); // back to the Startsida
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("start"));
    QCOMPARE(m_factsCalls, before + 1);
}

void TestMainWindow::statusBarShowsSession()
{
    const auto label = [this](const char *name) {
        auto *l = m_window->statusBar()->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    };
    QCOMPARE(label("ledgerLabel"), QStringLiteral("Reskontra: kommun.sqlite"));
    QCOMPARE(label("companyLabel"), QStringLiteral("Företag: 001 Exempel kommun"));
    QCOMPARE(label("userLabel"), QStringLiteral("Användare: anna"));
    QCOMPARE(label("engineLabel"), QStringLiteral("Databas: PostgreSQL"));
    QVERIFY(m_window->statusBar()->findChild<QPushButton *>("companyButton")->isEnabled());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("001 Exempel kommun")));
}

void TestMainWindow::companyPickerSwitchesAndIsRemembered()
{
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<CompanyPickerDialog *>(QApplication::activeModalWidget()));
    auto *picker = qobject_cast<CompanyPickerDialog *>(QApplication::activeModalWidget());
    QCOMPARE(picker->list()->count(), 2);
    QCOMPARE(picker->selectedNumber(), QStringLiteral("001"));
    QTRY_COMPARE(QApplication::focusWidget(), picker->list());
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QCOMPARE(m_window->session().companyNumber(), QStringLiteral("002"));
    QCOMPARE(m_window->statusBar()->findChild<QLabel *>("companyLabel")->text(),
             QStringLiteral("Företag: 002 Annan kommun"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("002 Annan kommun")));

    // Esc keeps the company.
    activateWindow();
    m_window->statusBar()->findChild<QPushButton *>("companyButton")->click();
    QTRY_VERIFY(qobject_cast<CompanyPickerDialog *>(QApplication::activeModalWidget()));
    picker = qobject_cast<CompanyPickerDialog *>(QApplication::activeModalWidget());
    QTRY_COMPARE(QApplication::focusWidget(), picker->list());
    press(Qt::Key_Up);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_window->session().companyNumber(), QStringLiteral("002"));

    // The next start opens the last company used.
    m_window.reset();
    MainWindow next(shellContext());
    QCOMPARE(next.session().companyNumber(), QStringLiteral("002"));
}

void TestMainWindow::keyboardHelpListsEveryCommand()
{
    press(Qt::Key_F1);
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("help.keyboard"));
    auto *tree = m_window->tabs()->currentWidget()->findChild<QTreeWidget *>("keyboardTree");
    QVERIFY(tree);
    QStringList listed;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            listed << tree->topLevelItem(i)->child(j)->text(2);
    }
    QStringList declared;
    for (const Command &command : m_window->commands().commands())
        declared << command.id;
    listed.sort();
    declared.sort();
    QCOMPARE(listed, declared);
    QVERIFY(!tree->findItems(QStringLiteral("Ctrl+W"), Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty());

    // A command declared later shows up at once.
    m_window->commands().declare({"test.late", "invoices.search", QKeySequence(Qt::Key_F16),
                                  "Skriv ut"});
    // Other screens print with F16 too: look for it under Sök faktura only.
    const auto items = tree->findItems(QStringLiteral("F16 (Skift+F4)"),
                                       Qt::MatchExactly | Qt::MatchRecursive);
    int underSearch = 0;
    for (const QTreeWidgetItem *item : items) {
        if (item->parent()->text(0) == QStringLiteral("Sök faktura")) {
            ++underSearch;
            QCOMPARE(item->text(2), QStringLiteral("test.late"));
        }
    }
    QCOMPARE(underSearch, 1);
}

void TestMainWindow::noKeyConflicts()
{
    QCOMPARE(m_window->commands().conflicts(), QStringList());
}

void TestMainWindow::screenshot()
{
    // Set RESKONTRA_SCREENSHOT_DIR to look at the shell (Startsida with a chart).
    const QString dir = qEnvironmentVariable("RESKONTRA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RESKONTRA_SCREENSHOT_DIR not set");
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/shell-start.png")));
    openByMenu("invoices.import");
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/shell-import.png")));
    press(Qt::Key_F1);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/shell-keyboard.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
