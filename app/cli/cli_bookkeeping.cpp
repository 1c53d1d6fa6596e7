// bookkeeping run: the booking order for unbooked transactions (handbook 4.6
// "Bokföring av inbetalningar"), as SIE 4 (FACTS-SE §3) and as a printed PDF.
#include "context.h"

#include "bookingorderdocument.h"
#include "bookkeeping/bookingrun.h"
#include "formats/sie4.h"
#include "printarchive.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw LedgerError::refused(
            Tr::tr("Filen %1 kan inte skrivas: %2").arg(path, file.errorString()));
}

QList<Column> postingColumns()
{
    return {
        {QStringLiteral("company"), Tr::tr("Företag")},
        {QStringLiteral("series"), Tr::tr("Serie"), Column::NotInTable},
        {QStringLiteral("verification_number"), Tr::tr("Ver.nr"), Column::Numeric},
        {QStringLiteral("account"), Tr::tr("Konto")},
        {QStringLiteral("account_name"), Tr::tr("Kontonamn"), Column::NotInTable},
        {QStringLiteral("text"), Tr::tr("Text")},
        {QStringLiteral("debit"), Tr::tr("Debet"), Column::Money},
        {QStringLiteral("credit"), Tr::tr("Kredit"), Column::Money},
    };
}

Json verificationJson(const Verification &v)
{
    Json postings = Json::array();
    for (const BookingPosting &p : v.postings)
        postings.append(Json::object()
                            .add(QStringLiteral("account"), Value::text(p.account))
                            .add(QStringLiteral("account_name"), Value::text(p.accountName))
                            .add(QStringLiteral("text"), Value::text(p.text))
                            .add(QStringLiteral("amount"), Value::money(p.amount))
                            .add(QStringLiteral("debit"), Value::money(p.debit()))
                            .add(QStringLiteral("credit"), Value::money(p.credit())));
    return Json::object()
        .add(QStringLiteral("company"), Value::text(v.company))
        .add(QStringLiteral("company_name"), Value::text(v.companyName))
        .add(QStringLiteral("series"), Value::text(v.series))
        .add(QStringLiteral("verification_number"), Value::integer(v.number))
        .add(QStringLiteral("date"), Value::date(v.date))
        .add(QStringLiteral("text"), Value::text(v.text))
        .add(QStringLiteral("user"), Value::text(v.user))
        .add(QStringLiteral("transactions"), Value::integer(v.transactionIds.size()))
        .add(QStringLiteral("debit"), Value::money(v.debitTotal()))
        .add(QStringLiteral("credit"), Value::money(v.creditTotal()))
        .add(QStringLiteral("postings"), postings);
}

void printResult(Context &ctx, const BookingResult &r, const QStringList &sieFiles,
                 const QString &pdf)
{
    Table table(postingColumns());
    for (const Verification &v : r.verifications)
        for (const BookingPosting &p : v.postings)
            table.addRow({Value::text(v.company), Value::text(v.series), Value::integer(v.number),
                          Value::text(p.account), Value::text(p.accountName),
                          Value::text(p.text), Value::money(p.debit()),
                          Value::money(p.credit())});
    switch (ctx.format) {
    case Format::Json: {
        Json verifications = Json::array();
        for (const Verification &v : r.verifications)
            verifications.append(verificationJson(v));
        Json files = Json::array();
        for (const QString &f : sieFiles)
            files.append(Value::text(f));
        ctx.print(Json::object()
                      .add(QStringLiteral("run_date"), Value::date(r.selection.date))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("transactions"), Value::integer(r.transactionCount()))
                      .add(QStringLiteral("verifications"), verifications)
                      .add(QStringLiteral("sie_files"), files)
                      .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                      .serialize());
        break;
    }
    case Format::Csv:
        ctx.print(table.asCsv());
        break;
    case Format::Table: {
        QString out;
        for (const Verification &v : r.verifications)
            out += Tr::tr("Verifikation %1 %2, företag %3 %4, %5: %6 händelser, %7 kr")
                       .arg(v.series, QString::number(v.number), v.company, v.companyName,
                            v.date.toString(Qt::ISODate),
                            QString::number(v.transactionIds.size()), v.debitTotal().toString())
                   + QLatin1Char('\n');
        if (r.verifications.isEmpty())
            out += Tr::tr("Inga obokförda händelser t.o.m. %1.")
                       .arg(r.selection.date.toString(Qt::ISODate))
                   + QLatin1Char('\n');
        else
            out += QLatin1Char('\n') + table.asTable();
        if (r.dryRun)
            out += Tr::tr("Provkörning: ingenting bokfördes.") + QLatin1Char('\n');
        for (const QString &f : sieFiles)
            out += Tr::tr("SIE-fil: %1").arg(f) + QLatin1Char('\n');
        if (!pdf.isEmpty())
            out += Tr::tr("Bokföringsorder (PDF): %1").arg(pdf) + QLatin1Char('\n');
        ctx.print(out);
        break;
    }
    }
}

