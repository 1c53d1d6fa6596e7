// Räntefakturering (handbook 7.13) and the transfer of unbilled interest and
// fees to the next invoice (7.15), on a ledger built with the services:
// claims registered, paid late through PostingService. Interest by hand:
// base(öre) × rate(hundredths) × days / 3 650 000, one rounding; the shipped
// reference rates give 11,50 % in the second half of 2023 and 12,00 % all
// of 2024 (reference rate + 8,0).
#include "testledger.h"

#include "audit/auditlog.h"
#include "bookkeeping/bookingrun.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningparameters.h"
#include "dunning/interestinvoicing.h"
#include "dunning/nextinvoicetransfer.h"
#include "dunning/unbilledinterest.h"
#include "ids/ocr.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString k001 = QStringLiteral("001");
const QDate kRunDate(2026, 12, 14); // a Monday; + 10 days = julafton
const QDate kDue(2024, 1, 31);
const QDate kApril10(2024, 4, 10); // 70 days after kDue (Feb 29 + Mar 31 + Apr 10)

void post(Database &db, const QString &invoice, const QString &method, qint64 ore,
          const QDate &date)
{
    PostingRequest r;
    r.company = k001;
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

QString interestDebitMethod(Database &db)
{
    for (const PaymentMethod &m : ReferenceData(db).paymentMethods())
        if (m.debit && m.feeType == PaymentMethod::FeeType::Interest)
            return m.code;
    return QString();
}

InvoiceDraft claim(const QString &number, qint64 ore, const QDate &due,
                   const QString &name = QStringLiteral("Andersson, Anna"),
                   const QString &id = QStringLiteral("811218-9876"))
{
    InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore), name, id);
    d.invoiceDate = due.addDays(-30);
    d.dueDate = due;
    return d;
}

// "number chargeable deducted interest interest-invoice-number [problem]"
QString describe(const InterestInvoiceItem &i)
{
    QString s = QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(i.invoiceNumber)
                    .arg(i.chargeableInterest.ore())
                    .arg(i.debitedDeducted.ore())
                    .arg(i.interest.ore())
                    .arg(i.interestInvoiceNumber);
    if (!i.problem.isEmpty())
        s += QStringLiteral(" problem");
    return s;
}

QStringList described(const InterestInvoicingResult &r)
{
    QStringList out;
    for (const InterestInvoiceItem &i : r.items)
        out << describe(i);
    return out;
}

} // namespace

class TestInterestInvoicing : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ledger.reset(); }

    void proposedDueDate_data();
    void proposedDueDate();
    void kontrollistaOfTheStandardSelection();
    void minimumsOfTheSelection_data();
    void minimumsOfTheSelection();
    void runMakesTheInterestInvoices();
    void kontrollistaEqualsTheRun();
    void eachClaimIsInvoicedOnce();
    void bookingOrderBalancesOnTheRoutinesAccounts();
    void protectedIdentityPrintsNoAddress();
    void missingInterestRoutineRefusesTheRun();
    void takenInterestInvoiceNumberRefusesTheRun();
    void refusesBadSelection_data();
    void refusesBadSelection();

    void transferPlanListsByRoutineAndPersonNumber();
    void transferStampsAndIsDoneOnce();
    void transferredClaimsAreNotInterestInvoiced();
    void failedFileChangesNothing();

private:
    static InterestInvoicingSelection standard();
    static NextInvoiceTransferSelection standardTransfer();
    qint64 invoiceCount() { return m_ledger->count(QStringLiteral("invoice")); }
    Invoice stored(const QString &number)
    {
        return InvoiceRepository(*m_ledger->db).require(k001, number);
    }

    std::unique_ptr<TestLedger> m_ledger;
};

