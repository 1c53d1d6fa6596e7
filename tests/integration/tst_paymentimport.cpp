// Payment-file import (issue 3 items 1–3; DOMAIN.md "Payments in"; handbook
// 3.2–3.4; FACTS-SE §1.4): real BgMax and Total-IN bytes made with the test
// builders, imported into a test ledger, and the exact ledger effect checked.
// Every expected number is worked out by hand from the claim (1 000,00 kr =
// 100000 öre unless a row says otherwise) and the row's payment.
#include "bgmaxbuilder.h"
#include "paymentimportfixture.h"
#include "totalinbuilder.h"

#include "payments/signallist.h"
#include "users/access.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::BgMaxBuilder;
using rsk::test::PaymentImportFixture;
using rsk::test::TotalInBuilder;

namespace {

const QString kA = QStringLiteral("010000001");
const QString kB = QStringLiteral("010000002");
const QDate kPaid(2026, 11, 25); // the TK15 payment date of every test file

// One section for company 001 with one payment; line 3 is the TK20.
QByteArray oneBgMaxPayment(const QString &reference, qint64 ore, int code = 2,
                           const QString &stamp = QStringLiteral("20261126120000123456"),
                           const BgMaxBuilder::Details &details = BgMaxBuilder::Details())
{
    BgMaxBuilder b;
    b.start(stamp).section(QStringLiteral("5805-6201"));
    b.payment(reference, ore, code, details);
    return b.endSection(kPaid).end().bytes();
}

QString writeFile(PaymentImportFixture &f, const QString &name, const QByteArray &bytes)
{
    const QString path = f.l.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Company 002 "Bostadsbolaget", bankgiro 5050-1055, with its own claim kA of
// 200,00 kr (the same number and OCR as company 001's).
void addCompany002(PaymentImportFixture &f)
{
    Company two;
    two.number = QStringLiteral("002");
    two.name = QStringLiteral("Bostadsbolaget");
    two.bankgiro = QStringLiteral("5050-1055");
    ReferenceData(*f.l.db).saveCompany(two);
    InvoiceDraft d = rsk::test::TestLedger::draft(kA, Money::fromOre(20000));
    d.company = QStringLiteral("002");
    f.l.registerInvoices({d});
}

void checkBalanced(const ImportSummary &s)
{
    // The file's money is exactly what went onto claims, what is unplaced and
    // what is overpaid.
    QCOMPARE(s.matchedAmount + s.unplacedAmount + s.overpaidAmount, s.amount);
}

} // namespace

class TestPaymentImport : public QObject
{
    Q_OBJECT
private slots:
    void singlePayment_data();
    void singlePayment();
    void transactionRecordsTheFile();
    void references_data();
    void references();
    void deduction();
    void deductionWithoutClaimIsUnplaced();
    void severalReferences_data();
    void severalReferences();
    void watchTextGoesOnTheSignalList();
    void agencyGiroTakesTheAgencyMethod();
    void paymentOnPaidClaimIsAllOverpaid();
    void unknownReceivingBankgiroRefusesTheFile();
    void fileReadTwiceIsRefused();
    void sameStampOtherContentIsRefused();
    void forceReadsAgain();
    void dryRunChangesNothing();
    void twoCompaniesInOneFile();
    void companyWithoutAccessRefusesTheFile_data();
    void companyWithoutAccessRefusesTheFile();
    void totalIn();
    void importFileRecordsWhatItDid();

