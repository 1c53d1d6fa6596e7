// dunning run (handbook 7.11: reminders, collection and residual demands),
// dunning runs / dunning undo / dunning copies (7.12).
#include "context.h"

#include "dunning/dunningrun.h"
#include "dunningletterdocument.h"
#include "printarchive.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// "A" or "A-B" (CLI.md "Ranges").
QPair<QString, QString> rangeOption(const ParsedArgs &args, const QString &name)
{
    const QString text = args.value(name).trimmed();
    const int dash = text.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return {text, text};
    if (text.indexOf(QLatin1Char('-'), dash + 1) >= 0)
        throw UsageError(Tr::tr("--%1: ange A eller A-B, inte \"%2\"").arg(name, text));
    return {text.left(dash).trimmed(), text.mid(dash + 1).trimmed()};
}

Table itemTable(const DunningRunResult &r)
{
    Table table({{QStringLiteral("company"), Tr::tr("Företag")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("step"), Tr::tr("Steg")},
                 {QStringLiteral("fee"), Tr::tr("Avgift"), Column::Money},
                 {QStringLiteral("fee_debited"), Tr::tr("Uppdeb.")},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), Column::Money},
                 {QStringLiteral("interest_debited"), Tr::tr("Ränta uppdeb."), Column::NotInTable},
                 {QStringLiteral("interest_debit"), Tr::tr("Uppdeb. ränta"), Column::Money},
                 {QStringLiteral("to_pay"), Tr::tr("Att betala"), Column::Money},
                 {QStringLiteral("letter_due_date"), Tr::tr("Betala senast")},
                 {QStringLiteral("held"), Tr::tr("Skyddad")},
                 {QStringLiteral("note"), Tr::tr("Anmärkning"), Column::NotInTable}});
    for (const DunningItem &i : r.items)
        table.addRow({Value::text(i.company), Value::text(i.invoiceNumber), Value::text(i.name),
                      Value::text(dunningStepCode(i.step)), Value::money(i.fee),
                      Value::boolean(i.feeDebited), Value::money(i.interest),
                      Value::boolean(i.interestDebit.isPositive()), Value::money(i.interestDebit),
                      Value::money(i.toPay), Value::date(i.payBy), Value::boolean(i.held),
                      Value::textOrNull(i.note)});
    return table;
}

