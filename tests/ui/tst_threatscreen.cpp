// Utskrift hot om betalningsföreläggande (handbook 7.16) driven by the
// keyboard: the kontrollista lists what the run takes (held and skipped
// claims too) and changes nothing; the required fields are refused at the
// field; F9 previews the letters; F10 asks, writes the PDF, stamps the
// claims, offers to print and shows the result; cancelling changes nothing.
#include "uitestsupport.h"

#include "dunning/dunningcodes.h"
#include "ledger/invoicerepository.h"
#include "models/reporttablemodel.h"
#include "screens/threatscreen.h"
#include "testledger.h"
#include "threatletterdocument.h"
#include "widgets/keylegend.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {
const QString kCompany = QStringLiteral("001");
}

class TestThreatScreen : public ScreenTest<ThreatScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithTodayTheCompanyAndTheTexts();
    void kontrollistaListsWhatTheRunTakes_data();
    void kontrollistaListsWhatTheRunTakes();
    void requiredFieldsAreRefusedAtTheField_data();
    void requiredFieldsAreRefusedAtTheField();
    void previewShowsTheLettersToBePrinted();
    void runWritesThePdfStampsAndShowsTheResult();
    void cancelledRunChangesNothing();
    void screenshots();

private:
    void open();
    QLineEdit *field(const char *name) const { return child<QLineEdit>(name); }
    // Tab through the form, as a clerk does, to `target`.
    void tabTo(QWidget *target)
    {
        for (int i = 0; i < 15 && QApplication::focusWidget() != target; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), target);
    }
    void fillRequired(const QString &days, const QString &text)
    {
        tabTo(field("days"));
        type(days);
        press(Qt::Key_Tab);
        type(text);
    }
    QStringList column(const QString &key) const
    {
        ReportTableModel *m = m_screen->model();
        QStringList out;
        for (int row = 0; row < m->rowCount(); ++row)
            out << m->data(m->index(row, m->layout().columnIndex(key))).toString();
        return out;
    }
    QDate threatDate(const QString &number) const
    {
        return InvoiceRepository(*m_ledger->db).require(kCompany, number).threatDate;
    }
    // Answers the next modal question after `current` with a key.
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

    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<QTemporaryDir> m_out; // per test
};

void TestThreatScreen::initTestCase()
{
    useTemporarySettings();
}

// Today 2026-03-16. Claims due 2026-01-31 with the collection demand on
// 2026-03-02 (14 days ago): 1 000 kr, 2 000 kr, 3 000 kr to a protected
// identity (held), 4 000 kr with kravkod 8 "ej hot" (skipped); 5 000 kr
// whose demand went out 2026-03-10 (too recent).
void TestThreatScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 3, 16));
    m_out = std::make_unique<QTemporaryDir>();
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2000),
                           QStringLiteral("Berg, Bo"), QStringLiteral("750101-1238")),
         TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(3000),
                           QStringLiteral("Skyddad, Sara"), QStringLiteral("640823-3234")),
         TestLedger::draft(QStringLiteral("040000004"), Money::fromKronor(4000),
                           QStringLiteral("Dahl, Disa"), QStringLiteral("550505-5557")),
         TestLedger::draft(QStringLiteral("040000005"), Money::fromKronor(5000))});
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("UPDATE invoice SET collection_date = CASE invoice_number WHEN "
                          "'040000005' THEN '2026-03-10' ELSE '2026-03-02' END"));
    db.run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = (SELECT "
                          "customer_id FROM invoice WHERE invoice_number = '040000003')"));
    db.run(QStringLiteral("INSERT INTO dunning_code (code, text, no_threat) VALUES (8, 'Ej hot', 1)"));
    DunningCodeAssignment(db).set(kCompany, QStringLiteral("040000004"), 8);
}

void TestThreatScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
    m_out.reset();
}

void TestThreatScreen::open()
{
    showScreen({QLatin1String(ThreatScreen::kId), QStringLiteral("&Hot om betalningsföreläggande"),
                QStringLiteral("7.16")},
               shellOver(m_ledger->db.get()), QSize(1150, 700), kCompany);
    m_screen->setOutputDirectory(m_out->path());
}

void TestThreatScreen::opensWithTodayTheCompanyAndTheTexts()
{
    open();
    QCOMPARE(field("runDate")->text(), QStringLiteral("2026-03-16"));
    QCOMPARE(field("companyFrom")->text(), kCompany);
    QCOMPARE(field("companyTo")->text(), kCompany);
    QCOMPARE(QApplication::focusWidget(), field("runDate"));
    QCOMPARE(child<QLabel>("textsHint")->text(),
             QStringLiteral("obligatorisk; texter som finns: 1"));
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F8=Kontrollista", "F9=Förhandsgranska brev", "F10=Kör"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
}

