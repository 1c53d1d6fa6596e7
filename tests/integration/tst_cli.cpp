// reskontra-cli as scripts use it: the real binary on temporary ledgers, exit
// codes and output checked against CLI.md, golden files for `invoice show`.
#include "clirunner.h"
#include "golden.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "storage/defaultledger.h"
#include "testledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using rsk::Database;

namespace {

using Run = rsk::test::CliRun;

const char *kToday = "2026-11-26";

// The good file of the import and golden tests: quoting, å/ä/ö, a BOM and
// CRLF, an organisation, a customer number instead of a person number.
const QByteArray kGoodCsv
    = "\xEF\xBB\xBF"
      "company;invoice_number;routine;id_number;customer_number;name;address;postal_code;city;"
      "invoice_date;due_date;amount;description\r\n"
      "001;040000001;04;811218-9876;;Andersson, Anna;Storgatan 1;123 45;Småstad;2026-10-01;"
      "2026-10-31;\"1 234,50\";\"Vatten; kvartal 3\"\r\n"
      "001;010000002;;556036-0793;;\"Bolaget \"\"Öst\"\" AB\";Box 17;543 21;Östby;20261015;"
      "261115;500;Tomträtt\r\n"
      "001;070000003;;;K-7;Berg, Bo;Ängsvägen 3;123 45;Småstad;2026-11-01;2026-11-30;6500,00;"
      "Hyra november\r\n"
      "002;070000004;;701063-2391;;Ceder, Cilla;Gatan 4;111 11;Storstad;2026-11-01;2026-11-30;"
      "75;Parkering\r\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void initCreatesLedger();
    void initRefusesInitialisedLedger();
    void initBadOptionCreatesNothing();
    void initDryRunCreatesNothing();
    void commandsOpenExistingLedgersOnly();
    void defaultLedger();

    void importGoodCsv();
    void importGoodJson();
    void importBadCsvListsEveryLine();
    void importBadFileHeader();
    void importDryRunChangesNothing();

    void paymentAdd();
    void paymentRefused_data();
    void paymentRefused();
    void paymentDryRunChangesNothing();

    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();

    void invoiceShowGolden_data();
    void invoiceShowGolden();
    void invoiceSearch_data();
    void invoiceSearch();

    void validate_data();
    void validate();
    void ocrMake_data();
    void ocrMake();

    void demo();

private:
    Run cli(const QStringList &args, const QString &ledger = QString(),
            const QProcessEnvironment &extraEnv = QProcessEnvironment());
    QString newLedger(const QString &name, bool withSecondCompany = true);
    QString writeFile(const QString &name, const QByteArray &bytes);
    // Counts and sums of everything a command may change: equal before and
    // after means the ledger is unchanged.
    QString fingerprint(const QString &ledger);
    QJsonObject showJson(const QString &ledger, const QString &company, const QString &number);
    QStringList searchNumbers(const QString &ledger, const QStringList &args);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
}

Run TestCli::cli(const QStringList &args, const QString &ledger,
                 const QProcessEnvironment &extraEnv)
{
    rsk::test::CliOptions options;
    options.today = QString::fromLatin1(kToday);
    options.unset << QStringLiteral("RESKONTRA_USER");
    // Never the tester's own default ledger.
    options.environment.insert(QStringLiteral("XDG_DATA_HOME"),
                               m_dir.filePath(QStringLiteral("xdg-data")));
    options.environment.insert(extraEnv);
    options.timeoutMs = 120000;
    return rsk::test::runCli(ledger, args, options);
}

QString TestCli::newLedger(const QString &name, bool withSecondCompany)
{
    // A database on the PostgreSQL test cluster in the integration-pg run.
    const QString path = rsk::test::newLedgerLocation(m_dir, name);
    const Run init
        = cli({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Testkommunen"),
               QStringLiteral("--orgnr"), QStringLiteral("212000-0142"),
               QStringLiteral("--bankgiro"), QStringLiteral("5805-6201")},
              path);
    if (init.exitCode != 0)
        qWarning("%s", qPrintable(init.describe()));
    if (withSecondCompany) {
        // The CLI has no company command yet; the test adds 002 through core.
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        rsk::Company housing;
        housing.number = QStringLiteral("002");
        housing.name = QStringLiteral("Bostäder AB");
        rsk::ReferenceData(*db).saveCompany(housing);
    }
    return path;
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(bytes);
    return path;
}

