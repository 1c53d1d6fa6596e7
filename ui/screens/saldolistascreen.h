#pragma once

#include "money/money.h"
#include "screens/reportscreen.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace rsk::ui {

// Saldolista (handbook 6.4). Two tabs as in the handbook, switched with F10
// (F11 = Urval, F12 = Sortering), "listan kan beställas från båda flikarna":
// - Urval: company, routine, invoice number, invoice date, due date, booking
//   date, debiteringsrutinens identitet, person number, customer number,
//   förvaltning/avdelning, saldobelopp and kravkod from–tom, and "Visa
//   endast obetalda fakturor" (checked, as the handbook fills it in);
// - Sortering: "Justera bort inbetalningar efter" (the balance as of a
//   date), the sort order 1–6, only reminded, only collection-demanded, only
//   with payment method (F4), only total rows, and the detail: every column
//   (for Excel and CSV) or a narrow list that fits the printed page.
// Enter shows the list (any field, check box or the sort order); under the
// form the list's FAKTURERAT + PÅFÖRT + INBETALT = SALDO. F16 prints with a
// preview, Ctrl+E / Ctrl+Skift+E export (ReportScreen). F4 lists companies,
// routines, payment methods and dunning codes.
class SaldolistaScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.saldolista";
    static constexpr char kListCommand[] = "saldolista.list";
    static constexpr char kNextTabCommand[] = "saldolista.nextTab";
    static constexpr char kSelectionTabCommand[] = "saldolista.selectionTab";
    static constexpr char kSortTabCommand[] = "saldolista.sortTab";

    explicit SaldolistaScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    QTabWidget *tabs() const { return m_tabs; }
    QString totalsText() const;

protected:
    std::unique_ptr<ReportPager> createReport() override;
    void reportShown() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *selectionTab();
    QWidget *sortTab();
    void showTab(int index);
    void listAllowedValues();
    std::optional<Money> moneyField(QLineEdit *field, const QString &label);
    int codeField(QLineEdit *field, const QString &label);

    QTabWidget *m_tabs = nullptr;
    QLabel *m_totals = nullptr;
    // Urval
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_invoiceDateFrom = nullptr;
    QLineEdit *m_invoiceDateTo = nullptr;
    QLineEdit *m_dueFrom = nullptr;
    QLineEdit *m_dueTo = nullptr;
    QLineEdit *m_bookedFrom = nullptr;
    QLineEdit *m_bookedTo = nullptr;
    QLineEdit *m_registerFrom = nullptr;
    QLineEdit *m_registerTo = nullptr;
    QLineEdit *m_idFrom = nullptr;
    QLineEdit *m_idTo = nullptr;
    QLineEdit *m_customerFrom = nullptr;
    QLineEdit *m_customerTo = nullptr;
    QLineEdit *m_departmentFrom = nullptr;
    QLineEdit *m_departmentTo = nullptr;
    QLineEdit *m_balanceFrom = nullptr;
    QLineEdit *m_balanceTo = nullptr;
    QLineEdit *m_codeFrom = nullptr;
    QLineEdit *m_codeTo = nullptr;
    QCheckBox *m_onlyUnpaid = nullptr;
    // Sortering
    QLineEdit *m_asOf = nullptr;
    QComboBox *m_sort = nullptr;
    QCheckBox *m_onlyReminded = nullptr;
    QCheckBox *m_onlyCollection = nullptr;
    QLineEdit *m_method = nullptr;
    QCheckBox *m_onlyTotals = nullptr;
    QComboBox *m_detail = nullptr;
};

} // namespace rsk::ui
