// Betalningsföreläggande (handbook 7.17) driven by the keyboard: the tabs on
// F11/F12/F13 (= Skift+F1)/F18, the person number checked when typed, Enter
// computing capital and interest beside each claim, problems shown at their
// field on their tab, a cost over its maximum accepted with a reason, F16
// asking, printing (claims stamped, PDF written) and Ctrl+E writing the XML,
// Ctrl+S saving the applicant data with the office chosen from the register.
//
// Claims (811218-9876): 040000001 1 000,00 due 2024-01-31 and 040000002
// 2 500,00 due 2024-03-31; 040000003 700,00 belongs to 790101-1234.
// Application date 2024-06-14: interest 44,38 and 61,64 (12,00 %, see
// tests/integration/tst_paymentorder.cpp).
#include "uitestsupport.h"

#include "dunning/enforcementoffices.h"
#include "dunning/paymentorder.h"
#include "ledger/invoicerepository.h"
#include "screens/paymentorderscreen.h"
#include "testledger.h"
#include "widgets/keylegend.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {
const QString kCompany = QStringLiteral("001");
}

class TestPaymentOrderScreen : public ScreenTest<PaymentOrderScreen>
{
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void opensWithDateApplicantAndLegend();
    void functionKeysGoToTheTabs_data();
    void functionKeysGoToTheTabs();
    void personNumberCheckedWhenTyped_data();
    void personNumberCheckedWhenTyped();
    void enterComputesAndShowsProblemsAtTheField();
    void costOverMaximumNeedsAReason();
    void printStampsAndWritesPdfAndXml();
    void cancelledPrintChangesNothing();
    void applicantDataWithOfficeFromTheRegister();

private:
    PaymentOrderScreen *open();
    QLineEdit *field(const QString &name) const
    {
        return m_screen->findChild<QLineEdit *>(name);
    }
    QString label(const QString &name) const
    {
        return m_screen->findChild<QLabel *>(name)->text();
    }
    // F11, then Tab past interest, rate, ground and special information to
    // row 1's company; the invoices go in rows 1, 2, …
    void typeClaims(const QStringList &invoices)
    {
        press(Qt::Key_F11);
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Tab);
        for (const QString &invoice : invoices) {
            press(Qt::Key_Tab); // company: blank = the session's
            type(invoice);
            press(Qt::Key_Tab); // avser
            press(Qt::Key_Tab); // next row's company
        }
    }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_out;
    QList<PaymentOrder> m_printed;
    QList<PaymentOrder> m_previewed;
};

void TestPaymentOrderScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2024, 6, 14));
    const auto draft = [](const QString &number, qint64 ore, const QDate &due, const QString &id) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore), QStringLiteral("Andersson, Anna"), id);
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        return d;
    };
    m_ledger->registerInvoices(
        {draft(QStringLiteral("040000001"), 100000, QDate(2024, 1, 31), QStringLiteral("811218-9876")),
         draft(QStringLiteral("040000002"), 250000, QDate(2024, 3, 31), QStringLiteral("811218-9876")),
         draft(QStringLiteral("040000003"), 70000, QDate(2024, 2, 29), QStringLiteral("790101-1234"))});
    EnforcementOffices(*m_ledger->db)
        .save({QStringLiteral("Sundbyberg"),
               {QStringLiteral("Kronofogden"), QStringLiteral("Box 1050"),
                QStringLiteral("172 21  Sundbyberg")}});
    PaymentOrderApplicant a;
    a.company = kCompany;
    a.applicant = {QStringLiteral("Testkommunen"), QStringLiteral("Box 100"),
                   QStringLiteral("123 45  Småstad")};
    a.applicantOrgNr = QStringLiteral("212000-0142");
    a.officeCity = QStringLiteral("Sundbyberg");
    a.office = {QStringLiteral("Kronofogden"), QStringLiteral("Box 1050"),
                QStringLiteral("172 21  Sundbyberg")};
    a.feePlusgiro = QStringLiteral("5805620-1");
    a.enforcement = PaymentOrderEnforcement::Limited;
    PaymentOrderService(*m_ledger->db).saveApplicant(a);
    m_printed.clear();
    m_previewed.clear();
}

void TestPaymentOrderScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

PaymentOrderScreen *TestPaymentOrderScreen::open()
{
    auto *s = showScreen({QLatin1String(PaymentOrderScreen::kId),
                          QStringLiteral("&Betalningsföreläggande"), QStringLiteral("7.17")},
                         shellOver(m_ledger->db.get()), QSize(1250, 780), kCompany);
    s->setOutputDirectory(m_out.path());
    s->setPrinter([this](const PaymentOrder &o) { m_printed.append(o); });
    s->setPreviewer([this](const PaymentOrder &o) { m_previewed.append(o); });
    return s;
}

void TestPaymentOrderScreen::opensWithDateApplicantAndLegend()
{
    open();
    QCOMPARE(field(QStringLiteral("dateEdit"))->text(), QStringLiteral("2024-06-14"));
    QCOMPARE(field(QStringLiteral("applicantLine1"))->text(), QStringLiteral("Testkommunen"));
    QCOMPARE(field(QStringLiteral("officeLine2"))->text(), QStringLiteral("Box 1050"));
    QCOMPARE(field(QStringLiteral("interestEdit"))->text(), QStringLiteral("1"));
    QCOMPARE(field(QStringLiteral("cost_applicationFee"))->text(), QStringLiteral("300"));
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("idNumberEdit")));
    QCOMPARE(m_screen->currentTab(), int(PaymentOrderScreen::Claims1Tab));
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F11=Fakturor 1", "F12=Fakturor 2", "F13=Kostnader", "F16=Skriv ut",
                            "F18=Sökandeuppgifter"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
    QVERIFY(!m_screen->isModified());
}

void TestPaymentOrderScreen::functionKeysGoToTheTabs_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("focus");
    QTest::newRow("F12 claims 9–16") << int(Qt::Key_F12) << 0 << int(PaymentOrderScreen::Claims2Tab)
                                     << "company9";
    QTest::newRow("F13 typed as Skift+F1: costs")
        << int(Qt::Key_F1) << int(Qt::ShiftModifier) << int(PaymentOrderScreen::CostsTab)
        << "cost_applicationFee";
    QTest::newRow("F18 typed as Skift+F6: applicant data")
        << int(Qt::Key_F6) << int(Qt::ShiftModifier) << int(PaymentOrderScreen::ApplicantTab)
        << "applicantLine1";
    QTest::newRow("F11 claims 1–8") << int(Qt::Key_F11) << 0 << int(PaymentOrderScreen::Claims1Tab)
                                    << "interestEdit";
}

void TestPaymentOrderScreen::functionKeysGoToTheTabs()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, tab);
    QFETCH(QString, focus);
    open();
    press(Qt::Key_F12);
    press(Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(m_screen->currentTab(), tab);
    QCOMPARE(QApplication::focusWidget(), field(focus));
    // F10 goes on to the next tab.
    press(Qt::Key_F10);
    QCOMPARE(m_screen->currentTab(), (tab + 1) % 5);
}

void TestPaymentOrderScreen::personNumberCheckedWhenTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong check digit") << "811218-9875" << QStringLiteral("Personnummer:");
    QTest::newRow("right check digit") << "811218-9876" << QString();
    QTest::newRow("twelve digits") << "198112189876" << QString();
    QTest::newRow("no such date") << "811318-9876" << QStringLiteral("Personnummer:");
}

void TestPaymentOrderScreen::personNumberCheckedWhenTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);
    open();
    type(typed);
    press(Qt::Key_Tab);
    const QString shown = label(QStringLiteral("idNumberError"));
    if (error.isEmpty())
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    else
        QVERIFY2(shown.startsWith(error), qPrintable(shown));
}

