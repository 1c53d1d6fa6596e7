// Registrera manuella (handbook 4.1), driven by the keyboard only, as a clerk
// would: sticky date and method, Enter registers and returns to the invoice
// number, Ctrl+D dups a field, F4 lists methods, F5 shows the claim, F6
// deletes, F7 undoes, Ctrl+G approves; problems beside the field. Balances
// after approval are worked out by hand in the comments.
#include "testledger.h"

#include "commands/commandregistry.h"
#include "ledger/invoicerepository.h"
#include "menucatalogue.h"
#include "payments/paymentregistration.h"
#include "screencontext.h"
#include "screens/manualregistrationscreen.h"
#include "session.h"
#include "widgets/claimsummarypanel.h"
#include "widgets/keylegend.h"
#include "widgets/paymentbatchtable.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rsk;
using namespace rsk::ui;
using Field = PaymentLineForm::Field;

namespace {

const QString kA = QStringLiteral("010000001"); // 1 000,00
const QString kB = QStringLiteral("010000002"); // 500,00 + 60,00 debited reminder fee

QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// Answers the next modal box (a confirmation) with Enter, its default.
void confirmNextDialog()
{
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Return);
    });
}

// The offscreen platform has no window manager to give the window back its
// activation when a dialog closes; a desktop does that by itself.
void reactivate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class TestManualRegistration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void legendShowsTheKeys();
    void keyboardFlowRegistersDupsDeletesAndApproves();
    void badFieldShowsReasonBesideItAndKeepsFocus();
    void f4ListsMethods();
    void f5ShowsTheClaim();
    void enterOnALineEditsItAndF7Undoes();
    void methodDecidesAmountAndAccount();
    void refusedApprovalMarksTheLine();
    void openBatchIsTakenUpAgain();
    void screenshot();

private:
    void createScreen();
    QLineEdit *editor(Field f) const { return m_screen->form()->editor(f); }
    QString problem(Field f) const { return m_screen->form()->problem(f)->text(); }
    PaymentBatchTable *table() const { return m_screen->findChild<PaymentBatchTable *>(); }
    QString label(const char *name) const
    {
        return m_screen->findChild<QLabel *>(QLatin1String(name))->text();
    }
    // Types one line from the invoice number field on and presses Enter.
    void typeLine(const QString &invoice, const QString &amount,
                  const QString &account = QStringLiteral("1930"))
    {
        QCOMPARE(focused(), editor(Field::InvoiceNumber));
        type(invoice);
        press(Qt::Key_Tab);
        type(amount);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // no remark
        type(account);
        press(Qt::Key_Return);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestLedger> m_ledger;
    CommandRegistry *m_commands = nullptr;
    ScreenRegistry *m_screens = nullptr;
    Session *m_session = nullptr;
    ManualRegistrationScreen *m_screen = nullptr;
};

void TestManualRegistration::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestManualRegistration::init()
{
    QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra")).clear();
    m_ledger = std::make_unique<test::TestLedger>(); // today 2026-11-26
    Database &db = *m_ledger->db;
    PaymentMethod x; // debits a reminder fee, to give claim B one
    x.code = QStringLiteral("X");
    x.debit = true;
    x.text = QStringLiteral("Påm.avg");
    x.feeType = PaymentMethod::FeeType::ReminderFee;
    ReferenceData(db).savePaymentMethod(x);
    PaymentMethod f; // a fixed account
    f.code = QStringLiteral("F");
    f.text = QStringLiteral("Öresavrundning");
    f.account = QStringLiteral("3740");
    ReferenceData(db).savePaymentMethod(f);
    m_ledger->registerInvoices({test::TestLedger::draft(kA, Money::fromKronor(1000)),
                                test::TestLedger::draft(kB, Money::fromKronor(500),
                                                        QStringLiteral("Berg, Bo"))});
    PostingRequest fee;
    fee.company = QStringLiteral("001");
    fee.invoiceNumber = kB;
    fee.method = QStringLiteral("X");
    fee.amount = Money::fromKronor(60);
    fee.transactionDate = QDate(2026, 11, 2);
    PostingService(db).post(fee);

    m_commands = new CommandRegistry;
    m_screens = new ScreenRegistry;
    for (const MenuSpec &menu : menuCatalogue()) {
        for (const ScreenInfo &info : menu.screens)
            m_screens->addScreen(info);
    }
    ShellContext shell;
    shell.ledgerName = QStringLiteral("ledger.sqlite");
    shell.user = db.user();
    shell.companies = {{"001", "Testkommunen"}};
    shell.ledger = &db;
    m_session = new Session(shell);
    createScreen();
}

