// `reskontra-cli payment-plan` (handbook 7.18, CLI.md: JSON fields
// {total_debt_ore, instalments: [{number, date, amount_ore, fees_ore,
// interest_ore, capital_ore, notice_fee_ore, remaining_ore}]}): the real
// binary on a ledger built with the services. Interest by hand:
// base(öre) × rate(hundredths) × days / 3 650 000, one rounding per period;
// 10,00 % (reference 2,00 % + 8,0) throughout.
#include "clirunner.h"
#include "testledger.h"

#include "interest/referencerates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliOptions;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

// The CLI offscreen (the plans are pages).
CliRun cli(const QString &ledger, const QStringList &args)
{
    CliOptions options;
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runCli(ledger, args, options);
}

QString instalment(const QJsonObject &o)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
        .arg(o.value(QStringLiteral("number")).toInt())
        .arg(o.value(QStringLiteral("date")).toString())
        .arg(o.value(QStringLiteral("amount_ore")).toInteger())
        .arg(o.value(QStringLiteral("fees_ore")).toInteger())
        .arg(o.value(QStringLiteral("interest_ore")).toInteger())
        .arg(o.value(QStringLiteral("capital_ore")).toInteger())
        .arg(o.value(QStringLiteral("notice_fee_ore")).toInteger())
        .arg(o.value(QStringLiteral("remaining_ore")).toInteger());
}

QStringList instalments(const QJsonObject &plan)
{
    QStringList out;
    for (const QJsonValue &v : plan.value(QStringLiteral("instalments")).toArray())
        out << instalment(v.toObject());
    return out;
}

// 040000001 1 000,00 and 040000002 500,00, both due 2026-10-31: 26 days of
// interest to 2026-11-26: 100 000 × 26 / 3 650 = 712,33 → 7,12 and 3,56.
// Debt 1 500,00 + 10,68 = 1 510,68. 500 kr a month, 25 kr notice fee:
// #1 12-31: 35 d on 150 000: 1 438,36 → 14,38; interest 25,06, capital 474,94.
// #2 01-31: 31 d on 102 506: 870,60 → 8,71; capital 491,29 → 533,77.
// #3 02-28: 28 d on 53 377: 409,47 → 4,09; capital 495,91 → 37,86.
// #4 03-31: 31 d on 3 786: 32,16 → 0,32; the last 37,86 + 0,32 + 25.
const QStringList kExpected{
    QStringLiteral("1 2026-12-31 52500 0 2506 47494 2500 102506"),
    QStringLiteral("2 2027-01-31 52500 0 871 49129 2500 53377"),
    QStringLiteral("3 2027-02-28 52500 0 409 49591 2500 3786"),
    QStringLiteral("4 2027-03-31 6318 0 32 3786 2500 0")};

} // namespace

class TestCliPaymentPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunJson();
    void refusals_data();
    void refusals();
    void usageErrors_data();
    void usageErrors();
    void commitStampsAndStores();

private:
    QStringList plan() const
    {
        return {QStringLiteral("payment-plan"), QStringLiteral("--company"), QStringLiteral("1"),
                QStringLiteral("--invoice"), QStringLiteral("40000001,040000002"),
                QStringLiteral("--first-date"), QStringLiteral("261231"),
                QStringLiteral("--monthly"), QStringLiteral("500"), QStringLiteral("--notice-fee"),
                QStringLiteral("25"), QStringLiteral("--last-of-month")};
    }
    QJsonObject invoice(const QString &number)
    {
        return cli(m_ledger->path, {QStringLiteral("invoice"), QStringLiteral("show"),
                                    QStringLiteral("--company"), QStringLiteral("001"), number,
                                    QStringLiteral("--format"), QStringLiteral("json")})
            .json();
    }
    std::unique_ptr<TestLedger> m_ledger;
};

void TestCliPaymentPlan::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
    m_ledger = std::make_unique<TestLedger>();
    ReferenceRates(*m_ledger->db).set(QDate(2026, 7, 1), 200, QStringLiteral("test"));
    InvoiceDraft a = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000));
    InvoiceDraft b = TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(500));
    a.invoiceDate = b.invoiceDate = QDate(2026, 10, 1);
    a.dueDate = b.dueDate = QDate(2026, 10, 31);
    m_ledger->registerInvoices({a, b});
    m_ledger->db.reset(); // the CLI opens the file itself
}