QString TestCli::fingerprint(const QString &ledger)
{
    auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
    QStringList parts;
    for (const char *table : {"company", "customer", "invoice", "invoice_line",
                              "ledger_transaction", "batch", "batch_line", "audit_log"})
        parts << QStringLiteral("%1=%2")
                     .arg(QLatin1String(table))
                     .arg(db->scalar(
                                QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                              .toLongLong());
    parts << QStringLiteral("balance=%1")
                 .arg(db->scalar(QStringLiteral("SELECT COALESCE(SUM(balance_ore), 0) FROM "
                                                "invoice"))
                          .toLongLong());
    parts << QStringLiteral("versions=%1")
                 .arg(db->scalar(QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM invoice"))
                          .toLongLong());
    return parts.join(QLatin1Char(' '));
}

QJsonObject TestCli::showJson(const QString &ledger, const QString &company, const QString &number)
{
    const Run run
        = cli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("--company"),
               company, number, QStringLiteral("--format"), QStringLiteral("json")},
              ledger);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList TestCli::searchNumbers(const QString &ledger, const QStringList &args)
{
    const Run run = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("search"),
                                    QStringLiteral("--format"), QStringLiteral("json")}
                            + args,
                        ledger);
    if (run.exitCode != 0)
        return {QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)};
    QStringList numbers;
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QLatin1String("invoices"))
                                .toArray();
    for (const QJsonValue &row : rows)
        numbers << row.toObject().value(QLatin1String("company")).toString() + QLatin1Char('/')
                       + row.toObject().value(QLatin1String("invoice_number")).toString();
    return numbers;
}

// ---- init ------------------------------------------------------------------

void TestCli::initCreatesLedger()
{
    const QString path = rsk::test::newLedgerLocation(m_dir, QStringLiteral("init"));
    const Run run = cli({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("7"),
                         QStringLiteral("--name"), QStringLiteral("Stockholms stad"),
                         QStringLiteral("--orgnr"), QStringLiteral("2120000142"),
                         QStringLiteral("--bankgiro"), QStringLiteral("58056201"),
                         QStringLiteral("--plusgiro"), QStringLiteral("58056201"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        path);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("company")).toString(), QStringLiteral("007"));
    QCOMPARE(o.value(QLatin1String("orgnr")).toString(), QStringLiteral("212000-0142"));
    QCOMPARE(o.value(QLatin1String("bankgiro")).toString(), QStringLiteral("5805-6201"));
    QCOMPARE(o.value(QLatin1String("plusgiro")).toString(), QStringLiteral("5805620-1"));
    QCOMPARE(o.value(QLatin1String("dry_run")).toBool(), false);
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM company WHERE number = '007'")).toString(),
             QStringLiteral("Stockholms stad"));
    QVERIFY(db->scalar(QStringLiteral("SELECT COUNT(*) FROM routine")).toInt() > 0);
    QVERIFY(db->scalar(QStringLiteral("SELECT COUNT(*) FROM payment_method")).toInt() > 0);
    QVERIFY(db->scalar(QStringLiteral("SELECT COUNT(*) FROM reference_rate")).toInt() > 0);
}

void TestCli::initRefusesInitialisedLedger()
{
    const QString path = newLedger(QStringLiteral("twice"), false);
    const QString before = fingerprint(path);
    const Run again
        = cli({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("X")}, path);
    QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
    QVERIFY2(again.err.contains(QStringLiteral("redan upplagd")), qPrintable(again.err));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(fingerprint(path), before);
}

