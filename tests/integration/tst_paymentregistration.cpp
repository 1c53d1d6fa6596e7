// Manual payment registration through a batch (handbook 4.1 "Registrera"):
// field checks beside each field, add/update/remove while open, approval that
// posts every line in one unit of work or nothing. Expected balances are
// worked out by hand in the comments (DOMAIN.md "A claim's money").
#include "testledger.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "payments/paymentregistration.h"

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kA = QStringLiteral("010000001"); // 1 000,00 capital
const QString kB = QStringLiteral("010000002"); // 500,00 capital + 60,00 debited reminder fee

// Test ledger (today 2026-11-26) with claims A and B, a method X that debits
// a reminder fee, and a method F with the fixed account 3740.
struct PaymentLedger : TestLedger
{
    PaymentLedger()
    {
        ReferenceData ref(*db);
        PaymentMethod x;
        x.code = QStringLiteral("X");
        x.debit = true;
        x.text = QStringLiteral("Påm.avg");
        x.feeType = PaymentMethod::FeeType::ReminderFee;
        ref.savePaymentMethod(x);
        PaymentMethod f;
        f.code = QStringLiteral("F");
        f.text = QStringLiteral("Öresavrundning");
        f.account = QStringLiteral("3740");
        ref.savePaymentMethod(f);
        addCompany(QStringLiteral("002"), QStringLiteral("Bolaget AB"));
        registerInvoices({draft(kA, Money::fromKronor(1000)), draft(kB, Money::fromKronor(500))});
        post(kB, QStringLiteral("X"), 6000); // B: 500 + 60 = 560,00
    }

    void post(const QString &invoice, const QString &method, qint64 ore)
    {
        PostingRequest r;
        r.company = QStringLiteral("001");
        r.invoiceNumber = invoice;
        r.method = method;
        r.amount = Money::fromOre(ore);
        r.transactionDate = QDate(2026, 11, 2);
        PostingService(*db).post(r);
    }

    Invoice claim(const QString &number)
    {
        return InvoiceRepository(*db).require(QStringLiteral("001"), number);
    }
};

PostingRequest line(const QString &invoice, const QString &method, qint64 ore,
                    const QString &account = QStringLiteral("1930"),
                    const QString &remark = QString())
{
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = QDate(2026, 11, 20);
    r.account = account;
    r.remark = remark;
    return r;
}

