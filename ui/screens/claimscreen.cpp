#include "screens/claimscreen.h"

#include "dates/dateparse.h"
#include "invoicecopydocument.h"
#include "ledger/claimnotes.h"
#include "ledger/claimoverview.h"
#include "ledger/companysettings.h"
#include "ledger/invoicechange.h"
#include "ledger/invoicecopy.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "print/documentpreview.h"
#include "screencontext.h"
#include "screens/claimchangeform.h"
#include "screens/claimtabs.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>

namespace rsk::ui {

namespace {

// handbook 6.2 "Uppgifter ut på fakturan", asked for when F16 is pressed:
// Enter prints, Esc leaves.
std::optional<InvoiceCopyOptions> askCopyOptions(QWidget *parent, const QString &handler)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("invoiceCopyDialog"));
    dialog.setWindowTitle(ClaimScreen::tr("Fakturakopia"));
    auto *newHandler = new QLineEdit(&dialog);
    newHandler->setObjectName(QStringLiteral("newHandlerEdit"));
    newHandler->setMaxLength(limits::Handler);
    newHandler->setPlaceholderText(handler);
    auto *markCopy = new QCheckBox(ClaimScreen::tr("&Kopia skrivs på fakturan"), &dialog);
    markCopy->setObjectName(QStringLiteral("markCopyCheck"));
    markCopy->setChecked(true);
    auto *originalDate = new QCheckBox(
        ClaimScreen::tr("&Ursprungligt framställningsdatum (annars dagens)"), &dialog);
    originalDate->setObjectName(QStringLiteral("originalDateCheck"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ClaimScreen::tr("Skriv ut"));
    buttons->button(QDialogButtonBox::Cancel)->setText(ClaimScreen::tr("Avbryt"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLabel(ClaimScreen::tr("&Ny handläggare:"), &dialog);
    label->setBuddy(newHandler);
    form->addRow(label, newHandler);
    form->addRow(markCopy);
    form->addRow(originalDate);
    form->addRow(buttons);
    newHandler->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return InvoiceCopyOptions{newHandler->text(), markCopy->isChecked(), originalDate->isChecked()};
}

void previewCopy(const InvoiceCopyDocument &document, QWidget *parent, const QString &printer)
{
    PrintTarget target;
    target.printer = printer;
    target.objectName = QStringLiteral("invoiceCopyPreview");
    previewAndPrint(parent, ClaimScreen::tr("Fakturakopia %1").arg(document.copy().invoiceNumber),
                    [&document](QPrinter *p) { document.print(p); }, target);
}

} // namespace

ClaimScreen::ClaimScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_copyOutput([this](const InvoiceCopyDocument &d) {
          previewCopy(d, this,
                      m_ledger ? CompanySettings(*m_ledger).documentPrinter(
                                     d.copy().sender.number, QStringLiteral("invoice_copy"))
                               : QString());
      })
{
    declareCommands(commands());
    const auto bind = [this](const char *id, auto slot) {
        connect(commands().bind(QLatin1String(id), this), &QAction::triggered, this, slot);
    };
    bind(kChangeCommand, [this] { enterChangeMode(); });
    bind(kUndoCommand, [this] { undo(); });
    bind(kValuesCommand, [this] { chooseValues(); });
    bind(kToggleCommand, [this] { toggleColumns(); });
    bind(kNextTabCommand, [this] { goToTab((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    bind(kInvoiceTabCommand, [this] { goToTab(InvoiceTab); });
    bind(kDunningTabCommand, [this] { goToTab(DunningTab); });
    bind(kTransactionsTabCommand, [this] { goToTab(TransactionsTab); });
    bind(kNotesTabCommand, [this] { goToTab(NotesTab); });
    bind(kInterestCommand, [this] { computeInterest(); });
    bind(kCopyCommand, [this] { printCopy(); });
    bind(kCustomerCommand, [this] { openCustomer(); });
    bind(kReplacementCommand, [this] { openReplacement(); });
    bind(kAuditLogCommand, [this] { openAuditLog(); });

    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setMaxLength(3);
    m_company->setFixedWidth(50);
    m_company->setText(session().companyNumber());
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("invoiceNumberEdit"));
    m_number->setMaxLength(9);
    m_number->setFixedWidth(110);
    m_number->setPlaceholderText(tr("9 siffror"));
    auto *companyLabel = new QLabel(tr("F&öretag:"), this);
    companyLabel->setBuddy(m_company);
    auto *numberLabel = new QLabel(tr("Faktura&nummer:"), this);
    numberLabel->setBuddy(m_number);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("claimSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_lastChange = new QLabel(this);
    m_lastChange->setObjectName(QStringLiteral("lastChange"));
    auto *header = new QHBoxLayout;
    header->addWidget(companyLabel);
    header->addWidget(m_company);
    header->addSpacing(12);
    header->addWidget(numberLabel);
    header->addWidget(m_number);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_lastChange);
    m_company->installEventFilter(this);
    m_number->installEventFilter(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("claimTabs"));
    m_invoiceTab = new ClaimInvoiceTab(m_tabs);
    m_dunningTab = new ClaimDunningTab(m_tabs);
    m_transactionsTab = new ClaimTransactionsTab(m_tabs);
    m_notesTab = new ClaimNotesTab(m_tabs);
    m_tabs->addTab(m_invoiceTab, tr("Fakturauppgifter"));
    m_tabs->addTab(m_dunningTab, tr("Kravuppgifter"));
    m_tabs->addTab(m_transactionsTab, tr("Transaktioner"));
    m_tabs->addTab(m_notesTab, tr("Anteckningar"));
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus); // F10–F17 move between the tabs
    connect(m_dunningTab, &ClaimDunningTab::interestRequested, this,
            &ClaimScreen::computeInterest);
    connect(m_notesTab, &ClaimNotesTab::addRequested, this, &ClaimScreen::addNote);

    m_form = new ClaimChangeForm(this);
    connect(m_form, &ClaimChangeForm::edited, this, [this] {
        m_warningsShown = false;
        setModified(true);
    });
    connect(m_form, &ClaimChangeForm::saveRequested, this, &ClaimScreen::save);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("claimStack"));
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    contentLayout()->addLayout(header);
    contentLayout()->addWidget(m_stack, 1);
    contentLayout()->addWidget(m_message);
    setFocusProxy(m_number);

    if (!m_ledger)
        setMessage(tr("Ingen reskontra är öppen."));
    else
        clearClaim(tr("Skriv företag och fakturanummer och tryck Enter."));
}

ScreenInfo ClaimScreen::screenInfo()
{
    return {QLatin1String(kId), tr("Kundfaktura"), QStringLiteral("6.1")};
}

void ClaimScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    const auto declare = [&](const char *command, Qt::Key key, const QString &label) {
        commands.declare({QLatin1String(command), id, QKeySequence(key), label});
    };
    declare(kValuesCommand, Qt::Key_F4, tr("Lista"));
    declare(kChangeCommand, Qt::Key_F5, tr("Ändra"));
    declare(kUndoCommand, Qt::Key_F7, tr("Ångra"));
    declare(kToggleCommand, Qt::Key_F9, tr("Växla kolumner"));
    declare(kNextTabCommand, Qt::Key_F10, tr("Nästa flik"));
    declare(kInvoiceTabCommand, Qt::Key_F11, tr("Fakturauppg."));
    declare(kTransactionsTabCommand, Qt::Key_F13, tr("Transaktioner"));
    declare(kDunningTabCommand, Qt::Key_F14, tr("Kravuppg."));
    declare(kInterestCommand, Qt::Key_F15, tr("Ränta"));
    declare(kCustomerCommand, Qt::Key_F8, tr("Kund"));
    declare(kCopyCommand, Qt::Key_F16, tr("Fakturakopia"));
    declare(kReplacementCommand, Qt::Key_F20, tr("Ersättningsfaktura"));
    declare(kNotesTabCommand, Qt::Key_F17, tr("Anteckningar"));
    declare(kAuditLogCommand, Qt::Key_F18, tr("Granskningslogg"));
}

void ClaimScreen::showClaim(const QString &company, const QString &invoiceNumber)
{
    if (m_changeMode) {
        if (!confirmClose())
            return;
        leaveChangeMode();
    }
    m_company->setText(company);
    m_number->setText(invoiceNumber);
    load();
}

bool ClaimScreen::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_company || watched == m_number) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            load();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void ClaimScreen::setMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
    m_message->setText(message);
}

