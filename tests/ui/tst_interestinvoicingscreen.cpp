// Räntefakturering (handbook 7.13) driven by the keyboard: the due date is
// proposed from the invoice date, the required fields are enforced at their
// field, the kontrollista changes nothing and shows the interest per claim,
// F9 previews the invoices, F10 asks, runs, writes the PDF, offers to print
// and shows the result; a second run has nothing to do.
#include "uitestsupport.h"

#include "interestinvoicedocument.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "models/reporttablemodel.h"
#include "screens/interestinvoicingscreen.h"
#include "testledger.h"
#include "widgets/keylegend.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");

void post(Database &db, const QString &invoice, const QString &method, qint64 ore,
          const QDate &date)
{
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

} // namespace

class TestInterestInvoicingScreen : public ScreenTest<InterestInvoicingScreen>
{
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void opensWithTodayAndTheProposedDueDate();
    void kontrollistaShowsTheInterest();
    void requiredFieldsAreRefusedAtTheField_data();
    void requiredFieldsAreRefusedAtTheField();
    void previewShowsTheInvoices();
    void runMakesTheInvoicesOnce();
    void cancelledRunChangesNothing();
    void screenshots();

private:
    InterestInvoicingScreen *open();
    void fill(const char *name, const QString &text)
    {
        field(name)->setFocus();
        field(name)->selectAll();
        type(text);
    }
    // Minsta ränta 5 kr and a handler: the required fields.
    void fillRequired()
    {
        fill("minimumInterest", QStringLiteral("5"));
        fill("handler", QStringLiteral("Eva Ek 0123-456"));
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
    QString cell(int row, const QString &key) const
    {
        ReportTableModel *m = m_screen->model();
        return m->data(m->index(row, m->layout().columnIndex(key))).toString();
    }
    QLineEdit *field(const char *name) const { return child<QLineEdit>(name); }
    qint64 interestInvoices()
    {
        return m_ledger->db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE routine = '54'"))
            .toLongLong();
    }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_out;
};

// Today 2026-12-14. Routine 04:
// A 040000123 10 000,00 due 2023-11-15 paid 2024-08-10: 878,08 (DOMAIN.md).
// D 040000126 10 000,00 due 2024-01-31, 100,00 interest debited, paid
//   2024-04-10: 1 000 000×1200×70/3 650 000 = 230,14 − 100,00 = 130,14.
// C 040000125 10 000,00 paid 3 days late: 9,86, under 5 days when asked.
void TestInterestInvoicingScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 12, 14));
    auto claim = [](const QString &number, const QDate &due) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(10000));
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        return d;
    };
    m_ledger->registerInvoices({claim(QStringLiteral("040000123"), QDate(2023, 11, 15)),
                                claim(QStringLiteral("040000125"), QDate(2024, 1, 31)),
                                claim(QStringLiteral("040000126"), QDate(2024, 1, 31))});
    Database &db = *m_ledger->db;
    QString interestMethod;
    for (const PaymentMethod &m : ReferenceData(db).paymentMethods())
        if (m.debit && m.feeType == PaymentMethod::FeeType::Interest)
            interestMethod = m.code;
    post(db, QStringLiteral("040000123"), QStringLiteral("B"), 1000000, QDate(2024, 8, 10));
    post(db, QStringLiteral("040000125"), QStringLiteral("B"), 1000000, QDate(2024, 2, 3));
    post(db, QStringLiteral("040000126"), interestMethod, 10000, QDate(2024, 3, 1));
    post(db, QStringLiteral("040000126"), QStringLiteral("B"), 1010000, QDate(2024, 4, 10));
}

void TestInterestInvoicingScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

InterestInvoicingScreen *TestInterestInvoicingScreen::open()
{
    auto *s = showScreen({QLatin1String(InterestInvoicingScreen::kId),
                          QStringLiteral("&Räntefakturering"), QStringLiteral("7.13")},
                         shellOver(m_ledger->db.get()), QSize(1250, 900), kCompany);
    s->setOutputDirectory(m_out.path());
    return s;
}

