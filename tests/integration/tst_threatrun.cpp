// Hot om betalningsföreläggande (handbook 7.16, 7.9; DOMAIN.md "Later
// steps"): which claims get a threat (days since the collection demand, "no
// threat" codes valid or expired, already threatened, paid, payment plan,
// agency, payment order), protected identities held, the kontrollista equal
// to the run, the stamp and its audit with nothing else changed, the pay-by
// date on a banking day, the accrued interest worked out by hand, and the
// selection's refusals.
#include "dunning/threatrun.h"

#include "audit/auditlog.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningtexts.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "testledger.h"

#include <QSqlRecord>
#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::ThreatSelection)

namespace {

const QString kCompany = QStringLiteral("001");
const QString kInvoice = QStringLiteral("040000001");
// The claims of TestLedger::draft are due 2026-01-31; the collection demand
// of these tests went out on Monday 2026-03-02.
const QDate kCollection(2026, 3, 2);

ThreatSelection selection(const QDate &runDate, int days = 14, int text = 1)
{
    ThreatSelection s;
    s.runDate = runDate;
    s.daysSinceCollection = days;
    s.textNumber = text;
    return s;
}

void setCollection(Database &db, const QString &invoice, const QDate &date)
{
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-02-10', collection_date = ? "
                          "WHERE invoice_number = ?"),
           {dateArg(date), invoice});
}

Invoice claim(Database &db, const QString &number)
{
    return InvoiceRepository(db).require(kCompany, number);
}

