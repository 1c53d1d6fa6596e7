#include "screens/dunningrunscreen.h"

#include "dunningletterdocument.h"
#include "print/documentpreview.h"
#include "printarchive.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace rsk::ui {

namespace {

constexpr DunningStep kSteps[] = {DunningStep::Reminder1, DunningStep::Reminder2,
                                  DunningStep::Collection, DunningStep::Residual};

QVariant money(const Money &m)
{
    return m.isZero() ? QVariant() : QVariant(m.ore());
}

// The result's claims of one step, so that core sums them.
DunningRunResult ofStep(const DunningRunResult &r, DunningStep step)
{
    DunningRunResult part;
    for (const DunningItem &i : r.items)
        if (i.step == step)
            part.items.append(i);
    return part;
}

QString range(const QString &from, const QString &to)
{
    return from == to ? from : QStringLiteral("%1–%2").arg(from, to);
}

// The kontrollista / påminnelse- och kravlista (handbook 7.11 step 4): one
// row per claim, the claims a dunning code stops, the totals per step.
ReportTable listOf(const DunningRunResult &r)
{
    using K = ReportColumn::Kind;
    ReportLayout layout;
    layout.title = r.dryRun ? DunningRunScreen::tr("Kontrollista påminnelser/inkassokrav/restkrav")
                            : DunningRunScreen::tr("Påminnelse- och kravlista, körning %1")
                                  .arg(r.runId);
    const DunningSelection &s = r.selection;
    layout.selection << DunningRunScreen::tr("Körningsdatum %1").arg(s.runDate.toString(Qt::ISODate))
                     << DunningRunScreen::tr("Företag %1, rutin %2, fakturanummer %3")
                            .arg(range(s.companyFrom, s.companyTo),
                                 range(s.routineFrom, s.routineTo),
                                 range(s.invoiceFrom, s.invoiceTo));
    if (!s.departmentFrom.isEmpty() || !s.departmentTo.isEmpty())
        layout.selection << DunningRunScreen::tr("Förvaltning/avdelning %1–%2")
                                .arg(s.departmentFrom, s.departmentTo);
    if (s.noFeeBelow.isPositive())
        layout.selection << DunningRunScreen::tr("Påminnelse/kravavgift inte på fordringar under "
                                                 "%1 kr")
                                .arg(s.noFeeBelow.toString());
    layout.columns = {{QStringLiteral("company"), DunningRunScreen::tr("Ftg"), K::Text},
                      {QStringLiteral("invoice"), DunningRunScreen::tr("Fakturanr"), K::Text},
                      {QStringLiteral("name"), DunningRunScreen::tr("Namn"), K::Text, 24},
                      {QStringLiteral("step"), DunningRunScreen::tr("Steg"), K::Text, 14},
                      {QStringLiteral("fee"), DunningRunScreen::tr("Avgift"), K::Money},
                      {QStringLiteral("fee_undebited"), DunningRunScreen::tr("Avgift ej uppdeb."),
                       K::Money},
                      {QStringLiteral("interest"), DunningRunScreen::tr("Ränta"), K::Money},
                      {QStringLiteral("interest_debit"), DunningRunScreen::tr("Ränta uppdeb."),
                       K::Money},
                      {QStringLiteral("to_pay"), DunningRunScreen::tr("Att betala"), K::Money},
                      {QStringLiteral("pay_by"), DunningRunScreen::tr("Betala senast"), K::Date},
                      {QStringLiteral("held"), DunningRunScreen::tr("Manuell"), K::Text},
                      {QStringLiteral("note"), DunningRunScreen::tr("Anmärkning"), K::Text, 30}};
    ReportTable table(layout);
    for (const DunningItem &i : r.items) {
        ReportRow row;
        row.cells = {i.company,
                     i.invoiceNumber,
                     i.name,
                     dunningStepName(i.step),
                     i.feeDebited ? money(i.fee) : QVariant(),
                     i.feeDebited ? QVariant() : money(i.fee),
                     money(i.interest),
                     money(i.interestDebit),
                     QVariant(i.toPay.ore()),
                     i.payBy,
                     i.held ? DunningRunScreen::tr("skyddad – manuell") : QString(),
                     i.note};
        table.rows().append(row);
    }
    for (const DunningSkip &k : r.skipped) {
        ReportRow row;
        row.cells = {k.company, k.invoiceNumber, QString(), dunningStepName(k.step),
                     QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QDate(),
                     QString(), DunningRunScreen::tr("Tas inte: %1").arg(k.reason)};
        table.rows().append(row);
    }
    // Sums by core: fees debited / only printed and interest debited.
    const auto sums = [](ReportRow &row, const DunningRunResult &part) {
        row.cells = {QVariant(), QVariant(), QVariant(), QVariant(),
                     QVariant(part.feesDebited().ore()), QVariant(part.feesPrintedOnly().ore()),
                     QVariant(), QVariant(part.interestDebited().ore()), QVariant(), QDate(),
                     QVariant(), QVariant()};
    };
    for (const DunningStep step : kSteps) {
        const DunningRunResult part = ofStep(r, step);
        if (part.items.isEmpty())
            continue;
        ReportRow row;
        row.type = ReportRow::Type::Subtotal;
        row.level = 1;
        row.label = DunningRunScreen::tr("%1: %n brev", nullptr, int(part.items.size()))
                        .arg(dunningStepName(step));
        if (part.heldCount() > 0)
            row.label += DunningRunScreen::tr(", varav %1 manuella").arg(part.heldCount());
        sums(row, part);
        table.rows().append(row);
    }
    if (!r.skipped.isEmpty()) {
        ReportRow row;
        row.type = ReportRow::Type::Subtotal;
        row.level = 1;
        row.label = DunningRunScreen::tr("Tas inte (kravkod): %n st", nullptr, int(r.skipped.size()));
        row.cells = QVariantList(layout.columns.size());
        table.rows().append(row);
    }
    ReportRow total;
    total.type = ReportRow::Type::Total;
    total.label = DunningRunScreen::tr("Totalt: %n brev", nullptr, int(r.items.size()));
    if (r.heldCount() > 0)
        total.label += DunningRunScreen::tr(", varav %1 manuella").arg(r.heldCount());
    sums(total, r);
    table.rows().append(total);
    return table;
}

// "påminnelse 1: 2, påminnelse 2: 0, …" for the question and the result.
QString perStep(const DunningRunResult &r)
{
    QStringList parts;
    for (const DunningStep step : kSteps)
        parts << QStringLiteral("%1: %2").arg(dunningStepName(step)).arg(r.count(step));
    return parts.join(QStringLiteral(", "));
}

QString amounts(const DunningRunResult &r)
{
    return DunningRunScreen::tr("Avgifter som debiteras: %1 kr. Avgifter bara på brevet: %2 kr. "
                                "Ränta som debiteras: %3 kr.")
        .arg(r.feesDebited().toString(), r.feesPrintedOnly().toString(),
             r.interestDebited().toString());
}

} // namespace

