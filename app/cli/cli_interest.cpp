// interest (accrued late-payment interest, DOMAIN.md), rate list / rate set
// (the reference-rate table, handbook 7.8).
#include "context.h"

#include "interest/interestservice.h"
#include "interest/referencerates.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// CLI.md: rate_percent in JSON is a string like "11.50"; people and CSV get
// the Swedish decimal comma, like money.
QString ratePercent(qint64 hundredths, Format format)
{
    return formatRateHundredths(hundredths, format == Format::Json ? QLatin1Char('.')
                                                                   : QLatin1Char(','));
}

Table periodTable(const InterestResult &result, Format format)
{
    Table table({{QStringLiteral("from"), Tr::tr("Från")},
                 {QStringLiteral("to"), Tr::tr("Till och med")},
                 {QStringLiteral("days"), Tr::tr("Dagar"), Column::Numeric},
                 {QStringLiteral("rate_percent"), Tr::tr("Ränta %"), Column::Numeric},
                 {QStringLiteral("base"), Tr::tr("Kapital"), Column::Money},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), Column::Money}});
    for (const InterestPeriod &p : result.periods)
        table.addRow({Value::date(p.from), Value::date(p.to), Value::integer(p.days),
                      Value::text(ratePercent(p.rateHundredths, format)), Value::money(p.base),
                      Value::money(p.interest)});
    return table;
}

