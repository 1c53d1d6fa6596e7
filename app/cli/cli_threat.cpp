// threat run (handbook 7.16: hot om betalningsföreläggande).
#include "context.h"

#include "dunning/threatrun.h"
#include "threatletterdocument.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// "A" or "A-B" (CLI.md "Ranges").
QPair<QString, QString> range(const ParsedArgs &args, const QString &name)
{
    const QString text = args.value(name).trimmed();
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2)
        throw UsageError(Tr::tr("--%1: ange A eller A-B, inte \"%2\"").arg(name, text));
    return {parts.first().trimmed(), parts.last().trimmed()};
}

Table itemTable(const ThreatRunResult &r)
{
    Table table({{QStringLiteral("company"), Tr::tr("Företag")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("collection_date"), Tr::tr("Inkassokrav")},
                 {QStringLiteral("balance"), Tr::tr("Att betala"), Column::Money},
                 {QStringLiteral("interest"), Tr::tr("Upplupen ränta"), Column::Money},
                 {QStringLiteral("letter_due_date"), Tr::tr("Betala senast")},
                 {QStringLiteral("held"), Tr::tr("Skyddad")}});
    for (const ThreatItem &i : r.items)
        table.addRow({Value::text(i.company), Value::text(i.invoiceNumber), Value::text(i.name),
                      Value::date(i.collectionDate), Value::money(i.balance),
                      Value::money(i.interest), Value::date(i.payBy), Value::boolean(i.held)});
    return table;
}

void printRun(Context &ctx, const ThreatRunResult &r, const QString &pdf)
{
    const Table items = itemTable(r);
    switch (ctx.format) {
    case Format::Json: {
        Json skipped = Json::array();
        for (const ThreatSkip &s : r.skipped)
            skipped.append(Json::object()
                               .add(QStringLiteral("company"), Value::text(s.company))
                               .add(QStringLiteral("invoice_number"), Value::text(s.invoiceNumber))
                               .add(QStringLiteral("reason"), Value::text(s.reason)));
        ctx.print(Json::object()
                      .add(QStringLiteral("run_date"), Value::date(r.selection.runDate))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("days_since_collection"),
                           Value::integer(r.selection.daysSinceCollection))
                      .add(QStringLiteral("text"), Value::integer(r.selection.textNumber))
                      .add(QStringLiteral("letters"), items.asJson())
                      .add(QStringLiteral("skipped"), skipped)
                      .add(QStringLiteral("totals"),
                           Json::object()
                               .add(QStringLiteral("claims"), Value::integer(r.items.size()))
                               .add(QStringLiteral("held"), Value::integer(r.heldCount()))
                               .add(QStringLiteral("balance"), Value::money(r.totalBalance()))
                               .add(QStringLiteral("interest"), Value::money(r.totalInterest())))
                      .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                      .serialize());
        return;
    }
    case Format::Csv:
        ctx.print(items.asCsv());
        return;
    case Format::Table: break;
    }
    const QString date = r.selection.runDate.toString(Qt::ISODate);
    QString out = (r.dryRun ? Tr::tr("Kontrollista hot om betalningsföreläggande %1: %2 fordringar")
                            : Tr::tr("Hot om betalningsföreläggande %1: %2 fordringar stämplade"))
                      .arg(date)
                      .arg(r.items.size())
                  + QLatin1Char('\n');
    out += Tr::tr("Att betala sammanlagt %1 kr; upplupen ränta %2 kr (utskriven, ej debiterad).")
               .arg(r.totalBalance().toString(), r.totalInterest().toString())
           + QLatin1Char('\n');
    if (r.heldCount() > 0)
        out += Tr::tr("%1 brev hålls för manuell hantering (skyddad identitet).").arg(r.heldCount())
               + QLatin1Char('\n');
    if (!r.items.isEmpty())
        out += QLatin1Char('\n') + items.asTable();
    for (const ThreatSkip &s : r.skipped)
        out += Tr::tr("Hoppas över: %1/%2: %3").arg(s.company, s.invoiceNumber, s.reason)
               + QLatin1Char('\n');
    if (r.dryRun)
        out += Tr::tr("Kontrollista: ingenting ändrades.") + QLatin1Char('\n');
    if (!pdf.isEmpty())
        out += Tr::tr("Breven (PDF): %1").arg(pdf) + QLatin1Char('\n');
    ctx.print(out);
}

