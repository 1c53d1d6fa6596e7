// payment-plan (handbook 7.18: amorteringsplan), payment-plan list and
// payment-plan show (print a stored plan again).
#include "context.h"

#include "dunning/paymentplan.h"
#include "ids/swedishid.h"
#include "paymentplandocument.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// A whole-kronor amount option: "500" or "500,00".
Money kronorOption(const ParsedArgs &args, const QString &name)
{
    const Money m = moneyOption(args, name);
    if (!m.isWholeKronor())
        throw UsageError(Tr::tr("--%1: ange hela kronor, inte \"%2\"").arg(name, args.value(name)));
    return m;
}

Table scheduleTable(const PaymentPlan &plan)
{
    Table table(
        {{QStringLiteral("number"), Tr::tr("Nr"), Column::Numeric},
         {QStringLiteral("date"), Tr::tr("Datum")},
         {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
         {QStringLiteral("fees"), Tr::tr("Avgifter"), Column::Money},
         {QStringLiteral("interest"), Tr::tr("Ränta"), Column::Money},
         {QStringLiteral("capital"), Tr::tr("Kapital"), Column::Money},
         {QStringLiteral("notice_fee"), Tr::tr("Avisering"), Column::Money},
         {QStringLiteral("remaining"), Tr::tr("Kvar"), Column::Money},
         {QStringLiteral("new_interest"), Tr::tr("Ny ränta"), Column::Money | Column::NotInTable}});
    for (const PaymentPlanInstalment &i : plan.instalments)
        table.addRow({Value::integer(i.number), Value::date(i.date), Value::money(i.amount),
                      Value::money(i.fees), Value::money(i.interest), Value::money(i.capital),
                      Value::money(i.noticeFee), Value::money(i.remaining),
                      Value::money(i.newInterest)});
    return table;
}

Table claimsTable(const PaymentPlan &plan)
{
    Table table({{QStringLiteral("company"), Tr::tr("Företag")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("text"), Tr::tr("Text")},
                 {QStringLiteral("due_date"), Tr::tr("Förf.dag")},
                 {QStringLiteral("capital"), Tr::tr("Kapital"), Column::Money},
                 {QStringLiteral("fees"), Tr::tr("Avgifter"), Column::Money},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), Column::Money},
                 {QStringLiteral("total"), Tr::tr("Summa"), Column::Money}});
    for (const PaymentPlanClaimLine &l : plan.claims)
        table.addRow({Value::textOrNull(l.company), Value::textOrNull(l.invoiceNumber),
                      Value::textOrNull(l.text), Value::date(l.dueDate), Value::money(l.capital),
                      Value::money(l.fees()), Value::money(l.interest), Value::money(l.total())});
    return table;
}

void printPlan(Context &ctx, const PaymentPlan &plan, bool dryRun, const QString &pdf)
{
    const Table schedule = scheduleTable(plan);
    const auto id = SwedishId::parse(plan.debtor.idNumber, plan.planDate);
    const QString idText = id ? id->display() : plan.debtor.idNumber;
    switch (ctx.format) {
    case Format::Json:
        ctx.print(
            Json::object()
                .add(QStringLiteral("plan_date"), Value::date(plan.planDate))
                .add(QStringLiteral("dry_run"), Value::boolean(dryRun))
                .add(QStringLiteral("plan_id"), plan.id > 0 ? Value::integer(plan.id) : Value())
                .add(QStringLiteral("debtor_name"), Value::text(plan.debtor.name))
                .add(QStringLiteral("id_number"), Value::text(plan.debtor.idNumber))
                .add(QStringLiteral("total_debt"), Value::money(plan.totalDebt()))
                .add(QStringLiteral("capital"), Value::money(plan.capital()))
                .add(QStringLiteral("fees"), Value::money(plan.fees()))
                .add(QStringLiteral("accrued_interest"), Value::money(plan.accruedInterest()))
                .add(QStringLiteral("new_interest"), Value::money(plan.newInterest()))
                .add(QStringLiteral("notice_fees"), Value::money(plan.noticeFees()))
                .add(QStringLiteral("total_to_pay"), Value::money(plan.totalToPay()))
                .add(QStringLiteral("claims"), claimsTable(plan).asJson())
                .add(QStringLiteral("instalments"), schedule.asJson())
                .add(QStringLiteral("notes"),
                     [&plan] {
                         Json notes = Json::array();
                         for (const QString &n : plan.notes)
                             notes.append(Value::text(n));
                         return notes;
                     }())
                .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                .serialize());
        return;
    case Format::Csv:
        ctx.print(schedule.asCsv());
        return;
    case Format::Table:
        break;
    }
    QString out;
    out += (plan.id > 0 ? Tr::tr("Amorteringsplan %1 för %2 (%3), upprättad %4")
                              .arg(plan.id)
                              .arg(plan.debtor.name, idText, plan.planDate.toString(Qt::ISODate))
                        : Tr::tr("Amorteringsplan för %1 (%2), %3")
                              .arg(plan.debtor.name, idText, plan.planDate.toString(Qt::ISODate)))
           + QLatin1Char('\n');
    out += Tr::tr("Total skuld %1 kr (kapital %2, avgifter %3, upplupen ränta %4); ny ränta %5, "
                  "aviseringsavgifter %6; att betala %7 kr i %8 delbetalningar.")
               .arg(plan.totalDebt().toString(), plan.capital().toString(), plan.fees().toString(),
                    plan.accruedInterest().toString(), plan.newInterest().toString(),
                    plan.noticeFees().toString(), plan.totalToPay().toString())
               .arg(plan.instalments.size())
           + QLatin1String("\n\n");
    out += claimsTable(plan).asTable() + QLatin1Char('\n') + schedule.asTable();
    for (const QString &n : plan.notes)
        out += n + QLatin1Char('\n');
    if (dryRun)
        out += Tr::tr("Kontroll: ingenting ändrades.") + QLatin1Char('\n');
    if (!pdf.isEmpty())
        out += Tr::tr("Planen (PDF): %1").arg(pdf) + QLatin1Char('\n');
    ctx.print(out);
}

