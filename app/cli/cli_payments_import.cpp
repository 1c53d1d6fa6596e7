// import bgmax|totalin FILE: bank payment files into the ledger (CLI.md,
// handbook 3.2/3.3), and the registers they feed: unplaced payments,
// overpayments, the signal list, differences carried to the next invoice,
// and the 3.4 parameters.
#include "context.h"

#include "formats/bgmax.h"
#include "formats/totalin.h"
#include "payments/carrieddifferences.h"
#include "payments/overpaymentregister.h"
#include "payments/paymentimport.h"
#include "payments/paymentparameters.h"
#include "payments/signallist.h"
#include "payments/unplacedregister.h"

#include <QCoreApplication>
#include <QFile>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LedgerError::notFound(
            Tr::tr("Kan inte läsa filen \"%1\": %2").arg(path, file.errorString()));
    return file.readAll();
}

// CLI.md exit 3: every bad line as FILE:LINE: reason, and nothing changed.
int reportFileErrors(const QString &path, const QList<FileError> &errors)
{
    QString text;
    for (const FileError &e : errors)
        text += e.format(path) + QLatin1Char('\n');
    text += Tr::tr("reskontra-cli: filen har %n fel; ingen betalning har lästs in.", nullptr,
                   int(errors.size()))
            + QLatin1Char('\n');
    writeErr(text);
    return ExitBadInput;
}

QString outcomeText(ImportOutcome::Kind kind)
{
    switch (kind) {
    case ImportOutcome::Kind::Paid:
        return Tr::tr("betald");
    case ImportOutcome::Kind::Overpaid:
        return Tr::tr("överbetald");
    case ImportOutcome::Kind::WrittenOff:
        return Tr::tr("avskriven diff");
    case ImportOutcome::Kind::Carried:
        return Tr::tr("diff till nästa faktura");
    case ImportOutcome::Kind::Deduction:
        return Tr::tr("avdrag");
    case ImportOutcome::Kind::Unplaced:
        return Tr::tr("oplacerad");
    }
    return {};
}

