#include "screens/invoicesearchscreen.h"

#include "ledger/referencedata.h"
#include "models/claimsearchmodel.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QTableView>

#include <algorithm>

namespace rsk::ui {

namespace {

using Col = ClaimSearchModel::Column;

// Which model columns each F9 set shows (handbook 6.1: "I grundläget visas
// personnummer/kundnummer, namn, företag, förfallodag samt anmärkning …
// fakturabelopp, inbetalt belopp, samt datum … även adress"). The invoice
// number leads every set; the name stays in the other two to read them by.
QList<int> columnsOf(InvoiceSearchScreen::ColumnSet set)
{
    switch (set) {
    case InvoiceSearchScreen::ColumnSet::Basic:
        return {Col::InvoiceNumber, Col::IdNumber, Col::Name, Col::Company, Col::DueDate,
                Col::Remark};
    case InvoiceSearchScreen::ColumnSet::Amounts:
        return {Col::InvoiceNumber, Col::Name,        Col::Amount,       Col::Paid,
                Col::Balance,       Col::InvoiceDate, Col::DueDate,      Col::FinalPaidDate};
    case InvoiceSearchScreen::ColumnSet::Address:
        return {Col::InvoiceNumber, Col::Name, Col::Address, Col::PostalCode, Col::City,
                Col::RegisterId};
    }
    return {};
}

bool isAmountField(InvoiceSearch::Field f)
{
    return f == InvoiceSearch::Field::MinAmount || f == InvoiceSearch::Field::MinBalance;
}

} // namespace

InvoiceSearchScreen::InvoiceSearchScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kColumnsCommand), this), &QAction::triggered, this,
            &InvoiceSearchScreen::switchColumns);
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &InvoiceSearchScreen::listCompanies);
    connect(commands().bind(QLatin1String(kCustomerCommand), this), &QAction::triggered, this,
            [this] { openCustomer(m_table->currentIndex().row()); });

    auto *box = new QGroupBox(tr("Sök faktura"), this);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    columns->addLayout(left);
    columns->addSpacing(24);
    columns->addLayout(right);
    columns->addStretch(1);

    auto companyEdit = [box](const char *name) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(3);
        e->setMaximumWidth(60);
        return e;
    };
    m_companyFrom = companyEdit("companyFrom");
    m_companyTo = companyEdit("companyTo");
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    m_companyFrom->installEventFilter(this);
    m_companyTo->installEventFilter(this);
    auto *companies = new QHBoxLayout;
    companies->addWidget(m_companyFrom);
    companies->addWidget(new QLabel(tr("–"), box));
    companies->addWidget(m_companyTo);
    companies->addStretch(1);
    left->addRow(tr("Företag from – tom (F4)"), companies);

    using F = InvoiceSearch::Field;
    auto add = [&](QFormLayout *form, const char *name, const QString &label, int maxLength,
                   int width, F field) {
        QLineEdit *e = addSearchField(name, label, maxLength, field);
        e->setMaximumWidth(width);
        form->addRow(label, e);
    };
    add(left, "invoiceNumber", tr("Fakturanummer"), 9, 110, F::InvoiceNumber);
    add(left, "idNumber", tr("Personnummer"), 11, 130, F::IdNumber);
    add(left, "customerNumber", tr("Kundnummer"), 20, 180, F::CustomerNumber);
    add(left, "name", tr("Namn"), 30, 260, F::Name);
    add(right, "address", tr("Adress"), 30, 260, F::Address);
    add(right, "registerId", tr("Registerid"), 10, 130, F::RegisterId);
    add(right, "minAmount", tr("Fakturabelopp fr o m"), 16, 170, F::MinAmount);
    add(right, "minBalance", tr("Saldobelopp fr o m"), 16, 170, F::MinBalance);
    m_fields.value(1).edit->setPlaceholderText(tr("1–10 siffror"));
    for (const Field &f : std::as_const(m_fields))
        if (isAmountField(f.field))
            f.edit->setPlaceholderText(tr("t.ex. 1 000 eller 50-"));
    m_lastField = m_fields.value(3).edit; // the name

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));

    const Database *ledger = session().context().ledger;
    m_model = new ClaimSearchModel(ledger ? ledger->location() : QString(), this,
                                   session().access());
    connect(m_model, &ClaimSearchModel::firstRowsArrived, this,
            &InvoiceSearchScreen::firstRowsArrived);
    connect(m_model, &ClaimSearchModel::searchFinished, this, &InvoiceSearchScreen::updateStatus);
    connect(m_model, &ClaimSearchModel::searchStarted, this, &InvoiceSearchScreen::updateStatus);
    connect(m_model, &ClaimSearchModel::searchFailed, this,
            [this](const QString &message) { setError(message, m_lastField); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("claimTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size,
    // so only the pages on screen are read.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(false); // the order is the search's
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    contentLayout()->addWidget(box);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_table, 1);

    setTabOrder(m_companyFrom, m_companyTo);
    QWidget *previous = m_companyTo;
    for (const Field &f : std::as_const(m_fields)) {
        setTabOrder(previous, f.edit);
        previous = f.edit;
    }
    setTabOrder(previous, m_table);
    applyColumnSet();

    // Handbook 6.1: from the menu, the newest claim of the company first.
    if (ledger)
        search();
    else
        setError(tr("Ingen reskontra är öppen."), nullptr);
    m_focusList = false;
    m_fields.first().edit->setFocus();
}

void InvoiceSearchScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
    commands.declare({QLatin1String(kColumnsCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Växla kolumner")});
    commands.declare({QLatin1String(kCustomerCommand), id, QKeySequence(Qt::Key_F8), tr("Kund")});
}

QLineEdit *InvoiceSearchScreen::addSearchField(const char *name, const QString &label,
                                               int maxLength, InvoiceSearch::Field field)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(maxLength);
    e->setAccessibleName(label);
    e->installEventFilter(this);
    connect(e, &QLineEdit::textEdited, this, [this, e] { chooseField(e); });
    m_fields.append({e, field});
    return e;
}

// One search field at a time: typing in one empties the others.
void InvoiceSearchScreen::chooseField(QLineEdit *edit)
{
    for (const Field &f : std::as_const(m_fields))
        if (f.edit != edit)
            f.edit->clear();
    m_lastField = edit;
}

QString InvoiceSearchScreen::errorText() const
{
    return m_error->text();
}

QString InvoiceSearchScreen::statusText() const
{
    return m_status->text();
}

void InvoiceSearchScreen::setError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field && !message.isEmpty())
        field->setFocus(Qt::OtherFocusReason);
}

