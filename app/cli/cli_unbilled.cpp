// report ej-debiterade: Utskrift av ej debiterade räntor och avgifter
// (handbook 7.14; core/dunning/unbilledinterest.h). The list is small (one
// row per claim with something to charge), so it is built whole and then
// printed in --format or written to --out FILE.xlsx|.csv.
#include "context.h"

#include "csvexport.h"
#include "dunning/unbilledinterest.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

using R = UnbilledInterestReport;

// "A" or "A-B" (CLI.md "Ranges").
QPair<QString, QString> range(const ParsedArgs &args, const QString &name)
{
    const QStringList parts = args.value(name).trimmed().split(QLatin1Char('-'));
    if (parts.size() > 2 || parts.value(0).trimmed().isEmpty())
        throw UsageError(Tr::tr("--%1: \"%2\" ska vara ett värde eller ett intervall A-B")
                             .arg(name, args.value(name)));
    return {parts.value(0).trimmed(),
            parts.size() == 2 ? parts.value(1).trimmed() : parts.value(0).trimmed()};
}

Value cellValue(const ReportRow &row, int column, ReportColumn::Kind kind)
{
    const QVariant v = row.cells.value(column);
    if (v.isNull())
        return Value();
    switch (kind) {
    case ReportColumn::Kind::Money:
        return Value::money(row.money(column));
    case ReportColumn::Kind::Date:
        return Value::date(row.date(column));
    case ReportColumn::Kind::Integer:
        return Value::integer(row.integer(column));
    case ReportColumn::Kind::Text:
        break;
    }
    return Value::text(row.text(column));
}

QList<Column> columnsOf(const ReportLayout &layout)
{
    QList<Column> out;
    for (const ReportColumn &c : layout.columns)
        out << Column{c.key, c.title,
                      c.kind == ReportColumn::Kind::Money     ? int(Column::Money)
                      : c.kind == ReportColumn::Kind::Integer ? int(Column::Numeric)
                                                              : int(Column::Plain)};
    return out;
}

// One row as cells; a sum row carries its label in the name column (the
// table format) and only its sums.
QList<Value> values(const ReportTable &t, const ReportRow &row)
{
    QList<Value> out;
    for (int i = 0; i < t.layout().columns.size(); ++i) {
        const ReportColumn &c = t.layout().columns.at(i);
        if (row.isSum() && i == R::NameColumn)
            out << Value::text(row.label);
        else if (row.isSum() && !c.isNumeric())
            out << Value();
        else
            out << cellValue(row, i, c.kind);
    }
    return out;
}

// JSON: {title, selection, rows, subtotals: [{label, company, sums}], total:
// {label, sums}}; money in *_ore (CLI.md), like the other report commands.
Json sumJson(const ReportTable &t, const ReportRow &row)
{
    Json o = Json::object();
    o.add(QStringLiteral("label"), Value::text(row.label));
    if (row.type == ReportRow::Type::Subtotal)
        o.add(QStringLiteral("company"), Value::text(row.text(R::CompanyColumn)));
    for (int i = 0; i < t.layout().columns.size(); ++i) {
        const ReportColumn &c = t.layout().columns.at(i);
        if (c.kind == ReportColumn::Kind::Money)
            o.add(c.key, cellValue(row, i, c.kind));
    }
    return o;
}

void printList(Context &ctx, const ReportTable &t)
{
    const QList<Column> columns = columnsOf(t.layout());
    switch (ctx.format) {
    case Format::Json: {
        Json selection = Json::array();
        for (const QString &s : t.layout().selection)
            selection.append(Value::text(s));
        Table details(columns);
        Json subtotals = Json::array();
        Json total = Json::object();
        for (const ReportRow &row : t.rows()) {
            if (!row.isSum())
                details.addRow(values(t, row));
            else if (row.type == ReportRow::Type::Subtotal)
                subtotals.append(sumJson(t, row));
            else
                total = sumJson(t, row);
        }
        Json json = Json::object();
        json.add(QStringLiteral("title"), Value::text(t.layout().title));
        json.add(QStringLiteral("selection"), selection);
        json.add(QStringLiteral("rows"), details.asJson());
        json.add(QStringLiteral("subtotals"), subtotals);
        json.add(QStringLiteral("total"), total);
        ctx.print(json.serialize());
        break;
    }
    case Format::Csv: {
        // For scripts: the claims only, keys as header (as report inbetalningslista).
        Table details(columns);
        for (const ReportRow &row : t.rows())
            if (!row.isSum())
                details.addRow(values(t, row));
        ctx.print(QStringLiteral("rows"), details);
        break;
    }
    case Format::Table: {
        QString head = t.layout().title + QLatin1Char('\n');
        for (const QString &s : t.layout().selection)
            head += QStringLiteral("  ") + s + QLatin1Char('\n');
        ctx.print(head + QLatin1Char('\n'));
        Table all(columns);
        for (const ReportRow &row : t.rows())
            all.addRow(values(t, row));
        ctx.print(QStringLiteral("rows"), all);
        break;
    }
    }
}

