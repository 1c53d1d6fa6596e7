// agency transfer / corrections / settings / details: transfer to a collection
// agency (handbook 7.19, 7.20) and the balance-correction file (seed 003).
#include "context.h"

#include "agencyfile.h"
#include "bookkeeping/accounts.h"
#include "dunning/agencycorrections.h"
#include "dunning/agencytransfer.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

OptionSpec opt(const char *name, const char *value, const QString &help, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help, required};
}

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

bool yesNoOption(const ParsedArgs &args, const QString &name)
{
    const QString v = args.value(name).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("ja"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("nej"))
        return false;
    throw UsageError(Tr::tr("--%1: \"%2\" ska vara yes eller no").arg(name, args.value(name)));
}

// --out for a run: required unless --dry-run; .csv or .xlsx.
QString outOption(const ParsedArgs &args, bool dryRun)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty() && !dryRun)
        throw UsageError(Tr::tr("--out FIL.csv|FIL.xlsx behövs (utom med --dry-run)"));
    if (!out.isEmpty() && !AgencyFileWriter::isSupported(out))
        throw UsageError(Tr::tr("--out: \"%1\" ska sluta på .csv eller .xlsx").arg(out));
    return out;
}

Json bookingOrders(const QList<Verification> &orders)
{
    Json out = Json::array();
    for (const Verification &v : orders)
        out.append(Json::object()
                       .add(QStringLiteral("company"), Value::text(v.company))
                       .add(QStringLiteral("verification_number"), Value::integer(v.number))
                       .add(QStringLiteral("amount"), Value::money(v.debitTotal())));
    return out;
}

void printTransfer(Context &ctx, const AgencyTransferResult &r)
{
    Table items({{QStringLiteral("company"), Tr::tr("Företag")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("id_number"), Tr::tr("Personnr"), Column::NotInTable},
                 {QStringLiteral("basis"), Tr::tr("Från")},
                 {QStringLiteral("basis_date"), Tr::tr("Datum")},
                 {QStringLiteral("days"), Tr::tr("Dagar"), Column::Numeric},
                 {QStringLiteral("balance"), Tr::tr("Saldo"), Column::Money},
                 {QStringLiteral("zeroed"), Tr::tr("Nollställt"), Column::Money},
                 {QStringLiteral("debt_category"), Tr::tr("SFI"), Column::NotInTable},
                 {QStringLiteral("debt_category_code"), Tr::tr("Kod")}});
    for (const AgencyItem &v : r.items)
        items.addRow({Value::text(v.company), Value::text(v.invoiceNumber), Value::text(v.name),
                      Value::textOrNull(v.idNumber), Value::text(agencyBasisCode(v.basis)),
                      Value::date(v.basisDate), Value::integer(v.daysSince),
                      Value::money(v.balance), Value::money(v.zeroed()),
                      Value::text(v.category.name), Value::text(v.categoryCode)});
    switch (ctx.format) {
    case Format::Json: {
        Json skipped = Json::array();
        for (const AgencySkip &s : r.skipped)
            skipped.append(Json::object()
                               .add(QStringLiteral("company"), Value::text(s.company))
                               .add(QStringLiteral("invoice_number"), Value::text(s.invoiceNumber))
                               .add(QStringLiteral("reason"), Value::text(s.reason)));
        ctx.print(Json::object()
                      .add(QStringLiteral("transfer_date"), Value::date(r.selection.transferDate))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("transfer_id"),
                           r.transferId > 0 ? Value::integer(r.transferId) : Value())
                      .add(QStringLiteral("agency"), Value::textOrNull(r.agency.name))
                      .add(QStringLiteral("file"), Value::textOrNull(r.fileName))
                      .add(QStringLiteral("claims"), items.asJson())
                      .add(QStringLiteral("skipped"), skipped)
                      .add(QStringLiteral("totals"),
                           Json::object()
                               .add(QStringLiteral("claims"), Value::integer(r.items.size()))
                               .add(QStringLiteral("zeroed_claims"),
                                    Value::integer(r.zeroedCount()))
                               .add(QStringLiteral("balance"), Value::money(r.balanceTotal()))
                               .add(QStringLiteral("zeroed"), Value::money(r.zeroedTotal())))
                      .add(QStringLiteral("booking_orders"), bookingOrders(r.bookingOrders))
                      .serialize());
        return;
    }
    case Format::Csv:
        ctx.print(items.asCsv());
        return;
    case Format::Table:
        break;
    }
    QString out = (r.dryRun ? Tr::tr("Kontrollista inkasso %1")
                                  .arg(r.selection.transferDate.toString(Qt::ISODate))
                            : Tr::tr("Överföring till inkasso %1 den %2")
                                  .arg(r.transferId)
                                  .arg(r.selection.transferDate.toString(Qt::ISODate)))
                  + QLatin1Char('\n');
    if (!r.agency.name.isEmpty())
        out += Tr::tr("Inkassobolag: %1, kundnummer %2")
                   .arg(r.agency.name, r.agency.customerNumber)
               + QLatin1Char('\n');
    out += Tr::tr("Fordringar: %1, saldo %2 kr, nollställda %3 (%4 kr).")
               .arg(r.items.size())
               .arg(r.balanceTotal().toString())
               .arg(r.zeroedCount())
               .arg(r.zeroedTotal().toString())
           + QLatin1Char('\n');
    for (const Verification &v : r.bookingOrders)
        out += Tr::tr("Bokföringsorder %1, företag %2: %3 kr")
                   .arg(v.number)
                   .arg(v.company, v.debitTotal().toString())
               + QLatin1Char('\n');
    if (!r.items.isEmpty())
        out += QLatin1Char('\n') + items.asTable();
    for (const AgencySkip &s : r.skipped)
        out += Tr::tr("Tas inte: %1/%2 %3: %4").arg(s.company, s.invoiceNumber, s.name, s.reason)
               + QLatin1Char('\n');
    if (!r.fileName.isEmpty())
        out += Tr::tr("Fil: %1").arg(r.fileName) + QLatin1Char('\n');
    if (r.dryRun)
        out += Tr::tr("Kontrollista: ingenting ändrades, ingen fil skrevs.") + QLatin1Char('\n');
    ctx.print(out);
}