DunningRunScreen::DunningRunScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("dunningRun"), QStringLiteral("fee"), parent),
      m_previewer([this](const DunningLetterDocument &d) {
          showLetterPreview(d, tr("Påminnelser/krav – förhandsgranskning"), this);
      }),
      m_printer([this](const DunningLetterDocument &d) {
          printLetters(d, tr("Påminnelser/krav"), this);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kPreviewCommand), this), &QAction::triggered, this,
            &DunningRunScreen::previewLetters);
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &DunningRunScreen::runLetters);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), tr("–"));
    m_runDate = form.edit("runDate", 10);
    m_runDate->setPlaceholderText(tr("ÅÅMMDD"));
    form.line(tr("Körningsdatum"), m_runDate);
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
    m_departmentFrom = form.edit("departmentFrom", 10);
    m_departmentTo = form.edit("departmentTo", 10);
    form.line(tr("Förvaltning/avdelning fr.o.m. – t.o.m."), m_departmentFrom, m_departmentTo,
              tr("tomt = alla"));
    m_noFeeBelow = form.edit("noFeeBelow", 3);
    form.line(tr("Påminnelse/kravavgift inte på fordringar under"), m_noFeeBelow, nullptr,
              tr("hela kronor; ingen gräns för om brevet skrivs"));
    if (ledger())
        m_runDate->setText(ledger()->today().toString(Qt::ISODate));
    setRunForm(form, m_runDate, tr("Körningens resultat"),
               tr("Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska "
                  "breven, F10 kör: stämplar datum, debiterar avgifter och ränta, "
                  "skriver breven."),
               tr("Ingen reskontra är öppen."));
}

void DunningRunScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("dunningRun"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Förhandsgranska brev")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Kör")});
}

QString DunningRunScreen::suggestedPdfName(qint64 runId, const QDate &runDate)
{
    return QStringLiteral("kravkorning-%1-%2.pdf").arg(runId).arg(runDate.toString(Qt::ISODate));
}

