#include "screens/keyboardhelpscreen.h"

#include "commands/functionkeys.h"
#include "screencontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rsk::ui {

KeyboardHelpScreen::KeyboardHelpScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_screens(context.screens),
      m_tree(new QTreeWidget(this))
{
    auto *intro = new QLabel(
        tr("Menyerna öppnas med Alt och den understrukna bokstaven, t.ex. Alt+I för "
           "Inbetalningar. F13–F24 skrivs som Skift+F1–F12."),
        this);
    intro->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("keyboardTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Tangent"), tr("Kommando"), tr("Id")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    connect(&commands(), &CommandRegistry::changed, this, &KeyboardHelpScreen::rebuild);
    rebuild();
}

void KeyboardHelpScreen::rebuild()
{
    m_tree->clear();
    QStringList contexts{QLatin1String(kGlobalContext), QLatin1String(kAllScreensContext)};
    for (const Command &command : commands().commands()) {
        if (!contexts.contains(command.context))
            contexts << command.context;
    }
    for (const QString &context : std::as_const(contexts)) {
        const QList<Command> list = commands().commandsFor(context);
        if (list.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_tree, {contextName(context)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const Command &command : list) {
            const QList<QKeySequence> keys = shortcutsFor(commands().key(command.id));
            QStringList names;
            for (const QKeySequence &key : keys)
                names << keyDisplayName(key);
            QString keyText = names.value(0, tr("(ingen)"));
            if (names.size() > 1)
                keyText += QStringLiteral(" (%1)").arg(names.mid(1).join(QLatin1String(", ")));
            new QTreeWidgetItem(group, {keyText, command.label, command.id});
        }
    }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QString KeyboardHelpScreen::contextName(const QString &context) const
{
    if (context == QLatin1String(kGlobalContext))
        return tr("Hela programmet");
    if (context == QLatin1String(kAllScreensContext))
        return tr("Alla bilder");
    const QString title = m_screens.info(context).title();
    return title.isEmpty() ? context : title;
}

} // namespace rsk::ui
