// payment-order (handbook 7.17 Betalningsföreläggande): an application for
// one debtor, printed to PDF (and XML), stamping the claims; payment-order
// applicant (F18: the applicant data saved once per company), payment-order
// list and payment-order reprint.
#include "context.h"

#include "dunning/enforcementoffices.h"
#include "dunning/paymentorder.h"
#include "dunning/paymentorderxml.h"
#include "paymentorderdocument.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

const QString kWords = QStringLiteral("payment-order");

OptionSpec opt(const char *name, const char *value, const QString &help, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help, required};
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

// "Rad 1|Rad 2|…": the lines of a 5 × 30 block; "" = no lines.
QStringList linesOption(const ParsedArgs &args, const QString &name)
{
    const QString text = args.value(name);
    return text.trimmed().isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
}

// "N,N,NNN/N": claims of --company, or of another company with "NNN/".
QList<PaymentOrderClaimInput> claimsOption(const ParsedArgs &args, const QString &company)
{
    QList<PaymentOrderClaimInput> out;
    const QStringList concerns = linesOption(args, QStringLiteral("concerns"));
    const QStringList items = args.value(QStringLiteral("invoice")).split(QLatin1Char(','));
    for (int i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        const int slash = item.indexOf(QLatin1Char('/'));
        PaymentOrderClaimInput c;
        c.company = slash < 0 ? company : item.left(slash);
        c.invoiceNumber = slash < 0 ? item : item.mid(slash + 1);
        c.concerns = concerns.value(i);
        if (c.invoiceNumber.isEmpty())
            throw UsageError(Tr::tr("--invoice: tomt fakturanummer i \"%1\"")
                                 .arg(args.value(QStringLiteral("invoice"))));
        out.append(c);
    }
    if (concerns.size() > items.size())
        throw UsageError(Tr::tr("--concerns: %1 texter men %2 fakturor")
                             .arg(concerns.size())
                             .arg(items.size()));
    return out;
}

void writeFiles(const PaymentOrder &o, const QString &pdf, const QString &xml)
{
    QString error;
    if (!pdf.isEmpty() && !PaymentOrderDocument(o).writePdf(pdf, &error))
        throw LedgerError::refused(Tr::tr("Ansökan kunde inte skrivas till %1: %2. Inget ändrades.")
                                       .arg(pdf, error));
    if (!xml.isEmpty() && !PaymentOrderXml::writeFile(o, xml, &error))
        throw LedgerError::refused(Tr::tr("XML-filen kunde inte skrivas: %1. Inget ändrades.")
                                       .arg(error));
}

Table claimTable(const PaymentOrder &o)
{
    Table table({{QStringLiteral("row"), Tr::tr("Rad"), Column::Numeric},
                 {QStringLiteral("company"), Tr::tr("Ftg")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("due_date"), Tr::tr("Förfallodag")},
                 {QStringLiteral("capital"), Tr::tr("Kapital"), Column::Money},
                 {QStringLiteral("interest_from"), Tr::tr("Ränta från")},
                 {QStringLiteral("rate"), Tr::tr("Räntesats")},
                 {QStringLiteral("interest"), Tr::tr("Upplupen ränta"), Column::Money},
                 {QStringLiteral("concerns"), Tr::tr("Avser"), Column::NotInTable},
                 {QStringLiteral("interest_note"), Tr::tr("Anmärkning"), Column::NotInTable}});
    for (const PaymentOrderClaim &c : o.claims)
        table.addRow({Value::integer(c.row), Value::text(c.company), Value::text(c.invoiceNumber),
                      Value::date(c.dueDate), Value::money(c.capital), Value::date(c.interestFrom),
                      Value::textOrNull(c.rateText), Value::money(c.interest),
                      Value::text(c.concerns), Value::textOrNull(c.interestNote)});
    return table;
}

