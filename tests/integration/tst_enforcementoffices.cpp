// Underhåll kronofogdemyndigheter (handbook 7.10): the city (at most 20
// characters, required) is the identity, name and address at most 5 lines
// of 30; saving and removing are audited, a refused change leaves nothing
// changed, the list is in Swedish order and a new ledger has no offices.
#include "dunning/enforcementoffices.h"

#include "audit/auditlog.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::EnforcementOffice)

namespace {

EnforcementOffice office(const QString &city, const QStringList &lines)
{
    return EnforcementOffice{city, lines};
}

} // namespace

class TestEnforcementOffices : public QObject
{
    Q_OBJECT

private slots:
    void newLedgerHasNone();
    void limits_data();
    void limits();
    void refusedSaveChangesNothing();
    void saveChangeRemoveAudited();
    void cityIsTheIdentity();
    void swedishOrder();
    void removeUnknown();
};

void TestEnforcementOffices::newLedgerHasNone()
{
    // Neither the handbook nor FACTS-SE gives the offices' addresses, so no
    // office is made up: the clerk adds them.
    TestLedger t;
    QVERIFY(EnforcementOffices(*t.db).list().isEmpty());
}

void TestEnforcementOffices::limits_data()
{
    QTest::addColumn<EnforcementOffice>("office");
    QTest::addColumn<QString>("problem"); // "" = accepted
    const QString l30(30, QLatin1Char('a'));
    QTest::newRow("city 20 characters, 5 lines of 30: ok")
        << office(QString(20, QChar(u'Ö')), {l30, l30, l30, l30, l30}) << "";
    QTest::newRow("city only: ok (the only required field)") << office(QStringLiteral("Kiruna"), {})
                                                            << "";
    QTest::newRow("surrounding spaces do not count")
        << office(QStringLiteral("  Luleå  "), {QStringLiteral("  ") + l30 + QStringLiteral("  ")})
        << "";
    QTest::newRow("trailing empty lines do not count")
        << office(QStringLiteral("Umeå"), {l30, l30, l30, l30, l30, QString(), QStringLiteral(" ")})
        << "";
    QTest::newRow("no city") << office(QStringLiteral("  "), {QStringLiteral("Kronofogden")})
                             << "Ort: ange orten; den är kronofogdemyndighetens identitet.";
    QTest::newRow("city 21 characters")
        << office(QString(21, QLatin1Char('x')), {})
        << "Ort: \"xxxxxxxxxxxxxxxxxxxxx\" är 21 tecken, högst 20.";
    QTest::newRow("6 lines") << office(QStringLiteral("Malmö"), {l30, l30, l30, l30, l30, l30})
                             << "Kronofogdemyndighet Malmö: 6 rader, högst 5.";
    QTest::newRow("line 2 of 31 characters")
        << office(QStringLiteral("Malmö"), {l30, l30 + QLatin1Char('b')})
        << "Kronofogdemyndighet Malmö: rad 2 är 31 tecken, högst 30.";
    QTest::newRow("tab in a line")
        << office(QStringLiteral("Malmö"), {QStringLiteral("Box\t123")})
        << "Kronofogdemyndighet Malmö: rad 1 innehåller ett styrtecken (t.ex. tabb).";
    QTest::newRow("newline in the city")
        << office(QStringLiteral("Mal\nmö"), {})
        << "Ort: \"Mal\nmö\" innehåller ett styrtecken (t.ex. tabb).";
}

void TestEnforcementOffices::limits()
{
    QFETCH(EnforcementOffice, office);
    QFETCH(QString, problem);
    QCOMPARE(EnforcementOffices::problem(office).value_or(QString()), problem);
    TestLedger t;
    EnforcementOffices offices(*t.db);
    if (problem.isEmpty()) {
        offices.save(office);
        const auto saved = offices.find(office.city);
        QVERIFY(saved);
        QCOMPARE(saved->city, office.city.trimmed());
        QVERIFY(saved->lines.size() <= EnforcementOffices::kMaxLines);
        for (const QString &line : saved->lines)
            QCOMPARE(line, line.trimmed());
        return;
    }
    try {
        offices.save(office);
        QFAIL("the office was saved");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), problem);
    }
    QVERIFY(offices.list().isEmpty());
}

