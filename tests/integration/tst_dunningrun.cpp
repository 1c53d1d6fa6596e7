// The dunning run (handbook 7.11, 7.12; DOMAIN.md "Dunning"): next-step
// rules, dunning-code suppression, fees and the fee limit, debited interest,
// residual demands after a payment, the kontrollista equal to the run,
// protected identities, copies, and undo restoring the ledger exactly.
#include "dunning/dunningrun.h"

#include "bookkeeping/accounts.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningsettings.h"
#include "interest/referencerates.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "testledger.h"

#include <QSqlRecord>
#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(std::optional<rsk::DunningStep>)
Q_DECLARE_METATYPE(rsk::DunningSelection)

namespace {

const QString kCompany = QStringLiteral("001");
const QDate kDue(2026, 1, 31); // a Saturday; the claims of TestLedger::draft

// Routine 04 with every step used: reminder 1 10 days after the due date,
// reminder 2 10 days after reminder 1, the collection demand 10 days after
// reminder 2 (basis 2), the residual demand 30 days after the collection demand.
DunningSettings fullSettings()
{
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminder1.days = 10;
    s.reminder1.printInterest = false;
    s.reminder2.days = 10;
    s.reminder2.textNumber = 2;
    s.collectionBasis = CollectionBasis::Reminder2;
    s.collection.days = 10;
    s.collection.fee = Money::fromKronor(180);
    s.collection.debit = true;
    s.collection.printInterest = false;
    s.residual.days = 30;
    return s;
}

void setDates(Database &db, const QString &invoice, const QDate &r1, const QDate &r2,
              const QDate &collection)
{
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = ?, reminder2_date = ?, "
                          "collection_date = ? WHERE invoice_number = ?"),
           {dateArg(r1), dateArg(r2), dateArg(collection), invoice});
}

DunningSelection on(const QDate &date)
{
    DunningSelection s;
    s.runDate = date;
    return s;
}

