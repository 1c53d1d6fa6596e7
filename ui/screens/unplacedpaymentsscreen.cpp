#include "screens/unplacedpaymentsscreen.h"

#include "ledger/invoicerepository.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/claimsummarypanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace rsk::ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

UnplacedPaymentsScreen::UnplacedPaymentsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kShowClaimCommand), this), &QAction::triggered, this,
            &UnplacedPaymentsScreen::showClaim);
    connect(commands().bind(QLatin1String(kRefundCommand), this), &QAction::triggered, this,
            &UnplacedPaymentsScreen::refund);
    connect(commands().bind(QLatin1String(kShowAllCommand), this), &QAction::triggered, this,
            &UnplacedPaymentsScreen::toggleAll);

    auto *intro = new QLabel(tr("Betalningar som inte kunde kopplas till en faktura vid inläsning "
                                "från bankgiro eller plusgiro. Välj en betalning, skriv "
                                "fakturanumret och tryck Enter för att placera den."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("unplacedTable"));
    m_table->setHorizontalHeaderLabels({tr("Nr"), tr("Betaldag"), tr("Belopp"), tr("Referens"),
                                        tr("Betalare"), tr("Orsak"), tr("Fil:rad"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);

    m_invoice = new QLineEdit(this);
    m_invoice->setObjectName(QStringLiteral("invoiceEdit"));
    m_invoice->setMaxLength(9);
    m_invoice->setPlaceholderText(tr("fakturanummer"));
    m_invoice->installEventFilter(this);
    auto *placeButton = new QPushButton(tr("&Placera"), this);
    connect(placeButton, &QPushButton::clicked, this, &UnplacedPaymentsScreen::place);
    auto *placeRow = new QHBoxLayout;
    auto *placeLabel = new QLabel(tr("Placera på &faktura:"), this);
    placeLabel->setBuddy(m_invoice);
    placeRow->addWidget(placeLabel);
    placeRow->addWidget(m_invoice);
    placeRow->addWidget(placeButton);
    placeRow->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_claim = new ClaimSummaryPanel(this);
    m_claim->setObjectName(QStringLiteral("claimPanel"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addLayout(placeRow);
    left->addWidget(m_error);
    left->addWidget(m_status);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addWidget(m_claim, 1);
    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(body, 1);
    setFocusProxy(m_table);
    connect(&context.session, &Session::companyChanged, this, [this] { reload(); });

    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        return; // every action checks for the ledger
    }
    reload();
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

bool UnplacedPaymentsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_table) {
                if (current())
                    m_invoice->setFocus();
            } else {
                place();
            }
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void UnplacedPaymentsScreen::reload(qint64 selectId)
{
    if (!m_ledger)
        return;
    try {
        m_rows = UnplacedRegister(*m_ledger).list(session().companyNumber(), m_all);
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        return;
    }
    m_table->setRowCount(int(m_rows.size()));
    int select = m_rows.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const UnplacedPayment &u = m_rows.at(row);
        if (u.id == selectId)
            select = row;
        m_table->setItem(row, Id, cell(QString::number(u.id), true));
        m_table->setItem(row, PaymentDate, cell(u.paymentDate.toString(Qt::ISODate)));
        m_table->setItem(row, Amount, cell(u.amount.toString(), true));
        m_table->setItem(row, Reference, cell(u.reference));
        m_table->setItem(row, Payer, cell(u.payer));
        m_table->setItem(row, Reason, cell(u.reason));
        m_table->setItem(row, Source, cell(u.fileName.isEmpty()
                                               ? QString()
                                               : QStringLiteral("%1:%2").arg(u.fileName).arg(u.fileLine)));
        m_table->setItem(row, Status,
                         cell(u.status == UnplacedPayment::Status::Placed
                                  ? tr("Placerad på %1").arg(u.placedInvoiceNumber)
                                  : UnplacedRegister::statusText(u.status)));
    }
    if (select >= 0)
        m_table->setCurrentCell(select, 0);
    m_status->setText(m_rows.isEmpty() ? tr("Inga oplacerade betalningar.")
                                       : tr("%n betalning(ar).", nullptr, int(m_rows.size())));
}

const UnplacedPayment *UnplacedPaymentsScreen::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void UnplacedPaymentsScreen::showClaim()
{
    if (!m_ledger)
        return;
    const UnplacedPayment *u = current();
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

void UnplacedPaymentsScreen::place()
{
    if (!m_ledger)
        return;
    m_error->clear();
    const UnplacedPayment *u = current();
    if (!u) {
        m_error->setText(tr("Välj en betalning i listan."));
        m_table->setFocus();
        return;
    }
    const qint64 id = u->id;
    const QString invoice = m_invoice->text().trimmed();
    try {
        const auto placed = UnplacedRegister(*m_ledger).place(id, invoice);
        reload();
        showClaim(); // the claim as it is now
        m_invoice->clear();
        m_status->setText(placed.overpaid.isPositive()
                              ? tr("Betalning nr %1 placerad på %2: %3 kr, %4 kr till "
                                   "överbetalningar.")
                                    .arg(id)
                                    .arg(invoice, placed.posted.toString(),
                                         placed.overpaid.toString())
                              : tr("Betalning nr %1 placerad på %2: %3 kr.")
                                    .arg(id)
                                    .arg(invoice, placed.posted.toString()));
        m_table->setFocus();
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        m_invoice->setFocus();
    }
}

void UnplacedPaymentsScreen::refund()
{
    if (!m_ledger)
        return;
    const UnplacedPayment *u = current();
    if (!u)
        return;
    const qint64 id = u->id;
    QMessageBox ask(QMessageBox::Question, tr("Återbetald"),
                    tr("Markera betalning nr %1 (%2 kr) som återbetald?")
                        .arg(id)
                        .arg(u->amount.toString()),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Markera återbetald"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        UnplacedRegister(*m_ledger).markRefunded(id);
        reload();
        m_status->setText(tr("Betalning nr %1 är markerad som återbetald.").arg(id));
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
    }
}

void UnplacedPaymentsScreen::toggleAll()
{
    m_all = !m_all;
    reload(current() ? current()->id : 0);
}

} // namespace rsk::ui
