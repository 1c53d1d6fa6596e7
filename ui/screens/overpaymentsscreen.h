#pragma once

#include "payments/overpaymentregister.h"
#include "screens/screen.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

class ClaimSummaryPanel;

// Överbetalningar: what payments brought above their claims' balances, for
// the session's company. Keys: arrows choose a row and F5 shows its claim
// (or, with an invoice number typed in "Flytta till faktura", that claim);
// Enter on the list goes to "Flytta till faktura", Enter there moves the
// overpayment onto that claim of the same customer; F6 marks the row
// refunded (asked first); F9 shows also the moved and refunded ones.
class OverpaymentsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.overpayments";
    static constexpr char kShowClaimCommand[] = "payments.overpayments.showClaim";
    static constexpr char kRefundCommand[] = "payments.overpayments.refund";
    static constexpr char kShowAllCommand[] = "payments.overpayments.showAll";

    enum Column { Id, Invoice, Name, PaymentDate, Amount, Status, Note, ColumnCount };

    explicit OverpaymentsScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload(qint64 selectId = 0);
    const Overpayment *current() const;
    void showClaim();
    void move();
    void refund();
    void toggleAll();

    rsk::Database *m_ledger = nullptr;
    QList<Overpayment> m_rows;
    bool m_all = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_target = nullptr;
    ClaimSummaryPanel *m_claim = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace rsk::ui
