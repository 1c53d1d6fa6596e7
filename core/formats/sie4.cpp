#include "formats/sie4.h"

#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sie4Writer)
};

// CP437 (IBM PC 8-bit, FACTS-SE §3 "#FORMAT PC8") above 0x7F: the letters
// 0x80–0xA8 and the few signs a Swedish text may hold. Verified points:
// ö = 0x94 (SIE_exempelfil.se), Ö 0x99, ä 0x84 (sie4j BLBLOV_SIE4.SI).
struct Cp437
{
    char16_t unicode;
    unsigned char byte;
};
constexpr Cp437 kCp437[] = {
    {u'Ç', 0x80}, {u'ü', 0x81}, {u'é', 0x82}, {u'â', 0x83}, {u'ä', 0x84}, {u'à', 0x85},
    {u'å', 0x86}, {u'ç', 0x87}, {u'ê', 0x88}, {u'ë', 0x89}, {u'è', 0x8A}, {u'ï', 0x8B},
    {u'î', 0x8C}, {u'ì', 0x8D}, {u'Ä', 0x8E}, {u'Å', 0x8F}, {u'É', 0x90}, {u'æ', 0x91},
    {u'Æ', 0x92}, {u'ô', 0x93}, {u'ö', 0x94}, {u'ò', 0x95}, {u'û', 0x96}, {u'ù', 0x97},
    {u'ÿ', 0x98}, {u'Ö', 0x99}, {u'Ü', 0x9A}, {u'¢', 0x9B}, {u'£', 0x9C}, {u'¥', 0x9D},
    {u'á', 0xA0}, {u'í', 0xA1}, {u'ó', 0xA2}, {u'ú', 0xA3}, {u'ñ', 0xA4}, {u'Ñ', 0xA5},
    {u'ª', 0xA6}, {u'º', 0xA7}, {u'¿', 0xA8}, {u'½', 0xAB}, {u'¼', 0xAC}, {u'¡', 0xAD},
    {u'«', 0xAE}, {u'»', 0xAF}, {u'ß', 0xE1}, {u'µ', 0xE6}, {u'±', 0xF1}, {u'°', 0xF8},
    {u'·', 0xFA}, {u'²', 0xFD},
};

int cp437Byte(char16_t c)
{
    if ((c >= 0x20 && c < 0x7F) || c == u'\r' || c == u'\n')
        return c; // line ends only come from the writer: quoted() blanks them in texts
    for (const Cp437 &m : kCp437)
        if (m.unicode == c)
            return m.byte;
    switch (c) {
    case 0x00A0: // no-break space
        return ' ';
    case 0x2013: // en dash, em dash
    case 0x2014:
        return '-';
    case 0x2018:
    case 0x2019:
        return '\'';
    case 0x201C:
    case 0x201D:
        return '"';
    default:
        break;
    }
    return -1;
}

QString field(const QString &text)
{
    // Accounts, dates and numbers go unquoted when they are one plain word.
    for (QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x7F) && c != QLatin1Char('-')
            && c != QLatin1Char('.'))
            return Sie4Writer::quoted(text);
    return text.isEmpty() ? Sie4Writer::quoted(text) : text;
}

