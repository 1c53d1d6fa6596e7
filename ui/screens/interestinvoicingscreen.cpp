#include "screens/interestinvoicingscreen.h"

#include "interestinvoicedocument.h"
#include "printarchive.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace rsk::ui {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

void showPreview(const InterestInvoiceDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(InterestInvoicingScreen::tr("Räntefakturor"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("interestInvoicePreview"));
    dialog.setWindowTitle(InterestInvoicingScreen::tr("Räntefakturor – förhandsgranskning"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *p) { document.print(p); });
    dialog.exec();
}

void printDocument(const InterestInvoiceDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(InterestInvoicingScreen::tr("Räntefakturor"));
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("interestInvoicePrintDialog"));
    if (dialog.exec() == QDialog::Accepted)
        document.print(&printer);
}

} // namespace

InterestInvoicingScreen::InterestInvoicingScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("interestInvoicing"), QStringLiteral("days_late"), parent),
      m_previewer([this](const InterestInvoiceDocument &d) { showPreview(d, this); }),
      m_printer([this](const InterestInvoiceDocument &d) { printDocument(d, this); })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kPreviewCommand), this), &QAction::triggered, this,
            &InterestInvoicingScreen::preview);
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &InterestInvoicingScreen::runInvoicing);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), tr("–"));
    QGroupBox *box = form.box();
    const QString date = tr("ÅÅMMDD");
    m_runDate = form.edit("runDate", 10);
    m_runDate->setPlaceholderText(date);
    form.line(tr("Fakturadatum"), m_runDate, nullptr, tr("räntefakturornas datum"));
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
    m_departmentFrom = form.edit("departmentFrom", limits::Department);
    m_departmentTo = form.edit("departmentTo", limits::Department);
    form.line(tr("Förvaltning/avdelning fr.o.m. – t.o.m."), m_departmentFrom, m_departmentTo,
              tr("diverse debitering; tomt = alla"));
    m_minimumInterest = form.edit("minimumInterest", 3);
    form.line(tr("Minsta ränta att fakturera *"), m_minimumInterest, nullptr,
              tr("hela kronor, obligatorisk"));
    m_minimumDays = form.edit("minimumDays", 1);
    form.line(tr("Minsta antal dagar"), m_minimumDays, nullptr,
              tr("för sent efter förfallodagen"));

    auto *onInvoice = new QLabel(tr("Uppgifter på fakturan"), box);
    onInvoice->setStyleSheet(QStringLiteral("font-weight: bold;"));
    form.wide(onInvoice, 0);
    m_dueDate = form.edit("dueDate", 10);
    m_dueDate->setPlaceholderText(date);
    form.line(tr("Förfallodag"), m_dueDate, nullptr,
              tr("förslag: fakturadatum + 10 dagar, nästa bankdag"));
    m_handler = form.edit("handler", limits::Handler, 260);
    form.line(tr("Handläggare *"), m_handler, nullptr, tr("namn och telefon, obligatorisk"));
    for (int i = 0; i < InterestInvoicingSelection::MessageLines; ++i) {
        m_message[i] = form.edit(QStringLiteral("message%1").arg(i + 1).toLatin1().constData(),
                                 InterestInvoicingSelection::MessageWidth, 420);
        form.wideLine(i == 0 ? tr("Meddelande") : QString(), m_message[i]);
    }
    connect(m_runDate, &QLineEdit::editingFinished, this, &InterestInvoicingScreen::proposeDueDate);
    connect(m_dueDate, &QLineEdit::textEdited, this, [this] { m_dueDateEdited = true; });

    if (ledger()) {
        m_runDate->setText(iso(ledger()->today()));
        proposeDueDate();
    }
    setRunForm(form, m_runDate, tr("Körningens resultat"),
               tr("Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska "
                  "räntefakturorna, F10 kör: registrerar räntefakturorna, stämplar "
                  "fakturorna och gör bokföringsorder."),
               tr("Ingen reskontra är öppen."));
}

void InterestInvoicingScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("interestInvoicing"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Förhandsgranska")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Kör")});
}

QString InterestInvoicingScreen::suggestedPdfName(const QDate &runDate)
{
    return QStringLiteral("rantefakturor-%1.pdf").arg(iso(runDate));
}