void printOrder(Context &ctx, const PaymentOrder &o, bool dryRun, const QString &pdf,
                const QString &xml)
{
    const Table claims = claimTable(o);
    const PaymentOrderCosts &k = o.application.costs;
    if (ctx.format == Format::Json) {
        Json costs = Json::object();
        for (const PaymentOrderCostLine &l : k.lines())
            costs.add(l.key, Value::money(l.amount));
        Json overrides = Json::array();
        for (const QString &s : o.overrides)
            overrides.append(Value::text(s));
        Json notes = Json::array();
        for (const QString &s : o.notes)
            notes.append(Value::text(s));
        ctx.print(Json::object()
                      .add(QStringLiteral("application_id"), o.id > 0 ? Value::integer(o.id) : Value())
                      .add(QStringLiteral("dry_run"), Value::boolean(dryRun))
                      .add(QStringLiteral("application_date"), Value::date(o.application.applicationDate))
                      .add(QStringLiteral("id_number"), Value::text(o.debtor.idNumber))
                      .add(QStringLiteral("name"), Value::text(o.debtor.name))
                      .add(QStringLiteral("interest_alternative"),
                           Value::integer(int(o.application.interest)))
                      .add(QStringLiteral("claims"), claims.asJson())
                      .add(QStringLiteral("costs"), costs)
                      .add(QStringLiteral("capital"), Value::money(o.capitalTotal()))
                      .add(QStringLiteral("interest"), Value::money(o.interestTotal()))
                      .add(QStringLiteral("case_costs"), Value::money(k.caseTotal()))
                      .add(QStringLiteral("collection_costs"), Value::money(k.collectionTotal()))
                      .add(QStringLiteral("total"), Value::money(o.total()))
                      .add(QStringLiteral("overrides"), overrides)
                      .add(QStringLiteral("notes"), notes)
                      .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                      .add(QStringLiteral("xml"), Value::textOrNull(xml))
                      .serialize());
        return;
    }
    if (ctx.format == Format::Csv) {
        ctx.print(claims.asCsv());
        return;
    }
    QString out = o.id > 0 ? Tr::tr("Betalningsföreläggande nr %1").arg(o.id)
                           : Tr::tr("Betalningsföreläggande (utkast)");
    out += Tr::tr(" den %1: %2 %3")
               .arg(o.application.applicationDate.toString(Qt::ISODate), o.debtor.idDisplay,
                    o.debtor.name)
           + QLatin1Char('\n');
    out += o.interestText() + QLatin1Char('\n') + QLatin1Char('\n') + claims.asTable();
    for (const PaymentOrderCostLine &l : k.lines())
        if (!l.amount.isZero())
            out += Tr::tr("%1: %2 kr").arg(l.label, l.amount.toString()) + QLatin1Char('\n');
    out += Tr::tr("Kapital %1, ränta %2, kostnader i målet %3, inkassokostnader %4; summa %5 kr")
               .arg(o.capitalTotal().toString(), o.interestTotal().toString(),
                    k.caseTotal().toString(), k.collectionTotal().toString(), o.total().toString())
           + QLatin1Char('\n');
    for (const QString &s : o.overrides)
        out += Tr::tr("Över högsta belopp (skäl: %1): %2").arg(k.overrideReason, s) + QLatin1Char('\n');
    for (const QString &s : o.notes)
        out += s + QLatin1Char('\n');
    if (dryRun)
        out += Tr::tr("Utkast: ingenting ändrades.") + QLatin1Char('\n');
    if (!pdf.isEmpty())
        out += Tr::tr("Ansökan (PDF): %1").arg(pdf) + QLatin1Char('\n');
    if (!xml.isEmpty())
        out += Tr::tr("Ansökan (XML): %1").arg(xml) + QLatin1Char('\n');
    ctx.print(out);
}

