// Registering claims through a batch (bunt): checks, atomic approval.
#include "testledger.h"

#include "ledger/invoicerepository.h"

using namespace rsk;
using rsk::test::TestLedger;

class TestRegistration : public QObject
{
    Q_OBJECT
private slots:
    void batchAddRemoveApprove();
    void approvedBatchIsClosed();
    void approvalIsAllOrNothing();
    void invalidDrafts_data();
    void invalidDrafts();
    void normalisesDraft();
    void customersAreReused();
    void oneBatchPerCompany();
};

void TestRegistration::batchAddRemoveApprove()
{
    TestLedger l;
    InvoiceRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("1"), QStringLiteral("januari"));
    QCOMPARE(reg.addLine(batch, TestLedger::draft(QStringLiteral("030000001"), Money::fromKronor(800))), 1);
    QCOMPARE(reg.addLine(batch, TestLedger::draft(QStringLiteral("030000002"), Money::fromKronor(900))), 2);
    QCOMPARE(reg.addLine(batch, TestLedger::draft(QStringLiteral("030000003"), Money::fromKronor(1000))), 3);
    // A line already in the batch makes a duplicate fail at once.
    QVERIFY_THROWS_EXCEPTION(LedgerError,
        reg.addLine(batch, TestLedger::draft(QStringLiteral("030000002"), Money::fromKronor(5))));
    reg.removeLine(batch, 2);
    QCOMPARE(reg.lines(batch).size(), 2);
    QCOMPARE(l.count(QStringLiteral("invoice")), 0); // nothing posted before approval
    QCOMPARE(reg.approve(batch), 2);
    QCOMPARE(l.count(QStringLiteral("invoice")), 2);
    InvoiceRepository repo(*l.db);
    const Invoice inv = repo.require(QStringLiteral("001"), QStringLiteral("030000003"),
                                     InvoiceRepository::Detail::WithLinesAndTransactions);
    QCOMPARE(inv.routine, QStringLiteral("03"));
    QCOMPARE(inv.balance.ore(), 100000LL);
    QCOMPARE(inv.lines.size(), 1);
    QCOMPARE(inv.lines.first().amount.ore(), 100000LL);
    QVERIFY(!repo.exists(QStringLiteral("001"), QStringLiteral("030000002")));
}

void TestRegistration::approvedBatchIsClosed()
{
    TestLedger l;
    InvoiceRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"), QString());
    reg.addLine(batch, TestLedger::draft(QStringLiteral("030000001"), Money::fromKronor(800)));
    reg.approve(batch);
    try {
        reg.addLine(batch, TestLedger::draft(QStringLiteral("030000002"), Money::fromKronor(1)));
        QFAIL("added to an approved batch");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("redan godkänd")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.approve(batch));
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.createBatch(QStringLiteral("999"), QString()));
}

void TestRegistration::approvalIsAllOrNothing()
{
    TestLedger l;
    InvoiceRegistration reg(*l.db);
    const qint64 batch = reg.createBatch(QStringLiteral("001"), QString());
    reg.addLine(batch, TestLedger::draft(QStringLiteral("030000001"), Money::fromKronor(800)));
    reg.addLine(batch, TestLedger::draft(QStringLiteral("030000002"), Money::fromKronor(900)));
    // Meanwhile another clerk registers 030000002 directly.
    l.registerInvoices({TestLedger::draft(QStringLiteral("030000002"), Money::fromKronor(1))});
    const qint64 audits = l.count(QStringLiteral("audit_log"));
    try {
        reg.approve(batch);
        QFAIL("approved a batch with a duplicate");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("rad 2: faktura 030000002 finns redan")),
                 qPrintable(e.message()));
    }
    QCOMPARE(l.count(QStringLiteral("invoice")), 1); // only the other clerk's
    QCOMPARE(l.count(QStringLiteral("audit_log")), audits);
    QCOMPARE(reg.lines(batch).size(), 2); // the batch is still open, as it was
}