Table outcomeTable(const ImportSummary &s)
{
    Table t({{QStringLiteral("line"), Tr::tr("Rad"), Column::Numeric},
             {QStringLiteral("company"), Tr::tr("Ftg")},
             {QStringLiteral("reference"), Tr::tr("Referens")},
             {QStringLiteral("invoice_number"), Tr::tr("Faktura")},
             {QStringLiteral("outcome"), Tr::tr("Utfall")},
             {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
             {QStringLiteral("posted"), Tr::tr("Bokfört"), Column::Money},
             {QStringLiteral("difference"), Tr::tr("Diff"), Column::Money},
             {QStringLiteral("signal"), Tr::tr("Signal"), Column::NotInTable},
             {QStringLiteral("note"), Tr::tr("Anmärkning")}});
    for (const ImportOutcome &o : s.outcomes)
        t.addRow({Value::integer(o.line), Value::text(o.company), Value::text(o.reference),
                  Value::textOrNull(o.invoiceNumber), Value::text(outcomeText(o.kind)),
                  Value::money(o.amount), Value::money(o.posted), Value::money(o.difference),
                  Value::boolean(o.signal), Value::text(o.note)});
    return t;
}

void printSummary(Context &ctx, const QString &path, const ImportSummary &s, bool details)
{
    if (ctx.format == Format::Json) {
        // CLI.md "Output fields": the first eight are the contract.
        Json json = Json::object();
        json.add(QStringLiteral("payments"), Value::integer(s.payments))
            .add(QStringLiteral("matched"), Value::integer(s.matched))
            .add(QStringLiteral("unplaced"), Value::integer(s.unplaced))
            .add(QStringLiteral("overpaid"), Value::integer(s.overpaid))
            .add(QStringLiteral("amount"), Value::money(s.amount))
            .add(QStringLiteral("matched"), Value::money(s.matchedAmount))
            .add(QStringLiteral("unplaced"), Value::money(s.unplacedAmount))
            .add(QStringLiteral("written_off"), Value::money(s.writtenOffAmount))
            .add(QStringLiteral("overpaid"), Value::money(s.overpaidAmount))
            .add(QStringLiteral("written_off_count"), Value::integer(s.writtenOff))
            .add(QStringLiteral("carried"), Value::integer(s.carried))
            .add(QStringLiteral("carried"), Value::money(s.carriedAmount))
            .add(QStringLiteral("deductions"), Value::integer(s.deductions))
            .add(QStringLiteral("signals"), Value::integer(s.signalled))
            .add(QStringLiteral("import_id"), s.importId > 0 ? Value::integer(s.importId) : Value())
            .add(QStringLiteral("kind"), Value::text(s.kind))
            .add(QStringLiteral("file"), Value::text(path))
            .add(QStringLiteral("companies"), Value::text(s.companies.join(QLatin1Char(','))))
            .add(QStringLiteral("forced"), Value::boolean(s.forced))
            .add(QStringLiteral("dry_run"), Value::boolean(s.dryRun));
        if (details)
            json.add(QStringLiteral("outcomes"), outcomeTable(s).asJson());
        ctx.print(json.serialize());
        return;
    }
    if (details) {
        const Table t = outcomeTable(s);
        ctx.print(ctx.format == Format::Csv ? t.asCsv() : t.asTable() + QLatin1Char('\n'));
        if (ctx.format == Format::Csv)
            return;
    }
    ctx.print(Record{
        {QStringLiteral("file"), Tr::tr("Fil"), Value::text(path)},
        {QStringLiteral("import_id"), Tr::tr("Inläsning nr"),
         s.importId > 0 ? Value::integer(s.importId) : Value()},
        {QStringLiteral("companies"), Tr::tr("Företag"),
         Value::text(s.companies.join(QLatin1Char(',')))},
        {QStringLiteral("payments"), Tr::tr("Betalningar"), Value::integer(s.payments)},
        {QStringLiteral("amount"), Tr::tr("Belopp"), Value::money(s.amount)},
        {QStringLiteral("matched"), Tr::tr("Placerade"), Value::integer(s.matched)},
        {QStringLiteral("matched_amount"), Tr::tr("Placerat belopp"), Value::money(s.matchedAmount)},
        {QStringLiteral("unplaced"), Tr::tr("Oplacerade"), Value::integer(s.unplaced)},
        {QStringLiteral("unplaced_amount"), Tr::tr("Oplacerat belopp"),
         Value::money(s.unplacedAmount)},
        {QStringLiteral("overpaid"), Tr::tr("Överbetalningar"), Value::integer(s.overpaid)},
        {QStringLiteral("overpaid_amount"), Tr::tr("Överbetalt belopp"),
         Value::money(s.overpaidAmount)},
        {QStringLiteral("written_off_amount"), Tr::tr("Avskrivna småbelopp"),
         Value::money(s.writtenOffAmount)},
        {QStringLiteral("carried_amount"), Tr::tr("Till nästa faktura"),
         Value::money(s.carriedAmount)},
        {QStringLiteral("deductions"), Tr::tr("Avdrag"), Value::integer(s.deductions)},
        {QStringLiteral("signals"), Tr::tr("Signallista"), Value::integer(s.signalled)},
        {QStringLiteral("forced"), Tr::tr("Inläst igen"), Value::boolean(s.forced)},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(s.dryRun)},
    });
}

int runImport(Context &ctx, const ParsedArgs &args, PaymentFile::Kind kind)
{
    const QString path = args.positional().at(0);
    const QByteArray bytes = readFile(path);
    const auto parsed = kind == PaymentFile::Kind::BgMax
                            ? BgMaxParser::parse(bytes, path)
                            : [&] {
                                  const auto t = TotalInParser::parse(bytes, path);
                                  return BgMaxParser::Result{t.file, t.errors};
                              }();
    if (!parsed.file)
        return reportFileErrors(path, parsed.errors);
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    PaymentImport::Options options;
    options.force = args.isSet(QStringLiteral("force"));
    options.dryRun = args.isSet(QStringLiteral("dry-run"));
    try {
        const ImportSummary summary = PaymentImport(*db).run(*parsed.file, options);
        printSummary(ctx, path, summary, args.isSet(QStringLiteral("details")));
    } catch (const ImportRefused &e) {
        return reportFileErrors(path, e.errors);
    } catch (const AlreadyImported &e) {
        throw LedgerError::refused(
            e.message() + QLatin1Char(' ')
            + Tr::tr("Ingenting har ändrats. Läs in den igen med --force om det är rätt."));
    }
    return ExitDone;
}

