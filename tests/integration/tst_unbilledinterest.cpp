// Utskrift av ej debiterade räntor och avgifter (handbook 7.14) on a ledger
// built with the services: claims registered, paid late through
// PostingService, fees printed but not debited set with plain SQL (the
// dunning run that sets them is written elsewhere). Interest by hand:
// base(öre) × rate(hundredths) × days / 3 650 000, one rounding; the shipped
// reference rate is 4,00 % all of 2024, so 12,00 % with the 8,0 margin.
#include "testledger.h"

#include "dunning/dunningcodes.h"
#include "dunning/unbilledinterest.h"
#include "interest/interestsettings.h"
#include "ledger/posting.h"

using namespace rsk;
using rsk::test::TestLedger;

namespace {

void post(Database &db, const QString &company, const QString &invoice, const QString &method,
          qint64 ore, const QDate &date)
{
    PostingRequest r;
    r.company = company;
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

void setColumn(Database &db, const QString &invoice, const char *column, const QVariant &value)
{
    db.run(QStringLiteral("UPDATE invoice SET %1 = ? WHERE invoice_number = ?")
               .arg(QLatin1String(column)),
           {value, invoice});
}

// The method that debits interest (D, fee type D; its code is the ledger's choice).
QString interestDebitMethod(Database &db)
{
    for (const PaymentMethod &m : ReferenceData(db).paymentMethods())
        if (m.debit && m.feeType == PaymentMethod::FeeType::Interest)
            return m.code;
    return QString();
}

InvoiceDraft claim(const QString &company, const QString &number, qint64 ore, const QDate &due)
{
    InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore));
    d.company = company;
    d.invoiceDate = due.addDays(-30);
    d.dueDate = due;
    return d;
}

const QString k001 = QStringLiteral("001");
const QString k002 = QStringLiteral("002");
const QDate kDue = QDate(2024, 1, 31);
const QDate kApril10 = QDate(2024, 4, 10); // 70 days after kDue (Feb 29 + Mar 31 + Apr 10)

// "invoice interest reminder collection" in öre, for compact comparisons.
QString describe(const UnbilledLine &l)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(l.invoiceNumber)
        .arg(l.interest.ore())
        .arg(l.reminderFee.ore())
        .arg(l.collectionFee.ore());
}

} // namespace

class TestUnbilledInterest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void claimsOnTheList_data();
    void claimsOnTheList();
    void subtotalsPerCompanyAndTotal();
    void selectionRanges_data();
    void selectionRanges();
    void kravparametrarMinimumIsOnTheGrossInterest();
    void unverifiedRateIsWarnedAbout();
    void readsOnly();
    void refusesBadSelection_data();
    void refusesBadSelection();

private:
    static UnbilledSelection standard();
    QStringList listed(const UnbilledSelection &s);

    std::unique_ptr<TestLedger> m_ledger;
};

