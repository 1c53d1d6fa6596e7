// The lists beside the Saldolista on the same hand-made ledger
// (tests/support/saldolistafixture.h): Kundfordringar (handbook 6.5) with its
// date, filter and column sorts; Debiteringsstatistik (8.3) with counts,
// amounts and shares per routine and period; Särredovisad kundfordran (5.4)
// by account. All three agree with the Saldolista's balance as of a date.
#include "saldolistafixture.h"

#include "reports/billingstatistics.h"
#include "reports/receivables.h"
#include "reports/saldolista.h"
#include "reports/separatereceivable.h"

using namespace rsk;
using rsk::test::SaldolistaFixture;

Q_DECLARE_METATYPE(ReceivablesCriteria)

namespace {

ReportTable collect(ReportPager &report)
{
    ReportTable t;
    report.writeAll(t);
    return t;
}

QStringList column(const ReportTable &t, const QString &key)
{
    const int c = t.layout().columnIndex(key);
    QStringList out;
    for (const ReportRow &r : t.rows())
        if (!r.isSum())
            out << reportCellText(r.cells.value(c), t.layout().columns.at(c).kind);
    return out;
}

const QDate kJune30(2026, 6, 30);

} // namespace

class TestClaimLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void receivablesAsOfADate();
    void receivablesSortAndFilter_data();
    void receivablesSortAndFilter();
    void receivablesRefusals();

    void shareIsRoundedHalfAwayFromZero_data();
    void shareIsRoundedHalfAwayFromZero();
    void billingStatisticsPerRoutineAndPeriod();
    void billingStatisticsSelection();

    void separateReceivableByAccount();
    void theListsAgreeOnTheBalance();

private:
    std::unique_ptr<SaldolistaFixture> m_ledger;
};

void TestClaimLists::initTestCase()
{
    m_ledger = std::make_unique<SaldolistaFixture>();
}

void TestClaimLists::receivablesAsOfADate()
{
    ReceivablesCriteria c;
    c.asOf = kJune30;
    ReceivablesQuery q(*m_ledger->db, c);
    const ReportTable t = collect(q);
    // Unpaid at the end of 06-30: A 760, C 2 000 (paid 07-05), F -200, D 700;
    // B paid 03-01, E invoiced 07-01.
    QCOMPARE(column(t, QStringLiteral("invoice_number")),
             QStringList({"010000001", "040000001", "040000002", "070000001"}));
    QCOMPARE(column(t, QStringLiteral("balance")),
             QStringList({"760,00", "2 000,00", "-200,00", "700,00"}));
    // Days overdue at 06-30: due 04-30 → 61, 03-31 → 91, 05-01 → 60, 03-15 → 107.
    QCOMPARE(column(t, QStringLiteral("days_overdue")),
             QStringList({"61", "91", "60", "107"}));
    QCOMPARE(column(t, QStringLiteral("id")).first(), QStringLiteral("19811218-9876"));
    const ReportRow &total = t.rows().last();
    QCOMPARE(total.type, ReportRow::Type::Total);
    QCOMPARE(total.label, QStringLiteral("Totalt, 4 st"));
    // 1 000 + 2 000 - 200 + 800 = 3 600 invoiced; 3 260 outstanding.
    QCOMPARE(total.integer(ReceivablesQuery::kInvoicedColumn), 360000);
    QCOMPARE(total.integer(ReceivablesQuery::kBalanceColumn), 326000);
    QCOMPARE(t.rows().size(), 5); // no subtotals: sorted on any column

    // Today: A 610, E 300, F -200, D 700.
    c.asOf = QDate(2026, 11, 26);
    ReceivablesQuery now(*m_ledger->db, c);
    QCOMPARE(column(collect(now), QStringLiteral("invoice_number")),
             QStringList({"010000001", "010000003", "040000002", "070000001"}));
}

