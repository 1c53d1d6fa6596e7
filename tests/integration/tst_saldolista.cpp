// Saldolista (handbook 6.4, core/reports/saldolista.h): the totals reconcile
// on a demo ledger and agree with the ledger's own sums; the balance as of a
// date for a claim with transactions on both sides of it; every selection,
// every sort order, the subtotals per routine and company, only-totals, the
// paged rows equal to the streamed ones, and the refusals. The hand-made
// ledger and its numbers are in tests/support/saldolistafixture.h.
#include "saldolistafixture.h"

#include "demo/demogenerator.h"
#include "ledger/posting.h"
#include "reports/saldolista.h"

using namespace rsk;
using rsk::test::SaldolistaFixture;

Q_DECLARE_METATYPE(SaldolistaCriteria)

namespace {

ReportTable collect(ReportPager &report)
{
    ReportTable t;
    report.writeAll(t);
    return t;
}

QStringList invoiceNumbers(const ReportTable &t)
{
    QStringList out;
    for (const ReportRow &r : t.rows())
        if (!r.isSum())
            out << r.text(1);
    return out;
}

// "label: fakturerat påfört inbetalt saldo" in öre, for sum rows.
QString sums(const ReportRow &r)
{
    return QStringLiteral("%1: %2 %3 %4 %5")
        .arg(r.label)
        .arg(r.integer(SaldolistaQuery::kInvoicedColumn))
        .arg(r.integer(SaldolistaQuery::kDebitedColumn))
        .arg(r.integer(SaldolistaQuery::kPaidColumn))
        .arg(r.integer(SaldolistaQuery::kBalanceColumn));
}

QStringList sumRows(const ReportTable &t)
{
    QStringList out;
    for (const ReportRow &r : t.rows())
        if (r.isSum())
            out << sums(r);
    return out;
}

SaldolistaCriteria both()
{
    SaldolistaCriteria c;
    c.companyFrom = QStringLiteral("001");
    c.companyTo = QStringLiteral("002");
    return c;
}

} // namespace

class TestSaldolista : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void totalsReconcileOnTheDemoLedger();
    void asOfBalanceOfAClaimPaidOnBothSidesOfTheDate();
    void subtotalsPerRoutineAndCompany();
    void onlyTotals();
    void narrowLayoutForPrinting();
    void protectedIdentityHidesTheAddress();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void pagesEqualTheStreamedList();
    void refusals_data();
    void refusals();

private:
    std::unique_ptr<SaldolistaFixture> m_ledger;
};

void TestSaldolista::initTestCase()
{
    m_ledger = std::make_unique<SaldolistaFixture>();
}

