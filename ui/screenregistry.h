#pragma once

#include "users/access.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace rsk::ui {

struct ScreenContext;

// Stable screen ids, "<menu>.<screen>": "payments.bgmax", "invoices.search".
using ScreenId = QString;

struct ScreenInfo
{
    ScreenId id;
    QString menuText; // with the & mnemonic: "&Sök faktura"
    QString section;  // handbook section ("6.1", "7.4–7.6, 7.9"); empty if none
    // The least role that may open it (menucatalogue.cpp); MainWindow::openScreen
    // refuses the others. A screen that does not say is for administrators.
    rsk::Role role = rsk::Role::Administrator;
    QString title() const; // menuText without the mnemonic: the tab title
};

using ScreenFactory = std::function<QWidget *(ScreenContext &)>;

// Which screens exist (the menu catalogue) and how to build the ones that are
// done. A screen without a factory opens as a placeholder, so the menus can
// list the whole handbook before every screen is written.
class ScreenRegistry
{
public:
    void addScreen(const ScreenInfo &info); // replaces an existing id
    void setRole(const ScreenId &id, rsk::Role role);
    bool contains(const ScreenId &id) const;
    ScreenInfo info(const ScreenId &id) const;
    QList<ScreenInfo> screens() const; // in the order added

    void registerFactory(const ScreenId &id, ScreenFactory factory);
    bool hasFactory(const ScreenId &id) const;
    // The registered factory's widget, or nullptr when there is none.
    QWidget *create(ScreenContext &context) const;

private:
    QList<ScreenInfo> m_screens;
    QHash<ScreenId, ScreenFactory> m_factories;
};

} // namespace rsk::ui

namespace rsk::ui {

// The usual factory: a screen class constructed from its ScreenContext.
template <class ScreenWidget>
ScreenFactory screenFactory()
{
    return [](ScreenContext &context) -> QWidget * { return new ScreenWidget(context); };
}

} // namespace rsk::ui