void TestClaimLists::receivablesSortAndFilter_data()
{
    QTest::addColumn<ReceivablesCriteria>("criteria");
    QTest::addColumn<QStringList>("invoices");
    auto row = [](const char *name, const char *sort, bool descending, const char *filter,
                  const QStringList &expected) {
        ReceivablesCriteria c;
        c.asOf = kJune30;
        c.sortColumn = QLatin1String(sort);
        c.descending = descending;
        c.filter = QString::fromUtf8(filter);
        QTest::newRow(name) << c << expected;
    };
    row("balance descending: 2 000, 760, 700, -200", "balance", true, "",
        {"040000001", "010000001", "070000001", "040000002"});
    row("balance ascending", "balance", false, "",
        {"040000002", "070000001", "010000001", "040000001"});
    row("days overdue: 60, 61, 91, 107", "days_overdue", false, "",
        {"040000002", "010000001", "040000001", "070000001"});
    row("name: Ceder, Dahl, Fors, Ödman", "name", false, "",
        {"040000001", "070000001", "040000002", "010000001"});
    row("name descending", "name", true, "",
        {"010000001", "040000002", "070000001", "040000001"});
    row("invoice date descending: 04-01, 03-01, 02-15, 01-01", "invoice_date", true, "",
        {"040000002", "040000001", "070000001", "010000001"});
    row("filter name Öd", "", false, "öd", {"010000001"});
    row("filter invoice 0400", "", false, "0400", {"040000001", "040000002"});
    row("filter person number 900315", "", false, "900315", {"040000001"});
    row("filter customer number 1000", "", false, "1000", {"070000001"});
    row("filter that matches nothing", "", false, "Zetterberg", {});
}

void TestClaimLists::receivablesSortAndFilter()
{
    QFETCH(ReceivablesCriteria, criteria);
    QFETCH(QStringList, invoices);
    ReceivablesQuery q(*m_ledger->db, criteria);
    QCOMPARE(column(collect(q), QStringLiteral("invoice_number")), invoices);
    QStringList paged; // the screen's pages, in the same order
    for (const ReportRow &r : q.rows(0, 50))
        if (!r.isSum())
            paged << r.text(1);
    QCOMPARE(paged, invoices);
}

void TestClaimLists::receivablesRefusals()
{
    auto refused = [&](const ReceivablesCriteria &c) {
        try {
            ReceivablesQuery q(*m_ledger->db, c);
        } catch (const LedgerError &e) {
            return e.message();
        }
        return QString();
    };
    ReceivablesCriteria c;
    QCOMPARE(refused(c),
             QStringLiteral("Datum: ange till och med vilket fakturadatum obetalda fakturor ska "
                            "sökas."));
    c.asOf = kJune30;
    c.sortColumn = QStringLiteral("nonsense");
    QCOMPARE(refused(c), QStringLiteral("Kundfordringar kan inte sorteras på \"nonsense\"."));
}

void TestClaimLists::shareIsRoundedHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("1 of 6 = 16,666… → 16,67") << qint64(1) << qint64(6) << qint64(1667);
    QTest::newRow("1 of 3 = 33,333… → 33,33") << qint64(1) << qint64(3) << qint64(3333);
    QTest::newRow("2 of 3 = 66,666… → 66,67") << qint64(2) << qint64(3) << qint64(6667);
    QTest::newRow("1 of 20 000 = 0,005 → 0,01") << qint64(1) << qint64(20000) << qint64(1);
    QTest::newRow("-1 of 20 000 = -0,005 → -0,01") << qint64(-1) << qint64(20000) << qint64(-1);
    QTest::newRow("1 of -8 = -12,5") << qint64(1) << qint64(-8) << qint64(-1250);
    QTest::newRow("1 of 80 000 = 0,00125 → 0,00") << qint64(1) << qint64(80000) << qint64(0);
    QTest::newRow("of nothing: 0") << qint64(5) << qint64(0) << qint64(0);
    QTest::newRow("huge amounts do not overflow")
        << qint64(9000000000000000) << qint64(9000000000000000) << qint64(10000);
}

void TestClaimLists::shareIsRoundedHalfAwayFromZero()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(qint64, hundredths);
    QCOMPARE(BillingStatisticsQuery::shareHundredths(part, whole), hundredths);
}

