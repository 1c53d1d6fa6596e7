#include "widgets/logindialog.h"

#include "storage/database.h"
#include "users/users.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rsk::ui {

LoginDialog::LoginFunction LoginDialog::ledgerLogin(rsk::Database &ledger)
{
    return [&ledger](const QString &user, const QString &password) {
        return Users(ledger).login(user, password);
    };
}

LoginDialog::LoginDialog(LoginFunction login, const QString &ledgerName, const QString &user,
                         QWidget *parent)
    : QDialog(parent),
      m_login(std::move(login)),
      m_reason(new QLabel(this)),
      m_user(new QLineEdit(user, this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Logga in – Reskontra"));

    auto *heading = new QLabel(tr("Logga in i reskontran <b>%1</b>").arg(ledgerName.toHtmlEscaped()),
                               this);
    m_reason->setObjectName(QStringLiteral("loginReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();

    m_user->setObjectName(QStringLiteral("loginUser"));
    m_user->setMaxLength(Users::MaxLoginLength);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Användare:"), m_user);
    form->addRow(tr("&Lösenord:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Logga in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("loginButton"));
    ok->setDefault(true);
    buttons->addButton(tr("Avsluta"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);

    // The name is usually right (the desktop login): start on the password.
    (user.isEmpty() ? m_user : m_password)->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::setReason(const QString &text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::accept()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        m_error->setText(tr("Skriv användarnamnet."));
        m_error->show();
        m_user->setFocus(Qt::OtherFocusReason);
        return;
    }
    try {
        m_access = m_login(user, m_password->text());
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        m_error->show();
        m_password->clear();
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_password->clear();
    m_error->hide();
    QDialog::accept();
}

} // namespace rsk::ui
