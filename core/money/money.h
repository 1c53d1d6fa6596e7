#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace rsk {

// An amount of Swedish money as whole öre in a signed 64-bit integer.
// No floating point anywhere: parsing, formatting and arithmetic are exact,
// and the only rounding is the explicit one in ExactOre::roundedOre().
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKronor(qint64 kronor) { return Money(kronor * 100); }

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }
    constexpr bool isPositive() const { return m_ore > 0; }
    // Whole kronor (handbook 7.7: fees are whole kronor).
    constexpr bool isWholeKronor() const { return m_ore % 100 == 0; }

    // handbook 4.1: "maximalt 10 siffror, varav 2 är ören".
    static constexpr int MaxDigits = 10;
    static constexpr qint64 MaxAbsOre = 9'999'999'999LL;

    // Accepts Swedish input: "1 234,50", "1234,5", "1234.50", "-50", "0,01",
    // "1 234" (space or no-break space as thousands separator), a leading
    // '+' or '-'. Rejects "12,345", "1.234,50", letters, empty and more than
    // ten digits. On failure returns nullopt and sets *error to the reason.
    static std::optional<Money> parse(const QString &text, QString *error = nullptr);

    // "1 234,50", "-50,00" (ordinary spaces between thousands groups).
    QString toString() const;
    // "1234,50": for CSV and fixed-format files.
    QString toPlainString() const;

    // Overflow-checked arithmetic. The operators throw std::overflow_error;
    // the checked forms return nullopt instead.
    static std::optional<Money> checkedAdd(Money a, Money b);
    static std::optional<Money> checkedSub(Money a, Money b);
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money &operator+=(Money other) { return *this = *this + other; }
    Money &operator-=(Money other) { return *this = *this - other; }

    constexpr bool operator==(Money o) const { return m_ore == o.m_ore; }
    constexpr bool operator!=(Money o) const { return m_ore != o.m_ore; }
    constexpr bool operator<(Money o) const { return m_ore < o.m_ore; }
    constexpr bool operator<=(Money o) const { return m_ore <= o.m_ore; }
    constexpr bool operator>(Money o) const { return m_ore > o.m_ore; }
    constexpr bool operator>=(Money o) const { return m_ore >= o.m_ore; }

    static Money min(Money a, Money b) { return a < b ? a : b; }
    static Money max(Money a, Money b) { return a < b ? b : a; }

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}
    qint64 m_ore = 0;
};

// An exact amount of öre as a fraction (numerator / denominator, 128-bit),
// used to add up interest over several periods before the single rounding
// step that DOMAIN.md asks for ("one rounding step per claim").
class ExactOre
{
public:
    ExactOre() = default;

    // Simple interest on `base` at `rateHundredths` hundredths of a percent
    // (11,50 % = 1150) for `days` days on a year of `yearDays` days:
    // base * rate/10000 * days/yearDays, kept exact.
    static ExactOre simpleInterest(Money base, qint64 rateHundredths, qint64 days, qint64 yearDays);

    ExactOre &operator+=(const ExactOre &other);
    ExactOre operator+(const ExactOre &other) const;

    // Half away from zero to whole öre (ARCHITECTURE.md "Money and dates").
    Money roundedOre() const;
    // For tests and breakdowns: numerator and denominator after reduction.
    __int128 numerator() const { return m_num; }
    __int128 denominator() const { return m_den; }

private:
    ExactOre(__int128 num, __int128 den);
    void reduce();
    __int128 m_num = 0;
    __int128 m_den = 1;
};

// A percentage of an amount with one explicit rounding (half away from zero),
// e.g. a write-off limit. `rateHundredths`: 2,50 % = 250.
Money percentOf(Money amount, qint64 rateHundredths);

// Rates are stored as hundredths of a percent; "11,50"/"11.5"/"-0,50" parse.
std::optional<qint64> parseRateHundredths(const QString &text, QString *error = nullptr);
QString formatRateHundredths(qint64 rateHundredths, QChar decimalPoint = QLatin1Char(','));

} // namespace rsk

Q_DECLARE_METATYPE(rsk::Money)
