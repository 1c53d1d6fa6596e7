#pragma once

#include "ledger/types.h"
#include "screens/screen.h"

#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Underhåll kravkoder (handbook 7.3): the nine codes 1–9 with their text and
// the eight "ej …" flags, and a form below to change the listed one. A code
// not yet set up is listed empty and is set up by saving it. Enter on a row
// goes to the form, Tab/Space set the flags, Enter saves, F7 undoes the form.
// No delete: core has no way to remove a code claims may still carry.
class DunningCodesScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.dunningCodes";
    static constexpr char kUndoCommand[] = "dunningCodes.undo";

    explicit DunningCodesScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    enum Column { Code, Text, NoInvoice, NoReminder1, NoReminder2, NoCollection, NoInterest,
                  NoInterestRespite, NoThreat, NoResidual, ColumnCount };
    static constexpr int FlagCount = ColumnCount - NoInvoice;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    void reload(int selectCode = 1);
    void currentRowChanged(int row);
    void showCode(int row);
    DunningCode formCode() const;
    void save();
    void undo();
    void setError(const QString &message, QWidget *field = nullptr);
    void formEdited();

    rsk::Database *m_ledger = nullptr;
    QList<DunningCode> m_codes; // always 9: index = code - 1
    QList<bool> m_defined;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_text = nullptr;
    std::array<QCheckBox *, FlagCount> m_flags{};
    QLabel *m_textError = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
    int m_shownRow = -1;
};

} // namespace rsk::ui