// The rows a threat run could touch, as text.
QString dump(Database &db)
{
    QString out;
    for (const char *table : {"invoice", "ledger_transaction", "booking_order", "audit_log"}) {
        QSqlQuery q = db.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            out += QLatin1String(table) + QLatin1Char(':');
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

void pay(Database &db, const QString &invoice, qint64 ore, const QDate &date)
{
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = invoice;
    r.method = QStringLiteral("B");
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

} // namespace

class TestThreatRun : public QObject
{
    Q_OBJECT

private slots:
    void eligibility_data();
    void eligibility();
    void runStampsOnlyTheDate();
    void failedDeliveryChangesNothing();
    void kontrollistaEqualsRun();
    void protectedIdentityHeld();
    void payBy_data();
    void payBy();
    void accruedInterest_data();
    void accruedInterest();
    void letterContent();
    void badSelection_data();
    void badSelection();
};

void TestThreatRun::eligibility_data()
{
    QTest::addColumn<QString>("update"); // SQL SET clause on the claim, "" = none
    QTest::addColumn<QString>("flag");   // kravkod 9's flag, "" = no code on the claim
    QTest::addColumn<QDate>("until");    // the code's valid-to date on the claim
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("runDate");
    QTest::addColumn<QString>("expected"); // taken / skipped / none
    const QDate none;
    // Collection demand 2026-03-02 + 14 days = 2026-03-16.
    QTest::newRow("13 days after the collection demand: not yet")
        << "" << "" << none << 14 << QDate(2026, 3, 15) << "none";
    QTest::newRow("14 days after: threat")
        << "" << "" << none << 14 << QDate(2026, 3, 16) << "taken";
    QTest::newRow("1 day after with days 1: threat")
        << "" << "" << none << 1 << QDate(2026, 3, 3) << "taken";
    QTest::newRow("on the day of the collection demand: never")
        << "" << "" << none << 1 << kCollection << "none";
    QTest::newRow("no collection demand: none")
        << "collection_date = NULL" << "" << none << 14 << QDate(2026, 6, 1) << "none";
    QTest::newRow("no-threat code without end date: skipped")
        << "" << "no_threat" << none << 14 << QDate(2026, 3, 16) << "skipped";
    QTest::newRow("no-threat code valid through the run date: skipped")
        << "" << "no_threat" << QDate(2026, 3, 16) << 14 << QDate(2026, 3, 16) << "skipped";
    QTest::newRow("no-threat code expired the day before: taken")
        << "" << "no_threat" << QDate(2026, 3, 15) << 14 << QDate(2026, 3, 16) << "taken";
    QTest::newRow("code stopping only collection demands: taken")
        << "" << "no_collection" << none << 14 << QDate(2026, 3, 16) << "taken";
    QTest::newRow("already threatened: none")
        << "threat_date = '2026-03-10'" << "" << none << 14 << QDate(2026, 6, 1) << "none";
    QTest::newRow("balance 0: none")
        << "balance_ore = 0, capital_open_ore = 0" << "" << none << 14 << QDate(2026, 3, 16)
        << "none";
    QTest::newRow("overpaid: none")
        << "balance_ore = -100, capital_open_ore = -100" << "" << none << 14 << QDate(2026, 3, 16)
        << "none";
    QTest::newRow("in a payment plan: none")
        << "payment_plan_date = '2026-03-05'" << "" << none << 14 << QDate(2026, 3, 16) << "none";
    QTest::newRow("transferred to an agency: none")
        << "agency_transfer_date = '2026-03-05'" << "" << none << 14 << QDate(2026, 3, 16)
        << "none";
    QTest::newRow("payment order applied for: none")
        << "payment_order_date = '2026-03-05'" << "" << none << 14 << QDate(2026, 3, 16)
        << "none";
    QTest::newRow("residual demand sent: still a threat")
        << "residual_date = '2026-03-10'" << "" << none << 14 << QDate(2026, 3, 16) << "taken";
}

void TestThreatRun::eligibility()
{
    QFETCH(QString, update);
    QFETCH(QString, flag);
    QFETCH(QDate, until);
    QFETCH(int, days);
    QFETCH(QDate, runDate);
    QFETCH(QString, expected);
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    setCollection(*t.db, kInvoice, kCollection);
    if (!update.isEmpty())
        t.db->run(QStringLiteral("UPDATE invoice SET %1").arg(update));
    if (!flag.isEmpty()) {
        t.db->run(QStringLiteral("DELETE FROM dunning_code WHERE code = 9"));
        t.db->run(QStringLiteral("INSERT INTO dunning_code (code, text, %1) VALUES (9, 'Tvist', 1)")
                      .arg(flag));
        DunningCodeAssignment(*t.db).set(kCompany, kInvoice, 9, until);
    }
    const ThreatRunResult r = ThreatRun(*t.db).plan(selection(runDate, days));
    QCOMPARE(r.items.size(), expected == QLatin1String("taken") ? 1 : 0);
    QCOMPARE(r.skipped.size(), expected == QLatin1String("skipped") ? 1 : 0);
    if (expected == QLatin1String("skipped")) {
        const QString reason = r.skipped.first().reason;
        QVERIFY2(reason.startsWith(QStringLiteral("kravkod 9 Tvist")), qPrintable(reason));
        if (until.isValid())
            QVERIFY2(reason.endsWith(QStringLiteral("t.o.m. 2026-03-16")), qPrintable(reason));
    }
}

void TestThreatRun::runStampsOnlyTheDate()
{
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    setCollection(*t.db, kInvoice, kCollection);
    const Invoice before = claim(*t.db, kInvoice);
    const qint64 transactions = t.count(QStringLiteral("ledger_transaction"));
    const qint64 orders = t.count(QStringLiteral("booking_order"));

    const ThreatRunResult r = ThreatRun(*t.db).run(selection(QDate(2026, 3, 16)));
    QVERIFY(!r.dryRun);
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.letters.size(), 1);

    const Invoice after = claim(*t.db, kInvoice);
    QCOMPARE(after.threatDate, QDate(2026, 3, 16));
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.changedBy, QStringLiteral("testare"));
    // No fee, no interest, no booking: the money is as it was.
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.collectionFee, before.collectionFee);
    QCOMPARE(after.interestDebited, before.interestDebited);
    QCOMPARE(after.interestUndebited, before.interestUndebited);
    QCOMPARE(t.count(QStringLiteral("ledger_transaction")), transactions);
    QCOMPARE(t.count(QStringLiteral("booking_order")), orders);
    // Audited: the stamp with the run's date and text.
    const auto entries = AuditLog(*t.db).entriesFor(QStringLiteral("invoice"),
                                                    QStringLiteral("001/040000001"));
    QVERIFY(!entries.isEmpty());
    const AuditLog::Entry &e = entries.last();
    QCOMPARE(e.field, QStringLiteral("threat_date"));
    QCOMPARE(e.newValue, QStringLiteral("2026-03-16"));
    QCOMPARE(e.user, QStringLiteral("testare"));
    QCOMPARE(e.context, QStringLiteral("threat run 2026-03-16, text 1"));

    // Once only: the next run, however late, takes nothing.
    QCOMPARE(ThreatRun(*t.db).plan(selection(QDate(2026, 12, 1))).items.size(), 0);
}

