#include "users/users.h"

#include "audit/auditlog.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "users/passwordhash.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Users)
};

const char kTable[] = "app_user";
const char kSettingScope[] = "users";
const char kIdleSetting[] = "idle_logout_minutes";
constexpr int kMaxFullName = 60;
constexpr int kMaxIdleMinutes = 24 * 60;

const QString kColumns = QStringLiteral(
    "id, login, full_name, role, password_hash, active, created_by, created_at, changed_by, "
    "changed_at");

QString stampText(const QVariant &v)
{
    // PostgreSQL gives a QDateTime, SQLite the ISO text we wrote.
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toString(Qt::ISODate);
    return v.toString();
}

UserAccount readAccount(const QSqlQuery &q)
{
    UserAccount u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Read);
    u.hasPassword = !q.value(4).isNull() && !q.value(4).toString().isEmpty();
    u.active = q.value(5).toInt() != 0;
    u.createdBy = q.value(6).toString();
    u.createdAt = stampText(q.value(7));
    u.changedBy = q.value(8).toString();
    u.changedAt = stampText(q.value(9));
    return u;
}

QString describe(const UserAccount &u)
{
    QStringList parts{u.fullName.isEmpty() ? u.login : u.fullName, roleName(u.role)};
    if (u.role != Role::Administrator)
        parts << Tr::tr("företag %1")
                     .arg(u.companies.isEmpty() ? Tr::tr("inga") : u.companies.join(QLatin1Char(',')));
    return parts.join(QStringLiteral(", "));
}

} // namespace

std::optional<QString> Users::normalizeLogin(const QString &text)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9._-]{1,30}$"));
    const QString login = text.trimmed().toLower();
    if (!valid.match(login).hasMatch())
        return std::nullopt;
    return login;
}

QString Users::loginFailedMessage()
{
    return Tr::tr("Inloggningen misslyckades: fel användarnamn eller lösenord.");
}

QList<UserAccount> Users::list()
{
    m_db.access().requireRole(Role::Administrator, Tr::tr("Användare och behörigheter"));
    QList<UserAccount> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM app_user ORDER BY login").arg(kColumns));
    while (q.next())
        out.append(readAccount(q));
    QHash<qint64, QStringList> companies;
    QSqlQuery c = m_db.run(
        QStringLiteral("SELECT user_id, company FROM user_company ORDER BY user_id, company"));
    while (c.next())
        companies[c.value(0).toLongLong()] << c.value(1).toString();
    for (UserAccount &u : out)
        u.companies = companies.value(u.id);
    return out;
}

std::optional<UserAccount> Users::find(const QString &login)
{
    m_db.access().requireRole(Role::Administrator, Tr::tr("Användare och behörigheter"));
    const auto key = normalizeLogin(login);
    if (!key)
        return std::nullopt;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM app_user WHERE login = ?").arg(kColumns),
                           {*key});
    if (!q.next())
        return std::nullopt;
    UserAccount u = readAccount(q);
    q.finish();
    QSqlQuery c = m_db.run(
        QStringLiteral("SELECT company FROM user_company WHERE user_id = ? ORDER BY company"),
        {u.id});
    while (c.next())
        u.companies << c.value(0).toString();
    return u;
}

UserAccount Users::require(const QString &login)
{
    auto u = find(login);
    if (!u)
        throw LedgerError::notFound(Tr::tr("Användaren \"%1\" finns inte.").arg(login.trimmed()));
    return *u;
}

UserAccount Users::requireForChange(const QString &login)
{
    m_db.access().requireRole(Role::Administrator, Tr::tr("Att ändra användare"));
    return require(login);
}