// Every row of the tables a run and its undo touch, as text.
QString dump(Database &db)
{
    QString out;
    for (const char *table : {"invoice", "ledger_transaction", "booking_order", "booking_posting",
                              "number_series"}) {
        QSqlQuery q = db.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            out += QLatin1String(table) + QLatin1Char(':');
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

Invoice claim(Database &db, const QString &number)
{
    return InvoiceRepository(db).require(kCompany, number);
}

} // namespace

class TestDunningRun : public QObject
{
    Q_OBJECT

private slots:
    void nextStep_data();
    void nextStep();
    void suppression_data();
    void suppression();
    void notTaken_data();
    void notTaken();
    void fees_data();
    void fees();
    void collectionDebitsFeeAndInterest();
    void residualAfterPartialPayment();
    void kontrollistaEqualsRun();
    void protectedIdentityHeld();
    void copies();
    void undoRestoresExactly();
    void undoRefusedAfterChange();
    void badSelection_data();
    void badSelection();
};

void TestDunningRun::nextStep_data()
{
    QTest::addColumn<int>("basis");         // 1, 2, 9
    QTest::addColumn<bool>("reminder2");    // reminder 2 used
    QTest::addColumn<int>("collectionDays");
    QTest::addColumn<QDate>("r1");
    QTest::addColumn<QDate>("r2");
    QTest::addColumn<QDate>("collection");
    QTest::addColumn<QDate>("runDate");
    QTest::addColumn<std::optional<DunningStep>>("expected");
    using S = std::optional<DunningStep>;
    const QDate none;
    // Due 2026-01-31: reminder 1 falls due 2026-02-10 (31 Jan + 10).
    QTest::newRow("day 9 after due date: nothing yet")
        << 2 << true << 10 << none << none << none << QDate(2026, 2, 9) << S();
    QTest::newRow("day 10 after due date: reminder 1")
        << 2 << true << 10 << none << none << none << QDate(2026, 2, 10) << S(DunningStep::Reminder1);
    QTest::newRow("9 days after reminder 1: nothing")
        << 2 << true << 10 << QDate(2026, 2, 10) << none << none << QDate(2026, 2, 19) << S();
    QTest::newRow("10 days after reminder 1: reminder 2")
        << 2 << true << 10 << QDate(2026, 2, 10) << none << none << QDate(2026, 2, 20)
        << S(DunningStep::Reminder2);
    QTest::newRow("basis 2: 10 days after reminder 2: collection")
        << 2 << true << 10 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 3, 2) << S(DunningStep::Collection);
    QTest::newRow("basis 2: 9 days after reminder 2: nothing")
        << 2 << true << 10 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 3, 1) << S();
    QTest::newRow("basis 1 without reminder 2: reminder 1 + 14")
        << 1 << false << 14 << QDate(2026, 2, 10) << none << none << QDate(2026, 2, 24)
        << S(DunningStep::Collection);
    QTest::newRow("basis 1 without reminder 2: day 13 nothing")
        << 1 << false << 14 << QDate(2026, 2, 10) << none << none << QDate(2026, 2, 23) << S();
    QTest::newRow("basis 1 with reminder 2: reminder 2 comes first")
        << 1 << true << 14 << QDate(2026, 2, 10) << none << none << QDate(2026, 2, 24)
        << S(DunningStep::Reminder2);
    QTest::newRow("basis 1 after reminder 2: counted from reminder 1")
        << 1 << true << 14 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 2, 24) << S(DunningStep::Collection);
    QTest::newRow("basis 9: due date + 40")
        << 9 << true << 40 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 3, 12) << S(DunningStep::Collection);
    QTest::newRow("basis 9: due date + 39 nothing")
        << 9 << true << 40 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 3, 11) << S();
    QTest::newRow("never on the day of the previous step")
        << 9 << true << 1 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 2, 20) << S();
    QTest::newRow("30 days after collection: residual")
        << 2 << true << 10 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << QDate(2026, 3, 2)
        << QDate(2026, 4, 1) << S(DunningStep::Residual);
    QTest::newRow("29 days after collection: nothing")
        << 2 << true << 10 << QDate(2026, 2, 10) << QDate(2026, 2, 20) << QDate(2026, 3, 2)
        << QDate(2026, 3, 31) << S();
}

void TestDunningRun::nextStep()
{
    QFETCH(int, basis);
    QFETCH(bool, reminder2);
    QFETCH(int, collectionDays);
    QFETCH(QDate, r1);
    QFETCH(QDate, r2);
    QFETCH(QDate, collection);
    QFETCH(QDate, runDate);
    QFETCH(std::optional<DunningStep>, expected);
    TestLedger t;
    DunningSettings s = fullSettings();
    s.collectionBasis = CollectionBasis(basis);
    if (!reminder2)
        s.reminder2.days.reset();
    s.collection.days = collectionDays;
    DunningSettingsRegister(*t.db).save(s);
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    setDates(*t.db, QStringLiteral("040000001"), r1, r2, collection);

    const DunningRunResult r = DunningRun(*t.db).plan(on(runDate));
    if (!expected) {
        QVERIFY2(r.items.isEmpty(), qPrintable(r.items.isEmpty() ? QString() : dunningStepCode(r.items.first().step)));
        return;
    }
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(dunningStepCode(r.items.first().step), dunningStepCode(*expected));
}