// Company 001, routine 04 unless said; interest invoices go to routine 54.
// A 040000123 10 000,00 due 2023-11-15 paid 2024-08-10: DOMAIN.md's example,
//   46 d at 11,50 % + 223 d at 12,00 % = 878,08; 269 days late.
// B 040000124  1 000,00 paid 10 days late: 100 000×1200×10/3 650 000 = 328,77 → 3,29.
// C 040000125 10 000,00 paid 3 days late: 1 000 000×1200×3/3 650 000 = 986,30 → 9,86.
// D 040000126 10 000,00, 100,00 interest debited 03-01, 10 100,00 paid 04-10:
//   1 000 000×1200×70/3 650 000 = 23 013,70 → 230,14, less 100,00 = 130,14.
// E 040000127 10 000,00 paid 04-10 with dunning code 7 "Ej ränta": none.
// F 040000128 10 000,00, 4 000,00 credited with 2 Kreditfaktura (dröjsmåls-
//   faktureras ej) 03-15, 6 000,00 paid 04-10: the base is 6 000,00 from the
//   first day: 600 000×1200×70/3 650 000 = 13 808,22 → 138,08.
// G 040000129 10 000,00, 5 000,00 paid: not final-paid, never invoiced.
// H 070000130 10 000,00 routine 07 (→ 57) paid 04-10 with reminder fee
//   60,00 printed, to "Berg, Bo" 750101-1238: 230,14.
// Accounts: interest income 8314 for routine 04, receivable 1514 for 54.
void TestInterestInvoicing::init()
{
    m_ledger = std::make_unique<TestLedger>(kRunDate);
    Database &db = *m_ledger->db;
    m_ledger->registerInvoices({
        claim(QStringLiteral("040000123"), 1000000, QDate(2023, 11, 15)),
        claim(QStringLiteral("040000124"), 100000, kDue),
        claim(QStringLiteral("040000125"), 1000000, kDue),
        claim(QStringLiteral("040000126"), 1000000, kDue),
        claim(QStringLiteral("040000127"), 1000000, kDue),
        claim(QStringLiteral("040000128"), 1000000, kDue),
        claim(QStringLiteral("040000129"), 1000000, kDue),
        claim(QStringLiteral("070000130"), 1000000, kDue, QStringLiteral("Berg, Bo"),
              QStringLiteral("750101-1238")),
    });
    post(db, QStringLiteral("040000123"), QStringLiteral("B"), 1000000, QDate(2024, 8, 10));
    post(db, QStringLiteral("040000124"), QStringLiteral("B"), 100000, QDate(2024, 2, 10));
    post(db, QStringLiteral("040000125"), QStringLiteral("B"), 1000000, QDate(2024, 2, 3));
    post(db, QStringLiteral("040000126"), interestDebitMethod(db), 10000, QDate(2024, 3, 1));
    post(db, QStringLiteral("040000126"), QStringLiteral("B"), 1010000, kApril10);
    DunningCodeAssignment(db).set(k001, QStringLiteral("040000127"), 7);
    post(db, QStringLiteral("040000127"), QStringLiteral("B"), 1000000, kApril10);
    post(db, QStringLiteral("040000128"), QStringLiteral("2"), 400000, QDate(2024, 3, 15));
    post(db, QStringLiteral("040000128"), QStringLiteral("B"), 600000, kApril10);
    post(db, QStringLiteral("040000129"), QStringLiteral("B"), 500000, kApril10);
    post(db, QStringLiteral("070000130"), QStringLiteral("B"), 1000000, kApril10);
    db.run(QStringLiteral("UPDATE invoice SET reminder_fee_undebited_ore = 6000 WHERE "
                          "invoice_number = '070000130'"));
    DunningAccounts a;
    a.interestIncome = QStringLiteral("8314");
    a.interestReceivable = QStringLiteral("1514");
    DunningParametersRegister(db).setAccounts(k001, QStringLiteral("04"), a);
}

// Routine 04, paid in 2024 up to 08-31, at least 5 kr and 5 days, run
// 2026-12-14, due date proposed.
InterestInvoicingSelection TestInterestInvoicing::standard()
{
    InterestInvoicingSelection s;
    s.runDate = kRunDate;
    s.companyFrom = QStringLiteral("1");
    s.routineFrom = QStringLiteral("04");
    s.paidFrom = QDate(2024, 1, 1);
    s.paidTo = QDate(2024, 8, 31);
    s.minimumInterest = Money::fromKronor(5);
    s.minimumDays = 5;
    s.handler = QStringLiteral("Eva Ek 0123-456");
    s.message = {QStringLiteral("Räntan avser för sent betalda fakturor."),
                 QStringLiteral("Frågor: ring handläggaren.")};
    return s;
}

