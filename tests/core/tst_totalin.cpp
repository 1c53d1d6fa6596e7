#include "formats/totalin.h"

#include "totalinbuilder.h"

#include <QFile>
#include <QtTest>

using rsk::FileError;
using rsk::IncomingPayment;
using rsk::PaymentFile;
using rsk::TotalInParser;
using rsk::test::TotalInBuilder;

namespace {

const QString kExample =
    QStringLiteral(RESKONTRA_TESTDATA_DIR "/totalin/oktavilla-total_in_full_latin_1.txt");
const QDate kDay(2026, 3, 2);
const QString kPg = QStringLiteral("58056201"); // 5805620-1, Luhn-valid (FACTS-SE §7)

QString errorList(const QList<FileError> &errors)
{
    QStringList out;
    for (const FileError &e : errors)
        out << QStringLiteral("%1: %2").arg(e.line).arg(e.reason);
    return out.join(QLatin1Char('\n'));
}

QString statusName(IncomingPayment::ReferenceStatus s)
{
    switch (s) {
    case IncomingPayment::ReferenceStatus::None: return QStringLiteral("none");
    case IncomingPayment::ReferenceStatus::VerifiedOcr: return QStringLiteral("verified");
    case IncomingPayment::ReferenceStatus::Unverified: return QStringLiteral("unverified");
    }
    return {};
}

// "38952344444@3|38952345678@4": each reference with the line it came from.
QString referenceList(const IncomingPayment &p)
{
    QStringList out;
    for (const rsk::PaymentReference &r : p.references)
        out << QStringLiteral("%1@%2").arg(r.text).arg(r.line);
    return out.join(QLatin1Char('|'));
}

QByteArray readExample()
{
    QFile f(kExample);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// 00 and a 10 record (line 2) for `account`.
TotalInBuilder opened(const QString &account = kPg,
                      const QString &currency = QStringLiteral("SEK"))
{
    TotalInBuilder b;
    b.start().account(account, kDay, currency);
    return b;
}

// A good file's beginning: 00, 10 for 5805620-1 and one payment of 100,00 kr
// with an OCR number (line 3). Rows finish it, or break it.
TotalInBuilder begun()
{
    TotalInBuilder b = opened();
    b.payment(10000, QStringLiteral("1234574"));
    return b;
}

// Closes the account and the file with the right 90 and 99 records.
QByteArray closed(TotalInBuilder b)
{
    return b.endAccount().end().bytes();
}

} // namespace

class TestTotalIn : public QObject
{
    Q_OBJECT
private slots:
    void readsTheExampleFile();
    void exampleFileAccounts_data();
    void exampleFileAccounts();
    void exampleFilePayments_data();
    void exampleFilePayments();
    void builderRebuildsTheExampleFile();
    void readsBuiltFiles_data();
    void readsBuiltFiles();
    void mapsEveryRecordType();
    void rejects_data();
    void rejects();
    void collectsEveryError();
    void stampIdentifiesTheDelivery();
};

// The public example file (testdata README): 61 records, two PlusGiro
// accounts. Totals worked out by hand from its 20/25 records:
// 3 025,50 + 4 297,35 + 2 109,00 + 1 483,65 + 8 800,00 − 525,50 = 19 190,00
// (its 90 on line 39 says 00000006 / 1919000) and 9 234,34 + 105,00 + 205,00 =
// 9 544,34 (line 60: 00000003 / 954434); the file 28 734,34 kr.
void TestTotalIn::readsTheExampleFile()
{
    const QByteArray bytes = readExample();
    if (bytes.isEmpty())
        QSKIP("shared/testdata/totalin is not here");
    const auto result = TotalInParser::parse(bytes, QStringLiteral("total_in.txt"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorList(result.errors)));
    QVERIFY(result.file);
    const PaymentFile &f = *result.file;
    QCOMPARE(f.kind, PaymentFile::Kind::TotalIn);
    QCOMPARE(f.fileName, QStringLiteral("total_in.txt"));
    // sha256sum of the file as stored in shared/testdata.
    QCOMPARE(f.sha256,
             QByteArray("3def2236a87883b4914ccf8e8826bcf2e35816736a9b3115c666eb248f95485d"));
    QCOMPARE(f.fileStamp, QStringLiteral("TI222222/20111025041330123456/01"));
    QVERIFY(!f.testFile);
    QCOMPARE(f.sections.size(), 2);
    QCOMPARE(f.paymentCount(), 9); // 8 payments + 1 deduction
    QCOMPARE(f.total().ore(), 2873434);
}

void TestTotalIn::exampleFileAccounts_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("plusgiro");
    QTest::addColumn<qint64>("deposit");
    QTest::addColumn<int>("payments");
    QTest::addColumn<qint64>("sum"); // of the payments' amounts, by hand as above

