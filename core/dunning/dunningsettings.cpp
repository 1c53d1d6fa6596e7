#include "dunning/dunningsettings.h"

#include "audit/auditlog.h"
#include "dunning/dunningdefaults.h"
#include "dunning/dunningtexts.h"
#include "ledger/referencedata.h"
#include "ledger/types.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QVariantMap>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningSettings)
};

constexpr int kMaxDays = 999;
constexpr qint64 kMaxFeeOre = 99900; // 7.7: "maximalt 3 siffror. Endast hela kronor"
constexpr int kMaxHeading = 15;

// The columns of one step, in table order.
struct StepColumns
{
    const char *prefix;
    bool hasFee;
};

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> toOptionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

// Column → value of everything stored, for the statement and the audit diff.
QVariantMap columnsOf(const DunningSettings &s)
{
    QVariantMap m;
    auto step = [&m](const QString &p, const DunningStepSettings &st, bool withFee) {
        m[p + QStringLiteral("_days")] = optionalInt(st.days);
        m[p + QStringLiteral("_text")] = st.used() || st.textNumber ? QVariant(st.textNumber)
                                                                      : QVariant();
        m[p + QStringLiteral("_handler")] = st.handler;
        if (withFee) {
            m[p + QStringLiteral("_fee_ore")] = st.fee.ore();
            m[p + QStringLiteral("_debit")] = int(st.debit);
            m[p + QStringLiteral("_print_interest")] = int(st.printInterest);
            m[p + QStringLiteral("_override_reason")] = st.overrideReason;
        }
    };
    step(QStringLiteral("reminder1"), s.reminder1, true);
    step(QStringLiteral("reminder2"), s.reminder2, true);
    step(QStringLiteral("collection"), s.collection, true);
    step(QStringLiteral("residual"), s.residual, false);
    m[QStringLiteral("collection_basis")] = s.collectionBasis == CollectionBasis::None
                                                ? QVariant()
                                                : QVariant(int(s.collectionBasis));
    m[QStringLiteral("collection_debit_interest")] = int(s.collectionDebitInterest);
    m[QStringLiteral("collection_heading")] = s.collectionHeading();
    m[QStringLiteral("residual_heading")] = s.residualHeading;
    m[QStringLiteral("reminder_fee_agreed")] = int(s.reminderFeeAgreed);
    return m;
}

DunningStepSettings stepFrom(const QSqlRecord &r, const QString &p, bool withFee)
{
    DunningStepSettings st;
    st.days = toOptionalInt(r.value(p + QStringLiteral("_days")));
    st.textNumber = r.value(p + QStringLiteral("_text")).toInt();
    st.handler = r.value(p + QStringLiteral("_handler")).toString();
    if (withFee) {
        st.fee = Money::fromOre(r.value(p + QStringLiteral("_fee_ore")).toLongLong());
        st.debit = r.value(p + QStringLiteral("_debit")).toBool();
        st.printInterest = r.value(p + QStringLiteral("_print_interest")).toBool();
        st.overrideReason = r.value(p + QStringLiteral("_override_reason")).toString();
    }
    return st;
}

struct StepRef
{
    QString code; // "reminder1"
    QString name; // "Påminnelse 1"
    DunningStepSettings *step;
    DunningTextKind textKind;
    qint64 capOre; // 0 = no fee on this step
};

QList<StepRef> stepsOf(DunningSettings &s)
{
    return {
        {QStringLiteral("reminder1"), Tr::tr("Påminnelse 1"), &s.reminder1,
         DunningTextKind::Reminder, fee_cap::ReminderOre},
        {QStringLiteral("reminder2"), Tr::tr("Påminnelse 2"), &s.reminder2,
         DunningTextKind::Reminder, fee_cap::ReminderOre},
        {QStringLiteral("collection"), Tr::tr("Inkassokrav"), &s.collection,
         DunningTextKind::Collection, fee_cap::CollectionOre},
        {QStringLiteral("residual"), Tr::tr("Restkrav"), &s.residual, DunningTextKind::Residual,
         0},
    };
}

QString kronor(qint64 ore)
{
    return Money::fromOre(ore).toString();
}

} // namespace

QString DunningSettings::collectionHeading() const
{
    return collectionAsKravbrev ? QStringLiteral("KRAVBREV") : QStringLiteral("INKASSOKRAV");
}

DunningSettings DunningSettingsRegister::defaults(const QString &routine)
{
    DunningSettings s;
    s.routine = routine;
    s.reminder1.days = 10;
    s.reminder1.textNumber = 1;
    s.reminder1.printInterest = true;
    // No reminder fee: lag (1981:739) 2 § needs an agreement made when the
    // debt arose, which the clerk confirms per routine (FACTS-SE §5).
    s.reminder2.textNumber = 2;
    s.collectionBasis = CollectionBasis::Reminder1;
    s.collection.days = 14;
    s.collection.textNumber = 1;
    s.collection.fee = Money::fromOre(fee_cap::CollectionOre);
    s.collection.debit = true;
    s.collection.printInterest = true;
    s.residual.days = 30;
    s.residual.textNumber = 1;
    return s;
}

