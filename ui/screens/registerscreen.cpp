#include "screens/registerscreen.h"

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

RegisterScreen::RegisterScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
}

QTableWidgetItem *RegisterScreen::cell(const QString &text, bool right)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void RegisterScreen::bindCommands(const char *showClaim, const char *refund, const char *showAll)
{
    connect(commands().bind(QLatin1String(showClaim), this), &QAction::triggered, this,
            [this] { this->showClaim(); });
    connect(commands().bind(QLatin1String(refund), this), &QAction::triggered, this,
            &RegisterScreen::refund);
    connect(commands().bind(QLatin1String(showAll), this), &QAction::triggered, this,
            &RegisterScreen::toggleAll);
}

void RegisterScreen::build(const Setup &setup)
{
    auto *intro = new QLabel(setup.intro, this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, int(setup.headers.size()), this);
    m_table->setObjectName(setup.tableName);
    m_table->setHorizontalHeaderLabels(setup.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    if (setup.claimFollowsRow)
        connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
            if (m_invoice->text().trimmed().isEmpty())
                showClaim();
        });

    m_invoice = new QLineEdit(this);
    m_invoice->setObjectName(setup.fieldName);
    m_invoice->setMaxLength(9);
    m_invoice->setPlaceholderText(setup.fieldPlaceholder);
    m_invoice->installEventFilter(this);
    auto *button = new QPushButton(setup.actionButton, this);
    connect(button, &QPushButton::clicked, this, &RegisterScreen::resolve);
    auto *fieldRow = new QHBoxLayout;
    auto *fieldLabel = new QLabel(setup.fieldLabel, this);
    fieldLabel->setBuddy(m_invoice);
    fieldRow->addWidget(fieldLabel);
    fieldRow->addWidget(m_invoice);
    fieldRow->addWidget(button);
    fieldRow->addStretch(1);

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
    left->addLayout(fieldRow);
    left->addWidget(m_error);
    left->addWidget(m_status);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addWidget(m_claim, 1);
    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(body, 1);
    setFocusProxy(m_table);
    connect(&session(), &Session::companyChanged, this, [this] { reload(); });

    if (!m_ledger) {
        m_error->setText(setup.noLedger);
        return; // every action checks for the ledger
    }
    reload();
}

bool RegisterScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_table) {
                if (currentIndex() >= 0)
                    m_invoice->setFocus();
            } else {
                resolve();
            }
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void RegisterScreen::reload(qint64 selectId)
{
    if (!m_ledger)
        return;
    int rows = 0;
    try {
        rows = readRows(m_all);
        m_rowCount = rows;
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        return;
    }
    m_table->setRowCount(rows);
    int select = rows == 0 ? -1 : 0;
    for (int row = 0; row < rows; ++row) {
        if (rowId(row) == selectId)
            select = row;
        fillRow(row);
    }
    if (select >= 0)
        m_table->setCurrentCell(select, 0);
    m_status->setText(countText(rows));
}

int RegisterScreen::currentIndex() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rowCount ? row : -1;
}

void RegisterScreen::resolve()
{
    if (!m_ledger)
        return;
    m_error->clear();
    const int row = currentIndex();
    if (row < 0) {
        m_error->setText(noRowText());
        m_table->setFocus();
        return;
    }
    const qint64 id = rowId(row);
    const QString invoice = m_invoice->text().trimmed();
    try {
        const QString done = resolveRow(id, invoice);
        reload();
        showClaim(); // the claim as it is now
        m_invoice->clear();
        m_status->setText(done);
        m_table->setFocus();
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        m_invoice->setFocus();
    }
}

void RegisterScreen::refund()
{
    if (!m_ledger)
        return;
    const int row = currentIndex();
    if (row < 0)
        return;
    const qint64 id = rowId(row);
    const RefundQuestion q = refundQuestion(row);
    QMessageBox ask(QMessageBox::Question, q.title, q.question, QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(q.yes, QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(q.cancel, QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        const QString done = refundRow(id);
        reload();
        m_status->setText(done);
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
    }
}

void RegisterScreen::toggleAll()
{
    m_all = !m_all;
    const int row = currentIndex();
    reload(row >= 0 ? rowId(row) : 0);
}

} // namespace rsk::ui