void TestRegistration::invalidDrafts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("unknown company") << "company" << "999" << "företag \"999\" finns inte";
    QTest::newRow("eight-digit invoice number") << "invoice_number" << "03000001" << "ska vara 9 siffror";
    QTest::newRow("letters in invoice number") << "invoice_number" << "03000000A" << "ska vara 9 siffror";
    QTest::newRow("routine not matching number") << "routine" << "04" << "stämmer inte";
    QTest::newRow("routine that does not exist") << "invoice_number" << "990000001" << "rutin 99 finns inte";
    QTest::newRow("wrong person number check digit") << "id_number" << "811218-9875" << "kontrollsiffra";
    QTest::newRow("no id and no customer number") << "id_number" << "" << "kundnummer krävs";
    QTest::newRow("31-character name") << "name" << QString(31, QLatin1Char('N')) << "31 tecken, högst 30";
    QTest::newRow("empty name") << "name" << "" << "namn saknas";
    QTest::newRow("68-character avser") << "description" << QString(68, QLatin1Char('a')) << "68 tecken, högst 67";
    QTest::newRow("due date before invoice date") << "due_date" << "2025-12-31" << "ligger före fakturadatum";
    QTest::newRow("eleven digits") << "amount" << "10000000000" << "fler än 10 siffror";
    QTest::newRow("zero amount") << "amount" << "0" << "får inte vara 0";
    QTest::newRow("bad OCR") << "ocr" << "1234575" << "OCR-referens";
    QTest::newRow("lines not adding up") << "lines" << "50000" << "summerar till 500,00";
}

void TestRegistration::invalidDrafts()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reasonContains);
    TestLedger l;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("030000001"), Money::fromKronor(800));
    if (field == QLatin1String("company"))
        d.company = value;
    else if (field == QLatin1String("invoice_number"))
        d.invoiceNumber = value;
    else if (field == QLatin1String("routine"))
        d.routine = value;
    else if (field == QLatin1String("id_number"))
        d.idNumber = value;
    else if (field == QLatin1String("name"))
        d.name = value;
    else if (field == QLatin1String("description"))
        d.description = value;
    else if (field == QLatin1String("due_date"))
        d.dueDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("amount"))
        d.amount = Money::fromOre(value.toLongLong());
    else if (field == QLatin1String("ocr"))
        d.ocr = value;
    else if (field == QLatin1String("lines"))
        d.lines = {{0, QStringLiteral("Avgift"), Money::fromOre(value.toLongLong()), QStringLiteral("3011")}};
    InvoiceValidator validator(*l.db);
    const auto problems = validator.check(d);
    QVERIFY(!problems.isEmpty());
    QStringList messages;
    for (const auto &p : problems)
        messages << p.field + QLatin1String(": ") + p.message;
    QVERIFY2(messages.join(QLatin1Char('\n')).contains(reasonContains), qPrintable(messages.join('\n')));
    // registerAll refuses and changes nothing.
    const auto result = InvoiceRegistration(*l.db).registerAll({d}, QStringLiteral("x"));
    QCOMPARE(result.size(), 1);
    QCOMPARE(l.count(QStringLiteral("invoice")), 0);
    QCOMPARE(l.count(QStringLiteral("batch")), 0);
}

void TestRegistration::normalisesDraft()
{
    TestLedger l;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("040000123"), Money::fromKronor(1500));
    d.company = QStringLiteral("1");
    d.idNumber = QStringLiteral("8112189876");
    InvoiceValidator v(*l.db);
    QVERIFY(v.check(d).isEmpty());
    QCOMPARE(d.company, QStringLiteral("001"));
    QCOMPARE(d.routine, QStringLiteral("04"));
    QCOMPARE(d.idNumber, QStringLiteral("198112189876"));
    // OCR = invoice number + length digit (11 -> 1) + Luhn check digit.
    QCOMPARE(d.ocr.left(10), QStringLiteral("0400001231"));
    QCOMPARE(d.ocr.size(), 11);
    // The same number again in the same run is a duplicate.
    InvoiceDraft again = TestLedger::draft(QStringLiteral("040000123"), Money::fromKronor(1));
    QVERIFY(!v.check(again).isEmpty());
}

void TestRegistration::customersAreReused()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(QStringLiteral("030000001"), Money::fromKronor(800)),
                        TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(900)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(900),
                                          QStringLiteral("Bengtsson, Bo"),
                                          QStringLiteral("701063-2391"))});
    QCOMPARE(l.count(QStringLiteral("customer")), 2);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT id_kind FROM customer WHERE id_number = "
                                         "'197010632391'")).toString(),
             QStringLiteral("S")); // samordningsnummer
}

void TestRegistration::oneBatchPerCompany()
{
    TestLedger l;
    l.addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    InvoiceDraft other = TestLedger::draft(QStringLiteral("070000001"), Money::fromKronor(7000));
    other.company = QStringLiteral("002");
    l.registerInvoices({TestLedger::draft(QStringLiteral("030000001"), Money::fromKronor(800)), other,
                        TestLedger::draft(QStringLiteral("030000002"), Money::fromKronor(800))});
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice i JOIN batch b ON "
                                         "b.id = i.batch_id WHERE b.company = i.company")).toInt(),
             3);
    QCOMPARE(l.count(QStringLiteral("batch")), 2);
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
