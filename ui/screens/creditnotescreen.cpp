#include "screens/creditnotescreen.h"

#include "commands/functionkeys.h"
#include "creditnotedocument.h"
#include "dates/dateparse.h"
#include "ledger/companysettings.h"
#include "ledger/referencedata.h"
#include "print/documentpreview.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTableWidget>

#include <algorithm>

namespace rsk::ui {

namespace {

QLineEdit *field(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

// A field with its error shown beside it (UI.md: not a modal box).
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(error, 1);
    return row;
}

} // namespace

CreditNoteScreen::CreditNoteScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_printer([this](const CreditDocument &d) {
          const QString kind = d.kind == CreditDocumentKind::AnnulmentNotice
                                   ? QStringLiteral("annulment")
                                   : QStringLiteral("credit_note");
          showPrintPreview(d, this,
                           m_ledger ? CompanySettings(*m_ledger).documentPrinter(d.sender.number,
                                                                                 kind)
                                    : QString());
      })
{
    declareCommands(commands());
    const QList<QPair<const char *, std::function<void()>>> bindings{
        {kLinesDoneCommand, [this] { linesDone(); }},
        {kDeleteLineCommand, [this] { deleteLine(); }},
        {kUndoCommand, [this] { undoLines(); }},
        {kNewLineCommand, [this] { newLine(); }},
        {kNoDocumentCommand, [this] { execute(CreditDocumentKind::None); }},
        {kCreditInvoiceCommand, [this] { execute(CreditDocumentKind::CreditInvoice); }},
        {kAnnulmentCommand, [this] { execute(CreditDocumentKind::AnnulmentNotice); }},
        {kPrintCommand, [this] { printLast(); }},
    };
    for (const auto &b : bindings)
        connect(commands().bind(QLatin1String(b.first), this), &QAction::triggered, this, b.second);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createSelectPage());
    m_pages->addWidget(createLinesPage());
    m_pages->addWidget(createPrintPage());
    contentLayout()->addWidget(m_pages, 1);

    connect(&session(), &Session::companyChanged, this, [this](const QString &n, const QString &name) {
        m_company->setText(QStringLiteral("%1 %2").arg(n, name));
    });
    if (!m_ledger) {
        m_status->setText(tr("Ingen reskontra är öppen.")); // Enter refuses quietly
    } else {
        m_date->setText(m_ledger->today().toString(QStringLiteral("yyMMdd")));
        refreshMethodHint();
    }
    setPage(SelectPage);
}

void CreditNoteScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    // handbook 4.5: "Fakturan klar/f5", "Kreditfaktura/F10", "Annulleringsbesked/F11",
    // F9 credits without paper. F6/F7 as everywhere (UI.md "Keys").
    commands.declare({QLatin1String(kLinesDoneCommand), id, QKeySequence(Qt::Key_F5),
                      tr("Fakturan klar")});
    commands.declare({QLatin1String(kDeleteLineCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Ta bort rad")});
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F7), tr("Ångra")});
    commands.declare({QLatin1String(kNewLineCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Ny rad")});
    commands.declare({QLatin1String(kNoDocumentCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Utan utskrift")});
    commands.declare({QLatin1String(kCreditInvoiceCommand), id, QKeySequence(Qt::Key_F10),
                      tr("Kreditfaktura")});
    commands.declare({QLatin1String(kAnnulmentCommand), id, QKeySequence(Qt::Key_F11),
                      tr("Annulleringsbesked")});
    commands.declare({QLatin1String(kPrintCommand), id, QKeySequence(Qt::Key_F16),
                      tr("Skriv ut")});
}

QLabel *CreditNoteScreen::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    label->setWordWrap(true);
    return label;
}

QWidget *CreditNoteScreen::createSelectPage()
{
    auto *page = new QWidget(this);
    m_company = new QLabel(QStringLiteral("%1 %2").arg(session().companyNumber(),
                                                       session().companyName()),
                           page);
    m_company->setObjectName(QStringLiteral("companyLabel"));
    m_date = field(QStringLiteral("dateEdit"), 10, page);
    m_date->setPlaceholderText(tr("ÅÅMMDD"));
    m_method = field(QStringLiteral("methodEdit"), 1, page);
    m_invoice = field(QStringLiteral("invoiceEdit"), 9, page);
    m_invoice->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,9}")), m_invoice));
    m_remark = field(QStringLiteral("remarkEdit"), limits::Remark, page);
    const int narrow = m_date->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12;
    m_date->setFixedWidth(narrow);
    m_method->setFixedWidth(narrow / 3);
    m_invoice->setFixedWidth(narrow);
    m_remark->setMinimumWidth(m_remark->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);
    m_dateError = errorLabel(QStringLiteral("dateError"));
    m_methodError = errorLabel(QStringLiteral("methodError"));
    m_invoiceError = errorLabel(QStringLiteral("invoiceError"));
    m_remarkError = errorLabel(QStringLiteral("remarkError"));
    m_methodHint = new QLabel(page);
    m_methodHint->setObjectName(QStringLiteral("methodHint"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *methodRow = new QWidget(page);
    auto *methodLayout = new QHBoxLayout(methodRow);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    methodLayout->addWidget(m_method);
    methodLayout->addWidget(m_methodHint);
    methodLayout->addWidget(m_methodError, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Företag:"), m_company);
    form->addRow(tr("Transaktionsdatum:"), withError(m_date, m_dateError, page));
    form->addRow(tr("Inbetalningssätt:"), methodRow);
    form->addRow(tr("Fakturanummer:"), withError(m_invoice, m_invoiceError, page));
    form->addRow(tr("Anmärkning:"), withError(m_remark, m_remarkError, page));

    auto *hint = new QLabel(tr("Enter visar fakturans rader med omvända tecken."), page);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addStretch(1);
    for (QLineEdit *edit : {m_date, m_method, m_invoice, m_remark}) {
        connect(edit, &QLineEdit::returnPressed, this, &CreditNoteScreen::submitHeader);
    }
    setTabOrder(m_date, m_method);
    setTabOrder(m_method, m_invoice);
    setTabOrder(m_invoice, m_remark);
    return page;
}

QWidget *CreditNoteScreen::createLinesPage()
{
    auto *page = new QWidget(this);
    m_claimSummary = new QLabel(page);
    m_claimSummary->setObjectName(QStringLiteral("claimSummary"));
    m_claimSummary->setWordWrap(true);
    m_lines = new QTableWidget(0, 3, page);
    m_lines->setObjectName(QStringLiteral("linesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Text"), tr("Belopp"), tr("Kontering")});
    m_lines->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::Interactive);
    m_lines->horizontalHeader()->setSectionResizeMode(AccountColumn, QHeaderView::Interactive);
    m_lines->setColumnWidth(AmountColumn, m_lines->fontMetrics().horizontalAdvance(
                                              QStringLiteral("-9 999 999 999,99")) + 16);
    m_lines->setColumnWidth(AccountColumn, m_lines->fontMetrics().horizontalAdvance(
                                               QStringLiteral("00000000000000")) + 16);
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 6);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::DoubleClicked);
    m_lines->setTabKeyNavigation(true);
    connect(m_lines, &QTableWidget::itemChanged, this, &CreditNoteScreen::lineEdited);
    m_total = new QLabel(page);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_linesError = errorLabel(QStringLiteral("linesError"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_claimSummary);
    layout->addWidget(m_lines, 1);
    auto *totals = new QHBoxLayout;
    totals->addWidget(m_linesError, 1);
    totals->addWidget(m_total);
    layout->addLayout(totals);
    layout->addWidget(new QLabel(tr("Text, belopp och kontering kan ändras. F5 när fakturan är "
                                    "klar för kreditering."),
                                 page));
    return page;
}

QWidget *CreditNoteScreen::createPrintPage()
{
    auto *page = new QWidget(this);
    m_printSummary = new QLabel(page);
    m_printSummary->setObjectName(QStringLiteral("printSummary"));
    m_printSummary->setWordWrap(true);
    m_handler = field(QStringLiteral("handlerEdit"), limits::Handler, page);
    m_handler->setMinimumWidth(m_handler->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    m_printError = errorLabel(QStringLiteral("printError"));
    auto *form = new QFormLayout;
    form->addRow(tr("Handläggare vid utskrift:"), withError(m_handler, m_printError, page));

    auto *buttons = new QHBoxLayout;
    const QList<QPair<const char *, CreditDocumentKind>> choices{
        {kCreditInvoiceCommand, CreditDocumentKind::CreditInvoice},
        {kAnnulmentCommand, CreditDocumentKind::AnnulmentNotice},
        {kNoDocumentCommand, CreditDocumentKind::None}};
    for (const auto &choice : choices) {
        const Command command = commands().command(QLatin1String(choice.first));
        auto *button = new QPushButton(QStringLiteral("%1 %2").arg(
                                           keyDisplayName(commands().key(command.id)),
                                           command.label),
                                       page);
        button->setObjectName(QLatin1String(choice.first));
        button->setFocusPolicy(Qt::NoFocus); // the keys choose; the handler keeps focus
        const CreditDocumentKind kind = choice.second;
        connect(button, &QPushButton::clicked, this, [this, kind] { execute(kind); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_printSummary);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Välj utskrift; krediteringen registreras då. F3 går tillbaka "
                                    "till fakturavalet utan att spara."),
                                 page));
    layout->addStretch(1);
    return page;
}

CreditNoteScreen::Page CreditNoteScreen::page() const
{
    return Page(m_pages->currentIndex());
}

void CreditNoteScreen::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    updateActions();
    switch (page) {
    case SelectPage:
        setFocusProxy(m_date);
        break;
    case LinesPage:
        setFocusProxy(m_lines);
        m_lines->setFocus();
        break;
    case PrintPage:
        setFocusProxy(m_handler);
        m_handler->setFocus();
        break;
    }
}

// Each picture's keys only; the legend lists them all, as the handbook's
// pictures share one menu item.
void CreditNoteScreen::updateActions()
{
    const Page p = page();
    const QList<QPair<const char *, bool>> enabled{
        {kLinesDoneCommand, p == LinesPage},     {kDeleteLineCommand, p == LinesPage},
        {kUndoCommand, p == LinesPage},          {kNewLineCommand, p == LinesPage},
        {kNoDocumentCommand, p == PrintPage},    {kCreditInvoiceCommand, p == PrintPage},
        {kAnnulmentCommand, p == PrintPage},     {kPrintCommand, m_lastDocument.has_value()}};
    for (const auto &e : enabled) {
        if (QAction *action = CommandRegistry::boundAction(QLatin1String(e.first), this))
            action->setEnabled(e.second);
    }
}

void CreditNoteScreen::refreshMethodHint()
{
    QStringList methods;
    for (const PaymentMethod &m : CreditNoteService(*m_ledger).creditMethods())
        methods << QStringLiteral("%1=%2").arg(m.code, m.text);
    m_methodHint->setText(methods.join(QLatin1String("  ")));
    if (m_method->text().isEmpty())
        m_method->setText(CreditHeader().method);
}

void CreditNoteScreen::submitHeader()
{
    if (!m_ledger)
        return;
    for (QLabel *error : {m_dateError, m_methodError, m_invoiceError, m_remarkError})
        error->clear();
    CreditHeader h;
    h.company = session().companyNumber();
    h.method = m_method->text().trimmed().toUpper();
    h.invoiceNumber = m_invoice->text().trimmed();
    h.remark = m_remark->text();
    QString dateError;
    if (!m_date->text().trimmed().isEmpty()) {
        if (const auto d = parseDate(m_date->text(), m_ledger->today(), &dateError))
            h.transactionDate = *d;
    }
    QList<QPair<QLabel *, QWidget *>> shown;
    if (!dateError.isEmpty())
        shown << qMakePair(m_dateError, static_cast<QWidget *>(m_date));
    m_dateError->setText(dateError);
    CreditNoteService service(*m_ledger);
    for (const CreditProblem &p : service.checkHeader(h)) {
        QLabel *label = nullptr;
        QWidget *fieldWidget = nullptr;
        switch (p.field) {
        case CreditField::TransactionDate:
            label = m_dateError, fieldWidget = m_date;
            break;
        case CreditField::Method:
            label = m_methodError, fieldWidget = m_method;
            break;
        case CreditField::InvoiceNumber:
            label = m_invoiceError, fieldWidget = m_invoice;
            break;
        case CreditField::Remark:
            label = m_remarkError, fieldWidget = m_remark;
            break;
        default: // company, lines, handler: not on this picture
            label = m_invoiceError, fieldWidget = m_invoice;
            break;
        }
        if (label->text().isEmpty())
            label->setText(p.message);
        shown << qMakePair(label, fieldWidget);
    }
    if (!shown.isEmpty()) {
        // The first invalid field in reading order gets focus (UI.md).
        for (QWidget *w : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_method),
                           static_cast<QWidget *>(m_invoice), static_cast<QWidget *>(m_remark)}) {
            const bool bad = std::any_of(shown.cbegin(), shown.cend(),
                                         [w](const auto &s) { return s.second == w; });
            if (bad) {
                w->setFocus();
                break;
            }
        }
        return;
    }
    try {
        m_proposal = service.propose(h);
    } catch (const LedgerError &e) {
        m_invoiceError->setText(e.message());
        m_invoice->setFocus();
        return;
    }
    const Invoice &c = m_proposal->claim;
    m_claimSummary->setText(
        tr("Faktura %1  %2  fakturadatum %3  belopp %4  öppet kapital %5  saldo %6")
            .arg(c.invoiceNumber, c.name, isoDate(c.invoiceDate), c.amount.toString(),
                 c.capitalOpen.toString(), c.balance.toString()));
    fillLines(m_proposal->lines);
    m_status->clear();
    setModified(false);
    setPage(LinesPage);
    m_lines->setCurrentCell(0, AmountColumn);
}

