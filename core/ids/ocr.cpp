#include "ids/ocr.h"

#include "ids/luhn.h"

#include <QCoreApplication>

namespace rsk::Ocr {

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

// Names the first character that is not an ASCII digit, so the message can
// say which one is wrong.
bool allDigits(const QString &input, const QString &text, QString *error)
{
    for (QChar c : text) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            continue;
        fail(error, Tr::tr("\"%1\" innehåller otillåtet tecken \"%2\"; ett OCR-nummer har bara "
                           "siffror.")
                        .arg(input, c));
        return false;
    }
    return true;
}

} // namespace

QString makeOcr(const QString &base, bool withLengthDigit, QString *error)
{
    const QString text = base.trimmed();
    if (text.isEmpty()) {
        fail(error, Tr::tr("Underlag för OCR-nummer saknas."));
        return QString();
    }
    if (!allDigits(base, text, error))
        return QString();
    const qsizetype total = text.size() + (withLengthDigit ? 2 : 1);
    if (total > MaxLength) {
        fail(error, Tr::tr("OCR-numret för \"%1\" skulle få %2 siffror; högst %3 är tillåtna.")
                        .arg(base)
                        .arg(total)
                        .arg(MaxLength));
        return QString();
    }
    QString ocr = text;
    // FACTS-SE §7: the length digit counts itself and the check digit, mod 10.
    if (withLengthDigit)
        ocr += QString::number(total % 10);
    return ocr + QString::number(luhnCheckDigit(ocr));
}

bool validateOcr(const QString &ref, OcrCheck mode, QString *error)
{
    const QString text = ref.trimmed();
    if (text.isEmpty()) {
        fail(error, Tr::tr("OCR-nummer saknas."));
        return false;
    }
    if (!allDigits(ref, text, error))
        return false;
    if (text.size() < MinLength || text.size() > MaxLength) {
        fail(error, Tr::tr("\"%1\" har %2 siffror; ett OCR-nummer har %3–%4 siffror.")
                        .arg(ref)
                        .arg(text.size())
                        .arg(MinLength)
                        .arg(MaxLength));
        return false;
    }
    // The length digit first: a wrong length usually means a digit was lost or
    // doubled, which is the more useful thing to tell the clerk.
    if (mode == OcrCheck::LengthAndCheckDigit) {
        const int expected = int(text.size() % 10);
        const int actual = text.at(text.size() - 2).unicode() - '0';
        if (actual != expected) {
            fail(error, Tr::tr("Fel längdsiffra i OCR-numret \"%1\": längdsiffran ska vara %2 "
                               "(numret har %3 siffror).")
                            .arg(ref)
                            .arg(expected)
                            .arg(text.size()));
            return false;
        }
    }
    const int check = luhnCheckDigit(QStringView(text).chopped(1));
    if (text.back().unicode() - '0' != check) {
        fail(error, Tr::tr("Fel kontrollsiffra i OCR-numret \"%1\": kontrollsiffran ska vara %2.")
                        .arg(ref)
                        .arg(check));
        return false;
    }
    return true;
}

QString ocrForInvoice(const QString &invoiceNumber9, QString *error)
{
    // DOMAIN.md: a claim's invoice number has 9 digits.
    const QString text = invoiceNumber9.trimmed();
    if (text.size() != 9 || !allDigits(invoiceNumber9, text, nullptr)) {
        fail(error, Tr::tr("Fakturanumret \"%1\" ska ha 9 siffror.").arg(invoiceNumber9));
        return QString();
    }
    return makeOcr(text, true, error);
}

} // namespace rsk::Ocr
