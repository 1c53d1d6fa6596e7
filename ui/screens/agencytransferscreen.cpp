#include "screens/agencytransferscreen.h"

#include "agencyfile.h"
#include "printarchive.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>

namespace rsk::ui {

namespace {

QString range(const QString &from, const QString &to)
{
    return from == to ? from : QStringLiteral("%1–%2").arg(from, to);
}

QVariant money(const Money &m)
{
    return QVariant(m.ore());
}

// The kontrollista / the transfer's list: one row per claim sent, the claims
// that stay with the reason, the total (sums by core).
ReportTable listOf(const AgencyTransferResult &r)
{
    using K = ReportColumn::Kind;
    ReportLayout layout;
    layout.title = r.dryRun ? AgencyTransferScreen::tr("Kontrollista överföring till inkasso")
                            : AgencyTransferScreen::tr("Överföring till inkasso nr %1").arg(r.transferId);
    const AgencySelection &s = r.selection;
    layout.selection << AgencyTransferScreen::tr("Överföringsdatum %1").arg(s.transferDate.toString(Qt::ISODate))
                     << AgencyTransferScreen::tr("Företag %1, rutin %2, fakturanummer %3")
                            .arg(range(s.companyFrom, s.companyTo),
                                 range(s.routineFrom, s.routineTo),
                                 range(s.invoiceFrom, s.invoiceTo));
    if (!s.departmentFrom.isEmpty() || !s.departmentTo.isEmpty())
        layout.selection << AgencyTransferScreen::tr("Förvaltning/avdelning %1–%2")
                                .arg(s.departmentFrom, s.departmentTo);
    if (!s.idNumber.isEmpty())
        layout.selection << AgencyTransferScreen::tr("Personnummer %1").arg(s.idNumber);
    layout.selection << (s.zero ? AgencyTransferScreen::tr("Fordringarna nollställs") : AgencyTransferScreen::tr("Fordringarna "
                                                                             "nollställs inte"));
    if (!r.agency.name.isEmpty())
        layout.selection << AgencyTransferScreen::tr("Inkassobolag %1, kundnummer %2")
                                .arg(r.agency.name, r.agency.customerNumber);
    layout.columns = {{QStringLiteral("company"), AgencyTransferScreen::tr("Ftg"), K::Text},
                      {QStringLiteral("invoice"), AgencyTransferScreen::tr("Fakturanr"), K::Text},
                      {QStringLiteral("name"), AgencyTransferScreen::tr("Namn"), K::Text, 22},
                      {QStringLiteral("id_number"), AgencyTransferScreen::tr("Personnr"), K::Text, 12},
                      {QStringLiteral("basis"), AgencyTransferScreen::tr("Räknat från"), K::Text, 12},
                      {QStringLiteral("basis_date"), AgencyTransferScreen::tr("Datum"), K::Date},
                      {QStringLiteral("days"), AgencyTransferScreen::tr("Dagar"), K::Integer},
                      {QStringLiteral("balance"), AgencyTransferScreen::tr("Saldo"), K::Money},
                      {QStringLiteral("written_off"), AgencyTransferScreen::tr("Avskrivs"), K::Money},
                      {QStringLiteral("to_collect"), AgencyTransferScreen::tr("Överlämnas"), K::Money},
                      {QStringLiteral("zeroed"), AgencyTransferScreen::tr("Nollställs"), K::Money},
                      {QStringLiteral("category"), AgencyTransferScreen::tr("SFI"), K::Text, 10},
                      {QStringLiteral("note"), AgencyTransferScreen::tr("Anmärkning"), K::Text, 30}};
    ReportTable table(layout);
    for (const AgencyItem &v : r.items) {
        ReportRow row;
        row.cells = {v.company, v.invoiceNumber, v.name, v.idNumber, agencyBasisName(v.basis),
                     v.basisDate, qint64(v.daysSince), money(v.balance), money(v.writtenOff()),
                     money(v.toCollect()), money(v.zeroed()),
                     QStringLiteral("%1 %2").arg(v.categoryCode, v.category.name), QString()};
        table.rows().append(row);
    }
    for (const AgencySkip &k : r.skipped) {
        ReportRow row;
        row.cells = {k.company, k.invoiceNumber, k.name, QString(), QString(), QDate(),
                     QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QString(),
                     AgencyTransferScreen::tr("Tas inte: %1").arg(k.reason)};
        table.rows().append(row);
    }
    ReportRow total;
    total.type = ReportRow::Type::Total;
    total.label = AgencyTransferScreen::tr("Totalt: %n fordringar", nullptr, int(r.items.size()));
    if (!r.skipped.isEmpty())
        total.label += AgencyTransferScreen::tr(", %1 tas inte").arg(r.skipped.size());
    total.cells = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QDate(),
                   QVariant(), money(r.balanceTotal()), money(r.writtenOffTotal()),
                   money(r.toCollectTotal()), money(r.zeroedTotal()),
                   QVariant(), QVariant()};
    table.rows().append(total);
    return table;
}

QString amounts(const AgencyTransferResult &r)
{
    return AgencyTransferScreen::tr("Fordringar: %1, saldo %2 kr, varav avskrivs %3 kr. "
                                    "Nollställs: %4 fordringar, %5 kr.")
        .arg(r.items.size())
        .arg(r.balanceTotal().toString(), r.writtenOffTotal().toString())
        .arg(r.zeroedCount())
        .arg(r.zeroedTotal().toString());
}

} // namespace

