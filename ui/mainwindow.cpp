#include "mainwindow.h"

#include "commands/commandregistry.h"
#include "commands/functionkeys.h"
#include "commands/shellcommands.h"
#include "menucatalogue.h"
#include "screencontext.h"
#include "screens/builtinscreens.h"
#include "screens/placeholderscreen.h"
#include "screens/startpage.h"
#include "session.h"
#include "widgets/companypickerdialog.h"
#include "widgets/shellstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>

namespace rsk::ui {

namespace {

const char kScreenIdProperty[] = "rskScreenId";
const char kGeometryKey[] = "shell/geometry";

// Gives the keyboard to the screen's first field, so a freshly opened screen
// can be typed into (and its F-keys reach it) without the mouse.
void focusScreen(QWidget *screen)
{
    if (!screen)
        return;
    if (screen->focusProxy() || screen->focusPolicy() != Qt::NoFocus) {
        screen->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QWidget *w = screen->nextInFocusChain(); w && w != screen; w = w->nextInFocusChain()) {
        if (screen->isAncestorOf(w) && w->isVisibleTo(screen) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    screen->setFocus(Qt::OtherFocusReason);
}

// UI.md "Look": unsaved changes are marked with a red star.
QIcon modifiedIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(16);
    painter.setFont(font);
    painter.setPen(Qt::red);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("*"));
    return QIcon(pixmap);
}

QSettings settings()
{
    return QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"));
}

} // namespace

MainWindow::MainWindow(ShellContext context, QWidget *parent)
    : QMainWindow(parent),
      m_commands(new CommandRegistry(this)),
      m_session(new Session(std::move(context), this)),
      m_tabs(new QTabWidget(this)),
      m_statusBar(new ShellStatusBar(*m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QList<MenuSpec> menus = menuCatalogue();
    m_screens.addScreen({QLatin1String(StartPage::kId), tr("Startsida"), {}});
    for (const MenuSpec &menu : menus) {
        for (const ScreenInfo &info : menu.screens)
            m_screens.addScreen(info);
    }
    registerBuiltInScreens(m_screens, *m_commands);
    const QHash<ScreenId, Role> extraRoles = extraScreenRoles();
    for (auto it = extraRoles.cbegin(); it != extraRoles.cend(); ++it)
        m_screens.setRole(it.key(), it.value());
    declareGlobalCommands();

    m_tabs->setObjectName(QStringLiteral("screenTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus); // Ctrl+Tab moves between tabs
    setCentralWidget(m_tabs);
    setStatusBar(m_statusBar);

    createMenus(menus);
    bindGlobalCommands();

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { focusScreen(m_tabs->widget(index)); });
    connect(m_statusBar, &ShellStatusBar::companyButtonClicked, this, &MainWindow::chooseCompany);
    connect(m_session, &Session::companyChanged, this, &MainWindow::updateWindowTitle);
    connect(m_session, &Session::accessChanged, this, &MainWindow::updateAccess);
    updateAccess();

    m_startPage = openScreen(QLatin1String(StartPage::kId));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    updateWindowTitle();
    if (!restoreGeometry(settings().value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::declareGlobalCommands()
{
    const auto global = QLatin1String(kGlobalContext);
    const QList<Command> shell{
        {QLatin1String(kCloseTabCommand), global, QKeySequence(Qt::CTRL | Qt::Key_W),
         tr("Stäng bilden")},
        {QLatin1String(kNextTabCommand), global, QKeySequence(Qt::CTRL | Qt::Key_Tab),
         tr("Nästa flik")},
        {QLatin1String(kPreviousTabCommand), global,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), tr("Föregående flik")},
        {QLatin1String(kStartPageCommand), global, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         tr("Startsida")},
        {QLatin1String(kCompanyCommand), global, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         tr("Byt företag")},
        {QLatin1String(kQuitCommand), global, QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Avsluta")},
        {QLatin1String(kOpenLedgerCommand), global, QKeySequence(Qt::CTRL | Qt::Key_O),
         tr("Öppna reskontra…")},
    };
    for (const Command &command : shell)
        m_commands->declare(command);

    // Quick jumps (the Startsida buttons) and help work from every screen.
    const QList<QPair<ScreenId, QKeySequence>> openers{
        {QStringLiteral("invoices.search"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {QStringLiteral("payments.manual"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {QStringLiteral("dunning.letters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {QStringLiteral("invoices.saldolista"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {QStringLiteral("help.keyboard"), QKeySequence(Qt::Key_F1)},
    };
    for (const auto &[id, key] : openers)
        m_commands->declare({openCommandId(id), global, key, m_screens.info(id).title()});
}

void MainWindow::createMenus(const QList<MenuSpec> &menus)
{
    for (const MenuSpec &spec : menus) {
        QMenu *menu = menuBar()->addMenu(spec.title);
        for (const ScreenInfo &info : spec.screens) {
            const CommandId openId = openCommandId(info.id);
            QAction *action = m_commands->contains(openId) ? m_commands->bind(openId, this)
                                                           : new QAction(this);
            action->setText(info.menuText);
            action->setData(info.id);
            if (!info.section.isEmpty())
                action->setStatusTip(tr("Handboken, avsnitt %1").arg(info.section));
            connect(action, &QAction::triggered, this, [this, id = info.id] { openScreen(id); });
            menu->addAction(action);
            m_menuActions.insert(info.id, action);
        }
    }
}

void MainWindow::bindGlobalCommands()
{
    const auto bind = [this](const char *id, auto slot) {
        connect(m_commands->bind(QLatin1String(id), this), &QAction::triggered, this, slot);
    };
    bind(kCloseTabCommand, [this] { closeTab(m_tabs->currentIndex()); });
    bind(kNextTabCommand, [this] { cycleTabs(1); });
    bind(kPreviousTabCommand, [this] { cycleTabs(-1); });
    bind(kStartPageCommand, [this] { m_tabs->setCurrentWidget(m_startPage); });
    bind(kCompanyCommand, [this] { chooseCompany(); });
    bind(kQuitCommand, [this] { close(); });
    bind(kOpenLedgerCommand, [this] { emit openLedgerRequested(); });
    m_statusBar->setCompanyShortcutText(
        keyDisplayName(m_commands->key(QLatin1String(kCompanyCommand))));
}

QWidget *MainWindow::openScreen(const ScreenId &id)
{
    // Every way of opening a screen comes here (menus, shortcuts, other
    // screens, --open): the one place its role is checked (issue 7).
    if (m_screens.contains(id) && !m_session->access().atLeast(m_screens.info(id).role)) {
        const ScreenInfo info = m_screens.info(id);
        m_statusBar->showMessage(tr("Du har inte behörighet att öppna %1: det kräver rollen %2.")
                                     .arg(info.title(), roleName(info.role)),
                                 8000);
        return nullptr;
    }
    if (QWidget *open = screenWidget(id)) {
        m_tabs->setCurrentWidget(open);
        focusScreen(open);
        return open;
    }
    if (!m_screens.contains(id)) {
        qWarning("Reskontra: no screen with id %s", qPrintable(id));
        return nullptr;
    }

    ScreenContext context{m_screens.info(id), *m_commands, *m_session, m_screens,
                          [this](const ScreenId &other) { return openScreen(other); }};
    QWidget *screen = m_screens.create(context);
    if (!screen)
        screen = new PlaceholderScreen(context);
    screen->setProperty(kScreenIdProperty, id);

    if (auto *s = qobject_cast<Screen *>(screen)) {
        connect(s, &Screen::closeRequested, this, [this, id] { closeScreen(id); });
        connect(s, &Screen::modifiedChanged, this,
                [this, s](bool modified) { setTabModified(s, modified); });
    }
    const int index = m_tabs->addTab(screen, context.screen.title());
    if (!context.screen.section.isEmpty())
        m_tabs->setTabToolTip(index, tr("Handboken, avsnitt %1").arg(context.screen.section));
    m_tabs->setCurrentIndex(index);
    focusScreen(screen);
    return screen;
}

QWidget *MainWindow::screenWidget(const ScreenId &id) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (screenIdOf(m_tabs->widget(i)) == id)
            return m_tabs->widget(i);
    }
    return nullptr;
}

ScreenId MainWindow::currentScreenId() const
{
    return screenIdOf(m_tabs->currentWidget());
}

bool MainWindow::closeScreen(const ScreenId &id)
{
    QWidget *screen = screenWidget(id);
    return screen && closeTab(m_tabs->indexOf(screen));
}

QAction *MainWindow::menuAction(const ScreenId &id) const
{
    return m_menuActions.value(id);
}

void MainWindow::closeAllScreens()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *screen = m_tabs->widget(i);
        if (screen == m_startPage)
            continue;
        m_tabs->removeTab(i);
        screen->deleteLater();
    }
}

void MainWindow::updateAccess()
{
    const Access &access = m_session->access();
    for (auto it = m_menuActions.cbegin(); it != m_menuActions.cend(); ++it)
        it.value()->setEnabled(access.atLeast(m_screens.info(it.key()).role));
    if (auto *user = m_statusBar->findChild<QLabel *>(QStringLiteral("userLabel"))) {
        if (!access.setupMode() && !access.user().isEmpty())
            user->setText(tr("Användare: %1").arg(access.user()));
        user->setToolTip(tr("Roll: %1").arg(roleName(access.role())));
    }
    if (!m_setupWarning) {
        m_setupWarning = new QLabel(this);
        m_setupWarning->setObjectName(QStringLiteral("setupWarning"));
        m_setupWarning->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold;"));
        m_setupWarning->setText(tr("Inställningsläge: ingen användare har lösenord, alla "
                                   "arbetar som administratör. Sätt lösenord under "
                                   "Systemunderhåll > Användare och behörigheter."));
        m_setupWarning->setToolTip(m_setupWarning->text());
        m_statusBar->insertPermanentWidget(0, m_setupWarning);
    }
    m_setupWarning->setVisible(access.setupMode());
}

void MainWindow::chooseCompany()
{
    const ShellContext &shell = m_session->context();
    if (shell.companies.isEmpty())
        return;
    auto *picker
        = new CompanyPickerDialog(m_session->companies(), m_session->companyNumber(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { m_session->setCompany(picker->selectedNumber()); });
    picker->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *screen = qobject_cast<Screen *>(m_tabs->widget(i));
        if (screen && screen->isModified()) {
            m_tabs->setCurrentIndex(i);
            if (!screen->confirmClose()) {
                event->ignore();
                return;
            }
        }
    }
    settings().setValue(QLatin1String(kGeometryKey), saveGeometry());
    event->accept();
}

bool MainWindow::closeTab(int index)
{
    QWidget *screen = m_tabs->widget(index);
    if (!screen)
        return false;
    if (screen == m_startPage) {
        m_statusBar->showMessage(tr("Startsidan kan inte stängas."), 3000);
        return false;
    }
    if (auto *s = qobject_cast<Screen *>(screen); s && !s->confirmClose())
        return false;
    m_tabs->removeTab(index);
    screen->deleteLater();
    return true;
}

void MainWindow::cycleTabs(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void MainWindow::updateWindowTitle()
{
    const ShellContext &shell = m_session->context();
    QStringList parts{shell.ledgerName};
    if (m_session->hasCompany())
        parts << m_session->companyNumber() + QLatin1Char(' ') + m_session->companyName();
    parts << QStringLiteral("Reskontra");
    setWindowTitle(parts.join(QStringLiteral(" – ")));
}

void MainWindow::setTabModified(QWidget *screen, bool modified)
{
    const int index = m_tabs->indexOf(screen);
    if (index >= 0)
        m_tabs->setTabIcon(index, modified ? modifiedIcon() : QIcon());
}

ScreenId MainWindow::screenIdOf(const QWidget *screen)
{
    return screen ? screen->property(kScreenIdProperty).toString() : ScreenId();
}

} // namespace rsk::ui
