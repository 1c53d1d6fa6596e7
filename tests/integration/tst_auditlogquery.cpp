// Granskningslogg (issue 7): the audit log query's filters on hand-made rows
// (claim with and without company, the claim's id key, user, the clerk's
// local days, table, action, combinations), newest first; paging by keyset
// and by offset over 250 rows, steady while rows are added; who may list
// what; and the triggers of migration 018 that refuse UPDATE, DELETE (and
// TRUNCATE on PostgreSQL) on audit_log with a clear message.
//
// Dates: the rows' UTC stamps are read as Europe/Stockholm days (CET, +1 h
// in March), set for this process in initTestCase.
#include "testledger.h"

#include "audit/auditlogquery.h"

#include <ctime>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

// The named hand-made rows, in the order they are written.
const QStringList kRowNames{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
                            QStringLiteral("r4"), QStringLiteral("r5"), QStringLiteral("r6"),
                            QStringLiteral("r7"), QStringLiteral("r8")};

} // namespace

class TestAuditLogQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_ledger.reset(); }
    void filters_data();
    void filters();
    void pagingNewestFirst();
    void layoutAndCells();
    void refusals_data();
    void refusals();
    void aClerkSeesTheClaimsOfTheirCompanies();
    void triggersRefuseChanges_data();
    void triggersRefuseChanges();

private:
    qint64 insertRow(const QString &at, const QString &user, const QString &action,
                     const QString &table, const QString &key, const QString &field = {},
                     const QString &oldValue = {}, const QString &newValue = {});
    QStringList names(const QList<AuditLogRow> &rows) const;

    std::unique_ptr<TestLedger> m_ledger;
    QHash<qint64, QString> m_names; // id → r1…r8
    QString m_invoiceId;            // id of 001/040000001
};

qint64 TestAuditLogQuery::insertRow(const QString &at, const QString &user,
                                    const QString &action, const QString &table,
                                    const QString &key, const QString &field,
                                    const QString &oldValue, const QString &newValue)
{
    return m_ledger->db->insertReturningId(
        QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_key, field, "
                       "old_value, new_value, context) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
        {at, user, action, table, key, field, oldValue, newValue, QStringLiteral("test")});
}

QStringList TestAuditLogQuery::names(const QList<AuditLogRow> &rows) const
{
    QStringList out;
    for (const AuditLogRow &r : rows)
        out << m_names.value(r.id, QStringLiteral("id %1").arg(r.id));
    return out;
}

// Claims 001/040000001, 001/040000002 and 002/040000001 (registered by
// "testare", whose audit rows are stamped now: November 2026 or later), then
// the rows (UTC → Stockholm):
// r1 2026-03-01 22:30Z = 03-01 23:30  anna  update invoice 001/040000001 due_date
// r2 2026-03-01 23:30Z = 03-02 00:30  bo    insert ledger_transaction 001/040000001
// r3 2026-03-02 10:00Z = 03-02 11:00  anna  update invoice 002/040000001
// r4 2026-03-03 09:00Z                bo    update invoice <id of 001/040000001>
// r5 2026-03-03 12:00Z                anna  insert invoice_note 001/040000002
// r6 2026-03-04 08:00Z                bo    update customer 001/K1 reminder_stop
// r7 2026-03-04 09:00Z                anna  delete batch_line 17/2
// r8 2026-03-05 10:00Z                anna  update batch <the same id as r4's key>
void TestAuditLogQuery::initTestCase()
{
    qputenv("TZ", "Europe/Stockholm");
    tzset();
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    InvoiceDraft other = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(300));
    other.company = QStringLiteral("002");
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(100)),
         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(200)), other});
    m_invoiceId = m_ledger->db
                      ->scalar(QStringLiteral("SELECT id FROM invoice WHERE company = '001' AND "
                                              "invoice_number = '040000001'"))
                      .toString();
    const QList<QStringList> rows{
        {"2026-03-01T22:30:00Z", "anna", "update", "invoice", "001/040000001", "due_date"},
        {"2026-03-01T23:30:00Z", "bo", "insert", "ledger_transaction", "001/040000001", ""},
        {"2026-03-02T10:00:00Z", "anna", "update", "invoice", "002/040000001", "due_date"},
        {"2026-03-03T09:00:00Z", "bo", "update", "invoice", m_invoiceId, "reminder1_date"},
        {"2026-03-03T12:00:00Z", "anna", "insert", "invoice_note", "001/040000002", ""},
        {"2026-03-04T08:00:00Z", "bo", "update", "customer", "001/K1", "reminder_stop"},
        {"2026-03-04T09:00:00Z", "anna", "delete", "batch_line", "17/2", ""},
        {"2026-03-05T10:00:00Z", "anna", "update", "batch", m_invoiceId, "status"}};
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        m_names.insert(insertRow(r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5),
                                 QStringLiteral("gammalt"), QStringLiteral("nytt")),
                       kRowNames.at(i));
    }
}

