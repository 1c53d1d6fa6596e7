#include "ids/luhn.h"

namespace rsk {

int luhnCheckDigit(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    bool doubled = true; // FACTS-SE §7: the digit next to the check digit has weight 2
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        int d = c - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9; // the digit sum of 10..18
        }
        sum += d;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

bool luhnValid(QStringView digitsWithCheck)
{
    if (digitsWithCheck.size() < 2)
        return false;
    const char16_t last = digitsWithCheck.back().unicode();
    if (last < u'0' || last > u'9')
        return false;
    return luhnCheckDigit(digitsWithCheck.chopped(1)) == last - u'0';
}

} // namespace rsk
