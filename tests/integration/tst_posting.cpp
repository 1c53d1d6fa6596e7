// Posting transactions with the payment-method rules (handbook 8.1, DOMAIN.md
// "A claim's money"): numbers worked out by hand in the row names/comments.
#include "testledger.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kInvoice = QStringLiteral("010000001");

// Methods the test defines beside the defaults: debit a reminder fee (X),
// a collection fee (Y), interest (Z).
void addFeeDebitMethods(Database &db)
{
    ReferenceData ref(db);
    PaymentMethod x;
    x.code = QStringLiteral("X");
    x.debit = true;
    x.text = QStringLiteral("Påm.avg");
    x.feeType = PaymentMethod::FeeType::ReminderFee;
    ref.savePaymentMethod(x);
    x.code = QStringLiteral("Y");
    x.text = QStringLiteral("Kravavgift");
    x.feeType = PaymentMethod::FeeType::CollectionFee;
    ref.savePaymentMethod(x);
    x.code = QStringLiteral("Z");
    x.text = QStringLiteral("Dröjsm.ränta");
    x.feeType = PaymentMethod::FeeType::Interest;
    ref.savePaymentMethod(x);
}

Transaction post(Database &db, const QString &method, qint64 ore, const QDate &date,
                 const QString &remark = QString())
{
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = kInvoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    r.remark = remark;
    return PostingService(db).post(r);
}

} // namespace

class TestPosting : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void refusals_data();
    void refusals();
    void finalPaidSetAndClearedByLaterDebit();
    void auditRecordsOldAndNew();
    void staleVersionIsAConflict();
    void settleIsPure();
};

void TestPosting::rules_data()
{
    QTest::addColumn<qint64>("capital");
    QTest::addColumn<qint64>("reminderFee");
    QTest::addColumn<qint64>("collectionFee");
    QTest::addColumn<qint64>("interest");
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("amount");
    // expected open parts after the posting, and the balance
    QTest::addColumn<qint64>("reminderOpen");
    QTest::addColumn<qint64>("collectionOpen");
    QTest::addColumn<qint64>("interestOpen");
    QTest::addColumn<qint64>("capitalOpen");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<bool>("finalPaid");

    QTest::newRow("full payment 1 000,00 of 1 000,00 -> 0, final-paid")
        << 100000LL << 0LL << 0LL << 0LL << "1" << 100000LL << 0LL << 0LL << 0LL << 0LL << 0LL << true;
    QTest::newRow("partial 400,00 of 1 000,00 -> 600,00")
        << 100000LL << 0LL << 0LL << 0LL << "1" << 40000LL << 0LL << 0LL << 0LL << 60000LL << 60000LL << false;
    // 1 000 + 60 + 180 + 25 = 1 265; pay 300: 60 + 180 + 25 = 265 costs, 35 capital
    QTest::newRow("costs first: 300 on 1 000 + 60 fee + 180 fee + 25 interest")
        << 100000LL << 6000LL << 18000LL << 2500LL << "1" << 30000LL
        << 0LL << 0LL << 0LL << 96500LL << 96500LL << false;
    // pay 100: reminder 60 then 40 of the collection fee
    QTest::newRow("costs first: 100 takes reminder fee 60 then 40 of collection fee")
        << 100000LL << 6000LL << 18000LL << 2500LL << "1" << 10000LL
        << 0LL << 14000LL << 2500LL << 100000LL << 116500LL << false;
    QTest::newRow("pays everything: 1 265 -> 0")
        << 100000LL << 6000LL << 18000LL << 2500LL << "B" << 126500LL
        << 0LL << 0LL << 0LL << 0LL << 0LL << true;
    QTest::newRow("overpayment 1 200 on 1 000 -> balance -200, not final-paid")
        << 100000LL << 0LL << 0LL << 0LL << "1" << 120000LL << 0LL << 0LL << 0LL << -20000LL << -20000LL << false;
    QTest::newRow("credit invoice method acts on capital only, fee stays")
        << 100000LL << 6000LL << 0LL << 0LL << "2" << 50000LL << 6000LL << 0LL << 0LL << 50000LL << 56000LL << false;
    QTest::newRow("annulment of the whole capital leaves the fee")
        << 100000LL << 6000LL << 0LL << 0LL << "3" << 100000LL << 6000LL << 0LL << 0LL << 0LL << 6000LL << false;
    QTest::newRow("fee type P writes off 60 of the reminder fee")
        << 100000LL << 6000LL << 18000LL << 0LL << "P" << 6000LL << 0LL << 18000LL << 0LL << 100000LL << 118000LL << false;
    QTest::newRow("fee type K writes off 80 of a 180 collection fee")
        << 100000LL << 0LL << 18000LL << 0LL << "K" << 8000LL << 0LL << 10000LL << 0LL << 100000LL << 110000LL << false;
    QTest::newRow("fee type D (method R) writes off all interest 25,00")
        << 100000LL << 0LL << 0LL << 2500LL << "R" << 2500LL << 0LL << 0LL << 0LL << 100000LL << 100000LL << false;
    QTest::newRow("debit method 6 raises capital by 150")
        << 100000LL << 0LL << 0LL << 0LL << "6" << 15000LL << 0LL << 0LL << 0LL << 115000LL << 115000LL << false;
    QTest::newRow("text-only method with 0 changes nothing")
        << 100000LL << 6000LL << 0LL << 0LL << "T" << 0LL << 6000LL << 0LL << 0LL << 100000LL << 106000LL << false;
    QTest::newRow("payment on a credit invoice -500 makes it -700")
        << -50000LL << 0LL << 0LL << 0LL << "1" << 20000LL << 0LL << 0LL << 0LL << -70000LL << -70000LL << false;
}

