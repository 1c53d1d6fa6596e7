#include "payments/paymentparameters.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "ids/giro.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentParameters)
};

// Per company: the 3.4 screen's values. Shared: the methods and agency giros
// (payment methods are one register for every company, handbook 8.1).
QString companyScope(const QString &company)
{
    return QStringLiteral("payments_in/") + company;
}
const QString kSharedScope = QStringLiteral("payments_in");

const char *const kOverLimit = "overpayment_limit_ore";
const char *const kUnderLimit = "underpayment_limit_ore";
const char *const kCarry = "carry_to_next_invoice";
const char *const kBankgiroMethod = "bankgiro_method";
const char *const kPlusgiroMethod = "plusgiro_method";
const char *const kAgencyMethod = "agency_method";
const char *const kUnderMethod = "underpayment_writeoff_method";
const char *const kOverMethod = "overpayment_writeoff_method";
const char *const kDeductionMethod = "deduction_method";
const char *const kAgencyGiros = "agency_giros";

QHash<QString, QString> readScope(Database &db, const QString &scope)
{
    QHash<QString, QString> out;
    QSqlQuery q = db.run(QStringLiteral("SELECT name, value FROM setting WHERE scope = ?"), {scope});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

// Writes one setting if it changed, with an audit row of old and new value.
void writeSetting(Database &db, const QString &scope, const char *name, const QString &value,
                  const QHash<QString, QString> &stored)
{
    const QString key = QString::fromLatin1(name);
    const bool had = stored.contains(key);
    if (had && stored.value(key) == value)
        return;
    db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"), {scope, key});
    db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
           {scope, key, value});
    AuditLog(db).recordChange(QStringLiteral("setting"), scope + QLatin1Char('/') + key,
                              QStringLiteral("value"),
                              had ? QVariant(stored.value(key)) : QVariant(), value);
}

void checkLimit(Money limit, const QString &what)
{
    if (limit.isNegative() || limit.ore() > PaymentParameters::MaxLimitOre)
        throw LedgerError::refused(Tr::tr("%1: %2 kr ska vara 0–%3 kr.")
                                       .arg(what, limit.toString(),
                                            Money::fromOre(PaymentParameters::MaxLimitOre)
                                                .toString()));
}

struct MethodNeed
{
    QString code;
    bool debit;
    QString text; // for a method that has to be created
    QString what; // the parameter, for messages
};

} // namespace

QString PaymentParameters::giroDigits(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits;
}

bool PaymentParameters::isAgencyGiro(const QString &payerAccount) const
{
    if (agencyGiros.isEmpty())
        return false;
    const QString digits = giroDigits(payerAccount);
    return !digits.isEmpty() && agencyGiros.contains(digits);
}

PaymentParameters PaymentParameters::load(Database &db, const QString &company)
{
    PaymentParameters p;
    const QHash<QString, QString> own = readScope(db, companyScope(company));
    const QHash<QString, QString> shared = readScope(db, kSharedScope);
    p.overpaymentLimit = Money::fromOre(own.value(QLatin1String(kOverLimit)).toLongLong());
    p.underpaymentLimit = Money::fromOre(own.value(QLatin1String(kUnderLimit)).toLongLong());
    p.carryToNextInvoice = own.value(QLatin1String(kCarry)) == QLatin1String("1");
    AccountSettings accounts(db);
    p.writeOffAccount = accounts.account(company, account_kind::WriteOff);
    p.observationAccount = accounts.account(company, account_kind::Unplaced);
    auto method = [&shared](const char *name, QString &target) {
        const QString v = shared.value(QLatin1String(name));
        if (!v.isEmpty())
            target = v;
    };
    method(kBankgiroMethod, p.bankgiroMethod);
    method(kPlusgiroMethod, p.plusgiroMethod);
    method(kAgencyMethod, p.agencyMethod);
    method(kUnderMethod, p.underpaymentWriteOffMethod);
    method(kOverMethod, p.overpaymentWriteOffMethod);
    method(kDeductionMethod, p.deductionMethod);
    const QString giros = shared.value(QLatin1String(kAgencyGiros));
    if (!giros.isEmpty())
        p.agencyGiros = giros.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return p;
}