DunningSelection DunningRunScreen::selection()
{
    DunningSelection s;
    s.runDate = dateField(m_runDate, tr("Körningsdatum"));
    s.companyFrom = m_companyFrom->text().trimmed();
    s.companyTo = m_companyTo->text().trimmed();
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.departmentFrom = m_departmentFrom->text().trimmed();
    s.departmentTo = m_departmentTo->text().trimmed();
    const QString fee = m_noFeeBelow->text().trimmed();
    if (!fee.isEmpty()) {
        QString why;
        const auto amount = Money::parse(fee, &why);
        if (!amount) {
            const QString message = tr("Inte på fordringar under: %1").arg(why);
            setFieldError(message, m_noFeeBelow);
            throw LedgerError::refused(message);
        }
        s.noFeeBelow = *amount;
    }
    return s;
}

// Core names the field in its reason; the focus goes there (UI.md "Keys").
QWidget *DunningRunScreen::refusedField(const QString &message) const
{
    if (QWidget *field = fieldFor(message,
                                  {{"Körningsdatum", m_runDate},
                                   {"Företag", m_companyFrom, m_companyTo},
                                   {"Rutin", m_routineFrom, m_routineTo},
                                   {"Fakturanummer", m_invoiceFrom, m_invoiceTo},
                                   {"Förvaltning", m_departmentFrom, m_departmentTo}},
                                  ToField::NamedOrQuotedValue))
        return field;
    if (message.contains(QStringLiteral("Inte på fordringar under"), Qt::CaseInsensitive))
        return m_noFeeBelow;
    return nullptr;
}

DunningRunResult DunningRunScreen::planList()
{
    const DunningSelection s = selection();
    return DunningRun(*ledger()).plan(s);
}

ReportTable DunningRunScreen::listTable(const DunningRunResult &result) const
{
    return listOf(result);
}

QString DunningRunScreen::listNote(const DunningRunResult &r) const
{
    return r.items.isEmpty()
               ? tr("Kontrollista: inga fordringar får brev på körningsdatum %1. "
                    "Ingenting är ändrat.")
                     .arg(r.selection.runDate.toString(Qt::ISODate))
               : tr("Kontrollista %1. Brev: %2 (%3). För manuell hantering: %4. "
                    "Tas inte: %5. Ingenting är ändrat.")
                     .arg(r.selection.runDate.toString(Qt::ISODate))
                     .arg(r.items.size())
                     .arg(perStep(r))
                     .arg(r.heldCount())
                     .arg(r.skipped.size());
}

void DunningRunScreen::previewLetters()
{
    if (!ledger())
        return;
    clearError();
    DunningRunResult plan;
    QList<DunningLetter> letters;
    if (!tryPlan([&] {
            DunningRun dunning(*ledger());
            plan = dunning.plan(selection());
            letters = dunning.previewLetters(plan);
        }))
        return;
    if (letters.isEmpty()) {
        setNote(plan.items.isEmpty()
                    ? tr("Inga fordringar får brev med detta urval.")
                    : tr("Alla %1 brev hålls för manuell hantering; inget att visa.")
                          .arg(plan.items.size()));
        return;
    }
    setNote(tr("Förhandsgranskning av %n brev; ingenting är ändrat.", nullptr,
               int(letters.size())));
    if (m_previewer)
        m_previewer(DunningLetterDocument(letters));
}

void DunningRunScreen::runLetters()
{
    if (!ledger())
        return;
    clearError();
    DunningSelection s;
    DunningRunResult plan;
    if (!tryPlan([&] {
            s = selection();
            plan = DunningRun(*ledger()).plan(s);
        }))
        return;
    if (plan.items.isEmpty()) {
        setNote(tr("Inga fordringar får brev på körningsdatum %1; ingen körning gjordes.")
                    .arg(plan.selection.runDate.toString(Qt::ISODate)));
        return;
    }
    if (!confirm(QMessageBox::Question, tr("Kör påminnelser/krav"),
                 tr("Körningsdatum %1. Fordringar som får brev: %n.", nullptr,
                    int(plan.items.size()))
                         .arg(plan.selection.runDate.toString(Qt::ISODate))
                     + QLatin1Char('\n') + perStep(plan) + QLatin1Char('\n')
                     + tr("Varav %1 skyddade för manuell hantering (inget brev skrivs).")
                           .arg(plan.heldCount())
                     + QLatin1Char('\n') + amounts(plan) + QStringLiteral("\n\n")
                     + tr("Fordringarna stämplas och avgifter och ränta debiteras. Köra nu?"),
                 tr("&Kör"), tr("&Avbryt"))) {
        setNote(tr("Ingen körning gjordes."));
        return;
    }

    DunningRunResult result;
    setNote(tr("Körningen pågår…"), true);
    if (!runBusy(
            [&] {
                // The booking order of what the run debited (handbook 7.11)
                // is kept under Sparade utskrifter in the run's unit of work.
                UnitOfWork work(*ledger());
                result = DunningRun(*ledger()).run(s);
                PrintArchive(*ledger()).runBookingOrders(result.bookingOrders,
                                                         result.selection.runDate, result.dryRun);
                work.commit();
            },
            tr("Ingen körning gjordes; ingenting är ändrat.")))
        return;
    m_lastRun = result;

    QString pdfError;
    const QString pdf = writePdf(result, &pdfError);
    m_lastPdf = pdf;
    showResult(result, pdf, pdfError);

    if (!result.letters.isEmpty()
        && offer(tr("Skriv ut breven"),
                 tr("Skriva ut breven nu (%n brev)?", nullptr, int(result.letters.size())),
                 tr("&Skriv ut"), tr("&Inte nu"))
        && m_printer)
        m_printer(DunningLetterDocument(result.letters));
}

