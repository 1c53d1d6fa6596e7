// Kopior av påminnelser/inkassokrav/restkrav (handbook 7.12) and the run
// history, driven by the keyboard: the runs are listed; F6 undoes the
// selected run after a question (claims restored), or shows why it cannot;
// the copies' selection gives the expected letters, marked KOPIA, in the
// preview and in a PDF.
#include "uitestsupport.h"

#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "dunningletterdocument.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "screens/dunningcopiesscreen.h"
#include "testledger.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");

DunningSelection on(const QDate &date)
{
    DunningSelection s;
    s.runDate = date;
    return s;
}

} // namespace

class TestDunningCopiesScreen : public ScreenTest<DunningCopiesScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheRuns();
    void undoByKeyboardRestoresTheClaims();
    void undoEscapeKeepsTheRun();
    void undoRefusedAfterAPayment();
    void copiesAsSelected_data();
    void copiesAsSelected();
    void handlerTooLongIsRefused();
    void copiesToPdfSayKopia();
    void f16OpensThePrintPreview();
    void screenshot();

private:
    DunningCopiesScreen *open();
    QLabel *label(const char *name) const { return child<QLabel>(name); }
    Invoice claim(const QString &number) const
    {
        return InvoiceRepository(*m_ledger->db).require(kCompany, number);
    }
    QString runCell(int row, int column) const
    {
        const QTableWidgetItem *item = child<QTableWidget>("runTable")->item(row, column);
        return item ? item->text() : QString();
    }

    std::unique_ptr<TestLedger> m_ledger;
    qint64 m_first = 0;  // reminder 1 on 2026-02-10 for both claims
    qint64 m_second = 0; // reminder 2 on 2026-02-20 for both claims
    QTemporaryDir m_out;
};

void TestDunningCopiesScreen::initTestCase()
{
    useTemporarySettings();
}

// Routine 04: reminder 1 ten days after the due date (2026-01-31) with a
// 60 kr fee that is debited, reminder 2 ten days after reminder 1, no fee.
// Claims 1 000 kr (040000001) and 2 000 kr (040000002, Berg, Bo). Two runs:
// 2026-02-10 (reminder 1, 2 × 60 kr debited) and 2026-02-20 (reminder 2).
void TestDunningCopiesScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 2, 25));
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminderFeeAgreed = true;
    s.reminder1.days = 10;
    s.reminder1.fee = Money::fromKronor(60);
    s.reminder1.debit = true;
    s.reminder1.printInterest = false;
    s.reminder2.days = 10;
    s.reminder2.textNumber = 2;
    s.reminder2.printInterest = false;
    DunningSettingsRegister(*m_ledger->db).save(s);
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2000),
                           QStringLiteral("Berg, Bo"), QStringLiteral("750101-1238"))});
    DunningRun run(*m_ledger->db);
    m_first = run.run(on(QDate(2026, 2, 10))).runId;
    m_second = run.run(on(QDate(2026, 2, 20))).runId;
    run.recordOutput(m_second, QStringLiteral("/tmp/kravkorning-%1-2026-02-20.pdf").arg(m_second));
}

void TestDunningCopiesScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

DunningCopiesScreen *TestDunningCopiesScreen::open()
{
    auto *s = showScreen({QLatin1String(DunningCopiesScreen::kId), QStringLiteral("&Kopior"),
                          QStringLiteral("7.12")},
                         shellOver(m_ledger->db.get()), QSize(1200, 720), kCompany);
    s->setOutputDirectory(m_out.path());
    return s;
}

void TestDunningCopiesScreen::listsTheRuns()
{
    open();
    auto *table = child<QTableWidget>("runTable");
    QCOMPARE(table->rowCount(), 2);
    // Newest first: the reminder 2 run, no fee; then reminder 1, 2 × 60 kr.
    QCOMPARE(runCell(0, DunningCopiesScreen::Number), QString::number(m_second));
    QCOMPARE(runCell(0, DunningCopiesScreen::RunDate), QStringLiteral("2026-02-20"));
    QCOMPARE(runCell(0, DunningCopiesScreen::User), QStringLiteral("testare"));
    QCOMPARE(runCell(0, DunningCopiesScreen::Letters), QStringLiteral("2"));
    QCOMPARE(runCell(0, DunningCopiesScreen::Fees), QStringLiteral("0,00"));
    QVERIFY(runCell(0, DunningCopiesScreen::Output).endsWith(QStringLiteral("-2026-02-20.pdf")));
    QCOMPARE(runCell(1, DunningCopiesScreen::Fees), QStringLiteral("120,00"));
    QCOMPARE(runCell(1, DunningCopiesScreen::Undone), QString());
    QCOMPARE(m_screen->selectedRun(), m_second);
    QCOMPARE(QApplication::focusWidget(), table);
}

