#include "dates/bankingdays.h"
#include "dates/dateparse.h"

#include <QtTest>

// Every weekday in these rows was checked with `date -d YYYY-MM-DD +%a`.

class TestDates : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseWithInvalidReferenceUsesToday();
    void reject_data();
    void reject();
    void iso_data();
    void iso();

    void easter_data();
    void easter();
    void easterMatchesIndependentAlgorithm();
    void holiday_data();
    void holiday();
    void holidaysPerYear_data();
    void holidaysPerYear();
    void bankingDay_data();
    void bankingDay();
    void nextBankingDay_data();
    void nextBankingDay();
    void previousBankingDay_data();
    void previousBankingDay();
    void addBankingDays_data();
    void addBankingDays();
    void invalidDates();
};

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Oudin's algorithm (1940), written independently of the Meeus/Jones/Butcher
// one in bankingdays.cpp, so the two cross-check each other.
QDate oudinEaster(int year)
{
    const int c = year / 100;
    const int n = year - 19 * (year / 19);
    const int k = (c - 17) / 25;
    int i = c - c / 4 - (c - k) / 3 + 19 * n + 15;
    i = i - 30 * (i / 30);
    i = i - (i / 28) * (1 - (i / 28) * (29 / (i + 1)) * ((21 - n) / 11));
    int j = year + year / 4 + i + 2 - c + c / 4;
    j = j - 7 * (j / 7);
    const int l = i - j;
    const int month = 3 + (l + 40) / 44;
    const int day = l + 28 - 31 * (month / 4);
    return QDate(year, month, day);
}

const QDate Reference = d(2026, 6, 15);

} // namespace

void TestDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO") << "2025-12-31" << Reference << d(2025, 12, 31);
    QTest::newRow("ÅÅÅÅMMDD") << "20251231" << Reference << d(2025, 12, 31);
    QTest::newRow("ÅÅMMDD this century") << "251231" << Reference << d(2025, 12, 31);
    QTest::newRow("ÅÅMMDD last century") << "991231" << Reference << d(1999, 12, 31);
    QTest::newRow("surrounding blanks") << "  2025-12-31 " << Reference << d(2025, 12, 31);
    QTest::newRow("ÅÅÅÅMMDD last century") << "19991231" << Reference << d(1999, 12, 31);
    QTest::newRow("leap day ISO") << "2024-02-29" << Reference << d(2024, 2, 29);
    QTest::newRow("leap day ÅÅÅÅMMDD") << "20240229" << Reference << d(2024, 2, 29);
    QTest::newRow("leap day ÅÅMMDD") << "240229" << Reference << d(2024, 2, 29);
    QTest::newRow("2000 is a leap year") << "2000-02-29" << Reference << d(2000, 2, 29);
    QTest::newRow("first of January") << "20260101" << Reference << d(2026, 1, 1);

    // Window [reference - 80 years, reference + 20 years), reference 2026-06-15.
    QTest::newRow("window: first day, 80 years back") << "460615" << Reference << d(1946, 6, 15);
    QTest::newRow("window: day after first") << "460616" << Reference << d(1946, 6, 16);
    QTest::newRow("window: last day, 20 years ahead") << "460614" << Reference << d(2046, 6, 14);
    QTest::newRow("window: 00 is 2000") << "000101" << Reference << d(2000, 1, 1);
    QTest::newRow("window: 45 is 2045") << "450101" << Reference << d(2045, 1, 1);
    QTest::newRow("window: 47 is 1947") << "470101" << Reference << d(1947, 1, 1);
    QTest::newRow("window: reference date itself") << "260615" << Reference << d(2026, 6, 15);

    // Reference 2026-01-01, the start of a year.
    const QDate newYear = d(2026, 1, 1);
    QTest::newRow("ref 2026-01-01: 251231") << "251231" << newYear << d(2025, 12, 31);
    QTest::newRow("ref 2026-01-01: 991231") << "991231" << newYear << d(1999, 12, 31);
    QTest::newRow("ref 2026-01-01: 460101 first day") << "460101" << newYear << d(1946, 1, 1);
    QTest::newRow("ref 2026-01-01: 451231 last day") << "451231" << newYear << d(2045, 12, 31);

    // A leap-day reference: the window starts on 2000-02-29 itself.
    const QDate leapRef = d(2080, 2, 29);
    QTest::newRow("ref 2080-02-29: 000229 first day") << "000229" << leapRef << d(2000, 2, 29);
    QTest::newRow("ref 2080-02-29: 000228 is 2100") << "000228" << leapRef << d(2100, 2, 28);
}