    QTest::newRow("1018-1, lines 2–39") << 0 << 2 << "10181" << qint64(1919000) << 6
                                         << qint64(1919000);
    QTest::newRow("969001-7, lines 40–60") << 1 << 40 << "9690017" << qint64(954434) << 3
                                            << qint64(954434);
}

void TestTotalIn::exampleFileAccounts()
{
    QFETCH(int, index);
    const QByteArray bytes = readExample();
    if (bytes.isEmpty())
        QSKIP("shared/testdata/totalin is not here");
    const auto result = TotalInParser::parse(bytes, QStringLiteral("total_in.txt"));
    QVERIFY(result.file);
    const rsk::PaymentSection &s = result.file->sections.at(index);
    QTEST(s.line, "line");
    QTEST(s.receivingPlusgiro, "plusgiro");
    QVERIFY(s.receivingBankgiro.isEmpty());
    QCOMPARE(s.currency, QStringLiteral("SEK"));
    QCOMPARE(s.depositDate, QDate(2011, 10, 24));
    QTEST(s.depositAmount.ore(), "deposit");
    QTEST(int(s.payments.size()), "payments");
    qint64 sum = 0;
    for (const IncomingPayment &p : s.payments)
        sum += p.amount.ore();
    QTEST(sum, "sum");
}

void TestTotalIn::exampleFilePayments_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("references");
    QTest::addColumn<QString>("information");
    QTest::addColumn<QString>("payerName");
    QTest::addColumn<QString>("payerAddress");
    QTest::addColumn<QString>("payerAccount");
    QTest::addColumn<QString>("payerOrgNr");
    QTest::addColumn<QString>("serial");

    // Read off the file by hand. The payer is the 50–52 sender, or the 61–63
    // account holder where the sender's records are missing.
    const QString org = QStringLiteral("9999999999");
    QTest::newRow("line 3: OCR, two extra references (30), holder as payer")
        << 0 << 0 << 3 << qint64(302550) << "unverified"
        << "38952344444@3|38952345678@4|38952145778@4"
        << "FAKTURANR:38952344444|INTERN REF:  9780858|FAKTURANR:38952345678|38952145778ABC"
        << "TESTBOLAGET AB" << "GATAN 12, 12345 TESTSTAD" << "1234567" << org
        << "22222333334444451";
    QTest::newRow("line 11: no reference (zeros), Latin-1 sender name")
        << 0 << 1 << 11 << qint64(429735) << "none" << ""
        << QStringLiteral("TACK FÖR LÅNET") << QStringLiteral("FÖRETAGET AB FRISKVÅRDAVD.")
        << "GATAN 7, 88888 TESTORTEN" << "99999999" << "" << "22222333334444455";
    QTest::newRow("line 18: via bankgiro, sender address 51/52")
        << 0 << 2 << 18 << qint64(210900) << "none" << ""
        << QStringLiteral("BETALNING FÖR VARA 123") << "TESTFABRIKEN AB"
        << "GATAN 22, 11111 TESTVIKEN" << "98765433" << org << "22222333334444467";
    QTest::newRow("line 26: account only") << 0 << 3 << 26 << qint64(148365) << "none" << ""
                                           << "" << "" << "" << "1222211" << org
                                           << "22222333334444472";
    QTest::newRow("line 28: international (70)")
        << 0 << 4 << 28 << qint64(880000) << "unverified" << "38952345555@28"
        << "FAKT 38952345555,FAKTURANR|Utlandsbetalning: 1 000,00 EUR" << "" << ""
        << "2232567" << org << "22222333334444423";
    QTest::newRow("line 32: deduction (25) is negative")
        << 0 << 5 << 32 << qint64(-52550) << "unverified" << "987654123@32"
        << QStringLiteral("FAKTURA NR: 987654123 ABC|KUNDNR: 123|ÅTERBETALNING")
        << "TESTBOLAGET AB" << "GATAN 12, 12345 TESTSTAD" << "1234567" << org
        << "22222333334444457";
    QTest::newRow("line 41: second account")
        << 1 << 0 << 41 << qint64(923434) << "none" << ""
        << QStringLiteral("BETALNING AVSEENDE KÖP 110902") << "TESTBOLAGET AB"
        << "GATAN 12, 12345 TESTSTAD" << "1234567" << org << "11111222223333344";
    QTest::newRow("line 47: sender name, holder address")
        << 1 << 1 << 47 << qint64(10500) << "unverified" << "38952678900@47" << ""
        << QStringLiteral("TESTFÖRETAG ENHET 2.A") << "TESTV 55, 12345 TESTSTAD" << "54321"
        << org << "22222333334444477";
    QTest::newRow("line 53: reference and one more (30)")
        << 1 << 2 << 53 << qint64(20500) << "unverified" << "38952678888@53|38952345999@54"
        << "FAKTNR=38952348888 OCH|FAKTNR=38952345999" << "TESTER AB"
        << QStringLiteral("VÄGEN 1, 88888 TESTORTEN") << "98765555" << org
        << "22222333334444422";
}