void TestManualRegistration::createScreen()
{
    ScreenContext context{m_screens->info(QLatin1String(ManualRegistrationScreen::kId)),
                          *m_commands, *m_session, *m_screens,
                          [](const ScreenId &) -> QWidget * { return nullptr; }};
    m_screen = new ManualRegistrationScreen(context);
    m_screen->resize(1100, 640);
    m_screen->show();
    QApplication::setActiveWindow(m_screen);
    QVERIFY(QTest::qWaitForWindowActive(m_screen));
    m_screen->setFocus(); // as the main window does when the tab opens
}

void TestManualRegistration::cleanup()
{
    delete m_screen;
    delete m_session;
    delete m_screens;
    delete m_commands;
    m_ledger.reset();
}

void TestManualRegistration::legendShowsTheKeys()
{
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F4=Lista  F5=Visa fakturan  F6=Ta bort rad  F7=Ångra  "
                            "Enter=Registrera  Ctrl+D=Dupp  Ctrl+G=Godkänn bunt"));
    QVERIFY2(m_commands->conflicts().isEmpty(), qPrintable(m_commands->conflicts().join('\n')));
}

void TestManualRegistration::keyboardFlowRegistersDupsDeletesAndApproves()
{
    // handbook 4.1: the date field is blank when the screen opens; the
    // company is the session's.
    QCOMPARE(editor(Field::Company)->text(), QStringLiteral("001"));
    QCOMPARE(focused(), editor(Field::TransactionDate));
    type(QStringLiteral("261126"));
    QCOMPARE(m_screen->form()->info(Field::TransactionDate)->text(), QStringLiteral("2026-11-26"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    QVERIFY(m_screen->form()->info(Field::Method)->text().contains(QStringLiteral("Inbetalning")));
    press(Qt::Key_Tab);
    typeLine(QStringLiteral("10000001"), QStringLiteral("400"));

    // Registered: back at the invoice number, date and method kept.
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(focused(), editor(Field::InvoiceNumber));
    QCOMPARE(editor(Field::TransactionDate)->text(), QStringLiteral("261126"));
    QCOMPARE(editor(Field::Method)->text(), QStringLiteral("1"));
    QVERIFY(editor(Field::InvoiceNumber)->text().isEmpty());
    QVERIFY(editor(Field::Amount)->text().isEmpty());
    QVERIFY2(label("previousLine").contains(kA), qPrintable(label("previousLine")));
    QVERIFY(label("previousLine").contains(QStringLiteral("400,00")));

    typeLine(QStringLiteral("10000002"), QStringLiteral("100"));
    QCOMPARE(table()->rowCount(), 2);

    // Ctrl+D copies the amount (and the account) from the previous line.
    type(QStringLiteral("10000001"));
    press(Qt::Key_Tab);
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(editor(Field::Amount)->text(), QStringLiteral("100,00"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(editor(Field::Account)->text(), QStringLiteral("1930"));
    press(Qt::Key_Return);
    QCOMPARE(table()->rowCount(), 3);
    // Credits 400 + 100 + 100.
    QVERIFY2(label("batchTotals").contains(QStringLiteral("Rader: 3")), qPrintable(label("batchTotals")));
    QVERIFY(label("batchTotals").contains(QStringLiteral("600,00")));

    // Tab down to the table, the second line, F6, confirm with Enter.
    for (int i = 0; i < 10 && focused() != table(); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), table());
    press(Qt::Key_Home);
    press(Qt::Key_Down);
    QCOMPARE(table()->currentLineNo(), 2);
    confirmNextDialog();
    press(Qt::Key_F6);
    reactivate(m_screen);
    QCOMPARE(focused(), table()); // the clerk goes on in the table
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(table()->rowOf(2), -1);

    const qint64 batch = m_screen->batchId();
    confirmNextDialog();
    press(Qt::Key_G, Qt::ControlModifier);
    reactivate(m_screen);
    QVERIFY2(label("statusMessage").contains(QStringLiteral("godkänd")),
             qPrintable(label("statusMessage")));
    QCOMPARE(m_screen->batchId(), 0);
    QCOMPARE(table()->rowCount(), 0);

    // A: 1 000 - 400 - 100 = 500,00; B untouched (its line was deleted): 560,00.
    InvoiceRepository repo(*m_ledger->db);
    QCOMPARE(repo.require(QStringLiteral("001"), kA).balance.ore(), 50000LL);
    QCOMPARE(repo.require(QStringLiteral("001"), kB).balance.ore(), 56000LL);
    QCOMPARE(PaymentRegistration(*m_ledger->db).batch(batch)->status, QStringLiteral("approved"));
    QCOMPARE(m_ledger->db->scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction WHERE "
                                                  "batch_id = ?"), {batch}).toLongLong(),
             2LL);
}

void TestManualRegistration::badFieldShowsReasonBesideItAndKeepsFocus()
{
    type(QStringLiteral("261131")); // November has 30 days
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    press(Qt::Key_Tab);
    typeLine(QStringLiteral("10000001"), QStringLiteral("400"));
    QVERIFY2(problem(Field::TransactionDate).contains(QStringLiteral("30 dagar")),
             qPrintable(problem(Field::TransactionDate)));
    QCOMPARE(focused(), editor(Field::TransactionDate));
    QCOMPARE(table()->rowCount(), 0);
    QCOMPARE(editor(Field::InvoiceNumber)->text(), QStringLiteral("10000001")); // nothing lost

    // The clerk types over the selected date: the reason goes away.
    type(QStringLiteral("261125"));
    QVERIFY(problem(Field::TransactionDate).isEmpty());
    // An unknown invoice: the reason beside the invoice number, focus there.
    editor(Field::InvoiceNumber)->setFocus();
    editor(Field::InvoiceNumber)->selectAll();
    type(QStringLiteral("10000999"));
    press(Qt::Key_Return);
    QVERIFY2(problem(Field::InvoiceNumber).contains(QStringLiteral("finns inte i företag 001")),
             qPrintable(problem(Field::InvoiceNumber)));
    QCOMPARE(focused(), editor(Field::InvoiceNumber));
    QCOMPARE(table()->rowCount(), 0);

    type(QStringLiteral("10000001"));
    press(Qt::Key_Return);
    QCOMPARE(table()->rowCount(), 1);
    QVERIFY(problem(Field::InvoiceNumber).isEmpty());
}

void TestManualRegistration::f4ListsMethods()
{
    press(Qt::Key_Tab); // to the method
    QCOMPARE(focused(), editor(Field::Method));
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QWidget *list = dialog ? dialog->focusWidget() : nullptr;
        if (!list) {
            if (dialog)
                dialog->close(); // fails the test below instead of hanging
            return;
        }
        QTest::keyClicks(list, QStringLiteral("B")); // jumps to B
        QTest::keyClick(list, Qt::Key_Return);
    });
    press(Qt::Key_F4);
    reactivate(m_screen);
    QCOMPARE(editor(Field::Method)->text(), QStringLiteral("B"));
    QVERIFY(m_screen->form()->info(Field::Method)->text().contains(QStringLiteral("Bankgiro")));
    QCOMPARE(focused(), editor(Field::Method));

    // Esc leaves the field as it was.
    QTimer::singleShot(0, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
    });
    press(Qt::Key_F4);
    reactivate(m_screen);
    QCOMPARE(editor(Field::Method)->text(), QStringLiteral("B"));
    QCOMPARE(focused(), editor(Field::Method));
}