void TestAuditLogQuery::filters_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("expected"); // newest first

    const QDate none;
    // r8 is keyed by the claim's id too, but in another table: not the claim's.
    // (The registration's own "invoice" insert rows by testare are the claim's
    // too; a user filter keeps the hand-made rows apart where it matters.)
    QTest::newRow("claim 001/040000001 by anna and bo: its key and its id, not r8")
        << "001" << "040000001" << "" << none << none << "" << ""
        << QStringList{"r4", "r2", "r1", "id 0"};
    QTest::newRow("claim typed short ('1', '40000001')")
        << "1" << "40000001" << "bo" << none << none << "" << "" << QStringList{"r4", "r2"};
    QTest::newRow("claim 040000001 without company: both companies")
        << "" << "040000001" << "anna" << none << none << "" << "" << QStringList{"r3", "r1"};
    QTest::newRow("claim 002/040000001") << "002" << "040000001" << "anna" << none << none << ""
                                         << "" << QStringList{"r3"};
    QTest::newRow("claim 001/040000002: its note")
        << "001" << "040000002" << "anna" << none << none << "" << "" << QStringList{"r5"};
    QTest::newRow("claim no one touched") << "001" << "040000009" << "" << none << none << ""
                                          << "" << QStringList{};
    QTest::newRow("user anna") << "" << "" << "anna" << none << none << "" << ""
                               << QStringList{"r8", "r7", "r5", "r3", "r1"};
    QTest::newRow("user bo") << "" << "" << "bo" << none << none << "" << ""
                             << QStringList{"r6", "r4", "r2"};
    QTest::newRow("user nobody") << "" << "" << "nobody" << none << none << "" << ""
                                 << QStringList{};
    // Stockholm's 2026-03-02: 03-01 23:00Z up to 03-02 23:00Z, so r2 (03-01
    // 23:30Z) is in and r1 (03-01 22:30Z, 23:30 local) is not.
    QTest::newRow("one local day 2026-03-02")
        << "" << "" << "" << QDate(2026, 3, 2) << QDate(2026, 3, 2) << "" << ""
        << QStringList{"r3", "r2"};
    QTest::newRow("days 2026-03-03 – 2026-03-04")
        << "" << "" << "" << QDate(2026, 3, 3) << QDate(2026, 3, 4) << "" << ""
        << QStringList{"r7", "r6", "r5", "r4"};
    QTest::newRow("anna up to 2026-03-01 (open start)")
        << "" << "" << "anna" << none << QDate(2026, 3, 1) << "" << "" << QStringList{"r1"};
    QTest::newRow("bo from 2026-03-03 (open end)")
        << "" << "" << "bo" << QDate(2026, 3, 3) << none << "" << "" << QStringList{"r6", "r4"};
    QTest::newRow("table invoice, March") << "" << "" << "" << QDate(2026, 3, 1)
                                          << QDate(2026, 3, 31) << "invoice" << ""
                                          << QStringList{"r4", "r3", "r1"};
    QTest::newRow("action delete (Swedish 'Borttag')")
        << "" << "" << "anna" << none << none << "" << "Borttag" << QStringList{"r7"};
    QTest::newRow("action insert")
        << "" << "" << "" << QDate(2026, 3, 1) << QDate(2026, 3, 31) << "" << "insert"
        << QStringList{"r5", "r2"};
    QTest::newRow("company 001 alone: keys 001/…, by bo")
        << "001" << "" << "bo" << none << none << "" << "" << QStringList{"r6", "r2"};
    QTest::newRow("claim and user and day")
        << "001" << "040000001" << "bo" << QDate(2026, 3, 2) << QDate(2026, 3, 2) << "" << ""
        << QStringList{"r2"};
}

void TestAuditLogQuery::filters()
{
    QFETCH(QString, company);
    QFETCH(QString, invoice);
    QFETCH(QString, user);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, table);
    QFETCH(QString, action);
    QFETCH(QStringList, expected);
    AuditLogFilter f;
    f.company = company;
    f.invoiceNumber = invoice;
    f.user = user;
    f.from = from;
    f.to = to;
    f.table = table;
    f.action = action;
    AuditLogQuery q(*m_ledger->db, f);
    QStringList got = names(q.page(0, 100));
    // The first row: the registration's insert of 001/040000001 (by
    // testare, a generated id), written before r1.
    if (expected.contains(QStringLiteral("id 0"))) {
        QCOMPARE(got.size(), expected.size());
        QVERIFY2(got.last().startsWith(QLatin1String("id ")), qPrintable(got.join(' ')));
        got.last() = QStringLiteral("id 0");
    }
    QCOMPARE(got, expected);
    QCOMPARE(q.count(), qint64(expected.size()));
    QCOMPARE(q.rowCount(), qint64(expected.size()));
}