void CreditNoteScreen::fillLines(const QList<InvoiceLine> &lines)
{
    m_filling = true;
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const InvoiceLine &l = lines.at(row);
        m_lines->setItem(row, TextColumn, new QTableWidgetItem(l.text));
        auto *amount = new QTableWidgetItem(l.amount.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, AmountColumn, amount);
        m_lines->setItem(row, AccountColumn, new QTableWidgetItem(l.account));
    }
    m_filling = false;
    updateTotal();
}

std::optional<QList<InvoiceLine>> CreditNoteScreen::tableLines(int *badRow, QString *why)
{
    QList<InvoiceLine> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_lines->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        InvoiceLine line;
        line.lineNo = row + 1;
        line.text = text(TextColumn);
        line.account = text(AccountColumn);
        const QString amountText = text(AmountColumn);
        if (!amountText.isEmpty()) { // a text-only line has no amount
            QString error;
            const auto amount = Money::parse(amountText, &error);
            if (!amount) {
                if (badRow)
                    *badRow = row;
                if (why)
                    *why = tr("Rad %1, belopp: %2").arg(row + 1).arg(error);
                return std::nullopt;
            }
            line.amount = *amount;
        }
        lines << line;
    }
    return lines;
}

void CreditNoteScreen::lineEdited(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    // An amount typed as "-150" is shown as the clerk reads amounts: "-150,00".
    if (item && item->column() == AmountColumn) {
        if (const auto amount = Money::parse(item->text()); amount) {
            m_filling = true;
            item->setText(amount->toString());
            m_filling = false;
        }
    }
    setModified(true);
    updateTotal();
}

