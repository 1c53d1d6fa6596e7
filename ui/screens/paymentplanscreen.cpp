#include "screens/paymentplanscreen.h"

#include "dates/dateparse.h"
#include "ids/swedishid.h"
#include "ledger/protectedidentity.h"
#include "ledger/types.h"
#include "paymentplandocument.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

PaymentPlanScreen::PaymentPlanScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_output([this](const PaymentPlan &plan, bool) { showPrintPreview(plan, this); })
{
    declareCommands(commands());
    const QList<QPair<const char *, std::function<void()>>> bindings{
        {kNextTabCommand, [this] { goToTab((m_tabs->currentIndex() + 1) % m_tabs->count()); }},
        {kClaimsTabCommand, [this] { goToTab(ClaimsTab); }},
        {kOthersTabCommand, [this] { goToTab(OthersTab); }},
        {kTermsTabCommand, [this] { goToTab(TermsTab); }},
        {kDebtorTabCommand, [this] { goToTab(DebtorTab); }},
        {kCreditorTabCommand, [this] { goToTab(CreditorTab); }},
        {kComputeCommand, [this] { compute(); }},
        {kPreviewCommand, [this] { preview(); }},
        {kPrintCommand, [this] { save(); }},
    };
    for (const auto &b : bindings)
        connect(commands().bind(QLatin1String(b.first), this), &QAction::triggered, this, b.second);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createClaimsTab(), tr("Fakturor"));
    m_tabs->addTab(createOthersTab(), tr("Övriga fordringar"));
    m_tabs->addTab(createTermsTab(), tr("Komplettering/utskrift"));
    m_tabs->addTab(createDebtorTab(), tr("Gäldenär"));
    m_tabs->addTab(createCreditorTab(), tr("Borgenär"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_status);
    setFocusProxy(m_claims);
    m_claims->setCurrentCell(0, CompanyColumn);
    m_others->setCurrentCell(0, TextColumn);

    if (!m_ledger) {
        m_status->setText(tr("Ingen reskontra är öppen."));
        m_tabs->setEnabled(false);
        return;
    }
    fillCreditor(PaymentPlanService(*m_ledger).creditorFor(session().companyNumber()));
    setModified(false);
}

void PaymentPlanScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    // Handbook 7.18: Gäldenär/F8, Borgenär/F9, F10 next tab, F11/F12/F13 the
    // tabs Fakturor, Övriga fordringar, Komplettering/utskrift. F15 computes
    // (as "compute interest" elsewhere), F16 prints (UI.md "Keys").
    commands.declare(
        {QLatin1String(kDebtorTabCommand), id, QKeySequence(Qt::Key_F8), tr("Gäldenär")});
    commands.declare(
        {QLatin1String(kCreditorTabCommand), id, QKeySequence(Qt::Key_F9), tr("Borgenär")});
    commands.declare(
        {QLatin1String(kNextTabCommand), id, QKeySequence(Qt::Key_F10), tr("Nästa flik")});
    commands.declare(
        {QLatin1String(kClaimsTabCommand), id, QKeySequence(Qt::Key_F11), tr("Fakturor")});
    commands.declare(
        {QLatin1String(kOthersTabCommand), id, QKeySequence(Qt::Key_F12), tr("Övriga fordringar")});
    commands.declare(
        {QLatin1String(kTermsTabCommand), id, QKeySequence(Qt::Key_F13), tr("Komplettering")});
    commands.declare(
        {QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F14), tr("Förhandsgranska")});
    commands.declare(
        {QLatin1String(kComputeCommand), id, QKeySequence(Qt::Key_F15), tr("Beräkna plan")});
    commands.declare(
        {QLatin1String(kPrintCommand), id, QKeySequence(Qt::Key_F16), tr("Spara och skriv ut")});
}

PaymentPlanScreen::Tab PaymentPlanScreen::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void PaymentPlanScreen::goToTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
    switch (Tab(tab)) {
    case ClaimsTab:
        m_claims->setFocus();
        break;
    case OthersTab:
        m_others->setFocus();
        break;
    case TermsTab:
        m_firstDate->setFocus();
        break;
    case DebtorTab:
        m_debtor.first()->setFocus();
        break;
    case CreditorTab:
        m_creditor.first()->setFocus();
        break;
    }
}

