#include "screens/overpaymentsscreen.h"

#include "ledger/invoicerepository.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/claimsummarypanel.h"

#include <QLineEdit>
#include <QTableWidget>

namespace rsk::ui {

OverpaymentsScreen::OverpaymentsScreen(ScreenContext &context, QWidget *parent)
    : RegisterScreen(context, parent)
{
    declareCommands(commands());
    bindCommands(kShowClaimCommand, kRefundCommand, kShowAllCommand);
    Setup setup;
    setup.intro = tr("Belopp som betalats utöver fakturans saldo. Fakturan är "
                     "slutbetald; överskottet kan flyttas till samma kunds andra "
                     "faktura eller markeras som återbetalt.");
    setup.tableName = QStringLiteral("overpaymentTable");
    setup.headers = {tr("Nr"),     tr("Faktura"), tr("Namn"),      tr("Betaldag"),
                     tr("Belopp"), tr("Status"),  tr("Anteckning")};
    setup.fieldName = QStringLiteral("targetEdit");
    setup.fieldPlaceholder = tr("fakturanummer");
    setup.fieldLabel = tr("Flytta till fak&tura:");
    setup.actionButton = tr("F&lytta");
    setup.noLedger = tr("Ingen reskontra är öppen.");
    setup.claimFollowsRow = true;
    build(setup);
}

void OverpaymentsScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kShowClaimCommand), id, QKeySequence(Qt::Key_F5),
                      tr("Visa fakturan")});
    commands.declare({QLatin1String(kRefundCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Återbetald")});
    commands.declare({QLatin1String(kShowAllCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Visa alla")});
}

int OverpaymentsScreen::readRows(bool all)
{
    m_rows = OverpaymentRegister(*m_ledger).list(session().companyNumber(), all);
    return int(m_rows.size());
}

void OverpaymentsScreen::fillRow(int row)
{
    const Overpayment &o = m_rows.at(row);
    m_table->setItem(row, Id, cell(QString::number(o.id), true));
    m_table->setItem(row, Invoice, cell(o.invoiceNumber));
    m_table->setItem(row, Name, cell(o.name));
    m_table->setItem(row, PaymentDate, cell(o.paymentDate.toString(Qt::ISODate)));
    m_table->setItem(row, Amount, cell(o.amount.toString(), true));
    m_table->setItem(row, Status,
                     cell(o.status == Overpayment::Status::Moved
                              ? tr("Flyttad till %1").arg(o.movedToInvoiceNumber)
                              : OverpaymentRegister::statusText(o.status)));
    m_table->setItem(row, Note, cell(o.note));
}

QString OverpaymentsScreen::countText(int rows) const
{
    return rows == 0 ? tr("Inga överbetalningar.") : tr("%n överbetalning(ar).", nullptr, rows);
}

QString OverpaymentsScreen::noRowText() const
{
    return tr("Välj en överbetalning i listan.");
}

void OverpaymentsScreen::showClaim()
{
    if (!m_ledger)
        return;
    const int row = currentIndex();
    const Overpayment *o = row >= 0 ? &m_rows.at(row) : nullptr;
    const QString typed = m_invoice->text().trimmed();
    const QString company = o ? o->company : session().companyNumber();
    if (typed.isEmpty() && !o) {
        m_claim->showMessage(tr("Ingen överbetalning vald."));
        return;
    }
    const auto number = typed.isEmpty() ? std::optional<QString>(o->invoiceNumber)
                                        : InvoiceRepository::normalizeInvoiceNumber(typed);
    const auto claim = number ? InvoiceRepository(*m_ledger).find(company, *number) : std::nullopt;
    if (claim)
        m_claim->showClaim(*claim);
    else
        m_claim->showMessage(tr("Faktura %1 finns inte i företag %2.").arg(typed, company));
}

QString OverpaymentsScreen::resolveRow(qint64 id, const QString &target)
{
    const auto moved = OverpaymentRegister(*m_ledger).move(id, target);
    return moved.rest.isPositive()
               ? tr("Nr %1 flyttad till %2: %3 kr; %4 kr kvar som överbetalning.")
                     .arg(id)
                     .arg(target, moved.posted.toString(), moved.rest.toString())
               : tr("Nr %1 flyttad till %2: %3 kr.").arg(id).arg(target, moved.posted.toString());
}

RegisterScreen::RefundQuestion OverpaymentsScreen::refundQuestion(int row) const
{
    const Overpayment &o = m_rows.at(row);
    return {tr("Återbetald"),
            tr("Markera överbetalning nr %1 (%2 kr på faktura %3) som återbetald?")
                .arg(o.id)
                .arg(o.amount.toString(), o.invoiceNumber),
            tr("&Markera återbetald"), tr("&Avbryt")};
}

QString OverpaymentsScreen::refundRow(qint64 id)
{
    OverpaymentRegister(*m_ledger).markRefunded(id, QString());
    return tr("Överbetalning nr %1 är markerad som återbetald.").arg(id);
}

} // namespace rsk::ui
