// InterestService on a real ledger built with the services, the reference-rate
// table (handbook 7.8), kravparametrar for interest (7.2), and the CLI
// (`interest`, `rate list`, `rate set`, CLI.md) with golden JSON under
// tests/golden/interest/. Expected numbers worked out by hand in the comments
// (base × rate(hundredths) × days / (10000 × 365), one rounding).
#include "clirunner.h"
#include "golden.h"
#include "testledger.h"

#include "audit/auditlog.h"
#include "interest/interestservice.h"
#include "interest/referencerates.h"
#include "ledger/posting.h"

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

const QString kCompany = QStringLiteral("001");

void post(Database &db, const QString &invoice, const QString &method, qint64 ore,
          const QDate &date)
{
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

QString rateDump(Database &db)
{
    QStringList rows;
    for (const ReferenceRate &r : ReferenceRates(db).list())
        rows.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(r.from.toString(Qt::ISODate))
                        .arg(r.rateHundredths)
                        .arg(int(r.verified))
                        .arg(r.source));
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestInterest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workedExampleOnAStoredClaim();
    void feesAreNotInTheBase();
    void noInterestCreditAndPartialPayments();
    void dunningCodeOnTheClaim();
    void unpaidClaimUpToTodayNeedsARate();
    void forAmount();
    void rateSetAddsAndConfirms();
    void rateSetRefusesBadInput_data();
    void rateSetRefusesBadInput();
    void settingsSaveLoadAndAudit();
    void settingsRefusedLeaveNothingChanged();
    void cliGolden_data();
    void cliGolden();
    void cliErrors_data();
    void cliErrors();
};

void TestInterest::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
}

void TestInterest::workedExampleOnAStoredClaim()
{
    TestLedger ledger;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000001"), Money::fromOre(1000000));
    d.invoiceDate = QDate(2023, 10, 16);
    d.dueDate = QDate(2023, 11, 15);
    ledger.registerInvoices({d});
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 1000000, QDate(2024, 8, 10));
    // DOMAIN.md: 46 d at 11,50 % + 223 d at 12,00 % on 1 000 000 öre
    // = 320 500 000 000 / 3 650 000 = 87 808,219… → 878,08 kr. No --to: the final-paid date.
    const InterestResult r = InterestService(*ledger.db).forClaim(kCompany, d.invoiceNumber);
    QCOMPARE(r.interest.ore(), 87808);
    QCOMPARE(r.days, 269);
    QCOMPARE(r.periods.size(), 2);
    // Computing to a later date adds nothing: the base is 0 after the payment.
    QCOMPARE(InterestService(*ledger.db)
                 .forClaim(kCompany, d.invoiceNumber, QDate(2026, 6, 30))
                 .interest.ore(),
             87808);
    // Unknown claim: NotFound.
    try {
        InterestService(*ledger.db).forClaim(kCompany, QStringLiteral("010000099"));
        QFAIL("expected NotFound");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
    }
}

void TestInterest::feesAreNotInTheBase()
{
    TestLedger ledger;
    PaymentMethod fee;
    fee.code = QStringLiteral("X");
    fee.debit = true;
    fee.text = QStringLiteral("Påm.avg");
    fee.feeType = PaymentMethod::FeeType::ReminderFee;
    ReferenceData(*ledger.db).savePaymentMethod(fee);
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000002"), Money::fromOre(1000000));
    d.invoiceDate = QDate(2024, 1, 1);
    d.dueDate = QDate(2024, 1, 31);
    ledger.registerInvoices({d});
    // A 60,00 reminder fee is debited, then 4 000,00 paid: the fee is settled
    // first, so capital falls by 3 940,00 to 6 060,00 (DOMAIN.md, Swedish practice).
    post(*ledger.db, d.invoiceNumber, QStringLiteral("X"), 6000, QDate(2024, 2, 15));
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 400000, QDate(2024, 3, 1));
    // 02-01..03-01 = 30 d on 1 000 000; 03-02..03-31 = 30 d on 606 000, 12,00 %:
    // 1200 × (30 000 000 + 18 180 000) / 3 650 000 = 57 816 000 000 / 3 650 000 = 15 840.
    const InterestResult r
        = InterestService(*ledger.db).forClaim(kCompany, d.invoiceNumber, QDate(2024, 3, 31));
    QCOMPARE(r.periods.size(), 2);
    QCOMPARE(r.periods.at(1).base.ore(), 606000);
    QCOMPARE(r.interest.ore(), 15840);
}

