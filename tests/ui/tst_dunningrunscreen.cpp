// Påminnelser/inkassokrav/restkrav (handbook 7.11) driven by the keyboard:
// the kontrollista changes nothing and lists what the run takes, the
// claims a dunning code stops and the totals per step; F9 previews the
// letters; F10 asks, runs, writes the letters to a PDF recorded with the
// run and shows the result; a refused selection shows the reason at its
// field and records no run.
#include "uitestsupport.h"

#include "dunning/dunningcodes.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "dunningletterdocument.h"
#include "ledger/invoicerepository.h"
#include "models/reporttablemodel.h"
#include "screens/dunningrunscreen.h"
#include "testledger.h"
#include "widgets/keylegend.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");

// Pages of a PDF as pdfinfo counts them; -1 if it cannot be read.
int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestDunningRunScreen : public ScreenTest<DunningRunScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithTodayAndTheCompany();
    void kontrollistaListsWhatTheRunTakes_data();
    void kontrollistaListsWhatTheRunTakes();
    void previewShowsTheLettersToBePrinted();
    void previewOpensThePrintPreview();
    void runStampsWritesThePdfAndShowsTheResult();
    void cancelledRunChangesNothing();
    void refusedSelectionShowsTheReason_data();
    void refusedSelectionShowsTheReason();
    void screenshots();

private:
    DunningRunScreen *open();
    // Answers the next modal question after `current` (still open while
    // its button's click is animated) with a key.
    void answerNextOther(QWidget *current, Qt::Key key)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, current, key] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (dialog && dialog != current) {
                poll->stop();
                poll->deleteLater();
                QTest::keyClick(dialog, key);
            }
        });
        poll->start();
    }
    QString cell(int row, const QString &key) const;
    QStringList column(const QString &key) const;
    QLineEdit *field(const char *name) const { return child<QLineEdit>(name); }
    Invoice claim(const QString &number) const
    {
        return InvoiceRepository(*m_ledger->db).require(kCompany, number);
    }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_out;
};

void TestDunningRunScreen::initTestCase()
{
    useTemporarySettings();
}

// Routine 04: reminder 1 ten days after the due date with a 60 kr fee that is
// debited (agreed in advance), reminder 2 ten days later. Four claims due
// 2026-01-31 (a Saturday): 500 kr, 2 000 kr, 3 000 kr to a protected
// identity (held for manual handling), and 4 000 kr with dunning code 2
// Anstånd (stops every step, skipped). Today is 2026-02-16.
void TestDunningRunScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 2, 16));
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminderFeeAgreed = true;
    s.reminder1.days = 10;
    s.reminder1.fee = Money::fromKronor(60);
    s.reminder1.debit = true;
    s.reminder1.printInterest = false;
    s.reminder2.days = 10;
    s.reminder2.textNumber = 2;
    DunningSettingsRegister(*m_ledger->db).save(s);
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(500)),
         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2000),
                           QStringLiteral("Berg, Bo"), QStringLiteral("750101-1238")),
         TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(3000),
                           QStringLiteral("Skyddad, Sara"), QStringLiteral("640823-3234")),
         TestLedger::draft(QStringLiteral("040000004"), Money::fromKronor(4000),
                           QStringLiteral("Dahl, Disa"), QStringLiteral("550505-5557"))});
    m_ledger->db->run(QStringLiteral(
        "UPDATE customer SET protected_identity = 1 WHERE id = (SELECT customer_id FROM invoice "
        "WHERE invoice_number = '040000003')"));
    DunningCodeAssignment(*m_ledger->db)
        .set(kCompany, QStringLiteral("040000004"), 2, QDate(2026, 12, 31));
}

void TestDunningRunScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

DunningRunScreen *TestDunningRunScreen::open()
{
    auto *s = showScreen({QLatin1String(DunningRunScreen::kId),
                          QStringLiteral("&Påminnelser/inkassokrav/restkrav"),
                          QStringLiteral("7.11")},
                         shellOver(m_ledger->db.get()), QSize(1250, 760), kCompany);
    s->setOutputDirectory(m_out.path());
    return s;
}

QString TestDunningRunScreen::cell(int row, const QString &key) const
{
    ReportTableModel *m = m_screen->model();
    return m->data(m->index(row, m->layout().columnIndex(key))).toString();
}