    void cliJsonSummary();
    void cliMalformedFileChangesNothing();
    void cliUnknownBankgiroChangesNothing();
    void cliReadTwiceThenForce();
    void cliDryRunChangesNothing();
};

void TestPaymentImport::singlePayment_data()
{
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("overLimit");
    QTest::addColumn<qint64>("underLimit");
    QTest::addColumn<bool>("carry");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<QString>("methods");
    QTest::addColumn<qint64>("overpaid");
    QTest::addColumn<qint64>("writtenOff");
    QTest::addColumn<qint64>("carried"); // signed: + charge next invoice, − credit it
    QTest::addColumn<bool>("finalPaid");

    // Limits 5,00 kr = 500 öre each unless the row says otherwise.
    QTest::newRow("exact balance: paid") << 100000LL << 500LL << 500LL << false << 0LL
                                         << "B:100000" << 0LL << 0LL << 0LL << true;
    QTest::newRow("400,00 of 1 000,00: 600,00 left")
        << 40000LL << 500LL << 500LL << false << 60000LL << "B:40000" << 0LL << 0LL << 0LL
        << false;
    QTest::newRow("6,00 too much, limit 5,00: claim 0, 6,00 overpaid")
        << 100600LL << 500LL << 500LL << false << 0LL << "B:100000" << 600LL << 0LL << 0LL
        << true;
    QTest::newRow("5,00 too much = limit: written off (B 1 005,00, Ö 5,00)")
        << 100500LL << 500LL << 500LL << false << 0LL << "B:100500,Ö:500" << 0LL << 500LL << 0LL
        << true;
    QTest::newRow("5,01 too much = limit + 1 öre: overpaid")
        << 100501LL << 500LL << 500LL << false << 0LL << "B:100000" << 501LL << 0LL << 0LL
        << true;
    QTest::newRow("5,00 short = limit: written off (B 995,00, A 5,00)")
        << 99500LL << 500LL << 500LL << false << 0LL << "B:99500,A:500" << 0LL << 500LL << 0LL
        << true;
    QTest::newRow("5,01 short = limit + 1 öre: 5,01 left open")
        << 99499LL << 500LL << 500LL << false << 501LL << "B:99499" << 0LL << 0LL << 0LL << false;
    QTest::newRow("no limits: 1,00 short stays open")
        << 99900LL << 0LL << 0LL << false << 100LL << "B:99900" << 0LL << 0LL << 0LL << false;
    QTest::newRow("no limits: 1,00 too much is overpaid")
        << 100100LL << 0LL << 0LL << false << 0LL << "B:100000" << 100LL << 0LL << 0LL << true;
    QTest::newRow("carry: 3,00 short to the next invoice (+3,00)")
        << 99700LL << 500LL << 500LL << true << 0LL << "B:99700,A:300" << 0LL << 0LL << 300LL
        << true;
    QTest::newRow("carry: 2,00 too much to the next invoice (−2,00)")
        << 100200LL << 500LL << 500LL << true << 0LL << "B:100200,Ö:200" << 0LL << 0LL << -200LL
        << true;
}

void TestPaymentImport::singlePayment()
{
    QFETCH(qint64, paid);
    QFETCH(qint64, overLimit);
    QFETCH(qint64, underLimit);
    QFETCH(bool, carry);
    QFETCH(qint64, balance);
    QFETCH(QString, methods);
    QFETCH(qint64, overpaid);
    QFETCH(qint64, writtenOff);
    QFETCH(qint64, carried);
    QFETCH(bool, finalPaid);

    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.limits(overLimit, underLimit, carry);
    const ImportSummary s = f.importBgMax(oneBgMaxPayment(f.ocr(kA), paid));

    const Invoice claim = f.invoice(kA);
    QCOMPARE(claim.balance.ore(), balance);
    QCOMPARE(f.methods(kA), methods);
    QCOMPARE(claim.finalPaidDate, finalPaid ? kPaid : QDate());
    QCOMPARE(s.payments, 1);
    QCOMPARE(s.matched, 1);
    QCOMPARE(s.unplaced, 0);
    QCOMPARE(s.overpaid, overpaid > 0 ? 1 : 0);
    QCOMPARE(s.overpaidAmount.ore(), overpaid);
    QCOMPARE(s.writtenOffAmount.ore(), writtenOff);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_ore), 0) FROM overpayment")),
             overpaid);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_ore), 0) FROM "
                                     "carried_difference")),
             carried);
    QCOMPARE(s.carriedAmount.ore(), carried < 0 ? -carried : carried);
    checkBalanced(s);
    QCOMPARE(s.amount.ore(), paid);
}

