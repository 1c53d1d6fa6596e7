// The payment lists of handbook ch. 5 on a hand-made ledger
// (tests/support/paymentlistfixture.h lists every invoice and transaction):
// Sök inbetalningar (5.1) per search field and sort order, Inbetalningslista
// (5.2) per selection with its subtotals, Inbetalningsprognos (5.3) per
// period. Expected rows and sums are worked out by hand in the row names.
#include "clirunner.h"
#include "paymentlistfixture.h"

#include "reports/paymentforecast.h"
#include "reports/paymentlist.h"
#include "reports/paymentsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Q_DECLARE_METATYPE(rsk::PaymentListCriteria)
Q_DECLARE_METATYPE(rsk::PaymentSearch)
Q_DECLARE_METATYPE(rsk::PaymentForecastCriteria)

using namespace rsk;
using rsk::test::PaymentListFixture;

namespace {

// "2026-03-02 1 001/010000001 300,00" for a detail row of the 5.2 list,
// "Summa 2026-03-02 1 Inbetalning, 3 st = 1 600,00" for a sum row.
QStringList listLines(const ReportTable &t)
{
    const ReportLayout &l = t.layout();
    const int amount = l.columnIndex(QStringLiteral("amount"));
    QStringList out;
    for (const ReportRow &r : t.rows()) {
        if (r.isSum())
            out << r.label + QStringLiteral(" = ") + r.money(amount).toString();
        else
            out << QStringLiteral("%1 %2 %3/%4 %5")
                       .arg(r.date(0).toString(Qt::ISODate), r.text(1), r.text(2), r.text(3),
                            r.money(amount).toString());
    }
    return out;
}

ReportTable runList(Database &db, const PaymentListCriteria &c)
{
    PaymentListQuery q(db, c);
    ReportTable t;
    q.writeAll(t);
    return t;
}

// The invoice numbers of the detail rows, in order, with the total.
QString detailsAndTotal(const ReportTable &t)
{
    QStringList numbers;
    QString total;
    const int amount = t.layout().columnIndex(QStringLiteral("amount"));
    for (const ReportRow &r : t.rows()) {
        if (r.type == ReportRow::Type::Detail)
            numbers << r.text(1) + QLatin1Char(':') + r.text(3);
        else if (r.type == ReportRow::Type::Total)
            total = r.money(amount).toString();
    }
    return numbers.join(QLatin1Char(' ')) + QStringLiteral(" = ") + total;
}

} // namespace

class TestPaymentLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void listRowsAndSubtotals();
    void listPagesMatchTheStream_data();
    void listPagesMatchTheStream();
    void listSelections_data();
    void listSelections();
    void listWithIdAndName();
    void listRefusals_data();
    void listRefusals();
    void invoiceRangeBounds_data();
    void invoiceRangeBounds();

    void searchOrders_data();
    void searchOrders();
    void searchPaging();
    void searchRefusals_data();
    void searchRefusals();

    void forecastPeriods_data();
    void forecastPeriods();
    void forecastRefusals_data();
    void forecastRefusals();

    void cliJson();
    void cliTableAndFiles();
    void cliUsageErrors_data();
    void cliUsageErrors();

private:
    using Run = rsk::test::CliRun;
    Run cli(const QStringList &args);

    std::unique_ptr<PaymentListFixture> m_ledger;
};

// The CLI on the ledger, as $USER (no --user).
TestPaymentLists::Run TestPaymentLists::cli(const QStringList &args)
{
    rsk::test::CliOptions options;
    options.user.clear();
    return rsk::test::runCli(m_ledger->path, args, options);
}

void TestPaymentLists::initTestCase()
{
    m_ledger = std::make_unique<PaymentListFixture>();
}

// ---- 5.2 Inbetalningslista ---------------------------------------------

