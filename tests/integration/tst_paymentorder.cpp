// Betalningsföreläggande (handbook 7.17) on a SQLite ledger: the checks with
// the field and row they name, the computed application (capital, interest
// to the application date, costs, totals), the statutory cost maximums with a
// logged reason, printing (stamps, watch text, kravkod, the record, audit, all
// or nothing) and the XML export against a golden file. reskontra-cli
// payment-order: tst_cli_paymentorder.cpp.
//
// Interest by hand: base(öre) × rate(hundredths) × days / 3 650 000, one
// rounding per claim. The shipped reference rate is 4,00 % all of 2024, so
// alternative 1 is 12,00 %. Application date 2024-06-14; interest from the
// day after the due date through the application date.
#include "golden.h"
#include "testledger.h"

#include "audit/auditlog.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningsettings.h"
#include "dunning/paymentorder.h"
#include "dunning/paymentorderxml.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"


using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QDate kDate(2024, 6, 14);

PaymentOrderApplicant validApplicant()
{
    PaymentOrderApplicant a;
    a.company = QStringLiteral("001");
    a.applicant = {QStringLiteral("Testkommunen"), QStringLiteral("Kommunstyrelsen"),
                   QStringLiteral("Box 100"), QStringLiteral("123 45  Småstad")};
    a.applicantOrgNr = QStringLiteral("212000-0142");
    a.office = {QStringLiteral("Kronofogden"), QStringLiteral("Box 1050"),
                QStringLiteral("172 21  Sundbyberg")};
    a.agent = {QStringLiteral("Eva Ek, ekonomiavdelningen"), QStringLiteral("0123-456 78")};
    a.applicationFee = Money::fromKronor(300);
    a.feePlusgiro = QStringLiteral("5805620-1");
    a.assistance = true;
    a.enforcement = PaymentOrderEnforcement::Limited;
    return a;
}

// "040000001" = company 001; "002/070000004" = another company.
PaymentOrderApplication applicationFor(const QStringList &invoices)
{
    PaymentOrderApplication a;
    a.applicationDate = kDate;
    for (const QString &i : invoices) {
        const int slash = i.indexOf(QLatin1Char('/'));
        a.claims.append({slash < 0 ? QStringLiteral("001") : i.left(slash),
                         slash < 0 ? i : i.mid(slash + 1), QString()});
    }
    a.applicant = validApplicant();
    return a;
}

bool hasProblem(const QList<PaymentOrderProblem> &problems, const QString &field, int row,
                const QString &part)
{
    for (const PaymentOrderProblem &p : problems)
        if (p.field == field && p.row == row && p.message.contains(part))
            return true;
    return false;
}

} // namespace

class TestPaymentOrder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ledger.reset(); }

    void totalsAndInterest_data();
    void totalsAndInterest();
    void claimProblems_data();
    void claimProblems();
    void seventeenClaimsRefused();
    void interestAndTexts_data();
    void interestAndTexts();
    void costMaximums_data();
    void costMaximums();
    void applicantProblems_data();
    void applicantProblems();
    void claimsAcrossCompanies();
    void printStampsRecordsAndAudits();
    void printWithoutKravkod();
    void failedPrintChangesNothing();
    void applicantSavedOncePerCompany();
    void xmlMatchesGolden();

private:
    Database &db() { return *m_ledger->db; }
    void collectionDemandOn(const QString &invoice)
    {
        db().run(QStringLiteral("UPDATE invoice SET collection_date = '2024-04-20' "
                                "WHERE invoice_number = ?"),
                 {invoice});
    }
    std::unique_ptr<TestLedger> m_ledger;
};