QStringList Users::checkedCompanies(const QStringList &companies)
{
    QStringList out;
    for (const QString &typed : companies) {
        if (typed.trimmed().isEmpty())
            continue;
        const QString c = ReferenceData::normalizeCompanyNumber(typed).value_or(typed.trimmed());
        const bool exists
            = m_db.scalar(QStringLiteral("SELECT 1 FROM company WHERE number = ?"), {c}).isValid();
        if (!exists)
            throw LedgerError::refused(Tr::tr("Företag %1 finns inte.").arg(c));
        if (!out.contains(c))
            out << c;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void Users::writeCompanies(qint64 userId, const QStringList &companies)
{
    m_db.run(QStringLiteral("DELETE FROM user_company WHERE user_id = ?"), {userId});
    for (const QString &c : companies)
        m_db.run(QStringLiteral("INSERT INTO user_company (user_id, company) VALUES (?, ?)"),
                 {userId, c});
}

void Users::stamp(qint64 userId)
{
    m_db.run(QStringLiteral("UPDATE app_user SET changed_by = ?, changed_at = ? WHERE id = ?"),
             {m_db.user(), m_db.nowStamp(), userId});
}

void Users::checkAdministrators(const QString &login)
{
    const qint64 admins = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE "
                                                     "active = 1 AND role = 'administrator'"))
                              .toLongLong();
    if (admins == 0)
        throw LedgerError::refused(
            Tr::tr("%1 är den sista aktiva administratören och kan inte inaktiveras eller få "
                   "en lägre roll. Ge först en annan användare rollen administratör.")
                .arg(login));
    const qint64 withPassword
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE active = 1 AND "
                                     "password_hash IS NOT NULL"))
              .toLongLong();
    const qint64 adminsWithPassword
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE active = 1 AND "
                                     "role = 'administrator' AND password_hash IS NOT NULL"))
              .toLongLong();
    if (withPassword > 0 && adminsWithPassword == 0)
        throw LedgerError::refused(
            Tr::tr("Då skulle ingen aktiv administratör ha lösenord, och ingen kunde logga in "
                   "och sköta användarna. Sätt först ett lösenord för en administratör "
                   "(reskontra-cli user password %1).")
                .arg(QLatin1String(kBootstrapLogin)));
}

UserAccount Users::create(const QString &login, const QString &fullName, Role role,
                          const QStringList &companies)
{
    m_db.access().requireRole(Role::Administrator, Tr::tr("Att lägga upp användare"));
    const auto key = normalizeLogin(login);
    if (!key)
        throw LedgerError::refused(
            Tr::tr("Användarnamnet \"%1\" ska vara 1–%2 tecken: a–z, 0–9, punkt, understreck "
                   "eller bindestreck.")
                .arg(login.trimmed())
                .arg(MaxLoginLength));
    const QString name = fullName.trimmed();
    if (name.size() > kMaxFullName)
        throw LedgerError::refused(
            Tr::tr("Namnet får vara högst %1 tecken (är %2).").arg(kMaxFullName).arg(name.size()));
    UnitOfWork work(m_db);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"), {*key}).isValid())
        throw LedgerError::refused(Tr::tr("Användaren \"%1\" finns redan.").arg(*key));
    const QStringList visible = checkedCompanies(companies);
    const QString stamp = m_db.nowStamp();
    const qint64 id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO app_user (login, full_name, role, password_hash, active, "
                       "created_by, created_at, changed_by, changed_at) "
                       "VALUES (?, ?, ?, NULL, 1, ?, ?, ?, ?) RETURNING id"),
        {*key, name, roleKey(role), m_db.user(), stamp, m_db.user(), stamp});
    writeCompanies(id, visible);
    UserAccount u;
    u.id = id;
    u.login = *key;
    u.fullName = name;
    u.role = role;
    u.companies = visible;
    AuditLog(m_db).recordInsert(QLatin1String(kTable), *key, describe(u));
    checkAdministrators(*key);
    work.commit();
    return require(*key);
}