void TestPaymentImport::transactionRecordsTheFile()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.limits(500, 500);
    const ImportSummary s = f.importBgMax(oneBgMaxPayment(f.ocr(kA), 99800));
    QSqlQuery q = f.l.db->run(QStringLiteral(
        "SELECT transaction_date, registered_date, method, source, import_file_id, remark, "
        "account FROM ledger_transaction ORDER BY id"));
    // B 998,00 then A 2,00 (within the 5,00 limit) against the avräkningskonto.
    QVERIFY(q.next());
    QCOMPARE(toDate(q.value(0)), kPaid);              // the TK15 payment date
    QCOMPARE(toDate(q.value(1)), QDate(2026, 11, 26)); // today
    QCOMPARE(q.value(2).toString(), QStringLiteral("B"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("bgmax"));
    QCOMPARE(q.value(4).toLongLong(), s.importId);
    QCOMPARE(q.value(5).toString(), QStringLiteral("BgMax rad 3"));
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toString(), QStringLiteral("A"));
    QCOMPARE(q.value(4).toLongLong(), s.importId);
    QCOMPARE(q.value(5).toString(), QStringLiteral("Småbelopp 3.4, BgMax rad 3"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("3740")); // default write-off account
    QVERIFY(!q.next());
    // The write-off method was created on first use (handbook 8.1 register).
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_method WHERE code IN "
                                     "('A', 'Ö', 'D')")),
             3LL);
}

void TestPaymentImport::references_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("invoice"); // the claim paid, or empty: unplaced
    QTest::addColumn<QString>("reason");  // part of the unplaced reason

    const QString shared = Ocr::ocrForInvoice(QStringLiteral("010000005"));
    QTest::newRow("correct OCR (code 2)") << Ocr::ocrForInvoice(kA) << 2 << kA << QString();
    QTest::newRow("OCR under code 3, checked here")
        << Ocr::ocrForInvoice(kB) << 3 << kB << QString();
    QTest::newRow("invoice number without its leading zero (code 3)")
        << QStringLiteral("10000001") << 3 << kA << QString();
    QTest::newRow("invoice number, 9 digits (code 5)")
        << QStringLiteral("010000002") << 5 << kB << QString();
    QTest::newRow("unknown OCR") << Ocr::ocrForInvoice(QStringLiteral("010000099")) << 2
                                 << QString() << QStringLiteral("finns inte i företag 001");
    QTest::newRow("unknown invoice number") << QStringLiteral("10000099") << 3 << QString()
                                            << QStringLiteral("finns inte");
    QTest::newRow("text reference") << QStringLiteral("HYRA") << 3 << QString()
                                    << QStringLiteral("inget OCR- eller fakturanummer");
    QTest::newRow("one OCR on two claims: ambiguous")
        << shared << 2 << QString() << QStringLiteral("passar flera fakturor (010000003, 010000004)");
    QTest::newRow("no reference (code 0)") << QString() << 0 << QString()
                                           << QStringLiteral("Referens saknas");
    QTest::newRow("no reference, no agreement (code 1)") << QString() << 1 << QString()
                                                         << QStringLiteral("Referens saknas");
}

