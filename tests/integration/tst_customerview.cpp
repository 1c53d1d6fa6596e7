// Kunduppgifter (seed 001 §4.2) in core: the balance summary split by where
// the claims are, the accrued interest worked out by hand, the address
// history from the claims' copies and the audit log, the claims list (open
// or all) with type and status, and notes.
//
// Anna (811218-9876), company 001, today 2026-11-26, reference rate 2,00 %
// + 8 = 10 %, actual/365, interest = base × 1000 × days / 3 650 000:
//   040000005 inv 2026-11-25 credit −100                       → credit
//   040000001 inv 2026-11-20 due 2026-12-31 1 000              → not due
//   040000002 inv 2026-10-01 due 2026-10-31   500 (26 days)    → overdue; 356,16 → 3,56
//   040000003 inv 2026-09-01 due 2026-09-30   300 + fee 60     → reminded; 57 days: 4,68
//   040000004 inv 2026-08-01 due 2026-08-31 2 000 + interest 30 → demand; 87 days:
//             47,67 − 30,00 debited = 17,67
//   040000006 inv 2026-06-01 due 2026-06-30   400 paid 07-05, overpaid 25 → closed
// Bo (640823-3234) has 040000007, which must not show.
#include "audit/auditlog.h"
#include "ledger/customerview.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

InvoiceDraft claim(const QString &number, qint64 kronor, const QDate &invoiceDate,
                   const QDate &due)
{
    InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(kronor));
    d.invoiceDate = invoiceDate;
    d.dueDate = due;
    return d;
}

} // namespace

class TestCustomerView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsByCompanyAsTyped();
    void balance();
    void claims_data();
    void claims();
    void addressHistory();
    void notes();

private:
    std::unique_ptr<TestLedger> m_ledger;
    CustomerDetails m_anna;
};

void TestCustomerView::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>();
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("DELETE FROM reference_rate WHERE from_date >= '2026-01-01'"));
    db.run(QStringLiteral("INSERT INTO reference_rate (from_date, rate_hundredths, verified, "
                          "source) VALUES ('2026-01-01', 200, 1, 'test'), ('2026-07-01', 200, 1, "
                          "'test')"));
    InvoiceDraft moved = claim(QStringLiteral("040000006"), 400, {2026, 6, 1}, {2026, 6, 30});
    moved.address = QStringLiteral("Gamla vägen 2");
    InvoiceDraft bo = TestLedger::draft(QStringLiteral("040000007"), Money::fromKronor(900),
                                        QStringLiteral("Berg, Bo"), QStringLiteral("640823-3234"));
    m_ledger->registerInvoices(
        {claim(QStringLiteral("040000001"), 1000, {2026, 11, 20}, {2026, 12, 31}),
         claim(QStringLiteral("040000002"), 500, {2026, 10, 1}, {2026, 10, 31}),
         claim(QStringLiteral("040000003"), 300, {2026, 9, 1}, {2026, 9, 30}),
         claim(QStringLiteral("040000004"), 2000, {2026, 8, 1}, {2026, 8, 31}),
         claim(QStringLiteral("040000005"), -100, {2026, 11, 25}, {2026, 12, 25}), moved, bo});
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-10-10', reminder_fee_ore = "
                          "6000, reminder_fee_open_ore = 6000, balance_ore = 36000 WHERE "
                          "invoice_number = '040000003'"));
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-09-10', collection_date = "
                          "'2026-10-01', interest_debited_ore = 3000, interest_open_ore = 3000, "
                          "balance_ore = 203000 WHERE invoice_number = '040000004'"));
    PostingRequest pay;
    pay.company = QStringLiteral("001");
    pay.invoiceNumber = QStringLiteral("040000006");
    pay.method = QStringLiteral("B");
    pay.amount = Money::fromKronor(400);
    pay.transactionDate = QDate(2026, 7, 5);
    PostingService(db).post(pay);
    db.run(QStringLiteral("INSERT INTO overpayment (company, invoice_id, payment_date, "
                          "amount_ore, status, created_by, created_at) SELECT '001', id, "
                          "'2026-07-05', 2500, 'open', 'test', '2026-07-05T10:00:00Z' FROM "
                          "invoice WHERE invoice_number = '040000006'"));
    // A clerk moved 040000002 to a new address in change mode (audited).
    db.run(QStringLiteral("UPDATE invoice SET address = 'Nygatan 5' WHERE invoice_number = "
                          "'040000002'"));
    AuditLog(db).recordChange(QStringLiteral("invoice"), QStringLiteral("001/040000002"),
                              QStringLiteral("address"), QStringLiteral("Storgatan 1"),
                              QStringLiteral("Nygatan 5"));
    const Invoice first =
        InvoiceRepository(db).require(QStringLiteral("001"), QStringLiteral("040000001"));
    m_anna = CustomerView(db).require(first.company, first.customerNumber);
}

void TestCustomerView::findsByCompanyAsTyped()
{
    CustomerView view(*m_ledger->db);
    const auto found = view.find(QStringLiteral("1"), m_anna.customerNumber);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Andersson, Anna"));
    QCOMPARE(found->idNumber, QStringLiteral("198112189876"));
    QCOMPARE(found->idKind, QStringLiteral("P"));
    QVERIFY(!view.find(QStringLiteral("002"), m_anna.customerNumber));
    try {
        view.require(QStringLiteral("001"), QStringLiteral("999999"));
        QFAIL("an unknown customer was found");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
        QCOMPARE(e.message(), QStringLiteral("Kund 999999 finns inte i företag 001."));
    }
}