// 250 rows by "pager" (p1 oldest … p250 newest). Pages of 100: 250…151,
// 150…51 (continuing from the last id read, no OFFSET), 50…1; a page asked
// for out of turn (OFFSET) gives the same rows; a row written after the
// query was made is not in it (count and first page unchanged).
void TestAuditLogQuery::pagingNewestFirst()
{
    Database &db = *m_ledger->db;
    QList<qint64> ids; // oldest first
    {
        UnitOfWork work(db);
        for (int i = 1; i <= 250; ++i)
            ids << insertRow(QStringLiteral("2026-04-01T08:00:00Z"), QStringLiteral("pager"),
                             QStringLiteral("update"), QStringLiteral("invoice"),
                             QStringLiteral("001/040000002"), QStringLiteral("n"),
                             QString::number(i - 1), QString::number(i));
        work.commit();
    }
    AuditLogFilter f;
    f.user = QStringLiteral("pager");
    AuditLogQuery q(db, f);
    QCOMPARE(q.count(), qint64(250));
    const auto newValues = [](const QList<AuditLogRow> &rows) {
        QStringList out;
        for (const AuditLogRow &r : rows)
            out << r.newValue;
        return out;
    };
    const auto expect = [](int first, int last) { // new values first … last, descending
        QStringList out;
        for (int i = first; i >= last; --i)
            out << QString::number(i);
        return out;
    };
    QCOMPARE(newValues(q.page(0, 100)), expect(250, 151));
    QCOMPARE(newValues(q.page(100, 100)), expect(150, 51));
    QCOMPARE(newValues(q.page(200, 100)), expect(50, 1));
    QVERIFY(q.page(250, 100).isEmpty());
    QCOMPARE(newValues(q.page(137, 5)), expect(113, 109)); // row 137 = the 138th newest
    insertRow(QStringLiteral("2026-04-02T08:00:00Z"), QStringLiteral("pager"),
              QStringLiteral("update"), QStringLiteral("invoice"), QStringLiteral("001/040000002"),
              QStringLiteral("n"), QStringLiteral("250"), QStringLiteral("251"));
    QCOMPARE(q.count(), qint64(250));
    QCOMPARE(newValues(q.page(0, 2)), expect(250, 249));
    QCOMPARE(newValues(q.page(2, 2)), expect(248, 247)); // continues from the page before
    // A new query sees it.
    QCOMPARE(AuditLogQuery(db, f).count(), qint64(251));
    // ReportPager rows: the same order, the id in the first column.
    AuditLogQuery again(db, f);
    const QList<ReportRow> rows = again.rows(0, 3);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).integer(0) > rows.at(1).integer(0));
    QCOMPARE(rows.at(2).text(8), QStringLiteral("249"));
}

void TestAuditLogQuery::layoutAndCells()
{
    AuditLogFilter f;
    f.company = QStringLiteral("001");
    f.invoiceNumber = QStringLiteral("040000001");
    f.user = QStringLiteral("bo");
    AuditLogQuery q(*m_ledger->db, f);
    const ReportLayout layout = q.layout();
    QCOMPARE(layout.title, QStringLiteral("Granskningslogg"));
    QCOMPARE(layout.selection,
             QStringList({QStringLiteral("Faktura: 001/040000001"), QStringLiteral("Användare: bo")}));
    QStringList titles;
    for (const ReportColumn &c : layout.columns)
        titles << c.title;
    QCOMPARE(titles, QStringList({"Löpnr", "Tid", "Användare", "Åtgärd", "Tabell", "Avser",
                                  "Fält", "Gammalt värde", "Nytt värde", "Sammanhang"}));
    // r2: 2026-03-01 23:30Z = 2026-03-02 00:30:00 in Stockholm.
    const ReportRow r2 = q.rows(0, 2).at(1);
    QCOMPARE(r2.text(1), QStringLiteral("2026-03-02 00:30:00"));
    QCOMPARE(r2.text(2), QStringLiteral("bo"));
    QCOMPARE(r2.text(3), QStringLiteral("Ny"));
    QCOMPARE(r2.text(4), QStringLiteral("Transaktion"));
    QCOMPARE(r2.text(5), QStringLiteral("001/040000001"));
    QCOMPARE(r2.text(7), QStringLiteral("gammalt"));
    QCOMPARE(r2.text(8), QStringLiteral("nytt"));
    QCOMPARE(r2.text(9), QStringLiteral("test"));
    // writeAll streams the same rows.
    ReportTable all;
    q.writeAll(all);
    QCOMPARE(all.rows().size(), 2);
    QCOMPARE(all.rows().at(1).text(1), r2.text(1));
}

