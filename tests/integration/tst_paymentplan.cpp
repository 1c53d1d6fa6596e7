// Amorteringsplan (handbook 7.18, DOMAIN.md "Later steps"): the pure
// schedule with hand-computed instalments, and the service on a ledger built
// with the services (claims, fees debited with methods 8/9, the plan
// committed, stamped, coded and stored). Interest by hand:
// base(öre) × rate(hundredths) × days / 3 650 000, one rounding per period.
// Reference rate 2,00 % from 2026-01-01 and (added here) 2026-07-01, so
// 10,00 % with the 8,0 margin; after 2026-12-31 the plan projects 2,00 %.
#include "testledger.h"

#include "audit/auditlog.h"
#include "dunning/paymentplan.h"
#include "interest/referencerates.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::PaymentScheduleInput)

namespace {

Money kr(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

// "n date amount fees interest capital notice remaining", amounts "1234,50".
QString describe(const PaymentPlanInstalment &i)
{
    return QStringLiteral("%1 %2 amount=%3 fees=%4 interest=%5 capital=%6 notice=%7 remaining=%8")
        .arg(i.number)
        .arg(i.date.toString(Qt::ISODate), i.amount.toPlainString(), i.fees.toPlainString(),
             i.interest.toPlainString(), i.capital.toPlainString(), i.noticeFee.toPlainString(),
             i.remaining.toPlainString());
}

QStringList describe(const QList<PaymentPlanInstalment> &list)
{
    QStringList out;
    for (const PaymentPlanInstalment &i : list)
        out << describe(i);
    return out;
}

// 2,00 % from 2026-01-01, covered through 2026-12-31.
ReferenceRateTable rates()
{
    return ReferenceRateTable({{QDate(2026, 1, 1), 200, true, QStringLiteral("test")},
                               {QDate(2026, 7, 1), 200, true, QStringLiteral("test")}});
}

PaymentPlanTerms terms(const QDate &first, const char *monthly, bool noInterest = true)
{
    PaymentPlanTerms t;
    t.firstDate = first;
    t.monthly = kr(monthly);
    t.noInterest = noInterest;
    return t;
}

void post(Database &db, const QString &invoice, const QString &method, const char *amount,
          const QDate &date)
{
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = kr(amount);
    r.transactionDate = date;
    PostingService(db).post(r);
}

InvoiceDraft claim(const QString &number, const char *amount, const QDate &due,
                   const QString &name = QStringLiteral("Andersson, Anna"),
                   const QString &id = QStringLiteral("811218-9876"))
{
    InvoiceDraft d = TestLedger::draft(number, kr(amount), name, id);
    d.invoiceDate = due.addDays(-30);
    d.dueDate = due;
    return d;
}

PaymentPlanClaimRef ref(const char *number)
{
    return {QStringLiteral("001"), QString::fromLatin1(number)};
}

} // namespace

class TestPaymentPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void schedule_data();
    void schedule();
    void dates_data();
    void dates();
    void fortyEightMonths_data();
    void fortyEightMonths();

    void claimLines_data();
    void claimLines();
    void planAndCommit();
    void alreadyInPlanUntilReleased();
    void refusals_data();
    void refusals();
    void noticeFeeOverrideIsLogged();
    void commitIsAllOrNothing();

private:
    PaymentPlanRequest validRequest() const;
    std::unique_ptr<TestLedger> m_ledger;
};

