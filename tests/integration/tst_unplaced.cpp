// The registers an import feeds (issue 3 item 3): unplaced payments placed
// on a claim later or marked refunded, overpayments moved to another claim
// of the same customer or refunded, the signal list, the differences carried
// to the next invoice, and the 3.4 parameters they follow. Amounts worked out
// by hand in the comments; "nothing changed" checked on every refusal.
#include "bgmaxbuilder.h"
#include "paymentimportfixture.h"

#include "payments/carrieddifferences.h"
#include "payments/overpaymentregister.h"
#include "payments/signallist.h"
#include "payments/unplacedregister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using rsk::test::BgMaxBuilder;
using rsk::test::PaymentImportFixture;

namespace {

const QString kA = QStringLiteral("010000001");
const QString kB = QStringLiteral("010000002");
const QString kOther = QStringLiteral("010000003"); // another customer's claim
const QDate kPaid(2026, 11, 25);

// A 1 000,00, B 500,00 (the same customer), C 300,00 (another customer).
void claims(PaymentImportFixture &f)
{
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    f.claim(kOther, 30000, QString(), QStringLiteral("701063-2391"));
}

// Imports one payment per (reference, öre) pair; returns the summary.
ImportSummary pay(PaymentImportFixture &f, const QList<QPair<QString, qint64>> &payments,
                  int code = 2)
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    for (const auto &p : payments)
        b.payment(p.first, p.second, code);
    return f.importBgMax(b.endSection(kPaid).end().bytes());
}

template <typename F>
QString refusal(F &&action)
{
    try {
        action();
    } catch (const LedgerError &e) {
        return e.message();
    }
    return QString();
}

} // namespace

class TestUnplaced : public QObject
{
    Q_OBJECT
private slots:
    void placeOnClaim_data();
    void placeOnClaim();
    void placeDeduction();
    void placeRefusals_data();
    void placeRefusals();
    void unplacedRefunded();
    void moveOverpayment_data();
    void moveOverpayment();
    void moveRefusals_data();
    void moveRefusals();
    void overpaymentRefunded();
    void signalListMarkSeen();
    void carriedDifferencesList();
    void parameterDefaults();
    void parametersSaved();
    void parameterRefusals_data();
    void parameterRefusals();
    void cliRegisters();
};

void TestUnplaced::placeOnClaim_data()
{
    QTest::addColumn<qint64>("amount");  // the unplaced payment
    QTest::addColumn<qint64>("balance"); // A's balance after placing it
    QTest::addColumn<qint64>("overpaid");
    QTest::newRow("400,00 on A 1 000,00: 600,00 left") << 40000LL << 60000LL << 0LL;
    QTest::newRow("exactly the balance: paid") << 100000LL << 0LL << 0LL;
    QTest::newRow("1 200,00 on A: paid, 200,00 overpaid") << 120000LL << 0LL << 20000LL;
}

void TestUnplaced::placeOnClaim()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, balance);
    QFETCH(qint64, overpaid);
    PaymentImportFixture f;
    claims(f);
    const ImportSummary s = pay(f, {{QStringLiteral("HYRA NOV"), amount}}, 3);
    QCOMPARE(s.unplaced, 1);
    UnplacedRegister reg(*f.l.db);
    const QList<UnplacedPayment> open = reg.list(QStringLiteral("001"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().fileName, QStringLiteral("bg.txt"));

    const auto placed = reg.place(open.first().id, QStringLiteral("10000001"));
    QCOMPARE(placed.posted.ore(), amount - overpaid);
    QCOMPARE(placed.overpaid.ore(), overpaid);
    const Invoice a = f.invoice(kA);
    QCOMPARE(a.balance.ore(), balance);
    QCOMPARE(f.methods(kA), QStringLiteral("B:%1").arg(amount - overpaid));
    // Dated with the payment date, and still the bank file's money.
    const Transaction &t = a.transactions.first();
    QCOMPARE(t.transactionDate, kPaid);
    QCOMPARE(t.source, QStringLiteral("bgmax"));
    QCOMPARE(t.remark, QStringLiteral("Oplacerad nr %1 placerad").arg(open.first().id));
    QCOMPARE(t.account, QStringLiteral("2990")); // from the observation account (3.4)
    QCOMPARE(f.scalar(QStringLiteral("SELECT import_file_id FROM ledger_transaction")),
             s.importId);
    const auto row = reg.find(open.first().id);
    QCOMPARE(row->status, UnplacedPayment::Status::Placed);
    QCOMPARE(row->placedInvoiceNumber, kA);
    QCOMPARE(row->resolvedBy, QStringLiteral("testare"));
    QCOMPARE(reg.openCount(QStringLiteral("001")), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_ore), 0) FROM overpayment")),
             overpaid);
    QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                    "'unplaced_payment' AND new_value = 'placed'"))
            == 1);
}