void TestDunningRun::suppression_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QDate>("r1");
    QTest::addColumn<QDate>("r2");
    QTest::addColumn<QDate>("collection");
    QTest::addColumn<QDate>("runDate");
    QTest::addColumn<bool>("skipped");
    const QDate none;
    QTest::newRow("no reminder 1 stops reminder 1")
        << "no_reminder1" << none << none << none << none << QDate(2026, 2, 10) << true;
    QTest::newRow("no reminder 1 valid to the run date still stops it")
        << "no_reminder1" << QDate(2026, 2, 10) << none << none << none << QDate(2026, 2, 10) << true;
    QTest::newRow("no reminder 1 expired the day before: taken")
        << "no_reminder1" << QDate(2026, 2, 9) << none << none << none << QDate(2026, 2, 10) << false;
    QTest::newRow("no reminder 2 does not stop reminder 1")
        << "no_reminder2" << none << none << none << none << QDate(2026, 2, 10) << false;
    QTest::newRow("no reminder 2 stops reminder 2")
        << "no_reminder2" << none << QDate(2026, 2, 10) << none << none << QDate(2026, 2, 20) << true;
    QTest::newRow("no collection stops the collection demand")
        << "no_collection" << none << QDate(2026, 2, 10) << QDate(2026, 2, 20) << none
        << QDate(2026, 3, 2) << true;
    QTest::newRow("no residual stops the residual demand")
        << "no_residual" << none << QDate(2026, 2, 10) << QDate(2026, 2, 20) << QDate(2026, 3, 2)
        << QDate(2026, 4, 1) << true;
    QTest::newRow("no threat stops no dunning step")
        << "no_threat" << none << none << none << none << QDate(2026, 2, 10) << false;
    QTest::newRow("no interest stops no dunning step")
        << "no_interest" << none << none << none << none << QDate(2026, 2, 10) << false;
    QTest::newRow("no invoice stops no dunning step")
        << "no_invoice" << none << none << none << none << QDate(2026, 2, 10) << false;
}

void TestDunningRun::suppression()
{
    QFETCH(QString, flag);
    QFETCH(QDate, until);
    QFETCH(QDate, r1);
    QFETCH(QDate, r2);
    QFETCH(QDate, collection);
    QFETCH(QDate, runDate);
    QFETCH(bool, skipped);
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.db->run(QStringLiteral("DELETE FROM dunning_code WHERE code = 9"));
    t.db->run(QStringLiteral("INSERT INTO dunning_code (code, text, %1) VALUES (9, 'Test', 1)")
                  .arg(flag));
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    setDates(*t.db, QStringLiteral("040000001"), r1, r2, collection);
    DunningCodeAssignment(*t.db).set(kCompany, QStringLiteral("040000001"), 9, until);

    const DunningRunResult r = DunningRun(*t.db).plan(on(runDate));
    QCOMPARE(r.items.size(), skipped ? 0 : 1);
    QCOMPARE(r.skipped.size(), skipped ? 1 : 0);
    if (skipped)
        QVERIFY2(r.skipped.first().reason.startsWith(QStringLiteral("kravkod 9 Test")),
                 qPrintable(r.skipped.first().reason));
}

void TestDunningRun::notTaken_data()
{
    QTest::addColumn<QString>("update");
    QTest::newRow("paid in full (balance 0)") << "balance_ore = 0, capital_open_ore = 0";
    QTest::newRow("overpaid (balance negative)") << "balance_ore = -100, capital_open_ore = -100";
    QTest::newRow("in a payment plan") << "payment_plan_date = '2026-02-05'";
    QTest::newRow("transferred to an agency") << "agency_transfer_date = '2026-02-05'";
    QTest::newRow("residual demand already sent")
        << "reminder1_date = '2026-01-01', collection_date = '2026-01-02', residual_date = '2026-01-03'";
    QTest::newRow("routine without settings") << "routine = '51'";
}

void TestDunningRun::notTaken()
{
    QFETCH(QString, update);
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.db->run(QStringLiteral("DELETE FROM dunning_settings WHERE routine = '51'"));
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    t.db->run(QStringLiteral("UPDATE invoice SET %1").arg(update));
    const DunningRunResult r = DunningRun(*t.db).plan(on(QDate(2026, 6, 1)));
    QCOMPARE(r.items.size(), 0);
}