// 040000001 1 000,00 due 2026-01-31; collection fee 180,00 and interest
//   20,00 debited 2026-03-01 (methods 8 and 9).
// 040000002   500,00 due 2026-10-31.
// 040000003 1 000,00 due 2026-01-31 (refusal tests).
// 040000004   400,00 another debtor (Berg, Bo 121212-1212).
// 040000005   200,00 paid in full.
// 040000006/7 300,00 each (all-or-nothing test).
void TestPaymentPlan::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>(); // today 2026-11-26
    Database &db = *m_ledger->db;
    ReferenceRates(db).set(QDate(2026, 7, 1), 200, QStringLiteral("test"));
    m_ledger->registerInvoices(
        {claim(QStringLiteral("040000001"), "1000", QDate(2026, 1, 31)),
         claim(QStringLiteral("040000002"), "500", QDate(2026, 10, 31)),
         claim(QStringLiteral("040000003"), "1000", QDate(2026, 1, 31)),
         claim(QStringLiteral("040000004"), "400", QDate(2026, 1, 31), QStringLiteral("Berg, Bo"),
               QStringLiteral("121212-1212")),
         claim(QStringLiteral("040000005"), "200", QDate(2026, 1, 31)),
         claim(QStringLiteral("040000006"), "300", QDate(2026, 10, 31)),
         claim(QStringLiteral("040000007"), "300", QDate(2026, 10, 31))});
    post(db, QStringLiteral("040000001"), QStringLiteral("8"), "180", QDate(2026, 3, 1));
    post(db, QStringLiteral("040000001"), QStringLiteral("9"), "20", QDate(2026, 3, 1));
    post(db, QStringLiteral("040000005"), QStringLiteral("B"), "200", QDate(2026, 2, 15));
}

void TestPaymentPlan::schedule_data()
{
    QTest::addColumn<PaymentScheduleInput>("input");
    QTest::addColumn<QStringList>("expected");

    // Fees first (no interest): 1 000,00 capital, 240,00 fees, 50,00 accrued
    // interest, 200 kr a month. #1 200 fees (40 left); #2 40 fees, 50
    // interest, 110 capital (890 left); then 200 a month; #7 the last 90.
    {
        PaymentScheduleInput in{QDate(2026, 11, 26), kr("1000"), kr("240"), kr("50"),
                                terms(QDate(2026, 12, 31), "200")};
        QTest::newRow("fees and accrued interest first")
            << in
            << QStringList{
                   "1 2026-12-31 amount=200,00 fees=200,00 interest=0,00 capital=0,00 notice=0,00 remaining=1090,00",
                   "2 2027-01-31 amount=200,00 fees=40,00 interest=50,00 capital=110,00 notice=0,00 remaining=890,00",
                   "3 2027-02-28 amount=200,00 fees=0,00 interest=0,00 capital=200,00 notice=0,00 remaining=690,00",
                   "4 2027-03-31 amount=200,00 fees=0,00 interest=0,00 capital=200,00 notice=0,00 remaining=490,00",
                   "5 2027-04-30 amount=200,00 fees=0,00 interest=0,00 capital=200,00 notice=0,00 remaining=290,00",
                   "6 2027-05-31 amount=200,00 fees=0,00 interest=0,00 capital=200,00 notice=0,00 remaining=90,00",
                   "7 2027-06-30 amount=90,00 fees=0,00 interest=0,00 capital=90,00 notice=0,00 remaining=0,00"};
    }
    // One month's interest: 10 000,00 at 10,00 % for 31 days (2026-12-02 ..
    // 2027-01-01) = 1 000 000 × 1000 × 31 / 3 650 000 = 8 493,15 öre → 84,93.
    {
        PaymentScheduleInput in{QDate(2026, 12, 1), kr("10000"), Money(), Money(),
                                terms(QDate(2027, 1, 1), "20000", false)};
        QTest::newRow("10 000,00 at 10 % for 31 days")
            << in
            << QStringList{"1 2027-01-01 amount=10084,93 fees=0,00 interest=84,93 "
                           "capital=10000,00 notice=0,00 remaining=0,00"};
    }
    // Interest between instalments, 3 000 kr a month + 25 kr notice fee:
    // #1 31 d on 1 000 000: 8 493,15 → 84,93; capital 2 915,07 → 7 084,93.
    // #2 31 d on 708 493: 708 493 × 31 / 3 650 = 6 017,34 → 60,17; capital
    //    2 939,83 → 4 145,10.
    // #3 28 d on 414 510: × 28 / 3 650 = 3 179,80 → 31,80; capital 2 968,20 → 1 176,90.
    // #4 31 d on 117 690: × 31 / 3 650 = 999,56 → 10,00; the last pays
    //    1 176,90 + 10,00 + 25,00 = 1 211,90.
    {
        PaymentPlanTerms t = terms(QDate(2026, 12, 31), "3000", false);
        t.noticeFee = kr("25");
        PaymentScheduleInput in{QDate(2026, 11, 30), kr("10000"), Money(), Money(), t};
        QTest::newRow("interest between instalments, notice fee")
            << in
            << QStringList{
                   "1 2026-12-31 amount=3025,00 fees=0,00 interest=84,93 capital=2915,07 notice=25,00 remaining=7084,93",
                   "2 2027-01-31 amount=3025,00 fees=0,00 interest=60,17 capital=2939,83 notice=25,00 remaining=4145,10",
                   "3 2027-02-28 amount=3025,00 fees=0,00 interest=31,80 capital=2968,20 notice=25,00 remaining=1176,90",
                   "4 2027-03-31 amount=1211,90 fees=0,00 interest=10,00 capital=1176,90 notice=25,00 remaining=0,00"};
    }
    // 1 000 kr for 2 months, then 500 kr: 5 000,50 → 4 000,50, 3 000,50,
    // then 500 a month to 0,50, which the 9th instalment pays.
    {
        PaymentPlanTerms t = terms(QDate(2027, 1, 15), "1000");
        t.months = 2;
        t.then = kr("500");
        PaymentScheduleInput in{QDate(2026, 11, 26), kr("5000,50"), Money(), Money(), t};
        QStringList expected{
            "1 2027-01-15 amount=1000,00 fees=0,00 interest=0,00 capital=1000,00 notice=0,00 remaining=4000,50",
            "2 2027-02-15 amount=1000,00 fees=0,00 interest=0,00 capital=1000,00 notice=0,00 remaining=3000,50"};
        const char *left[] = {"2500,50", "2000,50", "1500,50", "1000,50", "500,50", "0,50"};
        for (int k = 3; k <= 8; ++k)
            expected << QStringLiteral("%1 2027-%2-15 amount=500,00 fees=0,00 interest=0,00 "
                                       "capital=500,00 notice=0,00 remaining=%3")
                            .arg(k)
                            .arg(k, 2, 10, QLatin1Char('0'))
                            .arg(QLatin1String(left[k - 3]));
        expected << QStringLiteral("9 2027-09-15 amount=0,50 fees=0,00 interest=0,00 "
                                   "capital=0,50 notice=0,00 remaining=0,00");
        QTest::newRow("months then a new amount, last absorbs the rest") << in << expected;
    }
    // "Ej ränta": 3 000,00 over 1 000 kr a month, no interest however long.
    {
        PaymentScheduleInput in{QDate(2026, 11, 26), kr("3000"), Money(), Money(),
                                terms(QDate(2026, 12, 26), "1000", true)};
        QTest::newRow("no interest")
            << in
            << QStringList{
                   "1 2026-12-26 amount=1000,00 fees=0,00 interest=0,00 capital=1000,00 notice=0,00 remaining=2000,00",
                   "2 2027-01-26 amount=1000,00 fees=0,00 interest=0,00 capital=1000,00 notice=0,00 remaining=1000,00",
                   "3 2027-02-26 amount=1000,00 fees=0,00 interest=0,00 capital=1000,00 notice=0,00 remaining=0,00"};
    }
}

