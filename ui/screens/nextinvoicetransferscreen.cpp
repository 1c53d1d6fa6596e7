#include "screens/nextinvoicetransferscreen.h"

#include "nextinvoicefile.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>

namespace rsk::ui {

NextInvoiceTransferScreen::NextInvoiceTransferScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("nextInvoice"), QStringLiteral("days_late"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &NextInvoiceTransferScreen::transfer);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), tr("–"));
    form.spanSingleFields();
    const QString date = tr("ÅÅMMDD");
    m_date = form.edit("transferDate", 10);
    m_date->setPlaceholderText(date);
    form.line(tr("Överföringsdatum"), m_date, nullptr, tr("stämplas på fakturorna"));
    m_companyFrom = form.edit("companyFrom", 3);
    m_companyTo = form.edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    form.line(tr("Företag fr.o.m. – t.o.m."), m_companyFrom, m_companyTo);
    m_routineFrom = form.edit("routineFrom", 2);
    m_routineTo = form.edit("routineTo", 2);
    form.line(tr("Rutin fr.o.m. – t.o.m."), m_routineFrom, m_routineTo, tr("tomt = alla"));
    m_invoiceFrom = form.edit("invoiceFrom", 9);
    m_invoiceTo = form.edit("invoiceTo", 9);
    form.line(tr("Fakturanummer fr.o.m. – t.o.m."), m_invoiceFrom, m_invoiceTo,
              tr("tomt = alla"));
    m_paidFrom = form.edit("paidFrom", 10);
    m_paidTo = form.edit("paidTo", 10);
    m_paidFrom->setPlaceholderText(date);
    m_paidTo->setPlaceholderText(date);
    form.line(tr("Slutbetalningsdatum fr.o.m. – t.o.m."), m_paidFrom, m_paidTo,
              tr("tomt = alla"));
    m_minimumInterest = form.edit("minimumInterest", 3);
    form.line(tr("Minsta ränta"), m_minimumInterest, nullptr, tr("hela kronor"));
    m_minimumDays = form.edit("minimumDays", 3);
    form.line(tr("Minsta antal dagar"), m_minimumDays, nullptr, tr("efter förfallodagen"));
    m_folder = form.edit("folder", 500, 420);
    form.line(tr("Mapp för filerna"), m_folder, nullptr, tr("en fil per rutin"));
    m_folder->setText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    if (ledger())
        m_date->setText(ledger()->today().toString(Qt::ISODate));
    setRunForm(form, m_date, tr("Överföringens resultat"),
               tr("Enter/F8 kontrollista (ändrar ingenting, samma belopp som listan "
                  "Ej debiterade räntor och avgifter), F10 överför: skriver en fil "
                  "per rutin och stämplar fakturorna med överföringsdatum."),
               tr("Ingen reskontra är öppen."));
}

void NextInvoiceTransferScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("nextInvoice"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Överför")});
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

QWidget *NextInvoiceTransferScreen::refusedField(const QString &message) const
{
    return fieldFor(message, {{"Överföringsdatum", m_date},
                              {"Företag", m_companyFrom},
                              {"Rutin", m_routineFrom},
                              {"Fakturanummer", m_invoiceFrom},
                              {"Slutbetald", m_paidTo},
                              {"Minsta ränta", m_minimumInterest},
                              {"Minsta antal dagar", m_minimumDays},
                              {"Mappen", m_folder},
                              {"Filen", m_folder}});
}

NextInvoiceTransferResult NextInvoiceTransferScreen::planList()
{
    const NextInvoiceTransferSelection s = selection();
    return NextInvoiceTransfer(*ledger()).plan(s);
}

ReportTable NextInvoiceTransferScreen::listTable(const NextInvoiceTransferResult &result) const
{
    return NextInvoiceTransfer::list(result);
}

QString NextInvoiceTransferScreen::listNote(const NextInvoiceTransferResult &r) const
{
    return tr("Kontrollista: %n fordringar att föra över, %1 kr; %2 utan personnummer "
              "förs inte över. Ingenting är ändrat.",
              nullptr, int(r.lines.size()))
        .arg(r.total().toString())
        .arg(r.refused.size());
}

void NextInvoiceTransferScreen::transfer()
{
    if (!ledger())
        return;
    clearError();
    NextInvoiceTransferSelection s;
    NextInvoiceTransferResult plan;
    if (!tryPlan([&] {
            s = selection();
            plan = NextInvoiceTransfer(*ledger()).plan(s);
        }))
        return;
    if (plan.lines.isEmpty()) {
        setNote(tr("Inga fordringar att föra över med detta urval; ingenting gjordes."));
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    QStringList names;
    for (const QString &routine : plan.routines())
        names << NextInvoiceTransfer::fileName(routine, plan.selection.transferDate);
    if (!confirm(QMessageBox::Question, tr("Överför till nästa faktura"),
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
                 tr("Ö&verför"), tr("&Avbryt"))) {
        setNote(tr("Ingen överföring gjordes."));
        return;
    }

    NextInvoiceTransferResult result;
    if (!runBusy(
            [&] {
                result = NextInvoiceTransfer(*ledger()).run(
                    s, nextInvoiceFileWriter(folder, s.transferDate));
            },
            tr("Ingen överföring gjordes; ingenting är ändrat.")))
        return;
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
    // The kvittenslista in the table.
    showRun(result, lines, tr("Listan nedan är kvittenslistan (F16 skriver ut den)."));
}

} // namespace rsk::ui
