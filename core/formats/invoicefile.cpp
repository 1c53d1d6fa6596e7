#include "formats/invoicefile.h"

#include "dates/dateparse.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFileReader)
};

enum class Kind { Text, Amount, AmountOre, Date };

struct Column
{
    const char *name;
    Kind kind;
    QString InvoiceDraft::*text; // for Text
    QDate InvoiceDraft::*date;   // for Date
};

// CLI.md "Invoice CSV", in its order.
const Column kColumns[] = {
    {"company", Kind::Text, &InvoiceDraft::company, nullptr},
    {"invoice_number", Kind::Text, &InvoiceDraft::invoiceNumber, nullptr},
    {"routine", Kind::Text, &InvoiceDraft::routine, nullptr},
    {"customer_number", Kind::Text, &InvoiceDraft::customerNumber, nullptr},
    {"id_number", Kind::Text, &InvoiceDraft::idNumber, nullptr},
    {"name", Kind::Text, &InvoiceDraft::name, nullptr},
    {"name2", Kind::Text, &InvoiceDraft::name2, nullptr},
    {"co", Kind::Text, &InvoiceDraft::co, nullptr},
    {"address", Kind::Text, &InvoiceDraft::address, nullptr},
    {"postal_code", Kind::Text, &InvoiceDraft::postalCode, nullptr},
    {"city", Kind::Text, &InvoiceDraft::city, nullptr},
    {"country", Kind::Text, &InvoiceDraft::country, nullptr},
    {"invoice_date", Kind::Date, nullptr, &InvoiceDraft::invoiceDate},
    {"due_date", Kind::Date, nullptr, &InvoiceDraft::dueDate},
    {"amount", Kind::Amount, nullptr, nullptr},
    {"ocr", Kind::Text, &InvoiceDraft::ocr, nullptr},
    {"register_id", Kind::Text, &InvoiceDraft::registerId, nullptr},
    {"department", Kind::Text, &InvoiceDraft::department, nullptr},
    {"handler", Kind::Text, &InvoiceDraft::handler, nullptr},
    {"description", Kind::Text, &InvoiceDraft::description, nullptr},
};

const Column *findColumn(const QString &name)
{
    for (const Column &c : kColumns)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Collects problems and keeps them in line order at the end.
struct Problems
{
    QList<InvoiceFileProblem> list;
    void add(int line, const QString &field, const QString &message)
    {
        list.append({line, field, message});
    }
    QList<InvoiceFileProblem> sorted() const
    {
        QList<InvoiceFileProblem> out = list;
        std::stable_sort(out.begin(), out.end(),
                         [](const InvoiceFileProblem &a, const InvoiceFileProblem &b) {
                             return a.line < b.line;
                         });
        return out;
    }
};

bool parseAmountText(const QString &text, Money *out, QString *why)
{
    const auto amount = Money::parse(text, why);
    if (!amount)
        return false;
    *out = *amount;
    return true;
}

// Sets one field of `draft` from its text; a bad amount or date is a problem
// of the record and leaves the field empty.
void setField(InvoiceDraft &draft, const Column &column, const QString &value, int line,
              const QDate &referenceDate, Problems &problems)
{
    const QString field = s(column.name);
    switch (column.kind) {
    case Kind::Text:
        draft.*column.text = value;
        break;
    case Kind::Date:
        if (!value.isEmpty()) { // an empty date is the validator's "saknas"
            QString why;
            const auto date = parseDate(value, referenceDate, &why);
            if (date)
                draft.*column.date = *date;
            else
                problems.add(line, field, why);
        }
        break;
    case Kind::Amount: {
        QString why;
        if (!parseAmountText(value, &draft.amount, &why))
            problems.add(line, field, why);
        break;
    }
    case Kind::AmountOre:
        break;
    }
}

// ---- CSV -------------------------------------------------------------------

struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error;
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Splits `text` (LF line endings) into records of ';'-separated fields.
QList<CsvRecord> splitCsv(const QString &text)
{
    QList<CsvRecord> records;
    const int n = text.size();
    int pos = 0;
    int line = 1;
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString value;
            int p = pos;
            while (p < n && isBlank(text.at(p)))
                ++p;
            if (p < n && text.at(p) == QLatin1Char('"')) {
                // Quoted: up to the closing quote, "" is one quote, newlines kept.
                pos = p + 1;
                bool closed = false;
                while (pos < n) {
                    const QChar c = text.at(pos);
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < n && text.at(pos + 1) == QLatin1Char('"')) {
                            value.append(c);
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    value.append(c);
                    ++pos;
                }
                if (!closed) {
                    record.error = Tr::tr("citattecknet som öppnar ett fält avslutas aldrig");
                    records.append(record);
                    return records;
                }
                while (pos < n && isBlank(text.at(pos)))
                    ++pos;
                if (pos < n && text.at(pos) != QLatin1Char(';') && text.at(pos) != QLatin1Char('\n')
                    && record.error.isEmpty())
                    record.error = Tr::tr("tecken efter ett avslutande citattecken; ett fält "
                                          "inom citattecken ska följas av ; eller radslut");
                while (pos < n && text.at(pos) != QLatin1Char(';')
                       && text.at(pos) != QLatin1Char('\n'))
                    ++pos;
            } else {
                while (pos < n && text.at(pos) != QLatin1Char(';')
                       && text.at(pos) != QLatin1Char('\n'))
                    value.append(text.at(pos++));
                if (value.contains(QLatin1Char('"')) && record.error.isEmpty())
                    record.error = Tr::tr("citattecken inne i ett fält; skriv hela fältet inom "
                                          "citattecken och dubbla citattecknet (\"\")");
            }
            record.fields.append(value.trimmed());
            if (pos < n && text.at(pos) == QLatin1Char(';')) {
                ++pos;
                continue;
            }
            if (pos < n) { // '\n'
                ++pos;
                ++line;
            }
            endOfRecord = true;
        }
        records.append(record);
    }
    return records;
}