// The handbook's proposal, until the clerk types a due date of their own.
void InterestInvoicingScreen::proposeDueDate()
{
    if (m_dueDateEdited && !m_dueDate->text().trimmed().isEmpty())
        return;
    const QDate runDate = QDate::fromString(m_runDate->text().trimmed(), Qt::ISODate);
    if (runDate.isValid()) {
        m_dueDate->setText(iso(InterestInvoicingSelection::proposedDueDate(runDate)));
        m_dueDateEdited = false;
    }
}

InterestInvoicingSelection InterestInvoicingScreen::selection()
{
    InterestInvoicingSelection s;
    s.runDate = dateField(m_runDate, tr("Fakturadatum"));
    s.companyFrom = companyField(m_companyFrom, tr("Företag fr.o.m."));
    s.companyTo = companyField(m_companyTo, tr("Företag t.o.m."));
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.paidFrom = dateField(m_paidFrom, tr("Slutbetald fr.o.m."));
    s.paidTo = dateField(m_paidTo, tr("Slutbetald t.o.m."));
    s.departmentFrom = m_departmentFrom->text().trimmed();
    s.departmentTo = m_departmentTo->text().trimmed();
    const QString interest = m_minimumInterest->text().trimmed();
    if (!interest.isEmpty()) {
        QString why;
        const auto amount = Money::parse(interest, &why);
        if (!amount) {
            const QString message = tr("Minsta ränta: %1").arg(why);
            setFieldError(message, m_minimumInterest);
            throw LedgerError::refused(message);
        }
        s.minimumInterest = *amount;
    }
    const QString days = m_minimumDays->text().trimmed();
    if (!days.isEmpty()) {
        bool ok = false;
        s.minimumDays = days.toInt(&ok);
        if (!ok) {
            const QString message = tr("Minsta antal dagar: \"%1\" ska vara en siffra 0–%2.")
                                        .arg(days)
                                        .arg(InterestInvoicingSelection::MaxMinimumDays);
            setFieldError(message, m_minimumDays);
            throw LedgerError::refused(message);
        }
    }
    s.dueDate = dateField(m_dueDate, tr("Förfallodag"));
    s.handler = m_handler->text();
    for (QLineEdit *line : m_message)
        s.message << line->text();
    return s;
}

// Core names the field first in its reason; the focus goes there.
QWidget *InterestInvoicingScreen::refusedField(const QString &message) const
{
    return fieldFor(message, {{"Fakturadatum", m_runDate},
                              {"Företag", m_companyFrom},
                              {"Rutin", m_routineFrom},
                              {"Fakturanummer", m_invoiceFrom},
                              {"Slutbetald", m_paidTo},
                              {"Förvaltning", m_departmentFrom},
                              {"Minsta ränta", m_minimumInterest},
                              {"Minsta antal dagar", m_minimumDays},
                              {"Förfallodag", m_dueDate},
                              {"Handläggare", m_handler},
                              {"Meddelande rad 2", m_message[1]},
                              {"Meddelande rad 3", m_message[2]},
                              {"Meddelande", m_message[0]}});
}

InterestInvoicingResult InterestInvoicingScreen::planList()
{
    const InterestInvoicingSelection s = selection();
    return InterestInvoicing(*ledger()).plan(s);
}

ReportTable InterestInvoicingScreen::listTable(const InterestInvoicingResult &result) const
{
    return InterestInvoicing::list(result);
}

QString InterestInvoicingScreen::listNote(const InterestInvoicingResult &r) const
{
    QString note = r.items.isEmpty()
                       ? tr("Kontrollista: inga fordringar att räntefakturera med detta urval. "
                            "Ingenting är ändrat.")
                       : tr("Kontrollista: %n räntefakturor, %1 kr, förfallodag %2. Ingenting "
                            "är ändrat.",
                            nullptr, r.invoiceCount())
                             .arg(r.total().toString(), iso(r.selection.dueDate));
    if (!r.problems().isEmpty())
        note += QLatin1Char(' ')
                + tr("%n fordringar kan inte faktureras (se Anmärkning); körningen går inte "
                     "förrän det är åtgärdat.",
                     nullptr, int(r.problems().size()));
    return note;
}

void InterestInvoicingScreen::preview()
{
    if (!ledger())
        return;
    clearError();
    InterestInvoicingResult plan;
    if (!tryPlan([&] { plan = InterestInvoicing(*ledger()).plan(selection()); }))
        return;
    if (plan.invoices.isEmpty()) {
        setNote(tr("Inga räntefakturor att visa med detta urval."));
        return;
    }
    setNote(tr("Förhandsgranskning av %n räntefakturor; ingenting är ändrat.", nullptr,
               int(plan.invoices.size())));
    if (m_previewer)
        m_previewer(InterestInvoiceDocument(plan.invoices));
}