// The claims (company 001 unless said):
// A 010000001 10 000,00 due 2023-11-15 paid 2024-08-10: DOMAIN.md's 878,08;
//   a letter printed 500,00 accrued interest (interest_undebited_ore), not added.
// B 010000002  1 000,00 paid 10 days late: 100 000×1200×10/3 650 000 = 328,77 → 3,29 kr.
// C 010000003 10 000,00 paid 3 days late (9,86 kr), reminder fee 60,00 printed.
// D 010000004 10 000,00 paid 04-10 (230,14 kr) but interest-invoiced; collection fee 180,00.
// E 040000005 10 000,00, 100,00 interest debited 03-01, 10 100,00 paid 04-10;
//   reminder fee 60,00.
// F 010000006 10 000,00 paid 04-10, dunning code 7 "Ej ränta"; reminder fee 60,00.
// G 010000007 10 000,00 credited in full (2 Kreditfaktura) 03-01; reminder fee 60,00.
// H 010000008 10 000,00, 4 000,00 credited (2) 03-15, 6 000,00 paid 04-10; dept SOC.
// J 010000010 10 000,00, 5 000,00 paid: not final-paid; reminder fee 60,00.
// K 010000011 10 000,00 due 2025-01-31 paid 2025-02-14 (outside 2024).
// I 002/070000009 5 000,00 due 2024-05-31 paid 06-30; collection fee 180,00.
void TestUnbilledInterest::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>();
    Database &db = *m_ledger->db;
    m_ledger->addCompany(k002, QStringLiteral("Bostadsbolaget"));
    m_ledger->registerInvoices({
        claim(k001, QStringLiteral("010000001"), 1000000, QDate(2023, 11, 15)),
        claim(k001, QStringLiteral("010000002"), 100000, kDue),
        claim(k001, QStringLiteral("010000003"), 1000000, kDue),
        claim(k001, QStringLiteral("010000004"), 1000000, kDue),
        claim(k001, QStringLiteral("040000005"), 1000000, kDue),
        claim(k001, QStringLiteral("010000006"), 1000000, kDue),
        claim(k001, QStringLiteral("010000007"), 1000000, kDue),
        claim(k001, QStringLiteral("010000008"), 1000000, kDue),
        claim(k001, QStringLiteral("010000010"), 1000000, kDue),
        claim(k001, QStringLiteral("010000011"), 1000000, QDate(2025, 1, 31)),
        claim(k002, QStringLiteral("070000009"), 500000, QDate(2024, 5, 31)),
    });
    setColumn(db, QStringLiteral("010000008"), "department", QStringLiteral("SOC"));

    post(db, k001, QStringLiteral("010000001"), QStringLiteral("B"), 1000000, QDate(2024, 8, 10));
    setColumn(db, QStringLiteral("010000001"), "interest_undebited_ore", 50000);
    post(db, k001, QStringLiteral("010000002"), QStringLiteral("B"), 100000, QDate(2024, 2, 10));
    post(db, k001, QStringLiteral("010000003"), QStringLiteral("B"), 1000000, QDate(2024, 2, 3));
    setColumn(db, QStringLiteral("010000003"), "reminder_fee_undebited_ore", 6000);
    post(db, k001, QStringLiteral("010000004"), QStringLiteral("B"), 1000000, kApril10);
    setColumn(db, QStringLiteral("010000004"), "interest_invoice_number", QStringLiteral("510000004"));
    setColumn(db, QStringLiteral("010000004"), "interest_invoice_ore", 23014);
    setColumn(db, QStringLiteral("010000004"), "interest_invoice_date", QStringLiteral("2024-05-02"));
    setColumn(db, QStringLiteral("010000004"), "collection_fee_undebited_ore", 18000);
    post(db, k001, QStringLiteral("040000005"), interestDebitMethod(db), 10000, QDate(2024, 3, 1));
    post(db, k001, QStringLiteral("040000005"), QStringLiteral("B"), 1010000, kApril10);
    setColumn(db, QStringLiteral("040000005"), "reminder_fee_undebited_ore", 6000);
    DunningCodeAssignment(db).set(k001, QStringLiteral("010000006"), 7);
    post(db, k001, QStringLiteral("010000006"), QStringLiteral("B"), 1000000, kApril10);
    setColumn(db, QStringLiteral("010000006"), "reminder_fee_undebited_ore", 6000);
    post(db, k001, QStringLiteral("010000007"), QStringLiteral("2"), 1000000, QDate(2024, 3, 1));
    setColumn(db, QStringLiteral("010000007"), "reminder_fee_undebited_ore", 6000);
    post(db, k001, QStringLiteral("010000008"), QStringLiteral("2"), 400000, QDate(2024, 3, 15));
    post(db, k001, QStringLiteral("010000008"), QStringLiteral("B"), 600000, kApril10);
    post(db, k001, QStringLiteral("010000010"), QStringLiteral("B"), 500000, kApril10);
    setColumn(db, QStringLiteral("010000010"), "reminder_fee_undebited_ore", 6000);
    post(db, k001, QStringLiteral("010000011"), QStringLiteral("B"), 1000000, QDate(2025, 2, 14));
    post(db, k002, QStringLiteral("070000009"), QStringLiteral("B"), 500000, QDate(2024, 6, 30));
    setColumn(db, QStringLiteral("070000009"), "collection_fee_undebited_ore", 18000);
}