void TestPaymentOrderScreen::enterComputesAndShowsProblemsAtTheField()
{
    open();
    typeClaims({QStringLiteral("40000001"), QStringLiteral("40000002")});
    press(Qt::Key_Return);
    QVERIFY2(m_screen->problemText().isEmpty(), qPrintable(m_screen->problemText()));
    QCOMPARE(label(QStringLiteral("capital1")), QStringLiteral("1 000,00"));
    QCOMPARE(label(QStringLiteral("interest1")), QStringLiteral("44,38"));
    QCOMPARE(label(QStringLiteral("capital2")), QStringLiteral("2 500,00"));
    QCOMPARE(label(QStringLiteral("interest2")), QStringLiteral("61,64"));
    QVERIFY(label(QStringLiteral("debtorLabel")).contains(QStringLiteral("19811218-9876")));
    // 3 500,00 + 106,02 + 300,00 = 3 906,02.
    QVERIFY2(label(QStringLiteral("summaryLabel")).contains(QStringLiteral("3 906,02")),
             qPrintable(label(QStringLiteral("summaryLabel"))));
    QVERIFY(m_screen->isModified());

    // Row 2 becomes another debtor's claim: the problem names row 2 and the
    // focus goes to its invoice number.
    QLineEdit *invoice2 = field(QStringLiteral("invoice2"));
    invoice2->setFocus();
    invoice2->selectAll();
    type(QStringLiteral("40000003"));
    press(Qt::Key_F11);
    press(Qt::Key_F8);
    QVERIFY2(m_screen->problemText().contains(QStringLiteral("Rad 2: faktura 001/040000003 gäller "
                                                             "personnummer 19790101-1234")),
             qPrintable(m_screen->problemText()));
    QCOMPARE(QApplication::focusWidget(), invoice2);
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order")), qint64(0));
    saveShot(QStringLiteral("paymentorder-problem.png"));
}

void TestPaymentOrderScreen::costOverMaximumNeedsAReason()
{
    open();
    typeClaims({QStringLiteral("40000001")});
    press(Qt::Key_F1, Qt::ShiftModifier); // F13
    press(Qt::Key_Tab);                   // own work
    type(QStringLiteral("381"));
    press(Qt::Key_Return);
    QVERIFY2(m_screen->problemText().contains(
                 QStringLiteral("Eget arbete/ombudsarvode: 381 kr är mer än högst 380 kr")),
             qPrintable(m_screen->problemText()));
    QCOMPARE(m_screen->currentTab(), int(PaymentOrderScreen::CostsTab));
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("cost_ownWork")));
    saveShot(QStringLiteral("paymentorder-costs.png"));
    field(QStringLiteral("overrideReasonEdit"))->setFocus();
    type(QStringLiteral("Ombud anlitat"));
    press(Qt::Key_Return);
    QVERIFY2(m_screen->problemText().isEmpty(), qPrintable(m_screen->problemText()));
    // Costs 300 + 381 = 681,00.
    QVERIFY2(label(QStringLiteral("costSums")).contains(QStringLiteral("Kostnader i målet: 681,00 kr")),
             qPrintable(label(QStringLiteral("costSums"))));
}

void TestPaymentOrderScreen::printStampsAndWritesPdfAndXml()
{
    open();
    type(QStringLiteral("811218-9876"));
    typeClaims({QStringLiteral("40000001"), QStringLiteral("40000002")});
    press(Qt::Key_F1, Qt::ShiftModifier); // F13 costs
    press(Qt::Key_Tab);
    type(QStringLiteral("380"));
    answerNextQuestion(Qt::Key_Return); // "Skriv ut" is the default button
    press(Qt::Key_F16);
    QVERIFY2(m_screen->resultText().contains(QStringLiteral("Betalningsföreläggande nr 1 är utskrivet")),
             qPrintable(m_screen->resultText() + m_screen->problemText()));
    QCOMPARE(m_printed.size(), 1);
    // 3 500,00 + 106,02 + 300,00 + 380,00 = 4 286,02.
    QCOMPARE(m_printed.first().total().ore(), qint64(428602));
    QVERIFY(QFileInfo(m_screen->lastPdfPath()).size() > 1000);
    QCOMPARE(QFileInfo(m_screen->lastPdfPath()).fileName(),
             QStringLiteral("betalningsforelaggande-1-2024-06-14.pdf"));
    const Invoice v = InvoiceRepository(*m_ledger->db).require(kCompany, QStringLiteral("040000002"));
    QCOMPARE(v.paymentOrderDate, QDate(2024, 6, 14));
    QCOMPARE(v.watchText, QStringLiteral("Betalningsföreläggande"));
    QVERIFY(!m_screen->isModified());
    saveShot(QStringLiteral("paymentorder-printed.png"));
    press(Qt::Key_F10); // Kostnader -> Utskrift: the choices and the computed application
    QCOMPARE(m_screen->currentTab(), int(PaymentOrderScreen::PrintTab));
    QVERIFY2(label(QStringLiteral("summaryLabel")).contains(QStringLiteral("Summa per ansökningsdagen: "
                                                                           "4 286,02 kr")),
             qPrintable(label(QStringLiteral("summaryLabel"))));
    saveShot(QStringLiteral("paymentorder-print-tab.png"));

    press(Qt::Key_E, Qt::ControlModifier);
    QFile xml(m_screen->lastXmlPath());
    QVERIFY2(xml.open(QIODevice::ReadOnly), qPrintable(m_screen->resultText()));
    QVERIFY(xml.readAll().contains("<Totalt>4286.02</Totalt>"));

    // Printing again refuses: the claims carry the date now.
    answerNextQuestion(Qt::Key_Return);
    press(Qt::Key_F16);
    QVERIFY(m_screen->problemText().contains(QStringLiteral("har redan betalningsföreläggande")));
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order")), qint64(1));
    closeScreen(); // an unanswered question must not reach the next test
}