AgencyTransferScreen::AgencyTransferScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("agencyTransfer"), QStringLiteral("balance"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &AgencyTransferScreen::transfer);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), QStringLiteral("–"));
    form.setLongFieldWidth(120);
    m_date = form.edit("transferDate", 10);
    m_date->setPlaceholderText(tr("ÅÅMMDD"));
    form.line(tr("Överföringsdatum"), m_date, nullptr,
              tr("dagarna räknas hit; stämplas på fordran"));
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
    m_idNumber = form.edit("idNumber", 13);
    form.line(tr("Personnummer"), m_idNumber, nullptr, tr("tomt = alla"));
    m_zero = new QCheckBox(tr("&Nollställ fordringarna med inbetalningssätten i inställningarna"),
                           form.box());
    m_zero->setObjectName(QStringLiteral("zeroCheck"));
    m_zero->setChecked(true);
    form.chain(m_zero);
    form.wide(m_zero, 0);
    if (ledger())
        m_date->setText(ledger()->today().toString(Qt::ISODate));
    setRunForm(form, m_date, tr("Överföringens resultat"),
               tr("Enter/F8 kontrollista (ändrar ingenting), F10 överför: skriver "
                  "filen till inkassobolaget, nollställer och bokför, stämplar "
                  "datum, kravkod och bevakningstext. Inställningar, inkassobolag "
                  "och saldokorrigering: Extern inkassohantering."),
               tr("Ingen reskontra är öppen."), QStringLiteral("transferNote"));
}

void AgencyTransferScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("agencyTransfer"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Överför")});
}

QString AgencyTransferScreen::suggestedFileName(const QDate &date)
{
    return QStringLiteral("inkasso-%1.csv").arg(date.toString(Qt::ISODate));
}

AgencySelection AgencyTransferScreen::selection()
{
    AgencySelection s;
    s.transferDate = dateField(m_date, tr("Överföringsdatum"));
    s.companyFrom = m_companyFrom->text().trimmed();
    s.companyTo = m_companyTo->text().trimmed();
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.departmentFrom = m_departmentFrom->text().trimmed();
    s.departmentTo = m_departmentTo->text().trimmed();
    s.idNumber = m_idNumber->text().trimmed();
    s.zero = m_zero->isChecked();
    return s;
}

// Core names the field first in its reason; the focus goes there.
QWidget *AgencyTransferScreen::refusedField(const QString &message) const
{
    return fieldFor(message, {{"Överföringsdatum", m_date},
                              {"Företag", m_companyFrom, m_companyTo},
                              {"Rutin", m_routineFrom, m_routineTo},
                              {"Fakturanummer", m_invoiceFrom, m_invoiceTo},
                              {"Förvaltning", m_departmentFrom, m_departmentTo},
                              {"Personnummer", m_idNumber}});
}

AgencyTransferResult AgencyTransferScreen::planList()
{
    const AgencySelection s = selection();
    return AgencyTransfer(*ledger()).plan(s);
}

ReportTable AgencyTransferScreen::listTable(const AgencyTransferResult &result) const
{
    return listOf(result);
}