void InterestInvoicingScreen::runInvoicing()
{
    if (!ledger())
        return;
    clearError();
    InterestInvoicingSelection s;
    InterestInvoicingResult plan;
    if (!tryPlan([&] {
            s = selection();
            plan = InterestInvoicing(*ledger()).plan(s);
        }))
        return;
    if (!plan.problems().isEmpty()) {
        run(); // the kontrollista with the reasons
        setFieldError(tr("Räntefaktureringen kan inte köras: %1")
                          .arg(plan.problems().join(QStringLiteral("; "))),
                      nullptr);
        return;
    }
    if (plan.invoices.isEmpty()) {
        setNote(tr("Inga fordringar att räntefakturera med detta urval; ingen körning "
                   "gjordes."));
        return;
    }
    if (!confirm(QMessageBox::Question, tr("Kör räntefakturering"),
                 tr("Fakturadatum %1, förfallodag %2.")
                         .arg(iso(plan.selection.runDate), iso(plan.selection.dueDate))
                     + QLatin1Char('\n')
                     + tr("Räntefakturor: %n, summa %1 kr.", nullptr, plan.invoiceCount())
                           .arg(plan.total().toString())
                     + QStringLiteral("\n\n")
                     + tr("Räntefakturorna registreras, fakturorna stämplas och "
                          "bokföringsorder görs. Köra nu?"),
                 tr("&Kör"), tr("&Avbryt"))) {
        setNote(tr("Ingen körning gjordes."));
        return;
    }

    InterestInvoicingResult result;
    if (!runBusy(
            [&] {
                // The booking orders (handbook 7.13) are kept under Sparade
                // utskrifter in the run's unit of work.
                UnitOfWork work(*ledger());
                result = InterestInvoicing(*ledger()).run(s);
                PrintArchive(*ledger()).runBookingOrders(result.bookingOrders,
                                                         result.selection.runDate, result.dryRun);
                work.commit();
            },
            tr("Ingen körning gjordes; ingenting är ändrat.")))
        return;
    m_lastRun = result;
    // The message is for this run only (handbook: "Efter faktureringen tas
    // texten bort").
    for (QLineEdit *line : m_message)
        line->clear();

    QString pdfError;
    m_lastPdf = writePdf(result, &pdfError);
    QStringList lines;
    lines << tr("Räntefakturering med fakturadatum %1 är gjord: %n räntefakturor, summa %2 kr, "
                "förfallodag %3.",
                nullptr, result.invoiceCount())
                 .arg(iso(result.selection.runDate), result.total().toString(),
                      iso(result.selection.dueDate));
    QStringList orders;
    for (const Verification &v : result.bookingOrders)
        orders << tr("företag %1 verifikation %2 %3").arg(v.company, v.series).arg(v.number);
    lines << tr("Bokföringsorder: %1.").arg(orders.join(QStringLiteral(", ")));
    if (!m_lastPdf.isEmpty())
        lines << tr("Räntefakturorna är sparade i %1.").arg(QDir::toNativeSeparators(m_lastPdf));
    if (!pdfError.isEmpty())
        lines << tr("Räntefakturorna: %1").arg(pdfError);
    // The run's list in the table.
    showRun(result, lines,
            tr("Körningen är klar. Listan nedan är körningens lista (F16 skriver ut "
               "den)."));
    if (!pdfError.isEmpty())
        setFieldError(pdfError, nullptr);

    if (offer(tr("Skriv ut räntefakturorna"),
              tr("Skriva ut räntefakturorna nu (%n st)?", nullptr, int(result.invoices.size())),
              tr("&Skriv ut"), tr("&Inte nu"))
        && m_printer)
        m_printer(InterestInvoiceDocument(result.invoices));
}

QString InterestInvoicingScreen::writePdf(const InterestInvoicingResult &result, QString *error)
{
    const QString name = suggestedPdfName(result.selection.runDate);
    const QString path = askPdfPath(m_outputDir, name, tr("Spara räntefakturorna som PDF"),
                                    tr("PDF-fil (*.pdf)"));
    if (path.isEmpty()) {
        *error = tr("Räntefakturorna sparades inte som PDF; skriv ut dem nu.");
        return QString();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = InterestInvoiceDocument(result.invoices).writePdf(path, error);
    QApplication::restoreOverrideCursor();
    return written ? path : QString();
}

} // namespace rsk::ui
