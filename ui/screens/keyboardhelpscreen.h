#pragma once

#include "screens/screen.h"

class QTreeWidget;

namespace rsk::ui {

// Hjälp > Tangentbord: every command in the registry with its key, grouped
// by where it applies. Follows remapped keys and newly declared commands.
class KeyboardHelpScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "help.keyboard";

    explicit KeyboardHelpScreen(ScreenContext &context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void rebuild();
    QString contextName(const QString &context) const;

    const ScreenRegistry &m_screens;
    QTreeWidget *m_tree;
};

} // namespace rsk::ui