int runTransfer(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    AgencySelection s;
    s.transferDate = dateOption(args, QStringLiteral("date"), ctx.today());
    if (args.isSet(QStringLiteral("company")))
        std::tie(s.companyFrom, s.companyTo) = companyRangeOption(args, QStringLiteral("company"));
    if (args.isSet(QStringLiteral("routine")))
        std::tie(s.routineFrom, s.routineTo) = rangeOption(args, QStringLiteral("routine"));
    if (args.isSet(QStringLiteral("invoice")))
        std::tie(s.invoiceFrom, s.invoiceTo) = rangeOption(args, QStringLiteral("invoice"));
    if (args.isSet(QStringLiteral("department")))
        std::tie(s.departmentFrom, s.departmentTo) = rangeOption(args, QStringLiteral("department"));
    s.idNumber = args.value(QStringLiteral("id-number"));
    s.zero = args.isSet(QStringLiteral("zero"));
    const QString out = outOption(args, dryRun);

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    AgencyTransfer transfer(*db);
    if (dryRun) {
        printTransfer(ctx, transfer.plan(s));
        return ExitDone;
    }
    // The run finishes the file just before it commits: one that cannot be
    // written leaves the ledger unchanged (exit 1).
    AgencyFileWriter file(out);
    printTransfer(ctx, transfer.run(s, file, out));
    return ExitDone;
}