// Claims (all 811218-9876 unless said):
// 001/040000001 1 000,00 invoiced 2024-01-01 due 01-31 "Vatten och avlopp kvartal 1"
// 001/040000002 2 500,00 invoiced 03-01 due 03-31, no description
// 001/040000003   700,00 due 02-29, person 790101-1234
// 002/070000004 1 200,00 due 04-30 (another company)
// 001/040000005   500,00 due 07-31 (not due on the application date)
// 001/040000006   300,00 due 01-31, no person number (customer number only)
void TestPaymentOrder::init()
{
    m_ledger = std::make_unique<TestLedger>(kDate);
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    const auto draft = [](const QString &company, const QString &number, qint64 ore,
                          const QDate &invoiced, const QDate &due, const QString &id) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore));
        d.company = company;
        d.invoiceDate = invoiced;
        d.dueDate = due;
        d.idNumber = id;
        if (id.isEmpty())
            d.customerNumber = QStringLiteral("K1001");
        return d;
    };
    const QString anna = QStringLiteral("811218-9876");
    InvoiceDraft first = draft(QStringLiteral("001"), QStringLiteral("040000001"), 100000,
                               QDate(2024, 1, 1), QDate(2024, 1, 31), anna);
    first.description = QStringLiteral("Vatten och avlopp kvartal 1");
    m_ledger->registerInvoices(
        {first,
         draft(QStringLiteral("001"), QStringLiteral("040000002"), 250000, QDate(2024, 3, 1),
               QDate(2024, 3, 31), anna),
         draft(QStringLiteral("001"), QStringLiteral("040000003"), 70000, QDate(2024, 2, 1),
               QDate(2024, 2, 29), QStringLiteral("790101-1234")),
         draft(QStringLiteral("002"), QStringLiteral("070000004"), 120000, QDate(2024, 4, 1),
               QDate(2024, 4, 30), anna),
         draft(QStringLiteral("001"), QStringLiteral("040000005"), 50000, QDate(2024, 7, 1),
               QDate(2024, 7, 31), anna),
         draft(QStringLiteral("001"), QStringLiteral("040000006"), 30000, QDate(2024, 1, 1),
               QDate(2024, 1, 31), QString())});
}

void TestPaymentOrder::totalsAndInterest_data()
{
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<int>("alternative");
    QTest::addColumn<int>("ratePercent");
    QTest::addColumn<bool>("partlyPaid");
    QTest::addColumn<bool>("interestDebited");
    QTest::addColumn<QList<qint64>>("capital");
    QTest::addColumn<QList<qint64>>("interest");
    QTest::addColumn<QStringList>("interestFrom");
    QTest::addColumn<qint64>("total");

    const QStringList two{QStringLiteral("040000001"), QStringLiteral("040000002")};
    const QStringList from{QStringLiteral("2024-02-01"), QStringLiteral("2024-04-01")};
    // 040000001: 02-01..06-14 = 29+31+30+31+14 = 135 days;
    //   100 000 × 1200 × 135 / 3 650 000 = 4 438,36 → 44,38.
    // 040000002: 04-01..06-14 = 30+31+14 = 75 days;
    //   250 000 × 1200 × 75 / 3 650 000 = 6 164,38 → 61,64.
    // Capital 3 500,00 + interest 106,02 + application fee 300,00 = 3 906,02.
    QTest::newRow("alternative 1, two claims with different due dates")
        << two << 1 << 0 << false << false << QList<qint64>{100000, 250000}
        << QList<qint64>{4438, 6164} << from << qint64(390602);
    // 15 %: 100 000 × 1500 × 135 / 3 650 000 = 5 547,95 → 55,48;
    //       250 000 × 1500 × 75 / 3 650 000 = 7 705,48 → 77,05.
    // 3 500,00 + 132,53 + 300,00 = 3 932,53.
    QTest::newRow("alternative 2 at 15 %")
        << two << 2 << 15 << false << false << QList<qint64>{100000, 250000}
        << QList<qint64>{5548, 7705} << from << qint64(393253);
    QTest::newRow("alternative 3, no interest")
        << two << 3 << 0 << false << false << QList<qint64>{100000, 250000}
        << QList<qint64>{0, 0} << QStringList{QString(), QString()} << qint64(380000);
    // 400,00 paid 2024-03-15: 1 000,00 for 02-01..03-15 (29+15 = 44 days), then
    // 600,00 for 03-16..06-14 (16+30+31+14 = 91 days):
    // (100 000 × 1200 × 44 + 60 000 × 1200 × 91) / 3 650 000 = 3 241,64 → 32,42.
    // Open capital 600,00 + 32,42 + 300,00 = 932,42.
    QTest::newRow("partly paid claim: open capital, interest on what was owed when")
        << QStringList{QStringLiteral("040000001")} << 1 << 0 << true << false
        << QList<qint64>{60000} << QList<qint64>{3242}
        << QStringList{QStringLiteral("2024-02-01")} << qint64(93242);
    // 20,00 interest debited on 040000001 by a collection demand, 15,00 of it
    // paid: 44,38 − 15,00 = 29,38 is still asked for; the open 5,00 is part
    // of it. 3 500,00 + 29,38 + 61,64 + 300,00 = 3 891,02.
    QTest::newRow("interest already paid is not asked for again")
        << two << 1 << 0 << false << true << QList<qint64>{100000, 250000}
        << QList<qint64>{2938, 6164} << from << qint64(389102);
}

