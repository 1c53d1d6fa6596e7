// The customer-level dunning stop (seed 001 §4.2.1 "Kravstopp kundnivå",
// migration 013) in the dunning run (handbook 7.11): Påminnelsespärr holds
// reminders 1 and 2, Inkassospärr the collection demand and the residual
// demand; each held step is listed with its reason; the real run leaves the
// claim untouched; other customers go on; setting the stop is audited.
#include "audit/auditlog.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "ledger/customerview.h"
#include "ledger/invoicerepository.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(std::optional<rsk::DunningStep>)

namespace {

// Routine 04, due 2026-01-31: reminder 1 on 02-10, reminder 2 ten days after
// it, the collection demand ten days after reminder 2, the residual demand
// 30 days after the collection demand (as tst_dunningrun).
DunningSettings fullSettings()
{
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminder1.days = 10;
    s.reminder1.printInterest = false;
    s.reminder2.days = 10;
    s.reminder2.textNumber = 2;
    s.collectionBasis = CollectionBasis::Reminder2;
    s.collection.days = 10;
    s.collection.printInterest = false;
    s.residual.days = 30;
    return s;
}

DunningSelection on(const QDate &date)
{
    DunningSelection s;
    s.runDate = date;
    return s;
}

CustomerDetails customerOf(Database &db, const QString &invoice)
{
    const Invoice claim = InvoiceRepository(db).require(QStringLiteral("001"), invoice);
    return CustomerView(db).require(claim.company, claim.customerNumber);
}

} // namespace

class TestCustomerDunningStop : public QObject
{
    Q_OBJECT

private slots:
    void stopInTheRun_data();
    void stopInTheRun();
    void realRunLeavesTheClaim();
    void onlyThatCustomer();
    void stopIsAuditedAndReversible();
};

void TestCustomerDunningStop::stopInTheRun_data()
{
    QTest::addColumn<bool>("reminderStop");
    QTest::addColumn<bool>("collectionStop");
    QTest::addColumn<QDate>("r1");
    QTest::addColumn<QDate>("r2");
    QTest::addColumn<QDate>("collection");
    QTest::addColumn<QDate>("runDate");
    QTest::addColumn<std::optional<DunningStep>>("taken");
    QTest::addColumn<QString>("reason"); // of the skipped step; empty: none skipped
    using S = std::optional<DunningStep>;
    const QDate none;
    const QDate r1(2026, 2, 10), r2(2026, 2, 20), demand(2026, 3, 2);
    const QString reminder = QStringLiteral("kunden har påminnelsestopp");
    const QString collection = QStringLiteral("kunden har inkassostopp");
    QTest::newRow("no stop: reminder 1 taken")
        << false << false << none << none << none << r1 << S(DunningStep::Reminder1) << "";
    QTest::newRow("reminder stop holds reminder 1")
        << true << false << none << none << none << r1 << S() << reminder;
    QTest::newRow("reminder stop holds reminder 2")
        << true << false << r1 << none << none << r2 << S() << reminder;
    QTest::newRow("reminder stop lets the collection demand go")
        << true << false << r1 << r2 << none << demand << S(DunningStep::Collection) << "";
    QTest::newRow("collection stop lets reminder 1 go")
        << false << true << none << none << none << r1 << S(DunningStep::Reminder1) << "";
    QTest::newRow("collection stop lets reminder 2 go")
        << false << true << r1 << none << none << r2 << S(DunningStep::Reminder2) << "";
    QTest::newRow("collection stop holds the collection demand")
        << false << true << r1 << r2 << none << demand << S() << collection;
    QTest::newRow("collection stop holds the residual demand")
        << false << true << r1 << r2 << demand << QDate(2026, 4, 1) << S() << collection;
    QTest::newRow("both stops hold reminder 1")
        << true << true << none << none << none << r1 << S() << reminder;
    QTest::newRow("a stop on a day with no step due lists nothing")
        << true << true << none << none << none << QDate(2026, 2, 9) << S() << "";
}

