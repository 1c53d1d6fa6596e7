#include "screens/manualregistrationscreen.h"

#include "dates/dateparse.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/allowedvaluesdialog.h"
#include "widgets/claimsummarypanel.h"
#include "widgets/paymentbatchtable.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

using Field = PaymentLineForm::Field;

bool askYes(QWidget *parent, const QString &title, const QString &question)
{
    // Enter confirms, Esc declines: the clerk's hands stay on the keyboard.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

ManualRegistrationScreen::ManualRegistrationScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_db(session().context().ledger),
      m_form(new PaymentLineForm(this)),
      m_table(new PaymentBatchTable(this)),
      m_claimPanel(new ClaimSummaryPanel(this)),
      m_batchInfo(new QLabel(this)),
      m_previousLine(new QLabel(this)),
      m_totals(new QLabel(this)),
      m_status(new QLabel(this))
{
    declareCommands(commands());
    bindCommands();

    m_batchInfo->setObjectName(QStringLiteral("batchInfo"));
    QFont bold = m_batchInfo->font();
    bold.setBold(true);
    m_batchInfo->setFont(bold);
    m_claimPanel->setFixedWidth(
        m_claimPanel->fontMetrics().horizontalAdvance(QString(38, QLatin1Char('x'))));

    // handbook 4.1: "På nedre delen av bilden visas föregående transaktion".
    m_previousLine->setObjectName(QStringLiteral("previousLine"));
    m_previousLine->setFrameShape(QFrame::StyledPanel);
    m_previousLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("batchTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // The form takes the whole width, so a reason beside a field has room;
    // the claim (F5) is shown beside the batch's lines.
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_table, 1);
    lower->addWidget(m_claimPanel, 0, Qt::AlignTop);
    contentLayout()->addWidget(m_batchInfo);
    contentLayout()->addWidget(m_form);
    contentLayout()->addWidget(m_previousLine);
    contentLayout()->addWidget(m_status);
    contentLayout()->addLayout(lower, 1);
    contentLayout()->addWidget(m_totals);

    for (Field f : PaymentLineForm::fields())
        m_form->editor(f)->installEventFilter(this);
    m_table->installEventFilter(this);
    setFocusPolicy(Qt::ClickFocus); // focusInEvent hands focus on to the right field

    connect(m_form, &PaymentLineForm::fieldEdited, this, [this](Field field) {
        if (field != Field::InvoiceNumber) // looked up when the clerk leaves the field
            updateInfo(field);
        else
            m_form->info(Field::InvoiceNumber)->clear();
        updateModified();
    });
    connect(m_form->editor(Field::InvoiceNumber), &QLineEdit::editingFinished, this,
            [this] { updateInfo(Field::InvoiceNumber); });
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this] { openLine(m_table->currentLineNo()); });
    connect(&session(), &Session::companyChanged, this, [this](const QString &number) {
        if (m_editingLine == 0)
            m_form->setFieldText(Field::Company, number);
    });

    m_form->setFieldText(Field::Company, session().companyNumber());
    updateInfo(Field::Method);
    if (!m_db) {
        m_form->setEnabled(false);
        showStatus(tr("Ingen reskontra är öppen."), true);
    }
    resumeOpenBatch();
    updatePreviousLine();
    // handbook 4.1: the date is blank when the screen opens; it comes first.
    m_lastFocus = m_form->editor(Field::TransactionDate);
    m_lastFocus->setFocus(Qt::OtherFocusReason);
}

void ManualRegistrationScreen::declareCommands(CommandRegistry &commands)
{
    const QString context = QLatin1String(kId);
    const auto declare = [&](const char *id, const QKeySequence &key, const QString &label) {
        commands.declare({QLatin1String(id), context, key, label});
    };
    declare(kRegisterCommand, QKeySequence(Qt::Key_Return), tr("Registrera"));
    declare(kListCommand, QKeySequence(Qt::Key_F4), tr("Lista"));
    declare(kShowClaimCommand, QKeySequence(Qt::Key_F5), tr("Visa fakturan"));
    declare(kDeleteCommand, QKeySequence(Qt::Key_F6), tr("Ta bort rad"));
    declare(kUndoCommand, QKeySequence(Qt::Key_F7), tr("Ångra"));
    declare(kDupCommand, QKeySequence(Qt::CTRL | Qt::Key_D), tr("Dupp"));
    // Not F10: UI.md keeps F10 for "next tab" on multi-tab screens.
    declare(kApproveCommand, QKeySequence(Qt::CTRL | Qt::Key_G), tr("Godkänn bunt"));
}

