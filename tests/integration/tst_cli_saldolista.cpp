// reskontra-cli report saldolista / kundfordringar (CLI.md) on the hand-made
// ledger of tests/support/saldolistafixture.h: JSON (money in *_ore, the
// subtotals and the total), CSV on stdout (keys, detail rows), the CSV file
// against its golden file, the XLSX file read back (money and dates are real
// number cells), the table format and the usage errors.
#include "clirunner.h"
#include "golden.h"
#include "saldolistafixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace rsk;
using rsk::test::SaldolistaFixture;

class TestCliSaldolista : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void saldolistaJson();
    void saldolistaCsvOnStdout();
    void saldolistaCsvFileMatchesGolden();
    void saldolistaXlsxHoldsNumbers();
    void saldolistaTable();
    void kundfordringarJson();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = rsk::test::CliRun;
    Run cli(const QStringList &args);

    std::unique_ptr<SaldolistaFixture> m_ledger;
    QTemporaryDir m_dir;
};

// The CLI on the ledger, as $USER (no --user).
TestCliSaldolista::Run TestCliSaldolista::cli(const QStringList &args)
{
    rsk::test::CliOptions options;
    options.user.clear();
    return rsk::test::runCli(m_ledger->path, args, options);
}

void TestCliSaldolista::initTestCase()
{
    m_ledger = std::make_unique<SaldolistaFixture>();
    // The CLI opens the ledger file itself.
    m_ledger->db.reset();
}

void TestCliSaldolista::saldolistaJson()
{
    const Run run = cli({"--format", "json", "report", "saldolista", "--company", "001-002",
                         "--as-of", "2026-06-30", "--only-unpaid"});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + run.out));
    QCOMPARE(o.value("title").toString(), QStringLiteral("Saldolista"));
    // Unpaid at the end of 06-30: A, C, F, D.
    const QJsonArray rows = o.value("rows").toArray();
    QStringList numbers;
    for (const QJsonValue &r : rows)
        numbers << r.toObject().value("invoice_number").toString();
    QCOMPARE(numbers, QStringList({"010000001", "040000001", "040000002", "070000001"}));
    // A: 1 000 + 60 - 300 = 760; the last payment before the date.
    const QJsonObject a = rows.at(0).toObject();
    QCOMPARE(a.value("invoiced_ore").toInteger(), 100000);
    QCOMPARE(a.value("debited_ore").toInteger(), 6000);
    QCOMPARE(a.value("paid_ore").toInteger(), -30000);
    QCOMPARE(a.value("balance_ore").toInteger(), 76000);
    QCOMPARE(a.value("last_payment").toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(a.value("reminder1").toString(), QStringLiteral("2026-02-15"));
    QVERIFY(a.value("collection").isNull());
    // Routine 01, 04, company 001, routine 07, company 002.
    QStringList sums;
    for (const QJsonValue &v : o.value("subtotals").toArray())
        sums << QStringLiteral("%1:%2")
                    .arg(v.toObject().value("level").toInt())
                    .arg(v.toObject().value("balance_ore").toInteger());
    QCOMPARE(sums, QStringList({"1:76000", "1:180000", "2:256000", "1:70000", "2:70000"}));
    const QJsonObject total = o.value("total").toObject();
    QCOMPARE(total.value("label").toString(), QStringLiteral("Totalt, 4 st"));
    QCOMPARE(total.value("invoiced_ore").toInteger(), 360000);
    QCOMPARE(total.value("debited_ore").toInteger(), 6000);
    QCOMPARE(total.value("paid_ore").toInteger(), -40000);
    QCOMPARE(total.value("balance_ore").toInteger(), 326000); // 3 600 + 60 - 400
}

void TestCliSaldolista::saldolistaCsvOnStdout()
{
    const Run run = cli({"--format", "csv", "report", "saldolista", "--company", "002"});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // keys and D; no sums on stdout
    QCOMPARE(lines.at(0),
             QStringLiteral("company;invoice_number;id;register_id;name;address;department;"
                            "invoice_date;due_date;invoiced;debited;paid;balance;last_payment;"
                            "reminder1;reminder2;collection;residual;threat;payment_order;"
                            "dunning_code;watch_text"));
    QCOMPARE(lines.at(1),
             QStringLiteral("002;070000001;19721130-2224;H-7;Dahl, David;Storgatan 1, 123 45 "
                            "Småstad;;2026-02-15;2026-03-15;800,00;0,00;-100,00;700,00;"
                            "2026-05-10;2026-03-25;;2026-04-15;;2026-05-01;;2;"));
}

void TestCliSaldolista::saldolistaCsvFileMatchesGolden()
{
    const QString path = m_dir.filePath(QStringLiteral("saldolista.csv"));
    const Run run = cli({"report", "saldolista", "--company", "001-002", "--as-of",
                         "2026-06-30", "--sort", "name", "--out", path});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    rsk::test::compareGolden(QStringLiteral("saldolista/saldolista-asof-by-name.csv"),
                             file.readAll());
}