void TestPaymentOrder::totalsAndInterest()
{
    QFETCH(QStringList, invoices);
    QFETCH(int, alternative);
    QFETCH(int, ratePercent);
    QFETCH(bool, partlyPaid);
    QFETCH(bool, interestDebited);
    QFETCH(QList<qint64>, capital);
    QFETCH(QList<qint64>, interest);
    QFETCH(QStringList, interestFrom);
    QFETCH(qint64, total);

    if (partlyPaid) {
        PostingRequest r;
        r.company = QStringLiteral("001");
        r.invoiceNumber = QStringLiteral("040000001");
        r.method = QStringLiteral("B");
        r.amount = Money::fromOre(40000);
        r.transactionDate = QDate(2024, 3, 15);
        PostingService(db()).post(r);
    }
    if (interestDebited)
        db().run(QStringLiteral("UPDATE invoice SET interest_debited_ore = 2000, "
                                "interest_open_ore = 500 WHERE invoice_number = '040000001'"));
    PaymentOrderApplication a = applicationFor(invoices);
    a.interest = PaymentOrderInterest(alternative);
    a.otherRateHundredths = ratePercent * 100;
    if (alternative == 2)
        a.interestGround = QStringLiteral("Avtalad ränta enligt hyresavtal");

    const PaymentOrder o = PaymentOrderService(db()).compute(a);
    QCOMPARE(o.claims.size(), invoices.size());
    for (int i = 0; i < o.claims.size(); ++i) {
        const PaymentOrderClaim &c = o.claims.at(i);
        QCOMPARE(c.row, i + 1);
        QCOMPARE(c.capital.ore(), capital.at(i));
        QCOMPARE(c.interest.ore(), interest.at(i));
        QCOMPARE(c.interestFrom.toString(Qt::ISODate), interestFrom.at(i));
    }
    QCOMPARE(o.costsTotal().ore(), qint64(30000));
    QCOMPARE(o.total().ore(), total);
    QCOMPARE(o.debtor.idDisplay, QStringLiteral("19811218-9876"));
    QCOMPARE(o.debtor.name, QStringLiteral("Andersson, Anna"));
    // "avser": the claim's description, or the routine's name and the period.
    QCOMPARE(o.claims.first().concerns, QStringLiteral("Vatten och avlopp kvartal 1"));
    if (o.claims.size() > 1)
        QCOMPARE(o.claims.at(1).concerns, QStringLiteral("Vatten 2024-03"));
    // Computing changes nothing.
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order")), qint64(0));
    QVERIFY(!InvoiceRepository(db()).require(QStringLiteral("001"), QStringLiteral("040000001"))
                 .paymentOrderDate.isValid());
}

void TestPaymentOrder::claimProblems_data()
{
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("field"); // "" = no problem
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("different person numbers refused")
        << QStringList{QStringLiteral("040000001"), QStringLiteral("040000003")} << QString()
        << "claim.invoice" << 2
        << QStringLiteral("gäller personnummer 19790101-1234, inte 19811218-9876 på rad 1");
    QTest::newRow("typed person number differs from the claim's")
        << QStringList{QStringLiteral("040000001")} << QStringLiteral("790101-1234")
        << "claim.invoice" << 1 << QStringLiteral("inte det angivna 19790101-1234");
    QTest::newRow("wrong check digit refused")
        << QStringList{QStringLiteral("040000001")} << QStringLiteral("811218-9875") << "idNumber"
        << 0 << QStringLiteral("Personnummer:");
    QTest::newRow("no person number anywhere")
        << QStringList{QStringLiteral("040000006")} << QString() << "idNumber" << 0
        << QStringLiteral("ingen av fakturorna har personnummer");
    QTest::newRow("claim without person number, typed one accepted")
        << QStringList{QStringLiteral("040000006"), QStringLiteral("040000001")}
        << QStringLiteral("19811218-9876") << "" << 0 << QString();
    QTest::newRow("claim not yet due")
        << QStringList{QStringLiteral("040000005")} << QString() << "claim.invoice" << 1
        << QStringLiteral("har inte förfallit till betalning (förfallodag 2024-07-31)");
    QTest::newRow("unknown invoice")
        << QStringList{QStringLiteral("040000001"), QStringLiteral("40009999")} << QString()
        << "claim.invoice" << 2 << QStringLiteral("Faktura 040009999 finns inte på företag 001");
    QTest::newRow("unknown company")
        << QStringList{QStringLiteral("009/040000001")} << QString() << "claim.company" << 1
        << QStringLiteral("Företag \"009\" finns inte");
    QTest::newRow("same claim twice")
        << QStringList{QStringLiteral("040000001"), QStringLiteral("1/40000001")} << QString()
        << "claim.invoice" << 2 << QStringLiteral("står redan på rad 1");
    QTest::newRow("no claims") << QStringList{} << QString() << "claims" << 0
                               << QStringLiteral("minst en faktura");
}