void TestThreatRun::failedDeliveryChangesNothing()
{
    // The letters are written inside the run's unit of work: when they
    // cannot be, nothing is stamped.
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    setCollection(*t.db, kInvoice, kCollection);
    const QString before = dump(*t.db);
    int delivered = 0;
    try {
        ThreatRun(*t.db).run(selection(QDate(2026, 3, 16)),
                             [&delivered](const ThreatRunResult &r) {
                                 delivered = int(r.letters.size());
                                 throw LedgerError::refused(QStringLiteral("disk full"));
                             });
        QFAIL("the run went through");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), QStringLiteral("disk full"));
    }
    QCOMPARE(delivered, 1);
    QCOMPARE(dump(*t.db), before);
    QCOMPARE(claim(*t.db, kInvoice).threatDate, QDate());
}

void TestThreatRun::kontrollistaEqualsRun()
{
    TestLedger t;
    QList<InvoiceDraft> drafts;
    for (int i = 1; i <= 6; ++i)
        drafts << TestLedger::draft(QStringLiteral("04000000%1").arg(i), Money::fromKronor(500 * i),
                                    QStringLiteral("Kund %1").arg(i),
                                    i == 4 ? QStringLiteral("640823-3234")
                                           : QStringLiteral("811218-9876"));
    t.registerInvoices(drafts);
    for (int i = 1; i <= 6; ++i)
        setCollection(*t.db, QStringLiteral("04000000%1").arg(i),
                      i == 6 ? QDate(2026, 3, 10) : kCollection); // 6: too recent
    t.db->run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = (SELECT "
                             "customer_id FROM invoice WHERE invoice_number = '040000004')"));
    t.db->run(QStringLiteral("INSERT INTO dunning_code (code, text, no_threat) VALUES (8, 'Utredning', 1)"));
    DunningCodeAssignment(*t.db).set(kCompany, QStringLiteral("040000002"), 8);
    pay(*t.db, QStringLiteral("040000003"), 150000, QDate(2026, 3, 5)); // 1 500,00: paid in full

    ThreatSelection s = selection(QDate(2026, 3, 16));
    s.printInterest = true;
    const QString untouched = dump(*t.db);
    const ThreatRunResult plan = ThreatRun(*t.db).plan(s);
    const QList<DunningLetter> preview = ThreatRun(*t.db).previewLetters(plan);
    QCOMPARE(dump(*t.db), untouched); // the kontrollista and its preview change nothing
    QVERIFY(plan.dryRun);
    const ThreatRunResult run = ThreatRun(*t.db).run(s);
    // 1 and 5 and the held 4; 2 skipped by its code; 3 paid; 6 too recent.
    QCOMPARE(plan.items.size(), 3);
    QCOMPARE(run.items.size(), plan.items.size());
    for (int i = 0; i < plan.items.size(); ++i) {
        const ThreatItem &a = plan.items.at(i);
        const ThreatItem &b = run.items.at(i);
        QCOMPARE(b.invoiceNumber, a.invoiceNumber);
        QCOMPARE(b.balance, a.balance);
        QCOMPARE(b.interest, a.interest);
        QCOMPARE(b.payBy, a.payBy);
        QCOMPARE(b.held, a.held);
    }
    QCOMPARE(plan.items.at(0).invoiceNumber, QStringLiteral("040000001"));
    QCOMPARE(plan.items.at(1).invoiceNumber, QStringLiteral("040000004"));
    QCOMPARE(plan.items.at(2).invoiceNumber, QStringLiteral("040000005"));
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(run.skipped.size(), 1);
    QCOMPARE(run.skipped.first().invoiceNumber, QStringLiteral("040000002"));
    QCOMPARE(run.skipped.first().reason, QStringLiteral("kravkod 8 Utredning"));
    // 500 + 2 000 + 2 500 kr.
    QCOMPARE(plan.totalBalance().ore(), qint64(500000));
    QCOMPARE(run.totalBalance(), plan.totalBalance());
    QCOMPARE(run.totalInterest(), plan.totalInterest());
    // The preview letters of the kontrollista are the run's letters (the
    // held one in neither).
    QCOMPARE(run.letters.size(), 2);
    QCOMPARE(preview.size(), run.letters.size());
    for (int i = 0; i < preview.size(); ++i) {
        QCOMPARE(preview.at(i).invoiceNumber, run.letters.at(i).invoiceNumber);
        QCOMPARE(preview.at(i).totalToPay, run.letters.at(i).totalToPay);
        QCOMPARE(preview.at(i).accruedInterest, run.letters.at(i).accruedInterest);
        QCOMPARE(preview.at(i).payBy, run.letters.at(i).payBy);
    }
    QCOMPARE(ThreatRun(*t.db).plan(s).items.size(), 0); // once only
    QCOMPARE(claim(*t.db, QStringLiteral("040000002")).threatDate, QDate());
    QCOMPARE(claim(*t.db, QStringLiteral("040000006")).threatDate, QDate());
    QCOMPARE(claim(*t.db, QStringLiteral("040000005")).threatDate, QDate(2026, 3, 16));
}

