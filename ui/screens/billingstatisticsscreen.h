#pragma once

#include "screens/reportscreen.h"

class QLineEdit;

namespace rsk::ui {

// Debiteringsstatistik (handbook 8.3): company, routine, invoice number and
// invoice date from–tom, all optional. Enter shows per routine and billing
// period the invoices, reminders 1 and 2, collection demands, threats,
// payment orders and payment plans with amounts and shares; F16 prints,
// Ctrl+E / Ctrl+Skift+E export. F4 lists companies and routines.
class BillingStatisticsScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.billingStatistics";
    static constexpr char kListCommand[] = "billingStatistics.list";

    explicit BillingStatisticsScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

protected:
    std::unique_ptr<ReportPager> createReport() override;

private:
    void listAllowedValues();

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_dateFrom = nullptr;
    QLineEdit *m_dateTo = nullptr;
};

} // namespace rsk::ui
