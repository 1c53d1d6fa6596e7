#pragma once

#include "screens/reportscreen.h"

class QComboBox;
class QLineEdit;

namespace rsk::ui {

// Inbetalningsprognos (handbook 5.3): company from–tom (the chosen company),
// routine from–tom (empty = every routine), due date from–tom (from today
// when the screen opens), and the period to sum per: day, ISO week or month.
// Enter shows the open balances expected per period, company and routine.
class PaymentForecastScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.forecast";

    explicit PaymentForecastScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

protected:
    std::unique_ptr<ReportPager> createReport() override;

private:
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_dueFrom = nullptr;
    QLineEdit *m_dueTo = nullptr;
    QComboBox *m_period = nullptr;
};

} // namespace rsk::ui
