#include "ids/swedishid.h"

#include "ids/luhn.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ids)
};

void fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Hyphen-minus plus the dashes that word processors substitute for it, so that
// a number pasted from a letter still parses.
bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011)
        || c == QChar(0x2013) || c == QChar(0x2212);
}

int twoDigits(const QString &s, int pos)
{
    return (s.at(pos).unicode() - '0') * 10 + (s.at(pos + 1).unicode() - '0');
}

// The largest year <= limit whose last two digits are yy.
int latestYearWithDigits(int yy, int limit)
{
    return limit - (((limit - yy) % 100) + 100) % 100;
}

QString isoDate(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

// A birth date whose month or day may be unknown (00): a samordningsnummer may
// carry month 00 or day 60 (byrokrat src/CoordinationId.php, FACTS-SE §7).
struct BirthDate
{
    int month = 0; // 0 = unknown
    int day = 0;   // 0 = unknown

    bool validIn(int year) const
    {
        if (month != 0 && day != 0)
            return QDate(year, month, day).isValid();
        return true; // day <= 31 was checked; some month has it
    }
    // The earliest date it can be, for "not after the reference date".
    QDate earliestIn(int year) const { return QDate(year, month ? month : 1, day ? day : 1); }
    QDate exactIn(int year) const
    {
        return month && day ? QDate(year, month, day) : QDate();
    }
};

} // namespace

std::optional<SwedishId> SwedishId::parse(const QString &input, const QDate &referenceDate,
                                          QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, Tr::tr("Person- eller organisationsnummer saknas."));
        return std::nullopt;
    }
    QString digits;
    QChar separator;
    qsizetype digitsBeforeSeparator = -1;
    for (QChar c : text) {
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (isHyphen(c) || c == QLatin1Char('+')) {
            if (!separator.isNull()) {
                fail(error, Tr::tr("\"%1\" har mer än ett skiljetecken.").arg(input));
                return std::nullopt;
            }
            separator = c == QLatin1Char('+') ? c : QLatin1Char('-');
            digitsBeforeSeparator = digits.size();
        } else if (c.isSpace()) {
            fail(error, Tr::tr("\"%1\" har mellanslag inne i numret; skriv siffrorna i följd "
                               "eller med bindestreck före de fyra sista.")
                            .arg(input));
            return std::nullopt;
        } else {
            fail(error, Tr::tr("\"%1\" innehåller otillåtet tecken \"%2\"; bara siffror och "
                               "bindestreck (eller plustecken) är tillåtna.")
                            .arg(input, c));
            return std::nullopt;
        }
    }
    if (digits.size() != 10 && digits.size() != 12) {
        fail(error, Tr::tr("\"%1\" har %2 siffror; ett person- eller organisationsnummer har "
                           "10 eller 12 siffror.")
                        .arg(input)
                        .arg(digits.size()));
        return std::nullopt;
    }
    if (!separator.isNull() && digitsBeforeSeparator != digits.size() - 4) {
        fail(error, Tr::tr("Skiljetecknet i \"%1\" ska stå före de fyra sista siffrorna.")
                        .arg(input));
        return std::nullopt;
    }
    if (digits.size() == 10) {
        // FACTS-SE §7: an organisationsnummer's third digit is >= 2 (its "month"
        // is >= 20), which is what tells it from a personnummer.
        if (digits.at(2) >= QLatin1Char('2'))
            return parseOrganisation(input, digits, separator, error);
        return parsePerson(input, digits, -1, separator, referenceDate, error);
    }
    const int prefix = twoDigits(digits, 0);
    // FACTS-SE §7: both 16 (Skatteverket) and 00 (byrokrat, BgMax TK29) prefix
    // a 12-digit organisationsnummer; persons carry their century 18, 19 or 20.
    if (prefix == 16 || prefix == 0)
        return parseOrganisation(input, digits.mid(2), separator, error);
    if (prefix >= 18 && prefix <= 20)
        return parsePerson(input, digits.mid(2), prefix, separator, referenceDate, error);
    fail(error, Tr::tr("\"%1\" börjar med %2; ett 12-siffrigt personnummer börjar med 18, 19 "
                       "eller 20 och ett organisationsnummer med 16 eller 00.")
                    .arg(input, digits.left(2)));
    return std::nullopt;
}

std::optional<SwedishId> SwedishId::parseOrganisation(const QString &input,
                                                      const QString &digits10, QChar separator,
                                                      QString *error)
{
    if (separator == QLatin1Char('+')) {
        fail(error, Tr::tr("\"%1\": ett organisationsnummer skrivs med bindestreck, inte "
                           "plustecken.")
                        .arg(input));
        return std::nullopt;
    }
    if (digits10.at(2) < QLatin1Char('2')) {
        fail(error, Tr::tr("Tredje siffran i organisationsnumret \"%1\" är %2; den ska vara 2 "
                           "eller högre.")
                        .arg(input, digits10.at(2)));
        return std::nullopt;
    }
    const int check = luhnCheckDigit(QStringView(digits10).left(9));
    if (digits10.at(9).unicode() - '0' != check) {
        fail(error, Tr::tr("Fel kontrollsiffra i \"%1\": kontrollsiffran ska vara %2.")
                        .arg(input)
                        .arg(check));
        return std::nullopt;
    }
    return SwedishId(Kind::Organisationsnummer, digits10, QDate());
}