void TestDates::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QDate, expected);
    QString error;
    const auto date = rsk::parseDate(text, reference, &error);
    QVERIFY2(date.has_value(), qPrintable(error));
    QCOMPARE(*date, expected);
}

void TestDates::parseWithInvalidReferenceUsesToday()
{
    const auto withInvalid = rsk::parseDate(QStringLiteral("251231"), QDate());
    const auto withToday = rsk::parseDate(QStringLiteral("251231"), QDate::currentDate());
    QVERIFY(withInvalid.has_value());
    QCOMPARE(withInvalid, withToday);
}

void TestDates::reject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("29 Feb in non-leap year") << "20230229" << Reference
                                             << "2023 har ingen 29 februari";
    QTest::newRow("29 Feb in non-leap year, ISO") << "2023-02-29" << Reference
                                                  << "2023 har ingen 29 februari";
    QTest::newRow("29 Feb in non-leap year, ÅÅMMDD") << "230229" << Reference
                                                     << "2023 har ingen 29 februari";
    QTest::newRow("1900 is not a leap year") << "1900-02-29" << Reference
                                             << "1900 har ingen 29 februari";
    QTest::newRow("window puts 00 in 2100, not leap") << "000229" << d(2090, 1, 1)
                                                      << "2100 har ingen 29 februari";
    QTest::newRow("month 13") << "20251301" << Reference << "månad 13 finns inte";
    QTest::newRow("month 13, ÅÅMMDD") << "251301" << Reference << "månad 13 finns inte";
    QTest::newRow("month 00") << "2025-00-10" << Reference << "månad 00 finns inte";
    QTest::newRow("day 00") << "20251200" << Reference << "dag 00 finns inte";
    QTest::newRow("day 00, ÅÅMMDD") << "251200" << Reference << "dag 00 finns inte";
    QTest::newRow("31 April") << "20250431" << Reference << "april 2025 har bara 30 dagar";
    QTest::newRow("30 Feb in leap year") << "2024-02-30" << Reference
                                         << "februari 2024 har bara 29 dagar";
    QTest::newRow("32 January") << "20250132" << Reference << "januari 2025 har bara 31 dagar";
    QTest::newRow("year 0") << "00000101" << Reference << "år 0 finns inte";
    QTest::newRow("seven digits") << "2025123" << Reference << "har 7 siffror";
    QTest::newRow("nine digits") << "202512310" << Reference << "har 9 siffror";
    QTest::newRow("four digits") << "2512" << Reference << "har 4 siffror";
    QTest::newRow("one digit") << "1" << Reference << "har 1 siffror";
    QTest::newRow("ÅÅ-MM-DD is not accepted") << "25-12-31" << Reference << "fel form";
    QTest::newRow("ISO without zero padding") << "2025-1-31" << Reference << "fel form";
    QTest::newRow("double dash") << "2025--12-31" << Reference << "fel form";
    QTest::newRow("dash in place of a digit") << "2025-1--31" << Reference << "fel form";
    QTest::newRow("leading minus") << "-20251231" << Reference << "fel form";
    QTest::newRow("slashes") << "2025/12/31" << Reference << "otillåtet tecken \"/\"";
    QTest::newRow("dots") << "2025.12.31" << Reference << "otillåtet tecken \".\"";
    QTest::newRow("inner blank") << "2025 12 31" << Reference << "otillåtet tecken \" \"";
    QTest::newRow("letter in day") << "2025-12-3a" << Reference << "otillåtet tecken \"a\"";
    QTest::newRow("month as word") << "31 dec 2025" << Reference << "otillåtet tecken";
    QTest::newRow("only letters") << "abcdef" << Reference << "otillåtet tecken \"a\"";
    QTest::newRow("fullwidth digits") << QString::fromUtf8("２０２５１２３１") << Reference
                                      << "otillåtet tecken";
    QTest::newRow("empty") << "" << Reference << "Datum saknas";
    QTest::newRow("only blanks") << "   " << Reference << "Datum saknas";
}