void TestInterestInvoicing::proposedDueDate_data()
{
    QTest::addColumn<QDate>("runDate");
    QTest::addColumn<QDate>("due");
    QTest::newRow("+10 is a Thursday: kept") << QDate(2026, 11, 23) << QDate(2026, 12, 3);
    QTest::newRow("+10 is a Sunday: the Monday") << QDate(2026, 11, 26) << QDate(2026, 12, 7);
    // 12-24 julafton (banks closed), 25 juldagen, 26 annandag jul (a
    // Saturday), 27 Sunday: Monday 28.
    QTest::newRow("+10 is julafton: after Christmas")
        << QDate(2026, 12, 14) << QDate(2026, 12, 28);
    // 2027-01-01 nyårsdagen (Friday), 2–3 weekend: Monday 4.
    QTest::newRow("+10 is nyårsdagen: the Monday after")
        << QDate(2026, 12, 22) << QDate(2027, 1, 4);
    // 2026-04-03 långfredagen, 4–5 weekend and påskdagen, 6 annandag påsk.
    QTest::newRow("+10 is långfredagen: after Easter")
        << QDate(2026, 3, 24) << QDate(2026, 4, 7);
}

void TestInterestInvoicing::proposedDueDate()
{
    QFETCH(QDate, runDate);
    QFETCH(QDate, due);
    QCOMPARE(InterestInvoicingSelection::proposedDueDate(runDate), due);
    InterestInvoicingSelection s = standard();
    s.runDate = runDate;
    QCOMPARE(s.checked().dueDate, due);
}

void TestInterestInvoicing::kontrollistaOfTheStandardSelection()
{
    const InterestInvoicingResult r = InterestInvoicing(*m_ledger->db).plan(standard());
    // B 3,29 < 5 kr; C 3 days < 5; E no-interest code; G not final-paid; H routine 07.
    QCOMPARE(described(r), (QStringList{QStringLiteral("040000123 87808 0 87808 540000123"),
                                        QStringLiteral("040000126 23014 10000 13014 540000126"),
                                        QStringLiteral("040000128 13808 0 13808 540000128")}));
    QVERIFY(r.dryRun);
    QCOMPARE(r.items.first().daysLate, 269);
    QCOMPARE(r.selection.dueDate, QDate(2026, 12, 28));
    // 878,08 + 130,14 + 138,08 = 1 146,30
    QCOMPARE(r.total(), Money::fromOre(114630));
    QCOMPARE(r.invoiceCount(), 3);
    QCOMPARE(r.invoices.size(), 3);
    QCOMPARE(r.invoices.at(1).lineText, QStringLiteral("Dröjsmålsränta faktura 040000126, 70 dagar"));
    // 46 d at 11,50 % and 223 d at 12,00 % on 10 000,00.
    const QList<LetterInterestLine> &periods = r.invoices.first().periods;
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods.at(0).days, 46);
    QCOMPARE(periods.at(0).rateHundredths, qint64(1150));
    QCOMPARE(periods.at(1).days, 223);
    QCOMPARE(periods.at(1).rateHundredths, qint64(1200));
    QCOMPARE(invoiceCount(), qint64(8)); // changed nothing
    QVERIFY(stored(QStringLiteral("040000123")).interestInvoiceNumber.isEmpty());
}

