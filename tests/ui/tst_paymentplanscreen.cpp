// Amorteringsplan (handbook 7.18) driven by the keyboard as a clerk would:
// claims typed in the table, Enter (Kontroll), F13 to the terms, Enter
// computes, F14 previews, F16 saves and prints. The numbers are those of
// tests/integration/tst_cli_paymentplan.cpp, worked out there by hand:
// 040000001 1 000,00 and 040000002 500,00 due 2026-10-31, interest 7,12 and
// 3,56 to 2026-11-26; 500 kr a month on the last day, 25 kr notice fee.
#include "testledger.h"
#include "uitestsupport.h"

#include "interest/referencerates.h"
#include "ledger/invoicerepository.h"
#include "screens/paymentplanscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestPaymentPlanScreen : public ScreenTest<PaymentPlanScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardPlanComputedSavedAndPrinted();
    void tabKeys_data();
    void tabKeys();
    void problemsShownOnTheirTab_data();
    void problemsShownOnTheirTab();

private:
    // Types the claims into the table from row 0 and presses Enter twice
    // (the first keeps the cell, the second is Kontroll).
    void typeClaims(const QStringList &numbers);
    // F13, then the terms field by field (Tab between them), Enter computes.
    void typeTerms(const QString &first, bool lastOfMonth, const QString &monthly,
                   const QString &notice);
    QString scheduleRow(int row) const;
    Invoice claim(const char *number)
    {
        return InvoiceRepository(*m_ledger->db)
            .require(QStringLiteral("001"), QString::fromLatin1(number));
    }

    std::unique_ptr<TestLedger> m_ledger;
    QList<QPair<PaymentPlan, bool>> m_output;
};

void TestPaymentPlanScreen::initTestCase()
{
    useTemporarySettings();
}

void TestPaymentPlanScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(); // today 2026-11-26
    ReferenceRates(*m_ledger->db).set(QDate(2026, 7, 1), 200, QStringLiteral("test"));
    InvoiceDraft a = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000));
    InvoiceDraft b = TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(500));
    a.invoiceDate = b.invoiceDate = QDate(2026, 10, 1);
    a.dueDate = b.dueDate = QDate(2026, 10, 31);
    a.description = QStringLiteral("Vatten kvartal 3");
    m_ledger->registerInvoices({a, b});
    showScreen({QLatin1String(PaymentPlanScreen::kId), QStringLiteral("&Amorteringsplan"),
                QStringLiteral("7.18")},
               shellOver(m_ledger->db.get()), QSize(1100, 640), QStringLiteral("001"));
    m_screen->setPlanOutput([this](const PaymentPlan &plan, bool saved) { m_output << qMakePair(plan, saved); });
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QTableWidget>("claimsTable")->setFocus();
}

void TestPaymentPlanScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
    m_output.clear();
}

void TestPaymentPlanScreen::typeClaims(const QStringList &numbers)
{
    auto *table = child<QTableWidget>("claimsTable");
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), int(PaymentPlanScreen::CompanyColumn));
    for (int i = 0; i < numbers.size(); ++i) {
        if (i == 0) { // the company on the first row; blank rows mean the session's
            type(QStringLiteral("1"));
            press(Qt::Key_Tab);
        } else {
            press(Qt::Key_Down);
        }
        QCOMPARE(table->currentColumn(), int(PaymentPlanScreen::InvoiceColumn));
        type(numbers.at(i));
        press(Qt::Key_Return); // keeps the cell
    }
    press(Qt::Key_Return); // Kontroll
}

void TestPaymentPlanScreen::typeTerms(const QString &first, bool lastOfMonth,
                                      const QString &monthly, const QString &notice)
{
    press(Qt::Key_F13);
    QCOMPARE(m_screen->currentTab(), PaymentPlanScreen::TermsTab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("firstDateEdit"));
    type(first);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("lastOfMonthCheck"));
    if (lastOfMonth)
        press(Qt::Key_Space);
    press(Qt::Key_Tab);
    type(monthly);
    press(Qt::Key_Tab); // i antal månader
    press(Qt::Key_Tab); // därefter
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("noticeFeeEdit"));
    type(notice);
    press(Qt::Key_Return); // computes
}

QString TestPaymentPlanScreen::scheduleRow(int row) const
{
    auto *t = child<QTableWidget>("scheduleTable");
    QStringList cells;
    for (int c = 0; c < t->columnCount(); ++c)
        cells << (t->item(row, c) ? t->item(row, c)->text() : QString());
    return cells.join(QLatin1Char(' '));
}

