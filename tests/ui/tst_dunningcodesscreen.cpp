// Underhåll kravkoder (handbook 7.3) by keyboard: the nine codes with their
// text and eight flags, a code changed and one set up with Tab/Space/Enter,
// a 16-character text refused beside the field with nothing changed, F7 undo.
#include "testledger.h"
#include "uitestsupport.h"

#include "screens/dunningcodesscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;
using Col = DunningCodesScreen::Column;

class TestDunningCodesScreen : public ScreenTest<DunningCodesScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsNineCodesWithFlags_data();
    void listShowsNineCodesWithFlags();
    void changeTextAndFlagsByKeyboard();
    void setUpAnUnusedCode();
    void sixteenCharacterTextIsRefused();
    void undoRestoresTheForm();
    void screenshot();

private:
    void openScreen();
    void goToCode(int code);
    QStringList cellsOf(int code) const;

    std::unique_ptr<TestLedger> m_ledger;
};

void TestDunningCodesScreen::initTestCase()
{
    useTemporarySettings();
}

void TestDunningCodesScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestDunningCodesScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestDunningCodesScreen::openScreen()
{
    showScreen({QLatin1String(DunningCodesScreen::kId), QStringLiteral("&Kravkoder"),
                QStringLiteral("7.3")},
               shellOver(m_ledger->db.get()), QSize(900, 620));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QTableWidget>("codeTable")->setFocus();
}

// Moves the list's cursor with the arrow keys, as a clerk does (row = code - 1).
void TestDunningCodesScreen::goToCode(int code)
{
    auto *table = child<QTableWidget>("codeTable");
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Home);
    while (table->currentRow() < code - 1)
        press(Qt::Key_Down);
    QCOMPARE(table->currentRow(), code - 1);
}

QStringList TestDunningCodesScreen::cellsOf(int code) const
{
    auto *table = child<QTableWidget>("codeTable");
    QStringList cells;
    for (int column = 0; column < Col::ColumnCount; ++column)
        cells << table->item(code - 1, column)->text();
    return cells;
}

void TestDunningCodesScreen::listShowsNineCodesWithFlags_data()
{
    // kod, text, ej: faktura, påm 1, påm 2, inkassokrav, ränta, ränta vid
    // anstånd, hot, restkrav (the defaults of ledgersetup.cpp)
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("2 Anstånd, no interest during respite")
        << 2 << QStringList{"2", "Anstånd", "", "X", "X", "X", "", "X", "X", "X"};
    QTest::newRow("4 Inkassobolag, no interest")
        << 4 << QStringList{"4", "Inkassobolag", "", "X", "X", "X", "X", "", "X", "X"};
    QTest::newRow("7 Ej ränta only") << 7 << QStringList{"7", "Ej ränta", "", "", "", "", "X",
                                                         "", "", ""};
    QTest::newRow("9 not set up: listed empty")
        << 9 << QStringList{"9", "", "", "", "", "", "", "", "", ""};
}

void TestDunningCodesScreen::listShowsNineCodesWithFlags()
{
    QFETCH(int, code);
    QFETCH(QStringList, cells);
    openScreen();
    QCOMPARE(child<QTableWidget>("codeTable")->rowCount(), 9); // handbook 7.3: codes 1–9
    QCOMPARE(cellsOf(code), cells);
}