void TestInterestInvoicing::minimumsOfTheSelection_data()
{
    QTest::addColumn<qint64>("minimumKronor");
    QTest::addColumn<int>("minimumDays");
    QTest::addColumn<QStringList>("invoiced");
    QTest::newRow("5 kr, 5 days") << qint64(5) << 5
                                  << QStringList{"040000123", "040000126", "040000128"};
    // B's 3,29 is reached; C (3 days) is still under 9 days.
    QTest::newRow("3 kr, 9 days: B's 10 days reach it")
        << qint64(3) << 9 << QStringList{"040000123", "040000124", "040000126", "040000128"};
    QTest::newRow("3 kr, 0 days: C's 3 days too")
        << qint64(3) << 0
        << QStringList{"040000123", "040000124", "040000125", "040000126", "040000128"};
    // 130,14 and 138,08 are under 200 kr: the minimum is on the net interest.
    QTest::newRow("200 kr: only the worked example") << qint64(200) << 5
                                                     << QStringList{"040000123"};
    QTest::newRow("exactly 878 kr is under 878,08") << qint64(878) << 0
                                                    << QStringList{"040000123"};
    QTest::newRow("879 kr: nothing") << qint64(879) << 0 << QStringList();
}

void TestInterestInvoicing::minimumsOfTheSelection()
{
    QFETCH(qint64, minimumKronor);
    QFETCH(int, minimumDays);
    QFETCH(QStringList, invoiced);
    InterestInvoicingSelection s = standard();
    s.minimumInterest = Money::fromKronor(minimumKronor);
    s.minimumDays = minimumDays;
    QStringList numbers;
    for (const InterestInvoiceItem &i : InterestInvoicing(*m_ledger->db).plan(s).items)
        numbers << i.invoiceNumber;
    QCOMPARE(numbers, invoiced);
}

void TestInterestInvoicing::runMakesTheInterestInvoices()
{
    Database &db = *m_ledger->db;
    const InterestInvoicingResult r = InterestInvoicing(db).run(standard());
    QVERIFY(!r.dryRun);
    QCOMPARE(r.invoiceCount(), 3);
    QCOMPARE(invoiceCount(), qint64(11));

    // Routine digits + 50, the rest equal.
    const Invoice i = stored(QStringLiteral("540000123"));
    QCOMPARE(i.routine, QStringLiteral("54"));
    QCOMPARE(i.amount, Money::fromOre(87808));
    QCOMPARE(i.balance, Money::fromOre(87808));
    QCOMPARE(i.invoiceDate, kRunDate);
    QCOMPARE(i.dueDate, QDate(2026, 12, 28));
    QCOMPARE(i.handler, QStringLiteral("Eva Ek 0123-456"));
    QCOMPARE(i.ocr, Ocr::ocrForInvoice(QStringLiteral("540000123")));
    QCOMPARE(i.description, QStringLiteral("Dröjsmålsränta faktura 040000123"));
    const Invoice original = stored(QStringLiteral("040000123"));
    QCOMPARE(i.customerId, original.customerId);
    QCOMPARE(i.customerNumber, original.customerNumber);
    QCOMPARE(i.idNumber, original.idNumber);
    QCOMPARE(i.name, original.name);
    QCOMPARE(i.address, original.address);
    QCOMPARE(i.city, original.city);
    const QList<InvoiceLine> lines = InvoiceRepository(db).lines(i.id);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, QStringLiteral("Dröjsmålsränta faktura 040000123, 269 dagar"));
    QCOMPARE(lines.first().amount, Money::fromOre(87808));
    QCOMPARE(lines.first().account, QStringLiteral("8314"));
    QCOMPARE(r.invoices.first().invoiceId, i.id);
    QCOMPARE(r.invoices.first().ocr, i.ocr);

    // The original shows the interest invoice's number, amount and date.
    QCOMPARE(original.interestInvoiceNumber, QStringLiteral("540000123"));
    QCOMPARE(original.interestInvoiceAmount, Money::fromOre(87808));
    QCOMPARE(original.interestInvoiceDate, kRunDate);
    QCOMPARE(stored(QStringLiteral("040000126")).interestInvoiceAmount, Money::fromOre(13014));
    QVERIFY(stored(QStringLiteral("040000124")).interestInvoiceNumber.isEmpty());
    bool audited = false;
    for (const AuditLog::Entry &e :
         AuditLog(db).entriesFor(QStringLiteral("invoice"), QStringLiteral("001/040000123")))
        audited = audited
                  || (e.field == QLatin1String("interest_invoice_number")
                      && e.newValue == QLatin1String("540000123"));
    QVERIFY(audited);
}

