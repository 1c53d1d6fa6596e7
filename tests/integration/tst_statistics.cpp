// Statistik (core/reports/statistics.h): every chart's numbers on a small
// ledger built by hand, per bucket, month and age group, for the whole
// ledger and for one company; the age-bucket bounds at their edges; the
// bounds the clerk types.
//
// The ledger, today 2026-11-26 (days past due = today − due date):
//   claim        company inv.date    due         amount  id (born)       state
//   A 040000001  001     2026-11-02  2026-12-02  1000    811218 (1981)   not due
//   B 040000002  001     2026-10-01  2026-11-26   500    811218 (1981)   due today = not due
//   C 070000003  001     2026-10-15  2026-11-10  2000    9203154563*     16 days
//   K 070000011  001     2026-10-01  2026-10-27   100    650505 (1965)   30 days
//   L 070000012  001     2026-10-01  2026-10-26   100    650505 (1965)   31 days
//   D 070000004  001     2026-08-01  2026-08-31  3000    0101012342*     87 days, reminded
//   F 010000006  001     2026-05-01  2026-05-31  1500    none            179 days, agency
//   E 010000005  001     2026-03-01  2026-03-31  4000    556036-0793     240 days, demand
//   G 040000007  001     2026-06-01  2026-06-30   800    500101 (1950)   paid 2026-07-10
//   H 040000008  001     2025-11-20  2025-12-20   600    811218          paid 2026-01-15
//   I 040000009  001     2026-11-03  2026-12-03  -200    811218          credit invoice
//   J 070000010  002     2026-09-10  2026-10-10   700    811218 (1981)   47 days
// * stored in the old 10-digit form: 92 > 26 → 1992, 01 ≤ 26 → 2001.
// Every claim is registered (created_at) on its invoice date, 08:00 UTC.
#include "ledger/posting.h"
#include "reports/statistics.h"
#include "users/access.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::StatisticKind)

namespace {

const QDate kToday(2026, 11, 26);

InvoiceDraft claim(const QString &company, const QString &number, const QDate &invoiceDate,
                   const QDate &due, qint64 kronor, const QString &id,
                   const QString &customerNumber = {})
{
    InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(kronor),
                                       QStringLiteral("Kund ") + number.right(2), id);
    d.company = company;
    d.invoiceDate = invoiceDate;
    d.dueDate = due;
    d.customerNumber = customerNumber;
    return d;
}

void pay(Database &db, const QString &number, qint64 kronor, const QDate &date)
{
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = number;
    r.method = QStringLiteral("B");
    r.amount = Money::fromKronor(kronor);
    r.transactionDate = date;
    PostingService(db).post(r);
}

// "label=value" (or "label=v1/v2") per row, in order.
QStringList rowsOf(const Statistic &s)
{
    QStringList out;
    for (const StatisticRow &row : s.rows) {
        QStringList values;
        for (qint64 v : row.values)
            values << QString::number(v);
        out << row.label + QLatin1Char('=') + values.join(QLatin1Char('/'));
    }
    return out;
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts_data();
    void counts();
    void ageBucketsAreConfigurable();
    void onlyVisibleCompaniesCount();
    void emptyLedgerShowsNothing();
    void bounds_data();
    void bounds();
    void keysRoundTrip();

private:
    std::unique_ptr<TestLedger> m_ledger;
};

void TestStatistics::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>(kToday);
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    const QString anna = QStringLiteral("811218-9876");
    m_ledger->registerInvoices({
        claim("001", "040000001", {2026, 11, 2}, {2026, 12, 2}, 1000, anna),
        claim("001", "040000002", {2026, 10, 1}, {2026, 11, 26}, 500, anna),
        claim("001", "070000003", {2026, 10, 15}, {2026, 11, 10}, 2000, "920315-4563"),
        claim("001", "070000011", {2026, 10, 1}, {2026, 10, 27}, 100, "650505-1232"),
        claim("001", "070000012", {2026, 10, 1}, {2026, 10, 26}, 100, "650505-1232"),
        claim("001", "070000004", {2026, 8, 1}, {2026, 8, 31}, 3000, "010101-2342"),
        claim("001", "010000006", {2026, 5, 1}, {2026, 5, 31}, 1500, QString(), "9001"),
        claim("001", "010000005", {2026, 3, 1}, {2026, 3, 31}, 4000, "556036-0793"),
        claim("001", "040000007", {2026, 6, 1}, {2026, 6, 30}, 800, "500101-2342"),
        claim("001", "040000008", {2025, 11, 20}, {2025, 12, 20}, 600, anna),
        claim("001", "040000009", {2026, 11, 3}, {2026, 12, 3}, -200, anna),
        claim("002", "070000010", {2026, 9, 10}, {2026, 10, 10}, 700, anna),
    });
    Database &db = *m_ledger->db;
    pay(db, QStringLiteral("040000007"), 800, QDate(2026, 7, 10));
    pay(db, QStringLiteral("040000008"), 600, QDate(2026, 1, 15));
    // The states the dunning steps would leave, and the old 10-digit ids.
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-09-10' WHERE invoice_number "
                          "= '070000004'"));
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-04-10', collection_date = "
                          "'2026-04-30' WHERE invoice_number = '010000005'"));
    db.run(QStringLiteral("UPDATE invoice SET collection_date = '2026-07-01', "
                          "agency_transfer_date = '2026-08-01' WHERE invoice_number = "
                          "'010000006'"));
    db.run(QStringLiteral("UPDATE invoice SET id_number = '9203154563' WHERE invoice_number = "
                          "'070000003'"));
    db.run(QStringLiteral("UPDATE invoice SET id_number = '0101012342' WHERE invoice_number = "
                          "'070000004'"));
    rsk::test::stampCreatedOnInvoiceDate(db);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE balance_ore > 0"))
                 .toInt(),
             9);
}

