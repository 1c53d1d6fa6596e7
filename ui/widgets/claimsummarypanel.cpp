#include "widgets/claimsummarypanel.h"

#include "dates/dateparse.h"
#include "ledger/types.h"

#include <QFormLayout>
#include <QLabel>

namespace rsk::ui {

ClaimSummaryPanel::ClaimSummaryPanel(QWidget *parent)
    : QGroupBox(tr("Fakturan (F5)"), parent), m_form(new QFormLayout), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("claimPanel"));
    m_message->setObjectName(QStringLiteral("claimMessage"));
    m_message->setWordWrap(true);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(2);
    m_invoice = addRow(QStringLiteral("claimInvoice"), tr("Faktura:"));
    m_name = addRow(QStringLiteral("claimName"), tr("Namn:"));
    m_dueDate = addRow(QStringLiteral("claimDueDate"), tr("Förfallodag:"));
    m_capital = addRow(QStringLiteral("claimCapital"), tr("Kapital kvar:"), true);
    m_reminderFee = addRow(QStringLiteral("claimReminderFee"), tr("Påminnelseavgift:"), true);
    m_collectionFee = addRow(QStringLiteral("claimCollectionFee"), tr("Kravavgift:"), true);
    m_interest = addRow(QStringLiteral("claimInterest"), tr("Dröjsmålsränta:"), true);
    m_balance = addRow(QStringLiteral("claimBalance"), tr("Saldo:"), true);
    QFont bold = m_balance->font();
    bold.setBold(true);
    m_balance->setFont(bold);
    m_finalPaid = addRow(QStringLiteral("claimFinalPaid"), tr("Slutbetald:"));
    m_watch = addRow(QStringLiteral("claimWatch"), tr("Bevakning:"));
    m_watch->setStyleSheet(QStringLiteral("color: #b00000;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch(1);
    showMessage(tr("Skriv ett fakturanummer och tryck F5."));
}

QLabel *ClaimSummaryPanel::addRow(const QString &objectName, const QString &label, bool money)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (money) // UI.md "Look": numbers right-aligned
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->addRow(label, value);
    return value;
}

void ClaimSummaryPanel::showClaim(const rsk::Invoice &c)
{
    m_invoiceNumber = c.invoiceNumber;
    m_message->hide();
    m_invoice->setText(QStringLiteral("%1 / %2").arg(c.company, c.invoiceNumber));
    m_name->setText(c.name);
    m_dueDate->setText(isoDate(c.dueDate));
    m_capital->setText(c.capitalOpen.toString());
    m_reminderFee->setText(c.reminderFeeOpen.toString());
    m_collectionFee->setText(c.collectionFeeOpen.toString());
    m_interest->setText(c.interestOpen.toString());
    m_balance->setText(c.balance.toString());
    m_finalPaid->setText(c.finalPaidDate.isValid() ? isoDate(c.finalPaidDate) : tr("nej"));
    m_watch->setText(c.watchText);
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, true);
    m_form->setRowVisible(m_watch, !c.watchText.isEmpty());
}

void ClaimSummaryPanel::showMessage(const QString &message)
{
    m_invoiceNumber.clear();
    m_message->setText(message);
    m_message->show();
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
}

} // namespace rsk::ui