void TestTotalIn::exampleFilePayments()
{
    QFETCH(int, section);
    QFETCH(int, index);
    const QByteArray bytes = readExample();
    if (bytes.isEmpty())
        QSKIP("shared/testdata/totalin is not here");
    const auto result = TotalInParser::parse(bytes, QStringLiteral("total_in.txt"));
    QVERIFY(result.file);
    const IncomingPayment &p = result.file->sections.at(section).payments.at(index);
    QTEST(p.line, "line");
    QTEST(p.amount.ore(), "amount");
    QCOMPARE(p.paymentDate, QDate(2011, 10, 24));
    QTEST(statusName(p.referenceStatus), "status");
    QCOMPARE(p.referenceCode, -1);
    QTEST(referenceList(p), "references");
    QTEST(p.information.join(QLatin1Char('|')), "information");
    QTEST(p.payerName, "payerName");
    QTEST(p.payerAddress, "payerAddress");
    QTEST(p.payerAccount, "payerAccount");
    QTEST(p.payerOrgNr, "payerOrgNr");
    QTEST(p.bankSerial, "serial");
    QVERIFY(p.deductionCode.isEmpty());
}

// The builder writes every field where the example file has it: rebuilt from
// the values read off the file, it gives the same 61 records.
void TestTotalIn::builderRebuildsTheExampleFile()
{
    const QByteArray bytes = readExample();
    if (bytes.isEmpty())
        QSKIP("shared/testdata/totalin is not here");
    const QString org = QStringLiteral("9999999999");
    const QString one = QStringLiteral("1");
    TotalInBuilder b;
    b.start().account(QStringLiteral("10181"), QDate(2011, 10, 24));
    b.payment(302550, QStringLiteral("38952344444"), QStringLiteral("22222333334444451"))
        .references(QStringLiteral("38952345678"), QStringLiteral("38952145778"))
        .message(QStringLiteral("FAKTURANR:38952344444"), QStringLiteral("INTERN REF:  9780858"))
        .message(QStringLiteral("FAKTURANR:38952345678"), QStringLiteral("38952145778ABC"))
        .senderAccount(QStringLiteral("1234567"), one, org)
        .holderName(QStringLiteral("TESTBOLAGET AB"))
        .holderAddress(QStringLiteral("GATAN 12"))
        .holderLocality(QStringLiteral("12345"), QStringLiteral("TESTSTAD"));
    b.payment(429735, {}, QStringLiteral("22222333334444455"))
        .message(QStringLiteral("TACK FÖR LÅNET"))
        .senderName(QStringLiteral("FÖRETAGET AB FRISKVÅRDAVD."))
        .senderAccount(QStringLiteral("99999999"))
        .holderName(QStringLiteral("FÖRETAGET AB"))
        .holderAddress(QStringLiteral("GATAN 7"))
        .holderLocality(QStringLiteral("88888"), QStringLiteral("TESTORTEN"));
    b.payment(210900, {}, QStringLiteral("22222333334444467"), QStringLiteral("34523455"))
        .message(QStringLiteral("BETALNING FÖR VARA 123"))
        .senderName(QStringLiteral("TESTFABRIKEN AB"))
        .senderAddress(QStringLiteral("GATAN 22"))
        .senderLocality(QStringLiteral("11111"), QStringLiteral("TESTVIKEN"))
        .senderAccount(QStringLiteral("98765433"), QStringLiteral("2"), org)
        .holderName(QStringLiteral("NORDEA BANK AB"))
        .holderLocality(QStringLiteral("10571"), QStringLiteral("STOCKHOLM"));
    b.payment(148365, {}, QStringLiteral("22222333334444472"))
        .senderAccount(QStringLiteral("1222211"), one, org);
    b.payment(880000, QStringLiteral("38952345555"), QStringLiteral("22222333334444423"))
        .message(QStringLiteral("FAKT 38952345555,FAKTURANR"))
        .senderAccount(QStringLiteral("2232567"), one, org)
        .international(100000, QStringLiteral("EUR"), 88000);
    b.deduction(52550, QStringLiteral("987654123"), QStringLiteral("22222333334444457"))
        .message(QStringLiteral("FAKTURA NR: 987654123 ABC"), QStringLiteral("KUNDNR: 123"))
        .message(QStringLiteral("ÅTERBETALNING"))
        .senderAccount(QStringLiteral("1234567"), one, org)
        .holderName(QStringLiteral("TESTBOLAGET AB"))
        .holderAddress(QStringLiteral("GATAN 12"))
        .holderLocality(QStringLiteral("12345"), QStringLiteral("TESTSTAD"));
    b.endAccount();
    b.account(QStringLiteral("9690017"), QDate(2011, 10, 24));
    b.payment(923434, {}, QStringLiteral("11111222223333344"))
        .message(QStringLiteral("BETALNING AVSEENDE KÖP 110902"))
        .senderAccount(QStringLiteral("1234567"), one, org)
        .holderName(QStringLiteral("TESTBOLAGET AB"))
        .holderAddress(QStringLiteral("GATAN 12"))
        .holderLocality(QStringLiteral("12345"), QStringLiteral("TESTSTAD"));
    b.payment(10500, QStringLiteral("38952678900"), QStringLiteral("22222333334444477"))
        .senderName(QStringLiteral("TESTFÖRETAG ENHET 2.A"))
        .senderAccount(QStringLiteral("54321"), one, org)
        .holderName(QStringLiteral("TESTFÖRETAG"))
        .holderAddress(QStringLiteral("TESTV 55"))
        .holderLocality(QStringLiteral("12345"), QStringLiteral("TESTSTAD"));
    b.payment(20500, QStringLiteral("38952678888"), QStringLiteral("22222333334444422"))
        .references(QStringLiteral("38952345999"))
        .message(QStringLiteral("FAKTNR=38952348888 OCH"), QStringLiteral("FAKTNR=38952345999"))
        .senderAccount(QStringLiteral("98765555"), one, org)
        .holderName(QStringLiteral("TESTER AB"))
        .holderAddress(QStringLiteral("VÄGEN 1"))
        .holderLocality(QStringLiteral("88888"), QStringLiteral("TESTORTEN"));
    b.endAccount().end();
    QCOMPARE(b.lines(), 61);
    const QList<QByteArray> want = bytes.split('\n');
    const QList<QByteArray> got = b.bytes().split('\n');
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i)
        QCOMPARE(QString::fromLatin1(got.at(i)), QString::fromLatin1(want.at(i)));
    QCOMPARE(b.bytes(), bytes);
}