void TestClaimLists::billingStatisticsPerRoutineAndPeriod()
{
    BillingStatisticsQuery q(*m_ledger->db, BillingStatisticsCriteria());
    const ReportTable t = collect(q);
    // Periods: 01: 2026-01 (A), 2026-02 (B), 2026-07 (E); 04: 2026-03 (C),
    // 2026-04 (F); 07: 2026-02 (D). Seven rows each, seven per routine sum,
    // seven for the total: 6 × 7 + 3 × 7 + 7 = 70.
    QCOMPARE(q.rowCount(), qint64(70));
    auto line = [&](int row) {
        const ReportRow &r = t.rows().at(row);
        const QString what = r.isSum() ? r.label
                                       : QStringLiteral("%1 %2 %3").arg(r.text(0), r.text(1),
                                                                        r.text(2));
        return QStringLiteral("%1: %2 %3 %4 %5")
            .arg(what)
            .arg(r.integer(BillingStatisticsQuery::kCountColumn))
            .arg(r.integer(BillingStatisticsQuery::kAmountColumn))
            .arg(r.integer(BillingStatisticsQuery::kCountShareColumn))
            .arg(r.integer(BillingStatisticsQuery::kAmountShareColumn));
    };
    // A in 2026-01: 1 of 6 invoices (16,67 %), 1 000 of 4 400 (22,73 %);
    // reminded twice: 100 % of the period.
    QCOMPARE(line(0), QStringLiteral("01 Diverse 2026-01 Fakturerade: 1 100000 1667 2273"));
    QCOMPARE(line(1), QStringLiteral("01 Diverse 2026-01 Påminnelse 1: 1 100000 10000 10000"));
    QCOMPARE(line(2), QStringLiteral("01 Diverse 2026-01 Påminnelse 2: 1 100000 10000 10000"));
    QCOMPARE(line(3), QStringLiteral("01 Diverse 2026-01 Inkassokrav: 0 0 0 0"));
    QCOMPARE(line(14), QStringLiteral("01 Diverse 2026-07 Fakturerade: 1 30000 1667 682"));
    // Routine 01: 3 of 6 (50 %), 1 800 of 4 400 (40,91 %); reminder 1 on one
    // of three (33,33 %), 1 000 of 1 800 (55,56 %).
    QCOMPARE(line(21), QStringLiteral("Summa rutin 01 Diverse – Fakturerade: 3 180000 5000 4091"));
    QCOMPARE(line(22),
             QStringLiteral("Summa rutin 01 Diverse – Påminnelse 1: 1 100000 3333 5556"));
    // C's payment plan, 2026-03: 1 of 1.
    QCOMPARE(line(34), QStringLiteral("04 Vatten 2026-03 Amorteringsplan: 1 200000 10000 10000"));
    // D, 2026-02: reminder 1, collection demand and threat.
    QCOMPARE(line(50), QStringLiteral("07 Hyror 2026-02 Påminnelse 1: 1 80000 10000 10000"));
    QCOMPARE(line(52), QStringLiteral("07 Hyror 2026-02 Inkassokrav: 1 80000 10000 10000"));
    QCOMPARE(line(53),
             QStringLiteral("07 Hyror 2026-02 Hot om betalningsföreläggande: 1 80000 10000 10000"));
    // The whole list: 6 invoices, 4 400; reminder 1 on A and D (2 of 6,
    // 1 800 of 4 400); one threat (16,67 %, 800 of 4 400 = 18,18 %).
    QCOMPARE(line(63), QStringLiteral("Totalt – Fakturerade: 6 440000 10000 10000"));
    QCOMPARE(line(64), QStringLiteral("Totalt – Påminnelse 1: 2 180000 3333 4091"));
    QCOMPARE(line(67),
             QStringLiteral("Totalt – Hot om betalningsföreläggande: 1 80000 1667 1818"));
    QCOMPARE(t.rows().at(63).type, ReportRow::Type::Total);
    QCOMPARE(t.rows().at(21).type, ReportRow::Type::Subtotal);
}

