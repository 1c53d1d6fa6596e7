#include "interest/referencerates.h"

#include "audit/auditlog.h"
#include "ledger/ledgersetup.h"
#include "money/money.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRates)
};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

ReferenceRateTable::ReferenceRateTable(QList<ReferenceRate> rows)
    : m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end(),
              [](const ReferenceRate &a, const ReferenceRate &b) { return a.from < b.from; });
}

ReferenceRateTable ReferenceRateTable::shipped()
{
    QList<ReferenceRate> rows;
    for (const LedgerSetup::Rate &r : LedgerSetup::defaultReferenceRates())
        rows.append({r.from, r.rateHundredths, r.verified, QString::fromLatin1(r.source)});
    return ReferenceRateTable(rows);
}

QDate ReferenceRateTable::endOfHalfYear(const QDate &date)
{
    return date.month() <= 6 ? QDate(date.year(), 6, 30) : QDate(date.year(), 12, 31);
}

QDate ReferenceRateTable::firstCoveredDay() const
{
    return m_rows.isEmpty() ? QDate() : m_rows.first().from;
}

QDate ReferenceRateTable::lastCoveredDay() const
{
    return m_rows.isEmpty() ? QDate() : endOfHalfYear(m_rows.last().from);
}

std::optional<ReferenceRate> ReferenceRateTable::rateOn(const QDate &date) const
{
    if (m_rows.isEmpty() || !date.isValid() || date < firstCoveredDay() || date > lastCoveredDay())
        return std::nullopt;
    // The last row whose from-date is on or before `date`.
    auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), date,
                               [](const QDate &d, const ReferenceRate &r) { return d < r.from; });
    return *(it - 1);
}

QList<RatePeriod> ReferenceRateTable::periods(const QDate &from, const QDate &to) const
{
    QList<RatePeriod> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    if (m_rows.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Referensräntetabellen är tom: ränta kan inte beräknas för %1 – %2. "
                   "Lägg in referensräntan (Referensränta, handbok 7.8, eller "
                   "\"reskontra-cli rate set\").")
                .arg(isoDate(from), isoDate(to)));
    if (from < firstCoveredDay())
        throw LedgerError::refused(
            Tr::tr("Referensränta saknas för %1 – %2 (tabellen börjar %3). Lägg in den "
                   "(Referensränta, handbok 7.8, eller \"reskontra-cli rate set\").")
                .arg(isoDate(from), isoDate(std::min(to, firstCoveredDay().addDays(-1))),
                     isoDate(firstCoveredDay())));
    if (to > lastCoveredDay())
        throw LedgerError::refused(
            Tr::tr("Referensränta saknas för %1 – %2: den senaste räntan (från %3) gäller "
                   "bara halvåret ut. Lägg in referensräntan från %1 (Referensränta, "
                   "handbok 7.8, eller \"reskontra-cli rate set\").")
                .arg(isoDate(std::max(from, lastCoveredDay().addDays(1))), isoDate(to),
                     isoDate(m_rows.last().from)));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ReferenceRate &r = m_rows.at(i);
        const QDate rowEnd = i + 1 < m_rows.size() ? m_rows.at(i + 1).from.addDays(-1)
                                                   : lastCoveredDay();
        const QDate a = std::max(from, r.from);
        const QDate b = std::min(to, rowEnd);
        if (a > b)
            continue;
        // A new row with the same rate is no rate change (FACTS-SE §4: split
        // only where the rate changes; DOMAIN.md example: 2024 is one period).
        if (!out.isEmpty() && out.last().rateHundredths == r.rateHundredths
            && out.last().to.addDays(1) == a) {
            out.last().to = b;
            out.last().verified = out.last().verified && r.verified;
        } else {
            out.append({a, b, r.rateHundredths, r.verified});
        }
    }
    return out;
}

QList<ReferenceRate> ReferenceRates::list()
{
    QList<ReferenceRate> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT from_date, rate_hundredths, verified, source "
                                          "FROM reference_rate ORDER BY from_date"));
    while (q.next())
        out.append({toDate(q.value(0)), q.value(1).toLongLong(), q.value(2).toInt() != 0,
                    q.value(3).toString()});
    return out;
}

ReferenceRateTable ReferenceRates::table()
{
    return ReferenceRateTable(list());
}

void ReferenceRates::set(const QDate &from, qint64 rateHundredths, const QString &source)
{
    if (!from.isValid())
        throw LedgerError::refused(Tr::tr("Referensränta: från-datum saknas eller är felaktigt."));
    if (rateHundredths > MaxAbsHundredths || rateHundredths < -MaxAbsHundredths)
        throw LedgerError::refused(
            Tr::tr("Referensränta från %1: %2 % har fler än 4 siffror (högst 99,99, "
                   "handbok 7.8).")
                .arg(isoDate(from), formatRateHundredths(rateHundredths)));
    UnitOfWork work(m_db);
    AuditLog audit(m_db);
    const QString key = isoDate(from);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT rate_hundredths, verified, source FROM "
                                          "reference_rate WHERE from_date = ?"),
                           {dateArg(from)});
    if (q.next()) {
        const qint64 oldRate = q.value(0).toLongLong();
        const bool oldVerified = q.value(1).toInt() != 0;
        const QString oldSource = q.value(2).toString();
        q.finish();
        m_db.run(QStringLiteral("UPDATE reference_rate SET rate_hundredths = ?, verified = 1, "
                                "source = ? WHERE from_date = ?"),
                 {rateHundredths, source, dateArg(from)});
        if (oldRate != rateHundredths)
            audit.recordChange(QStringLiteral("reference_rate"), key,
                               QStringLiteral("rate_hundredths"), oldRate, rateHundredths);
        if (!oldVerified)
            audit.recordChange(QStringLiteral("reference_rate"), key, QStringLiteral("verified"),
                               0, 1);
        if (oldSource != source)
            audit.recordChange(QStringLiteral("reference_rate"), key, QStringLiteral("source"),
                               oldSource, source);
    } else {
        q.finish();
        m_db.run(QStringLiteral("INSERT INTO reference_rate (from_date, rate_hundredths, "
                                "verified, source) VALUES (?, ?, 1, ?)"),
                 {dateArg(from), rateHundredths, source});
        audit.recordInsert(QStringLiteral("reference_rate"), key,
                           Tr::tr("Referensränta %1 % från %2")
                               .arg(formatRateHundredths(rateHundredths), key));
    }
    work.commit();
}

} // namespace rsk
