#include "screens/threatscreen.h"

#include "dunning/dunningtexts.h"
#include "dunningletterdocument.h"
#include "screencontext.h"
#include "screens/dunningrunscreen.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "threatletterdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace rsk::ui {

namespace {

QString range(const QString &from, const QString &to)
{
    return from == to ? from : QStringLiteral("%1–%2").arg(from, to);
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The kontrollista / the run's list: one row per claim, the claims a dunning
// code stops, the total.
ReportTable listOf(const ThreatRunResult &r)
{
    using K = ReportColumn::Kind;
    ReportLayout layout;
    layout.title = r.dryRun ? ThreatScreen::tr("Kontrollista hot om betalningsföreläggande")
                            : ThreatScreen::tr("Hot om betalningsföreläggande %1")
                                  .arg(isoDate(r.selection.runDate));
    const ThreatSelection &s = r.selection;
    layout.selection << ThreatScreen::tr("Körningsdatum %1, antal dagar sedan inkassokrav %2, "
                                         "text %3")
                            .arg(isoDate(s.runDate))
                            .arg(s.daysSinceCollection)
                            .arg(s.textNumber)
                     << ThreatScreen::tr("Företag %1, rutin %2, fakturanummer %3")
                            .arg(range(s.companyFrom, s.companyTo),
                                 range(s.routineFrom, s.routineTo),
                                 range(s.invoiceFrom, s.invoiceTo));
    if (s.printInterest)
        layout.selection << ThreatScreen::tr("Upplupen dröjsmålsränta skrivs ut");
    layout.columns = {{QStringLiteral("company"), ThreatScreen::tr("Ftg"), K::Text},
                      {QStringLiteral("invoice"), ThreatScreen::tr("Fakturanr"), K::Text},
                      {QStringLiteral("name"), ThreatScreen::tr("Namn"), K::Text, 24},
                      {QStringLiteral("collection"), ThreatScreen::tr("Inkassokrav"), K::Date},
                      {QStringLiteral("to_pay"), ThreatScreen::tr("Att betala"), K::Money},
                      {QStringLiteral("interest"), ThreatScreen::tr("Upplupen ränta"), K::Money},
                      {QStringLiteral("pay_by"), ThreatScreen::tr("Betala senast"), K::Date},
                      {QStringLiteral("held"), ThreatScreen::tr("Manuell"), K::Text},
                      {QStringLiteral("note"), ThreatScreen::tr("Anmärkning"), K::Text, 30}};
    ReportTable table(layout);
    for (const ThreatItem &i : r.items) {
        ReportRow row;
        row.cells = {i.company, i.invoiceNumber, i.name, i.collectionDate,
                     QVariant(i.balance.ore()),
                     i.interest.isZero() ? QVariant() : QVariant(i.interest.ore()), i.payBy,
                     i.held ? ThreatScreen::tr("skyddad – manuell") : QString(), QString()};
        table.rows().append(row);
    }
    for (const ThreatSkip &k : r.skipped) {
        ReportRow row;
        row.cells = {k.company, k.invoiceNumber, k.name, QDate(), QVariant(), QVariant(),
                     QDate(), QString(), ThreatScreen::tr("Tas inte: %1").arg(k.reason)};
        table.rows().append(row);
    }
    ReportRow total;
    total.type = ReportRow::Type::Total;
    total.label = ThreatScreen::tr("Totalt: %n brev", nullptr, int(r.items.size()));
    if (r.heldCount() > 0)
        total.label += ThreatScreen::tr(", varav %1 manuella").arg(r.heldCount());
    if (!r.skipped.isEmpty())
        total.label += ThreatScreen::tr("; %1 tas inte").arg(r.skipped.size());
    total.cells = {QVariant(), QVariant(), QVariant(), QDate(), QVariant(r.totalBalance().ore()),
                   QVariant(r.totalInterest().ore()), QDate(), QVariant(), QVariant()};
    table.rows().append(total);
    return table;
}

} // namespace

ThreatScreen::ThreatScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("threat"), QStringLiteral("to_pay"), parent),
      m_previewer([this](const ThreatLetterDocument &d) {
          DunningRunScreen::showLetterPreview(DunningLetterDocument(d.letters()),
                                              tr("Hot om betalningsföreläggande – "
                                                 "förhandsgranskning"),
                                              this);
      }),
      m_printer([this](const ThreatLetterDocument &d) {
          DunningRunScreen::printLetters(DunningLetterDocument(d.letters()),
                                         tr("Hot om betalningsföreläggande"), this);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kPreviewCommand), this), &QAction::triggered, this,
            &ThreatScreen::previewLetters);
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &ThreatScreen::runThreats);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), tr("–"));
    QGroupBox *box = form.box();
    m_runDate = form.edit("runDate", 10);
    m_runDate->setPlaceholderText(tr("ÅÅMMDD"));
    form.line(tr("Körnings&datum"), m_runDate);
    m_companyFrom = form.edit("companyFrom", 3);
    m_companyTo = form.edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    form.line(tr("F&öretag fr.o.m. – t.o.m."), m_companyFrom, m_companyTo);
    m_routineFrom = form.edit("routineFrom", 2);
    m_routineTo = form.edit("routineTo", 2);
    form.line(tr("&Rutin fr.o.m. – t.o.m."), m_routineFrom, m_routineTo, tr("tomt = alla"));
    m_invoiceFrom = form.edit("invoiceFrom", 9);
    m_invoiceTo = form.edit("invoiceTo", 9);
    form.line(tr("Fakturan&ummer fr.o.m. – t.o.m."), m_invoiceFrom, m_invoiceTo,
              tr("tomt = alla"));
    m_days = form.edit("days", 3);
    form.line(tr("A&ntal dagar sedan inkassokrav *"), m_days, nullptr,
              tr("obligatorisk, 1–999"));
    m_text = form.edit("textNumber", 1);
    m_texts = new QLabel(box);
    m_texts->setObjectName(QStringLiteral("textsHint"));
    form.line(tr("&Textnummer *"), m_text, nullptr, m_texts);
    m_interest = new QCheckBox(tr("Skriv ut upplu&pen dröjsmålsränta"), box);
    m_interest->setObjectName(QStringLiteral("interestCheck"));
    form.chain(m_interest);
    form.wide(m_interest, 1);
    if (ledger()) {
        m_runDate->setText(ledger()->today().toString(Qt::ISODate));
        showTexts();
    }
    setRunForm(form, m_runDate, tr("Körningens resultat"),
               tr("Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska "
                  "breven, F10 kör: skriver breven och stämplar datum för hot på "
                  "fordringarna. Ingen avgift debiteras."),
               tr("Ingen reskontra är öppen."));
}

void ThreatScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("threat"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Förhandsgranska brev")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Kör")});
}

QString ThreatScreen::suggestedPdfName(const QDate &runDate)
{
    return QStringLiteral("hot-om-betalningsforelaggande-%1.pdf").arg(isoDate(runDate));
}

// The threat texts that exist, beside the field (7.9: "upp till 9 olika").
void ThreatScreen::showTexts()
{
    QStringList numbers;
    try {
        for (const DunningText &t : DunningTexts(*ledger()).texts(DunningTextKind::Threat))
            numbers << QString::number(t.number);
    } catch (const LedgerError &) {
    }
    m_texts->setText(numbers.isEmpty()
                         ? tr("obligatorisk; inga texter finns – lägg upp under Texter")
                         : tr("obligatorisk; texter som finns: %1")
                               .arg(numbers.join(QStringLiteral(", "))));
}

int ThreatScreen::numberField(QLineEdit *field, const QString &label)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return 0; // core says it is required
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0) {
        const QString message = tr("%1: \"%2\" är inte ett tal.").arg(label, text);
        setFieldError(message, field);
        throw LedgerError::refused(message);
    }
    return n;
}

ThreatSelection ThreatScreen::selection()
{
    ThreatSelection s;
    s.runDate = dateField(m_runDate, tr("Körningsdatum"));
    s.companyFrom = m_companyFrom->text().trimmed();
    s.companyTo = m_companyTo->text().trimmed();
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.daysSinceCollection = numberField(m_days, tr("Antal dagar sedan inkassokrav"));
    s.textNumber = numberField(m_text, tr("Textnummer"));
    s.printInterest = m_interest->isChecked();
    return s;
}

// Core names the field in its reason; the focus goes there (UI.md "Keys").
QWidget *ThreatScreen::refusedField(const QString &message) const
{
    return fieldFor(message,
                    {{"Körningsdatum", m_runDate},
                     {"Företag", m_companyFrom, m_companyTo},
                     {"Rutin", m_routineFrom, m_routineTo},
                     {"Fakturanummer", m_invoiceFrom, m_invoiceTo},
                     {"Antal dagar", m_days},
                     {"Textnummer", m_text}},
                    ToField::NamedOrQuotedValue);
}

ThreatRunResult ThreatScreen::planList()
{
    const ThreatSelection s = selection();
    return ThreatRun(*ledger()).plan(s);
}

ReportTable ThreatScreen::listTable(const ThreatRunResult &result) const
{
    return listOf(result);
}

QString ThreatScreen::listNote(const ThreatRunResult &r) const
{
    return r.items.isEmpty()
               ? tr("Kontrollista: inga fordringar får hot på körningsdatum %1. "
                    "Ingenting är ändrat.")
                     .arg(isoDate(r.selection.runDate))
               : tr("Kontrollista %1. Hot: %2. För manuell hantering: %3. Tas inte: %4. "
                    "Ingenting är ändrat.")
                     .arg(isoDate(r.selection.runDate))
                     .arg(r.items.size())
                     .arg(r.heldCount())
                     .arg(r.skipped.size());
}

