// The country line of printed addresses (handbook 8.2 "Den benämning som
// läggs in under namn skrivs ut på fakturan"): CountryNames gives the
// register's name upper-cased for a code, no line for Sweden, and an old
// free-text country or an unregistered code as it is; it reads the register
// once, so a name changed afterwards is not seen until a new CountryNames.
#include "ledger/countrycodes.h"

#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

class TestCountryNames : public QObject
{
    Q_OBJECT

private slots:
    void printed_data();
    void printed();
    void registerChangesSeenByTheNextReader();
};

void TestCountryNames::printed_data()
{
    // Migration 016: ('SE', 'Sverige'), ('NO', 'Norge'), ('AX', 'Åland'),
    // ('FO', 'Färöarna'), ('DE', 'Tyskland'); no 'XX'.
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("line"); // "" = no country line
    QTest::newRow("NO: the register's name, upper case") << "NO" << "NORGE";
    QTest::newRow("lower case with spaces") << " no " << "NORGE";
    QTest::newRow("DE") << "DE" << "TYSKLAND";
    QTest::newRow("Å and Ä Ö upper-cased too") << "ax" << "ÅLAND";
    QTest::newRow("FO") << "FO" << "FÄRÖARNA";
    QTest::newRow("code not in the register: as it is") << "XX" << "XX";
    QTest::newRow("old free text: upper-cased") << " Norway " << "NORWAY";
    QTest::newRow("SE: no line") << "SE" << "";
    QTest::newRow("se: no line") << " se " << "";
    QTest::newRow("empty: no line") << "" << "";
    QTest::newRow("spaces: no line") << "   " << "";
    QTest::newRow("SVERIGE as text: no line") << "SVERIGE" << "";
    QTest::newRow("Sverige as text: no line") << "Sverige" << "";
    QTest::newRow("Sweden as text: no line") << "Sweden" << "";
}

void TestCountryNames::printed()
{
    QFETCH(QString, stored);
    QFETCH(QString, line);
    TestLedger t;
    QCOMPARE(CountryNames(*t.db).printed(stored), line);
}

void TestCountryNames::registerChangesSeenByTheNextReader()
{
    TestLedger t;
    const CountryNames before(*t.db);
    CountryCodes codes(*t.db);
    codes.save(CountryCode{QStringLiteral("NO"), QStringLiteral("Noreg"), QString(), false});
    codes.save(CountryCode{QStringLiteral("XK"), QStringLiteral("Kosovo"), QString(), false});
    // SE renamed: its new name is Sweden too.
    codes.save(CountryCode{QStringLiteral("SE"), QStringLiteral("Konungariket Sverige"),
                           QString(), true});
    // Read once: the first reader keeps the names it read.
    QCOMPARE(before.printed(QStringLiteral("NO")), QStringLiteral("NORGE"));
    QCOMPARE(before.printed(QStringLiteral("XK")), QStringLiteral("XK"));
    const CountryNames after(*t.db);
    QCOMPARE(after.printed(QStringLiteral("NO")), QStringLiteral("NOREG"));
    QCOMPARE(after.printed(QStringLiteral("xk")), QStringLiteral("KOSOVO"));
    QCOMPARE(after.printed(QStringLiteral("SE")), QString());
    QCOMPARE(after.printed(QStringLiteral("Konungariket Sverige")), QString());
    // A code deleted from the register (no address used it) prints as the code.
    codes.remove(QStringLiteral("XK"));
    QCOMPARE(CountryNames(*t.db).printed(QStringLiteral("XK")), QStringLiteral("XK"));
}

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
