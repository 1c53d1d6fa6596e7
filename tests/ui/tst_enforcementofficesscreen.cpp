// Underhåll kronofogdemyndigheter (handbook 7.10) by keyboard: an empty
// register opens on a new office; Enter saves, Enter on a row changes it
// (the ort is the identity and stays), the fields stop at 20 and 30
// characters and say so, a missing ort is refused at its field, F6 deletes
// after a question, F7 undoes.
#include "testledger.h"
#include "uitestsupport.h"

#include "dunning/enforcementoffices.h"
#include "screens/enforcementofficesscreen.h"
#include "widgets/keylegend.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestEnforcementOfficesScreen : public ScreenTest<EnforcementOfficesScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyRegisterOpensOnANewOffice();
    void addByKeyboard();
    void fieldsStopAtTheirLimits_data();
    void fieldsStopAtTheirLimits();
    void missingCityIsRefusedAtTheField();
    void changeByKeyboard();
    void deleteAfterTheQuestion_data();
    void deleteAfterTheQuestion();
    void undoRestoresTheForm();
    void screenshot();

private:
    void openScreen();
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    void addOffice(const QString &city, const QStringList &lines)
    {
        EnforcementOffices(*m_ledger->db).save({city, lines});
    }

    std::unique_ptr<TestLedger> m_ledger;
};

void TestEnforcementOfficesScreen::initTestCase()
{
    useTemporarySettings();
}

void TestEnforcementOfficesScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestEnforcementOfficesScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestEnforcementOfficesScreen::openScreen()
{
    showScreen({QLatin1String(EnforcementOfficesScreen::kId),
                QStringLiteral("Kronofo&gdemyndigheter"), QStringLiteral("7.10")},
               shellOver(m_ledger->db.get()), QSize(900, 600));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TestEnforcementOfficesScreen::emptyRegisterOpensOnANewOffice()
{
    openScreen();
    QCOMPARE(child<QTableWidget>("officeTable")->rowCount(), 0);
    QCOMPARE(text("formTitle"), QStringLiteral("Ny kronofogdemyndighet"));
    QCOMPARE(QApplication::focusWidget(), edit("cityEdit"));
    QVERIFY(text("statusLabel").startsWith(QStringLiteral("Inga kronofogdemyndigheter")));
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F6=Ta bort  F7=Ångra  F8=Ny"));
}

void TestEnforcementOfficesScreen::addByKeyboard()
{
    openScreen();
    const qint64 audit = m_ledger->count("audit_log");
    type(QStringLiteral("Göteborg"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Kronofogden"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Box 1234"));
    press(Qt::Key_Tab);
    type(QStringLiteral("411 01  GÖTEBORG"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"), QString());
    QCOMPARE(text("statusLabel"), QStringLiteral("Kronofogdemyndigheten i Göteborg är upplagd."));
    const auto saved = EnforcementOffices(*m_ledger->db).find(QStringLiteral("Göteborg"));
    QVERIFY(saved);
    QCOMPARE(saved->lines, (QStringList{QStringLiteral("Kronofogden"), QStringLiteral("Box 1234"),
                                        QStringLiteral("411 01  GÖTEBORG")}));
    QCOMPARE(m_ledger->count("audit_log"), audit + 1);
    auto *table = child<QTableWidget>("officeTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(),
             QStringLiteral("Kronofogden, Box 1234, 411 01  GÖTEBORG"));
    QCOMPARE(QApplication::focusWidget(), table);
    QVERIFY(!m_screen->isModified());

    // F8 again: the same ort is refused, the office is not touched.
    press(Qt::Key_F8);
    type(QStringLiteral("göteborg"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Annat"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"),
             QStringLiteral("Ort: Göteborg finns redan; välj den i listan för att ändra."));
    QCOMPARE(QApplication::focusWidget(), edit("cityEdit"));
    QCOMPARE(EnforcementOffices(*m_ledger->db).find(QStringLiteral("Göteborg"))->lines.first(),
             QStringLiteral("Kronofogden"));
}

void TestEnforcementOfficesScreen::fieldsStopAtTheirLimits_data()
{
    QTest::addColumn<int>("tabs"); // from the ort: 0 = the ort, 1 = line 1 …
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("message");
    QTest::newRow("ort stops at 20") << 0 << 20 << "Ort: högst 20 tecken.";
    QTest::newRow("line 1 stops at 30") << 1 << 30 << "Rad 1: högst 30 tecken.";
    QTest::newRow("line 5 stops at 30") << 5 << 30 << "Rad 5: högst 30 tecken.";
}

void TestEnforcementOfficesScreen::fieldsStopAtTheirLimits()
{
    QFETCH(int, tabs);
    QFETCH(int, limit);
    QFETCH(QString, message);
    openScreen();
    if (tabs > 0) {
        type(QStringLiteral("Umeå"));
        for (int i = 0; i < tabs; ++i)
            press(Qt::Key_Tab);
    }
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(field);
    type(QString(limit - 1, QLatin1Char('a')));
    QCOMPARE(text("statusLabel"), QString());
    type(QStringLiteral("bc")); // the limit's letter, and one too many
    QCOMPARE(field->text(), QString(limit - 1, QLatin1Char('a')) + QLatin1Char('b'));
    QCOMPARE(text("statusLabel"), message);
    press(Qt::Key_Backspace); // under the limit again: the message goes
    QCOMPARE(text("statusLabel"), QString());
}

void TestEnforcementOfficesScreen::missingCityIsRefusedAtTheField()
{
    openScreen();
    press(Qt::Key_Tab);
    type(QStringLiteral("Kronofogden"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"),
             QStringLiteral("Ort: ange orten; den är kronofogdemyndighetens identitet."));
    QCOMPARE(QApplication::focusWidget(), edit("cityEdit"));
    QVERIFY(EnforcementOffices(*m_ledger->db).list().isEmpty());
    QVERIFY(m_screen->isModified());
}

void TestEnforcementOfficesScreen::changeByKeyboard()
{
    addOffice(QStringLiteral("Malmö"), {QStringLiteral("Kronofogden"), QStringLiteral("Box 1")});
    addOffice(QStringLiteral("Luleå"), {QStringLiteral("Kronofogden Norr")});
    openScreen();
    auto *table = child<QTableWidget>("officeTable");
    table->setFocus();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Luleå"));
    press(Qt::Key_Down); // Malmö
    QCOMPARE(text("formTitle"), QStringLiteral("Ändra kronofogdemyndigheten i Malmö"));
    press(Qt::Key_Return); // to the form's first line
    QCOMPARE(QApplication::focusWidget(), edit("line1Edit"));
    QVERIFY(edit("cityEdit")->isReadOnly());
    press(Qt::Key_Tab);
    edit("line2Edit")->selectAll();
    type(QStringLiteral("Box 99"));
    press(Qt::Key_Return);
    QCOMPARE(text("statusLabel"), QStringLiteral("Kronofogdemyndigheten i Malmö är ändrad."));
    QCOMPARE(EnforcementOffices(*m_ledger->db).find(QStringLiteral("Malmö"))->lines,
             (QStringList{QStringLiteral("Kronofogden"), QStringLiteral("Box 99")}));
    QCOMPARE(table->currentRow(), 1);
}

void TestEnforcementOfficesScreen::deleteAfterTheQuestion_data()
{
    QTest::addColumn<Qt::Key>("answer");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("T (&Ta bort) deletes") << Qt::Key_T << true;
    QTest::newRow("Escape keeps it") << Qt::Key_Escape << false;
}

void TestEnforcementOfficesScreen::deleteAfterTheQuestion()
{
    QFETCH(Qt::Key, answer);
    QFETCH(bool, deleted);
    addOffice(QStringLiteral("Kiruna"), {QStringLiteral("Kronofogden")});
    openScreen();
    child<QTableWidget>("officeTable")->setFocus();
    answerNextQuestion(answer);
    press(Qt::Key_F6);
    QCOMPARE(EnforcementOffices(*m_ledger->db).list().isEmpty(), deleted);
    if (deleted)
        QCOMPARE(text("statusLabel"), QStringLiteral("Kronofogdemyndigheten i Kiruna är borttagen."));
}

void TestEnforcementOfficesScreen::undoRestoresTheForm()
{
    addOffice(QStringLiteral("Visby"), {QStringLiteral("Kronofogden Gotland")});
    openScreen();
    child<QTableWidget>("officeTable")->setFocus();
    press(Qt::Key_Return);
    edit("line1Edit")->selectAll();
    type(QStringLiteral("Fel"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QCOMPARE(edit("line1Edit")->text(), QStringLiteral("Kronofogden Gotland"));
    QVERIFY(!m_screen->isModified());
    QCOMPARE(text("statusLabel"), QStringLiteral("Ändringarna är ångrade."));
}

void TestEnforcementOfficesScreen::screenshot()
{
    addOffice(QStringLiteral("Göteborg"), {QStringLiteral("Kronofogden"), QStringLiteral("Box 1234"),
                                           QStringLiteral("411 01  GÖTEBORG")});
    addOffice(QStringLiteral("Östersund"), {QStringLiteral("Kronofogden"),
                                            QStringLiteral("831 86  ÖSTERSUND")});
    openScreen();
    child<QTableWidget>("officeTable")->setFocus();
    press(Qt::Key_Return);
    type(QString(20, QLatin1Char('x')));
    saveShot(QStringLiteral("enforcementoffices.png"));
}

QTEST_MAIN(TestEnforcementOfficesScreen)
#include "tst_enforcementofficesscreen.moc"