void TestTotalIn::readsBuiltFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("payments");
    QTest::addColumn<qint64>("total"); // Σ amounts, deductions negative
    QTest::addColumn<QString>("deposits"); // each account's 90 amount

    const QString pg2 = QStringLiteral("9690017"); // 969001-7 (testdata README)
    QTest::newRow("one payment")
        << begun().endAccount().end().bytes() << 1 << 1 << qint64(10000) << "10000";
    // 100,00 + 250,50 − 30,25 = 320,25 kr; 90 count 3.
    QTest::newRow("payments and a deduction")
        << begun().payment(25050).deduction(3025, QStringLiteral("555")).endAccount().end().bytes()
        << 1 << 3 << qint64(32025) << "32025";
    // 100,00 | 1,00 + 2,00 | nothing.
    QTest::newRow("three accounts, one of them empty")
        << begun()
               .endAccount()
               .account(pg2, kDay)
               .payment(100)
               .payment(200)
               .endAccount()
               .account(kPg, kDay.addDays(1))
               .endAccount()
               .end()
               .bytes()
        << 3 << 3 << qint64(10300) << "10000|300|0";
    QTest::newRow("no accounts at all (00 and 99)")
        << TotalInBuilder().start().end().bytes() << 0 << 0 << qint64(0) << "";
    QTest::newRow("LF line ends")
        << begun().endAccount().end().bytes("\n") << 1 << 1 << qint64(10000) << "10000";
    QTest::newRow("no line end after the last record")
        << begun().endAccount().end().bytes().chopped(2) << 1 << 1 << qint64(10000) << "10000";
    QTest::newRow("blank lines after the end record")
        << begun().endAccount().end().bytes() + "\r\n\r\n" << 1 << 1 << qint64(10000)
        << "10000";
    QTest::newRow("largest amount the ledger takes")
        << closed(opened().payment(9999999999))
        << 1 << 1 << qint64(9999999999) << "9999999999";
    QTest::newRow("30 and 40 repeated, every optional record once")
        << begun()
               .references(QStringLiteral("1"), QStringLiteral("2"))
               .references(QStringLiteral("3"))
               .message(QStringLiteral("a"))
               .message(QStringLiteral("b"))
               .senderName(QStringLiteral("n"))
               .senderAddress(QStringLiteral("s"))
               .senderLocality(QStringLiteral("1"), QStringLiteral("c"))
               .senderAccount(QStringLiteral("1"))
               .holderName(QStringLiteral("n"))
               .holderAddress(QStringLiteral("s"))
               .holderLocality(QStringLiteral("1"), QStringLiteral("c"))
               .international(1, QStringLiteral("EUR"), 1)
               .endAccount()
               .end()
               .bytes()
        << 1 << 1 << qint64(10000) << "10000";
}