void TestPaymentOrder::claimProblems()
{
    QFETCH(QStringList, invoices);
    QFETCH(QString, idNumber);
    QFETCH(QString, field);
    QFETCH(int, row);
    QFETCH(QString, message);
    PaymentOrderApplication a = applicationFor(invoices);
    a.idNumber = idNumber;
    PaymentOrderService service(db());
    const QList<PaymentOrderProblem> problems = service.problems(a);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(PaymentOrderService::joined(problems)));
        QCOMPARE(service.compute(a).debtor.idNumber, QStringLiteral("198112189876"));
        return;
    }
    QVERIFY2(hasProblem(problems, field, row, message),
             qPrintable(PaymentOrderService::joined(problems)));
    try {
        service.print(a);
        QFAIL("printed an application with problems");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order")), qint64(0));
}

void TestPaymentOrder::seventeenClaimsRefused()
{
    // 16 rows are the most (two tabs of eight); the 17th is refused even
    // before the claims are read.
    QStringList sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen << QStringLiteral("0400001%1").arg(i, 2, 10, QLatin1Char('0'));
    PaymentOrderService service(db());
    QVERIFY(!hasProblem(service.problems(applicationFor(sixteen)), QStringLiteral("claims"), 0,
                        QStringLiteral("högst 16")));
    const QList<PaymentOrderProblem> problems
        = service.problems(applicationFor(sixteen << QStringLiteral("040000117")));
    QVERIFY2(hasProblem(problems, QStringLiteral("claims"), 0,
                        QStringLiteral("högst 16 fakturor på ett betalningsföreläggande, inte 17")),
             qPrintable(PaymentOrderService::joined(problems)));
}

void TestPaymentOrder::interestAndTexts_data()
{
    QTest::addColumn<int>("alternative");
    QTest::addColumn<int>("ratePercent");
    QTest::addColumn<QString>("ground");
    QTest::addColumn<QString>("special");
    QTest::addColumn<QString>("concerns");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString none;
    QTest::newRow("alternative 2 needs a rate")
        << 2 << 0 << QStringLiteral("Avtal") << none << none << "rate"
        << QStringLiteral("hela procent 1–99");
    QTest::newRow("alternative 2 needs a ground")
        << 2 << 12 << none << none << none << "ground" << QStringLiteral("ange varför");
    QTest::newRow("ground of 45 characters") << 2 << 12 << QString(45, QLatin1Char('g')) << none
                                             << none << "ground" << QStringLiteral("45 tecken, högst 44");
    QTest::newRow("ground of 44 characters is accepted")
        << 2 << 12 << QString(44, QLatin1Char('g')) << none << none << "" << none;
    QTest::newRow("a rate with alternative 1") << 1 << 12 << none << none << none << "rate"
                                               << QStringLiteral("bara med alternativ 2");
    QTest::newRow("special information of 61 characters")
        << 1 << 0 << none << QString(61, QLatin1Char('s')) << none << "specialInformation"
        << QStringLiteral("61 tecken, högst 60");
    QTest::newRow("avser of 68 characters") << 1 << 0 << none << none << QString(68, QLatin1Char('a'))
                                            << "claim.concerns" << QStringLiteral("Rad 1: Avser är 68 tecken");
    QTest::newRow("avser of 67 characters is printed as typed")
        << 1 << 0 << none << none << QString(67, QLatin1Char('a')) << "" << none;
}