void TestDunningRun::fees_data()
{
    QTest::addColumn<bool>("agreed");
    QTest::addColumn<bool>("debit");
    QTest::addColumn<qint64>("noFeeBelowKronor");
    QTest::addColumn<qint64>("amountOre");
    QTest::addColumn<qint64>("fee");          // on the item
    QTest::addColumn<qint64>("balanceAfter");
    QTest::addColumn<qint64>("undebitedAfter");
    QTest::addColumn<qint64>("toPay");
    // A 1 000,00 claim, reminder 1 with a 60 kr fee.
    QTest::newRow("agreed and debited: balance 1 060,00")
        << true << true << qint64(0) << qint64(100000) << qint64(6000) << qint64(106000)
        << qint64(0) << qint64(106000);
    QTest::newRow("agreed, printed only: balance stays, 60 undebited, pay 1 060,00")
        << true << false << qint64(0) << qint64(100000) << qint64(6000) << qint64(100000)
        << qint64(6000) << qint64(106000);
    QTest::newRow("not agreed in advance: no reminder fee")
        << false << true << qint64(0) << qint64(100000) << qint64(0) << qint64(100000)
        << qint64(0) << qint64(100000);
    QTest::newRow("balance 1 000,00 under the 999 kr limit? no: fee taken")
        << true << true << qint64(999) << qint64(100000) << qint64(6000) << qint64(106000)
        << qint64(0) << qint64(106000);
    QTest::newRow("balance 50,00 under a 100 kr limit: letter without fee")
        << true << true << qint64(100) << qint64(5000) << qint64(0) << qint64(5000) << qint64(0)
        << qint64(5000);
    QTest::newRow("balance exactly 100,00 at a 100 kr limit: fee taken")
        << true << true << qint64(100) << qint64(10000) << qint64(6000) << qint64(16000)
        << qint64(0) << qint64(16000);
}

void TestDunningRun::fees()
{
    QFETCH(bool, agreed);
    QFETCH(bool, debit);
    QFETCH(qint64, noFeeBelowKronor);
    QFETCH(qint64, amountOre);
    QFETCH(qint64, fee);
    QFETCH(qint64, balanceAfter);
    QFETCH(qint64, undebitedAfter);
    QFETCH(qint64, toPay);
    TestLedger t;
    DunningSettings s = fullSettings();
    s.reminderFeeAgreed = agreed;
    if (agreed)
        s.reminder1.fee = Money::fromKronor(60);
    s.reminder1.debit = debit;
    DunningSettingsRegister(*t.db).save(s);
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromOre(amountOre))});

    DunningSelection sel = on(QDate(2026, 2, 10));
    sel.noFeeBelow = Money::fromKronor(noFeeBelowKronor);
    const DunningRunResult r = DunningRun(*t.db).run(sel);
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().fee.ore(), fee);
    QCOMPARE(r.items.first().toPay.ore(), toPay);
    const Invoice after = claim(*t.db, QStringLiteral("040000001"));
    QCOMPARE(after.balance.ore(), balanceAfter);
    QCOMPARE(after.reminderFeeUndebited.ore(), undebitedAfter);
    QCOMPARE(after.reminder1Date, QDate(2026, 2, 10));
    QCOMPARE(r.letters.size(), 1);
    QCOMPARE(r.letters.first().totalToPay.ore(), toPay);
    // A debited fee is a transaction with the fee-debit method "7" and is booked.
    const bool debited = fee > 0 && debit;
    QCOMPARE(t.count(QStringLiteral("ledger_transaction")), qint64(debited ? 1 : 0));
    QCOMPARE(r.bookingOrders.size(), debited ? 1 : 0);
    // Pay by 2026-02-10 + 10 = 2026-02-20, a Friday.
    QCOMPARE(r.items.first().payBy, QDate(2026, 2, 20));
}

