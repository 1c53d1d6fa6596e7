// report saldolista / report kundfordringar (handbook 6.4, 6.5; CLI.md).
// Both stream through the same output as the other reports (cli_reports.cpp):
// --out FILE.xlsx|.csv, or stdout as table, CSV (detail rows) or JSON
// (rows, subtotals, total; money in *_ore).
#include "context.h"

#include "reports/receivables.h"
#include "reports/saldolista.h"

#include <QCoreApplication>

namespace rsk::cli {

// cli_reports.cpp: writes a report to --out or stdout in --format.
int writeReportOutput(Context &ctx, const ParsedArgs &args, ReportPager &report);

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

QDate optionalDate(Context &ctx, const ParsedArgs &args, const char *name)
{
    const QString option = QString::fromLatin1(name);
    return args.isSet(option) ? dateOption(args, option, ctx.today()) : QDate();
}

// "A" or "A-B" (CLI.md "Ranges"): from and to.
QPair<QString, QString> range(const ParsedArgs &args, const char *name)
{
    const QString option = QString::fromLatin1(name);
    if (!args.isSet(option))
        return {};
    const QString text = args.value(option).trimmed();
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2 || parts.value(0).isEmpty()
        || (parts.size() == 2 && parts.at(1).isEmpty()))
        throw UsageError(
            Tr::tr("--%1: \"%2\" ska vara ett värde eller ett intervall A-B").arg(option, text));
    return {parts.value(0), parts.size() == 2 ? parts.value(1) : parts.value(0)};
}

// A refused selection is a usage error: nothing was run (exit 2).
template <class Query, class Criteria>
int runQuery(Context &ctx, const ParsedArgs &args, const Criteria &criteria)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    std::unique_ptr<Query> query;
    try {
        query = std::make_unique<Query>(*db, criteria);
    } catch (const LedgerError &e) {
        if (e.kind() == LedgerError::Kind::Refused)
            throw UsageError(e.message());
        throw;
    }
    return writeReportOutput(ctx, args, *query);
}

int runSaldolista(Context &ctx, const ParsedArgs &args)
{
    SaldolistaCriteria c;
    if (args.isSet(QStringLiteral("company"))) {
        const auto r = companyRangeOption(args, QStringLiteral("company"));
        c.companyFrom = r.first;
        c.companyTo = r.second;
    }
    std::tie(c.routineFrom, c.routineTo) = range(args, "routine");
    std::tie(c.invoiceFrom, c.invoiceTo) = range(args, "invoice");
    c.invoiceDateFrom = optionalDate(ctx, args, "invoice-date-from");
    c.invoiceDateTo = optionalDate(ctx, args, "invoice-date-to");
    c.dueFrom = optionalDate(ctx, args, "due-from");
    c.dueTo = optionalDate(ctx, args, "due-to");
    c.bookedFrom = optionalDate(ctx, args, "booked-from");
    c.bookedTo = optionalDate(ctx, args, "booked-to");
    c.registerIdFrom = args.value(QStringLiteral("register-from"));
    c.registerIdTo = args.value(QStringLiteral("register-to"));
    c.idFrom = args.value(QStringLiteral("id-from"));
    c.idTo = args.value(QStringLiteral("id-to"));
    std::tie(c.customerFrom, c.customerTo) = range(args, "customer");
    std::tie(c.departmentFrom, c.departmentTo) = range(args, "department");
    if (args.isSet(QStringLiteral("min-balance")))
        c.balanceFrom = moneyOption(args, QStringLiteral("min-balance"));
    if (args.isSet(QStringLiteral("max-balance")))
        c.balanceTo = moneyOption(args, QStringLiteral("max-balance"));
    if (args.isSet(QStringLiteral("dunning-code"))) {
        const auto r = range(args, "dunning-code");
        bool fromOk = false;
        bool toOk = false;
        c.dunningCodeFrom = r.first.toInt(&fromOk);
        c.dunningCodeTo = r.second.toInt(&toOk);
        if (!fromOk || !toOk || c.dunningCodeFrom < 1 || c.dunningCodeTo > 9)
            throw UsageError(Tr::tr("--dunning-code: kravkod 1–9 eller ett intervall 1-9"));
    }
    c.onlyUnpaid = args.isSet(QStringLiteral("only-unpaid"));
    c.asOf = optionalDate(ctx, args, "as-of");
    if (args.isSet(QStringLiteral("sort"))) {
        const auto sort = SaldolistaCriteria::sortFromName(args.value(QStringLiteral("sort")));
        if (!sort)
            throw UsageError(Tr::tr("--sort: \"%1\" ska vara invoice, id, name, due, routine, "
                                    "register eller department")
                                 .arg(args.value(QStringLiteral("sort"))));
        c.sort = *sort;
    }
    c.onlyReminded = args.isSet(QStringLiteral("only-reminded"));
    c.onlyCollection = args.isSet(QStringLiteral("only-collection"));
    c.method = args.value(QStringLiteral("method"));
    c.onlyTotals = args.isSet(QStringLiteral("only-totals"));
    const QString detail = args.value(QStringLiteral("detail"), QStringLiteral("full"));
    if (detail == QLatin1String("narrow"))
        c.detail = SaldolistaCriteria::Detail::Narrow;
    else if (detail != QLatin1String("full"))
        throw UsageError(Tr::tr("--detail: \"%1\" ska vara full eller narrow").arg(detail));
    return runQuery<SaldolistaQuery>(ctx, args, c);
}

