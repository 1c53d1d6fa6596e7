#pragma once

#include <QString>

class QHBoxLayout;
class QLabel;
class QWidget;

namespace rsk::ui {

class CommandRegistry;

// What the register screens with a form below their list share
// (Inbetalningssätt 8.1, Landskoder 8.2, Kronofogdemyndigheter 7.10,
// Användare): the keys of the form and the message lines beside it.

// A command of such a screen: its id and its label, translated by the screen.
struct FormKey
{
    const char *id;
    QString label;
};

// Declares in screen `screenId`'s context, in this order, F6 (take the listed
// row away, or the like, asked first), F7 (undo the form's changes) and F8
// (start a new row).
void declareFormKeys(CommandRegistry &commands, const char *screenId, const FormKey &f6,
                     const FormKey &f7, const FormKey &f8);

// The message lines: why something was refused, in red, and what was done,
// each replacing the other (registertable.h makes the two labels). A screen
// derives from it after Screen and passes itself: `FormMessages(this)`.
class FormMessages
{
public:
    QString errorText() const;
    QString statusText() const;

protected:
    explicit FormMessages(QWidget *screen);
    ~FormMessages() = default;

    // Says why something was refused (an empty message clears the line) and
    // takes the status away; the cursor goes to `field` when one is given.
    void setError(const QString &message, QWidget *field = nullptr);
    // Says what was done and takes the error away.
    void setStatus(const QString &message);
    // The part below the list: the form on the left, the two lines on the
    // right from the top.
    QHBoxLayout *formBesideMessages(QWidget *form) const;

    QLabel *const m_error;
    QLabel *const m_status;
};

} // namespace rsk::ui
