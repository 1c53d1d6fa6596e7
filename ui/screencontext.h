#pragma once

#include "screenregistry.h"

#include <functional>

namespace rsk::ui {

class CommandRegistry;
class Session;

// What a screen factory gets: who it is, where to declare its commands, the
// session (ledger, user, company), and a way to open other screens.
struct ScreenContext
{
    ScreenInfo screen;
    CommandRegistry &commands;
    Session &session;
    const ScreenRegistry &screens;
    std::function<void(const ScreenId &)> openScreen;
};

} // namespace rsk::ui
