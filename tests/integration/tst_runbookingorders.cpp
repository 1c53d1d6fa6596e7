// The booking orders of the dunning run (handbook 7.11: "Sker uppdebitering
// av ... avgifter och upplupen dröjsmålsränta erhålls bokföringsorder") and
// of Räntefakturering (7.13) are kept under Sparade utskrifter
// (render/printarchive.h PrintArchive::runBookingOrders), end to end through
// the real reskontra-cli: a real run with --pdf that debits keeps exactly one
// booking order print of the company, whose text shows the verification's
// accounts and amounts; a kontrollista keeps none; a run that debits nothing
// keeps none.
#include "bookkeeping/accounts.h"
#include "clirunner.h"
#include "dunning/dunningsettings.h"
#include "ledger/posting.h"
#include "pdftext.h"
#include "reports/savedprints.h"
#include "testledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;
using rsk::test::CliOptions;
using rsk::test::CliRun;
using rsk::test::runCli;
using rsk::test::TestLedger;

namespace {

const QString k001 = QStringLiteral("001");

CliRun cli(const QString &ledger, const QString &today, const QStringList &args)
{
    CliOptions options;
    options.today = today;
    return runCli(ledger, args, options);
}

// The only saved print's text (pdftotext -layout), "" when there is none;
// fails the test unless there is exactly `expected`.
QString keptText(Database &db, int expected, const QDir &dir)
{
    SavedPrints prints(db);
    const QList<SavedPrintInfo> kept = prints.list({});
    if (kept.size() != expected) {
        QTest::qFail(qPrintable(QStringLiteral("saved prints: %1, expected %2")
                                    .arg(kept.size())
                                    .arg(expected)),
                     __FILE__, __LINE__);
        return QString();
    }
    if (kept.isEmpty())
        return QString();
    const SavedPrintInfo &info = kept.first();
    if (info.kind != savedprintkind::key(SavedPrintKind::BookingOrder) || info.company != k001)
        QTest::qFail("not company 001's booking order", __FILE__, __LINE__);
    const QString path = dir.filePath(QStringLiteral("saved-%1.pdf").arg(info.id));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(prints.pdf(info.id)) <= 0)
        return QString();
    f.close();
    return info.title + QLatin1Char('\n') + rsk::test::pdfText(path);
}

// One line of pdftotext -layout with all of `parts` in this order.
bool hasLine(const QString &text, const QStringList &parts)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        qsizetype at = 0;
        bool all = true;
        for (const QString &part : parts) {
            at = line.indexOf(part, at);
            if (at < 0) {
                all = false;
                break;
            }
            at += part.size();
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace

class TestRunBookingOrders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dunningRun_data();
    void dunningRun();
    void interestInvoicing_data();
    void interestInvoicing();
};

void TestRunBookingOrders::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
    if (!rsk::test::havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestRunBookingOrders::dunningRun_data()
{
    QTest::addColumn<bool>("debit");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<int>("kept");
    QTest::newRow("collection demand debits fee and interest: one booking order kept")
        << true << false << 1;
    QTest::newRow("kontrollista: nothing kept") << true << true << 0;
    QTest::newRow("fee printed only, no interest debited: nothing kept") << false << false << 0;
}

// Routine 04: reminder 1 and 2 on 2026-02-10 and -20, the collection demand
// 10 days after reminder 2 with a 180 kr fee. A 10 000,00 claim due
// 2026-01-31 gets it on 2026-03-02 with interest 2026-02-01..03-02 = 30
// days at 2,00 + 8,00 = 10,00 %: 10 000,00 × 0,10 × 30 / 365 = 82,19.
// Debited: the receivable debit 180,00 and 82,19 (a line per transaction),
// the collection fee income credit 180,00, the interest income credit
// 82,19; Summa 262,19 on both sides.
void TestRunBookingOrders::dunningRun()
{
    QFETCH(bool, debit);
    QFETCH(bool, dryRun);
    QFETCH(int, kept);
    TestLedger t;
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminder1.days = 10;
    s.reminder2.days = 10;
    s.collectionBasis = CollectionBasis::Reminder2;
    s.collection.days = 10;
    s.collection.fee = Money::fromKronor(180);
    s.collection.debit = debit;
    s.collection.printInterest = true;
    s.collectionDebitInterest = debit;
    DunningSettingsRegister(*t.db).save(s);
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(10000))});
    t.db->run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-02-10', "
                             "reminder2_date = '2026-02-20' WHERE invoice_number = '040000001'"));

    QTemporaryDir dir;
    QStringList args = {QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
                        QStringLiteral("2026-03-02"), QStringLiteral("--pdf"),
                        dir.filePath(QStringLiteral("brev.pdf")), QStringLiteral("--format"),
                        QStringLiteral("json")};
    if (dryRun)
        args << QStringLiteral("--dry-run");
    const CliRun r = cli(t.path, QStringLiteral("2026-03-02"), args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), dryRun);
    // The letter is made either way (a real run writes it).
    QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("brev.pdf"))), !dryRun);

    const QString text = keptText(*t.db, kept, QDir(dir.path()));
    if (kept == 0)
        return;
    const qint64 number =
        t.db->scalar(QStringLiteral("SELECT MAX(verification_number) FROM booking_order")).toLongLong();
    QVERIFY(number > 0);
    AccountSettings accounts(*t.db);
    const QString receivable = accounts.account(k001, account_kind::Receivable, QStringLiteral("04"));
    const QString fee = accounts.account(k001, account_kind::CollectionFeeIncome, QStringLiteral("04"));
    const QString interest = accounts.account(k001, account_kind::InterestIncome, QStringLiteral("04"));
    QVERIFY(!receivable.isEmpty() && !fee.isEmpty() && !interest.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("Bokföringsorder A %1, bokföringsdatum 2026-03-02")
                               .arg(number)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("BOKFÖRINGSORDER")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("KONTROLLISTA")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("kravkörning")), qPrintable(text));
    // The receivable one line per debit, the incomes compressed.
    QVERIFY2(hasLine(text, {receivable, QStringLiteral("040000001 Kravavgift"),
                            QStringLiteral("180,00")}),
             qPrintable(text));
    QVERIFY2(hasLine(text, {receivable, QStringLiteral("040000001 Dröjsm.ränta"),
                            QStringLiteral("82,19")}),
             qPrintable(text));
    QVERIFY2(hasLine(text, {fee, QStringLiteral("Kravavgift, 1 st"), QStringLiteral("180,00")}),
             qPrintable(text));
    QVERIFY2(hasLine(text, {interest, QStringLiteral("Dröjsm.ränta, 1 st"),
                            QStringLiteral("82,19")}),
             qPrintable(text));
    // Summa: debit 262,19 = credit 180,00 + 82,19.
    QVERIFY2(hasLine(text, {QStringLiteral("Summa"), QStringLiteral("262,19"),
                            QStringLiteral("262,19")}),
             qPrintable(text));
}