void TestPaymentLists::listRowsAndSubtotals()
{
    // Sorted by date, method, company, invoice; the amount is positive for
    // what lowers a claim, negative for the refund (T6, method 5 is D).
    // 2026-03-02 method 1: 300 + 500 + 800 = 1 600 (3 st), method B 2 000;
    // the day 3 600 (4 st). 2026-03-03: credit 200, refund -50; day 150.
    // 2026-03-04: 100. Total 3 600 + 150 + 100 = 3 850 (7 st).
    PaymentListCriteria c;
    const ReportTable t = runList(*m_ledger->db, c);
    const QStringList expected = {
        QStringLiteral("2026-03-02 1 001/010000001 300,00"),
        QStringLiteral("2026-03-02 1 001/010000002 500,00"),
        QStringLiteral("2026-03-02 1 002/070000001 800,00"),
        QStringLiteral("Summa 2026-03-02 1 Inbetalning, 3 st = 1 600,00"),
        QStringLiteral("2026-03-02 B 001/040000001 2 000,00"),
        QStringLiteral("Summa 2026-03-02 B Bankgiro, 1 st = 2 000,00"),
        QStringLiteral("Summa 2026-03-02, 4 st = 3 600,00"),
        QStringLiteral("2026-03-03 2 001/010000001 200,00"),
        QStringLiteral("Summa 2026-03-03 2 Kreditfaktura, 1 st = 200,00"),
        QStringLiteral("2026-03-03 5 001/010000001 -50,00"),
        QStringLiteral("Summa 2026-03-03 5 Återbetalning, 1 st = -50,00"),
        QStringLiteral("Summa 2026-03-03, 2 st = 150,00"),
        QStringLiteral("2026-03-04 1 001/010000001 100,00"),
        QStringLiteral("Summa 2026-03-04 1 Inbetalning, 1 st = 100,00"),
        QStringLiteral("Summa 2026-03-04, 1 st = 100,00"),
        QStringLiteral("Totalt, 7 st = 3 850,00"),
    };
    QCOMPARE(listLines(t), expected);
    QCOMPARE(t.rows().at(3).type, ReportRow::Type::Subtotal);
    QCOMPARE(t.rows().at(3).level, 1);
    QCOMPARE(t.rows().at(6).level, 2);
    QCOMPARE(t.rows().last().type, ReportRow::Type::Total);
    // Other columns of a detail row: due, registered, booked date, remark.
    const ReportRow &first = t.rows().first();
    const ReportLayout &l = t.layout();
    QCOMPARE(first.date(l.columnIndex(QStringLiteral("due_date"))), QDate(2026, 1, 31));
    QCOMPARE(first.date(l.columnIndex(QStringLiteral("registered_date"))), QDate(2026, 3, 2));
    QCOMPARE(first.date(l.columnIndex(QStringLiteral("booked_date"))), QDate(2026, 3, 10));
    QCOMPARE(first.text(l.columnIndex(QStringLiteral("remark"))), QStringLiteral("del 1"));
    QVERIFY(t.rows().at(7).isEmpty(l.columnIndex(QStringLiteral("booked_date"))));

    PaymentListQuery q(*m_ledger->db, c);
    QCOMPARE(q.rowCount(), 16); // 7 transactions + 5 method + 3 date subtotals + total
    QCOMPARE(q.transactionCount(), 7);
    QCOMPARE(q.groups().size(), 5);
}

void TestPaymentLists::listPagesMatchTheStream_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("pages of 1") << 1;
    QTest::newRow("pages of 3 (cut inside groups)") << 3;
    QTest::newRow("pages of 5") << 5;
    QTest::newRow("one page of 100") << 100;
}

// The screen reads pages (random access over the group index); print and
// export stream in one pass. Both must give the same rows.
void TestPaymentLists::listPagesMatchTheStream()
{
    QFETCH(int, pageSize);
    PaymentListCriteria c;
    const ReportTable streamed = runList(*m_ledger->db, c);
    PaymentListQuery q(*m_ledger->db, c);
    ReportTable paged(q.layout());
    for (qint64 first = 0; first < q.rowCount(); first += pageSize)
        for (const ReportRow &r : q.rows(first, pageSize))
            paged.addRow(r);
    QCOMPARE(listLines(paged), listLines(streamed));
    QVERIFY(q.rows(q.rowCount(), 10).isEmpty());
}

