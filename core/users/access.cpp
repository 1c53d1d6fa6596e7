#include "users/access.h"

#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access)
};

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Read:
        return QStringLiteral("read");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QString();
}

std::optional<Role> roleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Role r : allRoles())
        if (roleKey(r) == k)
            return r;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Read:
        return Tr::tr("läsbehörighet");
    case Role::Clerk:
        return Tr::tr("handläggare");
    case Role::Supervisor:
        return Tr::tr("arbetsledare");
    case Role::Administrator:
        return Tr::tr("administratör");
    }
    return QString();
}

QList<Role> allRoles()
{
    return {Role::Read, Role::Clerk, Role::Supervisor, Role::Administrator};
}

Access Access::unrestricted(const QString &user)
{
    return Access(user, Role::Administrator, {});
}

Access::Access(const QString &user, Role role, const QStringList &companies)
    : m_user(user), m_role(role), m_all(role == Role::Administrator)
{
    if (!m_all)
        m_companies = QSet<QString>(companies.cbegin(), companies.cend());
}

QStringList Access::companies() const
{
    QStringList out(m_companies.cbegin(), m_companies.cend());
    std::sort(out.begin(), out.end());
    return out;
}

bool Access::canSee(const QString &company) const
{
    return m_all || m_companies.contains(company);
}

QString Access::noCompanyMessage(const QString &company)
{
    return Tr::tr("Du har inte behörighet till företag %1.").arg(company);
}

void Access::requireRole(Role role, const QString &what) const
{
    if (atLeast(role))
        return;
    if (m_role == Role::Read)
        throw LedgerError::refused(
            what.isEmpty() ? Tr::tr("Du har bara läsbehörighet och kan inte ändra något.")
                           : Tr::tr("Du har bara läsbehörighet: %1 kräver rollen %2.")
                                 .arg(what, roleName(role)));
    throw LedgerError::refused(
        what.isEmpty()
            ? Tr::tr("Du har inte behörighet: det kräver rollen %1 (du är %2).")
                  .arg(roleName(role), roleName(m_role))
            : Tr::tr("Du har inte behörighet: %1 kräver rollen %2 (du är %3).")
                  .arg(what, roleName(role), roleName(m_role)));
}

void Access::requireCompany(const QString &company) const
{
    if (!canSee(company))
        throw LedgerError::refused(noCompanyMessage(company));
}

void Access::requireChange(const QString &company) const
{
    requireCompany(company);
    requireRole(Role::Clerk);
}

void Access::requireCompanies(Database &db, const QString &from, const QString &to) const
{
    if (m_all)
        return;
    // Fixed clauses only; the bounds are bound.
    QString sql = QStringLiteral("SELECT number FROM company WHERE 1 = 1");
    QVariantList args;
    if (!from.isEmpty()) {
        sql += QStringLiteral(" AND number >= ?");
        args << from;
    }
    if (!to.isEmpty()) {
        sql += QStringLiteral(" AND number <= ?");
        args << to;
    }
    QSqlQuery q = db.run(sql + QStringLiteral(" ORDER BY number"), args);
    QString denied;
    while (q.next() && denied.isEmpty()) {
        const QString number = q.value(0).toString();
        if (!canSee(number))
            denied = number;
    }
    q.finish();
    if (denied.isEmpty())
        return;
    if (!from.isEmpty() && from == to)
        throw LedgerError::refused(noCompanyMessage(denied));
    const QString mine = m_companies.isEmpty() ? Tr::tr("inga") : companies().join(QStringLiteral(", "));
    if (from.isEmpty() && to.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Du har inte behörighet till företag %1, och urvalet gäller alla företag. "
                   "Ange bara dina företag (%2).")
                .arg(denied, mine));
    throw LedgerError::refused(
        Tr::tr("Du har inte behörighet till företag %1, som ingår i urvalet %2–%3. "
               "Ange bara dina företag (%4).")
            .arg(denied, from.isEmpty() ? Tr::tr("första") : from,
                 to.isEmpty() ? Tr::tr("sista") : to, mine));
}

} // namespace rsk