void TestCli::initBadOptionCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("badinit.sqlite"));
    const Run run = cli(
        {QStringLiteral("init"), QStringLiteral("--orgnr"), QStringLiteral("212000-0143")}, path);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("kontrollsiffra")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::initDryRunCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("dryinit.sqlite"));
    const Run run = cli({QStringLiteral("init"), QStringLiteral("--dry-run")}, path);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QStringLiteral("Provkörning")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::commandsOpenExistingLedgersOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const Run run = cli({QStringLiteral("invoice"), QStringLiteral("search")}, path);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("finns inte")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::defaultLedger()
{
    // $RESKONTRA_DB when there is no --db …
    const QString fromEnv = m_dir.filePath(QStringLiteral("env.sqlite"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("RESKONTRA_DB"), fromEnv);
    Run run = cli({QStringLiteral("init")}, QString(), env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo::exists(fromEnv));

    // … else the GUI's default ledger file (XDG_DATA_HOME points into m_dir).
    run = cli({QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString expected
        = m_dir.filePath(QStringLiteral("xdg-data/Reskontra/Reskontra/reskontra.sqlite"));
    QVERIFY2(QFileInfo::exists(expected), qPrintable(run.describe()));
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg-data")).toUtf8());
    QCOMPARE(rsk::defaultLedgerPath(), expected);
    qunsetenv("XDG_DATA_HOME");
}

// ---- import invoices ---------------------------------------------------------

void TestCli::importGoodCsv()
{
    const QString ledger = newLedger(QStringLiteral("import"));
    const QString file = writeFile(QStringLiteral("good.csv"), kGoodCsv);
    const Run run = cli({QStringLiteral("import"), QStringLiteral("invoices"), file,
                         QStringLiteral("--format"), QStringLiteral("json")},
                        ledger);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(QLatin1String("invoices")).toInt(), 4);
    QCOMPARE(summary.value(QLatin1String("amount_ore")).toInteger(),
             123450 + 50000 + 650000 + 7500);

    const QJsonObject o = showJson(ledger, QStringLiteral("1"), QStringLiteral("40000001"));
    QCOMPARE(o.value(QLatin1String("company")).toString(), QStringLiteral("001"));
    QCOMPARE(o.value(QLatin1String("invoice_number")).toString(), QStringLiteral("040000001"));
    QCOMPARE(o.value(QLatin1String("routine")).toString(), QStringLiteral("04"));
    QCOMPARE(o.value(QLatin1String("id_number")).toString(), QStringLiteral("19811218-9876"));
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Andersson, Anna"));
    QCOMPARE(o.value(QLatin1String("address")).toString(), QStringLiteral("Storgatan 1"));
    QCOMPARE(o.value(QLatin1String("postal_code")).toString(), QStringLiteral("123 45"));
    QCOMPARE(o.value(QLatin1String("city")).toString(), QStringLiteral("Småstad"));
    QCOMPARE(o.value(QLatin1String("invoice_date")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(o.value(QLatin1String("due_date")).toString(), QStringLiteral("2026-10-31"));
    QCOMPARE(o.value(QLatin1String("ocr")).toString(), QStringLiteral("04000000119"));
    QVERIFY(o.value(QLatin1String("amount_ore")).isDouble()); // a JSON number, not a string
    QCOMPARE(o.value(QLatin1String("amount_ore")).toInteger(), 123450);
    QCOMPARE(o.value(QLatin1String("balance_ore")).toInteger(), 123450);
    QCOMPARE(o.value(QLatin1String("reminder_fee_ore")).toInteger(), 0);
    QCOMPARE(o.value(QLatin1String("description")).toString(), QStringLiteral("Vatten; kvartal 3"));
    QVERIFY(o.value(QLatin1String("reminder1_date")).isNull());
    QVERIFY(o.value(QLatin1String("final_paid_date")).isNull());
    QVERIFY(o.value(QLatin1String("transactions")).toArray().isEmpty());
    // Every field of CLI.md "Output fields" is there.
    for (const char *key : {"company",
                            "invoice_number",
                            "routine",
                            "customer_number",
                            "id_number",
                            "name",
                            "address",
                            "postal_code",
                            "city",
                            "invoice_date",
                            "due_date",
                            "ocr",
                            "amount_ore",
                            "balance_ore",
                            "reminder_fee_ore",
                            "collection_fee_ore",
                            "interest_debited_ore",
                            "reminder1_date",
                            "reminder2_date",
                            "collection_date",
                            "residual_date",
                            "threat_date",
                            "payment_order_date",
                            "payment_plan_date",
                            "dunning_code",
                            "dunning_code_until",
                            "watch_text",
                            "final_paid_date",
                            "interest_invoice_number",
                            "interest_invoice_ore",
                            "transactions"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QVERIFY(!o.contains(QLatin1String("created_at")));

    const QJsonObject org = showJson(ledger, QStringLiteral("001"), QStringLiteral("010000002"));
    QCOMPARE(org.value(QLatin1String("name")).toString(), QStringLiteral("Bolaget \"Öst\" AB"));
    QCOMPARE(org.value(QLatin1String("id_number")).toString(), QStringLiteral("556036-0793"));
    QCOMPARE(org.value(QLatin1String("due_date")).toString(), QStringLiteral("2026-11-15"));
    const QJsonObject rent = showJson(ledger, QStringLiteral("001"), QStringLiteral("070000003"));
    QCOMPARE(rent.value(QLatin1String("customer_number")).toString(), QStringLiteral("K-7"));
    QCOMPARE(rent.value(QLatin1String("amount_ore")).toInteger(), 650000);
}

void TestCli::importGoodJson()
{
    const QString ledger = newLedger(QStringLiteral("importjson"));
    const QString file = writeFile(QStringLiteral("good.json"),
                                   R"({"invoices": [
  {"company": "001", "invoice_number": "070000001", "customer_number": "K1",
   "name": "Hyresgäst, Hanna", "invoice_date": "2026-11-01", "due_date": "2026-11-30",
   "amount_ore": 650000,
   "lines": [{"text": "Hyra", "amount": "6000"}, {"text": "Parkering", "amount_ore": 50000}]},
  {"company": "001", "invoice_number": "040000002", "id_number": "811218-9876",
   "name": "Andersson, Anna", "invoice_date": "261001", "due_date": "20261031",
   "amount": "1 234,50"}
]}
)");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("invoices"), file}, ledger);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(showJson(ledger, QStringLiteral("001"), QStringLiteral("070000001"))
                 .value(QLatin1String("amount_ore"))
                 .toInteger(),
             650000);
    QCOMPARE(showJson(ledger, QStringLiteral("001"), QStringLiteral("040000002"))
                 .value(QLatin1String("invoice_date"))
                 .toString(),
             QStringLiteral("2026-10-01"));
}

void TestCli::importBadCsvListsEveryLine()
{
    const QString ledger = newLedger(QStringLiteral("importbad"));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                 writeFile(QStringLiteral("first.csv"), kGoodCsv)},
                ledger)
                .exitCode
            == 0);
    const QString before = fingerprint(ledger);
    const QByteArray bad
        = "company;invoice_number;id_number;name;address;invoice_date;due_date;amount\n"
          "001;040000010;811218-9876;Good One;Gatan 1;2026-10-01;2026-10-31;100\n"  // 2 good
          "001;040000001;811218-9876;In Ledger;Gatan 1;2026-10-01;2026-10-31;100\n" // 3 duplicate
          "001;040000011;811218-9875;Bad Pnr;Gatan 1;2026-10-01;2026-10-31;100\n"   // 4 check digit
          "009;040000012;811218-9876;No Company;Gatan 1;2026-10-01;2026-10-31;100\n" // 5 company
          "001;040000013;811218-9876;Early Due;Gatan 1;2026-10-31;2026-10-01;100\n"  // 6 due date
          "001;040000014;811218-9876;Too Much;Gatan 1;2026-10-01;2026-10-31;12345678901\n" // 7
          "001;040000015;811218-9876;Long Address;12345678901234567890123456789012345678901;"
          "2026-10-01;2026-10-31;100\n"                                               // 8 41 chars
          "001;040000016;811218-9876;Bad Date;Gatan 1;2026-02-30;2026-10-31;12,345\n" // 9
          "001;040000010;811218-9876;Twice In File;Gatan 1;2026-10-01;2026-10-31;100\n" // 10
          "001;990000017;811218-9876;No Routine;Gatan 1;2026-10-01;2026-10-31;100\n"    // 11
          "001;040000018;811218-9876;Good Two;Gatan 1;2026-10-01;2026-10-31;100\n";     // 12 good
    const QString file = writeFile(QStringLiteral("bad.csv"), bad);
    const Run run = cli({QStringLiteral("import"), QStringLiteral("invoices"), file}, ledger);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    const QList<QPair<int, QString>> expected = {
        {3, QStringLiteral("invoice_number")},  {4, QStringLiteral("id_number")},
        {5, QStringLiteral("company")},         {6, QStringLiteral("due_date")},
        {7, QStringLiteral("amount")},          {8, QStringLiteral("address")},
        {9, QStringLiteral("invoice_date")},    {9, QStringLiteral("amount")},
        {10, QStringLiteral("invoice_number")}, {11, QStringLiteral("routine")},
    };
    for (const auto &e : expected) {
        const QString prefix = QStringLiteral("%1:%2: %3: ").arg(file).arg(e.first).arg(e.second);
        QVERIFY2(run.err.contains(prefix), qPrintable(prefix + QLatin1Char('\n') + run.err));
    }
    QVERIFY2(!run.err.contains(file + QStringLiteral(":2:")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(file + QStringLiteral(":12:")), qPrintable(run.err));
    // The 11-digit amount is reported once, by the file reader, not again as "0".
    QCOMPARE(run.err.count(file + QStringLiteral(":7:")), 1);
    QCOMPARE(fingerprint(ledger), before);
}

void TestCli::importBadFileHeader()
{
    const QString ledger = newLedger(QStringLiteral("importheader"), false);
    const QString before = fingerprint(ledger);
    const QString file
        = writeFile(QStringLiteral("header.csv"),
                    "company;invoice_number;id_number;name;colour;invoice_date;due_date\n"
                    "001;040000010;811218-9876;A;red;2026-10-01;2026-10-31\n");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("invoices"), file}, ledger);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(file + QStringLiteral(":1: colour: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(file + QStringLiteral(":1: amount: ")), qPrintable(run.err));
    QCOMPARE(fingerprint(ledger), before);

    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.csv"));
    const Run notThere
        = cli({QStringLiteral("import"), QStringLiteral("invoices"), missing}, ledger);
    QVERIFY2(notThere.exitCode == 1, qPrintable(notThere.describe()));
}

void TestCli::importDryRunChangesNothing()
{
    const QString ledger = newLedger(QStringLiteral("importdry"));
    const QString before = fingerprint(ledger);
    const Run run
        = cli({QStringLiteral("import"), QStringLiteral("invoices"),
               writeFile(QStringLiteral("dry.csv"), kGoodCsv), QStringLiteral("--dry-run"),
               QStringLiteral("--format"), QStringLiteral("json")},
              ledger);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("invoices")).toInt(), 4);
    QCOMPARE(o.value(QLatin1String("dry_run")).toBool(), true);
    QCOMPARE(fingerprint(ledger), before);
}

