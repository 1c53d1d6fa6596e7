// Underhåll inbetalningssätt (handbook 8.1) by keyboard: the list shows every
// flag; F8 adds, Enter on a row changes, F6 deletes after a question, and a
// method used by transactions is refused with the reason.
#include "testledger.h"
#include "uitestsupport.h"

#include "audit/auditlog.h"
#include "ledger/posting.h"
#include "screens/paymentmethodsscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;
using Col = PaymentMethodsScreen::Column;

class TestPaymentMethodsScreen : public ScreenTest<PaymentMethodsScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsEveryFlag_data();
    void listShowsEveryFlag();
    void addByKeyboard();
    void changeByKeyboard();
    void deleteUnusedAfterTheQuestion();
    void deleteUsedIsRefusedWithTheReason();
    void textOnlyWithFeeTypeIsRefused();
    void undoRestoresTheForm();
    void screenshot();

private:
    void openScreen();
    void goToCode(const QString &code);
    int rowOf(const QString &code) const;

    std::unique_ptr<TestLedger> m_ledger;
};

void TestPaymentMethodsScreen::initTestCase()
{
    useTemporarySettings();
}

void TestPaymentMethodsScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestPaymentMethodsScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestPaymentMethodsScreen::openScreen()
{
    showScreen({QLatin1String(PaymentMethodsScreen::kId), QStringLiteral("&Inbetalningssätt"),
                QStringLiteral("8.1")},
               shellOver(m_ledger->db.get()), QSize(900, 620));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QTableWidget>("methodTable")->setFocus();
}

int TestPaymentMethodsScreen::rowOf(const QString &code) const
{
    auto *table = child<QTableWidget>("methodTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Col::Code)->text() == code)
            return row;
    }
    return -1;
}

// Moves the list's cursor to a method with the arrow keys, as a clerk does.
void TestPaymentMethodsScreen::goToCode(const QString &code)
{
    auto *table = child<QTableWidget>("methodTable");
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Home);
    const int target = rowOf(code);
    QVERIFY(target >= 0);
    while (table->currentRow() < target)
        press(Qt::Key_Down);
    QCOMPARE(table->currentRow(), target);
}

void TestPaymentMethodsScreen::listShowsEveryFlag_data()
{
    // code, D/K, text, bokföres ej, dröjsm. ej, P/K/D, kompr. ej, endast text, konto
    // (the defaults of ledgersetup.cpp)
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("1 Inbetalning") << "1" << QStringList{"1", "K", "Inbetalning", "", "", "", "",
                                                         "", ""};
    QTest::newRow("2 Kreditfaktura, dröjsmålsfaktureras ej")
        << "2" << QStringList{"2", "K", "Kreditfaktura", "", "X", "", "", "", ""};
    QTest::newRow("6 Felregistrering is a debit")
        << "6" << QStringList{"6", "D", "Felregistrering", "", "", "", "", "", ""};
    QTest::newRow("P acts on the reminder fee")
        << "P" << QStringList{"P", "K", "Avskr påm.avg", "", "", "P", "", "", ""};
    QTest::newRow("R acts on interest (D)")
        << "R" << QStringList{"R", "K", "Avskr ränta", "", "", "D", "", "", ""};
    QTest::newRow("T text only, not booked")
        << "T" << QStringList{"T", "K", "Endast text", "X", "", "", "", "X", ""};
}

void TestPaymentMethodsScreen::listShowsEveryFlag()
{
    QFETCH(QString, code);
    QFETCH(QStringList, cells);
    openScreen();
    auto *table = child<QTableWidget>("methodTable");
    QCOMPARE(table->rowCount(), 17); // ledgersetup.cpp: 1–9, B, G, I, N, T, P, K, R
    QCOMPARE(table->columnCount(), int(Col::ColumnCount));
    const int row = rowOf(code);
    QVERIFY(row >= 0);
    QStringList actual;
    for (int column = 0; column < Col::ColumnCount; ++column)
        actual << table->item(row, column)->text();
    QCOMPARE(actual, cells);
}

void TestPaymentMethodsScreen::addByKeyboard()
{
    openScreen();
    const qint64 audit = m_ledger->count("audit_log");
    press(Qt::Key_F8); // Nytt
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("codeEdit"));
    type(QStringLiteral("z")); // upper-cased on save
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("debitCreditCombo"));
    press(Qt::Key_D); // "D – debet"
    press(Qt::Key_Tab);
    type(QStringLiteral("Räntedebet"));
    press(Qt::Key_Tab); // bokföres ej
    press(Qt::Key_Tab); // dröjsmålsfaktureras ej
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("feeTypeCombo"));
    press(Qt::Key_D); // "D – upplupen dröjsmålsränta"
    press(Qt::Key_Tab); // komprimeras ej
    press(Qt::Key_Space);
    press(Qt::Key_Tab); // endast text
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("accountEdit"));
    type(QStringLiteral("8422"));
    press(Qt::Key_Return);

    const auto saved = ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("Z"));
    QVERIFY(saved);
    QVERIFY(saved->debit);
    QCOMPARE(saved->text, QStringLiteral("Räntedebet"));
    QVERIFY(!saved->notBooked);
    QVERIFY(saved->noInterestInvoicing);
    QCOMPARE(saved->feeType, PaymentMethod::FeeType::Interest);
    QVERIFY(saved->noCompress);
    QVERIFY(!saved->textOnly);
    QCOMPARE(saved->account, QStringLiteral("8422"));
    QCOMPARE(m_ledger->count("audit_log"), audit + 1);
    QCOMPARE(child<QTableWidget>("methodTable")->rowCount(), 18);
    QCOMPARE(child<QTableWidget>("methodTable")->currentRow(), rowOf(QStringLiteral("Z")));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("upplagt")));
    QVERIFY(!m_screen->isModified());

    // the same code again is refused beside the code
    press(Qt::Key_F8);
    type(QStringLiteral("Z"));
    press(Qt::Key_Return);
    QVERIFY(child<QLabel>("errorLabel")->text().contains(QStringLiteral("finns redan")));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("codeEdit"));
}

