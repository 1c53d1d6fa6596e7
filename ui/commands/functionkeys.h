#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace rsk::ui {

// UI.md "Keys": F13–F24 are typed as Shift+F1…F12, as in the 5250 terminal
// emulators the clerks know. A command declared on F15 therefore also fires
// on Shift+F3; the legend always names the 5250 key (F15).
QList<QKeySequence> shortcutsFor(const QKeySequence &key);

// The 5250-style name of a key: "F15", "Enter", "Ctrl+D", "Ctrl+Skift+S".
// Modifier names are translated (Skift/Shift).
QString keyDisplayName(const QKeySequence &key);

// Sort rank for legends: F1…F24 first in number order, everything else after.
int legendRank(const QKeySequence &key);

} // namespace rsk::ui
