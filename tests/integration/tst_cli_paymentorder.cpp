// `reskontra-cli payment-order` (handbook 7.17): the real binary on a ledger
// built with the services: applicant data saved once (payment-order
// applicant), a dry run that changes nothing, the application printed to PDF
// and XML with the claims stamped, list and reprint, and refusals with their
// exit codes and messages (ledger unchanged).
//
// Interest at 15 % (alternative 2), application date 2024-06-14:
// 040000001 1 000,00 due 2024-01-31, 135 days: 100 000 × 1500 × 135 / 3 650 000
//   = 5 547,95 → 55,48; 040000002 2 500,00 due 2024-03-31, 75 days:
//   250 000 × 1500 × 75 / 3 650 000 = 7 705,48 → 77,05.
#include "clirunner.h"
#include "testledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliOptions;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

const QDate kDate(2024, 6, 14);

// The CLI on kDate, offscreen (the orders are pages).
CliRun cli(const QString &ledger, const QStringList &args)
{
    CliOptions options;
    options.today = QStringLiteral("2024-06-14");
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runCli(ledger, args, options);
}

} // namespace

class TestCliPaymentOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ledger.reset(); }
    void cliPrintsAndRecords();
    void cliRefusals_data();
    void cliRefusals();

private:
    std::unique_ptr<TestLedger> m_ledger;
};

void TestCliPaymentOrder::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
}

// 001/040000001 and 040000002 of 811218-9876; 040000003 700,00 of 790101-1234.
void TestCliPaymentOrder::init()
{
    m_ledger = std::make_unique<TestLedger>(kDate);
    const auto draft = [](const QString &number, qint64 ore, const QDate &invoiced,
                          const QDate &due, const QString &id) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore));
        d.invoiceDate = invoiced;
        d.dueDate = due;
        d.idNumber = id;
        return d;
    };
    m_ledger->registerInvoices(
        {draft(QStringLiteral("040000001"), 100000, QDate(2024, 1, 1), QDate(2024, 1, 31),
               QStringLiteral("811218-9876")),
         draft(QStringLiteral("040000002"), 250000, QDate(2024, 3, 1), QDate(2024, 3, 31),
               QStringLiteral("811218-9876")),
         draft(QStringLiteral("040000003"), 70000, QDate(2024, 2, 1), QDate(2024, 2, 29),
               QStringLiteral("790101-1234"))});
}

