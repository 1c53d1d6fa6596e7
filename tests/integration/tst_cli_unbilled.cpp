// `reskontra-cli report ej-debiterade` (handbook 7.14, CLI.md conventions):
// the real binary on a ledger built with the services. Interest by hand:
// base(öre) × rate(hundredths) × days / 3 650 000, one rounding.
#include "clirunner.h"
#include "testledger.h"

#include "ledger/posting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

void post(Database &db, const QString &company, const QString &invoice, qint64 ore,
          const QDate &date)
{
    PostingRequest r;
    r.company = company;
    r.invoiceNumber = invoice;
    r.method = QStringLiteral("B");
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

} // namespace

class TestCliUnbilled : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void json();
    void tableAndCsv_data();
    void tableAndCsv();
    void outFiles_data();
    void outFiles();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList standard() const
    {
        return {QStringLiteral("report"), QStringLiteral("ej-debiterade"),
                QStringLiteral("--paid-from"), QStringLiteral("2024-01-01"),
                QStringLiteral("--paid-to"), QStringLiteral("240831")};
    }
    std::unique_ptr<TestLedger> m_ledger;
};

// 001/010000001 10 000,00 due 2023-11-15 paid 2024-08-10: 878,08 (DOMAIN.md).
// 001/010000002 1 000,00 due 2024-01-31 paid 02-10: 100 000×1200×10/3 650 000
//   = 328,77 → 3,29 kr; a 60,00 reminder fee printed, not debited.
// 002/070000003 5 000,00 due 2024-05-31 paid 06-30: 500 000×1200×30/3 650 000
//   = 4 931,5… → 49,32 kr.
void TestCliUnbilled::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    auto draft = [](const QString &company, const QString &number, qint64 ore, const QDate &due) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore));
        d.company = company;
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        return d;
    };
    m_ledger->registerInvoices(
        {draft(QStringLiteral("001"), QStringLiteral("010000001"), 1000000, QDate(2023, 11, 15)),
         draft(QStringLiteral("001"), QStringLiteral("010000002"), 100000, QDate(2024, 1, 31)),
         draft(QStringLiteral("002"), QStringLiteral("070000003"), 500000, QDate(2024, 5, 31))});
    Database &db = *m_ledger->db;
    post(db, QStringLiteral("001"), QStringLiteral("010000001"), 1000000, QDate(2024, 8, 10));
    post(db, QStringLiteral("001"), QStringLiteral("010000002"), 100000, QDate(2024, 2, 10));
    post(db, QStringLiteral("002"), QStringLiteral("070000003"), 500000, QDate(2024, 6, 30));
    // The dunning run sets this; done by hand here.
    db.run(QStringLiteral("UPDATE invoice SET reminder_fee_undebited_ore = 6000 "
                          "WHERE invoice_number = '010000002'"));
}

