#include "interest/interestsettings.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QMap>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterestSettings)
};

const QString kScope = QStringLiteral("dunning");
const QString kMargin = QStringLiteral("interest_margin_hundredths"); // set by LedgerSetup
const QString kStart = QStringLiteral("interest_start");
const QString kBasis = QStringLiteral("interest_day_basis");
const QString kDaysAfterInvoice = QStringLiteral("interest_days_after_invoice_date");
const QString kMinimum = QStringLiteral("interest_minimum_ore");
const QString kMinimumDays = QStringLiteral("interest_minimum_days_late");

QMap<QString, QString> asValues(const InterestSettings &s)
{
    return {
        {kMargin, QString::number(s.marginHundredths)},
        {kStart, InterestSettings::startRuleKey(s.startRule)},
        {kBasis, InterestSettings::dayBasisKey(s.dayBasis)},
        {kDaysAfterInvoice, QString::number(s.daysAfterInvoiceDate)},
        {kMinimum, QString::number(s.minimumInterest.ore())},
        {kMinimumDays, QString::number(s.minimumDaysLate)},
    };
}
} // namespace

QString InterestSettings::startRuleKey(StartRule rule)
{
    return rule == StartRule::FromDueDate ? QStringLiteral("due_date")
                                          : QStringLiteral("day_after_due");
}

QString InterestSettings::dayBasisKey(DayBasis basis)
{
    return basis == DayBasis::ActualActual ? QStringLiteral("actual_actual")
                                           : QStringLiteral("actual_365");
}

QString InterestSettings::validate() const
{
    if (marginHundredths < 0 || marginHundredths > MaxMarginHundredths || marginHundredths % 10 != 0)
        return Tr::tr("Ränta utöver referensräntan: högst 3 siffror varav 1 decimal "
                      "(0–99,9, handbok 7.2).");
    if (daysAfterInvoiceDate < 0 || daysAfterInvoiceDate > MaxDays)
        return Tr::tr("Dagar efter fakturadatum: 0–%1.").arg(MaxDays);
    if (minimumDaysLate < 0 || minimumDaysLate > MaxDays)
        return Tr::tr("Minst antal dagar efter förfallodag: 0–%1.").arg(MaxDays);
    if (minimumInterest.isNegative() || !minimumInterest.isWholeKronor()
        || minimumInterest.ore() > 999'999 * 100LL)
        return Tr::tr("Minsta ränta: hela kronor, 0 eller mer (handbok 7.2: \"minst det "
                      "antal kronor som anges\").");
    return {};
}

bool InterestSettings::operator==(const InterestSettings &o) const
{
    return asValues(*this) == asValues(o);
}

InterestSettings InterestSettingsStore::load()
{
    QMap<QString, QString> stored;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT name, value FROM setting WHERE scope = ?"),
                           {kScope});
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    InterestSettings s;
    auto number = [&](const QString &key, qint64 fallback) {
        bool ok = false;
        const qint64 v = stored.value(key).toLongLong(&ok);
        return stored.contains(key) && ok ? v : fallback;
    };
    s.marginHundredths = number(kMargin, s.marginHundredths);
    s.startRule = stored.value(kStart) == QLatin1String("due_date")
                      ? InterestSettings::StartRule::FromDueDate
                      : InterestSettings::StartRule::DayAfterDueDate;
    s.dayBasis = stored.value(kBasis) == QLatin1String("actual_actual")
                     ? InterestSettings::DayBasis::ActualActual
                     : InterestSettings::DayBasis::Actual365;
    s.daysAfterInvoiceDate = int(number(kDaysAfterInvoice, 0));
    s.minimumInterest = Money::fromOre(number(kMinimum, 0));
    s.minimumDaysLate = int(number(kMinimumDays, 0));
    return s;
}

void InterestSettingsStore::save(const InterestSettings &settings)
{
    const QString why = settings.validate();
    if (!why.isEmpty())
        throw LedgerError::refused(Tr::tr("Kravparametrar sparades inte: %1").arg(why));
    UnitOfWork work(m_db);
    const QMap<QString, QString> before = asValues(load());
    const QMap<QString, QString> after = asValues(settings);
    AuditLog audit(m_db);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        m_db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"),
                 {kScope, it.key()});
        m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
                 {kScope, it.key(), it.value()});
        audit.recordChange(QStringLiteral("setting"), kScope, it.key(), before.value(it.key()),
                           it.value());
    }
    work.commit();
}

} // namespace rsk