QStringList TestDunningRunScreen::column(const QString &key) const
{
    QStringList out;
    for (int row = 0; row < m_screen->model()->rowCount(); ++row)
        out << cell(row, key);
    return out;
}

void TestDunningRunScreen::opensWithTodayAndTheCompany()
{
    open();
    QCOMPARE(field("runDate")->text(), QStringLiteral("2026-02-16"));
    QCOMPARE(field("companyFrom")->text(), kCompany);
    QCOMPARE(field("companyTo")->text(), kCompany);
    QCOMPARE(QApplication::focusWidget(), field("runDate"));
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F8=Kontrollista", "F9=Förhandsgranska brev", "F10=Kör"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
}

void TestDunningRunScreen::kontrollistaListsWhatTheRunTakes_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("noFeeBelow");
    QTest::addColumn<QStringList>("fees");
    QTest::addColumn<QStringList>("toPay");
    QTest::addColumn<QString>("feeTotal");
    // Rows: 1, 2, 3 (held) reminder 1; 4 skipped; subtotals P1 and skipped;
    // total. Fee 60 on each: to pay 560, 2 060, 3 060; 3 × 60 = 180.
    QTest::newRow("F8, no fee limit")
        << int(Qt::Key_F8) << QString()
        << QStringList{"60,00", "60,00", "60,00", "", "180,00", "", "180,00"}
        << QStringList{"560,00", "2 060,00", "3 060,00", "", "", "", ""} << "180,00";
    // No fee on claims under 600 kr: claim 1 (500 kr) gets its letter
    // without a fee; 2 × 60 = 120.
    QTest::newRow("Enter, no fee under 600 kr")
        << int(Qt::Key_Return) << "600"
        << QStringList{"", "60,00", "60,00", "", "120,00", "", "120,00"}
        << QStringList{"500,00", "2 060,00", "3 060,00", "", "", "", ""} << "120,00";
}

void TestDunningRunScreen::kontrollistaListsWhatTheRunTakes()
{
    QFETCH(int, key);
    QFETCH(QString, noFeeBelow);
    QFETCH(QStringList, fees);
    QFETCH(QStringList, toPay);
    QFETCH(QString, feeTotal);
    open();
    type(QStringLiteral("260210")); // the run date replaces today's (selected)
    if (!noFeeBelow.isEmpty()) {
        field("noFeeBelow")->setFocus();
        type(noFeeBelow);
        field("runDate")->setFocus();
    }
    press(Qt::Key(key));
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    QCOMPARE(m_screen->model()->rowCount(), 7);
    QCOMPARE(column(QStringLiteral("invoice")),
             QStringList({"040000001", "040000002", "040000003", "040000004", "", "", ""}));
    QCOMPARE(cell(4, QStringLiteral("company")),
             QStringLiteral("Påminnelse 1: 3 brev, varav 1 manuella"));
    QCOMPARE(cell(5, QStringLiteral("company")), QStringLiteral("Tas inte (kravkod): 1 st"));
    QCOMPARE(cell(6, QStringLiteral("company")), QStringLiteral("Totalt: 3 brev, varav 1 manuella"));
    QCOMPARE(column(QStringLiteral("step")).mid(0, 4),
             QStringList({"Påminnelse 1", "Påminnelse 1", "Påminnelse 1", "Påminnelse 1"}));
    QCOMPARE(column(QStringLiteral("name")).mid(0, 3),
             QStringList({"Andersson, Anna", "Berg, Bo", "Skyddad, Sara"}));
    QCOMPARE(column(QStringLiteral("fee")), fees);
    QCOMPARE(column(QStringLiteral("to_pay")), toPay);
    QCOMPARE(cell(6, QStringLiteral("fee")), feeTotal);
    QCOMPARE(column(QStringLiteral("held")).mid(0, 4),
             QStringList({"", "", "skyddad – manuell", ""}));
    // 2026-02-10 + the reminder's days to pay, on a banking day.
    QVERIFY(QDate::fromString(cell(0, QStringLiteral("pay_by")), Qt::ISODate) > QDate(2026, 2, 10));
    QVERIFY2(cell(3, QStringLiteral("note")).startsWith(QStringLiteral("Tas inte: kravkod 2")),
             qPrintable(cell(3, QStringLiteral("note"))));
    // A kontrollista changes nothing.
    QCOMPARE(claim(QStringLiteral("040000001")).reminder1Date, QDate());
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_run")), qint64(0));
    QVERIFY(child<QLabel>("runNote")->text().startsWith(QStringLiteral("Kontrollista 2026-02-10. Brev: 3 ")));
    // And it prints like the payment lists.
    const QString pdf = m_out.filePath(QStringLiteral("kontrollista.pdf"));
    QVERIFY(m_screen->printToPdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestDunningRunScreen::previewShowsTheLettersToBePrinted()
{
    open();
    QList<DunningLetter> seen;
    m_screen->setPreviewer([&seen](const DunningLetterDocument &d) { seen = d.letters(); });
    type(QStringLiteral("260210"));
    press(Qt::Key_F9);
    // Claims 1 and 2; the protected identity's letter is held, not printed.
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).invoiceNumber, QStringLiteral("040000001"));
    QCOMPARE(seen.at(1).invoiceNumber, QStringLiteral("040000002"));
    QCOMPARE(seen.at(0).step, DunningStep::Reminder1);
    QCOMPARE(seen.at(0).letterId, qint64(0)); // not stored: nothing ran
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_run")), qint64(0));
    // A day before any step is due: nothing to preview.
    seen.clear();
    field("runDate")->selectAll();
    type(QStringLiteral("260209"));
    press(Qt::Key_F9);
    QVERIFY(seen.isEmpty());
    QCOMPARE(child<QLabel>("runNote")->text(),
             QStringLiteral("Inga fordringar får brev med detta urval."));
}