void TestManualRegistration::f5ShowsTheClaim()
{
    editor(Field::InvoiceNumber)->setFocus();
    type(QStringLiteral("10000002"));
    press(Qt::Key_F5);
    auto *panel = m_screen->findChild<ClaimSummaryPanel *>();
    QCOMPARE(panel->shownInvoiceNumber(), kB);
    const auto value = [panel](const char *name) {
        return panel->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QCOMPARE(value("claimName"), QStringLiteral("Berg, Bo"));
    QCOMPARE(value("claimDueDate"), QStringLiteral("2026-01-31"));
    QCOMPARE(value("claimCapital"), QStringLiteral("500,00"));
    QCOMPARE(value("claimReminderFee"), QStringLiteral("60,00"));
    QCOMPARE(value("claimBalance"), QStringLiteral("560,00"));

    editor(Field::InvoiceNumber)->selectAll();
    type(QStringLiteral("99"));
    press(Qt::Key_F5);
    QVERIFY(panel->shownInvoiceNumber().isEmpty());
    QVERIFY(value("claimMessage").contains(QStringLiteral("000000099 finns inte")));
}

void TestManualRegistration::enterOnALineEditsItAndF7Undoes()
{
    type(QStringLiteral("261120"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    press(Qt::Key_Tab);
    typeLine(QStringLiteral("10000001"), QStringLiteral("400"));
    typeLine(QStringLiteral("10000002"), QStringLiteral("100"));
    // The clerk has started a third date; editing must not lose it.
    editor(Field::TransactionDate)->setFocus();
    editor(Field::TransactionDate)->selectAll();
    type(QStringLiteral("261121"));

    table()->setFocus();
    table()->selectLine(1);
    press(Qt::Key_Return);
    QCOMPARE(m_screen->editingLine(), 1);
    QCOMPARE(editor(Field::InvoiceNumber)->text(), kA);
    QCOMPARE(editor(Field::Amount)->text(), QStringLiteral("400,00"));
    QCOMPARE(focused(), editor(Field::InvoiceNumber));
    press(Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("450"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->editingLine(), 0);
    PaymentRegistration reg(*m_ledger->db);
    QCOMPARE(reg.lines(m_screen->batchId()).first().request.amount.ore(), 45000LL);
    QCOMPARE(editor(Field::TransactionDate)->text(), QStringLiteral("261121")); // restored

    // F7 undoes an edit: the line stays as stored.
    table()->setFocus();
    table()->selectLine(2);
    press(Qt::Key_Return);
    QCOMPARE(m_screen->editingLine(), 2);
    press(Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("999"));
    press(Qt::Key_F7);
    QCOMPARE(m_screen->editingLine(), 0);
    QCOMPARE(reg.lines(m_screen->batchId()).at(1).request.amount.ore(), 10000LL);
    QVERIFY(editor(Field::Amount)->text().isEmpty());
    QCOMPARE(focused(), editor(Field::InvoiceNumber));
}

void TestManualRegistration::methodDecidesAmountAndAccount()
{
    type(QStringLiteral("261126"));
    press(Qt::Key_Tab);
    type(QStringLiteral("T")); // text-only, not booked
    QVERIFY(!editor(Field::Amount)->isEnabled());
    QVERIFY(!editor(Field::Account)->isEnabled());
    editor(Field::Method)->selectAll();
    type(QStringLiteral("F")); // fixed account 3740
    QVERIFY(editor(Field::Amount)->isEnabled());
    QVERIFY(!editor(Field::Account)->isEnabled());
    QCOMPARE(editor(Field::Account)->text(), QStringLiteral("3740"));
    editor(Field::Method)->selectAll();
    type(QStringLiteral("1")); // booked, no fixed account: typed
    QVERIFY(editor(Field::Account)->isEnabled());
    QVERIFY(editor(Field::Account)->text().isEmpty());

    // A booked method without an account: the reason is beside the account.
    press(Qt::Key_Tab);
    type(QStringLiteral("10000001"));
    press(Qt::Key_Tab);
    type(QStringLiteral("5"));
    press(Qt::Key_Return);
    QVERIFY2(problem(Field::Account).contains(QStringLiteral("Kontering krävs")),
             qPrintable(problem(Field::Account)));
    QCOMPARE(focused(), editor(Field::Account));

    // The remark editor stops at 40 characters and shows the count.
    editor(Field::Remark)->setFocus();
    type(QString(45, QLatin1Char('x')));
    QCOMPARE(editor(Field::Remark)->text().size(), 40);
    QCOMPARE(m_screen->form()->info(Field::Remark)->text(), QStringLiteral("40/40"));
}

void TestManualRegistration::refusedApprovalMarksTheLine()
{
    type(QStringLiteral("261126"));
    press(Qt::Key_Tab);
    type(QStringLiteral("P"));
    press(Qt::Key_Tab);
    typeLine(QStringLiteral("10000002"), QStringLiteral("60"), QStringLiteral("3590"));
    QCOMPARE(table()->rowCount(), 1);
    // Another clerk writes off the same fee first.
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = kB;
    r.method = QStringLiteral("P");
    r.amount = Money::fromKronor(60);
    r.transactionDate = QDate(2026, 11, 25);
    PostingService(*m_ledger->db).post(r);

    confirmNextDialog();
    press(Qt::Key_G, Qt::ControlModifier);
    reactivate(m_screen);
    QVERIFY2(label("statusMessage").contains(QStringLiteral("rad 1:")),
             qPrintable(label("statusMessage")));
    QVERIFY(m_screen->batchId() > 0);
    QCOMPARE(focused(), table());
    QCOMPARE(table()->currentLineNo(), 1);
    QVERIFY(!table()->item(0, PaymentBatchTable::Amount)->toolTip().isEmpty());
    QCOMPARE(InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"), kB).balance.ore(),
             50000LL); // 560 - the other clerk's 60; the batch posted nothing
}

void TestManualRegistration::openBatchIsTakenUpAgain()
{
    type(QStringLiteral("261126"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    press(Qt::Key_Tab);
    typeLine(QStringLiteral("10000001"), QStringLiteral("400"));
    const qint64 batch = m_screen->batchId();
    delete m_screen;
    createScreen();
    QCOMPARE(m_screen->batchId(), batch);
    QCOMPARE(table()->rowCount(), 1);
    QVERIFY(label("previousLine").contains(kA));
    // Ctrl+D works from the line left earlier.
    QCOMPARE(focused(), editor(Field::TransactionDate));
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(editor(Field::TransactionDate)->text(), QStringLiteral("2026-11-26"));
}

// Saves a picture of the screen with a few lines when RESKONTRA_SCREENSHOT_DIR
// is set (offscreen platform), for a person to look at.
void TestManualRegistration::screenshot()
{
    type(QStringLiteral("261126"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    press(Qt::Key_Tab);
    typeLine(QStringLiteral("10000001"), QStringLiteral("1 250,50"));
    editor(Field::Method)->setFocus();
    editor(Field::Method)->selectAll();
    type(QStringLiteral("P"));
    editor(Field::InvoiceNumber)->setFocus();
    typeLine(QStringLiteral("10000002"), QStringLiteral("60"), QStringLiteral("3590"));
    editor(Field::Method)->setFocus();
    editor(Field::Method)->selectAll();
    type(QStringLiteral("1"));
    editor(Field::InvoiceNumber)->setFocus();
    typeLine(QStringLiteral("10000002"), QStringLiteral("500"));
    type(QStringLiteral("10000002"));
    press(Qt::Key_F5);
    press(Qt::Key_Tab);
    type(QStringLiteral("12x"));
    press(Qt::Key_Return);
    QVERIFY(!problem(Field::Amount).isEmpty());
    QCOMPARE(table()->rowCount(), 3);
    const QString dir = qEnvironmentVariable("RESKONTRA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RESKONTRA_SCREENSHOT_DIR to save the picture");
    const QString path = QDir(dir).filePath(QStringLiteral("manualregistration.png"));
    QCoreApplication::processEvents(); // let the layouts take the new texts in
    QVERIFY(m_screen->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestManualRegistration)
#include "tst_manualregistration.moc"