void TestInterestInvoicingScreen::opensWithTodayAndTheProposedDueDate()
{
    open();
    QCOMPARE(field("runDate")->text(), QStringLiteral("2026-12-14"));
    // + 10 = julafton; 25–27 juldagen, annandag jul, Sunday: Monday 28.
    QCOMPARE(field("dueDate")->text(), QStringLiteral("2026-12-28"));
    QCOMPARE(field("companyFrom")->text(), kCompany);
    QCOMPARE(QApplication::focusWidget(), field("runDate"));
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F8=Kontrollista", "F9=Förhandsgranska", "F10=Kör"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));

    // Another invoice date: + 10 is Sunday 2026-12-06, so Monday the 7th.
    type(QStringLiteral("2026-11-26"));
    press(Qt::Key_Tab);
    QCOMPARE(field("dueDate")->text(), QStringLiteral("2026-12-07"));
    // The clerk's own due date stays when the invoice date changes again.
    fill("dueDate", QStringLiteral("2027-01-15"));
    fill("runDate", QStringLiteral("2026-12-01"));
    press(Qt::Key_Tab);
    QCOMPARE(field("dueDate")->text(), QStringLiteral("2027-01-15"));
}

void TestInterestInvoicingScreen::kontrollistaShowsTheInterest()
{
    open();
    fillRequired();
    fill("minimumDays", QStringLiteral("5"));
    press(Qt::Key_F8);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    // A, D and the total; C's 3 days are under 5.
    QCOMPARE(m_screen->model()->rowCount(), 3);
    QCOMPARE(cell(0, QStringLiteral("invoice_number")), QStringLiteral("040000123"));
    QCOMPARE(cell(0, QStringLiteral("chargeable_interest")), QStringLiteral("878,08"));
    QCOMPARE(cell(0, QStringLiteral("interest_invoice_number")), QStringLiteral("540000123"));
    QCOMPARE(cell(1, QStringLiteral("debited_deducted")), QStringLiteral("100,00"));
    QCOMPARE(cell(1, QStringLiteral("interest")), QStringLiteral("130,14"));
    QCOMPARE(cell(2, QStringLiteral("interest")), QStringLiteral("1 008,22"));
    QVERIFY2(m_screen->noteText().startsWith(
                 QStringLiteral("Kontrollista: 2 räntefakturor, 1 008,22 kr, förfallodag 2026-12-28.")),
             qPrintable(m_screen->noteText()));
    QCOMPARE(interestInvoices(), qint64(0));
    // Enter in a field gives the same list.
    fill("minimumDays", QStringLiteral("0"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->model()->rowCount(), 4); // C's 9,86 too
}

void TestInterestInvoicingScreen::requiredFieldsAreRefusedAtTheField_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("no minimum interest, F8") << "minimumInterest" << "" << int(Qt::Key_F8)
                                             << "Minsta ränta: obligatorisk";
    QTest::newRow("minimum interest with öre, F10") << "minimumInterest" << "5,50"
                                                    << int(Qt::Key_F10) << "Minsta ränta";
    QTest::newRow("no handler, F10") << "handler" << "" << int(Qt::Key_F10)
                                     << "Handläggare: obligatorisk";
    QTest::newRow("due date before the invoice date, F9") << "dueDate" << "261201"
                                                          << int(Qt::Key_F9) << "Förfallodag";
    QTest::newRow("minimum days not a digit, F8") << "minimumDays" << "x" << int(Qt::Key_F8)
                                                 << "Minsta antal dagar";
}

void TestInterestInvoicingScreen::requiredFieldsAreRefusedAtTheField()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(QString, message);
    open();
    int previews = 0;
    m_screen->setPreviewer([&previews](const InterestInvoiceDocument &) { ++previews; });
    fillRequired();
    fill(qPrintable(fieldName), text);
    if (text.isEmpty())
        field(qPrintable(fieldName))->clear();
    field("runDate")->setFocus();
    press(Qt::Key(key)); // refused before any question: no dialog opens
    QVERIFY2(m_screen->errorText().startsWith(message), qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldName);
    QCOMPARE(previews, 0);
    QCOMPARE(interestInvoices(), qint64(0));
    QVERIFY(!m_screen->lastRun());
}

