#include "dates/bankingdays.h"

#include <QCoreApplication>

#include <array>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BankingDays)
};

// Julian Day Number of a Gregorian date (Fliegel & Van Flandern), the same
// number QDate::toJulianDay() gives, but usable at compile time.
constexpr qint64 julianDay(int year, int month, int day)
{
    const qint64 a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const qint64 m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

// Anonymous Gregorian algorithm (Meeus, "Astronomical Algorithms", ch. 8).
constexpr qint64 computeEasterJulianDay(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return julianDay(year, month, day);
}

constexpr int FirstGregorianEaster = 1583;
// Years served from the table; others are computed on each call.
constexpr int TableFirstYear = FirstGregorianEaster;
constexpr int TableLastYear = 2999;

// Built by the compiler, so lookups need no lock, no allocation and no
// first-use initialisation (this is the per-year cache of movable feasts).
constexpr auto EasterTable = [] {
    std::array<qint32, TableLastYear - TableFirstYear + 1> table{};
    for (int y = TableFirstYear; y <= TableLastYear; ++y)
        table[y - TableFirstYear] = qint32(computeEasterJulianDay(y));
    return table;
}();

qint64 easterJulianDay(int year)
{
    if (year >= TableFirstYear && year <= TableLastYear)
        return EasterTable[year - TableFirstYear];
    return computeEasterJulianDay(year);
}

// Every day that is not an ordinary day, public holidays first.
enum class Special {
    None,
    Nyarsdagen,
    Trettondedagen,
    Langfredagen,
    Paskdagen,
    AnnandagPask,
    ForstaMaj,
    KristiHimmelsfard,
    Pingstdagen,
    Nationaldagen,
    Midsommardagen,
    AllaHelgonsDag,
    Juldagen,
    AnnandagJul,
    // Not public holidays, but banks are closed.
    Midsommarafton,
    Julafton,
    Nyarsafton,
};

bool isPublicHoliday(Special s)
{
    return s != Special::None && s < Special::Midsommarafton;
}

// The fixed-date holidays, the Saturday holidays and the eves.
Special classifyFixed(int month, int day, int weekday)
{
    switch (month) {
    case 1:
        if (day == 1)
            return Special::Nyarsdagen;
        if (day == 6)
            return Special::Trettondedagen;
        break;
    case 5:
        if (day == 1)
            return Special::ForstaMaj;
        break;
    case 6:
        if (day == 6)
            return Special::Nationaldagen;
        // Midsommardagen is the Saturday 20–26 June, its eve the Friday before.
        if (weekday == Qt::Saturday && day >= 20 && day <= 26)
            return Special::Midsommardagen;
        if (weekday == Qt::Friday && day >= 19 && day <= 25)
            return Special::Midsommarafton;
        break;
    case 10:
    case 11:
        // Alla helgons dag is the Saturday 31 October – 6 November.
        if (weekday == Qt::Saturday && ((month == 10 && day == 31) || (month == 11 && day <= 6)))
            return Special::AllaHelgonsDag;
        break;
    case 12:
        if (day == 24)
            return Special::Julafton;
        if (day == 25)
            return Special::Juldagen;
        if (day == 26)
            return Special::AnnandagJul;
        if (day == 31)
            return Special::Nyarsafton;
        break;
    default:
        break;
    }
    return Special::None;
}

// The feasts that follow Easter.
Special classifyMovable(qint64 julianDay, int year, int month)
{
    // They fall between 20 March (långfredagen) and 13 June (pingstdagen).
    if (month < 3 || month > 6 || year < FirstGregorianEaster)
        return Special::None;
    switch (julianDay - easterJulianDay(year)) {
    case -2:
        return Special::Langfredagen;
    case 0:
        return Special::Paskdagen;
    case 1:
        return Special::AnnandagPask;
    case 39:
        return Special::KristiHimmelsfard;
    case 49:
        return Special::Pingstdagen;
    default:
        return Special::None;
    }
}

// Both kinds, since a movable feast can fall on a fixed holiday (Kristi
// himmelsfärdsdag on första maj in 2008, pingstdagen on 6 June in 2049).
struct Classified
{
    Special fixed = Special::None;
    Special movable = Special::None;
};

Classified classify(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    return {classifyFixed(month, day, date.dayOfWeek()),
            classifyMovable(date.toJulianDay(), year, month)};
}

QString nameOf(Special s)
{
    switch (s) {
    case Special::Nyarsdagen:
        return Tr::tr("nyårsdagen");
    case Special::Trettondedagen:
        return Tr::tr("trettondedag jul");
    case Special::Langfredagen:
        return Tr::tr("långfredagen");
    case Special::Paskdagen:
        return Tr::tr("påskdagen");
    case Special::AnnandagPask:
        return Tr::tr("annandag påsk");
    case Special::ForstaMaj:
        return Tr::tr("första maj");
    case Special::KristiHimmelsfard:
        return Tr::tr("Kristi himmelsfärdsdag");
    case Special::Pingstdagen:
        return Tr::tr("pingstdagen");
    case Special::Nationaldagen:
        return Tr::tr("Sveriges nationaldag");
    case Special::Midsommardagen:
        return Tr::tr("midsommardagen");
    case Special::AllaHelgonsDag:
        return Tr::tr("alla helgons dag");
    case Special::Juldagen:
        return Tr::tr("juldagen");
    case Special::AnnandagJul:
        return Tr::tr("annandag jul");
    case Special::None:
    case Special::Midsommarafton:
    case Special::Julafton:
    case Special::Nyarsafton:
        break;
    }
    return QString();
}

} // namespace

QDate easterSunday(int year)
{
    if (year < FirstGregorianEaster)
        return QDate();
    return QDate::fromJulianDay(easterJulianDay(year));
}

bool isSwedishPublicHoliday(const QDate &date)
{
    const Classified c = classify(date);
    return isPublicHoliday(c.fixed) || isPublicHoliday(c.movable);
}

QString holidayName(const QDate &date)
{
    const Classified c = classify(date);
    const QString fixed = nameOf(c.fixed);
    const QString movable = nameOf(c.movable);
    if (!fixed.isEmpty() && !movable.isEmpty())
        return Tr::tr("%1 och %2").arg(fixed, movable);
    return fixed.isEmpty() ? movable : fixed;
}

bool isBankingDay(const QDate &date)
{
    if (!date.isValid() || date.dayOfWeek() >= Qt::Saturday)
        return false;
    const Classified c = classify(date);
    return c.fixed == Special::None && c.movable == Special::None;
}

QDate nextBankingDay(const QDate &date)
{
    QDate d = date;
    while (d.isValid() && !isBankingDay(d))
        d = d.addDays(1);
    return d;
}

QDate previousBankingDay(const QDate &date)
{
    QDate d = date;
    while (d.isValid() && !isBankingDay(d))
        d = d.addDays(-1);
    return d;
}

QDate addBankingDays(const QDate &date, int n)
{
    if (n == 0)
        return nextBankingDay(date);
    const int step = n > 0 ? 1 : -1;
    QDate d = date;
    for (int left = n > 0 ? n : -n; left > 0 && d.isValid();) {
        d = d.addDays(step);
        if (isBankingDay(d))
            --left;
    }
    return d;
}

} // namespace rsk
