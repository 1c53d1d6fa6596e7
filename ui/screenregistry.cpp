#include "screenregistry.h"

#include "screencontext.h"

#include <algorithm>

namespace rsk::ui {

QString ScreenInfo::title() const
{
    QString text = menuText;
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void ScreenRegistry::addScreen(const ScreenInfo &info)
{
    const auto it = std::find_if(m_screens.begin(), m_screens.end(),
                                 [&](const ScreenInfo &s) { return s.id == info.id; });
    if (it == m_screens.end())
        m_screens.append(info);
    else
        *it = info;
}

void ScreenRegistry::setRole(const ScreenId &id, rsk::Role role)
{
    for (ScreenInfo &s : m_screens)
        if (s.id == id)
            s.role = role;
}

bool ScreenRegistry::contains(const ScreenId &id) const
{
    return std::any_of(m_screens.cbegin(), m_screens.cend(),
                       [&](const ScreenInfo &s) { return s.id == id; });
}

ScreenInfo ScreenRegistry::info(const ScreenId &id) const
{
    const auto it = std::find_if(m_screens.cbegin(), m_screens.cend(),
                                 [&](const ScreenInfo &s) { return s.id == id; });
    return it == m_screens.cend() ? ScreenInfo{} : *it;
}

QList<ScreenInfo> ScreenRegistry::screens() const
{
    return m_screens;
}

void ScreenRegistry::registerFactory(const ScreenId &id, ScreenFactory factory)
{
    m_factories.insert(id, std::move(factory));
}

bool ScreenRegistry::hasFactory(const ScreenId &id) const
{
    return m_factories.contains(id);
}

QWidget *ScreenRegistry::create(ScreenContext &context) const
{
    const auto it = m_factories.constFind(context.screen.id);
    return it == m_factories.constEnd() ? nullptr : (*it)(context);
}

} // namespace rsk::ui
