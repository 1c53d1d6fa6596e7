// Protected identity (skyddade personuppgifter, DOMAIN.md "People and
// trust") in core: the supervisor's flag (audited, refused below supervisor),
// Sök faktura (no address handed out, never found by its address), the audit
// log's address values withheld, the customer's address history empty, and
// the one helper's texts. The documents and exports: render/tst_protected
// identitydocuments; the screens: ui/tst_auditlogscreen and the claim and
// customer screen tests.
#include "testledger.h"

#include "audit/auditlog.h"
#include "audit/auditlogquery.h"
#include "ledger/customerview.h"
#include "ledger/invoicesearch.h"
#include "ledger/protectedidentity.h"

using namespace rsk;
using rsk::test::TestLedger;

class TestProtectedIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_ledger.reset(); }
    void addressLines_data();
    void addressLines();
    void settingTheFlagIsAudited();
    void onlyASupervisorSetsTheFlag_data();
    void onlyASupervisorSetsTheFlag();
    void unknownCustomer();
    void searchHandsOutNoAddress();
    void searchByAddressDoesNotFindIt_data();
    void searchByAddressDoesNotFindIt();
    void auditValuesWithheld_data();
    void auditValuesWithheld();
    void addressHistoryIsEmpty();

private:
    Database &db() { return *m_ledger->db; }
    QString customerOf(const QString &invoice);
    std::unique_ptr<TestLedger> m_ledger;
    QString m_sara; // customer number of Skyddad, Sara (040000003)
    QString m_anna; // Andersson, Anna (040000001, 040000002)
};

QString TestProtectedIdentity::customerOf(const QString &invoice)
{
    return db().scalar(QStringLiteral("SELECT c.customer_number FROM invoice i JOIN customer c "
                                      "ON c.id = i.customer_id WHERE i.invoice_number = ?"),
                       {invoice})
        .toString();
}

// 001/040000001, 040000002 Andersson, Anna, Storgatan 1, 123 45 Småstad;
// 001/040000003 Skyddad, Sara, c/o Hemlig, Hemliga vägen 7, 987 65 Gömda
// (protected from settingTheFlagIsAudited on).
void TestProtectedIdentity::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft sara = TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(300),
                                          QStringLiteral("Skyddad, Sara"),
                                          QStringLiteral("640823-3234"));
    sara.co = QStringLiteral("Hemlig");
    sara.address = QStringLiteral("Hemliga vägen 7");
    sara.postalCode = QStringLiteral("987 65");
    sara.city = QStringLiteral("Gömda");
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(100)),
         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(200)), sara});
    m_sara = customerOf(QStringLiteral("040000003"));
    m_anna = customerOf(QStringLiteral("040000001"));
    QVERIFY(!m_sara.isEmpty() && !m_anna.isEmpty() && m_sara != m_anna);
}

void TestProtectedIdentity::addressLines_data()
{
    QTest::addColumn<bool>("withheld");
    QTest::addColumn<QString>("co");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("plain") << false << "" << "SE"
                           << QStringList{"Storgatan 1", "123 45 Småstad"};
    QTest::newRow("c/o and a foreign country")
        << false << "Berg" << "no" << QStringList{"c/o Berg", "Storgatan 1", "123 45 Småstad", "NO"};
    QTest::newRow("withheld: one line, nothing of the address")
        << true << "Berg" << "NO" << QStringList{"Skyddad adress"};
}

void TestProtectedIdentity::addressLines()
{
    QFETCH(bool, withheld);
    QFETCH(QString, co);
    QFETCH(QString, country);
    QFETCH(QStringList, lines);
    QCOMPARE(ProtectedIdentity::addressLines(withheld, co, QStringLiteral("Storgatan 1"),
                                             QStringLiteral("123 45"), QStringLiteral("Småstad"),
                                             country),
             lines);
}