void writePlan(const PaymentPlan &plan, const QString &path)
{
    QString error;
    if (!PaymentPlanDocument(plan).writePdf(path, &error))
        throw LedgerError::refused(
            Tr::tr("Planen kunde inte skrivas till %1: %2. Inget ändrades.").arg(path, error));
}

int runPaymentPlan(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    PaymentPlanRequest r;
    const QString company = companyOption(args, QStringLiteral("company"));
    for (const QString &n : args.value(QStringLiteral("invoice")).split(QLatin1Char(','))) {
        r.claims.append({company, invoiceNumberArgument(n.trimmed(), QStringLiteral("--invoice"))});
    }
    r.terms.firstDate = dateOption(args, QStringLiteral("first-date"), ctx.today());
    r.terms.lastOfMonth = args.isSet(QStringLiteral("last-of-month"));
    r.terms.monthly = kronorOption(args, QStringLiteral("monthly"));
    if (args.isSet(QStringLiteral("months")) != args.isSet(QStringLiteral("then")))
        throw UsageError(Tr::tr("--months och --then anges tillsammans"));
    if (args.isSet(QStringLiteral("months"))) {
        r.terms.months =
            int(integerOption(args, QStringLiteral("months"), 1, PaymentPlanService::MaxMonths));
        r.terms.then = kronorOption(args, QStringLiteral("then"));
    }
    if (args.isSet(QStringLiteral("notice-fee")))
        r.terms.noticeFee = kronorOption(args, QStringLiteral("notice-fee"));
    r.terms.noticeFeeOverrideReason = args.value(QStringLiteral("notice-fee-reason"));
    r.terms.noInterest = args.isSet(QStringLiteral("no-interest"));
    const QString pdf = args.value(QStringLiteral("pdf"));

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    PaymentPlanService service(*db);
    if (dryRun) {
        const PaymentPlan plan = service.plan(r);
        if (!pdf.isEmpty())
            writePlan(plan, pdf); // a preview: the ledger is not touched
        printPlan(ctx, plan, true, pdf);
        return ExitDone;
    }
    // The PDF is written inside the unit of work: if it cannot be written,
    // nothing is stamped (exit 1).
    UnitOfWork work(*db);
    const PaymentPlan plan = service.commit(r);
    if (!pdf.isEmpty())
        writePlan(plan, pdf);
    work.commit();
    printPlan(ctx, plan, false, pdf);
    return ExitDone;
}