// ---- payment add ---------------------------------------------------------------

void TestCli::paymentAdd()
{
    const QString ledger = newLedger(QStringLiteral("payment"));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                 writeFile(QStringLiteral("pay.csv"), kGoodCsv)},
                ledger)
                .exitCode
            == 0);
    const Run run
        = cli({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--company"),
               QStringLiteral("001"), QStringLiteral("--invoice"), QStringLiteral("40000001"),
               QStringLiteral("--amount"), QStringLiteral("1 000,00"), QStringLiteral("--method"),
               QStringLiteral("B"), QStringLiteral("--date"), QStringLiteral("261120"),
               QStringLiteral("--remark"), QStringLiteral("Delbetalning"),
               QStringLiteral("--format"), QStringLiteral("json")},
              ledger);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("transaction_date")).toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(o.value(QLatin1String("method")).toString(), QStringLiteral("B"));
    QCOMPARE(o.value(QLatin1String("amount_ore")).toInteger(), 100000);
    QCOMPARE(o.value(QLatin1String("effect_ore")).toInteger(), -100000);
    QCOMPARE(o.value(QLatin1String("balance_before_ore")).toInteger(), 123450);
    QCOMPARE(o.value(QLatin1String("balance_ore")).toInteger(), 23450);
    QCOMPARE(o.value(QLatin1String("dry_run")).toBool(), false);

    // The rest, in the table format: the claim is paid in full.
    const Run rest
        = cli({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--company"),
               QStringLiteral("1"), QStringLiteral("--invoice"), QStringLiteral("040000001"),
               QStringLiteral("--amount"), QStringLiteral("234.50"), QStringLiteral("--method"),
               QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-11-25")},
              ledger);
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.describe()));
    QVERIFY2(rest.out.contains(QStringLiteral("Nytt saldo          0,00")), qPrintable(rest.out));
    const QJsonObject shown = showJson(ledger, QStringLiteral("001"), QStringLiteral("040000001"));
    QCOMPARE(shown.value(QLatin1String("balance_ore")).toInteger(), 0);
    QCOMPARE(shown.value(QLatin1String("final_paid_date")).toString(),
             QStringLiteral("2026-11-25"));
    const QJsonArray transactions = shown.value(QLatin1String("transactions")).toArray();
    QCOMPARE(transactions.size(), 2);
    const QJsonObject first = transactions.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("transaction_date")).toString(),
             QStringLiteral("2026-11-20"));
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("B"));
    QCOMPARE(first.value(QLatin1String("amount_ore")).toInteger(), 100000);
    QCOMPARE(first.value(QLatin1String("remark")).toString(), QStringLiteral("Delbetalning"));
    QVERIFY(first.value(QLatin1String("booked_date")).isNull());
}