void TestThreatRun::protectedIdentityHeld()
{
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(1000),
                                          QStringLiteral("Skyddad, Sara"),
                                          QStringLiteral("640823-3234"))});
    setCollection(*t.db, kInvoice, kCollection);
    setCollection(*t.db, QStringLiteral("040000002"), kCollection);
    t.db->run(QStringLiteral("UPDATE customer SET protected_identity = 1 WHERE id = (SELECT "
                             "customer_id FROM invoice WHERE invoice_number = '040000002')"));
    ThreatRun threat(*t.db);
    const ThreatRunResult plan = threat.plan(selection(QDate(2026, 3, 16)));
    QCOMPARE(plan.heldCount(), 1);
    // The preview shows only the letter that will be printed.
    const QList<DunningLetter> preview = threat.previewLetters(plan);
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.first().invoiceNumber, kInvoice);

    const ThreatRunResult r = threat.run(selection(QDate(2026, 3, 16)));
    QCOMPARE(r.items.size(), 2);
    QCOMPARE(r.heldCount(), 1);
    QVERIFY(r.items.at(1).held);
    QCOMPARE(r.letters.size(), 1);
    QCOMPARE(r.letters.first().invoiceNumber, kInvoice);
    // Stamped all the same: the clerk sends it by hand.
    QCOMPARE(claim(*t.db, QStringLiteral("040000002")).threatDate, QDate(2026, 3, 16));
}

void TestThreatRun::payBy_data()
{
    QTest::addColumn<QDate>("runDate");
    QTest::addColumn<QDate>("payBy");
    // Run date + 10 days (kravparametrar's days for a collection demand).
    QTest::newRow("Monday + 10 = Thursday") << QDate(2026, 3, 16) << QDate(2026, 3, 26);
    QTest::newRow("Thursday + 10 = Sunday, moved to Monday")
        << QDate(2026, 3, 19) << QDate(2026, 3, 30);
    QTest::newRow("+ 10 = Good Friday, moved past Easter Monday to Tuesday")
        << QDate(2026, 3, 24) << QDate(2026, 4, 7);
}

void TestThreatRun::payBy()
{
    QFETCH(QDate, runDate);
    QFETCH(QDate, payBy);
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    setCollection(*t.db, kInvoice, kCollection);
    const ThreatRunResult r = ThreatRun(*t.db).run(selection(runDate));
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().payBy, payBy);
    QCOMPARE(r.letters.first().payBy, payBy);
}