void TestTotalIn::readsBuiltFiles()
{
    QFETCH(QByteArray, bytes);
    const auto result = TotalInParser::parse(bytes, QStringLiteral("built.txt"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorList(result.errors)));
    QVERIFY(result.file);
    QTEST(int(result.file->sections.size()), "sections");
    QTEST(result.file->paymentCount(), "payments");
    QTEST(result.file->total().ore(), "total");
    QStringList deposits;
    for (const rsk::PaymentSection &s : result.file->sections)
        deposits << QString::number(s.depositAmount.ore());
    QTEST(deposits.join(QLatin1Char('|')), "deposits");
}

// Every record type once, with Latin-1 names, and what each becomes.
void TestTotalIn::mapsEveryRecordType()
{
    TotalInBuilder b;
    b.start(QStringLiteral("TI123456"), QStringLiteral("20260302061500000001"), 7)
        .account(QStringLiteral("05805620-1").remove(QLatin1Char('-')), kDay)
        .payment(125000, QStringLiteral("1234574"), QStringLiteral("4711"),
                 QStringLiteral("58056201"))
        .references(QStringLiteral("7654325"), QStringLiteral("FAKTURA 9"))
        .message(QStringLiteral("Hyra mars"), QStringLiteral("Lgh 1102"))
        .message(QStringLiteral("Tack!"))
        .senderName(QStringLiteral("Åsa Öberg"), QStringLiteral("c/o Ärlig"))
        .senderAddress(QStringLiteral("Storgatan 1"), QStringLiteral("lgh 2"))
        .senderLocality(QStringLiteral("123 45"), QStringLiteral("Småstad"), QStringLiteral("SE"))
        .senderAccount(QStringLiteral("33001234567"), QStringLiteral("2"),
                       QStringLiteral("5560360793"))
        .holderName(QStringLiteral("Kontohavare AB"))
        .holderAddress(QStringLiteral("Annan väg 3"))
        .holderLocality(QStringLiteral("99999"), QStringLiteral("Annanstans"))
        .international(12345, QStringLiteral("NOK"), 9700, 2500, QStringLiteral("SEK"))
        .deduction(5000, {}, QStringLiteral("4712"), QStringLiteral("1"))
        .holderName(QStringLiteral("Ödmjuk Ägare"))
        .holderLocality(QStringLiteral("11122"), QStringLiteral("Ystad"), QStringLiteral("DK"))
        .endAccount()
        .end();
    const QByteArray bytes = b.bytes();
    QVERIFY(bytes.contains("\xC5sa \xD6" "berg")); // Latin-1 on disk: Å = 0xC5, Ö = 0xD6
    const auto result = TotalInParser::parse(bytes, QStringLiteral("all.txt"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorList(result.errors)));
    const PaymentFile &f = *result.file;
    QCOMPARE(f.fileStamp, QStringLiteral("TI123456/20260302061500000001/07"));
    QCOMPARE(f.sections.size(), 1);
    const rsk::PaymentSection &s = f.sections.first();
    QCOMPARE(s.receivingPlusgiro, kPg); // leading zero dropped
    QCOMPARE(s.depositDate, kDay);
    QCOMPARE(s.depositAmount.ore(), 120000); // 1 250,00 − 50,00
    QCOMPARE(s.payments.size(), 2);

    const IncomingPayment &p = s.payments.at(0);
    QCOMPARE(p.line, 3);
    QCOMPARE(p.amount.ore(), 125000);
    QCOMPARE(p.paymentDate, kDay);
    QCOMPARE(statusName(p.referenceStatus), QStringLiteral("unverified"));
    QCOMPARE(referenceList(p), QStringLiteral("1234574@3|7654325@4|FAKTURA 9@4"));
    QCOMPARE(p.information.join(QLatin1Char('|')),
             QStringLiteral("Hyra mars|Lgh 1102|Tack!|Utlandsbetalning: 123,45 NOK, kostnad "
                            "25,00 SEK"));
    QCOMPARE(p.payerName, QStringLiteral("Åsa Öberg c/o Ärlig"));
    QCOMPARE(p.payerAddress, QStringLiteral("Storgatan 1 lgh 2, 123 45 Småstad, SE"));
    QCOMPARE(p.payerAccount, QStringLiteral("33001234567"));
    QCOMPARE(p.payerOrgNr, QStringLiteral("5560360793"));
    QCOMPARE(p.bankSerial, QStringLiteral("00000000000004711"));
    QVERIFY(p.deductionCode.isEmpty());

    const IncomingPayment &d = s.payments.at(1);
    QCOMPARE(d.line, 15);
    QCOMPARE(d.amount.ore(), -5000);
    QCOMPARE(statusName(d.referenceStatus), QStringLiteral("none"));
    QCOMPARE(d.deductionCode, QStringLiteral("1"));
    QCOMPARE(d.payerName, QStringLiteral("Ödmjuk Ägare"));
    QCOMPARE(d.payerAddress, QStringLiteral("11122 Ystad, DK"));
    QVERIFY(d.information.isEmpty());
}