void TestEnforcementOffices::refusedSaveChangesNothing()
{
    TestLedger t;
    EnforcementOffices offices(*t.db);
    offices.save(office(QStringLiteral("Göteborg"), {QStringLiteral("Kronofogden"),
                                                     QStringLiteral("Box 1")}));
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             offices.save(office(QStringLiteral("Göteborg"),
                                                 {QString(31, QLatin1Char('x'))})));
    QCOMPARE(offices.find(QStringLiteral("Göteborg"))->lines,
             (QStringList{QStringLiteral("Kronofogden"), QStringLiteral("Box 1")}));
    QCOMPARE(t.count(QStringLiteral("audit_log")), audit);
}

void TestEnforcementOffices::saveChangeRemoveAudited()
{
    TestLedger t;
    EnforcementOffices offices(*t.db);
    offices.save(office(QStringLiteral("Sundsvall"),
                        {QStringLiteral("Kronofogden"), QStringLiteral("Box 10"),
                         QStringLiteral("851 02  SUNDSVALL")}));
    offices.save(office(QStringLiteral("Sundsvall"),
                        {QStringLiteral("Kronofogden"), QStringLiteral("Box 20"),
                         QStringLiteral("851 02  SUNDSVALL")}));
    QCOMPARE(offices.list().size(), 1);
    QCOMPARE(offices.find(QStringLiteral("Sundsvall"))->lines.at(1), QStringLiteral("Box 20"));
    offices.remove(QStringLiteral("Sundsvall"));
    QVERIFY(offices.list().isEmpty());

    const auto entries = AuditLog(*t.db).entriesFor(QStringLiteral("enforcement_office"),
                                                    QStringLiteral("Sundsvall"));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, QStringLiteral("insert"));
    QCOMPARE(entries.at(0).newValue, QStringLiteral("Kronofogden\nBox 10\n851 02  SUNDSVALL"));
    QCOMPARE(entries.at(1).action, QStringLiteral("update"));
    QCOMPARE(entries.at(1).field, QStringLiteral("lines"));
    QCOMPARE(entries.at(1).oldValue, QStringLiteral("Kronofogden\nBox 10\n851 02  SUNDSVALL"));
    QCOMPARE(entries.at(1).newValue, QStringLiteral("Kronofogden\nBox 20\n851 02  SUNDSVALL"));
    QCOMPARE(entries.at(2).action, QStringLiteral("delete"));
    QCOMPARE(entries.at(2).user, QStringLiteral("testare"));
}

void TestEnforcementOffices::cityIsTheIdentity()
{
    TestLedger t;
    EnforcementOffices offices(*t.db);
    offices.save(office(QStringLiteral("Östersund"), {QStringLiteral("Kronofogden")}));
    // Another spelling of the same city changes the office, never adds one.
    offices.save(office(QStringLiteral("ÖSTERSUND "), {QStringLiteral("Kronofogden Jämtland")}));
    QCOMPARE(offices.list().size(), 1);
    const auto found = offices.find(QStringLiteral("östersund"));
    QVERIFY(found);
    QCOMPARE(found->city, QStringLiteral("ÖSTERSUND"));
    QCOMPARE(found->lines, QStringList{QStringLiteral("Kronofogden Jämtland")});
    QVERIFY(!offices.find(QStringLiteral("Östhammar")));
}

void TestEnforcementOffices::swedishOrder()
{
    TestLedger t;
    EnforcementOffices offices(*t.db);
    for (const char *city : {"Örebro", "Arvika", "Ängelholm", "Zinkgruvan", "Åmål", "borås"})
        offices.save(office(QString::fromUtf8(city), {}));
    QStringList cities;
    for (const EnforcementOffice &o : offices.list())
        cities << o.city;
    // Å, Ä, Ö after Z; case does not matter.
    QCOMPARE(cities, (QStringList{QStringLiteral("Arvika"), QStringLiteral("borås"),
                                  QStringLiteral("Zinkgruvan"), QStringLiteral("Åmål"),
                                  QStringLiteral("Ängelholm"), QStringLiteral("Örebro")}));
}

void TestEnforcementOffices::removeUnknown()
{
    TestLedger t;
    try {
        EnforcementOffices(*t.db).remove(QStringLiteral("Visby"));
        QFAIL("removed an office that does not exist");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
        QCOMPARE(e.message(), QStringLiteral("Det finns ingen kronofogdemyndighet med orten \"Visby\"."));
    }
}

QTEST_GUILESS_MAIN(TestEnforcementOffices)
#include "tst_enforcementoffices.moc"