int runBookkeeping(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    BookingSelection selection;
    selection.date = dateOption(args, QStringLiteral("date"), ctx.today());
    if (args.isSet(QStringLiteral("company"))) {
        const auto range = companyRangeOption(args, QStringLiteral("company"));
        selection.companyFrom = range.first;
        selection.companyTo = range.second;
    }
    selection.user = args.value(QStringLiteral("registered-by")).trimmed();
    const QString siePath = args.value(QStringLiteral("sie"));
    const QString pdfPath = args.value(QStringLiteral("pdf"));

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    // The files are written inside the unit of work: if one cannot be
    // written, nothing is booked (exit 1, ledger unchanged).
    UnitOfWork work(*db);
    BookingRun booking(*db);
    const BookingResult result = dryRun ? booking.plan(selection) : booking.run(selection);

    QStringList sieFiles;
    // A kontrollista writes no SIE file: one that looks real could be read
    // into the general ledger before the real run books the same events.
    if (!siePath.isEmpty() && !dryRun) {
        for (const Sie4File &f : Sie4Writer::files(result.verifications, siePath,
                                                   QCoreApplication::applicationVersion(),
                                                   ctx.today(), ctx.user)) {
            writeFile(f.path, f.bytes);
            sieFiles << f.path;
        }
    } else if (!siePath.isEmpty()) {
        writeErr(Tr::tr("reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).").arg(siePath)
                 + QLatin1Char('\n'));
    }
    if (!pdfPath.isEmpty()) {
        const int pages = BookingOrderDocument(result).writePdf(pdfPath);
        // The printed booking order is kept under Sparade utskrifter
        // (handbook 9.1) in the run's unit of work; a run without --pdf
        // prints none, and keeps none.
        if (!dryRun)
            PrintArchive(*db).bookingOrder(result, pdfPath, pages);
    }
    if (!dryRun)
        work.commit();
    printResult(ctx, result, sieFiles, pdfPath);
    return ExitDone;
}

} // namespace

QList<CommandSpec> bookkeepingCommands()
{
    CommandSpec run;
    run.words = {QStringLiteral("bookkeeping"), QStringLiteral("run")};
    run.synopsis = QStringLiteral("--date D [--sie FILE] [--pdf FILE] [--company NNN[-NNN]] "
                                  "[--registered-by U] [--dry-run]");
    run.summary = Tr::tr("bokföringsorder för obokförda händelser, SIE 4 ut (Uppdatera bokföring)");
    run.description = Tr::tr(
        "Bokför alla obokförda transaktioner t.o.m. datumet: en verifikation per företag, "
        "kundfordringskontot per företag och rutin mot inbetalningssättets konto. Transaktioner "
        "med inbetalningssätt \"bokföres ej\" tas aldrig med; en körning till bokför ingenting "
        "två gånger. Med flera företag får SIE-filen företagsnumret i namnet (fil_001.se). "
        "En provkörning skriver bokföringsordern som kontrollista men ingen SIE-fil.");
    run.options = {
        {QStringLiteral("date"), QStringLiteral("D"),
         Tr::tr("bokföringsdatum; transaktioner t.o.m. detta datum"), true},
        {QStringLiteral("sie"), QStringLiteral("FILE"), Tr::tr("skriv SIE 4-fil (PC8, CRLF)")},
        {QStringLiteral("pdf"), QStringLiteral("FILE"), Tr::tr("skriv bokföringsordern som PDF")},
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"),
         Tr::tr("företag eller intervall (annars alla)")},
        {QStringLiteral("registered-by"), QStringLiteral("U"),
         Tr::tr("endast transaktioner registrerade av denna användare")},
        dryRunOption(),
    };
    run.run = runBookkeeping;
    return {run};
}

} // namespace rsk::cli