void TestPaymentImport::references()
{
    QFETCH(QString, reference);
    QFETCH(int, code);
    QFETCH(QString, invoice);
    QFETCH(QString, reason);

    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    const QString shared = Ocr::ocrForInvoice(QStringLiteral("010000005"));
    f.claim(QStringLiteral("010000003"), 30000, shared);
    f.claim(QStringLiteral("010000004"), 30000, shared);
    const ImportSummary s = f.importBgMax(oneBgMaxPayment(reference, 20000, code));
    checkBalanced(s);
    if (!invoice.isEmpty()) {
        QCOMPARE(s.matched, 1);
        QCOMPARE(s.unplaced, 0);
        QCOMPARE(f.methods(invoice), QStringLiteral("B:20000"));
        return;
    }
    // Unplaced: the register has the money, the reason and the line; no
    // claim changed.
    QCOMPARE(s.matched, 0);
    QCOMPARE(s.unplaced, 1);
    QCOMPARE(s.unplacedAmount.ore(), 20000LL);
    QSqlQuery q = f.l.db->run(QStringLiteral(
        "SELECT company, file_line, amount_ore, reference, reason, status, method, "
        "payment_date, import_file_id FROM unplaced_payment"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("001"));
    QCOMPARE(q.value(1).toInt(), 3);
    QCOMPARE(q.value(2).toLongLong(), 20000LL);
    QCOMPARE(q.value(3).toString(), reference);
    QVERIFY2(q.value(4).toString().contains(reason), qPrintable(q.value(4).toString()));
    QCOMPARE(q.value(5).toString(), QStringLiteral("open"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("B"));
    QCOMPARE(toDate(q.value(7)), kPaid);
    QCOMPARE(q.value(8).toLongLong(), s.importId);
    QVERIFY(!q.next());
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction")), 0LL);
}

void TestPaymentImport::deduction()
{
    // A 1 000,00 payment on A and a 500,00 deduction naming the credit
    // invoice C (−500,00): the deposit is 500,00 (TK15 = Σ20 − Σ21).
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString credit = QStringLiteral("010000006");
    f.claim(credit, -50000);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000);
    b.deduction(f.ocr(credit), 50000, 2, '0');
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());

    QCOMPARE(f.invoice(kA).balance.ore(), 0LL);
    const Invoice c = f.invoice(credit);
    QCOMPARE(c.balance.ore(), 0LL); // −500,00 + a 500,00 debit
    QCOMPARE(f.methods(credit), QStringLiteral("D:50000"));
    QCOMPARE(c.transactions.first().remark, QStringLiteral("Avdrag kod 0, BgMax rad 4"));
    QCOMPARE(c.finalPaidDate, kPaid);
    QCOMPARE(s.payments, 2);
    QCOMPARE(s.matched, 2);
    QCOMPARE(s.deductions, 1);
    QCOMPARE(s.amount.ore(), 50000LL);
    QCOMPARE(s.matchedAmount.ore(), 50000LL); // 1 000,00 − 500,00
    checkBalanced(s);
}

void TestPaymentImport::deductionWithoutClaimIsUnplaced()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000);
    b.deduction(Ocr::ocrForInvoice(QStringLiteral("010000077")), 30000, 2, '1');
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());
    QCOMPARE(s.unplaced, 1);
    QCOMPARE(s.unplacedAmount.ore(), -30000LL);
    QCOMPARE(f.scalar(QStringLiteral("SELECT amount_ore FROM unplaced_payment")), -30000LL);
    QCOMPARE(f.l.db->scalar(QStringLiteral("SELECT method FROM unplaced_payment")).toString(),
             QStringLiteral("D"));
    checkBalanced(s);
}

void TestPaymentImport::severalReferences_data()
{
    // Claims A 1 000,00 and B 500,00; no 3.4 limits. A code-3 TK20 names the
    // references "A,B" (or with X, unknown); TK22 lines repeat them with an
    // amount or 0.
    QTest::addColumn<QString>("field");   // the TK20 reference field: A, B, X
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("extra"); // TK22 amount per reference, or empty
    QTest::addColumn<qint64>("balanceA");
    QTest::addColumn<qint64>("balanceB");
    QTest::addColumn<qint64>("overpaid");
    QTest::addColumn<qint64>("unplaced");

    QTest::newRow("TK22 amounts add up: A 700,00, B 500,00")
        << "A,B" << 120000LL << QList<qint64>{70000, 50000} << 30000LL << 0LL << 0LL << 0LL;
    QTest::newRow("no amounts: in order, A paid, B gets the 200,00 rest")
        << "A,B" << 120000LL << QList<qint64>{0, 0} << 0LL << 30000LL << 0LL << 0LL;
    QTest::newRow("TK22 amounts 100,00 + 100,00 ≠ 1 200,00: in order instead")
        << "A,B" << 120000LL << QList<qint64>{10000, 10000} << 0LL << 30000LL << 0LL << 0LL;
    QTest::newRow("in order, 200,00 beyond both: overpaid on B, the last")
        << "A,B" << 170000LL << QList<qint64>{} << 0LL << 0LL << 20000LL << 0LL;
    QTest::newRow("one unknown reference: A paid, the 500,00 rest unplaced")
        << "A,X" << 150000LL << QList<qint64>{} << 0LL << 50000LL << 0LL << 50000LL;
    QTest::newRow("only unknown references: all unplaced")
        << "X,Y" << 10000LL << QList<qint64>{} << 100000LL << 50000LL << 0LL << 10000LL;
}