void printRun(Context &ctx, const DunningRunResult &r, const QString &pdf)
{
    const Table items = itemTable(r);
    switch (ctx.format) {
    case Format::Json: {
        Json skipped = Json::array();
        for (const DunningSkip &s : r.skipped)
            skipped.append(Json::object()
                               .add(QStringLiteral("company"), Value::text(s.company))
                               .add(QStringLiteral("invoice_number"), Value::text(s.invoiceNumber))
                               .add(QStringLiteral("step"), Value::text(dunningStepCode(s.step)))
                               .add(QStringLiteral("reason"), Value::text(s.reason)));
        Json orders = Json::array();
        for (const Verification &v : r.bookingOrders)
            orders.append(Json::object()
                              .add(QStringLiteral("company"), Value::text(v.company))
                              .add(QStringLiteral("verification_number"), Value::integer(v.number))
                              .add(QStringLiteral("amount"), Value::money(v.debitTotal())));
        ctx.print(Json::object()
                      .add(QStringLiteral("run_date"), Value::date(r.selection.runDate))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("run_id"), r.runId > 0 ? Value::integer(r.runId) : Value())
                      .add(QStringLiteral("letters"), items.asJson())
                      .add(QStringLiteral("skipped"), skipped)
                      .add(QStringLiteral("totals"),
                           Json::object()
                               .add(QStringLiteral("reminder1"),
                                    Value::integer(r.count(DunningStep::Reminder1)))
                               .add(QStringLiteral("reminder2"),
                                    Value::integer(r.count(DunningStep::Reminder2)))
                               .add(QStringLiteral("collection"),
                                    Value::integer(r.count(DunningStep::Collection)))
                               .add(QStringLiteral("residual"),
                                    Value::integer(r.count(DunningStep::Residual)))
                               .add(QStringLiteral("held"), Value::integer(r.heldCount()))
                               .add(QStringLiteral("fees_debited"), Value::money(r.feesDebited()))
                               .add(QStringLiteral("fees_printed"),
                                    Value::money(r.feesPrintedOnly()))
                               .add(QStringLiteral("interest_debited"),
                                    Value::money(r.interestDebited())))
                      .add(QStringLiteral("booking_orders"), orders)
                      .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                      .serialize());
        return;
    }
    case Format::Csv:
        ctx.print(items.asCsv());
        return;
    case Format::Table: break;
    }
    QString out;
    const QString heading = r.dryRun ? Tr::tr("Kontrollista %1").arg(r.selection.runDate.toString(Qt::ISODate))
                                     : Tr::tr("Kravkörning %1 den %2")
                                           .arg(r.runId)
                                           .arg(r.selection.runDate.toString(Qt::ISODate));
    out += Tr::tr("%1: %2 påminnelse 1, %3 påminnelse 2, %4 inkassokrav, %5 restkrav")
               .arg(heading)
               .arg(r.count(DunningStep::Reminder1))
               .arg(r.count(DunningStep::Reminder2))
               .arg(r.count(DunningStep::Collection))
               .arg(r.count(DunningStep::Residual))
           + QLatin1Char('\n');
    out += Tr::tr("Avgifter uppdebiterade %1 kr, endast utskrivna %2 kr; ränta uppdebiterad %3 kr.")
               .arg(r.feesDebited().toString(), r.feesPrintedOnly().toString(),
                    r.interestDebited().toString())
           + QLatin1Char('\n');
    if (r.heldCount() > 0)
        out += Tr::tr("%1 brev hålls för manuell hantering (skyddad identitet).").arg(r.heldCount())
               + QLatin1Char('\n');
    for (const Verification &v : r.bookingOrders)
        out += Tr::tr("Bokföringsorder %1, företag %2: %3 kr")
                   .arg(v.number)
                   .arg(v.company, v.debitTotal().toString())
               + QLatin1Char('\n');
    if (!r.items.isEmpty())
        out += QLatin1Char('\n') + items.asTable();
    for (const DunningSkip &s : r.skipped)
        out += Tr::tr("Hoppas över: %1/%2 %3: %4")
                   .arg(s.company, s.invoiceNumber, dunningStepName(s.step), s.reason)
               + QLatin1Char('\n');
    if (r.dryRun)
        out += Tr::tr("Kontrollista: ingenting ändrades.") + QLatin1Char('\n');
    if (!pdf.isEmpty())
        out += Tr::tr("Breven (PDF): %1").arg(pdf) + QLatin1Char('\n');
    ctx.print(out);
}

void writeLetters(const QList<DunningLetter> &letters, const QString &path)
{
    QString error;
    if (!DunningLetterDocument(letters).writePdf(path, &error))
        throw LedgerError::refused(Tr::tr("Breven kunde inte skrivas till %1: %2. Inget ändrades.")
                                       .arg(path, error));
}

int runDunning(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    DunningSelection s;
    s.runDate = dateOption(args, QStringLiteral("date"), ctx.today());
    if (args.isSet(QStringLiteral("company"))) {
        const auto range = companyRangeOption(args, QStringLiteral("company"));
        s.companyFrom = range.first;
        s.companyTo = range.second;
    }
    for (const auto &[name, from, to] :
         {std::tuple{QStringLiteral("routine"), &s.routineFrom, &s.routineTo},
          std::tuple{QStringLiteral("invoice"), &s.invoiceFrom, &s.invoiceTo},
          std::tuple{QStringLiteral("department"), &s.departmentFrom, &s.departmentTo}}) {
        if (args.isSet(name)) {
            const auto range = rangeOption(args, name);
            *from = range.first;
            *to = range.second;
        }
    }
    if (args.isSet(QStringLiteral("no-fee-under")))
        s.noFeeBelow = moneyOption(args, QStringLiteral("no-fee-under"));
    const QString pdf = args.value(QStringLiteral("pdf"));

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    DunningRun run(*db);
    if (dryRun) {
        if (!pdf.isEmpty())
            writeErr(Tr::tr("reskontra-cli: kontrollista: inga brev skrevs (%1).").arg(pdf)
                     + QLatin1Char('\n'));
        printRun(ctx, run.plan(s), QString());
        return ExitDone;
    }
    // The letters are written inside the unit of work: a PDF that cannot be
    // written leaves the ledger unchanged (exit 1).
    UnitOfWork work(*db);
    const DunningRunResult r = run.run(s);
    if (!pdf.isEmpty()) {
        writeLetters(r.letters, pdf);
        run.recordOutput(r.runId, pdf);
        // The booking order of what the run debited (handbook 7.11) is kept
        // under Sparade utskrifter in the run's unit of work; a run without
        // --pdf prints nothing (no fonts), and keeps nothing.
        PrintArchive(*db).runBookingOrders(r.bookingOrders, r.selection.runDate, r.dryRun);
    }
    work.commit();
    printRun(ctx, r, pdf);
    return ExitDone;
}