void TestDates::reject()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QString, reasonContains);
    QString error;
    QVERIFY(!rsk::parseDate(text, reference, &error).has_value());
    QVERIFY2(error.contains(reasonContains), qPrintable(error));
    // The clerk sees what was typed, quoted.
    if (!text.trimmed().isEmpty())
        QVERIFY2(error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error));
}

void TestDates::iso_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("iso");
    QTest::newRow("ordinary") << d(2025, 12, 31) << "2025-12-31";
    QTest::newRow("zero padded") << d(2026, 1, 2) << "2026-01-02";
    QTest::newRow("invalid is empty") << QDate() << "";
    QTest::newRow("nonexistent is empty") << QDate(2023, 2, 29) << "";
}

void TestDates::iso()
{
    QFETCH(QDate, date);
    QFETCH(QString, iso);
    QCOMPARE(rsk::isoDate(date), iso);
    if (date.isValid())
        QCOMPARE(rsk::parseDate(iso, Reference), std::optional<QDate>(date));
}

void TestDates::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2019") << 2019 << d(2019, 4, 21);
    QTest::newRow("2024") << 2024 << d(2024, 3, 31);
    QTest::newRow("2025") << 2025 << d(2025, 4, 20);
    QTest::newRow("2026") << 2026 << d(2026, 4, 5);
    QTest::newRow("2027") << 2027 << d(2027, 3, 28);
    QTest::newRow("2038, latest possible") << 2038 << d(2038, 4, 25);
    QTest::newRow("1943, latest possible") << 1943 << d(1943, 4, 25);
    QTest::newRow("1818, earliest possible") << 1818 << d(1818, 3, 22);
    QTest::newRow("2285, earliest possible") << 2285 << d(2285, 3, 22);
    QTest::newRow("2000") << 2000 << d(2000, 4, 23);
    QTest::newRow("2008") << 2008 << d(2008, 3, 23);
    QTest::newRow("1583, first Gregorian") << 1583 << d(1583, 4, 10);
    QTest::newRow("before 1583: none") << 1582 << QDate();
}

void TestDates::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(rsk::easterSunday(year), expected);
    if (expected.isValid()) {
        QCOMPARE(expected.dayOfWeek(), int(Qt::Sunday));
        QCOMPARE(rsk::holidayName(expected), QStringLiteral("påskdagen"));
    }
}

void TestDates::easterMatchesIndependentAlgorithm()
{
    // Spans the compile-time table and the years computed on demand.
    for (int year = 1583; year <= 4099; ++year)
        QCOMPARE(rsk::easterSunday(year), oudinEaster(year));
}