void TestThreatRun::accruedInterest_data()
{
    QTest::addColumn<qint64>("debitedOre"); // interest debited by the collection demand
    QTest::addColumn<qint64>("paidOre");    // paid on 2026-03-05, after the demand
    QTest::addColumn<qint64>("interest");   // accrued to 2026-03-16, less debited
    QTest::addColumn<int>("periods");
    QTest::addColumn<qint64>("balance");
    // 10 000,00 due 2026-01-31, reference rate 2,00 % + 8 = 10,00 %.
    // 2026-02-01 – 2026-03-16 = 28 + 16 = 44 days:
    //   10 000 × 0,10 × 44 / 365 = 120,5479… → 120,55.
    QTest::newRow("unpaid, nothing debited: 120,55")
        << qint64(0) << qint64(0) << qint64(12055) << 1 << qint64(1000000);
    // The collection demand debited 82,19 (to 2026-03-02): 120,55 − 82,19.
    QTest::newRow("82,19 debited by the demand: 38,36 more")
        << qint64(8219) << qint64(0) << qint64(3836) << 1 << qint64(1008219);
    // 4 000,00 paid 2026-03-05: 10 000 for 2026-02-01 – 03-05 (33 days),
    // 6 000 for 03-06 – 03-16 (11 days):
    //   (10 000 × 33 + 6 000 × 11) × 0,10 / 365 = 39 600 / 365 = 108,4931… → 108,49.
    QTest::newRow("4 000,00 paid after the demand: 108,49 in two periods")
        << qint64(0) << qint64(400000) << qint64(10849) << 2 << qint64(600000);
}

void TestThreatRun::accruedInterest()
{
    QFETCH(qint64, debitedOre);
    QFETCH(qint64, paidOre);
    QFETCH(qint64, interest);
    QFETCH(int, periods);
    QFETCH(qint64, balance);
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(10000))});
    setCollection(*t.db, kInvoice, kCollection);
    if (debitedOre > 0)
        t.db->run(QStringLiteral("UPDATE invoice SET interest_debited_ore = ?, interest_open_ore = ?, "
                                 "balance_ore = balance_ore + ?"),
                  {debitedOre, debitedOre, debitedOre});
    if (paidOre > 0)
        pay(*t.db, kInvoice, paidOre, QDate(2026, 3, 5));
    ThreatSelection s = selection(QDate(2026, 3, 16));
    s.printInterest = true;
    const ThreatRunResult plan = ThreatRun(*t.db).plan(s);
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.first().interest.ore(), interest);
    QCOMPARE(plan.items.first().balance.ore(), balance);
    const ThreatRunResult r = ThreatRun(*t.db).run(s);
    const DunningLetter &l = r.letters.first();
    QVERIFY(l.printInterest);
    QCOMPARE(l.accruedInterest.ore(), interest);
    QCOMPARE(l.interestLines.size(), periods);
    QCOMPARE(l.interestLines.first().from, QDate(2026, 2, 1));
    QCOMPARE(l.interestLines.last().to, QDate(2026, 3, 16));
    QCOMPARE(l.interestLines.first().rateHundredths, qint64(1000));
    QCOMPARE(l.totalToPay.ore(), balance); // accrued interest is shown, not added
    QCOMPARE(l.paymentsSince.size(), paidOre > 0 ? 1 : 0);
    if (paidOre > 0) {
        QCOMPARE(l.paymentsSince.first().date, QDate(2026, 3, 5));
        QCOMPARE(l.paymentsSince.first().amount.ore(), paidOre);
    }
    // The claim's money is untouched: interest is printed, never debited.
    QCOMPARE(claim(*t.db, kInvoice).interestDebited.ore(), debitedOre);

    // Without the choice nothing is computed or printed.
    TestLedger u;
    u.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(10000))});
    setCollection(*u.db, kInvoice, kCollection);
    const ThreatRunResult plain = ThreatRun(*u.db).run(selection(QDate(2026, 3, 16)));
    QCOMPARE(plain.items.first().interest.ore(), qint64(0));
    QVERIFY(!plain.letters.first().printInterest);
    QVERIFY(plain.letters.first().interestLines.isEmpty());
}