void TestInterestInvoicing::kontrollistaEqualsTheRun()
{
    InterestInvoicing invoicing(*m_ledger->db);
    const InterestInvoicingResult plan = invoicing.plan(standard());
    const InterestInvoicingResult run = invoicing.run(standard());
    QCOMPARE(described(run), described(plan));
    QCOMPARE(run.total(), plan.total());
    QCOMPARE(run.invoices.size(), plan.invoices.size());
    for (int i = 0; i < plan.invoices.size(); ++i) {
        QCOMPARE(run.invoices.at(i).invoiceNumber, plan.invoices.at(i).invoiceNumber);
        QCOMPARE(run.invoices.at(i).ocr, plan.invoices.at(i).ocr);
        QCOMPARE(run.invoices.at(i).amount, plan.invoices.at(i).amount);
    }
    QCOMPARE(run.bookingOrders.size(), plan.bookingOrders.size());
    QCOMPARE(run.bookingOrders.first().debitTotal(), plan.bookingOrders.first().debitTotal());
}

void TestInterestInvoicing::eachClaimIsInvoicedOnce()
{
    Database &db = *m_ledger->db;
    InterestInvoicing(db).run(standard());
    // The interest invoice itself paid 35 days late: never interest on interest.
    PostingRequest late;
    late.company = k001;
    late.invoiceNumber = QStringLiteral("540000123");
    late.method = QStringLiteral("B");
    late.amount = Money::fromOre(87808);
    late.transactionDate = QDate(2027, 2, 1);
    PostingService(db).post(late);
    const qint64 after = invoiceCount();
    // The same selection again, and a wider one: nothing more to invoice.
    const InterestInvoicingResult again = InterestInvoicing(db).run(standard());
    QVERIFY(again.items.isEmpty());
    QVERIFY(again.bookingOrders.isEmpty());
    InterestInvoicingSelection wider = standard();
    wider.minimumInterest = Money();
    wider.minimumDays = 0;
    wider.routineFrom.clear();
    wider.paidFrom = QDate();
    wider.paidTo = QDate();
    QStringList numbers;
    for (const InterestInvoiceItem &i : InterestInvoicing(db).plan(wider).items)
        numbers << i.invoiceNumber;
    // B and C (under the minimums before) and H (routine 07); never the
    // invoiced ones, never an interest invoice (540000123, paid late).
    QCOMPARE(numbers, (QStringList{"040000124", "040000125", "070000130"}));
    QCOMPARE(invoiceCount(), after);
    // The 7.14 list: what is left of A is nothing.
    UnbilledSelection u;
    u.invoiceFrom = QStringLiteral("040000123");
    QVERIFY(UnbilledInterestReport(db).lines(u).isEmpty());
    u.invoiceFrom = QStringLiteral("540000123");
    QVERIFY(UnbilledInterestReport(db).lines(u).isEmpty());
}

void TestInterestInvoicing::bookingOrderBalancesOnTheRoutinesAccounts()
{
    Database &db = *m_ledger->db;
    const InterestInvoicingResult plan = InterestInvoicing(db).plan(standard());
    QCOMPARE(plan.bookingOrders.size(), 1);
    const Verification &p = plan.bookingOrders.first();
    QCOMPARE(p.orderId, qint64(0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM booking_order")).toLongLong(),
             qint64(0));

    const InterestInvoicingResult r = InterestInvoicing(db).run(standard());
    QCOMPARE(r.bookingOrders.size(), 1);
    const Verification &v = r.bookingOrders.first();
    QVERIFY(v.orderId > 0);
    QVERIFY(v.number > 0);
    QCOMPARE(v.company, k001);
    QCOMPARE(v.date, kRunDate);
    // Receivable of routine 54 debit, interest income of routine 04 credit:
    // 1 146,30 each.
    QCOMPARE(v.postings.size(), 2);
    QCOMPARE(v.postings.at(0).account, QStringLiteral("1514"));
    QCOMPARE(v.postings.at(0).amount, Money::fromOre(114630));
    QCOMPARE(v.postings.at(1).account, QStringLiteral("8314"));
    QCOMPARE(v.postings.at(1).amount, Money::fromOre(-114630));
    QVERIFY(v.sum().isZero());
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_ore) FROM booking_posting WHERE "
                                      "booking_order_id = ?"),
                       {v.orderId})
                 .toLongLong(),
             qint64(0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT amount_ore FROM booking_posting WHERE "
                                      "booking_order_id = ? AND account = '1514'"),
                       {v.orderId})
                 .toLongLong(),
             qint64(114630));
}

