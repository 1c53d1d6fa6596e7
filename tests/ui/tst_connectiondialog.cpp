// Öppna reskontra (issue 7), driven by the keyboard: the dialog builds the
// ledger's location from what the clerk types, hands it (with the password)
// to the open function, keeps the dialog open with the reason when that
// fails, and never remembers the password.
#include "storage/ledgererror.h"
#include "widgets/connectiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rsk::ui;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverByKeyboard_data();
    void serverByKeyboard();
    void fileByKeyboard();
    void startsFromTheOpenServerLedgerAtItsPassword();
    void failureKeepsTheDialogOpenWithTheReason();
    void missingFieldIsNamedAndFocused();
    void passwordIsNeverRemembered();

private:
    // Shows the dialog as the active window, with the keyboard in it.
    void show(ConnectionDialog &dialog);
    // Selects all in the focused line edit and types over it; Tab moves on.
    static void typeOver(QWidget *dialog, const QString &text);
    // With RESKONTRA_SCREENSHOT_DIR set: the dialog as a PNG there, to look at.
    static void screenshot(QWidget *dialog, const QString &name);

    QTemporaryDir m_settingsDir;
};

void TestConnectionDialog::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestConnectionDialog::show(ConnectionDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void TestConnectionDialog::screenshot(QWidget *dialog, const QString &name)
{
    const QString dir = qEnvironmentVariable("RESKONTRA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(dialog->grab().save(QDir(dir).filePath(name)));
}

void TestConnectionDialog::typeOver(QWidget *dialog, const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(focus, Qt::Key_Delete);
    else
        QTest::keyClicks(focus, text);
    QTest::keyClick(dialog, Qt::Key_Tab);
}

void TestConnectionDialog::serverByKeyboard_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("location");      // what is shown and remembered
    QTest::addColumn<QString>("opened");        // what the open function gets

    QTest::newRow("office server, default port")
        << "reskontra.kommun.local" << "5432" << "reskontra" << "anna" << "hemligt"
        << "postgresql://anna@reskontra.kommun.local:5432/reskontra"
        << "postgresql://anna:hemligt@reskontra.kommun.local:5432/reskontra";
    // '@' and a space in the password are encoded (%40, %20), so the URL
    // still splits at the right '@'; ':' may stay (the first one ends the user).
    QTest::newRow("password with @, : and space")
        << "10.0.0.5" << "5433" << "ledger_2026" << "bo" << "p@ss: word"
        << "postgresql://bo@10.0.0.5:5433/ledger_2026"
        << "postgresql://bo:p%40ss:%20word@10.0.0.5:5433/ledger_2026";
    QTest::newRow("no password (trust or ~/.pgpass)")
        << "localhost" << "" << "reskontra" << "reskontra" << ""
        << "postgresql://reskontra@localhost/reskontra"
        << "postgresql://reskontra@localhost/reskontra";
}

void TestConnectionDialog::serverByKeyboard()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, location);
    QFETCH(QString, opened);

    QStringList tried;
    ConnectionDialog dialog([&tried](const QString &l) { tried << l; }, QStringLiteral("/tmp/a.sqlite"));
    show(dialog);
    // A file ledger is open: the cursor is on Typ; Down chooses the server.
    QCOMPARE(QApplication::focusWidget(), dialog.kindBox());
    QTest::keyClick(dialog.kindBox(), Qt::Key_Down);
    QVERIFY(dialog.isServer());
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.hostEdit());
    typeOver(&dialog, host);
    QCOMPARE(QApplication::focusWidget(), dialog.portEdit());
    typeOver(&dialog, port);
    typeOver(&dialog, database);
    typeOver(&dialog, user);
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    QTest::keyClicks(dialog.passwordEdit(), password);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(tried, QStringList{opened});
    QCOMPARE(dialog.location(), location);
    QCOMPARE(dialog.password(), password);
    // Database::open reads the parts back with QUrl: the same password.
    QCOMPARE(QUrl(opened).password(), password);
    QCOMPARE(QUrl(opened).userName(), user);
    QCOMPARE(QUrl(opened).path(), QLatin1Char('/') + database);
}

void TestConnectionDialog::fileByKeyboard()
{
    QStringList tried;
    ConnectionDialog dialog([&tried](const QString &l) { tried << l; }, QString());
    show(dialog);
    QVERIFY(!dialog.isServer());
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.fileEdit());
    QTest::keyClicks(dialog.fileEdit(), QStringLiteral("/srv/reskontra/kommunen.sqlite"));
    QTest::keyClick(dialog.fileEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    screenshot(&dialog, QStringLiteral("connectiondialog-file.png"));
    QCOMPARE(tried, QStringList{QStringLiteral("/srv/reskontra/kommunen.sqlite")});
    QCOMPARE(dialog.location(), QStringLiteral("/srv/reskontra/kommunen.sqlite"));
    QCOMPARE(dialog.password(), QString());
}

void TestConnectionDialog::startsFromTheOpenServerLedgerAtItsPassword()
{
    QStringList tried;
    ConnectionDialog dialog([&tried](const QString &l) { tried << l; },
                            QStringLiteral("postgresql://anna@srv:5544/kommunen"));
    show(dialog);
    QVERIFY(dialog.isServer());
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("srv"));
    QCOMPARE(dialog.portEdit()->text(), QStringLiteral("5544"));
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("kommunen"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("anna"));
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("x1"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(tried, QStringList{QStringLiteral("postgresql://anna:x1@srv:5544/kommunen")});
}

void TestConnectionDialog::failureKeepsTheDialogOpenWithTheReason()
{
    int attempts = 0;
    ConnectionDialog dialog(
        [&attempts](const QString &l) {
            if (++attempts == 1)
                throw rsk::LedgerError(rsk::LedgerError::Kind::Storage,
                                       QStringLiteral("Kunde inte öppna reskontran: fel lösenord"));
            QCOMPARE(l, QStringLiteral("postgresql://anna:ratt2@srv:5432/kommunen"));
        },
        QStringLiteral("postgresql://anna@srv:5432/kommunen"));
    show(dialog);
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("fel"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("fel lösenord")),
             qPrintable(dialog.errorText()));
    screenshot(&dialog, QStringLiteral("connectiondialog-server.png"));
    // The cursor is back on the password, all of it selected to type over.
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("ratt2"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(attempts, 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.errorText(), QString());
}

void TestConnectionDialog::missingFieldIsNamedAndFocused()
{
    int attempts = 0;
    ConnectionDialog dialog([&attempts](const QString &) { ++attempts; },
                            QStringLiteral("postgresql://anna@srv:5432/kommunen"));
    show(dialog);
    dialog.databaseEdit()->clear();
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(attempts, 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("databas")), qPrintable(dialog.errorText()));
    QCOMPARE(QApplication::focusWidget(), dialog.databaseEdit());
}

void TestConnectionDialog::passwordIsNeverRemembered()
{
    ConnectionDialog::rememberLocation(QStringLiteral("postgresql://bo:p%40ss@10.0.0.5:5433/ledger"));
    QCOMPARE(ConnectionDialog::rememberedLocation(),
             QStringLiteral("postgresql://bo@10.0.0.5:5433/ledger"));
    QSettings settings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("p%40ss"));
    ConnectionDialog::rememberLocation(QStringLiteral("/srv/a.sqlite"));
    QCOMPARE(ConnectionDialog::rememberedLocation(), QStringLiteral("/srv/a.sqlite"));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
