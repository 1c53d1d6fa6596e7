#include "dunning/enforcementoffices.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementOffices)
};

const QLatin1Char kNewline('\n');
const QString kTable = QStringLiteral("enforcement_office");

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool sameCity(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

EnforcementOffice EnforcementOffices::normalized(EnforcementOffice office)
{
    office.city = office.city.trimmed();
    for (QString &line : office.lines)
        line = line.trimmed();
    while (!office.lines.isEmpty() && office.lines.constLast().isEmpty())
        office.lines.removeLast();
    return office;
}

std::optional<QString> EnforcementOffices::problem(const EnforcementOffice &original)
{
    const EnforcementOffice o = normalized(original);
    if (o.city.isEmpty())
        return Tr::tr("Ort: ange orten; den är kronofogdemyndighetens identitet.");
    if (o.city.size() > kMaxCityLength)
        return Tr::tr("Ort: \"%1\" är %2 tecken, högst %3.")
            .arg(o.city)
            .arg(o.city.size())
            .arg(kMaxCityLength);
    if (hasControl(o.city))
        return Tr::tr("Ort: \"%1\" innehåller ett styrtecken (t.ex. tabb).").arg(o.city);
    if (o.lines.size() > kMaxLines)
        return Tr::tr("Kronofogdemyndighet %1: %2 rader, högst %3.")
            .arg(o.city)
            .arg(o.lines.size())
            .arg(kMaxLines);
    for (int i = 0; i < o.lines.size(); ++i) {
        const QString &line = o.lines.at(i);
        if (line.size() > kMaxLineLength)
            return Tr::tr("Kronofogdemyndighet %1: rad %2 är %3 tecken, högst %4.")
                .arg(o.city)
                .arg(i + 1)
                .arg(line.size())
                .arg(kMaxLineLength);
        if (hasControl(line))
            return Tr::tr("Kronofogdemyndighet %1: rad %2 innehåller ett styrtecken (t.ex. tabb).")
                .arg(o.city)
                .arg(i + 1);
    }
    return std::nullopt;
}

QList<EnforcementOffice> EnforcementOffices::list()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT city, lines FROM enforcement_office"));
    QList<EnforcementOffice> out;
    while (q.next()) {
        EnforcementOffice o;
        o.city = q.value(0).toString();
        const QString lines = q.value(1).toString();
        o.lines = lines.isEmpty() ? QStringList() : lines.split(kNewline);
        out.append(o);
    }
    // Swedish order (Å, Ä, Ö after Z), whatever the engine's collation.
    QCollator swedish(QLocale(QLocale::Swedish, QLocale::Sweden));
    swedish.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&swedish](const EnforcementOffice &a,
                                                 const EnforcementOffice &b) {
        return swedish.compare(a.city, b.city) < 0;
    });
    return out;
}

std::optional<EnforcementOffice> EnforcementOffices::find(const QString &city)
{
    // A handful of rows: compared here, so that "östersund" finds
    // "Östersund" on SQLite too (its NOCASE folds ASCII only).
    for (const EnforcementOffice &o : list())
        if (sameCity(o.city, city))
            return o;
    return std::nullopt;
}

void EnforcementOffices::save(const EnforcementOffice &original)
{
    if (const auto why = problem(original))
        throw LedgerError::refused(*why);
    const EnforcementOffice o = normalized(original);
    const QString joined = o.lines.join(kNewline);
    UnitOfWork work(m_db);
    const auto before = find(o.city);
    if (before) {
        m_db.run(QStringLiteral("UPDATE enforcement_office SET city = ?, lines = ?, "
                                "changed_by = ?, changed_at = ? WHERE city = ?"),
                 {o.city, joined, m_db.user(), m_db.nowStamp(), before->city});
        AuditLog(m_db).recordDiff(kTable, o.city,
                                  {{QStringLiteral("city"), before->city},
                                   {QStringLiteral("lines"), before->lines.join(kNewline)}},
                                  {{QStringLiteral("city"), o.city},
                                   {QStringLiteral("lines"), joined}});
    } else {
        m_db.run(QStringLiteral("INSERT INTO enforcement_office (city, lines, changed_by, "
                                "changed_at) VALUES (?, ?, ?, ?)"),
                 {o.city, joined, m_db.user(), m_db.nowStamp()});
        AuditLog(m_db).recordInsert(kTable, o.city, joined);
    }
    work.commit();
}

void EnforcementOffices::remove(const QString &city)
{
    UnitOfWork work(m_db);
    const auto before = find(city);
    if (!before)
        throw LedgerError::notFound(
            Tr::tr("Det finns ingen kronofogdemyndighet med orten \"%1\".").arg(city.trimmed()));
    m_db.run(QStringLiteral("DELETE FROM enforcement_office WHERE city = ?"), {before->city});
    AuditLog(m_db).recordDelete(kTable, before->city, before->lines.join(kNewline));
    work.commit();
}

} // namespace rsk
