// purge paid (handbook 8.4: Rensning betalda fakturor).
#include "context.h"

#include "ledger/paidinvoicepurge.h"
#include "purgereceiptdocument.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// "A" or "A-B" (CLI.md "Ranges").
QPair<QString, QString> range(const ParsedArgs &args, const QString &name)
{
    const QString text = args.value(name).trimmed();
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2)
        throw UsageError(Tr::tr("--%1: ange A eller A-B, inte \"%2\"").arg(name, text));
    return {parts.first().trimmed(), parts.last().trimmed()};
}

// "invoice,name:lines,id:lines+dunning"
QList<PurgeReceiptList> listsOption(const QString &text)
{
    QList<PurgeReceiptList> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        PurgeReceiptList l;
        const QString order = parts.first().trimmed();
        if (order == QLatin1String("invoice"))
            l.order = PurgeReceiptList::Order::InvoiceNumber;
        else if (order == QLatin1String("name"))
            l.order = PurgeReceiptList::Order::Name;
        else if (order == QLatin1String("id"))
            l.order = PurgeReceiptList::Order::IdNumber;
        else
            throw UsageError(Tr::tr("--lists: \"%1\" ska vara invoice, name eller id").arg(order));
        if (parts.size() > 2)
            throw UsageError(Tr::tr("--lists: \"%1\" har för många ':'").arg(item));
        if (parts.size() == 2)
            for (const QString &detail : parts.at(1).split(QLatin1Char('+'))) {
                if (detail.trimmed() == QLatin1String("lines"))
                    l.invoiceLines = true;
                else if (detail.trimmed() == QLatin1String("dunning"))
                    l.dunningDetails = true;
                else
                    throw UsageError(Tr::tr("--lists: detaljen \"%1\" ska vara lines eller "
                                            "dunning")
                                         .arg(detail));
            }
        out << l;
    }
    if (out.isEmpty())
        throw UsageError(Tr::tr("--lists: ange minst en lista"));
    return out;
}

QList<int> codesOption(const QString &text)
{
    QList<int> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = item.trimmed().toInt(&ok);
        if (!ok || code < 1 || code > 9)
            throw UsageError(Tr::tr("--exclude-code: \"%1\" ska vara en kravkod 1–9").arg(item));
        out << code;
    }
    if (out.size() > PaidInvoicePurgeSelection::MaxExcludedCodes)
        throw UsageError(Tr::tr("--exclude-code: högst %1 kravkoder")
                             .arg(PaidInvoicePurgeSelection::MaxExcludedCodes));
    return out;
}

