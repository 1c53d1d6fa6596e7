#pragma once

#include "dunning/enforcementoffices.h"
#include "screens/screen.h"
#include "widgets/registerform.h"

#include <array>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Underhåll kronofogdemyndigheter (handbook 7.10): the offices of the
// register (ort and name/address) and a form below to add, change and
// delete one. The ort (at most 20 characters) is the identity and the only
// required field; the name and address take 5 lines of 30. The fields stop
// at their limits and say so; core refuses anything else with the reason.
// The form follows the list's current row; Enter on a row goes to the form,
// Enter in the form saves, F8 starts a new office, F6 deletes the listed one
// (asked first), F7 undoes the form's changes.
class EnforcementOfficesScreen : public Screen, private FormMessages
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.enforcementAuthorities";
    static constexpr char kNewCommand[] = "enforcementOffices.new";
    static constexpr char kDeleteCommand[] = "enforcementOffices.delete";
    static constexpr char kUndoCommand[] = "enforcementOffices.undo";

    explicit EnforcementOfficesScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    enum Column { City, Lines, ColumnCount };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    void reload(const QString &selectCity = QString());
    void showOffice(const EnforcementOffice &office, bool isNew);
    void currentRowChanged(int row);
    EnforcementOffice formOffice() const;
    void newOffice();
    void save();
    void deleteCurrent();
    void undo();
    void fieldEdited(QLineEdit *field);

    rsk::Database *m_ledger = nullptr;
    QList<EnforcementOffice> m_offices;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_city = nullptr;
    std::array<QLineEdit *, EnforcementOffices::kMaxLines> m_lines{};
    bool m_isNew = false;
    bool m_loading = false;
    int m_shownRow = -1;
};

} // namespace rsk::ui