QString companyOrAll(const ParsedArgs &args)
{
    return args.isSet(QStringLiteral("company")) ? companyOption(args, QStringLiteral("company"))
                                                 : QString();
}


qint64 idArgument(const ParsedArgs &args)
{
    bool ok = false;
    const qint64 id = args.positional().at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(Tr::tr("ID: \"%1\" ska vara ett nummer ur listan")
                             .arg(args.positional().at(0)));
    return id;
}

int runUnplacedList(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table t({{QStringLiteral("id"), Tr::tr("Nr"), Column::Numeric},
             {QStringLiteral("company"), Tr::tr("Ftg")},
             {QStringLiteral("payment_date"), Tr::tr("Betaldag")},
             {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
             {QStringLiteral("reference"), Tr::tr("Referens")},
             {QStringLiteral("payer"), Tr::tr("Betalare")},
             {QStringLiteral("reason"), Tr::tr("Orsak")},
             {QStringLiteral("file"), Tr::tr("Fil"), Column::NotInTable},
             {QStringLiteral("line"), Tr::tr("Rad"), Column::NotInTable},
             {QStringLiteral("status"), Tr::tr("Status")},
             {QStringLiteral("invoice_number"), Tr::tr("Placerad på"), Column::NotInTable}});
    for (const UnplacedPayment &u :
         UnplacedRegister(*db).list(companyOrAll(args), args.isSet(QStringLiteral("all"))))
        t.addRow({Value::integer(u.id), Value::text(u.company), Value::date(u.paymentDate),
                  Value::money(u.amount), Value::text(u.reference), Value::text(u.payer),
                  Value::text(u.reason), Value::text(u.fileName), Value::integer(u.fileLine),
                  Value::text(UnplacedRegister::statusText(u.status)),
                  Value::textOrNull(u.placedInvoiceNumber)});
    ctx.print(QStringLiteral("unplaced"), t);
    return ExitDone;
}

int runUnplacedPlace(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const qint64 id = idArgument(args);
    const QString invoice
        = invoiceNumberArgument(args.value(QStringLiteral("invoice")), QStringLiteral("--invoice"));
    const auto placed = UnplacedRegister(*db).place(id, invoice);
    ctx.print(Record{{QStringLiteral("id"), Tr::tr("Nr"), Value::integer(id)},
                     {QStringLiteral("invoice_number"), Tr::tr("Faktura"), Value::text(invoice)},
                     {QStringLiteral("posted"), Tr::tr("Bokfört"), Value::money(placed.posted)},
                     {QStringLiteral("overpaid"), Tr::tr("Överbetalt"),
                      Value::money(placed.overpaid)}});
    return ExitDone;
}

int runUnplacedRefund(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnplacedRegister(*db).markRefunded(idArgument(args), args.value(QStringLiteral("note")));
    return ExitDone;
}

int runOverpaymentList(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table t({{QStringLiteral("id"), Tr::tr("Nr"), Column::Numeric},
             {QStringLiteral("company"), Tr::tr("Ftg")},
             {QStringLiteral("invoice_number"), Tr::tr("Faktura")},
             {QStringLiteral("name"), Tr::tr("Namn")},
             {QStringLiteral("payment_date"), Tr::tr("Betaldag")},
             {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
             {QStringLiteral("status"), Tr::tr("Status")},
             {QStringLiteral("moved_to"), Tr::tr("Flyttad till"), Column::NotInTable},
             {QStringLiteral("note"), Tr::tr("Anteckning")}});
    for (const Overpayment &o :
         OverpaymentRegister(*db).list(companyOrAll(args), args.isSet(QStringLiteral("all"))))
        t.addRow({Value::integer(o.id), Value::text(o.company), Value::text(o.invoiceNumber),
                  Value::text(o.name), Value::date(o.paymentDate), Value::money(o.amount),
                  Value::text(OverpaymentRegister::statusText(o.status)),
                  Value::textOrNull(o.movedToInvoiceNumber), Value::text(o.note)});
    ctx.print(QStringLiteral("overpayments"), t);
    return ExitDone;
}

int runOverpaymentMove(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const qint64 id = idArgument(args);
    const QString invoice
        = invoiceNumberArgument(args.value(QStringLiteral("invoice")), QStringLiteral("--invoice"));
    const auto moved = OverpaymentRegister(*db).move(id, invoice);
    ctx.print(Record{{QStringLiteral("id"), Tr::tr("Nr"), Value::integer(id)},
                     {QStringLiteral("invoice_number"), Tr::tr("Faktura"), Value::text(invoice)},
                     {QStringLiteral("posted"), Tr::tr("Bokfört"), Value::money(moved.posted)},
                     {QStringLiteral("rest"), Tr::tr("Kvar som överbetalning"),
                      Value::money(moved.rest)}});
    return ExitDone;
}

int runOverpaymentRefund(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    OverpaymentRegister(*db).markRefunded(idArgument(args), args.value(QStringLiteral("note")));
    return ExitDone;
}

int runSignals(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table t({{QStringLiteral("id"), Tr::tr("Nr"), Column::Numeric},
             {QStringLiteral("company"), Tr::tr("Ftg")},
             {QStringLiteral("invoice_number"), Tr::tr("Faktura")},
             {QStringLiteral("name"), Tr::tr("Namn")},
             {QStringLiteral("transaction_date"), Tr::tr("Datum")},
             {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
             {QStringLiteral("watch_text"), Tr::tr("Bevakning")},
             {QStringLiteral("seen_by"), Tr::tr("Sedd av"), Column::NotInTable}});
    for (const SignalEntry &e :
         SignalList(*db).list(companyOrAll(args), args.isSet(QStringLiteral("all"))))
        t.addRow({Value::integer(e.id), Value::text(e.company), Value::text(e.invoiceNumber),
                  Value::text(e.name), Value::date(e.transactionDate), Value::money(e.amount),
                  Value::text(e.watchText), Value::textOrNull(e.seenBy)});
    ctx.print(QStringLiteral("signals"), t);
    return ExitDone;
}

int runCarried(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table t({{QStringLiteral("id"), Tr::tr("Nr"), Column::Numeric},
             {QStringLiteral("company"), Tr::tr("Ftg")},
             {QStringLiteral("customer_number"), Tr::tr("Kundnr")},
             {QStringLiteral("id_number"), Tr::tr("Person-/orgnr")},
             {QStringLiteral("name"), Tr::tr("Namn")},
             {QStringLiteral("invoice_number"), Tr::tr("Från faktura")},
             {QStringLiteral("payment_date"), Tr::tr("Betaldag")},
             {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
             {QStringLiteral("account"), Tr::tr("Konto")},
             {QStringLiteral("transferred_to"), Tr::tr("Förd till"), Column::NotInTable}});
    for (const CarriedDifference &d :
         CarriedDifferences(*db).list(companyOrAll(args), args.isSet(QStringLiteral("all"))))
        t.addRow({Value::integer(d.id), Value::text(d.company), Value::text(d.customerNumber),
                  Value::text(d.idNumber), Value::text(d.name), Value::text(d.invoiceNumber),
                  Value::date(d.paymentDate), Value::money(d.amount), Value::text(d.account),
                  Value::textOrNull(d.transferredTo)});
    ctx.print(QStringLiteral("carried"), t);
    return ExitDone;
}

bool yesNo(const ParsedArgs &args, const QString &name)
{
    const QString v = args.value(name).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("ja"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("nej"))
        return false;
    throw UsageError(Tr::tr("--%1: \"%2\" ska vara yes eller no").arg(name, args.value(name)));
}

int runParameters(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const QString company = companyOption(args, QStringLiteral("company"));
    PaymentParameters p = PaymentParameters::load(*db, company);
    bool changed = false;
    auto set = [&](const char *name, auto apply) {
        if (args.isSet(QLatin1String(name))) {
            apply(args.value(QLatin1String(name)));
            changed = true;
        }
    };
    set("over", [&](const QString &) { p.overpaymentLimit = moneyOption(args, QStringLiteral("over")); });
    set("under",
        [&](const QString &) { p.underpaymentLimit = moneyOption(args, QStringLiteral("under")); });
    set("account", [&](const QString &v) { p.writeOffAccount = v; });
    set("observation-account", [&](const QString &v) { p.observationAccount = v; });
    set("carry", [&](const QString &) { p.carryToNextInvoice = yesNo(args, QStringLiteral("carry")); });
    set("agency-giro", [&](const QString &v) {
        p.agencyGiros = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    });
    if (changed && !args.isSet(QStringLiteral("dry-run"))) {
        p.save(*db, company);
        p = PaymentParameters::load(*db, company);
    }
    ctx.print(Record{
        {QStringLiteral("company"), Tr::tr("Företag"), Value::text(company)},
        {QStringLiteral("overpayment_limit"), Tr::tr("Belopp vid överbetalning"),
         Value::money(p.overpaymentLimit)},
        {QStringLiteral("underpayment_limit"), Tr::tr("Belopp vid underbetalning"),
         Value::money(p.underpaymentLimit)},
        {QStringLiteral("writeoff_account"), Tr::tr("Kontering"), Value::text(p.writeOffAccount)},
        {QStringLiteral("carry_to_next_invoice"), Tr::tr("Överföring nästa faktura"),
         Value::boolean(p.carryToNextInvoice)},
        {QStringLiteral("observation_account"), Tr::tr("Observationskonto"),
         Value::text(p.observationAccount)},
        {QStringLiteral("agency_giros"), Tr::tr("Inkassobolagens giro"),
         Value::text(p.agencyGiros.join(QLatin1Char(',')))},
        {QStringLiteral("methods"), Tr::tr("Inbetalningssätt BG/PG/inkasso/avskr/avdrag"),
         Value::text(QStringList{p.bankgiroMethod, p.plusgiroMethod, p.agencyMethod,
                                 p.underpaymentWriteOffMethod, p.overpaymentWriteOffMethod,
                                 p.deductionMethod}
                         .join(QLatin1Char('/')))},
    });
    return ExitDone;
}

CommandSpec command(const QStringList &words, const QString &synopsis, const QString &summary,
                    const QList<OptionSpec> &options, const QStringList &positionals,
                    std::function<int(Context &, const ParsedArgs &)> run)
{
    CommandSpec c;
    c.words = words;
    c.synopsis = synopsis;
    c.summary = summary;
    c.options = options;
    c.positionals = positionals;
    c.run = std::move(run);
    return c;
}

} // namespace

QList<CommandSpec> paymentImportCommands()
{
    const QList<OptionSpec> importOptions{
        {QStringLiteral("force"), QString(),
         Tr::tr("läs in en fil som redan är inläst (samma innehåll eller tidsstämpel)")},
        {QStringLiteral("details"), QString(), Tr::tr("visa utfallet för varje betalning")},
        dryRunOption(),
    };
    const QString importHelp = Tr::tr(
        "Mottagarkontot väljer företaget; OCR-referensen väljer fakturan. Okända referenser\n"
        "går till oplacerade betalningar, belopp över saldot till överbetalningar, små\n"
        "differenser inom gränserna i payment-parameters skrivs av. Allt eller inget:\n"
        "ett fel i filen listas som FIL:RAD: orsak (slutkod 3); en redan inläst fil\n"
        "avvisas (slutkod 1) om inte --force anges.");
    CommandSpec bgmax = command({QStringLiteral("import"), QStringLiteral("bgmax")},
                                QStringLiteral("FILE [--force] [--details] [--dry-run]"),
                                Tr::tr("inbetalningar från Bankgirot (BgMax)"), importOptions,
                                {QStringLiteral("FILE")}, [](Context &c, const ParsedArgs &a) {
                                    return runImport(c, a, PaymentFile::Kind::BgMax);
                                });
    bgmax.description = importHelp;
    CommandSpec totalin = command({QStringLiteral("import"), QStringLiteral("totalin")},
                                  QStringLiteral("FILE [--force] [--details] [--dry-run]"),
                                  Tr::tr("inbetalningar från Plusgirot/Nordea (Total-IN)"),
                                  importOptions, {QStringLiteral("FILE")},
                                  [](Context &c, const ParsedArgs &a) {
                                      return runImport(c, a, PaymentFile::Kind::TotalIn);
                                  });
    totalin.description = importHelp;

    const OptionSpec company{QStringLiteral("company"), QStringLiteral("NNN"),
                             Tr::tr("bara detta företag")};
    const OptionSpec all{QStringLiteral("all"), QString(), Tr::tr("även avklarade rader")};
    const OptionSpec invoice{QStringLiteral("invoice"), QStringLiteral("N"),
                             Tr::tr("fakturan betalningen ska till"), true};
    const OptionSpec note{QStringLiteral("note"), QStringLiteral("T"), Tr::tr("anteckning")};
    return {
        bgmax,
        totalin,
        command({QStringLiteral("unplaced"), QStringLiteral("list")},
                QStringLiteral("[--company NNN] [--all]"), Tr::tr("oplacerade betalningar"),
                {company, all}, {}, runUnplacedList),
        command({QStringLiteral("unplaced"), QStringLiteral("place")},
                QStringLiteral("ID --invoice N"), Tr::tr("placera en oplacerad betalning på en faktura"),
                {invoice}, {QStringLiteral("ID")}, runUnplacedPlace),
        command({QStringLiteral("unplaced"), QStringLiteral("refund")},
                QStringLiteral("ID [--note T]"), Tr::tr("markera en oplacerad betalning återbetald"),
                {note}, {QStringLiteral("ID")}, runUnplacedRefund),
        command({QStringLiteral("overpayment"), QStringLiteral("list")},
                QStringLiteral("[--company NNN] [--all]"), Tr::tr("överbetalningar"),
                {company, all}, {}, runOverpaymentList),
        command({QStringLiteral("overpayment"), QStringLiteral("move")},
                QStringLiteral("ID --invoice N"),
                Tr::tr("flytta en överbetalning till samma kunds faktura"), {invoice},
                {QStringLiteral("ID")}, runOverpaymentMove),
        command({QStringLiteral("overpayment"), QStringLiteral("refund")},
                QStringLiteral("ID [--note T]"), Tr::tr("markera en överbetalning återbetald"),
                {note}, {QStringLiteral("ID")}, runOverpaymentRefund),
        command({QStringLiteral("signals"), QStringLiteral("list")},
                QStringLiteral("[--company NNN] [--all]"),
                Tr::tr("signallista: betalningar på fordringar med betalningsbevakning"),
                {company, all}, {}, runSignals),
        command({QStringLiteral("carried"), QStringLiteral("list")},
                QStringLiteral("[--company NNN] [--all]"),
                Tr::tr("småbelopp som ska föras till kundens nästa faktura"), {company, all}, {},
                runCarried),
        command({QStringLiteral("payment-parameters")},
                QStringLiteral("--company NNN [--over A] [--under A] [--account N] "
                               "[--observation-account N] [--carry yes|no] [--agency-giro G,G]"),
                Tr::tr("parametrar maskinella inbetalningar (handbok 3.4)"),
                {{QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företaget"), true},
                 {QStringLiteral("over"), QStringLiteral("A"), Tr::tr("belopp vid överbetalning")},
                 {QStringLiteral("under"), QStringLiteral("A"), Tr::tr("belopp vid underbetalning")},
                 {QStringLiteral("account"), QStringLiteral("N"), Tr::tr("avräkningskonto")},
                 {QStringLiteral("observation-account"), QStringLiteral("N"),
                  Tr::tr("observationskonto för avvisade betalningar")},
                 {QStringLiteral("carry"), QStringLiteral("yes|no"),
                  Tr::tr("överföring nästa faktura")},
                 {QStringLiteral("agency-giro"), QStringLiteral("G,G"),
                  Tr::tr("inkassobolagens bankgiro/plusgiro (tomt tar bort)")},
                 dryRunOption()},
                {}, runParameters),
    };
}

} // namespace rsk::cli
