// interest-invoicing run (handbook 7.13: räntefakturering) and
// interest-transfer (7.15: överföring av ej debiterade räntor och avgifter
// till nästa faktura). The transfer's name follows interest-invoicing: the
// same interest, handed to the billing system instead of invoiced here.
#include "context.h"

#include "dunning/interestinvoicing.h"
#include "dunning/nextinvoicetransfer.h"
#include "interestinvoicedocument.h"
#include "nextinvoicefile.h"
#include "printarchive.h"

#include <QCoreApplication>
#include <QDir>

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

// The claim ranges both commands share, as UnbilledSelection fields.
template<typename S>
void readRanges(const ParsedArgs &args, const Context &ctx, S &s, bool department)
{
    if (args.isSet(QStringLiteral("company")))
        std::tie(s.companyFrom, s.companyTo) = companyRangeOption(args, QStringLiteral("company"));
    if (args.isSet(QStringLiteral("routine")))
        std::tie(s.routineFrom, s.routineTo) = rangeOption(args, QStringLiteral("routine"));
    if (args.isSet(QStringLiteral("invoice")))
        std::tie(s.invoiceFrom, s.invoiceTo) = rangeOption(args, QStringLiteral("invoice"));
    if (department && args.isSet(QStringLiteral("department")))
        std::tie(s.departmentFrom, s.departmentTo) = rangeOption(args, QStringLiteral("department"));
    if (args.isSet(QStringLiteral("paid-from")))
        s.paidFrom = dateOption(args, QStringLiteral("paid-from"), ctx.today());
    if (args.isSet(QStringLiteral("paid-to")))
        s.paidTo = dateOption(args, QStringLiteral("paid-to"), ctx.today());
    if (args.isSet(QStringLiteral("min-days")))
        s.minimumDays = int(integerOption(args, QStringLiteral("min-days"), 0, 999));
}

Json verificationsJson(const QList<Verification> &orders)
{
    Json out = Json::array();
    for (const Verification &v : orders) {
        Json postings = Json::array();
        for (const BookingPosting &p : v.postings)
            postings.append(Json::object()
                                .add(QStringLiteral("account"), Value::text(p.account))
                                .add(QStringLiteral("amount"), Value::money(p.amount)));
        out.append(Json::object()
                       .add(QStringLiteral("company"), Value::text(v.company))
                       .add(QStringLiteral("verification_number"),
                            v.number > 0 ? Value::integer(v.number) : Value())
                       .add(QStringLiteral("amount"), Value::money(v.debitTotal()))
                       .add(QStringLiteral("postings"), postings));
    }
    return out;
}