void ClaimScreen::clearClaim(const QString &message)
{
    m_claim.reset();
    m_summary->clear();
    m_lastChange->clear();
    m_invoiceTab->clear();
    m_dunningTab->clear();
    m_transactionsTab->clear();
    m_notesTab->showNotes({});
    updateNotesTitle(0);
    setMessage(message, false);
}

void ClaimScreen::load()
{
    if (!m_ledger)
        return;
    const QString company = m_company->text().trimmed();
    const QString number = m_number->text().trimmed();
    if (company.isEmpty() || number.isEmpty()) {
        clearClaim(QString());
        setMessage(tr("Skriv både företag och fakturanummer."));
        (company.isEmpty() ? m_company : m_number)->setFocus();
        return;
    }
    try {
        const auto claim = ClaimOverview(*m_ledger).find(company, number);
        if (!claim) {
            clearClaim(QString());
            setMessage(tr("Faktura %1 finns inte i företag %2.").arg(number, company));
            m_number->setFocus();
            m_number->selectAll();
            return;
        }
        m_claim = claim;
        showLoaded();
        setMessage(QString(), false);
    } catch (const LedgerError &e) {
        clearClaim(QString());
        setMessage(e.message());
    }
}

void ClaimScreen::showLoaded()
{
    const Invoice &c = *m_claim;
    ClaimOverview overview(*m_ledger);
    const QDate today = m_ledger->today();
    m_company->setText(c.company);
    m_number->setText(c.invoiceNumber);
    m_summary->setText(tr("%1 – rutin %2 %3 – saldo %4")
                           .arg(c.name, c.routine, overview.routineName(c.routine),
                                c.balance.toString()));
    m_lastChange->setText(
        tr("Senast ändrad %1 av %2").arg(localStamp(c.changedAt), c.changedBy));
    m_addressWithheld = ProtectedIdentity(*m_ledger).customer(c.customerId);
    m_invoiceTab->showClaim(c, today, m_addressWithheld);
    m_dunningTab->showClaim(c, overview.dunningCodeText(c.dunningCode));
    m_dunningTab->showDebt(overview.customerDebt(c, today), c.company);
    m_transactionsTab->showClaim(c, overview.paymentMethodTexts());
    const QList<ClaimNote> notes = ClaimNotes(*m_ledger).list(c.company, c.invoiceNumber);
    m_notesTab->showNotes(notes);
    updateNotesTitle(int(notes.size()));
}