void TestPaymentOrderScreen::cancelledPrintChangesNothing()
{
    open();
    typeClaims({QStringLiteral("40000001")});
    press(Qt::Key_F9);
    QCOMPARE(m_previewed.size(), 1);
    QCOMPARE(m_previewed.first().id, qint64(0));
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F16);
    QVERIFY(m_screen->resultText().contains(QStringLiteral("ingenting ändrades")));
    QVERIFY(m_printed.isEmpty());
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order")), qint64(0));
    QVERIFY(!InvoiceRepository(*m_ledger->db).require(kCompany, QStringLiteral("040000001"))
                 .paymentOrderDate.isValid());
}

void TestPaymentOrderScreen::applicantDataWithOfficeFromTheRegister()
{
    open();
    press(Qt::Key_F6, Qt::ShiftModifier); // F18
    QCOMPARE(m_screen->currentTab(), int(PaymentOrderScreen::ApplicantTab));
    QLineEdit *line2 = field(QStringLiteral("applicantLine2"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), line2);
    line2->selectAll();
    type(QStringLiteral("Kommunstyrelsen"));
    // The office: back to "(välj ur registret)" by hand, then the register's
    // Sundbyberg with the arrow key fills the lines.
    auto *office = m_screen->findChild<QComboBox *>(QStringLiteral("officeCombo"));
    office->setCurrentIndex(0);
    for (QLineEdit *e : {field(QStringLiteral("officeLine1")), field(QStringLiteral("officeLine2")),
                         field(QStringLiteral("officeLine3"))})
        e->clear();
    office->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(field(QStringLiteral("officeLine3"))->text(), QStringLiteral("172 21  Sundbyberg"));
    // Orgnr with a wrong check digit is refused at its field.
    QLineEdit *orgNr = field(QStringLiteral("orgNrEdit"));
    orgNr->setFocus();
    orgNr->selectAll();
    type(QStringLiteral("212000-0143"));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(m_screen->problemText().startsWith(QStringLiteral("Sökandens organisationsnummer:")),
             qPrintable(m_screen->problemText()));
    QCOMPARE(QApplication::focusWidget(), orgNr);
    orgNr->selectAll();
    type(QStringLiteral("212000-0142"));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(m_screen->resultText().contains(QStringLiteral("sparade för företag 001")),
             qPrintable(m_screen->problemText()));
    const auto saved = PaymentOrderService(*m_ledger->db).applicant(kCompany);
    QCOMPARE(saved->applicant.value(1), QStringLiteral("Kommunstyrelsen"));
    QCOMPARE(saved->officeCity, QStringLiteral("Sundbyberg"));
    saveShot(QStringLiteral("paymentorder-applicant.png"));
}

QTEST_MAIN(TestPaymentOrderScreen)
#include "tst_paymentorderscreen.moc"
