#pragma once

#include "screenregistry.h"
#include "shellcontext.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace rsk::ui {

class CommandRegistry;
class Session;
class ShellStatusBar;
struct MenuSpec;

// The shell: menu bar (UI.md "Menus → screens"), one tab per open screen,
// the Startsida as the first tab, the status bar, and the global commands.
// Screens are built by the ScreenRegistry's factories (see
// screens/builtinscreens.cpp); a screen without one opens as a placeholder.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ShellContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    CommandRegistry &commands() const { return *m_commands; }
    ScreenRegistry &screens() { return m_screens; }
    Session &session() const { return *m_session; }
    QTabWidget *tabs() const { return m_tabs; }
    ShellStatusBar *shellStatusBar() const { return m_statusBar; }

    // Opens the screen in a new tab, or focuses its tab if it is open.
    // Returns the screen's widget; nullptr for an unknown id.
    QWidget *openScreen(const ScreenId &id);
    QWidget *screenWidget(const ScreenId &id) const; // nullptr unless open
    ScreenId currentScreenId() const;
    // Closes the screen's tab unless it is the Startsida or the clerk keeps
    // unsaved changes. Returns whether the tab was closed.
    bool closeScreen(const ScreenId &id);
    QAction *menuAction(const ScreenId &id) const;
    // Log-out (idle or asked for): closes every screen but the Startsida
    // without asking; unsaved input is dropped.
    void closeAllScreens();

public slots:
    void chooseCompany();

signals:
    // Ctrl+O, Öppna reskontra (issue 7): the application shows the connection
    // dialog and restarts on the ledger chosen (app/gui/main.cpp).
    void openLedgerRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void declareGlobalCommands();
    void createMenus(const QList<MenuSpec> &menus);
    void bindGlobalCommands();
    bool closeTab(int index);
    void cycleTabs(int step);
    void updateWindowTitle();
    // After a login: menu entries the user may not open are disabled, the
    // user and (set-up mode) a warning in the status bar.
    void updateAccess();
    void setTabModified(QWidget *screen, bool modified);
    static ScreenId screenIdOf(const QWidget *screen);

    CommandRegistry *m_commands;
    ScreenRegistry m_screens;
    Session *m_session;
    QTabWidget *m_tabs;
    ShellStatusBar *m_statusBar;
    QWidget *m_startPage = nullptr;
    QHash<ScreenId, QAction *> m_menuActions;
    QLabel *m_setupWarning = nullptr;
};

} // namespace rsk::ui