void TestCustomerDunningStop::stopInTheRun()
{
    QFETCH(bool, reminderStop);
    QFETCH(bool, collectionStop);
    QFETCH(QDate, r1);
    QFETCH(QDate, r2);
    QFETCH(QDate, collection);
    QFETCH(QDate, runDate);
    QFETCH(std::optional<DunningStep>, taken);
    QFETCH(QString, reason);
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    t.db->run(QStringLiteral("UPDATE invoice SET reminder1_date = ?, reminder2_date = ?, "
                             "collection_date = ?"),
              {dateArg(r1), dateArg(r2), dateArg(collection)});
    CustomerView(*t.db).setDunningStop(customerOf(*t.db, QStringLiteral("040000001")),
                                       reminderStop, collectionStop);

    const DunningRunResult r = DunningRun(*t.db).plan(on(runDate));
    QCOMPARE(r.items.size(), taken ? 1 : 0);
    if (taken)
        QCOMPARE(dunningStepCode(r.items.first().step), dunningStepCode(*taken));
    QCOMPARE(r.skipped.size(), reason.isEmpty() ? 0 : 1);
    if (!reason.isEmpty()) {
        QCOMPARE(r.skipped.first().reason, reason);
        QCOMPARE(r.skipped.first().invoiceNumber, QStringLiteral("040000001"));
    }
}

void TestCustomerDunningStop::realRunLeavesTheClaim()
{
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    CustomerView(*t.db).setDunningStop(customerOf(*t.db, QStringLiteral("040000001")), true,
                                       false);
    const DunningRunResult r = DunningRun(*t.db).run(on(QDate(2026, 2, 10)));
    QCOMPARE(r.items.size(), 0);
    QCOMPARE(r.letters.size(), 0);
    QCOMPARE(r.skipped.size(), 1);
    const Invoice after = InvoiceRepository(*t.db).require(QStringLiteral("001"),
                                                            QStringLiteral("040000001"));
    QVERIFY(!after.reminder1Date.isValid());
    QCOMPARE(after.balance, Money::fromKronor(1000)); // no fee debited
}

void TestCustomerDunningStop::onlyThatCustomer()
{
    TestLedger t;
    DunningSettingsRegister(*t.db).save(fullSettings());
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
                        TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(500)),
                        TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(700),
                                          QStringLiteral("Berg, Bo"),
                                          QStringLiteral("640823-3234"))});
    // 040000001 and 040000002 are Anna's (one customer); 040000003 is Bo's.
    CustomerView(*t.db).setDunningStop(customerOf(*t.db, QStringLiteral("040000002")), true,
                                       false);
    const DunningRunResult r = DunningRun(*t.db).plan(on(QDate(2026, 2, 10)));
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().invoiceNumber, QStringLiteral("040000003"));
    QCOMPARE(r.skipped.size(), 2);
    QCOMPARE(r.skipped.at(0).invoiceNumber, QStringLiteral("040000001"));
    QCOMPARE(r.skipped.at(1).invoiceNumber, QStringLiteral("040000002"));
}

void TestCustomerDunningStop::stopIsAuditedAndReversible()
{
    TestLedger t;
    t.registerInvoices({TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    const CustomerDetails c = customerOf(*t.db, QStringLiteral("040000001"));
    QVERIFY(!c.reminderStop && !c.collectionStop);
    CustomerView view(*t.db);
    CustomerDetails after = view.setDunningStop(c, false, true);
    QVERIFY(!after.reminderStop);
    QVERIFY(after.collectionStop);
    QCOMPARE(after.changedBy, QStringLiteral("testare"));
    // Setting what is already stored writes nothing.
    view.setDunningStop(after, false, true);
    after = view.setDunningStop(after, false, false);
    QVERIFY(!after.collectionStop);
    const auto entries =
        AuditLog(*t.db).entriesFor(QStringLiteral("customer"), c.company + '/' + c.customerNumber);
    QCOMPARE(entries.size(), 2);
    for (const auto &e : entries)
        QCOMPARE(e.field, QStringLiteral("collection_stop"));
    QStringList changes;
    for (const auto &e : entries)
        changes << e.oldValue + QStringLiteral("→") + e.newValue;
    changes.sort();
    QCOMPARE(changes, (QStringList{"0→1", "1→0"}));
}

QTEST_GUILESS_MAIN(TestCustomerDunningStop)
#include "tst_customerdunningstop.moc"