void TestPaymentImport::severalReferences()
{
    QFETCH(QString, field);
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, extra);
    QFETCH(qint64, balanceA);
    QFETCH(qint64, balanceB);
    QFETCH(qint64, overpaid);
    QFETCH(qint64, unplaced);

    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    const QHash<QChar, QString> refs{{QLatin1Char('A'), f.ocr(kA)},
                                     {QLatin1Char('B'), f.ocr(kB)},
                                     {QLatin1Char('X'), f.ocr(QStringLiteral("010000088"))},
                                     {QLatin1Char('Y'), f.ocr(QStringLiteral("010000089"))}};
    QStringList names;
    for (QChar c : field)
        if (c != QLatin1Char(','))
            names << refs.value(c);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(names.join(QLatin1Char(',')), amount, 3);
    for (int i = 0; i < extra.size(); ++i)
        b.extraReference(names.at(i), extra.at(i));
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());

    QCOMPARE(f.invoice(kA).balance.ore(), balanceA);
    QCOMPARE(f.invoice(kB).balance.ore(), balanceB);
    QCOMPARE(s.overpaidAmount.ore(), overpaid);
    QCOMPARE(s.unplacedAmount.ore(), unplaced);
    QCOMPARE(s.payments, 1);
    checkBalanced(s);
}

void TestPaymentImport::watchTextGoesOnTheSignalList()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    f.l.db->run(QStringLiteral("UPDATE invoice SET watch_text = ? WHERE invoice_number = ?"),
                {QStringLiteral("Bestriden, ring Eva"), kA});
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 40000).payment(f.ocr(kB), 50000);
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());
    QCOMPARE(s.signalled, 1);
    const QList<SignalEntry> list = SignalList(*f.l.db).list(QStringLiteral("001"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().invoiceNumber, kA);
    QCOMPARE(list.first().watchText, QStringLiteral("Bestriden, ring Eva"));
    QCOMPARE(list.first().amount.ore(), 40000LL);
    QCOMPARE(list.first().transactionDate, kPaid);
    QCOMPARE(list.first().method, QStringLiteral("B"));
}

void TestPaymentImport::agencyGiroTakesTheAgencyMethod()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    PaymentParameters p = PaymentParameters::load(*f.l.db, QStringLiteral("001"));
    p.agencyGiros = {QStringLiteral("5050-1055")};
    p.save(*f.l.db, QStringLiteral("001"));
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    BgMaxBuilder::Details agency;
    agency.payerBankgiro = QStringLiteral("5050-1055");
    BgMaxBuilder::Details other;
    other.payerBankgiro = QStringLiteral("9912-3465");
    b.payment(f.ocr(kA), 100000, 2, agency).payment(f.ocr(kB), 50000, 2, other);
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());
    QCOMPARE(f.methods(kA), QStringLiteral("I:100000"));
    QCOMPARE(f.methods(kB), QStringLiteral("B:50000"));
    QVERIFY(s.outcomes.at(0).agency);
    QVERIFY(!s.outcomes.at(1).agency);
}

void TestPaymentImport::paymentOnPaidClaimIsAllOverpaid()
{
    // A paid twice in one file, with limits of 5,00: the second payment is a
    // second payment, not a small difference, however small.
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.limits(500, 500);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000).payment(f.ocr(kA), 300);
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());
    QCOMPARE(f.methods(kA), QStringLiteral("B:100000"));
    QCOMPARE(s.overpaid, 1);
    QCOMPARE(s.overpaidAmount.ore(), 300LL);
    QCOMPARE(s.writtenOffAmount.ore(), 0LL);
    checkBalanced(s);
}

void TestPaymentImport::unknownReceivingBankgiroRefusesTheFile()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString before = f.fingerprint();
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(f.ocr(kA), 100000).endSection(kPaid);
    b.section(QStringLiteral("5050-1055")); // line 5: nobody's bankgiro
    b.payment(f.ocr(kA), 100).endSection(kPaid).end();
    try {
        f.importBgMax(b.bytes());
        QFAIL("an unknown receiving bankgiro must refuse the file");
    } catch (const ImportRefused &e) {
        QCOMPARE(e.errors.size(), 1);
        QCOMPARE(e.errors.first().line, 5);
        QCOMPARE(e.errors.first().format(QStringLiteral("bg.txt")),
                 QStringLiteral("bg.txt:5: mottagarbankgiro 50501055 tillhör inget företag i "
                                "reskontran"));
    }
    QCOMPARE(f.fingerprint(), before);
}