void TestInterest::noInterestCreditAndPartialPayments()
{
    TestLedger ledger;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000003"), Money::fromOre(1000000));
    d.invoiceDate = QDate(2024, 1, 1);
    d.dueDate = QDate(2024, 1, 31);
    ledger.registerInvoices({d});
    // Method 2 (Kreditfaktura) is "dröjsmålsfaktureras ej": 2 000,00 leaves the base
    // from the due date on; B pays 3 000,00 on 03-01 and the rest 5 000,00 on 04-30.
    post(*ledger.db, d.invoiceNumber, QStringLiteral("2"), 200000, QDate(2024, 4, 15));
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 300000, QDate(2024, 3, 1));
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 500000, QDate(2024, 4, 30));
    // 02-01..03-01 = 30 d on 800 000; 03-02..04-30 = 30+30 = 60 d on 500 000:
    // 1200 × (24 000 000 + 30 000 000) / 3 650 000 = 64 800 000 000 / 3 650 000
    // = 17 753,424… → 17 753. Final-paid 2024-04-30 is the default end.
    const InterestResult r = InterestService(*ledger.db).forClaim(kCompany, d.invoiceNumber);
    QCOMPARE(r.periods.size(), 2);
    QCOMPARE(r.periods.at(0).base.ore(), 800000);
    QCOMPARE(r.periods.at(1).days, 60);
    QCOMPARE(r.interest.ore(), 17753);
}

void TestInterest::dunningCodeOnTheClaim()
{
    TestLedger ledger;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000004"), Money::fromOre(1000000));
    d.invoiceDate = QDate(2024, 1, 1);
    d.dueDate = QDate(2024, 1, 31);
    ledger.registerInvoices({d});
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 1000000, QDate(2024, 4, 10));
    // No code: 02-01..04-10 = 70 d: 1 000 000×1200×70/3 650 000 = 23 013,698… → 23 014.
    InterestService service(*ledger.db);
    QCOMPARE(service.forClaim(kCompany, d.invoiceNumber).interest.ore(), 23014);
    // The code is set directly here: putting codes on claims belongs to the dunning work.
    auto setCode = [&](int code, const QDate &until) {
        ledger.db->run(QStringLiteral("UPDATE invoice SET dunning_code = ?, dunning_code_until = ? "
                                      "WHERE invoice_number = ?"),
                       {code, dateArg(until), d.invoiceNumber});
    };
    setCode(7, QDate()); // Ej ränta
    QCOMPARE(service.forClaim(kCompany, d.invoiceNumber).interest.ore(), 0);
    setCode(2, QDate(2024, 4, 30)); // Anstånd, paid 04-10 in time
    QCOMPARE(service.forClaim(kCompany, d.invoiceNumber).interest.ore(), 0);
    setCode(2, QDate(2024, 3, 31)); // Anstånd, paid after it
    QCOMPARE(service.forClaim(kCompany, d.invoiceNumber).interest.ore(), 23014);
}

void TestInterest::unpaidClaimUpToTodayNeedsARate()
{
    TestLedger ledger; // today 2026-11-26; shipped rates end 2026-06-30
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000005"), Money::fromOre(100000));
    d.invoiceDate = QDate(2026, 5, 1);
    d.dueDate = QDate(2026, 6, 20);
    ledger.registerInvoices({d});
    InterestService service(*ledger.db);
    QVERIFY_THROWS_EXCEPTION(LedgerError, service.forClaim(kCompany, d.invoiceNumber));
    ReferenceRates(*ledger.db).set(QDate(2026, 7, 1), 175, QStringLiteral("riksbank.se"));
    // 06-21..06-30 10 d at 2,00+8 = 10,00 %, 07-01..11-26 = 31+31+30+31+26 = 149 d at
    // 1,75+8 = 9,75 %: 100 000 × (1000×10 + 975×149) / 3 650 000
    // = 100 000 × 155 275 / 3 650 000 = 4 254,109… → 4 254.
    const InterestResult r = service.forClaim(kCompany, d.invoiceNumber);
    QCOMPARE(r.days, 159);
    QCOMPARE(r.interest.ore(), 4254);
    // 2026-01-01 is still UNVERIFIED: the result says so.
    QVERIFY2(r.note.contains(QLatin1String("UNVERIFIED")), qPrintable(r.note));
}

