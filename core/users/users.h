#pragma once

#include "users/access.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

struct UserAccount
{
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Read;
    bool active = true;
    bool hasPassword = false;
    QStringList companies; // sorted; what user_company lists (administrators see all)
    QString createdBy;
    QString createdAt;
    QString changedBy;
    QString changedAt;
};

// What the Användare och behörigheter screen saves in one go.
struct UserChange
{
    QString login;
    QString fullName;
    Role role = Role::Clerk;
    QStringList companies;
    QString password; // empty: unchanged
};

// The users of the ledger and what they may do (migration 014). Every change
// needs an administrator, runs in one unit of work and is audited (table
// "app_user", row key the login); the password itself never reaches the
// audit log. Refusals (LedgerError::Refused, NotFound for an unknown user):
// - a login of 1–30 characters a–z, 0–9, '.', '_', '-', unique;
// - a password of at least MinPasswordLength characters, not all blanks;
// - the last active administrator cannot be deactivated or given a lower
//   role, and once anyone has a password an active administrator must have
//   one too (else nobody could log in to manage the users);
// - companies must exist.
//
// Set-up mode: while no active user has a password, anyone who opens the
// ledger works as an administrator (the acting OS user); the first password
// set ends it and from then on everybody logs in.
class Users
{
public:
    static constexpr int MinPasswordLength = 10;
    static constexpr int MaxLoginLength = 30;
    static constexpr int DefaultIdleMinutes = 30;
    static constexpr char kBootstrapLogin[] = "admin";

    explicit Users(Database &db) : m_db(db) {}

    QList<UserAccount> list();
    std::optional<UserAccount> find(const QString &login);
    UserAccount require(const QString &login);

    UserAccount create(const QString &login, const QString &fullName, Role role,
                       const QStringList &companies = {});
    void setPassword(const QString &login, const QString &password);
    void setRole(const QString &login, Role role);
    void setCompanies(const QString &login, const QStringList &companies);
    void setFullName(const QString &login, const QString &fullName);
    void deactivate(const QString &login);
    void activate(const QString &login);
    // A new user (isNew) or the changes to one: name, role, companies and
    // (when given) the password, all in one unit of work.
    UserAccount save(const UserChange &change, bool isNew);

    // `init`: the administrator "admin" without a password, when the ledger
    // has no user at all. Returns whether it was created.
    bool bootstrapAdministrator();

    // No active user has a password: no login needed (see above).
    bool setupMode();
    // The access of a user who logs in with `password`. Unknown, inactive,
    // without a password or a wrong password: the same refusal, so it does
    // not tell whether the user exists.
    Access login(const QString &login, const QString &password);
    // Set-up mode: `osUser` as an administrator over every company. Refused
    // once login is required.
    Access setupAccess(const QString &osUser);

    // Minutes without keyboard or mouse before the GUI logs out (setting
    // "users"/"idle_logout_minutes"; 0 = never).
    int idleLogoutMinutes();
    void setIdleLogoutMinutes(int minutes);

    // "kalle", "Kalle " → "kalle"; nullopt when it is not a valid login.
    static std::optional<QString> normalizeLogin(const QString &text);
    static QString loginFailedMessage();

private:
    UserAccount requireForChange(const QString &login);
    QStringList checkedCompanies(const QStringList &companies);
    void writeCompanies(qint64 userId, const QStringList &companies);
    void stamp(qint64 userId);
    // After a change in the caller's unit of work: refuses (and so rolls
    // back) when no active administrator is left, or none with a password
    // while someone has one.
    void checkAdministrators(const QString &login);
    Database &m_db;
};

} // namespace rsk
