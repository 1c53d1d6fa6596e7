#include "bookkeeping/accounts.h"

#include "audit/auditlog.h"
#include "bookkeeping/accountplan.h"
#include "ledger/types.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountSettings)
};

const QString kMethodPrefix = QStringLiteral("method:");

// BAS-kontoplan defaults (bas.se, kontoplan BAS 2024); a municipality maps
// them to its own plan with setAccount. Chosen so a new ledger can book:
// - 1510 Kundfordringar: the receivable of every routine;
// - 1930 Företagskonto: the bank account behind the bankgiro, 1920 PlusGiro;
// - 3740 Öres- och kronutjämning: the small over/under payments of handbook 3.4;
// - 2420 Förskott från kunder: overpayments; 2990 Övriga upplupna kostnader och
//   förutbetalda intäkter: the "observationskonto" of unplaced payments (3.4);
// - 3790 Övriga intäktskorrigeringar: credits/annulments whose revenue account
//   was not given at registration (handbook 4.5 asks for one);
// - 6351 Konstaterade förluster på kundfordringar: write-off (avskrivning);
// - 3590 Övriga fakturerade kostnader: debited reminder and collection fees;
// - 8313 Ränteintäkter från kundfordringar: debited late-payment interest.
struct DefaultAccount
{
    const char *kind;
    const char *account;
};
constexpr DefaultAccount kDefaults[] = {
    {"receivable", "1510"},          {"bankgiro", "1930"},
    {"plusgiro", "1920"},            {"writeoff", "3740"},
    {"overpayment", "2420"},         {"unplaced", "2990"},
    {"credit", "3790"},              {"credit_loss", "6351"},
    {"reminder_fee_income", "3590"}, {"collection_fee_income", "3590"},
    {"interest_income", "8313"},
    // The default ledger's method 4 "Avskrivning" (LedgerSetup) is a credit loss.
    {"method:4", "6351"},
};

struct BasName
{
    const char *account;
    const char *name;
};
const BasName kBasNames[] = {
    {"1510", "Kundfordringar"},
    {"1920", "PlusGiro"},
    {"1930", "Företagskonto/checkkonto/affärskonto"},
    {"2420", "Förskott från kunder"},
    {"2990", "Övriga upplupna kostnader och förutbetalda intäkter"},
    {"3590", "Övriga fakturerade kostnader"},
    {"3740", "Öres- och kronutjämning"},
    {"3790", "Övriga intäktskorrigeringar"},
    {"6351", "Konstaterade förluster på kundfordringar"},
    {"8313", "Ränteintäkter från kundfordringar"},
};

const QString kNameScope = QStringLiteral("account_name");

} // namespace

QString account_kind::method(const QString &methodCode)
{
    return kMethodPrefix + methodCode;
}

QStringList AccountSettings::kinds()
{
    return {account_kind::Receivable,        account_kind::Bankgiro,
            account_kind::Plusgiro,          account_kind::WriteOff,
            account_kind::Overpayment,       account_kind::Unplaced,
            account_kind::Credit,            account_kind::CreditLoss,
            account_kind::ReminderFeeIncome, account_kind::CollectionFeeIncome,
            account_kind::InterestIncome};
}

bool AccountSettings::isKnownKind(const QString &kind)
{
    if (kind.startsWith(kMethodPrefix))
        return kind.size() == kMethodPrefix.size() + 1; // method codes are one character
    return kinds().contains(kind);
}

QString AccountSettings::defaultAccount(const QString &kind)
{
    for (const DefaultAccount &d : kDefaults)
        if (kind == QLatin1String(d.kind))
            return QString::fromLatin1(d.account);
    return {};
}

QString AccountSettings::basName(const QString &account)
{
    for (const BasName &b : kBasNames)
        if (account == QLatin1String(b.account))
            return QString::fromUtf8(b.name);
    return {};
}