void TestInterest::forAmount()
{
    TestLedger ledger;
    const InterestResult r = InterestService(*ledger.db)
                                 .forAmount(Money::fromOre(1000000), QDate(2023, 11, 15),
                                            QDate(2024, 8, 10));
    QCOMPARE(r.interest.ore(), 87808);
}

void TestInterest::rateSetAddsAndConfirms()
{
    TestLedger ledger;
    ReferenceRates rates(*ledger.db);
    const qint64 rows = ledger.count(QStringLiteral("reference_rate"));
    QVERIFY(!rates.rateOn(QDate(2025, 3, 1))->verified);
    // Confirming the shipped 3,00 % for 2025-H1 marks it verified, audited.
    rates.set(QDate(2025, 1, 1), 300, QStringLiteral("riksbank.se"));
    QVERIFY(rates.rateOn(QDate(2025, 3, 1))->verified);
    QCOMPARE(ledger.count(QStringLiteral("reference_rate")), rows);
    const auto entries = AuditLog(*ledger.db).entriesFor(QStringLiteral("reference_rate"),
                                                         QStringLiteral("2025-01-01"));
    QCOMPARE(entries.size(), 2); // verified 0→1, source changed
    // A new half-year: one more row, audited as an insert.
    rates.set(QDate(2026, 7, 1), 200);
    QCOMPARE(ledger.count(QStringLiteral("reference_rate")), rows + 1);
    QCOMPARE(rates.rateOn(QDate(2026, 12, 31))->rateHundredths, 200);
    QCOMPARE(AuditLog(*ledger.db)
                 .entriesFor(QStringLiteral("reference_rate"), QStringLiteral("2026-07-01"))
                 .size(),
             1);
    // Changing a rate records old and new.
    rates.set(QDate(2026, 7, 1), 175);
    const auto change = AuditLog(*ledger.db).entriesFor(QStringLiteral("reference_rate"),
                                                        QStringLiteral("2026-07-01"));
    QCOMPARE(change.size(), 2);
    QCOMPARE(rates.rateOn(QDate(2026, 7, 1))->rateHundredths, 175);
}

void TestInterest::rateSetRefusesBadInput_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<qint64>("rate");
    QTest::newRow("invalid_date") << QDate() << qint64(200);
    QTest::newRow("five_digits") << QDate(2026, 7, 1) << qint64(10000);     // 100,00
    QTest::newRow("five_digits_negative") << QDate(2026, 7, 1) << qint64(-10000);
}

void TestInterest::rateSetRefusesBadInput()
{
    QFETCH(QDate, from);
    QFETCH(qint64, rate);
    TestLedger ledger;
    const QString before = rateDump(*ledger.db);
    const qint64 audit = ledger.count(QStringLiteral("audit_log"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, ReferenceRates(*ledger.db).set(from, rate));
    QCOMPARE(rateDump(*ledger.db), before);
    QCOMPARE(ledger.count(QStringLiteral("audit_log")), audit);
}

void TestInterest::settingsSaveLoadAndAudit()
{
    TestLedger ledger;
    InterestSettingsStore store(*ledger.db);
    const InterestSettings defaults = store.load();
    QCOMPARE(defaults.marginHundredths, 800); // räntelagen 6 §, set at init
    QVERIFY(defaults == InterestSettings());
    InterestSettings s;
    s.marginHundredths = 750;
    s.startRule = InterestSettings::StartRule::FromDueDate;
    s.dayBasis = InterestSettings::DayBasis::ActualActual;
    s.daysAfterInvoiceDate = 30;
    s.minimumInterest = Money::fromKronor(100);
    s.minimumDaysLate = 8;
    const qint64 audit = ledger.count(QStringLiteral("audit_log"));
    store.save(s);
    QVERIFY(store.load() == s);
    QCOMPARE(ledger.count(QStringLiteral("audit_log")), audit + 6); // one per changed field
    store.save(s); // nothing changed: nothing audited
    QCOMPARE(ledger.count(QStringLiteral("audit_log")), audit + 6);
    // The service uses them: 10 000,00 due 2024-02-27 to 2024-03-02 from the due date,
    // actual/actual, 4,00 + 7,50: 02-27..03-02 = 5 d. 1 000 000 × 1150 × 5 / 3 660 000
    // = 5 750 000 000 / 3 660 000 = 1 571,038… → 1 571.
    QCOMPARE(InterestService(*ledger.db)
                 .forAmount(Money::fromOre(1000000), QDate(2024, 2, 27), QDate(2024, 3, 2))
                 .interest.ore(),
             1571);
}

void TestInterest::settingsRefusedLeaveNothingChanged()
{
    TestLedger ledger;
    InterestSettingsStore store(*ledger.db);
    InterestSettings s;
    s.daysAfterInvoiceDate = 30; // valid, but saved together with a bad margin
    s.marginHundredths = 825;   // two decimals; 7.2 allows one
    const qint64 settings = ledger.count(QStringLiteral("setting"));
    try {
        store.save(s);
        QFAIL("expected a refusal");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Ränta utöver referensräntan")),
                 qPrintable(e.message()));
    }
    QVERIFY(store.load() == InterestSettings());
    QCOMPARE(ledger.count(QStringLiteral("setting")), settings);
}

