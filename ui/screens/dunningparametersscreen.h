#pragma once

#include "dunning/dunningparameters.h"
#include "interest/interestsettings.h"
#include "screens/screen.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Underhåll kravparametrar (handbook 7.2) on two tabs. "Kontering": company
// and debiteringsrutin, then the income accounts for reminder fees,
// collection fees and late-payment interest and the receivable account of
// the routine's interest invoices (routine + 50), read and saved through
// DunningParametersRegister. "Övrigt": the interest rules
// (InterestSettingsStore), blankettyp, the kravkoder set by
// betalningsföreläggande and amorteringsplan, saving letters for copies and
// the days to pay on each kind of letter (DunningParametersRegister).
// Enter saves both tabs in one unit of work; a refusal is shown below the
// field it names, on its tab, and nothing is saved. F7 undoes the changes,
// F10 goes to the next tab, F11/F12 to tab 1/2 (UI.md "Keys").
class DunningParametersScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.dunningParameters";
    static constexpr char kUndoCommand[] = "dunningParameters.undo";
    static constexpr char kNextTabCommand[] = "dunningParameters.nextTab";
    static constexpr char kAccountsTabCommand[] = "dunningParameters.accountsTab";
    static constexpr char kOtherTabCommand[] = "dunningParameters.otherTab";

    explicit DunningParametersScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createAccountsTab();
    QWidget *createOtherTab();
    QLineEdit *numberEdit(const char *name, const QString &pattern, int chars);
    // A form row: the field, and below it its (hidden) error line.
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field,
                   QWidget *beside = nullptr);
    void goToTab(int index);
    void fillChoices();
    void load();
    void loadAccounts();
    void showInterest(const InterestSettings &s);
    void showParameters(const DunningParameters &p);
    void selectCode(QComboBox *combo, int code);
    void keyChosen(QComboBox *combo, int index);
    bool readForm(InterestSettings &interest, DunningParameters &parameters,
                  DunningAccounts &changedAccounts);
    void save();
    void undo();
    void showRefusal(const QString &message);
    void setFieldError(QWidget *field, const QString &message);
    void clearMessages();
    // Accounts and the rest are tracked apart: a new company or routine
    // drops only the accounts (after asking).
    void formEdited(bool account);
    void updateAccountNames();

    rsk::Database *m_ledger = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Kontering
    QComboBox *m_company = nullptr;
    QComboBox *m_routine = nullptr;
    QLineEdit *m_reminderFeeAccount = nullptr;
    QLineEdit *m_collectionFeeAccount = nullptr;
    QLineEdit *m_interestIncomeAccount = nullptr;
    QLineEdit *m_interestReceivableAccount = nullptr;
    QLabel *m_interestRoutineLabel = nullptr;
    DunningAccounts m_shownAccounts;
    int m_shownCompany = -1;
    int m_shownRoutine = -1;
    // Övrigt
    QLineEdit *m_margin = nullptr;
    QCheckBox *m_dayAfterDue = nullptr;
    QComboBox *m_dayBasis = nullptr;
    QLineEdit *m_daysAfterInvoice = nullptr;
    QLineEdit *m_minimumInterest = nullptr;
    QLineEdit *m_minimumDaysLate = nullptr;
    QComboBox *m_formType = nullptr;
    QComboBox *m_paymentOrderCode = nullptr;
    QComboBox *m_paymentPlanCode = nullptr;
    QCheckBox *m_saveLetters = nullptr;
    QLineEdit *m_reminderPayDays = nullptr;
    QLineEdit *m_collectionPayDays = nullptr;
    QLineEdit *m_residualPayDays = nullptr;

    QHash<QWidget *, QLabel *> m_fieldErrors;
    QHash<QWidget *, QFormLayout *> m_fieldForms;
    QHash<QLineEdit *, QLabel *> m_accountNames;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    bool m_accountsEdited = false;
    bool m_otherEdited = false;
    bool m_loading = false;
};

} // namespace rsk::ui