void TestUnplaced::placeDeduction()
{
    // A 1 000,00 payment on A and a 200,00 deduction with an unknown
    // reference: placed on B 500,00 it is a debit, B 700,00.
    PaymentImportFixture f;
    claims(f);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000).deduction(QStringLiteral("77"), 20000, 3, '1');
    f.importBgMax(b.endSection(kPaid).end().bytes());
    UnplacedRegister reg(*f.l.db);
    const qint64 id = reg.list(QStringLiteral("001")).first().id;
    reg.place(id, kB);
    QCOMPARE(f.invoice(kB).balance.ore(), 70000LL);
    QCOMPARE(f.methods(kB), QStringLiteral("D:20000"));
}

void TestUnplaced::placeRefusals_data()
{
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<bool>("placeTwice");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such claim") << QStringLiteral("010000099") << false
                                   << QStringLiteral("010000099");
    QTest::newRow("not an invoice number") << QStringLiteral("12x") << false
                                           << QStringLiteral("1–9 siffror");
    QTest::newRow("a claim with nothing to pay") << QStringLiteral("010000004") << false
                                                 << QStringLiteral("har inget att betala");
    QTest::newRow("already placed") << kA << true << QStringLiteral("redan placerad");
}

void TestUnplaced::placeRefusals()
{
    QFETCH(QString, invoice);
    QFETCH(bool, placeTwice);
    QFETCH(QString, message);
    PaymentImportFixture f;
    claims(f);
    f.claim(QStringLiteral("010000004"), 10000);
    pay(f, {{f.ocr(QStringLiteral("010000004")), 10000}, {QStringLiteral("X1"), 5000}}, 3);
    UnplacedRegister reg(*f.l.db);
    const qint64 id = reg.list(QStringLiteral("001")).first().id;
    if (placeTwice)
        reg.place(id, invoice);
    const QString before = f.fingerprint();
    const QString why = refusal([&] { reg.place(id, invoice); });
    QVERIFY2(why.contains(message), qPrintable(why));
    QCOMPARE(f.fingerprint(), before);
}

void TestUnplaced::unplacedRefunded()
{
    PaymentImportFixture f;
    claims(f);
    pay(f, {{QStringLiteral("X1"), 5000}}, 3);
    UnplacedRegister reg(*f.l.db);
    const qint64 id = reg.list(QString()).first().id;
    reg.markRefunded(id, QStringLiteral("Åter till betalaren"));
    QCOMPARE(reg.find(id)->status, UnplacedPayment::Status::Refunded);
    QCOMPARE(reg.list(QString()).size(), 0);
    QCOMPARE(reg.list(QString(), true).size(), 1);
    const QString before = f.fingerprint();
    QVERIFY(refusal([&] { reg.place(id, kA); }).contains(QStringLiteral("redan återbetald")));
    QCOMPARE(f.fingerprint(), before);
}

void TestUnplaced::moveOverpayment_data()
{
    QTest::addColumn<qint64>("paidOnA"); // A 1 000,00: the excess is the overpayment
    QTest::addColumn<qint64>("balanceB");
    QTest::addColumn<qint64>("rest");
    QTest::newRow("200,00 over A onto B 500,00: B 300,00") << 120000LL << 30000LL << 0LL;
    QTest::newRow("500,00 over A onto B 500,00: B paid") << 150000LL << 0LL << 0LL;
    QTest::newRow("700,00 over A onto B 500,00: B paid, 200,00 stays")
        << 170000LL << 0LL << 20000LL;
}