std::optional<DunningSettings> DunningSettingsRegister::load(const QString &routine)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT * FROM dunning_settings WHERE routine = ?"),
                           {routine});
    if (!q.next())
        return std::nullopt;
    const QSqlRecord r = q.record();
    DunningSettings s;
    s.routine = routine;
    s.reminder1 = stepFrom(r, QStringLiteral("reminder1"), true);
    s.reminder2 = stepFrom(r, QStringLiteral("reminder2"), true);
    s.collection = stepFrom(r, QStringLiteral("collection"), true);
    s.residual = stepFrom(r, QStringLiteral("residual"), false);
    s.collectionBasis = CollectionBasis(r.value(QStringLiteral("collection_basis")).toInt());
    s.collectionDebitInterest = r.value(QStringLiteral("collection_debit_interest")).toBool();
    s.collectionAsKravbrev = r.value(QStringLiteral("collection_heading")).toString()
                             == QLatin1String("KRAVBREV");
    s.residualHeading = r.value(QStringLiteral("residual_heading")).toString();
    s.reminderFeeAgreed = r.value(QStringLiteral("reminder_fee_agreed")).toBool();
    return s;
}

std::optional<DunningSettings> DunningSettingsRegister::settings(const QString &routine)
{
    DunningDefaults(m_db).ensureInstalled();
    return load(routine);
}

QList<DunningSettings> DunningSettingsRegister::all()
{
    DunningDefaults(m_db).ensureInstalled();
    QSqlQuery q = m_db.run(QStringLiteral("SELECT routine FROM dunning_settings ORDER BY routine"));
    QStringList routines;
    while (q.next())
        routines << q.value(0).toString();
    QList<DunningSettings> out;
    for (const QString &r : routines)
        out.append(*load(r));
    return out;
}

QStringList DunningSettingsRegister::problems(const DunningSettings &original)
{
    DunningSettings s = original;
    QStringList out;
    const QString where = Tr::tr("Rutin %1").arg(s.routine);
    if (!ReferenceData(m_db).routine(s.routine))
        return {Tr::tr("Rutin \"%1\" finns inte.").arg(s.routine)};
    DunningTexts texts(m_db);
    for (const StepRef &ref : stepsOf(s)) {
        const DunningStepSettings &st = *ref.step;
        const QString what = where + QStringLiteral(", ") + ref.name;
        if (!st.used())
            continue;
        if (*st.days < 0 || *st.days > kMaxDays)
            out << Tr::tr("%1: antal dagar %2 ska vara 0–%3.").arg(what).arg(*st.days).arg(kMaxDays);
        if (st.textNumber < 1 || st.textNumber > 9)
            out << Tr::tr("%1: textnummer ska vara 1–9.").arg(what);
        else if (!texts.exists(ref.textKind, st.textNumber))
            out << Tr::tr("%1: %2 %3 finns inte; lägg upp texten först.")
                       .arg(what, DunningTexts::kindName(ref.textKind).toLower())
                       .arg(st.textNumber);
        if (st.handler.size() > limits::Handler)
            out << Tr::tr("%1: handläggaren är %2 tecken, högst %3.")
                       .arg(what)
                       .arg(st.handler.size())
                       .arg(limits::Handler);
        if (ref.capOre == 0) {
            if (!st.fee.isZero())
                out << Tr::tr("%1: ingen avgift kan tas ut.").arg(what);
            continue;
        }
        const qint64 fee = st.fee.ore();
        if (fee < 0 || fee % 100 != 0 || fee > kMaxFeeOre) {
            out << Tr::tr("%1: avgiften %2 kr ska vara hela kronor, högst 3 siffror (0–999).")
                       .arg(what, kronor(fee));
            continue;
        }
        if (fee > ref.capOre && st.overrideReason.trimmed().isEmpty())
            out << Tr::tr("%1: avgiften %2 kr är högre än lagens tak %3 kr (lag 1981:739 4 §). "
                          "Ange ett skäl för att ändå ta ut den.")
                       .arg(what, kronor(fee), kronor(ref.capOre));
        if (ref.capOre == fee_cap::ReminderOre && fee > 0 && !s.reminderFeeAgreed)
            out << Tr::tr("%1: påminnelseavgift får bara tas ut om den avtalats i förväg "
                          "(lag 1981:739 2 §); markera \"påminnelseavgift avtalad\" först.")
                       .arg(what);
    }
    if (s.reminder2.used() && !s.reminder1.used())
        out << Tr::tr("%1, Påminnelse 2: räknas från påminnelse 1, som inte används.").arg(where);
    if (s.collection.used()) {
        switch (s.collectionBasis) {
        case CollectionBasis::Reminder1:
            if (!s.reminder1.used())
                out << Tr::tr("%1, Inkassokrav: utgår från påminnelse 1 (1), som inte används.")
                           .arg(where);
            break;
        case CollectionBasis::Reminder2:
            if (!s.reminder2.used())
                out << Tr::tr("%1, Inkassokrav: utgår från påminnelse 2 (2), som inte används.")
                           .arg(where);
            break;
        case CollectionBasis::DueDate:
            break;
        default:
            out << Tr::tr("%1, Inkassokrav: utgångspunkt ska vara 1 (påminnelse 1), "
                          "2 (påminnelse 2) eller 9 (förfallodag).")
                       .arg(where);
        }
        if (s.collectionDebitInterest && !s.collection.printInterest)
            out << Tr::tr("%1, Inkassokrav: räntan kan bara uppdebiteras om den också skrivs ut.")
                       .arg(where);
    }
    if (s.residual.used()) {
        if (!s.collection.used())
            out << Tr::tr("%1, Restkrav: kan bara tas ut efter inkassokrav, som inte används.")
                       .arg(where);
        if (s.residualHeading.trimmed().isEmpty())
            out << Tr::tr("%1, Restkrav: rubrik (t.ex. RESTKRAV eller ERINRAN) saknas.").arg(where);
    }
    if (s.residualHeading.size() > kMaxHeading)
        out << Tr::tr("%1, Restkrav: rubriken är %2 tecken, högst %3.")
                   .arg(where)
                   .arg(s.residualHeading.size())
                   .arg(kMaxHeading);
    return out;
}