int runCorrections(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    QString from;
    QString to;
    if (args.isSet(QStringLiteral("company")))
        std::tie(from, to) = companyRangeOption(args, QStringLiteral("company"));
    const QString out = outOption(args, dryRun);
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    AgencyCorrections corrections(*db);
    AgencyCorrectionResult r;
    if (dryRun) {
        r = corrections.plan(from, to);
    } else {
        AgencyFileWriter file(out);
        r = corrections.run(file, out, from, to);
    }
    Table items({{QStringLiteral("company"), Tr::tr("Företag")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("transaction_date"), Tr::tr("Datum")},
                 {QStringLiteral("method"), Tr::tr("Sätt")},
                 {QStringLiteral("kind"), Tr::tr("Slag")},
                 {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money}});
    for (const AgencyCorrectionItem &v : r.items)
        items.addRow({Value::text(v.company), Value::text(v.invoiceNumber), Value::text(v.name),
                      Value::date(v.transactionDate), Value::text(v.method), Value::text(v.kind),
                      Value::money(v.amount)});
    if (ctx.format == Format::Json) {
        ctx.print(Json::object()
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("correction_id"),
                           r.correctionId > 0 ? Value::integer(r.correctionId) : Value())
                      .add(QStringLiteral("file"), Value::textOrNull(r.fileName))
                      .add(QStringLiteral("items"), items.asJson())
                      .add(QStringLiteral("total"), Value::money(r.total()))
                      .serialize());
        return ExitDone;
    }
    if (ctx.format == Format::Csv) {
        ctx.print(items.asCsv());
        return ExitDone;
    }
    QString text = Tr::tr("Saldokorrigeringar: %1 händelser, %2 kr.")
                       .arg(r.items.size())
                       .arg(r.total().toString())
                   + QLatin1Char('\n');
    if (!r.items.isEmpty())
        text += QLatin1Char('\n') + items.asTable();
    text += r.dryRun ? Tr::tr("Kontrollista: ingenting ändrades, ingen fil skrevs.")
                     : Tr::tr("Fil: %1").arg(r.fileName);
    ctx.print(text + QLatin1Char('\n'));
    return ExitDone;
}

Table settingsTable(const QList<AgencySettings> &all)
{
    Table t({{QStringLiteral("company"), Tr::tr("Företag")},
             {QStringLiteral("routine"), Tr::tr("Rutin")},
             {QStringLiteral("basis"), Tr::tr("Från")},
             {QStringLiteral("days"), Tr::tr("Dagar"), Column::Numeric},
             {QStringLiteral("capital_method"), Tr::tr("Kapital")},
             {QStringLiteral("fee_method"), Tr::tr("Avgift")},
             {QStringLiteral("interest_method"), Tr::tr("Ränta")},
             {QStringLiteral("dunning_code"), Tr::tr("Kravkod"), Column::Numeric},
             {QStringLiteral("watch_text"), Tr::tr("Bevakningstext")},
             {QStringLiteral("skip_without_id"), Tr::tr("Ej utan personnr")},
             {QStringLiteral("debt_category"), Tr::tr("SFI-kategori")}});
    for (const AgencySettings &s : all)
        t.addRow({Value::text(s.company), Value::text(s.routine),
                  Value::text(agencyBasisCode(s.basis)), Value::integer(s.days),
                  Value::text(s.capitalMethod.isEmpty() ? QStringLiteral("0") : s.capitalMethod),
                  Value::text(s.feeMethod.isEmpty() ? QStringLiteral("0") : s.feeMethod),
                  Value::text(s.interestMethod.isEmpty() ? QStringLiteral("0") : s.interestMethod),
                  Value::integer(s.dunningCode), Value::text(s.watchText),
                  Value::boolean(s.skipWithoutIdNumber),
                  Value::text(s.debtCategory.isEmpty() ? QStringLiteral("none") : s.debtCategory)});
    return t;
}

