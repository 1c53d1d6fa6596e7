// `reskontra-cli threat run` (handbook 7.16, CLI.md conventions): the real
// binary on a ledger built with the services. The kontrollista changes
// nothing, the run stamps and writes the PDF, a PDF that cannot be written
// leaves the ledger unchanged, bad options are usage errors (exit 2) and a
// refused selection exit 1. Interest by hand: base × rate × days / 365.
#include "clirunner.h"
#include "dunning/dunningcodes.h"
#include "ledger/invoicerepository.h"
#include "testledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

const QStringList kRun{QStringLiteral("threat"), QStringLiteral("run"), QStringLiteral("--date"),
                       QStringLiteral("2026-03-16"), QStringLiteral("--days"),
                       QStringLiteral("14"), QStringLiteral("--text"), QStringLiteral("1")};

// 040000001 10 000,00, 040000002 1 000,00 (protected identity), 040000003
// 500,00 with a "no threat" code; all due 2026-01-31, collection demand
// 2026-03-02; 040000004 2 000,00 with its demand on 2026-03-10 (too recent).
std::unique_ptr<TestLedger> ledger()
{
    auto t = std::make_unique<TestLedger>();
    t->registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(10000)),
                         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(1000),
                                           QStringLiteral("Skyddad, Sara"),
                                           QStringLiteral("640823-3234")),
                         TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(500)),
                         TestLedger::draft(QStringLiteral("040000004"), Money::fromKronor(2000))});
    Database &db = *t->db;
    db.run(QStringLiteral("UPDATE invoice SET collection_date = ? WHERE invoice_number <> ?"),
           {dateArg(QDate(2026, 3, 2)), QStringLiteral("040000004")});
    db.run(QStringLiteral("UPDATE invoice SET collection_date = ? WHERE invoice_number = ?"),
           {dateArg(QDate(2026, 3, 10)), QStringLiteral("040000004")});
    db.run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = (SELECT "
                          "customer_id FROM invoice WHERE invoice_number = '040000002')"));
    db.run(QStringLiteral("INSERT INTO dunning_code (code, text, no_threat) VALUES (8, 'Utredning', 1)"));
    DunningCodeAssignment(db).set(QStringLiteral("001"), QStringLiteral("040000003"), 8);
    return t;
}

QDate threatDate(TestLedger &t, const QString &invoice)
{
    return InvoiceRepository(*t.db).require(QStringLiteral("001"), invoice).threatDate;
}

} // namespace

class TestCliThreat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunJson();
    void runStampsAndWritesPdf();
    void unwritablePdfChangesNothing();
    void usageErrors_data();
    void usageErrors();
};

void TestCliThreat::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
}

