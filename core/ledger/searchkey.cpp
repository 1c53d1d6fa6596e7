#include "ledger/searchkey.h"

namespace rsk {

QString searchKey(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        const QChar u = c.toUpper();
        switch (u.unicode()) {
        case 0x00C5: // Å
            out.append(QChar(0x005B)); // '[' sorts after 'Z'
            break;
        case 0x00C4: // Ä
        case 0x00C6: // Æ
            out.append(QChar(0x005C));
            break;
        case 0x00D6: // Ö
        case 0x00D8: // Ø
            out.append(QChar(0x005D));
            break;
        case 0x00C9: // É sorts as E in Swedish
        case 0x00C8:
            out.append(QLatin1Char('E'));
            break;
        case 0x00DC: // Ü sorts as Y in Swedish
            out.append(QLatin1Char('Y'));
            break;
        default:
            out.append(u);
        }
    }
    return out;
}

QString prefixUpperBound(const QString &prefixKey)
{
    return prefixKey + QChar(0xFFFF);
}

QString idSearchKey(const QString &normalizedId)
{
    QString digits;
    for (QChar c : normalizedId)
        if (c.isDigit())
            digits.append(c);
    // 12-digit person numbers (YYYYMMDDNNNC) search by their 10-digit form.
    if (digits.size() == 12)
        return digits.mid(2);
    return digits;
}

} // namespace rsk
