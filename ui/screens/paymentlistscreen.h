#pragma once

#include "screens/reportscreen.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rsk::ui {

// Inbetalningslista (handbook 5.2): every selection of the handbook —
// company from–tom, invoice number from–tom (one routine: "04" from and
// to, or 040000000–049999999), registration date from, transaction date,
// booked date and due date from–tom, payment method (F4), type of payments
// (1 all, 2 only automatic, 3 no automatic) and "person number and name"
// — all optional. Enter shows the list sorted by transaction date and
// method with their subtotals; F16 prints it, Ctrl+E/Ctrl+Skift+E export.
class PaymentListScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.list";
    static constexpr char kListCommand[] = "paymentList.list";

    explicit PaymentListScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

protected:
    std::unique_ptr<ReportPager> createReport() override;

private:
    void listAllowedValues();

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_registeredFrom = nullptr;
    QLineEdit *m_transactionFrom = nullptr;
    QLineEdit *m_transactionTo = nullptr;
    QLineEdit *m_bookedFrom = nullptr;
    QLineEdit *m_bookedTo = nullptr;
    QLineEdit *m_dueFrom = nullptr;
    QLineEdit *m_dueTo = nullptr;
    QLineEdit *m_method = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_withName = nullptr;
};

} // namespace rsk::ui
