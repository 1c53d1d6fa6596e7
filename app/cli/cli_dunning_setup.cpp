// dunning settings (handbook 7.7), dunning-code define/set/clear (7.3): the
// dunning set-up commands of CLI.md.
#include "context.h"

#include "dunning/dunningcodes.h"
#include "dunning/dunningsettings.h"
#include "ledger/referencedata.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

bool yesNoOption(const ParsedArgs &args, const QString &name)
{
    const QString v = args.value(name).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("ja"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("nej"))
        return false;
    throw UsageError(Tr::tr("--%1: \"%2\" ska vara yes eller no").arg(name, args.value(name)));
}

// `--X-days N|none`: none (or "-") turns the step off (7.7 "lämnas blankt").
std::optional<int> daysOption(const ParsedArgs &args, const QString &name)
{
    const QString v = args.value(name).trimmed().toLower();
    if (v == QLatin1String("none") || v == QLatin1String("-"))
        return std::nullopt;
    return int(integerOption(args, name, 0, 999));
}

// Applies the options of one step; returns whether any was given.
bool applyStep(const ParsedArgs &args, const QString &prefix, DunningStepSettings &step,
               bool hasFee)
{
    bool any = false;
    const QString days = prefix + QStringLiteral("-days");
    if (args.isSet(days)) {
        step.days = daysOption(args, days);
        any = true;
    }
    const QString text = prefix + QStringLiteral("-text");
    if (args.isSet(text)) {
        step.textNumber = int(integerOption(args, text, 1, 9));
        any = true;
    }
    if (!hasFee)
        return any;
    const QString fee = prefix + QStringLiteral("-fee");
    if (args.isSet(fee)) {
        step.fee = moneyOption(args, fee);
        step.overrideReason.clear(); // a new fee needs its own reason
        any = true;
    }
    const QString debit = prefix + QStringLiteral("-debit");
    if (args.isSet(debit)) {
        step.debit = yesNoOption(args, debit);
        any = true;
    }
    return any;
}

Value days(const DunningStepSettings &s)
{
    return s.days ? Value::integer(*s.days) : Value();
}

Value textNo(const DunningStepSettings &s)
{
    return s.textNumber ? Value::integer(s.textNumber) : Value();
}

Record settingsRecord(const DunningSettings &s)
{
    Record r{{QStringLiteral("routine"), Tr::tr("Rutin"), Value::text(s.routine)}};
    auto step = [&r](const QString &key, const QString &label, const DunningStepSettings &st,
                     bool hasFee) {
        r.append({key + QStringLiteral("_days"), label + Tr::tr(", dagar"), days(st)});
        r.append({key + QStringLiteral("_text"), label + Tr::tr(", textnummer"), textNo(st)});
        if (hasFee) {
            r.append({key + QStringLiteral("_fee"), label + Tr::tr(", avgift"),
                      Value::money(st.fee)});
            r.append({key + QStringLiteral("_debit"), label + Tr::tr(", uppdebiteras"),
                      Value::boolean(st.debit)});
            r.append({key + QStringLiteral("_print_interest"), label + Tr::tr(", skriv ut ränta"),
                      Value::boolean(st.printInterest)});
            r.append({key + QStringLiteral("_override_reason"),
                      label + Tr::tr(", skäl över avgiftstak"),
                      Value::textOrNull(st.overrideReason)});
        }
        r.append({key + QStringLiteral("_handler"), label + Tr::tr(", handläggare"),
                  Value::textOrNull(st.handler)});
    };
    step(QStringLiteral("reminder1"), Tr::tr("Påminnelse 1"), s.reminder1, true);
    step(QStringLiteral("reminder2"), Tr::tr("Påminnelse 2"), s.reminder2, true);
    r.append({QStringLiteral("collection_basis"), Tr::tr("Inkassokrav, utgångspunkt"),
              s.collectionBasis == CollectionBasis::None ? Value()
                                                         : Value::integer(int(s.collectionBasis))});
    step(QStringLiteral("collection"), Tr::tr("Inkassokrav"), s.collection, true);
    r.append({QStringLiteral("collection_debit_interest"), Tr::tr("Inkassokrav, uppdebitera ränta"),
              Value::boolean(s.collectionDebitInterest)});
    r.append({QStringLiteral("collection_heading"), Tr::tr("Inkassokrav, rubrik"),
              Value::text(s.collectionHeading())});
    step(QStringLiteral("residual"), Tr::tr("Restkrav"), s.residual, false);
    r.append({QStringLiteral("residual_heading"), Tr::tr("Restkrav, rubrik"),
              Value::text(s.residualHeading)});
    r.append({QStringLiteral("reminder_fee_agreed"), Tr::tr("Påminnelseavgift avtalad i förväg"),
              Value::boolean(s.reminderFeeAgreed)});
    return r;
}

