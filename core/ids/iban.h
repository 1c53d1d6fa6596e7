#pragma once

#include <QString>

#include <optional>

namespace rsk {

// An IBAN (ISO 13616), what a payer abroad needs beside the BIC to pay the
// company (handbook 9 "För utlandsbetalningar läggs BIC och IBAN nummer in
// här"): two letters of country code, two check digits, then the national
// account number (BBAN), at most 34 characters. The check digits make the
// whole number, with the first four characters moved to the end and every
// letter read as 10–35, leave the remainder 1 when divided by 97. For the
// countries in the length table (Nordic, EU/EEA, CH, GB and a few more) the
// length must be the country's; other countries only need 15–34 characters.
class Iban
{
public:
    Iban() = default;

    // Accepts "SE45 5000 0000 0583 9825 7466", "se4550000000058398257466",
    // "IBAN SE45…" (the printed prefix is dropped). On failure returns
    // nullopt and sets *error to a Swedish reason.
    static std::optional<Iban> parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_text.isEmpty(); }
    QString electronic() const { return m_text; }     // "SE4550000000058398257466"
    QString display() const;                          // "SE45 5000 0000 0583 9825 7466"
    QString countryCode() const { return m_text.left(2); }

    // The IBAN length of a country, or 0 when the table does not have it.
    static int lengthFor(const QString &countryCode);
    // The remainder of the mod-97 check over an IBAN in electronic form
    // (1 for a valid one), or -1 when it holds other than A–Z and 0–9.
    static int mod97(const QString &electronic);

private:
    explicit Iban(const QString &text) : m_text(text) {}
    QString m_text;
};

// A BIC (ISO 9362, "SWIFT address"): 4 letters of bank code, 2 letters of
// country code, 2 letters or digits of location, and optionally 3 letters or
// digits of branch ("ESSESESS", "DEUTDEFF500"): 8 or 11 characters.
class Bic
{
public:
    Bic() = default;

    // Accepts "essesess", "ESSE SE SS", "DEUTDEFF500". On failure returns
    // nullopt and sets *error to a Swedish reason.
    static std::optional<Bic> parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_text.isEmpty(); }
    QString text() const { return m_text; }          // upper case, no spaces
    QString countryCode() const { return m_text.mid(4, 2); }

private:
    explicit Bic(const QString &text) : m_text(text) {}
    QString m_text;
};

} // namespace rsk
