// import invoices FILE: CSV or JSON claims, all or nothing (CLI.md).
#include "context.h"

#include "formats/invoicefile.h"
#include "ledger/invoiceimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdio>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// CLI.md: "stderr lists every bad line as FILE:LINE: reason".
// The problems come in line order (InvoiceFile, InvoiceImportResult).
int reportProblems(const QString &fileName, const QList<InvoiceFileProblem> &problems)
{
    QString text;
    QSet<int> lines;
    for (const InvoiceFileProblem &p : problems) {
        text += QStringLiteral("%1:%2: ").arg(fileName).arg(p.line);
        if (!p.field.isEmpty())
            text += p.field + QLatin1String(": ");
        text += p.message + QLatin1Char('\n');
        lines.insert(p.line);
    }
    text += Tr::tr("reskontra-cli: %n fel", nullptr, int(problems.size()))
            + Tr::tr(" på %n rad(er); ingen faktura har importerats.", nullptr, int(lines.size()))
            + QLatin1Char('\n');
    writeErr(text);
    return ExitBadInput;
}

QByteArray readInput(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        throw LedgerError::notFound(
            Tr::tr("Kan inte läsa filen \"%1\": %2").arg(path, file.errorString()));
    return file.readAll();
}

int runImportInvoices(Context &ctx, const ParsedArgs &args)
{
    const QString path = args.positional().at(0);
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    InvoiceFileReader::Format format = InvoiceFileReader::Format::Auto;
    if (args.isSet(QStringLiteral("input-format"))) {
        const QString f = args.value(QStringLiteral("input-format"));
        if (f == QLatin1String("csv"))
            format = InvoiceFileReader::Format::Csv;
        else if (f == QLatin1String("json"))
            format = InvoiceFileReader::Format::Json;
        else
            throw UsageError(Tr::tr("--input-format: \"%1\" ska vara csv eller json").arg(f));
    }

    const InvoiceFile file = InvoiceFileReader::read(readInput(path), ctx.today(), format);
    if (!file.readable)
        return reportProblems(path, file.problems);

    auto db = ctx.open(Database::OpenMode::OpenExisting);
    const InvoiceImportResult result = InvoiceImport(*db).run(
        file, Tr::tr("Import från %1").arg(QFileInfo(path).fileName()), dryRun);
    if (!result.ok())
        return reportProblems(path, result.problems);

    ctx.print(Record{
        {QStringLiteral("file"), Tr::tr("Fil"), Value::text(path)},
        {QStringLiteral("invoices"), Tr::tr("Fakturor"), Value::integer(result.invoices)},
        {QStringLiteral("amount"), Tr::tr("Belopp"), Value::money(result.amount)},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    return ExitDone;
}

} // namespace

QList<CommandSpec> importCommands()
{
    CommandSpec invoices;
    invoices.words = {QStringLiteral("import"), QStringLiteral("invoices")};
    invoices.synopsis = QStringLiteral("FILE [--input-format csv|json] [--dry-run]");
    invoices.summary = Tr::tr("fakturor från CSV eller JSON; allt eller inget");
    invoices.description
        = Tr::tr("CSV: UTF-8, semikolon, rubrikrad med kolumnerna (valfri ordning):\n"
                 "  %1\n"
                 "Krävs: company, invoice_number, name, invoice_date, due_date, amount och\n"
                 "id_number eller customer_number. JSON: en lista av objekt med samma fält\n"
                 "(eller {\"invoices\": [...]}); beloppet som \"amount\": \"1234,50\" eller\n"
                 "\"amount_ore\": 123450. FILE \"-\" läser standard in.\n"
                 "Varje felaktig rad skrivs som FIL:RAD: fält: orsak och inget importeras\n"
                 "(slutkod 3).")
              .arg(InvoiceFileReader::columns().join(QLatin1Char(';')));
    invoices.positionals = {QStringLiteral("FILE")};
    invoices.options = {
        {QStringLiteral("input-format"), QStringLiteral("csv|json"),
         Tr::tr("filens form (standard: JSON om filen börjar med [ eller {, annars CSV)")},
        dryRunOption(),
    };
    invoices.run = runImportInvoices;
    return {invoices};
}

} // namespace rsk::cli
