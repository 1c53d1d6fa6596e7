#include "money/money.h"

#include <QtTest>

using rsk::ExactOre;
using rsk::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void reject_data();
    void reject();
    void format_data();
    void format();
    void overflow();
    void interest_data();
    void interest();
    void interestSumsBeforeRounding();
    void rate_data();
    void rate();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ore");
    QTest::newRow("thousands space and öre") << "1 234,50" << qint64(123450);
    QTest::newRow("one öre digit means tens") << "1234,5" << qint64(123450);
    QTest::newRow("point as decimal") << "1234.50" << qint64(123450);
    QTest::newRow("negative whole kronor") << "-50" << qint64(-5000);
    QTest::newRow("one öre") << "0,01" << qint64(1);
    QTest::newRow("no-break space group") << QString::fromUtf8("12\u00a0345,00") << qint64(1234500);
    QTest::newRow("surrounding blanks") << "  7,25 " << qint64(725);
    QTest::newRow("plus sign") << "+10" << qint64(1000);
    QTest::newRow("ten digits, max") << "99999999,99" << qint64(9999999999);
    QTest::newRow("ten digits grouped") << "99 999 999,99" << qint64(9999999999);
    QTest::newRow("leading zeros not counted") << "000000000012,00" << qint64(1200);
    QTest::newRow("negative öre only") << "-0,50" << qint64(-50);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("decimal without kronor") << ",50" << qint64(50);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ore);
    QString error;
    const auto m = Money::parse(text, &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QCOMPARE(m->ore(), ore);
}

void TestMoney::reject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("three decimals") << "12,345" << "två decimaler";
    QTest::newRow("point as thousands and comma decimal") << "1.234,50" << "mer än ett decimaltecken";
    QTest::newRow("letters") << "12a" << "otillåtet tecken";
    QTest::newRow("word") << "tusen" << "otillåtet tecken";
    QTest::newRow("empty") << "" << "saknas";
    QTest::newRow("only blanks") << "   " << "saknas";
    QTest::newRow("eleven digits") << "123456789,01" << "fler än 10 siffror";
    QTest::newRow("nine kronor digits") << "123456789" << "fler än 10 siffror";
    QTest::newRow("separator without öre") << "12," << "saknar ören";
    QTest::newRow("bad grouping") << "12 34" << "tusengruppering";
    QTest::newRow("double space") << "1  234" << "tusengruppering";
    QTest::newRow("only sign") << "-" << "saknar siffror";
    QTest::newRow("two signs") << "--5" << "otillåtet tecken";
    QTest::newRow("currency suffix") << "100 kr" << "tusengruppering";
}

void TestMoney::reject()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    QString error;
    QVERIFY(!Money::parse(text, &error).has_value());
    QVERIFY2(error.contains(reasonContains), qPrintable(error));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("ore");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("plain");
    QTest::newRow("zero") << qint64(0) << "0,00" << "0,00";
    QTest::newRow("one öre") << qint64(1) << "0,01" << "0,01";
    QTest::newRow("thousands") << qint64(123450) << "1 234,50" << "1234,50";
    QTest::newRow("millions") << qint64(123456789) << "1 234 567,89" << "1234567,89";
    QTest::newRow("negative") << qint64(-5000) << "-50,00" << "-50,00";
    QTest::newRow("negative thousands") << qint64(-100000) << "-1 000,00" << "-1000,00";
    QTest::newRow("exactly three digits") << qint64(99900) << "999,00" << "999,00";
    QTest::newRow("int64 min does not overflow")
        << std::numeric_limits<qint64>::min() << "-92 233 720 368 547 758,08" << "-92233720368547758,08";
}

void TestMoney::format()
{
    QFETCH(qint64, ore);
    QFETCH(QString, swedish);
    QFETCH(QString, plain);
    QCOMPARE(Money::fromOre(ore).toString(), swedish);
    QCOMPARE(Money::fromOre(ore).toPlainString(), plain);
}

void TestMoney::overflow()
{
    const Money max = Money::fromOre(std::numeric_limits<qint64>::max());
    const Money min = Money::fromOre(std::numeric_limits<qint64>::min());
    QVERIFY(!Money::checkedAdd(max, Money::fromOre(1)).has_value());
    QVERIFY(!Money::checkedSub(min, Money::fromOre(1)).has_value());
    QCOMPARE(Money::checkedAdd(Money::fromOre(150), Money::fromOre(-200))->ore(), qint64(-50));
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, max + Money::fromOre(1));
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, -min);
    Money m = Money::fromKronor(10);
    m -= Money::fromOre(1);
    QCOMPARE(m.ore(), qint64(999));
}