void TestCliPaymentOrder::cliPrintsAndRecords()
{
    const QString ledger = m_ledger->path;
    m_ledger->db.reset(); // the CLI opens the file itself
    CliRun r = cli(ledger, {QStringLiteral("payment-order"), QStringLiteral("applicant"),
                            QStringLiteral("--company"), QStringLiteral("1"),
                            QStringLiteral("--applicant"),
                            QStringLiteral("Testkommunen|Box 100|123 45  Småstad"),
                            QStringLiteral("--orgnr"), QStringLiteral("2120000142"),
                            QStringLiteral("--office-lines"),
                            QStringLiteral("Kronofogden|Box 1050|172 21  Sundbyberg"),
                            QStringLiteral("--fee-enclosed"), QStringLiteral("yes"),
                            QStringLiteral("--enforcement"), QStringLiteral("full")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("Kronofogden|Box 1050")), qPrintable(r.out));

    const QString pdf = m_ledger->dir.filePath(QStringLiteral("ansokan.pdf"));
    const QString xml = m_ledger->dir.filePath(QStringLiteral("ansokan.xml"));
    const QStringList order{QStringLiteral("payment-order"), QStringLiteral("--company"),
                            QStringLiteral("001"), QStringLiteral("--invoice"),
                            QStringLiteral("40000001,40000002"), QStringLiteral("--date"),
                            QStringLiteral("240614"), QStringLiteral("--interest"),
                            QStringLiteral("2"), QStringLiteral("--rate"), QStringLiteral("15"),
                            QStringLiteral("--ground"), QStringLiteral("Avtalad ränta"),
                            QStringLiteral("--own-work"), QStringLiteral("380"),
                            QStringLiteral("--format"), QStringLiteral("json")};
    // Dry run: the same numbers, nothing changed.
    r = cli(ledger, order + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("dry_run")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("application_id")).isNull());
    QCOMPARE(json.value(QStringLiteral("total_ore")).toInteger(), qint64(431253));
    const QStringList show{QStringLiteral("invoice"), QStringLiteral("show"),
                           QStringLiteral("--company"), QStringLiteral("001"),
                           QStringLiteral("40000002"), QStringLiteral("--format"),
                           QStringLiteral("json")};
    r = cli(ledger, show);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                .object()
                .value(QStringLiteral("payment_order_date"))
                .isNull());

    r = cli(ledger, order + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--xml"), xml});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // 55,48 + 77,05 interest at 15 %; costs 300 + 380;
    // 3 500,00 + 132,53 + 680,00 = 4 312,53.
    QCOMPARE(json.value(QStringLiteral("application_id")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("interest_ore")).toInteger(), qint64(13253));
    QCOMPARE(json.value(QStringLiteral("case_costs_ore")).toInteger(), qint64(68000));
    QCOMPARE(json.value(QStringLiteral("total_ore")).toInteger(), qint64(431253));
    const QJsonArray claims = json.value(QStringLiteral("claims")).toArray();
    QCOMPARE(claims.size(), 2);
    QCOMPARE(claims.at(0).toObject().value(QStringLiteral("interest_from")).toString(),
             QStringLiteral("2024-02-01"));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QFile file(xml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<Totalt>4312.53</Totalt>"));

    r = cli(ledger, show);
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("payment_order_date")).toString(), QStringLiteral("2024-06-14"));
    QCOMPARE(json.value(QStringLiteral("watch_text")).toString(), QStringLiteral("Betalningsföreläggande"));

    r = cli(ledger, {QStringLiteral("payment-order"), QStringLiteral("list"), QStringLiteral("--format"),
                     QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("1;2024-06-14;198112189876")),
             qPrintable(r.describe()));
    const QString again = m_ledger->dir.filePath(QStringLiteral("igen.pdf"));
    r = cli(ledger, {QStringLiteral("payment-order"), QStringLiteral("reprint"), QStringLiteral("--id"),
                     QStringLiteral("1"), QStringLiteral("--pdf"), again});
    QVERIFY2(r.exitCode == 0 && QFileInfo(again).size() > 1000, qPrintable(r.describe()));
    r = cli(ledger, {QStringLiteral("payment-order"), QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("--override-reason")), qPrintable(r.describe()));
}

void TestCliPaymentOrder::cliRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("payment-order"), QStringLiteral("--company"),
                           QStringLiteral("001"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")};
    QTest::newRow("wrong check digit") << base + QStringList{QStringLiteral("--invoice"),
                                                             QStringLiteral("40000001"),
                                                             QStringLiteral("--id-number"),
                                                             QStringLiteral("811218-9875")}
                                       << 1 << QStringLiteral("Personnummer:");
    QTest::newRow("two debtors") << base + QStringList{QStringLiteral("--invoice"),
                                                       QStringLiteral("40000001,40000003")}
                                 << 1 << QStringLiteral("gäller personnummer 19790101-1234");
    QTest::newRow("no applicant data saved")
        << base + QStringList{QStringLiteral("--invoice"), QStringLiteral("40000001")} << 1
        << QStringLiteral("Verkställighet:");
    QTest::newRow("no pdf without --dry-run")
        << QStringList{QStringLiteral("payment-order"), QStringLiteral("--company"),
                       QStringLiteral("001"), QStringLiteral("--invoice"), QStringLiteral("1")}
        << 2 << QStringLiteral("--pdf FILE krävs");
    QTest::newRow("interest alternative 4") << base + QStringList{QStringLiteral("--invoice"),
                                                                  QStringLiteral("1"),
                                                                  QStringLiteral("--interest"),
                                                                  QStringLiteral("4")}
                                            << 2 << QStringLiteral("--interest");
}

void TestCliPaymentOrder::cliRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString ledger = m_ledger->path;
    m_ledger->db.reset();
    const CliRun r = cli(ledger, args);
    QVERIFY2(r.exitCode == exitCode && r.err.contains(message), qPrintable(r.describe()));
    auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM payment_order")).toInt(), 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE payment_order_date "
                                       "IS NOT NULL"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestCliPaymentOrder)
#include "tst_cli_paymentorder.moc"
