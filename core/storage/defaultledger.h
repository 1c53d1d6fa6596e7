#pragma once

#include <QString>

namespace rsk {

// The ledger file used when none is named (CLI.md "--db": "the GUI's default
// ledger file"), so that reskontra and reskontra-cli open the same ledger:
// QStandardPaths::AppDataLocation for organisation "Reskontra" and application
// "Reskontra" + "/reskontra.sqlite" (on Linux
// ~/.local/share/Reskontra/Reskontra/reskontra.sqlite). The same whatever
// names the calling program has set. The folder may not exist yet.
QString defaultLedgerPath();

} // namespace rsk
