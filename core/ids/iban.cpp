#include "ids/iban.h"

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

bool isUpperLetter(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isUpperAlnum(QChar c)
{
    return isUpperLetter(c) || isDigit(c);
}

// IBAN lengths from the SWIFT IBAN registry (ISO 13616) for the countries a
// Swedish municipality's payers live in: the Nordic countries, EU/EEA,
// Switzerland, the United Kingdom and the rest of Europe that has IBAN.
struct IbanLength
{
    const char *country;
    int length;
};
constexpr IbanLength kLengths[] = {
    {"AD", 24}, {"AL", 28}, {"AT", 20}, {"BA", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21},
    {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18},
    {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"HR", 21},
    {"HU", 28}, {"IE", 22}, {"IS", 26}, {"IT", 27}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MT", 31}, {"NL", 18},
    {"NO", 15}, {"PL", 28}, {"PT", 25}, {"RO", 24}, {"RS", 22}, {"SE", 24}, {"SI", 19},
    {"SK", 24}, {"SM", 27}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"XK", 20},
};

constexpr int kMinLength = 15; // Norway, the shortest IBAN
constexpr int kMaxLength = 34; // ISO 13616

// Spaces and a printed "IBAN" prefix are how the number is written on paper;
// they are not part of it.
QString compact(const QString &input)
{
    QString text = input.trimmed().toUpper();
    if (text.startsWith(QLatin1String("IBAN"))) {
        text = text.mid(4).trimmed();
        if (text.startsWith(QLatin1Char(':')))
            text = text.mid(1);
    }
    text.remove(QLatin1Char(' '));
    return text;
}

} // namespace

int Iban::lengthFor(const QString &countryCode)
{
    for (const IbanLength &l : kLengths)
        if (countryCode == QLatin1String(l.country))
            return l.length;
    return 0;
}

int Iban::mod97(const QString &electronic)
{
    if (electronic.size() < 4)
        return -1;
    // ISO 7064 MOD 97-10 as ISO 13616 applies it: the first four characters
    // go last, a letter counts as 10 (A) … 35 (Z), and the remainder is
    // taken digit by digit so no big number is needed.
    const QString moved = electronic.mid(4) + electronic.left(4);
    int remainder = 0;
    for (QChar c : moved) {
        if (isDigit(c)) {
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        } else if (isUpperLetter(c)) {
            const int value = c.unicode() - 'A' + 10; // two digits
            remainder = (remainder * 100 + value) % 97;
        } else {
            return -1;
        }
    }
    return remainder;
}

std::optional<Iban> Iban::parse(const QString &input, QString *error)
{
    const QString text = compact(input);
    if (text.isEmpty()) {
        fail(error, Tr::tr("IBAN saknas."));
        return std::nullopt;
    }
    for (QChar c : text) {
        if (!isUpperAlnum(c)) {
            fail(error, Tr::tr("\"%1\" innehåller otillåtet tecken \"%2\"; ett IBAN har bara "
                               "bokstäver A–Z och siffror.")
                            .arg(input.trimmed(), c));
            return std::nullopt;
        }
    }
    if (text.size() < 4 || !isUpperLetter(text.at(0)) || !isUpperLetter(text.at(1))
        || !isDigit(text.at(2)) || !isDigit(text.at(3))) {
        fail(error, Tr::tr("\"%1\" är inget IBAN: det börjar med landskod (två bokstäver) och "
                           "två kontrollsiffror, t.ex. SE45.")
                        .arg(input.trimmed()));
        return std::nullopt;
    }
    const QString country = text.left(2);
    const int expected = lengthFor(country);
    if (expected > 0 && text.size() != expected) {
        fail(error, Tr::tr("\"%1\" har %2 tecken, men ett IBAN från %3 har %4.")
                        .arg(input.trimmed())
                        .arg(text.size())
                        .arg(country)
                        .arg(expected));
        return std::nullopt;
    }
    if (expected == 0 && (text.size() < kMinLength || text.size() > kMaxLength)) {
        fail(error, Tr::tr("\"%1\" har %2 tecken, men ett IBAN har %3–%4.")
                        .arg(input.trimmed())
                        .arg(text.size())
                        .arg(kMinLength)
                        .arg(kMaxLength));
        return std::nullopt;
    }
    if (mod97(text) != 1) {
        // The check digits this account number would have: 98 minus the
        // remainder with "00" in their place.
        const int check = 98 - mod97(country + QStringLiteral("00") + text.mid(4));
        fail(error, Tr::tr("Fel kontrollsiffror i \"%1\" (modulus 97): med det kontonumret ska "
                           "de vara %2. Kontrollera numret.")
                        .arg(input.trimmed(), QStringLiteral("%1").arg(check, 2, 10,
                                                                       QLatin1Char('0'))));
        return std::nullopt;
    }
    return Iban(text);
}

QString Iban::display() const
{
    // Groups of four, as the registry prints it ("paper format").
    QString out;
    for (int i = 0; i < m_text.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += m_text.mid(i, 4);
    }
    return out;
}

std::optional<Bic> Bic::parse(const QString &input, QString *error)
{
    QString text = input.trimmed().toUpper();
    text.remove(QLatin1Char(' '));
    if (text.isEmpty()) {
        fail(error, Tr::tr("BIC saknas."));
        return std::nullopt;
    }
    if (text.size() != 8 && text.size() != 11) {
        fail(error, Tr::tr("\"%1\" är ingen BIC: den har 8 eller 11 tecken, t.ex. ESSESESS, men "
                           "har %2.")
                        .arg(input.trimmed())
                        .arg(text.size()));
        return std::nullopt;
    }
    for (int i = 0; i < 6; ++i) {
        if (!isUpperLetter(text.at(i))) {
            fail(error, Tr::tr("\"%1\" är ingen BIC: de sex första tecknen är bankkod och "
                               "landskod, bara bokstäver.")
                            .arg(input.trimmed()));
            return std::nullopt;
        }
    }
    for (int i = 6; i < text.size(); ++i) {
        if (!isUpperAlnum(text.at(i))) {
            fail(error, Tr::tr("\"%1\" innehåller otillåtet tecken \"%2\"; ort och kontor i en "
                               "BIC är bokstäver eller siffror.")
                            .arg(input.trimmed(), text.at(i)));
            return std::nullopt;
        }
    }
    return Bic(text);
}

} // namespace rsk
