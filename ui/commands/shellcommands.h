#pragma once

#include "commands/commandregistry.h"
#include "screenregistry.h"

namespace rsk::ui {

// Ids of the main window's own commands (context kGlobalContext).
inline constexpr char kCloseTabCommand[] = "shell.closeTab";
inline constexpr char kNextTabCommand[] = "shell.nextTab";
inline constexpr char kPreviousTabCommand[] = "shell.previousTab";
inline constexpr char kStartPageCommand[] = "shell.startPage";
inline constexpr char kCompanyCommand[] = "shell.company";
inline constexpr char kQuitCommand[] = "shell.quit";
inline constexpr char kOpenLedgerCommand[] = "shell.openLedger";

// A global command that opens a screen from anywhere ("open.invoices.search").
// When declared, the screen's menu item and Startsida button show its key.
inline CommandId openCommandId(const ScreenId &id)
{
    return QStringLiteral("open.") + id;
}

} // namespace rsk::ui
