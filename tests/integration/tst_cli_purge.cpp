// `reskontra-cli purge paid` (handbook 8.4, CLI.md conventions): the real
// binary on the ledger of tests/support/purgefixture.h. --dry-run lists
// (JSON with the claims, the claims that stay and the rows per table) and
// changes nothing, also when it writes the list to a PDF; the purge writes
// the receipt list and removes the claims (CSV of what was purged); a PDF
// that cannot be written leaves the ledger unchanged (exit 1); a purge
// without --pdf and bad options are usage errors (exit 2).
#include "clirunner.h"
#include "purgefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::PurgeFixture;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

const QStringList kPurge{QStringLiteral("purge"), QStringLiteral("paid"),
                         QStringLiteral("--company"), QStringLiteral("001"),
                         QStringLiteral("--paid-before"), QStringLiteral("260601")};

} // namespace

class TestCliPurge : public QObject
{
    Q_OBJECT
private slots:
    void dryRunListsAndChangesNothing();
    void purgeWritesTheListAndRemovesTheClaims();
    void unwritablePdfChangesNothing();
    void selectionOptions();
    void usageErrors_data();
    void usageErrors();
};

void TestCliPurge::dryRunListsAndChangesNothing()
{
    PurgeFixture f;
    const auto before = f.counts();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("lista.pdf"));
    const CliRun r = runCli(f.ledger.path, kPurge + QStringList{"--dry-run", "--format", "json",
                                                                  "--pdf", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("dry_run").toBool(), true);
    QCOMPARE(o.value("paid_before").toString(), QStringLiteral("2026-06-01"));
    const QJsonArray claims = o.value("claims").toArray();
    QCOMPARE(claims.size(), 5);
    const QJsonObject first = claims.at(0).toObject();
    QCOMPARE(first.value("invoice_number").toString(), QStringLiteral("010000006"));
    QCOMPARE(first.value("amount_ore").toInteger(), 10000);
    QCOMPARE(first.value("paid_date").toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(o.value("blocked").toArray().size(), 5);
    const QJsonObject totals = o.value("totals").toObject();
    QCOMPARE(totals.value("claims").toInt(), 5);
    QCOMPARE(totals.value("amount_ore").toInteger(), 180000); // 1 800,00
    QCOMPARE(totals.value("transactions").toInt(), 5);
    const QJsonObject rows = o.value("rows").toObject();
    QCOMPARE(rows.value("ledger_transaction").toInt(), 5);
    QCOMPARE(rows.value("payment_order_claim").toInt(), 2);
    QCOMPARE(o.value("pdf").toString(), pdf);
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(f.counts(), before);
}

void TestCliPurge::purgeWritesTheListAndRemovesTheClaims()
{
    PurgeFixture f;
    const qint64 invoices = f.ledger.count(QStringLiteral("invoice"));
    const qint64 audit = f.ledger.count(QStringLiteral("audit_log"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kvitto.pdf"));
    const CliRun r = runCli(f.ledger.path, kPurge + QStringList{"--format", "csv", "--pdf", pdf,
                                                                  "--lists", "invoice:lines,name"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("company;invoice_number;name;id_number;invoice_date;"
                                           "paid_date;amount;paid;transactions;status;reason"));
    QCOMPARE(lines.size(), 1 + 5 + 5);
    QCOMPARE(lines.at(1), QStringLiteral("001;010000006;Öberg, Åsa;197001010029;2026-01-01;"
                                         "2026-02-01;100,00;100,00;1;purged;"));
    QCOMPARE(lines.filter(QStringLiteral(";purged;")).size(), 5);
    QCOMPARE(lines.filter(QStringLiteral(";kept;")).size(), 5);
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(f.ledger.count(QStringLiteral("invoice")), invoices - 5);
    QCOMPARE(f.ledger.count(QStringLiteral("audit_log")), audit + 5);
    // Again: nothing left to purge, and the list is not written over.
    const CliRun again = runCli(f.ledger.path, kPurge + QStringList{"--pdf", pdf});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains(QStringLiteral("0 fakturor rensade")), qPrintable(again.out));
}

void TestCliPurge::unwritablePdfChangesNothing()
{
    PurgeFixture f;
    const auto before = f.counts();
    QTemporaryDir dir;
    const CliRun r = runCli(
        f.ledger.path, kPurge + QStringList{"--pdf", dir.filePath(QStringLiteral("nej/x.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Kvittenslistan kunde inte skrivas")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Inget rensades")), qPrintable(r.err));
    QMap<QString, qint64> expected = before;
    // run_history unchanged: a run that changed nothing leaves no trace
    QCOMPARE(f.counts(), expected);
}

// --routine 04 --exclude-code 3: 040000001, 09 and 10 (1 000 + 150 + 150).
void TestCliPurge::selectionOptions()
{
    PurgeFixture f;
    const CliRun r = runCli(f.ledger.path, kPurge + QStringList{"--dry-run", "--format", "json",
                                                                  "--routine", "04",
                                                                  "--exclude-code", "3"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QStringList numbers;
    for (const QJsonValue &c : o.value("claims").toArray())
        numbers << c.toObject().value("invoice_number").toString();
    QCOMPARE(numbers, (QStringList{"040000001", "040000009", "040000010"}));
    QCOMPARE(o.value("totals").toObject().value("amount_ore").toInteger(), 130000);
    QVERIFY(o.value("pdf").isNull());
}

void TestCliPurge::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("purge without --pdf") << kPurge << 2 << QStringLiteral("--pdf");
    QTest::newRow("no date") << QStringList{"purge", "paid", "--dry-run"} << 2
                             << QStringLiteral("paid-before");
    QTest::newRow("bad list") << kPurge + QStringList{"--dry-run", "--lists", "adress"} << 2
                              << QStringLiteral("--lists");
    QTest::newRow("bad detail") << kPurge + QStringList{"--dry-run", "--lists", "name:rader"}
                                << 2 << QStringLiteral("--lists");
    QTest::newRow("five codes") << kPurge + QStringList{"--dry-run", "--exclude-code", "1,2,3,4,5"}
                                << 2 << QStringLiteral("--exclude-code");
    QTest::newRow("same list twice")
        << kPurge + QStringList{"--dry-run", "--lists", "name,name:lines"} << 1
        << QStringLiteral("Listor:");
}

void TestCliPurge::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    PurgeFixture f;
    const auto before = f.counts();
    const CliRun r = runCli(f.ledger.path, args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(f.counts(), before);
}

QTEST_GUILESS_MAIN(TestCliPurge)
#include "tst_cli_purge.moc"