int writeFile(Context &ctx, const QString &path, const ReportTable &t)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    qint64 rows = 0;
    if (suffix == QLatin1String("xlsx")) {
        XlsxExport xlsx(path);
        t.writeTo(xlsx);
        rows = xlsx.rowsWritten();
    } else if (suffix == QLatin1String("csv")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw LedgerError::refused(
                Tr::tr("Kan inte skriva %1: %2").arg(path, file.errorString()));
        CsvExport csv(&file);
        t.writeTo(csv);
        rows = csv.rowsWritten();
    } else {
        throw UsageError(Tr::tr("--out: \"%1\" ska sluta på .xlsx eller .csv").arg(path));
    }
    ctx.print(Record{{QStringLiteral("file"), Tr::tr("Fil"), Value::text(path)},
                     {QStringLiteral("rows"), Tr::tr("Rader"), Value::integer(rows)}});
    return ExitDone;
}

int runUnbilled(Context &ctx, const ParsedArgs &args)
{
    UnbilledSelection s;
    s.paidFrom = dateOption(args, QStringLiteral("paid-from"), ctx.today());
    s.paidTo = dateOption(args, QStringLiteral("paid-to"), ctx.today());
    if (args.isSet(QStringLiteral("company"))) {
        const auto r = companyRangeOption(args, QStringLiteral("company"));
        s.companyFrom = r.first;
        s.companyTo = r.second;
    }
    if (args.isSet(QStringLiteral("routine")))
        std::tie(s.routineFrom, s.routineTo) = range(args, QStringLiteral("routine"));
    if (args.isSet(QStringLiteral("invoice")))
        std::tie(s.invoiceFrom, s.invoiceTo) = range(args, QStringLiteral("invoice"));
    if (args.isSet(QStringLiteral("department")))
        std::tie(s.departmentFrom, s.departmentTo) = range(args, QStringLiteral("department"));
    if (args.isSet(QStringLiteral("min-interest")))
        s.minimumInterest = moneyOption(args, QStringLiteral("min-interest"));
    if (args.isSet(QStringLiteral("min-days")))
        s.minimumDays = int(integerOption(args, QStringLiteral("min-days"), 0,
                                          UnbilledSelection::MaxMinimumDays));
    // A refused selection is a usage error: nothing was run (exit 2).
    try {
        s = s.checked();
    } catch (const LedgerError &e) {
        throw UsageError(e.message());
    }
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnbilledInterestReport report(*db);
    const ReportTable table = report.build(s);
    // The table format shows them in its heading; elsewhere they go to stderr.
    if (ctx.format != Format::Table || args.isSet(QStringLiteral("out")))
        for (const QString &w : report.warnings())
            writeErr(w + QLatin1Char('\n'));
    if (args.isSet(QStringLiteral("out")))
        return writeFile(ctx, args.value(QStringLiteral("out")), table);
    printList(ctx, table);
    return ExitDone;
}

} // namespace

QList<CommandSpec> unbilledCommands()
{
    CommandSpec c;
    c.words = {QStringLiteral("report"), QStringLiteral("ej-debiterade")};
    c.synopsis = QStringLiteral("--paid-from D --paid-to D [--company R] [--routine R] "
                                "[--invoice R] [--department R] [--min-interest A] "
                                "[--min-days N] [--out FILE.xlsx|.csv]");
    c.summary = Tr::tr("Ej debiterade räntor och avgifter (7.14): dröjsmålsränta på sent "
                       "slutbetalda fakturor och avgifter som inte uppdebiterats");
    c.description = Tr::tr(
        "Fakturor slutbetalda från --paid-from till --paid-to. Ränta till slutbetalningsdagen\n"
        "minus redan debiterad ränta; ingen ränta på fakturor med räntefaktura eller kravkod\n"
        "utan ränta.\n"
        "--min-interest (hela kronor, högst 999) och --min-days gäller utöver kravparametrarna;\n"
        "färre dagar än minimum ger varken ränta eller avgifter. Listan ändrar ingenting.\n"
        "JSON: rows, subtotals (per företag) och total; belopp i öre. CSV på stdout: bara\n"
        "fakturaraderna; --out FILE.csv ger listan med delsummor och svenska rubriker.");
    c.options = {
        {QStringLiteral("paid-from"), QStringLiteral("D"), Tr::tr("slutbetald from"), true},
        {QStringLiteral("paid-to"), QStringLiteral("D"), Tr::tr("slutbetald tom"), true},
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("routine"), QStringLiteral("RR[-RR]"), Tr::tr("rutin eller intervall")},
        {QStringLiteral("invoice"), QStringLiteral("A[-B]"),
         Tr::tr("fakturanummer eller intervall; kortare nummer fylls ut med 0 resp. 9")},
        {QStringLiteral("department"), QStringLiteral("A[-B]"),
         Tr::tr("förvaltning/avdelning eller intervall")},
        {QStringLiteral("min-interest"), QStringLiteral("A"),
         Tr::tr("minsta ränta i hela kronor (0-999)")},
        {QStringLiteral("min-days"), QStringLiteral("N"),
         Tr::tr("minsta antal dagar efter förfallodagen (0-999)")},
        {QStringLiteral("out"), QStringLiteral("FILE"),
         Tr::tr("skriv listan till FILE.xlsx (Excel) eller FILE.csv")},
    };
    c.run = runUnbilled;
    return {c};
}

} // namespace rsk::cli