void TestMoney::interest_data()
{
    QTest::addColumn<qint64>("baseOre");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("yearDays");
    QTest::addColumn<qint64>("expectedOre");
    // 1 000 000 öre * 11,50 % * 46/365 = 14 493,150... öre -> 14 493
    QTest::newRow("DOMAIN example part 1, 46 d at 11,50") << qint64(1000000) << qint64(1150) << qint64(46) << qint64(365) << qint64(14493);
    // 1 000 000 * 12 % * 223/365 = 73 315,068... -> 73 315
    QTest::newRow("DOMAIN example part 2, 223 d at 12,00") << qint64(1000000) << qint64(1200) << qint64(223) << qint64(365) << qint64(73315);
    // 678 000 öre * 8 % * 110/365 = 16 346,30... -> 16 346 (Lawline 163 kr example)
    QTest::newRow("Lawline 6 780 kr 8 % 110 d") << qint64(678000) << qint64(800) << qint64(110) << qint64(365) << qint64(16346);
    // 1 000 öre * 10 % * 73/365 = 20 exactly
    QTest::newRow("exact, no rounding") << qint64(1000) << qint64(1000) << qint64(73) << qint64(365) << qint64(20);
    // 365 öre * 10 % * 5/365 = 0,5 öre -> 1 (half away from zero)
    QTest::newRow("half rounds up") << qint64(365) << qint64(1000) << qint64(5) << qint64(365) << qint64(1);
    QTest::newRow("negative half rounds away from zero") << qint64(-365) << qint64(1000) << qint64(5) << qint64(365) << qint64(-1);
    // 364 öre * 10 % * 5/365 = 0,4986 -> 0
    QTest::newRow("just under half rounds down") << qint64(364) << qint64(1000) << qint64(5) << qint64(365) << qint64(0);
    // 366 öre * 10 % * 5/366 = 0,5 exactly -> 1 (leap year, actual/actual)
    QTest::newRow("leap year basis half") << qint64(366) << qint64(1000) << qint64(5) << qint64(366) << qint64(1);
    // negative rate (2019-H1 reference -0,50 % alone): 100 000 * -0,5 % * 365/365 = -500
    QTest::newRow("negative rate") << qint64(100000) << qint64(-50) << qint64(365) << qint64(365) << qint64(-500);
}

void TestMoney::interest()
{
    QFETCH(qint64, baseOre);
    QFETCH(qint64, rate);
    QFETCH(qint64, days);
    QFETCH(qint64, yearDays);
    QFETCH(qint64, expectedOre);
    QCOMPARE(ExactOre::simpleInterest(Money::fromOre(baseOre), rate, days, yearDays).roundedOre().ore(),
             expectedOre);
}

void TestMoney::interestSumsBeforeRounding()
{
    // DOMAIN.md worked example: 10 000,00 kr due 2023-11-15, paid 2024-08-10:
    // 46 days at 11,5 % + 223 days at 12,0 % = 14 493,15 + 73 315,07 = 87 808,22 öre.
    ExactOre total = ExactOre::simpleInterest(Money::fromKronor(10000), 1150, 46, 365);
    total += ExactOre::simpleInterest(Money::fromKronor(10000), 1200, 223, 365);
    QCOMPARE(total.roundedOre().ore(), qint64(87808));
    // Rounding once matters: two halves of 0,5 öre each make 1 öre, not 2.
    ExactOre halves = ExactOre::simpleInterest(Money::fromOre(365), 1000, 5, 365);
    halves += ExactOre::simpleInterest(Money::fromOre(365), 1000, 5, 365);
    QCOMPARE(halves.roundedOre().ore(), qint64(1));
    // Mixed day bases add exactly: 0,5 (365) + 0,5 (366) = 1.
    ExactOre mixed = ExactOre::simpleInterest(Money::fromOre(365), 1000, 5, 365)
        + ExactOre::simpleInterest(Money::fromOre(366), 1000, 5, 366);
    QCOMPARE(mixed.roundedOre().ore(), qint64(1));
    QCOMPARE(rsk::percentOf(Money::fromOre(12345), 250).ore(), qint64(309)); // 308,625 -> 309
}

void TestMoney::rate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("comma") << "11,50" << true << qint64(1150) << "11,50";
    QTest::newRow("point one decimal") << "11.5" << true << qint64(1150) << "11,50";
    QTest::newRow("negative") << "-0,50" << true << qint64(-50) << "-0,50";
    QTest::newRow("whole") << "8" << true << qint64(800) << "8,00";
    QTest::newRow("three decimals refused") << "2,125" << false << qint64(0) << "";
    QTest::newRow("over 100 refused") << "101" << false << qint64(0) << "";
}

void TestMoney::rate()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, hundredths);
    QFETCH(QString, formatted);
    const auto r = rsk::parseRateHundredths(text);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QCOMPARE(*r, hundredths);
        QCOMPARE(rsk::formatRateHundredths(*r), formatted);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
