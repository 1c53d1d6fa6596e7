// Kreditfakturor/annulleringar (handbook 4.5) driven by the keyboard as a
// clerk would: Bild 1 → Enter → the lines with reversed signs → F5 → F10/F11/F9.
// Amounts are worked out by hand in the comments.
#include "testledger.h"
#include "uitestsupport.h"

#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "screens/creditnotescreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kInvoice = QStringLiteral("010000001");

} // namespace

class TestCreditNoteScreen : public ScreenTest<CreditNoteScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void fullAnnulmentWithNotice();
    void partialCreditWithEditedAmountsWithoutPaper();
    void newAndDeletedLines();
    void creditAboveOpenCapitalIsRefusedOnThePrintPicture();
    void headerErrorsStandBesideTheirFields_data();
    void headerErrorsStandBesideTheirFields();
    void f3GoesBackWithoutSaving();
    void printPreviewPaintsTheDocument();
    void screenshots();

private:
    void open(const QList<qint64> &lines, qint64 paidBefore = 0);
    void fillHeader(const QString &date, const QString &method, const QString &invoice,
                    const QString &remark);
    Invoice claim()
    {
        return InvoiceRepository(*m_ledger->db)
            .require(QStringLiteral("001"), kInvoice,
                     InvoiceRepository::Detail::WithLinesAndTransactions);
    }

    std::unique_ptr<TestLedger> m_ledger;
    QList<CreditDocument> m_printed;
};

void TestCreditNoteScreen::initTestCase()
{
    useTemporarySettings();
}

void TestCreditNoteScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
    m_printed.clear();
}

// A claim 010000001 of company 001 with the given lines (Vatten 3011,
// Avlopp 3012, …), optionally paid in part with method 1.
void TestCreditNoteScreen::open(const QList<qint64> &lines, qint64 paidBefore)
{
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft d = TestLedger::draft(kInvoice, Money());
    qint64 sum = 0;
    const QStringList texts{QStringLiteral("Vatten"), QStringLiteral("Avlopp")};
    for (int i = 0; i < lines.size(); ++i) {
        d.lines.append({i + 1, texts.value(i, QStringLiteral("Rad")), Money::fromOre(lines.at(i)),
                        QStringLiteral("30%1").arg(11 + i)});
        sum += lines.at(i);
    }
    d.amount = Money::fromOre(sum);
    m_ledger->registerInvoices({d});
    if (paidBefore) {
        PostingRequest r;
        r.company = QStringLiteral("001");
        r.invoiceNumber = kInvoice;
        r.method = QStringLiteral("1");
        r.amount = Money::fromOre(paidBefore);
        r.transactionDate = QDate(2026, 2, 20);
        PostingService(*m_ledger->db).post(r);
    }

    ShellContext shell = shellOver(m_ledger->db.get());
    shell.ledgerName = QStringLiteral("ledger.sqlite");
    shell.engine = QStringLiteral("SQLite");
    shell.user = QStringLiteral("testare");
    showScreen({QLatin1String(CreditNoteScreen::kId),
                QStringLiteral("&Kreditfakturor/annulleringar"), QStringLiteral("4.5")},
               shell, QSize(900, 560));
    m_screen->setDocumentPrinter([this](const CreditDocument &doc) { m_printed << doc; });
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QLineEdit>("dateEdit")->setFocus();
}

// Bild 1 by keyboard: each field is replaced (Tab into a line edit selects it).
void TestCreditNoteScreen::fillHeader(const QString &date, const QString &method,
                                      const QString &invoice, const QString &remark)
{
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("dateEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    type(date);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("methodEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(method);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("invoiceEdit"));
    type(invoice);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("remarkEdit"));
    type(remark);
    press(Qt::Key_Return);
}