void TestInterestInvoicing::protectedIdentityPrintsNoAddress()
{
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = (SELECT "
                          "customer_id FROM invoice WHERE invoice_number = '040000123')"));
    InterestInvoicingSelection s = standard();
    s.routineFrom = QStringLiteral("04");
    s.routineTo = QStringLiteral("07");
    const InterestInvoicingResult r = InterestInvoicing(db).plan(s);
    QCOMPARE(r.invoices.size(), 4);
    // A, D and F are Anna Andersson's (one customer); H is Bo Berg's.
    QVERIFY(r.invoices.at(0).addressWithheld);
    QVERIFY(r.invoices.at(2).addressWithheld);
    QVERIFY(!r.invoices.at(3).addressWithheld);
    QCOMPARE(r.invoices.at(3).invoiceNumber, QStringLiteral("570000130"));
}

void TestInterestInvoicing::missingInterestRoutineRefusesTheRun()
{
    Database &db = *m_ledger->db;
    // Routine 07 loses its interest routine 57.
    db.run(QStringLiteral("UPDATE routine SET interest_of = NULL WHERE code = '57'"));
    InterestInvoicingSelection s = standard();
    s.routineTo = QStringLiteral("07");
    const InterestInvoicingResult plan = InterestInvoicing(db).plan(s);
    QCOMPARE(plan.invoiceCount(), 3);
    QCOMPARE(plan.problems().size(), 1);
    QVERIFY2(plan.problems().first().startsWith(QStringLiteral("001/070000130: rutin 07 har "
                                                               "ingen rutin för räntefakturor")),
             qPrintable(plan.problems().first()));
    try {
        InterestInvoicing(db).run(s);
        QFAIL("ran with a claim it cannot invoice");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(QStringLiteral("070000130")), qPrintable(e.message()));
    }
    QCOMPARE(invoiceCount(), qint64(8));
    QVERIFY(stored(QStringLiteral("040000123")).interestInvoiceNumber.isEmpty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM booking_order")).toLongLong(),
             qint64(0));
}

void TestInterestInvoicing::takenInterestInvoiceNumberRefusesTheRun()
{
    m_ledger->registerInvoices({claim(QStringLiteral("540000126"), 5000, kDue)});
    const InterestInvoicingResult plan = InterestInvoicing(*m_ledger->db).plan(standard());
    QCOMPARE(plan.problems().size(), 1);
    QVERIFY2(plan.problems().first().contains(QStringLiteral("540000126")),
             qPrintable(plan.problems().first()));
    QVERIFY_THROWS_EXCEPTION(LedgerError, InterestInvoicing(*m_ledger->db).run(standard()));
    QCOMPARE(invoiceCount(), qint64(9));
}

void TestInterestInvoicing::refusesBadSelection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reasonStart");
    QTest::newRow("no handler") << "handler" << "" << "Handläggare: obligatorisk";
    QTest::newRow("handler of 31") << "handler" << QString(31, QLatin1Char('x')) << "Handläggare: 31";
    QTest::newRow("no minimum interest") << "minimumInterest" << "" << "Minsta ränta: obligatorisk";
    QTest::newRow("minimum interest 1 000 kr") << "minimumInterest" << "100000" << "Minsta ränta";
    QTest::newRow("minimum interest with öre") << "minimumInterest" << "550" << "Minsta ränta";
    QTest::newRow("minimum days 10") << "minimumDays" << "10" << "Minsta antal dagar";
    QTest::newRow("four message lines") << "message" << "a|b|c|d" << "Meddelande: 4 rader";
    QTest::newRow("message line of 51")
        << "message" << QStringLiteral("ok|") + QString(51, QLatin1Char('m')) << "Meddelande rad 2";
    QTest::newRow("due date before the run date") << "dueDate" << "2026-12-13" << "Förfallodag";
    QTest::newRow("no run date") << "runDate" << "" << "Fakturadatum";
    QTest::newRow("routine of three digits") << "routine" << "104" << "Rutin";
}