int runReceivables(Context &ctx, const ParsedArgs &args)
{
    ReceivablesCriteria c;
    c.asOf = dateOption(args, QStringLiteral("as-of"), ctx.today());
    if (args.isSet(QStringLiteral("company"))) {
        const auto r = companyRangeOption(args, QStringLiteral("company"));
        c.companyFrom = r.first;
        c.companyTo = r.second;
    }
    c.filter = args.value(QStringLiteral("filter"));
    c.sortColumn = args.value(QStringLiteral("sort"));
    c.descending = args.isSet(QStringLiteral("descending"));
    return runQuery<ReceivablesQuery>(ctx, args, c);
}

OptionSpec outOption()
{
    return {QStringLiteral("out"), QStringLiteral("FILE"),
            Tr::tr("skriv listan till FILE.xlsx (Excel) eller FILE.csv")};
}

} // namespace

QList<CommandSpec> saldolistaCommands()
{
    CommandSpec saldo;
    saldo.words = {QStringLiteral("report"), QStringLiteral("saldolista")};
    saldo.synopsis = QStringLiteral(
        "[--company R] [--routine R] [--invoice R] [--invoice-date-from D] [--invoice-date-to D] "
        "[--due-from D] [--due-to D] [--booked-from D] [--booked-to D] [--register-from X] "
        "[--register-to X] [--id-from P] [--id-to P] [--customer R] [--department R] "
        "[--min-balance A] [--max-balance A] [--dunning-code R] [--only-unpaid] [--as-of D] "
        "[--sort invoice|id|name|due|routine|register|department] [--only-reminded] "
        "[--only-collection] [--method M] [--only-totals] [--detail full|narrow] "
        "[--out FILE.xlsx|.csv]");
    saldo.summary = Tr::tr("Saldolista (6.4): fakturornas saldo med delsummor per rutin och "
                           "företag");
    saldo.description = Tr::tr(
        "Kolumnerna invoiced (FAKTURERAT), debited (PÅFÖRT), paid (INBETALT, negativt) och\n"
        "balance (SALDO) stämmer: invoiced + debited + paid = balance, på varje rad och summa.\n"
        "--as-of D ger saldot vid dagens slut: transaktioner efter D räknas bort, fakturor\n"
        "framställda efter D är inte med. --sort routine = debiteringsrutinens identitet.\n"
        "JSON: rows, subtotals (level 1 = rutin, 2 = företag) och total; belopp i öre.");
    saldo.options = {
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("routine"), QStringLiteral("RR[-RR]"), Tr::tr("rutin eller intervall")},
        {QStringLiteral("invoice"), QStringLiteral("A[-B]"),
         Tr::tr("fakturanummer eller intervall; kortare nummer fylls ut med 0 resp. 9")},
        {QStringLiteral("invoice-date-from"), QStringLiteral("D"), Tr::tr("fakturadatum from")},
        {QStringLiteral("invoice-date-to"), QStringLiteral("D"), Tr::tr("fakturadatum tom")},
        {QStringLiteral("due-from"), QStringLiteral("D"), Tr::tr("förfallodatum from")},
        {QStringLiteral("due-to"), QStringLiteral("D"), Tr::tr("förfallodatum tom")},
        {QStringLiteral("booked-from"), QStringLiteral("D"), Tr::tr("bokföringsdatum from")},
        {QStringLiteral("booked-to"), QStringLiteral("D"), Tr::tr("bokföringsdatum tom")},
        {QStringLiteral("register-from"), QStringLiteral("X"),
         Tr::tr("debiteringsrutinens identitet from")},
        {QStringLiteral("register-to"), QStringLiteral("X"),
         Tr::tr("debiteringsrutinens identitet tom")},
        {QStringLiteral("id-from"), QStringLiteral("P"),
         Tr::tr("personnummer from (1–10 siffror)")},
        {QStringLiteral("id-to"), QStringLiteral("P"), Tr::tr("personnummer tom")},
        {QStringLiteral("customer"), QStringLiteral("A[-B]"), Tr::tr("kundnummer eller intervall")},
        {QStringLiteral("department"), QStringLiteral("A[-B]"),
         Tr::tr("förvaltning/avdelning eller intervall")},
        {QStringLiteral("min-balance"), QStringLiteral("A"), Tr::tr("saldobelopp from")},
        {QStringLiteral("max-balance"), QStringLiteral("A"), Tr::tr("saldobelopp tom")},
        {QStringLiteral("dunning-code"), QStringLiteral("N[-M]"), Tr::tr("kravkod eller intervall")},
        {QStringLiteral("only-unpaid"), QString(),
         Tr::tr("endast obetalda fakturor (saldo ≠ 0)")},
        {QStringLiteral("as-of"), QStringLiteral("D"),
         Tr::tr("justera bort inbetalningar efter D (saldo per D)")},
        {QStringLiteral("sort"), QStringLiteral("S"),
         Tr::tr("invoice (standard), id, name, due, routine, register, department")},
        {QStringLiteral("only-reminded"), QString(), Tr::tr("endast påminda fakturor")},
        {QStringLiteral("only-collection"), QString(), Tr::tr("endast inkassokrävda fakturor")},
        {QStringLiteral("method"), QStringLiteral("M"),
         Tr::tr("endast fakturor med inbetalningssätt M")},
        {QStringLiteral("only-totals"), QString(), Tr::tr("endast totalrader")},
        {QStringLiteral("detail"), QStringLiteral("D"),
         Tr::tr("full (standard, alla kolumner) eller narrow (smal lista för utskrift)")},
        outOption(),
    };
    saldo.run = runSaldolista;

    CommandSpec receivables;
    receivables.words = {QStringLiteral("report"), QStringLiteral("kundfordringar")};
    receivables.synopsis = QStringLiteral("--as-of D [--company R] [--filter T] [--sort COLUMN] "
                                          "[--descending] [--out FILE.xlsx|.csv]");
    receivables.summary = Tr::tr("Kundfordringar (6.5): obetalda fakturor per ett datum");
    receivables.description = Tr::tr(
        "Fakturor med fakturadatum t.o.m. D och saldo ≠ 0 vid dagens slut.\n"
        "--sort: company, invoice_number, id, name, invoice_date, due_date, days_overdue,\n"
        "invoiced eller balance. --filter: början av fakturanummer, personnummer,\n"
        "kundnummer (siffror) eller namn.");
    receivables.options = {
        {QStringLiteral("as-of"), QStringLiteral("D"), Tr::tr("obetalda per D"), true},
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("filter"), QStringLiteral("T"), Tr::tr("endast vissa fakturor")},
        {QStringLiteral("sort"), QStringLiteral("COLUMN"), Tr::tr("sortera på kolumnen")},
        {QStringLiteral("descending"), QString(), Tr::tr("fallande sortering")},
        outOption(),
    };
    receivables.run = runReceivables;
    return {saldo, receivables};
}

} // namespace rsk::cli
