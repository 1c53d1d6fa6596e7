#include "dates/dateparse.h"

#include <QCoreApplication>

#include <tuple>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DateParse)
};

// Years before and after the reference that a two-digit year may reach.
constexpr int CenturyWindowBack = 80;
constexpr int CenturyWindowAhead = 20;

std::optional<QDate> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int digitsValue(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i)
        value = value * 10 + (text.at(i).unicode() - '0');
    return value;
}

QString monthName(int month)
{
    static const char *const names[] = {"januari", "februari", "mars",      "april",
                                        "maj",     "juni",     "juli",      "augusti",
                                        "september", "oktober", "november", "december"};
    return QString::fromLatin1(names[month - 1]);
}

// The first year >= reference - 80 whose last two digits are `yy`, moved a
// century on if that puts the date before the window's start. The window is
// exactly 100 years wide, so the result is the only candidate inside it.
int expandTwoDigitYear(int yy, int month, int day, const QDate &reference)
{
    const int first = reference.year() - CenturyWindowBack;
    int year = first + ((yy - first) % 100 + 100) % 100;
    if (year == first
        && std::make_tuple(month, day) < std::make_tuple(reference.month(), reference.day()))
        year += 100;
    static_assert(CenturyWindowBack + CenturyWindowAhead == 100, "window must be one century");
    return year;
}

// Says what is wrong with a date whose fields are all in digit form.
QString invalidReason(const QString &input, int year, int month, int day)
{
    if (year == 0)
        return Tr::tr("Ogiltigt datum \"%1\": år 0 finns inte.").arg(input);
    if (month < 1 || month > 12)
        return Tr::tr("Ogiltigt datum \"%1\": månad %2 finns inte (01–12).")
            .arg(input)
            .arg(month, 2, 10, QLatin1Char('0'));
    if (day == 0)
        return Tr::tr("Ogiltigt datum \"%1\": dag 00 finns inte.").arg(input);
    if (month == 2 && day == 29)
        return Tr::tr("Ogiltigt datum \"%1\": %2 har ingen 29 februari (inte skottår).")
            .arg(input)
            .arg(year);
    return Tr::tr("Ogiltigt datum \"%1\": %2 %3 har bara %4 dagar.")
        .arg(input, monthName(month))
        .arg(year)
        .arg(QDate(year, month, 1).daysInMonth());
}

} // namespace

std::optional<QDate> parseDate(const QString &input, const QDate &referenceDate, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, Tr::tr("Datum saknas."));
    for (QChar c : text) {
        if (!isAsciiDigit(c) && c != QLatin1Char('-'))
            return fail(error, Tr::tr("Datumet \"%1\" innehåller otillåtet tecken \"%2\".")
                                   .arg(input, c));
    }
    const QString expected = Tr::tr("skriv ÅÅMMDD, ÅÅÅÅMMDD eller ÅÅÅÅ-MM-DD");

    int year = 0;
    int month = 0;
    int day = 0;
    if (text.contains(QLatin1Char('-'))) {
        const bool iso = text.size() == 10 && text.at(4) == QLatin1Char('-')
            && text.at(7) == QLatin1Char('-') && text.count(QLatin1Char('-')) == 2;
        if (!iso)
            return fail(error, Tr::tr("Datumet \"%1\" har fel form: %2.").arg(input, expected));
        year = digitsValue(text, 0, 4);
        month = digitsValue(text, 5, 2);
        day = digitsValue(text, 8, 2);
    } else if (text.size() == 8) {
        year = digitsValue(text, 0, 4);
        month = digitsValue(text, 4, 2);
        day = digitsValue(text, 6, 2);
    } else if (text.size() == 6) {
        month = digitsValue(text, 2, 2);
        day = digitsValue(text, 4, 2);
        const QDate reference = referenceDate.isValid() ? referenceDate : QDate::currentDate();
        year = expandTwoDigitYear(digitsValue(text, 0, 2), month, day, reference);
    } else {
        return fail(error, Tr::tr("Datumet \"%1\" har %2 siffror: %3.")
                               .arg(input)
                               .arg(text.size())
                               .arg(expected));
    }

    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(error, invalidReason(input, year, month, day));
    return date;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace rsk