QString InvoiceSearchScreen::companyText(QLineEdit *edit, const QString &label)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return QString();
    const auto number = ReferenceData::normalizeCompanyNumber(text);
    if (!number) {
        const QString message = tr("%1: \"%2\" ska vara 1–3 siffror.").arg(label, text);
        setError(message, edit);
        throw LedgerError::refused(message);
    }
    return *number;
}

bool InvoiceSearchScreen::search()
{
    setError(QString(), nullptr);
    if (!session().context().ledger) {
        setError(tr("Ingen reskontra är öppen."), nullptr);
        return false;
    }
    InvoiceSearch c;
    QLineEdit *field = nullptr;
    try {
        c.companyFrom = companyText(m_companyFrom, tr("Företag from"));
        c.companyTo = companyText(m_companyTo, tr("Företag tom"));
        if (c.companyFrom.isEmpty() && !c.companyTo.isEmpty())
            c.companyFrom = QStringLiteral("000");
        for (const Field &f : std::as_const(m_fields)) {
            if (f.edit->text().trimmed().isEmpty())
                continue;
            field = f.edit;
            c.field = f.field;
            c.text = f.edit->text().trimmed();
            break;
        }
        if (field && isAmountField(c.field)) {
            // "Minustecken används efter beloppet": 50- is minus 50.
            QString text = c.text;
            if (text.endsWith(QLatin1Char('-')))
                text = QLatin1Char('-') + text.chopped(1).trimmed();
            QString why;
            const auto amount = Money::parse(text, &why);
            if (!amount) {
                const QString message = tr("%1: %2").arg(field->accessibleName(), why);
                setError(message, field);
                return false;
            }
            c.amount = *amount;
            c.text.clear();
        }
        InvoiceSearchQuery::validate(c);
    } catch (const LedgerError &e) {
        if (m_error->text().isEmpty())
            setError(e.message(), field ? field : m_companyFrom);
        return false;
    }
    if (field)
        m_lastField = field;
    m_searchedText = field ? field->text().trimmed() : QString();
    m_openSingle = c.field == InvoiceSearch::Field::InvoiceNumber && c.text.size() == 9;
    m_focusList = true;
    m_model->search(c);
    return true;
}

void InvoiceSearchScreen::firstRowsArrived(int rows)
{
    updateStatus();
    if (rows == 0)
        return;
    m_table->resizeColumnsToContents();
    const QModelIndex first = m_model->index(0, 0);
    m_table->setCurrentIndex(first);
    m_table->scrollToTop();
    // A whole invoice number in one company: the claim itself (handbook 6.1
    // "visas fakturan direkt").
    if (m_openSingle && !m_model->positioned() && rows == 1
        && m_model->claim(0).invoiceNumber == m_searchedText) {
        m_openSingle = false;
        openRow(0);
        return;
    }
    // The cursor goes to the list unless the clerk has gone on elsewhere.
    QWidget *focus = focusWidget();
    const bool inForm = !focus || focus == m_companyFrom || focus == m_companyTo
        || std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [focus](const Field &f) { return f.edit == focus; });
    if (m_focusList && inForm)
        m_table->setFocus(Qt::OtherFocusReason);
    m_focusList = false;
}

