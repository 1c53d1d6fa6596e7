#include "widgets/shellstatusbar.h"

#include "session.h"

#include <QLabel>
#include <QPushButton>

namespace rsk::ui {

namespace {

QLabel *permanentLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

ShellStatusBar::ShellStatusBar(Session &session, QWidget *parent)
    : QStatusBar(parent),
      m_session(session),
      m_company(permanentLabel(QStringLiteral("companyLabel"), {}, this)),
      m_companyButton(new QPushButton(tr("Företag"), this))
{
    const ShellContext &shell = session.context();
    m_companyButton->setObjectName(QStringLiteral("companyButton"));
    m_companyButton->setFocusPolicy(Qt::NoFocus); // the keyboard way is the shortcut
    m_companyButton->setEnabled(!shell.companies.isEmpty());

    addPermanentWidget(permanentLabel(QStringLiteral("ledgerLabel"),
                                      tr("Reskontra: %1").arg(shell.ledgerName), this));
    addPermanentWidget(m_company);
    addPermanentWidget(m_companyButton);
    addPermanentWidget(permanentLabel(QStringLiteral("userLabel"),
                                      tr("Användare: %1").arg(shell.user), this));
    addPermanentWidget(permanentLabel(QStringLiteral("engineLabel"),
                                      tr("Databas: %1").arg(shell.engine), this));

    connect(m_companyButton, &QPushButton::clicked, this, &ShellStatusBar::companyButtonClicked);
    connect(&m_session, &Session::companyChanged, this, &ShellStatusBar::updateCompany);
    updateCompany();
}

void ShellStatusBar::setCompanyShortcutText(const QString &key)
{
    m_companyButton->setToolTip(tr("Byt företag (%1)").arg(key));
}

void ShellStatusBar::updateCompany()
{
    m_company->setText(m_session.hasCompany()
                           ? tr("Företag: %1 %2").arg(m_session.companyNumber(),
                                                      m_session.companyName())
                           : tr("Företag: –"));
}

} // namespace rsk::ui