void TestUnplaced::moveOverpayment()
{
    QFETCH(qint64, paidOnA);
    QFETCH(qint64, balanceB);
    QFETCH(qint64, rest);
    PaymentImportFixture f;
    claims(f);
    pay(f, {{f.ocr(kA), paidOnA}});
    OverpaymentRegister reg(*f.l.db);
    const QList<Overpayment> open = reg.list(QStringLiteral("001"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().invoiceNumber, kA);
    QCOMPARE(open.first().amount.ore(), paidOnA - 100000);
    QCOMPARE(open.first().method, QStringLiteral("B"));

    const auto moved = reg.move(open.first().id, kB);
    QCOMPARE(moved.rest.ore(), rest);
    QCOMPARE(f.invoice(kB).balance.ore(), balanceB);
    QCOMPARE(f.methods(kB), QStringLiteral("B:%1").arg(paidOnA - 100000 - rest));
    QCOMPARE(f.invoice(kB).transactions.first().transactionDate, kPaid);
    QCOMPARE(f.invoice(kB).transactions.first().account, QStringLiteral("2420")); // förskott
    QCOMPARE(reg.find(open.first().id)->status, Overpayment::Status::Moved);
    QCOMPARE(reg.find(open.first().id)->movedToInvoiceNumber, kB);
    const QList<Overpayment> left = reg.list(QStringLiteral("001"));
    QCOMPARE(left.size(), rest > 0 ? 1 : 0);
    if (rest > 0) {
        QCOMPARE(left.first().amount.ore(), rest);
        QCOMPARE(left.first().invoiceNumber, kA);
    }
}

void TestUnplaced::moveRefusals_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("another customer") << kOther << QStringLiteral("samma kunds fakturor");
    QTest::newRow("the claim it came from") << kA << QStringLiteral("kommer från faktura");
    QTest::newRow("no such claim") << QStringLiteral("010000099") << QStringLiteral("010000099");
}

void TestUnplaced::moveRefusals()
{
    QFETCH(QString, target);
    QFETCH(QString, message);
    PaymentImportFixture f;
    claims(f);
    pay(f, {{f.ocr(kA), 120000}});
    OverpaymentRegister reg(*f.l.db);
    const qint64 id = reg.list(QStringLiteral("001")).first().id;
    const QString before = f.fingerprint();
    const QString why = refusal([&] { reg.move(id, target); });
    QVERIFY2(why.contains(message), qPrintable(why));
    QCOMPARE(f.fingerprint(), before);
}

void TestUnplaced::overpaymentRefunded()
{
    PaymentImportFixture f;
    claims(f);
    pay(f, {{f.ocr(kA), 120000}});
    OverpaymentRegister reg(*f.l.db);
    const qint64 id = reg.list(QString()).first().id;
    reg.markRefunded(id, QStringLiteral("Utbetalt 2026-11-30"));
    const auto row = reg.find(id);
    QCOMPARE(row->status, Overpayment::Status::Refunded);
    QCOMPARE(row->note, QStringLiteral("Utbetalt 2026-11-30"));
    QCOMPARE(reg.openCount(QStringLiteral("001")), 0);
    const QString before = f.fingerprint();
    QVERIFY(refusal([&] { reg.move(id, kB); }).contains(QStringLiteral("redan återbetald")));
    QCOMPARE(f.fingerprint(), before);
}

void TestUnplaced::signalListMarkSeen()
{
    PaymentImportFixture f;
    claims(f);
    f.l.db->run(QStringLiteral("UPDATE invoice SET watch_text = 'Konkurs' WHERE invoice_number IN "
                               "('010000001', '010000002')"));
    pay(f, {{f.ocr(kA), 1000}, {f.ocr(kB), 2000}});
    SignalList list(*f.l.db);
    QCOMPARE(list.unseenCount(QStringLiteral("001")), 2);
    const QList<SignalEntry> entries = list.list(QStringLiteral("001"));
    QCOMPARE(entries.first().invoiceNumber, kB); // newest first
    list.markSeen(entries.first().id);
    QCOMPARE(list.unseenCount(QStringLiteral("001")), 1);
    QCOMPARE(list.list(QStringLiteral("001"), true).first().seenBy, QStringLiteral("testare"));
}