void TestPaymentPlan::schedule()
{
    QFETCH(PaymentScheduleInput, input);
    QFETCH(QStringList, expected);
    const PaymentSchedule s = PaymentPlanService::schedule(input, InterestSettings(), rates());
    QVERIFY(!s.tooLong);
    QCOMPARE(describe(s.instalments), expected);
    // Every öre of the debt is paid, no more (interest added, notice fees on top).
    QCOMPARE(s.total(&PaymentPlanInstalment::capital), input.capital);
    QCOMPARE(s.total(&PaymentPlanInstalment::fees), input.fees);
    QCOMPARE(s.total(&PaymentPlanInstalment::interest),
             input.accruedInterest + s.total(&PaymentPlanInstalment::newInterest));
    const bool projected = !input.terms.noInterest && s.instalments.last().date.year() >= 2027;
    QCOMPARE(s.notes.join(QLatin1Char(' ')).contains(QStringLiteral("senast kända")), projected);
}

void TestPaymentPlan::dates_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<bool>("lastOfMonth");
    QTest::addColumn<QList<QDate>>("expected");
    QTest::newRow("last of month through February")
        << QDate(2027, 1, 31) << true
        << QList<QDate>{QDate(2027, 1, 31), QDate(2027, 2, 28), QDate(2027, 3, 31), QDate(2027, 4, 30)};
    QTest::newRow("leap year February 29")
        << QDate(2028, 1, 31) << true
        << QList<QDate>{QDate(2028, 1, 31), QDate(2028, 2, 29), QDate(2028, 3, 31), QDate(2028, 4, 30)};
    QTest::newRow("last of month from February 28")
        << QDate(2027, 2, 28) << true
        << QList<QDate>{QDate(2027, 2, 28), QDate(2027, 3, 31), QDate(2027, 4, 30), QDate(2027, 5, 31)};
    QTest::newRow("same day each month from February 28")
        << QDate(2027, 2, 28) << false
        << QList<QDate>{QDate(2027, 2, 28), QDate(2027, 3, 28), QDate(2027, 4, 28), QDate(2027, 5, 28)};
    QTest::newRow("the 30th, February its last day")
        << QDate(2027, 1, 30) << false
        << QList<QDate>{QDate(2027, 1, 30), QDate(2027, 2, 28), QDate(2027, 3, 30), QDate(2027, 4, 30)};
    QTest::newRow("over the year end")
        << QDate(2026, 11, 30) << true
        << QList<QDate>{QDate(2026, 11, 30), QDate(2026, 12, 31), QDate(2027, 1, 31), QDate(2027, 2, 28)};
}