void TestPaymentOrder::interestAndTexts()
{
    QFETCH(int, alternative);
    QFETCH(int, ratePercent);
    QFETCH(QString, ground);
    QFETCH(QString, special);
    QFETCH(QString, concerns);
    QFETCH(QString, field);
    QFETCH(QString, message);
    PaymentOrderApplication a = applicationFor({QStringLiteral("040000001")});
    a.interest = PaymentOrderInterest(alternative);
    a.otherRateHundredths = ratePercent * 100;
    a.interestGround = ground;
    a.specialInformation = special;
    a.claims[0].concerns = concerns;
    PaymentOrderService service(db());
    const QList<PaymentOrderProblem> problems = service.problems(a);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(PaymentOrderService::joined(problems)));
        const PaymentOrder o = service.compute(a);
        if (!concerns.isEmpty())
            QCOMPARE(o.claims.first().concerns, concerns);
        return;
    }
    QVERIFY2(hasProblem(problems, field, field == QLatin1String("claim.concerns") ? 1 : 0, message),
             qPrintable(PaymentOrderService::joined(problems)));
}

void TestPaymentOrder::costMaximums_data()
{
    QTest::addColumn<QString>("cost");
    QTest::addColumn<qint64>("ore");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("setup"); // 0 none, 1 collection demand on 040000001,
                                    // 2 reminders 1 and 2 (fee agreed), 3 reminder 1 not agreed
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("capWarning");
    QTest::addColumn<QString>("message");

    const QString none;
    const QString why = QStringLiteral("Extra arbete med bouppteckning");
    QTest::newRow("application fee 300 is the maximum")
        << "applicationFee" << qint64(30000) << none << 0 << true << false << none;
    QTest::newRow("application fee 301 refused without reason")
        << "applicationFee" << qint64(30100) << none << 0 << false << true
        << QStringLiteral("Ansökningsavgift: 301 kr är mer än högst 300 kr");
    QTest::newRow("application fee 400 accepted with a reason")
        << "applicationFee" << qint64(40000) << why << 0 << true << false
        << QStringLiteral("Ansökningsavgift: 400 kr är mer än högst 300 kr");
    QTest::newRow("own work 380 is the maximum")
        << "ownWork" << qint64(38000) << none << 0 << true << false << none;
    QTest::newRow("own work 381 refused without reason")
        << "ownWork" << qint64(38100) << none << 0 << false << true
        << QStringLiteral("Eget arbete/ombudsarvode: 381 kr är mer än högst 380 kr");
    QTest::newRow("kravbrev 180 after one collection demand")
        << "demand" << qint64(18000) << none << 1 << true << false << none;
    QTest::newRow("kravbrev 180 without any collection demand")
        << "demand" << qint64(18000) << none << 0 << false << true
        << QStringLiteral("Kravbrev: 180 kr är mer än högst 0 kr");
    QTest::newRow("kravbrev 360 after one demand, with a reason")
        << "demand" << qint64(36000) << why << 1 << true << false
        << QStringLiteral("Kravbrev: 360 kr är mer än högst 180 kr");
    QTest::newRow("reminders 120 after two reminders with the fee agreed")
        << "reminder" << qint64(12000) << none << 2 << true << false << none;
    QTest::newRow("reminder 60 when no fee was agreed (lag 1981:739 2 §)")
        << "reminder" << qint64(6000) << none << 3 << false << true
        << QStringLiteral("Betalningspåminnelse: 60 kr är mer än högst 0 kr");
    QTest::newRow("five digits refused even with a reason")
        << "ownWork" << qint64(1000000) << why << 0 << false << false
        << QStringLiteral("högst 4 siffror (9 999 kr)");
    QTest::newRow("öre refused") << "registrationCertificate" << qint64(15050) << none << 0 << false
                                  << false << QStringLiteral("ange hela kronor");
    QTest::newRow("other collection cost needs its name")
        << "otherCollection" << qint64(5000) << none << 0 << false << false
        << QStringLiteral("ange vad kostnaden avser");
}