void CreditNoteScreen::updateTotal()
{
    QString why;
    const auto lines = tableLines(nullptr, &why);
    m_linesError->setText(why);
    m_total->setText(lines ? tr("Summa kreditering: %1")
                                 .arg(CreditNoteService::total(*lines).toString())
                           : tr("Summa kreditering: –"));
}

void CreditNoteScreen::commitTableEditor()
{
    // F5 while a cell is still being edited: keep what was typed.
    QWidget *editor = QApplication::focusWidget();
    if (editor && editor != m_lines && m_lines->isAncestorOf(editor)) {
        QAbstractItemDelegate *delegate = m_lines->itemDelegate();
        emit delegate->commitData(editor);
        emit delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void CreditNoteScreen::linesDone()
{
    if (page() != LinesPage || !m_proposal)
        return;
    commitTableEditor();
    int badRow = -1;
    QString why;
    const auto lines = tableLines(&badRow, &why);
    if (!lines) {
        m_linesError->setText(why);
        m_lines->setCurrentCell(badRow, AmountColumn);
        return;
    }
    const QList<CreditProblem> problems = CreditNoteService::checkLines(*lines);
    if (!problems.isEmpty()) {
        m_linesError->setText(problems.first().message);
        if (problems.first().line >= 0)
            m_lines->setCurrentCell(problems.first().line, AmountColumn);
        return;
    }
    const CreditHeader &h = m_proposal->header;
    const auto method = ReferenceData(*m_ledger).paymentMethod(h.method);
    const QString methodText = method ? QStringLiteral("%1 %2").arg(method->code, method->text)
                                      : h.method;
    m_printSummary->setText(
        tr("Faktura %1 (%2) krediteras med inbetalningssätt %3, transaktionsdatum %4.\n%5")
            .arg(h.invoiceNumber, m_proposal->claim.name, methodText, isoDate(h.transactionDate),
                 tr("Summa kreditering: %1")
                     .arg(CreditNoteService::total(*lines).toString())));
    m_printError->clear();
    setPage(PrintPage);
}

void CreditNoteScreen::newLine()
{
    if (page() != LinesPage)
        return;
    commitTableEditor();
    const int row = m_lines->currentRow() + 1;
    m_filling = true;
    m_lines->insertRow(row);
    auto *amount = new QTableWidgetItem;
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(row, TextColumn, new QTableWidgetItem);
    m_lines->setItem(row, AmountColumn, amount);
    m_lines->setItem(row, AccountColumn, new QTableWidgetItem);
    m_filling = false;
    setModified(true);
    m_lines->setCurrentCell(row, TextColumn);
    m_lines->setFocus();
}

void CreditNoteScreen::deleteLine()
{
    if (page() != LinesPage || m_lines->currentRow() < 0)
        return;
    const int row = m_lines->currentRow();
    const QTableWidgetItem *text = m_lines->item(row, TextColumn);
    QMessageBox ask(QMessageBox::Question, tr("Ta bort rad"),
                    tr("Vill du ta bort rad %1 (%2)?")
                        .arg(row + 1)
                        .arg(text ? text->text() : QString()),
                    QMessageBox::NoButton, this);
    QPushButton *remove = ask.addButton(tr("&Ta bort"), QMessageBox::DestructiveRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    m_lines->removeRow(row);
    setModified(true);
    updateTotal();
    m_lines->setFocus();
}

void CreditNoteScreen::undoLines()
{
    if (page() != LinesPage || !m_proposal)
        return;
    fillLines(m_proposal->lines);
    setModified(false);
    m_lines->setCurrentCell(0, AmountColumn);
}

void CreditNoteScreen::execute(CreditDocumentKind kind)
{
    if (page() != PrintPage || !m_proposal || !m_ledger)
        return;
    const auto lines = tableLines();
    if (!lines)
        return setPage(LinesPage);
    CreditRequest r;
    r.header = m_proposal->header;
    r.lines = *lines;
    r.document = kind;
    r.handler = m_handler->text().trimmed();
    r.expectedVersion = m_proposal->claim.version;
    CreditResult result;
    try {
        result = CreditNoteService(*m_ledger).execute(r);
    } catch (const LedgerError &e) {
        m_printError->setText(e.message());
        return;
    }
    const QString what = kind == CreditDocumentKind::None ? tr("utan utskrift")
                                                          : CreditNoteService::heading(kind);
    m_status->setText(tr("Faktura %1 är krediterad med %2 (%3). Saldo nu %4.")
                          .arg(result.claim.invoiceNumber, result.credited.toString(), what,
                               result.claim.balance.toString()));
    // The date and method stay for the next claim (handbook 4.1, UI.md).
    m_invoice->clear();
    m_remark->clear();
    m_proposal.reset();
    setModified(false);
    if (result.document)
        m_lastDocument = result.document;
    setPage(SelectPage);
    m_invoice->setFocus();
    if (result.document && m_printer)
        m_printer(*result.document);
}

void CreditNoteScreen::printLast()
{
    if (m_lastDocument && m_printer)
        m_printer(*m_lastDocument);
}

void CreditNoteScreen::showPrintPreview(const CreditDocument &document, QWidget *parent,
                                        const QString &printer)
{
    PrintTarget target;
    target.printer = printer;
    previewAndPrint(parent, QStringLiteral("%1 %2").arg(document.heading, document.invoiceNumber),
                    [&document](QPrinter *p) { CreditNoteDocument(document).print(p); }, target);
}

void CreditNoteScreen::back()
{
    if (page() == SelectPage) {
        Screen::back();
        return;
    }
    // handbook 4.5 "Fakturaval/F3: Återgång sker till första bilden, inga
    // uppdateringar sparas" — asked first when lines were edited.
    if (!confirmClose())
        return;
    m_proposal.reset();
    setModified(false);
    setPage(SelectPage);
    m_invoice->setFocus();
    m_invoice->selectAll();
}

} // namespace rsk::ui