void TestUnplaced::carriedDifferencesList()
{
    // Carry on, limits 5,00: A underpaid by 3,00 (+3,00), B overpaid by 2,00 (−2,00).
    PaymentImportFixture f;
    claims(f);
    f.limits(500, 500, true);
    pay(f, {{f.ocr(kA), 99700}, {f.ocr(kB), 50200}});
    CarriedDifferences reg(*f.l.db);
    const QList<CarriedDifference> rows = reg.list(QStringLiteral("001"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).invoiceNumber, kA);
    QCOMPARE(rows.at(0).amount.ore(), 300LL);
    QCOMPARE(rows.at(1).amount.ore(), -200LL);
    QCOMPARE(rows.at(0).name, QStringLiteral("Andersson, Anna"));
    QCOMPARE(rows.at(0).account, QStringLiteral("3740"));
    reg.markTransferred(rows.at(0).id, QStringLiteral("010000010"));
    QCOMPARE(reg.list(QStringLiteral("001")).size(), 1);
    QCOMPARE(reg.list(QStringLiteral("001"), true).first().transferredTo,
             QStringLiteral("010000010"));
    QVERIFY(refusal([&] { reg.markTransferred(rows.at(0).id, QStringLiteral("x")); })
                .contains(QStringLiteral("redan")));
}

void TestUnplaced::parameterDefaults()
{
    PaymentImportFixture f;
    const PaymentParameters p = PaymentParameters::load(*f.l.db, QStringLiteral("001"));
    QCOMPARE(p.overpaymentLimit.ore(), 0LL); // off until the clerk gives amounts (3.4)
    QCOMPARE(p.underpaymentLimit.ore(), 0LL);
    QVERIFY(!p.carryToNextInvoice);
    QCOMPARE(p.writeOffAccount, QStringLiteral("3740"));
    QCOMPARE(p.observationAccount, QStringLiteral("2990"));
    QCOMPARE(p.bankgiroMethod, QStringLiteral("B"));
    QCOMPARE(p.plusgiroMethod, QStringLiteral("G"));
    QCOMPARE(p.agencyMethod, QStringLiteral("I"));
    QCOMPARE(p.underpaymentWriteOffMethod, QStringLiteral("A"));
    QVERIFY(p.agencyGiros.isEmpty());
}

void TestUnplaced::parametersSaved()
{
    PaymentImportFixture f;
    PaymentParameters p;
    p.overpaymentLimit = Money::fromOre(150);
    p.underpaymentLimit = Money::fromKronor(10);
    p.writeOffAccount = QStringLiteral("3741");
    p.observationAccount = QStringLiteral("2999");
    p.carryToNextInvoice = true;
    p.agencyGiros = {QStringLiteral("5050-1055"), QStringLiteral("4711-8"), QStringLiteral("5050-1055")};
    p.save(*f.l.db, QStringLiteral("001"));
    const PaymentParameters back = PaymentParameters::load(*f.l.db, QStringLiteral("001"));
    QCOMPARE(back.overpaymentLimit.ore(), 150LL);
    QCOMPARE(back.underpaymentLimit.ore(), 1000LL);
    QCOMPARE(back.writeOffAccount, QStringLiteral("3741"));
    QCOMPARE(back.observationAccount, QStringLiteral("2999"));
    QVERIFY(back.carryToNextInvoice);
    QCOMPARE(back.agencyGiros, (QStringList{QStringLiteral("50501055"), QStringLiteral("47118")}));
    QVERIFY(back.isAgencyGiro(QStringLiteral("0050501055")));
    // Per company: 002 still has the defaults.
    f.l.addCompany(QStringLiteral("002"), QStringLiteral("Bolaget"));
    QCOMPARE(PaymentParameters::load(*f.l.db, QStringLiteral("002")).underpaymentLimit.ore(), 0LL);
    QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'setting'"))
            >= 4);
}