void TestAuditLogQuery::refusals_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("role"); // 0 = the test's administrator
    QTest::addColumn<QStringList>("companies");
    QTest::addColumn<QString>("message");
    const QDate none;
    QTest::newRow("letters in the invoice number")
        << "" << "12a" << none << none << "" << 0 << QStringList{}
        << "Fakturanummer \"12a\": ange 1–9 siffror.";
    QTest::newRow("ten digits") << "" << "1234567890" << none << none << "" << 0 << QStringList{}
                                << "Fakturanummer \"1234567890\": ange 1–9 siffror.";
    QTest::newRow("company of four digits") << "1234" << "" << none << none << "" << 0
                                            << QStringList{} << "Företag \"1234\": ange 1–3 siffror.";
    QTest::newRow("to before from")
        << "" << "" << QDate(2026, 3, 5) << QDate(2026, 3, 4) << "" << 0 << QStringList{}
        << "Datum tom 2026-03-04 ligger före datum from 2026-03-05.";
    QTest::newRow("unknown action") << "" << "" << none << none << "ändra" << 0 << QStringList{}
                                    << "Åtgärd \"ändra\": välj ny, ändring eller borttag.";
    QTest::newRow("a clerk without a claim")
        << "" << "" << none << none << "" << int(Role::Clerk) << QStringList{"001"}
        << "Granskningsloggen utom för en faktura kräver rollen arbetsledare";
    QTest::newRow("a clerk: the claim of a company not theirs")
        << "002" << "040000001" << none << none << "" << int(Role::Clerk) << QStringList{"001"}
        << "företag 002";
    QTest::newRow("a supervisor of 001 only, without company")
        << "" << "" << none << none << "" << int(Role::Supervisor) << QStringList{"001"}
        << "Du har behörighet till bara vissa företag: ange företag eller faktura.";
}

void TestAuditLogQuery::refusals()
{
    QFETCH(QString, company);
    QFETCH(QString, invoice);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, action);
    QFETCH(int, role);
    QFETCH(QStringList, companies);
    QFETCH(QString, message);
    Database &db = *m_ledger->db;
    const Access before = db.access();
    if (role != 0)
        db.setAccess(Access(QStringLiteral("clara"), Role(role), companies));
    AuditLogFilter f;
    f.company = company;
    f.invoiceNumber = invoice;
    f.from = from;
    f.to = to;
    f.action = action;
    try {
        AuditLogQuery q(db, f);
        db.setAccess(before);
        QFAIL("the filter was accepted");
    } catch (const LedgerError &e) {
        db.setAccess(before);
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

// A clerk of company 001 asking for 040000001 without a company gets the
// claim of 001 only (r3 is 002's).
void TestAuditLogQuery::aClerkSeesTheClaimsOfTheirCompanies()
{
    Database &db = *m_ledger->db;
    const Access before = db.access();
    db.setAccess(Access(QStringLiteral("clara"), Role::Clerk, {QStringLiteral("001")}));
    AuditLogFilter f;
    f.invoiceNumber = QStringLiteral("040000001");
    f.user = QStringLiteral("anna");
    const QStringList got = names(AuditLogQuery(db, f).page(0, 10));
    db.setAccess(before);
    QCOMPARE(got, QStringList{QStringLiteral("r1")});
}

void TestAuditLogQuery::triggersRefuseChanges_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update one row") << "UPDATE audit_log SET user_name = 'mallory' WHERE "
                                       "user_name = 'anna'";
    QTest::newRow("update every row") << "UPDATE audit_log SET new_value = NULL";
    QTest::newRow("delete one row") << "DELETE FROM audit_log WHERE user_name = 'bo'";
    QTest::newRow("delete every row") << "DELETE FROM audit_log";
    QTest::newRow("truncate (PostgreSQL)") << "TRUNCATE audit_log";
}

void TestAuditLogQuery::triggersRefuseChanges()
{
    QFETCH(QString, sql);
    Database &db = *m_ledger->db;
    if (sql.startsWith(QLatin1String("TRUNCATE")) && db.engine() != Engine::PostgreSQL)
        QSKIP("SQLite has no TRUNCATE");
    const qint64 rows = m_ledger->count(QStringLiteral("audit_log"));
    const QString anna = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                  "user_name = 'anna'"))
                             .toString();
    try {
        db.execConstant(sql); // unprepared: PostgreSQL cannot prepare a TRUNCATE
        QFAIL("the audit log was changed");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Granskningsloggen kan inte ändras")),
                 qPrintable(e.message()));
    }
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), rows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'anna'"))
                 .toString(),
             anna);
    // Adding still works.
    insertRow(QStringLiteral("2026-05-01T08:00:00Z"), QStringLiteral("after"),
              QStringLiteral("insert"), QStringLiteral("ledger"), QStringLiteral("x"));
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), rows + 1);
}

QTEST_GUILESS_MAIN(TestAuditLogQuery)
#include "tst_auditlogquery.moc"
