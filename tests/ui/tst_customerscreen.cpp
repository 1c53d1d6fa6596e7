// Kunduppgifter (seed 001 §4.2) driven by the keyboard: shown through the
// invokable showCustomer as Sök faktura and the claim do it; the balance
// lines; F8 between open and all claims; the customer-level stop toggled
// with Space, marked as changed, saved with Enter (stored, audited) or
// undone with F7; a note with F17 and Enter; Enter on a claim opening it;
// a protected identity's address hidden; an unknown customer said so.
//
// Anna (811218-9876), company 001, today 2026-11-26:
//   040000001 1 000 due 2026-12-20   not due
//   040000002   500 due 2026-10-31   overdue, reminded; 26 days at 10 %
//   040000003   400 due 2026-06-30   paid 2026-07-05 (closed)
// Bo (640823-3234) has 040000004 and a protected identity.
#include "testledger.h"
#include "uitestsupport.h"

#include "audit/auditlog.h"
#include "ledger/customerview.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "models/reporttablemodel.h"
#include "screens/customerscreen.h"
#include "widgets/keylegend.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

// What Översikt kundfaktura offers the customer view: showClaim.
class FakeClaimScreen : public QWidget
{
    Q_OBJECT
public:
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber)
    {
        shown = company + QLatin1Char('/') + invoiceNumber;
    }
    QString shown;
};

} // namespace

class TestCustomerScreen : public ScreenTest<CustomerScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void showsTheCustomer();
    void f8SwitchesBetweenOpenAndAllClaims();
    void stopSavedWithEnter();
    void stopUndoneWithF7();
    void noteWithF17();
    void enterOpensTheClaim();
    void protectedIdentityHidesTheAddress();
    void unknownCustomerSaysSo();

private:
    CustomerScreen *open();
    void show(const QString &company, const QString &customerNumber);
    QString number(const QString &invoice) const;
    QString label(const char *name) const { return child<QLabel>(name)->text(); }

    std::unique_ptr<TestLedger> m_ledger;
    QString m_anna;
    QString m_bo;
};

void TestCustomerScreen::initTestCase()
{
    useTemporarySettings();
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 11, 26));
    auto claim = [](const QString &number, qint64 kronor, const QDate &due) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(kronor));
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        return d;
    };
    InvoiceDraft bo = TestLedger::draft(QStringLiteral("040000004"), Money::fromKronor(900),
                                        QStringLiteral("Berg, Bo"), QStringLiteral("640823-3234"));
    bo.address = QStringLiteral("Hemliga vägen 9");
    m_ledger->registerInvoices({claim(QStringLiteral("040000001"), 1000, QDate(2026, 12, 20)),
                                claim(QStringLiteral("040000002"), 500, QDate(2026, 10, 31)),
                                claim(QStringLiteral("040000003"), 400, QDate(2026, 6, 30)),
                                bo});
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-11-10' WHERE "
                          "invoice_number = '040000002'"));
    PostingRequest pay;
    pay.company = QStringLiteral("001");
    pay.invoiceNumber = QStringLiteral("040000003");
    pay.method = QStringLiteral("B");
    pay.amount = Money::fromKronor(400);
    pay.transactionDate = QDate(2026, 7, 5);
    PostingService(db).post(pay);
    db.run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE name = 'Berg, Bo'"));
    // A verified 2,00 % through the year (+ 8 = 10 %).
    db.run(QStringLiteral("DELETE FROM reference_rate WHERE from_date >= '2026-01-01'"));
    db.run(QStringLiteral("INSERT INTO reference_rate (from_date, rate_hundredths, verified, "
                          "source) VALUES ('2026-01-01', 200, 1, 'test'), ('2026-07-01', 200, 1, "
                          "'test')"));
    m_anna = number(QStringLiteral("040000001"));
    m_bo = number(QStringLiteral("040000004"));
}

void TestCustomerScreen::cleanup()
{
    closeScreen();
}

QString TestCustomerScreen::number(const QString &invoice) const
{
    return InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"), invoice).customerNumber;
}

CustomerScreen *TestCustomerScreen::open()
{
    return showScreen(CustomerScreen::screenInfo(), shellOver(m_ledger->db.get()),
                      QSize(1200, 800), QStringLiteral("001"));
}

