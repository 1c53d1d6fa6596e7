#pragma once

#include "widgets/logindialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace rsk::ui {

class MainWindow;

// Automatic log-out after a time without keyboard or mouse (issue 7; the
// minutes are the ledger's setting, Users::idleLogoutMinutes). An event
// filter on the application restarts the timer on every key, click, wheel
// or mouse move. When it runs out the screens close (unsaved input is
// dropped), the main window hides and the login dialog shows; whoever logs
// in next gets the window back with their own role and companies. "Avsluta"
// in the dialog asks the program to quit (quitRequested).
class IdleLogout : public QObject
{
    Q_OBJECT
public:
    IdleLogout(MainWindow &window, LoginDialog::LoginFunction login, QObject *parent = nullptr);
    ~IdleLogout() override;

    // 0 turns it off (set-up mode, or the setting 0). Tests inject a short one.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    bool isLoggedOut() const { return m_dialog != nullptr; }
    // The login dialog while logged out, else null.
    LoginDialog *loginDialog() const { return m_dialog; }

public slots:
    // Logs out now (the timer, or a menu command).
    void logOut();

signals:
    void loggedOut();
    void loggedIn();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    MainWindow &m_window;
    LoginDialog::LoginFunction m_login;
    std::chrono::milliseconds m_interval{0};
    QTimer m_timer;
    QPointer<LoginDialog> m_dialog;
};

} // namespace rsk::ui
