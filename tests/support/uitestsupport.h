#pragma once

// What the screen tests share (UI.md, STYLE.md: GUI tests drive by keyboard
// on the offscreen platform): one screen opened over a test ledger the way
// MainWindow would (its own command and screen registries and session), key
// presses and typing that go where the focus is, answering the next modal
// dialog, and screenshots to look at.
//
// A test class derives from ScreenTest<S> (S: the screen type its tests use
// through m_screen) and keeps only its own fixture and checks.

#include "commands/commandregistry.h"
#include "screencontext.h"
#include "screenregistry.h"
#include "session.h"
#include "shellcontext.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace rsk::test {

template <class S>
class ScreenTest : public QObject
{
protected:
    // QSettings (remembered company, column widths) go to a temporary
    // folder, not the user's own; call from initTestCase.
    void useTemporarySettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    // The shell as the tests need it: the ledger and its companies.
    static ui::ShellContext shellOver(
        Database *ledger,
        const QList<QPair<QString, QString>> &companies = {
            {QStringLiteral("001"), QStringLiteral("Testkommunen")}})
    {
        ui::ShellContext shell;
        shell.companies = companies;
        shell.ledger = ledger;
        return shell;
    }

    // Opens a screen of type T (an S) as the only window, with `company`
    // chosen in the session when given, and makes it the active window.
    // Whether activation worked is the caller's check (qWaitForWindowActive
    // returns at once when it did).
    template <class T = S>
    T *showScreen(const ui::ScreenInfo &info, const ui::ShellContext &shell, const QSize &size,
                  const QString &company = QString())
    {
        m_commands = std::make_unique<ui::CommandRegistry>();
        m_screens = std::make_unique<ui::ScreenRegistry>();
        m_screens->addScreen(info);
        m_session = std::make_unique<ui::Session>(shell);
        if (!company.isEmpty())
            m_session->setCompany(company);
        ui::ScreenContext context{info, *m_commands, *m_session, *m_screens, {}};
        auto *screen = new T(context);
        m_screen.reset(screen);
        screen->resize(size);
        screen->show();
        QApplication::setActiveWindow(screen);
        if (!QTest::qWaitForWindowActive(screen))
            qWarning("window not active");
        return screen;
    }

    // Call from cleanup: closes what a failed test left open. A question a
    // failed test never saw must not answer the next test's.
    void closeScreen()
    {
        qDeleteAll(findChildren<QTimer *>());
        while (QWidget *modal = QApplication::activeModalWidget())
            delete modal;
        m_screen.reset();
        m_session.reset();
        m_screens.reset();
        m_commands.reset();
    }

    template <class T> T *child(const char *name) const
    {
        return m_screen->template findChild<T *>(QLatin1String(name));
    }

    // The offscreen platform does not give the window back its activation
    // when a dialog closes, and item views commit an edit on Enter through a
    // queued call: both are what a running event loop does between two key
    // presses.
    void settle()
    {
        QCoreApplication::processEvents();
        if (!QApplication::activeModalWidget() && QApplication::activeWindow() != m_screen.get())
            QApplication::setActiveWindow(m_screen.get());
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        settle();
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_screen.get(), key, modifiers);
        settle();
    }

    void type(const QString &text)
    {
        // keyClicks takes ASCII only; å/ä/ö go as key events carrying their text.
        for (const QChar c : text) {
            settle();
            QWidget *target = QApplication::focusWidget();
            if (!target)
                target = m_screen.get();
            if (c.unicode() < 128) {
                QTest::keyClick(target, c.toLatin1());
            } else {
                QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            }
        }
        settle();
    }

    // Runs `handle` on the next modal dialog as soon as it shows (the test's
    // own call that opens it does not return until the dialog closes).
    void onNextModal(std::function<void(QWidget *)> handle)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, this, [poll, handle = std::move(handle)] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                poll->stop();
                poll->deleteLater();
                handle(dialog);
            }
        });
        poll->start();
    }

    // Answers the next modal question (a QMessageBox) with a key.
    void answerNextQuestion(Qt::Key key)
    {
        onNextModal([key](QWidget *box) { QTest::keyClick(box, key); });
    }

    // With RESKONTRA_SCREENSHOT_DIR set, the screen as it is now, to be looked at.
    void saveShot(const QString &name)
    {
        const QPixmap shot = m_screen->grab();
        QVERIFY(!shot.isNull());
        if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ui::CommandRegistry> m_commands;
    std::unique_ptr<ui::ScreenRegistry> m_screens;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<S> m_screen;
};

} // namespace rsk::test