void TestPosting::rules()
{
    QFETCH(qint64, capital);
    QFETCH(qint64, reminderFee);
    QFETCH(qint64, collectionFee);
    QFETCH(qint64, interest);
    QFETCH(QString, method);
    QFETCH(qint64, amount);
    QFETCH(qint64, reminderOpen);
    QFETCH(qint64, collectionOpen);
    QFETCH(qint64, interestOpen);
    QFETCH(qint64, capitalOpen);
    QFETCH(qint64, balance);
    QFETCH(bool, finalPaid);

    TestLedger l;
    addFeeDebitMethods(*l.db);
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromOre(capital))});
    const QDate feeDate(2026, 2, 15);
    if (reminderFee)
        post(*l.db, QStringLiteral("X"), reminderFee, feeDate);
    if (collectionFee)
        post(*l.db, QStringLiteral("Y"), collectionFee, feeDate);
    if (interest)
        post(*l.db, QStringLiteral("Z"), interest, feeDate);
    const Invoice before = InvoiceRepository(*l.db).require(QStringLiteral("001"), kInvoice);
    QCOMPARE(before.balance.ore(), capital + reminderFee + collectionFee + interest);
    QCOMPARE(before.reminderFee.ore(), reminderFee);
    QCOMPARE(before.collectionFee.ore(), collectionFee);
    QCOMPARE(before.interestDebited.ore(), interest);

    const QDate payDate(2026, 3, 2);
    const Transaction t = post(*l.db, method, amount, payDate, QStringLiteral("test"));
    const Invoice after = InvoiceRepository(*l.db).require(QStringLiteral("001"), kInvoice);
    QCOMPARE(after.reminderFeeOpen.ore(), reminderOpen);
    QCOMPARE(after.collectionFeeOpen.ore(), collectionOpen);
    QCOMPARE(after.interestOpen.ore(), interestOpen);
    QCOMPARE(after.capitalOpen.ore(), capitalOpen);
    QCOMPARE(after.balance.ore(), balance);
    QCOMPARE(t.effect.ore(), balance - before.balance.ore());
    QCOMPARE(after.balance, after.capitalOpen + after.reminderFeeOpen + after.collectionFeeOpen
                                + after.interestOpen);
    QCOMPARE(after.finalPaidDate.isValid(), finalPaid);
    if (finalPaid)
        QCOMPARE(after.finalPaidDate, payDate);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.changedBy, QStringLiteral("testare"));
}

void TestPosting::refusals_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("remark");
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("fee write-off above the debited 60,00")
        << "P" << 6001LL << "" << kInvoice << "överstiger uppdebiterad påminnelseavgift som är 60,00";
    QTest::newRow("collection fee write-off with none debited")
        << "K" << 100LL << "" << kInvoice << "överstiger uppdebiterad kravavgift som är 0,00";
    QTest::newRow("text-only method with an amount") << "T" << 100LL << "" << kInvoice << "endast för text";
    QTest::newRow("41-character remark") << "1" << 100LL << QString(41, QLatin1Char('x')) << kInvoice
                                         << "41 tecken, högst 40";
    QTest::newRow("negative amount") << "1" << -100LL << "" << kInvoice << "negativt";
    QTest::newRow("zero amount on a paying method") << "1" << 0LL << "" << kInvoice << "saknas";
    QTest::newRow("eleven digits") << "1" << 10000000000LL << "" << kInvoice << "fler än 10 siffror";
    QTest::newRow("unknown method") << "Q" << 100LL << "" << kInvoice << "\"Q\" finns inte";
    QTest::newRow("unknown invoice") << "1" << 100LL << "" << "010000999" << "010000999 finns inte";
}