void TestPaymentLists::listSelections_data()
{
    QTest::addColumn<PaymentListCriteria>("criteria");
    QTest::addColumn<QString>("expected"); // method:invoice of each transaction = total

    auto c = [] { return PaymentListCriteria(); };
    PaymentListCriteria x = c();
    x.companyFrom = QStringLiteral("002");
    QTest::newRow("company 002: T4 only") << x << "1:070000001 = 800,00";
    x = c();
    x.companyFrom = QStringLiteral("001");
    // 3 850 - 800 (T4) = 3 050
    QTest::newRow("company 001: all but T4")
        << x
        << "1:010000001 1:010000002 B:040000001 2:010000001 5:010000001 1:010000001 = 3 050,00";
    x = c();
    x.companyFrom = QStringLiteral("001");
    x.companyTo = QStringLiteral("002");
    QTest::newRow("company 001-002: all")
        << x
        << "1:010000001 1:010000002 1:070000001 B:040000001 2:010000001 5:010000001 "
           "1:010000001 = 3 850,00";
    x = c();
    x.invoiceFrom = QStringLiteral("010000002");
    x.invoiceTo = QStringLiteral("010000002");
    QTest::newRow("invoice 010000002-010000002: T2") << x << "1:010000002 = 500,00";
    x = c();
    x.invoiceFrom = QStringLiteral("040000000");
    x.invoiceTo = QStringLiteral("049999999");
    QTest::newRow("routine 04 as 040000000-049999999: T3") << x << "B:040000001 = 2 000,00";
    x = c();
    x.invoiceFrom = QStringLiteral("04");
    x.invoiceTo = QStringLiteral("04");
    QTest::newRow("routine 04 typed 04-04: T3") << x << "B:040000001 = 2 000,00";
    x = c();
    x.invoiceFrom = QStringLiteral("01");
    x.invoiceTo = QStringLiteral("01");
    // 300 + 500 + 200 - 50 + 100 = 1 050
    QTest::newRow("routine 01: T1 T2 T5 T6 T7")
        << x << "1:010000001 1:010000002 2:010000001 5:010000001 1:010000001 = 1 050,00";
    x = c();
    x.registeredFrom = QDate(2026, 3, 5);
    // 200 - 50 + 100 = 250
    QTest::newRow("registered from 2026-03-05: T5 T6 T7")
        << x << "2:010000001 5:010000001 1:010000001 = 250,00";
    x = c();
    x.transactionFrom = QDate(2026, 3, 3);
    x.transactionTo = QDate(2026, 3, 3);
    QTest::newRow("transaction date 2026-03-03: T5 T6") << x << "2:010000001 5:010000001 = 150,00";
    x = c();
    x.transactionTo = QDate(2026, 3, 2);
    QTest::newRow("transaction date to 2026-03-02: T1-T4")
        << x << "1:010000001 1:010000002 1:070000001 B:040000001 = 3 600,00";
    x = c();
    x.bookedFrom = QDate(2026, 3, 10);
    x.bookedTo = QDate(2026, 3, 10);
    QTest::newRow("booked 2026-03-10: T1 T2") << x << "1:010000001 1:010000002 = 800,00";
    x = c();
    x.bookedFrom = QDate(2026, 3, 1);
    QTest::newRow("booked from 2026-03-01 leaves the unbooked out: T1 T2 T3")
        << x << "1:010000001 1:010000002 B:040000001 = 2 800,00";
    x = c();
    x.dueFrom = QDate(2026, 2, 1);
    x.dueTo = QDate(2026, 2, 28);
    QTest::newRow("due in February: T2 (02-28) T4 (02-15)")
        << x << "1:010000002 1:070000001 = 1 300,00";
    x = c();
    x.method = QStringLiteral("2");
    QTest::newRow("method 2: T5") << x << "2:010000001 = 200,00";
    x = c();
    x.method = QStringLiteral("b");
    QTest::newRow("method b (lower case): T3") << x << "B:040000001 = 2 000,00";
    x = c();
    x.kind = PaymentListCriteria::Kind::AutomaticOnly;
    QTest::newRow("only automatic: T3 (from a bank file)") << x << "B:040000001 = 2 000,00";
    x = c();
    x.kind = PaymentListCriteria::Kind::ManualOnly;
    // 3 850 - 2 000 = 1 850
    QTest::newRow("no automatic: all but T3")
        << x
        << "1:010000001 1:010000002 1:070000001 2:010000001 5:010000001 1:010000001 = 1 850,00";
    x = c();
    x.transactionFrom = QDate(2027, 1, 1);
    QTest::newRow("nothing selected: an empty list with a zero total") << x << " = 0,00";
    x = c();
    x.companyFrom = QStringLiteral("001");
    x.transactionFrom = QDate(2026, 3, 3);
    x.method = QStringLiteral("1");
    QTest::newRow("company, date and method together: T7") << x << "1:010000001 = 100,00";
}

void TestPaymentLists::listSelections()
{
    QFETCH(PaymentListCriteria, criteria);
    QFETCH(QString, expected);
    QCOMPARE(detailsAndTotal(runList(*m_ledger->db, criteria)), expected);
    // The pager agrees with the stream on the count of rows.
    PaymentListQuery q(*m_ledger->db, criteria);
    ReportTable t = runList(*m_ledger->db, criteria);
    QCOMPARE(q.rowCount(), qint64(t.rows().size()));
}