void TestPaymentMethodsScreen::changeByKeyboard()
{
    openScreen();
    goToCode(QStringLiteral("4"));
    QCOMPARE(child<QLineEdit>("textEdit")->text(), QStringLiteral("Avskrivning"));
    press(Qt::Key_Return); // change this one: the cursor goes to D/K
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("debitCreditCombo"));
    QVERIFY(child<QLineEdit>("codeEdit")->isReadOnly());
    press(Qt::Key_Tab);
    type(QStringLiteral("Avskrivet"));  // Tab selected the text: replaced
    press(Qt::Key_Tab);
    press(Qt::Key_Space); // bokföres ej
    QVERIFY(m_screen->isModified());
    press(Qt::Key_Return);

    const auto saved = ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("4"));
    QCOMPARE(saved->text, QStringLiteral("Avskrivet"));
    QVERIFY(saved->notBooked);
    QVERIFY(!saved->debit);
    const auto audit = AuditLog(*m_ledger->db).entriesFor(QStringLiteral("payment_method"),
                                                          QStringLiteral("4"));
    QCOMPARE(audit.size(), 3); // the insert at setup, text, not_booked
    QCOMPARE(child<QTableWidget>("methodTable")->item(rowOf(QStringLiteral("4")), Col::NotBooked)
                 ->text(),
             QStringLiteral("X"));
}

void TestPaymentMethodsScreen::deleteUnusedAfterTheQuestion()
{
    PaymentMethod z;
    z.code = QStringLiteral("Z");
    z.text = QStringLiteral("Att ta bort");
    ReferenceData(*m_ledger->db).savePaymentMethod(z);
    openScreen();
    goToCode(QStringLiteral("Z"));
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F6);
    QVERIFY(ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("Z"))); // Escape: kept
    answerNextQuestion(Qt::Key_T); // &Ta bort
    press(Qt::Key_F6);
    QVERIFY(!ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("Z")));
    QCOMPARE(rowOf(QStringLiteral("Z")), -1);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("borttaget")));
    const auto audit = AuditLog(*m_ledger->db).entriesFor(QStringLiteral("payment_method"),
                                                          QStringLiteral("Z"));
    QCOMPARE(audit.last().action, QStringLiteral("delete"));
}

void TestPaymentMethodsScreen::deleteUsedIsRefusedWithTheReason()
{
    m_ledger->registerInvoices({TestLedger::draft(QStringLiteral("010000001"),
                                                  Money::fromKronor(1000))});
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = QStringLiteral("010000001");
    r.method = QStringLiteral("1");
    r.amount = Money::fromKronor(100);
    r.transactionDate = QDate(2026, 2, 1);
    PostingService(*m_ledger->db).post(r);
    openScreen();
    goToCode(QStringLiteral("1"));
    const qint64 audit = m_ledger->count("audit_log");
    answerNextQuestion(Qt::Key_T);
    press(Qt::Key_F6);
    QCOMPARE(child<QLabel>("errorLabel")->text(),
             QStringLiteral("Inbetalningssätt 1 (Inbetalning) används av 1 transaktioner och kan "
                            "inte tas bort."));
    QVERIFY(ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("1")));
    QCOMPARE(m_ledger->count("audit_log"), audit);
    QCOMPARE(child<QTableWidget>("methodTable")->rowCount(), 17);
}

void TestPaymentMethodsScreen::textOnlyWithFeeTypeIsRefused()
{
    openScreen();
    goToCode(QStringLiteral("T"));
    press(Qt::Key_Return);
    for (int i = 0; i < 4; ++i) // D/K → text → bokföres ej → dröjsm. ej → P/K/D
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("feeTypeCombo"));
    press(Qt::Key_P);
    press(Qt::Key_Return);
    QVERIFY2(child<QLabel>("errorLabel")->text().contains(QStringLiteral("textsätt")),
             qPrintable(child<QLabel>("errorLabel")->text()));
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("feeTypeCombo"));
    QCOMPARE(ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("T"))->feeType,
             PaymentMethod::FeeType::None);
}

void TestPaymentMethodsScreen::undoRestoresTheForm()
{
    openScreen();
    goToCode(QStringLiteral("B"));
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    type(QStringLiteral("Ändrad"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QCOMPARE(child<QLineEdit>("textEdit")->text(), QStringLiteral("Bankgiro"));
    QVERIFY(!m_screen->isModified());
    QCOMPARE(ReferenceData(*m_ledger->db).paymentMethod(QStringLiteral("B"))->text,
             QStringLiteral("Bankgiro"));
}

void TestPaymentMethodsScreen::screenshot()
{
    openScreen();
    goToCode(QStringLiteral("2"));
    saveShot(QStringLiteral("paymentmethods.png"));
}

QTEST_MAIN(TestPaymentMethodsScreen)
#include "tst_paymentmethodsscreen.moc"
