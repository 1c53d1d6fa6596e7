// IBAN (ISO 13616, mod 97) and BIC (ISO 9362) as the company's payment
// details for payers abroad (handbook 9). Every valid row was worked out by
// hand the ISO 13616 way: move the first four characters last, read letters
// as A=10 … Z=35, and the number must leave 1 when divided by 97.
#include "ids/iban.h"

#include <QtTest>

using namespace rsk;

class TestIban : public QObject
{
    Q_OBJECT

private slots:
    void iban_data();
    void iban();
    void mod97_data();
    void mod97();
    void bic_data();
    void bic();
};

void TestIban::iban_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("electronic"); // "" = refused
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("error");      // a part of the reason

    // 5000 0000 0583 9825 7466 + S=28 E=14 + 45 = 50000000058398257466281445;
    // 50000000058398257466281445 = 97 × 515463918127817087487437 + 1.
    QTest::newRow("Swedish IBAN in groups of four (SEB, 24 characters)")
        << "SE45 5000 0000 0583 9825 7466" << "SE4550000000058398257466"
        << "SE45 5000 0000 0583 9825 7466" << "";
    QTest::newRow("lower case, no spaces")
        << "se4550000000058398257466" << "SE4550000000058398257466"
        << "SE45 5000 0000 0583 9825 7466" << "";
    QTest::newRow("printed prefix IBAN: dropped")
        << "IBAN: SE45 5000 0000 0583 9825 7466" << "SE4550000000058398257466"
        << "SE45 5000 0000 0583 9825 7466" << "";
    // 86011117947 N=23 O=24 93 → 86011117947232493 ≡ 1 (mod 97)
    QTest::newRow("Norway, the shortest: 15") << "NO93 8601 1117 947" << "NO9386011117947"
                                              << "NO93 8601 1117 947" << "";
    // 00400440116243 D=13 K=20 50 → 00400440116243132050 ≡ 1
    QTest::newRow("Denmark 18") << "DK5000400440116243" << "DK5000400440116243"
                                << "DK50 0040 0440 1162 43" << "";
    // 3214282912345698765432161182: W=32 E=14 S=28 T=29, G=16 B=11, 82 ≡ 1
    QTest::newRow("United Kingdom, letters in the account part")
        << "GB82 WEST 1234 5698 7654 32" << "GB82WEST12345698765432"
        << "GB82 WEST 1234 5698 7654 32" << "";
    // Brazil is not in the length table: 15–34 characters and mod 97 are enough.
    QTest::newRow("country outside the length table, 29 characters")
        << "BR1800360305000010009795493C1" << "BR1800360305000010009795493C1"
        << "BR18 0036 0305 0000 1000 9795 493C 1" << "";

    // The last digit 6 → 7: 50000000058398257467281445 ≡ 2 (mod 97) … not 1.
    // With "00" the remainder is 80, so the check digits would be 98 − 80 = 18.
    QTest::newRow("one digit wrong: the check digits say so")
        << "SE4550000000058398257467" << "" << ""
        << "Fel kontrollsiffror i \"SE4550000000058398257467\" (modulus 97): med det "
           "kontonumret ska de vara 18.";
    QTest::newRow("Swedish IBAN one character short")
        << "SE455000000005839825746" << "" << ""
        << "har 23 tecken, men ett IBAN från SE har 24.";
    QTest::newRow("unknown country, too short") << "ZZ12345678" << "" << ""
                                                << "har 10 tecken, men ett IBAN har 15–34.";
    QTest::newRow("hyphen inside") << "SE45-5000-0000-0583-9825-7466" << "" << ""
                                   << "otillåtet tecken \"-\"";
    QTest::newRow("no country code") << "4550000000058398257466" << "" << ""
                                     << "börjar med landskod";
    QTest::newRow("letters where the check digits go") << "SEAB50000000058398257466" << ""
                                                       << "" << "börjar med landskod";
    QTest::newRow("empty") << "  " << "" << "" << "IBAN saknas.";
}

void TestIban::iban()
{
    QFETCH(QString, input);
    QFETCH(QString, electronic);
    QFETCH(QString, display);
    QFETCH(QString, error);
    QString why;
    const auto parsed = Iban::parse(input, &why);
    if (electronic.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(parsed->electronic(), electronic);
    QCOMPARE(parsed->display(), display);
    QCOMPARE(parsed->countryCode(), electronic.left(2));
}

void TestIban::mod97_data()
{
    QTest::addColumn<QString>("electronic");
    QTest::addColumn<int>("remainder");
    QTest::newRow("valid: 1") << "DE89370400440532013000" << 1;
    // 370400440532013000 D=13 E=14 00 = 370400440532013000131400 ≡ 9 (mod 97):
    // the check digits that make it 1 are 98 − 9 = 89, the registry's example.
    QTest::newRow("check digits 00") << "DE00370400440532013000" << 9;
    QTest::newRow("a character outside A–Z, 0–9") << "SE45ÅÄÖ" << -1;
    QTest::newRow("shorter than 4") << "SE4" << -1;
}

void TestIban::mod97()
{
    QFETCH(QString, electronic);
    QFETCH(int, remainder);
    QCOMPARE(Iban::mod97(electronic), remainder);
}

void TestIban::bic_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text"); // "" = refused
    QTest::addColumn<QString>("error");
    QTest::newRow("SEB, 8 characters") << "ESSESESS" << "ESSESESS" << "";
    QTest::newRow("Handelsbanken in lower case with spaces") << " handse ss " << "HANDSESS" << "";
    QTest::newRow("with branch, 11 characters") << "DEUTDEFF500" << "DEUTDEFF500" << "";
    QTest::newRow("digit in the location") << "NDEAFIHH" << "NDEAFIHH" << "";
    QTest::newRow("9 characters") << "ESSESESS1" << "" << "8 eller 11 tecken";
    QTest::newRow("digit in the bank code") << "E5SESESS" << "" << "bara bokstäver";
    QTest::newRow("digit in the country code") << "ESSES1SS" << "" << "bara bokstäver";
    QTest::newRow("punctuation in the branch") << "DEUTDEFF50-" << "" << "otillåtet tecken \"-\"";
    QTest::newRow("empty") << "" << "" << "BIC saknas.";
}

void TestIban::bic()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString why;
    const auto parsed = Bic::parse(input, &why);
    if (text.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(parsed->text(), text);
    QCOMPARE(parsed->countryCode(), text.mid(4, 2));
}

QTEST_APPLESS_MAIN(TestIban)
#include "tst_iban.moc"
