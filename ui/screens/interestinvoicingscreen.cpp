#include "screens/interestinvoicingscreen.h"

#include "interestinvoicedocument.h"
#include "models/reporttablemodel.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

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
    : ReportScreen(context, QStringLiteral("interestInvoicing"), parent),
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
        grid->addWidget(from, row, 1);
        if (to) {
            grid->addWidget(new QLabel(tr("–"), box), row, 2);
            grid->addWidget(to, row, 3);
        }
        if (!hint.isEmpty())
            grid->addWidget(new QLabel(hint, box), row, 4);
        ++row;
    };
    const QString date = tr("ÅÅMMDD");
    m_runDate = edit("runDate", 10);
    m_runDate->setPlaceholderText(date);
    line(tr("Fakturadatum"), m_runDate, nullptr, tr("räntefakturornas datum"));
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
    m_departmentFrom = edit("departmentFrom", limits::Department);
    m_departmentTo = edit("departmentTo", limits::Department);
    line(tr("Förvaltning/avdelning fr.o.m. – t.o.m."), m_departmentFrom, m_departmentTo,
         tr("diverse debitering; tomt = alla"));
    m_minimumInterest = edit("minimumInterest", 3);
    line(tr("Minsta ränta att fakturera *"), m_minimumInterest, nullptr,
         tr("hela kronor, obligatorisk"));
    m_minimumDays = edit("minimumDays", 1);
    line(tr("Minsta antal dagar"), m_minimumDays, nullptr, tr("för sent efter förfallodagen"));

    auto *onInvoice = new QLabel(tr("Uppgifter på fakturan"), box);
    onInvoice->setStyleSheet(QStringLiteral("font-weight: bold;"));
    grid->addWidget(onInvoice, row++, 0, 1, 5);
    m_dueDate = edit("dueDate", 10);
    m_dueDate->setPlaceholderText(date);
    line(tr("Förfallodag"), m_dueDate, nullptr,
         tr("förslag: fakturadatum + 10 dagar, nästa bankdag"));
    m_handler = edit("handler", limits::Handler, 260);
    line(tr("Handläggare *"), m_handler, nullptr, tr("namn och telefon, obligatorisk"));
    for (int i = 0; i < InterestInvoicingSelection::MessageLines; ++i) {
        m_message[i] = edit(QStringLiteral("message%1").arg(i + 1).toLatin1().constData(),
                            InterestInvoicingSelection::MessageWidth, 420);
        grid->addWidget(new QLabel(i == 0 ? tr("Meddelande") : QString(), box), row, 0);
        grid->addWidget(m_message[i], row, 1, 1, 4);
        ++row;
    }
    setTabOrder(m_message[InterestInvoicingSelection::MessageLines - 1], table());
    grid->setColumnStretch(5, 1);
    setSelectionForm(box);

    connect(m_runDate, &QLineEdit::editingFinished, this, &InterestInvoicingScreen::proposeDueDate);
    connect(m_dueDate, &QLineEdit::textEdited, this, [this] { m_dueDateEdited = true; });

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("runNote"));
    m_note->setWordWrap(true);
    m_resultBox = new QGroupBox(tr("Körningens resultat"), this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_result = new QLabel(m_resultBox);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(m_resultBox))->addWidget(m_result);
    m_resultBox->hide();
    const int tableAt = contentLayout()->indexOf(table());
    auto *hint = new QLabel(tr("Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska "
                               "räntefakturorna, F10 kör: registrerar räntefakturorna, stämplar "
                               "fakturorna och gör bokföringsorder."),
                            this);
    hint->setWordWrap(true);
    contentLayout()->insertWidget(tableAt, hint);
    contentLayout()->insertWidget(tableAt + 1, m_note);
    contentLayout()->insertWidget(tableAt + 2, m_resultBox);

    if (!ledger()) {
        m_note->setText(tr("Ingen reskontra är öppen."));
        box->setEnabled(false);
    } else {
        m_runDate->setText(iso(ledger()->today()));
        proposeDueDate();
    }
    setFocusProxy(m_runDate);
    m_runDate->setFocus();
    m_runDate->selectAll();
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

QString InterestInvoicingScreen::resultText() const
{
    return m_resultBox->isHidden() ? QString() : m_result->text();
}