void TestPaymentPlanScreen::keyboardPlanComputedSavedAndPrinted()
{
    typeClaims({QStringLiteral("40000001"), QStringLiteral("40000002")});
    auto *claims = child<QTableWidget>("claimsTable");
    QCOMPARE(claims->item(0, PaymentPlanScreen::InvoiceColumn)->text(), QStringLiteral("040000001"));
    QCOMPARE(claims->item(0, PaymentPlanScreen::NameColumn)->text(), QStringLiteral("Vatten kvartal 3"));
    QCOMPARE(claims->item(0, PaymentPlanScreen::DebtColumn)->text(), QStringLiteral("1 000,00"));
    QCOMPARE(claims->item(0, PaymentPlanScreen::InterestColumn)->text(), QStringLiteral("7,12"));
    QCOMPARE(claims->item(1, PaymentPlanScreen::CompanyColumn)->text(), QStringLiteral("001"));
    QCOMPARE(claims->item(1, PaymentPlanScreen::InterestColumn)->text(), QStringLiteral("3,56"));
    // 1 000 + 7,12 + 500 + 3,56 = 1 510,68
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(QStringLiteral("1 510,68")),
             qPrintable(child<QLabel>("statusLabel")->text()));
    // The debtor comes from the first claim; the creditor from the company.
    QCOMPARE(child<QLineEdit>("debtorName")->text(), QStringLiteral("Andersson, Anna"));
    QCOMPARE(child<QLineEdit>("debtorId")->text(), QStringLiteral("19811218-9876"));
    QCOMPARE(child<QLineEdit>("creditorOrgNr")->text(), QStringLiteral("2120000142"));
    QCOMPARE(child<QLineEdit>("creditorBankgiro")->text(), QStringLiteral("58056201"));
    saveShot(QStringLiteral("paymentplan-1-fakturor.png"));

    typeTerms(QStringLiteral("261231"), true, QStringLiteral("500"), QStringLiteral("25"));
    QCOMPARE(child<QTableWidget>("scheduleTable")->rowCount(), 4);
    QCOMPARE(scheduleRow(0), QStringLiteral("1 2026-12-31 525,00 0,00 25,06 474,94 25,00 1 025,06"));
    QCOMPARE(scheduleRow(1), QStringLiteral("2 2027-01-31 525,00 0,00 8,71 491,29 25,00 533,77"));
    QCOMPARE(scheduleRow(2), QStringLiteral("3 2027-02-28 525,00 0,00 4,09 495,91 25,00 37,86"));
    QCOMPARE(scheduleRow(3), QStringLiteral("4 2027-03-31 63,18 0,00 0,32 37,86 25,00 0,00"));
    const QString totals = child<QLabel>("totalsLabel")->text();
    QVERIFY2(totals.contains(QStringLiteral("Total skuld 1 510,68 kr, varav upplupen ränta 10,68 kr")),
             qPrintable(totals));
    QVERIFY(totals.contains(QStringLiteral("Att betala 1 638,18 kr i 4 delbetalningar")));
    saveShot(QStringLiteral("paymentplan-2-plan.png"));
    QVERIFY(!claim("040000001").paymentPlanDate.isValid()); // computing changes nothing

    press(Qt::Key_F14); // preview
    QCOMPARE(m_output.size(), 1);
    QVERIFY(!m_output.first().second);
    QCOMPARE(m_output.first().first.id, 0);
    QVERIFY(!claim("040000001").paymentPlanDate.isValid());

    answerNextQuestion(Qt::Key_Return); // "Spara" is the default button
    press(Qt::Key_F16);
    QCOMPARE(m_output.size(), 2);
    QVERIFY(m_output.last().second);
    QCOMPARE(m_output.last().first.id, 1);
    QCOMPARE(m_output.last().first.totalToPay().toString(), QStringLiteral("1 638,18"));
    for (const char *number : {"040000001", "040000002"}) {
        const Invoice inv = claim(number);
        QCOMPARE(inv.paymentPlanDate, QDate(2026, 11, 26));
        QCOMPARE(inv.watchText, QStringLiteral("Amorteringsplan"));
        QCOMPARE(inv.dunningCode, 3);
    }
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("Amorteringsplan 1 sparad")));
    QVERIFY(!m_screen->isModified());
    saveShot(QStringLiteral("paymentplan-3-sparad.png"));

    // The same claims again: refused at the claim, nothing saved twice.
    answerNextQuestion(Qt::Key_Return);
    press(Qt::Key_F16);
    QCOMPARE(m_output.size(), 2);
    QCOMPARE(m_screen->currentTab(), PaymentPlanScreen::ClaimsTab);
    QVERIFY(claims->item(0, PaymentPlanScreen::NoteColumn)->text().contains(
        QStringLiteral("ingår redan i en amorteringsplan")));
}

