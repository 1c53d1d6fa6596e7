#pragma once

#include <QStringView>

namespace rsk {

// The modulus-10 ("Luhn") check digit used by personnummer, organisationsnummer,
// bankgiro, plusgiro and OCR references (FACTS-SE §7, Skatteverket's
// "modulus-10-metoden"): weights 2,1,2,... from the rightmost digit of the base.

// Check digit 0–9 for `digits` (the number without its check digit), or -1 when
// `digits` is empty or holds anything other than the ASCII digits 0–9.
int luhnCheckDigit(QStringView digits);

// True when `digitsWithCheck` is at least two ASCII digits and its last digit is
// the check digit of the digits before it.
bool luhnValid(QStringView digitsWithCheck);

} // namespace rsk
