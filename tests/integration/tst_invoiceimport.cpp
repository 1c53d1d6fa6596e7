// InvoiceImport (core of `import invoices` and Importera fakturor): all or
// nothing, every bad line once, dry run, cancel, the supervisor role and the
// companies the user may change. Runs on SQLite and PostgreSQL.
#include "testledger.h"

#include "ledger/invoiceimport.h"
#include "ledger/invoicerepository.h"
#include "users/access.h"

#include <QTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QByteArray kHeader = "company;invoice_number;id_number;name;invoice_date;due_date;amount\n";

InvoiceFile read(const QByteArray &body)
{
    return InvoiceFileReader::read(kHeader + body, QDate(2026, 11, 26));
}

// 100,00 + 250,50 + 0,75 = 351,25 kr = 35 125 öre.
const QByteArray kThree = "001;040000001;811218-9876;Ett;2026-11-01;2026-11-30;100\n"
                          "001;040000002;811218-9876;Två;2026-11-01;2026-11-30;250,50\n"
                          "001;040000003;811218-9876;Tre;2026-11-01;2026-11-30;0,75\n";

} // namespace

class TestInvoiceImport : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_ledger = std::make_unique<TestLedger>(); }
    void cleanup() { m_ledger.reset(); }

    void importsAllAndSums();
    void dryRunKeepsNothing();
    void cancelKeepsNothing();
    void everyBadLineOnce();
    void roleAndCompanies_data();
    void roleAndCompanies();

private:
    qint64 invoices() { return m_ledger->count(QStringLiteral("invoice")); }
    std::unique_ptr<TestLedger> m_ledger;
};

void TestInvoiceImport::importsAllAndSums()
{
    const InvoiceImportResult r
        = InvoiceImport(*m_ledger->db).run(read(kThree), QStringLiteral("Import från a.csv"), false);
    QVERIFY(r.ok());
    QVERIFY(r.registered);
    QCOMPARE(r.invoices, 3);
    QCOMPARE(r.amount.ore(), 35125);
    QCOMPARE(invoices(), 3);
    QVERIFY(InvoiceRepository(*m_ledger->db).exists(QStringLiteral("001"),
                                                    QStringLiteral("040000002")));
}

void TestInvoiceImport::dryRunKeepsNothing()
{
    const InvoiceImportResult r
        = InvoiceImport(*m_ledger->db).run(read(kThree), QStringLiteral("prov"), true);
    QVERIFY(r.ok());
    QVERIFY(!r.registered);
    QCOMPARE(r.invoices, 3);
    QCOMPARE(r.amount.ore(), 35125);
    QCOMPARE(invoices(), 0);
    QCOMPARE(m_ledger->count(QStringLiteral("batch")), 0);
}

void TestInvoiceImport::cancelKeepsNothing()
{
    // Three drafts: 3 checked + 3 registered = 6 steps; below 500 the only
    // call is the last one, (6, 6), and it cancels after every insert.
    QList<QPair<int, int>> calls;
    const auto cancel = [&calls](int done, int total) {
        calls.append({done, total});
        return false;
    };
    try {
        InvoiceImport(*m_ledger->db).run(read(kThree), QStringLiteral("x"), false, cancel);
        QFAIL("a cancelled import must throw");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), QStringLiteral("Importen avbröts; ingen faktura har registrerats."));
    }
    QCOMPARE(calls, (QList<QPair<int, int>>{{6, 6}}));
    QCOMPARE(invoices(), 0);
    QCOMPARE(m_ledger->count(QStringLiteral("batch")), 0);
}

void TestInvoiceImport::everyBadLineOnce()
{
    // Line 2: the reader finds the bad date (and leaves it empty); the
    // ledger's "due date before invoice date" check must not repeat it.
    // Line 3: only the ledger finds the wrong check digit. Line 4 is good
    // and is not registered either.
    const InvoiceImportResult r = InvoiceImport(*m_ledger->db)
                                      .run(read("001;040000001;811218-9876;Ett;2026-02-30;"
                                                "2026-11-30;100\n"
                                                "001;040000002;811218-9875;Två;2026-11-01;"
                                                "2026-11-30;100\n"
                                                "001;040000003;811218-9876;Tre;2026-11-01;"
                                                "2026-11-30;100\n"),
                                           QStringLiteral("x"), false);
    QVERIFY(!r.ok());
    QVERIFY(!r.registered);
    QStringList where;
    for (const InvoiceFileProblem &p : r.problems)
        where << QStringLiteral("%1:%2").arg(p.line).arg(p.field);
    QCOMPARE(where, (QStringList{QStringLiteral("2:invoice_date"), QStringLiteral("3:id_number")}));
    QCOMPARE(r.problemLines(), 2);
    QCOMPARE(r.invoices, 0);
    QCOMPARE(invoices(), 0);
}

void TestInvoiceImport::roleAndCompanies_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("companies");
    QTest::addColumn<QString>("refusal");  // the exception's message, or empty
    QTest::addColumn<QString>("problem");  // the one problem, "line:field", or empty
    QTest::newRow("clerk is refused")
        << int(Role::Clerk) << QStringList{QStringLiteral("001"), QStringLiteral("002")}
        << QStringLiteral("Du har inte behörighet: Importera fakturor kräver rollen arbetsledare "
                          "(du är handläggare).")
        << QString();
    QTest::newRow("supervisor of 001 only: the 002 line")
        << int(Role::Supervisor) << QStringList{QStringLiteral("001")} << QString()
        << QStringLiteral("3:company");
    QTest::newRow("supervisor of both imports") << int(Role::Supervisor)
                                                << QStringList{QStringLiteral("001"),
                                                               QStringLiteral("002")}
                                                << QString() << QString();
}

void TestInvoiceImport::roleAndCompanies()
{
    QFETCH(int, role);
    QFETCH(QStringList, companies);
    QFETCH(QString, refusal);
    QFETCH(QString, problem);
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bolaget"));
    m_ledger->db->setAccess(Access(QStringLiteral("kalle"), Role(role), companies));
    const InvoiceFile file = read("001;040000001;811218-9876;Ett;2026-11-01;2026-11-30;100\n"
                                  "002;040000001;811218-9876;Två;2026-11-01;2026-11-30;200\n");
    try {
        const InvoiceImportResult r
            = InvoiceImport(*m_ledger->db).run(file, QStringLiteral("x"), false);
        QVERIFY2(refusal.isEmpty(), "expected a refusal");
        if (problem.isEmpty()) {
            QVERIFY(r.registered);
            QCOMPARE(invoices(), 2);
        } else {
            QCOMPARE(r.problems.size(), 1);
            QCOMPARE(QStringLiteral("%1:%2").arg(r.problems.first().line).arg(
                         r.problems.first().field),
                     problem);
            QCOMPARE(r.problems.first().message,
                     QStringLiteral("du har inte behörighet att registrera fakturor i företag 002"));
            QCOMPARE(invoices(), 0);
        }
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), refusal);
        QCOMPARE(invoices(), 0);
    }
}

QTEST_GUILESS_MAIN(TestInvoiceImport)
#include "tst_invoiceimport.moc"