// One table for claims and the claims that stay: CSV and the table format.
Table claimTable(const PaidInvoicePurgeResult &r)
{
    Table table({{QStringLiteral("company"), Tr::tr("Ftg")},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
                 {QStringLiteral("name"), Tr::tr("Namn")},
                 {QStringLiteral("id_number"), Tr::tr("Personnr"), Column::NotInTable},
                 {QStringLiteral("invoice_date"), Tr::tr("Fakturadatum"), Column::NotInTable},
                 {QStringLiteral("paid_date"), Tr::tr("Betald")},
                 {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
                 {QStringLiteral("paid"), Tr::tr("Inbetalt"), Column::Money},
                 {QStringLiteral("transactions"), Tr::tr("Trans."), Column::Numeric},
                 {QStringLiteral("status"), Tr::tr("Status")},
                 {QStringLiteral("reason"), Tr::tr("Orsak")}});
    const QString status = r.dryRun ? QStringLiteral("would_purge") : QStringLiteral("purged");
    for (const PurgedClaim &c : r.claims)
        table.addRow({Value::text(c.company), Value::text(c.invoiceNumber), Value::text(c.name),
                      Value::textOrNull(c.idNumber), Value::date(c.invoiceDate),
                      Value::date(c.paidDate), Value::money(c.amount), Value::money(c.paid),
                      Value::integer(c.transactions.size()), Value::text(status), Value()});
    for (const PurgeBlocked &b : r.blocked)
        table.addRow({Value::text(b.company), Value::text(b.invoiceNumber), Value::text(b.name),
                      Value(), Value(), Value(), Value(), Value(), Value(),
                      Value::text(QStringLiteral("kept")), Value::text(b.reason)});
    return table;
}

Json claimsJson(const PaidInvoicePurgeResult &r)
{
    Json claims = Json::array();
    for (const PurgedClaim &c : r.claims)
        claims.append(Json::object()
                          .add(QStringLiteral("company"), Value::text(c.company))
                          .add(QStringLiteral("invoice_number"), Value::text(c.invoiceNumber))
                          .add(QStringLiteral("routine"), Value::text(c.routine))
                          .add(QStringLiteral("name"), Value::text(c.name))
                          .add(QStringLiteral("id_number"), Value::textOrNull(c.idNumber))
                          .add(QStringLiteral("invoice_date"), Value::date(c.invoiceDate))
                          .add(QStringLiteral("due_date"), Value::date(c.dueDate))
                          .add(QStringLiteral("final_paid_date"), Value::date(c.finalPaidDate))
                          .add(QStringLiteral("paid_date"), Value::date(c.paidDate))
                          .add(QStringLiteral("amount"), Value::money(c.amount))
                          .add(QStringLiteral("paid"), Value::money(c.paid))
                          .add(QStringLiteral("transactions"),
                               Value::integer(c.transactions.size())));
    return claims;
}

void printResult(Context &ctx, const PaidInvoicePurgeResult &r, const QString &pdf)
{
    switch (ctx.format) {
    case Format::Json: {
        Json blocked = Json::array();
        for (const PurgeBlocked &b : r.blocked)
            blocked.append(Json::object()
                               .add(QStringLiteral("company"), Value::text(b.company))
                               .add(QStringLiteral("invoice_number"), Value::text(b.invoiceNumber))
                               .add(QStringLiteral("name"), Value::text(b.name))
                               .add(QStringLiteral("reason"), Value::text(b.reason)));
        Json rows = Json::object();
        for (auto it = r.rows.cbegin(); it != r.rows.cend(); ++it)
            rows.add(it.key(), Value::integer(it.value()));
        ctx.print(Json::object()
                      .add(QStringLiteral("paid_before"), Value::date(r.selection.paidBefore))
                      .add(QStringLiteral("dry_run"), Value::boolean(r.dryRun))
                      .add(QStringLiteral("claims"), claimsJson(r))
                      .add(QStringLiteral("blocked"), blocked)
                      .add(QStringLiteral("rows"), rows)
                      .add(QStringLiteral("totals"),
                           Json::object()
                               .add(QStringLiteral("claims"), Value::integer(r.count()))
                               .add(QStringLiteral("transactions"),
                                    Value::integer(r.transactionCount()))
                               .add(QStringLiteral("amount"), Value::money(r.amountTotal()))
                               .add(QStringLiteral("paid"), Value::money(r.paidTotal())))
                      .add(QStringLiteral("pdf"), Value::textOrNull(pdf))
                      .serialize());
        return;
    }
    case Format::Csv:
        ctx.print(claimTable(r).asCsv());
        return;
    case Format::Table: break;
    }
    const QString date = r.selection.paidBefore.toString(Qt::ISODate);
    QString out = (r.dryRun ? Tr::tr("Endast lista, betalda före %1: %2 fakturor skulle rensas")
                            : Tr::tr("Rensning betalda före %1: %2 fakturor rensade"))
                      .arg(date)
                      .arg(r.count())
                  + QLatin1Char('\n');
    out += Tr::tr("Belopp %1 kr, inbetalt %2 kr, %3 transaktioner.")
               .arg(r.amountTotal().toString(), r.paidTotal().toString())
               .arg(r.transactionCount())
           + QLatin1Char('\n');
    if (!r.claims.isEmpty() || !r.blocked.isEmpty())
        out += QLatin1Char('\n') + claimTable(r).asTable();
    if (r.dryRun)
        out += Tr::tr("Endast lista: ingenting ändrades.") + QLatin1Char('\n');
    if (!pdf.isEmpty())
        out += Tr::tr("Kvittenslistan (PDF): %1").arg(pdf) + QLatin1Char('\n');
    ctx.print(out);
}

int runPurge(Context &ctx, const ParsedArgs &args)
{
    PaidInvoicePurgeSelection s;
    s.paidBefore = dateOption(args, QStringLiteral("paid-before"), ctx.today());
    if (args.isSet(QStringLiteral("company"))) {
        const auto companies = companyRangeOption(args, QStringLiteral("company"));
        s.companyFrom = companies.first;
        s.companyTo = companies.second;
    }
    for (const auto &[name, from, to] :
         {std::tuple{QStringLiteral("routine"), &s.routineFrom, &s.routineTo},
          std::tuple{QStringLiteral("invoice"), &s.invoiceFrom, &s.invoiceTo}}) {
        if (args.isSet(name)) {
            const auto r = range(args, name);
            *from = r.first;
            *to = r.second;
        }
    }
    s.excludedDunningCodes = codesOption(args.value(QStringLiteral("exclude-code")));
    s.lists = listsOption(args.value(QStringLiteral("lists"), QStringLiteral("invoice")));
    const QString pdf = args.value(QStringLiteral("pdf"));
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    if (!dryRun && pdf.isEmpty())
        throw UsageError(Tr::tr("--pdf: kvittenslistan är obligatorisk vid rensning (eller "
                                "--dry-run för endast lista)"));

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    PaidInvoicePurge purge(*db);
    if (dryRun) {
        const PaidInvoicePurgeResult r = purge.plan(s);
        if (!pdf.isEmpty())
            PurgeReceiptDocument::writerTo(pdf)(r);
        printResult(ctx, r, pdf);
        return ExitDone;
    }
    // The receipt list is written before the purge is committed: a PDF that
    // cannot be written leaves the ledger unchanged (exit 1).
    // The lists are also kept under Sparade utskrifter (handbook 9.1).
    const PaidInvoicePurgeResult r = purge.run(s, PurgeReceiptDocument::writerTo(pdf, db.get()));
    printResult(ctx, r, r.claims.isEmpty() ? QString() : pdf);
    return ExitDone;
}

OptionSpec opt(const char *name, const char *value, const QString &help, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(value), help, required};
}

} // namespace

