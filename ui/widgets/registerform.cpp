#include "widgets/registerform.h"

#include "commands/commandregistry.h"
#include "widgets/registertable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rsk::ui {

void declareFormKeys(CommandRegistry &commands, const char *screenId, const FormKey &f6,
                     const FormKey &f7, const FormKey &f8)
{
    const QString context = QLatin1String(screenId);
    commands.declare({QLatin1String(f6.id), context, QKeySequence(Qt::Key_F6), f6.label});
    commands.declare({QLatin1String(f7.id), context, QKeySequence(Qt::Key_F7), f7.label});
    commands.declare({QLatin1String(f8.id), context, QKeySequence(Qt::Key_F8), f8.label});
}

FormMessages::FormMessages(QWidget *screen)
    : m_error(makeErrorLabel(screen)), m_status(makeStatusLabel(screen))
{
}

QString FormMessages::errorText() const
{
    return m_error->text();
}

QString FormMessages::statusText() const
{
    return m_status->text();
}

void FormMessages::setError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (!message.isEmpty())
        m_status->clear();
    if (field)
        field->setFocus();
}

void FormMessages::setStatus(const QString &message)
{
    m_status->setText(message);
    m_error->clear();
}

QHBoxLayout *FormMessages::formBesideMessages(QWidget *form) const
{
    auto *lower = new QHBoxLayout;
    lower->addWidget(form);
    auto *messages = new QVBoxLayout;
    messages->addWidget(m_error);
    messages->addWidget(m_status);
    messages->addStretch(1);
    lower->addLayout(messages, 1);
    return lower;
}

} // namespace rsk::ui