void ManualRegistrationScreen::bindCommands()
{
    const auto bind = [this](const char *id, void (ManualRegistrationScreen::*slot)()) {
        QAction *action = commands().bind(QLatin1String(id), this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *enter = bind(kRegisterCommand, &ManualRegistrationScreen::registerOrOpenLine);
    // The keypad's Enter registers too: amounts are typed on the keypad.
    const auto addKeypadEnter = [this, enter] {
        if (commands().key(QLatin1String(kRegisterCommand)) == QKeySequence(Qt::Key_Return)
            && !enter->shortcuts().contains(QKeySequence(Qt::Key_Enter)))
            enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    };
    addKeypadEnter();
    connect(&commands(), &CommandRegistry::changed, enter, addKeypadEnter);
    bind(kListCommand, &ManualRegistrationScreen::listAllowedValues);
    bind(kShowClaimCommand, &ManualRegistrationScreen::showClaim);
    bind(kDeleteCommand, &ManualRegistrationScreen::deleteLine);
    bind(kUndoCommand, &ManualRegistrationScreen::undoEdit);
    bind(kDupCommand, &ManualRegistrationScreen::dupField);
    bind(kApproveCommand, &ManualRegistrationScreen::approveBatch);
}

bool ManualRegistrationScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        m_lastFocus = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::ShortcutOverride) {
        // QLineEdit claims Ctrl+D (delete a character) on some platforms;
        // here it is "dup" (UI.md "Keys").
        auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == commands().key(QLatin1String(kDupCommand))) {
            event->ignore();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void ManualRegistrationScreen::focusInEvent(QFocusEvent *event)
{
    Screen::focusInEvent(event);
    QLineEdit *date = m_form->editor(Field::TransactionDate);
    QWidget *target = m_lastFocus ? m_lastFocus.data()
        : date->text().isEmpty()  ? static_cast<QWidget *>(date)
                                  : m_form->editor(Field::InvoiceNumber);
    target->setFocus(event->reason());
}

void ManualRegistrationScreen::registerOrOpenLine()
{
    if (m_table->hasFocus())
        openLine(m_table->currentLineNo());
    else
        registerLine();
}

void ManualRegistrationScreen::registerLine()
{
    if (!m_db)
        return;
    PaymentRegistration reg(*m_db);
    PostingRequest request;
    const auto problems = reg.parseLine(m_form->text(), request, m_batchId, m_editingLine);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        showStatus(tr("Raden är inte registrerad: rätta det som står i rött."), true);
        return;
    }
    int lineNo = m_editingLine;
    try {
        if (m_editingLine > 0) {
            reg.updateLine(m_batchId, m_editingLine, request);
        } else {
            if (m_batchId == 0)
                m_batchId = reg.createBatch(request.company);
            lineNo = reg.addLine(m_batchId, request);
        }
    } catch (const LedgerError &e) {
        showStatus(e.message(), true);
        return;
    }
    m_previous = PaymentBatchLine{lineNo, request, m_db->user(), QString()};
    const QString what = tr("faktura %1, %2").arg(request.invoiceNumber, request.amount.toString());
    if (m_editingLine > 0) {
        leaveEditMode();
        showStatus(tr("Rad %1 är ändrad: %2.").arg(lineNo).arg(what), false);
    } else {
        m_form->clearLineFields();
        showStatus(tr("Rad %1 är registrerad: %2.").arg(lineNo).arg(what), false);
    }
    reloadLines();
    updatePreviousLine();
    updateModified();
    // handbook 4.1: date and method stay; the next line starts at the invoice number.
    m_form->editor(Field::InvoiceNumber)->setFocus(Qt::OtherFocusReason);
}

void ManualRegistrationScreen::openLine(int lineNo)
{
    if (!m_db || m_batchId == 0 || lineNo <= 0)
        return;
    for (const PaymentBatchLine &line : PaymentRegistration(*m_db).lines(m_batchId)) {
        if (line.lineNo != lineNo)
            continue;
        if (m_editingLine == 0)
            m_beforeEdit = m_form->text();
        m_editingLine = lineNo;
        m_form->clearProblems();
        m_form->setText(textOf(line.request));
        updateInfo(Field::InvoiceNumber);
        reloadLines();
        showStatus(tr("Rad %1 är hämtad för ändring: Enter sparar, F7 ångrar.").arg(lineNo),
                   false);
        updateModified();
        m_form->editor(Field::InvoiceNumber)->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void ManualRegistrationScreen::leaveEditMode()
{
    m_editingLine = 0;
    m_form->setText(m_beforeEdit);
    m_form->clearProblems();
    updateInfo(Field::InvoiceNumber);
    reloadLines();
}

void ManualRegistrationScreen::undoEdit()
{
    if (m_editingLine > 0) {
        const int line = m_editingLine;
        leaveEditMode();
        showStatus(tr("Ändringen av rad %1 är ångrad.").arg(line), false);
    } else {
        m_form->clearLineFields();
        m_form->clearProblems();
        showStatus(tr("Raden är tömd."), false);
    }
    updateModified();
    m_form->editor(Field::InvoiceNumber)->setFocus(Qt::OtherFocusReason);
}

void ManualRegistrationScreen::deleteLine()
{
    const int lineNo = m_table->currentLineNo();
    if (!m_db || lineNo <= 0) {
        showStatus(tr("Välj raden som ska tas bort i tabellen (Tab, pilarna) och tryck F6."),
                   true);
        return;
    }
    const int row = m_table->rowOf(lineNo);
    const QString invoice = m_table->item(row, PaymentBatchTable::Invoice)->text();
    const QString amount = m_table->item(row, PaymentBatchTable::Amount)->text();
    if (!askYes(this, tr("Ta bort rad"),
                tr("Ta bort rad %1 (faktura %2, %3) ur bunten?").arg(lineNo).arg(invoice, amount)))
        return;
    try {
        PaymentRegistration(*m_db).removeLine(m_batchId, lineNo);
    } catch (const LedgerError &e) {
        showStatus(e.message(), true);
        return;
    }
    if (m_editingLine == lineNo)
        leaveEditMode();
    reloadLines();
    updateModified();
    showStatus(tr("Rad %1 är borttagen.").arg(lineNo), false);
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), 0);
        m_table->setFocus(Qt::OtherFocusReason);
    } else {
        m_form->editor(Field::InvoiceNumber)->setFocus(Qt::OtherFocusReason);
    }
}

