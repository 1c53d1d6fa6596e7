#include "session.h"

#include "storage/database.h"

#include <QSettings>

#include <algorithm>

namespace rsk::ui {

namespace {

const char kCompanyKey[] = "shell/company";

QSettings settings()
{
    return QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"));
}

} // namespace

Session::Session(ShellContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{
    if (m_context.ledger)
        m_access = m_context.ledger->access();
    chooseRememberedCompany();
}

void Session::chooseRememberedCompany()
{
    // UI.md: the last company used opens automatically (if the user may see it).
    const QString remembered = settings().value(QLatin1String(kCompanyKey)).toString();
    const QList<QPair<QString, QString>> visible = companies();
    m_companyNumber.clear();
    for (const auto &company : visible) {
        if (company.first == remembered)
            m_companyNumber = remembered;
    }
    if (m_companyNumber.isEmpty() && !visible.isEmpty())
        m_companyNumber = visible.first().first;
}

void Session::setAccess(const rsk::Access &access)
{
    m_access = access;
    if (m_context.ledger) {
        m_context.ledger->setAccess(access);
        if (!access.setupMode())
            m_context.ledger->setUser(access.user());
    }
    const QString before = m_companyNumber;
    chooseRememberedCompany();
    if (m_companyNumber != before)
        emit companyChanged(m_companyNumber, companyName());
    emit accessChanged();
}

QList<QPair<QString, QString>> Session::companies() const
{
    QList<QPair<QString, QString>> out;
    for (const auto &company : m_context.companies)
        if (m_access.canSee(company.first))
            out.append(company);
    return out;
}

QString Session::companyName() const
{
    for (const auto &company : m_context.companies) {
        if (company.first == m_companyNumber)
            return company.second;
    }
    return {};
}

void Session::setCompany(const QString &number)
{
    const auto known = std::any_of(m_context.companies.cbegin(), m_context.companies.cend(),
                                   [&](const auto &company) { return company.first == number; });
    if (known && !m_access.canSee(number))
        return; // the picker lists only visible companies; nothing else may choose one
    if (!known)
        return;
    settings().setValue(QLatin1String(kCompanyKey), number);
    if (number == m_companyNumber)
        return;
    m_companyNumber = number;
    emit companyChanged(m_companyNumber, companyName());
}

StartPageFacts Session::startPageFacts() const
{
    return m_context.startPageFacts ? m_context.startPageFacts(m_companyNumber) : StartPageFacts{};
}

} // namespace rsk::ui