void TestPaymentOrder::costMaximums()
{
    QFETCH(QString, cost);
    QFETCH(qint64, ore);
    QFETCH(QString, reason);
    QFETCH(int, setup);
    QFETCH(bool, accepted);
    QFETCH(bool, capWarning);
    QFETCH(QString, message);

    if (setup == 1)
        collectionDemandOn(QStringLiteral("040000001"));
    if (setup == 2 || setup == 3) {
        db().run(QStringLiteral("UPDATE invoice SET reminder1_date = '2024-02-10', "
                                "reminder2_date = ? WHERE invoice_number = '040000001'"),
                 {setup == 2 ? QVariant(QStringLiteral("2024-02-25")) : QVariant()});
        DunningSettingsRegister settings(db());
        DunningSettings s = *settings.settings(QStringLiteral("04"));
        s.reminderFeeAgreed = setup == 2;
        settings.save(s);
    }
    PaymentOrderApplication a = applicationFor({QStringLiteral("040000001")});
    PaymentOrderCosts &k = a.costs;
    Money *field = cost == QLatin1String("applicationFee")            ? &k.applicationFee
                   : cost == QLatin1String("ownWork")                 ? &k.ownWork
                   : cost == QLatin1String("demand")                  ? &k.demand
                   : cost == QLatin1String("reminder")                ? &k.reminder
                   : cost == QLatin1String("registrationCertificate") ? &k.registrationCertificate
                                                                      : &k.otherCollection;
    *field = Money::fromOre(ore);
    k.overrideReason = reason;

    PaymentOrderService service(db());
    const QList<PaymentOrderProblem> problems = service.problems(a);
    if (!accepted) {
        QVERIFY2(hasProblem(problems, QStringLiteral("cost.") + cost, 0, message),
                 qPrintable(PaymentOrderService::joined(problems)));
        for (const PaymentOrderProblem &p : problems)
            if (p.field == QStringLiteral("cost.") + cost)
                QCOMPARE(p.capWarning, capWarning);
        return;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(PaymentOrderService::joined(problems)));
    const PaymentOrder o = service.print(a);
    QCOMPARE(o.costsTotal().ore(), cost == QLatin1String("applicationFee") ? ore : 30000 + ore);
    if (message.isEmpty()) {
        QVERIFY(o.overrides.isEmpty());
        return;
    }
    // Accepted above the maximum: named on the application and logged with the reason.
    QCOMPARE(o.overrides.size(), 1);
    QVERIFY2(o.overrides.first().startsWith(message), qPrintable(o.overrides.first()));
    QCOMPARE(db().scalar(QStringLiteral("SELECT cost_override_reason FROM payment_order WHERE id = ?"),
                         {o.id})
                 .toString(),
             reason);
    bool logged = false;
    for (const AuditLog::Entry &e :
         AuditLog(db()).entriesFor(QStringLiteral("payment_order"), QString::number(o.id)))
        logged = logged
                 || (e.field == QLatin1String("cost_override_reason") && e.newValue == reason
                     && e.context.contains(message) && e.user == QLatin1String("testare"));
    QVERIFY(logged);
}

void TestPaymentOrder::applicantProblems_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("org.nr of 9 digits") << 0 << "applicant.orgNr" << QStringLiteral("ange 10 siffror");
    QTest::newRow("org.nr with a wrong check digit") << 1 << "applicant.orgNr"
                                                     << QStringLiteral("Sökandens organisationsnummer:");
    QTest::newRow("fee without plusgiro or enclosed")
        << 2 << "feePayment" << QStringLiteral("plusgirokonto eller markera att avgiften bifogas");
    QTest::newRow("fee with both plusgiro and enclosed")
        << 3 << "feePayment" << QStringLiteral("inte båda");
    QTest::newRow("no enforcement choice") << 4 << "enforcement" << QStringLiteral("Verkställighet:");
    QTest::newRow("applicant line of 31 characters")
        << 5 << "applicant.lines" << QStringLiteral("Sökande: rad 2 är 31 tecken, högst 30");
    QTest::newRow("no receiving office") << 6 << "office"
                                         << QStringLiteral("Mottagande kronofogdemyndighet: ange");
    QTest::newRow("six agent lines") << 7 << "agent" << QStringLiteral("Ombud: högst 5 rader, inte 6");
    QTest::newRow("real estate without enforcement")
        << 8 << "enforcement" << QStringLiteral("fast egendom");
    QTest::newRow("no fee needs no payment") << 9 << "" << QString();
}

