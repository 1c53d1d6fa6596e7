// report inbetalningslista / inbetalningsprognos / inbetalningar (handbook
// 5.2, 5.3, 5.1; CLI.md). Every report streams: a 1 M-row list goes to the
// file or stdout row by row.
#include "context.h"

#include "csvexport.h"
#include "reports/paymentforecast.h"
#include "reports/paymentlist.h"
#include "reports/paymentsearch.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// Buffered stdout for the streamed formats.
class StdOut
{
public:
    StdOut()
    {
        std::fflush(stdout);
        m_file.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    }
    ~StdOut() { m_file.flush(); }
    QFile *device() { return &m_file; }
    void write(const QString &text)
    {
        m_buffer += text.toUtf8();
        if (m_buffer.size() > 64 * 1024)
            flush();
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
        m_file.flush();
    }

private:
    QFile m_file;
    QByteArray m_buffer;
};

int textWidth(const ReportColumn &c)
{
    int w = int(c.title.size());
    switch (c.kind) {
    case ReportColumn::Kind::Money:
        return std::max(w, 14);
    case ReportColumn::Kind::Date:
        return std::max(w, 10);
    case ReportColumn::Kind::Integer:
        return std::max(w, 6);
    case ReportColumn::Kind::Text:
        break;
    }
    return std::max(w, c.width > 0 ? std::min(c.width, 24) : 3);
}

