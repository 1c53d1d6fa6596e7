#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace rsk {
struct Invoice;
}

namespace rsk::ui {

// A compact read-only view of one claim for the payment screens (handbook
// 4.1 "Visa fakturan/F5"): who owes, the due date, the money parts and the
// balance, and a payment-watch text if there is one.
class ClaimSummaryPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ClaimSummaryPanel(QWidget *parent = nullptr);

    void showClaim(const rsk::Invoice &claim);
    // No claim to show: the panel says why (e.g. "Faktura ... finns inte").
    void showMessage(const QString &message);

    QString shownInvoiceNumber() const { return m_invoiceNumber; }

private:
    QLabel *addRow(const QString &objectName, const QString &label, bool money = false);

    QFormLayout *m_form;
    QLabel *m_message;
    QLabel *m_invoice;
    QLabel *m_name;
    QLabel *m_dueDate;
    QLabel *m_capital;
    QLabel *m_reminderFee;
    QLabel *m_collectionFee;
    QLabel *m_interest;
    QLabel *m_balance;
    QLabel *m_finalPaid;
    QLabel *m_watch;
    QString m_invoiceNumber;
};

} // namespace rsk::ui