void TestPaymentOrder::applicantProblems()
{
    QFETCH(int, change);
    QFETCH(QString, field);
    QFETCH(QString, message);
    PaymentOrderApplicant a = validApplicant();
    switch (change) {
    case 0: a.applicantOrgNr = QStringLiteral("212000014"); break;
    case 1: a.applicantOrgNr = QStringLiteral("212000-0143"); break;
    case 2: a.feePlusgiro.clear(); break;
    case 3: a.feeEnclosed = true; break;
    case 4: a.enforcement = PaymentOrderEnforcement::Unset; break;
    case 5: a.applicant[1] = QString(31, QLatin1Char('x')); break;
    case 6: a.office = {QString(), QString()}; break;
    case 7: a.agent = QStringList(6, QStringLiteral("ombud")); break;
    case 8:
        a.enforcement = PaymentOrderEnforcement::NotRequested;
        a.realEstate = true;
        break;
    case 9:
        a.applicationFee = Money();
        a.feePlusgiro.clear();
        break;
    }
    const QList<PaymentOrderProblem> problems = PaymentOrderService::applicantProblems(a);
    PaymentOrderService service(db());
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(PaymentOrderService::joined(problems)));
        service.saveApplicant(a);
        QVERIFY(*service.applicant(QStringLiteral("001")) == a);
        return;
    }
    bool found = false;
    for (const PaymentOrderProblem &p : problems)
        found = found || (p.field == field && p.message.contains(message));
    QVERIFY2(found, qPrintable(PaymentOrderService::joined(problems)));
    QVERIFY_THROWS_EXCEPTION(LedgerError, service.saveApplicant(a));
    QVERIFY(!service.applicant(QStringLiteral("001")));
}

// One debtor, claims of two companies: 002/070000004 due 04-30, 05-01..06-14
// = 31+14 = 45 days: 120 000 × 1200 × 45 / 3 650 000 = 1 775,34 → 17,75.
// 44,38 + 17,75 = 62,13; 1 000 + 1 200 + 62,13 + 300 = 2 562,13.
void TestPaymentOrder::claimsAcrossCompanies()
{
    const PaymentOrder o = PaymentOrderService(db()).compute(
        applicationFor({QStringLiteral("040000001"), QStringLiteral("002/070000004")}));
    QCOMPARE(o.claims.at(1).company, QStringLiteral("002"));
    QCOMPARE(o.claims.at(1).interest.ore(), qint64(1775));
    QCOMPARE(o.claims.at(1).concerns, QStringLiteral("Hyror 2024-04"));
    QCOMPARE(o.total().ore(), qint64(256213));
}

void TestPaymentOrder::printStampsRecordsAndAudits()
{
    PaymentOrderService service(db());
    const PaymentOrder o = service.print(
        applicationFor({QStringLiteral("040000001"), QStringLiteral("002/070000004")}));
    QCOMPARE(o.id, qint64(1));
    InvoiceRepository repo(db());
    for (const auto &[company, number] : {std::pair{QStringLiteral("001"), QStringLiteral("040000001")},
                                          std::pair{QStringLiteral("002"), QStringLiteral("070000004")}}) {
        const Invoice v = repo.require(company, number);
        QCOMPARE(v.paymentOrderDate, kDate);
        QCOMPARE(v.watchText, QStringLiteral("Betalningsföreläggande"));
        QCOMPARE(v.dunningCode, 5); // kravparametrar default: 5 "Betalningsföre."
        QCOMPARE(v.changedBy, QStringLiteral("testare"));
        bool stamped = false;
        for (const AuditLog::Entry &e :
             AuditLog(db()).entriesFor(QStringLiteral("invoice"), company + QLatin1Char('/') + number))
            stamped = stamped
                      || (e.field == QLatin1String("payment_order_date")
                          && e.newValue == QLatin1String("2024-06-14")
                          && e.context == QStringLiteral("betalningsföreläggande 1"));
        QVERIFY(stamped);
    }
    // A claim not on the application is untouched.
    QVERIFY(!repo.require(QStringLiteral("001"), QStringLiteral("040000002")).paymentOrderDate.isValid());
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order_claim")), qint64(2));

    // Recorded as printed, and listed.
    const PaymentOrder again = service.recorded(o.id);
    QCOMPARE(again.toJson(), o.toJson());
    const QList<PaymentOrderInfo> list = service.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().total, o.total());
    QCOMPARE(list.first().claims, 2);
    QVERIFY_THROWS_EXCEPTION(LedgerError, service.recorded(99));

    // Handbook 6.1: a second application needs the date removed first.
    const QList<PaymentOrderProblem> problems
        = service.problems(applicationFor({QStringLiteral("040000001")}));
    QVERIFY2(hasProblem(problems, QStringLiteral("claim.invoice"), 1,
                        QStringLiteral("har redan betalningsföreläggande 2024-06-14")),
             qPrintable(PaymentOrderService::joined(problems)));
}