void TestPaymentLists::listWithIdAndName()
{
    PaymentListCriteria c;
    c.invoiceFrom = QStringLiteral("010000002");
    c.invoiceTo = QStringLiteral("010000002");
    c.withIdAndName = true;
    const ReportTable t = runList(*m_ledger->db, c);
    const ReportLayout &l = t.layout();
    QCOMPARE(l.columnIndex(QStringLiteral("id_number")), 4);
    QCOMPARE(l.columnIndex(QStringLiteral("name")), 5);
    QCOMPARE(t.rows().first().text(4), QStringLiteral("19811218-9876"));
    QCOMPARE(t.rows().first().text(5), QStringLiteral("Berg, Bo"));
    QCOMPARE(t.rows().last().money(l.columnIndex(QStringLiteral("amount"))).ore(), 50000);
    c.withIdAndName = false;
    QCOMPARE(runList(*m_ledger->db, c).layout().columnIndex(QStringLiteral("name")), -1);
}

void TestPaymentLists::listRefusals_data()
{
    QTest::addColumn<PaymentListCriteria>("criteria");
    QTest::addColumn<QString>("reason");
    PaymentListCriteria x;
    x.companyFrom = QStringLiteral("002");
    x.companyTo = QStringLiteral("001");
    QTest::newRow("company to before from") << x << "Företag: tom 001 ligger före from 002.";
    x = PaymentListCriteria();
    x.invoiceFrom = QStringLiteral("05");
    x.invoiceTo = QStringLiteral("04");
    QTest::newRow("invoice to before from")
        << x << "Fakturanummer: tom 049999999 ligger före from 050000000.";
    x = PaymentListCriteria();
    x.invoiceFrom = QStringLiteral("01x");
    QTest::newRow("invoice with a letter") << x << "Fakturanummer \"01x\": ange 1–9 siffror.";
    x = PaymentListCriteria();
    x.invoiceTo = QStringLiteral("0100000011");
    QTest::newRow("invoice of 10 digits") << x << "Fakturanummer \"0100000011\": ange 1–9 siffror.";
    x = PaymentListCriteria();
    x.transactionFrom = QDate(2026, 3, 4);
    x.transactionTo = QDate(2026, 3, 3);
    QTest::newRow("transaction date to before from")
        << x << "Transaktionsdatum: tom-datum 2026-03-03 ligger före from-datum 2026-03-04.";
    x = PaymentListCriteria();
    x.bookedFrom = QDate(2026, 3, 4);
    x.bookedTo = QDate(2026, 3, 3);
    QTest::newRow("booked date to before from")
        << x << "Bokföringsdatum: tom-datum 2026-03-03 ligger före from-datum 2026-03-04.";
    x = PaymentListCriteria();
    x.dueFrom = QDate(2026, 3, 4);
    x.dueTo = QDate(2026, 3, 3);
    QTest::newRow("due date to before from")
        << x << "Förfallodag: tom-datum 2026-03-03 ligger före from-datum 2026-03-04.";
    x = PaymentListCriteria();
    x.method = QStringLiteral("Q");
    QTest::newRow("unknown method") << x << "Inbetalningssätt \"Q\" finns inte.";
    x = PaymentListCriteria();
    x.method = QStringLiteral("12");
    QTest::newRow("two-character method") << x << "Inbetalningssätt \"12\": ange ett tecken.";
}

void TestPaymentLists::listRefusals()
{
    QFETCH(PaymentListCriteria, criteria);
    QFETCH(QString, reason);
    try {
        PaymentListQuery q(*m_ledger->db, criteria);
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), reason);
    }
}

void TestPaymentLists::invoiceRangeBounds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // handbook 5.2: "rutinnumret följt av nollor … följt av nior"
    QTest::newRow("routine 04") << "04" << "040000000" << "049999999";
    QTest::newRow("whole number") << "040000123" << "040000123" << "040000123";
    QTest::newRow("part of a number") << "0400001" << "040000100" << "040000199";
    QTest::newRow("empty") << "" << "" << "";
}

void TestPaymentLists::invoiceRangeBounds()
{
    QFETCH(QString, typed);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QCOMPARE(PaymentListCriteria::invoiceLowerBound(typed), from);
    QCOMPARE(PaymentListCriteria::invoiceUpperBound(typed), to);
}

// ---- 5.1 Sök inbetalningar ---------------------------------------------