void TestCliPaymentPlan::dryRunJson()
{
    const CliRun run = cli(m_ledger->path, plan() + QStringList{QStringLiteral("--dry-run"),
                                                               QStringLiteral("--format"),
                                                               QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("total_debt_ore")).toInteger(), 151068);
    QCOMPARE(instalments(o), kExpected);
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("plan_id")).isNull());
    QCOMPARE(o.value(QStringLiteral("total_to_pay_ore")).toInteger(), 163818);
    QCOMPARE(o.value(QStringLiteral("new_interest_ore")).toInteger(), 2750);
    // Nothing changed.
    QVERIFY(invoice(QStringLiteral("040000001")).value(QStringLiteral("payment_plan_date")).isNull());
}

void TestCliPaymentPlan::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("first date not the last of its month")
        << QStringList{QStringLiteral("--first-date"), QStringLiteral("261230")}
        << "2026-12-30 är inte den sista i månaden";
    // 1 500,00 without interest at 20 kr: 75 months; 1 500 / 48 = 31,25 → 32 kr.
    QTest::newRow("longer than 48 months")
        << QStringList{QStringLiteral("--monthly"), QStringLiteral("20"),
                       QStringLiteral("--no-interest"), QStringLiteral("--notice-fee"),
                       QStringLiteral("0")}
        << "Månadsbelopp som räcker: 32 kr (angivet 20 kr)";
    QTest::newRow("notice fee over 170 kr")
        << QStringList{QStringLiteral("--notice-fee"), QStringLiteral("171")}
        << "Aviseringsavgiften 171 kr är över lagens gräns 170 kr";
    QTest::newRow("unknown invoice")
        << QStringList{QStringLiteral("--invoice"), QStringLiteral("40000009")}
        << "Faktura 040000009 finns inte i företag 001";
}

void TestCliPaymentPlan::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = cli(m_ledger->path, plan() + args);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QVERIFY(invoice(QStringLiteral("040000001")).value(QStringLiteral("payment_plan_date")).isNull());
}

void TestCliPaymentPlan::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("months without then")
        << QStringList{QStringLiteral("--months"), QStringLiteral("6")} << "--months och --then";
    QTest::newRow("monthly in öre")
        << QStringList{QStringLiteral("--monthly"), QStringLiteral("500,50")} << "--monthly";
    QTest::newRow("months over 48")
        << QStringList{QStringLiteral("--months"), QStringLiteral("49"), QStringLiteral("--then"),
                       QStringLiteral("100")}
        << "--months";
    QTest::newRow("bad invoice number")
        << QStringList{QStringLiteral("--invoice"), QStringLiteral("1,x")} << "fakturanumret \"x\"";
}

void TestCliPaymentPlan::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = cli(m_ledger->path, plan() + args);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
}

void TestCliPaymentPlan::commitStampsAndStores()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const CliRun run = cli(m_ledger->path, plan() + QStringList{QStringLiteral("--pdf"), pdf,
                                                               QStringLiteral("--format"),
                                                               QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.json();
    QCOMPARE(instalments(o), kExpected);
    QCOMPARE(o.value(QStringLiteral("plan_id")).toInteger(), 1);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    for (const QString &n : {QStringLiteral("040000001"), QStringLiteral("040000002")}) {
        const QJsonObject inv = invoice(n);
        QCOMPARE(inv.value(QStringLiteral("payment_plan_date")).toString(),
                 QStringLiteral("2026-11-26"));
        QCOMPARE(inv.value(QStringLiteral("watch_text")).toString(), QStringLiteral("Amorteringsplan"));
        QCOMPARE(inv.value(QStringLiteral("dunning_code")).toInt(), 3);
    }
    // Each claim once: a second plan is refused until the date is blanked.
    const CliRun again = cli(m_ledger->path, plan());
    QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
    QVERIFY(again.err.contains(QStringLiteral("ingår redan i en amorteringsplan från 2026-11-26")));

    const CliRun list = cli(m_ledger->path, {QStringLiteral("payment-plan"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray plans = list.json().value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().toObject().value(QStringLiteral("total_debt_ore")).toInteger(), 151068);
    const CliRun show = cli(m_ledger->path, {QStringLiteral("payment-plan"), QStringLiteral("show"),
                                             QStringLiteral("1"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    QCOMPARE(instalments(show.json()), kExpected);
}

QTEST_GUILESS_MAIN(TestCliPaymentPlan)
#include "tst_cli_paymentplan.moc"