int runOrder(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    const QString pdf = args.value(QStringLiteral("pdf"));
    const QString xml = args.value(QStringLiteral("xml"));
    if (pdf.isEmpty() && !dryRun)
        throw UsageError(Tr::tr("--pdf FILE krävs (utom med --dry-run)"));
    const QString company = companyOption(args, QStringLiteral("company"));

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    PaymentOrderService service(*db);
    PaymentOrderApplication a = service.newApplication(company);
    if (args.isSet(QStringLiteral("date")))
        a.applicationDate = dateOption(args, QStringLiteral("date"), ctx.today());
    a.idNumber = args.value(QStringLiteral("id-number"));
    a.claims = claimsOption(args, company);
    if (args.isSet(QStringLiteral("interest"))) {
        const qint64 alternative = integerOption(args, QStringLiteral("interest"), 1, 3);
        a.interest = alternative == 2   ? PaymentOrderInterest::OtherRate
                     : alternative == 3 ? PaymentOrderInterest::None
                                        : PaymentOrderInterest::ReferenceRate;
    }
    if (args.isSet(QStringLiteral("rate")))
        a.otherRateHundredths = integerOption(args, QStringLiteral("rate"), 0, 99) * 100;
    a.interestGround = args.value(QStringLiteral("ground"));
    a.specialInformation = args.value(QStringLiteral("special"));
    PaymentOrderCosts &k = a.costs;
    const QList<QPair<const char *, Money *>> costs{
        {"application-fee", &k.applicationFee}, {"own-work", &k.ownWork},
        {"registration-certificate", &k.registrationCertificate}, {"other-costs", &k.otherCase},
        {"reminder-cost", &k.reminder}, {"demand-cost", &k.demand},
        {"payment-plan-cost", &k.paymentPlan}, {"other-collection-cost", &k.otherCollection}};
    for (const auto &[name, field] : costs)
        if (args.isSet(QLatin1String(name)))
            *field = moneyOption(args, QLatin1String(name));
    k.otherCollectionName = args.value(QStringLiteral("other-collection-name"));
    k.overrideReason = args.value(QStringLiteral("override-reason"));

    if (dryRun) {
        const PaymentOrder o = service.compute(a);
        writeFiles(o, pdf, xml);
        printOrder(ctx, o, true, pdf, xml);
        return ExitDone;
    }
    // The files are written inside the unit of work: a file that cannot be
    // written leaves the ledger unchanged (exit 1).
    UnitOfWork work(*db);
    const PaymentOrder o = service.print(a);
    writeFiles(o, pdf, xml);
    work.commit();
    printOrder(ctx, o, false, pdf, xml);
    return ExitDone;
}

void printApplicant(Context &ctx, const PaymentOrderApplicant &a)
{
    const QString enforcement = a.enforcement == PaymentOrderEnforcement::Limited ? QStringLiteral("limited")
                                : a.enforcement == PaymentOrderEnforcement::Full  ? QStringLiteral("full")
                                : a.enforcement == PaymentOrderEnforcement::NotRequested
                                    ? QStringLiteral("none")
                                    : QString();
    const auto joined = [](const QStringList &l) { return l.join(QLatin1Char('|')); };
    ctx.print(Record{
        {QStringLiteral("company"), Tr::tr("Företag"), Value::text(a.company)},
        {QStringLiteral("applicant"), Tr::tr("Sökande"), Value::text(joined(a.applicant))},
        {QStringLiteral("orgnr"), Tr::tr("Org.nr"), Value::text(a.applicantOrgNr)},
        {QStringLiteral("office"), Tr::tr("Kronofogden, ort"), Value::textOrNull(a.officeCity)},
        {QStringLiteral("office_lines"), Tr::tr("Mottagare"), Value::text(joined(a.office))},
        {QStringLiteral("agent"), Tr::tr("Ombud"), Value::textOrNull(joined(a.agent))},
        {QStringLiteral("fee"), Tr::tr("Ansökningsavgift"), Value::money(a.applicationFee)},
        {QStringLiteral("fee_plusgiro"), Tr::tr("Plusgiro"), Value::textOrNull(a.feePlusgiro)},
        {QStringLiteral("fee_enclosed"), Tr::tr("Bifogas"), Value::boolean(a.feeEnclosed)},
        {QStringLiteral("assistance"), Tr::tr("Handräckning"), Value::boolean(a.assistance)},
        {QStringLiteral("pledge"), Tr::tr("Betalning ur pant"), Value::boolean(a.pledge)},
        {QStringLiteral("enforcement"), Tr::tr("Verkställighet"), Value::textOrNull(enforcement)},
        {QStringLiteral("real_estate"), Tr::tr("Fast egendom"), Value::boolean(a.realEstate)}});
}