void TestCli::paymentRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QStringList base = {QStringLiteral("--company"), QStringLiteral("001"),
                              QStringLiteral("--date"), QStringLiteral("2026-11-20")};
    auto args = [&base](const char *invoice, const char *amount, const char *method) {
        return base + QStringList{QStringLiteral("--invoice"), QString::fromLatin1(invoice),
                                  QStringLiteral("--amount"),  QString::fromUtf8(amount),
                                  QStringLiteral("--method"),  QString::fromLatin1(method)};
    };
    QTest::newRow("unknown method") << args("040000001", "100", "Z") << "Inbetalningssätt \"Z\"";
    QTest::newRow("unknown invoice") << args("040000099", "100", "1") << "finns inte";
    QTest::newRow("unknown company") << QStringList{
        QStringLiteral("--company"),  QStringLiteral("009"),       QStringLiteral("--date"),
        QStringLiteral("2026-11-20"), QStringLiteral("--invoice"), QStringLiteral("040000001"),
        QStringLiteral("--amount"),   QStringLiteral("1"),         QStringLiteral("--method"),
        QStringLiteral("1")} << "finns inte";
    QTest::newRow("41-character remark")
        << args("040000001", "100", "1")
               + QStringList{QStringLiteral("--remark"), QString(41, QLatin1Char('x'))}
        << "41 tecken";
    QTest::newRow("negative amount") << args("040000001", "-100", "1") << "negativt";
    QTest::newRow("amount on a text-only method") << args("040000001", "100", "T") << "endast";
}

void TestCli::paymentRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    static QString ledger;
    if (ledger.isEmpty()) {
        ledger = newLedger(QStringLiteral("refused"));
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                     writeFile(QStringLiteral("refused.csv"), kGoodCsv)},
                    ledger)
                    .exitCode
                == 0);
    }
    const QString before = fingerprint(ledger);
    const Run run
        = cli(QStringList{QStringLiteral("payment"), QStringLiteral("add")} + args, ledger);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fingerprint(ledger), before);
}

void TestCli::paymentDryRunChangesNothing()
{
    const QString ledger = newLedger(QStringLiteral("paydry"));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                 writeFile(QStringLiteral("paydry.csv"), kGoodCsv)},
                ledger)
                .exitCode
            == 0);
    const QString before = fingerprint(ledger);
    const Run run
        = cli({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--company"),
               QStringLiteral("001"), QStringLiteral("--invoice"), QStringLiteral("070000003"),
               QStringLiteral("--amount"), QStringLiteral("6500"), QStringLiteral("--method"),
               QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-11-26"),
               QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")},
              ledger);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("balance_ore")).toInteger(), 0);
    QCOMPARE(o.value(QLatin1String("final_paid_date")).toString(), QStringLiteral("2026-11-26"));
    QCOMPARE(o.value(QLatin1String("dry_run")).toBool(), true);
    QCOMPARE(fingerprint(ledger), before);
}

