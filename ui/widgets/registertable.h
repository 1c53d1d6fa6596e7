#pragma once

#include <QStringList>

class QEvent;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace rsk::ui {

// How the columns of a register list take the width.
enum class RegisterColumns {
    FitLastStretches, // each as wide as its contents, the last one takes what is left
    Fit,              // each as wide as its contents
    Unset,            // left as they are; the screen sizes them when it fills the list
};

// The read-only list of a register screen (UI.md): whole rows, one chosen at
// a time, alternate rows shaded, no row numbers, rows one text line high.
// The screen adds its own event filter and current-row handling.
QTableWidget *makeRegisterTable(QWidget *parent, const QString &objectName,
                                const QStringList &headers,
                                RegisterColumns columns = RegisterColumns::FitLastStretches);

// One cell of a register list; alignRight for amounts and counts.
QTableWidgetItem *registerCell(const QString &text, bool alignRight = false);

// No row chosen, without telling the screen (currentCellChanged is not
// emitted): a new row is being typed in the form.
void clearCurrentRow(QTableWidget *table);

// The red line that says why something was refused (object name errorLabel)
// and the line that says what was done (statusLabel); the GUI tests find
// them by these names. Both wrap.
QLabel *makeErrorLabel(QWidget *parent);
QLabel *makeStatusLabel(QWidget *parent);

// The bold first line of a register's form that says what the form holds
// ("Ny …", "Ändra …"); object name formTitle.
QLabel *makeFormTitle(QWidget *form);

// True for a press of Enter or Return: on a register's list it goes to the
// form, in the form it saves.
bool isEnterPress(const QEvent *event);

} // namespace rsk::ui