void TestDates::holiday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name"); // empty: not a public holiday

    QTest::newRow("2025 långfredagen") << d(2025, 4, 18) << "långfredagen";
    QTest::newRow("2025 påskdagen") << d(2025, 4, 20) << "påskdagen";
    QTest::newRow("2025 annandag påsk") << d(2025, 4, 21) << "annandag påsk";
    QTest::newRow("2025 Kristi himmelsfärd") << d(2025, 5, 29) << "Kristi himmelsfärdsdag";
    QTest::newRow("2025 pingstdagen") << d(2025, 6, 8) << "pingstdagen";
    QTest::newRow("2025 midsommardagen") << d(2025, 6, 21) << "midsommardagen";
    QTest::newRow("2025 alla helgons dag") << d(2025, 11, 1) << "alla helgons dag";
    QTest::newRow("2026 långfredagen") << d(2026, 4, 3) << "långfredagen";
    QTest::newRow("2026 påskdagen") << d(2026, 4, 5) << "påskdagen";
    QTest::newRow("2026 annandag påsk") << d(2026, 4, 6) << "annandag påsk";
    QTest::newRow("2026 Kristi himmelsfärd") << d(2026, 5, 14) << "Kristi himmelsfärdsdag";
    QTest::newRow("2026 pingstdagen") << d(2026, 5, 24) << "pingstdagen";
    QTest::newRow("2026 midsommardagen") << d(2026, 6, 20) << "midsommardagen";
    QTest::newRow("2026 alla helgons dag, 31 Oct") << d(2026, 10, 31) << "alla helgons dag";
    QTest::newRow("2027 midsommardagen, 26 June (latest)") << d(2027, 6, 26) << "midsommardagen";
    QTest::newRow("2027 alla helgons dag, 6 Nov (latest)") << d(2027, 11, 6) << "alla helgons dag";

    QTest::newRow("nyårsdagen") << d(2026, 1, 1) << "nyårsdagen";
    QTest::newRow("trettondedag jul") << d(2026, 1, 6) << "trettondedag jul";
    QTest::newRow("första maj") << d(2026, 5, 1) << "första maj";
    QTest::newRow("nationaldagen") << d(2025, 6, 6) << "Sveriges nationaldag";
    QTest::newRow("nationaldagen on a Saturday") << d(2026, 6, 6) << "Sveriges nationaldag";
    QTest::newRow("juldagen") << d(2026, 12, 25) << "juldagen";
    QTest::newRow("annandag jul") << d(2025, 12, 26) << "annandag jul";
    QTest::newRow("Kristi himmelsfärd on första maj 2008")
        << d(2008, 5, 1) << "första maj och Kristi himmelsfärdsdag";
    QTest::newRow("pingstdagen on nationaldagen 2049")
        << d(2049, 6, 6) << "Sveriges nationaldag och pingstdagen";

    QTest::newRow("eve: midsommarafton 2025") << d(2025, 6, 20) << "";
    QTest::newRow("eve: midsommarafton 2026") << d(2026, 6, 19) << "";
    QTest::newRow("eve: midsommarafton 2027, 25 June") << d(2027, 6, 25) << "";
    QTest::newRow("eve: julafton") << d(2026, 12, 24) << "";
    QTest::newRow("eve: nyårsafton") << d(2025, 12, 31) << "";
    QTest::newRow("påskafton") << d(2026, 4, 4) << "";
    QTest::newRow("skärtorsdagen") << d(2026, 4, 2) << "";
    QTest::newRow("annandag pingst, abolished 2005") << d(2026, 5, 25) << "";
    QTest::newRow("Saturday 19 June is not midsommardagen") << d(2027, 6, 19) << "";
    QTest::newRow("Saturday 30 Oct is not alla helgons") << d(2027, 10, 30) << "";
    QTest::newRow("Saturday 7 Nov is not alla helgons") << d(2026, 11, 7) << "";
    QTest::newRow("ordinary Wednesday") << d(2026, 3, 11) << "";
}

void TestDates::holiday()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(rsk::holidayName(date), name);
    QCOMPARE(rsk::isSwedishPublicHoliday(date), !name.isEmpty());
    if (!name.isEmpty())
        QVERIFY(!rsk::isBankingDay(date));
}

void TestDates::holidaysPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("holidays");
    QTest::addColumn<int>("bankingDays");
    // 261 weekdays in both years, less the weekday holidays and eves counted by
    // hand: 2025 has 12 (6/6 a Friday), 2026 has 10 (6/6 and 26/12 Saturdays).
    QTest::newRow("2025") << 2025 << 13 << 249;
    QTest::newRow("2026") << 2026 << 13 << 251;
    // Kristi himmelsfärdsdag falls on första maj: one holiday fewer.
    QTest::newRow("2008") << 2008 << 12 << -1;
}