int runRuns(Context &ctx, const ParsedArgs &)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table table({{QStringLiteral("run_id"), Tr::tr("Körning"), Column::Numeric},
                 {QStringLiteral("run_date"), Tr::tr("Datum")},
                 {QStringLiteral("created_by"), Tr::tr("Av")},
                 {QStringLiteral("letters"), Tr::tr("Brev"), Column::Numeric},
                 {QStringLiteral("held"), Tr::tr("Manuella"), Column::Numeric},
                 {QStringLiteral("fees_debited"), Tr::tr("Avgifter"), Column::Money},
                 {QStringLiteral("interest_debited"), Tr::tr("Ränta"), Column::Money},
                 {QStringLiteral("undone_by"), Tr::tr("Ångrad av")},
                 {QStringLiteral("pdf"), Tr::tr("PDF"), Column::NotInTable},
                 {QStringLiteral("selection"), Tr::tr("Urval"), Column::NotInTable}});
    for (const DunningRunInfo &i : DunningRun(*db).runs())
        table.addRow({Value::integer(i.id), Value::date(i.runDate), Value::text(i.createdBy),
                      Value::integer(i.letters), Value::integer(i.held),
                      Value::money(i.feesDebited), Value::money(i.interestDebited),
                      Value::textOrNull(i.undoneBy), Value::textOrNull(i.outputPath),
                      Value::text(i.summary)});
    ctx.print(QStringLiteral("runs"), table);
    return ExitDone;
}

int runUndo(Context &ctx, const ParsedArgs &args)
{
    const qint64 id = integerOption(args, QStringLiteral("run"), 1, 999999999);
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    DunningRun run(*db);
    if (const auto problem = run.undoProblem(id))
        throw LedgerError::refused(*problem);
    if (!args.isSet(QStringLiteral("dry-run")))
        run.undo(id);
    ctx.print(Record{{QStringLiteral("run_id"), Tr::tr("Körning"), Value::integer(id)},
                     {QStringLiteral("undone"), Tr::tr("Ångrad"),
                      Value::boolean(!args.isSet(QStringLiteral("dry-run")))}});
    return ExitDone;
}

int runCopies(Context &ctx, const ParsedArgs &args)
{
    DunningCopySelection c;
    if (args.isSet(QStringLiteral("run")))
        c.runId = integerOption(args, QStringLiteral("run"), 1, 999999999);
    if (args.isSet(QStringLiteral("company")))
        c.company = companyOption(args, QStringLiteral("company"));
    if (args.isSet(QStringLiteral("invoice"))) {
        const auto range = rangeOption(args, QStringLiteral("invoice"));
        c.invoiceFrom = range.first;
        c.invoiceTo = range.second;
    }
    if (args.isSet(QStringLiteral("letter-date")))
        c.letterDate = dateOption(args, QStringLiteral("letter-date"), ctx.today());
    if (args.isSet(QStringLiteral("steps"))) {
        const QStringList steps = args.value(QStringLiteral("steps")).split(QLatin1Char(','));
        for (const QString &step : steps)
            if (!QStringList{QStringLiteral("reminder"), QStringLiteral("collection"),
                             QStringLiteral("residual")}
                     .contains(step.trimmed()))
                throw UsageError(
                    Tr::tr("--steps: \"%1\" är inte reminder, collection eller residual").arg(step));
        c.reminders = steps.contains(QStringLiteral("reminder"));
        c.collection = steps.contains(QStringLiteral("collection"));
        c.residual = steps.contains(QStringLiteral("residual"));
    }
    c.newHandler = args.value(QStringLiteral("handler"));
    c.markCopy = !args.isSet(QStringLiteral("no-copy-mark"));
    c.originalDate = !args.isSet(QStringLiteral("today-date"));
    const QString pdf = args.value(QStringLiteral("pdf"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const QList<DunningLetter> letters = DunningRun(*db).copies(c);
    if (letters.isEmpty())
        throw LedgerError::notFound(Tr::tr("Inga sparade brev passar urvalet."));
    writeLetters(letters, pdf);
    ctx.print(Record{{QStringLiteral("letters"), Tr::tr("Brev"), Value::integer(letters.size())},
                     {QStringLiteral("pdf"), Tr::tr("PDF"), Value::text(pdf)}});
    return ExitDone;
}

OptionSpec opt(const char *name, const char *value, const QString &help, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help, required};
}

} // namespace