void TestStatistics::counts_data()
{
    QTest::addColumn<StatisticKind>("kind");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QStringList>("expected");
    using K = StatisticKind;
    // By invoice date, Dec 2025 – Nov 2026: H (2025-11) falls outside.
    QTest::newRow("new claims per month, whole ledger")
        << K::NewClaimsPerMonth << ""
        << QStringList{"2025-12=0", "2026-01=0", "2026-02=0", "2026-03=1", "2026-04=0",
                       "2026-05=1", "2026-06=1", "2026-07=0", "2026-08=1", "2026-09=1",
                       "2026-10=4", "2026-11=2"};
    QTest::newRow("new claims per month, company 002: only J")
        << K::NewClaimsPerMonth << "002"
        << QStringList{"2025-12=0", "2026-01=0", "2026-02=0", "2026-03=0", "2026-04=0",
                       "2026-05=0", "2026-06=0", "2026-07=0", "2026-08=0", "2026-09=1",
                       "2026-10=0", "2026-11=0"};
    QTest::newRow("closed per month: G in July, H in January")
        << K::ClosedPerMonth << ""
        << QStringList{"2025-12=0", "2026-01=1", "2026-02=0", "2026-03=0", "2026-04=0",
                       "2026-05=0", "2026-06=0", "2026-07=1", "2026-08=0", "2026-09=0",
                       "2026-10=0", "2026-11=0"};
    // Open: 04 A B; 07 C D K L J; 01 E F. Paid G H and the credit I are not.
    QTest::newRow("open claims per routine, whole ledger")
        << K::ActiveByRoutine << ""
        << QStringList{"01 Diverse=2", "04 Vatten=2", "07 Hyror=5"};
    QTest::newRow("open claims per routine, company 001 (J is 002)")
        << K::ActiveByRoutine << "001"
        << QStringList{"01 Diverse=2", "04 Vatten=2", "07 Hyror=4"};
    // Not due A B (B due today); 1–30 C (16) K (30); 31–60 L (31) J (47);
    // 61–90 D (87); 91–180 F (179); over 180 E (240).
    QTest::newRow("open claims by days past due")
        << K::ActiveByAge << ""
        << QStringList{"Ej förfallna=2", "1–30=2", "31–60=2", "61–90=1", "91–180=1",
                       "över 180=1"};
    QTest::newRow("open claims by days past due, company 001")
        << K::ActiveByAge << "001"
        << QStringList{"Ej förfallna=2", "1–30=2", "31–60=1", "61–90=1", "91–180=1",
                       "över 180=1"};
    // öre: 1000+500 kr; 2000+100; 100+700; 3000; 1500; 4000.
    QTest::newRow("open balance by days past due")
        << K::AmountByAge << ""
        << QStringList{"Ej förfallna=150000", "1–30=210000", "31–60=80000", "61–90=300000",
                       "91–180=150000", "över 180=400000"};
    // Debtors with an open claim: 811218 (A B J, age 45); 1992 (C, 34);
    // 2001 (D, 25); 650505 (K L, 61); the organisation (E); F without a number.
    QTest::newRow("debtors by age group")
        << K::DebtorsByAgeGroup << ""
        << QStringList{"0–25=1", "26–35=1", "36–45=1", "46–55=0", "56–65=1", "66–75=0",
                       "76–=0", "Organisationer=1", "Okänt=1"};
    QTest::newRow("debtors by age group, company 002: J's debtor only")
        << K::DebtorsByAgeGroup << "002"
        << QStringList{"0–25=0", "26–35=0", "36–45=1", "46–55=0", "56–65=0", "66–75=0",
                       "76–=0", "Organisationer=0", "Okänt=0"};
    // E has a collection demand; F (demand too) went to the agency.
    QTest::newRow("open claims in collection")
        << K::CollectionShare << ""
        << QStringList{"Ej i inkasso=7", "Inkassokrav skickat=1",
                       "Överförda till inkassoombud=1"};
    // Registered in 2026 (H in 2025 is not): November holds A and the credit I.
    QTest::newRow("invoices per month this year, invoices/credit invoices")
        << K::InvoicesPerMonth << ""
        << QStringList{"2026-01=0/0", "2026-02=0/0", "2026-03=1/0", "2026-04=0/0",
                       "2026-05=1/0", "2026-06=1/0", "2026-07=0/0", "2026-08=1/0",
                       "2026-09=1/0", "2026-10=4/0", "2026-11=1/1", "2026-12=0/0"};
}