void TestPaymentImport::fileReadTwiceIsRefused()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QByteArray file = oneBgMaxPayment(f.ocr(kA), 40000);
    const ImportSummary first = f.importBgMax(file);
    const QString before = f.fingerprint();
    try {
        f.importBgMax(file);
        QFAIL("a file read before must be refused");
    } catch (const AlreadyImported &e) {
        QCOMPARE(e.earlier.id, first.importId);
        QCOMPARE(e.earlier.importedBy, QStringLiteral("testare"));
        QVERIFY(e.earlier.sameContent);
        QVERIFY2(e.message().contains(QStringLiteral("import %1,").arg(first.importId))
                     && e.message().contains(QStringLiteral("av testare (bg.txt)")),
                 qPrintable(e.message()));
    }
    QCOMPARE(f.fingerprint(), before);
}

void TestPaymentImport::sameStampOtherContentIsRefused()
{
    // The same TK01 timestamp is the same delivery, even if the bytes differ.
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.importBgMax(oneBgMaxPayment(f.ocr(kA), 40000));
    const QString before = f.fingerprint();
    try {
        f.importBgMax(oneBgMaxPayment(f.ocr(kA), 30000));
        QFAIL("the same file stamp must be refused");
    } catch (const AlreadyImported &e) {
        QVERIFY(!e.earlier.sameContent);
    }
    QCOMPARE(f.fingerprint(), before);
    // Another stamp is another file.
    f.importBgMax(oneBgMaxPayment(f.ocr(kA), 30000, 2, QStringLiteral("20261126130000000000")));
    QCOMPARE(f.invoice(kA).balance.ore(), 30000LL); // 1 000,00 − 400,00 − 300,00
}

void TestPaymentImport::forceReadsAgain()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QByteArray file = oneBgMaxPayment(f.ocr(kA), 100000);
    f.importBgMax(file);
    const ImportSummary again = f.importBgMax(file, true);
    QVERIFY(again.forced);
    // The claim was paid by the first read: the second is all overpaid.
    QCOMPARE(again.overpaidAmount.ore(), 100000LL);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM import_file")), 2LL);
    QCOMPARE(f.scalar(QStringLiteral("SELECT forced FROM import_file WHERE id = ?"),
                      {again.importId}),
             1LL);
}

void TestPaymentImport::dryRunChangesNothing()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString before = f.fingerprint();
    const ImportSummary s = f.importBgMax(oneBgMaxPayment(f.ocr(kA), 100600), false, true);
    QVERIFY(s.dryRun);
    QCOMPARE(s.importId, 0LL);
    QCOMPARE(s.matched, 1);
    QCOMPARE(s.overpaidAmount.ore(), 600LL);
    QCOMPARE(f.fingerprint(), before);
    // And the same file can then be read for real.
    QCOMPARE(f.importBgMax(oneBgMaxPayment(f.ocr(kA), 100600)).overpaid, 1);
}

void TestPaymentImport::twoCompaniesInOneFile()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    addCompany002(f);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(f.ocr(kA), 100000).endSection(kPaid);
    b.section(QStringLiteral("5050-1055")).payment(f.ocr(kA), 20000).endSection(kPaid).end();
    const ImportSummary s = f.importBgMax(b.bytes());
    // The same OCR in two companies: each section's bankgiro decides.
    QCOMPARE(s.companies, (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
    QCOMPARE(f.invoice(kA).balance.ore(), 0LL);
    QCOMPARE(InvoiceRepository(*f.l.db).find(QStringLiteral("002"), kA)->balance.ore(), 0LL);
    QVERIFY(f.l.db->scalar(QStringLiteral("SELECT company FROM import_file")).isNull());
}

void TestPaymentImport::companyWithoutAccessRefusesTheFile_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("companies");
    QTest::addColumn<QString>("message");
    QTest::newRow("supervisor without 002: the 002 section's line")
        << int(Role::Supervisor) << QStringList{QStringLiteral("001")}
        << QStringLiteral("bg.txt:5: mottagarbankgiro 50501055 tillhör företag 002, som du inte "
                          "har behörighet till");
    QTest::newRow("clerk with both companies: the role")
        << int(Role::Clerk) << QStringList{QStringLiteral("001"), QStringLiteral("002")}
        << QStringLiteral("Du har inte behörighet: Hämtning från bankgiro kräver rollen "
                          "arbetsledare (du är handläggare).");
}

