#include "widgets/keylegend.h"

#include "commands/commandregistry.h"
#include "commands/functionkeys.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {
const char kLinkPrefix[] = "command:";

QString nonBreaking(QString html)
{
    return html.replace(QLatin1Char(' '), QLatin1String("&nbsp;"));
}
}

KeyLegend::KeyLegend(CommandRegistry &commands, QStringList contexts, QWidget *actionOwner,
                     QWidget *parent)
    : QWidget(parent),
      m_commands(commands),
      m_contexts(std::move(contexts)),
      m_actionOwner(actionOwner),
      m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("keyLegend"));
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_label->setObjectName(QStringLiteral("keyLegendLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_label->setFocusPolicy(Qt::NoFocus);
    m_label->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(line);
    layout->addWidget(m_label);

    connect(&m_commands, &CommandRegistry::changed, this, &KeyLegend::refresh);
    connect(m_label, &QLabel::linkActivated, this, &KeyLegend::activate);
    refresh();
}

QString KeyLegend::text() const
{
    return m_commands.legendText(m_contexts);
}

void KeyLegend::refresh()
{
    QStringList parts;
    for (const QString &context : std::as_const(m_contexts)) {
        for (const Command &command : m_commands.commandsFor(context)) {
            const QKeySequence key = m_commands.key(command.id);
            if (key.isEmpty())
                continue;
            parts << QStringLiteral("<a href=\"%1%2\" style=\"text-decoration:none\">%3</a>=%4")
                         .arg(QLatin1String(kLinkPrefix), command.id.toHtmlEscaped(),
                              keyDisplayName(key).toHtmlEscaped(),
                              nonBreaking(command.label.toHtmlEscaped()));
        }
    }
    // Entries wrap as wholes: spaces inside an entry do not break.
    m_label->setText(parts.join(QLatin1String("&nbsp; ")));
    m_label->setToolTip(text());
}

void KeyLegend::activate(const QString &link)
{
    if (!link.startsWith(QLatin1String(kLinkPrefix)) || !m_actionOwner)
        return;
    const QString id = link.mid(int(qstrlen(kLinkPrefix)));
    if (QAction *action = CommandRegistry::boundAction(id, m_actionOwner))
        action->trigger();
}

} // namespace rsk::ui
