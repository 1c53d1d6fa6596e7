#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// The roles of DOMAIN.md "People and trust", in rising order: each may do
// what the ones below it may.
// - Read (läsbehörighet): sees claims, lists and reports; changes nothing.
// - Clerk (handläggare): changes claims, notes, registers payments.
// - Supervisor (arbetsledare): runs (dunning, interest, booking), imports.
// - Administrator: users, company settings, parameters; sees every company.
enum class Role { Read = 1, Clerk = 2, Supervisor = 3, Administrator = 4 };

// "read", "clerk", "supervisor", "administrator": stored and typed in the CLI.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
// Swedish, for the clerk: "läsbehörighet", "handläggare", "arbetsledare",
// "administratör".
QString roleName(Role role);
QList<Role> allRoles();

// What the acting user may do: the role and the companies the user may see
// and change. The Database carries one (Database::access()); core services
// ask it where claims are seen or changed, and refuse with
// LedgerError::Refused naming the company ("Du har inte behörighet till
// företag 002.").
class Access
{
public:
    // An administrator over every company: what a Database has until a
    // login sets another (tests, set-up mode, tools that open a ledger).
    static Access unrestricted(const QString &user = QString());
    // Administrators see every company whatever `companies` says.
    Access(const QString &user, Role role, const QStringList &companies);

    QString user() const { return m_user; }
    Role role() const { return m_role; }
    bool allCompanies() const { return m_all; }
    // The visible companies, sorted; empty when allCompanies().
    QStringList companies() const;
    // Set-up mode: no user has a password yet, the acting OS user works as
    // an administrator (shown as a warning by the GUI).
    bool setupMode() const { return m_setupMode; }
    void setSetupMode(bool on) { m_setupMode = on; }

    bool atLeast(Role role) const { return int(m_role) >= int(role); }
    bool canSee(const QString &company) const;
    bool canChange(const QString &company) const
    {
        return atLeast(Role::Clerk) && canSee(company);
    }

    // Each throws LedgerError::Refused with a message for the clerk.
    // `what` says what was asked for ("Ändra fakturan").
    void requireRole(Role role, const QString &what = QString()) const;
    void requireCompany(const QString &company) const;
    // A change on a claim of `company`: at least clerk, and the company.
    void requireChange(const QString &company) const;
    // A selection over companies from–to (3-digit numbers; an empty bound
    // is open: "" – "" is every company): every company of the ledger in it
    // must be visible
    // (handbook 6.1: "För att kunna ange flera företag krävs behörighet till
    // samtliga som ingår i angivet intervall").
    void requireCompanies(Database &db, const QString &from, const QString &to) const;

    static QString noCompanyMessage(const QString &company);

private:
    QString m_user;
    Role m_role = Role::Read;
    bool m_all = false;
    bool m_setupMode = false;
    QSet<QString> m_companies;
};

} // namespace rsk