int runSettings(Context &ctx, const ParsedArgs &args)
{
    const QString routine = args.value(QStringLiteral("routine")).trimmed();
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    DunningSettingsRegister reg(*db);
    if (!ReferenceData(*db).routine(routine))
        throw LedgerError::notFound(Tr::tr("Rutin \"%1\" finns inte.").arg(routine));
    DunningSettings s = reg.settings(routine).value_or(DunningSettingsRegister::defaults(routine));
    bool change = applyStep(args, QStringLiteral("reminder1"), s.reminder1, true);
    change |= applyStep(args, QStringLiteral("reminder2"), s.reminder2, true);
    change |= applyStep(args, QStringLiteral("collection"), s.collection, true);
    change |= applyStep(args, QStringLiteral("residual"), s.residual, false);
    if (args.isSet(QStringLiteral("collection-basis"))) {
        const qint64 b = integerOption(args, QStringLiteral("collection-basis"), 1, 9);
        if (b != 1 && b != 2 && b != 9)
            throw UsageError(Tr::tr("--collection-basis: \"%1\" ska vara 1, 2 eller 9").arg(b));
        s.collectionBasis = CollectionBasis(b);
        change = true;
    }
    if (args.isSet(QStringLiteral("collection-debit-interest"))) {
        s.collectionDebitInterest = yesNoOption(args, QStringLiteral("collection-debit-interest"));
        // Debited interest must also be printed (7.7 "Uppdebitering av
        // upplupen dröjsmålsränta"), so turning it on turns printing on.
        if (s.collectionDebitInterest)
            s.collection.printInterest = true;
        change = true;
    }
    if (args.isSet(QStringLiteral("reminder-fee-agreed"))) {
        s.reminderFeeAgreed = yesNoOption(args, QStringLiteral("reminder-fee-agreed"));
        change = true;
    }
    if (args.isSet(QStringLiteral("override-reason"))) {
        const QString reason = args.value(QStringLiteral("override-reason")).trimmed();
        if (reason.isEmpty())
            throw UsageError(Tr::tr("--override-reason: skälet får inte vara tomt"));
        s.reminder1.overrideReason = s.reminder2.overrideReason = s.collection.overrideReason
            = reason;
        change = true;
    }
    if (change) {
        UnitOfWork work(*db);
        reg.save(s);
        s = *reg.settings(routine);
        if (!args.isSet(QStringLiteral("dry-run")))
            work.commit();
    }
    ctx.print(settingsRecord(s));
    return ExitDone;
}

const QList<QPair<QString, QString>> &codeFlags()
{
    static const QList<QPair<QString, QString>> flags = {
        {QStringLiteral("no-invoice"), Tr::tr("ej faktura")},
        {QStringLiteral("no-reminder1"), Tr::tr("ej påminnelse 1")},
        {QStringLiteral("no-reminder2"), Tr::tr("ej påminnelse 2")},
        {QStringLiteral("no-collection"), Tr::tr("ej inkassokrav")},
        {QStringLiteral("no-interest"), Tr::tr("ej dröjsmålsränta")},
        {QStringLiteral("no-interest-respite"), Tr::tr("ej dröjsmålsränta vid anstånd")},
        {QStringLiteral("no-threat"), Tr::tr("ej hot om betalningsföreläggande")},
        {QStringLiteral("no-residual"), Tr::tr("ej restkrav")},
    };
    return flags;
}