void TestClaimLists::billingStatisticsSelection()
{
    BillingStatisticsCriteria c;
    c.routineFrom = c.routineTo = QStringLiteral("1");
    c.invoiceDateFrom = QDate(2026, 1, 1);
    c.invoiceDateTo = QDate(2026, 2, 28);
    BillingStatisticsQuery q(*m_ledger->db, c);
    const ReportTable t = collect(q);
    // A (2026-01) and B (2026-02): 2 × 7 + 7 + 7 rows.
    QCOMPARE(t.rows().size(), 28);
    QCOMPARE(t.rows().at(21).label, QStringLiteral("Totalt – Fakturerade"));
    QCOMPARE(t.rows().at(21).integer(BillingStatisticsQuery::kCountColumn), 2);
    QCOMPARE(t.rows().at(21).integer(BillingStatisticsQuery::kAmountColumn), 150000);
    QVERIFY(t.layout().selection.contains(QStringLiteral("Rutin: 01")));

    c.routineFrom = QStringLiteral("9x");
    QVERIFY_THROWS_EXCEPTION(LedgerError, BillingStatisticsQuery(*m_ledger->db, c));
}

void TestClaimLists::separateReceivableByAccount()
{
    SeparateReceivableCriteria c;
    c.date = kJune30;
    c.accountFrom = QStringLiteral("3041");
    c.accountTo = QStringLiteral("3042");
    SeparateReceivableQuery water(*m_ledger->db, c);
    ReportTable t = collect(water);
    // C (3041 1 500 + 3042 500, unpaid at 06-30) and F (3041 -200).
    QCOMPARE(column(t, QStringLiteral("invoice_number")),
             QStringList({"040000001", "040000002"}));
    QCOMPARE(column(t, QStringLiteral("account")), QStringList({"3041+", "3041"}));
    QCOMPARE(column(t, QStringLiteral("account_amount")),
             QStringList({"2 000,00", "-200,00"}));
    QCOMPARE(column(t, QStringLiteral("balance")), QStringList({"2 000,00", "-200,00"}));
    QCOMPARE(t.rows().last().label, QStringLiteral("Totalt, 2 st"));
    QCOMPARE(t.rows().last().integer(SeparateReceivableQuery::kBalanceColumn), 180000);

    // Account "301" as a prefix: A's 3011 (760 at 06-30); B paid, E later.
    c.accountFrom = c.accountTo = QStringLiteral("301");
    SeparateReceivableQuery misc(*m_ledger->db, c);
    t = collect(misc);
    QCOMPARE(column(t, QStringLiteral("invoice_number")), QStringList({"010000001"}));
    QCOMPARE(column(t, QStringLiteral("account_amount")), QStringList({"1 000,00"}));
    QCOMPARE(column(t, QStringLiteral("balance")), QStringList({"760,00"}));

    c.date = QDate();
    QVERIFY_THROWS_EXCEPTION(LedgerError, SeparateReceivableQuery(*m_ledger->db, c));
}

void TestClaimLists::theListsAgreeOnTheBalance()
{
    // Unpaid claims at the end of 06-30, both companies: A 760 + C 2 000
    // + F -200 + D 700 = 3 260, in all three lists.
    SaldolistaCriteria s;
    s.asOf = kJune30;
    s.onlyUnpaid = true;
    SaldolistaQuery saldo(*m_ledger->db, s);
    ReceivablesCriteria r;
    r.asOf = kJune30;
    ReceivablesQuery receivables(*m_ledger->db, r);
    SeparateReceivableCriteria a;
    a.date = kJune30;
    SeparateReceivableQuery separate(*m_ledger->db, a);
    QCOMPARE(saldo.totals().value(3).ore(), 326000);
    QCOMPARE(receivables.totals().value(1).ore(), 326000);
    QCOMPARE(separate.totals().value(2).ore(), 326000);
    QCOMPARE(saldo.claimCount(), 4);
    QCOMPARE(receivables.claimCount(), 4);
    QCOMPARE(separate.claimCount(), 4);
}

QTEST_GUILESS_MAIN(TestClaimLists)
#include "tst_claimlists.moc"