void TestPaymentPlan::dates()
{
    QFETCH(QDate, first);
    QFETCH(bool, lastOfMonth);
    QFETCH(QList<QDate>, expected);
    PaymentPlanTerms t;
    t.firstDate = first;
    t.lastOfMonth = lastOfMonth;
    QList<QDate> actual;
    for (int k = 1; k <= expected.size(); ++k)
        actual << t.dateFor(k);
    QCOMPARE(actual, expected);
}

void TestPaymentPlan::fortyEightMonths_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("monthly");
    QTest::addColumn<QString>("then");
    QTest::addColumn<bool>("tooLong");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("fitting");
    // 10 000,00 without interest: 200 kr needs 50 months; 10 000 / 48 =
    // 208,33, so 209 kr (48 × 208 = 9 984 < 10 000 needs a 49th).
    QTest::newRow("200 kr: 50 months, 209 kr fits") << 0 << "200" << "0" << true << 48 << "209,00";
    // 209 kr: 47 × 209 = 9 823, the 48th pays 177: exactly 48, accepted.
    QTest::newRow("209 kr: exactly 48 months") << 0 << "209" << "0" << false << 48 << "209,00";
    // 100 kr for 12 months leaves 8 800 for 36: 244,44 → 245 kr then.
    QTest::newRow("100 kr for 12 months, then 245 kr fits")
        << 12 << "100" << "200" << true << 48 << "245,00";
}

void TestPaymentPlan::fortyEightMonths()
{
    QFETCH(int, months);
    QFETCH(QString, monthly);
    QFETCH(QString, then);
    QFETCH(bool, tooLong);
    QFETCH(int, count);
    QFETCH(QString, fitting);
    PaymentPlanTerms t = terms(QDate(2026, 12, 31), "1");
    t.monthly = *Money::parse(monthly);
    t.months = months;
    t.then = *Money::parse(then);
    const PaymentScheduleInput in{QDate(2026, 11, 26), kr("10000"), Money(), Money(), t};
    const PaymentSchedule s = PaymentPlanService::schedule(in, InterestSettings(), rates());
    QCOMPARE(s.tooLong, tooLong);
    QCOMPARE(int(s.instalments.size()), count);
    const auto fit = PaymentPlanService::fittingAmount(in, InterestSettings(), rates());
    QVERIFY(fit);
    QCOMPARE(fit->toPlainString(), fitting);
}

