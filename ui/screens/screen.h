#pragma once

#include "commands/commandregistry.h"
#include "screenregistry.h"

#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace rsk::ui {

class KeyLegend;
class Session;
struct ScreenContext;

// Base of every tab in the main area: a content area above the key legend,
// F3=Bakåt, and the unsaved-changes guard. A screen class lays out and
// forwards to core services; it declares its commands with addCommand().
class Screen : public QWidget
{
    Q_OBJECT
public:
    enum class BackKey { Closes, None };

    explicit Screen(ScreenContext &context, BackKey backKey = BackKey::Closes,
                    QWidget *parent = nullptr);

    // F3=Bakåt, shared by every screen that can be left.
    static constexpr char kBackCommand[] = "screen.back";
    static void declareSharedCommands(CommandRegistry &commands);

    ScreenId screenId() const { return m_info.id; }
    QString title() const { return m_info.title(); }
    QString section() const { return m_info.section; }
    KeyLegend *keyLegend() const { return m_legend; }

    bool isModified() const { return m_modified; }
    // True when the screen may close: clean, or the clerk agreed to drop
    // the unsaved changes (UI.md: F3 asks if there are unsaved changes).
    virtual bool confirmClose();

signals:
    void closeRequested();
    void modifiedChanged(bool modified);

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    CommandRegistry &commands() const { return m_commands; }
    Session &session() const { return m_session; }
    // The opened screen's widget (see ScreenContext), or null.
    QWidget *openScreen(const ScreenId &id) const;
    void setModified(bool modified);

    // Declares a command in this screen's context and binds it to this screen.
    QAction *addCommand(const CommandId &id, const QKeySequence &key, const QString &label);

    // F3. The default asks the main window to close this tab.
    virtual void back();

private:
    ScreenInfo m_info;
    CommandRegistry &m_commands;
    Session &m_session;
    std::function<QWidget *(const ScreenId &)> m_openScreen;
    QVBoxLayout *m_content;
    KeyLegend *m_legend;
    bool m_modified = false;
};

} // namespace rsk::ui
