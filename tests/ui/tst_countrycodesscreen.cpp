// Underhåll Landskoder (handbook 8.2) by keyboard: the register opens on its
// first country; F8 and Enter add one, a code that exists or a missing name
// is refused at its field, typing the code in the list finds a country and
// Enter changes it, F6 deletes after a question and is refused while a
// customer has the code, F7 undoes.
#include "testledger.h"
#include "uitestsupport.h"

#include "ledger/countrycodes.h"
#include "screens/countrycodesscreen.h"
#include "widgets/keylegend.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestCountryCodesScreen : public ScreenTest<CountryCodesScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheFirstCountry();
    void addByKeyboard();
    void refusedAtTheField_data();
    void refusedAtTheField();
    void findAndChangeByKeyboard();
    void deleteAfterTheQuestion_data();
    void deleteAfterTheQuestion();
    void undoRestoresTheForm();
    void screenshot();

private:
    void openScreen();
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QTableWidget *table() const { return child<QTableWidget>("countryTable"); }
    // Typing the code in the list goes to its row (the view's keyboard search).
    void goTo(const QString &code)
    {
        table()->setFocus();
        type(code);
        QCOMPARE(table()->item(table()->currentRow(), 0)->text(), code);
    }

    std::unique_ptr<TestLedger> m_ledger;
};

void TestCountryCodesScreen::initTestCase()
{
    useTemporarySettings();
}

void TestCountryCodesScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestCountryCodesScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestCountryCodesScreen::openScreen()
{
    showScreen({QLatin1String(CountryCodesScreen::kId), QStringLiteral("&Landskoder"),
                QStringLiteral("8.2")},
               shellOver(m_ledger->db.get()), QSize(900, 650));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TestCountryCodesScreen::opensOnTheFirstCountry()
{
    openScreen();
    QCOMPARE(table()->rowCount(), int(CountryCodes(*m_ledger->db).list().size()));
    QCOMPARE(text("formTitle"), QStringLiteral("Ändra landskod AD Andorra"));
    QVERIFY(edit("codeEdit")->isReadOnly());
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F6=Ta bort  F7=Ångra  F8=Ny"));
}

void TestCountryCodesScreen::addByKeyboard()
{
    openScreen();
    const qint64 audit = m_ledger->count("audit_log");
    press(Qt::Key_F8);
    QCOMPARE(text("formTitle"), QStringLiteral("Ny landskod"));
    QCOMPARE(QApplication::focusWidget(), edit("codeEdit"));
    type(QStringLiteral("xk1")); // the field takes two letters
    QCOMPARE(edit("codeEdit")->text(), QStringLiteral("xk"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Kosovo"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Betala i euro"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("euCheck"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"), QString());
    QCOMPARE(text("statusLabel"), QStringLiteral("Landskod XK Kosovo är upplagd."));
    const auto saved = CountryCodes(*m_ledger->db).find(QStringLiteral("XK"));
    QVERIFY(saved);
    QCOMPARE(saved->paymentText, QStringLiteral("Betala i euro"));
    QVERIFY(!saved->eu);
    QCOMPARE(m_ledger->count("audit_log"), audit + 1);
    QCOMPARE(table()->item(table()->currentRow(), 0)->text(), QStringLiteral("XK"));
    QCOMPARE(QApplication::focusWidget(), table());
    QVERIFY(!m_screen->isModified());
}

void TestCountryCodesScreen::refusedAtTheField_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("error");
    QTest::newRow("a code that exists") << "se" << "Svea rike" << "codeEdit"
                                        << "Landskod: SE finns redan (Sverige); välj den i listan "
                                           "för att ändra.";
    QTest::newRow("no name") << "xk" << "" << "nameEdit"
                             << "Namn: ange landets namn för XK; det skrivs ut på fakturan.";
    QTest::newRow("one letter")
        << "x" << "Kosovo" << "codeEdit"
        << "Landskod: \"X\" ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.";
}

void TestCountryCodesScreen::refusedAtTheField()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, error);
    openScreen();
    const int before = table()->rowCount();
    press(Qt::Key_F8);
    type(code);
    press(Qt::Key_Tab);
    type(name);
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"), error);
    QCOMPARE(QApplication::focusWidget(), edit(qPrintable(field)));
    QCOMPARE(int(CountryCodes(*m_ledger->db).list().size()), before);
    QVERIFY(m_screen->isModified());
}

void TestCountryCodesScreen::findAndChangeByKeyboard()
{
    openScreen();
    goTo(QStringLiteral("NO"));
    QCOMPARE(text("formTitle"), QStringLiteral("Ändra landskod NO Norge"));
    press(Qt::Key_Return); // to the form's name
    QCOMPARE(QApplication::focusWidget(), edit("nameEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Konungariket Norge"));
    press(Qt::Key_Return);
    QCOMPARE(text("statusLabel"), QStringLiteral("Landskod NO Konungariket Norge är ändrad."));
    QCOMPARE(CountryCodes(*m_ledger->db).find(QStringLiteral("NO"))->name,
             QStringLiteral("Konungariket Norge"));
    QCOMPARE(table()->item(table()->currentRow(), 1)->text(), QStringLiteral("Konungariket Norge"));
}

void TestCountryCodesScreen::deleteAfterTheQuestion_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Qt::Key>("answer");
    QTest::addColumn<QString>("error"); // "" = deleted when answered T
    QTest::newRow("DK, nobody's: T deletes") << "DK" << Qt::Key_T << "";
    QTest::newRow("DK, Escape keeps it") << "DK" << Qt::Key_Escape << "-";
    QTest::newRow("NO, a customer's: refused")
        << "NO" << Qt::Key_T << "Landskod NO (Norge) används av en kund och kan inte tas bort.";
}

void TestCountryCodesScreen::deleteAfterTheQuestion()
{
    QFETCH(QString, code);
    QFETCH(Qt::Key, answer);
    QFETCH(QString, error);
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000017"), Money::fromOre(10000));
    d.country = QStringLiteral("NO");
    d.postalCode = QStringLiteral("0150");
    m_ledger->registerInvoices({d});
    openScreen();
    goTo(code);
    answerNextQuestion(answer);
    press(Qt::Key_F6);
    const bool exists = CountryCodes(*m_ledger->db).find(code).has_value();
    if (error.isEmpty()) {
        QVERIFY(!exists);
        QCOMPARE(text("statusLabel"),
                 QStringLiteral("Landskod DK Danmark är borttagen."));
        QCOMPARE(table()->item(table()->currentRow(), 0)->text(), QStringLiteral("EE"));
        return;
    }
    QVERIFY(exists);
    QCOMPARE(text("errorLabel"), error == QLatin1String("-") ? QString() : error);
}

void TestCountryCodesScreen::undoRestoresTheForm()
{
    openScreen();
    goTo(QStringLiteral("FI"));
    press(Qt::Key_Return);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Suomi"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Finland"));
    QCOMPARE(text("statusLabel"), QStringLiteral("Ändringarna är ångrade."));
    QVERIFY(!m_screen->isModified());
}

void TestCountryCodesScreen::screenshot()
{
    openScreen();
    goTo(QStringLiteral("SE"));
    saveShot(QStringLiteral("countrycodes.png"));
}

QTEST_MAIN(TestCountryCodesScreen)
#include "tst_countrycodesscreen.moc"
