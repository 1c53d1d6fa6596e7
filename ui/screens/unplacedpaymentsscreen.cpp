#include "screens/unplacedpaymentsscreen.h"

#include "ledger/invoicerepository.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/claimsummarypanel.h"

#include <QLineEdit>
#include <QTableWidget>

namespace rsk::ui {

UnplacedPaymentsScreen::UnplacedPaymentsScreen(ScreenContext &context, QWidget *parent)
    : RegisterScreen(context, parent)
{
    declareCommands(commands());
    bindCommands(kShowClaimCommand, kRefundCommand, kShowAllCommand);
    Setup setup;
    setup.intro = tr("Betalningar som inte kunde kopplas till en faktura vid inläsning "
                     "från bankgiro eller plusgiro. Välj en betalning, skriv "
                     "fakturanumret och tryck Enter för att placera den.");
    setup.tableName = QStringLiteral("unplacedTable");
    setup.headers = {tr("Nr"),       tr("Betaldag"), tr("Belopp"),  tr("Referens"),
                     tr("Betalare"), tr("Orsak"),    tr("Fil:rad"), tr("Status")};
    setup.fieldName = QStringLiteral("invoiceEdit");
    setup.fieldPlaceholder = tr("fakturanummer");
    setup.fieldLabel = tr("Placera på fak&tura:");
    setup.actionButton = tr("&Placera");
    setup.noLedger = tr("Ingen reskontra är öppen.");
    build(setup);
}

void UnplacedPaymentsScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kShowClaimCommand), id, QKeySequence(Qt::Key_F5),
                      tr("Visa fakturan")});
    commands.declare({QLatin1String(kRefundCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Återbetald")});
    commands.declare({QLatin1String(kShowAllCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Visa alla")});
}

int UnplacedPaymentsScreen::readRows(bool all)
{
    m_rows = UnplacedRegister(*m_ledger).list(session().companyNumber(), all);
    return int(m_rows.size());
}

void UnplacedPaymentsScreen::fillRow(int row)
{
    const UnplacedPayment &u = m_rows.at(row);
    m_table->setItem(row, Id, cell(QString::number(u.id), true));
    m_table->setItem(row, PaymentDate, cell(u.paymentDate.toString(Qt::ISODate)));
    m_table->setItem(row, Amount, cell(u.amount.toString(), true));
    m_table->setItem(row, Reference, cell(u.reference));
    m_table->setItem(row, Payer, cell(u.payer));
    m_table->setItem(row, Reason, cell(u.reason));
    m_table->setItem(row, Source,
                     cell(u.fileName.isEmpty()
                              ? QString()
                              : QStringLiteral("%1:%2").arg(u.fileName).arg(u.fileLine)));
    m_table->setItem(row, Status,
                     cell(u.status == UnplacedPayment::Status::Placed
                              ? tr("Placerad på %1").arg(u.placedInvoiceNumber)
                              : UnplacedRegister::statusText(u.status)));
}

QString UnplacedPaymentsScreen::countText(int rows) const
{
    return rows == 0 ? tr("Inga oplacerade betalningar.") : tr("%n betalning(ar).", nullptr, rows);
}

QString UnplacedPaymentsScreen::noRowText() const
{
    return tr("Välj en betalning i listan.");
}

void UnplacedPaymentsScreen::showClaim()
{
    if (!m_ledger)
        return;
    const int row = currentIndex();
    const UnplacedPayment *u = row >= 0 ? &m_rows.at(row) : nullptr;
    const QString typed = m_invoice->text().trimmed();
    if (typed.isEmpty()) {
        m_claim->showMessage(tr("Skriv fakturanumret och tryck F5."));
        return;
    }
    const auto number = InvoiceRepository::normalizeInvoiceNumber(typed);
    const QString company = u ? u->company : session().companyNumber();
    const auto claim = number ? InvoiceRepository(*m_ledger).find(company, *number) : std::nullopt;
    if (claim)
        m_claim->showClaim(*claim);
    else
        m_claim->showMessage(tr("Faktura %1 finns inte i företag %2.").arg(typed, company));
}

QString UnplacedPaymentsScreen::resolveRow(qint64 id, const QString &invoice)
{
    const auto placed = UnplacedRegister(*m_ledger).place(id, invoice);
    return placed.overpaid.isPositive()
               ? tr("Betalning nr %1 placerad på %2: %3 kr, %4 kr till "
                    "överbetalningar.")
                     .arg(id)
                     .arg(invoice, placed.posted.toString(), placed.overpaid.toString())
               : tr("Betalning nr %1 placerad på %2: %3 kr.")
                     .arg(id)
                     .arg(invoice, placed.posted.toString());
}

RegisterScreen::RefundQuestion UnplacedPaymentsScreen::refundQuestion(int row) const
{
    const UnplacedPayment &u = m_rows.at(row);
    return {tr("Återbetald"),
            tr("Markera betalning nr %1 (%2 kr) som återbetald?")
                .arg(u.id)
                .arg(u.amount.toString()),
            tr("&Markera återbetald"), tr("&Avbryt")};
}

QString UnplacedPaymentsScreen::refundRow(qint64 id)
{
    UnplacedRegister(*m_ledger).markRefunded(id);
    return tr("Betalning nr %1 är markerad som återbetald.").arg(id);
}

} // namespace rsk::ui