bool AccountSettings::isValidAccount(const QString &account)
{
    if (account.isEmpty() || account.size() > limits::Account)
        return false;
    for (QChar c : account)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

QString AccountSettings::account(const QString &company, const QString &kind,
                                 const QString &routine)
{
    // The routine's own value wins over the company's (ORDER BY routine DESC
    // puts "" last).
    QSqlQuery q = m_db.run(QStringLiteral("SELECT account FROM account_setting WHERE company = ? "
                                          "AND kind = ? AND (routine = ? OR routine = '') "
                                          "ORDER BY routine DESC"),
                           {company, kind, routine});
    if (q.next())
        return q.value(0).toString();
    return defaultAccount(kind);
}

void AccountSettings::setAccount(const QString &company, const QString &kind,
                                 const QString &account, const QString &routine)
{
    if (!isKnownKind(kind))
        throw LedgerError::refused(Tr::tr("Kontoslaget \"%1\" finns inte; välj ett av %2 eller "
                                          "method:<kod>.")
                                       .arg(kind, kinds().join(QLatin1String(", "))));
    const QString trimmed = account.trimmed();
    if (!trimmed.isEmpty() && !isValidAccount(trimmed))
        throw LedgerError::refused(
            Tr::tr("Konto \"%1\" för %2 ska vara 1–%3 siffror.").arg(account, kind).arg(limits::Account));
    UnitOfWork work(m_db);
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM company WHERE number = ?"), {company}).isValid())
        throw LedgerError::notFound(Tr::tr("Företag %1 finns inte.").arg(company));
    if (!routine.isEmpty()
        && !m_db.scalar(QStringLiteral("SELECT 1 FROM routine WHERE code = ?"), {routine}).isValid())
        throw LedgerError::notFound(Tr::tr("Rutin %1 finns inte.").arg(routine));
    const QVariant before = m_db.scalar(
        QStringLiteral("SELECT account FROM account_setting WHERE company = ? AND routine = ? "
                       "AND kind = ?"),
        {company, routine, kind});
    // A new account must be a kontering of the company's account plan
    // (handbook 9 "Kontoplansuppbyggnad"); what is stored already stays.
    if (!trimmed.isEmpty() && trimmed != before.toString()) {
        if (const auto problem
            = AccountPlan::accountProblem(AccountPlan(m_db).parts(company), trimmed))
            throw LedgerError::refused(*problem);
    }
    m_db.run(QStringLiteral("DELETE FROM account_setting WHERE company = ? AND routine = ? "
                            "AND kind = ?"),
             {company, routine, kind});
    if (!trimmed.isEmpty())
        m_db.run(QStringLiteral("INSERT INTO account_setting (company, routine, kind, account) "
                                "VALUES (?, ?, ?, ?)"),
                 {company, routine, kind, trimmed});
    const QString key = company + QLatin1Char('/') + (routine.isEmpty() ? QStringLiteral("*") : routine)
                        + QLatin1Char('/') + kind;
    AuditLog(m_db).recordChange(QStringLiteral("account_setting"), key, QStringLiteral("account"),
                                before, trimmed.isEmpty() ? QVariant() : QVariant(trimmed));
    work.commit();
}

QList<AccountSettings::Entry> AccountSettings::stored(const QString &company)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT company, routine, kind, account FROM "
                                          "account_setting WHERE company = ? "
                                          "ORDER BY kind, routine"),
                           {company});
    QList<Entry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

QString AccountSettings::accountName(const QString &account)
{
    const QVariant stored = m_db.scalar(
        QStringLiteral("SELECT value FROM setting WHERE scope = ? AND name = ?"),
        {kNameScope, account});
    if (stored.isValid() && !stored.toString().isEmpty())
        return stored.toString();
    const QString bas = basName(account);
    return bas.isEmpty() ? Tr::tr("Konto %1").arg(account) : bas;
}

void AccountSettings::setAccountName(const QString &account, const QString &name)
{
    if (!isValidAccount(account))
        throw LedgerError::refused(
            Tr::tr("Konto \"%1\" ska vara 1–%2 siffror.").arg(account).arg(limits::Account));
    const QString trimmed = name.trimmed();
    // barsoom/sie (FACTS-SE §3): receivers handle about 100 characters.
    if (trimmed.size() > 100)
        throw LedgerError::refused(Tr::tr("Kontonamnet för %1 är %2 tecken, högst 100 är tillåtet.")
                                       .arg(account)
                                       .arg(trimmed.size()));
    UnitOfWork work(m_db);
    const QVariant before = m_db.scalar(
        QStringLiteral("SELECT value FROM setting WHERE scope = ? AND name = ?"),
        {kNameScope, account});
    m_db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"),
             {kNameScope, account});
    if (!trimmed.isEmpty())
        m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
                 {kNameScope, account, trimmed});
    AuditLog(m_db).recordChange(QStringLiteral("setting"), kNameScope + QLatin1Char('/') + account,
                                QStringLiteral("value"), before,
                                trimmed.isEmpty() ? QVariant() : QVariant(trimmed));
    work.commit();
}

} // namespace rsk