void TestThreatScreen::kontrollistaListsWhatTheRunTakes_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("interest");
    QTest::addColumn<QStringList>("interestColumn");
    // Rows: 1, 2, 3 (held), 4 skipped, the total.
    QTest::newRow("F8 without interest")
        << int(Qt::Key_F8) << false << QStringList{"", "", "", "", "0,00"};
    // 2026-02-01 – 03-16, 44 days at 10,00 %: 1 000 × 0,10 × 44/365 = 12,05;
    // 2 000 → 24,1096 → 24,11; 3 000 → 36,1644 → 36,16; sum 72,32.
    QTest::newRow("Enter with accrued interest (Space)")
        << int(Qt::Key_Return) << true << QStringList{"12,05", "24,11", "36,16", "", "72,32"};
}

void TestThreatScreen::kontrollistaListsWhatTheRunTakes()
{
    QFETCH(int, key);
    QFETCH(bool, interest);
    QFETCH(QStringList, interestColumn);
    open();
    fillRequired(QStringLiteral("14"), QStringLiteral("1"));
    if (interest) {
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("interestCheck"));
        press(Qt::Key_Space);
        QVERIFY(child<QCheckBox>("interestCheck")->isChecked());
        field("textNumber")->setFocus(); // Enter runs from a line edit
    }
    press(Qt::Key(key));
    QCOMPARE(m_screen->errorText(), QString());
    QCOMPARE(m_screen->model()->layout().title,
             QStringLiteral("Kontrollista hot om betalningsföreläggande"));
    QCOMPARE(column(QStringLiteral("invoice")),
             (QStringList{"040000001", "040000002", "040000003", "040000004", ""}));
    QCOMPARE(column(QStringLiteral("company")).last(),
             QStringLiteral("Totalt: 3 brev, varav 1 manuella; 1 tas inte"));
    QCOMPARE(column(QStringLiteral("to_pay")),
             (QStringList{"1 000,00", "2 000,00", "3 000,00", "", "6 000,00"}));
    QCOMPARE(column(QStringLiteral("interest")), interestColumn);
    QCOMPARE(column(QStringLiteral("pay_by")),
             (QStringList{"2026-03-26", "2026-03-26", "2026-03-26", "", ""}));
    QCOMPARE(column(QStringLiteral("held")).at(2), QStringLiteral("skyddad – manuell"));
    QCOMPARE(column(QStringLiteral("note")).at(3), QStringLiteral("Tas inte: kravkod 8 Ej hot"));
    QCOMPARE(child<QLabel>("runNote")->text(),
             QStringLiteral("Kontrollista 2026-03-16. Hot: 3. För manuell hantering: 1. Tas inte: "
                            "1. Ingenting är ändrat."));
    for (const char *n : {"040000001", "040000002", "040000003"})
        QCOMPARE(threatDate(QLatin1String(n)), QDate());
}

void TestThreatScreen::requiredFieldsAreRefusedAtTheField_data()
{
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("message");
    QTest::newRow("days empty") << "" << "1" << "days"
                                << "Antal dagar sedan inkassokrav: ange 1–999 dagar "
                                   "(obligatorisk uppgift).";
    QTest::newRow("days not a number") << "1x" << "1" << "days"
                                       << "Antal dagar sedan inkassokrav: \"1x\" är inte ett tal.";
    QTest::newRow("text empty") << "14" << "" << "textNumber"
                                << "Textnummer: ange texten 1–9 som ska skrivas på hoten "
                                   "(obligatorisk uppgift).";
    QTest::newRow("text 5 does not exist")
        << "14" << "5" << "textNumber"
        << "Textnummer: text 5 för hot om betalningsföreläggande finns inte; lägg upp den under "
           "Systemunderhåll → Texter.";
}

void TestThreatScreen::requiredFieldsAreRefusedAtTheField()
{
    QFETCH(QString, days);
    QFETCH(QString, text);
    QFETCH(QString, fieldName);
    QFETCH(QString, message);
    open();
    fillRequired(days, text);
    press(Qt::Key_F8);
    QCOMPARE(m_screen->errorText(), message);
    QCOMPARE(QApplication::focusWidget(), field(fieldName.toLatin1().constData()));
    // F10 is refused the same way and asks nothing.
    press(Qt::Key_F10);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_screen->errorText(), message);
    QVERIFY(!m_screen->lastRun());
    QCOMPARE(threatDate(QStringLiteral("040000001")), QDate());
}