QString InterestInvoicingScreen::noteText() const
{
    return m_note->text();
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
void InterestInvoicingScreen::showRefusal(const QString &message)
{
    const QList<QPair<QString, QLineEdit *>> fields{
        {QStringLiteral("Fakturadatum"), m_runDate},
        {QStringLiteral("Företag"), m_companyFrom},
        {QStringLiteral("Rutin"), m_routineFrom},
        {QStringLiteral("Fakturanummer"), m_invoiceFrom},
        {QStringLiteral("Slutbetald"), m_paidTo},
        {QStringLiteral("Förvaltning"), m_departmentFrom},
        {QStringLiteral("Minsta ränta"), m_minimumInterest},
        {QStringLiteral("Minsta antal dagar"), m_minimumDays},
        {QStringLiteral("Förfallodag"), m_dueDate},
        {QStringLiteral("Handläggare"), m_handler},
        {QStringLiteral("Meddelande rad 2"), m_message[1]},
        {QStringLiteral("Meddelande rad 3"), m_message[2]},
        {QStringLiteral("Meddelande"), m_message[0]}};
    QWidget *field = nullptr;
    for (const auto &f : fields)
        if (message.startsWith(f.first)) {
            field = f.second;
            break;
        }
    setFieldError(message, field);
}

std::unique_ptr<ReportPager> InterestInvoicingScreen::createReport()
{
    InterestInvoicingResult result;
    if (m_pendingRun) {
        result = *m_pendingRun;
        m_pendingRun.reset();
    } else {
        m_resultBox->hide();
        m_note->clear();
        const InterestInvoicingSelection s = selection();
        try {
            result = InterestInvoicing(*ledger()).plan(s);
        } catch (const LedgerError &e) {
            showRefusal(e.message());
            throw;
        }
    }
    m_shown = result;
    return std::make_unique<HeldReportPager>(InterestInvoicing::list(result));
}

void InterestInvoicingScreen::reportShown()
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
    const InterestInvoicingResult &r = *m_shown;
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
    m_note->setText(note);
}

void InterestInvoicingScreen::preview()
{
    if (!ledger())
        return;
    clearError();
    InterestInvoicingResult plan;
    try {
        plan = InterestInvoicing(*ledger()).plan(selection());
    } catch (const LedgerError &e) {
        if (errorText().isEmpty())
            showRefusal(e.message());
        return;
    }
    if (plan.invoices.isEmpty()) {
        m_note->setText(tr("Inga räntefakturor att visa med detta urval."));
        return;
    }
    m_note->setText(tr("Förhandsgranskning av %n räntefakturor; ingenting är ändrat.", nullptr,
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
    try {
        s = selection();
        plan = InterestInvoicing(*ledger()).plan(s);
    } catch (const LedgerError &e) {
        if (errorText().isEmpty())
            showRefusal(e.message());
        return;
    }
    if (!plan.problems().isEmpty()) {
        run(); // the kontrollista with the reasons
        setFieldError(tr("Räntefaktureringen kan inte köras: %1")
                          .arg(plan.problems().join(QStringLiteral("; "))),
                      nullptr);
        return;
    }
    if (plan.invoices.isEmpty()) {
        m_note->setText(tr("Inga fordringar att räntefakturera med detta urval; ingen körning "
                           "gjordes."));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Kör räntefakturering"),
                    tr("Fakturadatum %1, förfallodag %2.")
                            .arg(iso(plan.selection.runDate), iso(plan.selection.dueDate))
                        + QLatin1Char('\n')
                        + tr("Räntefakturor: %n, summa %1 kr.", nullptr, plan.invoiceCount())
                              .arg(plan.total().toString())
                        + QStringLiteral("\n\n")
                        + tr("Räntefakturorna registreras, fakturorna stämplas och "
                             "bokföringsorder görs. Köra nu?"),
                    QMessageBox::NoButton, this);
    QPushButton *go = ask.addButton(tr("&Kör"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != go) {
        m_note->setText(tr("Ingen körning gjordes."));
        return;
    }

    InterestInvoicingResult result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        result = InterestInvoicing(*ledger()).run(s);
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        m_note->setText(tr("Ingen körning gjordes; ingenting är ändrat."));
        showRefusal(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
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
    m_pendingRun = result;
    run(); // the run's list in the table
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_resultBox->show();
    m_note->setText(tr("Körningen är klar. Listan nedan är körningens lista (F16 skriver ut "
                       "den)."));
    if (!pdfError.isEmpty())
        setFieldError(pdfError, nullptr);

    QMessageBox offer(QMessageBox::Question, tr("Skriv ut räntefakturorna"),
                      tr("Skriva ut räntefakturorna nu (%n st)?", nullptr,
                         int(result.invoices.size())),
                      QMessageBox::NoButton, this);
    QPushButton *print = offer.addButton(tr("&Skriv ut"), QMessageBox::AcceptRole);
    QPushButton *later = offer.addButton(tr("&Inte nu"), QMessageBox::RejectRole);
    offer.setDefaultButton(print);
    offer.setEscapeButton(later);
    offer.exec();
    if (offer.clickedButton() == print && m_printer)
        m_printer(InterestInvoiceDocument(result.invoices));
}

QString InterestInvoicingScreen::writePdf(const InterestInvoicingResult &result, QString *error)
{
    const QString name = suggestedPdfName(result.selection.runDate);
    QString path;
    if (!m_outputDir.isEmpty()) {
        path = QDir(m_outputDir).filePath(name);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Spara räntefakturorna som PDF"),
                                            QDir(dir).filePath(name), tr("PDF-fil (*.pdf)"));
        if (path.isEmpty()) {
            *error = tr("Räntefakturorna sparades inte som PDF; skriv ut dem nu.");
            return QString();
        }
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QLatin1String(".pdf");
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = InterestInvoiceDocument(result.invoices).writePdf(path, error);
    QApplication::restoreOverrideCursor();
    return written ? path : QString();
}

} // namespace rsk::ui