void printInvoicing(Context &ctx, const InterestInvoicingResult &r, const QString &pdf)
{
    Table items({{QStringLiteral("company"), Tr::tr("Ftg")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald")},
                 {QStringLiteral("days_late"), Tr::tr("Dagar"), Column::Numeric},
                 {QStringLiteral("chargeable_interest"), Tr::tr("Ränta"), Column::Money},
                 {QStringLiteral("debited_deducted"), Tr::tr("Avgår deb."), Column::Money},
                 {QStringLiteral("interest"), Tr::tr("Att fakturera"), Column::Money},
                 {QStringLiteral("interest_invoice_number"), Tr::tr("Räntefaktura")},
                 {QStringLiteral("problem"), Tr::tr("Anmärkning")}});
    for (const InterestInvoiceItem &i : r.items)
        items.addRow({Value::text(i.company), Value::text(i.invoiceNumber), Value::text(i.name),
                      Value::date(i.finalPaidDate), Value::integer(i.daysLate),
                      Value::money(i.chargeableInterest), Value::money(i.debitedDeducted),
                      Value::money(i.interest), Value::textOrNull(i.interestInvoiceNumber),
                      Value::textOrNull(i.problem)});
    const InterestInvoicingSelection &s = r.selection;
    switch (ctx.format) {
    case Format::Json: {
        Json warnings = Json::array();
        for (const QString &w : r.warnings)
            warnings.append(Value::text(w));
        ctx.print(Json::object()
                      .add(QStringLiteral("run_date"), Value::date(s.runDate))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("due_date"), Value::date(s.dueDate))
                      .add(QStringLiteral("handler"), Value::text(s.handler))
                      .add(QStringLiteral("invoices"), items.asJson())
                      .add(QStringLiteral("totals"),
                           Json::object()
                               .add(QStringLiteral("invoices"), Value::integer(r.invoiceCount()))
                               .add(QStringLiteral("interest"), Value::money(r.total()))
                               .add(QStringLiteral("problems"),
                                    Value::integer(r.problems().size())))
                      .add(QStringLiteral("booking_orders"), verificationsJson(r.bookingOrders))
                      .add(QStringLiteral("warnings"), warnings)
                      .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                      .serialize());
        return;
    }
    case Format::Csv:
        ctx.print(items.asCsv());
        return;
    case Format::Table:
        break;
    }
    QString out = (r.dryRun ? Tr::tr("Kontrollista räntefakturering %1")
                            : Tr::tr("Räntefakturering %1"))
                      .arg(s.runDate.toString(Qt::ISODate))
                  + QLatin1Char('\n');
    out += Tr::tr("Förfallodag %1, handläggare %2. Räntefakturor: %3, summa %4 kr.")
               .arg(s.dueDate.toString(Qt::ISODate), s.handler)
               .arg(r.invoiceCount())
               .arg(r.total().toString())
           + QLatin1Char('\n');
    for (const QString &w : r.warnings)
        out += w + QLatin1Char('\n');
    for (const Verification &v : r.bookingOrders)
        out += (v.number > 0 ? Tr::tr("Bokföringsorder %1, företag %2: %3 kr")
                                   .arg(v.number)
                                   .arg(v.company, v.debitTotal().toString())
                             : Tr::tr("Bokföringsorder (vid körning), företag %1: %2 kr")
                                   .arg(v.company, v.debitTotal().toString()))
               + QLatin1Char('\n');
    if (!r.items.isEmpty())
        out += QLatin1Char('\n') + items.asTable();
    if (r.dryRun)
        out += Tr::tr("Kontrollista: ingenting ändrades.") + QLatin1Char('\n');
    if (!pdf.isEmpty())
        out += Tr::tr("Räntefakturorna (PDF): %1").arg(pdf) + QLatin1Char('\n');
    ctx.print(out);
}