// Companies 001–002, paid in 2024 up to 08-31, at least 5 kr and 5 days.
UnbilledSelection TestUnbilledInterest::standard()
{
    UnbilledSelection s;
    s.companyFrom = QStringLiteral("1");
    s.companyTo = QStringLiteral("2");
    s.paidFrom = QDate(2024, 1, 1);
    s.paidTo = QDate(2024, 8, 31);
    s.minimumInterest = Money::fromKronor(5);
    s.minimumDays = 5;
    return s;
}

QStringList TestUnbilledInterest::listed(const UnbilledSelection &s)
{
    QStringList out;
    for (const UnbilledLine &l : UnbilledInterestReport(*m_ledger->db).lines(s))
        out << describe(l);
    return out;
}

void TestUnbilledInterest::claimsOnTheList_data()
{
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<bool>("onList");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("interest");
    QTest::addColumn<qint64>("reminderFee");
    QTest::addColumn<qint64>("collectionFee");
    // 46 d at 11,50 % + 223 d at 12,00 % → 87 808 (DOMAIN.md); the letter's
    // accrued 500,00 is an earlier estimate of the same interest, not added.
    QTest::newRow("worked example 878,08, letter's accrued interest not added")
        << "010000001" << true << 269 << qint64(87808) << qint64(0) << qint64(0);
    QTest::newRow("3,29 kr under the minimum 5 kr, no fees: not listed")
        << "010000002" << false << 10 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("3 days late under the minimum 5 days: not even its fee")
        << "010000003" << false << 3 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("interest invoice already: only the collection fee")
        << "010000004" << true << 70 << qint64(0) << qint64(0) << qint64(18000);
    // 1 000 000 × 1200 × 70 / 3 650 000 = 23 013,7 → 23 014, less 10 000 debited.
    QTest::newRow("debited interest 100,00 covers part: 130,14 and the fee")
        << "040000005" << true << 70 << qint64(13014) << qint64(6000) << qint64(0);
    QTest::newRow("dunning code Ej ränta: no interest, the printed fee listed")
        << "010000006" << true << 70 << qint64(0) << qint64(6000) << qint64(0);
    QTest::newRow("credited in full with Kreditfaktura: nothing, not its fee")
        << "010000007" << false << 30 << qint64(0) << qint64(0) << qint64(0);
    // The 4 000,00 credit is out of the base from the first day: 600 000 × 1200
    // × 70 / 3 650 000 = 13 808,2 → 13 808.
    QTest::newRow("partly credited with Kreditfaktura: interest on the rest")
        << "010000008" << true << 70 << qint64(13808) << qint64(0) << qint64(0);
    QTest::newRow("not final-paid: not listed, whatever its fee")
        << "010000010" << false << 0 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("final-paid after the range: not listed")
        << "010000011" << false << 0 << qint64(0) << qint64(0) << qint64(0);
    // 500 000 × 1200 × 30 / 3 650 000 = 4 931,5… → 4 932.
    QTest::newRow("company 002: 49,32 and the collection fee")
        << "070000009" << true << 30 << qint64(4932) << qint64(0) << qint64(18000);
}

void TestUnbilledInterest::claimsOnTheList()
{
    QFETCH(QString, invoice);
    QFETCH(bool, onList);
    QFETCH(int, days);
    QFETCH(qint64, interest);
    QFETCH(qint64, reminderFee);
    QFETCH(qint64, collectionFee);
    const QList<UnbilledLine> lines = UnbilledInterestReport(*m_ledger->db).lines(standard());
    const auto it = std::find_if(lines.cbegin(), lines.cend(), [&](const UnbilledLine &l) {
        return l.invoiceNumber == invoice;
    });
    QCOMPARE(it != lines.cend(), onList);
    if (!onList)
        return;
    QCOMPARE(it->daysLate, days);
    QCOMPARE(it->interest.ore(), interest);
    QCOMPARE(it->reminderFee.ore(), reminderFee);
    QCOMPARE(it->collectionFee.ore(), collectionFee);
    QCOMPARE(it->total().ore(), interest + reminderFee + collectionFee);
    QCOMPARE(it->idNumber, QStringLiteral("19811218-9876"));
}