// Issue 7: a user who may not change company 002's claims cannot place a
// file's money on them; the whole file is refused, nothing is half-read.
void TestPaymentImport::companyWithoutAccessRefusesTheFile()
{
    QFETCH(int, role);
    QFETCH(QStringList, companies);
    QFETCH(QString, message);
    PaymentImportFixture f;
    f.claim(kA, 100000);
    addCompany002(f);
    const QString before = f.fingerprint();
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(f.ocr(kA), 100000).endSection(kPaid);
    b.section(QStringLiteral("5050-1055")).payment(f.ocr(kA), 20000).endSection(kPaid).end();
    f.l.db->setAccess(Access(QStringLiteral("kassan"), Role(role), companies));
    try {
        f.importBgMax(b.bytes());
        QFAIL("imported a file with a company the user may not change");
    } catch (const ImportRefused &e) {
        QCOMPARE(e.errors.size(), 1);
        QCOMPARE(e.errors.first().format(QStringLiteral("bg.txt")), message);
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), message);
    }
    f.l.db->setAccess(Access::unrestricted());
    QCOMPARE(f.fingerprint(), before);
}

void TestPaymentImport::totalIn()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    const QByteArray file = TotalInBuilder()
                                .start()
                                .account(QStringLiteral("58056201"), kPaid)
                                .payment(100000, f.ocr(kA))
                                .payment(20000, QStringLiteral("10000099"))
                                .endAccount()
                                .end()
                                .bytes();
    const ImportSummary s = f.importTotalIn(file);
    QCOMPARE(s.kind, QStringLiteral("totalin"));
    QCOMPARE(f.methods(kA), QStringLiteral("G:100000"));
    QCOMPARE(f.l.db->scalar(QStringLiteral("SELECT source FROM ledger_transaction")).toString(),
             QStringLiteral("totalin"));
    QCOMPARE(s.unplaced, 1);
    QCOMPARE(f.l.db->scalar(QStringLiteral("SELECT method FROM unplaced_payment")).toString(),
             QStringLiteral("G"));
    checkBalanced(s);
}

void TestPaymentImport::importFileRecordsWhatItDid()
{
    // A 1 000,00 paid, B paid 600,00 (100,00 over, no limits), one unknown 50,00.
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000).payment(f.ocr(kB), 60000).payment(QStringLiteral("123"), 5000, 3);
    const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());
    QSqlQuery q = f.l.db->run(
        QStringLiteral("SELECT kind, file_name, company, payments, amount_ore, matched, "
                       "matched_ore, unplaced, unplaced_ore, overpaid, overpaid_ore, "
                       "written_off_ore, imported_by, forced FROM import_file WHERE id = ?"),
        {s.importId});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("bgmax"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("bg.txt"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("001"));
    QCOMPARE(q.value(3).toInt(), 3);
    QCOMPARE(q.value(4).toLongLong(), 165000LL); // 1 000 + 600 + 50
    QCOMPARE(q.value(5).toInt(), 2);
    QCOMPARE(q.value(6).toLongLong(), 150000LL); // 1 000 + 500
    QCOMPARE(q.value(7).toInt(), 1);
    QCOMPARE(q.value(8).toLongLong(), 5000LL);
    QCOMPARE(q.value(9).toInt(), 1);
    QCOMPARE(q.value(10).toLongLong(), 10000LL);
    QCOMPARE(q.value(11).toLongLong(), 0LL);
    QCOMPARE(q.value(12).toString(), QStringLiteral("testare"));
    QCOMPARE(q.value(13).toInt(), 0);
    QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                    "'import_file'"))
            == 1);
}

