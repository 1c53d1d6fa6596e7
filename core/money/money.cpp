#include "money/money.h"

#include <QCoreApplication>

#include <stdexcept>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

QString fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return why;
}

__int128 gcd128(__int128 a, __int128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const __int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

} // namespace

std::optional<Money> Money::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, Tr::tr("Beloppet saknas."));
        return std::nullopt;
    }
    int pos = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QChar(0x2212)
        || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) != QLatin1Char('+');
        pos = 1;
    }
    QString kronor;
    QString ore;
    bool sawSeparator = false;
    bool lastWasSpace = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c.isDigit() && c.unicode() < 128) {
            (sawSeparator ? ore : kronor).append(c);
            lastWasSpace = false;
        } else if (isGroupSpace(c) && !sawSeparator) {
            // A thousands space must follow a digit and precede three digits.
            if (kronor.isEmpty() || lastWasSpace) {
                fail(error, Tr::tr("Felaktigt mellanrum i beloppet \"%1\".").arg(input));
                return std::nullopt;
            }
            int digitsAfter = 0;
            while (pos + 1 + digitsAfter < text.size() && text.at(pos + 1 + digitsAfter).isDigit())
                ++digitsAfter;
            if (digitsAfter != 3) {
                fail(error, Tr::tr("Felaktig tusengruppering i beloppet \"%1\".").arg(input));
                return std::nullopt;
            }
            lastWasSpace = true;
        } else if ((c == QLatin1Char(',') || c == QLatin1Char('.')) && !sawSeparator) {
            sawSeparator = true;
            lastWasSpace = false;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            fail(error, Tr::tr("Beloppet \"%1\" har mer än ett decimaltecken.").arg(input));
            return std::nullopt;
        } else {
            fail(error, Tr::tr("Beloppet \"%1\" innehåller otillåtet tecken \"%2\".").arg(input, c));
            return std::nullopt;
        }
    }
    if (kronor.isEmpty() && ore.isEmpty()) {
        fail(error, Tr::tr("Beloppet \"%1\" saknar siffror.").arg(input));
        return std::nullopt;
    }
    if (sawSeparator && ore.isEmpty()) {
        fail(error, Tr::tr("Beloppet \"%1\" saknar ören efter decimaltecknet.").arg(input));
        return std::nullopt;
    }
    if (ore.size() > 2) {
        fail(error, Tr::tr("Beloppet \"%1\" har fler än två decimaler (ören).").arg(input));
        return std::nullopt;
    }
    // Leading zeros do not count towards the ten digits ("0,01" has one).
    int firstNonZero = 0;
    while (firstNonZero < kronor.size() - 1 && kronor.at(firstNonZero) == QLatin1Char('0'))
        ++firstNonZero;
    const QString significant = kronor.mid(firstNonZero);
    if (significant.size() > MaxDigits - 2) {
        fail(error, Tr::tr("Beloppet \"%1\" har fler än %2 siffror (högst %3 kronor och 2 ören).")
                        .arg(input)
                        .arg(MaxDigits)
                        .arg(MaxDigits - 2));
        return std::nullopt;
    }
    qint64 value = 0;
    for (QChar c : significant)
        value = value * 10 + (c.unicode() - '0');
    qint64 oreValue = 0;
    if (!ore.isEmpty())
        oreValue = (ore.at(0).unicode() - '0') * 10 + (ore.size() > 1 ? ore.at(1).unicode() - '0' : 0);
    value = value * 100 + oreValue;
    return Money(negative ? -value : value);
}

QString Money::toPlainString() const
{
    const quint64 absOre = m_ore < 0 ? quint64(-(m_ore + 1)) + 1 : quint64(m_ore);
    QString s = QString::number(absOre / 100) + QLatin1Char(',')
        + QStringLiteral("%1").arg(absOre % 100, 2, 10, QLatin1Char('0'));
    return m_ore < 0 ? QLatin1Char('-') + s : s;
}