int runInterestInvoicing(Context &ctx, const ParsedArgs &args)
{
    InterestInvoicingSelection s;
    s.runDate = dateOption(args, QStringLiteral("date"), ctx.today());
    readRanges(args, ctx, s, true);
    // Left out: 0, so only the kravparametrar's minimum interest applies.
    s.minimumInterest = args.isSet(QStringLiteral("min-interest"))
                            ? moneyOption(args, QStringLiteral("min-interest"))
                            : Money();
    if (args.isSet(QStringLiteral("due")))
        s.dueDate = dateOption(args, QStringLiteral("due"), s.runDate);
    s.handler = args.value(QStringLiteral("handler"), ctx.user);
    if (args.isSet(QStringLiteral("message")))
        s.message = args.value(QStringLiteral("message")).split(QLatin1Char('|'));
    // A refused selection is a usage error: nothing was run (exit 2).
    try {
        s = s.checked();
    } catch (const LedgerError &e) {
        throw UsageError(e.message());
    }
    const QString pdf = args.value(QStringLiteral("pdf"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    InterestInvoicing invoicing(*db);
    if (args.isSet(QStringLiteral("dry-run"))) {
        if (!pdf.isEmpty())
            writeErr(Tr::tr("reskontra-cli: kontrollista: inga räntefakturor skrevs (%1).").arg(pdf)
                     + QLatin1Char('\n'));
        printInvoicing(ctx, invoicing.plan(s), QString());
        return ExitDone;
    }
    // The invoices are written inside the unit of work: a PDF that cannot
    // be written leaves the ledger unchanged (exit 1).
    UnitOfWork work(*db);
    const InterestInvoicingResult r = invoicing.run(s);
    if (!pdf.isEmpty() && !r.invoices.isEmpty()) {
        QString error;
        if (!InterestInvoiceDocument(r.invoices).writePdf(pdf, &error))
            throw LedgerError::refused(
                Tr::tr("Räntefakturorna kunde inte skrivas till %1: %2. Inget ändrades.")
                    .arg(pdf, error));
        // The booking orders (handbook 7.13) are kept under Sparade
        // utskrifter in the run's unit of work; a run without --pdf prints
        // nothing (no fonts), and keeps nothing.
        PrintArchive(*db).runBookingOrders(r.bookingOrders, r.selection.runDate, r.dryRun);
    }
    work.commit();
    printInvoicing(ctx, r, r.invoices.isEmpty() ? QString() : pdf);
    return ExitDone;
}

int runTransfer(Context &ctx, const ParsedArgs &args)
{
    NextInvoiceTransferSelection s;
    s.transferDate = dateOption(args, QStringLiteral("date"), ctx.today());
    readRanges(args, ctx, s.claims, false);
    if (args.isSet(QStringLiteral("min-interest")))
        s.claims.minimumInterest = moneyOption(args, QStringLiteral("min-interest"));
    try {
        s = s.checked();
    } catch (const LedgerError &e) {
        throw UsageError(e.message());
    }
    const QString dir = args.value(QStringLiteral("out"));
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    if (!dryRun && !QDir(dir).exists())
        throw UsageError(Tr::tr("--out: mappen \"%1\" finns inte").arg(dir));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    NextInvoiceTransfer transfer(*db);
    const NextInvoiceTransferResult r = dryRun
                                            ? transfer.plan(s)
                                            : transfer.run(s, nextInvoiceFileWriter(dir, s.transferDate));

    Table lines({{QStringLiteral("routine"), Tr::tr("Rutin")},
                 {QStringLiteral("person_number"), Tr::tr("Personnummer")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("company"), Tr::tr("Ftg")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), Column::Money},
                 {QStringLiteral("reminder_fee"), Tr::tr("Påm.avg."), Column::Money},
                 {QStringLiteral("collection_fee"), Tr::tr("Kravavg."), Column::Money},
                 {QStringLiteral("total"), Tr::tr("Summa"), Column::Money},
                 {QStringLiteral("problem"), Tr::tr("Anmärkning")}});
    for (const auto *list : {&r.lines, &r.refused})
        for (const NextInvoiceTransferLine &l : *list)
            lines.addRow({Value::text(l.claim.routine), Value::textOrNull(l.personNumber),
                          Value::text(l.claim.name), Value::text(l.claim.company),
                          Value::text(l.claim.invoiceNumber), Value::money(l.claim.interest),
                          Value::money(l.claim.reminderFee), Value::money(l.claim.collectionFee),
                          Value::money(l.claim.total()), Value::textOrNull(l.problem)});
    switch (ctx.format) {
    case Format::Json: {
        Json files = Json::array();
        for (const QString &f : r.files)
            files.append(Value::text(f));
        ctx.print(Json::object()
                      .add(QStringLiteral("transfer_date"), Value::date(s.transferDate))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("claims"), lines.asJson())
                      .add(QStringLiteral("totals"),
                           Json::object()
                               .add(QStringLiteral("transferred"), Value::integer(r.lines.size()))
                               .add(QStringLiteral("refused"), Value::integer(r.refused.size()))
                               .add(QStringLiteral("amount"), Value::money(r.total())))
                      .add(QStringLiteral("files"), files)
                      .serialize());
        return ExitDone;
    }
    case Format::Csv:
        ctx.print(lines.asCsv());
        return ExitDone;
    case Format::Table:
        break;
    }
    QString out = (dryRun ? Tr::tr("Kontrollista överföring till nästa faktura %1")
                          : Tr::tr("Överföring till nästa faktura %1"))
                      .arg(s.transferDate.toString(Qt::ISODate))
                  + QLatin1Char('\n');
    out += Tr::tr("Fordringar: %1, summa %2 kr. Utan personnummer (överförs inte): %3.")
               .arg(r.lines.size())
               .arg(r.total().toString())
               .arg(r.refused.size())
           + QLatin1Char('\n');
    for (const QString &f : r.files)
        out += Tr::tr("Fil: %1").arg(f) + QLatin1Char('\n');
    if (!r.lines.isEmpty() || !r.refused.isEmpty())
        out += QLatin1Char('\n') + lines.asTable();
    if (dryRun)
        out += Tr::tr("Kontrollista: ingenting ändrades, inga filer skrevs.") + QLatin1Char('\n');
    ctx.print(out);
    return ExitDone;
}

OptionSpec opt(const char *name, const char *value, const QString &help, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help, required};
}

} // namespace

