#include "screens/screen.h"

#include "screencontext.h"
#include "widgets/keylegend.h"

#include <QAction>
#include <QMessageBox>
#include <QVBoxLayout>

namespace rsk::ui {

Screen::Screen(ScreenContext &context, BackKey backKey, QWidget *parent)
    : QWidget(parent),
      m_info(context.screen),
      m_commands(context.commands),
      m_session(context.session),
      m_openScreen(context.openScreen),
      m_content(new QVBoxLayout)
{
    setObjectName(m_info.id);
    QStringList legendContexts{m_info.id};
    if (backKey == BackKey::Closes) {
        declareSharedCommands(m_commands);
        connect(m_commands.bind(QLatin1String(kBackCommand), this), &QAction::triggered, this,
                &Screen::back);
        legendContexts.prepend(QLatin1String(kAllScreensContext));
    }
    m_legend = new KeyLegend(m_commands, legendContexts, this, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_legend);
}

void Screen::declareSharedCommands(CommandRegistry &commands)
{
    if (!commands.contains(QLatin1String(kBackCommand)))
        commands.declare({QLatin1String(kBackCommand), QLatin1String(kAllScreensContext),
                          QKeySequence(Qt::Key_F3), tr("Bakåt")});
}

bool Screen::confirmClose()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Osparade ändringar"),
        tr("Det finns osparade ändringar i %1. Vill du lämna bilden utan att spara?").arg(title()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

QWidget *Screen::openScreen(const ScreenId &id) const
{
    return m_openScreen ? m_openScreen(id) : nullptr;
}

void Screen::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

QAction *Screen::addCommand(const CommandId &id, const QKeySequence &key, const QString &label)
{
    return m_commands.add({id, m_info.id, key, label}, this);
}

void Screen::back()
{
    emit closeRequested();
}

} // namespace rsk::ui