void TestPaymentPlan::claimLines_data()
{
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<bool>("noInterest");
    QTest::addColumn<QString>("capital");
    QTest::addColumn<QString>("fees");
    QTest::addColumn<QString>("interest");
    // 040000001: 299 days 2026-02-01..11-26 at 10 % on 1 000,00 =
    //   100 000 × 299 / 3 650 = 8 191,78 → 81,92 in all: the 20,00 debited
    //   (still open) + 61,92 not yet debited. Fee 180,00 debited.
    QTest::newRow("fees and debited interest") << "040000001" << false << "1000,00" << "180,00"
                                               << "81,92";
    QTest::newRow("no interest keeps the debited interest")
        << "040000001" << true << "1000,00" << "180,00" << "20,00";
    // 040000002: 26 days 2026-11-01..11-26 on 500,00: 50 000 × 26 / 3 650 =
    //   356,16 → 3,56.
    QTest::newRow("accrued interest only") << "040000002" << false << "500,00" << "0,00" << "3,56";
}

void TestPaymentPlan::claimLines()
{
    QFETCH(QString, invoice);
    QFETCH(bool, noInterest);
    QFETCH(QString, capital);
    QFETCH(QString, fees);
    QFETCH(QString, interest);
    const PaymentPlanClaimLine l = PaymentPlanService(*m_ledger->db)
                                       .claimLine({QStringLiteral("1"), invoice.mid(1)},
                                                  QDate(2026, 11, 26), noInterest);
    QCOMPARE(l.invoiceNumber, invoice);
    QCOMPARE(l.capital.toPlainString(), capital);
    QCOMPARE(l.fees().toPlainString(), fees);
    QCOMPARE(l.interest.toPlainString(), interest);
}