void TestSaldolista::totalsReconcileOnTheDemoLedger()
{
    QTemporaryDir dir;
    auto db = Database::open(rsk::test::newLedgerLocation(dir, QStringLiteral("demo")),
                             Database::OpenMode::CreateIfMissing);
    db->setUser(QStringLiteral("testare"));
    const QDate today(2026, 11, 26);
    db->setToday(today);
    DemoOptions o;
    o.invoices = 3000;
    o.seed = 7;
    generateDemo(*db, o);
    // Demo claims carry no fees: debit a reminder fee (method 7) on five
    // open ones, so that PÅFÖRT holds fees as well as the demo's refunds.
    QSqlQuery open = db->run(QStringLiteral("SELECT company, invoice_number FROM invoice WHERE "
                                            "balance_ore > 0 ORDER BY id LIMIT 5"));
    QList<QPair<QString, QString>> claims;
    while (open.next())
        claims.append({open.value(0).toString(), open.value(1).toString()});
    QCOMPARE(claims.size(), 5);
    for (const auto &[company, number] : claims) {
        PostingRequest r;
        r.company = company;
        r.invoiceNumber = number;
        r.method = QStringLiteral("7");
        r.amount = Money::fromKronor(60);
        r.transactionDate = today;
        PostingService(*db).post(r);
    }

    // The ledger's own sums, straight from the tables.
    auto scalar = [&](const char *sql) { return db->scalar(QLatin1String(sql)).toLongLong(); };
    const qint64 invoiced = scalar("SELECT SUM(amount_ore) FROM invoice");
    const qint64 debited = scalar("SELECT SUM(effect_ore) FROM ledger_transaction "
                                  "WHERE effect_ore > 0");
    const qint64 paid = scalar("SELECT SUM(effect_ore) FROM ledger_transaction "
                               "WHERE effect_ore < 0");
    const qint64 balance = scalar("SELECT SUM(balance_ore) FROM invoice");
    QVERIFY(debited >= 5 * 6000);
    QVERIFY(paid < 0);

    SaldolistaQuery now(*db, SaldolistaCriteria());
    const QList<Money> t = now.totals();
    QCOMPARE(now.claimCount(), qint64(3000));
    QCOMPARE(t.value(0).ore(), invoiced);
    QCOMPARE(t.value(1).ore(), debited);
    QCOMPARE(t.value(2).ore(), paid);
    QCOMPARE(t.value(3).ore(), balance);
    QCOMPARE(t.value(0) + t.value(1) + t.value(2), t.value(3)); // handbook 6.4 TOTALER

    // The same list rebuilt from the transactions (an as-of date after all of
    // them) is row for row the one read from the claims' running totals.
    SaldolistaCriteria later;
    later.asOf = today.addYears(1);
    SaldolistaQuery rebuilt(*db, later);
    const ReportTable a = collect(now);
    const ReportTable b = collect(rebuilt);
    QCOMPARE(a.rows().size(), b.rows().size());
    for (int i = 0; i < a.rows().size(); ++i)
        QCOMPARE(b.rows().at(i).cells, a.rows().at(i).cells);

    // As of a day in the middle: every row and sum reconciles, and SALDO is
    // the capital plus the transactions up to the day, from the tables.
    SaldolistaCriteria mid;
    mid.asOf = today.addMonths(-8);
    SaldolistaQuery past(*db, mid);
    const ReportTable p = collect(past);
    for (const ReportRow &r : p.rows())
        QCOMPARE(r.integer(SaldolistaQuery::kInvoicedColumn)
                     + r.integer(SaldolistaQuery::kDebitedColumn)
                     + r.integer(SaldolistaQuery::kPaidColumn),
                 r.integer(SaldolistaQuery::kBalanceColumn));
    const qint64 expected =
        db->scalar(QStringLiteral("SELECT SUM(amount_ore) FROM invoice WHERE invoice_date <= ?"),
                   {dateArg(mid.asOf)})
            .toLongLong()
        + db->scalar(QStringLiteral("SELECT SUM(t.effect_ore) FROM ledger_transaction t JOIN "
                                    "invoice i ON i.id = t.invoice_id WHERE "
                                    "i.invoice_date <= ? AND t.transaction_date <= ?"),
                     {dateArg(mid.asOf), dateArg(mid.asOf)})
              .toLongLong();
    QCOMPARE(past.totals().value(3).ore(), expected);
    QVERIFY(past.claimCount() < 3000); // claims invoiced after the day are left out
}