void TestCustomerScreen::show(const QString &company, const QString &customerNumber)
{
    // As Sök faktura and the claim call it.
    QVERIFY(QMetaObject::invokeMethod(m_screen.get(), "showCustomer", Q_ARG(QString, company),
                                      Q_ARG(QString, customerNumber)));
    settle();
}

void TestCustomerScreen::showsTheCustomer()
{
    open();
    show(QStringLiteral("1"), m_anna);
    QCOMPARE(label("customerHeading"),
             QStringLiteral("Kund %1 Andersson, Anna, företag 001").arg(m_anna));
    QCOMPARE(label("idNumber"), QStringLiteral("19811218-9876"));
    QCOMPARE(label("address"), QStringLiteral("Storgatan 1"));
    QCOMPARE(label("postal"), QStringLiteral("123 45 Småstad"));
    QCOMPARE(m_screen->balanceText(QStringLiteral("notDue")), QStringLiteral("1 st · 1 000,00"));
    QCOMPARE(m_screen->balanceText(QStringLiteral("overdue")), QStringLiteral("1 st · 500,00"));
    QCOMPARE(m_screen->balanceText(QStringLiteral("reminded")), QStringLiteral("1 st · 500,00"));
    QCOMPARE(m_screen->balanceText(QStringLiteral("collection")), QStringLiteral("0 st · 0,00"));
    QCOMPARE(m_screen->balanceText(QStringLiteral("total")), QStringLiteral("1 500,00"));
    // 500 kr × 10 % × 26 days / 365 = 3,5616 → 3,56.
    QCOMPARE(m_screen->balanceText(QStringLiteral("interestAccrued")), QStringLiteral("3,56"));
    QCOMPARE(label("interestNote"), QString());
    // Both addresses on the claims are the same: one history line, three claims.
    auto *history = child<QTableWidget>("addressHistory");
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("3 fakturor, senast 040000003"));
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F7=Ångra  F8=Alla/öppna fakturor  F17=Noteringar  F19=Skyddad identitet"));
    saveShot(QStringLiteral("customer.png"));
}

void TestCustomerScreen::f8SwitchesBetweenOpenAndAllClaims()
{
    open();
    show(QStringLiteral("001"), m_anna);
    QCOMPARE(QApplication::focusWidget(), child<QTableView>("claims"));
    QCOMPARE(m_screen->claimsModel()->rowCount(), 2);
    QCOMPARE(label("claimsTitle"), QStringLiteral("Fakturor: 2 öppna (F8 visar alla)"));
    press(Qt::Key_F8);
    QVERIFY(m_screen->showsAllClaims());
    QCOMPARE(m_screen->claimsModel()->rowCount(), 3);
    QCOMPARE(m_screen->claimsModel()->reportRow(2).text(0), QStringLiteral("040000003"));
    QCOMPARE(m_screen->claimsModel()->reportRow(2).text(8), QStringLiteral("Slutbetald"));
    QCOMPARE(label("claimsTitle"), QStringLiteral("Fakturor: alla 3 (F8 visar endast öppna)"));
    press(Qt::Key_F8);
    QCOMPARE(m_screen->claimsModel()->rowCount(), 2);
}

void TestCustomerScreen::stopSavedWithEnter()
{
    open();
    show(QStringLiteral("001"), m_anna);
    // Reading order backwards from the claims: note, Inkassospärr, Påminnelsespärr.
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    auto *reminder = child<QCheckBox>("reminderStop");
    QCOMPARE(QApplication::focusWidget(), reminder);
    press(Qt::Key_Space);
    QVERIFY(reminder->isChecked());
    QVERIFY(m_screen->isModified());
    QCOMPARE(m_screen->messageText(), QStringLiteral("Kravstoppet är ändrat: Enter sparar, F7 ångrar."));
    press(Qt::Key_Return);
    QVERIFY(!m_screen->isModified());
    QCOMPARE(m_screen->messageText(),
             QStringLiteral("Kravstoppet är sparat: kravkörningen hoppar över kundens fakturor "
                            "för påminnelser."));
    const CustomerDetails stored =
        CustomerView(*m_ledger->db).require(QStringLiteral("001"), m_anna);
    QVERIFY(stored.reminderStop);
    QVERIFY(!stored.collectionStop);
    QVERIFY(label("stopChanged").startsWith(QStringLiteral("Kunden senast ändrad ")));
    QVERIFY(label("stopChanged").endsWith(QStringLiteral(" av testare")));
    const auto audit = AuditLog(*m_ledger->db)
                           .entriesFor(QStringLiteral("customer"),
                                       QStringLiteral("001/") + m_anna);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.last().field, QStringLiteral("reminder_stop"));
    // Taken off again the same way, for the other tests.
    press(Qt::Key_Space);
    press(Qt::Key_Return);
    QVERIFY(!CustomerView(*m_ledger->db).require(QStringLiteral("001"), m_anna).reminderStop);
    QCOMPARE(m_screen->messageText(), QStringLiteral("Kravstoppet är borttaget."));
}