void ClaimScreen::updateNotesTitle(int count)
{
    // handbook 6.1: "När det finns anteckningar registrerade syns detta
    // genom att ikonen i fliken för anteckningar ändras."
    m_tabs->setTabText(NotesTab, count > 0 ? tr("Anteckningar (%1) ●").arg(count)
                                           : tr("Anteckningar"));
}

void ClaimScreen::goToTab(int index)
{
    if (m_changeMode)
        return; // "I ändringsläget försvinner flikindelningen"
    m_tabs->setCurrentIndex(index);
    m_tabs->currentWidget()->setFocus();
}

void ClaimScreen::toggleColumns()
{
    if (m_changeMode)
        return;
    if (m_tabs->currentIndex() == InvoiceTab)
        m_invoiceTab->toggleLineColumn();
    else if (m_tabs->currentIndex() == TransactionsTab)
        m_transactionsTab->toggleLastColumn();
}

void ClaimScreen::enterChangeMode()
{
    if (m_changeMode || !m_ledger)
        return;
    if (!m_claim) {
        setMessage(tr("Visa en faktura först (företag, fakturanummer, Enter)."));
        return;
    }
    QHash<int, QString> codes;
    for (const DunningCode &code : ReferenceData(*m_ledger).dunningCodes())
        codes.insert(code.code, code.text);
    m_form->load(*m_claim, m_ledger->today(), codes, m_addressWithheld);
    m_changeMode = true;
    m_warningsShown = false;
    m_company->setEnabled(false);
    m_number->setEnabled(false);
    m_stack->setCurrentWidget(m_form);
    setMessage(QString(), false);
    setModified(false);
    m_form->firstField()->setFocus();
    m_form->firstField()->selectAll();
}