void TestInterest::cliGolden_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    // DOMAIN.md worked example on a bare amount: 87 808 öre, two periods.
    QTest::newRow("amount_worked_example")
        << QStringList{"--format", "json", "interest", "--amount", "10 000,00", "--due",
                       "2023-11-15", "--to", "2024-08-10"}
        << "amount_worked_example.json";
    // The stored claim 010000001 (same numbers, three partial payments, see below).
    QTest::newRow("claim_partial_payments")
        << QStringList{"--format", "json", "interest", "--company", "1", "--invoice",
                       "10000001"}
        << "claim_partial_payments.json";
    // --to 2024-03-31: 02-01..03-01 30 d on 1 000 000, 03-02..03-31 30 d on 600 000:
    // 1200 × (30 000 000 + 18 000 000) / 3 650 000 = 15 780,821… → 157,81 kr.
    QTest::newRow("claim_table")
        << QStringList{"interest", "--company", "001", "--invoice", "10000001", "--to",
                       "2024-03-31"}
        << "claim_table.txt";
    QTest::newRow("rate_list_json") << QStringList{"--format", "json", "rate", "list"}
                                    << "rate_list.json";
    QTest::newRow("rate_list_csv") << QStringList{"--format", "csv", "rate", "list"}
                                   << "rate_list.csv";
}

void TestInterest::cliGolden()
{
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    TestLedger ledger;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000001"), Money::fromOre(1000000));
    d.invoiceDate = QDate(2024, 1, 1);
    d.dueDate = QDate(2024, 1, 31);
    ledger.registerInvoices({d});
    // The three partial payments of the pure test: 23 277 öre, 121 days
    // (1200 × 70 800 000 / 3 650 000 = 23 276,712…).
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 400000, QDate(2024, 3, 1));
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 300000, QDate(2024, 4, 15));
    post(*ledger.db, d.invoiceNumber, QStringLiteral("B"), 300000, QDate(2024, 5, 31));
    const CliRun run = runCli(ledger.path, args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (golden.startsWith(QLatin1String("claim_partial")))
        QVERIFY(run.out.contains(QLatin1String("\"interest_ore\": 23277,")));
    if (golden.startsWith(QLatin1String("amount_worked")))
        QVERIFY(run.out.contains(QLatin1String("\"interest_ore\": 87808,")));
    rsk::test::compareGolden(QStringLiteral("interest/") + golden, run.out);
}

void TestInterest::cliErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("both_forms") << QStringList{"interest", "--company", "001", "--amount", "100"}
                                << 2 << "ange antingen";
    QTest::newRow("amount_without_to")
        << QStringList{"interest", "--amount", "100", "--due", "2024-01-31"} << 2 << "--to";
    QTest::newRow("missing_rate")
        << QStringList{"interest", "--amount", "100", "--due", "2026-06-01", "--to", "2027-01-05"}
        << 1 << "Referensränta saknas för 2026-07-01 – 2027-01-05";
    QTest::newRow("unknown_claim")
        << QStringList{"interest", "--company", "001", "--invoice", "99"} << 1 << "000000099";
    QTest::newRow("rate_three_decimals")
        << QStringList{"rate", "set", "--from", "2026-07-01", "--rate", "2,125"} << 2 << "--rate";
    QTest::newRow("rate_too_large")
        << QStringList{"rate", "set", "--from", "2026-07-01", "--rate", "100"} << 1 << "99,99";
}

void TestInterest::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestLedger ledger;
    const QString before = rateDump(*ledger.db);
    const CliRun run = runCli(ledger.path, args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(rateDump(*ledger.db), before);
}

QTEST_GUILESS_MAIN(TestInterest)
#include "tst_interest.moc"
