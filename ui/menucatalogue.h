#pragma once

#include "screenregistry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rsk::ui {

struct MenuSpec
{
    QString title; // with the & mnemonic: "&Inbetalningar"
    QList<ScreenInfo> screens;
};

// The menu bar of UI.md ("Menus → screens"), in order, with the handbook
// sections. Alt + the first letter opens each menu (handbook p. 9); every
// item has a mnemonic unique within its menu. Translated at call time.
QList<MenuSpec> menuCatalogue();
// The roles of screens that are in no menu (the Startsida, the claim and the
// customer opened from Sök faktura); MainWindow applies them.
QHash<ScreenId, Role> extraScreenRoles();

} // namespace rsk::ui
