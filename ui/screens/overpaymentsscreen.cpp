#include "screens/overpaymentsscreen.h"

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

OverpaymentsScreen::OverpaymentsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kShowClaimCommand), this), &QAction::triggered, this,
            &OverpaymentsScreen::showClaim);
    connect(commands().bind(QLatin1String(kRefundCommand), this), &QAction::triggered, this,
            &OverpaymentsScreen::refund);
    connect(commands().bind(QLatin1String(kShowAllCommand), this), &QAction::triggered, this,
            &OverpaymentsScreen::toggleAll);

    auto *intro = new QLabel(tr("Belopp som betalats utöver fakturans saldo. Fakturan är "
                                "slutbetald; överskottet kan flyttas till samma kunds andra "
                                "faktura eller markeras som återbetalt."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("overpaymentTable"));
    m_table->setHorizontalHeaderLabels({tr("Nr"), tr("Faktura"), tr("Namn"), tr("Betaldag"),
                                        tr("Belopp"), tr("Status"), tr("Anteckning")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (m_target->text().trimmed().isEmpty())
            showClaim();
    });

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setMaxLength(9);
    m_target->setPlaceholderText(tr("fakturanummer"));
    m_target->installEventFilter(this);
    auto *moveButton = new QPushButton(tr("F&lytta"), this);
    connect(moveButton, &QPushButton::clicked, this, &OverpaymentsScreen::move);
    auto *moveRow = new QHBoxLayout;
    auto *moveLabel = new QLabel(tr("Flytta till &faktura:"), this);
    moveLabel->setBuddy(m_target);
    moveRow->addWidget(moveLabel);
    moveRow->addWidget(m_target);
    moveRow->addWidget(moveButton);
    moveRow->addStretch(1);

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
    left->addLayout(moveRow);
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

bool OverpaymentsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_table) {
                if (current())
                    m_target->setFocus();
            } else {
                move();
            }
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void OverpaymentsScreen::reload(qint64 selectId)
{
    if (!m_ledger)
        return;
    try {
        m_rows = OverpaymentRegister(*m_ledger).list(session().companyNumber(), m_all);
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        return;
    }
    m_table->setRowCount(int(m_rows.size()));
    int select = m_rows.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Overpayment &o = m_rows.at(row);
        if (o.id == selectId)
            select = row;
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
    if (select >= 0)
        m_table->setCurrentCell(select, 0);
    m_status->setText(m_rows.isEmpty() ? tr("Inga överbetalningar.")
                                       : tr("%n överbetalning(ar).", nullptr, int(m_rows.size())));
}

const Overpayment *OverpaymentsScreen::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void OverpaymentsScreen::showClaim()
{
    if (!m_ledger)
        return;
    const Overpayment *o = current();
    const QString typed = m_target->text().trimmed();
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

void OverpaymentsScreen::move()
{
    if (!m_ledger)
        return;
    m_error->clear();
    const Overpayment *o = current();
    if (!o) {
        m_error->setText(tr("Välj en överbetalning i listan."));
        m_table->setFocus();
        return;
    }
    const qint64 id = o->id;
    const QString target = m_target->text().trimmed();
    try {
        const auto moved = OverpaymentRegister(*m_ledger).move(id, target);
        reload();
        showClaim(); // the target as it is now
        m_target->clear();
        m_status->setText(moved.rest.isPositive()
                              ? tr("Nr %1 flyttad till %2: %3 kr; %4 kr kvar som överbetalning.")
                                    .arg(id)
                                    .arg(target, moved.posted.toString(), moved.rest.toString())
                              : tr("Nr %1 flyttad till %2: %3 kr.")
                                    .arg(id)
                                    .arg(target, moved.posted.toString()));
        m_table->setFocus();
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        m_target->setFocus();
    }
}

void OverpaymentsScreen::refund()
{
    if (!m_ledger)
        return;
    const Overpayment *o = current();
    if (!o)
        return;
    const qint64 id = o->id;
    QMessageBox ask(QMessageBox::Question, tr("Återbetald"),
                    tr("Markera överbetalning nr %1 (%2 kr på faktura %3) som återbetald?")
                        .arg(id)
                        .arg(o->amount.toString(), o->invoiceNumber),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Markera återbetald"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        OverpaymentRegister(*m_ledger).markRefunded(id, QString());
        reload();
        m_status->setText(tr("Överbetalning nr %1 är markerad som återbetald.").arg(id));
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
    }
}

void OverpaymentsScreen::toggleAll()
{
    m_all = !m_all;
    reload(current() ? current()->id : 0);
}

} // namespace rsk::ui
