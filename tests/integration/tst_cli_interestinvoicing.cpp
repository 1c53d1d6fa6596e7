// `reskontra-cli interest-invoicing run` (handbook 7.13) and
// `reskontra-cli interest-transfer` (7.15), the real binary on a ledger built
// with the services. Interest by hand: base(öre) × rate(hundredths) × days /
// 3 650 000, one rounding; 11,50 % in late 2023, 12,00 % in 2024.
#include "clirunner.h"
#include "testledger.h"

#include "golden.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::TestLedger;
using rsk::test::CliOptions;
using rsk::test::CliRun;
using rsk::test::runCli;

namespace {

// The CLI on 2026-12-14, the day of the interest invoicing.
CliRun cli(const QString &ledger, const QStringList &args)
{
    CliOptions options;
    options.today = QStringLiteral("2026-12-14");
    return runCli(ledger, args, options);
}

void post(Database &db, const QString &invoice, const QString &method, qint64 ore,
          const QDate &date)
{
    PostingRequest r;
    r.company = QStringLiteral("001");
    r.invoiceNumber = invoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

QString interestDebitMethod(Database &db)
{
    for (const PaymentMethod &m : ReferenceData(db).paymentMethods())
        if (m.debit && m.feeType == PaymentMethod::FeeType::Interest)
            return m.code;
    return QString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliInterestInvoicing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ledger.reset(); }

    void dryRunChangesNothing();
    void kontrollistaTable();
    void runInvoicesWritesThePdfAndOnlyOnce();
    void missingInterestRoutineFails();
    void transferWritesTheFilesAndStamps();
    void transferNeverOverwritesAFile();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList invoicing() const
    {
        return {QStringLiteral("interest-invoicing"), QStringLiteral("run"),
                QStringLiteral("--date"), QStringLiteral("2026-12-14"),
                QStringLiteral("--paid-from"), QStringLiteral("2024-01-01"),
                QStringLiteral("--paid-to"), QStringLiteral("240831"),
                QStringLiteral("--min-interest"), QStringLiteral("5"),
                QStringLiteral("--min-days"), QStringLiteral("5"),
                QStringLiteral("--routine"), QStringLiteral("04"),
                QStringLiteral("--handler"), QStringLiteral("Eva Ek 0123-456"),
                QStringLiteral("--message"), QStringLiteral("Räntan avser för sent betalda fakturor.")};
    }
    QStringList transfer(const QString &dir) const
    {
        return {QStringLiteral("interest-transfer"), QStringLiteral("--date"),
                QStringLiteral("2026-12-14"), QStringLiteral("--out"), dir,
                QStringLiteral("--paid-from"), QStringLiteral("2024-01-01"),
                QStringLiteral("--paid-to"), QStringLiteral("2024-08-31"),
                QStringLiteral("--min-days"), QStringLiteral("5")};
    }
    qint64 count(const char *where)
    {
        return m_ledger->db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE ") + QLatin1String(where))
            .toLongLong();
    }

    std::unique_ptr<TestLedger> m_ledger;
};

void TestCliInterestInvoicing::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
}

// A 040000123 10 000,00 due 2023-11-15 paid 2024-08-10: 878,08 (DOMAIN.md).
// D 040000126 10 000,00 due 2024-01-31, 100,00 interest debited, paid
//   2024-04-10: 1 000 000×1200×70/3 650 000 = 230,14, less 100,00 = 130,14.
// H 070000130 10 000,00 to Bo Berg paid 2024-04-10: 230,14; reminder fee
//   60,00 printed.
// K 070000131 1 000,00 to Öjvind Öberg, customer number only, paid 10 days
//   late: 3,29; reminder fee 60,00 printed.
void TestCliInterestInvoicing::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 12, 14));
    auto claim = [](const QString &number, qint64 ore, const QDate &due, const QString &name,
                    const QString &id) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore), name, id);
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        if (id.isEmpty())
            d.customerNumber = QStringLiteral("K-77");
        return d;
    };
    const QDate due(2024, 1, 31);
    const QDate april10(2024, 4, 10);
    m_ledger->registerInvoices(
        {claim(QStringLiteral("040000123"), 1000000, QDate(2023, 11, 15),
               QStringLiteral("Andersson, Anna"), QStringLiteral("811218-9876")),
         claim(QStringLiteral("040000126"), 1000000, due, QStringLiteral("Andersson, Anna"),
               QStringLiteral("811218-9876")),
         claim(QStringLiteral("070000130"), 1000000, due, QStringLiteral("Berg, Bo"),
               QStringLiteral("750101-1238")),
         claim(QStringLiteral("070000131"), 100000, due, QStringLiteral("Öberg, Öjvind"),
               QString())});
    Database &db = *m_ledger->db;
    post(db, QStringLiteral("040000123"), QStringLiteral("B"), 1000000, QDate(2024, 8, 10));
    post(db, QStringLiteral("040000126"), interestDebitMethod(db), 10000, QDate(2024, 3, 1));
    post(db, QStringLiteral("040000126"), QStringLiteral("B"), 1010000, april10);
    post(db, QStringLiteral("070000130"), QStringLiteral("B"), 1000000, april10);
    post(db, QStringLiteral("070000131"), QStringLiteral("B"), 100000, QDate(2024, 2, 10));
    db.run(QStringLiteral("UPDATE invoice SET reminder_fee_undebited_ore = 6000 WHERE "
                          "invoice_number IN ('070000130', '070000131')"));
}

