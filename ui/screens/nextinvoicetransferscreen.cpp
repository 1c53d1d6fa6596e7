#include "screens/nextinvoicetransferscreen.h"

#include "models/reporttablemodel.h"
#include "nextinvoicefile.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rsk::ui {

NextInvoiceTransferScreen::NextInvoiceTransferScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("nextInvoice"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &NextInvoiceTransferScreen::transfer);

    auto *box = new QGroupBox(tr("Urval"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    QWidget *previous = nullptr;
    auto edit = [&](const char *name, int maxLength, int width = 0) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width > 0 ? width : maxLength > 3 ? 110 : 60);
        if (previous)
            setTabOrder(previous, e);
        previous = e;
        return e;
    };
    auto line = [&](const QString &label, QLineEdit *from, QLineEdit *to, const QString &hint) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(from, row, 1, 1, to ? 1 : 3);
        if (to) {
            grid->addWidget(new QLabel(tr("–"), box), row, 2);
            grid->addWidget(to, row, 3);
        }
        if (!hint.isEmpty())
            grid->addWidget(new QLabel(hint, box), row, 4);
        ++row;
    };
    const QString date = tr("ÅÅMMDD");
    m_date = edit("transferDate", 10);
    m_date->setPlaceholderText(date);
    line(tr("Överföringsdatum"), m_date, nullptr, tr("stämplas på fakturorna"));
    m_companyFrom = edit("companyFrom", 3);
    m_companyTo = edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    line(tr("Företag fr.o.m. – t.o.m."), m_companyFrom, m_companyTo, QString());
    m_routineFrom = edit("routineFrom", 2);
    m_routineTo = edit("routineTo", 2);
    line(tr("Rutin fr.o.m. – t.o.m."), m_routineFrom, m_routineTo, tr("tomt = alla"));
    m_invoiceFrom = edit("invoiceFrom", 9);
    m_invoiceTo = edit("invoiceTo", 9);
    line(tr("Fakturanummer fr.o.m. – t.o.m."), m_invoiceFrom, m_invoiceTo, tr("tomt = alla"));
    m_paidFrom = edit("paidFrom", 10);
    m_paidTo = edit("paidTo", 10);
    m_paidFrom->setPlaceholderText(date);
    m_paidTo->setPlaceholderText(date);
    line(tr("Slutbetalningsdatum fr.o.m. – t.o.m."), m_paidFrom, m_paidTo, tr("tomt = alla"));
    m_minimumInterest = edit("minimumInterest", 3);
    line(tr("Minsta ränta"), m_minimumInterest, nullptr, tr("hela kronor"));
    m_minimumDays = edit("minimumDays", 3);
    line(tr("Minsta antal dagar"), m_minimumDays, nullptr, tr("efter förfallodagen"));
    m_folder = edit("folder", 500, 420);
    line(tr("Mapp för filerna"), m_folder, nullptr, tr("en fil per rutin"));
    m_folder->setText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    setTabOrder(m_folder, table());
    grid->setColumnStretch(5, 1);
    setSelectionForm(box);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("runNote"));
    m_note->setWordWrap(true);
    m_resultBox = new QGroupBox(tr("Överföringens resultat"), this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_result = new QLabel(m_resultBox);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(m_resultBox))->addWidget(m_result);
    m_resultBox->hide();
    const int tableAt = contentLayout()->indexOf(table());
    auto *hint = new QLabel(tr("Enter/F8 kontrollista (ändrar ingenting, samma belopp som listan "
                               "Ej debiterade räntor och avgifter), F10 överför: skriver en fil "
                               "per rutin och stämplar fakturorna med överföringsdatum."),
                            this);
    hint->setWordWrap(true);
    contentLayout()->insertWidget(tableAt, hint);
    contentLayout()->insertWidget(tableAt + 1, m_note);
    contentLayout()->insertWidget(tableAt + 2, m_resultBox);

    if (!ledger()) {
        m_note->setText(tr("Ingen reskontra är öppen."));
        box->setEnabled(false);
    } else {
        m_date->setText(ledger()->today().toString(Qt::ISODate));
    }
    setFocusProxy(m_date);
    m_date->setFocus();
    m_date->selectAll();
}

void NextInvoiceTransferScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("nextInvoice"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Överför")});
}

QString NextInvoiceTransferScreen::resultText() const
{
    return m_resultBox->isHidden() ? QString() : m_result->text();
}

QString NextInvoiceTransferScreen::noteText() const
{
    return m_note->text();
}

NextInvoiceTransferSelection NextInvoiceTransferScreen::selection()
{
    NextInvoiceTransferSelection s;
    s.transferDate = dateField(m_date, tr("Överföringsdatum"));
    UnbilledSelection &c = s.claims;
    c.companyFrom = companyField(m_companyFrom, tr("Företag fr.o.m."));
    c.companyTo = companyField(m_companyTo, tr("Företag t.o.m."));
    c.routineFrom = m_routineFrom->text().trimmed();
    c.routineTo = m_routineTo->text().trimmed();
    c.invoiceFrom = m_invoiceFrom->text().trimmed();
    c.invoiceTo = m_invoiceTo->text().trimmed();
    c.paidFrom = dateField(m_paidFrom, tr("Slutbetald fr.o.m."));
    c.paidTo = dateField(m_paidTo, tr("Slutbetald t.o.m."));
    const QString interest = m_minimumInterest->text().trimmed();
    if (!interest.isEmpty()) {
        QString why;
        const auto amount = Money::parse(interest, &why);
        if (!amount) {
            const QString message = tr("Minsta ränta: %1").arg(why);
            setFieldError(message, m_minimumInterest);
            throw LedgerError::refused(message);
        }
        c.minimumInterest = *amount;
    }
    const QString days = m_minimumDays->text().trimmed();
    if (!days.isEmpty()) {
        bool ok = false;
        c.minimumDays = days.toInt(&ok);
        if (!ok) {
            const QString message = tr("Minsta antal dagar: \"%1\" ska vara ett heltal 0–%2.")
                                        .arg(days)
                                        .arg(UnbilledSelection::MaxMinimumDays);
            setFieldError(message, m_minimumDays);
            throw LedgerError::refused(message);
        }
    }
    return s;
}