void ManualRegistrationScreen::dupField()
{
    const auto field = m_form->fieldOf(focusWidget());
    if (!field) {
        showStatus(tr("Ställ markören i fältet som ska duppas och tryck Ctrl+D."), true);
        return;
    }
    if (!m_previous) {
        showStatus(tr("Det finns ingen föregående rad att duppa från."), true);
        return;
    }
    const PaymentLineText previous = textOf(m_previous->request);
    const QString values[] = {previous.company, previous.transactionDate, previous.method,
                              previous.invoiceNumber, previous.amount, previous.remark,
                              previous.account};
    QLineEdit *editor = m_form->editor(*field);
    if (!editor->isEnabled())
        return;
    m_form->setFieldText(*field, values[PaymentLineForm::fields().indexOf(*field)]);
    editor->end(false);
    updateInfo(*field);
}

void ManualRegistrationScreen::listAllowedValues()
{
    if (!m_db)
        return;
    const auto field = m_form->fieldOf(focusWidget());
    AllowedValuesDialog::Values values;
    QString title;
    ReferenceData ref(*m_db);
    if (field == Field::Company) {
        title = tr("Företag");
        for (const Company &c : ref.companies())
            values.append({c.number, c.name});
    } else if (field == Field::Method) {
        title = tr("Inbetalningssätt");
        for (const PaymentMethod &m : ref.paymentMethods())
            values.append({m.code, QStringLiteral("%1  %2").arg(m.debit ? QStringLiteral("D")
                                                                          : QStringLiteral("K"),
                                                                  m.text)});
    } else {
        showStatus(tr("F4 visar en lista i fälten Företag och Inbetalningssätt."), true);
        return;
    }
    QLineEdit *editor = m_form->editor(*field);
    if (const auto code = AllowedValuesDialog::choose(this, title, values, editor->text())) {
        m_form->setFieldText(*field, *code);
        updateInfo(*field);
    }
    editor->setFocus(Qt::OtherFocusReason);
}