void TestThreatScreen::previewShowsTheLettersToBePrinted()
{
    open();
    QList<DunningLetter> shown;
    m_screen->setPreviewer([&shown](const ThreatLetterDocument &d) { shown = d.letters(); });
    fillRequired(QStringLiteral("14"), QStringLiteral("1"));
    press(Qt::Key_F9);
    // The held letter is not printed: two letters, A4, the threat heading.
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.first().invoiceNumber, QStringLiteral("040000001"));
    QCOMPARE(shown.first().heading, QStringLiteral("HOT OM BETALNINGSFÖRELÄGGANDE"));
    QCOMPARE(shown.first().formType, QLatin1Char('F'));
    QCOMPARE(child<QLabel>("runNote")->text(),
             QStringLiteral("Förhandsgranskning av 2 brev; ingenting är ändrat."));
    QCOMPARE(threatDate(QStringLiteral("040000001")), QDate());
}

void TestThreatScreen::runWritesThePdfStampsAndShowsTheResult()
{
    open();
    int printed = 0;
    m_screen->setPrinter([&printed](const ThreatLetterDocument &d) {
        printed = int(d.letters().size());
    });
    fillRequired(QStringLiteral("14"), QStringLiteral("1"));
    QString question;
    onNextModal([this, &question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        answerNextOther(box, Qt::Key_S); // then "&Skriv ut" the letters
        QTest::keyClick(box, Qt::Key_K); // "&Kör"
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    QVERIFY2(question.contains(QStringLiteral("Fordringar som får hot: 3.")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Varav 1 skyddade")), qPrintable(question));

    for (const char *n : {"040000001", "040000002", "040000003"})
        QCOMPARE(threatDate(QLatin1String(n)), QDate(2026, 3, 16));
    QCOMPARE(threatDate(QStringLiteral("040000004")), QDate());
    QCOMPARE(threatDate(QStringLiteral("040000005")), QDate());

    const QString pdf = m_out->filePath(QStringLiteral("hot-om-betalningsforelaggande-2026-03-16.pdf"));
    QCOMPARE(m_screen->lastPdfPath(), pdf);
    QVERIFY(QFileInfo::exists(pdf));
    QCOMPARE(m_screen->lastRun()->letters.size(), 2);
    QCOMPARE(printed, 2);

    const QString result = m_screen->resultText();
    QVERIFY2(result.contains(QStringLiteral("Fordringar: 3, skrivna brev: 2.")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("001/040000003 Skyddad, Sara")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Att betala sammanlagt 6 000,00 kr.")),
             qPrintable(result));
    QVERIFY2(result.contains(QFileInfo(pdf).fileName()), qPrintable(result));
    QCOMPARE(m_screen->model()->layout().title,
             QStringLiteral("Hot om betalningsföreläggande 2026-03-16"));
    QCOMPARE(m_screen->model()->rowCount(), 5);

    // Again the same day: nothing to do, nothing asked.
    press(Qt::Key_F10);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(child<QLabel>("runNote")->text(),
             QStringLiteral("Inga fordringar får hot på körningsdatum 2026-03-16; ingenting "
                            "gjordes."));
}

void TestThreatScreen::cancelledRunChangesNothing()
{
    open();
    fillRequired(QStringLiteral("14"), QStringLiteral("1"));
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QCOMPARE(child<QLabel>("runNote")->text(), QStringLiteral("Ingen körning gjordes."));
    QVERIFY(!m_screen->lastRun());
    QCOMPARE(threatDate(QStringLiteral("040000001")), QDate());
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files).size(), 0); // no PDF
}

void TestThreatScreen::screenshots()
{
    open();
    fillRequired(QStringLiteral("14"), QStringLiteral("1"));
    press(Qt::Key_Tab);
    press(Qt::Key_Space);
    press(Qt::Key_F8);
    saveShot(QStringLiteral("threat-kontrollista.png"));
    onNextModal([this](QWidget *box) {
        answerNextOther(box, Qt::Key_I); // "&Inte nu"
        QTest::keyClick(box, Qt::Key_K);
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    saveShot(QStringLiteral("threat-run.png"));
}

QTEST_MAIN(TestThreatScreen)
#include "tst_threatscreen.moc"