// Two claims and two other rows, 500 kr a month on the last day, 25 kr
// notice fee. Opening: capital 1 000 + 500 + 300 = 1 800,00; fees 180 + 170
// = 350,00; interest 81,92 + 3,56 + 12,50 (given) = 97,98; debt 2 247,98.
// #1 2026-12-31, 35 d on 180 000: × 35 / 3 650 = 1 726,03 → 17,26; pays 350
//    fees, 115,24 interest, 34,76 capital → 1 765,24.
// #2 2027-01-31, 31 d on 176 524: 1 499,24 → 14,99; capital 485,01 → 1 280,23.
// #3 2027-02-28, 28 d on 128 023: 982,09 → 9,82; capital 490,18 → 790,05.
// #4 2027-03-31, 31 d on 79 005: 671,00 → 6,71; capital 493,29 → 296,76.
// #5 2027-04-30, 30 d on 29 676: 243,91 → 2,44; last: 296,76 + 2,44 + 25.
// Paid in all 4 × 525 + 324,20 = 2 424,20 = 2 247,98 + 51,22 + 5 × 25.
void TestPaymentPlan::planAndCommit()
{
    Database &db = *m_ledger->db;
    PaymentPlanRequest r;
    r.claims = {ref("40000001"), ref("040000002")};
    r.others = {{QStringLiteral("Skadestånd"), kr("300"), QDate(), kr("12,50")},
                {QStringLiteral("Avgift amorteringsplan"), kr("170"), QDate(), std::nullopt}};
    r.terms = terms(QDate(2026, 12, 31), "500", false);
    r.terms.lastOfMonth = true;
    r.terms.noticeFee = kr("25");
    r.texts = {QStringLiteral("Enligt överenskommelse per telefon 2026-11-25.")};
    PaymentPlanService service(db);
    const PaymentPlan checked = service.plan(r);
    QCOMPARE(checked.debtor.name, QStringLiteral("Andersson, Anna"));
    QCOMPARE(checked.creditor.orgNr, QStringLiteral("2120000142"));
    QCOMPARE(checked.creditor.bankgiro, QStringLiteral("58056201"));
    QCOMPARE(checked.capital().toPlainString(), QStringLiteral("1800,00"));
    QCOMPARE(checked.fees().toPlainString(), QStringLiteral("350,00"));
    QCOMPARE(checked.accruedInterest().toPlainString(), QStringLiteral("97,98"));
    QCOMPARE(checked.totalDebt().toPlainString(), QStringLiteral("2247,98"));
    const QStringList expected{
        "1 2026-12-31 amount=525,00 fees=350,00 interest=115,24 capital=34,76 notice=25,00 remaining=1765,24",
        "2 2027-01-31 amount=525,00 fees=0,00 interest=14,99 capital=485,01 notice=25,00 remaining=1280,23",
        "3 2027-02-28 amount=525,00 fees=0,00 interest=9,82 capital=490,18 notice=25,00 remaining=790,05",
        "4 2027-03-31 amount=525,00 fees=0,00 interest=6,71 capital=493,29 notice=25,00 remaining=296,76",
        "5 2027-04-30 amount=324,20 fees=0,00 interest=2,44 capital=296,76 notice=25,00 remaining=0,00"};
    QCOMPARE(describe(checked.instalments), expected);
    QCOMPARE(checked.newInterest().toPlainString(), QStringLiteral("51,22"));
    QCOMPARE(checked.totalToPay().toPlainString(), QStringLiteral("2424,20"));
    // The check changed nothing.
    QCOMPARE(m_ledger->count(QStringLiteral("payment_plan")), 0);
    QVERIFY(!service.savedCreditor());

    const PaymentPlan plan = service.commit(r);
    QVERIFY(plan.id > 0);
    QCOMPARE(describe(plan.instalments), expected);
    InvoiceRepository repo(db);
    for (const char *number : {"040000001", "040000002"}) {
        const Invoice inv = repo.require(QStringLiteral("001"), QString::fromLatin1(number));
        QCOMPARE(inv.paymentPlanDate, QDate(2026, 11, 26));
        QCOMPARE(inv.watchText, QStringLiteral("Amorteringsplan"));
        QCOMPARE(inv.dunningCode, 3); // kravparametrar: amorteringsplan → kravkod 3
        const auto audit = AuditLog(db).entriesFor(QStringLiteral("invoice"),
                                                   QStringLiteral("001/") + QLatin1String(number));
        QStringList fields;
        for (const AuditLog::Entry &e : audit)
            fields << e.field;
        QVERIFY2(fields.contains(QStringLiteral("payment_plan_date")), qPrintable(fields.join(',')));
        QVERIFY(fields.contains(QStringLiteral("watch_text")));
        QVERIFY(fields.contains(QStringLiteral("dunning_code")));
    }
    QCOMPARE(m_ledger->count(QStringLiteral("payment_plan_claim")), 2);
    QVERIFY(!AuditLog(db).entriesFor(QStringLiteral("payment_plan"), QString::number(plan.id)).isEmpty());
    // Saved once: the creditor is now stored, and the plan prints again unchanged.
    QCOMPARE(service.savedCreditor()->name, QStringLiteral("Testkommunen"));
    const auto again = service.stored(plan.id);
    QVERIFY(again);
    QCOMPARE(describe(again->instalments), expected);
    QCOMPARE(again->totalDebt(), plan.totalDebt());
    QCOMPARE(again->texts, r.texts);
    QCOMPARE(again->claims.size(), 4);
    QCOMPARE(again->claims.at(2).text, QStringLiteral("Skadestånd"));
    QVERIFY(again->claims.at(2).interestGiven);
    const QList<PaymentPlanInfo> list = service.plans();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().instalments, 5);
    QCOMPARE(list.first().lastDate, QDate(2027, 4, 30));
}

void TestPaymentPlan::alreadyInPlanUntilReleased()
{
    PaymentPlanService service(*m_ledger->db);
    try {
        service.claimLine(ref("040000002"), QDate(2026, 11, 26));
        QFAIL("a claim in a plan was accepted again");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("ingår redan i en amorteringsplan")),
                 qPrintable(e.message()));
    }
    service.releaseClaim(ref("040000002"));
    QVERIFY(!InvoiceRepository(*m_ledger->db)
                 .require(QStringLiteral("001"), QStringLiteral("040000002"))
                 .paymentPlanDate.isValid());
    QCOMPARE(service.claimLine(ref("040000002"), QDate(2026, 11, 26)).capital, kr("500"));
}

PaymentPlanRequest TestPaymentPlan::validRequest() const
{
    PaymentPlanRequest r;
    r.claims = {ref("040000003")};
    r.terms = terms(QDate(2026, 12, 31), "500", false);
    return r;
}