bool allEmpty(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.isEmpty(); });
}

// ---- JSON ------------------------------------------------------------------

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

// The line each element of the invoice array starts on: the root array, or
// the array under the root object's "invoices" key. QJsonDocument keeps no
// positions, so the (already valid) text is scanned once.
QList<int> elementLines(const QByteArray &bytes)
{
    QList<int> lines;
    QList<char> stack;
    int line = 1;
    int targetDepth = -1; // stack size inside the invoice array
    bool expectValue = false;
    bool inString = false;
    bool escaped = false;
    QByteArray currentString;
    QByteArray lastString;
    QByteArray key;
    for (char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                lastString = currentString;
                continue;
            }
            currentString.append(c);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectValue && stack.size() == targetDepth && c != ']') {
            lines.append(line);
            expectValue = false;
        }
        switch (c) {
        case '"':
            inString = true;
            currentString.clear();
            break;
        case ':':
            if (stack.size() == 1)
                key = lastString;
            break;
        case '[':
            stack.append(c);
            if (targetDepth < 0
                && (stack.size() == 1 || (stack.size() == 2 && key == "invoices"))) {
                targetDepth = int(stack.size());
                expectValue = true;
            }
            break;
        case '{':
            stack.append(c);
            break;
        case ']':
        case '}':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (stack.size() == targetDepth)
                expectValue = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("sant/falskt");
    case QJsonValue::Double:
        return Tr::tr("ett tal");
    case QJsonValue::String:
        return Tr::tr("text");
    case QJsonValue::Array:
        return Tr::tr("en lista");
    case QJsonValue::Object:
        return Tr::tr("ett objekt");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("inget värde");
}

// amount_ore: a JSON integer, or a string of digits with an optional sign.
bool readAmountOre(const QJsonValue &v, Money *out, QString *why)
{
    qint64 ore = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) != d || std::fabs(d) > double(Money::MaxAbsOre) + 0.5) {
            *why = std::fabs(d) > double(Money::MaxAbsOre)
                       ? Tr::tr("beloppet har fler än %1 siffror").arg(Money::MaxDigits)
                       : Tr::tr("amount_ore ska vara ett heltal (öre)");
            return false;
        }
        ore = qint64(d);
    } else if (v.isString()) {
        bool ok = false;
        const QString t = v.toString().trimmed();
        ore = t.toLongLong(&ok);
        if (!ok) {
            *why = Tr::tr("amount_ore \"%1\" är inget heltal (öre)").arg(t);
            return false;
        }
        if (ore > Money::MaxAbsOre || ore < -Money::MaxAbsOre) {
            *why = Tr::tr("beloppet har fler än %1 siffror").arg(Money::MaxDigits);
            return false;
        }
    } else {
        *why = Tr::tr("amount_ore ska vara ett heltal (öre), inte %1").arg(jsonTypeName(v));
        return false;
    }
    *out = Money::fromOre(ore);
    return true;
}

