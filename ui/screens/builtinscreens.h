#pragma once

namespace rsk::ui {

class CommandRegistry;
class ScreenRegistry;

// The one place real screens are registered: a factory for each screen id,
// and the screen's commands declared up front so Hjälp > Tangentbord lists
// them before the screen is first opened. Screens without a factory open as
// placeholders.
void registerBuiltInScreens(ScreenRegistry &screens, CommandRegistry &commands);

} // namespace rsk::ui