void TestDunningRun::collectionDebitsFeeAndInterest()
{
    TestLedger t;
    DunningSettings s = fullSettings();
    s.collectionDebitInterest = true;
    s.collection.printInterest = true;
    DunningSettingsRegister(*t.db).save(s);
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(10000))});
    setDates(*t.db, QStringLiteral("040000001"), QDate(2026, 2, 10), QDate(2026, 2, 20), QDate());

    const DunningRunResult r = DunningRun(*t.db).run(on(QDate(2026, 3, 2)));
    QCOMPARE(r.items.size(), 1);
    const DunningItem &item = r.items.first();
    QCOMPARE(dunningStepCode(item.step), QStringLiteral("collection"));
    QCOMPARE(item.heading, QStringLiteral("INKASSOKRAV"));
    // Interest 2026-02-01..2026-03-02 = 30 days at 2,00 + 8,00 = 10,00 %:
    // 10 000,00 * 0,10 * 30 / 365 = 82,1917… → 82,19, all of it debited.
    QCOMPARE(item.interest.ore(), qint64(8219));
    QCOMPARE(item.interestDebit.ore(), qint64(8219));
    QCOMPARE(item.fee.ore(), qint64(18000));
    QVERIFY(item.feeDebited);
    // 10 000,00 + 180,00 + 82,19
    QCOMPARE(item.toPay.ore(), qint64(1026219));
    // An inkassokrav gives 10 days: 2026-03-12 (Thursday).
    QCOMPARE(item.payBy, QDate(2026, 3, 12));

    const Invoice after = claim(*t.db, QStringLiteral("040000001"));
    QCOMPARE(after.balance.ore(), qint64(1026219));
    QCOMPARE(after.collectionFee.ore(), qint64(18000));
    QCOMPARE(after.interestDebited.ore(), qint64(8219));
    QCOMPARE(after.collectionDate, QDate(2026, 3, 2));

    // The letter: debited interest is on the claim, none left as accrued.
    const DunningLetter &l = r.letters.first();
    QCOMPARE(l.interestDebited.ore(), qint64(8219));
    QCOMPARE(l.accruedInterest.ore(), qint64(0));
    QCOMPARE(l.interestLines.size(), 1);
    QCOMPARE(l.interestLines.first().days, 30);
    QCOMPARE(l.interestLines.first().rateHundredths, qint64(1000));
    QCOMPARE(l.collectionFees.ore(), qint64(18000));

    // One booking order: receivable debit 262,19 against the two incomes.
    QCOMPARE(r.bookingOrders.size(), 1);
    const Verification &v = r.bookingOrders.first();
    QVERIFY(v.sum().isZero());
    QCOMPARE(v.debitTotal().ore(), qint64(26219));
    AccountSettings accounts(*t.db);
    QMap<QString, qint64> byAccount;
    for (const BookingPosting &p : v.postings)
        byAccount[p.account] += p.amount.ore();
    QCOMPARE(byAccount.value(accounts.account(kCompany, account_kind::CollectionFeeIncome,
                                              QStringLiteral("04"))),
             qint64(-18000));
    QCOMPARE(byAccount.value(accounts.account(kCompany, account_kind::InterestIncome,
                                              QStringLiteral("04"))),
             qint64(-8219));
    // The debits are booked: the booking run has nothing left of them.
    QCOMPARE(t.db->scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction WHERE "
                                         "booked_date IS NULL"))
                 .toInt(),
             0);
}