void TestPaymentPlan::refusals_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("message");
    int i = 0;
    QTest::newRow("25 claims") << i++ << "Högst 24 fakturor kan ingå i en amorteringsplan; 25 är angivna.";
    QTest::newRow("creditor without giro") << i++ << "plusgironummer eller bankgironummer måste anges";
    QTest::newRow("creditor org.nr 9 digits") << i++ << "organisationsnummer ska vara 10 siffror";
    QTest::newRow("creditor org.nr check digit") << i++ << "2120000143 har fel kontrollsiffra";
    QTest::newRow("first date not the last of its month")
        << i++ << "första betalningsdag 2027-01-30 är inte den sista i månaden (2027-01-31)";
    QTest::newRow("first date before the plan date") << i++ << "är före planens datum 2026-11-26";
    QTest::newRow("monthly amount in öre") << i++ << "Månadsbelopp anges i hela kronor";
    QTest::newRow("monthly amount 9 digits") << i++ << "Månadsbelopp har högst 8 siffror";
    QTest::newRow("then without months") << i++ << "Ange i hur många månader 500 kr betalas";
    QTest::newRow("months without then") << i++ << "Därefter (nytt månadsbelopp) ska vara större än 0";
    QTest::newRow("notice fee over the cap without reason")
        << i++ << "Aviseringsavgiften 171 kr är över lagens gräns 170 kr";
    QTest::newRow("other claim with due date and interest")
        << i++ << "Övrig fordran rad 1: ange förfallodag eller ränta, inte båda";
    QTest::newRow("other claim text 36 characters") << i++ << "texten är 36 tecken, högst 35";
    QTest::newRow("another debtor's claim") << i++ << "gäller 20121212-1212, inte gäldenären 19811218-9876";
    QTest::newRow("paid claim") << i++ << "Faktura 001/040000005 har ingen skuld";
    QTest::newRow("unknown claim") << i++ << "040000099";
    QTest::newRow("same claim twice") << i++ << "Rad 2: faktura 001/040000003 finns redan på rad 1";
    QTest::newRow("nothing in the plan") << i++ << "Ange minst en faktura eller en övrig fordran";
    QTest::newRow("person number 2 invalid") << i++ << "Gäldenär: personnummer 2 121212-1213";
    QTest::newRow("six text lines") << i++ << "Kompletterande text: högst 5 rader";
    QTest::newRow("longer than 48 months, the amount that fits")
        << i++ << "Planen blir längre än 48 månader. Månadsbelopp som räcker: 209 kr (angivet 200 kr).";
}