void TestThreatRun::letterContent()
{
    TestLedger t;
    InvoiceDraft d = TestLedger::draft(kInvoice, Money::fromKronor(1000));
    d.co = QStringLiteral("Berg");
    d.description = QStringLiteral("Vatten kvartal 1");
    t.registerInvoices({d});
    setCollection(*t.db, kInvoice, kCollection);
    DunningTexts(*t.db).save({DunningTextKind::Threat, 3, QLatin1Char('F'),
                              {QStringLiteral("Text tre."), QString(70, QLatin1Char('x'))}});
    const ThreatRunResult r = ThreatRun(*t.db).run(selection(QDate(2026, 3, 16), 14, 3));
    QCOMPARE(r.letters.size(), 1);
    const DunningLetter &l = r.letters.first();
    QCOMPARE(l.heading, QStringLiteral("HOT OM BETALNINGSFÖRELÄGGANDE"));
    QCOMPARE(l.formType, QLatin1Char('F'));
    QCOMPARE(l.letterDate, QDate(2026, 3, 16));
    QCOMPARE(l.sender.name, QStringLiteral("Testkommunen"));
    QCOMPARE(l.bankgiro, QStringLiteral("5805-6201"));
    QCOMPARE(l.debtorName, QStringLiteral("Andersson, Anna"));
    QCOMPARE(l.co, QStringLiteral("Berg"));
    QCOMPARE(l.address, QStringLiteral("Storgatan 1"));
    QCOMPARE(l.description, QStringLiteral("Vatten kvartal 1"));
    QCOMPARE(l.capital.ore(), qint64(100000));
    QCOMPARE(l.totalToPay.ore(), qint64(100000));
    QCOMPARE(l.letterFee.ore(), qint64(0));
    QCOMPARE(l.textLines, (QStringList{QStringLiteral("Text tre."), QString(70, QLatin1Char('x'))}));
    QCOMPARE(l.ocr, claim(*t.db, kInvoice).ocr);
    QVERIFY(!l.ocr.isEmpty());
}

void TestThreatRun::badSelection_data()
{
    QTest::addColumn<ThreatSelection>("selection");
    QTest::addColumn<QString>("start");
    ThreatSelection ok = selection(QDate(2026, 3, 16));
    ThreatSelection s = ok;
    s.runDate = QDate();
    QTest::newRow("no run date") << s << "Körningsdatum";
    s = ok;
    s.daysSinceCollection = 0;
    QTest::newRow("days missing (0)") << s << "Antal dagar sedan inkassokrav";
    s.daysSinceCollection = 1000;
    QTest::newRow("days 1000") << s << "Antal dagar sedan inkassokrav";
    s = ok;
    s.textNumber = 0;
    QTest::newRow("text missing (0)") << s << "Textnummer";
    s.textNumber = 10;
    QTest::newRow("text 10") << s << "Textnummer";
    s.textNumber = 2;
    QTest::newRow("text 2 does not exist") << s << "Textnummer: text 2";
    s = ok;
    s.companyFrom = QStringLiteral("12a");
    QTest::newRow("company not digits") << s << "Företagsnummer";
    s = ok;
    s.routineFrom = QStringLiteral("05");
    s.routineTo = QStringLiteral("04");
    QTest::newRow("routine to before from") << s << "Rutin t.o.m. 04";
}

void TestThreatRun::badSelection()
{
    QFETCH(ThreatSelection, selection);
    QFETCH(QString, start);
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(1000))});
    setCollection(*t.db, kInvoice, kCollection);
    const QString before = dump(*t.db);
    for (bool dryRun : {true, false}) {
        try {
            if (dryRun)
                ThreatRun(*t.db).plan(selection);
            else
                ThreatRun(*t.db).run(selection);
            QFAIL("the selection was accepted");
        } catch (const LedgerError &e) {
            QCOMPARE(e.kind(), LedgerError::Kind::Refused);
            QVERIFY2(e.message().startsWith(start), qPrintable(e.message()));
        }
    }
    QCOMPARE(dump(*t.db), before);
}

QTEST_GUILESS_MAIN(TestThreatRun)
#include "tst_threatrun.moc"