// "amount" (Swedish text) or "amount_ore" (integer) of an object; exactly one.
// Returns false with *field/*why set when it is missing or wrong.
bool readObjectAmount(const QJsonObject &o, Money *out, QString *field, QString *why)
{
    const bool hasText = o.contains(QLatin1String("amount"));
    const bool hasOre = o.contains(QLatin1String("amount_ore"));
    *field = s("amount");
    if (hasText && hasOre) {
        *why = Tr::tr("ange antingen amount eller amount_ore, inte båda");
        return false;
    }
    if (!hasText && !hasOre) {
        *why = Tr::tr("beloppet saknas (amount eller amount_ore)");
        return false;
    }
    if (hasOre) {
        *field = s("amount_ore");
        return readAmountOre(o.value(QLatin1String("amount_ore")), out, why);
    }
    const QJsonValue v = o.value(QLatin1String("amount"));
    if (!v.isString()) {
        *why = Tr::tr("amount ska vara text som \"1234,50\" (eller heltal öre i amount_ore), "
                      "inte %1")
                   .arg(jsonTypeName(v));
        return false;
    }
    return parseAmountText(v.toString(), out, why);
}

void readJsonLines(const QJsonValue &value, InvoiceDraft &draft, int line, Problems &problems)
{
    if (!value.isArray()) {
        problems.add(line, s("lines"),
                     Tr::tr("lines ska vara en lista, inte %1").arg(jsonTypeName(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("lines[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems.add(line, where, Tr::tr("en fakturarad ska vara ett objekt"));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        InvoiceLine invoiceLine;
        invoiceLine.lineNo = i + 1;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString k = it.key();
            if (k == QLatin1String("amount") || k == QLatin1String("amount_ore"))
                continue;
            if (k != QLatin1String("text") && k != QLatin1String("account")) {
                problems.add(line, where + QLatin1Char('.') + k,
                             Tr::tr("okänt fält \"%1\" i en fakturarad").arg(k));
                continue;
            }
            if (!it.value().isString() && !it.value().isNull()) {
                problems.add(line, where + QLatin1Char('.') + k,
                             Tr::tr("ska vara text, inte %1").arg(jsonTypeName(it.value())));
                continue;
            }
            (k == QLatin1String("text") ? invoiceLine.text : invoiceLine.account)
                = it.value().toString().trimmed();
        }
        QString field;
        QString why;
        if (!readObjectAmount(o, &invoiceLine.amount, &field, &why))
            problems.add(line, where + QLatin1Char('.') + field, why);
        draft.lines.append(invoiceLine);
    }
}

} // namespace

bool InvoiceFile::hasProblem(int line, const QString &field) const
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const InvoiceFileProblem &p) {
        return p.line == line && (p.field == field || p.field.isEmpty());
    });
}

QStringList InvoiceFileReader::columns()
{
    QStringList out;
    for (const Column &c : kColumns)
        out << s(c.name);
    return out;
}

QStringList InvoiceFileReader::requiredColumns()
{
    return {s("company"),      s("invoice_number"), s("name"),
            s("invoice_date"), s("due_date"),       s("amount")};
}

InvoiceFile InvoiceFileReader::read(const QByteArray &input, const QDate &referenceDate,
                                    Format format)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (format == Format::Auto) {
        const QByteArray start = bytes.trimmed().left(1);
        format = (start == "[" || start == "{") ? Format::Json : Format::Csv;
    }
    if (format == Format::Json)
        return readJson(bytes, referenceDate);

    // CLI.md: UTF-8. A Latin-1 export (Excel's "CSV") is refused with the line.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1;
        for (const QByteArray &raw : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString ignored = lineDecoder.decode(raw);
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        InvoiceFile file;
        file.readable = false;
        file.problems.append(
            {line, QString(), Tr::tr("filen är inte UTF-8 (spara den som \"CSV UTF-8\")")});
        return file;
    }
    QString unix = text;
    unix.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return readCsv(unix, referenceDate);
}