void TestDunningRun::residualAfterPartialPayment()
{
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(10000))});
    setDates(*t.db, QStringLiteral("040000001"), QDate(2026, 2, 10), QDate(2026, 2, 20), QDate());
    DunningRun run(*t.db);
    run.run(on(QDate(2026, 3, 2))); // collection demand, 180 kr debited
    PostingRequest pay;
    pay.company = kCompany;
    pay.invoiceNumber = QStringLiteral("040000001");
    pay.method = QStringLiteral("1");
    pay.amount = Money::fromKronor(5000);
    pay.transactionDate = QDate(2026, 3, 10);
    PostingService(*t.db).post(pay);

    const DunningRunResult r = run.run(on(QDate(2026, 4, 1)));
    QCOMPARE(r.items.size(), 1);
    const DunningItem &item = r.items.first();
    QCOMPARE(dunningStepCode(item.step), QStringLiteral("residual"));
    QCOMPARE(item.heading, QStringLiteral("RESTKRAV"));
    QCOMPARE(item.fee.ore(), qint64(0)); // a residual demand has no fee
    // 10 000,00 + 180,00 − 5 000,00 (costs first: 180,00 fee, 4 820,00 capital)
    QCOMPARE(item.toPay.ore(), qint64(518000));
    const DunningLetter &l = r.letters.first();
    QCOMPARE(l.paymentsSince.size(), 1);
    QCOMPARE(l.paymentsSince.first().amount.ore(), qint64(500000));
    QCOMPARE(l.paymentsSince.first().date, QDate(2026, 3, 10));
    QCOMPARE(l.capitalOpen.ore(), qint64(518000));
    QCOMPARE(l.collectionFees.ore(), qint64(0));
    // 2026-04-01 + 10 = Saturday 2026-04-11 → Monday 2026-04-13.
    QCOMPARE(item.payBy, QDate(2026, 4, 13));
    QCOMPARE(claim(*t.db, QStringLiteral("040000001")).residualDate, QDate(2026, 4, 1));
}

void TestDunningRun::kontrollistaEqualsRun()
{
    TestLedger t;
    DunningSettings s = fullSettings();
    s.reminderFeeAgreed = true;
    s.reminder1.fee = Money::fromKronor(60);
    s.reminder1.debit = false;
    s.reminder1.printInterest = true;
    s.collectionDebitInterest = true;
    s.collection.printInterest = true;
    DunningSettingsRegister(*t.db).save(s);
    QList<InvoiceDraft> drafts;
    for (int i = 1; i <= 8; ++i)
        drafts << TestLedger::draft(QStringLiteral("04000000%1").arg(i), Money::fromKronor(100 * i));
    t.registerInvoices(drafts);
    setDates(*t.db, QStringLiteral("040000002"), QDate(2026, 2, 10), QDate(), QDate());
    setDates(*t.db, QStringLiteral("040000003"), QDate(2026, 2, 10), QDate(2026, 2, 20), QDate());
    setDates(*t.db, QStringLiteral("040000004"), QDate(2026, 2, 10), QDate(2026, 2, 20),
             QDate(2026, 3, 2));
    DunningCodeAssignment(*t.db).set(kCompany, QStringLiteral("040000005"), 2, QDate(2026, 12, 31));
    DunningSelection sel = on(QDate(2026, 6, 1));
    sel.noFeeBelow = Money::fromKronor(250);

    const QString before = dump(*t.db);
    DunningRun run(*t.db);
    const DunningRunResult plan = run.plan(sel);
    QCOMPARE(dump(*t.db), before); // the kontrollista changes nothing
    QCOMPARE(plan.items.size(), 7);
    QCOMPARE(plan.skipped.size(), 1); // 040000005, code 2 Anstånd
    const DunningRunResult done = run.run(sel);
    QCOMPARE(done.items.size(), plan.items.size());
    for (int i = 0; i < plan.items.size(); ++i) {
        const DunningItem &a = plan.items.at(i);
        const DunningItem &b = done.items.at(i);
        QCOMPARE(b.invoiceNumber, a.invoiceNumber);
        QCOMPARE(dunningStepCode(b.step), dunningStepCode(a.step));
        QCOMPARE(b.fee, a.fee);
        QCOMPARE(b.feeDebited, a.feeDebited);
        QCOMPARE(b.interest, a.interest);
        QCOMPARE(b.interestDebit, a.interestDebit);
        QCOMPARE(b.toPay, a.toPay);
        QCOMPARE(b.payBy, a.payBy);
        QCOMPARE(b.note, a.note);
    }
    QCOMPARE(done.count(DunningStep::Reminder1), 4); // 1, 6, 7, 8
    QCOMPARE(done.count(DunningStep::Reminder2), 1);
    QCOMPARE(done.count(DunningStep::Collection), 1);
    QCOMPARE(done.count(DunningStep::Residual), 1);
    // Reminder fees on 600, 700, 800 kr claims, not on the 100 kr one (< 250 kr).
    QCOMPARE(done.feesPrintedOnly().ore(), qint64(3 * 6000));
    // A second run the same day finds nothing new.
    QCOMPARE(run.plan(sel).items.size(), 0);
}