void DunningSettingsRegister::save(DunningSettings s)
{
    s.residualHeading = s.residualHeading.trimmed().toUpper();
    UnitOfWork work(m_db);
    DunningDefaults(m_db).ensureInstalled();
    const std::optional<DunningSettings> before = load(s.routine);
    // An override already given for the same fee stays valid (the clerk
    // need not repeat the reason to change something else); a fee within the
    // cap needs no reason, so none is kept.
    DunningSettings stored = before.value_or(DunningSettings());
    const QList<StepRef> oldSteps = stepsOf(stored);
    const QList<StepRef> newSteps = stepsOf(s);
    for (int i = 0; i < newSteps.size(); ++i) {
        DunningStepSettings &st = *newSteps[i].step;
        st.overrideReason = st.overrideReason.trimmed();
        if (st.fee.ore() <= newSteps[i].capOre)
            st.overrideReason.clear();
        else if (st.overrideReason.isEmpty() && before
                 && oldSteps[i].step->fee == st.fee)
            st.overrideReason = oldSteps[i].step->overrideReason;
    }
    const QStringList why = problems(s);
    if (!why.isEmpty())
        throw LedgerError::refused(why.join(QLatin1Char('\n')));

    const QVariantMap after = columnsOf(s);
    QStringList names = after.keys();
    QVariantList values;
    for (const QString &n : names)
        values << after.value(n);
    names << QStringLiteral("changed_by") << QStringLiteral("changed_at");
    values << m_db.user() << m_db.nowStamp();
    if (before) {
        QStringList sets;
        for (const QString &n : names)
            sets << n + QStringLiteral(" = ?");
        values << s.routine;
        m_db.run(QStringLiteral("UPDATE dunning_settings SET %1 WHERE routine = ?")
                     .arg(sets.join(QStringLiteral(", "))),
                 values);
        AuditLog(m_db).recordDiff(QStringLiteral("dunning_settings"), s.routine,
                                  columnsOf(*before), after);
    } else {
        names.prepend(QStringLiteral("routine"));
        values.prepend(s.routine);
        m_db.run(QStringLiteral("INSERT INTO dunning_settings (%1) VALUES (%2)")
                     .arg(names.join(QStringLiteral(", ")),
                          QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                 values);
        AuditLog(m_db).recordInsert(QStringLiteral("dunning_settings"), s.routine,
                                    Tr::tr("Inställningar påminnelser/krav upplagda"));
    }
    // DOMAIN.md "Legal guards": every fee set above its cap is logged with
    // the reason, when it is new or its reason changed.
    for (int i = 0; i < newSteps.size(); ++i) {
        const DunningStepSettings &st = *newSteps[i].step;
        if (st.fee.ore() <= newSteps[i].capOre)
            continue;
        if (before && oldSteps[i].step->fee == st.fee
            && oldSteps[i].step->overrideReason == st.overrideReason)
            continue;
        m_db.run(QStringLiteral("INSERT INTO dunning_fee_override_log (at, user_name, routine, "
                                "step, fee_ore, cap_ore, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {m_db.nowStamp(), m_db.user(), s.routine, newSteps[i].code, st.fee.ore(),
                  newSteps[i].capOre, st.overrideReason});
        AuditLog(m_db).recordChange(QStringLiteral("dunning_settings"), s.routine,
                                    newSteps[i].code + QStringLiteral("_fee_override"),
                                    QVariant(), kronor(st.fee.ore()), st.overrideReason);
    }
    work.commit();
}

QStringList DunningSettingsRegister::overrideLog(const QString &routine)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT step, fee_ore, cap_ore, reason, user_name, at "
                                          "FROM dunning_fee_override_log WHERE routine = ? "
                                          "ORDER BY id DESC"),
                           {routine});
    QStringList out;
    while (q.next())
        out << Tr::tr("%1: %2 kr > %3 kr: %4 (%5 %6)")
                   .arg(q.value(0).toString(), kronor(q.value(1).toLongLong()),
                        kronor(q.value(2).toLongLong()), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString());
    return out;
}

} // namespace rsk