std::optional<SwedishId> SwedishId::parsePerson(const QString &input, const QString &digits10,
                                                int century, QChar separator,
                                                const QDate &referenceDate, QString *error)
{
    Q_ASSERT(referenceDate.isValid());
    const QDate ref = referenceDate.isValid() ? referenceDate : QDate::currentDate();
    const int yy = twoDigits(digits10, 0);
    const int mm = twoDigits(digits10, 2);
    const int dd = twoDigits(digits10, 4);
    if (mm > 12) {
        fail(error, Tr::tr("Månaden %2 i \"%1\" finns inte; den ska vara 01–12.")
                        .arg(input, digits10.mid(2, 2)));
        return std::nullopt;
    }
    // FACTS-SE §7: samordningsnummer = day + 60, so 61–91; day 60 is a
    // samordningsnummer whose day is unknown (00).
    const bool coordination = dd >= 60;
    if (dd == 0 || (dd > 31 && dd < 60) || dd > 91) {
        fail(error, Tr::tr("Dagen %2 i \"%1\" finns inte; den ska vara 01–31, eller 61–91 i ett "
                           "samordningsnummer.")
                        .arg(input, digits10.mid(4, 2)));
        return std::nullopt;
    }
    if (mm == 0 && !coordination) {
        fail(error, Tr::tr("Månaden 00 i \"%1\" finns inte; den används bara i "
                           "samordningsnummer.")
                        .arg(input));
        return std::nullopt;
    }
    const BirthDate birth{mm, coordination ? dd - 60 : dd};

    int year = 0;
    if (century >= 0) {
        year = century * 100 + yy;
        if (!birth.validIn(year)) {
            fail(error, Tr::tr("\"%1\": födelsedatumet %2 finns inte.")
                            .arg(input, isoDate(year, birth.month, birth.day)));
            return std::nullopt;
        }
        if (separator == QLatin1Char('+') && year > ref.year() - 100) {
            fail(error, Tr::tr("Plustecknet i \"%1\" betyder att personen har fyllt 100 år, men "
                               "%2 är mindre än 100 år före %3.")
                            .arg(input, QString::number(year), QString::number(ref.year())));
            return std::nullopt;
        }
    } else {
        const bool plus = separator == QLatin1Char('+');
        const int latest = latestYearWithDigits(yy, plus ? ref.year() - 100 : ref.year());
        // Two candidate centuries: the second covers a birth date later in the
        // year than the reference date, and 29 February of a century year.
        for (int candidate : {latest, latest - 100}) {
            if (birth.validIn(candidate) && (plus || birth.earliestIn(candidate) <= ref)) {
                year = candidate;
                break;
            }
        }
        if (year == 0) {
            fail(error, Tr::tr("\"%1\": födelsedatumet %2 finns inte.")
                            .arg(input, isoDate(latest, birth.month, birth.day)));
            return std::nullopt;
        }
    }
    if (birth.earliestIn(year) > ref) {
        fail(error, Tr::tr("Födelsedatumet %2 i \"%1\" ligger efter %3.")
                        .arg(input, birth.earliestIn(year).toString(Qt::ISODate),
                             ref.toString(Qt::ISODate)));
        return std::nullopt;
    }
    // SCB BE96BR1601 (cited in personnummer/php issue 31): "Födelsenumret ...
    // är något av talen 001 – 999".
    if (digits10.mid(6, 3) == QLatin1String("000")) {
        fail(error, Tr::tr("Födelsenumret 000 i \"%1\" finns inte; det ska vara 001–999.")
                        .arg(input));
        return std::nullopt;
    }
    const int check = luhnCheckDigit(QStringView(digits10).left(9));
    if (digits10.at(9).unicode() - '0' != check) {
        fail(error, Tr::tr("Fel kontrollsiffra i \"%1\": kontrollsiffran ska vara %2.")
                        .arg(input)
                        .arg(check));
        return std::nullopt;
    }
    const QString twelve =
        QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')) + digits10.mid(2);
    return SwedishId(coordination ? Kind::Samordningsnummer : Kind::Personnummer, twelve,
                     birth.exactIn(year));
}

bool SwedishId::looksLikeOrganisation(const QString &text)
{
    QString digits;
    for (QChar c : text.trimmed()) {
        if (isAsciiDigit(c))
            digits.append(c);
        else if (!isHyphen(c))
            return false;
    }
    if (digits.size() == 12
        && (digits.startsWith(QLatin1String("16")) || digits.startsWith(QLatin1String("00"))))
        digits.remove(0, 2);
    return digits.size() == 10 && digits.at(2) >= QLatin1Char('2');
}

bool SwedishId::isMale() const
{
    // The birth number is digits 9–11 of the 12-digit form; odd = man.
    return isPerson() && (m_digits.at(10).unicode() - '0') % 2 == 1;
}

QString SwedishId::display() const
{
    if (isNull())
        return QString();
    const int split = m_kind == Kind::Organisationsnummer ? 6 : 8;
    return m_digits.left(split) + QLatin1Char('-') + m_digits.mid(split);
}

QString SwedishId::tenDigit(const QDate &at) const
{
    if (!isPerson())
        return display();
    // FACTS-SE §7: "The year a person turns 100, the hyphen is replaced by +".
    const bool hundred = at.isValid() && at.year() - m_digits.left(4).toInt() >= 100;
    return m_digits.mid(2, 6) + QLatin1Char(hundred ? '+' : '-') + m_digits.mid(8);
}

} // namespace rsk