void TestStatistics::counts()
{
    QFETCH(StatisticKind, kind);
    QFETCH(QString, company);
    QFETCH(QStringList, expected);
    StatisticsOptions o;
    o.company = company;
    const Statistic s = Statistics(*m_ledger->db).compute(kind, o);
    QCOMPARE(rowsOf(s), expected);
    QCOMPARE(s.kind, kind);
    QCOMPARE(s.title, Statistics::title(kind));
    QCOMPARE(s.scope, company.isEmpty() ? QStringLiteral("Hela reskontran")
                                        : QStringLiteral("Företag ") + company);
    QCOMPARE(s.unit == Statistic::Unit::Money, kind == StatisticKind::AmountByAge);
}

void TestStatistics::ageBucketsAreConfigurable()
{
    // Bounds 15, 45: C (16), K (30), L (31) in 16–45; J (47) D F E over 45.
    StatisticsOptions o;
    o.ageBucketDays = {15, 45};
    const Statistic s = Statistics(*m_ledger->db).compute(StatisticKind::ActiveByAge, o);
    QCOMPARE(rowsOf(s), (QStringList{"Ej förfallna=2", "1–15=0", "16–45=3", "över 45=4"}));
    QCOMPARE(s.total(), 9);
    // Shares for the table: 3 of 9 = 33,3 %.
    QCOMPARE(qRound(s.sharePercent(2) * 10), 333);

    o.ageBucketDays = {60, 30};
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             Statistics(*m_ledger->db).compute(StatisticKind::ActiveByAge, o));
}

// Issue 7: "the whole ledger" for a user without every company is the
// companies the user may see; another company cannot be asked for.
void TestStatistics::onlyVisibleCompaniesCount()
{
    Database &db = *m_ledger->db;
    db.setAccess(Access(QStringLiteral("kalle"), Role::Read, {QStringLiteral("001")}));
    Statistic s = Statistics(db).compute(StatisticKind::ActiveByRoutine, {});
    QCOMPARE(rowsOf(s), (QStringList{"01 Diverse=2", "04 Vatten=2", "07 Hyror=4"}));
    QCOMPARE(s.scope, QStringLiteral("Företag 001 (de du har behörighet till)"));
    db.setAccess(Access(QStringLiteral("kalle"), Role::Read, {QStringLiteral("002")}));
    s = Statistics(db).compute(StatisticKind::DebtorsByAgeGroup, {});
    QCOMPARE(rowsOf(s), (QStringList{"0–25=0", "26–35=0", "36–45=1", "46–55=0", "56–65=0",
                                     "66–75=0", "76–=0", "Organisationer=0", "Okänt=0"}));
    StatisticsOptions other;
    other.company = QStringLiteral("001");
    try {
        Statistics(db).compute(StatisticKind::ActiveByRoutine, other);
        QFAIL("counted a company the user has no access to");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), QStringLiteral("Du har inte behörighet till företag 001."));
    }
    db.setAccess(Access::unrestricted());
}

void TestStatistics::emptyLedgerShowsNothing()
{
    TestLedger empty(kToday);
    for (StatisticKind kind : Statistics::kinds()) {
        const Statistic s = Statistics(*empty.db).compute(kind, {});
        QVERIFY2(s.isEmpty(), qPrintable(Statistics::key(kind)));
    }
}

void TestStatistics::bounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // empty = refused
    QTest::newRow("the default") << "30, 60, 90, 180" << QList<int>{30, 60, 90, 180};
    QTest::newRow("blanks and no spaces") << " 10,20 ,30" << QList<int>{10, 20, 30};
    QTest::newRow("one bound") << "45" << QList<int>{45};
    QTest::newRow("falling: refused") << "60, 30" << QList<int>{};
    QTest::newRow("equal: refused") << "30, 30" << QList<int>{};
    QTest::newRow("zero: refused") << "0, 30" << QList<int>{};
    QTest::newRow("not a number: refused") << "30, sextio" << QList<int>{};
    QTest::newRow("empty: refused") << "" << QList<int>{};
    QTest::newRow("eleven bounds: refused") << "1,2,3,4,5,6,7,8,9,10,11" << QList<int>{};
}

void TestStatistics::bounds()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    if (expected.isEmpty()) {
        QVERIFY_THROWS_EXCEPTION(LedgerError, Statistics::parseBounds(text));
        return;
    }
    QCOMPARE(Statistics::parseBounds(text), expected);
    QCOMPARE(Statistics::parseBounds(Statistics::boundsText(expected)), expected);
}

void TestStatistics::keysRoundTrip()
{
    QCOMPARE(Statistics::kinds().size(), 8);
    for (StatisticKind kind : Statistics::kinds())
        QCOMPARE(Statistics::kindFromKey(Statistics::key(kind)), std::optional<StatisticKind>(kind));
    QVERIFY(!Statistics::kindFromKey(QStringLiteral("nonsense")));
    QCOMPARE(Statistics::ageBucketLabels({30, 60}),
             (QStringList{"Ej förfallna", "1–30", "31–60", "över 60"}));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