void TestInterestInvoicing::refusesBadSelection()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reasonStart);
    InterestInvoicingSelection s = standard();
    if (field == QLatin1String("handler"))
        s.handler = value;
    else if (field == QLatin1String("minimumInterest"))
        s.minimumInterest = value.isEmpty() ? std::nullopt
                                            : std::optional(Money::fromOre(value.toLongLong()));
    else if (field == QLatin1String("minimumDays"))
        s.minimumDays = value.toInt();
    else if (field == QLatin1String("message"))
        s.message = value.split(QLatin1Char('|'));
    else if (field == QLatin1String("dueDate"))
        s.dueDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("runDate"))
        s.runDate = QDate();
    else if (field == QLatin1String("routine"))
        s.routineFrom = value;
    for (const bool run : {false, true}) {
        try {
            InterestInvoicing invoicing(*m_ledger->db);
            run ? invoicing.run(s) : invoicing.plan(s);
            QFAIL("accepted");
        } catch (const LedgerError &e) {
            QCOMPARE(e.kind(), LedgerError::Kind::Refused);
            QVERIFY2(e.message().startsWith(reasonStart), qPrintable(e.message()));
        }
    }
    QCOMPARE(invoiceCount(), qint64(8));
}

// 7.15: everything of the 7.14 list for routines 04 and 07, at least 5 days.
NextInvoiceTransferSelection TestInterestInvoicing::standardTransfer()
{
    NextInvoiceTransferSelection s;
    s.transferDate = kRunDate;
    s.claims.paidFrom = QDate(2024, 1, 1);
    s.claims.paidTo = QDate(2024, 8, 31);
    s.claims.minimumDays = 5;
    return s;
}

void TestInterestInvoicing::transferPlanListsByRoutineAndPersonNumber()
{
    // K 040000131 to "Öberg, Öjvind" without a person number (customer
    // number only), 10 days late: 3,29 like B; refused, listed.
    InvoiceDraft k = claim(QStringLiteral("040000131"), 100000, kDue, QStringLiteral("Öberg, Öjvind"),
                           QString());
    k.customerNumber = QStringLiteral("K-77");
    m_ledger->registerInvoices({k});
    post(*m_ledger->db, QStringLiteral("040000131"), QStringLiteral("B"), 100000,
         QDate(2024, 2, 10));

    const NextInvoiceTransferResult r = NextInvoiceTransfer(*m_ledger->db).plan(standardTransfer());
    QStringList lines;
    for (const NextInvoiceTransferLine &l : r.lines)
        lines << QStringLiteral("%1 %2 %3 %4").arg(l.claim.routine, l.personNumber,
                                                   l.claim.invoiceNumber)
                     .arg(l.claim.total().ore());
    // Routine 04 (Anna 19811218-9876: A, B, D, F), then 07 (Bo: interest
    // 230,14 + fee 60,00 = 290,14). C (3 days) and E (no interest, no fees)
    // are not on the 7.14 list.
    QCOMPARE(lines, (QStringList{"04 198112189876 040000123 87808", "04 198112189876 040000124 329",
                                 "04 198112189876 040000126 13014", "04 198112189876 040000128 13808",
                                 "07 197501011238 070000130 29014"}));
    QCOMPARE(r.routines(), (QStringList{"04", "07"}));
    QCOMPARE(r.refused.size(), 1);
    QCOMPARE(r.refused.first().claim.invoiceNumber, QStringLiteral("040000131"));
    QVERIFY(r.refused.first().problem.startsWith(QStringLiteral("personnummer saknas")));
    // 878,08 + 3,29 + 130,14 + 138,08 + 290,14 = 1 439,73
    QCOMPARE(r.total(), Money::fromOre(143973));

    const ReportTable file = NextInvoiceTransfer::file(r, QStringLiteral("07"));
    QCOMPARE(file.rows().size(), 1);
    QCOMPARE(file.rows().first().cells,
             (QVariantList{QStringLiteral("197501011238"), QStringLiteral("Berg, Bo"), k001,
                           QStringLiteral("070000130"), qint64(23014), qint64(6000), qint64(0),
                           qint64(29014)}));
    QCOMPARE(NextInvoiceTransfer::fileName(QStringLiteral("07"), kRunDate),
             QStringLiteral("nasta-faktura-07-2026-12-14.csv"));
    // The list: 4 + subtotal, 1 + subtotal, the refused one, the total.
    const ReportTable list = NextInvoiceTransfer::list(r);
    QCOMPARE(list.rows().size(), 9);
    QCOMPARE(list.rows().last().money(10), Money::fromOre(143973));
}