void TestDunningCopiesScreen::undoByKeyboardRestoresTheClaims()
{
    open();
    // The reminder 2 run first (the newest): nothing has happened since.
    answerNextQuestion(Qt::Key_N); // "Å&ngra körningen"
    press(Qt::Key_F6);
    QVERIFY2(label("statusLabel")->text().startsWith(
                 QStringLiteral("Körning nr %1 är ångrad").arg(m_second)),
             qPrintable(label("errorLabel")->text()));
    QCOMPARE(claim(QStringLiteral("040000001")).reminder2Date, QDate());
    QVERIFY(!runCell(0, DunningCopiesScreen::Undone).isEmpty()); // the list is refreshed
    QCOMPARE(m_screen->selectedRun(), m_second);
    // Then the reminder 1 run: its fee comes off again (1 060 → 1 000).
    press(Qt::Key_Down);
    QCOMPARE(m_screen->selectedRun(), m_first);
    QCOMPARE(claim(QStringLiteral("040000001")).balance, Money::fromKronor(1060));
    answerNextQuestion(Qt::Key_N);
    press(Qt::Key_F6);
    QCOMPARE(claim(QStringLiteral("040000001")).reminder1Date, QDate());
    QCOMPARE(claim(QStringLiteral("040000001")).balance, Money::fromKronor(1000));
    QCOMPARE(claim(QStringLiteral("040000002")).balance, Money::fromKronor(2000));
    QVERIFY(!runCell(1, DunningCopiesScreen::Undone).isEmpty());
    // Not twice: the reason, and no question.
    press(Qt::Key_F6);
    QVERIFY2(label("errorLabel")->text().startsWith(
                 QStringLiteral("Körning nr %1 kan inte ångras: ").arg(m_first)),
             qPrintable(label("errorLabel")->text()));
}

void TestDunningCopiesScreen::undoEscapeKeepsTheRun()
{
    open();
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F6);
    QCOMPARE(label("statusLabel")->text(),
             QStringLiteral("Körning nr %1 är inte ångrad.").arg(m_second));
    QCOMPARE(claim(QStringLiteral("040000001")).reminder2Date, QDate(2026, 2, 20));
    QVERIFY(DunningRun(*m_ledger->db).info(m_second)->undoneBy.isEmpty());
}

void TestDunningCopiesScreen::undoRefusedAfterAPayment()
{
    PostingRequest pay;
    pay.company = kCompany;
    pay.invoiceNumber = QStringLiteral("040000002");
    pay.method = QStringLiteral("1");
    pay.amount = Money::fromKronor(100);
    pay.transactionDate = QDate(2026, 2, 22);
    PostingService(*m_ledger->db).post(pay);
    open();
    press(Qt::Key_F6); // no question: the reason instead
    const QString error = label("errorLabel")->text();
    QVERIFY2(error.startsWith(QStringLiteral("Körning nr %1 kan inte ångras: ").arg(m_second)),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("001/040000002")), qPrintable(error));
    QCOMPARE(claim(QStringLiteral("040000002")).reminder2Date, QDate(2026, 2, 20));
    QVERIFY(runCell(0, DunningCopiesScreen::Undone).isEmpty());
}

void TestDunningCopiesScreen::copiesAsSelected_data()
{
    QTest::addColumn<QString>("letterDate");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<int>("uncheck"); // tabs from the handler back to a box to clear; 0 none
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QDate>("printedDate");
    // Claim 040000002 had reminder 1 (02-10) and reminder 2 (02-20).
    QTest::newRow("both letters, original dates") << "" << "" << 0
                                                  << QStringList{"reminder1", "reminder2"}
                                                  << QDate(2026, 2, 10);
    QTest::newRow("framställningsdatum 260220: reminder 2 only")
        << "260220" << "" << 0 << QStringList{"reminder2"} << QDate(2026, 2, 20);
    QTest::newRow("new handler") << "260220" << "Nils Ny 0123-99" << 0
                                 << QStringList{"reminder2"} << QDate(2026, 2, 20);
    // Shift+Tab ×3 from the handler: Påminnelse 1 eller 2 → no reminders.
    QTest::newRow("no reminders: nothing") << "" << "" << 3 << QStringList{} << QDate();
}