void TestRunBookingOrders::interestInvoicing_data()
{
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<int>("kept");
    QTest::newRow("878,08 invoiced: one booking order kept") << "5" << false << 1;
    QTest::newRow("kontrollista: nothing kept") << "5" << true << 0;
    QTest::newRow("878,08 under a 999 kr minimum: nothing invoiced, nothing kept")
        << "999" << false << 0;
}

// 040000123 10 000,00 due 2023-11-15 paid 2024-08-10: interest 878,08
// (DOMAIN.md; tst_cli_interestinvoicing). Booked: the receivable of the
// interest routine 54 debit 878,08, the interest income credit 878,08.
void TestRunBookingOrders::interestInvoicing()
{
    QFETCH(QString, minimum);
    QFETCH(bool, dryRun);
    QFETCH(int, kept);
    TestLedger t(QDate(2026, 12, 14));
    InvoiceDraft d = TestLedger::draft(QStringLiteral("040000123"), Money::fromKronor(10000));
    d.invoiceDate = QDate(2023, 10, 16);
    d.dueDate = QDate(2023, 11, 15);
    t.registerInvoices({d});
    PostingRequest pay;
    pay.company = k001;
    pay.invoiceNumber = QStringLiteral("040000123");
    pay.method = QStringLiteral("B");
    pay.amount = Money::fromKronor(10000);
    pay.transactionDate = QDate(2024, 8, 10);
    PostingService(*t.db).post(pay);

    QTemporaryDir dir;
    QStringList args = {QStringLiteral("interest-invoicing"), QStringLiteral("run"),
                        QStringLiteral("--date"), QStringLiteral("2026-12-14"),
                        QStringLiteral("--paid-from"), QStringLiteral("2024-01-01"),
                        QStringLiteral("--paid-to"), QStringLiteral("2024-08-31"),
                        QStringLiteral("--min-interest"), minimum,
                        QStringLiteral("--routine"), QStringLiteral("04"),
                        QStringLiteral("--handler"), QStringLiteral("Eva Ek 0123-456"),
                        QStringLiteral("--pdf"), dir.filePath(QStringLiteral("ranta.pdf")),
                        QStringLiteral("--format"), QStringLiteral("json")};
    if (dryRun)
        args << QStringLiteral("--dry-run");
    const CliRun r = cli(t.path, QStringLiteral("2026-12-14"), args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), dryRun);
    QCOMPARE(o.value(QStringLiteral("invoices")).toArray().size(), minimum == "5" ? 1 : 0);

    const QString text = keptText(*t.db, kept, QDir(dir.path()));
    if (kept == 0)
        return;
    const qint64 number = o.value(QStringLiteral("booking_orders"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("verification_number"))
                              .toInteger();
    QVERIFY(number > 0);
    AccountSettings accounts(*t.db);
    const QString receivable = accounts.account(k001, account_kind::Receivable, QStringLiteral("54"));
    const QString income = accounts.account(k001, account_kind::InterestIncome, QStringLiteral("54"));
    QVERIFY(!receivable.isEmpty() && !income.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("Bokföringsorder A %1, bokföringsdatum 2026-12-14")
                               .arg(number)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("räntefakturering 2026-12-14")), qPrintable(text));
    QVERIFY2(hasLine(text, {receivable, QStringLiteral("878,08")}), qPrintable(text));
    QVERIFY2(hasLine(text, {income, QStringLiteral("878,08")}), qPrintable(text));
    QVERIFY2(hasLine(text, {QStringLiteral("Summa"), QStringLiteral("878,08"),
                            QStringLiteral("878,08")}),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRunBookingOrders)
#include "tst_runbookingorders.moc"