void TestDunningRunScreen::previewOpensThePrintPreview()
{
    open();
    type(QStringLiteral("260210"));
    QString seen;
    onNextModal([&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->close();
    });
    press(Qt::Key_F9);
    QCOMPARE(seen, QStringLiteral("letterPrintPreview"));
}

void TestDunningRunScreen::runStampsWritesThePdfAndShowsTheResult()
{
    open();
    int printed = 0;
    m_screen->setPrinter([&printed](const DunningLetterDocument &d) {
        printed = int(d.letters().size());
    });
    type(QStringLiteral("260210"));
    QString question;
    onNextModal([this, &question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        answerNextOther(box, Qt::Key_S); // then "&Skriv ut" the letters
        QTest::keyClick(box, Qt::Key_K); // "&Kör"
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    // The question: 3 claims, 1 held, 3 × 60 kr debited.
    QVERIFY2(question.contains(QStringLiteral("Fordringar som får brev: 3.")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Påminnelse 1: 3")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Varav 1 skyddade")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Avgifter som debiteras: 180,00 kr")),
             qPrintable(question));

    // The claims are stamped, the skipped one is not.
    for (const char *n : {"040000001", "040000002", "040000003"})
        QCOMPARE(claim(QLatin1String(n)).reminder1Date, QDate(2026, 2, 10));
    QCOMPARE(claim(QStringLiteral("040000004")).reminder1Date, QDate());
    // 500 + 60 debited.
    QCOMPARE(claim(QStringLiteral("040000001")).balance, Money::fromKronor(560));

    // The PDF: two letters, where the run's id and date say, recorded with the run.
    const DunningRunResult *run = m_screen->lastRun();
    const QString pdf = m_out.filePath(QStringLiteral("kravkorning-%1-2026-02-10.pdf").arg(run->runId));
    QCOMPARE(m_screen->lastPdfPath(), pdf);
    QVERIFY(QFileInfo::exists(pdf));
    const DunningLetterDocument document(run->letters);
    QCOMPARE(run->letters.size(), 2);
    QVERIFY(document.pageCount() >= 2);
    QCOMPARE(pdfPages(pdf), document.pageCount());
    QCOMPARE(DunningRun(*m_ledger->db).info(run->runId)->outputPath, pdf);
    QCOMPARE(printed, 2); // "Skriv ut" answered: both letters to the printer

    // The result: letters per step, the held one listed, fees, the order.
    const QString result = m_screen->resultText();
    QVERIFY2(result.contains(QStringLiteral("Påminnelse 1: 3")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Skrivna brev: 2")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("001/040000003 Skyddad, Sara")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Avgifter debiterade: 180,00 kr")), qPrintable(result));
    QCOMPARE(run->bookingOrders.size(), 1); // one company, 180 kr debited
    const Verification &order = run->bookingOrders.first();
    QVERIFY2(result.contains(QStringLiteral("Bokföringsorder: företag 001 verifikation %1 %2.")
                                 .arg(order.series)
                                 .arg(order.number)),
             qPrintable(result));
    QVERIFY2(result.contains(QFileInfo(pdf).fileName()), qPrintable(result));
    // The table is now the run's list.
    QCOMPARE(m_screen->model()->layout().title,
             QStringLiteral("Påminnelse- och kravlista, körning %1").arg(run->runId));
    QCOMPARE(m_screen->model()->rowCount(), 7);

    // A second run the same day has nothing to do and asks nothing.
    press(Qt::Key_F10);
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_run")), qint64(1));
    QVERIFY(child<QLabel>("runNote")->text().startsWith(QStringLiteral("Inga fordringar")));
}

void TestDunningRunScreen::cancelledRunChangesNothing()
{
    open();
    type(QStringLiteral("260210"));
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QCOMPARE(child<QLabel>("runNote")->text(), QStringLiteral("Ingen körning gjordes."));
    QCOMPARE(claim(QStringLiteral("040000001")).reminder1Date, QDate());
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_run")), qint64(0));
    QVERIFY(!m_screen->lastRun());
}

void TestDunningRunScreen::refusedSelectionShowsTheReason_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focus");
    QTest::newRow("company to before from, F10")
        << "companyFrom" << "002" << int(Qt::Key_F10)
        << "Företag t.o.m. 001 ligger före företag fr.o.m. 002." << "companyTo";
    QTest::newRow("company to before from, F8")
        << "companyFrom" << "002" << int(Qt::Key_F8)
        << "Företag t.o.m. 001 ligger före företag fr.o.m. 002." << "companyTo";
    QTest::newRow("company to before from, F9")
        << "companyFrom" << "002" << int(Qt::Key_F9)
        << "Företag t.o.m. 001 ligger före företag fr.o.m. 002." << "companyTo";
    QTest::newRow("a run date that does not exist")
        << "runDate" << "261399" << int(Qt::Key_F10) << "Körningsdatum: " << "runDate";
    QTest::newRow("routine of letters") << "routineTo" << "4x" << int(Qt::Key_F10)
                                        << "Rutin \"4x\"" << "routineTo";
    QTest::newRow("fee limit with öre") << "noFeeBelow" << "5,5" << int(Qt::Key_F10)
                                        << "\"Inte på fordringar under\" ska vara hela kronor"
                                        << "noFeeBelow";
}