QString problemText(const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts << p.field + QStringLiteral(": ") + p.message;
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestPaymentRegistration : public QObject
{
    Q_OBJECT
private slots:
    void typedLineProblems_data();
    void typedLineProblems();
    void typedLineIsNormalised();
    void requestProblems();
    void secondFeeWriteOffInBatchIsCaughtWhenTyped();
    void addUpdateRemove();
    void refusedLineAddsNothing();
    void approvedBatchIsClosed();
    void approvalPostsEveryLine();
    void approvalIsAllOrNothing();
    void emptyBatchIsNotApproved();
    void openBatchesPerCompanyAndUser();
    void jsonRoundTrip();
};

void TestPaymentRegistration::typedLineProblems_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("remark");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reasonContains");

    const QString ok = QStringLiteral("1930");
    QTest::newRow("bad date 261131 (November has 30 days)")
        << "001" << "261131" << "1" << kA << "100" << "" << ok << "transaction_date"
        << "november 2026 har bara 30 dagar";
    QTest::newRow("date in a wrong form 26-11-20")
        << "001" << "26-11-20" << "1" << kA << "100" << "" << ok << "transaction_date"
        << "\"26-11-20\"";
    QTest::newRow("empty date") << "001" << "" << "1" << kA << "100" << "" << ok
                                << "transaction_date" << "Transaktionsdatum saknas";
    QTest::newRow("date after today 261127") << "001" << "261127" << "1" << kA << "100" << ""
                                             << ok << "transaction_date"
                                             << "ligger efter dagens datum 2026-11-26";
    QTest::newRow("unknown company 009") << "009" << "261120" << "1" << kA << "100" << "" << ok
                                         << "company" << "Företag \"009\" finns inte";
    QTest::newRow("unknown method Q") << "001" << "261120" << "Q" << kA << "100" << "" << ok
                                      << "method" << "Inbetalningssätt \"Q\" finns inte";
    QTest::newRow("no method") << "001" << "261120" << "" << kA << "100" << "" << ok << "method"
                               << "Inbetalningssätt saknas";
    QTest::newRow("unknown invoice 10000999") << "001" << "261120" << "1" << "10000999" << "100"
                                              << "" << ok << "invoice_number"
                                              << "Faktura 010000999 finns inte i företag 001";
    QTest::newRow("invoice of company 001 typed for company 002")
        << "002" << "261120" << "1" << kA << "100" << "" << ok << "invoice_number"
        << "Faktura 010000001 finns inte i företag 002";
    QTest::newRow("ten-digit invoice number") << "001" << "261120" << "1" << "0100000001" << "100"
                                              << "" << ok << "invoice_number"
                                              << "ska vara högst 9 siffror";
    QTest::newRow("invoice number with a letter") << "001" << "261120" << "1" << "01000000A"
                                                  << "100" << "" << ok << "invoice_number"
                                                  << "ska vara högst 9 siffror";
    QTest::newRow("41-character remark") << "001" << "261120" << "1" << kA << "100"
                                         << QString(41, QLatin1Char('x')) << ok << "remark"
                                         << "41 tecken, högst 40";
    // 123 456 789,01 has 9 + 2 = 11 digits; the limit is 10 (handbook 4.1).
    QTest::newRow("11-digit amount 123 456 789,01") << "001" << "261120" << "1" << kA
                                                     << "123 456 789,01" << "" << ok << "amount"
                                                     << "fler än 10 siffror";
    QTest::newRow("amount with a letter") << "001" << "261120" << "1" << kA << "12a" << "" << ok
                                          << "amount" << "otillåtet tecken";
    QTest::newRow("no amount on a paying method") << "001" << "261120" << "1" << kA << "" << ""
                                                  << ok << "amount" << "Beloppet saknas";
    QTest::newRow("negative amount") << "001" << "261120" << "1" << kA << "-50" << "" << ok
                                     << "amount" << "negativt";
    QTest::newRow("fee write-off 60,01 above the debited 60,00")
        << "001" << "261120" << "P" << kB << "60,01" << "" << ok << "amount"
        << "överstiger uppdebiterad påminnelseavgift som är 60,00";
    QTest::newRow("collection fee write-off with none debited")
        << "001" << "261120" << "K" << kB << "1" << "" << ok << "amount"
        << "överstiger uppdebiterad kravavgift som är 0,00";
    QTest::newRow("text-only method with an amount") << "001" << "261120" << "T" << kA << "10"
                                                     << "" << "" << "amount" << "endast för text";
    QTest::newRow("booked method without an account") << "001" << "261120" << "1" << kA << "100"
                                                      << "" << "" << "account"
                                                      << "Kontering krävs för inbetalningssätt 1";
    QTest::newRow("account on a method that is not booked")
        << "001" << "261120" << "T" << kA << "" << "kund ringde" << ok << "account"
        << "bokförs inte; kontering ska vara tom";
    QTest::newRow("another account on a fixed-account method")
        << "001" << "261120" << "F" << kA << "0,40" << "" << ok << "account"
        << "har fast kontering 3740";
    QTest::newRow("21-character account") << "001" << "261120" << "1" << kA << "100" << ""
                                          << QString(21, QLatin1Char('1')) << "account"
                                          << "21 tecken, högst 20";
}

void TestPaymentRegistration::typedLineProblems()
{
    QFETCH(QString, company);
    QFETCH(QString, date);
    QFETCH(QString, method);
    QFETCH(QString, invoice);
    QFETCH(QString, amount);
    QFETCH(QString, remark);
    QFETCH(QString, account);
    QFETCH(QString, field);
    QFETCH(QString, reasonContains);
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    PostingRequest out;
    const auto problems =
        reg.parseLine({company, date, method, invoice, amount, remark, account}, out);
    // Each row breaks exactly one field: the reason names what and where.
    QVERIFY2(problems.size() == 1, qPrintable(problemText(problems)));
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(reasonContains), qPrintable(problemText(problems)));
}