void TestTotalIn::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");      // of the first error
    QTest::addColumn<QString>("reason"); // part of its reason
    QTest::addColumn<int>("count");     // errors in all

    // --- the file as a whole
    QTest::newRow("empty file") << QByteArray() << 0 << "filen är tom" << 1;
    QTest::newRow("only blank lines") << QByteArray("\r\n  \r\n") << 0 << "filen är tom" << 1;
    QTest::newRow("a BgMax file")
        << QByteArray("01BGMAX               0120040525173035010331P").leftJustified(80) + "\r\n"
        << 1 << "ingen Total-IN-fil" << 1;

    // --- record length and characters
    QTest::newRow("record 79 characters")
        << begun().resize(79).endAccount().end().bytes() << 3
        << "posten är 79 tecken lång, ska vara 80" << 1;
    QTest::newRow("record 81 characters")
        << begun().resize(81).endAccount().end().bytes() << 3 << "81 tecken" << 1;
    QTest::newRow("saved as UTF-8")
        << QString::fromLatin1(closed(begun().senderName(QStringLiteral("Åsa")))).toUtf8()
        << 4 << "UTF-8" << 1;
    QTest::newRow("tab inside a record")
        << begun().message(QStringLiteral("x")).patch(10, "\t").endAccount().end().bytes() << 4
        << "styrtecken (kod 9) i position 10" << 1;
    QTest::newRow("empty line inside the file")
        << begun().raw("").endAccount().end().bytes() << 4 << "raden är tom" << 1;

    // --- record types and order
    QTest::newRow("unknown record type 80")
        << begun().raw(QByteArray("80").leftJustified(80)).endAccount().end().bytes() << 4
        << "okänd posttyp \"80\"" << 1;
    QTest::newRow("record type not digits")
        << begun().raw(QByteArray("2O").leftJustified(80)).endAccount().end().bytes() << 4
        << "okänd posttyp \"2O\"" << 1;
    QTest::newRow("start record missing")
        << TotalInBuilder().account(kPg, kDay).payment(100).endAccount().end().bytes() << 1
        << "ska börja med startposten (00)" << 1;
    QTest::newRow("second start record")
        << TotalInBuilder().start().start().end().bytes() << 2 << "en andra startpost (00)" << 1;
    QTest::newRow("payment before any account")
        << TotalInBuilder().start().payment(100).endAccount().end().bytes() << 2
        << "betalningsposten (20) står utanför ett konto" << 1;
    QTest::newRow("message before the first payment")
        << TotalInBuilder()
               .start()
               .account(kPg, kDay)
               .message(QStringLiteral("x"))
               .payment(100)
               .endAccount()
               .end()
               .bytes()
        << 3 << "står före kontots första betalningspost" << 1;
    QTest::newRow("40 after 60")
        << begun()
               .senderAccount(QStringLiteral("1"))
               .message(QStringLiteral("x"))
               .endAccount()
               .end()
               .bytes()
        << 5
        << "meddelandeposten (40) står i fel ordning efter avsändarkontoposten (60) på rad 4"
        << 1;
    QTest::newRow("30 after 40")
        << begun()
               .message(QStringLiteral("x"))
               .references(QStringLiteral("1"))
               .endAccount()
               .end()
               .bytes()
        << 5 << "referensnummerposten (30) står i fel ordning" << 1;
    QTest::newRow("two 50 records")
        << begun()
               .senderName(QStringLiteral("a"))
               .senderName(QStringLiteral("b"))
               .endAccount()
               .end()
               .bytes()
        << 5 << "bara 30 och 40 får upprepas" << 1;
    QTest::newRow("70 before 60")
        << begun()
               .international(1, QStringLiteral("EUR"), 1)
               .senderAccount(QStringLiteral("1"))
               .endAccount()
               .end()
               .bytes()
        << 5 << "avsändarkontoposten (60) står i fel ordning efter utlandsposten (70)" << 1;
    QTest::newRow("90 missing before the next account")
        << begun().account(kPg, kDay).payment(100).endAccount().end().bytes() << 4
        << "kontot från rad 2 har ingen slutpost (90)" << 1;
    QTest::newRow("90 outside an account")
        << TotalInBuilder().start().endAccount().end().bytes() << 2
        << "kontots slutpost (90) står utanför ett konto" << 1;
    QTest::newRow("99 inside an account")
        << begun().end().bytes() << 4 << "slutposten (99) kommer före kontots slutpost (90)" << 1;
    QTest::newRow("99 missing")
        << begun().endAccount().bytes() << 4 << "filen slutar utan slutpost (99)" << 1;
    QTest::newRow("file ends inside an account")
        << begun().bytes() << 3 << "filen slutar inne i kontot från rad 2" << 1;
    QTest::newRow("data after the end record")
        << begun().endAccount().end().message(QStringLiteral("x")).bytes() << 6
        << "data efter slutposten (99 på rad 5)" << 1;
    QTest::newRow("two files one after the other")
        << begun().endAccount().end().bytes() + begun().endAccount().end().bytes() << 6
        << "data efter slutposten" << 1;

    // --- totals: 100,00 kr on line 3 (+ what the row adds)
    QTest::newRow("90 amount wrong")
        << begun().endAccount(std::nullopt, 9999).end().bytes() << 4
        << "beloppet i kontots slutpost (90) är 99,99 men kontot från rad 2 summerar till 100,00"
        << 1;
    // 100,00 − 30,00 = 70,00: the 90 amount is net of deductions (FACTS-SE §2).
    QTest::newRow("90 amount adds the deduction instead of taking it off")
        << begun().deduction(3000).endAccount(std::nullopt, 13000).end().bytes() << 5
        << "är 130,00 men kontot från rad 2 summerar till 70,00" << 1;
    QTest::newRow("90 count wrong")
        << begun().payment(1).endAccount(3).end().bytes() << 5
        << "antalet transaktioner i kontots slutpost (90) är 3 men kontot från rad 2 har 2" << 1;
    QTest::newRow("90 count leaves out the deduction")
        << begun().deduction(1).endAccount(1).end().bytes() << 5
        << "är 1 men kontot från rad 2 har 2" << 1;
    QTest::newRow("99 count wrong")
        << begun().endAccount().end(4).bytes() << 5
        << "slutposten (99) anger 4 poster men filen har 5" << 1;
    QTest::newRow("99 count not a number")
        << begun().endAccount().end().patch(10, "x").bytes() << 5
        << "antalet poster (position 3–17) i slutposten (99)" << 1;
    QTest::newRow("90 amount not a number")
        << begun().endAccount().patch(11, " ").end().bytes() << 4
        << "beloppet (position 11–27) i kontots slutpost (90) är \" 0000000000010000\"" << 1;

    // --- fields
    QTest::newRow("amount not a number")
        << begun().patch(50, "X").endAccount().end().bytes() << 3
        << "beloppet (position 38–52) i betalningsposten (20) är \"000000000010X00\"; det ska "
           "vara siffror"
        << 1;
    QTest::newRow("deduction amount blank")
        << begun().deduction(1).patch(38, QByteArray(15, ' ')).endAccount().end().bytes() << 4
        << "beloppet (position 38–52) i avdragsposten (25) är blankt" << 1;
    QTest::newRow("amount above what the ledger takes")
        << TotalInBuilder()
               .start()
               .account(kPg, kDay)
               .payment(10000000000)
               .endAccount()
               .end()
               .bytes()
        << 3 << "reskontran tar belopp upp till 99 999 999,99 kr" << 1;
    QTest::newRow("serial not a number")
        << closed(begun().patch(60, "-")) << 3 << "löpnumret (position 53–69)" << 1;
    QTest::newRow("receiving bankgiro not digits")
        << begun().patch(70, "5805-620").endAccount().end().bytes() << 3
        << "mottagarbankgironumret (position 70–77)" << 1;
    QTest::newRow("deduction code not a code")
        << begun().deduction(1, {}, {}, QStringLiteral("?")).endAccount().end().bytes() << 4
        << "avdragskoden (position 70)" << 1;
    QTest::newRow("start: timestamp month 13")
        << TotalInBuilder()
               .start(QStringLiteral("TI1"), QStringLiteral("20111325041330123456"))
               .end()
               .bytes()
        << 1 << "tidsstämpeln (position 15–34)" << 1;
    QTest::newRow("start: id blank")
        << TotalInBuilder().start(QString()).end().bytes() << 1
        << "Total-IN-identiteten (position 3–14) i startposten (00) är blankt" << 1;
    QTest::newRow("start: delivery number not digits")
        << TotalInBuilder().start().patch(35, "A").end().bytes() << 1 << "leveransnumret" << 1;
    QTest::newRow("start: not TOTALIN")
        << TotalInBuilder()
               .start(QStringLiteral("TI1"), QStringLiteral("20111025041330123456"), 1,
                      QStringLiteral("TL1"), QStringLiteral("BGMAX"))
               .end()
               .bytes()
        << 1 << "filnamnet (position 40–49)" << 1;
    QTest::newRow("account: PlusGiro check digit wrong")
        << closed(opened(QStringLiteral("58056202")))
        << 2 << "mottagarkontot (position 3–38) i kontots startpost (10) är \"58056202\"" << 1;
    QTest::newRow("account: letters")
        << closed(opened(QStringLiteral("PG 5805620-1")))
        << 2 << "det ska vara ett plusgironummer" << 1;
    QTest::newRow("account: 30 February")
        << closed(opened().patch(42, "20260230")) << 2
        << "bokföringsdagen (position 42–49) i kontots startpost (10) är \"20260230\"" << 1;
    QTest::newRow("account: currency in lower case")
        << closed(opened(kPg, QStringLiteral("sek")))
        << 2 << "valutan (position 39–41)" << 1;
    QTest::newRow("52: country code in lower case")
        << begun()
               .senderLocality(QStringLiteral("1"), QStringLiteral("c"), QStringLiteral("se"))
               .endAccount()
               .end()
               .bytes()
        << 4 << "landskoden (position 47–48) i avsändarens ortpost (52)" << 1;
    QTest::newRow("60: origin code a letter")
        << closed(begun().senderAccount(QStringLiteral("1"), QStringLiteral("X")))
        << 4 << "ursprungskoden (position 39)" << 1;
    QTest::newRow("70: no currency")
        << begun().international(1, QString(), 1).endAccount().end().bytes() << 4
        << "det ursprungliga beloppets valuta (position 54–56) i utlandsposten (70) är blankt"
        << 1;
    QTest::newRow("70: exchange rate not a number")
        << closed(begun().international(1, QStringLiteral("EUR"), 1).patch(57, "8,8"))
        << 4 << "växelkursen (position 57–68)" << 1;
}