int runList(Context &ctx, const ParsedArgs &)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table table({{QStringLiteral("plan_id"), Tr::tr("Plan"), Column::Numeric},
                 {QStringLiteral("plan_date"), Tr::tr("Datum")},
                 {QStringLiteral("debtor_name"), Tr::tr("Gäldenär")},
                 {QStringLiteral("id_number"), Tr::tr("Personnr")},
                 {QStringLiteral("total_debt"), Tr::tr("Skuld"), Column::Money},
                 {QStringLiteral("instalments"), Tr::tr("Delbet."), Column::Numeric},
                 {QStringLiteral("first_date"), Tr::tr("Första")},
                 {QStringLiteral("last_date"), Tr::tr("Sista")},
                 {QStringLiteral("created_by"), Tr::tr("Av")}});
    for (const PaymentPlanInfo &i : PaymentPlanService(*db).plans())
        table.addRow({Value::integer(i.id), Value::date(i.planDate), Value::text(i.debtorName),
                      Value::text(i.idNumber), Value::money(i.totalDebt),
                      Value::integer(i.instalments), Value::date(i.firstDate),
                      Value::date(i.lastDate), Value::text(i.createdBy)});
    ctx.print(QStringLiteral("plans"), table);
    return ExitDone;
}

int runShow(Context &ctx, const ParsedArgs &args)
{
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(
            Tr::tr("ID: \"%1\" ska vara en plans nummer").arg(args.positional().value(0)));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const auto plan = PaymentPlanService(*db).stored(id);
    if (!plan)
        throw LedgerError::notFound(Tr::tr("Amorteringsplan %1 finns inte.").arg(id));
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (!pdf.isEmpty())
        writePlan(*plan, pdf);
    printPlan(ctx, *plan, false, pdf);
    return ExitDone;
}

} // namespace

QList<CommandSpec> paymentPlanCommands()
{
    const OptionSpec pdf{QStringLiteral("pdf"), QStringLiteral("FILE"),
                         Tr::tr("skriv planen som PDF")};
    CommandSpec plan{
        {QStringLiteral("payment-plan")},
        QStringLiteral("--company NNN --invoice N[,N…] --first-date D --monthly A [--months N "
                       "--then A] [--notice-fee A] [--no-interest] [--last-of-month] [--pdf FILE] "
                       "[--dry-run]"),
        Tr::tr("amorteringsplan: betalningsplan för upp till 24 fakturor (handbok 7.18)"),
        Tr::tr(
            "Varje delbetalning betalar först avgifter och upplupen ränta, sedan ränta sedan "
            "föregående betalning och sist kapital; aviseringsavgiften läggs till. Planen "
            "stämplar fakturorna med datum för amorteringsplan, sätter kravkoden från "
            "kravparametrarna och bevakningstexten \"Amorteringsplan\". Gäldenären hämtas från "
            "den första fakturan, borgenären är den sparade (första gången företagets "
            "uppgifter). Med --dry-run ändras ingenting (en PDF skrivs ändå som förhandsvisning)."),
        {{QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företaget fakturorna finns i"),
          true},
         {QStringLiteral("invoice"), QStringLiteral("N[,N…]"), Tr::tr("fakturanummer, högst 24"),
          true},
         {QStringLiteral("first-date"), QStringLiteral("D"), Tr::tr("första betalningsdag"), true},
         {QStringLiteral("monthly"), QStringLiteral("A"), Tr::tr("månadsbelopp i hela kronor"),
          true},
         {QStringLiteral("months"), QStringLiteral("N"),
          Tr::tr("antal månader med månadsbeloppet")},
         {QStringLiteral("then"), QStringLiteral("A"), Tr::tr("månadsbelopp därefter")},
         {QStringLiteral("notice-fee"), QStringLiteral("A"),
          Tr::tr("aviseringsavgift per delbetalning")},
         {QStringLiteral("notice-fee-reason"), QStringLiteral("T"),
          Tr::tr("skäl för en aviseringsavgift över 170 kr (loggas)")},
         {QStringLiteral("no-interest"), QString(), Tr::tr("ingen dröjsmålsränta")},
         {QStringLiteral("last-of-month"), QString(),
          Tr::tr("betalning den sista i varje månad (första dagen måste vara en månads sista)")},
         pdf,
         dryRunOption()},
        {},
        runPaymentPlan};
    CommandSpec list{{QStringLiteral("payment-plan"), QStringLiteral("list")},
                     QString(),
                     Tr::tr("sparade amorteringsplaner, nyaste först"),
                     QString(),
                     {},
                     {},
                     runList};
    CommandSpec show{{QStringLiteral("payment-plan"), QStringLiteral("show")},
                     QStringLiteral("ID [--pdf FILE]"),
                     Tr::tr("en sparad amorteringsplan, som den skrevs ut"),
                     QString(),
                     {pdf},
                     {QStringLiteral("ID")},
                     runShow};
    return {plan, list, show};
}

} // namespace rsk::cli