// ---- usage -----------------------------------------------------------------------

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList pay
        = {QStringLiteral("payment"),  QStringLiteral("add"),       QStringLiteral("--company"),
           QStringLiteral("001"),      QStringLiteral("--invoice"), QStringLiteral("040000001"),
           QStringLiteral("--method"), QStringLiteral("1")};
    auto with = [](const QStringList &a, std::initializer_list<const char *> more) {
        QStringList out = a;
        for (const char *m : more)
            out << QString::fromUtf8(m);
        return out;
    };
    QTest::newRow("no command") << QStringList() << "kommando saknas";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << "okänt kommando";
    QTest::newRow("group without subcommand")
        << QStringList{QStringLiteral("invoice")} << "show|search";
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("payment"), QStringLiteral("remove")} << "add";
    QTest::newRow("unknown option")
        << with(pay, {"--amount", "1", "--date", "2026-11-20", "--bogus"}) << "--bogus";
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--bogus"), QStringLiteral("init")} << "--bogus";
    QTest::newRow("missing required option --date") << with(pay, {"--amount", "1"}) << "--date";
    QTest::newRow("option without its value")
        << with(pay, {"--date", "2026-11-20", "--amount"}) << "--amount";
    QTest::newRow("unparsable amount 12,345")
        << with(pay, {"--amount", "12,345", "--date", "2026-11-20"}) << "--amount";
    QTest::newRow("amount with letters")
        << with(pay, {"--amount", "100 kr", "--date", "2026-11-20"}) << "--amount";
    QTest::newRow("11-digit amount")
        << with(pay, {"--amount", "12345678901", "--date", "2026-11-20"}) << "--amount";
    QTest::newRow("bad date") << with(pay, {"--amount", "1", "--date", "2026-02-30"}) << "--date";
    QTest::newRow("bad company") << QStringList{QStringLiteral("invoice"), QStringLiteral("show"),
                                                QStringLiteral("--company"), QStringLiteral("ABCD"),
                                                QStringLiteral("1")}
                                 << "--company";
    QTest::newRow("bad invoice number")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("show"),
                       QStringLiteral("--company"), QStringLiteral("1"),
                       QStringLiteral("1234567890")}
        << "fakturanumret";
    QTest::newRow("missing positional")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("show"),
                       QStringLiteral("--company"), QStringLiteral("1")}
        << "N saknas";
    QTest::newRow("extra positional")
        << QStringList{QStringLiteral("validate"), QStringLiteral("ocr"), QStringLiteral("1234574"),
                       QStringLiteral("1")}
        << "oväntat argument";
    QTest::newRow("bad --format") << QStringList{
        QStringLiteral("invoice"), QStringLiteral("search"), QStringLiteral("--format"),
        QStringLiteral("xml")} << "--format";
    QTest::newRow("bad --today") << QStringList{QStringLiteral("--today"), QStringLiteral("igår"),
                                                QStringLiteral("invoice"), QStringLiteral("search")}
                                 << "--today";
    QTest::newRow("flag given a value")
        << with(pay, {"--amount", "1", "--date", "2026-11-20", "--dry-run=yes"}) << "--dry-run";
    QTest::newRow("two search fields")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("search"),
                       QStringLiteral("--name"),  QStringLiteral("A"),
                       QStringLiteral("--id"),    QStringLiteral("8112")}
        << "ett fält i taget";
    QTest::newRow("letters in an id search")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("search"), QStringLiteral("--id"),
                       QStringLiteral("abc")}
        << "siffror";
    QTest::newRow("--limit 0") << QStringList{QStringLiteral("invoice"), QStringLiteral("search"),
                                              QStringLiteral("--limit"), QStringLiteral("0")}
                               << "--limit";
    QTest::newRow("bad company range")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("search"),
                       QStringLiteral("--company"), QStringLiteral("003-001")}
        << "--company";
    QTest::newRow("demo without --invoices") << QStringList{QStringLiteral("demo")} << "--invoices";
    QTest::newRow("ocr make with letters")
        << QStringList{QStringLiteral("ocr"), QStringLiteral("make"), QStringLiteral("12a")}
        << "BASE";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    static QString ledger;
    if (ledger.isEmpty()) {
        ledger = newLedger(QStringLiteral("usage"));
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                     writeFile(QStringLiteral("usage.csv"), kGoodCsv)},
                    ledger)
                    .exitCode
                == 0);
    }
    const QString before = fingerprint(ledger);
    const Run run = cli(args, ledger);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Användning: reskontra-cli")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fingerprint(ledger), before);
}