void TestUnplaced::parameterRefusals_data()
{
    QTest::addColumn<qint64>("over");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("giro");
    QTest::addColumn<QString>("method"); // the underpayment write-off method
    QTest::addColumn<QString>("message");
    QTest::newRow("limit above 1 000,00 kr") << 100001LL << QString() << QString() << QString()
                                             << QStringLiteral("ska vara 0–1 000,00 kr");
    QTest::newRow("negative limit") << -1LL << QString() << QString() << QString()
                                    << QStringLiteral("ska vara 0–");
    QTest::newRow("account with letters") << 0LL << QStringLiteral("37A0") << QString()
                                          << QString() << QStringLiteral("1–20 siffror");
    QTest::newRow("agency giro with a wrong check digit")
        << 0LL << QString() << QStringLiteral("5050-1056") << QString()
        << QStringLiteral("varken ett bankgiro- eller plusgironummer");
    QTest::newRow("write-off method that raises the claim")
        << 0LL << QString() << QString() << QStringLiteral("5")
        << QStringLiteral("ska vara ett K-sätt");
}

void TestUnplaced::parameterRefusals()
{
    QFETCH(qint64, over);
    QFETCH(QString, account);
    QFETCH(QString, giro);
    QFETCH(QString, method);
    QFETCH(QString, message);
    PaymentImportFixture f;
    PaymentParameters p = PaymentParameters::load(*f.l.db, QStringLiteral("001"));
    p.overpaymentLimit = Money::fromOre(over);
    if (!account.isEmpty())
        p.writeOffAccount = account;
    if (!giro.isEmpty())
        p.agencyGiros = {giro};
    if (!method.isEmpty())
        p.underpaymentWriteOffMethod = method;
    const QString before = f.fingerprint();
    const QString why = refusal([&] { p.save(*f.l.db, QStringLiteral("001")); });
    QVERIFY2(why.contains(message), qPrintable(why));
    QCOMPARE(f.fingerprint(), before);
}

void TestUnplaced::cliRegisters()
{
    // An unknown 400,00 and 200,00 over A: list both, place the first on B by
    // its number, set the limits; every command as scripts call it.
    PaymentImportFixture f;
    claims(f);
    pay(f, {{QStringLiteral("HYRA"), 40000}, {f.ocr(kA), 120000}}, 3);
    auto r = f.cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("unplaced"),
                    QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray unplaced
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("unplaced")).toArray();
    QCOMPARE(unplaced.size(), 1);
    QCOMPARE(unplaced.first().toObject().value(QStringLiteral("amount_ore")).toInteger(), 40000LL);
    const QString id = QString::number(unplaced.first().toObject().value(QStringLiteral("id")).toInteger());
    r = f.cli({QStringLiteral("unplaced"), QStringLiteral("place"), id, QStringLiteral("--invoice"),
               QStringLiteral("10000002")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(f.invoice(kB).balance.ore(), 10000LL); // 500,00 − 400,00
    r = f.cli({QStringLiteral("unplaced"), QStringLiteral("place"), id, QStringLiteral("--invoice"),
               QStringLiteral("10000002")});
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("redan placerad")),
             qPrintable(r.describe()));
    r = f.cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("overpayment"),
               QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral(";010000001;")) && r.out.contains(QStringLiteral("200,00")),
             qPrintable(r.describe()));
    r = f.cli({QStringLiteral("payment-parameters"), QStringLiteral("--company"), QStringLiteral("1"),
               QStringLiteral("--over"), QStringLiteral("2,50"), QStringLiteral("--carry"),
               QStringLiteral("yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const PaymentParameters p = PaymentParameters::load(*f.l.db, QStringLiteral("001"));
    QCOMPARE(p.overpaymentLimit.ore(), 250LL);
    QVERIFY(p.carryToNextInvoice);
    r = f.cli({QStringLiteral("payment-parameters"), QStringLiteral("--company"), QStringLiteral("001"),
               QStringLiteral("--agency-giro"), QStringLiteral("123")});
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("123")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestUnplaced)
#include "tst_unplaced.moc"