void TestPaymentRegistration::typedLineIsNormalised()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    PostingRequest out;
    auto problems = reg.parseLine({QStringLiteral("1"), QStringLiteral("261120"),
                                   QStringLiteral("b"), QStringLiteral("10000001"),
                                   QStringLiteral("1 234,5"), QStringLiteral("kvitto 17"),
                                   QStringLiteral(" 1930 ")},
                                  out);
    QVERIFY2(problems.isEmpty(), qPrintable(problemText(problems)));
    QCOMPARE(out.company, QStringLiteral("001"));
    QCOMPARE(out.transactionDate, QDate(2026, 11, 20));
    QCOMPARE(out.method, QStringLiteral("B"));
    QCOMPARE(out.invoiceNumber, kA);
    QCOMPARE(out.amount.ore(), 123450LL);
    QCOMPARE(out.account, QStringLiteral("1930"));

    // A fixed-account method supplies its account; text-only takes no amount.
    problems = reg.parseLine({QStringLiteral("001"), QStringLiteral("20261126"),
                              QStringLiteral("F"), kA, QStringLiteral("0,40"), {}, {}},
                             out);
    QVERIFY2(problems.isEmpty(), qPrintable(problemText(problems)));
    QCOMPARE(out.account, QStringLiteral("3740"));
    problems = reg.parseLine({QStringLiteral("001"), QStringLiteral("2026-11-26"),
                              QStringLiteral("T"), kA, {}, QStringLiteral("kund ringde"), {}},
                             out);
    QVERIFY2(problems.isEmpty(), qPrintable(problemText(problems)));
    QVERIFY(out.amount.isZero());

    // Several problems come in the order of the form.
    problems = reg.parseLine({QStringLiteral("001"), QStringLiteral("261199"),
                              QStringLiteral("Q"), QStringLiteral("9"), QStringLiteral("1"), {},
                              {}},
                             out);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).field, QStringLiteral("transaction_date"));
    QCOMPARE(problems.at(1).field, QStringLiteral("method"));
    QCOMPARE(problems.at(2).field, QStringLiteral("invoice_number"));
}

void TestPaymentRegistration::requestProblems()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    PostingRequest r = line(kA, QStringLiteral("1"), 100);
    r.transactionDate = QDate();
    auto problems = reg.validateLine(r);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("transaction_date"));

    r = line(kA, QStringLiteral("1"), 10000000000LL); // 100 000 000,00: 11 digits
    problems = reg.validateLine(r);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("amount"));
    QVERIFY(problems.first().message.contains(QStringLiteral("fler än 10 siffror")));

    r = line(kA, QStringLiteral("1"), 9999999999LL); // 99 999 999,99: the largest allowed
    QVERIFY2(reg.validateLine(r).isEmpty(), qPrintable(problemText(reg.validateLine(r))));
}

void TestPaymentRegistration::secondFeeWriteOffInBatchIsCaughtWhenTyped()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"));
    QCOMPARE(reg.addLine(batch, line(kB, QStringLiteral("P"), 6000, QStringLiteral("3590"))), 1);
    // The first line writes off the whole 60,00: nothing is left for a second.
    PostingRequest second = line(kB, QStringLiteral("P"), 1, QStringLiteral("3590"));
    const auto problems = reg.validateLine(second, batch);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("som är 0,00")),
             qPrintable(problemText(problems)));
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.addLine(batch, second));
    // Editing line 1 itself does not count line 1 twice.
    reg.updateLine(batch, 1, line(kB, QStringLiteral("P"), 5000, QStringLiteral("3590")));
    QVERIFY(reg.validateLine(second, batch).isEmpty()); // 10,00 left
}

void TestPaymentRegistration::addUpdateRemove()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("1"));
    QCOMPARE(reg.addLine(batch, line(QStringLiteral("10000001"), QStringLiteral("1"), 40000)), 1);
    QCOMPARE(reg.addLine(batch, line(kB, QStringLiteral("1"), 10000)), 2);
    QCOMPARE(reg.addLine(batch, line(kA, QStringLiteral("6"), 5000)), 3);
    const auto stored = reg.lines(batch);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).request.invoiceNumber, kA); // normalised before storing
    QCOMPARE(stored.at(0).createdBy, QStringLiteral("testare"));
    // Credits 400 + 100 = 500,00; debit (method 6) 50,00.
    auto b = reg.batch(batch);
    QVERIFY(b);
    QCOMPARE(b->lineCount, 3);
    QCOMPARE(b->credits.ore(), 50000LL);
    QCOMPARE(b->debits.ore(), 5000LL);
    QCOMPARE(b->status, QStringLiteral("open"));

    reg.updateLine(batch, 2, line(kB, QStringLiteral("1"), 12500, QStringLiteral("1930"),
                                  QStringLiteral("rättat")));
    QCOMPARE(reg.lines(batch).at(1).request.amount.ore(), 12500LL);
    QCOMPARE(reg.lines(batch).at(1).request.remark, QStringLiteral("rättat"));
    bool sawAmount = false;
    for (const auto &e : AuditLog(*l.db).entriesFor(QStringLiteral("batch_line"),
                                                    QStringLiteral("%1/2").arg(batch))) {
        if (e.field == QLatin1String("amount_ore")) {
            sawAmount = true;
            QCOMPARE(e.oldValue, QStringLiteral("10000"));
            QCOMPARE(e.newValue, QStringLiteral("12500"));
        }
    }
    QVERIFY(sawAmount);

    reg.removeLine(batch, 2);
    QCOMPARE(reg.lines(batch).size(), 2);
    QCOMPARE(reg.lines(batch).at(1).lineNo, 3);
    QCOMPARE(reg.addLine(batch, line(kB, QStringLiteral("1"), 100)), 4); // numbers never reused
    const auto removed = AuditLog(*l.db).entriesFor(QStringLiteral("batch_line"),
                                                    QStringLiteral("%1/2").arg(batch));
    QCOMPARE(removed.last().action, QStringLiteral("delete"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.removeLine(batch, 2));
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.updateLine(batch, 2, line(kB, "1", 100)));
    // Nothing reaches the claims before approval.
    QCOMPARE(l.claim(kA).balance.ore(), 100000LL);
    QCOMPARE(l.claim(kB).balance.ore(), 56000LL);
}