void TestSaldolista::asOfBalanceOfAClaimPaidOnBothSidesOfTheDate()
{
    // Claim A: 1 000,00 invoiced 2026-01-01; fee +60 on 02-15 and payment
    // -300 on 03-02 before 2026-06-30; payment -200 on 07-10 and refund +50
    // on 08-01 after it. As of 06-30: 1 000 + 60 - 300 = 760; now 610.
    SaldolistaCriteria c;
    c.invoiceFrom = c.invoiceTo = QStringLiteral("010000001");
    c.asOf = QDate(2026, 6, 30);
    SaldolistaQuery asOf(*m_ledger->db, c);
    ReportTable t = collect(asOf);
    QCOMPARE(t.rows().size(), 2); // the claim and the total
    const ReportRow &a = t.rows().at(0);
    const ReportLayout l = asOf.layout();
    QCOMPARE(a.integer(SaldolistaQuery::kInvoicedColumn), 100000);
    QCOMPARE(a.integer(SaldolistaQuery::kDebitedColumn), 6000);
    QCOMPARE(a.integer(SaldolistaQuery::kPaidColumn), -30000);
    QCOMPARE(a.integer(SaldolistaQuery::kBalanceColumn), 76000);
    QCOMPARE(a.date(l.columnIndex(QStringLiteral("last_payment"))), QDate(2026, 3, 2));
    QCOMPARE(a.text(l.columnIndex(QStringLiteral("id"))), QStringLiteral("19811218-9876"));
    QCOMPARE(a.date(l.columnIndex(QStringLiteral("reminder2"))), QDate(2026, 3, 1));
    QVERIFY(l.selection.first().startsWith(QStringLiteral("Saldo per 2026-06-30")));

    c.asOf = QDate();
    SaldolistaQuery now(*m_ledger->db, c);
    t = collect(now);
    QCOMPARE(sums(t.rows().at(0)), QStringLiteral(": 100000 11000 -50000 61000"));
    QCOMPARE(t.rows().at(0).date(l.columnIndex(QStringLiteral("last_payment"))),
             QDate(2026, 7, 10));
    // The day of a payment counts it ("on or before").
    c.asOf = QDate(2026, 7, 10);
    SaldolistaQuery onTheDay(*m_ledger->db, c);
    QCOMPARE(onTheDay.totals().value(3).ore(), 100000 + 6000 - 30000 - 20000);
}

void TestSaldolista::subtotalsPerRoutineAndCompany()
{
    SaldolistaQuery q(*m_ledger->db, both());
    const ReportTable t = collect(q);
    QCOMPARE(invoiceNumbers(t),
             QStringList({"010000001", "010000002", "010000003", "040000001", "040000002",
                          "070000001"}));
    // Routine 01: 1 000 + 500 + 300 = 1 800, fees 110, paid -500 -500 = -1 000,
    // 610 + 0 + 300 = 910. Routine 04: 2 000 - 200 = 1 800, -2 000, -200.
    QCOMPARE(sumRows(t),
             QStringList({"Summa rutin 01 Diverse, 3 st: 180000 11000 -100000 91000",
                          "Summa rutin 04 Vatten, 2 st: 180000 0 -200000 -20000",
                          "Summa företag 001 Testkommunen, 5 st: 360000 11000 -300000 71000",
                          "Summa rutin 07 Hyror, 1 st: 80000 0 -10000 70000",
                          "Summa företag 002 Bostadsbolaget, 1 st: 80000 0 -10000 70000",
                          "Totalt, 6 st: 440000 11000 -310000 141000"}));
    // The sum rows sit after their groups: rows 3, 6, 7, 9, 10, 11.
    QList<int> at;
    for (int i = 0; i < t.rows().size(); ++i)
        if (t.rows().at(i).isSum())
            at << i;
    QCOMPARE(at, QList<int>({3, 6, 7, 9, 10, 11}));
    QCOMPARE(t.rows().at(6).level, 1);
    QCOMPARE(t.rows().at(7).level, 2);
    QCOMPARE(t.rows().at(11).type, ReportRow::Type::Total);

    // One routine of one company: no subtotals, only the total (handbook:
    // subtotals "om listan tas för flera rutiner" / "flera företag").
    SaldolistaCriteria one;
    one.companyFrom = QStringLiteral("001");
    one.routineFrom = QStringLiteral("4");
    SaldolistaQuery single(*m_ledger->db, one);
    QCOMPARE(sumRows(collect(single)),
             QStringList({"Totalt, 2 st: 180000 0 -200000 -20000"}));
}