void TestUnbilledInterest::subtotalsPerCompanyAndTotal()
{
    using R = UnbilledInterestReport;
    const ReportTable t = R(*m_ledger->db).build(standard());
    const QList<ReportRow> &rows = t.rows();
    // 001: A D F H E (invoice-number order), its subtotal; 002: I, its subtotal; total.
    QCOMPARE(rows.size(), 9);
    QStringList order;
    for (const ReportRow &r : rows)
        order << (r.isSum() ? r.label : r.text(R::InvoiceColumn));
    QCOMPARE(order, QStringList({"010000001", "010000004", "010000006", "010000008",
                                 "040000005", "Summa företag 001 Testkommunen, 5 st",
                                 "070000009", "Summa företag 002 Bostadsbolaget, 1 st",
                                 "Totalt, 6 st"}));
    const ReportRow &a = rows.at(0);
    QCOMPARE(a.text(R::CompanyColumn), k001);
    QCOMPARE(a.text(R::NameColumn), QStringLiteral("Andersson, Anna"));
    QCOMPARE(a.text(R::IdColumn), QStringLiteral("19811218-9876"));
    QCOMPARE(a.date(R::DueColumn), QDate(2023, 11, 15));
    QCOMPARE(a.date(R::PaidColumn), QDate(2024, 8, 10));
    QCOMPARE(a.integer(R::DaysColumn), 269);
    QCOMPARE(a.money(R::TotalColumn).toString(), QStringLiteral("878,08"));
    // 001: interest 87 808 + 13 808 + 13 014 = 114 630; reminder fees 6 000 + 6 000;
    // collection fee 18 000; summa 144 630.
    const ReportRow &s1 = rows.at(5);
    QCOMPARE(s1.type, ReportRow::Type::Subtotal);
    QCOMPARE(s1.level, 1);
    QCOMPARE(s1.money(R::InterestColumn).ore(), 114630);
    QCOMPARE(s1.money(R::ReminderFeeColumn).ore(), 12000);
    QCOMPARE(s1.money(R::CollectionFeeColumn).ore(), 18000);
    QCOMPARE(s1.money(R::TotalColumn).ore(), 144630);
    QVERIFY(s1.isEmpty(R::DaysColumn)); // days are not summed
    // 002: 4 932 + 18 000 = 22 932.
    QCOMPARE(rows.at(7).money(R::TotalColumn).ore(), 22932);
    // Total: interest 119 562, fees 12 000 + 36 000, summa 167 562 = 1 675,62.
    const ReportRow &total = rows.at(8);
    QCOMPARE(total.type, ReportRow::Type::Total);
    QCOMPARE(total.money(R::InterestColumn).ore(), 119562);
    QCOMPARE(total.money(R::ReminderFeeColumn).ore(), 12000);
    QCOMPARE(total.money(R::CollectionFeeColumn).ore(), 36000);
    QCOMPARE(total.money(R::TotalColumn).toString(), QStringLiteral("1 675,62"));
    // The layout: title, the selection as completed, the columns.
    QCOMPARE(t.layout().title, QStringLiteral("Ej debiterade räntor och avgifter"));
    QCOMPARE(t.layout().selection,
             QStringList({"Företag: 001–002", "Slutbetald: 2024-01-01–2024-08-31",
                          "Minsta ränta: 5 kr", "Minsta antal dagar: 5"}));
    QCOMPARE(t.layout().columns.size(), int(R::ColumnCount));
    QCOMPARE(t.layout().columns.at(R::ReminderFeeColumn).title, QStringLiteral("Påminnelseavgift"));
}