void TestCustomerView::balance()
{
    const CustomerBalance b = CustomerView(*m_ledger->db).balance(m_anna, QDate(2026, 11, 26));
    QCOMPARE(b.notDueCount, 1);
    QCOMPARE(b.notDue, Money::fromKronor(1000));
    // 500 + 360 + 2 030
    QCOMPARE(b.overdueCount, 3);
    QCOMPARE(b.overdue, Money::fromKronor(2890));
    QCOMPARE(b.remindedCount, 1);
    QCOMPARE(b.reminded, Money::fromKronor(360));
    QCOMPARE(b.collectionCount, 1);
    QCOMPARE(b.collection, Money::fromKronor(2030));
    QCOMPARE(b.feesOpen, Money::fromKronor(60));
    QCOMPARE(b.interestOpen, Money::fromKronor(30));
    // 3,56 + 4,68 + 17,67
    QCOMPARE(b.interestAccrued, Money::fromOre(356 + 468 + 1767));
    QCOMPARE(b.interestNote, QString());
    QCOMPARE(b.creditCount, 1);
    QCOMPARE(b.credit, Money::fromKronor(-100));
    QCOMPARE(b.overpaymentCount, 1);
    QCOMPARE(b.overpayments, Money::fromKronor(25));
    QCOMPARE(b.total(), Money::fromKronor(3890));
}

void TestCustomerView::claims_data()
{
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<QStringList>("expected"); // invoice type status balance overpaid
    QTest::newRow("open only (balance not 0), newest first")
        << true
        << QStringList{"040000005 K Tillgodo -10000 0", "040000001 F Ej förfallen 100000 0",
                       "040000002 F Förfallen 50000 0", "040000003 F Påminnelse 1 36000 0",
                       "040000004 F Inkassokrav 203000 0"};
    QTest::newRow("all, the paid one with its overpayment last")
        << false
        << QStringList{"040000005 K Tillgodo -10000 0", "040000001 F Ej förfallen 100000 0",
                       "040000002 F Förfallen 50000 0", "040000003 F Påminnelse 1 36000 0",
                       "040000004 F Inkassokrav 203000 0", "040000006 F Slutbetald 0 2500"};
}

void TestCustomerView::claims()
{
    QFETCH(bool, openOnly);
    QFETCH(QStringList, expected);
    const ReportTable t = CustomerView(*m_ledger->db).claims(m_anna, openOnly);
    const ReportLayout &l = t.layout();
    QStringList rows;
    for (const ReportRow &r : t.rows())
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(r.text(l.columnIndex(QStringLiteral("invoice"))),
                         r.text(l.columnIndex(QStringLiteral("type"))),
                         r.text(l.columnIndex(QStringLiteral("status"))))
                    .arg(r.integer(l.columnIndex(QStringLiteral("balance"))))
                    .arg(r.integer(l.columnIndex(QStringLiteral("overpaid"))));
    QCOMPARE(rows, expected);
    // The fees and interest still owed: 60 kr on 040000003, 30 kr on 040000004.
    const int fees = l.columnIndex(QStringLiteral("feesInterest"));
    QCOMPARE(t.rows().at(3).integer(fees), 6000);
    QCOMPARE(t.rows().at(4).integer(fees), 3000);
}

void TestCustomerView::addressHistory()
{
    const QList<AddressRecord> h = CustomerView(*m_ledger->db).addressHistory(m_anna);
    QCOMPARE(h.size(), 4);
    QCOMPARE(h.at(0).address, QStringLiteral("Storgatan 1, 123 45 Småstad"));
    QCOMPARE(h.at(0).from, QDate(2026, 8, 1));
    QCOMPARE(h.at(0).to, QDate(2026, 11, 25));
    QCOMPARE(h.at(0).detail, QStringLiteral("4 fakturor, senast 040000005"));
    QCOMPARE(h.at(1).address, QStringLiteral("Nygatan 5, 123 45 Småstad"));
    QCOMPARE(h.at(1).detail, QStringLiteral("1 faktura, 040000002"));
    QCOMPARE(h.at(2).address, QStringLiteral("Gamla vägen 2, 123 45 Småstad"));
    QCOMPARE(h.at(2).from, QDate(2026, 6, 1));
    QCOMPARE(h.at(3).source, AddressRecord::Source::Change);
    QCOMPARE(h.at(3).address, QStringLiteral("adress: Storgatan 1 → Nygatan 5"));
    QCOMPARE(h.at(3).detail, QStringLiteral("ändrad på faktura 040000002 av testare"));
    QCOMPARE(CustomerView::addressLine(QStringLiteral("Eva Ek"), QStringLiteral("Box 1"),
                                       QStringLiteral("111 22"), QStringLiteral("Stad"),
                                       QStringLiteral("NO")),
             QStringLiteral("c/o Eva Ek, Box 1, 111 22 Stad, NO"));
}

void TestCustomerView::notes()
{
    CustomerView view(*m_ledger->db);
    QVERIFY(view.notes(m_anna).isEmpty());
    const CustomerNote n = view.addNote(m_anna, QStringLiteral("  Ringde, betalar fredag  "));
    QCOMPARE(n.text, QStringLiteral("Ringde, betalar fredag"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, view.addNote(m_anna, QStringLiteral("   ")));
    QVERIFY_THROWS_EXCEPTION(LedgerError, view.addNote(m_anna, QString(501, QLatin1Char('x'))));
    const QList<CustomerNote> all = view.notes(m_anna);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().createdBy, QStringLiteral("testare"));
    const auto audit = AuditLog(*m_ledger->db)
                           .entriesFor(QStringLiteral("customer_note"),
                                       m_anna.company + '/' + m_anna.customerNumber);
    QCOMPARE(audit.size(), 1);
}

QTEST_GUILESS_MAIN(TestCustomerView)
#include "tst_customerview.moc"