void ThreatScreen::previewLetters()
{
    if (!ledger())
        return;
    clearError();
    ThreatRunResult plan;
    QList<DunningLetter> letters;
    if (!tryPlan([&] {
            ThreatRun threat(*ledger());
            plan = threat.plan(selection());
            letters = threat.previewLetters(plan);
        }))
        return;
    if (letters.isEmpty()) {
        setNote(plan.items.isEmpty()
                    ? tr("Inga fordringar får hot med detta urval.")
                    : tr("Alla %1 brev hålls för manuell hantering; inget att visa.")
                          .arg(plan.items.size()));
        return;
    }
    setNote(tr("Förhandsgranskning av %n brev; ingenting är ändrat.", nullptr,
               int(letters.size())));
    if (m_previewer)
        m_previewer(ThreatLetterDocument(letters));
}

void ThreatScreen::runThreats()
{
    if (!ledger())
        return;
    clearError();
    ThreatSelection s;
    ThreatRunResult plan;
    if (!tryPlan([&] {
            s = selection();
            plan = ThreatRun(*ledger()).plan(s);
        }))
        return;
    const QString date = isoDate(plan.selection.runDate);
    if (plan.items.isEmpty()) {
        setNote(tr("Inga fordringar får hot på körningsdatum %1; ingenting gjordes.").arg(date));
        return;
    }
    if (!confirm(QMessageBox::Question, tr("Hot om betalningsföreläggande"),
                 tr("Körningsdatum %1, text %2. Fordringar som får hot: %n.", nullptr,
                    int(plan.items.size()))
                         .arg(date)
                         .arg(plan.selection.textNumber)
                     + QLatin1Char('\n')
                     + tr("Varav %1 skyddade för manuell hantering (inget brev skrivs).")
                           .arg(plan.heldCount())
                     + QStringLiteral("\n\n")
                     + tr("Breven skrivs och datum för hot stämplas på fordringarna. "
                          "Köra nu?"),
                 tr("&Kör"), tr("&Avbryt"))) {
        setNote(tr("Ingen körning gjordes."));
        return;
    }
    // Where the letters go, before anything is stamped: there are no copies
    // of threats to print later.
    QString pdf;
    if (plan.items.size() > plan.heldCount()) {
        pdf = askPdfPath(m_outputDir, suggestedPdfName(plan.selection.runDate),
                         tr("Spara hotbreven som PDF"), tr("PDF-fil (*.pdf)"));
        if (pdf.isEmpty()) {
            setNote(tr("Ingen fil valdes för breven; ingen körning gjordes."));
            return;
        }
    }
    ThreatRunResult result;
    if (!runBusy(
            [&] {
                result = ThreatRun(*ledger()).run(s, [&pdf](const ThreatRunResult &r) {
                    QString error;
                    if (!r.letters.isEmpty()
                        && !ThreatLetterDocument(r.letters).writePdf(pdf, &error))
                        throw LedgerError::refused(tr("Breven kunde inte sparas: %1").arg(error));
                });
            },
            tr("Ingen körning gjordes; ingenting är ändrat.")))
        return;
    m_lastRun = result;
    m_lastPdf = result.letters.isEmpty() ? QString() : pdf;
    showResult(result, m_lastPdf);

    if (!result.letters.isEmpty()
        && offer(tr("Skriv ut breven"),
                 tr("Skriva ut breven nu (%n brev)?", nullptr, int(result.letters.size())),
                 tr("&Skriv ut"), tr("&Inte nu"))
        && m_printer)
        m_printer(ThreatLetterDocument(result.letters));
}

void ThreatScreen::showResult(const ThreatRunResult &r, const QString &pdf)
{
    QStringList lines;
    lines << tr("Hot om betalningsföreläggande med körningsdatum %1 är gjort. Fordringar: %n, "
                "skrivna brev: %2.",
                nullptr, int(r.items.size()))
                 .arg(isoDate(r.selection.runDate))
                 .arg(r.letters.size());
    QStringList held;
    for (const ThreatItem &i : r.items)
        if (i.held)
            held << QStringLiteral("%1/%2 %3").arg(i.company, i.invoiceNumber, i.name);
    if (!held.isEmpty())
        lines << tr("För manuell hantering (skyddad identitet, inget brev skrivet): %1")
                     .arg(held.join(QStringLiteral("; ")));
    lines << tr("Att betala sammanlagt %1 kr. Ingen avgift eller ränta debiterades.")
                 .arg(r.totalBalance().toString());
    if (!pdf.isEmpty())
        lines << tr("Breven är sparade i %1.").arg(QDir::toNativeSeparators(pdf));
    // The run's list in the table.
    showRun(r, lines,
            tr("Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den)."));
}

} // namespace rsk::ui