void TestDates::holidaysPerYear()
{
    QFETCH(int, year);
    QFETCH(int, holidays);
    QFETCH(int, bankingDays);
    int holidayCount = 0;
    int bankingCount = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        holidayCount += rsk::isSwedishPublicHoliday(day) ? 1 : 0;
        bankingCount += rsk::isBankingDay(day) ? 1 : 0;
    }
    QCOMPARE(holidayCount, holidays);
    if (bankingDays >= 0)
        QCOMPARE(bankingCount, bankingDays);
}

void TestDates::bankingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("banking");
    QTest::newRow("ordinary Monday") << d(2026, 3, 9) << true;
    QTest::newRow("ordinary Wednesday") << d(2026, 3, 11) << true;
    QTest::newRow("ordinary Friday") << d(2026, 3, 6) << true;
    QTest::newRow("Saturday") << d(2026, 3, 7) << false;
    QTest::newRow("Sunday") << d(2026, 3, 8) << false;
    QTest::newRow("skärtorsdagen") << d(2026, 4, 2) << true;
    QTest::newRow("Tuesday after Easter") << d(2026, 4, 7) << true;
    QTest::newRow("Friday after Kristi himmelsfärd") << d(2026, 5, 15) << true;
    QTest::newRow("annandag pingst 2026 (Monday)") << d(2026, 5, 25) << true;
    QTest::newRow("Thursday before midsommarafton") << d(2026, 6, 18) << true;
    QTest::newRow("23 December") << d(2026, 12, 23) << true;
    QTest::newRow("30 December") << d(2025, 12, 30) << true;
    QTest::newRow("2 January") << d(2026, 1, 2) << true;
    QTest::newRow("eve: midsommarafton 2025") << d(2025, 6, 20) << false;
    QTest::newRow("eve: midsommarafton 2026") << d(2026, 6, 19) << false;
    QTest::newRow("eve: midsommarafton 2027, 25 June (latest)") << d(2027, 6, 25) << false;
    QTest::newRow("Friday 18 June 2027, not midsommarafton") << d(2027, 6, 18) << true;
    QTest::newRow("eve: julafton (Wednesday)") << d(2025, 12, 24) << false;
    QTest::newRow("eve: julafton (Thursday)") << d(2026, 12, 24) << false;
    QTest::newRow("eve: nyårsafton (Wednesday)") << d(2025, 12, 31) << false;
    QTest::newRow("eve: nyårsafton (Thursday)") << d(2026, 12, 31) << false;
    QTest::newRow("långfredagen 2026") << d(2026, 4, 3) << false;
    QTest::newRow("annandag påsk 2026") << d(2026, 4, 6) << false;
    QTest::newRow("Kristi himmelsfärd 2025") << d(2025, 5, 29) << false;
    QTest::newRow("nationaldagen on Friday 2025") << d(2025, 6, 6) << false;
    QTest::newRow("trettondedag jul on Tuesday") << d(2026, 1, 6) << false;
}

void TestDates::bankingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, banking);
    QCOMPARE(rsk::isBankingDay(date), banking);
}

void TestDates::nextBankingDay_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("banking day is itself") << d(2026, 3, 11) << d(2026, 3, 11);
    QTest::newRow("Saturday -> Monday") << d(2026, 3, 7) << d(2026, 3, 9);
    QTest::newRow("Sunday -> Monday") << d(2026, 3, 8) << d(2026, 3, 9);
    QTest::newRow("julafton 2026 (Thu) -> Mon 28 Dec") << d(2026, 12, 24) << d(2026, 12, 28);
    QTest::newRow("julafton 2025 (Wed) -> Mon 29 Dec") << d(2025, 12, 24) << d(2025, 12, 29);
    QTest::newRow("nyårsafton 2025 -> 2 Jan 2026") << d(2025, 12, 31) << d(2026, 1, 2);
    QTest::newRow("långfredagen 2026 -> Tuesday") << d(2026, 4, 3) << d(2026, 4, 7);
    QTest::newRow("långfredagen 2025 -> Tuesday") << d(2025, 4, 18) << d(2025, 4, 22);
    QTest::newRow("midsommarafton 2026 -> Monday") << d(2026, 6, 19) << d(2026, 6, 22);
    QTest::newRow("midsommarafton 2027 -> Monday") << d(2027, 6, 25) << d(2027, 6, 28);
    QTest::newRow("Kristi himmelsfärd 2026 -> Friday") << d(2026, 5, 14) << d(2026, 5, 15);
    QTest::newRow("trettondedag jul 2026 -> Wednesday") << d(2026, 1, 6) << d(2026, 1, 7);
    QTest::newRow("nationaldagen 2025 (Fri) -> Monday") << d(2025, 6, 6) << d(2025, 6, 9);
}