int runApplicant(Context &ctx, const ParsedArgs &args)
{
    const QString company = companyOption(args, QStringLiteral("company"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    PaymentOrderService service(*db);
    PaymentOrderApplicant a = service.newApplication(company).applicant;
    bool changed = false;
    const auto set = [&](const char *name, auto apply) {
        if (args.isSet(QLatin1String(name))) {
            apply(QLatin1String(name));
            changed = true;
        }
    };
    set("applicant", [&](const QString &n) { a.applicant = linesOption(args, n); });
    set("orgnr", [&](const QString &n) { a.applicantOrgNr = args.value(n); });
    set("office", [&](const QString &n) {
        const auto office = EnforcementOffices(*db).find(args.value(n));
        if (!office)
            throw LedgerError::notFound(
                Tr::tr("--office: ingen kronofogdemyndighet i %1 i registret (Underhåll "
                       "kronofogdemyndigheter).")
                    .arg(args.value(n)));
        a.officeCity = office->city;
        a.office = office->lines;
    });
    set("office-lines", [&](const QString &n) { a.office = linesOption(args, n); });
    set("agent", [&](const QString &n) { a.agent = linesOption(args, n); });
    set("fee", [&](const QString &n) { a.applicationFee = moneyOption(args, n); });
    set("fee-plusgiro", [&](const QString &n) { a.feePlusgiro = args.value(n); });
    set("fee-enclosed", [&](const QString &n) { a.feeEnclosed = yesNo(args, n); });
    set("assistance", [&](const QString &n) { a.assistance = yesNo(args, n); });
    set("pledge", [&](const QString &n) { a.pledge = yesNo(args, n); });
    set("real-estate", [&](const QString &n) { a.realEstate = yesNo(args, n); });
    set("enforcement", [&](const QString &n) {
        const QString v = args.value(n).trimmed();
        if (v == QLatin1String("limited"))
            a.enforcement = PaymentOrderEnforcement::Limited;
        else if (v == QLatin1String("full"))
            a.enforcement = PaymentOrderEnforcement::Full;
        else if (v == QLatin1String("none"))
            a.enforcement = PaymentOrderEnforcement::NotRequested;
        else
            throw UsageError(Tr::tr("--enforcement: \"%1\" ska vara limited, full eller none").arg(v));
    });
    if (changed) {
        if (args.isSet(QStringLiteral("dry-run"))) {
            const auto problems = PaymentOrderService::applicantProblems(a);
            if (!problems.isEmpty())
                throw LedgerError::refused(PaymentOrderService::joined(problems));
        } else {
            service.saveApplicant(a);
            a = *service.applicant(company);
        }
    }
    printApplicant(ctx, a);
    return ExitDone;
}

int runList(Context &ctx, const ParsedArgs &)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table table({{QStringLiteral("application_id"), Tr::tr("Nr"), Column::Numeric},
                 {QStringLiteral("application_date"), Tr::tr("Datum")},
                 {QStringLiteral("id_number"), Tr::tr("Personnummer")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("claims"), Tr::tr("Fakturor"), Column::Numeric},
                 {QStringLiteral("total"), Tr::tr("Summa"), Column::Money},
                 {QStringLiteral("created_by"), Tr::tr("Av")}});
    for (const PaymentOrderInfo &i : PaymentOrderService(*db).list())
        table.addRow({Value::integer(i.id), Value::date(i.applicationDate), Value::text(i.idNumber),
                      Value::text(i.name), Value::integer(i.claims), Value::money(i.total),
                      Value::text(i.createdBy)});
    ctx.print(QStringLiteral("applications"), table);
    return ExitDone;
}

int runReprint(Context &ctx, const ParsedArgs &args)
{
    const qint64 id = integerOption(args, QStringLiteral("id"), 1, 999999999);
    const QString pdf = args.value(QStringLiteral("pdf"));
    const QString xml = args.value(QStringLiteral("xml"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const PaymentOrder o = PaymentOrderService(*db).recorded(id);
    writeFiles(o, pdf, xml);
    printOrder(ctx, o, false, pdf, xml);
    return ExitDone;
}

} // namespace

QList<CommandSpec> paymentOrderCommands()
{
    CommandSpec order;
    order.words = {kWords};
    order.synopsis = QStringLiteral(
        "--company NNN --invoice N[,N…] [--date D] [--id-number P] [--concerns T|T…] "
        "[--interest 1|2|3] [--rate R] [--ground T] [--special T] [--application-fee A] "
        "[--own-work A] [--registration-certificate A] [--other-costs A] [--reminder-cost A] "
        "[--demand-cost A] [--payment-plan-cost A] [--other-collection-cost A "
        "--other-collection-name T] [--override-reason T] --pdf FILE [--xml FILE] [--dry-run]");
    order.summary = Tr::tr("ansökan om betalningsföreläggande för en gäldenär (7.17)");
    order.description = Tr::tr(
        "Högst 16 fakturor med samma personnummer, även från andra företag: skriv NNN/N i "
        "--invoice. --concerns ger \"avser\" per faktura i samma ordning, åtskilda med |. "
        "Ränta: 1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = --rate "
        "hela procent med --ground (högst 44 tecken), 3 = ingen ränta; upplupen ränta räknas "
        "till ansökningsdagen (--date, annars i dag). Kostnader i hela kronor, högst 9 999; "
        "ansökningsavgiften är 300 kr om inget annat anges. Kostnader över lagens högsta belopp "
        "(ansökningsavgift 300, eget arbete 380, påminnelse 60 per avtalad påminnelse, kravbrev "
        "180 per inkassokrav, amorteringsplan 170) kräver --override-reason, som loggas. "
        "Sökande, ombud, mottagande kronofogdemyndighet, ansökningsavgiftens betalning och "
        "verkställighet tas från företagets sökandeuppgifter (payment-order applicant). "
        "Utskriften stämplar fakturorna med datum för betalningsföreläggande, bevakningstexten "
        "Betalningsföreläggande och kravparametrarnas kravkod, och sparar ansökan. --xml skriver "
        "samma ansökan som XML enligt den offentliga beskrivningen av Kronofogdens filtjänst, "
        "inte validerad mot Kronofogdens schema. --dry-run räknar och skriver filerna som utkast "
        "utan att ändra något.");
    order.options = {
        opt("company", "NNN", Tr::tr("företaget vars fakturor och sökandeuppgifter gäller"), true),
        opt("invoice", "N[,N…]", Tr::tr("fakturanummer; NNN/N för ett annat företag"), true),
        opt("date", "D", Tr::tr("ansökningsdatum (i dag)")),
        opt("id-number", "P", Tr::tr("gäldenärens personnummer, om fakturorna saknar det")),
        opt("concerns", "T|T…", Tr::tr("avser per faktura, högst 67 tecken var")),
        opt("interest", "1|2|3", Tr::tr("räntealternativ (1)")),
        opt("rate", "R", Tr::tr("räntesats i hela procent för alternativ 2")),
        opt("ground", "T", Tr::tr("grund för alternativ 2, högst 44 tecken")),
        opt("special", "T", Tr::tr("särskilda upplysningar, högst 60 tecken")),
        opt("application-fee", "A", Tr::tr("yrkad ansökningsavgift (300)")),
        opt("own-work", "A", Tr::tr("eget arbete/ombudsarvode")),
        opt("registration-certificate", "A", Tr::tr("registreringsbevis")),
        opt("other-costs", "A", Tr::tr("övriga kostnader enligt bilaga")),
        opt("reminder-cost", "A", Tr::tr("betalningspåminnelse")),
        opt("demand-cost", "A", Tr::tr("kravbrev")),
        opt("payment-plan-cost", "A", Tr::tr("amorteringsplan")),
        opt("other-collection-cost", "A", Tr::tr("övrig inkassokostnad")),
        opt("other-collection-name", "T", Tr::tr("vad den övriga inkassokostnaden avser, högst 24 tecken")),
        opt("override-reason", "T", Tr::tr("skäl för kostnader över lagens högsta belopp (loggas)")),
        opt("pdf", "FILE", Tr::tr("ansökan som PDF")),
        opt("xml", "FILE", Tr::tr("ansökan som XML")),
        dryRunOption()};
    order.run = runOrder;

    CommandSpec applicant;
    applicant.words = {kWords, QStringLiteral("applicant")};
    applicant.synopsis = QStringLiteral(
        "--company NNN [--applicant L|L…] [--orgnr N] [--office CITY] [--office-lines L|L…] "
        "[--agent L|L…] [--fee A] [--fee-plusgiro N] [--fee-enclosed yes|no] "
        "[--assistance yes|no] [--pledge yes|no] [--enforcement limited|full|none] "
        "[--real-estate yes|no] [--dry-run]");
    applicant.summary = Tr::tr("visa eller ändra sökandeuppgifter för betalningsföreläggande (F18)");
    applicant.description = Tr::tr(
        "Rader åtskiljs med |, högst 5 rader om 30 tecken. --office hämtar myndighetens namn och "
        "adress ur registret över kronofogdemyndigheter (7.10); --office-lines skriver egna rader. "
        "Har ansökningsavgiften ett belopp ska antingen --fee-plusgiro eller --fee-enclosed yes "
        "anges. Utan ändringar visas de sparade uppgifterna.");
    applicant.options = {
        opt("company", "NNN", Tr::tr("företag"), true),
        opt("applicant", "L|L…", Tr::tr("sökandens namn och adress")),
        opt("orgnr", "N", Tr::tr("sökandens organisationsnummer, 10 siffror")),
        opt("office", "CITY", Tr::tr("mottagande kronofogdemyndighet ur registret")),
        opt("office-lines", "L|L…", Tr::tr("mottagarens rader")),
        opt("agent", "L|L…", Tr::tr("ombud (tomt = inget)")),
        opt("fee", "A", Tr::tr("ansökningsavgift att betala, hela kronor")),
        opt("fee-plusgiro", "N", Tr::tr("Kronofogdens plusgirokonto")),
        opt("fee-enclosed", "yes|no", Tr::tr("avgiften bifogas")),
        opt("assistance", "yes|no", Tr::tr("även handräckning enligt bilaga")),
        opt("pledge", "yes|no", Tr::tr("fastställande till betalning ur pant")),
        opt("enforcement", "V", Tr::tr("limited, full eller none")),
        opt("real-estate", "yes|no", Tr::tr("begär utmätning av fast egendom")),
        dryRunOption()};
    applicant.run = runApplicant;

    CommandSpec list;
    list.words = {kWords, QStringLiteral("list")};
    list.summary = Tr::tr("lista utskrivna betalningsförelägganden");
    list.run = runList;

    CommandSpec reprint;
    reprint.words = {kWords, QStringLiteral("reprint")};
    reprint.synopsis = QStringLiteral("--id N [--pdf FILE] [--xml FILE]");
    reprint.summary = Tr::tr("skriv ut en sparad ansökan igen, som den skrevs");
    reprint.options = {opt("id", "N", Tr::tr("ansökans nummer"), true),
                       opt("pdf", "FILE", Tr::tr("ansökan som PDF")),
                       opt("xml", "FILE", Tr::tr("ansökan som XML"))};
    reprint.run = runReprint;
    return {order, applicant, list, reprint};
}

} // namespace rsk::cli
