#pragma once

#include "screens/screen.h"

namespace rsk::ui {

// Hjälp > Om Reskontra: what the program is, its version, and this session.
class AboutScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "help.about";

    explicit AboutScreen(ScreenContext &context, QWidget *parent = nullptr);
};

} // namespace rsk::ui
