#include "session.h"

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
    // UI.md: the last company used opens automatically.
    const QString remembered = settings().value(QLatin1String(kCompanyKey)).toString();
    for (const auto &company : std::as_const(m_context.companies)) {
        if (company.first == remembered)
            m_companyNumber = remembered;
    }
    if (m_companyNumber.isEmpty() && !m_context.companies.isEmpty())
        m_companyNumber = m_context.companies.first().first;
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