void NextInvoiceTransferScreen::showRefusal(const QString &message)
{
    const QList<QPair<QString, QLineEdit *>> fields{
        {QStringLiteral("Överföringsdatum"), m_date},
        {QStringLiteral("Företag"), m_companyFrom},
        {QStringLiteral("Rutin"), m_routineFrom},
        {QStringLiteral("Fakturanummer"), m_invoiceFrom},
        {QStringLiteral("Slutbetald"), m_paidTo},
        {QStringLiteral("Minsta ränta"), m_minimumInterest},
        {QStringLiteral("Minsta antal dagar"), m_minimumDays},
        {QStringLiteral("Mappen"), m_folder},
        {QStringLiteral("Filen"), m_folder}};
    QWidget *field = nullptr;
    for (const auto &f : fields)
        if (message.startsWith(f.first)) {
            field = f.second;
            break;
        }
    setFieldError(message, field);
}

std::unique_ptr<ReportPager> NextInvoiceTransferScreen::createReport()
{
    NextInvoiceTransferResult result;
    if (m_pendingRun) {
        result = *m_pendingRun;
        m_pendingRun.reset();
    } else {
        m_resultBox->hide();
        m_note->clear();
        const NextInvoiceTransferSelection s = selection();
        try {
            result = NextInvoiceTransfer(*ledger()).plan(s);
        } catch (const LedgerError &e) {
            showRefusal(e.message());
            throw;
        }
    }
    m_shown = result;
    return std::make_unique<HeldReportPager>(NextInvoiceTransfer::list(result));
}

void NextInvoiceTransferScreen::reportShown()
{
    QTableView *view = table();
    view->clearSpans();
    const int firstNumeric = model()->layout().columnIndex(QStringLiteral("days_late"));
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->reportRow(row).isSum())
            view->setSpan(row, 0, 1, firstNumeric);
    view->resizeColumnsToContents();
    if (!m_shown || !m_shown->dryRun)
        return;
    const NextInvoiceTransferResult &r = *m_shown;
    m_note->setText(tr("Kontrollista: %n fordringar att föra över, %1 kr; %2 utan personnummer "
                       "förs inte över. Ingenting är ändrat.",
                       nullptr, int(r.lines.size()))
                        .arg(r.total().toString())
                        .arg(r.refused.size()));
}

void NextInvoiceTransferScreen::transfer()
{
    if (!ledger())
        return;
    clearError();
    NextInvoiceTransferSelection s;
    NextInvoiceTransferResult plan;
    try {
        s = selection();
        plan = NextInvoiceTransfer(*ledger()).plan(s);
    } catch (const LedgerError &e) {
        if (errorText().isEmpty())
            showRefusal(e.message());
        return;
    }
    if (plan.lines.isEmpty()) {
        m_note->setText(tr("Inga fordringar att föra över med detta urval; ingenting gjordes."));
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    QStringList names;
    for (const QString &routine : plan.routines())
        names << NextInvoiceTransfer::fileName(routine, plan.selection.transferDate);
    QMessageBox ask(QMessageBox::Question, tr("Överför till nästa faktura"),
                    tr("Överföringsdatum %1. Fordringar: %2, summa %3 kr.")
                            .arg(plan.selection.transferDate.toString(Qt::ISODate))
                            .arg(plan.lines.size())
                            .arg(plan.total().toString())
                        + QLatin1Char('\n')
                        + tr("Filer i %1: %2").arg(QDir::toNativeSeparators(folder),
                                                   names.join(QStringLiteral(", ")))
                        + QLatin1Char('\n')
                        + tr("Utan personnummer (förs inte över): %1.").arg(plan.refused.size())
                        + QStringLiteral("\n\n")
                        + tr("Fakturorna stämplas och förs aldrig över igen. Överföra nu?"),
                    QMessageBox::NoButton, this);
    QPushButton *go = ask.addButton(tr("Ö&verför"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != go) {
        m_note->setText(tr("Ingen överföring gjordes."));
        return;
    }

    NextInvoiceTransferResult result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        result = NextInvoiceTransfer(*ledger()).run(
            s, nextInvoiceFileWriter(folder, s.transferDate));
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        m_note->setText(tr("Ingen överföring gjordes; ingenting är ändrat."));
        showRefusal(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    m_lastRun = result;
    QStringList lines;
    lines << tr("Överföringen %1 är gjord: %2 fordringar, %3 kr.")
                 .arg(result.selection.transferDate.toString(Qt::ISODate))
                 .arg(result.lines.size())
                 .arg(result.total().toString());
    for (const QString &file : std::as_const(result.files))
        lines << tr("Fil: %1").arg(QDir::toNativeSeparators(file));
    if (!result.refused.isEmpty())
        lines << tr("Inte överförda (personnummer saknas): %1 st, se listan.")
                     .arg(result.refused.size());
    m_pendingRun = result;
    run(); // the kvittenslista
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_resultBox->show();
    m_note->setText(tr("Listan nedan är kvittenslistan (F16 skriver ut den)."));
}

} // namespace rsk::ui