QString AgencyTransferScreen::listNote(const AgencyTransferResult &r) const
{
    return r.items.isEmpty()
               ? tr("Kontrollista: inga fordringar ska till inkasso den %1. Tas inte: "
                    "%2. Ingenting är ändrat.")
                     .arg(r.selection.transferDate.toString(Qt::ISODate))
                     .arg(r.skipped.size())
               : tr("Kontrollista %1. %2 Tas inte: %3. Ingenting är ändrat.")
                     .arg(r.selection.transferDate.toString(Qt::ISODate), amounts(r))
                     .arg(r.skipped.size());
}

QString AgencyTransferScreen::askForFile(const QDate &date)
{
    if (!m_outputPath.isEmpty())
        return m_outputPath;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Spara filen till inkassobolaget"), QDir(dir).filePath(suggestedFileName(date)),
        tr("CSV-fil (*.csv);;Excel-fil (*.xlsx)"));
    if (!path.isEmpty() && !AgencyFileWriter::isSupported(path))
        path += QLatin1String(".csv");
    return path;
}

void AgencyTransferScreen::transfer()
{
    if (!ledger())
        return;
    clearError();
    AgencySelection s;
    AgencyTransferResult plan;
    if (!tryPlan([&] {
            s = selection();
            plan = AgencyTransfer(*ledger()).plan(s);
        }))
        return;
    if (plan.items.isEmpty()) {
        setNote(tr("Inga fordringar ska till inkasso den %1; ingen överföring gjordes.")
                    .arg(plan.selection.transferDate.toString(Qt::ISODate)));
        return;
    }
    const QString path = askForFile(plan.selection.transferDate);
    if (path.isEmpty()) {
        setNote(tr("Ingen fil valdes; ingen överföring gjordes."));
        return;
    }
    if (!confirm(QMessageBox::Question, tr("Överför till inkasso"),
                 tr("Överföringsdatum %1, inkassobolag %2.")
                         .arg(plan.selection.transferDate.toString(Qt::ISODate),
                              plan.agency.name)
                     + QLatin1Char('\n') + amounts(plan) + QLatin1Char('\n')
                     + tr("Filen: %1").arg(QDir::toNativeSeparators(path))
                     + QStringLiteral("\n\n")
                     + tr("Fordringarna stämplas och får kravkod och bevakningstext. "
                          "Överföra nu?"),
                 tr("&Överför"), tr("&Avbryt"))) {
        setNote(tr("Ingen överföring gjordes."));
        return;
    }
    AgencyTransferResult result;
    if (!runBusy(
            [&] {
                // The zeroing's booking orders (handbook 7.20) are kept under
                // Sparade utskrifter in the transfer's unit of work; the run
                // has written the file by then, so a failure removes it.
                UnitOfWork work(*ledger());
                AgencyFileWriter file(path);
                result = AgencyTransfer(*ledger()).run(s, file, path);
                try {
                    PrintArchive(*ledger()).runBookingOrders(
                        result.bookingOrders, result.selection.transferDate, result.dryRun);
                    work.commit();
                } catch (...) {
                    QFile::remove(path);
                    throw;
                }
            },
            tr("Ingen överföring gjordes; ingenting är ändrat.")))
        return;
    m_lastRun = result;
    showResult(result);
}

void AgencyTransferScreen::showResult(const AgencyTransferResult &r)
{
    QStringList lines;
    lines << tr("Överföring nr %1 den %2 till %3 är gjord.")
                 .arg(r.transferId)
                 .arg(r.selection.transferDate.toString(Qt::ISODate), r.agency.name);
    lines << amounts(r);
    QStringList orders;
    for (const Verification &v : r.bookingOrders)
        orders << tr("företag %1 verifikation %2 %3").arg(v.company, v.series).arg(v.number);
    lines << (orders.isEmpty() ? tr("Bokföringsorder: ingen (inget nollställdes).")
                               : tr("Bokföringsorder: %1.").arg(orders.join(QStringLiteral(", "))));
    lines << tr("Filen till inkassobolaget: %1").arg(QDir::toNativeSeparators(r.fileName));
    // The transfer's list in the table.
    showRun(r, lines,
            tr("Överföringen är klar. Listan nedan är överföringens lista (F16 skriver "
               "ut den)."));
}

} // namespace rsk::ui