void Users::setPassword(const QString &login, const QString &password)
{
    // Anyone may change their own password; others' only an administrator.
    const auto key = normalizeLogin(login);
    if (!key || *key != m_db.access().user())
        m_db.access().requireRole(Role::Administrator, Tr::tr("Att sätta lösenord"));
    if (!key)
        throw LedgerError::notFound(Tr::tr("Användaren \"%1\" finns inte.").arg(login.trimmed()));
    if (password.trimmed().isEmpty())
        throw LedgerError::refused(Tr::tr("Lösenordet är tomt."));
    if (password.size() < MinPasswordLength)
        throw LedgerError::refused(Tr::tr("Lösenordet är för kort: minst %1 tecken (är %2).")
                                       .arg(MinPasswordLength)
                                       .arg(password.size()));
    UnitOfWork work(m_db);
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, password_hash FROM app_user WHERE login = ?"), {*key});
    if (!q.next())
        throw LedgerError::notFound(Tr::tr("Användaren \"%1\" finns inte.").arg(login.trimmed()));
    const qint64 id = q.value(0).toLongLong();
    const bool had = !q.value(1).isNull();
    q.finish();
    m_db.run(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
             {passwordhash::hash(password), id});
    stamp(id);
    // The hash never goes into the log: only that the password was set.
    AuditLog(m_db).recordChange(QLatin1String(kTable), *key, QStringLiteral("password"),
                                had ? Tr::tr("(satt)") : Tr::tr("(inget)"), Tr::tr("(nytt)"));
    checkAdministrators(*key);
    work.commit();
}

void Users::setRole(const QString &login, Role role)
{
    UnitOfWork work(m_db);
    const UserAccount u = requireForChange(login);
    if (u.role == role) {
        work.commit(); // nothing to do; an uncommitted unit would spoil an outer one
        return;
    }
    m_db.run(QStringLiteral("UPDATE app_user SET role = ? WHERE id = ?"), {roleKey(role), u.id});
    stamp(u.id);
    AuditLog(m_db).recordChange(QLatin1String(kTable), u.login, QStringLiteral("role"),
                                roleKey(u.role), roleKey(role));
    checkAdministrators(u.login);
    work.commit();
}

void Users::setCompanies(const QString &login, const QStringList &companies)
{
    UnitOfWork work(m_db);
    const UserAccount u = requireForChange(login);
    const QStringList visible = checkedCompanies(companies);
    if (visible == u.companies) {
        work.commit();
        return;
    }
    writeCompanies(u.id, visible);
    stamp(u.id);
    AuditLog(m_db).recordChange(QLatin1String(kTable), u.login, QStringLiteral("companies"),
                                u.companies.join(QLatin1Char(',')),
                                visible.join(QLatin1Char(',')));
    work.commit();
}

void Users::setFullName(const QString &login, const QString &fullName)
{
    const QString name = fullName.trimmed();
    if (name.size() > kMaxFullName)
        throw LedgerError::refused(
            Tr::tr("Namnet får vara högst %1 tecken (är %2).").arg(kMaxFullName).arg(name.size()));
    UnitOfWork work(m_db);
    const UserAccount u = requireForChange(login);
    if (u.fullName == name) {
        work.commit();
        return;
    }
    m_db.run(QStringLiteral("UPDATE app_user SET full_name = ? WHERE id = ?"), {name, u.id});
    stamp(u.id);
    AuditLog(m_db).recordChange(QLatin1String(kTable), u.login, QStringLiteral("full_name"),
                                u.fullName, name);
    work.commit();
}

void Users::deactivate(const QString &login)
{
    UnitOfWork work(m_db);
    const UserAccount u = requireForChange(login);
    if (!u.active) {
        work.commit();
        return;
    }
    m_db.run(QStringLiteral("UPDATE app_user SET active = 0 WHERE id = ?"), {u.id});
    stamp(u.id);
    AuditLog(m_db).recordChange(QLatin1String(kTable), u.login, QStringLiteral("active"), 1, 0);
    checkAdministrators(u.login);
    work.commit();
}

void Users::activate(const QString &login)
{
    UnitOfWork work(m_db);
    const UserAccount u = requireForChange(login);
    if (u.active) {
        work.commit();
        return;
    }
    m_db.run(QStringLiteral("UPDATE app_user SET active = 1 WHERE id = ?"), {u.id});
    stamp(u.id);
    AuditLog(m_db).recordChange(QLatin1String(kTable), u.login, QStringLiteral("active"), 0, 1);
    checkAdministrators(u.login);
    work.commit();
}

