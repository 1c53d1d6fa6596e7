#pragma once

#include "screens/reportscreen.h"

class QLineEdit;

namespace rsk::ui {

// Särredovisad kundfordran (handbook 5.4): company from–tom, the date (the
// claims unpaid at the end of it; today when the screen opens) and the
// account from–tom of the claims' lines ("för t ex VA-verksamheten").
// Enter shows the list with subtotals per routine and company; F16 prints,
// Ctrl+E / Ctrl+Skift+E export. The handbook's Kontodel waits for the
// account-string parts of the company settings (see separatereceivable.h).
class SeparateReceivableScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.separateReceivable";

    explicit SeparateReceivableScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

protected:
    std::unique_ptr<ReportPager> createReport() override;

private:
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_accountFrom = nullptr;
    QLineEdit *m_accountTo = nullptr;
};

} // namespace rsk::ui