void TestDates::nextBankingDay()
{
    QFETCH(QDate, from);
    QFETCH(QDate, expected);
    QCOMPARE(rsk::nextBankingDay(from), expected);
}

void TestDates::previousBankingDay_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("banking day is itself") << d(2026, 12, 28) << d(2026, 12, 28);
    QTest::newRow("Sunday after Christmas -> 23 Dec") << d(2026, 12, 27) << d(2026, 12, 23);
    QTest::newRow("nyårsdagen 2026 -> 30 Dec") << d(2026, 1, 1) << d(2025, 12, 30);
    QTest::newRow("annandag påsk 2026 -> skärtorsdag") << d(2026, 4, 6) << d(2026, 4, 2);
    QTest::newRow("Sunday after midsommar -> Thursday") << d(2026, 6, 21) << d(2026, 6, 18);
}

void TestDates::previousBankingDay()
{
    QFETCH(QDate, from);
    QFETCH(QDate, expected);
    QCOMPARE(rsk::previousBankingDay(from), expected);
}

void TestDates::addBankingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("+1 over Christmas 2026") << d(2026, 12, 23) << 1 << d(2026, 12, 28);
    QTest::newRow("+2 over Christmas 2026") << d(2026, 12, 23) << 2 << d(2026, 12, 29);
    QTest::newRow("-1 back over Christmas 2026") << d(2026, 12, 28) << -1 << d(2026, 12, 23);
    QTest::newRow("+1 over Easter 2026") << d(2026, 4, 2) << 1 << d(2026, 4, 7);
    QTest::newRow("+5 is a week") << d(2026, 3, 2) << 5 << d(2026, 3, 9);
    QTest::newRow("+10 is two weeks") << d(2026, 3, 2) << 10 << d(2026, 3, 16);
    QTest::newRow("+3 from 22 Dec 2025") << d(2025, 12, 22) << 3 << d(2025, 12, 30);
    QTest::newRow("+4 from 22 Dec 2025 crosses the year") << d(2025, 12, 22) << 4 << d(2026, 1, 2);
    QTest::newRow("0 from Saturday rolls forward") << d(2026, 3, 7) << 0 << d(2026, 3, 9);
    QTest::newRow("0 from banking day is itself") << d(2026, 3, 9) << 0 << d(2026, 3, 9);
    QTest::newRow("+1 from Saturday") << d(2026, 3, 7) << 1 << d(2026, 3, 9);
    QTest::newRow("-1 from Monday") << d(2026, 3, 9) << -1 << d(2026, 3, 6);
    QTest::newRow("-1 from Sunday") << d(2026, 3, 8) << -1 << d(2026, 3, 6);
    QTest::newRow("all 251 banking days of 2026") << d(2025, 12, 31) << 251 << d(2026, 12, 30);
}

void TestDates::addBankingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(rsk::addBankingDays(from, n), expected);
}

void TestDates::invalidDates()
{
    QVERIFY(!rsk::isBankingDay(QDate()));
    QVERIFY(!rsk::isSwedishPublicHoliday(QDate()));
    QVERIFY(rsk::holidayName(QDate()).isEmpty());
    QVERIFY(!rsk::nextBankingDay(QDate()).isValid());
    QVERIFY(!rsk::previousBankingDay(QDate()).isValid());
    QVERIFY(!rsk::addBankingDays(QDate(), 3).isValid());
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