void TestDunningCodesScreen::changeTextAndFlagsByKeyboard()
{
    openScreen();
    goToCode(6);
    QCOMPARE(child<QLineEdit>("textEdit")->text(), QStringLiteral("Ej påminnelse"));
    const qint64 audit = m_ledger->count("audit_log");
    press(Qt::Key_Return); // change this one: the cursor goes to the text, selected
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("textEdit"));
    type(QStringLiteral("Ej påm/ränta"));
    press(Qt::Key_Tab); // ej faktura
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("noInvoiceCheck"));
    press(Qt::Key_Tab); // ej påminnelse 1
    press(Qt::Key_Space); // off
    press(Qt::Key_Tab); // ej påminnelse 2
    press(Qt::Key_Tab); // ej inkassokrav
    press(Qt::Key_Tab); // ej dröjsmålsränta
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("noInterestCheck"));
    press(Qt::Key_Space); // on
    for (int i = 0; i < 3; ++i) // ränta vid anstånd → hot → restkrav
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("noResidualCheck"));
    press(Qt::Key_Space); // on
    QVERIFY(m_screen->isModified());
    press(Qt::Key_Return);

    const auto saved = ReferenceData(*m_ledger->db).dunningCode(6);
    QVERIFY(saved);
    QCOMPARE(saved->text, QStringLiteral("Ej påm/ränta"));
    QVERIFY(!saved->noInvoice);
    QVERIFY(!saved->noReminder1);
    QVERIFY(saved->noReminder2);
    QVERIFY(!saved->noCollection);
    QVERIFY(saved->noInterest);
    QVERIFY(!saved->noInterestRespite);
    QVERIFY(!saved->noThreat);
    QVERIFY(saved->noResidual);
    QCOMPARE(m_ledger->count("audit_log"), audit + 1);
    QCOMPARE(cellsOf(6),
             (QStringList{"6", "Ej påm/ränta", "", "", "X", "", "X", "", "", "X"}));
    QCOMPARE(QApplication::focusWidget(), child<QTableWidget>("codeTable"));
    QCOMPARE(child<QTableWidget>("codeTable")->currentRow(), 5);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("ändrad")));
    QVERIFY(!m_screen->isModified());
}

void TestDunningCodesScreen::setUpAnUnusedCode()
{
    openScreen();
    QVERIFY(!ReferenceData(*m_ledger->db).dunningCode(8));
    goToCode(8);
    press(Qt::Key_Return);
    type(QStringLiteral("Konkurs"));
    press(Qt::Key_Tab);
    press(Qt::Key_Space); // ej faktura
    press(Qt::Key_Return);

    const auto saved = ReferenceData(*m_ledger->db).dunningCode(8);
    QVERIFY(saved);
    QCOMPARE(saved->text, QStringLiteral("Konkurs"));
    QVERIFY(saved->noInvoice);
    QVERIFY(!saved->noReminder1);
    QCOMPARE(ReferenceData(*m_ledger->db).dunningCodes().size(), 8);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("upplagd")));
}

void TestDunningCodesScreen::sixteenCharacterTextIsRefused()
{
    openScreen();
    goToCode(2);
    const qint64 audit = m_ledger->count("audit_log");
    press(Qt::Key_Return);
    type(QStringLiteral("Anstånd beviljat")); // 7 + 1 + 8 = 16 characters
    press(Qt::Key_Tab);
    press(Qt::Key_Space); // a flag changed too: nothing of it may be saved
    press(Qt::Key_Return);

    QCOMPARE(child<QLabel>("textError")->text(),
             QStringLiteral("Kravkod 2: texten är 16 tecken, högst 15."));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("textEdit"));
    const auto stored = ReferenceData(*m_ledger->db).dunningCode(2);
    QCOMPARE(stored->text, QStringLiteral("Anstånd"));
    QVERIFY(!stored->noInvoice);
    QCOMPARE(m_ledger->count("audit_log"), audit);
    QCOMPARE(cellsOf(2).at(Col::Text), QStringLiteral("Anstånd"));
    QVERIFY(m_screen->isModified()); // the clerk's typing stays to be corrected
}

void TestDunningCodesScreen::undoRestoresTheForm()
{
    openScreen();
    goToCode(3);
    press(Qt::Key_Return);
    type(QStringLiteral("Ändrad"));
    press(Qt::Key_Tab);
    press(Qt::Key_Space);
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QCOMPARE(child<QLineEdit>("textEdit")->text(), QStringLiteral("Avbetalning"));
    QVERIFY(!child<QCheckBox>("noInvoiceCheck")->isChecked());
    QVERIFY(!m_screen->isModified());
    QCOMPARE(ReferenceData(*m_ledger->db).dunningCode(3)->text, QStringLiteral("Avbetalning"));
}

void TestDunningCodesScreen::screenshot()
{
    openScreen();
    goToCode(2);
    press(Qt::Key_Return);
    type(QStringLiteral("Anstånd beviljat"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("dunningcodes.png"));
}

QTEST_MAIN(TestDunningCodesScreen)
#include "tst_dunningcodesscreen.moc"