void TestTotalIn::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, reason);
    QFETCH(int, count);
    const auto result = TotalInParser::parse(bytes, QStringLiteral("bad.txt"));
    QVERIFY(!result.file);
    const QString all = errorList(result.errors);
    QVERIFY2(!result.errors.isEmpty(), "no error");
    QCOMPARE(result.errors.first().line, line);
    QVERIFY2(result.errors.first().reason.contains(reason), qPrintable(all));
    QVERIFY2(result.errors.size() == count, qPrintable(all));
}

// Every error is listed, in line order, and an unreadable amount does not add a
// second, made-up error about the account's total.
void TestTotalIn::collectsEveryError()
{
    TotalInBuilder b;
    b.start()
        .account(kPg, kDay)
        .payment(100)
        .patch(45, "abc")                              // line 3: amount
        .raw(QByteArray("81").leftJustified(80))      // line 4: unknown type
        .payment(200)
        .message(QStringLiteral("x"))
        .references(QStringLiteral("1"))               // line 7: order
        .endAccount()
        .end(99);                                      // line 9: count
    const auto result = TotalInParser::parse(b.bytes(), QStringLiteral("bad.txt"));
    QVERIFY(!result.file);
    QList<int> lines;
    for (const FileError &e : result.errors)
        lines << e.line;
    QCOMPARE(lines, (QList<int>{3, 4, 7, 9}));
    QCOMPARE(result.errors.at(0).format(QStringLiteral("bad.txt")).left(10),
             QStringLiteral("bad.txt:3:"));
}

// The same delivery read again has the same stamp and hash; the next delivery
// (delivery number 02) has another stamp.
void TestTotalIn::stampIdentifiesTheDelivery()
{
    const QByteArray first = begun().endAccount().end().bytes();
    TotalInBuilder next;
    next.start(QStringLiteral("TI222222"), QStringLiteral("20111025041330123456"), 2)
        .account(kPg, kDay)
        .payment(10000, QStringLiteral("1234574"))
        .endAccount()
        .end();
    const auto a = TotalInParser::parse(first, QStringLiteral("a.txt"));
    const auto again = TotalInParser::parse(first, QStringLiteral("copy.txt"));
    const auto b = TotalInParser::parse(next.bytes(), QStringLiteral("b.txt"));
    QVERIFY(a.file && again.file && b.file);
    QCOMPARE(again.file->fileStamp, a.file->fileStamp);
    QCOMPARE(again.file->sha256, a.file->sha256);
    QVERIFY(b.file->fileStamp != a.file->fileStamp);
    QVERIFY(b.file->sha256 != a.file->sha256);
}

QTEST_GUILESS_MAIN(TestTotalIn)
#include "tst_totalin.moc"