void TestPaymentRegistration::refusedLineAddsNothing()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"));
    reg.addLine(batch, line(kA, QStringLiteral("1"), 100));
    const qint64 lines = l.count(QStringLiteral("batch_line"));
    const qint64 audits = l.count(QStringLiteral("audit_log"));
    try {
        reg.addLine(batch, line(kA, QStringLiteral("Q"), 100));
        QFAIL("unknown method accepted");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(QStringLiteral("\"Q\" finns inte")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             reg.updateLine(batch, 1, line(kA, QStringLiteral("1"), 0)));
    QCOMPARE(reg.lines(batch).first().request.amount.ore(), 100LL); // unchanged
    QCOMPARE(l.count(QStringLiteral("batch_line")), lines);
    QCOMPARE(l.count(QStringLiteral("audit_log")), audits);
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.createBatch(QStringLiteral("009")));
}

void TestPaymentRegistration::approvedBatchIsClosed()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"));
    reg.addLine(batch, line(kA, QStringLiteral("1"), 100));
    reg.approve(batch);
    for (int step = 0; step < 4; ++step) {
        try {
            switch (step) {
            case 0: reg.addLine(batch, line(kA, QStringLiteral("1"), 100)); break;
            case 1: reg.updateLine(batch, 1, line(kA, QStringLiteral("1"), 200)); break;
            case 2: reg.removeLine(batch, 1); break;
            case 3: reg.approve(batch); break;
            }
            QFAIL("changed an approved batch");
        } catch (const LedgerError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("redan godkänd")), qPrintable(e.message()));
        }
    }
    QCOMPARE(l.claim(kA).balance.ore(), 99900LL); // posted once
}

void TestPaymentRegistration::approvalPostsEveryLine()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"));
    reg.addLine(batch, line(kA, QStringLiteral("1"), 40000));                        // A -400
    reg.addLine(batch, line(kB, QStringLiteral("P"), 6000, QStringLiteral("3590")));  // B fee -60
    reg.addLine(batch, line(kB, QStringLiteral("1"), 50000));                        // B -500
    reg.addLine(batch, line(kA, QStringLiteral("6"), 5000));                         // A +50
    reg.addLine(batch, line(kA, QStringLiteral("T"), 0, QString(), QStringLiteral("kund ringde")));
    const qint64 transactions = l.count(QStringLiteral("ledger_transaction"));

    const PaymentApproval result = reg.approve(batch);
    QCOMPARE(result.posted, 5);
    QCOMPARE(result.credits.ore(), 96000LL); // 400 + 60 + 500
    QCOMPARE(result.debits.ore(), 5000LL);   // 50
    QCOMPARE(result.transactionIds.size(), 5);
    QCOMPARE(l.count(QStringLiteral("ledger_transaction")), transactions + 5);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction WHERE "
                                         "batch_id = ? AND source = 'manual'"),
                          {batch})
                 .toLongLong(),
             5LL);

    // A: 1 000 - 400 + 50 = 650,00, all capital.
    const Invoice a = l.claim(kA);
    QCOMPARE(a.balance.ore(), 65000LL);
    QCOMPARE(a.capitalOpen.ore(), 65000LL);
    QVERIFY(!a.finalPaidDate.isValid());
    // B: 500 + 60 fee; the P line writes off the 60, the payment 500 the
    // capital: 0,00, final-paid on the transaction date.
    const Invoice b = l.claim(kB);
    QCOMPARE(b.reminderFeeOpen.ore(), 0LL);
    QCOMPARE(b.capitalOpen.ore(), 0LL);
    QCOMPARE(b.balance.ore(), 0LL);
    QCOMPARE(b.finalPaidDate, QDate(2026, 11, 20));
    const Transaction written =
        InvoiceRepository(*l.db).transactions(b.id).last();
    QCOMPARE(written.account, QStringLiteral("1930"));
    QCOMPARE(written.transactionDate, QDate(2026, 11, 20));
    QCOMPARE(written.registeredDate, QDate(2026, 11, 26));

    const auto approved = reg.batch(batch);
    QCOMPARE(approved->status, QStringLiteral("approved"));
    QCOMPARE(approved->approvedBy, QStringLiteral("testare"));
    const auto audit = AuditLog(*l.db).entriesFor(QStringLiteral("batch"), QString::number(batch));
    QCOMPARE(audit.last().field, QStringLiteral("status"));
    QCOMPARE(audit.last().newValue, QStringLiteral("approved"));
}