void TestCreditNoteScreen::fullAnnulmentWithNotice()
{
    open({60000, 40000});
    fillHeader(QStringLiteral("260310"), QStringLiteral("3"), QStringLiteral("10000001"),
               QStringLiteral("Fel mätare"));
    QCOMPARE(m_screen->page(), CreditNoteScreen::LinesPage);
    auto *table = child<QTableWidget>("linesTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, CreditNoteScreen::AmountColumn)->text(), QStringLiteral("-600,00"));
    QCOMPARE(table->item(1, CreditNoteScreen::AmountColumn)->text(), QStringLiteral("-400,00"));
    QCOMPARE(table->item(1, CreditNoteScreen::AccountColumn)->text(), QStringLiteral("3012"));
    QCOMPARE(child<QLabel>("totalLabel")->text(), QStringLiteral("Summa kreditering: -1 000,00"));

    press(Qt::Key_F5); // Fakturan klar
    QCOMPARE(m_screen->page(), CreditNoteScreen::PrintPage);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("handlerEdit"));
    type(QStringLiteral("Eva Ek 0123-456"));
    press(Qt::Key_F11); // Annulleringsbesked

    // 1 000,00 - 1 000,00 = 0: final-paid on the credit date
    const Invoice after = claim();
    QCOMPARE(after.balance.ore(), 0);
    QCOMPARE(after.capitalOpen.ore(), 0);
    QCOMPARE(after.finalPaidDate, QDate(2026, 3, 10));
    QCOMPARE(after.transactions.size(), 1);
    QCOMPARE(after.transactions.first().method, QStringLiteral("3"));
    QCOMPARE(after.transactions.first().source, QStringLiteral("annulment-notice"));
    QCOMPARE(after.transactions.first().remark, QStringLiteral("Fel mätare"));
    QCOMPARE(m_printed.size(), 1);
    QCOMPARE(m_printed.first().heading, QStringLiteral("Annulleringsbesked"));
    QCOMPARE(m_printed.first().handler, QStringLiteral("Eva Ek 0123-456"));
    QCOMPARE(m_printed.first().total.ore(), -100000);

    // Back on Bild 1, date and method kept for the next claim, the number cleared.
    QCOMPARE(m_screen->page(), CreditNoteScreen::SelectPage);
    QCOMPARE(child<QLineEdit>("dateEdit")->text(), QStringLiteral("260310"));
    QCOMPARE(child<QLineEdit>("methodEdit")->text(), QStringLiteral("3"));
    QVERIFY(child<QLineEdit>("invoiceEdit")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("invoiceEdit"));
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(QStringLiteral("Saldo nu 0,00")),
             qPrintable(child<QLabel>("statusLabel")->text()));
    QVERIFY(!m_screen->isModified());

    press(Qt::Key_F16); // prints the last document again
    QCOMPARE(m_printed.size(), 2);
}

void TestCreditNoteScreen::partialCreditWithEditedAmountsWithoutPaper()
{
    open({60000, 40000});
    fillHeader(QStringLiteral("260310"), QStringLiteral("2"), QStringLiteral("10000001"),
               QString());
    auto *table = child<QTableWidget>("linesTable");
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), int(CreditNoteScreen::AmountColumn));
    type(QStringLiteral("-150")); // typing replaces the cell
    press(Qt::Key_Return);
    press(Qt::Key_Down);
    type(QStringLiteral("-50"));
    press(Qt::Key_Return);
    QCOMPARE(table->item(0, CreditNoteScreen::AmountColumn)->text(), QStringLiteral("-150,00"));
    // -150 + -50 = -200
    QCOMPARE(child<QLabel>("totalLabel")->text(), QStringLiteral("Summa kreditering: -200,00"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F5);
    QVERIFY(child<QLabel>("printSummary")->text().contains(QStringLiteral("-200,00")));
    press(Qt::Key_F9); // no paper

    // 1 000,00 - 200,00 = 800,00
    const Invoice after = claim();
    QCOMPARE(after.balance.ore(), 80000);
    QVERIFY(!after.finalPaidDate.isValid());
    QCOMPARE(after.transactions.first().amount.ore(), 20000);
    QCOMPARE(after.transactions.first().source, QStringLiteral("credit"));
    QVERIFY(m_printed.isEmpty());
    QCOMPARE(m_screen->page(), CreditNoteScreen::SelectPage);
}

void TestCreditNoteScreen::newAndDeletedLines()
{
    open({60000, 40000});
    fillHeader(QStringLiteral("260310"), QStringLiteral("2"), QStringLiteral("10000001"),
               QString());
    auto *table = child<QTableWidget>("linesTable");
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F6); // delete Vatten -600,00? Escape keeps it
    QCOMPARE(table->rowCount(), 2);
    answerNextQuestion(Qt::Key_T);  // &Ta bort
    press(Qt::Key_F6);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, CreditNoteScreen::TextColumn)->text(), QStringLiteral("Avlopp"));

    press(Qt::Key_F8); // new line below Avlopp, cursor in its text
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->currentColumn(), int(CreditNoteScreen::TextColumn));
    type(QStringLiteral("Rabatt"));
    press(Qt::Key_Tab);
    type(QStringLiteral("-25,50"));
    press(Qt::Key_Tab);
    type(QStringLiteral("3099"));
    press(Qt::Key_Return);
    // -400,00 + -25,50 = -425,50
    QCOMPARE(child<QLabel>("totalLabel")->text(), QStringLiteral("Summa kreditering: -425,50"));

    press(Qt::Key_F7); // undo: the proposal again
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(child<QLabel>("totalLabel")->text(), QStringLiteral("Summa kreditering: -1 000,00"));
    QVERIFY(!m_screen->isModified());

    // a bad amount is named beside the table and keeps the clerk on the lines
    type(QStringLiteral("12,345"));
    press(Qt::Key_Return);
    QVERIFY2(child<QLabel>("linesError")->text().startsWith(QStringLiteral("Rad 1, belopp")),
             qPrintable(child<QLabel>("linesError")->text()));
    press(Qt::Key_F5);
    QCOMPARE(m_screen->page(), CreditNoteScreen::LinesPage);
}

