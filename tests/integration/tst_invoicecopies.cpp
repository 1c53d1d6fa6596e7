// Fakturakopior from the menu (handbook 6.2) in core: the selection's checks
// (company, first number required, the last not before it, one routine),
// which claims a range takes (in number order, one company), what each copy
// carries (new handler, KOPIA, the original or today's date, what is left to
// pay), and the refusals (none in the range, more than MaxCopies).
//
// Company 001: 010000001 1 000,00, 010000002 2 000,00 (500,00 paid),
// 010000004 4 000,00, 020000001 500,00; company 002: 010000003 300,00.
// Today is 2026-11-26 (TestLedger).
#include "ledger/invoicecopy.h"
#include "ledger/posting.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;
using Field = InvoiceCopySelection::Field;

Q_DECLARE_METATYPE(InvoiceCopySelection::Field)

class TestInvoiceCopies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void select_data();
    void select();
    void makeAllCopiesEveryClaim_data();
    void makeAllCopiesEveryClaim();
    void moreThanMaxCopiesIsRefused();

private:
    std::unique_ptr<TestLedger> m_ledger;
};

void TestInvoiceCopies::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    auto draft = [](const char *number, qint64 kronor, const char *company = "001") {
        InvoiceDraft d = TestLedger::draft(QLatin1String(number), Money::fromKronor(kronor));
        d.company = QLatin1String(company);
        d.handler = QStringLiteral("Eva Ek");
        return d;
    };
    m_ledger->registerInvoices({draft("010000001", 1000), draft("010000002", 2000),
                                draft("010000004", 4000), draft("020000001", 500),
                                draft("010000003", 300, "002")});
    PostingRequest pay;
    pay.company = QStringLiteral("001");
    pay.invoiceNumber = QStringLiteral("010000002");
    pay.method = QStringLiteral("1");
    pay.amount = Money::fromKronor(500);
    pay.transactionDate = QDate(2026, 2, 10);
    PostingService(*m_ledger->db).post(pay);
}

void TestInvoiceCopies::check_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("one invoice, short forms") << "1" << "10000001" << "" << true << Field::Company
                                              << QString();
    QTest::newRow("a range in one routine")
        << "001" << "010000001" << "010000004" << true << Field::Company << QString();
    QTest::newRow("the same number twice") << "001" << "010000001" << "010000001" << true
                                           << Field::Company << QString();
    QTest::newRow("no company") << "" << "010000001" << "" << false << Field::Company
                                << "Företag";
    QTest::newRow("company of letters") << "A1" << "010000001" << "" << false << Field::Company
                                        << "Företag";
    QTest::newRow("no first number") << "001" << "" << "010000004" << false
                                     << Field::InvoiceFrom << "den första fakturans nummer";
    QTest::newRow("first number of ten digits") << "001" << "0100000011" << "" << false
                                                << Field::InvoiceFrom << "högst 9 siffror";
    QTest::newRow("letters in the last number") << "001" << "010000001" << "01000000X" << false
                                                << Field::InvoiceTo << "högst 9 siffror";
    QTest::newRow("last before first") << "001" << "010000004" << "010000001" << false
                                       << Field::InvoiceTo << "är före fr.o.m. 010000004";
    QTest::newRow("two routines") << "001" << "010000001" << "020000001" << false
                                  << Field::InvoiceTo << "samma rutin";
}

void TestInvoiceCopies::check()
{
    QFETCH(QString, company);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);
    QFETCH(Field, field);
    QFETCH(QString, message);
    const auto problem = InvoiceCopies::check({company, from, to});
    QCOMPARE(!problem.has_value(), ok);
    if (problem) {
        QCOMPARE(problem->field, field);
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
    }
}

void TestInvoiceCopies::select_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("numbers"); // empty: refused
    QTest::addColumn<QString>("message");

    QTest::newRow("one claim") << "001" << "010000002" << "" << QStringList{"010000002"}
                               << QString();
    QTest::newRow("a range skips the other company's number")
        << "001" << "010000001" << "019999999"
        << QStringList{"010000001", "010000002", "010000004"} << QString();
    QTest::newRow("the other company") << "2" << "010000001" << "010000009"
                                       << QStringList{"010000003"} << QString();
    QTest::newRow("none in the range") << "001" << "010000005" << "010000009" << QStringList{}
                                       << "Det finns inga fakturor 010000005–010000009";
    QTest::newRow("no such claim") << "001" << "010000003" << "" << QStringList{}
                                   << "Faktura 010000003 finns inte i företag 001";
    QTest::newRow("no such company") << "009" << "010000001" << "" << QStringList{}
                                     << "Företag 009 finns inte";
    QTest::newRow("two routines refused") << "001" << "010000001" << "020000001"
                                          << QStringList{} << "samma rutin";
}

