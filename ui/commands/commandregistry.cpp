#include "commands/commandregistry.h"

#include "commands/functionkeys.h"

#include <QAction>
#include <QWidget>

#include <algorithm>

namespace rsk::ui {

namespace {
const char kCommandIdProperty[] = "rskCommandId";
}

CommandRegistry::CommandRegistry(QObject *parent) : QObject(parent) {}

void CommandRegistry::declare(const Command &command)
{
    Q_ASSERT(!command.id.isEmpty());
    const auto it = m_index.constFind(command.id);
    if (it == m_index.constEnd()) {
        m_index.insert(command.id, int(m_entries.size()));
        m_entries.append(Entry{command, command.defaultKey, {}});
    } else {
        Entry &entry = m_entries[*it];
        if (entry.key == entry.command.defaultKey)
            entry.key = command.defaultKey;
        entry.command = command;
        updateActions(entry);
    }
    for (const QString &conflict : conflictsOf(m_index.value(command.id)))
        qWarning("Reskontra: key conflict: %s", qPrintable(conflict));
    emit changed();
}

bool CommandRegistry::contains(const CommandId &id) const
{
    return m_index.contains(id);
}

Command CommandRegistry::command(const CommandId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? Command{} : m_entries.at(*it).command;
}

QList<Command> CommandRegistry::commands() const
{
    QList<Command> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.command);
    return result;
}

QList<Command> CommandRegistry::commandsFor(const QString &context) const
{
    QList<Command> result;
    for (const Entry &entry : m_entries) {
        if (entry.command.context == context)
            result.append(entry.command);
    }
    std::stable_sort(result.begin(), result.end(), [this](const Command &a, const Command &b) {
        return legendRank(key(a.id)) < legendRank(key(b.id));
    });
    return result;
}

QKeySequence CommandRegistry::key(const CommandId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? QKeySequence() : m_entries.at(*it).key;
}

void CommandRegistry::setKey(const CommandId &id, const QKeySequence &key)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    Entry &entry = m_entries[*it];
    entry.key = key;
    updateActions(entry);
    emit changed();
}

QAction *CommandRegistry::bind(const CommandId &id, QWidget *owner)
{
    const auto it = m_index.constFind(id);
    Q_ASSERT_X(it != m_index.constEnd(), "CommandRegistry::bind", "declare the command first");
    if (it == m_index.constEnd())
        return nullptr;
    Entry &entry = m_entries[*it];
    auto *action = new QAction(entry.command.label, owner);
    action->setProperty(kCommandIdProperty, id);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setShortcuts(shortcutsFor(entry.key));
    owner->addAction(action);
    entry.actions.removeAll(nullptr);
    entry.actions.append(action);
    return action;
}

QAction *CommandRegistry::add(const Command &command, QWidget *owner)
{
    declare(command);
    return bind(command.id, owner);
}

QAction *CommandRegistry::boundAction(const CommandId &id, const QWidget *owner)
{
    const auto actions = owner->actions();
    const auto it = std::find_if(actions.cbegin(), actions.cend(), [&](const QAction *action) {
        return action->property(kCommandIdProperty).toString() == id;
    });
    return it == actions.cend() ? nullptr : *it;
}

QString CommandRegistry::legendText(const QStringList &contexts) const
{
    QStringList parts;
    for (const QString &context : contexts) {
        for (const Command &command : commandsFor(context)) {
            const QKeySequence k = key(command.id);
            if (!k.isEmpty())
                parts << keyDisplayName(k) + QLatin1Char('=') + command.label;
        }
    }
    return parts.join(QLatin1String("  "));
}

QStringList CommandRegistry::conflicts() const
{
    QStringList result;
    for (int i = 0; i < m_entries.size(); ++i)
        result << conflictsOf(i, i + 1);
    return result;
}

QStringList CommandRegistry::conflictsOf(int index, int from) const
{
    QStringList result;
    const Entry &a = m_entries.at(index);
    if (a.key.isEmpty())
        return result;
    for (int j = from; j < m_entries.size(); ++j) {
        const Entry &b = m_entries.at(j);
        if (j == index || a.key != b.key
            || !canBeActiveTogether(a.command.context, b.command.context))
            continue;
        result << QStringLiteral("%1: %2 (%3) / %4 (%5)")
                      .arg(a.key.toString(), a.command.id, a.command.context, b.command.id,
                           b.command.context);
    }
    return result;
}

void CommandRegistry::updateActions(Entry &entry)
{
    entry.actions.removeAll(nullptr);
    for (const QPointer<QAction> &action : std::as_const(entry.actions)) {
        action->setText(entry.command.label);
        action->setShortcuts(shortcutsFor(entry.key));
    }
}

bool CommandRegistry::canBeActiveTogether(const QString &a, const QString &b)
{
    // Only one screen is visible at a time, but global and all-screen
    // commands are active on top of every screen.
    const auto shared = [](const QString &c) {
        return c == QLatin1String(kGlobalContext) || c == QLatin1String(kAllScreensContext);
    };
    return a == b || shared(a) || shared(b);
}

} // namespace rsk::ui
