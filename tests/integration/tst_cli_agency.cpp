// `reskontra-cli agency …` (handbook 7.19, 7.20; seed 003): settings and
// agency details set through the CLI, the kontrollista (--dry-run), the
// transfer file as CSV against a golden file and as XLSX read back, the
// balance-correction file, and usage errors. The real binary on ledgers
// built with the services.
#include "agencytestledger.h"
#include "clirunner.h"
#include "golden.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

// The cells of sheet 1 by reference ("A1"), read with the unzip tool.
QHash<QString, QString> sheetCells(const QString &xlsx, QString *error)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
        *error = QString::fromUtf8(unzip.readAllStandardError());
        return {};
    }
    QHash<QString, QString> cells;
    QXmlStreamReader r(unzip.readAllStandardOutput());
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c"))
            ref = r.attributes().value(QLatin1String("r")).toString();
        else if (r.isStartElement()
                 && (r.name() == QLatin1String("v") || r.name() == QLatin1String("t")))
            cells[ref] = r.readElementText();
    }
    return cells;
}

const QString kTransfer = QStringLiteral("2026-04-15");

} // namespace

class TestCliAgency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsAndDetails();
    void dryRunChangesNothing();
    void transferCsvGolden();
    void transferXlsx();
    void corrections();
    void usageErrors_data();
    void usageErrors();

private:
    // A ledger with four claims, set up for the agency through the CLI.
    std::unique_ptr<TestLedger> makeLedger();
    std::unique_ptr<TestLedger> m_ledger;
};

// 001/040000001 Andersson 1 000,00 + reminder fee 60,00 + collection fee
//   180,00 + interest 25,50 = 1 265,50; demand 2026-03-02 (44 days on 04-15).
//   Zeroed: K 180,00 and R 25,50 written off, X 1 060,00 to the agency.
// 001/040000002 Berg 2 500,00, 400,00 paid: 2 100,00, X 2 100,00.
// 001/040000003 no person number: routine 04 leaves it ("saknar personnummer").
// 001/070000004 Carlsson rent 8 400,00 due 01-31, 74 days on 04-15 (basis due,
//   45 days): sent as Bostad, Intrum code 17.
// Sent 1 265,50 + 2 100,00 + 8 400,00 = 11 765,50; zeroed the same.
std::unique_ptr<TestLedger> TestCliAgency::makeLedger()
{
    auto t = std::make_unique<TestLedger>();
    PaymentMethod x;
    x.code = QStringLiteral("X");
    x.text = QStringLiteral("Till inkasso");
    ReferenceData(*t->db).savePaymentMethod(x); // its account comes with --capital-account
    InvoiceDraft a = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000));
    a.description = QStringLiteral("Vatten 2025");
    InvoiceDraft b = TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(2500),
                                       QStringLiteral("Berg, Bo"), QStringLiteral("640823-3234"));
    InvoiceDraft c = TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(300),
                                       QStringLiteral("Dahl, Dan"), QString());
    c.customerNumber = QStringLiteral("K0003");
    InvoiceDraft d = TestLedger::draft(QStringLiteral("070000004"), Money::fromKronor(8400),
                                       QStringLiteral("Carlsson, Cilla"),
                                       QStringLiteral("850709-9805"));
    d.description = QStringLiteral("Hyra januari");
    t->registerInvoices({a, b, c, d});
    Database &db = *t->db;
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-02-10', reminder2_date = "
                          "'2026-02-20', collection_date = '2026-03-02' WHERE routine = '04'"));
    auto post = [&db](const QString &n, const char *method, qint64 ore, const QDate &date) {
        PostingRequest r;
        r.company = QStringLiteral("001");
        r.invoiceNumber = n;
        r.method = QString::fromLatin1(method);
        r.amount = Money::fromOre(ore);
        r.transactionDate = date;
        PostingService(db).post(r);
    };
    post(QStringLiteral("040000001"), "7", 6000, QDate(2026, 2, 10));
    post(QStringLiteral("040000001"), "8", 18000, QDate(2026, 3, 2));
    post(QStringLiteral("040000001"), "9", 2550, QDate(2026, 3, 2));
    post(QStringLiteral("040000002"), "1", 40000, QDate(2026, 3, 5));

    for (const QStringList &args :
         {QStringList{"agency", "settings", "--company", "1", "--routine", "04", "--basis",
                      "collection", "--days", "30", "--capital-method", "X",
                      "--capital-account", "1515", "--skip-without-id", "yes"},
          QStringList{"agency", "settings", "--company", "001", "--routine", "07", "--basis",
                      "due", "--days", "45", "--capital-method", "X", "--debt-category",
                      "housing", "--watch-text", "Inkasso april"},
          QStringList{"agency", "details", "--company", "001", "--kind", "intrum", "--name",
                      "Inkassobolaget AB", "--customer-number", "K-4711", "--giro",
                      "5050-1055"}}) {
        const CliRun r = runCli(t->path, args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
    }
    return t;
}