int runSettings(Context &ctx, const ParsedArgs &args)
{
    const QStringList changing{"basis", "days", "capital-method", "capital-account",
                               "fee-method", "interest-method", "dunning-code", "watch-text",
                               "skip-without-id", "debt-category", "remove"};
    const bool change = std::any_of(changing.cbegin(), changing.cend(),
                                    [&args](const QString &n) { return args.isSet(n); });
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    AgencySettingsRegister reg(*db);
    if (!change) {
        const QString company = args.isSet(QStringLiteral("company"))
                                    ? companyOption(args, QStringLiteral("company"))
                                    : QString();
        ctx.print(QStringLiteral("settings"), settingsTable(reg.all(company)));
        return ExitDone;
    }
    if (!args.isSet(QStringLiteral("company")) || !args.isSet(QStringLiteral("routine")))
        throw UsageError(Tr::tr("--company och --routine behövs för att ändra inställningar"));
    const QString company = companyOption(args, QStringLiteral("company"));
    const QString routine = args.value(QStringLiteral("routine")).trimmed();
    UnitOfWork work(*db);
    if (args.isSet(QStringLiteral("remove"))) {
        reg.remove(company, routine);
    } else {
        AgencySettings s = reg.settings(company, routine)
                               .value_or(AgencySettingsRegister::defaults(company, routine));
        if (args.isSet(QStringLiteral("basis"))) {
            const auto basis = agencyBasisFromCode(args.value(QStringLiteral("basis")));
            if (!basis)
                throw UsageError(Tr::tr("--basis: \"%1\" ska vara due, reminder1, reminder2 eller "
                                        "collection")
                                     .arg(args.value(QStringLiteral("basis"))));
            s.basis = *basis;
        }
        if (args.isSet(QStringLiteral("days")))
            s.days = int(integerOption(args, QStringLiteral("days"), 0, AgencySettings::MaxDays));
        for (const auto &[name, field] :
             {std::pair{QStringLiteral("capital-method"), &s.capitalMethod},
              std::pair{QStringLiteral("fee-method"), &s.feeMethod},
              std::pair{QStringLiteral("interest-method"), &s.interestMethod},
              std::pair{QStringLiteral("watch-text"), &s.watchText}})
            if (args.isSet(name))
                *field = args.value(name).trimmed();
        if (args.isSet(QStringLiteral("dunning-code")))
            s.dunningCode = int(integerOption(args, QStringLiteral("dunning-code"), 1, 9));
        if (args.isSet(QStringLiteral("skip-without-id")))
            s.skipWithoutIdNumber = yesNoOption(args, QStringLiteral("skip-without-id"));
        if (args.isSet(QStringLiteral("debt-category"))) {
            const QString c = args.value(QStringLiteral("debt-category")).trimmed().toLower();
            s.debtCategory = c == QLatin1String("none") ? QString() : c;
        }
        // The capital method's counter account is the company's account for
        // the method (account settings), read by the booking run.
        if (args.isSet(QStringLiteral("capital-account"))) {
            const QString method = s.capitalMethod == QLatin1String("0") ? QString() : s.capitalMethod;
            if (method.isEmpty())
                throw UsageError(Tr::tr("--capital-account kräver --capital-method"));
            AccountSettings(*db).setAccount(company, account_kind::method(method),
                                            args.value(QStringLiteral("capital-account")));
        }
        reg.save(s);
    }
    if (!args.isSet(QStringLiteral("dry-run")))
        work.commit();
    const auto now = reg.settings(company, routine);
    ctx.print(QStringLiteral("settings"),
              settingsTable(now ? QList<AgencySettings>{*now} : QList<AgencySettings>{}));
    return ExitDone;
}