void PaymentParameters::ensureMethods(Database &db) const
{
    ReferenceData ref(db);
    const QList<MethodNeed> needs{
        {bankgiroMethod, false, QString(), Tr::tr("Inbetalningssätt bankgiro")},
        {plusgiroMethod, false, QString(), Tr::tr("Inbetalningssätt plusgiro")},
        {agencyMethod, false, QString(), Tr::tr("Inbetalningssätt inkasso")},
        {underpaymentWriteOffMethod, false, Tr::tr("Avskr underbet."),
         Tr::tr("Inbetalningssätt avskrivning underbetalning")},
        {overpaymentWriteOffMethod, true, Tr::tr("Avskr överbet."),
         Tr::tr("Inbetalningssätt avskrivning överbetalning")},
        {deductionMethod, true, Tr::tr("Avdrag BG/PG"), Tr::tr("Inbetalningssätt avdrag")},
    };
    for (const MethodNeed &n : needs) {
        if (n.code.size() != 1)
            throw LedgerError::refused(
                Tr::tr("%1: \"%2\" ska vara en kod på ett tecken.").arg(n.what, n.code));
        const auto existing = ref.paymentMethod(n.code);
        if (!existing) {
            if (n.text.isEmpty())
                throw LedgerError::refused(
                    Tr::tr("%1: inbetalningssätt \"%2\" finns inte (lägg upp det under "
                           "Inbetalningssätt, 8.1).")
                        .arg(n.what, n.code));
            PaymentMethod m;
            m.code = n.code;
            m.debit = n.debit;
            m.text = n.text;
            ref.savePaymentMethod(m);
            continue;
        }
        // A method that moves money the wrong way would turn a write-off or a
        // deduction around; a text-only or fee method cannot carry a payment.
        if (existing->debit != n.debit || existing->textOnly
            || existing->feeType != PaymentMethod::FeeType::None)
            throw LedgerError::refused(
                Tr::tr("%1: inbetalningssätt %2 (%3) ska vara ett %4-sätt utan avgiftstyp och "
                       "inte endast text.")
                    .arg(n.what, existing->code, existing->text,
                         n.debit ? QStringLiteral("D") : QStringLiteral("K")));
    }
}

void PaymentParameters::save(Database &db, const QString &company) const
{
    checkLimit(overpaymentLimit, Tr::tr("Belopp vid överbetalning"));
    checkLimit(underpaymentLimit, Tr::tr("Belopp vid underbetalning"));
    for (const QString &account : {writeOffAccount, observationAccount})
        if (!account.trimmed().isEmpty() && !AccountSettings::isValidAccount(account.trimmed()))
            throw LedgerError::refused(
                Tr::tr("Kontot \"%1\" ska vara 1–%2 siffror.").arg(account).arg(limits::Account));
    QStringList giros;
    for (const QString &text : agencyGiros) {
        if (text.trimmed().isEmpty())
            continue;
        // Either kind is accepted: an agency pays from a bankgiro or a plusgiro.
        QString why;
        if (!Bankgiro::parse(text) && !Plusgiro::parse(text, &why))
            throw LedgerError::refused(
                Tr::tr("Inkassobolagets giro \"%1\" är varken ett bankgiro- eller "
                       "plusgironummer: %2")
                    .arg(text, why));
        const QString digits = giroDigits(text);
        if (!giros.contains(digits))
            giros << digits;
    }

    UnitOfWork work(db);
    if (!db.scalar(QStringLiteral("SELECT 1 FROM company WHERE number = ?"), {company}).isValid())
        throw LedgerError::notFound(Tr::tr("Företag %1 finns inte.").arg(company));
    ensureMethods(db);
    const QString scope = companyScope(company);
    const QHash<QString, QString> own = readScope(db, scope);
    writeSetting(db, scope, kOverLimit, QString::number(overpaymentLimit.ore()), own);
    writeSetting(db, scope, kUnderLimit, QString::number(underpaymentLimit.ore()), own);
    writeSetting(db, scope, kCarry, carryToNextInvoice ? QStringLiteral("1") : QStringLiteral("0"),
                 own);
    const QHash<QString, QString> shared = readScope(db, kSharedScope);
    writeSetting(db, kSharedScope, kBankgiroMethod, bankgiroMethod, shared);
    writeSetting(db, kSharedScope, kPlusgiroMethod, plusgiroMethod, shared);
    writeSetting(db, kSharedScope, kAgencyMethod, agencyMethod, shared);
    writeSetting(db, kSharedScope, kUnderMethod, underpaymentWriteOffMethod, shared);
    writeSetting(db, kSharedScope, kOverMethod, overpaymentWriteOffMethod, shared);
    writeSetting(db, kSharedScope, kDeductionMethod, deductionMethod, shared);
    writeSetting(db, kSharedScope, kAgencyGiros, giros.join(QLatin1Char(',')), shared);

    AccountSettings accounts(db);
    const auto saveAccount = [&](const QString &kind, const QString &account) {
        if (accounts.account(company, kind) != account.trimmed())
            accounts.setAccount(company, kind, account.trimmed());
    };
    saveAccount(account_kind::WriteOff, writeOffAccount);
    saveAccount(account_kind::Unplaced, observationAccount);
    work.commit();
}

} // namespace rsk
