#pragma once

#include "ledger/countrycodes.h"
#include "screens/screen.h"
#include "widgets/registerform.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Underhåll Landskoder (handbook 8.2): the register of country codes that
// foreign addresses are registered with, and a form below to add, change
// and delete one: the code (two letters, the identity), the name printed on
// the invoice, "Avvikande betalningssätt" (a text printed beside BIC and
// IBAN) and whether the country is in the EU. The form follows the list's
// current row; Enter on a row goes to the form, Enter in the form saves,
// F8 starts a new country, F6 deletes the listed one (asked first; refused
// while customers use it), F7 undoes the form's changes.
class CountryCodesScreen : public Screen, private FormMessages
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.countryCodes";
    static constexpr char kNewCommand[] = "countryCodes.new";
    static constexpr char kDeleteCommand[] = "countryCodes.delete";
    static constexpr char kUndoCommand[] = "countryCodes.undo";

    explicit CountryCodesScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    enum Column { Code, Name, Eu, PaymentText, ColumnCount };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    void reload(const QString &selectCode = QString());
    void showCountry(const CountryCode &country, bool isNew);
    void currentRowChanged(int row);
    CountryCode formCountry() const;
    void newCountry();
    void save();
    void deleteCurrent();
    void undo();

    rsk::Database *m_ledger = nullptr;
    QList<CountryCode> m_countries;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_paymentText = nullptr;
    QCheckBox *m_eu = nullptr;
    bool m_isNew = false;
    bool m_loading = false;
    int m_shownRow = -1;
};

} // namespace rsk::ui