QList<CommandSpec> dunningRunCommands()
{
    CommandSpec run;
    run.words = {QStringLiteral("dunning"), QStringLiteral("run")};
    run.synopsis = QStringLiteral("--date D [--company R] [--routine R] [--invoice R] "
                                  "[--department R] [--no-fee-under A] [--pdf FILE] [--dry-run]");
    run.summary = Tr::tr("påminnelser 1/2, inkassokrav och restkrav (7.11)");
    run.description = Tr::tr(
        "Tar nästa steg för varje obetald fordran vars steg har förfallit på körningsdatumet, "
        "enligt rutinens inställningar påminnelser/krav; kravkoder som gäller på datumet stoppar "
        "steget. Körningen stämplar datum, uppdebiterar valda avgifter och räntor, gör en "
        "bokföringsorder för det uppdebiterade och sparar breven. --dry-run ger kontrollistan, "
        "exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet "
        "skrivs inte ut utan hålls för manuell hantering.");
    run.options = {opt("date", "D", Tr::tr("körningsdatum"), true),
                   opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN")),
                   opt("routine", "R", Tr::tr("rutin, RR eller RR-RR")),
                   opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                   opt("department", "R", Tr::tr("förvaltning/avdelning eller intervall")),
                   opt("no-fee-under", "A", Tr::tr("ingen avgift på fordringar under A kr")),
                   opt("pdf", "FILE", Tr::tr("skriv breven till en PDF-fil")),
                   dryRunOption()};
    run.run = runDunning;

    CommandSpec runs;
    runs.words = {QStringLiteral("dunning"), QStringLiteral("runs")};
    runs.summary = Tr::tr("lista kravkörningar (7.12)");
    runs.run = runRuns;

    CommandSpec undo;
    undo.words = {QStringLiteral("dunning"), QStringLiteral("undo")};
    undo.synopsis = QStringLiteral("--run N [--dry-run]");
    undo.summary = Tr::tr("ångra en hel kravkörning så länge ingen av dess fordringar ändrats");
    undo.options = {opt("run", "N", Tr::tr("körningens nummer"), true), dryRunOption()};
    undo.run = runUndo;

    CommandSpec copies;
    copies.words = {QStringLiteral("dunning"), QStringLiteral("copies")};
    copies.synopsis = QStringLiteral("--pdf FILE [--run N] [--company NNN] [--invoice R] "
                                     "[--letter-date D] [--steps reminder,collection,residual] "
                                     "[--handler H] [--today-date] [--no-copy-mark]");
    copies.summary = Tr::tr("kopior av sparade påminnelser och krav (7.12)");
    copies.options = {opt("pdf", "FILE", Tr::tr("PDF-fil för kopiorna"), true),
                      opt("run", "N", Tr::tr("körningens nummer")),
                      opt("company", "NNN", Tr::tr("företag")),
                      opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                      opt("letter-date", "D", Tr::tr("framställningsdatum")),
                      opt("steps", "S", Tr::tr("reminder, collection, residual (kommaseparerade)")),
                      opt("handler", "H", Tr::tr("ny handläggare, högst 30 tecken")),
                      opt("today-date", "", Tr::tr("dagens datum i stället för det ursprungliga")),
                      opt("no-copy-mark", "", Tr::tr("skriv inte KOPIA på breven"))};
    copies.run = runCopies;
    return {run, runs, undo, copies};
}

} // namespace rsk::cli