void TestCreditNoteScreen::creditAboveOpenCapitalIsRefusedOnThePrintPicture()
{
    open({100000}, 30000); // 1 000,00 paid 300,00: 700,00 capital open
    fillHeader(QStringLiteral("260310"), QStringLiteral("2"), QStringLiteral("10000001"),
               QString());
    const Invoice before = claim();
    const qint64 audit = m_ledger->count("audit_log");
    press(Qt::Key_F5);
    press(Qt::Key_F10); // the whole -1 000,00: more than the 700,00 open
    QCOMPARE(m_screen->page(), CreditNoteScreen::PrintPage);
    QCOMPARE(child<QLabel>("printError")->text(),
             QStringLiteral("Krediteringen 1 000,00 överstiger fakturans öppna kapital 700,00 "
                            "(faktura 010000001)."));
    const Invoice after = claim();
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.transactions.size(), before.transactions.size());
    QCOMPARE(m_ledger->count("audit_log"), audit);
    QVERIFY(m_printed.isEmpty());
}

void TestCreditNoteScreen::headerErrorsStandBesideTheirFields_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("focused");
    QTest::addColumn<QString>("message");
    QTest::newRow("date 261340 does not exist")
        << "261340" << "2" << "10000001" << "dateError" << "dateEdit" << "261340";
    QTest::newRow("no date") << "" << "2" << "10000001" << "dateError" << "dateEdit"
                             << "Transaktionsdatum saknas";
    QTest::newRow("unknown method Q") << "260310" << "Q" << "10000001" << "methodError"
                                      << "methodEdit" << "Inbetalningssätt \"Q\" finns inte.";
    QTest::newRow("payment method 1 is no credit")
        << "260310" << "1" << "10000001" << "methodError" << "methodEdit"
        << "fördelar beloppet på avgifter och ränta först";
    QTest::newRow("unknown invoice") << "260310" << "2" << "10000099" << "invoiceError"
                                     << "invoiceEdit" << "Faktura 010000099 finns inte";
}

void TestCreditNoteScreen::headerErrorsStandBesideTheirFields()
{
    QFETCH(QString, date);
    QFETCH(QString, method);
    QFETCH(QString, invoice);
    QFETCH(QString, errorLabel);
    QFETCH(QString, focused);
    QFETCH(QString, message);
    open({100000});
    const qint64 transactions = m_ledger->count("ledger_transaction");
    fillHeader(date, method, invoice, QString());
    QCOMPARE(m_screen->page(), CreditNoteScreen::SelectPage);
    auto *label = m_screen->findChild<QLabel *>(errorLabel);
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QCOMPARE(m_ledger->count("ledger_transaction"), transactions);
}

void TestCreditNoteScreen::f3GoesBackWithoutSaving()
{
    open({100000});
    fillHeader(QStringLiteral("260310"), QStringLiteral("2"), QStringLiteral("10000001"),
               QString());
    press(Qt::Key_F5);
    QCOMPARE(m_screen->page(), CreditNoteScreen::PrintPage);
    press(Qt::Key_F3); // unedited lines: no question
    QCOMPARE(m_screen->page(), CreditNoteScreen::SelectPage);
    QCOMPARE(child<QLineEdit>("invoiceEdit")->text(), QStringLiteral("10000001"));
    press(Qt::Key_Return);
    type(QStringLiteral("-1"));
    press(Qt::Key_Return);
    answerNextQuestion(Qt::Key_Escape); // edited: asked, and Escape stays
    press(Qt::Key_F3);
    QCOMPARE(m_screen->page(), CreditNoteScreen::LinesPage);
    QCOMPARE(claim().transactions.size(), 0);
}

// The default printer: a QPrintPreviewDialog that lays the document out on
// its QPrinter (A4). Closed with Escape once it shows.
void TestCreditNoteScreen::printPreviewPaintsTheDocument()
{
    open({100000});
    CreditDocument d;
    d.kind = CreditDocumentKind::CreditInvoice;
    d.heading = CreditNoteService::heading(d.kind);
    d.debtorName = QStringLiteral("Andersson, Anna");
    d.invoiceNumber = kInvoice;
    d.lines = {{1, QStringLiteral("Vatten"), Money::fromOre(-100000), QStringLiteral("3011")}};
    d.total = Money::fromOre(-100000);
    bool shown = false;
    onNextModal([&shown](QWidget *dialog) {
        shown = dialog->inherits("QPrintPreviewDialog");
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    CreditNoteScreen::showPrintPreview(d, m_screen.get());
    QVERIFY(shown);
}

void TestCreditNoteScreen::screenshots()
{
    open({60000, 40000});
    saveShot(QStringLiteral("creditnote-1-fakturaval.png"));
    fillHeader(QStringLiteral("260310"), QStringLiteral("2"), QStringLiteral("10000001"),
               QStringLiteral("Felaktig mätaravläsning"));
    type(QStringLiteral("-150"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("creditnote-2-fakturarader.png"));
    press(Qt::Key_F5);
    type(QStringLiteral("Eva Ek 0123-456"));
    saveShot(QStringLiteral("creditnote-3-utskrift.png"));
    press(Qt::Key_F10);
    saveShot(QStringLiteral("creditnote-4-klar.png"));
}

QTEST_MAIN(TestCreditNoteScreen)
#include "tst_creditnotescreen.moc"