InvoiceFile InvoiceFileReader::readCsv(const QString &text, const QDate &referenceDate)
{
    InvoiceFile file;
    Problems problems;
    const QList<CsvRecord> records = splitCsv(text);

    // The header is the first record that is not blank.
    int headerIndex = 0;
    while (headerIndex < records.size() && records.at(headerIndex).error.isEmpty()
           && allEmpty(records.at(headerIndex).fields))
        ++headerIndex;
    if (headerIndex == records.size()) {
        file.readable = false;
        file.problems.append({1, QString(), Tr::tr("filen är tom; rubrikraden saknas")});
        return file;
    }
    const CsvRecord &header = records.at(headerIndex);
    const int headerLine = header.line;
    if (!header.error.isEmpty())
        problems.add(headerLine, QString(), header.error);

    // A spreadsheet's trailing ';' gives empty headings at the end: ignored.
    QStringList headings = header.fields;
    while (!headings.isEmpty() && headings.last().isEmpty())
        headings.removeLast();
    QList<const Column *> columns;
    QSet<QString> seen;
    for (int i = 0; i < headings.size(); ++i) {
        const QString name = headings.at(i).toLower();
        const Column *column = findColumn(name);
        if (name.isEmpty())
            problems.add(headerLine, QString(), Tr::tr("kolumn %1 saknar rubrik").arg(i + 1));
        else if (!column)
            problems.add(
                headerLine, name,
                Tr::tr("okänd kolumn \"%1\"; tillåtna är %2")
                    .arg(headings.at(i), InvoiceFileReader::columns().join(QLatin1Char(';'))));
        else if (seen.contains(name))
            problems.add(headerLine, name, Tr::tr("kolumnen \"%1\" finns två gånger").arg(name));
        seen.insert(name);
        columns.append(column);
    }
    for (const QString &required : requiredColumns())
        if (!seen.contains(required))
            problems.add(headerLine, required,
                         Tr::tr("kolumnen \"%1\" saknas i rubrikraden").arg(required));
    if (!seen.contains(s("id_number")) && !seen.contains(s("customer_number")))
        problems.add(headerLine, s("id_number"),
                     Tr::tr("kolumnen \"id_number\" eller \"customer_number\" krävs"));
    if (!problems.list.isEmpty()) {
        file.readable = false;
        file.problems = problems.sorted();
        return file;
    }

    for (int r = headerIndex + 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (!record.error.isEmpty()) {
            problems.add(record.line, QString(), record.error);
            continue;
        }
        if (allEmpty(record.fields))
            continue;
        // Trailing empty fields beyond the header (a spreadsheet's extra ';') are harmless.
        QStringList fields = record.fields;
        while (fields.size() > columns.size() && fields.last().isEmpty())
            fields.removeLast();
        if (fields.size() != columns.size()) {
            problems.add(record.line, QString(),
                         Tr::tr("raden har %1 fält men rubrikraden har %2")
                             .arg(fields.size())
                             .arg(columns.size()));
            continue;
        }
        InvoiceDraft draft;
        for (int i = 0; i < columns.size(); ++i)
            setField(draft, *columns.at(i), fields.at(i), record.line, referenceDate, problems);
        file.drafts.append(draft);
        file.lines.append(record.line);
    }
    file.problems = problems.sorted();
    return file;
}

InvoiceFile InvoiceFileReader::readJson(const QByteArray &bytes, const QDate &referenceDate)
{
    InvoiceFile file;
    Problems problems;
    auto unreadable = [&file](int line, const QString &message) {
        file.readable = false;
        file.drafts.clear();
        file.lines.clear();
        file.problems = {{line, QString(), message}};
        return file;
    };

    if (bytes.trimmed().isEmpty())
        return unreadable(1, Tr::tr("filen är tom"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return unreadable(lineAt(bytes, error.offset),
                          Tr::tr("ogiltig JSON: %1").arg(error.errorString()));
    QJsonArray invoices;
    if (doc.isArray()) {
        invoices = doc.array();
    } else {
        const QJsonObject root = doc.object();
        for (auto it = root.constBegin(); it != root.constEnd(); ++it)
            if (it.key() != QLatin1String("invoices"))
                return unreadable(1, Tr::tr("okänt fält \"%1\"; filen ska vara en lista av "
                                            "fakturor eller {\"invoices\": [...]}")
                                         .arg(it.key()));
        if (!root.value(QLatin1String("invoices")).isArray())
            return unreadable(1, Tr::tr("\"invoices\" saknas eller är ingen lista"));
        invoices = root.value(QLatin1String("invoices")).toArray();
    }
    const QList<int> lines = elementLines(bytes);

    for (int i = 0; i < invoices.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 1;
        if (!invoices.at(i).isObject()) {
            problems.add(line, QString(),
                         Tr::tr("en faktura ska vara ett objekt, inte %1")
                             .arg(jsonTypeName(invoices.at(i))));
            continue;
        }
        const QJsonObject o = invoices.at(i).toObject();
        InvoiceDraft draft;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("amount") || key == QLatin1String("amount_ore"))
                continue;
            if (key == QLatin1String("lines")) {
                readJsonLines(it.value(), draft, line, problems);
                continue;
            }
            const Column *column = findColumn(key);
            if (!column) {
                problems.add(line, key, Tr::tr("okänt fält \"%1\"").arg(key));
                continue;
            }
            if (!it.value().isString() && !it.value().isNull()) {
                problems.add(line, key,
                             Tr::tr("ska vara text, inte %1").arg(jsonTypeName(it.value())));
                continue;
            }
            setField(draft, *column, it.value().toString().trimmed(), line, referenceDate,
                     problems);
        }
        QString field;
        QString why;
        if (!readObjectAmount(o, &draft.amount, &field, &why))
            problems.add(line, field, why);
        file.drafts.append(draft);
        file.lines.append(line);
    }
    file.problems = problems.sorted();
    return file;
}

} // namespace rsk