void ClaimScreen::leaveChangeMode()
{
    m_changeMode = false;
    m_warningsShown = false;
    m_company->setEnabled(true);
    m_number->setEnabled(true);
    m_stack->setCurrentWidget(m_tabs);
    setModified(false);
    m_tabs->currentWidget()->setFocus();
}

void ClaimScreen::save()
{
    if (!m_changeMode || !m_claim)
        return;
    QList<ChangeProblem> problems;
    const InvoiceChange change = m_form->read(m_ledger->today(), problems);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        setMessage(tr("Rätta de markerade fälten."));
        return;
    }
    try {
        const InvoiceChangeResult result =
            InvoiceChangeService(*m_ledger).save(m_claim->company, m_claim->invoiceNumber,
                                                 m_claim->version, change, m_warningsShown);
        if (!result.saved && !result.problems.isEmpty()) {
            m_form->showProblems(result.problems);
            if (InvoiceChangeService::hasBlocking(result.problems)) {
                setMessage(tr("Inget sparades: rätta de markerade fälten."));
            } else {
                m_warningsShown = true;
                setMessage(tr("Se varningen; tryck Enter igen för att spara ändå."), false);
            }
            return;
        }
        m_claim = result.claim;
        leaveChangeMode();
        showLoaded();
        setMessage(result.saved ? tr("Ändringarna är sparade (%n fält).", nullptr,
                                     result.changedFields)
                                : tr("Inget var ändrat."),
                   false);
    } catch (const LedgerError &e) {
        // A stale claim (Conflict) names who changed it and when; the form
        // keeps what the clerk typed (F7 reads the claim again).
        m_form->clearProblems();
        setMessage(e.message());
    }
}

void ClaimScreen::undo()
{
    if (!m_changeMode)
        return;
    // handbook 6.1 "Ångra/F7: Återgång till visningsläge sker."
    leaveChangeMode();
    load();
    setMessage(tr("Ändringarna är ångrade."), false);
}

void ClaimScreen::back()
{
    if (!m_changeMode) {
        Screen::back();
        return;
    }
    // handbook 6.1 "Bakåt/F3: Återgång till listan (ny sökning) sker."
    if (!confirmClose())
        return;
    leaveChangeMode();
    load();
    m_number->setFocus();
    m_number->selectAll();
}

void ClaimScreen::chooseValues()
{
    if (!m_changeMode || !m_ledger)
        return;
    QLineEdit *code = m_form->field(QLatin1String(invoicefield::DunningCode));
    if (QApplication::focusWidget() != code)
        return;
    AllowedValuesDialog::Values values;
    for (const DunningCode &c : ReferenceData(*m_ledger).dunningCodes())
        values.append({QString::number(c.code), c.text});
    values.prepend({QString(), tr("ingen kravkod")});
    if (const auto chosen =
            AllowedValuesDialog::choose(this, tr("Kravkoder"), values, code->text())) {
        code->setText(*chosen);
        m_warningsShown = false;
        setModified(true);
    }
    code->setFocus();
}