QList<CommandSpec> interestInvoicingCommands()
{
    CommandSpec run;
    run.words = {QStringLiteral("interest-invoicing"), QStringLiteral("run")};
    run.synopsis = QStringLiteral(
        "--date D [--paid-from D --paid-to D] [--min-interest A] [--min-days N] [--company R] "
        "[--routine R] [--invoice R] [--department R] [--handler H] [--due D] "
        "[--message \"RAD|RAD|RAD\"] [--pdf FILE] [--dry-run]");
    run.summary = Tr::tr("räntefakturor på för sent slutbetalda fakturor (7.13)");
    run.description = Tr::tr(
        "Gör en räntefaktura per slutbetald faktura med dröjsmålsränta minst --min-interest\n"
        "(hela kronor, 0-999; utelämnad: bara kravparametrarnas minsta ränta) och minst\n"
        "--min-days dagar för sent (0-9), minus redan debiterad ränta. Räntefakturan får\n"
        "rutin + 50 och samma löpnummer (040000123 -> 540000123), fakturadatum --date,\n"
        "förfallodag --due (utelämnad: --date + 10 dagar, flyttad till nästa bankdag),\n"
        "handläggare --handler (utelämnad: användaren) och meddelandet (högst 3 rader om 50\n"
        "tecken, avdelade med |). Fakturan stämplas så att den aldrig räntefaktureras två\n"
        "gånger; en bokföringsorder görs (fordran debet, ränteintäkt kredit). --dry-run ger\n"
        "kontrollistan, exakt samma resultat utan att något ändras. Saknas ränterutin eller\n"
        "konto för någon faktura körs ingenting.");
    run.options = {opt("date", "D", Tr::tr("fakturadatum för räntefakturorna"), true),
                   opt("paid-from", "D", Tr::tr("slutbetald from")),
                   opt("paid-to", "D", Tr::tr("slutbetald tom")),
                   opt("min-interest", "A", Tr::tr("minsta ränta att fakturera, hela kronor")),
                   opt("min-days", "N", Tr::tr("minsta antal dagar för sent, 0-9")),
                   opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN")),
                   opt("routine", "R", Tr::tr("rutin, RR eller RR-RR")),
                   opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                   opt("department", "R", Tr::tr("förvaltning/avdelning eller intervall")),
                   opt("handler", "H", Tr::tr("handläggare, högst 30 tecken")),
                   opt("due", "D", Tr::tr("förfallodag för räntefakturorna")),
                   opt("message", "T", Tr::tr("meddelande, rader avdelade med |")),
                   opt("pdf", "FILE", Tr::tr("skriv räntefakturorna till en PDF-fil")),
                   dryRunOption()};
    run.run = runInterestInvoicing;

    CommandSpec transfer;
    transfer.words = {QStringLiteral("interest-transfer")};
    transfer.synopsis = QStringLiteral(
        "--date D --out DIR [--paid-from D --paid-to D] [--company R] [--routine R] "
        "[--invoice R] [--min-interest A] [--min-days N] [--dry-run]");
    transfer.summary = Tr::tr("för över ej debiterade räntor och avgifter till nästa faktura (7.15)");
    transfer.description = Tr::tr(
        "Skriver en fil per rutin (nasta-faktura-RR-DATUM.csv i --out) med räntor och ej\n"
        "uppdebiterade påminnelse- och kravavgifter på slutbetalda fakturor, samma belopp som\n"
        "listan Ej debiterade räntor och avgifter (report ej-debiterade), nycklade på\n"
        "personnummer: person_number;name;company;invoice_number;interest;reminder_fee;\n"
        "collection_fee;total (UTF-8, belopp 1234,50). Varje faktura stämplas med\n"
        "överföringsdatum och förs aldrig över två gånger. Fakturor utan giltigt\n"
        "personnummer förs inte över utan listas. En befintlig fil skrivs aldrig över.\n"
        "--dry-run ger kontrollistan utan att något ändras eller skrivs.");
    transfer.options = {opt("date", "D", Tr::tr("överföringsdatum"), true),
                        opt("out", "DIR", Tr::tr("mapp för filerna"), true),
                        opt("paid-from", "D", Tr::tr("slutbetald from")),
                        opt("paid-to", "D", Tr::tr("slutbetald tom")),
                        opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN")),
                        opt("routine", "R", Tr::tr("rutin, RR eller RR-RR")),
                        opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                        opt("min-interest", "A", Tr::tr("minsta ränta, hela kronor")),
                        opt("min-days", "N", Tr::tr("minsta antal dagar efter förfallodagen")),
                        dryRunOption()};
    transfer.run = runTransfer;
    return {run, transfer};
}

} // namespace rsk::cli