void ManualRegistrationScreen::showClaim()
{
    if (!m_db)
        return;
    const PaymentLineText t = m_form->text();
    const auto company = ReferenceData::normalizeCompanyNumber(t.company);
    const auto number = InvoiceRepository::normalizeInvoiceNumber(t.invoiceNumber);
    if (!number) {
        m_claimPanel->showMessage(tr("Skriv fakturanumret och tryck F5."));
        return;
    }
    const auto claim = company ? InvoiceRepository(*m_db).find(*company, *number,
                                                               InvoiceRepository::Detail::Header)
                               : std::nullopt;
    if (claim)
        m_claimPanel->showClaim(*claim);
    else
        m_claimPanel->showMessage(
            tr("Faktura %1 finns inte i företag %2.").arg(*number, company.value_or(t.company)));
}

void ManualRegistrationScreen::approveBatch()
{
    if (!m_db)
        return;
    const auto batch = m_batchId ? PaymentRegistration(*m_db).batch(m_batchId) : std::nullopt;
    if (!batch || batch->lineCount == 0) {
        showStatus(tr("Bunten har inga rader att godkänna."), true);
        return;
    }
    if (m_editingLine > 0) {
        showStatus(tr("Spara (Enter) eller ångra (F7) ändringen av rad %1 först.")
                       .arg(m_editingLine),
                   true);
        return;
    }
    if (!askYes(this, tr("Godkänn bunt"),
                tr("Godkänn bunt %1 med %2 rader (kredit %3, debet %4)? Raderna bokförs på "
                   "fordringarna och bunten kan sedan inte ändras.")
                    .arg(batch->id)
                    .arg(batch->lineCount)
                    .arg(batch->credits.toString(), batch->debits.toString())))
        return;
    PaymentRegistration reg(*m_db);
    try {
        const PaymentApproval done = reg.approve(m_batchId);
        m_batchId = 0;
        reloadLines();
        showStatus(tr("Bunt %1 är godkänd: %2 rader bokförda, kredit %3, debet %4.")
                       .arg(done.batchId)
                       .arg(done.posted)
                       .arg(done.credits.toString(), done.debits.toString()),
                   false);
        m_form->editor(Field::InvoiceNumber)->setFocus(Qt::OtherFocusReason);
    } catch (const LedgerError &e) {
        showStatus(e.message(), true);
        const auto problems = reg.checkBatch(m_batchId);
        m_table->markProblems(problems);
        if (!problems.isEmpty()) {
            m_table->selectLine(problems.firstKey());
            m_table->setFocus(Qt::OtherFocusReason);
        }
    }
}

void ManualRegistrationScreen::resumeOpenBatch()
{
    if (!m_db)
        return;
    PaymentRegistration reg(*m_db);
    // A batch is stored line by line: one left open earlier is taken up again.
    const auto open = reg.openBatches(session().companyNumber(), m_db->user());
    if (!open.isEmpty()) {
        m_batchId = open.last().id;
        const auto lines = reg.lines(m_batchId);
        if (!lines.isEmpty())
            m_previous = lines.last();
        showStatus(tr("Den ej godkända bunten %1 med %2 rader är hämtad.")
                       .arg(m_batchId)
                       .arg(open.last().lineCount),
                   false);
    }
    reloadLines();
}