void TestCliInterestInvoicing::dryRunChangesNothing()
{
    const CliRun r = cli(m_ledger->path, invoicing() + QStringList{"--dry-run", "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("dry_run").toBool(), true);
    // 2026-12-14 + 10 = julafton; the Christmas days and a weekend: 12-28.
    QCOMPARE(o.value("due_date").toString(), QStringLiteral("2026-12-28"));
    const QJsonArray invoices = o.value("invoices").toArray();
    QCOMPARE(invoices.size(), 2);
    QCOMPARE(invoices.at(0).toObject().value("interest_invoice_number").toString(),
             QStringLiteral("540000123"));
    QCOMPARE(invoices.at(0).toObject().value("interest_ore").toInteger(), 87808);
    QCOMPARE(invoices.at(1).toObject().value("debited_deducted_ore").toInteger(), 10000);
    QCOMPARE(invoices.at(1).toObject().value("interest_ore").toInteger(), 13014);
    // 878,08 + 130,14 = 1 008,22
    QCOMPARE(o.value("totals").toObject().value("interest_ore").toInteger(), 100822);
    const QJsonObject order = o.value("booking_orders").toArray().at(0).toObject();
    QVERIFY(order.value("verification_number").isNull());
    QCOMPARE(order.value("amount_ore").toInteger(), 100822);
    QCOMPARE(count("routine = '54'"), qint64(0));
    QCOMPARE(count("interest_invoice_number IS NOT NULL"), qint64(0));
}

void TestCliInterestInvoicing::kontrollistaTable()
{
    const CliRun r = cli(m_ledger->path, invoicing() + QStringList{"--dry-run"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    rsk::test::compareGolden(QStringLiteral("interestinvoices/kontrollista.txt"), r.out);
}

void TestCliInterestInvoicing::runInvoicesWritesThePdfAndOnlyOnce()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rantefakturor.pdf"));
    const CliRun r =
        cli(m_ledger->path, invoicing() + QStringList{"--pdf", pdf, "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("dry_run").toBool(), false);
    QCOMPARE(o.value("totals").toObject().value("invoices").toInt(), 2);
    QCOMPARE(o.value("pdf").toString(), pdf);
    QVERIFY(o.value("booking_orders").toArray().at(0).toObject().value("verification_number").toInt()
            > 0);
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    const Invoice i = InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"),
                                                               QStringLiteral("540000126"));
    QCOMPARE(i.amount, Money::fromOre(13014));
    QCOMPARE(i.dueDate, QDate(2026, 12, 28));
    QCOMPARE(count("interest_invoice_date = '2026-12-14'"), qint64(2));

    const CliRun again = cli(m_ledger->path, invoicing() + QStringList{"--format", "json"});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QJsonObject o2 = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(o2.value("invoices").toArray().size(), 0);
    QCOMPARE(count("routine = '54'"), qint64(2));
}

void TestCliInterestInvoicing::missingInterestRoutineFails()
{
    m_ledger->db->run(QStringLiteral("UPDATE routine SET interest_of = NULL WHERE code = '57'"));
    QStringList args = invoicing();
    args[args.indexOf(QStringLiteral("--routine")) + 1] = QStringLiteral("04-07");
    const CliRun r = cli(m_ledger->path, args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("070000130: rutin 07 har ingen rutin för "
                                           "räntefakturor")),
             qPrintable(r.describe()));
    QCOMPARE(count("interest_invoice_number IS NOT NULL"), qint64(0));
}

void TestCliInterestInvoicing::transferWritesTheFilesAndStamps()
{
    QTemporaryDir dir;
    const CliRun dry = cli(m_ledger->path, transfer(dir.path()) + QStringList{"--dry-run"});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(count("next_invoice_transfer_date IS NOT NULL"), qint64(0));

    const CliRun r = cli(m_ledger->path, transfer(dir.path()) + QStringList{"--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // A, D (04) and H (07); K has no person number: listed, not transferred.
    QCOMPARE(o.value("totals").toObject().value("transferred").toInt(), 3);
    QCOMPARE(o.value("totals").toObject().value("refused").toInt(), 1);
    // 878,08 + 130,14 + 230,14 + 60,00 = 1 298,36
    QCOMPARE(o.value("totals").toObject().value("amount_ore").toInteger(), 129836);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             (QStringList{"nasta-faktura-04-2026-12-14.csv", "nasta-faktura-07-2026-12-14.csv"}));
    for (const char *name : {"nasta-faktura-04-2026-12-14.csv", "nasta-faktura-07-2026-12-14.csv"})
        rsk::test::compareGolden(QStringLiteral("interestinvoices/") + QLatin1String(name),
                                 readFile(dir.filePath(QLatin1String(name))));
    QCOMPARE(count("next_invoice_transfer_date = '2026-12-14'"), qint64(3));
    QCOMPARE(count("invoice_number = '070000131' AND next_invoice_transfer_date IS NULL"),
             qint64(1));

    // Once only: a later transfer finds only K, which it cannot transfer.
    QTemporaryDir later;
    const CliRun again = cli(m_ledger->path, transfer(later.path()) + QStringList{"--format", "json"});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QJsonObject o2 = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(o2.value("totals").toObject().value("transferred").toInt(), 0);
    QVERIFY(QDir(later.path()).entryList(QDir::Files).isEmpty());
}

void TestCliInterestInvoicing::transferNeverOverwritesAFile()
{
    QTemporaryDir dir;
    QFile existing(dir.filePath(QStringLiteral("nasta-faktura-07-2026-12-14.csv")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("earlier\n");
    existing.close();
    const CliRun r = cli(m_ledger->path, transfer(dir.path()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("finns redan")), qPrintable(r.describe()));
    // Routine 04's file was written first and is gone again; nothing stamped.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{"nasta-faktura-07-2026-12-14.csv"});
    QCOMPARE(readFile(existing.fileName()), QByteArray("earlier\n"));
    QCOMPARE(count("next_invoice_transfer_date IS NOT NULL"), qint64(0));
}

void TestCliInterestInvoicing::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --date") << QStringList{"interest-invoicing", "run"} << "--date";
    QTest::newRow("min days of two digits")
        << QStringList{"interest-invoicing", "run", "--date", "2026-12-14", "--min-days", "10"}
        << "Minsta antal dagar";
    QTest::newRow("minimum interest with öre")
        << QStringList{"interest-invoicing", "run", "--date", "2026-12-14", "--min-interest", "5,50"}
        << "Minsta ränta";
    QTest::newRow("handler of 31")
        << QStringList{"interest-invoicing", "run", "--date", "2026-12-14", "--handler",
                       QString(31, QLatin1Char('h'))}
        << "Handläggare";
    QTest::newRow("four message lines")
        << QStringList{"interest-invoicing", "run", "--date", "2026-12-14", "--message", "a|b|c|d"}
        << "Meddelande";
    QTest::newRow("due before the invoice date")
        << QStringList{"interest-invoicing", "run", "--date", "2026-12-14", "--due", "2026-12-01"}
        << "Förfallodag";
    QTest::newRow("transfer without --out") << QStringList{"interest-transfer", "--date", "2026-12-14"}
                                            << "--out";
    QTest::newRow("transfer to a missing folder")
        << QStringList{"interest-transfer", "--date", "2026-12-14", "--out", "/no/such/folder"}
        << "/no/such/folder";
}

void TestCliInterestInvoicing::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = cli(m_ledger->path, args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    QCOMPARE(count("routine = '54'"), qint64(0));
}

QTEST_GUILESS_MAIN(TestCliInterestInvoicing)
#include "tst_cli_interestinvoicing.moc"