void TestPaymentLists::searchOrders_data()
{
    QTest::addColumn<PaymentSearch>("search");
    QTest::addColumn<QString>("expected"); // T-names in list order

    using F = PaymentSearch::Field;
    auto s = [](F field) {
        PaymentSearch x;
        x.field = field;
        x.companyFrom = QStringLiteral("001");
        x.companyTo = QStringLiteral("002");
        return x;
    };
    QTest::newRow("no term: newest first (date desc, then last registered)")
        << s(F::Newest) << "T7 T6 T5 T4 T3 T2 T1";
    PaymentSearch x = s(F::Newest);
    x.companyTo.clear();
    QTest::newRow("company 001 only") << x << "T7 T6 T5 T3 T2 T1";
    x = s(F::Newest);
    x.companyFrom = QStringLiteral("002");
    x.companyTo = QStringLiteral("002");
    QTest::newRow("company 002 only") << x << "T4";
    x = s(F::TransactionDate);
    x.date = QDate(2026, 3, 3);
    QTest::newRow("date from 2026-03-03, ascending") << x << "T5 T6 T7";
    x.date = QDate(2026, 3, 1);
    QTest::newRow("date 2026-03-01 (none): from the nearest after")
        << x << "T1 T2 T3 T4 T5 T6 T7";
    x = s(F::Method);
    x.method = QStringLiteral("2");
    // methods sort '1' < '2' < '5' < 'B'
    QTest::newRow("method from 2: 2, 5, B") << x << "T5 T6 T3";
    x.method = QStringLiteral("1");
    QTest::newRow("method from 1: 1 by date, then 2, 5, B") << x << "T1 T2 T4 T7 T5 T6 T3";
    x.method = QStringLiteral("b");
    QTest::newRow("method b (lower case) from B") << x << "T3";
    x = s(F::Amount);
    x.amount = Money::fromOre(30000);
    QTest::newRow("amount from 300,00: 300, 500, 800, 2 000") << x << "T1 T2 T4 T3";
    x.amount = Money::fromOre(0);
    QTest::newRow("amount from 0: 50, 100, 200, 300, 500, 800, 2 000")
        << x << "T6 T7 T5 T1 T2 T4 T3";
    x.amount = Money::fromOre(250000);
    QTest::newRow("amount above every payment: empty") << x << "";
    x = s(F::InvoiceNumber);
    x.invoiceNumber = QStringLiteral("010000001");
    QTest::newRow("invoice 010000001: its transactions by date, then the next invoices")
        << x << "T1 T5 T6 T7 T2 T3 T4";
    x.invoiceNumber = QStringLiteral("04");
    QTest::newRow("invoice from 04 (a part)") << x << "T3 T4";
    x.invoiceNumber = QStringLiteral("0400001");
    QTest::newRow("invoice 0400001 (none): from the nearest after") << x << "T4";
}

void TestPaymentLists::searchOrders()
{
    QFETCH(PaymentSearch, search);
    QFETCH(QString, expected);
    PaymentSearchQuery q(*m_ledger->db, search);
    QStringList names;
    for (const PaymentSearchRow &r : q.search(0, 100))
        names << m_ledger->name(r.transactionId);
    QCOMPARE(names.join(QLatin1Char(' ')), expected);
    QCOMPARE(q.count(), qint64(names.size()));
    QCOMPARE(q.rowCount(), q.count());
    // The report rows carry the same transactions.
    const QList<ReportRow> rows = q.rows(0, 100);
    QCOMPARE(rows.size(), names.size());
}

void TestPaymentLists::searchPaging()
{
    PaymentSearch x;
    x.companyFrom = QStringLiteral("001");
    x.companyTo = QStringLiteral("002");
    PaymentSearchQuery q(*m_ledger->db, x);
    QStringList names;
    for (const PaymentSearchRow &r : q.search(2, 2))
        names << m_ledger->name(r.transactionId);
    QCOMPARE(names, QStringList({QStringLiteral("T5"), QStringLiteral("T4")}));
    // The fields of one row, T1 (fixture: registered 2026-03-02 by "testare").
    x.field = PaymentSearch::Field::InvoiceNumber;
    x.invoiceNumber = QStringLiteral("010000001");
    const PaymentSearchRow r = PaymentSearchQuery(*m_ledger->db, x).search(0, 1).first();
    QCOMPARE(r.company, QStringLiteral("001"));
    QCOMPARE(r.name, QStringLiteral("Andersson, Anna"));
    QCOMPARE(r.transactionDate, QDate(2026, 3, 2));
    QCOMPARE(r.method, QStringLiteral("1"));
    QCOMPARE(r.methodText, QStringLiteral("Inbetalning"));
    QCOMPARE(r.amount.ore(), 30000);
    QCOMPARE(r.effect.ore(), -30000);
    QCOMPARE(r.registeredDate, QDate(2026, 3, 2));
    QCOMPARE(r.bookedDate, QDate(2026, 3, 10));
    QCOMPARE(r.remark, QStringLiteral("del 1"));
    QCOMPARE(r.createdBy, QStringLiteral("testare"));
    QVERIFY(!r.createdAt.isEmpty());
}

