#pragma once

#include "payments/overpaymentregister.h"
#include "screens/registerscreen.h"

namespace rsk::ui {

// Överbetalningar: what payments brought above their claims' balances, for
// the session's company. Keys: arrows choose a row and F5 shows its claim
// (or, with an invoice number typed in "Flytta till faktura", that claim);
// Enter on the list goes to "Flytta till faktura", Enter there moves the
// overpayment onto that claim of the same customer; F6 marks the row
// refunded (asked first); F9 shows also the moved and refunded ones.
class OverpaymentsScreen : public RegisterScreen
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

    QList<Overpayment> m_rows;
};

} // namespace rsk::ui