QString Money::toString() const
{
    const quint64 absOre = m_ore < 0 ? quint64(-(m_ore + 1)) + 1 : quint64(m_ore);
    const QString kronor = QString::number(absOre / 100);
    QString grouped;
    grouped.reserve(kronor.size() + kronor.size() / 3 + 4);
    for (int i = 0; i < kronor.size(); ++i) {
        if (i > 0 && (kronor.size() - i) % 3 == 0)
            grouped.append(QLatin1Char(' '));
        grouped.append(kronor.at(i));
    }
    grouped += QLatin1Char(',') + QStringLiteral("%1").arg(absOre % 100, 2, 10, QLatin1Char('0'));
    return m_ore < 0 ? QLatin1Char('-') + grouped : grouped;
}

std::optional<Money> Money::checkedAdd(Money a, Money b)
{
    qint64 r;
    if (__builtin_add_overflow(a.m_ore, b.m_ore, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedSub(Money a, Money b)
{
    qint64 r;
    if (__builtin_sub_overflow(a.m_ore, b.m_ore, &r))
        return std::nullopt;
    return Money(r);
}

Money Money::operator+(Money other) const
{
    const auto r = checkedAdd(*this, other);
    if (!r)
        throw std::overflow_error("Money addition overflows 64-bit öre");
    return *r;
}

Money Money::operator-(Money other) const
{
    const auto r = checkedSub(*this, other);
    if (!r)
        throw std::overflow_error("Money subtraction overflows 64-bit öre");
    return *r;
}

Money Money::operator-() const
{
    return Money() - *this;
}

ExactOre::ExactOre(__int128 num, __int128 den) : m_num(num), m_den(den)
{
    reduce();
}

void ExactOre::reduce()
{
    if (m_den < 0) {
        m_den = -m_den;
        m_num = -m_num;
    }
    const __int128 g = gcd128(m_num, m_den);
    if (g > 1) {
        m_num /= g;
        m_den /= g;
    }
}

ExactOre ExactOre::simpleInterest(Money base, qint64 rateHundredths, qint64 days, qint64 yearDays)
{
    if (yearDays <= 0)
        throw std::invalid_argument("yearDays must be positive");
    return ExactOre(__int128(base.ore()) * rateHundredths * days, __int128(10000) * yearDays);
}

ExactOre &ExactOre::operator+=(const ExactOre &other)
{
    const __int128 g = gcd128(m_den, other.m_den);
    const __int128 den = m_den / g * other.m_den;
    m_num = m_num * (den / m_den) + other.m_num * (den / other.m_den);
    m_den = den;
    reduce();
    return *this;
}

ExactOre ExactOre::operator+(const ExactOre &other) const
{
    ExactOre r = *this;
    r += other;
    return r;
}

Money ExactOre::roundedOre() const
{
    const bool negative = m_num < 0;
    const __int128 absNum = negative ? -m_num : m_num;
    __int128 q = absNum / m_den;
    const __int128 rem = absNum % m_den;
    if (rem * 2 >= m_den)
        ++q;
    if (q > __int128(std::numeric_limits<qint64>::max()))
        throw std::overflow_error("interest overflows 64-bit öre");
    return Money::fromOre(negative ? -qint64(q) : qint64(q));
}

Money percentOf(Money amount, qint64 rateHundredths)
{
    return ExactOre::simpleInterest(amount, rateHundredths, 1, 1).roundedOre();
}

std::optional<qint64> parseRateHundredths(const QString &input, QString *error)
{
    // A rate reads like an amount with at most two decimals; reuse that parser
    // so the rules (separators, digits) are the same.
    QString why;
    const auto m = Money::parse(input, &why);
    if (!m) {
        if (error)
            *error = Tr::tr("Felaktig räntesats \"%1\": %2").arg(input, why);
        return std::nullopt;
    }
    if (m->ore() > 100 * 100 || m->ore() < -100 * 100) {
        if (error)
            *error = Tr::tr("Räntesatsen \"%1\" ligger utanför -100–100 %.").arg(input);
        return std::nullopt;
    }
    return m->ore();
}

QString formatRateHundredths(qint64 rate, QChar decimalPoint)
{
    const qint64 a = rate < 0 ? -rate : rate;
    return QStringLiteral("%1%2%3%4")
        .arg(rate < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(decimalPoint)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace rsk