void TestProtectedIdentity::settingTheFlagIsAudited()
{
    ProtectedIdentity identity(db());
    const QString key = QStringLiteral("001/") + m_sara;
    const qint64 before = m_ledger->count(QStringLiteral("audit_log"));
    QVERIFY(!identity.claim(QStringLiteral("001"), QStringLiteral("040000003")));
    QVERIFY(identity.set(QStringLiteral("001"), m_sara, true));
    QVERIFY(identity.customer(QStringLiteral("001"), m_sara));
    QVERIFY(identity.claim(QStringLiteral("001"), QStringLiteral("040000003")));
    QVERIFY(!identity.claim(QStringLiteral("001"), QStringLiteral("040000001")));
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), before + 1);
    QList<AuditLog::Entry> log = AuditLog(db()).entriesFor(QStringLiteral("customer"), key);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.last().user, QStringLiteral("testare"));
    QCOMPARE(log.last().action, QStringLiteral("update"));
    QCOMPARE(log.last().field, QStringLiteral("protected_identity"));
    QCOMPARE(log.last().oldValue, QStringLiteral("0"));
    QCOMPARE(log.last().newValue, QStringLiteral("1"));
    QCOMPARE(log.last().context, QStringLiteral("skyddad identitet satt"));
    // Already so: nothing written.
    QVERIFY(!identity.set(QStringLiteral("001"), m_sara, true));
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), before + 1);
    // Cleared with a reason, then set again for the tests below.
    QVERIFY(identity.set(QStringLiteral("001"), m_sara, false, QStringLiteral("beslut upphävt")));
    log = AuditLog(db()).entriesFor(QStringLiteral("customer"), key);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.last().oldValue, QStringLiteral("1"));
    QCOMPARE(log.last().newValue, QStringLiteral("0"));
    QCOMPARE(log.last().context, QStringLiteral("beslut upphävt"));
    QVERIFY(identity.set(QStringLiteral("001"), m_sara, true));
    QCOMPARE(db().scalar(QStringLiteral("SELECT changed_by FROM customer WHERE customer_number = ?"),
                         {m_sara})
                 .toString(),
             QStringLiteral("testare"));
}

void TestProtectedIdentity::onlyASupervisorSetsTheFlag_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("companies");
    QTest::addColumn<QString>("refusal"); // empty = allowed
    QTest::newRow("read") << int(Role::Read) << QStringList{"001"} << "läsbehörighet";
    QTest::newRow("clerk") << int(Role::Clerk) << QStringList{"001"}
                           << "Att ändra skyddad identitet kräver rollen arbetsledare";
    QTest::newRow("supervisor of another company")
        << int(Role::Supervisor) << QStringList{"002"} << "företag 001";
    QTest::newRow("supervisor") << int(Role::Supervisor) << QStringList{"001"} << "";
    QTest::newRow("administrator") << int(Role::Administrator) << QStringList{} << "";
}

void TestProtectedIdentity::onlyASupervisorSetsTheFlag()
{
    QFETCH(int, role);
    QFETCH(QStringList, companies);
    QFETCH(QString, refusal);
    const Access before = db().access();
    db().setAccess(Access(QStringLiteral("clara"), Role(role), companies));
    const qint64 rows = m_ledger->count(QStringLiteral("audit_log"));
    QString message;
    bool changed = false;
    try {
        changed = ProtectedIdentity(db()).set(QStringLiteral("001"), m_anna, true);
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        message = e.message();
    }
    const bool nowOn = ProtectedIdentity(db()).customer(QStringLiteral("001"), m_anna);
    db().setAccess(before);
    if (changed)
        ProtectedIdentity(db()).set(QStringLiteral("001"), m_anna, false);
    if (refusal.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY(changed && nowOn);
    } else {
        QVERIFY2(message.contains(refusal), qPrintable(message));
        QVERIFY(!nowOn);
        QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), rows);
    }
}

void TestProtectedIdentity::unknownCustomer()
{
    try {
        ProtectedIdentity(db()).set(QStringLiteral("001"), QStringLiteral("999999"), true);
        QFAIL("an unknown customer was changed");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
        QCOMPARE(e.message(), QStringLiteral("Kund 999999 finns inte i företag 001."));
    }
}

// By name the protected claim is found (the name is not withheld), without
// address, postal code or city; the others keep theirs.
void TestProtectedIdentity::searchHandsOutNoAddress()
{
    InvoiceSearch c;
    c.field = InvoiceSearch::Field::Name;
    c.text = QStringLiteral("Skyddad");
    const QList<InvoiceSearchRow> rows = InvoiceSearchQuery(db()).search(c);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).invoiceNumber, QStringLiteral("040000003"));
    QVERIFY(rows.at(0).addressWithheld);
    QCOMPARE(rows.at(0).address, QString());
    QCOMPARE(rows.at(0).postalCode, QString());
    QCOMPARE(rows.at(0).city, QString());
    c.text = QStringLiteral("Andersson");
    const QList<InvoiceSearchRow> anna = InvoiceSearchQuery(db()).search(c);
    QCOMPARE(anna.size(), 2);
    QVERIFY(!anna.at(0).addressWithheld);
    QCOMPARE(anna.at(0).address, QStringLiteral("Storgatan 1"));
    QCOMPARE(anna.at(0).city, QStringLiteral("Småstad"));
}