void TestCliThreat::dryRunJson()
{
    auto t = ledger();
    const CliRun r
        = runCli(t->path, kRun + QStringList{"--interest", "--dry-run", "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("dry_run").toBool(), true);
    QCOMPARE(o.value("run_date").toString(), QStringLiteral("2026-03-16"));
    QCOMPARE(o.value("days_since_collection").toInt(), 14);
    QCOMPARE(o.value("text").toInt(), 1);
    const QJsonArray letters = o.value("letters").toArray();
    QCOMPARE(letters.size(), 2);
    const QJsonObject a = letters.at(0).toObject();
    QCOMPARE(a.value("invoice_number").toString(), QStringLiteral("040000001"));
    QCOMPARE(a.value("collection_date").toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(a.value("balance_ore").toInteger(), 1000000);
    // 2026-02-01 – 03-16, 44 days at 10,00 %: 10 000 × 0,10 × 44/365 = 120,5479 → 120,55.
    QCOMPARE(a.value("interest_ore").toInteger(), 12055);
    QCOMPARE(a.value("letter_due_date").toString(), QStringLiteral("2026-03-26"));
    QCOMPARE(a.value("held").toBool(), false);
    const QJsonObject b = letters.at(1).toObject();
    QCOMPARE(b.value("invoice_number").toString(), QStringLiteral("040000002"));
    // 1 000 × 0,10 × 44/365 = 12,0548 → 12,05.
    QCOMPARE(b.value("interest_ore").toInteger(), 1205);
    QCOMPARE(b.value("held").toBool(), true);
    const QJsonArray skipped = o.value("skipped").toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).toObject().value("invoice_number").toString(),
             QStringLiteral("040000003"));
    QCOMPARE(skipped.at(0).toObject().value("reason").toString(),
             QStringLiteral("kravkod 8 Utredning"));
    const QJsonObject totals = o.value("totals").toObject();
    QCOMPARE(totals.value("claims").toInt(), 2);
    QCOMPARE(totals.value("held").toInt(), 1);
    QCOMPARE(totals.value("balance_ore").toInteger(), 1100000);
    QCOMPARE(totals.value("interest_ore").toInteger(), 13260); // 120,55 + 12,05
    QVERIFY(o.value("pdf").isNull());
    // The kontrollista changed nothing.
    QCOMPARE(threatDate(*t, QStringLiteral("040000001")), QDate());

    // The same as a table.
    const CliRun table = runCli(t->path, kRun + QStringList{"--dry-run"});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    for (const QString &s :
         {QStringLiteral("Kontrollista hot om betalningsföreläggande 2026-03-16: 2 fordringar"),
          QStringLiteral("Att betala sammanlagt 11 000,00 kr; upplupen ränta 0,00 kr"),
          QStringLiteral("1 brev hålls för manuell hantering (skyddad identitet)."),
          QStringLiteral("Hoppas över: 001/040000003: kravkod 8 Utredning"),
          QStringLiteral("Kontrollista: ingenting ändrades.")})
        QVERIFY2(table.out.contains(s), qPrintable(s + QStringLiteral("\n") + table.out));
    QVERIFY(!table.out.contains(QStringLiteral("040000004")));
}

void TestCliThreat::runStampsAndWritesPdf()
{
    auto t = ledger();
    const QString pdf = t->dir.filePath(QStringLiteral("hot.pdf"));
    const CliRun r = runCli(t->path, kRun + QStringList{"--pdf", pdf, "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("dry_run").toBool(), false);
    QCOMPARE(o.value("pdf").toString(), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
    // Both stamped, the held one too; the skipped and the recent one not.
    QCOMPARE(threatDate(*t, QStringLiteral("040000001")), QDate(2026, 3, 16));
    QCOMPARE(threatDate(*t, QStringLiteral("040000002")), QDate(2026, 3, 16));
    QCOMPARE(threatDate(*t, QStringLiteral("040000003")), QDate());
    QCOMPARE(threatDate(*t, QStringLiteral("040000004")), QDate());
    // Once only.
    const CliRun again = runCli(t->path, kRun + QStringList{"--format", "json"});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value("letters").toArray().size(),
             0);
}

void TestCliThreat::unwritablePdfChangesNothing()
{
    auto t = ledger();
    const CliRun r = runCli(t->path, kRun + QStringList{"--pdf", "/no/such/dir/hot.pdf"});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("Breven kunde inte skrivas till /no/such/dir/hot.pdf")),
             qPrintable(r.describe()));
    QCOMPARE(threatDate(*t, QStringLiteral("040000001")), QDate());
}

void TestCliThreat::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --days") << QStringList{"threat", "run", "--date", "2026-03-16", "--text", "1"}
                               << 2 << "--days";
    QTest::newRow("no --text") << QStringList{"threat", "run", "--date", "2026-03-16", "--days", "14"}
                               << 2 << "--text";
    QTest::newRow("--days 0") << QStringList{"threat", "run", "--date", "2026-03-16", "--days", "0",
                                             "--text", "1"}
                              << 2 << "--days";
    QTest::newRow("--text 10") << QStringList{"threat", "run", "--date", "2026-03-16", "--days",
                                              "14", "--text", "10"}
                               << 2 << "--text";
    QTest::newRow("a text that does not exist: refused")
        << QStringList{"threat", "run", "--date", "2026-03-16", "--days", "14", "--text", "5"} << 1
        << "Textnummer: text 5 för hot om betalningsföreläggande finns inte";
    QTest::newRow("routine range of three parts")
        << QStringList{"threat", "run", "--date", "2026-03-16", "--days", "14", "--text", "1",
                       "--routine", "01-02-03"}
        << 2 << "--routine";
}

void TestCliThreat::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    auto t = ledger();
    const CliRun r = runCli(t->path, args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(threatDate(*t, QStringLiteral("040000001")), QDate());
}

QTEST_MAIN(TestCliThreat)
#include "tst_cli_threat.moc"