Record codeRecord(const DunningCode &c)
{
    return {{QStringLiteral("code"), Tr::tr("Kravkod"), Value::integer(c.code)},
            {QStringLiteral("text"), Tr::tr("Text"), Value::text(c.text)},
            {QStringLiteral("no_invoice"), Tr::tr("Ej faktura"), Value::boolean(c.noInvoice)},
            {QStringLiteral("no_reminder1"), Tr::tr("Ej påminnelse 1"), Value::boolean(c.noReminder1)},
            {QStringLiteral("no_reminder2"), Tr::tr("Ej påminnelse 2"), Value::boolean(c.noReminder2)},
            {QStringLiteral("no_collection"), Tr::tr("Ej inkassokrav"), Value::boolean(c.noCollection)},
            {QStringLiteral("no_interest"), Tr::tr("Ej dröjsmålsränta"), Value::boolean(c.noInterest)},
            {QStringLiteral("no_interest_respite"), Tr::tr("Ej ränta vid anstånd"),
             Value::boolean(c.noInterestRespite)},
            {QStringLiteral("no_threat"), Tr::tr("Ej hot om bet.föreläggande"),
             Value::boolean(c.noThreat)},
            {QStringLiteral("no_residual"), Tr::tr("Ej restkrav"), Value::boolean(c.noResidual)}};
}

int runCodeDefine(Context &ctx, const ParsedArgs &args)
{
    bool ok = false;
    const int number = args.positional().at(0).trimmed().toInt(&ok);
    if (!ok || number < 1 || number > 9)
        throw UsageError(Tr::tr("N: kravkoden \"%1\" ska vara 1–9").arg(args.positional().at(0)));
    DunningCode c;
    c.code = number;
    c.text = args.value(QStringLiteral("text")).trimmed();
    auto flag = [&args](const char *name) { return args.isSet(QString::fromLatin1(name)); };
    c.noInvoice = flag("no-invoice");
    c.noReminder1 = flag("no-reminder1");
    c.noReminder2 = flag("no-reminder2");
    c.noCollection = flag("no-collection");
    c.noInterest = flag("no-interest");
    c.noInterestRespite = flag("no-interest-respite");
    c.noThreat = flag("no-threat");
    c.noResidual = flag("no-residual");
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnitOfWork work(*db);
    ReferenceData(*db).saveDunningCode(c);
    if (!args.isSet(QStringLiteral("dry-run")))
        work.commit();
    ctx.print(codeRecord(c));
    return ExitDone;
}

Record claimCodeRecord(const Invoice &i, bool dryRun)
{
    return {{QStringLiteral("company"), Tr::tr("Företag"), Value::text(i.company)},
            {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"), Value::text(i.invoiceNumber)},
            {QStringLiteral("dunning_code"), Tr::tr("Kravkod"),
             i.dunningCode ? Value::integer(i.dunningCode) : Value()},
            {QStringLiteral("dunning_code_until"), Tr::tr("Giltig t.o.m."),
             Value::date(i.dunningCodeUntil)},
            {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)}};
}

int runCodeSetOrClear(Context &ctx, const ParsedArgs &args, bool set)
{
    const QString company = companyOption(args, QStringLiteral("company"));
    const QString invoice
        = invoiceNumberArgument(args.value(QStringLiteral("invoice")), QStringLiteral("--invoice"));
    int code = 0;
    QDate until;
    if (set) {
        code = int(integerOption(args, QStringLiteral("code"), 1, 9));
        if (args.isSet(QStringLiteral("until")))
            until = dateOption(args, QStringLiteral("until"), ctx.today());
    }
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnitOfWork work(*db);
    DunningCodeAssignment assign(*db);
    const Invoice after = set ? assign.set(company, invoice, code, until)
                              : assign.clear(company, invoice);
    if (!dryRun)
        work.commit();
    ctx.print(claimCodeRecord(after, dryRun));
    return ExitDone;
}

OptionSpec opt(const char *name, const char *value, const QString &help)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help};
}

} // namespace

