#pragma once

#include "screens/screen.h"

namespace rsk::ui {

// Stands in for a screen that is in the menus but not built yet: says what it
// will be and where the handbook describes it. F3 closes it.
class PlaceholderScreen : public Screen
{
    Q_OBJECT
public:
    explicit PlaceholderScreen(ScreenContext &context, QWidget *parent = nullptr);
};

} // namespace rsk::ui