void TestCli::helpAndVersion()
{
    Run run = cli({QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const char *command :
         {"init", "demo", "import invoices", "payment add", "invoice show", "invoice search",
          "validate id", "validate bankgiro", "validate plusgiro", "validate ocr", "ocr make"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);

    run = cli({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const char *option : {"--company NNN", "--invoice N", "--amount A", "--method M",
                               "--date D", "--remark T", "--dry-run", "--format"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);

    run = cli({QStringLiteral("--version")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.startsWith(QStringLiteral("reskontra-cli ")));
}

// ---- invoice show / search ---------------------------------------------------------

void TestCli::invoiceShowGolden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("json") << "json"
                          << "invoice_show.json";
    QTest::newRow("csv") << "csv"
                         << "invoice_show.csv";
    QTest::newRow("table") << "table"
                           << "invoice_show.txt";
}

void TestCli::invoiceShowGolden()
{
    QFETCH(QString, format);
    QFETCH(QString, golden);
    static QString ledger;
    if (ledger.isEmpty()) {
        ledger = newLedger(QStringLiteral("golden"));
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                     writeFile(QStringLiteral("golden.csv"), kGoodCsv)},
                    ledger)
                    .exitCode
                == 0);
        const QList<QStringList> payments = {
            {QStringLiteral("--amount"), QStringLiteral("1000"), QStringLiteral("--method"),
             QStringLiteral("B"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
             QStringLiteral("--remark"), QStringLiteral("Delbetalning \"nov\"; bank")},
            {QStringLiteral("--amount"), QStringLiteral("34,50"), QStringLiteral("--method"),
             QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-11-24")},
        };
        for (const QStringList &p : payments) {
            const Run run
                = cli(QStringList{QStringLiteral("payment"), QStringLiteral("add"),
                                  QStringLiteral("--company"), QStringLiteral("001"),
                                  QStringLiteral("--invoice"), QStringLiteral("040000001")}
                          + p,
                      ledger);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
    }
    const Run run = cli({QStringLiteral("invoice"), QStringLiteral("show"),
                         QStringLiteral("--company"), QStringLiteral("001"),
                         QStringLiteral("040000001"), QStringLiteral("--format"), format},
                        ledger);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // STYLE.md 7: a missing golden file fails with the command that makes it.
    rsk::test::compareGolden(QStringLiteral("cli/") + golden, run.out);
}

void TestCli::invoiceSearch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // company/invoice_number in output order
    QTest::newRow("name prefix, case-insensitive")
        << QStringList{QStringLiteral("--name"), QStringLiteral("anders")}
        << QStringList{QStringLiteral("001/040000001")};
    QTest::newRow("name with å/ä/ö")
        << QStringList{QStringLiteral("--name"), QStringLiteral("Bolaget \"Ö")}
        << QStringList{QStringLiteral("001/010000002")};
    QTest::newRow("person number prefix, 10-digit form")
        << QStringList{QStringLiteral("--id"), QStringLiteral("811218")}
        << QStringList{QStringLiteral("001/040000001")};
    QTest::newRow("person number with hyphen")
        << QStringList{QStringLiteral("--id"), QStringLiteral("811218-9876")}
        << QStringList{QStringLiteral("001/040000001")};
    QTest::newRow("organisation number")
        << QStringList{QStringLiteral("--id"), QStringLiteral("5560")}
        << QStringList{QStringLiteral("001/010000002")};
    QTest::newRow("customer number")
        << QStringList{QStringLiteral("--customer"), QStringLiteral("K-7")}
        << QStringList{QStringLiteral("001/070000003")};
    QTest::newRow("address") << QStringList{QStringLiteral("--address"), QStringLiteral("ängs")}
                             << QStringList{QStringLiteral("001/070000003")};
    QTest::newRow("invoice number prefix")
        << QStringList{QStringLiteral("--invoice"), QStringLiteral("07")}
        << QStringList{QStringLiteral("001/070000003"), QStringLiteral("002/070000004")};
    QTest::newRow("invoice number prefix, one company")
        << QStringList{QStringLiteral("--invoice"), QStringLiteral("07"),
                       QStringLiteral("--company"), QStringLiteral("2")}
        << QStringList{QStringLiteral("002/070000004")};
    QTest::newRow("balance at least 1 000")
        << QStringList{QStringLiteral("--min-balance"), QStringLiteral("1 000")}
        << QStringList{QStringLiteral("001/040000001"), QStringLiteral("001/070000003")};
    QTest::newRow("no match") << QStringList{QStringLiteral("--name"), QStringLiteral("Zyx")}
                              << QStringList();
    QTest::newRow("newest first, limit 2")
        << QStringList{QStringLiteral("--limit"), QStringLiteral("2")}
        << QStringList{QStringLiteral("002/070000004"), QStringLiteral("001/070000003")};
}

void TestCli::invoiceSearch()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    static QString ledger;
    if (ledger.isEmpty()) {
        ledger = newLedger(QStringLiteral("search"));
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("invoices"),
                     writeFile(QStringLiteral("search.csv"), kGoodCsv)},
                    ledger)
                    .exitCode
                == 0);
    }
    QStringList actual = searchNumbers(ledger, args);
    if (QTest::currentDataTag() == QLatin1String("balance at least 1 000"))
        actual.sort(); // ordered by balance; the set is what matters here
    QCOMPARE(actual, expected);
    // The same rows come out as CSV and as a table.
    const Run csv = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("search"),
                                    QStringLiteral("--format"), QStringLiteral("csv")}
                            + args,
                        ledger);
    QCOMPARE(csv.exitCode, 0);
    const QStringList csvLines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), expected.size() + 1);
    QVERIFY(csvLines.first().startsWith(QStringLiteral("company;invoice_number;")));
    const Run table
        = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("search")} + args, ledger);
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), expected.size() + 2);
}

// ---- validate / ocr ------------------------------------------------------------------

