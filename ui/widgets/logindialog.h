#pragma once

#include "users/access.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Logga in (issue 7): user and password, Enter logs in, Esc leaves the
// program. A wrong password keeps the dialog open with the reason under the
// fields ("fel användarnamn eller lösenord", never which of them), clears
// the password and puts the cursor there.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // Checks a user and password: the access, or LedgerError with the reason.
    using LoginFunction = std::function<rsk::Access(const QString &user, const QString &password)>;
    // Logs in against the ledger's users (core/users/users.h).
    static LoginFunction ledgerLogin(rsk::Database &ledger);

    LoginDialog(LoginFunction login, const QString &ledgerName, const QString &user,
                QWidget *parent = nullptr);

    // Why the dialog shows (e.g. the idle log-out); empty for none.
    void setReason(const QString &text);
    // After accept: who logged in.
    rsk::Access access() const { return m_access; }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    LoginFunction m_login;
    rsk::Access m_access = rsk::Access(QString(), rsk::Role::Read, {});
    QLabel *m_reason;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace rsk::ui