QString DunningRunScreen::writePdf(const DunningRunResult &result, QString *error)
{
    if (result.letters.isEmpty())
        return QString();
    const QString name = suggestedPdfName(result.runId, result.selection.runDate);
    const QString path =
        askPdfPath(m_outputDir, name, tr("Spara breven som PDF"), tr("PDF-fil (*.pdf)"));
    if (path.isEmpty()) {
        *error = tr("Breven sparades inte; skriv ut dem som kopior (Kravhantering → Kopior).");
        return QString();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DunningLetterDocument(result.letters).writePdf(path, error);
    QApplication::restoreOverrideCursor();
    if (!written)
        return QString();
    try {
        DunningRun(*ledger()).recordOutput(result.runId, path);
    } catch (const LedgerError &e) {
        *error = e.message();
    }
    return path;
}

void DunningRunScreen::showResult(const DunningRunResult &r, const QString &pdf,
                                  const QString &pdfError)
{
    QStringList lines;
    lines << tr("Körning nr %1 med körningsdatum %2 är gjord. Fordringar: %n.", nullptr,
                int(r.items.size()))
                 .arg(r.runId)
                 .arg(r.selection.runDate.toString(Qt::ISODate));
    lines << tr("Brev per steg: %1. Skrivna brev: %2.").arg(perStep(r)).arg(r.letters.size());
    QStringList held;
    for (const DunningItem &i : r.items)
        if (i.held)
            held << QStringLiteral("%1/%2 %3 (%4)")
                        .arg(i.company, i.invoiceNumber, i.name, dunningStepName(i.step));
    if (!held.isEmpty())
        lines << tr("För manuell hantering (skyddad identitet, inget brev skrivet): %1")
                     .arg(held.join(QStringLiteral("; ")));
    lines << tr("Avgifter debiterade: %1 kr. Avgifter bara på brevet: %2 kr. Ränta debiterad: "
                "%3 kr.")
                 .arg(r.feesDebited().toString(), r.feesPrintedOnly().toString(),
                      r.interestDebited().toString());
    QStringList orders;
    for (const Verification &v : r.bookingOrders)
        orders << tr("företag %1 verifikation %2 %3").arg(v.company, v.series).arg(v.number);
    lines << (orders.isEmpty() ? tr("Bokföringsorder: ingen (inget debiterades).")
                               : tr("Bokföringsorder: %1.").arg(orders.join(QStringLiteral(", "))));
    if (!pdf.isEmpty())
        lines << tr("Breven är sparade i %1.").arg(QDir::toNativeSeparators(pdf));
    if (!pdfError.isEmpty())
        lines << tr("Breven: %1").arg(pdfError);
    // The run's list in the table.
    showRun(r, lines,
            tr("Körningen är klar. Listan nedan är körningens påminnelse- och kravlista "
               "(F16 skriver ut den)."));
    if (!pdfError.isEmpty())
        setFieldError(pdfError, nullptr);
}

void DunningRunScreen::showLetterPreview(const DunningLetterDocument &document,
                                         const QString &title, QWidget *parent,
                                         const QString &printerName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    const QString note = selectPrinter(printer, printerName);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("letterPrintPreview"));
    preview.setWindowTitle(note.isEmpty() ? title : title + QStringLiteral(" – ") + note);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter *p) { document.print(p); });
    preview.exec();
}

void DunningRunScreen::printLetters(const DunningLetterDocument &document, const QString &title,
                                    QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("letterPrintDialog"));
    if (dialog.exec() == QDialog::Accepted)
        document.print(&printer);
}

} // namespace rsk::ui
