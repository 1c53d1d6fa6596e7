#include "ids/giro.h"

#include "ids/luhn.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

// Only digits and a hyphen can be part of a giro number; naming the offending
// character tells the clerk more than "wrong format".
bool hasOnlyDigitsAndHyphen(const QString &input, const QString &text, QString *error)
{
    for (QChar c : text) {
        if ((c.unicode() >= '0' && c.unicode() <= '9') || c == QLatin1Char('-'))
            continue;
        fail(error, c.isSpace()
                 ? Tr::tr("\"%1\" har mellanslag inne i numret.").arg(input)
                 : Tr::tr("\"%1\" innehåller otillåtet tecken \"%2\"; bara siffror och "
                          "bindestreck är tillåtna.")
                       .arg(input, c));
        return false;
    }
    return true;
}

bool checkDigitOk(const QString &input, const QString &digits, QString *error)
{
    const int check = luhnCheckDigit(QStringView(digits).chopped(1));
    if (digits.back().unicode() - '0' == check)
        return true;
    fail(error, Tr::tr("Fel kontrollsiffra i \"%1\": kontrollsiffran ska vara %2.")
                    .arg(input)
                    .arg(check));
    return false;
}

} // namespace

std::optional<Bankgiro> Bankgiro::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, Tr::tr("Bankgironummer saknas."));
        return std::nullopt;
    }
    if (!hasOnlyDigitsAndHyphen(input, text, error))
        return std::nullopt;
    // FACTS-SE §7 (byrokrat/banking BankgiroFactory), with [1-9] first so that a
    // leading zero is always padding and number() is canonical: "0123-4567" and
    // "0001234567" (BgMax) are both 1234567, and compare equal.
    static const QRegularExpression shape(
        QStringLiteral("^0*([1-9]\\d{2,3})-?(\\d{3})(\\d)$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch()) {
        fail(error, Tr::tr("\"%1\" är inget bankgironummer: det ska ha 7 eller 8 siffror, "
                           "skrivna NNN-NNNN eller NNNN-NNNN.")
                        .arg(input));
        return std::nullopt;
    }
    const QString digits = m.captured(1) + m.captured(2) + m.captured(3);
    if (!checkDigitOk(input, digits, error))
        return std::nullopt;
    return Bankgiro(digits);
}

QString Bankgiro::display() const
{
    if (isNull())
        return QString();
    return m_digits.chopped(4) + QLatin1Char('-') + m_digits.right(4);
}

std::optional<Plusgiro> Plusgiro::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, Tr::tr("Plusgironummer saknas."));
        return std::nullopt;
    }
    if (!hasOnlyDigitsAndHyphen(input, text, error))
        return std::nullopt;
    // FACTS-SE §7 (byrokrat/banking PlusgiroFactory), with [1-9] first as for
    // bankgiro: leading zeros are padding, never part of number().
    static const QRegularExpression shape(QStringLiteral("^0*([1-9]\\d{0,6})-?(\\d)$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch()) {
        fail(error, Tr::tr("\"%1\" är inget plusgironummer: det ska ha 2–8 siffror med "
                           "bindestreck före kontrollsiffran, t.ex. 5805620-1.")
                        .arg(input));
        return std::nullopt;
    }
    const QString digits = m.captured(1) + m.captured(2);
    if (!checkDigitOk(input, digits, error))
        return std::nullopt;
    return Plusgiro(digits);
}

QString Plusgiro::display() const
{
    if (isNull())
        return QString();
    return m_digits.chopped(1) + QLatin1Char('-') + m_digits.right(1);
}

} // namespace rsk