QList<CommandSpec> dunningSetupCommands()
{
    CommandSpec settings;
    settings.words = {QStringLiteral("dunning"), QStringLiteral("settings")};
    settings.synopsis = QStringLiteral(
        "--routine RR [--reminder1-days N|none] [--reminder1-text N] [--reminder1-fee A] "
        "[--reminder1-debit yes|no] [--reminder2-days N|none] [--reminder2-text N] "
        "[--reminder2-fee A] [--reminder2-debit yes|no] [--collection-basis 1|2|9] "
        "[--collection-days N|none] [--collection-text N] [--collection-fee A] "
        "[--collection-debit yes|no] [--collection-debit-interest yes|no] "
        "[--residual-days N|none] [--residual-text N] [--reminder-fee-agreed yes|no] "
        "[--override-reason T] [--dry-run]");
    settings.summary = Tr::tr("visa eller ändra inställningar påminnelser/krav för en rutin (7.7)");
    settings.description = Tr::tr(
        "Utan ändringsflaggor visas rutinens inställningar. --X-days none tar bort steget. "
        "Avgifter anges i hela kronor, högst 3 siffror. Påminnelseavgift kräver att den avtalats "
        "i förväg (--reminder-fee-agreed yes). Avgifter över lagens tak (60 kr påminnelse, "
        "180 kr inkassokrav) sparas bara med --override-reason, som loggas.");
    settings.options = {
        {QStringLiteral("routine"), QStringLiteral("RR"), Tr::tr("rutin, t.ex. 01"), true}};
    for (const char *p : {"reminder1", "reminder2", "collection"}) {
        const QString step = QString::fromLatin1(p);
        settings.options << OptionSpec{step + QStringLiteral("-days"), QStringLiteral("N"),
                                       Tr::tr("dagar (none = steget används inte)")}
                         << OptionSpec{step + QStringLiteral("-text"), QStringLiteral("N"),
                                       Tr::tr("textnummer 1–9")}
                         << OptionSpec{step + QStringLiteral("-fee"), QStringLiteral("A"),
                                       Tr::tr("avgift i hela kronor")}
                         << OptionSpec{step + QStringLiteral("-debit"), QStringLiteral("yes|no"),
                                       Tr::tr("uppdebitera avgiften på fordran")};
    }
    settings.options
        << opt("collection-basis", "1|2|9",
               Tr::tr("inkassokrav räknas från påminnelse 1, 2 eller förfallodag (9)"))
        << opt("collection-debit-interest", "yes|no", Tr::tr("uppdebitera upplupen ränta"))
        << opt("residual-days", "N", Tr::tr("dagar efter inkassokrav (none = inget restkrav)"))
        << opt("residual-text", "N", Tr::tr("restkravstext 1–9"))
        << opt("reminder-fee-agreed", "yes|no",
               Tr::tr("påminnelseavgift avtalad i förväg (lag 1981:739 2 §)"))
        << opt("override-reason", "T", Tr::tr("skäl för avgift över lagens tak (loggas)"))
        << dryRunOption();
    settings.run = runSettings;

    CommandSpec define;
    define.words = {QStringLiteral("dunning-code"), QStringLiteral("define")};
    define.synopsis = QStringLiteral("N --text T [--no-invoice] [--no-reminder1] [--no-reminder2] "
                                     "[--no-collection] [--no-interest] [--no-interest-respite] "
                                     "[--no-threat] [--no-residual] [--dry-run]");
    define.summary = Tr::tr("lägg upp eller ändra kravkod 1–9 (7.3)");
    define.positionals = {QStringLiteral("N")};
    define.options = {{QStringLiteral("text"), QStringLiteral("T"), Tr::tr("text, högst 15 tecken"),
                       true}};
    for (const auto &f : codeFlags())
        define.options << OptionSpec{f.first, QString(), f.second};
    define.options << dryRunOption();
    define.run = runCodeDefine;

    CommandSpec set;
    set.words = {QStringLiteral("dunning-code"), QStringLiteral("set")};
    set.synopsis = QStringLiteral("--company NNN --invoice N --code N [--until D] [--dry-run]");
    set.summary = Tr::tr("sätt kravkod på en fordran, ev. med slutdatum");
    set.options = {{QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företag"), true},
                   {QStringLiteral("invoice"), QStringLiteral("N"), Tr::tr("fakturanummer"), true},
                   {QStringLiteral("code"), QStringLiteral("N"), Tr::tr("kravkod 1–9"), true},
                   opt("until", "D", Tr::tr("giltig t.o.m. datum")), dryRunOption()};
    set.run = [](Context &ctx, const ParsedArgs &args) { return runCodeSetOrClear(ctx, args, true); };

    CommandSpec clear;
    clear.words = {QStringLiteral("dunning-code"), QStringLiteral("clear")};
    clear.synopsis = QStringLiteral("--company NNN --invoice N [--dry-run]");
    clear.summary = Tr::tr("ta bort kravkoden från en fordran");
    clear.options = {{QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företag"), true},
                     {QStringLiteral("invoice"), QStringLiteral("N"), Tr::tr("fakturanummer"), true},
                     dryRunOption()};
    clear.run = [](Context &ctx, const ParsedArgs &args) {
        return runCodeSetOrClear(ctx, args, false);
    };
    return {settings, define, set, clear};
}

} // namespace rsk::cli