void TestPaymentOrder::printWithoutKravkod()
{
    DunningParametersRegister parameters(db());
    DunningParameters p = parameters.parameters();
    p.paymentOrderCode = 0;
    parameters.save(p);
    PaymentOrderService(db()).print(applicationFor({QStringLiteral("040000002")}));
    const Invoice v = InvoiceRepository(db()).require(QStringLiteral("001"), QStringLiteral("040000002"));
    QCOMPARE(v.dunningCode, 0);
    QCOMPARE(v.watchText, QStringLiteral("Betalningsföreläggande"));
}

void TestPaymentOrder::failedPrintChangesNothing()
{
    // The kravkod kravparametrar name no longer exists: the second step of the
    // print fails, and the stamps of the first claim are rolled back.
    db().run(QStringLiteral("DELETE FROM dunning_code WHERE code = 5"));
    const qint64 audits = m_ledger->count(QStringLiteral("audit_log"));
    try {
        PaymentOrderService(db()).print(
            applicationFor({QStringLiteral("040000001"), QStringLiteral("040000002")}));
        QFAIL("printed with a missing kravkod");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Kravkod 5 finns inte")), qPrintable(e.message()));
    }
    const Invoice v = InvoiceRepository(db()).require(QStringLiteral("001"), QStringLiteral("040000001"));
    QVERIFY(!v.paymentOrderDate.isValid());
    QVERIFY(v.watchText.isEmpty());
    QCOMPARE(v.version, 1);
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order")), qint64(0));
    QCOMPARE(m_ledger->count(QStringLiteral("payment_order_applicant")), qint64(0));
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), audits);
}

void TestPaymentOrder::applicantSavedOncePerCompany()
{
    PaymentOrderService service(db());
    // Nothing saved: the company's own name and org.nr as a first suggestion.
    const PaymentOrderApplication fresh = service.newApplication(QStringLiteral("1"));
    QCOMPARE(fresh.applicant.company, QStringLiteral("001"));
    QCOMPARE(fresh.applicant.applicant.value(0), QStringLiteral("Testkommunen"));
    QCOMPARE(fresh.applicant.applicantOrgNr, QStringLiteral("212000-0142"));
    QCOMPARE(fresh.applicationDate, kDate);
    QCOMPARE(fresh.costs.applicationFee.ore(), qint64(30000)); // FACTS-SE §6

    // Printing saves them; the next application starts from them.
    service.print(applicationFor({QStringLiteral("040000001")}));
    const PaymentOrderApplication next = service.newApplication(QStringLiteral("001"));
    QVERIFY(next.applicant == validApplicant());
    QVERIFY(!service.applicant(QStringLiteral("002")));

    PaymentOrderApplicant changed = validApplicant();
    changed.enforcement = PaymentOrderEnforcement::Full;
    service.saveApplicant(changed);
    bool audited = false;
    for (const AuditLog::Entry &e :
         AuditLog(db()).entriesFor(QStringLiteral("payment_order_applicant"), QStringLiteral("001")))
        audited = audited || (e.field == QLatin1String("enforcement") && e.oldValue == QLatin1String("limited")
                              && e.newValue == QLatin1String("full"));
    QVERIFY(audited);
}

void TestPaymentOrder::xmlMatchesGolden()
{
    PaymentOrderApplication a = applicationFor({QStringLiteral("040000001"),
                                                QStringLiteral("040000002")});
    collectionDemandOn(QStringLiteral("040000001"));
    a.costs.ownWork = Money::fromKronor(380);
    a.costs.demand = Money::fromKronor(180);
    a.costs.otherCollection = Money::fromKronor(50);
    a.costs.otherCollectionName = QStringLiteral("Adressutredning");
    a.specialInformation = QStringLiteral("Gäldenären har flyttat utan att anmäla ny adress");
    const PaymentOrder o = PaymentOrderService(db()).print(a);
    const QByteArray xml = PaymentOrderXml::write(o);
    // The file says what it is and what it is not.
    QVERIFY(xml.contains("schemavaliderad=\"nej\""));
    QVERIFY(xml.contains("INTE validerad mot Kronofogdens XML-schema"));
    rsk::test::compareGolden(QStringLiteral("paymentorder/application.xml"), xml);
}


QTEST_GUILESS_MAIN(TestPaymentOrder)
#include "tst_paymentorder.moc"
