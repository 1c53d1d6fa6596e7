#pragma once

#include "ledger/types.h"
#include "screens/screen.h"
#include "widgets/registerform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Underhåll inbetalningssätt (handbook 8.1): the list of payment methods with
// every flag, and a form below it to add, change and delete one. The form
// follows the list's current row; Enter saves, F8 starts a new method, F6
// deletes the listed one (asked first; a method used by transactions is
// refused by core with the reason), F7 undoes the form's changes.
class PaymentMethodsScreen : public Screen, private FormMessages
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.paymentMethods";
    static constexpr char kNewCommand[] = "paymentMethods.new";
    static constexpr char kDeleteCommand[] = "paymentMethods.delete";
    static constexpr char kUndoCommand[] = "paymentMethods.undo";

    explicit PaymentMethodsScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    enum Column { Code, DebitCredit, Text, NotBooked, NoInterest, FeeType, NoCompress, TextOnly,
                  Account, ColumnCount };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    void reload(const QString &selectCode = QString());
    void showMethod(const PaymentMethod &method, bool isNew);
    void currentRowChanged(int row);
    PaymentMethod formMethod() const;
    void newMethod();
    void save();
    void deleteCurrent();
    void undo();
    void formEdited();

    rsk::Database *m_ledger = nullptr;
    QList<PaymentMethod> m_methods;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_debitCredit = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_notBooked = nullptr;
    QCheckBox *m_noInterest = nullptr;
    QComboBox *m_feeType = nullptr;
    QCheckBox *m_noCompress = nullptr;
    QCheckBox *m_textOnly = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_formTitle = nullptr;
    bool m_isNew = false;
    bool m_loading = false;
    int m_shownRow = -1;
};

} // namespace rsk::ui