void ManualRegistrationScreen::reloadLines()
{
    if (!m_db || m_batchId == 0) {
        m_table->setLines({}, {});
        m_batchInfo->setText(tr("Ny bunt: den skapas när första raden registreras."));
        m_totals->setText(tr("Rader: 0"));
        return;
    }
    PaymentRegistration reg(*m_db);
    QHash<QString, QString> methodTexts;
    for (const PaymentMethod &m : ReferenceData(*m_db).paymentMethods())
        methodTexts.insert(m.code, m.text);
    m_table->setLines(reg.lines(m_batchId), methodTexts);
    const auto batch = reg.batch(m_batchId);
    if (!batch)
        return;
    QString info = tr("Bunt %1 – ej godkänd, skapad av %2").arg(batch->id).arg(batch->createdBy);
    if (m_editingLine > 0)
        info += tr(" – ändrar rad %1").arg(m_editingLine);
    m_batchInfo->setText(info);
    // UI.md "Look": Swedish amounts; credits and debits apart, as on the list.
    m_totals->setText(tr("Rader: %1    Summa kredit: %2    Summa debet: %3")
                          .arg(batch->lineCount)
                          .arg(batch->credits.toString(), batch->debits.toString()));
}

void ManualRegistrationScreen::updateInfo(Field field)
{
    if (!m_db)
        return;
    QLabel *info = m_form->info(field);
    const PaymentLineText t = m_form->text();
    ReferenceData ref(*m_db);
    switch (field) {
    case Field::Company: {
        const auto number = ReferenceData::normalizeCompanyNumber(t.company);
        const auto company = number ? ref.company(*number) : std::nullopt;
        info->setText(company ? company->name : QString());
        break;
    }
    case Field::TransactionDate: {
        const auto date = parseDate(t.transactionDate, m_db->today());
        info->setText(date ? isoDate(*date) : QString());
        break;
    }
    case Field::Method: {
        const auto m = ref.paymentMethod(t.method.trimmed().toUpper());
        using Mode = PaymentLineForm::AccountMode;
        if (!m) {
            m_form->setMethodRules(true, Mode::Typed);
            info->clear();
            break;
        }
        // handbook 8.1: text-only takes no amount; "bokföres ej" takes no account.
        const Mode mode = (m->textOnly || m->notBooked) ? Mode::None
            : m->account.isEmpty()                      ? Mode::Typed
                                                        : Mode::Fixed;
        m_form->setMethodRules(!m->textOnly, mode, m->account);
        info->setText(QStringLiteral("%1  %2").arg(m->debit ? tr("Debet") : tr("Kredit"), m->text));
        break;
    }
    case Field::InvoiceNumber: {
        const auto company = ReferenceData::normalizeCompanyNumber(t.company);
        const auto number = InvoiceRepository::normalizeInvoiceNumber(t.invoiceNumber);
        const auto claim = company && number
            ? InvoiceRepository(*m_db).find(*company, *number, InvoiceRepository::Detail::Header)
            : std::nullopt;
        info->setText(claim ? tr("%1, saldo %2").arg(claim->name, claim->balance.toString())
                            : QString());
        break;
    }
    case Field::Amount:
    case Field::Remark:
    case Field::Account:
        break;
    }
}

void ManualRegistrationScreen::updatePreviousLine()
{
    if (!m_previous) {
        m_previousLine->setText(tr("Föregående rad: –"));
        return;
    }
    const PostingRequest &r = m_previous->request;
    QStringList parts{tr("Föregående rad %1:").arg(m_previous->lineNo), r.company,
                      isoDate(r.transactionDate), r.method, r.invoiceNumber, r.amount.toString()};
    if (!r.remark.isEmpty())
        parts << QLatin1Char('"') + r.remark + QLatin1Char('"');
    if (!r.account.isEmpty())
        parts << tr("konto %1").arg(r.account);
    m_previousLine->setText(parts.join(QStringLiteral("   ")));
}

void ManualRegistrationScreen::updateModified()
{
    const PaymentLineText t = m_form->text();
    setModified(m_editingLine > 0 || !t.invoiceNumber.trimmed().isEmpty()
                || !t.amount.trimmed().isEmpty());
}

void ManualRegistrationScreen::showStatus(const QString &message, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00000;")
                                    : QStringLiteral("color: #006000;"));
    m_status->setText(message);
}

PaymentLineText ManualRegistrationScreen::textOf(const PostingRequest &r) const
{
    return {r.company,
            isoDate(r.transactionDate),
            r.method,
            r.invoiceNumber,
            r.amount.isZero() ? QString() : r.amount.toString(),
            r.remark,
            r.account};
}

} // namespace rsk::ui