void TestSaldolista::onlyTotals()
{
    SaldolistaCriteria c = both();
    c.onlyTotals = true;
    c.asOf = QDate(2026, 6, 30);
    c.onlyUnpaid = true;
    SaldolistaQuery q(*m_ledger->db, c);
    const ReportTable t = collect(q);
    QVERIFY(invoiceNumbers(t).isEmpty());
    // As of 06-30, unpaid: A 760, C 2 000, F -200, D 700.
    QCOMPARE(sumRows(t),
             QStringList({"Summa rutin 01 Diverse, 1 st: 100000 6000 -30000 76000",
                          "Summa rutin 04 Vatten, 2 st: 180000 0 0 180000",
                          "Summa företag 001 Testkommunen, 3 st: 280000 6000 -30000 256000",
                          "Summa rutin 07 Hyror, 1 st: 80000 0 -10000 70000",
                          "Summa företag 002 Bostadsbolaget, 1 st: 80000 0 -10000 70000",
                          "Totalt, 4 st: 360000 6000 -40000 326000"}));
    QCOMPARE(q.rowCount(), qint64(6));
    QCOMPARE(q.claimCount(), qint64(4));
}

void TestSaldolista::narrowLayoutForPrinting()
{
    SaldolistaCriteria c = both();
    c.detail = SaldolistaCriteria::Detail::Narrow;
    SaldolistaQuery q(*m_ledger->db, c);
    const ReportTable t = collect(q);
    const ReportLayout &l = t.layout();
    QCOMPARE(l.columns.size(), 12);
    QCOMPARE(l.columnIndex(QStringLiteral("invoiced")), SaldolistaQuery::kNarrowInvoicedColumn);
    QCOMPARE(l.columnIndex(QStringLiteral("balance")), SaldolistaQuery::kNarrowInvoicedColumn + 3);
    const int krav = l.columnIndex(QStringLiteral("dunning"));
    // A: reminders 1 and 2, the latest 03-01; D: reminder 1, collection
    // demand and threat, the latest 05-01; B none.
    QCOMPARE(t.rows().at(0).text(krav), QStringLiteral("P1 P2 2026-03-01"));
    QCOMPARE(t.rows().at(1).text(krav), QString());
    QCOMPARE(t.rows().at(8).text(krav), QStringLiteral("P1 IK HB 2026-05-01"));
    QCOMPARE(t.rows().at(8).text(l.columnIndex(QStringLiteral("dunning_code"))),
             QStringLiteral("2"));
    // The same sums as the full list, in the narrow columns.
    const ReportRow &total = t.rows().last();
    const int first = SaldolistaQuery::kNarrowInvoicedColumn;
    QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                 .arg(total.integer(first))
                 .arg(total.integer(first + 1))
                 .arg(total.integer(first + 2))
                 .arg(total.integer(first + 3)),
             QStringLiteral("440000 11000 -310000 141000"));
}

void TestSaldolista::protectedIdentityHidesTheAddress()
{
    SaldolistaCriteria c;
    c.companyFrom = QStringLiteral("002");
    SaldolistaQuery open(*m_ledger->db, c);
    const ReportTable before = collect(open);
    const int address = before.layout().columnIndex(QStringLiteral("address"));
    QCOMPARE(before.rows().at(0).text(address), QStringLiteral("Storgatan 1, 123 45 Småstad"));
    // DOMAIN.md "People and trust": the address is never shown or printed.
    m_ledger->db->run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = "
                                     "(SELECT customer_id FROM invoice WHERE invoice_number = "
                                     "'070000001')"));
    SaldolistaQuery hidden(*m_ledger->db, c);
    const QString shown = collect(hidden).rows().at(0).text(address);
    m_ledger->db->run(QStringLiteral("UPDATE customer SET protected_identity = 0"));
    QCOMPARE(shown, QStringLiteral("Skyddad adress"));
}