void TestPaymentPlan::refusals()
{
    QFETCH(int, what);
    QFETCH(QString, message);
    PaymentPlanRequest r = validRequest();
    PaymentPlanService service(*m_ledger->db);
    PaymentPlanCreditor creditor{QStringLiteral("2120000142"), QStringLiteral("Testkommunen"),
                                 {}, {}, {}, {}, {}, QStringLiteral("58056201")};
    switch (what) {
    case 0:
        r.claims.clear();
        for (int n = 1; n <= 25; ++n)
            r.claims << PaymentPlanClaimRef{QStringLiteral("001"), QString::number(40000000 + n)};
        break;
    case 1: creditor.bankgiro.clear(); r.creditor = creditor; break;
    case 2: creditor.orgNr = QStringLiteral("212000014"); r.creditor = creditor; break;
    case 3: creditor.orgNr = QStringLiteral("2120000143"); r.creditor = creditor; break;
    case 4: r.terms.firstDate = QDate(2027, 1, 30); r.terms.lastOfMonth = true; break;
    case 5: r.terms.firstDate = QDate(2026, 11, 25); break;
    case 6: r.terms.monthly = kr("500,50"); break;
    case 7: r.terms.monthly = Money::fromKronor(100'000'000); break;
    case 8: r.terms.then = kr("300"); break;
    case 9: r.terms.months = 6; break;
    case 10: r.terms.noticeFee = kr("171"); break;
    case 11: r.others = {{QStringLiteral("Hyra"), kr("100"), QDate(2026, 1, 31), kr("5")}}; break;
    case 12: r.others = {{QString(36, QLatin1Char('x')), kr("100"), QDate(2026, 1, 31), {}}}; break;
    case 13: r.claims << ref("040000004"); break;
    case 14: r.claims = {ref("040000005")}; break;
    case 15: r.claims = {ref("040000099")}; break;
    case 16: r.claims << ref("40000003"); break;
    case 17: r.claims.clear(); break;
    case 18:
        r.debtor = service.debtorFrom(ref("040000003"));
        r.debtor.name2 = QStringLiteral("Andersson, Bengt");
        r.debtor.idNumber2 = QStringLiteral("121212-1213");
        break;
    case 19: r.texts = QStringList(6, QStringLiteral("rad")); break;
    case 20:
        r.claims.clear();
        r.debtor.name = QStringLiteral("Berg, Bo");
        r.debtor.idNumber = QStringLiteral("121212-1212");
        r.others = {{QStringLiteral("Hyra"), kr("10000"), QDate(), kr("0")}};
        r.terms.noInterest = true;
        r.terms.monthly = kr("200");
        break;
    }
    const qint64 plansBefore = m_ledger->count(QStringLiteral("payment_plan"));
    try {
        service.commit(r);
        QFAIL("the plan was accepted");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(m_ledger->count(QStringLiteral("payment_plan")), plansBefore);
    QVERIFY(!InvoiceRepository(*m_ledger->db)
                 .require(QStringLiteral("001"), QStringLiteral("040000003"))
                 .paymentPlanDate.isValid());
}

void TestPaymentPlan::noticeFeeOverrideIsLogged()
{
    PaymentPlanRequest r;
    r.debtor.name = QStringLiteral("Cederlund, Cecilia");
    r.debtor.idNumber = QStringLiteral("121212-1212");
    r.others = {{QStringLiteral("Hyresskuld mars"), kr("1000"), QDate(), kr("0")}};
    r.terms = terms(QDate(2026, 12, 31), "600", true);
    r.terms.noticeFee = kr("200");
    r.terms.noticeFeeOverrideReason = QStringLiteral("Avtalad avgift enligt dom");
    const PaymentPlan plan = PaymentPlanService(*m_ledger->db).commit(r);
    // 1 000,00 at 600 a month: 600 + 200, then the last 400 + 200.
    QCOMPARE(describe(plan.instalments),
             (QStringList{"1 2026-12-31 amount=800,00 fees=0,00 interest=0,00 capital=600,00 notice=200,00 remaining=400,00",
                          "2 2027-01-31 amount=600,00 fees=0,00 interest=0,00 capital=400,00 notice=200,00 remaining=0,00"}));
    const auto audit = AuditLog(*m_ledger->db)
                           .entriesFor(QStringLiteral("payment_plan"), QString::number(plan.id));
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().context.contains(QStringLiteral("200 kr över gränsen 170 kr: Avtalad "
                                                           "avgift enligt dom")),
             qPrintable(audit.first().context));
}

void TestPaymentPlan::commitIsAllOrNothing()
{
    Database &db = *m_ledger->db;
    // A kravkod that does not exist: the first claim is stamped before the
    // code is refused, and all of it must be rolled back.
    db.run(QStringLiteral("UPDATE setting SET value = '8' WHERE scope = 'dunning_parameters' "
                          "AND name = 'payment_plan_code'"));
    PaymentPlanRequest r;
    r.claims = {ref("040000006"), ref("040000007")};
    r.terms = terms(QDate(2026, 12, 31), "100", false);
    const qint64 plans = m_ledger->count(QStringLiteral("payment_plan"));
    const qint64 audits = m_ledger->count(QStringLiteral("audit_log"));
    try {
        PaymentPlanService(db).commit(r);
        QFAIL("a missing kravkod was accepted");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Kravkod 8 finns inte")), qPrintable(e.message()));
    }
    db.run(QStringLiteral("UPDATE setting SET value = '3' WHERE scope = 'dunning_parameters' "
                          "AND name = 'payment_plan_code'"));
    QCOMPARE(m_ledger->count(QStringLiteral("payment_plan")), plans);
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), audits);
    for (const char *number : {"040000006", "040000007"}) {
        const Invoice inv = InvoiceRepository(db).require(QStringLiteral("001"),
                                                          QString::fromLatin1(number));
        QVERIFY(!inv.paymentPlanDate.isValid());
        QVERIFY(inv.watchText.isEmpty());
        QCOMPARE(inv.version, 1);
    }
}

QTEST_GUILESS_MAIN(TestPaymentPlan)
#include "tst_paymentplan.moc"
