// Texter påminnelser/inkassokrav/restkrav/hot (handbook 7.4–7.6, 7.9) by
// keyboard: the counter follows the cursor, a line longer than the form
// allows is refused with the line named and nothing saved, Ctrl+S saves a
// text that fits, and F3 with unsaved changes asks first.
#include "testledger.h"
#include "uitestsupport.h"

#include "dunning/dunningtexts.h"
#include "screens/dunningtextsscreen.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestDunningTextsScreen : public ScreenTest<DunningTextsScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredText();
    void counterFollowsTheCursor();
    void lineWidthOnDatapost_data();
    void lineWidthOnDatapost();
    void backWithUnsavedChangesAsks();
    void screenshot();

private:
    void openScreen();
    void chooseReminder(char number);

    std::unique_ptr<TestLedger> m_ledger;
};

void TestDunningTextsScreen::initTestCase()
{
    useTemporarySettings();
}

void TestDunningTextsScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
    DunningTexts(*m_ledger->db).texts(DunningTextKind::Reminder); // touch the table
}

void TestDunningTextsScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestDunningTextsScreen::openScreen()
{
    showScreen({QLatin1String(DunningTextsScreen::kId),
                QStringLiteral("&Texter påminnelser/inkassokrav/restkrav/hot"),
                QStringLiteral("7.4–7.6, 7.9")},
               shellOver(m_ledger->db.get()), QSize(900, 560));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QComboBox>("kindCombo")->setFocus();
}

// Kind "Påminnelse" (first), then the number typed in its list, form D, then
// into the text.
void TestDunningTextsScreen::chooseReminder(char number)
{
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("kindCombo"));
    press(Qt::Key_Home);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("numberCombo"));
    type(QString(QLatin1Char(number)));
    QCOMPARE(child<QComboBox>("numberCombo")->currentText(), QString(QLatin1Char(number)));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("formTypeCombo"));
    press(Qt::Key_Home); // D – datapost
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("textEdit"));
}

void TestDunningTextsScreen::showsTheStoredText()
{
    openScreen();
    // DunningTexts::defaults: reminder 1 exists in a new ledger.
    const auto stored = DunningTexts(*m_ledger->db).text(DunningTextKind::Reminder, 1);
    QVERIFY(stored);
    QCOMPARE(child<QPlainTextEdit>("textEdit")->toPlainText(),
             stored->lines.join(QLatin1Char('\n')));
    QVERIFY(!m_screen->isModified());
}

void TestDunningTextsScreen::counterFollowsTheCursor()
{
    openScreen();
    chooseReminder('7');
    QCOMPARE(child<QLabel>("counterLabel")->text(), QStringLiteral("rad 1 av 15, kolumn 1 av 77"));
    type(QStringLiteral("Hej"));
    press(Qt::Key_Return);
    type(QStringLiteral("ab"));
    // Two lines; the cursor after "ab" stands in column 3 of line 2.
    QCOMPARE(child<QLabel>("counterLabel")->text(), QStringLiteral("rad 2 av 15, kolumn 3 av 77"));
    // F: the invoice form allows 53 (7.4).
    press(Qt::Key_Tab, Qt::ShiftModifier);
    press(Qt::Key_End);
    QVERIFY(child<QLabel>("counterLabel")->text().endsWith(QStringLiteral("av 53")));
}

void TestDunningTextsScreen::lineWidthOnDatapost_data()
{
    // A D reminder line may be 77 characters (DunningTexts::maxWidth, 7.4).
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("saved");
    QTest::newRow("77 characters fit on datapost") << 77 << true;
    QTest::newRow("78 characters are refused") << 78 << false;
}

void TestDunningTextsScreen::lineWidthOnDatapost()
{
    QFETCH(int, length);
    QFETCH(bool, saved);
    openScreen();
    const qint64 audit = m_ledger->count(QStringLiteral("audit_log"));
    chooseReminder('5');
    type(QStringLiteral("Vi har inte fått betalt."));
    press(Qt::Key_Return);
    type(QString(length, QLatin1Char('x')));
    press(Qt::Key_S, Qt::ControlModifier);
    const auto stored = DunningTexts(*m_ledger->db).text(DunningTextKind::Reminder, 5);
    const QString error = child<QLabel>("errorLabel")->text();
    if (saved) {
        QCOMPARE(error, QString());
        QVERIFY(stored);
        QCOMPARE(stored->formType, QLatin1Char('D'));
        QCOMPARE(stored->lines, (QStringList{"Vi har inte fått betalt.", QString(77, 'x')}));
        QVERIFY(!m_screen->isModified());
        QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), audit + 1);
    } else {
        QVERIFY2(error.contains(QStringLiteral("rad 2 är 78 tecken")), qPrintable(error));
        QVERIFY(!stored);
        QVERIFY(m_screen->isModified());
        QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), audit);
        QCOMPARE(child<QPlainTextEdit>("textEdit")->extraSelections().size(), 1);
        QCOMPARE(child<QPlainTextEdit>("textEdit")->textCursor().blockNumber(), 1); // rad 2
    }
}

void TestDunningTextsScreen::backWithUnsavedChangesAsks()
{
    openScreen();
    chooseReminder('6');
    type(QStringLiteral("Ändrad"));
    QVERIFY(m_screen->isModified());
    QSignalSpy back(m_screen.get(), &Screen::closeRequested);
    press(Qt::Key_F3);
    QCOMPARE(back.count(), 1);
    // MainWindow asks the screen before closing it: Escape keeps it open.
    answerNextQuestion(Qt::Key_Escape);
    QVERIFY(!m_screen->confirmClose());
}

void TestDunningTextsScreen::screenshot()
{
    openScreen();
    chooseReminder('5');
    type(QStringLiteral("Enligt våra noteringar är fakturan nedan ännu inte betald."));
    press(Qt::Key_Return);
    type(QString(78, QLatin1Char('x')));
    press(Qt::Key_S, Qt::ControlModifier);
    saveShot(QStringLiteral("dunningtextsscreen.png"));
}

QTEST_MAIN(TestDunningTextsScreen)
#include "tst_dunningtextsscreen.moc"