void TestSaldolista::filters_data()
{
    QTest::addColumn<SaldolistaCriteria>("criteria");
    QTest::addColumn<QStringList>("invoices");
    auto row = [](const char *name, const std::function<void(SaldolistaCriteria &)> &set,
                  const QStringList &expected) {
        SaldolistaCriteria c = both();
        set(c);
        QTest::newRow(name) << c << expected;
    };
    row("no selection: all six", [](auto &) {},
        {"010000001", "010000002", "010000003", "040000001", "040000002", "070000001"});
    row("only unpaid now: C and B paid, F's -200 is not zero",
        [](auto &c) { c.onlyUnpaid = true; },
        {"010000001", "010000003", "040000002", "070000001"});
    row("only unpaid as of 2026-06-30: C still open, E not invoiced",
        [](auto &c) {
            c.onlyUnpaid = true;
            c.asOf = QDate(2026, 6, 30);
        },
        {"010000001", "040000001", "040000002", "070000001"});
    row("only unpaid as of 2026-07-05: C paid on the day itself",
        [](auto &c) {
            c.onlyUnpaid = true;
            c.asOf = QDate(2026, 7, 5);
        },
        {"010000001", "010000003", "040000002", "070000001"});
    row("as of 2026-06-30 leaves out E (invoiced 07-01)",
        [](auto &c) { c.asOf = QDate(2026, 6, 30); },
        {"010000001", "010000002", "040000001", "040000002", "070000001"});
    row("company 002", [](auto &c) { c.companyFrom = c.companyTo = QStringLiteral("002"); },
        {"070000001"});
    row("routine 4 (= 04)", [](auto &c) { c.routineFrom = c.routineTo = QStringLiteral("4"); },
        {"040000001", "040000002"});
    row("routine from 04, tom empty = nines: 04 and 07",
        [](auto &c) { c.routineFrom = QStringLiteral("04"); },
        {"040000001", "040000002", "070000001"});
    row("routine up to 04", [](auto &c) { c.routineTo = QStringLiteral("04"); },
        {"010000001", "010000002", "010000003", "040000001", "040000002"});
    row("invoice 010000002 to 04 (= 049999999)",
        [](auto &c) {
            c.invoiceFrom = QStringLiteral("010000002");
            c.invoiceTo = QStringLiteral("04");
        },
        {"010000002", "010000003", "040000001", "040000002"});
    row("invoice date February–March",
        [](auto &c) {
            c.invoiceDateFrom = QDate(2026, 2, 1);
            c.invoiceDateTo = QDate(2026, 3, 31);
        },
        {"010000002", "040000001", "070000001"});
    row("due date 2026-03-01–2026-05-01",
        [](auto &c) {
            c.dueFrom = QDate(2026, 3, 1);
            c.dueTo = QDate(2026, 5, 1);
        },
        {"010000001", "040000001", "040000002", "070000001"});
    row("booked 2026-03-01–2026-04-01 (the day itself counts)",
        [](auto &c) {
            c.bookedFrom = QDate(2026, 3, 1);
            c.bookedTo = QDate(2026, 4, 1);
        },
        {"040000001", "040000002"});
    row("register id R-100 to R-2 (R-2… still inside)",
        [](auto &c) {
            c.registerIdFrom = QStringLiteral("R-100");
            c.registerIdTo = QStringLiteral("R-2");
        },
        {"010000001", "010000003"});
    row("person number 55–72 (prefixes)",
        [](auto &c) {
            c.idFrom = QStringLiteral("55");
            c.idTo = QStringLiteral("72");
        },
        {"010000002", "010000003", "070000001"});
    row("person number 12 digits exactly",
        [](auto &c) { c.idFrom = c.idTo = QStringLiteral("19811218-9876"); }, {"010000001"});
    row("customer 20–300 as numbers (not 9, not 1000)",
        [](auto &c) {
            c.customerFrom = QStringLiteral("20");
            c.customerTo = QStringLiteral("300");
        },
        {"010000001", "010000002", "040000001"});
    row("department TN", [](auto &c) { c.departmentFrom = c.departmentTo = QStringLiteral("TN"); },
        {"010000001", "010000002"});
    row("balance from 500,00 (now: A 610, D 700)",
        [](auto &c) { c.balanceFrom = Money::fromKronor(500); }, {"010000001", "070000001"});
    row("balance to 0 (credit F -200, paid B and C)",
        [](auto &c) { c.balanceTo = Money(); }, {"010000002", "040000001", "040000002"});
    row("balance 700–800 as of 06-30 (A 760, D 700)",
        [](auto &c) {
            c.asOf = QDate(2026, 6, 30);
            c.balanceFrom = Money::fromKronor(700);
            c.balanceTo = Money::fromKronor(800);
        },
        {"010000001", "070000001"});
    row("dunning code 2", [](auto &c) { c.dunningCodeFrom = c.dunningCodeTo = 2; },
        {"070000001"});
    row("dunning code up to 3", [](auto &c) { c.dunningCodeTo = 3; }, {"070000001"});
    row("dunning code 3–9: none",
        [](auto &c) {
            c.dunningCodeFrom = 3;
            c.dunningCodeTo = 9;
        },
        {});
    row("only reminded", [](auto &c) { c.onlyReminded = true; }, {"010000001", "070000001"});
    row("only collection-demanded", [](auto &c) { c.onlyCollection = true; }, {"070000001"});
    row("with payment method B", [](auto &c) { c.method = QStringLiteral("b"); }, {"040000001"});
    row("with payment method B as of 06-30: paid 07-05, none",
        [](auto &c) {
            c.method = QStringLiteral("B");
            c.asOf = QDate(2026, 6, 30);
        },
        {});
    row("with payment method 7 (the fee)", [](auto &c) { c.method = QStringLiteral("7"); },
        {"010000001"});
}

