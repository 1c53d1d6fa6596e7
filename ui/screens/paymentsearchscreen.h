#pragma once

#include "screens/reportscreen.h"

class QLineEdit;

namespace rsk::ui {

// Sök inbetalningar (handbook 5.1): company from–to (the chosen company in
// both when the screen opens), then one search term — payment date
// (ÅÅMMDD), payment method (F4 lists them), amount or invoice number; Enter
// lists the transactions from that value on, sorted by it; with no term the
// newest come first (shown when the screen opens). F9 switches the column
// set: who registered and when ↔ booked date and remark (the handbook's F10
// "Växling"; UI.md puts column sets on F9).
class PaymentSearchScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.search";
    static constexpr char kColumnsCommand[] = "paymentSearch.columns";
    static constexpr char kListCommand[] = "paymentSearch.list";

    explicit PaymentSearchScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    bool showsBookingColumns() const { return m_bookingColumns; }

protected:
    std::unique_ptr<ReportPager> createReport() override;
    void reportShown() override;

private:
    void switchColumns();
    void listAllowedValues();
    void applyColumnSet();

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_method = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_invoice = nullptr;
    bool m_bookingColumns = false;
};

} // namespace rsk::ui