void TestInterestInvoicing::transferStampsAndIsDoneOnce()
{
    Database &db = *m_ledger->db;
    QMap<QString, qint64> written; // routine -> rows
    const auto writer = [&](const QString &routine, const ReportTable &file) {
        written.insert(routine, file.rows().size());
        return QStringLiteral("/tmp/x-%1.csv").arg(routine);
    };
    const NextInvoiceTransferResult r = NextInvoiceTransfer(db).run(standardTransfer(), writer);
    QCOMPARE(written.value(QStringLiteral("04")), qint64(4));
    QCOMPARE(written.value(QStringLiteral("07")), qint64(1));
    QCOMPARE(r.files, (QStringList{"/tmp/x-04.csv", "/tmp/x-07.csv"}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT next_invoice_transfer_date FROM invoice WHERE "
                                      "invoice_number = '070000130'"))
                 .toString(),
             QStringLiteral("2026-12-14"));
    QVERIFY(db.scalar(QStringLiteral("SELECT next_invoice_transfer_date FROM invoice WHERE "
                                     "invoice_number = '040000125'"))
                .isNull());

    written.clear();
    const NextInvoiceTransferResult again = NextInvoiceTransfer(db).run(standardTransfer(), writer);
    QVERIFY(again.lines.isEmpty());
    QVERIFY(written.isEmpty()); // no empty files
    // The 7.14 list no longer shows them, fees included.
    UnbilledSelection u = standardTransfer().claims;
    QVERIFY(UnbilledInterestReport(db).lines(u).isEmpty());
}

void TestInterestInvoicing::transferredClaimsAreNotInterestInvoiced()
{
    Database &db = *m_ledger->db;
    NextInvoiceTransferSelection t = standardTransfer();
    t.claims.invoiceFrom = QStringLiteral("040000126");
    NextInvoiceTransfer(db).run(t, [](const QString &, const ReportTable &) { return QString(); });
    QStringList numbers;
    for (const InterestInvoiceItem &i : InterestInvoicing(db).plan(standard()).items)
        numbers << i.invoiceNumber;
    QCOMPARE(numbers, (QStringList{"040000123", "040000128"}));
}

void TestInterestInvoicing::failedFileChangesNothing()
{
    Database &db = *m_ledger->db;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("04.csv"));
    const auto writer = [&](const QString &routine, const ReportTable &) -> QString {
        if (routine == QLatin1String("07"))
            throw LedgerError::refused(QStringLiteral("disk full"));
        QFile f(first);
        f.open(QIODevice::WriteOnly);
        f.write("x");
        return first;
    };
    QVERIFY_THROWS_EXCEPTION(LedgerError, NextInvoiceTransfer(db).run(standardTransfer(), writer));
    QVERIFY(!QFile::exists(first));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE "
                                      "next_invoice_transfer_date IS NOT NULL"))
                 .toLongLong(),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestInterestInvoicing)
#include "tst_interestinvoicing.moc"