// --format table: fixed columns from the layout (the rows are not known in
// advance), numbers right-aligned, sum rows with their label.
class TableWriter : public ReportWriter
{
public:
    explicit TableWriter(StdOut &out) : m_out(out) {}
    void begin(const ReportLayout &layout) override
    {
        m_layout = layout;
        QString head = layout.title + QLatin1Char('\n');
        for (const QString &s : layout.selection)
            head += QStringLiteral("  ") + s + QLatin1Char('\n');
        QStringList titles;
        m_widths.clear();
        m_firstNumeric = -1;
        for (int i = 0; i < layout.columns.size(); ++i) {
            const ReportColumn &c = layout.columns.at(i);
            m_widths << textWidth(c);
            if (c.isNumeric() && m_firstNumeric < 0)
                m_firstNumeric = i;
            titles << pad(c.title, i);
        }
        const QString header = titles.join(QStringLiteral("  "));
        m_out.write(head + QLatin1Char('\n') + header.trimmed() + QLatin1Char('\n')
                    + QString(header.trimmed().size(), QLatin1Char('-')) + QLatin1Char('\n'));
    }
    void addRow(const ReportRow &row) override
    {
        QStringList cells;
        int from = 0;
        if (row.isSum()) {
            int span = 0;
            const int until = std::max(m_firstNumeric, 1);
            for (int i = 0; i < until; ++i)
                span += m_widths.at(i) + (i > 0 ? 2 : 0);
            cells << row.label.leftJustified(span);
            from = until;
        }
        for (int i = from; i < m_layout.columns.size(); ++i) {
            const ReportColumn &c = m_layout.columns.at(i);
            if (row.isSum() && !c.isNumeric())
                cells << pad(QString(), i);
            else
                cells << pad(text(row.cells.value(i), c.kind), i);
        }
        m_out.write(cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n'));
    }
    void finish() override { m_out.flush(); }

private:
    static QString text(const QVariant &v, ReportColumn::Kind kind)
    {
        if (v.isNull())
            return QString();
        if (kind == ReportColumn::Kind::Money)
            return Value::money(Money::fromOre(v.toLongLong())).forTable();
        if (kind == ReportColumn::Kind::Date)
            return Value::date(v.toDate()).forTable();
        return v.toString();
    }
    QString pad(const QString &s, int i) const
    {
        return m_layout.columns.at(i).isNumeric() ? s.rightJustified(m_widths.at(i))
                                                  : s.leftJustified(m_widths.at(i));
    }
    StdOut &m_out;
    ReportLayout m_layout;
    QList<int> m_widths;
    int m_firstNumeric = -1;
};

Value jsonValue(const QVariant &v, ReportColumn::Kind kind)
{
    if (v.isNull())
        return Value();
    switch (kind) {
    case ReportColumn::Kind::Money:
        return Value::money(Money::fromOre(v.toLongLong()));
    case ReportColumn::Kind::Date:
        return Value::date(v.toDate());
    case ReportColumn::Kind::Integer:
        return Value::integer(v.toLongLong());
    case ReportColumn::Kind::Text:
        break;
    }
    return Value::text(v.toString());
}

// --format json: {"title", "selection", "rows": [...], "subtotals": [...],
// "total": {...}}; money in *_ore, dates YYYY-MM-DD (CLI.md). Rows stream;
// the sums (a few per day) are held until the end.
class JsonWriter : public ReportWriter
{
public:
    explicit JsonWriter(StdOut &out) : m_out(out), m_subtotals(Json::array()) {}
    void begin(const ReportLayout &layout) override
    {
        m_layout = layout;
        Json selection = Json::array();
        for (const QString &s : layout.selection)
            selection.append(Value::text(s));
        QString head = Json(Value::text(layout.title)).serialize().trimmed();
        m_out.write(QStringLiteral("{\n  \"title\": ") + head
                    + QStringLiteral(",\n  \"selection\": ")
                    + indent(selection.serialize().trimmed()) + QStringLiteral(",\n  \"rows\": ["));
    }
    void addRow(const ReportRow &row) override
    {
        Json o = Json::object();
        if (row.isSum()) {
            o.add(QStringLiteral("label"), Value::text(row.label));
            if (row.type == ReportRow::Type::Subtotal)
                o.add(QStringLiteral("level"), Value::integer(row.level));
        }
        for (int i = 0; i < m_layout.columns.size(); ++i) {
            const ReportColumn &c = m_layout.columns.at(i);
            if (row.isSum() && !c.isNumeric())
                continue;
            o.add(c.key, jsonValue(row.cells.value(i), c.kind));
        }
        if (row.type == ReportRow::Type::Total) {
            m_total = o;
            return;
        }
        if (row.type == ReportRow::Type::Subtotal) {
            m_subtotals.append(o);
            return;
        }
        m_out.write((m_rows++ ? QStringLiteral(",\n    ") : QStringLiteral("\n    "))
                    + indent(indent(o.serialize().trimmed())));
    }
    void finish() override
    {
        m_out.write((m_rows ? QStringLiteral("\n  ],\n") : QStringLiteral("],\n"))
                    + QStringLiteral("  \"subtotals\": ")
                    + indent(m_subtotals.serialize().trimmed()) + QStringLiteral(",\n  \"total\": ")
                    + indent(m_total.serialize().trimmed()) + QStringLiteral("\n}\n"));
        m_out.flush();
    }

private:
    static QString indent(QString s)
    {
        return s.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    }
    StdOut &m_out;
    ReportLayout m_layout;
    Json m_subtotals;
    Json m_total = Json::object();
    qint64 m_rows = 0;
};

// --out FILE.xlsx|.csv, else stdout in --format. CSV on stdout is for
// scripts: keys as header, no BOM, detail rows only (the sums are in the
// table and JSON formats and in the files).
int writeReport(Context &ctx, const ParsedArgs &args, ReportPager &report)
{
    if (args.isSet(QStringLiteral("out"))) {
        const QString path = args.value(QStringLiteral("out"));
        const QString suffix = QFileInfo(path).suffix().toLower();
        qint64 rows = 0;
        if (suffix == QLatin1String("xlsx")) {
            XlsxExport xlsx(path);
            report.writeAll(xlsx);
            rows = xlsx.rowsWritten();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw LedgerError::refused(
                    Tr::tr("Kan inte skriva %1: %2").arg(path, file.errorString()));
            CsvExport csv(&file);
            report.writeAll(csv);
            rows = csv.rowsWritten();
        }
        ctx.print(Record{{QStringLiteral("file"), Tr::tr("Fil"), Value::text(path)},
                         {QStringLiteral("rows"), Tr::tr("Rader"), Value::integer(rows)}});
        return ExitDone;
    }
    StdOut out;
    switch (ctx.format) {
    case Format::Csv: {
        CsvExport::Options o;
        o.byteOrderMark = false;
        o.keyHeader = true;
        o.includeSums = false;
        CsvExport csv(out.device(), o);
        report.writeAll(csv);
        break;
    }
    case Format::Json: {
        JsonWriter json(out);
        report.writeAll(json);
        break;
    }
    case Format::Table: {
        TableWriter table(out);
        report.writeAll(table);
        break;
    }
    }
    return ExitDone;
}

QDate optionalDate(Context &ctx, const ParsedArgs &args, const char *name)
{
    const QString option = QString::fromLatin1(name);
    return args.isSet(option) ? dateOption(args, option, ctx.today()) : QDate();
}

void companyRange(const ParsedArgs &args, QString *from, QString *to)
{
    if (!args.isSet(QStringLiteral("company")))
        return;
    const auto range = companyRangeOption(args, QStringLiteral("company"));
    *from = range.first;
    *to = range.second;
}

// "A" or "A-B" for invoice numbers and routines (CLI.md "Ranges").
QPair<QString, QString> plainRange(const ParsedArgs &args, const QString &name)
{
    const QStringList parts = args.value(name).trimmed().split(QLatin1Char('-'));
    if (parts.size() > 2 || parts.value(0).isEmpty())
        throw UsageError(Tr::tr("--%1: \"%2\" ska vara ett värde eller ett intervall A-B")
                             .arg(name, args.value(name)));
    return {parts.value(0), parts.size() == 2 ? parts.value(1) : parts.value(0)};
}

// A refused selection is a usage error here: nothing was run (exit 2).
template <class Query, class Criteria>
Query makeQuery(Database &db, const Criteria &criteria)
{
    try {
        return Query(db, criteria);
    } catch (const LedgerError &e) {
        if (e.kind() == LedgerError::Kind::Refused)
            throw UsageError(e.message());
        throw;
    }
}

int runPaymentList(Context &ctx, const ParsedArgs &args)
{
    PaymentListCriteria c;
    c.transactionFrom = dateOption(args, QStringLiteral("from"), ctx.today());
    c.transactionTo = dateOption(args, QStringLiteral("to"), ctx.today());
    companyRange(args, &c.companyFrom, &c.companyTo);
    if (args.isSet(QStringLiteral("invoice"))) {
        const auto r = plainRange(args, QStringLiteral("invoice"));
        c.invoiceFrom = r.first;
        c.invoiceTo = r.second;
    }
    c.registeredFrom = optionalDate(ctx, args, "registered-from");
    c.bookedFrom = optionalDate(ctx, args, "booked-from");
    c.bookedTo = optionalDate(ctx, args, "booked-to");
    c.dueFrom = optionalDate(ctx, args, "due-from");
    c.dueTo = optionalDate(ctx, args, "due-to");
    c.method = args.value(QStringLiteral("method"));
    const QString kind = args.value(QStringLiteral("kind"), QStringLiteral("all"));
    if (kind == QLatin1String("auto"))
        c.kind = PaymentListCriteria::Kind::AutomaticOnly;
    else if (kind == QLatin1String("manual"))
        c.kind = PaymentListCriteria::Kind::ManualOnly;
    else if (kind != QLatin1String("all"))
        throw UsageError(Tr::tr("--kind: \"%1\" ska vara all, auto eller manual").arg(kind));
    c.withIdAndName = args.isSet(QStringLiteral("with-name"));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    auto query = makeQuery<PaymentListQuery>(*db, c);
    return writeReport(ctx, args, query);
}

int runPaymentForecast(Context &ctx, const ParsedArgs &args)
{
    PaymentForecastCriteria c;
    companyRange(args, &c.companyFrom, &c.companyTo);
    if (args.isSet(QStringLiteral("routine"))) {
        const auto r = plainRange(args, QStringLiteral("routine"));
        c.routineFrom = r.first;
        c.routineTo = r.second;
    }
    c.dueFrom = optionalDate(ctx, args, "from");
    c.dueTo = optionalDate(ctx, args, "to");
    const QString per = args.value(QStringLiteral("per"), QStringLiteral("day"));
    if (per == QLatin1String("week"))
        c.period = PaymentForecastCriteria::Period::Week;
    else if (per == QLatin1String("month"))
        c.period = PaymentForecastCriteria::Period::Month;
    else if (per != QLatin1String("day"))
        throw UsageError(Tr::tr("--per: \"%1\" ska vara day, week eller month").arg(per));
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    auto query = makeQuery<PaymentForecastQuery>(*db, c);
    return writeReport(ctx, args, query);
}

int runPaymentSearch(Context &ctx, const ParsedArgs &args)
{
    PaymentSearch c;
    companyRange(args, &c.companyFrom, &c.companyTo);
    QStringList given;
    if (args.isSet(QStringLiteral("date"))) {
        given << QStringLiteral("--date");
        c.field = PaymentSearch::Field::TransactionDate;
        c.date = dateOption(args, QStringLiteral("date"), ctx.today());
    }
    if (args.isSet(QStringLiteral("method"))) {
        given << QStringLiteral("--method");
        c.field = PaymentSearch::Field::Method;
        c.method = args.value(QStringLiteral("method"));
    }
    if (args.isSet(QStringLiteral("amount"))) {
        given << QStringLiteral("--amount");
        c.field = PaymentSearch::Field::Amount;
        c.amount = moneyOption(args, QStringLiteral("amount"));
    }
    if (args.isSet(QStringLiteral("invoice"))) {
        given << QStringLiteral("--invoice");
        c.field = PaymentSearch::Field::InvoiceNumber;
        c.invoiceNumber = args.value(QStringLiteral("invoice"));
    }
    if (given.size() > 1) // handbook 5.1: one search term, one sort order
        throw UsageError(
            Tr::tr("sök på ett fält i taget, inte %1").arg(given.join(QLatin1String(" och "))));
    const qint64 limit = args.isSet(QStringLiteral("limit"))
                             ? integerOption(args, QStringLiteral("limit"), 1, 100000)
                             : 50;
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    auto query = makeQuery<PaymentSearchQuery>(*db, c);
    ReportTable page(query.layout());
    for (const ReportRow &row : query.rows(0, int(limit)))
        page.addRow(row);
    struct PageOnly : ReportPager
    {
        ReportTable &t;
        explicit PageOnly(ReportTable &table) : t(table) {}
        ReportLayout layout() const override { return t.layout(); }
        qint64 rowCount() override { return t.rows().size(); }
        QList<ReportRow> rows(qint64 f, int n) override { return t.rows().mid(int(f), n); }
        void writeAll(ReportWriter &w) override { t.writeTo(w); }
    } pageOnly(page);
    return writeReport(ctx, args, pageOnly);
}

OptionSpec outOption()
{
    return {QStringLiteral("out"), QStringLiteral("FILE"),
            Tr::tr("skriv listan till FILE.xlsx (Excel) eller FILE.csv")};
}

} // namespace

