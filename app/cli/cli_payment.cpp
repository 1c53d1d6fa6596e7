// payment add: register and approve one manual transaction (handbook 4.1).
#include "context.h"

#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "ledger/referencedata.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

int runPaymentAdd(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    PostingRequest request;
    request.company = companyOption(args, QStringLiteral("company"));
    request.invoiceNumber
        = invoiceNumberArgument(args.value(QStringLiteral("invoice")), QStringLiteral("--invoice"));
    request.amount = moneyOption(args, QStringLiteral("amount"));
    // Method codes are one digit or capital letter (handbook 8.1); "b" means "B".
    request.method = args.value(QStringLiteral("method")).trimmed().toUpper();
    if (request.method.isEmpty())
        throw UsageError(Tr::tr("--method: inbetalningssätt saknas"));
    request.transactionDate = dateOption(args, QStringLiteral("date"), ctx.today());
    request.remark = args.value(QStringLiteral("remark"));
    request.source = QStringLiteral("cli");

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnitOfWork work(*db);
    InvoiceRepository repository(*db);
    const Invoice before = repository.require(request.company, request.invoiceNumber);
    const Transaction t = PostingService(*db).post(request);
    const Invoice after = repository.require(request.company, request.invoiceNumber);
    const auto method = ReferenceData(*db).paymentMethod(t.method);
    if (!dryRun)
        work.commit();

    ctx.print(Record{
        {QStringLiteral("company"), Tr::tr("Företag"), Value::text(after.company)},
        {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"),
         Value::text(after.invoiceNumber)},
        {QStringLiteral("transaction_date"), Tr::tr("Transaktionsdatum"),
         Value::date(t.transactionDate)},
        {QStringLiteral("method"), Tr::tr("Inbetalningssätt"), Value::text(t.method)},
        {QStringLiteral("method_text"), Tr::tr("Text"),
         Value::text(method ? method->text : QString())},
        {QStringLiteral("amount"), Tr::tr("Belopp"), Value::money(t.amount)},
        {QStringLiteral("effect"), Tr::tr("Påverkan på saldot"), Value::money(t.effect)},
        {QStringLiteral("remark"), Tr::tr("Anmärkning"), Value::text(t.remark)},
        {QStringLiteral("registered_date"), Tr::tr("Registrerad"), Value::date(t.registeredDate)},
        {QStringLiteral("balance_before"), Tr::tr("Saldo före"), Value::money(before.balance)},
        {QStringLiteral("balance"), Tr::tr("Nytt saldo"), Value::money(after.balance)},
        {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald"), Value::date(after.finalPaidDate)},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    return ExitDone;
}

} // namespace

QList<CommandSpec> paymentCommands()
{
    CommandSpec add;
    add.words = {QStringLiteral("payment"), QStringLiteral("add")};
    add.synopsis = QStringLiteral("--company NNN --invoice N --amount A --method M --date D "
                                  "[--remark T] [--dry-run]");
    add.summary = Tr::tr("registrera och godkänn en manuell transaktion");
    add.description = Tr::tr("Skriver transaktionen och fakturans nya saldo. Inbetalningssättet "
                             "avgör om beloppet minskar (K) eller ökar (D) fordran.");
    add.options = {
        {QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företag"), true},
        {QStringLiteral("invoice"), QStringLiteral("N"), Tr::tr("fakturanummer"), true},
        {QStringLiteral("amount"), QStringLiteral("A"),
         Tr::tr("belopp, t.ex. 1234,50 eller 1 234,50"), true},
        {QStringLiteral("method"), QStringLiteral("M"), Tr::tr("inbetalningssätt, t.ex. 1 eller B"),
         true},
        {QStringLiteral("date"), QStringLiteral("D"),
         Tr::tr("transaktionsdatum ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD eller ÅÅMMDD"), true},
        {QStringLiteral("remark"), QStringLiteral("T"), Tr::tr("anmärkning, högst 40 tecken")},
        dryRunOption(),
    };
    add.run = runPaymentAdd;
    return {add};
}

} // namespace rsk::cli
