#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace rsk {

// A bankgiro number (FACTS-SE §7): 7 or 8 digits, the last a Luhn check digit
// over the others. Leading zeros are accepted and dropped, because BgMax files
// carry the number zero-padded to 10 digits (byrokrat/banking BankgiroFactory
// regex ^0*(\d{3,4})-?(\d{3})(\d)$, here with a non-zero first digit so that
// number() is canonical). A default-constructed Bankgiro is null.
class Bankgiro
{
public:
    Bankgiro() = default;

    // Accepts "5805-6201", "58056201", "784-8419", "0009912346", blanks around.
    // On failure returns nullopt and sets *error to a Swedish reason.
    static std::optional<Bankgiro> parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_digits.isEmpty(); }
    // Digits only, no padding: "58056201".
    QString number() const { return m_digits; }
    // "NNN-NNNN" or "NNNN-NNNN".
    QString display() const;

    bool operator==(const Bankgiro &o) const { return m_digits == o.m_digits; }
    bool operator!=(const Bankgiro &o) const { return m_digits != o.m_digits; }

private:
    explicit Bankgiro(const QString &digits) : m_digits(digits) {}
    QString m_digits;
};

// A PlusGiro number (FACTS-SE §7): 2–8 digits, the last a Luhn check digit,
// shown with a hyphen before it ("5805620-1"). Leading zeros are accepted and
// dropped (byrokrat/banking PlusgiroFactory regex ^0*(\d{1,7})-?(\d)$). The same
// digits may also be a valid bankgiro number, so the type is never guessed.
class Plusgiro
{
public:
    Plusgiro() = default;

    // Accepts "5805620-1", "58056201", "9048-0", "90480", blanks around.
    static std::optional<Plusgiro> parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_digits.isEmpty(); }
    // Digits only, no padding: "58056201".
    QString number() const { return m_digits; }
    // A hyphen before the check digit: "5805620-1".
    QString display() const;

    bool operator==(const Plusgiro &o) const { return m_digits == o.m_digits; }
    bool operator!=(const Plusgiro &o) const { return m_digits != o.m_digits; }

private:
    explicit Plusgiro(const QString &digits) : m_digits(digits) {}
    QString m_digits;
};

} // namespace rsk

Q_DECLARE_METATYPE(rsk::Bankgiro)
Q_DECLARE_METATYPE(rsk::Plusgiro)