void TestUnbilledInterest::selectionRanges_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("routine 4: E only") << "routine" << "4" << ""
                                       << QStringList{"040000005 13014 6000 0"};
    QTest::newRow("invoice 01 (a prefix): the claims of routine 01")
        << "invoice" << "01" << ""
        << QStringList{"010000001 87808 0 0", "010000004 0 0 18000", "010000006 0 6000 0",
                       "010000008 13808 0 0"};
    QTest::newRow("invoice 010000004-010000006")
        << "invoice" << "010000004" << "010000006"
        << QStringList{"010000004 0 0 18000", "010000006 0 6000 0"};
    QTest::newRow("company 2 alone") << "company" << "2" << ""
                                     << QStringList{"070000009 4932 0 18000"};
    QTest::newRow("department SOC") << "department" << "SOC" << ""
                                    << QStringList{"010000008 13808 0 0"};
    QTest::newRow("paid 240601-240831: A and I") << "paid" << "240601" << "240831"
                                                 << QStringList{"010000001 87808 0 0",
                                                                "070000009 4932 0 18000"};
    // 130,14 and 138,08 and 49,32 are under 150 kr: E and I keep their fees.
    QTest::newRow("minimum interest 150 kr: interest under it is 0, fees stay")
        << "minInterest" << "150" << ""
        << QStringList{"010000001 87808 0 0", "010000004 0 0 18000", "010000006 0 6000 0",
                       "040000005 0 6000 0", "070000009 0 0 18000"};
    // C is exactly 3 days late: listed with its 9,86 (1 000 000×1200×3/3 650 000
    // = 986,3 → 986) and fee; B (3,29 kr) is still under 5 kr.
    QTest::newRow("minimum days 3: C paid 3 days late is on the list")
        << "minDays" << "3" << ""
        << QStringList{"010000001 87808 0 0", "010000003 986 6000 0", "010000004 0 0 18000",
                       "010000006 0 6000 0", "010000008 13808 0 0", "040000005 13014 6000 0",
                       "070000009 4932 0 18000"};
    QTest::newRow("minimum days 100: only A (269 days)") << "minDays" << "100" << ""
                                                         << QStringList{"010000001 87808 0 0"};
}

void TestUnbilledInterest::selectionRanges()
{
    QFETCH(QString, field);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    UnbilledSelection s = standard();
    if (field == QLatin1String("routine")) {
        s.routineFrom = from;
        s.routineTo = to;
    } else if (field == QLatin1String("invoice")) {
        s.invoiceFrom = from;
        s.invoiceTo = to;
    } else if (field == QLatin1String("company")) {
        s.companyFrom = from;
        s.companyTo = to;
    } else if (field == QLatin1String("department")) {
        s.departmentFrom = from;
        s.departmentTo = to;
    } else if (field == QLatin1String("paid")) {
        s.paidFrom = QDate::fromString(QStringLiteral("20") + from, QStringLiteral("yyyyMMdd"));
        s.paidTo = QDate::fromString(QStringLiteral("20") + to, QStringLiteral("yyyyMMdd"));
    } else if (field == QLatin1String("minInterest")) {
        s.minimumInterest = Money::fromKronor(from.toLongLong());
    } else if (field == QLatin1String("minDays")) {
        s.minimumDays = from.toInt();
    }
    QCOMPARE(listed(s), expected);
}

void TestUnbilledInterest::kravparametrarMinimumIsOnTheGrossInterest()
{
    InterestSettingsStore store(*m_ledger->db);
    const InterestSettings before = store.load();
    struct Restore
    {
        InterestSettingsStore &store;
        InterestSettings settings;
        ~Restore() { store.save(settings); }
    } restore{store, before};
    InterestSettings s = before;
    s.minimumInterest = Money::fromKronor(200);
    store.save(s);
    // H's 138,08 is under 200 kr; E's gross 230,14 is not (130,14 remains after
    // the 100,00 debited); I's 49,32 is under (its fee stays).
    QCOMPARE(listed(standard()),
             QStringList({"010000001 87808 0 0", "010000004 0 0 18000", "010000006 0 6000 0",
                          "040000005 13014 6000 0", "070000009 0 0 18000"}));
    // Minimum days in kravparametrar apply to the fees too: 75 days leaves only A.
    s.minimumInterest = Money();
    s.minimumDaysLate = 75;
    store.save(s);
    QCOMPARE(listed(standard()), QStringList({"010000001 87808 0 0"}));
}