void TestCliUnbilled::json()
{
    const CliRun r = runCli(m_ledger->path, standard() + QStringList{"--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("title").toString(), QStringLiteral("Ej debiterade räntor och avgifter"));
    const QJsonArray rows = o.value("rows").toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject a = rows.at(0).toObject();
    QCOMPARE(a.value("invoice_number").toString(), QStringLiteral("010000001"));
    QCOMPARE(a.value("final_paid_date").toString(), QStringLiteral("2024-08-10"));
    QCOMPARE(a.value("days_late").toInt(), 269);
    QCOMPARE(a.value("interest_ore").toInteger(), 87808);
    QCOMPARE(a.value("total_ore").toInteger(), 87808);
    const QJsonObject b = rows.at(1).toObject();
    QCOMPARE(b.value("interest_ore").toInteger(), 329);
    QCOMPARE(b.value("reminder_fee_ore").toInteger(), 6000);
    const QJsonArray subtotals = o.value("subtotals").toArray();
    QCOMPARE(subtotals.size(), 2);
    QCOMPARE(subtotals.at(0).toObject().value("company").toString(), QStringLiteral("001"));
    // 87 808 + 329 + 6 000 = 94 137; 002: 4 932; total 99 069.
    QCOMPARE(subtotals.at(0).toObject().value("total_ore").toInteger(), 94137);
    QCOMPARE(subtotals.at(1).toObject().value("total_ore").toInteger(), 4932);
    QCOMPARE(o.value("total").toObject().value("total_ore").toInteger(), 99069);
    QCOMPARE(o.value("total").toObject().value("label").toString(), QStringLiteral("Totalt, 3 st"));
}

void TestCliUnbilled::tableAndCsv_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    // 3,29 is under 5 kr: the claim keeps only its fee (60,00).
    QTest::newRow("table, company 001, min interest 5 kr")
        << QStringList{"--company", "1", "--min-interest", "5"}
        << QStringList{"Ej debiterade räntor och avgifter", "Minsta ränta: 5 kr",
                       "010000001", "878,08", "Summa företag 001 Testkommunen, 2 st", "938,08"}
        << QStringList{"070000003", "3,29"};
    QTest::newRow("csv on stdout: keys, claims only, routine 07")
        << QStringList{"--routine", "07", "--format", "csv"}
        << QStringList{"company;invoice_number;name;id_number;due_date;final_paid_date;"
                       "days_late;interest;reminder_fee;collection_fee;total\n"
                       "002;070000003;Andersson, Anna;19811218-9876;2024-05-31;2024-06-30;30;"
                       "49,32;0,00;0,00;49,32\n"}
        << QStringList{"Summa", "Totalt", "010000001"};
    QTest::newRow("min days 11: only the 269 days late claim")
        << QStringList{"--min-days", "11", "--invoice", "01"}
        << QStringList{"010000001", "Totalt, 1 st"} << QStringList{"010000002"};
}

void TestCliUnbilled::tableAndCsv()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const CliRun r = runCli(m_ledger->path, standard() + extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const QString &s : contains)
        QVERIFY2(r.out.contains(s), qPrintable(s + QStringLiteral("\n") + r.out));
    for (const QString &s : lacks)
        QVERIFY2(!r.out.contains(s), qPrintable(s + QStringLiteral("\n") + r.out));
}

void TestCliUnbilled::outFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv with sums and Swedish headers") << "lista.csv";
    QTest::newRow("xlsx") << "lista.xlsx";
}

void TestCliUnbilled::outFiles()
{
    QFETCH(QString, name);
    const QString path = m_ledger->dir.filePath(name);
    const CliRun r = runCli(m_ledger->path,
                            standard() + QStringList{"--out", path, "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // 3 claims, 2 company subtotals and the total.
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("file").toString(), path);
    QCOMPARE(o.value("rows").toInt(), 6);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (name.endsWith(QLatin1String(".csv"))) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains("Påminnelseavgift"), bytes.constData());
        QVERIFY2(bytes.endsWith("Totalt, 3 st;;;;;;;930,69;60,00;0,00;990,69\n"),
                 bytes.constData());
    } else {
        QVERIFY(bytes.startsWith("PK")); // a zip: the XLSX container
        QVERIFY(bytes.size() > 1000);
    }
}

void TestCliUnbilled::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --paid-to")
        << QStringList{"report", "ej-debiterade", "--paid-from", "2024-01-01"} << "paid-to";
    QTest::newRow("minimum interest with öre")
        << QStringList{"--min-interest", "12,50"} << "Minsta ränta: \"12,50\"";
    QTest::newRow("minimum days of four digits") << QStringList{"--min-days", "1000"}
                                                 << "--min-days";
    QTest::newRow("routine of three digits") << QStringList{"--routine", "123"}
                                             << "Rutin: \"123\"";
    QTest::newRow("paid-from after paid-to")
        << QStringList{"report", "ej-debiterade", "--paid-from", "2024-09-01", "--paid-to",
                       "2024-08-31"}
        << "Slutbetald: tom 2024-08-31 ligger före from 2024-09-01";
}

void TestCliUnbilled::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QStringList full = args.first() == QLatin1String("report") ? args : standard() + args;
    const CliRun r = runCli(m_ledger->path, full);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestCliUnbilled)
#include "tst_cli_unbilled.moc"