void TestPaymentLists::searchRefusals_data()
{
    QTest::addColumn<PaymentSearch>("search");
    QTest::addColumn<QString>("reason");
    using F = PaymentSearch::Field;
    PaymentSearch x;
    x.field = F::Method;
    x.method = QStringLiteral("12");
    QTest::newRow("method of two characters") << x << "Inbetalningssätt \"12\": ange ett tecken.";
    x = PaymentSearch();
    x.field = F::InvoiceNumber;
    x.invoiceNumber = QStringLiteral("01a");
    QTest::newRow("invoice with a letter") << x << "Fakturanummer \"01a\": ange 1–9 siffror.";
    x.invoiceNumber = QStringLiteral("0100000011");
    QTest::newRow("invoice of 10 digits") << x << "Fakturanummer \"0100000011\": ange 1–9 siffror.";
    x = PaymentSearch();
    x.field = F::Amount;
    x.amount = Money::fromOre(-100);
    QTest::newRow("negative amount") << x << "Inbetalt belopp kan inte vara negativt.";
    x = PaymentSearch();
    x.field = F::TransactionDate;
    QTest::newRow("date search without a date")
        << x << "Inbetalningsdatum: ange ett datum (ÅÅMMDD).";
    x = PaymentSearch();
    x.companyFrom = QStringLiteral("002");
    x.companyTo = QStringLiteral("001");
    QTest::newRow("company to before from") << x << "Företag tom 001 ligger före företag from 002.";
}

void TestPaymentLists::searchRefusals()
{
    QFETCH(PaymentSearch, search);
    QFETCH(QString, reason);
    try {
        PaymentSearchQuery q(*m_ledger->db, search);
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), reason);
    }
}

// ---- 5.3 Inbetalningsprognos -------------------------------------------

void TestPaymentLists::forecastPeriods_data()
{
    QTest::addColumn<PaymentForecastCriteria>("criteria");
    QTest::addColumn<QStringList>("expected");
    using P = PaymentForecastCriteria::Period;
    PaymentForecastCriteria x;
    x.companyFrom = QStringLiteral("001");
    x.companyTo = QStringLiteral("002");
    x.dueFrom = QDate(2026, 12, 1);
    // The four unpaid claims; one period each.
    QTest::newRow("per day from 2026-12-01")
        << x
        << QStringList{"2026-12-01 001 01 1 300,00", "Summa 2026-12-01 1 300,00",
                       "2026-12-03 001 01 1 700,00", "Summa 2026-12-03 1 700,00",
                       "2026-12-07 001 04 1 1 000,00", "Summa 2026-12-07 1 1 000,00",
                       "2027-01-15 002 07 1 400,00", "Summa 2027-01-15 1 400,00",
                       "Totalt 4 2 400,00"};
    x.period = P::Week;
    // 12-01 (Tue) and 12-03 (Thu) are ISO week 49 (Mon 11-30 – Sun 12-06):
    // 300 + 700 = 1 000; 12-07 is the Monday of week 50.
    QTest::newRow("per ISO week")
        << x
        << QStringList{"2026 v.49 001 01 2 1 000,00", "Summa 2026 v.49 2 1 000,00",
                       "2026 v.50 001 04 1 1 000,00", "Summa 2026 v.50 1 1 000,00",
                       "2027 v.02 002 07 1 400,00", "Summa 2027 v.02 1 400,00",
                       "Totalt 4 2 400,00"};
    x.period = P::Month;
    // December: routine 01 1 000 (2 claims), routine 04 1 000; together 2 000.
    QTest::newRow("per month")
        << x
        << QStringList{"2026-12 001 01 2 1 000,00", "2026-12 001 04 1 1 000,00",
                       "Summa 2026-12 3 2 000,00", "2027-01 002 07 1 400,00",
                       "Summa 2027-01 1 400,00", "Totalt 4 2 400,00"};
    x = PaymentForecastCriteria();
    x.companyFrom = QStringLiteral("001");
    x.period = P::Month;
    // 010000001 still has 450,00 open (1 000 - 300 - 200 + 50 - 100), due
    // 2026-01-31; the paid claims are left out.
    QTest::newRow("company 001, every due date, per month")
        << x
        << QStringList{"2026-01 001 01 1 450,00", "Summa 2026-01 1 450,00",
                       "2026-12 001 01 2 1 000,00", "2026-12 001 04 1 1 000,00",
                       "Summa 2026-12 3 2 000,00", "Totalt 4 2 450,00"};
    x = PaymentForecastCriteria();
    x.routineFrom = QStringLiteral("4");
    x.routineTo = QStringLiteral("04");
    QTest::newRow("routine 4-04 (one digit completed)")
        << x << QStringList{"2026-12-07 001 04 1 1 000,00", "Summa 2026-12-07 1 1 000,00",
                            "Totalt 1 1 000,00"};
    x = PaymentForecastCriteria();
    x.dueFrom = QDate(2026, 12, 2);
    x.dueTo = QDate(2026, 12, 7);
    QTest::newRow("due 2026-12-02 – 2026-12-07")
        << x << QStringList{"2026-12-03 001 01 1 700,00", "Summa 2026-12-03 1 700,00",
                            "2026-12-07 001 04 1 1 000,00", "Summa 2026-12-07 1 1 000,00",
                            "Totalt 2 1 700,00"};
    x = PaymentForecastCriteria();
    x.dueFrom = QDate(2030, 1, 1);
    QTest::newRow("nothing due: only a zero total") << x << QStringList{"Totalt 0 0,00"};
}