void TestInterestInvoicingScreen::previewShowsTheInvoices()
{
    open();
    QList<InterestInvoice> seen;
    m_screen->setPreviewer([&seen](const InterestInvoiceDocument &d) { seen = d.invoices(); });
    fillRequired();
    fill("message1", QStringLiteral("Räntan avser för sent betalda fakturor."));
    press(Qt::Key_F9);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0).invoiceNumber, QStringLiteral("540000123"));
    QCOMPARE(seen.at(0).amount, Money::fromOre(87808));
    QCOMPARE(seen.at(0).message.value(0), QStringLiteral("Räntan avser för sent betalda fakturor."));
    QCOMPARE(seen.at(0).invoiceId, qint64(0)); // nothing ran
    QCOMPARE(interestInvoices(), qint64(0));
}

void TestInterestInvoicingScreen::runMakesTheInvoicesOnce()
{
    open();
    int printed = 0;
    m_screen->setPrinter([&printed](const InterestInvoiceDocument &d) {
        printed = int(d.invoices().size());
    });
    fillRequired();
    fill("minimumDays", QStringLiteral("5"));
    fill("message1", QStringLiteral("God jul!"));
    QString question;
    onNextModal([this, &question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        answerNextOther(box, Qt::Key_S); // then "&Skriv ut"
        QTest::keyClick(box, Qt::Key_K); // "&Kör"
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    QVERIFY2(question.contains(QStringLiteral("Räntefakturor: 2, summa 1 008,22 kr.")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("förfallodag 2026-12-28")), qPrintable(question));

    QCOMPARE(interestInvoices(), qint64(2));
    const Invoice made = InvoiceRepository(*m_ledger->db).require(kCompany, QStringLiteral("540000126"));
    QCOMPARE(made.amount, Money::fromOre(13014));
    QCOMPARE(made.handler, QStringLiteral("Eva Ek 0123-456"));
    QCOMPARE(InvoiceRepository(*m_ledger->db)
                 .require(kCompany, QStringLiteral("040000123"))
                 .interestInvoiceNumber,
             QStringLiteral("540000123"));
    const QString pdf = m_out.filePath(QStringLiteral("rantefakturor-2026-12-14.pdf"));
    QCOMPARE(m_screen->lastPdfPath(), pdf);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(printed, 2);
    // The message is for this run only.
    QVERIFY(field("message1")->text().isEmpty());
    const QString result = m_screen->resultText();
    QVERIFY2(result.contains(QStringLiteral("2 räntefakturor, summa 1 008,22 kr")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Bokföringsorder: företag 001 verifikation A ")),
             qPrintable(result));
    QCOMPARE(m_screen->model()->layout().title, QStringLiteral("Räntefakturor 2026-12-14"));

    // Once only: a second run has nothing to do and asks nothing.
    press(Qt::Key_F10);
    QCOMPARE(interestInvoices(), qint64(2));
    QVERIFY2(m_screen->noteText().startsWith(QStringLiteral("Inga fordringar att räntefakturera")),
             qPrintable(m_screen->noteText()));
}

void TestInterestInvoicingScreen::cancelledRunChangesNothing()
{
    open();
    fillRequired();
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QCOMPARE(m_screen->noteText(), QStringLiteral("Ingen körning gjordes."));
    QCOMPARE(interestInvoices(), qint64(0));
    QVERIFY(!m_screen->lastRun());
}

void TestInterestInvoicingScreen::screenshots()
{
    open();
    fillRequired();
    fill("minimumDays", QStringLiteral("5"));
    fill("message1", QStringLiteral("Räntan avser för sent betalda fakturor."));
    fill("message2", QStringLiteral("Frågor: ring handläggaren."));
    press(Qt::Key_F8);
    QCOMPARE(m_screen->model()->rowCount(), 3);
    saveShot(QStringLiteral("interestinvoicing-kontrollista.png"));
    m_screen->setPrinter([](const InterestInvoiceDocument &) {});
    onNextModal([this](QWidget *box) {
        answerNextOther(box, Qt::Key_I); // then "&Inte nu"
        QTest::keyClick(box, Qt::Key_K);
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    saveShot(QStringLiteral("interestinvoicing-run.png"));
}

QTEST_MAIN(TestInterestInvoicingScreen)
#include "tst_interestinvoicingscreen.moc"