int runDetails(Context &ctx, const ParsedArgs &args)
{
    const QString company = companyOption(args, QStringLiteral("company"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    AgencySettingsRegister reg(*db);
    Agency a = reg.agency(company).value_or(Agency());
    a.company = company;
    bool changed = false;
    if (args.isSet(QStringLiteral("kind"))) {
        const auto kind = Agency::kindFromCode(args.value(QStringLiteral("kind")));
        if (!kind)
            throw UsageError(Tr::tr("--kind: \"%1\" ska vara intrum, svea eller other")
                                 .arg(args.value(QStringLiteral("kind"))));
        a.kind = *kind;
        changed = true;
    }
    for (const auto &[name, field] :
         {std::pair{QStringLiteral("name"), &a.name},
          std::pair{QStringLiteral("customer-number"), &a.customerNumber},
          std::pair{QStringLiteral("group-number"), &a.groupNumber},
          std::pair{QStringLiteral("sender-name"), &a.senderName}})
        if (args.isSet(name)) {
            *field = args.value(name);
            changed = true;
        }
    if (args.isSet(QStringLiteral("giro"))) {
        a.giros = args.value(QStringLiteral("giro")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        changed = true;
    }
    if (changed) {
        UnitOfWork work(*db);
        reg.saveAgency(a);
        if (!args.isSet(QStringLiteral("dry-run")))
            work.commit();
    }
    const auto now = reg.agency(company);
    if (!now && !changed)
        throw LedgerError::notFound(Tr::tr("Företag %1 har inget inkassobolag.").arg(company));
    const Agency shown = now.value_or(a);
    ctx.print(Record{{QStringLiteral("company"), Tr::tr("Företag"), Value::text(company)},
                     {QStringLiteral("kind"), Tr::tr("Slag"),
                      Value::text(Agency::kindCode(shown.kind))},
                     {QStringLiteral("name"), Tr::tr("Inkassobolag"), Value::text(shown.name)},
                     {QStringLiteral("customer_number"), Tr::tr("Kundnummer"),
                      Value::text(shown.customerNumber)},
                     {QStringLiteral("group_number"), Tr::tr("Koncernnummer"),
                      Value::textOrNull(shown.groupNumber)},
                     {QStringLiteral("sender_name"), Tr::tr("Företagsnamn i filen"),
                      Value::textOrNull(shown.senderName)},
                     {QStringLiteral("giros"), Tr::tr("Inkassobolagets giro"),
                      Value::textOrNull(shown.giros.join(QLatin1Char(',')))}});
    return ExitDone;
}

} // namespace

QList<CommandSpec> agencyCommands()
{
    CommandSpec transfer;
    transfer.words = {QStringLiteral("agency"), QStringLiteral("transfer")};
    transfer.synopsis = QStringLiteral("--date D [--company R] [--routine R] [--invoice R] "
                                       "[--department R] [--id-number P] --out FILE.csv|.xlsx "
                                       "[--zero] [--dry-run]");
    transfer.summary = Tr::tr("överföring till inkasso (7.19, 7.20)");
    transfer.description = Tr::tr(
        "Skickar obetalda fordringar vars dagar efter förfallodag, påminnelse 1, påminnelse 2 "
        "eller inkassokrav (per företag och rutin, agency settings) har gått på datumet. "
        "Fordringar i amorteringsplan, redan överförda, med kravkod som stoppar inkassokrav, "
        "skyddad identitet eller (om rutinen säger så) utan personnummer skickas inte. "
        "Överföringen skriver filen (README \"Agency files\"), nollställer med --zero varje "
        "fordran med rutinens inbetalningssätt och bokför det, stämplar överföringsdatum och "
        "sätter kravkod och bevakningstext. --dry-run ger kontrollistan.");
    transfer.options = {opt("date", "D", Tr::tr("överföringsdatum"), true),
                        opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN")),
                        opt("routine", "R", Tr::tr("rutin, RR eller RR-RR")),
                        opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                        opt("department", "R", Tr::tr("förvaltning/avdelning eller intervall")),
                        opt("id-number", "P", Tr::tr("bara fordringar på detta personnummer")),
                        opt("out", "FILE", Tr::tr("filen till inkassobolaget, .csv eller .xlsx")),
                        opt("zero", "", Tr::tr("nollställ fordringarna med rutinens "
                                               "inbetalningssätt")),
                        dryRunOption()};
    transfer.run = runTransfer;

    CommandSpec corrections;
    corrections.words = {QStringLiteral("agency"), QStringLiteral("corrections")};
    corrections.synopsis = QStringLiteral("--out FILE.csv|.xlsx [--company R] [--dry-run]");
    corrections.summary = Tr::tr("saldokorrigeringar på överförda fordringar (fil)");
    corrections.description = Tr::tr(
        "Betalningar och krediteringar på överförda fordringar sedan förra filen; betalningar "
        "med inkassosättet (från inkassobolagets giro) tas inte med. Varje händelse kommer "
        "med i en fil en gång.");
    corrections.options = {opt("out", "FILE", Tr::tr("filen, .csv eller .xlsx")),
                           opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN")),
                           dryRunOption()};
    corrections.run = runCorrections;

    CommandSpec settings;
    settings.words = {QStringLiteral("agency"), QStringLiteral("settings")};
    settings.synopsis = QStringLiteral(
        "[--company NNN] | --company NNN --routine RR [--basis due|reminder1|reminder2|"
        "collection] [--days N] [--capital-method C|0] [--capital-account N] "
        "[--fee-method C|0] [--interest-method C|0] [--dunning-code N] [--watch-text T] "
        "[--skip-without-id yes|no] [--debt-category housing|premises|parking|storage|garage|"
        "none] [--remove] [--dry-run]");
    settings.summary = Tr::tr("visa/ändra inställningar för inkasso per företag och rutin");
    settings.description = Tr::tr(
        "--basis och --days: dagar efter förfallodag, påminnelse 1, påminnelse 2 eller "
        "inkassokrav. --capital-method: K-sätt som nollställer fordran mot fordringskontot för "
        "inkasso (0 = nollställ inte); --capital-account sätter det kontot för sättet och "
        "företaget. --fee-method (avgiftstyp K) och --interest-method (avgiftstyp D) skriver av "
        "kravavgift och uppdebiterad ränta mot intäktskontona i kravparametrarna (0 = följer "
        "med kapitalet). --dunning-code (med \"ej dröjsmålsränta\") och --watch-text sätts på "
        "varje överförd fordran. --debt-category: SFI-kategori i filen.");
    settings.options = {opt("company", "NNN", Tr::tr("företag")),
                        opt("routine", "RR", Tr::tr("rutin")),
                        opt("basis", "B", Tr::tr("due, reminder1, reminder2 eller collection")),
                        opt("days", "N", Tr::tr("minsta antal dagar efter")),
                        opt("capital-method", "C", Tr::tr("inbetalningssätt kapitalskuld, 0 = ingen")),
                        opt("capital-account", "N", Tr::tr("fordringskonto inkasso för sättet")),
                        opt("fee-method", "C", Tr::tr("inbetalningssätt kravavgift (K), 0 = ingen")),
                        opt("interest-method", "C", Tr::tr("inbetalningssätt ränta (D), 0 = ingen")),
                        opt("dunning-code", "N", Tr::tr("kravkod 1–9")),
                        opt("watch-text", "T", Tr::tr("bevakningstext, högst 40 tecken")),
                        opt("skip-without-id", "yes|no", Tr::tr("ta inte med fakturor utan "
                                                               "personnummer")),
                        opt("debt-category", "C", Tr::tr("SFI-kategori")),
                        opt("remove", "", Tr::tr("ta bort inställningen")),
                        dryRunOption()};
    settings.run = runSettings;

    CommandSpec details;
    details.words = {QStringLiteral("agency"), QStringLiteral("details")};
    details.synopsis = QStringLiteral("--company NNN [--kind intrum|svea|other] [--name N] "
                                      "[--customer-number N] [--group-number N] "
                                      "[--sender-name N] [--giro G,G] [--dry-run]");
    details.summary = Tr::tr("visa/ändra företagets inkassobolag");
    details.description = Tr::tr(
        "--giro: inkassobolagets bankgiro-/plusgironummer; betalningar därifrån bokas med "
        "inkassosättet vid inläsning (samma lista som payment-parameters --agency-giro).");
    details.options = {opt("company", "NNN", Tr::tr("företag"), true),
                       opt("kind", "K", Tr::tr("intrum, svea eller other")),
                       opt("name", "N", Tr::tr("inkassobolagets namn, högst 30 tecken")),
                       opt("customer-number", "N", Tr::tr("kundnummer hos inkassobolaget")),
                       opt("group-number", "N", Tr::tr("koncernnummer (Svea)")),
                       opt("sender-name", "N", Tr::tr("företagsnamn i filen")),
                       opt("giro", "G,G", Tr::tr("inkassobolagets giro")),
                       dryRunOption()};
    details.run = runDetails;
    return {transfer, corrections, settings, details};
}

} // namespace rsk::cli