namespace {

struct Cell
{
    QString type; // "" = a number; "inlineStr" = text
    QString value;
};

QHash<QString, Cell> readSheet(const QString &xlsx, QString *error)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
        *error = QString::fromUtf8(unzip.readAllStandardError());
        return {};
    }
    QHash<QString, Cell> cells;
    QXmlStreamReader r(unzip.readAllStandardOutput());
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            cells[ref].type = r.attributes().value(QLatin1String("t")).toString();
        } else if (r.isStartElement()
                   && (r.name() == QLatin1String("v") || r.name() == QLatin1String("t"))) {
            cells[ref].value = r.readElementText();
        }
    }
    if (r.hasError())
        *error = r.errorString();
    return cells;
}

} // namespace

void TestCliSaldolista::saldolistaXlsxHoldsNumbers()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed (apt-get install unzip)");
    const QString path = m_dir.filePath(QStringLiteral("saldolista.xlsx"));
    const Run run = cli({"report", "saldolista", "--company", "001-002", "--as-of",
                         "2026-06-30", "--sort", "name", "--out", path});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QHash<QString, Cell> c = readSheet(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Row 1 the titles; by name in routine 01: B (Berg) row 2, A (Ödman) row 3.
    QCOMPARE(c.value("M1").value, QStringLiteral("Saldo"));
    QCOMPARE(c.value("B3").value, QStringLiteral("010000001"));
    QCOMPARE(c.value("B3").type, QStringLiteral("inlineStr")); // leading zero kept
    // A: J..M = 1 000 / 60 / -300 / 760 as numbers, not text.
    const QStringList money = {"J3", "K3", "L3", "M3"};
    const QList<double> expected = {1000.0, 60.0, -300.0, 760.0};
    for (int i = 0; i < money.size(); ++i) {
        QCOMPARE(c.value(money.at(i)).type, QString());
        QCOMPARE(c.value(money.at(i)).value.toDouble(), expected.at(i));
    }
    // The invoice date 2026-01-01 is Excel day 46023, a number.
    QCOMPARE(c.value("H3").type, QString());
    QCOMPARE(c.value("H3").value, QStringLiteral("46023"));
    // Row 4 the routine 01 subtotal; row 12 the total: 4 100 + 60 - 900 = 3 260.
    QCOMPARE(c.value("A4").value, QStringLiteral("Summa rutin 01 Diverse, 2 st"));
    QCOMPARE(c.value("M4").value.toDouble(), 760.0);
    QCOMPARE(c.value("A12").value, QStringLiteral("Totalt, 5 st"));
    QCOMPARE(c.value("J12").value.toDouble(), 4100.0);
    QCOMPARE(c.value("K12").value.toDouble(), 60.0);
    QCOMPARE(c.value("L12").value.toDouble(), -900.0);
    QCOMPARE(c.value("M12").value.toDouble(), 3260.0);
    QCOMPARE(c.value("M12").type, QString());
}

void TestCliSaldolista::saldolistaTable()
{
    const Run run = cli({"report", "saldolista", "--company", "001", "--sort", "due",
                         "--only-totals"});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Summa rutin 04 Vatten, 2 st")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Totalt, 5 st")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Endast totalrader")));
    QVERIFY(!run.out.contains(QStringLiteral("010000001"))); // no claim rows
}

void TestCliSaldolista::kundfordringarJson()
{
    const Run run = cli({"--format", "json", "report", "kundfordringar", "--as-of", "260630",
                         "--sort", "balance", "--descending"});
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value("title").toString(), QStringLiteral("Kundfordringar"));
    QStringList rows;
    for (const QJsonValue &r : o.value("rows").toArray())
        rows << QStringLiteral("%1 %2 %3")
                    .arg(r.toObject().value("invoice_number").toString())
                    .arg(r.toObject().value("balance_ore").toInteger())
                    .arg(r.toObject().value("days_overdue").toInteger());
    QCOMPARE(rows, QStringList({"040000001 200000 91", "010000001 76000 61",
                                "070000001 70000 107", "040000002 -20000 60"}));
    QCOMPARE(o.value("total").toObject().value("balance_ore").toInteger(), 326000);
}

void TestCliSaldolista::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown sort") << QStringList{"report", "saldolista", "--sort", "colour"}
                                  << "--sort: \"colour\"";
    QTest::newRow("invoice number with a letter")
        << QStringList{"report", "saldolista", "--invoice", "01x"}
        << "Fakturanummer from: \"01x\" ska vara 1–9 siffror.";
    QTest::newRow("dunning code 0") << QStringList{"report", "saldolista", "--dunning-code", "0"}
                                    << "--dunning-code";
    QTest::newRow("kundfordringar without a date")
        << QStringList{"report", "kundfordringar"} << "--as-of";
    QTest::newRow("kundfordringar sorted on nothing")
        << QStringList{"report", "kundfordringar", "--as-of", "2026-06-30", "--sort", "x"}
        << "Kundfordringar kan inte sorteras på \"x\".";
}

void TestCliSaldolista::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(args);
    if (run.exitCode == -1)
        QSKIP(qPrintable(run.err));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliSaldolista)
#include "tst_cli_saldolista.moc"