void TestDunningRun::protectedIdentityHeld()
{
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(1000),
                                          QStringLiteral("Skyddad, Sara"),
                                          QStringLiteral("640823-3234"))});
    t.db->run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = (SELECT "
                             "customer_id FROM invoice WHERE invoice_number = '040000002')"));
    const DunningRunResult r = DunningRun(*t.db).run(on(QDate(2026, 2, 10)));
    QCOMPARE(r.items.size(), 2);
    QCOMPARE(r.heldCount(), 1);
    QVERIFY(r.items.at(1).held);
    QCOMPARE(r.letters.size(), 1); // held for manual handling, not printed
    QCOMPARE(r.letters.first().invoiceNumber, QStringLiteral("040000001"));
    QCOMPARE(claim(*t.db, QStringLiteral("040000002")).reminder1Date, QDate(2026, 2, 10));
    // Its saved letter carries no address.
    DunningCopySelection c;
    c.invoiceFrom = c.invoiceTo = QStringLiteral("040000002");
    const QList<DunningLetter> copy = DunningRun(*t.db).copies(c);
    QCOMPARE(copy.size(), 1);
    QVERIFY(copy.first().addressWithheld);
    QVERIFY(copy.first().address.isEmpty());
}

void TestDunningRun::copies()
{
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2000))});
    DunningRun run(*t.db);
    const DunningRunResult first = run.run(on(QDate(2026, 2, 10)));
    const DunningRunResult second = run.run(on(QDate(2026, 2, 20)));
    QCOMPARE(second.items.size(), 2); // reminder 2 for both

    DunningCopySelection c;
    c.invoiceFrom = c.invoiceTo = QStringLiteral("040000002");
    c.newHandler = QStringLiteral("Nils Ny 0123-99");
    c.originalDate = false;
    const QList<DunningLetter> both = run.copies(c);
    QCOMPARE(both.size(), 2);
    QVERIFY(both.first().copy);
    QCOMPARE(both.first().letterDate, t.db->today());
    QCOMPARE(both.first().handler, QStringLiteral("Nils Ny 0123-99"));
    QCOMPARE(both.first().totalToPay, first.letters.at(1).totalToPay);

    c.letterDate = QDate(2026, 2, 20);
    c.originalDate = true;
    c.markCopy = false;
    const QList<DunningLetter> one = run.copies(c);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().step, DunningStep::Reminder2);
    QCOMPARE(one.first().letterDate, QDate(2026, 2, 20));
    QVERIFY(!one.first().copy);

    c.letterDate = QDate();
    c.reminders = false;
    QCOMPARE(run.copies(c).size(), 0);
    QCOMPARE(run.runs().size(), 2);
    QCOMPARE(run.runs().first().letters, 2);
}

