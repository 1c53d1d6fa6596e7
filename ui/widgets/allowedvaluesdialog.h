#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include <optional>

class QListWidget;

namespace rsk::ui {

// F4 "list of allowed values for the field under the cursor" (UI.md "Keys"):
// rows of "code  text"; arrows or the first letters move, Enter chooses,
// Esc leaves the field as it was.
class AllowedValuesDialog : public QDialog
{
    Q_OBJECT
public:
    using Values = QList<QPair<QString, QString>>; // code, text

    AllowedValuesDialog(const QString &title, const Values &values, const QString &current,
                        QWidget *parent = nullptr);

    QString selectedCode() const;
    QListWidget *list() const { return m_list; }

    // Runs the dialog; the chosen code, or nullopt when the clerk left it.
    static std::optional<QString> choose(QWidget *parent, const QString &title,
                                         const Values &values, const QString &current);

private:
    QListWidget *m_list;
};

} // namespace rsk::ui
