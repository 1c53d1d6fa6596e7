#pragma once

#include "payments/unplacedregister.h"
#include "screens/registerscreen.h"

namespace rsk::ui {

// Oplacerade betalningar: the payments a bank file brought that no claim
// took, for the session's company. Keys: arrows choose a payment; Enter on
// the list goes to "Placera på faktura"; typing an invoice number there, F5
// shows the claim beside the list and Enter places the payment on it (posted
// with its date and method, the rest above the balance to the overpayments);
// F6 marks the chosen payment refunded (asked first); F9 shows also the
// placed and refunded ones.
class UnplacedPaymentsScreen : public RegisterScreen
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

private:
    int readRows(bool all) override;
    qint64 rowId(int row) const override { return m_rows.at(row).id; }
    void fillRow(int row) override;
    QString countText(int rows) const override;
    QString noRowText() const override;
    QString resolveRow(qint64 id, const QString &invoice) override;
    RefundQuestion refundQuestion(int row) const override;
    QString refundRow(qint64 id) override;
    void showClaim() override;

    QList<UnplacedPayment> m_rows;
};

} // namespace rsk::ui