void TestCliAgency::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
    m_ledger = makeLedger();
}

void TestCliAgency::settingsAndDetails()
{
    const CliRun r = runCli(m_ledger->path, {"agency", "settings", "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray rows = r.json().value("settings").toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject s04 = rows.at(0).toObject();
    QCOMPARE(s04.value("routine").toString(), QStringLiteral("04"));
    QCOMPARE(s04.value("basis").toString(), QStringLiteral("collection"));
    QCOMPARE(s04.value("capital_method").toString(), QStringLiteral("X"));
    QCOMPARE(s04.value("fee_method").toString(), QStringLiteral("K"));
    QCOMPARE(s04.value("interest_method").toString(), QStringLiteral("R"));
    QCOMPARE(s04.value("dunning_code").toInt(), 4);
    QCOMPARE(s04.value("skip_without_id").toBool(), true);
    QCOMPARE(rows.at(1).toObject().value("debt_category").toString(), QStringLiteral("housing"));
    // The giro went to the payment parameters, where the import reads it.
    const CliRun p = runCli(m_ledger->path, {"payment-parameters", "--company", "001",
                                             "--format", "json"});
    QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
    QCOMPARE(p.json().value("agency_giros").toString(), QStringLiteral("50501055"));
    const CliRun d = runCli(m_ledger->path, {"agency", "details", "--company", "001"});
    QVERIFY2(d.out.contains(QStringLiteral("Inkassobolaget AB")), qPrintable(d.describe()));
}

void TestCliAgency::dryRunChangesNothing()
{
    const CliRun r = runCli(m_ledger->path, {"agency", "transfer", "--date", kTransfer, "--zero",
                                             "--dry-run", "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value("dry_run").toBool(), true);
    QCOMPARE(o.value("claims").toArray().size(), 3);
    QCOMPARE(o.value("skipped").toArray().at(0).toObject().value("reason").toString(),
             QStringLiteral("saknar personnummer"));
    QCOMPARE(o.value("totals").toObject().value("balance_ore").toInteger(), 1176550);
    QCOMPARE(o.value("totals").toObject().value("zeroed_ore").toInteger(), 1176550);
    QCOMPARE(m_ledger->count(QStringLiteral("agency_transfer")), 0);
    QCOMPARE(m_ledger->db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE "
                                                 "agency_transfer_date IS NOT NULL")).toInt(), 0);
}

void TestCliAgency::transferCsvGolden()
{
    const QString path = m_ledger->dir.filePath(QStringLiteral("inkasso.csv"));
    const CliRun r = runCli(m_ledger->path, {"agency", "transfer", "--date", kTransfer, "--zero",
                                             "--out", path, "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value("transfer_id").toInt(), 1);
    QCOMPARE(o.value("totals").toObject().value("zeroed_claims").toInt(), 3);
    // One booking order: receivable 1510 credited 11 765,50; debited 1515
    // 11 560,00 (1 060 + 2 100 + 8 400), 3590 180,00 and 8313 25,50.
    const QJsonArray orders = o.value("booking_orders").toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value("amount_ore").toInteger(), 1176550);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    rsk::test::compareGolden(QStringLiteral("agency/transfer.csv"), file.readAll());
    // Once only: the same command again finds nothing.
    const CliRun again = runCli(m_ledger->path, {"agency", "transfer", "--date", kTransfer,
                                                 "--zero", "--out", path});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("Inga fordringar")), qPrintable(again.describe()));
}

void TestCliAgency::transferXlsx()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed (apt-get install unzip)");
    auto t = makeLedger();
    const QString path = t->dir.filePath(QStringLiteral("inkasso.xlsx"));
    const CliRun r = runCli(t->path, {"agency", "transfer", "--date", kTransfer, "--routine", "07",
                                      "--out", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QHash<QString, QString> cells = sheetCells(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Header titles; row 2 = 070000004 with its numbers as number cells.
    QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("Kundnr hos inkassobolaget"));
    QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("K-4711"));
    QCOMPARE(cells.value(QStringLiteral("B2")), QStringLiteral("Testkommunen"));
    QCOMPARE(cells.value(QStringLiteral("D2")), QStringLiteral("070000004"));
    QCOMPARE(cells.value(QStringLiteral("J2")), QStringLiteral("Carlsson, Cilla"));
    QCOMPARE(cells.value(QStringLiteral("S2")), QStringLiteral("46053")); // due 2026-01-31
    QCOMPARE(cells.value(QStringLiteral("AC2")).toDouble(), 8400.0);     // balance
    QCOMPARE(cells.value(QStringLiteral("AE2")).toDouble(), 8400.0);     // to collect
    QCOMPARE(cells.value(QStringLiteral("AF2")), QStringLiteral("Bostad"));
    QCOMPARE(cells.value(QStringLiteral("AG2")), QStringLiteral("17"));
    QVERIFY(!cells.contains(QStringLiteral("A3")));
    // Not zeroed (no --zero): still open, but stamped and coded.
    const QVariant balance = t->db->scalar(QStringLiteral("SELECT balance_ore FROM invoice "
                                                          "WHERE invoice_number = '070000004'"));
    QCOMPARE(balance.toLongLong(), 840000);
}

void TestCliAgency::corrections()
{
    // After the transfer: Berg pays 300,00 himself (B); the agency pays
    // Andersson's 200,00 from its giro (I): not a correction.
    Database &db = *m_ledger->db;
    for (const auto &[number, method, ore, date] :
         {std::tuple{"040000002", "B", qint64(30000), QDate(2026, 4, 20)},
          std::tuple{"040000001", "I", qint64(20000), QDate(2026, 4, 22)}}) {
        PostingRequest p;
        p.company = QStringLiteral("001");
        p.invoiceNumber = QString::fromLatin1(number);
        p.method = QString::fromLatin1(method);
        p.amount = Money::fromOre(ore);
        p.transactionDate = date;
        PostingService(db).post(p);
    }
    const CliRun dry = runCli(m_ledger->path, {"agency", "corrections", "--dry-run"});
    QVERIFY2(dry.exitCode == 0 && dry.out.contains(QStringLiteral("1 händelser, 300,00 kr")),
             qPrintable(dry.describe()));
    const QString path = m_ledger->dir.filePath(QStringLiteral("saldo.csv"));
    const CliRun r = runCli(m_ledger->path, {"agency", "corrections", "--out", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    rsk::test::compareGolden(QStringLiteral("agency/corrections.csv"), file.readAll());
    // Nothing new since: refused, and no file written.
    const QString next = m_ledger->dir.filePath(QStringLiteral("saldo2.csv"));
    const CliRun again = runCli(m_ledger->path, {"agency", "corrections", "--out", next});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(!QFileInfo::exists(next));
}

void TestCliAgency::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("transfer without --out") << QStringList{"agency", "transfer", "--date", kTransfer}
                                            << 2 << "--out";
    QTest::newRow("transfer to a .txt file")
        << QStringList{"agency", "transfer", "--date", kTransfer, "--out", "x.txt"} << 2
        << ".csv eller .xlsx";
    QTest::newRow("unknown basis")
        << QStringList{"agency", "settings", "--company", "001", "--routine", "04", "--basis",
                       "reminder3"}
        << 2 << "--basis";
    QTest::newRow("a D method as capital method is refused")
        << QStringList{"agency", "settings", "--company", "001", "--routine", "04",
                       "--capital-method", "6"}
        << 1 << "ska vara ett K-sätt";
}

void TestCliAgency::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun r = runCli(m_ledger->path, args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliAgency)
#include "tst_cli_agency.moc"