QString PaymentPlanScreen::cell(QTableWidget *t, int row, int column) const
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void PaymentPlanScreen::setCell(QTableWidget *t, int row, int column, const QString &text,
                                bool readOnly, bool number)
{
    const QSignalBlocker block(t);
    QTableWidgetItem *item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        t->setItem(row, column, item);
    }
    item->setText(text);
    if (readOnly)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void PaymentPlanScreen::commitEditors()
{
    // A key while a cell is still being edited: keep what was typed.
    QWidget *editor = QApplication::focusWidget();
    for (QTableWidget *t : {m_claims, m_others}) {
        if (editor && editor != t && t->isAncestorOf(editor)) {
            emit t->itemDelegate()->commitData(editor);
            emit t->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }
}

void PaymentPlanScreen::clearErrors()
{
    for (QLabel *l : m_tabErrors)
        l->clear();
    m_status->clear();
    for (int row = 0; row < m_claims->rowCount(); ++row)
        setCell(m_claims, row, NoteColumn, QString(), true);
}

void PaymentPlanScreen::showFieldError(Tab tab, QWidget *field, const QString &message)
{
    QLabel *label = m_tabErrors.at(tab);
    label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    m_tabs->setCurrentIndex(tab);
    if (field)
        field->setFocus();
}

std::optional<PaymentPlanRequest> PaymentPlanScreen::readRequest()
{
    commitEditors();
    clearErrors();
    PaymentPlanRequest r;
    for (int row = 0; row < m_claims->rowCount(); ++row) {
        const QString number = cell(m_claims, row, InvoiceColumn);
        if (number.isEmpty())
            continue;
        const QString company = cell(m_claims, row, CompanyColumn);
        r.claims.append({company.isEmpty() ? session().companyNumber() : company, number});
    }
    const QDate today = m_ledger->today();
    const auto readMoney = [&](Tab tab, QWidget *field, const QString &what, const QString &text,
                               Money &out) {
        QString why;
        if (text.isEmpty())
            return true;
        const auto m = Money::parse(text, &why);
        if (!m) {
            showFieldError(tab, field, tr("%1: %2").arg(what, why));
            return false;
        }
        out = *m;
        return true;
    };
    const auto readDate = [&](Tab tab, QWidget *field, const QString &what, const QString &text,
                              QDate &out) {
        QString why;
        if (text.isEmpty())
            return true;
        const auto d = parseDate(text, today, &why);
        if (!d) {
            showFieldError(tab, field, tr("%1: %2").arg(what, why));
            return false;
        }
        out = *d;
        return true;
    };
    for (int row = 0; row < m_others->rowCount(); ++row) {
        PaymentPlanOtherClaim o;
        o.text = cell(m_others, row, TextColumn);
        const QString debt = cell(m_others, row, DebtOtherColumn);
        const QString due = cell(m_others, row, DueColumn);
        const QString interest = cell(m_others, row, GivenInterestColumn);
        if (o.text.isEmpty() && debt.isEmpty() && due.isEmpty() && interest.isEmpty())
            continue;
        const QString what = tr("Övrig fordran rad %1").arg(row + 1);
        Money given;
        if (!readMoney(OthersTab, m_others, what, debt, o.debt)
            || !readDate(OthersTab, m_others, what, due, o.dueDate)
            || !readMoney(OthersTab, m_others, what, interest, given))
            return std::nullopt;
        if (!interest.isEmpty())
            o.interest = given;
        r.others.append(o);
    }
    for (QLineEdit *text : m_texts)
        r.texts << text->text();
    while (!r.texts.isEmpty() && r.texts.last().trimmed().isEmpty())
        r.texts.removeLast();
    PaymentPlanTerms &t = r.terms;
    if (!readDate(TermsTab, m_firstDate, tr("Första betalningsdag"), m_firstDate->text().trimmed(),
                  t.firstDate))
        return std::nullopt;
    t.lastOfMonth = m_lastOfMonth->isChecked();
    t.monthly = Money::fromKronor(m_monthly->text().toLongLong());
    t.months = m_months->text().toInt();
    t.then = Money::fromKronor(m_then->text().toLongLong());
    t.noticeFee = Money::fromKronor(m_noticeFee->text().toLongLong());
    t.noticeFeeOverrideReason = m_noticeReason->text().trimmed();
    t.noInterest = m_noInterest->isChecked();
    const auto text = [](const QList<QLineEdit *> &edits, int i) {
        return edits.at(i)->text().trimmed();
    };
    r.debtor = {text(m_debtor, 0), text(m_debtor, 1), text(m_debtor, 2),
                text(m_debtor, 3), text(m_debtor, 4), text(m_debtor, 5),
                text(m_debtor, 6), text(m_debtor, 7), m_addressWithheld};
    r.creditor = {text(m_creditor, 0), text(m_creditor, 1), text(m_creditor, 2),
                  text(m_creditor, 3), text(m_creditor, 4), text(m_creditor, 5),
                  text(m_creditor, 6), text(m_creditor, 7)};
    return r;
}

bool PaymentPlanScreen::showProblems(const QList<PaymentPlanProblem> &problems)
{
    // In reverse, so that the first problem's tab and field end up shown.
    for (auto it = problems.crbegin(); it != problems.crend(); ++it) {
        const PaymentPlanProblem &p = *it;
        switch (p.field) {
        case PaymentPlanField::Claims:
            if (p.row >= 0 && p.row < m_claims->rowCount()) {
                // The row of the n-th typed claim (empty rows are skipped).
                int typed = -1;
                for (int row = 0; row < m_claims->rowCount(); ++row) {
                    if (!cell(m_claims, row, InvoiceColumn).isEmpty() && ++typed == p.row) {
                        setCell(m_claims, row, NoteColumn, p.message, true);
                        m_claims->setCurrentCell(row, InvoiceColumn);
                        break;
                    }
                }
            }
            showFieldError(ClaimsTab, m_claims, p.message);
            break;
        case PaymentPlanField::OtherClaims:
            showFieldError(OthersTab, m_others, p.message);
            break;
        case PaymentPlanField::Debtor:
            showFieldError(DebtorTab, m_debtor.value(p.row, m_debtor.first()), p.message);
            break;
        case PaymentPlanField::Creditor:
            showFieldError(CreditorTab, m_creditor.value(p.row, m_creditor.first()), p.message);
            break;
        case PaymentPlanField::FirstDate:
        case PaymentPlanField::LastOfMonth:
            showFieldError(TermsTab, m_firstDate, p.message);
            break;
        case PaymentPlanField::Monthly:
            showFieldError(TermsTab, m_monthly, p.message);
            break;
        case PaymentPlanField::Months:
            showFieldError(TermsTab, m_months, p.message);
            break;
        case PaymentPlanField::Then:
            showFieldError(TermsTab, m_then, p.message);
            break;
        case PaymentPlanField::NoticeFee:
            showFieldError(TermsTab, m_noticeFee, p.message);
            break;
        case PaymentPlanField::Texts:
            showFieldError(TermsTab, m_texts.value(p.row, m_texts.first()), p.message);
            break;
        }
    }
    return !problems.isEmpty();
}

void PaymentPlanScreen::check()
{
    if (!m_ledger)
        return;
    const auto r = readRequest();
    if (!r)
        return;
    PaymentPlanService service(*m_ledger);
    const QDate today = m_ledger->today();
    int typed = 0;
    Money debt;
    for (int row = 0; row < m_claims->rowCount(); ++row) {
        if (cell(m_claims, row, InvoiceColumn).isEmpty()) {
            for (int c = NameColumn; c <= InterestColumn; ++c)
                setCell(m_claims, row, c, QString(), true);
            continue;
        }
        const PaymentPlanClaimRef &ref = r->claims.at(typed++);
        try {
            const PaymentPlanClaimLine l = service.claimLine(ref, today, r->terms.noInterest);
            setCell(m_claims, row, CompanyColumn, l.company, false);
            setCell(m_claims, row, InvoiceColumn, l.invoiceNumber, false);
            setCell(m_claims, row, NameColumn, l.text, true);
            setCell(m_claims, row, DebtColumn, (l.capital + l.fees()).toString(), true, true);
            setCell(m_claims, row, InterestColumn, l.interest.toString(), true, true);
            setCell(m_claims, row, NoteColumn, l.note, true);
            debt += l.total();
        } catch (const LedgerError &e) {
            setCell(m_claims, row, NoteColumn, e.message(), true);
            showFieldError(ClaimsTab, m_claims, tr("Rad %1: %2").arg(row + 1).arg(e.message()));
            m_claims->setCurrentCell(row, InvoiceColumn);
        }
    }
    if (!m_tabErrors.at(ClaimsTab)->text().isEmpty())
        return;
    if (!r->claims.isEmpty() && m_debtor.first()->text().trimmed().isEmpty()) {
        const PaymentPlanDebtor d = service.debtorFrom(r->claims.first());
        fillDebtor(d);
    }
    m_status->setText(tr("%n faktura(or) kontrollerade, skuld med upplupen ränta %1 kr.", nullptr,
                         int(r->claims.size()))
                          .arg(debt.toString()));
}

void PaymentPlanScreen::fillDebtor(const PaymentPlanDebtor &d)
{
    const auto shown = [this](const QString &id) {
        const auto parsed = SwedishId::parse(id, m_ledger->today());
        return parsed ? parsed->display() : id;
    };
    const QStringList values{d.name, shown(d.idNumber), d.name2,      shown(d.idNumber2),
                             d.co,   d.address,         d.postalCode, d.city};
    for (int i = 0; i < values.size(); ++i)
        m_debtor[i]->setText(values[i]);
    m_addressWithheld = d.addressWithheld;
    for (int i = 4; i < m_debtor.size(); ++i)
        m_debtor[i]->setEnabled(!d.addressWithheld); // protected identity: no address
    m_debtor[5]->setPlaceholderText(d.addressWithheld ? ProtectedIdentity::withheldText()
                                                      : QString());
}

void PaymentPlanScreen::fillCreditor(const PaymentPlanCreditor &c)
{
    const QStringList values{c.orgNr, c.name,  c.address,  c.postalCode,
                             c.city,  c.phone, c.plusgiro, c.bankgiro};
    for (int i = 0; i < values.size(); ++i)
        m_creditor[i]->setText(values[i]);
}

void PaymentPlanScreen::compute()
{
    m_plan.reset();
    if (!m_ledger)
        return;
    const auto r = readRequest();
    if (!r)
        return;
    PaymentPlanService service(*m_ledger);
    if (showProblems(service.problems(*r)))
        return;
    try {
        m_plan = service.plan(*r);
    } catch (const LedgerError &e) {
        showFieldError(TermsTab, m_monthly, e.message());
        return;
    }
    showPlan(*m_plan);
    m_tabs->setCurrentIndex(TermsTab);
}

void PaymentPlanScreen::showPlan(const PaymentPlan &p)
{
    m_totals->setText(
        tr("Total skuld %1 kr, varav upplupen ränta %2 kr. Ny ränta %3 kr, "
           "aviseringsavgifter %4 kr. Att betala %5 kr i %6 delbetalningar "
           "(%7–%8).")
            .arg(p.totalDebt().toString(), p.accruedInterest().toString(),
                 p.newInterest().toString(), p.noticeFees().toString(), p.totalToPay().toString())
            .arg(p.instalments.size())
            .arg(isoDate(p.terms.firstDate),
                 isoDate(p.instalments.isEmpty() ? QDate() : p.instalments.last().date))
        + (p.notes.isEmpty() ? QString() : QLatin1Char('\n') + p.notes.join(QLatin1Char('\n'))));
    m_schedule->setRowCount(int(p.instalments.size()));
    for (int row = 0; row < p.instalments.size(); ++row) {
        const PaymentPlanInstalment &i = p.instalments.at(row);
        const QStringList values{QString::number(i.number), isoDate(i.date),
                                 i.amount.toString(),       i.fees.toString(),
                                 i.interest.toString(),     i.capital.toString(),
                                 i.noticeFee.toString(),    i.remaining.toString()};
        for (int c = 0; c < values.size(); ++c)
            setCell(m_schedule, row, c, values[c], true, c != 1);
    }
    m_schedule->resizeColumnsToContents();
}

void PaymentPlanScreen::preview()
{
    compute();
    if (m_plan && m_output)
        m_output(*m_plan, false);
}

void PaymentPlanScreen::save()
{
    compute();
    if (!m_plan)
        return;
    const auto r = readRequest();
    if (!r)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Spara amorteringsplan"),
                    tr("Spara och skriv ut planen för %1? %n faktura(or) stämplas med datum för "
                       "amorteringsplan, kravkod och bevakningstext.",
                       nullptr, int(r->claims.size()))
                        .arg(m_plan->debtor.name),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Spara"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(yes);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        m_plan = PaymentPlanService(*m_ledger).commit(*r);
    } catch (const LedgerError &e) {
        showFieldError(TermsTab, m_monthly, e.message());
        return;
    }
    showPlan(*m_plan);
    setModified(false);
    m_status->setText(tr("Amorteringsplan %1 sparad: %2 delbetalningar, att betala %3 kr.")
                          .arg(m_plan->id)
                          .arg(m_plan->instalments.size())
                          .arg(m_plan->totalToPay().toString()));
    if (m_output)
        m_output(*m_plan, true);
}

void PaymentPlanScreen::showPrintPreview(const PaymentPlan &plan, QWidget *parent)
{
    const PaymentPlanDocument document(plan);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.title());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *p) { document.print(p); });
    dialog.exec();
}

} // namespace rsk::ui
