#include "demo/demonames.h"

#include "ids/luhn.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QFile>

namespace rsk::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

// The lines of a list, without comments and blank lines, split at ';'.
QList<QStringList> readList(const char *name, int minFields)
{
    const QString path = QStringLiteral(":/core/demo/") + QLatin1String(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Demodatalistan %1 saknas i programmet.").arg(path));
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(';'));
        if (fields.size() < minFields)
            throw LedgerError(
                LedgerError::Kind::Storage,
                Tr::tr("Demodatalistan %1: raden \"%2\" har för få fält.").arg(path, line));
        rows.append(fields);
    }
    return rows;
}

char firstChar(const QString &s, char fallback)
{
    return s.isEmpty() ? fallback : char(s.at(0).toLatin1());
}

NameLists load()
{
    NameLists l;
    for (const QStringList &f : readList("firstnames.txt", 3)) {
        NameLists::FirstName n;
        n.name = f.at(0);
        n.female = f.at(1) == QLatin1String("F");
        for (QChar c : f.at(2)) {
            if (c == QLatin1Char('O'))
                n.eras |= NameLists::Old;
            else if (c == QLatin1Char('M'))
                n.eras |= NameLists::Mid;
            else if (c == QLatin1Char('Y'))
                n.eras |= NameLists::Young;
        }
        l.firstNames.append(n);
    }
    for (const QStringList &f : readList("surnames.txt", 2)) {
        l.surnames.append(f.at(0));
        l.surnameWeights.add(qMax(1, f.at(1).toInt()));
    }
    for (const QStringList &f : readList("streets.txt", 2))
        l.streets.append({f.at(0), firstChar(f.at(1), 'B')});
    for (const QStringList &f : readList("towns.txt", 3))
        l.towns.append({firstChar(f.at(0), 'E'), f.at(1), f.at(2)});
    for (const QStringList &f : readList("organisations.txt", 2)) {
        const QString form = f.at(1);
        char digit = '5'; // AB
        if (form == QLatin1String("HB"))
            digit = '9';
        else if (form == QLatin1String("EF"))
            digit = '7';
        else if (form == QLatin1String("IF"))
            digit = '8';
        l.organisations.append({f.at(0), digit});
    }
    for (const QStringList &f : readList("diverse.txt", 6))
        l.diverse.append(
            {f.at(0), f.at(1).toInt(), f.at(2).toInt(), f.at(3), firstChar(f.at(4), 'B'), f.at(5)});
    return l;
}

// Appends the Luhn check digit of `digits` (FACTS-SE §7).
QString withCheckDigit(const QString &digits)
{
    return digits + QChar(QLatin1Char(char('0' + luhnCheckDigit(digits))));
}

QString randomDigits(Random &r, int count, bool firstNonZero)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(QChar(
            QLatin1Char(char('0' + (i == 0 && firstNonZero ? r.between(1, 9) : r.between(0, 9))))));
    return s;
}

} // namespace

const NameLists &NameLists::instance()
{
    // Parsed once per process; a function-local static is thread-safe.
    static const NameLists lists = load();
    return lists;
}

NameLists::Era eraOf(int birthYear)
{
    if (birthYear < 1955)
        return NameLists::Old;
    if (birthYear < 1985)
        return NameLists::Mid;
    return NameLists::Young;
}

QString NameLists::firstName(Random &r, bool female, Era era) const
{
    // Rejection sampling over the whole list keeps every matching name
    // equally likely without building a list per (sex, era).
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const FirstName &n = firstNames.at(r.below(int(firstNames.size())));
        if (n.female == female && (n.eras & era))
            return n.name;
    }
    return female ? QStringLiteral("Anna") : QStringLiteral("Lars");
}

QString NameLists::street(Random &r, char kind) const
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const Street &s = streets.at(r.below(int(streets.size())));
        if (s.kind == kind || s.kind == 'B')
            return s.name;
    }
    return QStringLiteral("Storgatan");
}

QList<NameLists::Town> NameLists::townsOfKind(char kind) const
{
    QList<Town> out;
    for (const Town &t : towns)
        if (t.kind == kind)
            out.append(t);
    return out;
}

QString makePersonNumber(Random &r, const QDate &birth, bool female, bool coordination)
{
    // Birth number: three digits, the last odd for men and even for women
    // (FACTS-SE §7); a samordningsnummer adds 60 to the day.
    int birthNumber = int(r.between(1, 499)) * 2 + (female ? 0 : 1);
    if (birthNumber > 999)
        birthNumber -= 2;
    const int day = birth.day() + (coordination ? 60 : 0);
    const QString ten = QStringLiteral("%1%2%3%4")
                            .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                            .arg(birth.month(), 2, 10, QLatin1Char('0'))
                            .arg(day, 2, 10, QLatin1Char('0'))
                            .arg(birthNumber, 3, 10, QLatin1Char('0'));
    return QString::number(birth.year() / 100) + withCheckDigit(ten);
}

QString makeOrganisationNumber(Random &r, const QString &prefix)
{
    return withCheckDigit(prefix + randomDigits(r, 9 - int(prefix.size()), false));
}

QString makeBankgiro(Random &r)
{
    return withCheckDigit(randomDigits(r, 7, true));
}

QString makePlusgiro(Random &r)
{
    return withCheckDigit(randomDigits(r, 6, true));
}

} // namespace rsk::demo