void TestCli::validate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // stdout when valid, a part of stderr when not

    // FACTS-SE §7 worked examples.
    QTest::newRow("personnummer 811218-9876") << "id"
                                              << "811218-9876" << 0 << "19811218-9876\n";
    QTest::newRow("samordningsnummer 701063-2391") << "id"
                                                   << "701063-2391" << 0 << "19701063-2391\n";
    QTest::newRow("Stockholms stad 212000-0142") << "id"
                                                 << "212000-0142" << 0 << "212000-0142\n";
    QTest::newRow("organisation 556036-0793 without hyphen")
        << "id"
        << "5560360793" << 0 << "556036-0793\n";
    QTest::newRow("personnummer, 12 digits") << "id"
                                             << "198112189876" << 0 << "19811218-9876\n";
    QTest::newRow("bankgiro 5805-6201") << "bankgiro"
                                        << "5805-6201" << 0 << "5805-6201\n";
    QTest::newRow("bankgiro without hyphen") << "bankgiro"
                                             << "58056201" << 0 << "5805-6201\n";
    QTest::newRow("plusgiro 5805620-1") << "plusgiro"
                                        << "5805620-1" << 0 << "5805620-1\n";
    QTest::newRow("plusgiro without hyphen") << "plusgiro"
                                             << "58056201" << 0 << "5805620-1\n";
    QTest::newRow("ocr 1234574") << "ocr"
                                 << "1234574" << 0 << "1234574\n";
    QTest::newRow("ocr without length digit 123455") << "ocr"
                                                     << "123455" << 0 << "123455\n";

    QTest::newRow("personnummer, wrong check digit")
        << "id"
        << "811218-9875" << 1 << "kontrollsiffran ska vara 6";
    QTest::newRow("samordningsnummer, wrong check digit")
        << "id"
        << "701063-2390" << 1 << "kontrollsiffran ska vara 1";
    QTest::newRow("organisation, wrong check digit")
        << "id"
        << "212000-0143" << 1 << "kontrollsiffran ska vara 2";
    QTest::newRow("too few digits") << "id"
                                    << "1234" << 1 << "4 siffror";
    QTest::newRow("bankgiro, wrong check digit") << "bankgiro"
                                                 << "5805-6202" << 1 << "ska vara 1";
    QTest::newRow("plusgiro, wrong check digit") << "plusgiro"
                                                 << "5805620-2" << 1 << "ska vara 1";
    QTest::newRow("ocr, wrong check digit") << "ocr"
                                            << "1234575" << 1 << "ska vara 4";
    QTest::newRow("ocr with a letter") << "ocr"
                                       << "12345A" << 1 << "otillåtet tecken";
}

void TestCli::validate()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Run run = cli({QStringLiteral("validate"), kind, value});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    if (exitCode == 0) {
        QCOMPARE(run.out, output);
        QVERIFY(run.err.isEmpty());
    } else {
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(output), qPrintable(run.err));
    }
}

void TestCli::ocrMake_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("12345 -> 1234574 (FACTS-SE §7)")
        << QStringList{QStringLiteral("12345")} << 0 << "1234574\n";
    QTest::newRow("check digit only: 12345 -> 123455")
        << QStringList{QStringLiteral("12345"), QStringLiteral("--check-digit-only")} << 0
        << "123455\n";
    QTest::newRow("invoice number -> 11-digit OCR")
        << QStringList{QStringLiteral("040000001")} << 0 << "04000000119\n";
    QTest::newRow("24 digits would make 26")
        << QStringList{QString(24, QLatin1Char('1'))} << 2 << QString();
    QTest::newRow("letters") << QStringList{QStringLiteral("12a")} << 2 << QString();
}

void TestCli::ocrMake()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Run run = cli(QStringList{QStringLiteral("ocr"), QStringLiteral("make")} + args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QCOMPARE(run.out, output);
    if (exitCode == 0) {
        const Run check
            = cli({QStringLiteral("validate"), QStringLiteral("ocr"), output.trimmed()});
        QCOMPARE(check.exitCode, 0);
    }
}

// ---- demo ------------------------------------------------------------------------------

void TestCli::demo()
{
    const QString path = rsk::test::newLedgerLocation(m_dir, QStringLiteral("demo"));
    const QString dryPath = m_dir.filePath(QStringLiteral("demo-dry.sqlite"));
    const Run dry = cli({QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("20"),
                         QStringLiteral("--dry-run")},
                        dryPath);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QVERIFY(!QFileInfo::exists(dryPath));

    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("20"),
                         QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--format"),
                         QStringLiteral("json")},
                        path);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qint64 invoices = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QLatin1String("invoices"))
                                .toInteger();
    QVERIFY(invoices > 0);
    const QStringList listed
        = searchNumbers(path, {QStringLiteral("--limit"), QStringLiteral("100000")});
    QCOMPARE(listed.size(), int(invoices));

    // A dry run on an existing ledger leaves it as it was.
    const QString before = fingerprint(path);
    const Run dryFill = cli({QStringLiteral("demo"), QStringLiteral("--invoices"),
                             QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("8"),
                             QStringLiteral("--dry-run"), QStringLiteral("--format"),
                             QStringLiteral("json")},
                            path);
    QVERIFY2(dryFill.exitCode == 0, qPrintable(dryFill.describe()));
    QCOMPARE(QJsonDocument::fromJson(dryFill.out.toUtf8())
                 .object()
                 .value(QLatin1String("dry_run"))
                 .toBool(),
             true);
    QCOMPARE(fingerprint(path), before);

    // The same seed gives the same ledger.
    const QString again = rsk::test::newLedgerLocation(m_dir, QStringLiteral("demo-again"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("20"),
                  QStringLiteral("--seed"), QStringLiteral("7")},
                 again)
                 .exitCode,
             0);
    QCOMPARE(searchNumbers(again, {QStringLiteral("--limit"), QStringLiteral("100000")}), listed);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
