#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace rsk::ui {

class CommandRegistry;

// The 5250 key legend line at the bottom of a screen — "F3=Bakåt  F5=Ändra" —
// generated from the command registry for the given contexts and kept up to
// date when commands are declared or remapped. Clicking a key triggers the
// command's action on actionOwner.
class KeyLegend : public QWidget
{
    Q_OBJECT
public:
    KeyLegend(CommandRegistry &commands, QStringList contexts, QWidget *actionOwner,
              QWidget *parent = nullptr);

    QString text() const; // the plain legend line
    QStringList contexts() const { return m_contexts; }

private:
    void refresh();
    void activate(const QString &link);

    CommandRegistry &m_commands;
    QStringList m_contexts;
    QWidget *m_actionOwner;
    QLabel *m_label;
};

} // namespace rsk::ui
