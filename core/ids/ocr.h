#pragma once

#include <QString>

namespace rsk::Ocr {

// OCR reference numbers (FACTS-SE §7; byrokrat/phpgiro OCR.php makeOCR/validOCR):
// 2–25 digits, the last a Luhn check digit over the others, optionally preceded
// by a length digit = total length including both digits, mod 10.
constexpr int MinLength = 2;
constexpr int MaxLength = 25;

// What an incoming reference is checked against (Bankgirot control levels:
// OCR 1/2 check the check digit, OCR 3 also the length digit).
enum class OcrCheck {
    CheckDigitOnly,
    LengthAndCheckDigit,
    // A reference with or without a length digit. Every reference that passes
    // LengthAndCheckDigit also passes the check digit alone, so this accepts
    // exactly what CheckDigitOnly accepts; it exists so callers can say that
    // both kinds of reference are expected.
    Either,
};

// `base` + (length digit) + check digit: "12345" -> "1234574", or "123455"
// without the length digit. Empty result and *error set when `base` is empty, is
// not all digits, or the result would exceed 25 digits.
QString makeOcr(const QString &base, bool withLengthDigit = true, QString *error = nullptr);

// True when `ref` (blanks around allowed) is 2–25 digits and passes `mode`;
// otherwise false and *error names what is wrong ("kontrollsiffran ska vara 4").
bool validateOcr(const QString &ref, OcrCheck mode, QString *error = nullptr);

// The ledger's rule (DOMAIN.md "Payments in"): OCR = the 9-digit invoice number
// + length digit + check digit, always 11 digits. Empty and *error set when
// `invoiceNumber9` is not 9 digits.
QString ocrForInvoice(const QString &invoiceNumber9, QString *error = nullptr);

} // namespace rsk::Ocr