void TestPaymentImport::cliJsonSummary()
{
    // A paid 1 000,00; B 500,00 paid 503,00 (limit 5,00: 3,00 written off);
    // an unknown reference 75,00; an overpayment 10,00 on a paid A.
    PaymentImportFixture f;
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    f.limits(500, 500);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000).payment(f.ocr(kB), 50300).payment(QStringLiteral("999"), 7500, 3);
    b.payment(f.ocr(kA), 1000);
    const QString path = writeFile(f, QStringLiteral("bgmax.txt"), b.endSection(kPaid).end().bytes());
    const auto r = f.cli({QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("import"), QStringLiteral("bgmax"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("payments")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("matched")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("unplaced")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("overpaid")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("amount_ore")).toInteger(), 158800LL); // 1000+503+75+10
    QCOMPARE(o.value(QStringLiteral("matched_ore")).toInteger(), 150300LL); // 1000 + 503
    QCOMPARE(o.value(QStringLiteral("unplaced_ore")).toInteger(), 7500LL);
    QCOMPARE(o.value(QStringLiteral("written_off_ore")).toInteger(), 300LL);
    QCOMPARE(o.value(QStringLiteral("overpaid_ore")).toInteger(), 1000LL);
    QCOMPARE(f.methods(kB), QStringLiteral("B:50300,Ö:300"));
    QCOMPARE(f.l.db->scalar(QStringLiteral("SELECT imported_by FROM import_file")).toString(),
             QStringLiteral("kassan"));
}

void TestPaymentImport::cliMalformedFileChangesNothing()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString before = f.fingerprint();
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(f.ocr(kA), 100000);
    b.endSection(kPaid, 99999); // line 4: a deposit that is not the sum of its payments
    const QString path = writeFile(f, QStringLiteral("bad.txt"), b.end().bytes());
    const auto r = f.cli({QStringLiteral("import"), QStringLiteral("bgmax"), path});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith(path + QStringLiteral(":4: ")), qPrintable(r.describe()));
    QCOMPARE(f.fingerprint(), before);
}

void TestPaymentImport::cliUnknownBankgiroChangesNothing()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString before = f.fingerprint();
    BgMaxBuilder b;
    b.start().section(QStringLiteral("9912-3465")).payment(f.ocr(kA), 100000).endSection(kPaid);
    const QString path = writeFile(f, QStringLiteral("other.txt"), b.end().bytes());
    const auto r = f.cli({QStringLiteral("import"), QStringLiteral("bgmax"), path});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith(path + QStringLiteral(":2: mottagarbankgiro 99123465 tillhör "
                                                    "inget företag")),
             qPrintable(r.describe()));
    QCOMPARE(f.fingerprint(), before);
}

void TestPaymentImport::cliReadTwiceThenForce()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString path
        = writeFile(f, QStringLiteral("bg.txt"), oneBgMaxPayment(f.ocr(kA), 40000));
    const QStringList import{QStringLiteral("import"), QStringLiteral("bgmax"), path};
    auto r = f.cli(import);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString before = f.fingerprint();
    r = f.cli(import);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    // Names the earlier import: its id, date and user.
    QVERIFY2(r.err.contains(QStringLiteral("import 1, 2")) && r.err.contains(QStringLiteral("av kassan"))
                 && r.err.contains(QStringLiteral("--force")),
             qPrintable(r.describe()));
    QCOMPARE(f.fingerprint(), before);
    r = f.cli(import + QStringList{QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(f.invoice(kA).balance.ore(), 20000LL); // 1 000,00 − 2 × 400,00
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM import_file WHERE forced = 1")), 1LL);
}

void TestPaymentImport::cliDryRunChangesNothing()
{
    PaymentImportFixture f;
    f.claim(kA, 100000);
    const QString before = f.fingerprint();
    const QString path
        = writeFile(f, QStringLiteral("bg.txt"), oneBgMaxPayment(f.ocr(kA), 100000));
    const auto r = f.cli({QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("import"), QStringLiteral("bgmax"), path,
                             QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("matched_ore")).toInteger(), 100000LL);
    QVERIFY(o.value(QStringLiteral("dry_run")).toBool());
    QCOMPARE(f.fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestPaymentImport)
#include "tst_paymentimport.moc"