void TestInvoiceCopies::select()
{
    QFETCH(QString, company);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, numbers);
    QFETCH(QString, message);
    try {
        const QList<InvoiceCopyRow> rows = InvoiceCopies(*m_ledger->db).select({company, from, to});
        QStringList got;
        for (const InvoiceCopyRow &r : rows)
            got << r.invoiceNumber;
        QCOMPARE(got, numbers);
    } catch (const LedgerError &e) {
        QVERIFY2(numbers.isEmpty(), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestInvoiceCopies::makeAllCopiesEveryClaim_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<bool>("markCopy");
    QTest::addColumn<bool>("originalDate");
    QTest::addColumn<QString>("expectedHandler");
    QTest::addColumn<QDate>("invoiceDate");

    QTest::newRow("defaults: the claims' handler, KOPIA, today")
        << QString() << true << false << "Eva Ek" << QDate(2026, 11, 26);
    QTest::newRow("new handler, no KOPIA, the original date")
        << "Nils Ny" << false << true << "Nils Ny" << QDate(2026, 1, 1);
}

void TestInvoiceCopies::makeAllCopiesEveryClaim()
{
    QFETCH(QString, handler);
    QFETCH(bool, markCopy);
    QFETCH(bool, originalDate);
    QFETCH(QString, expectedHandler);
    QFETCH(QDate, invoiceDate);
    const QList<InvoiceCopy> copies = InvoiceCopies(*m_ledger->db).makeAll(
        {QStringLiteral("1"), QStringLiteral("10000001"), QStringLiteral("10000004")},
        {handler, markCopy, originalDate});
    QCOMPARE(copies.size(), 3);
    // Amount as issued and what is left: 2 000,00 − 500,00 = 1 500,00 on the second.
    const QList<QPair<qint64, qint64>> money{{1000, 1000}, {2000, 1500}, {4000, 4000}};
    const QStringList numbers{"010000001", "010000002", "010000004"};
    for (int i = 0; i < copies.size(); ++i) {
        const InvoiceCopy &c = copies.at(i);
        QCOMPARE(c.invoiceNumber, numbers.at(i));
        QCOMPARE(c.amount, Money::fromKronor(money.at(i).first));
        QCOMPARE(c.balance, Money::fromKronor(money.at(i).second));
        QCOMPARE(c.handler, expectedHandler);
        QCOMPARE(c.markCopy, markCopy);
        QCOMPARE(c.invoiceDate, invoiceDate);
        QCOMPARE(c.dueDate, QDate(2026, 1, 31));
        QCOMPARE(c.sender.name, QStringLiteral("Testkommunen"));
        QCOMPARE(c.lines.size(), 1);
    }
    try {
        InvoiceCopies(*m_ledger->db)
            .makeAll({QStringLiteral("1"), QStringLiteral("10000001"), QString()},
                     {QString(31, QLatin1Char('x')), true, false});
        QFAIL("a handler of 31 characters was taken");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("högst 30")), qPrintable(e.message()));
    }
}

void TestInvoiceCopies::moreThanMaxCopiesIsRefused()
{
    // Routine 03: MaxCopies + 1 claims, 030000001–030001001.
    QList<InvoiceDraft> drafts;
    for (int n = 1; n <= InvoiceCopies::MaxCopies + 1; ++n)
        drafts << TestLedger::draft(QStringLiteral("03%1").arg(n, 7, 10, QLatin1Char('0')),
                                    Money::fromKronor(100));
    m_ledger->registerInvoices(drafts);
    InvoiceCopies copies(*m_ledger->db);
    QCOMPARE(copies.select({"001", "030000001", "030001000"}).size(), InvoiceCopies::MaxCopies);
    try {
        copies.select({"001", "030000001", "030001001"});
        QFAIL("more than MaxCopies were taken");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(QStringLiteral("har 1001 fakturor; högst 1000 kopior")),
                 qPrintable(e.message()));
    }
}

QTEST_MAIN(TestInvoiceCopies)
#include "tst_invoicecopies.moc"