QList<CommandSpec> purgeCommands()
{
    CommandSpec paid;
    paid.words = {QStringLiteral("purge"), QStringLiteral("paid")};
    paid.synopsis = QStringLiteral("--paid-before D [--company R] [--routine R] [--invoice R] "
                                   "[--exclude-code N[,N…]] [--lists L] [--pdf FILE] [--dry-run]");
    paid.summary = Tr::tr("rensning betalda fakturor (8.4)");
    paid.description = Tr::tr(
        "Tar bort fakturor med saldo noll som betalts före --paid-before (slutbetalningsdatum "
        "och sista transaktion före datumet) ur reskontran, med transaktioner och tillhörande "
        "uppgifter, i en enda transaktion. Kunderna finns kvar. Fakturor med ej bokförda "
        "transaktioner, i en pågående amorteringsplan eller ett pågående "
        "betalningsföreläggande, med inkassobetalningar som inte rapporterats, med osedd "
        "signal eller som en kvarvarande faktura hänvisar till rensas inte (listas med orsak). "
        "Kvittenslistan (--pdf) skrivs innan något tas bort; kan den inte skrivas ändras "
        "ingenting. --lists väljer listor: invoice, name, id, var och en med :lines "
        "(fakturarader) och/eller :dunning (kravuppgifter), t.ex. invoice:lines+dunning,name. "
        "--dry-run ger endast lista och ändrar ingenting. Kräver rollen arbetsledare.");
    paid.options = {opt("paid-before", "D", Tr::tr("betalda före detta datum"), true),
                    opt("company", "R", Tr::tr("företag, NNN eller NNN-NNN (tomt = alla)")),
                    opt("routine", "R", Tr::tr("rutin, RR eller RR-RR")),
                    opt("invoice", "R", Tr::tr("fakturanummer eller intervall")),
                    opt("exclude-code", "N", Tr::tr("kravkoder som inte rensas, högst 4, "
                                                    "kommaseparerade")),
                    opt("lists", "L", Tr::tr("kvittenslistor (standard: invoice)")),
                    opt("pdf", "FILE", Tr::tr("kvittenslistan som PDF (krävs utom vid "
                                              "--dry-run)")),
                    dryRunOption()};
    paid.role = Role::Supervisor; // a run, like the other runs (cli_login.cpp)
    paid.run = runPurge;
    return {paid};
}

} // namespace rsk::cli