void TestPosting::refusals()
{
    QFETCH(QString, method);
    QFETCH(qint64, amount);
    QFETCH(QString, remark);
    QFETCH(QString, invoice);
    QFETCH(QString, reasonContains);
    TestLedger l;
    addFeeDebitMethods(*l.db);
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    post(*l.db, QStringLiteral("X"), 6000, QDate(2026, 2, 15));
    const qint64 transactions = l.count(QStringLiteral("ledger_transaction"));
    const qint64 audits = l.count(QStringLiteral("audit_log"));
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(amount);
    r.transactionDate = QDate(2026, 3, 1);
    r.remark = remark;
    try {
        PostingService(*l.db).post(r);
        QFAIL("posting was accepted");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(reasonContains), qPrintable(e.message()));
    }
    // Nothing half-changed.
    QCOMPARE(l.count(QStringLiteral("ledger_transaction")), transactions);
    QCOMPARE(l.count(QStringLiteral("audit_log")), audits);
    QCOMPARE(InvoiceRepository(*l.db).require(QStringLiteral("001"), kInvoice).balance.ore(), 106000LL);
}

void TestPosting::finalPaidSetAndClearedByLaterDebit()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(500))});
    post(*l.db, QStringLiteral("1"), 20000, QDate(2026, 2, 1));
    post(*l.db, QStringLiteral("1"), 30000, QDate(2026, 2, 10));
    InvoiceRepository repo(*l.db);
    QCOMPARE(repo.require(QStringLiteral("001"), kInvoice).finalPaidDate, QDate(2026, 2, 10));
    // A text-only note on a paid claim keeps the final-paid date.
    post(*l.db, QStringLiteral("T"), 0, QDate(2026, 2, 12), QStringLiteral("kund ringde"));
    QCOMPARE(repo.require(QStringLiteral("001"), kInvoice).finalPaidDate, QDate(2026, 2, 10));
    // A payment registered by mistake is reversed with a debit: reopened.
    post(*l.db, QStringLiteral("6"), 30000, QDate(2026, 2, 15));
    Invoice c = repo.require(QStringLiteral("001"), kInvoice);
    QVERIFY(!c.finalPaidDate.isValid());
    QCOMPARE(c.balance.ore(), 30000LL);
    post(*l.db, QStringLiteral("1"), 30000, QDate(2026, 3, 1));
    c = repo.require(QStringLiteral("001"), kInvoice, InvoiceRepository::Detail::WithLinesAndTransactions);
    QCOMPARE(c.finalPaidDate, QDate(2026, 3, 1));
    QCOMPARE(c.transactions.size(), 5);
    QCOMPARE(c.paid.ore(), 80000LL); // 200 + 300 + 300 credited
}

void TestPosting::auditRecordsOldAndNew()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    post(*l.db, QStringLiteral("1"), 25000, QDate(2026, 2, 1));
    const auto entries = AuditLog(*l.db).entriesFor(QStringLiteral("invoice"),
                                                    QStringLiteral("001/") + kInvoice);
    bool sawBalance = false;
    for (const auto &e : entries) {
        if (e.field == QLatin1String("balance_ore")) {
            sawBalance = true;
            QCOMPARE(e.oldValue, QStringLiteral("100000"));
            QCOMPARE(e.newValue, QStringLiteral("75000"));
            QCOMPARE(e.user, QStringLiteral("testare"));
        }
    }
    QVERIFY(sawBalance);
    QCOMPARE(entries.first().action, QStringLiteral("insert")); // registration
}

void TestPosting::staleVersionIsAConflict()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    const int readVersion = InvoiceRepository(*l.db).require(QStringLiteral("001"), kInvoice).version;
    // Another clerk posts first.
    post(*l.db, QStringLiteral("1"), 100, QDate(2026, 2, 1));
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = kInvoice;
    r.method = QStringLiteral("1");
    r.amount = Money::fromOre(200);
    r.transactionDate = QDate(2026, 2, 1);
    r.expectedVersion = readVersion;
    try {
        PostingService(*l.db).post(r);
        QFAIL("stale posting accepted");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("har ändrats av testare")), qPrintable(e.message()));
    }
    QCOMPARE(InvoiceRepository(*l.db).require(QStringLiteral("001"), kInvoice).balance.ore(), 99900LL);
}

void TestPosting::settleIsPure()
{
    Invoice c;
    c.capitalOpen = Money::fromOre(1000);
    c.reminderFeeOpen = Money::fromOre(50);
    PaymentMethod pay;
    pay.code = QStringLiteral("1");
    const Settlement s = settle(c, pay, Money::fromOre(30));
    QCOMPARE(s.reminderFee.ore(), -30LL);
    QCOMPARE(s.capital.ore(), 0LL);
    QCOMPARE(s.effect().ore(), -30LL);
    QCOMPARE(c.reminderFeeOpen.ore(), 50LL); // the claim itself is untouched
}

QTEST_GUILESS_MAIN(TestPosting)
#include "tst_posting.moc"