void TestDunningRun::undoRestoresExactly()
{
    TestLedger t;
    DunningSettings s = fullSettings();
    s.reminderFeeAgreed = true;
    s.reminder1.fee = Money::fromKronor(60);
    s.reminder1.debit = true;
    s.collectionDebitInterest = true;
    s.collection.printInterest = true;
    DunningSettingsRegister(*t.db).save(s);
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2000)),
                        TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(3000))});
    setDates(*t.db, QStringLiteral("040000003"), QDate(2026, 2, 10), QDate(2026, 2, 20), QDate());
    DunningRun run(*t.db);
    const QString before = dump(*t.db);
    const DunningRunResult r = run.run(on(QDate(2026, 3, 2)));
    QCOMPARE(r.items.size(), 3);
    QVERIFY(dump(*t.db) != before);
    QCOMPARE(run.undoProblem(r.runId), std::optional<QString>());
    run.undo(r.runId);
    QCOMPARE(dump(*t.db), before);
    QVERIFY(!run.info(r.runId)->undoneBy.isEmpty());
    QVERIFY(run.undoProblem(r.runId).has_value()); // not twice
    QVERIFY_THROWS_EXCEPTION(LedgerError, run.undo(r.runId));
    // The same run can be made again and takes the same verification number.
    const DunningRunResult again = run.run(on(QDate(2026, 3, 2)));
    QCOMPARE(again.bookingOrders.first().number, r.bookingOrders.first().number);
}

void TestDunningRun::undoRefusedAfterChange()
{
    TestLedger t;
    DunningSettings s = fullSettings();
    DunningSettingsRegister(*t.db).save(s);
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2000))});
    DunningRun run(*t.db);
    const DunningRunResult r = run.run(on(QDate(2026, 2, 10)));
    PostingRequest pay;
    pay.company = kCompany;
    pay.invoiceNumber = QStringLiteral("040000002");
    pay.method = QStringLiteral("1");
    pay.amount = Money::fromKronor(100);
    pay.transactionDate = QDate(2026, 2, 12);
    PostingService(*t.db).post(pay);
    const QString before = dump(*t.db);
    const auto problem = run.undoProblem(r.runId);
    QVERIFY(problem.has_value());
    QVERIFY2(problem->contains(QStringLiteral("001/040000002")), qPrintable(*problem));
    QVERIFY_THROWS_EXCEPTION(LedgerError, run.undo(r.runId));
    QCOMPARE(dump(*t.db), before); // nothing half-undone
    QCOMPARE(claim(*t.db, QStringLiteral("040000001")).reminder1Date, QDate(2026, 2, 10));
}

void TestDunningRun::badSelection_data()
{
    QTest::addColumn<DunningSelection>("selection");
    QTest::addColumn<QString>("message");
    DunningSelection base = on(QDate(2026, 2, 10));
    DunningSelection s = base;
    s.runDate = QDate();
    QTest::newRow("no run date") << s << "Körningsdatum";
    s = base;
    s.companyFrom = QStringLiteral("002");
    s.companyTo = QStringLiteral("001");
    QTest::newRow("companies reversed") << s << "Företag t.o.m. 001";
    s = base;
    s.companyFrom = QStringLiteral("1234");
    QTest::newRow("company of four digits") << s << "\"1234\"";
    s = base;
    s.routineFrom = QStringLiteral("4x");
    QTest::newRow("routine not a number") << s << "Rutin \"4x\"";
    s = base;
    s.invoiceFrom = QStringLiteral("0400000011");
    QTest::newRow("invoice number of ten digits") << s << "\"0400000011\"";
    s = base;
    s.noFeeBelow = Money::fromKronor(1000);
    QTest::newRow("fee limit of four digits") << s << "999";
    s = base;
    s.noFeeBelow = Money::fromOre(5050);
    QTest::newRow("fee limit with öre") << s << "hela kronor";
}

void TestDunningRun::badSelection()
{
    QFETCH(DunningSelection, selection);
    QFETCH(QString, message);
    TestLedger t;
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    const QString before = dump(*t.db);
    try {
        DunningRun(*t.db).run(selection);
        QFAIL("the run was not refused");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(dump(*t.db), before);
    QCOMPARE(t.count(QStringLiteral("dunning_run")), qint64(0));
}

QTEST_GUILESS_MAIN(TestDunningRun)
#include "tst_dunningrun.moc"