void ClaimScreen::computeInterest()
{
    if (m_changeMode || !m_ledger || !m_claim)
        return;
    if (m_tabs->currentIndex() != DunningTab)
        goToTab(DunningTab);
    const QDate today = m_ledger->today();
    QDate to = today;
    QString note;
    switch (m_dunningTab->interestTo()->currentIndex()) {
    case ClaimDunningTab::ToFinalPaid:
        if (m_claim->finalPaidDate.isValid())
            to = m_claim->finalPaidDate;
        else
            note = tr("Fakturan är inte slutbetald; räntan är räknad till dagens datum.");
        break;
    case ClaimDunningTab::ToDate: {
        QString why;
        const auto typed = parseDate(m_dunningTab->interestDate()->text(), today, &why);
        if (!typed) {
            m_dunningTab->showInterestMessage(why);
            m_dunningTab->interestDate()->setFocus();
            return;
        }
        to = *typed;
        break;
    }
    default:
        break;
    }
    try {
        InterestResult result = ClaimOverview(*m_ledger).accruedInterest(*m_claim, to);
        if (!note.isEmpty())
            result.note = result.note.isEmpty() ? note : note + QLatin1Char(' ') + result.note;
        m_dunningTab->showInterest(result, to);
    } catch (const LedgerError &e) {
        m_dunningTab->showInterestMessage(e.message());
    }
    QWidget *focus = QApplication::focusWidget();
    if (focus != m_dunningTab->interestDate() && focus != m_dunningTab->interestTo())
        m_dunningTab->interestTo()->setFocus();
}

void ClaimScreen::addNote(const QString &text)
{
    if (!m_ledger || !m_claim)
        return;
    try {
        ClaimNotes notes(*m_ledger);
        notes.add(m_claim->company, m_claim->invoiceNumber, text);
        const QList<ClaimNote> all = notes.list(m_claim->company, m_claim->invoiceNumber);
        m_notesTab->showNotes(all);
        updateNotesTitle(int(all.size()));
        m_notesTab->newNote()->clear();
        m_notesTab->setMessage(tr("Anteckningen är sparad."), false);
    } catch (const LedgerError &e) {
        m_notesTab->setMessage(e.message(), true);
    }
}

void ClaimScreen::printCopy()
{
    if (m_changeMode || !m_ledger || !m_claim)
        return;
    const auto options = askCopyOptions(this, m_claim->handler);
    if (!options)
        return;
    try {
        const InvoiceCopyDocument document(InvoiceCopies(*m_ledger).make(
            m_claim->company, m_claim->invoiceNumber, *options));
        m_copyOutput(document);
        setMessage(tr("Fakturakopia av %1 är framtagen.").arg(m_claim->invoiceNumber), false);
    } catch (const LedgerError &e) {
        setMessage(e.message());
    }
}

void ClaimScreen::openAuditLog()
{
    if (m_changeMode || !m_claim)
        return;
    QWidget *log = openScreen(QStringLiteral("view.auditLog"));
    if (!log) {
        setMessage(tr("Granskningsloggen kan inte visas här."));
        return;
    }
    QMetaObject::invokeMethod(log, "showClaim", Q_ARG(QString, m_claim->company),
                              Q_ARG(QString, m_claim->invoiceNumber));
}

void ClaimScreen::openCustomer()
{
    if (m_changeMode || !m_claim)
        return;
    QWidget *customer = openScreen(QStringLiteral("invoices.customer"));
    if (!customer) {
        setMessage(tr("Kunduppgifterna kan inte visas här."));
        return;
    }
    QMetaObject::invokeMethod(customer, "showCustomer", Q_ARG(QString, m_claim->company),
                              Q_ARG(QString, m_claim->customerNumber));
}

void ClaimScreen::openReplacement()
{
    if (m_changeMode || !m_claim)
        return;
    // handbook 6.3 "görs via Sök faktura för aktuell faktura".
    QWidget *replacement = openScreen(QStringLiteral("invoices.replacement"));
    if (!replacement) {
        setMessage(tr("Ersättningsfaktura kan inte tas fram här."));
        return;
    }
    QMetaObject::invokeMethod(replacement, "showClaim", Q_ARG(QString, m_claim->company),
                              Q_ARG(QString, m_claim->invoiceNumber));
}

} // namespace rsk::ui