void TestDunningRunScreen::refusedSelectionShowsTheReason()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(QString, message);
    QFETCH(QString, focus);
    open();
    int previews = 0;
    m_screen->setPreviewer([&previews](const DunningLetterDocument &) { ++previews; });
    field(qPrintable(fieldName))->setFocus();
    field(qPrintable(fieldName))->selectAll();
    type(text);
    press(Qt::Key(key)); // refused before any question: no dialog opens
    QVERIFY2(m_screen->errorText().startsWith(message), qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), focus);
    QCOMPARE(previews, 0);
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_run")), qint64(0));
    QCOMPARE(claim(QStringLiteral("040000001")).reminder1Date, QDate());
    QVERIFY(!m_screen->lastRun());
}

void TestDunningRunScreen::screenshots()
{
    open();
    type(QStringLiteral("260210"));
    press(Qt::Key_F8);
    QCOMPARE(m_screen->model()->rowCount(), 7);
    saveShot(QStringLiteral("dunningrun-kontrollista.png"));
    m_screen->setPrinter([](const DunningLetterDocument &) {});
    onNextModal([this](QWidget *box) {
        answerNextOther(box, Qt::Key_I); // then "&Inte nu"
        QTest::keyClick(box, Qt::Key_K);
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    saveShot(QStringLiteral("dunningrun-result.png"));
    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const QString copy = QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dunningrun.pdf"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_screen->lastPdfPath(), copy));
    }
}

QTEST_MAIN(TestDunningRunScreen)
#include "tst_dunningrunscreen.moc"