QList<CommandSpec> reportCommands()
{
    CommandSpec list;
    list.words = {QStringLiteral("report"), QStringLiteral("inbetalningslista")};
    list.synopsis = QStringLiteral("--from D --to D [--company R] [--invoice R] [--method M] "
                                   "[--registered-from D] [--booked-from D] [--booked-to D] "
                                   "[--due-from D] [--due-to D] [--kind all|auto|manual] "
                                   "[--with-name] [--out FILE.xlsx|.csv]");
    list.summary
        = Tr::tr("Inbetalningslista (5.2): transaktioner med delsummor per datum och sätt");
    list.description = Tr::tr(
        "--from/--to väljer transaktionsdatum. --invoice 04 ger rutin 04 (040000000-049999999).\n"
        "JSON: rows, subtotals (level 1 = datum och sätt, 2 = datum) och total; belopp i öre.\n"
        "CSV på stdout: bara transaktionsraderna, nycklar som rubriker; --out FILE.csv ger\n"
        "listan med delsummor, svenska rubriker och BOM för Excel.");
    list.options = {
        {QStringLiteral("from"), QStringLiteral("D"), Tr::tr("transaktionsdatum from"), true},
        {QStringLiteral("to"), QStringLiteral("D"), Tr::tr("transaktionsdatum tom"), true},
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("invoice"), QStringLiteral("A[-B]"),
         Tr::tr("fakturanummer eller intervall; kortare nummer fylls ut med 0 resp. 9")},
        {QStringLiteral("method"), QStringLiteral("M"), Tr::tr("bara inbetalningssätt M")},
        {QStringLiteral("registered-from"), QStringLiteral("D"),
         Tr::tr("inrapporteringsdatum from")},
        {QStringLiteral("booked-from"), QStringLiteral("D"), Tr::tr("bokföringsdatum from")},
        {QStringLiteral("booked-to"), QStringLiteral("D"), Tr::tr("bokföringsdatum tom")},
        {QStringLiteral("due-from"), QStringLiteral("D"), Tr::tr("förfallodag from")},
        {QStringLiteral("due-to"), QStringLiteral("D"), Tr::tr("förfallodag tom")},
        {QStringLiteral("kind"), QStringLiteral("K"),
         Tr::tr("all (standard), auto = bara från bankfil, manual = inga från bankfil")},
        {QStringLiteral("with-name"), QString(), Tr::tr("ta med personnummer och namn")},
        outOption(),
    };
    list.run = runPaymentList;

    CommandSpec forecast;
    forecast.words = {QStringLiteral("report"), QStringLiteral("inbetalningsprognos")};
    forecast.synopsis = QStringLiteral("[--company R] [--routine R] [--from D] [--to D] "
                                       "[--per day|week|month] [--out FILE.xlsx|.csv]");
    forecast.summary = Tr::tr("Inbetalningsprognos (5.3): öppna saldon per förfallodag");
    forecast.options = {
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("routine"), QStringLiteral("RR[-RR]"), Tr::tr("rutin eller intervall")},
        {QStringLiteral("from"), QStringLiteral("D"), Tr::tr("förfallodatum from")},
        {QStringLiteral("to"), QStringLiteral("D"), Tr::tr("förfallodatum tom")},
        {QStringLiteral("per"), QStringLiteral("P"), Tr::tr("day (standard), week eller month")},
        outOption(),
    };
    forecast.run = runPaymentForecast;

    CommandSpec search;
    search.words = {QStringLiteral("report"), QStringLiteral("inbetalningar")};
    search.synopsis = QStringLiteral("[--date D | --method M | --amount A | --invoice P] "
                                     "[--company R] [--limit N] [--out FILE.xlsx|.csv]");
    search.summary = Tr::tr("Sök inbetalningar (5.1): från sökt värde, sorterat på det");
    search.options = {
        {QStringLiteral("date"), QStringLiteral("D"), Tr::tr("från inbetalningsdatum")},
        {QStringLiteral("method"), QStringLiteral("M"), Tr::tr("från inbetalningssätt")},
        {QStringLiteral("amount"), QStringLiteral("A"), Tr::tr("från inbetalt belopp")},
        {QStringLiteral("invoice"), QStringLiteral("P"), Tr::tr("från fakturanummer")},
        {QStringLiteral("company"), QStringLiteral("NNN[-NNN]"), Tr::tr("företag eller intervall")},
        {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("högst N rader (standard 50)")},
        outOption(),
    };
    search.run = runPaymentSearch;
    return {list, forecast, search};
}

} // namespace rsk::cli

namespace rsk::cli {

// The same output for the report commands of other files (cli_saldolista.cpp).
int writeReportOutput(Context &ctx, const ParsedArgs &args, ReportPager &report)
{
    return writeReport(ctx, args, report);
}

} // namespace rsk::cli
