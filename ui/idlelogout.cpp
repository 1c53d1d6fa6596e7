#include "idlelogout.h"

#include "mainwindow.h"
#include "session.h"

#include <QApplication>
#include <QEvent>

namespace rsk::ui {

IdleLogout::IdleLogout(MainWindow &window, LoginDialog::LoginFunction login, QObject *parent)
    : QObject(parent), m_window(window), m_login(std::move(login))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLogout::logOut);
    qApp->installEventFilter(this);
}

IdleLogout::~IdleLogout()
{
    if (qApp)
        qApp->removeEventFilter(this);
    delete m_dialog;
}

void IdleLogout::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    restart();
}

void IdleLogout::restart()
{
    if (m_interval.count() > 0 && !isLoggedOut())
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

bool IdleLogout::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_interval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLogout::logOut()
{
    if (isLoggedOut())
        return;
    m_timer.stop();
    m_window.closeAllScreens();
    m_window.hide();
    const Session &session = m_window.session();
    const QString user = session.access().user();
    m_dialog = new LoginDialog(m_login, session.context().ledgerName, user);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(m_interval).count();
    m_dialog->setReason(minutes > 0
                            ? tr("Du loggades ut efter %1 minuter utan aktivitet.").arg(minutes)
                            : tr("Du loggades ut efter en stund utan aktivitet."));
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const Access access = m_dialog->access();
        m_dialog = nullptr; // deletes itself on close
        m_window.session().setAccess(access);
        m_window.show();
        m_window.activateWindow();
        restart();
        emit loggedIn();
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        m_dialog = nullptr;
        emit quitRequested();
    });
    m_dialog->show();
    m_dialog->activateWindow();
    emit loggedOut();
}

} // namespace rsk::ui