void TestPaymentPlanScreen::tabKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("focus");
    QTest::newRow("F8 Gäldenär") << int(Qt::Key_F8) << int(PaymentPlanScreen::DebtorTab) << "debtorName";
    QTest::newRow("F9 Borgenär") << int(Qt::Key_F9) << int(PaymentPlanScreen::CreditorTab) << "creditorOrgNr";
    QTest::newRow("F10 next tab") << int(Qt::Key_F10) << int(PaymentPlanScreen::OthersTab) << "othersTable";
    QTest::newRow("F12 Övriga fordringar") << int(Qt::Key_F12) << int(PaymentPlanScreen::OthersTab) << "othersTable";
    QTest::newRow("F13 (Shift+F1) Komplettering")
        << int(Qt::Key_F13) << int(PaymentPlanScreen::TermsTab) << "firstDateEdit";
}

void TestPaymentPlanScreen::tabKeys()
{
    QFETCH(int, key);
    QFETCH(int, tab);
    QFETCH(QString, focus);
    press(Qt::Key(key));
    QCOMPARE(int(m_screen->currentTab()), tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), focus);
    press(Qt::Key_F11);
    QCOMPARE(m_screen->currentTab(), PaymentPlanScreen::ClaimsTab);
}

void TestPaymentPlanScreen::problemsShownOnTheirTab_data()
{
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("monthly");
    QTest::addColumn<bool>("clearBankgiro");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("focus");
    QTest::addColumn<QString>("message");
    QTest::newRow("first date not the last of its month")
        << "40000001" << "261230" << "500" << false << int(PaymentPlanScreen::TermsTab)
        << "termsError" << "firstDateEdit" << "2026-12-30 är inte den sista i månaden";
    QTest::newRow("creditor without giro")
        << "40000001" << "261231" << "500" << true << int(PaymentPlanScreen::CreditorTab)
        << "creditorError" << "creditorPlusgiro"
        << "plusgironummer eller bankgironummer måste anges";
    QTest::newRow("unknown claim")
        << "40000009" << "261231" << "500" << false << int(PaymentPlanScreen::ClaimsTab)
        << "claimsError" << "claimsTable" << "040000009 finns inte";
    // 1 007,12 at 20 kr needs more than 48 months; 1 007,12 / 48 = 20,98 and
    // the interest on top, so the amount that fits is over 21 kr.
    QTest::newRow("longer than 48 months")
        << "40000001" << "261231" << "20" << false << int(PaymentPlanScreen::TermsTab)
        << "termsError" << "monthlyEdit" << "Månadsbelopp som räcker:";
}

void TestPaymentPlanScreen::problemsShownOnTheirTab()
{
    QFETCH(QString, invoice);
    QFETCH(QString, first);
    QFETCH(QString, monthly);
    QFETCH(bool, clearBankgiro);
    QFETCH(int, tab);
    QFETCH(QString, errorLabel);
    QFETCH(QString, focus);
    QFETCH(QString, message);
    auto *table = child<QTableWidget>("claimsTable");
    table->setCurrentCell(0, PaymentPlanScreen::InvoiceColumn);
    type(invoice);
    press(Qt::Key_Return);
    if (clearBankgiro) {
        press(Qt::Key_F9);
        for (int i = 0; i < 7; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("creditorBankgiro"));
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Backspace);
    }
    typeTerms(first, true, monthly, QString());
    QCOMPARE(int(m_screen->currentTab()), tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), focus);
    const QString shown = m_screen->findChild<QLabel *>(errorLabel)->text();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QCOMPARE(child<QTableWidget>("scheduleTable")->rowCount(), 0);
    QVERIFY(!claim("040000001").paymentPlanDate.isValid());
    if (tab == PaymentPlanScreen::CreditorTab)
        saveShot(QStringLiteral("paymentplan-4-borgenar-fel.png"));
}

QTEST_MAIN(TestPaymentPlanScreen)
#include "tst_paymentplanscreen.moc"