void TestPaymentLists::forecastPeriods()
{
    QFETCH(PaymentForecastCriteria, criteria);
    QFETCH(QStringList, expected);
    PaymentForecastQuery q(*m_ledger->db, criteria);
    using C = PaymentForecastQuery;
    QStringList lines;
    for (const ReportRow &r : q.table().rows()) {
        const QString sums = QStringLiteral("%1 %2").arg(r.integer(C::ClaimsColumn)).arg(
            r.money(C::AmountColumn).toString());
        if (r.isSum())
            lines << r.label + QLatin1Char(' ') + sums;
        else
            lines << QStringLiteral("%1 %2 %3 ")
                             .arg(r.text(C::PeriodColumn), r.text(C::CompanyColumn),
                                  r.text(C::RoutineColumn))
                         + sums;
    }
    QCOMPARE(lines, expected);
    QCOMPARE(q.rowCount(), qint64(expected.size()));
    QCOMPARE(q.rows(0, 1000).size(), expected.size());
}

void TestPaymentLists::forecastRefusals_data()
{
    QTest::addColumn<PaymentForecastCriteria>("criteria");
    QTest::addColumn<QString>("reason");
    PaymentForecastCriteria x;
    x.routineFrom = QStringLiteral("4a");
    QTest::newRow("routine with a letter") << x << "Rutin \"4a\": ange två siffror.";
    x = PaymentForecastCriteria();
    x.routineFrom = QStringLiteral("07");
    x.routineTo = QStringLiteral("04");
    QTest::newRow("routine to before from") << x << "Rutin: tom 04 ligger före from 07.";
    x = PaymentForecastCriteria();
    x.dueFrom = QDate(2026, 12, 2);
    x.dueTo = QDate(2026, 12, 1);
    QTest::newRow("due to before from")
        << x << "Förfallodatum: tom 2026-12-01 ligger före from 2026-12-02.";
    x = PaymentForecastCriteria();
    x.companyFrom = QStringLiteral("002");
    x.companyTo = QStringLiteral("001");
    QTest::newRow("company to before from") << x << "Företag: tom 001 ligger före from 002.";
}

void TestPaymentLists::forecastRefusals()
{
    QFETCH(PaymentForecastCriteria, criteria);
    QFETCH(QString, reason);
    try {
        PaymentForecastQuery q(*m_ledger->db, criteria);
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), reason);
    }
}

// ---- reskontra-cli report inbetalningslista (CLI.md) ---------------------