void TestPaymentRegistration::approvalIsAllOrNothing()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"));
    reg.addLine(batch, line(kA, QStringLiteral("1"), 40000));
    reg.addLine(batch, line(kA, QStringLiteral("1"), 10000));
    reg.addLine(batch, line(kB, QStringLiteral("P"), 6000, QStringLiteral("3590")));
    // Meanwhile another clerk writes off B's reminder fee directly.
    l.post(kB, QStringLiteral("P"), 6000);
    const qint64 transactions = l.count(QStringLiteral("ledger_transaction"));
    const qint64 audits = l.count(QStringLiteral("audit_log"));

    try {
        reg.approve(batch);
        QFAIL("approved a batch with an invalid line");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(QStringLiteral("rad 3:")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("inget har bokförts")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("påminnelseavgift som är 0,00")),
                 qPrintable(e.message()));
    }
    // Nothing changed: line 1 and 2 were valid, and are not posted either.
    QCOMPARE(l.count(QStringLiteral("ledger_transaction")), transactions);
    QCOMPARE(l.count(QStringLiteral("audit_log")), audits);
    QCOMPARE(l.claim(kA).balance.ore(), 100000LL);
    QCOMPARE(l.claim(kB).balance.ore(), 50000LL); // 560 - the other clerk's 60
    QCOMPARE(reg.batch(batch)->status, QStringLiteral("open"));
    const auto problems = reg.checkBatch(batch);
    QCOMPARE(problems.keys(), QList<int>{3});
    QCOMPARE(problems.value(3).first().field, QStringLiteral("amount"));

    // The clerk deletes line 3; the batch then goes through.
    reg.removeLine(batch, 3);
    QCOMPARE(reg.approve(batch).posted, 2);
    QCOMPARE(l.claim(kA).balance.ore(), 50000LL); // 1 000 - 400 - 100
}

void TestPaymentRegistration::emptyBatchIsNotApproved()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"));
    try {
        reg.approve(batch);
        QFAIL("approved an empty batch");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("är tom")), qPrintable(e.message()));
    }
    QCOMPARE(reg.batch(batch)->status, QStringLiteral("open"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.approve(batch + 100));
}

void TestPaymentRegistration::openBatchesPerCompanyAndUser()
{
    PaymentLedger l;
    PaymentRegistration reg(*l.db);
    const qint64 mine = reg.createBatch(QStringLiteral("001"));
    reg.addLine(mine, line(kA, QStringLiteral("1"), 12345));
    l.db->setUser(QStringLiteral("annan"));
    const qint64 theirs = reg.createBatch(QStringLiteral("001"));
    reg.createBatch(QStringLiteral("002"));
    l.db->setUser(QStringLiteral("testare"));

    auto open = reg.openBatches(QStringLiteral("001"), QStringLiteral("testare"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, mine);
    QCOMPARE(open.first().lineCount, 1);
    QCOMPARE(open.first().credits.ore(), 12345LL);
    QCOMPARE(open.first().description, PaymentRegistration::defaultDescription());
    open = reg.openBatches(QStringLiteral("1"));
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).id, theirs);
    reg.approve(mine);
    QVERIFY(reg.openBatches(QStringLiteral("001"), QStringLiteral("testare")).isEmpty());
}

void TestPaymentRegistration::jsonRoundTrip()
{
    PostingRequest r = line(kA, QStringLiteral("1"), 9999999999LL, QStringLiteral("1930"),
                            QStringLiteral("åäö \"citat\""));
    const PostingRequest back = PaymentRegistration::fromJson(PaymentRegistration::toJson(r));
    QCOMPARE(back.company, r.company);
    QCOMPARE(back.invoiceNumber, r.invoiceNumber);
    QCOMPARE(back.method, r.method);
    QCOMPARE(back.amount, r.amount);
    QCOMPARE(back.transactionDate, r.transactionDate);
    QCOMPARE(back.remark, r.remark);
    QCOMPARE(back.account, r.account);
}

QTEST_GUILESS_MAIN(TestPaymentRegistration)
#include "tst_paymentregistration.moc"