void TestSaldolista::filters()
{
    QFETCH(SaldolistaCriteria, criteria);
    QFETCH(QStringList, invoices);
    SaldolistaQuery q(*m_ledger->db, criteria);
    QCOMPARE(invoiceNumbers(collect(q)), invoices);
    QCOMPARE(q.claimCount(), qint64(invoices.size()));
}

void TestSaldolista::sorts_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QStringList>("invoices");
    using S = SaldolistaCriteria::Sort;
    // Company 001, within routine 01 then 04 (the subtotals keep them apart).
    QTest::newRow("1 invoice number")
        << int(S::InvoiceNumber)
        << QStringList{"010000001", "010000002", "010000003", "040000001", "040000002"};
    QTest::newRow("2 person number: 55…, 68…, 81… | 01…, 90…")
        << int(S::IdNumber)
        << QStringList{"010000002", "010000003", "010000001", "040000002", "040000001"};
    QTest::newRow("3 register id: R-100, R-200, R-300 | V-1, V-2")
        << int(S::RegisterId)
        << QStringList{"010000003", "010000001", "010000002", "040000002", "040000001"};
    QTest::newRow("4 department: KS, TN, TN | MBN, MBN")
        << int(S::Department)
        << QStringList{"010000003", "010000001", "010000002", "040000001", "040000002"};
    QTest::newRow("5 name, Swedish order: Ahl, Berg, Ödman | Ceder, Fors")
        << int(S::Name)
        << QStringList{"010000003", "010000002", "010000001", "040000001", "040000002"};
    QTest::newRow("6 due date: 02-28, 04-30, 07-31 | 03-31, 05-01")
        << int(S::DueDate)
        << QStringList{"010000002", "010000001", "010000003", "040000001", "040000002"};
}

void TestSaldolista::sorts()
{
    QFETCH(int, sort);
    QFETCH(QStringList, invoices);
    SaldolistaCriteria c;
    c.companyFrom = QStringLiteral("001");
    c.sort = SaldolistaCriteria::Sort(sort);
    SaldolistaQuery q(*m_ledger->db, c);
    QCOMPARE(invoiceNumbers(collect(q)), invoices);
    // The screen's pages come in the same order.
    QStringList paged;
    for (const ReportRow &r : q.rows(0, 100))
        if (!r.isSum())
            paged << r.text(1);
    QCOMPARE(paged, invoices);
}

