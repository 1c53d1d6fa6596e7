// invoice show / invoice search (handbook 6.1 "Sök faktura").
#include "context.h"

#include "ids/swedishid.h"
#include "ledger/invoicerepository.h"
#include "ledger/invoicesearch.h"
#include "ledger/protectedidentity.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// Person/org numbers are stored as digits; shown as `validate id` prints them
// (persons YYYYMMDD-NNNC, organisations NNNNNN-NNNC).
QString idForDisplay(const QString &stored, const QDate &today)
{
    if (stored.isEmpty())
        return stored;
    const auto id = SwedishId::parse(stored, today);
    return id ? id->display() : stored;
}

// The claim's fields in CLI.md "Output fields" order, with a few additions
// (name2, co, country, register_id, department, handler, description, paid).
Record invoiceRecord(const Invoice &v, const QDate &today, bool addressWithheld = false)
{
    // DOMAIN.md "People and trust": a protected identity's address is not shown.
    const auto address = [addressWithheld](const QString &part, bool first = false) {
        if (!addressWithheld)
            return part;
        return first ? ProtectedIdentity::withheldText() : QString();
    };
    return {
        {QStringLiteral("company"), Tr::tr("Företag"), Value::text(v.company)},
        {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"), Value::text(v.invoiceNumber)},
        {QStringLiteral("routine"), Tr::tr("Rutin"), Value::text(v.routine)},
        {QStringLiteral("customer_number"), Tr::tr("Kundnummer"), Value::text(v.customerNumber)},
        {QStringLiteral("id_number"), Tr::tr("Person-/org.nummer"),
         Value::text(idForDisplay(v.idNumber, today))},
        {QStringLiteral("name"), Tr::tr("Namn"), Value::text(v.name)},
        {QStringLiteral("name2"), Tr::tr("Namn 2"), Value::text(v.name2)},
        {QStringLiteral("co"), Tr::tr("C/o"), Value::text(address(v.co))},
        {QStringLiteral("address"), Tr::tr("Adress"), Value::text(address(v.address, true))},
        {QStringLiteral("postal_code"), Tr::tr("Postnummer"), Value::text(address(v.postalCode))},
        {QStringLiteral("city"), Tr::tr("Ort"), Value::text(address(v.city))},
        {QStringLiteral("country"), Tr::tr("Land"), Value::text(address(v.country))},
        {QStringLiteral("invoice_date"), Tr::tr("Fakturadatum"), Value::date(v.invoiceDate)},
        {QStringLiteral("due_date"), Tr::tr("Förfallodag"), Value::date(v.dueDate)},
        {QStringLiteral("ocr"), Tr::tr("OCR"), Value::text(v.ocr)},
        {QStringLiteral("register_id"), Tr::tr("Registerid"), Value::text(v.registerId)},
        {QStringLiteral("department"), Tr::tr("Avdelning"), Value::text(v.department)},
        {QStringLiteral("handler"), Tr::tr("Handläggare"), Value::text(v.handler)},
        {QStringLiteral("description"), Tr::tr("Avser"), Value::text(v.description)},
        {QStringLiteral("amount"), Tr::tr("Belopp"), Value::money(v.amount)},
        {QStringLiteral("balance"), Tr::tr("Saldo"), Value::money(v.balance)},
        {QStringLiteral("paid"), Tr::tr("Betalt"), Value::money(v.paid)},
        {QStringLiteral("reminder_fee"), Tr::tr("Påminnelseavgift"), Value::money(v.reminderFee)},
        {QStringLiteral("collection_fee"), Tr::tr("Kravavgift"), Value::money(v.collectionFee)},
        {QStringLiteral("interest_debited"), Tr::tr("Debiterad ränta"),
         Value::money(v.interestDebited)},
        {QStringLiteral("reminder1_date"), Tr::tr("Påminnelse 1"), Value::date(v.reminder1Date)},
        {QStringLiteral("reminder2_date"), Tr::tr("Påminnelse 2"), Value::date(v.reminder2Date)},
        {QStringLiteral("collection_date"), Tr::tr("Kravbrev"), Value::date(v.collectionDate)},
        {QStringLiteral("residual_date"), Tr::tr("Restkrav"), Value::date(v.residualDate)},
        {QStringLiteral("threat_date"), Tr::tr("Hotbrev"), Value::date(v.threatDate)},
        {QStringLiteral("payment_order_date"), Tr::tr("Betalningsföreläggande"),
         Value::date(v.paymentOrderDate)},
        {QStringLiteral("payment_plan_date"), Tr::tr("Avbetalningsplan"),
         Value::date(v.paymentPlanDate)},
        {QStringLiteral("dunning_code"), Tr::tr("Bevakningskod"),
         v.dunningCode > 0 ? Value::integer(v.dunningCode) : Value()},
        {QStringLiteral("dunning_code_until"), Tr::tr("Bevakningskod t.o.m."),
         Value::date(v.dunningCodeUntil)},
        {QStringLiteral("watch_text"), Tr::tr("Bevakningstext"), Value::text(v.watchText)},
        {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald"), Value::date(v.finalPaidDate)},
        {QStringLiteral("interest_invoice_number"), Tr::tr("Räntefaktura"),
         Value::textOrNull(v.interestInvoiceNumber)},
        {QStringLiteral("interest_invoice"), Tr::tr("Räntefakturans belopp"),
         Value::money(v.interestInvoiceAmount)},
    };
}

Table transactionTable(const QList<Transaction> &transactions)
{
    Table table({
        {QStringLiteral("transaction_date"), Tr::tr("Datum")},
        {QStringLiteral("method"), Tr::tr("Sätt")},
        {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
        {QStringLiteral("effect"), Tr::tr("Påverkan"), Column::Money},
        {QStringLiteral("remark"), Tr::tr("Anmärkning")},
        {QStringLiteral("booked_date"), Tr::tr("Bokförd")},
    });
    for (const Transaction &t : transactions)
        table.addRow({Value::date(t.transactionDate), Value::text(t.method), Value::money(t.amount),
                      Value::money(t.effect), Value::text(t.remark), Value::date(t.bookedDate)});
    return table;
}

// CSV: one row per transaction (at least one row), the claim's fields
// repeated, then the transaction's fields prefixed "transaction_".
QString showAsCsv(const Record &invoice, const Table &transactions, int transactionCount)
{
    QStringList header;
    for (const Field &f : invoice)
        header << csvField(f.key);
    const QStringList transactionKeys
        = {QStringLiteral("transaction_date"),   QStringLiteral("transaction_method"),
           QStringLiteral("transaction_amount"), QStringLiteral("transaction_effect"),
           QStringLiteral("transaction_remark"), QStringLiteral("transaction_booked_date")};
    header += transactionKeys;
    QStringList invoiceCells;
    for (const Field &f : invoice)
        invoiceCells << csvField(f.value.forCsv());
    QString out = header.join(QLatin1Char(';')) + QLatin1Char('\n');
    const QStringList csvRows = transactions.asCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (transactionCount == 0)
        return out + invoiceCells.join(QLatin1Char(';'))
               + QString(transactionKeys.size(), QLatin1Char(';')) + QLatin1Char('\n');
    // csvRows[0] is the transaction table's own header. Quoted fields never
    // hold a line break here (remarks are one line), so splitting is safe.
    for (int i = 1; i < csvRows.size(); ++i)
        out += invoiceCells.join(QLatin1Char(';')) + QLatin1Char(';') + csvRows.at(i)
               + QLatin1Char('\n');
    return out;
}

int runInvoiceShow(Context &ctx, const ParsedArgs &args)
{
    const QString company = companyOption(args, QStringLiteral("company"));
    const QString number = invoiceNumberArgument(args.positional().at(0), QStringLiteral("N"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const Invoice invoice = InvoiceRepository(*db).require(
        company, number, InvoiceRepository::Detail::WithLinesAndTransactions);
    const Record record = invoiceRecord(invoice, db->today(),
                                        ProtectedIdentity(*db).customer(invoice.customerId));
    const Table transactions = transactionTable(invoice.transactions);
    switch (ctx.format) {
    case Format::Json: {
        Json json = toJson(record);
        json.add(QStringLiteral("transactions"), transactions.asJson());
        ctx.print(json.serialize());
        break;
    }
    case Format::Csv:
        ctx.print(showAsCsv(record, transactions, int(invoice.transactions.size())));
        break;
    case Format::Table:
        ctx.print(recordAsTable(record) + QLatin1Char('\n') + Tr::tr("Transaktioner:")
                  + QLatin1Char('\n')
                  + (invoice.transactions.isEmpty() ? Tr::tr("(inga)") + QLatin1Char('\n')
                                                    : transactions.asTable()));
        break;
    }
    return ExitDone;
}

struct SearchField
{
    const char *option;
    InvoiceSearch::Field field;
};

const SearchField kSearchFields[] = {
    {"name", InvoiceSearch::Field::Name},
    {"id", InvoiceSearch::Field::IdNumber},
    {"customer", InvoiceSearch::Field::CustomerNumber},
    {"address", InvoiceSearch::Field::Address},
    {"invoice", InvoiceSearch::Field::InvoiceNumber},
    {"register-id", InvoiceSearch::Field::RegisterId},
    {"min-amount", InvoiceSearch::Field::MinAmount},
    {"min-balance", InvoiceSearch::Field::MinBalance},
};

int runInvoiceSearch(Context &ctx, const ParsedArgs &args)
{
    InvoiceSearch criteria;
    QStringList given;
    for (const SearchField &f : kSearchFields) {
        const QString option = QString::fromLatin1(f.option);
        if (!args.isSet(option))
            continue;
        given << QStringLiteral("--") + option;
        criteria.field = f.field;
        if (f.field == InvoiceSearch::Field::MinAmount
            || f.field == InvoiceSearch::Field::MinBalance)
            criteria.amount = moneyOption(args, option);
        else
            criteria.text = args.value(option);
    }
    // Sök faktura searches on one field at a time, each on its own index.
    if (given.size() > 1)
        throw UsageError(
            Tr::tr("sök på ett fält i taget, inte %1").arg(given.join(QLatin1String(" och "))));
    if (args.isSet(QStringLiteral("company"))) {
        const auto range = companyRangeOption(args, QStringLiteral("company"));
        criteria.companyFrom = range.first;
        criteria.companyTo = range.second;
    }
    if (args.isSet(QStringLiteral("limit")))
        criteria.limit = int(integerOption(args, QStringLiteral("limit"), 1, 100000));
    criteria.positionOnly = args.isSet(QStringLiteral("nearest"));
    try {
        InvoiceSearchQuery::validate(criteria);
    } catch (const LedgerError &e) {
        throw UsageError(e.message()); // a search text that does not fit its field
    }

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const QList<InvoiceSearchRow> rows = InvoiceSearchQuery(*db).search(criteria);
    const int hidden = Column::NotInTable;
    Table table({
        {QStringLiteral("company"), Tr::tr("Ftg")},
        {QStringLiteral("invoice_number"), Tr::tr("Fakturanr")},
        {QStringLiteral("routine"), Tr::tr("Rutin"), hidden},
        {QStringLiteral("id_number"), Tr::tr("Person-/org.nr")},
        {QStringLiteral("customer_number"), Tr::tr("Kundnr"), hidden},
        {QStringLiteral("name"), Tr::tr("Namn")},
        {QStringLiteral("name2"), Tr::tr("Namn 2"), hidden},
        {QStringLiteral("address"), Tr::tr("Adress")},
        {QStringLiteral("postal_code"), Tr::tr("Postnr"), hidden},
        {QStringLiteral("city"), Tr::tr("Ort"), hidden},
        {QStringLiteral("register_id"), Tr::tr("Registerid"), hidden},
        {QStringLiteral("invoice_date"), Tr::tr("Fakt.datum")},
        {QStringLiteral("due_date"), Tr::tr("Förf.dag")},
        {QStringLiteral("amount"), Tr::tr("Belopp"), Column::Money},
        {QStringLiteral("balance"), Tr::tr("Saldo"), Column::Money},
        {QStringLiteral("paid"), Tr::tr("Betalt"), Column::Money | hidden},
        {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald"), hidden},
        {QStringLiteral("watch_text"), Tr::tr("Bevakningstext"), hidden},
    });
    for (const InvoiceSearchRow &r : rows)
        table.addRow({Value::text(r.company), Value::text(r.invoiceNumber), Value::text(r.routine),
                      Value::text(idForDisplay(r.idNumber, db->today())),
                      Value::text(r.customerNumber), Value::text(r.name), Value::text(r.name2),
                      Value::text(r.addressWithheld ? ProtectedIdentity::withheldText()
                                                    : r.address),
                      Value::text(r.postalCode), Value::text(r.city),
                      Value::text(r.registerId), Value::date(r.invoiceDate), Value::date(r.dueDate),
                      Value::money(r.amount), Value::money(r.balance), Value::money(r.paid),
                      Value::date(r.finalPaidDate), Value::text(r.watchText)});
    ctx.print(QStringLiteral("invoices"), table);
    return ExitDone;
}

} // namespace

QList<CommandSpec> invoiceCommands()
{
    CommandSpec show;
    show.words = {QStringLiteral("invoice"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("--company NNN N");
    show.summary = Tr::tr("en fordran med läge och transaktioner");
    show.description = Tr::tr("JSON: fälten i CLI.md \"Output fields\", belopp i öre (*_ore), "
                              "datum ÅÅÅÅ-MM-DD eller null.\nCSV: en rad per transaktion (minst "
                              "en), fakturans fält upprepade och transaktionens fält som "
                              "transaction_*.");
    show.positionals = {QStringLiteral("N")};
    show.options = {
        {QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("företag"), true},
    };
    show.run = runInvoiceShow;

    CommandSpec search;
    search.words = {QStringLiteral("invoice"), QStringLiteral("search")};
    search.synopsis = QStringLiteral("[--name P | --id P | --customer P | --address P | "
                                     "--invoice P | --register-id P | --min-amount A | "
                                     "--min-balance A] [--company NNN[-NNN]] [--limit N] "
                                     "[--nearest]");
    search.summary = Tr::tr("Sök faktura: sök på ett fält med början av värdet");
    search.description = Tr::tr("Utan sökfält listas de senaste fakturorna först.");
    search.options = {
        {QStringLiteral("name"), QStringLiteral("P"), Tr::tr("namn (även namn 2), 1–30 tecken")},
        {QStringLiteral("id"), QStringLiteral("P"),
         Tr::tr("person-/organisationsnummer, 1–10 siffror")},
        {QStringLiteral("customer"), QStringLiteral("P"), Tr::tr("kundnummer")},
        {QStringLiteral("address"), QStringLiteral("P"), Tr::tr("adress")},
        {QStringLiteral("invoice"), QStringLiteral("P"), Tr::tr("fakturanummer, 1–9 siffror")},
        {QStringLiteral("register-id"), QStringLiteral("P"), Tr::tr("registerid")},
        {QStringLiteral("min-amount"), QStringLiteral("A"), Tr::tr("fakturabelopp minst A")},
        {QStringLiteral("min-balance"), QStringLiteral("A"), Tr::tr("saldo minst A")},
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("högst N rader (standard 50)")},
        {QStringLiteral("nearest"), QString(),
         Tr::tr("lista från närmaste värde och framåt i stället för bara träffar")},
    };
    search.run = runInvoiceSearch;
    return {show, search};
}

} // namespace rsk::cli
