#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace rsk::ui {

using CommandId = QString;

// Contexts besides screen ids: "global" commands work everywhere in the main
// window; "screen" commands are shared by every screen (F3=Bakåt).
inline constexpr char kGlobalContext[] = "global";
inline constexpr char kAllScreensContext[] = "screen";

struct Command
{
    CommandId id;          // "invoice.edit"
    QString context;       // a ScreenId, kGlobalContext or kAllScreensContext
    QKeySequence defaultKey;
    QString label;         // translated, Swedish source: tr("Ändra")
};

// The one registry of commands and keys (UI.md "Keys", STYLE.md practice 8).
// Screens declare their commands here and bind them to QActions; the key
// legend and Hjälp > Tangentbord are generated from it, and a key remapped
// with setKey() follows into every bound action.
class CommandRegistry : public QObject
{
    Q_OBJECT
public:
    explicit CommandRegistry(QObject *parent = nullptr);

    // Declaring an id again replaces its context, default key and label; a
    // remapped key (setKey) is kept.
    void declare(const Command &command);
    bool contains(const CommandId &id) const;
    Command command(const CommandId &id) const;
    QList<Command> commands() const; // declaration order

    // Legend order: unmodified F1…F24 by number, then the rest in declaration order.
    QList<Command> commandsFor(const QString &context) const;

    QKeySequence key(const CommandId &id) const; // remapped key, or the default
    void setKey(const CommandId &id, const QKeySequence &key);

    // A QAction on owner (Qt::WindowShortcut, so it fires while owner is
    // visible — i.e. while its tab is current) with the command's key and its
    // Shift+F1…F12 alias. The action is owned by owner.
    QAction *bind(const CommandId &id, QWidget *owner);
    QAction *add(const Command &command, QWidget *owner);
    // The action bound for id on owner, or nullptr.
    static QAction *boundAction(const CommandId &id, const QWidget *owner);

    // "F3=Bakåt  F5=Ändra  F15=Ränta" for the commands of these contexts.
    QString legendText(const QStringList &contexts) const;

    // Pairs of commands that can be active together and share a key.
    QStringList conflicts() const;

signals:
    void changed();

private:
    struct Entry
    {
        Command command;
        QKeySequence key;
        QList<QPointer<QAction>> actions;
    };
    void updateActions(Entry &entry);
    // Conflicts of entry index with the entries from index `from` on.
    QStringList conflictsOf(int index, int from = 0) const;
    static bool canBeActiveTogether(const QString &a, const QString &b);

    QList<Entry> m_entries;
    QHash<CommandId, int> m_index;
};

} // namespace rsk::ui
