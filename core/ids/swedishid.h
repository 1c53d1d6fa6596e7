#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rsk {

// A Swedish personnummer, samordningsnummer or organisationsnummer, checked
// (date, birth number, Luhn check digit) and kept in one canonical form.
// Rules and sources: FACTS-SE §7. A default-constructed SwedishId is null; every
// id returned by parse() is valid.
class SwedishId
{
public:
    enum class Kind { Personnummer, Samordningsnummer, Organisationsnummer };

    SwedishId() = default;

    // Accepts, with blanks around and the separator optional:
    //   personnummer/samordningsnummer YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC,
    //   YYYYMMDD-NNNC, YYYYMMDDNNNC (a '+' there must agree with the century);
    //   organisationsnummer NNNNNN-NNNC, NNNNNNNNNC, optionally prefixed 16 or 00.
    // A 10-digit person number takes its century from `referenceDate` (normally
    // today; an invalid date asserts and counts as today): with '-' or no
    // separator the latest century in which the birth date is not after
    // referenceDate; with '+' the latest century in which the person turns 100 in
    // referenceDate's year or earlier (FACTS-SE §7: the '+' is used from the year
    // the person turns 100). A 12-digit birth date after referenceDate is
    // rejected. On failure returns nullopt and sets *error to a Swedish reason
    // naming what is wrong.
    static std::optional<SwedishId> parse(const QString &text, const QDate &referenceDate,
                                          QString *error = nullptr);

    // Shape only, no check digit: 10 digits whose third digit is 2 or more, or 12
    // digits starting with 16 or 00 followed by such a number; hyphen optional.
    static bool looksLikeOrganisation(const QString &text);

    bool isNull() const { return m_digits.isEmpty(); }
    Kind kind() const { return m_kind; }
    bool isPerson() const { return !isNull() && m_kind != Kind::Organisationsnummer; }

    // The real birth date (for a samordningsnummer the day minus 60). Invalid for
    // organisations and for samordningsnummer with month 00 or day 60 (day 00).
    QDate birthDate() const { return m_birthDate; }
    // Odd birth number = man (FACTS-SE §7). False for organisations.
    bool isMale() const;

    // Persons: YYYYMMDDNNNC (a samordningsnummer keeps its day + 60);
    // organisations: NNNNNNNNNC.
    QString normalized() const { return m_digits; }
    // Persons: YYYYMMDD-NNNC; organisations: NNNNNN-NNNC.
    QString display() const;
    // Persons: YYMMDD-NNNC, or YYMMDD+NNNC from the year the person turns 100 as
    // of `at` (FACTS-SE §7). Organisations: NNNNNN-NNNC. Pass the date the text is
    // for (a letter's date) when output must be reproducible.
    QString tenDigit(const QDate &at = QDate::currentDate()) const;

    bool operator==(const SwedishId &o) const
    {
        return m_kind == o.m_kind && m_digits == o.m_digits;
    }
    bool operator!=(const SwedishId &o) const { return !(*this == o); }

private:
    SwedishId(Kind kind, const QString &digits, const QDate &birthDate)
        : m_kind(kind), m_digits(digits), m_birthDate(birthDate) {}

    static std::optional<SwedishId> parsePerson(const QString &input, const QString &digits10,
                                                int century, QChar separator,
                                                const QDate &referenceDate, QString *error);
    static std::optional<SwedishId> parseOrganisation(const QString &input,
                                                      const QString &digits10, QChar separator,
                                                      QString *error);

    Kind m_kind = Kind::Personnummer;
    QString m_digits; // 12 digits for persons, 10 for organisations, empty when null
    QDate m_birthDate;
};

} // namespace rsk

Q_DECLARE_METATYPE(rsk::SwedishId)