void TestSaldolista::pagesEqualTheStreamedList()
{
    SaldolistaCriteria c = both();
    c.asOf = QDate(2026, 6, 30);
    c.sort = SaldolistaCriteria::Sort::Name;
    SaldolistaQuery q(*m_ledger->db, c);
    const ReportTable streamed = collect(q);
    QCOMPARE(q.rowCount(), qint64(streamed.rows().size()));
    // Pages of 3 rows, and one read past the end.
    QList<ReportRow> paged;
    for (qint64 first = 0; first < q.rowCount() + 3; first += 3)
        paged += q.rows(first, 3);
    QCOMPARE(paged.size(), streamed.rows().size());
    for (int i = 0; i < paged.size(); ++i) {
        QCOMPARE(int(paged.at(i).type), int(streamed.rows().at(i).type));
        QCOMPARE(paged.at(i).label, streamed.rows().at(i).label);
        QCOMPARE(paged.at(i).cells, streamed.rows().at(i).cells);
    }
}

void TestSaldolista::refusals_data()
{
    QTest::addColumn<SaldolistaCriteria>("criteria");
    QTest::addColumn<QString>("reason");
    auto row = [](const char *name, const std::function<void(SaldolistaCriteria &)> &set,
                  const char *reason) {
        SaldolistaCriteria c;
        set(c);
        QTest::newRow(name) << c << QString::fromUtf8(reason);
    };
    row("company to before from",
        [](auto &c) {
            c.companyFrom = QStringLiteral("002");
            c.companyTo = QStringLiteral("001");
        },
        "Företag: tom 001 ligger före from 002.");
    row("routine with a letter", [](auto &c) { c.routineFrom = QStringLiteral("4a"); },
        "Rutin: \"4a\" ska vara 1–2 siffror.");
    row("invoice number with a letter", [](auto &c) { c.invoiceFrom = QStringLiteral("01x"); },
        "Fakturanummer from: \"01x\" ska vara 1–9 siffror.");
    row("invoice numbers reversed",
        [](auto &c) {
            c.invoiceFrom = QStringLiteral("04");
            c.invoiceTo = QStringLiteral("01");
        },
        "Fakturanummer: tom 019999999 ligger före from 040000000.");
    row("due dates reversed",
        [](auto &c) {
            c.dueFrom = QDate(2026, 5, 2);
            c.dueTo = QDate(2026, 5, 1);
        },
        "Förfallodatum: tom 2026-05-01 ligger före from 2026-05-02.");
    row("person number with 11 digits", [](auto &c) { c.idFrom = QStringLiteral("19811218987"); },
        "Personnummer from: \"19811218987\" ska vara 1–10 siffror (eller 12 med århundrade).");
    row("balance reversed",
        [](auto &c) {
            c.balanceFrom = Money::fromKronor(10);
            c.balanceTo = Money::fromKronor(-10);
        },
        "Saldobelopp: tom -10,00 ligger före from 10,00.");
    row("dunning codes reversed",
        [](auto &c) {
            c.dunningCodeFrom = 5;
            c.dunningCodeTo = 2;
        },
        "Kravkod: tom 2 ligger före from 5.");
    row("unknown payment method", [](auto &c) { c.method = QStringLiteral("Q"); },
        "Inbetalningssätt \"Q\" finns inte.");
}

void TestSaldolista::refusals()
{
    QFETCH(SaldolistaCriteria, criteria);
    QFETCH(QString, reason);
    try {
        SaldolistaQuery q(*m_ledger->db, criteria);
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), reason);
    }
}

QTEST_GUILESS_MAIN(TestSaldolista)
#include "tst_saldolista.moc"