void TestCustomerScreen::stopUndoneWithF7()
{
    open();
    show(QStringLiteral("001"), m_anna);
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    auto *collection = child<QCheckBox>("collectionStop");
    QCOMPARE(QApplication::focusWidget(), collection);
    press(Qt::Key_Space);
    QVERIFY(collection->isChecked());
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QVERIFY(!collection->isChecked());
    QVERIFY(!m_screen->isModified());
    QCOMPARE(m_screen->messageText(), QStringLiteral("Ändringen är ångrad."));
    QVERIFY(!CustomerView(*m_ledger->db).require(QStringLiteral("001"), m_anna).collectionStop);
}

void TestCustomerScreen::noteWithF17()
{
    open();
    show(QStringLiteral("001"), m_anna);
    press(Qt::Key_F5, Qt::ShiftModifier); // F17
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("noteEdit"));
    type(QStringLiteral("Ringde, betalar på fredag"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->messageText(), QStringLiteral("Noteringen är sparad."));
    auto *notes = child<QListWidget>("notes");
    QCOMPARE(notes->count(), 1);
    QVERIFY(notes->item(0)->text().endsWith(QStringLiteral(" testare: Ringde, betalar på fredag")));
    QVERIFY(child<QLineEdit>("noteEdit")->text().isEmpty());
    // An empty note is refused with the reason.
    press(Qt::Key_Return);
    QCOMPARE(m_screen->messageText(), QStringLiteral("Noteringen är tom."));
    QCOMPARE(notes->count(), 1);
}

void TestCustomerScreen::enterOpensTheClaim()
{
    FakeClaimScreen claimScreen;
    QStringList opened;
    CommandRegistry commands;
    ScreenRegistry screens;
    Session session(shellOver(m_ledger->db.get()));
    ScreenContext context{CustomerScreen::screenInfo(), commands, session, screens,
                          [&](const ScreenId &id) -> QWidget * {
                              opened << id;
                              return &claimScreen;
                          }};
    CustomerScreen screen(context);
    screen.resize(1200, 800);
    screen.show();
    QApplication::setActiveWindow(&screen);
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    screen.showCustomer(QStringLiteral("001"), m_anna);
    auto *claims = screen.findChild<QTableView *>(QStringLiteral("claims"));
    claims->setFocus();
    QTest::keyClick(claims, Qt::Key_Down); // the second open claim, 040000002
    QTest::keyClick(claims, Qt::Key_Return);
    QCOMPARE(opened, QStringList{QStringLiteral("invoices.claim")});
    QCOMPARE(claimScreen.shown, QStringLiteral("001/040000002"));
}

void TestCustomerScreen::protectedIdentityHidesTheAddress()
{
    open();
    show(QStringLiteral("001"), m_bo);
    QCOMPARE(label("name"), QStringLiteral("Berg, Bo"));
    QCOMPARE(label("address"), QStringLiteral("Skyddad adress"));
    for (const char *part : {"co", "postal", "country"})
        QCOMPARE(label(part), QString());
    QVERIFY(!child<QTableWidget>("addressHistory")->isVisible());
    QCOMPARE(label("historyNote"),
             QStringLiteral("Adresshistoriken visas inte: skyddade personuppgifter."));
    const QPixmap shot = m_screen->grab();
    QVERIFY(!shot.isNull());
}

void TestCustomerScreen::unknownCustomerSaysSo()
{
    open();
    show(QStringLiteral("001"), QStringLiteral("999999"));
    QVERIFY(!m_screen->shownCustomer());
    QCOMPARE(m_screen->messageText(), QStringLiteral("Kund 999999 finns inte i företag 001."));
    QCOMPARE(m_screen->claimsModel()->rowCount(), 0);
    QVERIFY(!child<QCheckBox>("reminderStop")->isEnabled());
}

QTEST_MAIN(TestCustomerScreen)
#include "tst_customerscreen.moc"