QString sieDate(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QString Sie4Writer::pathFor(const QString &path, const QString &company, bool several)
{
    if (!several)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix();
    const QString base = info.path() + QLatin1Char('/') + info.baseName();
    return base + QLatin1Char('_') + company
           + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

QList<Sie4File> Sie4Writer::files(const QList<Verification> &verifications, const QString &path,
                                  const QString &programVersion, const QDate &generated,
                                  const QString &generatedBy)
{
    const bool several = verifications.size() > 1;
    QList<Sie4File> out;
    for (const Verification &v : verifications) {
        const Sie4Header header
            = Sie4Header::forVerification(v, programVersion, generated, generatedBy);
        out.append({pathFor(path, v.company, several), write(header, {v})});
    }
    return out;
}

Sie4Header Sie4Header::forVerification(const Verification &v, const QString &programVersion,
                                       const QDate &generated, const QString &generatedBy)
{
    Sie4Header h;
    h.programVersion = programVersion;
    h.generated = generated;
    h.generatedBy = generatedBy;
    h.company = v.company;
    h.companyName = v.companyName;
    h.orgNr = v.orgNr;
    return h;
}

QByteArray Sie4Writer::toCp437(const QString &text, int *unmappable)
{
    QByteArray out;
    out.reserve(text.size());
    int missing = 0;
    for (QChar c : text) {
        int b = cp437Byte(c.unicode());
        if (b < 0) {
            // č → c, ł stays unmappable: only a decomposition to a base letter helps.
            const QString base = c.decomposition();
            if (!base.isEmpty())
                b = cp437Byte(base.at(0).unicode());
        }
        if (b < 0) {
            b = '?';
            ++missing;
        }
        out.append(char(b));
    }
    if (unmappable)
        *unmappable = missing;
    return out;
}

QString Sie4Writer::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\\'))
            out += QLatin1Char('/');
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString Sie4Writer::amount(Money m)
{
    const qint64 ore = m.ore();
    // |LLONG_MIN| does not fit; amounts are at most 10 digits (Money::MaxAbsOre).
    const quint64 abs = ore < 0 ? quint64(-(ore + 1)) + 1 : quint64(ore);
    return QStringLiteral("%1%2.%3")
        .arg(ore < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QByteArray Sie4Writer::write(const Sie4Header &h, const QList<Verification> &verifications)
{
    QMap<QString, QString> accounts; // sorted by number for #KONTO
    for (const Verification &v : verifications) {
        if (!h.company.isEmpty() && v.company != h.company)
            throw LedgerError::refused(
                Tr::tr("SIE-filen gäller företag %1 men verifikation %2 gäller företag %3.")
                    .arg(h.company)
                    .arg(v.number)
                    .arg(v.company));
        // FACTS-SE §3 "Balance requirement": the #TRANS of a #VER sum to 0.
        if (!v.sum().isZero())
            throw LedgerError::refused(Tr::tr("Verifikation %1 balanserar inte (summa %2).")
                                           .arg(v.number)
                                           .arg(v.sum().toString()));
        for (const BookingPosting &p : v.postings)
            accounts.insert(p.account, p.accountName);
    }

    QStringList lines;
    lines << QStringLiteral("#FLAGGA 0") << QStringLiteral("#FORMAT PC8")
          << QStringLiteral("#SIETYP 4")
          << QStringLiteral("#PROGRAM %1 %2").arg(quoted(h.programName), quoted(h.programVersion))
          << QStringLiteral("#GEN %1 %2").arg(sieDate(h.generated), quoted(h.generatedBy))
          << QStringLiteral("#FNAMN %1").arg(quoted(h.companyName));
    if (!h.orgNr.isEmpty())
        lines << QStringLiteral("#ORGNR %1").arg(field(h.orgNr));
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        lines << QStringLiteral("#KONTO %1 %2").arg(field(it.key()), quoted(it.value()));
    for (const Verification &v : verifications) {
        // One multi-argument arg(): a '%' in a text is never read as a marker.
        lines << QStringLiteral("#VER %1 %2 %3 %4")
                     .arg(field(v.series), QString::number(v.number), sieDate(v.date),
                          quoted(v.text))
              << QStringLiteral("{");
        for (const BookingPosting &p : v.postings)
            lines << QStringLiteral("#TRANS %1 {} %2 %3 %4")
                         .arg(field(p.account), amount(p.amount), sieDate(v.date),
                              quoted(p.text));
        lines << QStringLiteral("}");
    }
    // FACTS-SE §3 "Line endings": write CRLF.
    return toCp437(lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n"));
}

} // namespace rsk