UserAccount Users::save(const UserChange &change, bool isNew)
{
    UnitOfWork work(m_db);
    QString login = change.login;
    if (isNew) {
        login = create(change.login, change.fullName, change.role, change.companies).login;
    } else {
        login = requireForChange(change.login).login;
        setFullName(login, change.fullName);
        setRole(login, change.role);
        setCompanies(login, change.companies);
    }
    if (!change.password.isEmpty())
        setPassword(login, change.password);
    work.commit();
    return require(login);
}

bool Users::bootstrapAdministrator()
{
    UnitOfWork work(m_db);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user")).toLongLong() > 0) {
        work.commit();
        return false;
    }
    create(QLatin1String(kBootstrapLogin), Tr::tr("Administratör"), Role::Administrator);
    work.commit();
    return true;
}

bool Users::setupMode()
{
    return !m_db
                .scalar(QStringLiteral("SELECT 1 FROM app_user WHERE active = 1 AND "
                                       "password_hash IS NOT NULL"))
                .isValid();
}

Access Users::login(const QString &login, const QString &password)
{
    // A fixed hash to check against when the user cannot log in, so a wrong
    // name takes as long as a wrong password.
    static const QString decoy = passwordhash::hash(QStringLiteral("reskontra-decoy-password"));
    const auto key = normalizeLogin(login);
    QString hash;
    qint64 id = 0;
    Role role = Role::Read;
    if (key) {
        QSqlQuery q = m_db.run(QStringLiteral("SELECT id, role, password_hash FROM app_user "
                                              "WHERE login = ? AND active = 1"),
                               {*key});
        if (q.next() && !q.value(2).isNull()) {
            id = q.value(0).toLongLong();
            role = roleFromKey(q.value(1).toString()).value_or(Role::Read);
            hash = q.value(2).toString();
        }
        q.finish();
    }
    const bool ok = passwordhash::verify(hash.isEmpty() ? decoy : hash, password);
    if (!ok || hash.isEmpty())
        throw LedgerError::refused(loginFailedMessage());
    QStringList companies;
    QSqlQuery c = m_db.run(
        QStringLiteral("SELECT company FROM user_company WHERE user_id = ? ORDER BY company"), {id});
    while (c.next())
        companies << c.value(0).toString();
    return Access(*key, role, companies);
}

Access Users::setupAccess(const QString &osUser)
{
    if (!setupMode())
        throw LedgerError::refused(Tr::tr("Inloggning krävs: ange användare och lösenord."));
    Access access = Access::unrestricted(osUser);
    access.setSetupMode(true);
    return access;
}

int Users::idleLogoutMinutes()
{
    const QVariant v = m_db.scalar(
        QStringLiteral("SELECT value FROM setting WHERE scope = ? AND name = ?"),
        {QLatin1String(kSettingScope), QLatin1String(kIdleSetting)});
    bool ok = false;
    const int minutes = v.toString().toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultIdleMinutes;
}

void Users::setIdleLogoutMinutes(int minutes)
{
    m_db.access().requireRole(Role::Administrator, Tr::tr("Att ändra tiden för utloggning"));
    if (minutes < 0 || minutes > kMaxIdleMinutes)
        throw LedgerError::refused(Tr::tr("Tiden till automatisk utloggning ska vara 0–%1 "
                                          "minuter (0 = aldrig).")
                                       .arg(kMaxIdleMinutes));
    UnitOfWork work(m_db);
    const int before = idleLogoutMinutes();
    if (before != minutes) {
        m_db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"),
                 {QLatin1String(kSettingScope), QLatin1String(kIdleSetting)});
        m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
                 {QLatin1String(kSettingScope), QLatin1String(kIdleSetting),
                  QString::number(minutes)});
        AuditLog(m_db).recordChange(QStringLiteral("setting"),
                                    QStringLiteral("%1/%2").arg(QLatin1String(kSettingScope),
                                                                QLatin1String(kIdleSetting)),
                                    QStringLiteral("value"), before, minutes);
    }
    work.commit();
}

} // namespace rsk
