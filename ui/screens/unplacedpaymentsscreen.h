#pragma once

#include "payments/unplacedregister.h"
#include "screens/screen.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

class ClaimSummaryPanel;

// Oplacerade betalningar: the payments a bank file brought that no claim
// took, for the session's company. Keys: arrows choose a payment; Enter on
// the list goes to "Placera på faktura"; typing an invoice number there, F5
// shows the claim beside the list and Enter places the payment on it (posted
// with its date and method, the rest above the balance to the overpayments);
// F6 marks the chosen payment refunded (asked first); F9 shows also the
// placed and refunded ones.
class UnplacedPaymentsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.unplaced";
    static constexpr char kShowClaimCommand[] = "payments.unplaced.showClaim";
    static constexpr char kRefundCommand[] = "payments.unplaced.refund";
    static constexpr char kShowAllCommand[] = "payments.unplaced.showAll";

    enum Column { Id, PaymentDate, Amount, Reference, Payer, Reason, Source, Status, ColumnCount };

    explicit UnplacedPaymentsScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload(qint64 selectId = 0);
    const UnplacedPayment *current() const;
    void showClaim();
    void place();
    void refund();
    void toggleAll();

    rsk::Database *m_ledger = nullptr;
    QList<UnplacedPayment> m_rows;
    bool m_all = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_invoice = nullptr;
    ClaimSummaryPanel *m_claim = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace rsk::ui
