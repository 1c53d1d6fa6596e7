#pragma once

#include "screenregistry.h"

#include <functional>

class QWidget;

namespace rsk::ui {

class CommandRegistry;
class Session;

// What a screen factory gets: who it is, where to declare its commands, the
// session (ledger, user, company), and a way to open other screens.
// openScreen returns the opened (or already open) screen's widget, so a
// screen can hand it what to show, e.g. Sök faktura opening a claim:
//   QMetaObject::invokeMethod(openScreen("invoices.claim"), "showClaim", …).
// Null when the shell has no such screen (and in tests of one screen alone).
struct ScreenContext
{
    ScreenInfo screen;
    CommandRegistry &commands;
    Session &session;
    const ScreenRegistry &screens;
    std::function<QWidget *(const ScreenId &)> openScreen;
};

} // namespace rsk::ui