int runThreat(Context &ctx, const ParsedArgs &args)
{
    ThreatSelection s;
    s.runDate = dateOption(args, QStringLiteral("date"), ctx.today());
    s.daysSinceCollection =
        int(integerOption(args, QStringLiteral("days"), 1, ThreatSelection::MaxDays));
    s.textNumber = int(integerOption(args, QStringLiteral("text"), 1, 9));
    s.printInterest = args.isSet(QStringLiteral("interest"));
    if (args.isSet(QStringLiteral("company"))) {
        const auto companies = companyRangeOption(args, QStringLiteral("company"));
        s.companyFrom = companies.first;
        s.companyTo = companies.second;
    }
    for (const auto &[name, from, to] :
         {std::tuple{QStringLiteral("routine"), &s.routineFrom, &s.routineTo},
          std::tuple{QStringLiteral("invoice"), &s.invoiceFrom, &s.invoiceTo},
          std::tuple{QStringLiteral("department"), &s.departmentFrom, &s.departmentTo}}) {
        if (args.isSet(name)) {
            const auto r = range(args, name);
            *from = r.first;
            *to = r.second;
        }
    }
    const QString pdf = args.value(QStringLiteral("pdf"));

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    ThreatRun threat(*db);
    if (args.isSet(QStringLiteral("dry-run"))) {
        if (!pdf.isEmpty())
            writeErr(Tr::tr("reskontra-cli: kontrollista: inga brev skrevs (%1).").arg(pdf)
                     + QLatin1Char('\n'));
        printRun(ctx, threat.plan(s), QString());
        return ExitDone;
    }
    // The letters are written before the stamps are committed: a PDF that
    // cannot be written leaves the ledger unchanged (exit 1).
    const ThreatRunResult r = threat.run(s, [&pdf](const ThreatRunResult &result) {
        if (pdf.isEmpty())
            return;
        QString error;
        if (result.letters.isEmpty())
            writeErr(Tr::tr("reskontra-cli: inga brev att skriva till %1.").arg(pdf)
                     + QLatin1Char('\n'));
        else if (!ThreatLetterDocument(result.letters).writePdf(pdf, &error))
            throw LedgerError::refused(
                Tr::tr("Breven kunde inte skrivas till %1: %2. Inget ändrades.").arg(pdf, error));
    });
    printRun(ctx, r, r.letters.isEmpty() ? QString() : pdf);
    return ExitDone;
}

OptionSpec opt(const char *name, const char *value, const QString &help, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help, required};
}

} // namespace

QList<CommandSpec> threatCommands()
{
    CommandSpec run;
    run.words = {QStringLiteral("threat"), QStringLiteral("run")};
    run.synopsis = QStringLiteral("--date D --days N --text N [--company R] [--routine R] "
                                  "[--invoice R] [--department R] [--interest] [--pdf FILE] "
                                  "[--dry-run]");
    run.summary = Tr::tr("hot om betalningsföreläggande (7.16)");
    run.description = Tr::tr(
        "Skriver hot om betalningsföreläggande (A4 stående) för obetalda fordringar där minst "
        "--days dagar gått sedan inkassokravet och inget hot skickats, och stämplar datumet på "
        "fordringarna. Fordringar med amorteringsplan, betalningsföreläggande eller överförda "
        "till inkasso tas inte med; en kravkod med \"ej hot\" som gäller på datumet hoppar över "
        "fordran. Ingen avgift eller ränta debiteras; --interest skriver ut den upplupna "
        "dröjsmålsräntan. --dry-run ger kontrollistan, exakt samma resultat utan att något "
        "ändras. Brev till kunder med skyddad identitet hålls för manuell hantering.");
    run.options = {opt("date", "D", Tr::tr("körningsdatum"), true),
                   opt("days", "N", Tr::tr("antal dagar sedan inkassokrav, 1–999"), true),
                   opt("text", "N", Tr::tr("textnummer 1–9 för hotet"), true),
                   opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN")),
                   opt("routine", "R", Tr::tr("rutin, RR eller RR-RR")),
                   opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                   opt("department", "R", Tr::tr("förvaltning/avdelning eller intervall")),
                   opt("interest", "", Tr::tr("skriv ut upplupen dröjsmålsränta")),
                   opt("pdf", "FILE", Tr::tr("skriv breven till en PDF-fil")),
                   dryRunOption()};
    run.run = runThreat;
    return {run};
}

} // namespace rsk::cli
