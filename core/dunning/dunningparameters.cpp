#include "dunning/dunningparameters.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "dunning/dunningdefaults.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningParameters)
};

const QString kScope = QStringLiteral("dunning_parameters");

QVariantMap valuesOf(const DunningParameters &p)
{
    return {{QStringLiteral("form_type"), p.formType},
            {QStringLiteral("payment_order_code"), QString::number(p.paymentOrderCode)},
            {QStringLiteral("payment_plan_code"), QString::number(p.paymentPlanCode)},
            {QStringLiteral("save_letters"), p.saveLetters ? QStringLiteral("1")
                                                           : QStringLiteral("0")},
            {QStringLiteral("reminder_pay_days"), QString::number(p.reminderPayDays)},
            {QStringLiteral("collection_pay_days"), QString::number(p.collectionPayDays)},
            {QStringLiteral("residual_pay_days"), QString::number(p.residualPayDays)}};
}

} // namespace

QStringList DunningParametersRegister::formTypes()
{
    // Handbook 7.2 "Blankettyp".
    return {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1"), QStringLiteral("B2"),
            QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"), QStringLiteral("C4"),
            QStringLiteral("EP"), QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("G1"),
            QStringLiteral("G2"), QStringLiteral("EB")};
}

DunningParameters DunningParametersRegister::parameters()
{
    DunningDefaults(m_db).ensureInstalled();
    DunningParameters p;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT name, value FROM setting WHERE scope = ?"),
                           {kScope});
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (name == QLatin1String("form_type"))
            p.formType = value;
        else if (name == QLatin1String("payment_order_code"))
            p.paymentOrderCode = value.toInt();
        else if (name == QLatin1String("payment_plan_code"))
            p.paymentPlanCode = value.toInt();
        else if (name == QLatin1String("save_letters"))
            p.saveLetters = value == QLatin1String("1");
        else if (name == QLatin1String("reminder_pay_days"))
            p.reminderPayDays = value.toInt();
        else if (name == QLatin1String("collection_pay_days"))
            p.collectionPayDays = value.toInt();
        else if (name == QLatin1String("residual_pay_days"))
            p.residualPayDays = value.toInt();
    }
    return p;
}

void DunningParametersRegister::save(const DunningParameters &p)
{
    if (!formTypes().contains(p.formType))
        throw LedgerError::refused(Tr::tr("Kravparametrar: blankettypen \"%1\" finns inte (%2).")
                                       .arg(p.formType, formTypes().join(QStringLiteral(", "))));
    const QList<QPair<QString, int>> payDays = {
        {Tr::tr("betalningsdagar för påminnelser"), p.reminderPayDays},
        {Tr::tr("betalningsdagar för restkrav"), p.residualPayDays}};
    for (const auto &d : payDays)
        if (d.second < 1 || d.second > DunningParameters::MaxPayDays)
            throw LedgerError::refused(Tr::tr("Kravparametrar: %1 måste vara 1–%2, inte %3.")
                                           .arg(d.first)
                                           .arg(DunningParameters::MaxPayDays)
                                           .arg(d.second));
    if (p.collectionPayDays < DunningParameters::MinCollectionPayDays
        || p.collectionPayDays > DunningParameters::MaxPayDays)
        throw LedgerError::refused(
            Tr::tr("Kravparametrar: ett inkassokrav ska ge minst %1 dagar att betala (god "
                   "inkassosed); betalningsdagar för inkassokrav måste vara %1–%2, inte %3.")
                .arg(DunningParameters::MinCollectionPayDays)
                .arg(DunningParameters::MaxPayDays)
                .arg(p.collectionPayDays));
    ReferenceData ref(m_db);
    const QList<QPair<QString, int>> codes = {
        {Tr::tr("kravkod vid betalningsföreläggande"), p.paymentOrderCode},
        {Tr::tr("kravkod vid amorteringsplan"), p.paymentPlanCode}};
    for (const auto &c : codes)
        if (c.second != 0 && !ref.dunningCode(c.second))
            throw LedgerError::refused(
                Tr::tr("Kravparametrar: %1 %2 finns inte bland kravkoderna.").arg(c.first).arg(c.second));
    UnitOfWork work(m_db);
    const QVariantMap before = valuesOf(parameters());
    const QVariantMap after = valuesOf(p);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        m_db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"),
                 {kScope, it.key()});
        m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
                 {kScope, it.key(), it.value()});
    }
    AuditLog(m_db).recordDiff(QStringLiteral("setting"), kScope, before, after);
    work.commit();
}

void DunningParametersRegister::installDefaults()
{
    const QVariantMap defaults = valuesOf(DunningParameters());
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM setting WHERE scope = ? AND name = ?"),
                        {kScope, it.key()})
                .toInt()
            == 0)
            m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
                     {kScope, it.key(), it.value()});
}

QString DunningParametersRegister::interestRoutine(const QString &routine)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code FROM routine WHERE interest_of = ?"),
                           {routine});
    return q.next() ? q.value(0).toString() : routine;
}

DunningAccounts DunningParametersRegister::accounts(const QString &company, const QString &routine)
{
    AccountSettings a(m_db);
    DunningAccounts out;
    out.reminderFeeIncome = a.account(company, account_kind::ReminderFeeIncome, routine);
    out.collectionFeeIncome = a.account(company, account_kind::CollectionFeeIncome, routine);
    out.interestIncome = a.account(company, account_kind::InterestIncome, routine);
    out.interestReceivable = a.account(company, account_kind::Receivable, interestRoutine(routine));
    return out;
}

void DunningParametersRegister::setAccounts(const QString &company, const QString &routine,
                                            const DunningAccounts &accounts)
{
    UnitOfWork work(m_db);
    AccountSettings a(m_db);
    if (!accounts.reminderFeeIncome.isEmpty())
        a.setAccount(company, account_kind::ReminderFeeIncome, accounts.reminderFeeIncome, routine);
    if (!accounts.collectionFeeIncome.isEmpty())
        a.setAccount(company, account_kind::CollectionFeeIncome, accounts.collectionFeeIncome,
                     routine);
    if (!accounts.interestIncome.isEmpty())
        a.setAccount(company, account_kind::InterestIncome, accounts.interestIncome, routine);
    if (!accounts.interestReceivable.isEmpty())
        a.setAccount(company, account_kind::Receivable, accounts.interestReceivable,
                     interestRoutine(routine));
    work.commit();
}

} // namespace rsk
