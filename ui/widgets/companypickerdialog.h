#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QListWidget;

namespace rsk::ui {

// Pick the company (företag) to work in: a list of "number  name", Enter
// chooses, Esc leaves the current one.
class CompanyPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CompanyPickerDialog(const QList<QPair<QString, QString>> &companies,
                        const QString &currentNumber, QWidget *parent = nullptr);

    QString selectedNumber() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace rsk::ui