void TestDunningCopiesScreen::copiesAsSelected()
{
    QFETCH(QString, letterDate);
    QFETCH(QString, handler);
    QFETCH(int, uncheck);
    QFETCH(QStringList, steps);
    QFETCH(QDate, printedDate);
    open();
    QList<DunningLetter> seen;
    int shown = 0;
    m_screen->setPreviewer([&](const DunningLetterDocument &d) {
        seen = d.letters();
        ++shown;
    });
    press(Qt::Key_Tab);
    type(QStringLiteral("040000002"));
    press(Qt::Key_Tab);
    type(QStringLiteral("040000002"));
    press(Qt::Key_Tab);
    type(letterDate);
    for (int i = 0; i < 4; ++i) // the three steps, then the handler
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("handlerEdit"));
    type(handler);
    for (int i = 0; i < uncheck; ++i)
        press(Qt::Key_Backtab, Qt::ShiftModifier);
    if (uncheck > 0) {
        press(Qt::Key_Space);
        QVERIFY(!child<QCheckBox>("remindersCheck")->isChecked());
        press(Qt::Key_F16);
    } else {
        press(Qt::Key_Return);
    }
    QStringList got;
    for (const DunningLetter &l : seen) {
        got << dunningStepCode(l.step);
        QCOMPARE(l.invoiceNumber, QStringLiteral("040000002"));
        QVERIFY(l.copy);
        QCOMPARE(l.handler, handler); // the run's settings name no handler
    }
    QCOMPARE(got, steps);
    if (!steps.isEmpty())
        QCOMPARE(seen.first().letterDate, printedDate);
    QCOMPARE(shown, steps.isEmpty() ? 0 : 1);
    if (steps.isEmpty())
        QCOMPARE(label("statusLabel")->text(), QStringLiteral("Inga sparade brev passar urvalet."));
}

void TestDunningCopiesScreen::handlerTooLongIsRefused()
{
    open();
    int shown = 0;
    m_screen->setPreviewer([&shown](const DunningLetterDocument &) { ++shown; });
    child<QLineEdit>("handlerEdit")->setFocus();
    type(QStringLiteral("Handläggare med ett mycket långt namn 0123-456789")); // 49 > 30
    press(Qt::Key_Return);
    QCOMPARE(shown, 0);
    QVERIFY2(label("errorLabel")->text().startsWith(QStringLiteral("Ny handläggare är 49 tecken")),
             qPrintable(label("errorLabel")->text()));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("handlerEdit"));
}

void TestDunningCopiesScreen::copiesToPdfSayKopia()
{
    open();
    press(Qt::Key_Tab);
    type(QStringLiteral("040000001"));
    press(Qt::Key_Tab);
    type(QStringLiteral("040000001"));
    press(Qt::Key_Tab);
    type(QStringLiteral("260210"));
    press(Qt::Key_F8);
    const QString pdf = m_out.filePath(QStringLiteral("kravkopior-2026-02-25.pdf"));
    QCOMPARE(m_screen->lastPdfPath(), pdf);
    QVERIFY(QFileInfo::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("KOPIA")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("040000001")), qPrintable(content));
    QVERIFY2(!content.contains(QStringLiteral("040000002")), qPrintable(content));
    QVERIFY2(label("statusLabel")->text().startsWith(QStringLiteral("Kopior: 1, skrivna till")),
             qPrintable(label("statusLabel")->text()));
}

void TestDunningCopiesScreen::f16OpensThePrintPreview()
{
    open();
    QString seen;
    onNextModal([&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->close();
    });
    press(Qt::Key_F16);
    QCOMPARE(seen, QStringLiteral("letterPrintPreview"));
    QCOMPARE(label("statusLabel")->text(), QStringLiteral("Kopior: 4.")); // 2 runs × 2 claims
}

void TestDunningCopiesScreen::screenshot()
{
    open();
    answerNextQuestion(Qt::Key_N); // the newest run undone, to show it so
    press(Qt::Key_F6);
    QVERIFY(!runCell(0, DunningCopiesScreen::Undone).isEmpty());
    press(Qt::Key_Tab);
    type(QStringLiteral("040000002"));
    saveShot(QStringLiteral("dunningcopies.png"));
}

QTEST_MAIN(TestDunningCopiesScreen)
#include "tst_dunningcopiesscreen.moc"