int runInterest(Context &ctx, const ParsedArgs &args)
{
    const bool onClaim = args.isSet(QStringLiteral("company")) || args.isSet(QStringLiteral("invoice"));
    const bool onAmount = args.isSet(QStringLiteral("amount")) || args.isSet(QStringLiteral("due"));
    if (onClaim == onAmount)
        throw UsageError(Tr::tr("ange antingen --company och --invoice, eller --amount, --due "
                                "och --to"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    InterestService service(*db);
    InterestResult result;
    if (onClaim) {
        for (const char *name : {"company", "invoice"})
            if (!args.isSet(QLatin1String(name)))
                throw UsageError(Tr::tr("--%1 saknas").arg(QLatin1String(name)));
        const QString company = companyOption(args, QStringLiteral("company"));
        const QString number = invoiceNumberArgument(args.value(QStringLiteral("invoice")),
                                                     QStringLiteral("--invoice"));
        const QDate to = args.isSet(QStringLiteral("to"))
                             ? dateOption(args, QStringLiteral("to"), ctx.today())
                             : QDate();
        result = service.forClaim(company, number, to);
    } else {
        for (const char *name : {"amount", "due", "to"})
            if (!args.isSet(QLatin1String(name)))
                throw UsageError(Tr::tr("--%1 saknas").arg(QLatin1String(name)));
        result = service.forAmount(moneyOption(args, QStringLiteral("amount")),
                                   dateOption(args, QStringLiteral("due"), ctx.today()),
                                   dateOption(args, QStringLiteral("to"), ctx.today()));
    }
    if (!result.note.isEmpty())
        writeErr(result.note + QLatin1Char('\n'));
    const Table periods = periodTable(result, ctx.format);
    switch (ctx.format) {
    case Format::Json: {
        Json json = Json::object();
        json.add(QStringLiteral("interest"), Value::money(result.interest));
        json.add(QStringLiteral("days"), Value::integer(result.days));
        json.add(QStringLiteral("periods"), periods.asJson());
        ctx.print(json.serialize());
        break;
    }
    case Format::Csv:
        ctx.print(periods.asCsv());
        break;
    case Format::Table:
        ctx.print(recordAsTable({{QStringLiteral("interest"), Tr::tr("Ränta"),
                                  Value::money(result.interest)},
                                 {QStringLiteral("days"), Tr::tr("Dagar"),
                                  Value::integer(result.days)}})
                  + QLatin1Char('\n')
                  + (result.periods.isEmpty() ? Tr::tr("(inga ränteperioder)") + QLatin1Char('\n')
                                              : periods.asTable()));
        break;
    }
    return ExitDone;
}

int runRateList(Context &ctx, const ParsedArgs &)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const qint64 margin = InterestSettingsStore(*db).load().marginHundredths;
    Table table({{QStringLiteral("from"), Tr::tr("Från")},
                 {QStringLiteral("rate_percent"), Tr::tr("Referensränta %"), Column::Numeric},
                 {QStringLiteral("interest_rate_percent"), Tr::tr("Dröjsmålsränta %"),
                  Column::Numeric},
                 {QStringLiteral("verified"), Tr::tr("Bekräftad")},
                 {QStringLiteral("status"), Tr::tr("Status")},
                 {QStringLiteral("source"), Tr::tr("Källa")}});
    for (const ReferenceRate &r : ReferenceRates(*db).list())
        table.addRow({Value::date(r.from), Value::text(ratePercent(r.rateHundredths, ctx.format)),
                      Value::text(ratePercent(r.rateHundredths + margin, ctx.format)),
                      Value::boolean(r.verified),
                      // FACTS-SE §4: shown as UNVERIFIED until a clerk confirms it.
                      Value::text(r.verified ? QString() : QStringLiteral("UNVERIFIED")),
                      Value::text(r.source)});
    ctx.print(QStringLiteral("rates"), table);
    return ExitDone;
}

int runRateSet(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    const QDate from = dateOption(args, QStringLiteral("from"), ctx.today());
    QString why;
    const auto rate = parseRateHundredths(args.value(QStringLiteral("rate")), &why);
    if (!rate)
        throw UsageError(QStringLiteral("--rate: ") + why);
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnitOfWork work(*db);
    ReferenceRates rates(*db);
    rates.set(from, *rate, args.value(QStringLiteral("source"), QStringLiteral("manuellt")));
    const ReferenceRate stored = *rates.rateOn(from);
    if (!dryRun)
        work.commit();
    ctx.print(Record{
        {QStringLiteral("from"), Tr::tr("Från"), Value::date(stored.from)},
        {QStringLiteral("rate_percent"), Tr::tr("Referensränta %"),
         Value::text(ratePercent(stored.rateHundredths, ctx.format))},
        {QStringLiteral("verified"), Tr::tr("Bekräftad"), Value::boolean(stored.verified)},
        {QStringLiteral("source"), Tr::tr("Källa"), Value::text(stored.source)},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    return ExitDone;
}

} // namespace

QList<CommandSpec> interestCommands()
{
    CommandSpec interest;
    interest.words = {QStringLiteral("interest")};
    interest.synopsis = QStringLiteral("--company NNN --invoice N [--to D] | --amount A --due D --to D");
    interest.summary = Tr::tr("upplupen dröjsmålsränta på en faktura eller ett belopp");
    interest.description = Tr::tr(
        "Räntan räknas på kapitalet med referensräntan för varje dag plus räntetillägget i "
        "kravparametrarna, per period mellan ränteändringar och betalningar, avrundad en gång "
        "till hela öre. Utan --to räknas fakturans ränta till slutbetalningsdagen eller i dag.");
    interest.options = {
        {QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företag")},
        {QStringLiteral("invoice"), QStringLiteral("N"), Tr::tr("fakturanummer")},
        {QStringLiteral("amount"), QStringLiteral("A"), Tr::tr("belopp, t.ex. 10 000,00")},
        {QStringLiteral("due"), QStringLiteral("D"), Tr::tr("förfallodag")},
        {QStringLiteral("to"), QStringLiteral("D"), Tr::tr("räkna ränta till och med dagen D")},
    };
    interest.run = runInterest;

    CommandSpec list;
    list.words = {QStringLiteral("rate"), QStringLiteral("list")};
    list.summary = Tr::tr("referensräntor (obekräftade markerade UNVERIFIED)");
    list.run = runRateList;

    CommandSpec set;
    set.words = {QStringLiteral("rate"), QStringLiteral("set")};
    set.synopsis = QStringLiteral("--from D --rate R [--source T] [--dry-run]");
    set.summary = Tr::tr("lägg in, ändra eller bekräfta referensräntan från ett datum");
    set.description = Tr::tr("Räntan anges med högst 4 siffror varav 2 decimaler, t.ex. 2,50 "
                             "eller -0,50 (handbok 7.8). En inlagd ränta räknas som bekräftad.");
    set.options = {
        {QStringLiteral("from"), QStringLiteral("D"), Tr::tr("gäller från och med"), true},
        {QStringLiteral("rate"), QStringLiteral("R"), Tr::tr("referensränta i procent"), true},
        {QStringLiteral("source"), QStringLiteral("T"), Tr::tr("källa, t.ex. riksbank.se")},
        dryRunOption(),
    };
    set.run = runRateSet;
    return {interest, list, set};
}

} // namespace rsk::cli