void TestPaymentLists::cliJson()
{
    // Company 001, 2026-03-02 – 2026-03-03: T1 T2 T3 T5 T6;
    // 300 + 500 + 2 000 + 200 - 50 = 2 950.
    const Run run
        = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("report"),
               QStringLiteral("inbetalningslista"), QStringLiteral("--from"),
               QStringLiteral("260302"), QStringLiteral("--to"), QStringLiteral("2026-03-03"),
               QStringLiteral("--company"), QStringLiteral("1")});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + run.out));
    QCOMPARE(o.value(QLatin1String("title")).toString(), QStringLiteral("Inbetalningslista"));
    const QJsonArray rows = o.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 5);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("transaction_date")).toString(),
             QStringLiteral("2026-03-02"));
    QCOMPARE(first.value(QLatin1String("invoice_number")).toString(), QStringLiteral("010000001"));
    QCOMPARE(first.value(QLatin1String("amount_ore")).toInteger(), 30000);
    QCOMPARE(first.value(QLatin1String("booked_date")).toString(), QStringLiteral("2026-03-10"));
    QVERIFY(rows.at(3).toObject().value(QLatin1String("booked_date")).isNull()); // T5
    // Subtotals: 03-02 method 1 (800), B (2 000), the day (2 800); 03-03
    // method 2 (200), 5 (-50), the day (150).
    QStringList sums;
    for (const QJsonValue &v : o.value(QLatin1String("subtotals")).toArray())
        sums << QStringLiteral("%1:%2")
                    .arg(v.toObject().value(QLatin1String("level")).toInt())
                    .arg(v.toObject().value(QLatin1String("amount_ore")).toInteger());
    QCOMPARE(sums, QStringList({QStringLiteral("1:80000"), QStringLiteral("1:200000"),
                                QStringLiteral("2:280000"), QStringLiteral("1:20000"),
                                QStringLiteral("1:-5000"), QStringLiteral("2:15000")}));
    const QJsonObject total = o.value(QLatin1String("total")).toObject();
    QCOMPARE(total.value(QLatin1String("amount_ore")).toInteger(), 295000);
    QCOMPARE(total.value(QLatin1String("label")).toString(), QStringLiteral("Totalt, 5 st"));
}

void TestPaymentLists::cliTableAndFiles()
{
    const QStringList list = {QStringLiteral("report"), QStringLiteral("inbetalningslista"),
                              QStringLiteral("--from"), QStringLiteral("2026-03-03"),
                              QStringLiteral("--to"), QStringLiteral("2026-03-04")};
    Run run = cli(list);
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Summa 2026-03-03 5 Återbetalning, 1 st")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Totalt, 3 st")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("250,00"))); // 200 - 50 + 100
    // --format csv: keys, detail rows only, no BOM.
    run = cli(QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + list);
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
    QVERIFY(run.out.startsWith(QStringLiteral("transaction_date;method;company;invoice_number;")));
    QVERIFY2(run.out.contains(
                 QStringLiteral("2026-03-03;5;001;010000001;2026-01-31;2026-03-05;;-50,00;")),
             qPrintable(run.out));
    // --out FILE.csv: the list for Excel (BOM, titles, sums); .xlsx too.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("lista.csv"));
    run = cli(list + QStringList{QStringLiteral("--out"), csv});
    QCOMPARE(run.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFTrans.datum;"));
    QVERIFY2(bytes.endsWith("Totalt, 3 st;;;;;;;250,00;\n"), bytes.constData());
    QVERIFY(run.out.contains(QStringLiteral("Rader")));
    const QString xlsx = dir.filePath(QStringLiteral("lista.xlsx"));
    run = cli(list + QStringList{QStringLiteral("--out"), xlsx});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    // The forecast and the search go through the same output.
    run = cli({QStringLiteral("report"), QStringLiteral("inbetalningsprognos"),
               QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--per"),
               QStringLiteral("month"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("2026-12;2026-12-01;2026-12-31;001;01;2;1000,00")),
             qPrintable(run.out));
    run = cli({QStringLiteral("report"), QStringLiteral("inbetalningar"),
               QStringLiteral("--amount"), QStringLiteral("300"), QStringLiteral("--company"),
               QStringLiteral("001-002"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    // header + T1 T2 T4 T3
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5);
}

void TestPaymentLists::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QStringList base = {QStringLiteral("report"), QStringLiteral("inbetalningslista")};
    QTest::newRow("--from missing") << base + QStringList{"--to", "2026-03-04"} << "--from";
    QTest::newRow("a date that does not exist")
        << base + QStringList{"--from", "20260230", "--to", "2026-03-04"} << "--from";
    QTest::newRow("to before from")
        << base + QStringList{"--from", "2026-03-04", "--to", "2026-03-02"}
        << "Transaktionsdatum: tom-datum 2026-03-02 ligger före from-datum 2026-03-04.";
    QTest::newRow("unknown method")
        << base + QStringList{"--from", "2026-03-02", "--to", "2026-03-04", "--method", "Q"}
        << "Inbetalningssätt \"Q\" finns inte.";
    QTest::newRow("bad kind")
        << base + QStringList{"--from", "2026-03-02", "--to", "2026-03-04", "--kind", "x"}
        << "--kind";
    QTest::newRow("two search terms")
        << QStringList{"report", "inbetalningar", "--amount", "1", "--method", "1"}
        << "sök på ett fält i taget";
}

void TestPaymentLists::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run run = cli(args);
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPaymentLists)
#include "tst_paymentlists.moc"