void InvoiceSearchScreen::updateStatus()
{
    QString text;
    switch (m_model->state()) {
    case ClaimSearchModel::State::Idle:
    case ClaimSearchModel::State::Failed:
        break;
    case ClaimSearchModel::State::Searching:
        text = tr("Söker…");
        break;
    case ClaimSearchModel::State::Counting:
        text = tr("Visar de första %L1 fakturorna, räknar resten…").arg(m_model->rowCount());
        break;
    case ClaimSearchModel::State::Done:
        text = m_model->totalRows() == 0 ? tr("Inga fakturor.")
                                         : tr("%L1 fakturor").arg(m_model->totalRows());
        break;
    }
    if (m_model->positioned() && m_model->state() == ClaimSearchModel::State::Done
        && m_model->totalRows() == 0)
        text = tr("Ingen faktura börjar med \"%1\" eller kommer efter det.").arg(m_searchedText);
    else if (m_model->positioned() && m_model->state() != ClaimSearchModel::State::Searching)
        text = tr("Ingen faktura börjar med \"%1\"; listan börjar vid närmaste värde. %2")
                   .arg(m_searchedText, text);
    m_status->setText(text);
}

bool InvoiceSearchScreen::openRow(int row)
{
    if (!m_model->isLoaded(row)) {
        m_status->setText(tr("Raden hämtas ännu – tryck Enter igen om ett ögonblick."));
        return false;
    }
    const InvoiceSearchRow claim = m_model->claim(row);
    openClaim(claim.company, claim.invoiceNumber);
    return true;
}

bool InvoiceSearchScreen::openCustomer(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_status->setText(tr("Markera en faktura i listan för att se kunden."));
        return false;
    }
    if (!m_model->isLoaded(row)) {
        m_status->setText(tr("Raden hämtas ännu – tryck F8 igen om ett ögonblick."));
        return false;
    }
    const InvoiceSearchRow claim = m_model->claim(row);
    QWidget *w = openScreen(QLatin1String(kCustomerScreenId));
    if (!w) {
        m_status->setText(tr("Kunduppgifterna kan inte visas här."));
        return false;
    }
    QMetaObject::invokeMethod(w, "showCustomer", Q_ARG(QString, claim.company),
                              Q_ARG(QString, claim.customerNumber));
    return true;
}

void InvoiceSearchScreen::openClaim(const QString &company, const QString &invoiceNumber)
{
    QWidget *w = openScreen(QLatin1String(kClaimScreenId));
    if (w)
        QMetaObject::invokeMethod(w, "showClaim", Q_ARG(QString, company),
                                  Q_ARG(QString, invoiceNumber));
}

void InvoiceSearchScreen::switchColumns()
{
    m_columnSet = m_columnSet == ColumnSet::Basic     ? ColumnSet::Amounts
        : m_columnSet == ColumnSet::Amounts           ? ColumnSet::Address
                                                      : ColumnSet::Basic;
    applyColumnSet();
}

void InvoiceSearchScreen::applyColumnSet()
{
    const QList<int> shown = columnsOf(m_columnSet);
    for (int c = 0; c < ClaimSearchModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, !shown.contains(c));
    if (m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    // The last column shown takes the rest of the width (the header only
    // looks for the last visible section again when told).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void InvoiceSearchScreen::listCompanies()
{
    const Database *ledger = session().context().ledger;
    if (!ledger)
        return;
    QLineEdit *target = m_companyTo->hasFocus() ? m_companyTo : m_companyFrom;
    AllowedValuesDialog::Values values;
    for (const Company &c : ReferenceData(*session().context().ledger).companies())
        values.append({c.number, c.name});
    if (const auto code = AllowedValuesDialog::choose(this, tr("Företag"), values, target->text()))
        target->setText(*code);
    target->setFocus();
}

bool InvoiceSearchScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return Screen::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        // Typing in the list starts a new search in the field last used.
        const QString text = key->text();
        if (m_lastField && key->modifiers() == Qt::NoModifier && text.size() == 1
            && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_lastField->setFocus(Qt::OtherFocusReason);
            m_lastField->setText(text);
            chooseField(m_lastField);
            return true;
        }
        return false;
    }
    // In a search field: PgUp/PgDn page the list, Down goes into it.
    switch (key->key()) {
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_table, event);
        return true;
    case Qt::Key_Down:
        if (m_model->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        search();
        return true;
    default:
        return false;
    }
}

} // namespace rsk::ui