void TestProtectedIdentity::searchByAddressDoesNotFindIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nearest");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("the protected street") << "Hemliga" << false << QStringList{};
    QTest::newRow("its first letter") << "H" << false << QStringList{};
    // From "H" on: Hemliga … is skipped, Storgatan's two claims follow.
    QTest::newRow("listed from the nearest value")
        << "H" << true << QStringList{"040000002", "040000001"};
    QTest::newRow("an unprotected street") << "Storgatan" << false
                                           << QStringList{"040000002", "040000001"};
}

void TestProtectedIdentity::searchByAddressDoesNotFindIt()
{
    QFETCH(QString, text);
    QFETCH(bool, nearest);
    QFETCH(QStringList, found);
    InvoiceSearch c;
    c.field = InvoiceSearch::Field::Address;
    c.text = text;
    c.positionOnly = nearest;
    QStringList numbers;
    for (const InvoiceSearchRow &r : InvoiceSearchQuery(db()).search(c))
        numbers << r.invoiceNumber;
    QCOMPARE(numbers, found);
    QCOMPARE(InvoiceSearchQuery(db()).count(c), qint64(found.size()));
}

void TestProtectedIdentity::auditValuesWithheld_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key"); // "<sara>" / "<anna>": their customer numbers
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("withheld");
    QTest::newRow("address of the protected claim")
        << "invoice" << "001/040000003" << "address" << true;
    QTest::newRow("c/o of the protected claim") << "invoice" << "001/040000003" << "co" << true;
    QTest::newRow("postal code of the protected claim by its id")
        << "invoice" << "<id 040000003>" << "postal_code" << true;
    QTest::newRow("due date of the protected claim: shown")
        << "invoice" << "001/040000003" << "due_date" << false;
    QTest::newRow("city of the protected customer") << "customer" << "<sara>" << "city" << true;
    QTest::newRow("address of an unprotected claim")
        << "invoice" << "001/040000001" << "address" << false;
    QTest::newRow("address of an unprotected customer")
        << "customer" << "<anna>" << "address" << false;
    QTest::newRow("address of a claim no longer in the ledger: cannot be told, withheld")
        << "invoice" << "001/049999999" << "address" << true;
    QTest::newRow("an address field of another table (a company's own)")
        << "company" << "001" << "address" << false;
}

void TestProtectedIdentity::auditValuesWithheld()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(bool, withheld);
    if (key == QLatin1String("<sara>"))
        key = QStringLiteral("001/") + m_sara;
    else if (key == QLatin1String("<anna>"))
        key = QStringLiteral("001/") + m_anna;
    else if (key == QLatin1String("<id 040000003>"))
        key = db().scalar(QStringLiteral("SELECT id FROM invoice WHERE invoice_number = "
                                         "'040000003'"))
                  .toString();
    const QString user = QStringLiteral("u%1").arg(QTest::currentDataTag()).left(40);
    db().run(QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_key, "
                            "field, old_value, new_value, context) VALUES "
                            "('2026-03-01T10:00:00Z', ?, 'update', ?, ?, ?, 'Gamla gatan 1', "
                            "'Nya gatan 2', 'ändring')"),
             {user, table, key, field});
    AuditLogFilter f;
    f.user = user;
    AuditLogQuery q(db(), f);
    const QList<AuditLogRow> rows = q.page(0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).withheld, withheld);
    QCOMPARE(rows.at(0).oldValue,
             withheld ? QStringLiteral("Skyddad adress") : QStringLiteral("Gamla gatan 1"));
    QCOMPARE(rows.at(0).newValue,
             withheld ? QStringLiteral("Skyddad adress") : QStringLiteral("Nya gatan 2"));
    // Print and export show the same (writeAll).
    ReportTable all;
    q.writeAll(all);
    QCOMPARE(all.rows().at(0).text(7), rows.at(0).oldValue);
    QCOMPARE(all.rows().at(0).text(8), rows.at(0).newValue);
}

void TestProtectedIdentity::addressHistoryIsEmpty()
{
    CustomerView view(db());
    const CustomerDetails sara = view.require(QStringLiteral("001"), m_sara);
    QVERIFY(sara.protectedIdentity);
    QVERIFY(view.addressHistory(sara).isEmpty());
    const CustomerDetails anna = view.require(QStringLiteral("001"), m_anna);
    QVERIFY(!view.addressHistory(anna).isEmpty());
}

QTEST_GUILESS_MAIN(TestProtectedIdentity)
#include "tst_protectedidentity.moc"