void TestUnbilledInterest::unverifiedRateIsWarnedAbout()
{
    UnbilledSelection s;
    s.paidFrom = QDate(2025, 1, 1);
    s.paidTo = QDate(2025, 12, 31);
    UnbilledInterestReport report(*m_ledger->db);
    const ReportTable t = report.build(s);
    // K: 02-01..02-14 = 14 d at 3,00 + 8 = 11,00 %: 1 000 000 × 1100 × 14 / 3 650 000
    // = 4 219,2 → 4 219.
    QCOMPARE(t.rows().size(), 3);
    QCOMPARE(t.rows().at(0).money(UnbilledInterestReport::InterestColumn).ore(), 4219);
    QCOMPARE(report.warnings().size(), 1);
    QVERIFY2(report.warnings().first().contains(QLatin1String("UNVERIFIED")),
             qPrintable(report.warnings().first()));
    QVERIFY(t.layout().selection.contains(report.warnings().first()));
}

void TestUnbilledInterest::readsOnly()
{
    Database &db = *m_ledger->db;
    auto fingerprint = [&] {
        return db.scalar(QStringLiteral("SELECT COUNT(*) || '/' || SUM(version) || '/' || "
                                        "(SELECT COUNT(*) FROM audit_log) FROM invoice"))
            .toString();
    };
    const QString before = fingerprint();
    UnbilledInterestReport(db).build(standard());
    QCOMPARE(fingerprint(), before);
}

void TestUnbilledInterest::refusesBadSelection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("company of letters") << "company" << "abc" << "Företag: \"abc\"";
    QTest::newRow("company range backwards") << "company" << "3" << "Företag: tom 002 ligger före from 003";
    QTest::newRow("routine of three digits") << "routine" << "123" << "Rutin: \"123\"";
    QTest::newRow("invoice number with a letter") << "invoice" << "01A" << "Fakturanummer: \"01A\"";
    QTest::newRow("paid to before paid from") << "paidTo" << "2023-12-31"
                                              << "Slutbetald: tom 2023-12-31 ligger före";
    QTest::newRow("department over 10 characters")
        << "department" << "SOCIALTJÄNST" << "Förvaltning/avdelning: \"SOCIALTJÄNST\"";
    QTest::newRow("minimum interest with öre") << "minInterest" << "1250" << "Minsta ränta: \"12,50\"";
    QTest::newRow("minimum interest of four digits")
        << "minInterest" << "100000" << "Minsta ränta: \"1 000,00\"";
    QTest::newRow("minimum days of four digits") << "minDays" << "1000"
                                                 << "Minsta antal dagar: \"1000\"";
    QTest::newRow("negative minimum days") << "minDays" << "-1" << "Minsta antal dagar: \"-1\"";
}

void TestUnbilledInterest::refusesBadSelection()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    UnbilledSelection s = standard();
    if (field == QLatin1String("company"))
        s.companyFrom = value;
    else if (field == QLatin1String("routine"))
        s.routineFrom = value;
    else if (field == QLatin1String("invoice"))
        s.invoiceFrom = value;
    else if (field == QLatin1String("paidTo"))
        s.paidTo = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("department"))
        s.departmentFrom = value;
    else if (field == QLatin1String("minInterest"))
        s.minimumInterest = Money::fromOre(value.toLongLong());
    else if (field == QLatin1String("minDays"))
        s.minimumDays = value.toInt();
    try {
        UnbilledInterestReport(*m_ledger->db).build(s);
        QFAIL("expected a refusal");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().startsWith(reason), qPrintable(e.message()));
    }
}

QTEST_MAIN(TestUnbilledInterest)
#include "tst_unbilledinterest.moc"
