#include "output.h"

#include <QStringList>

#include <cstdio>

namespace rsk::cli {

Value Value::text(const QString &text)
{
    Value v;
    v.m_kind = Kind::Text;
    v.m_text = text;
    return v;
}

Value Value::integer(qint64 number)
{
    Value v;
    v.m_kind = Kind::Integer;
    v.m_number = number;
    return v;
}

Value Value::money(Money amount)
{
    Value v;
    v.m_kind = Kind::Money;
    v.m_number = amount.ore();
    return v;
}

Value Value::date(const QDate &date)
{
    Value v;
    if (date.isValid()) {
        v.m_kind = Kind::Date;
        v.m_date = date;
    }
    return v;
}

Value Value::boolean(bool flag)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_number = flag ? 1 : 0;
    return v;
}

Value Value::textOrNull(const QString &text)
{
    return text.isEmpty() ? Value() : Value::text(text);
}

QString Value::forTable() const
{
    switch (m_kind) {
    case Kind::Null:
        return {};
    case Kind::Text:
        return m_text;
    case Kind::Integer:
        return QString::number(m_number);
    case Kind::Money:
        return moneyValue().toString();
    case Kind::Date:
        return m_date.toString(Qt::ISODate);
    case Kind::Bool:
        return m_number ? QStringLiteral("ja") : QStringLiteral("nej");
    }
    return {};
}

QString Value::forCsv() const
{
    switch (m_kind) {
    case Kind::Money:
        return moneyValue().toPlainString();
    case Kind::Bool:
        return m_number ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return forTable();
    }
}

// ---- Json ------------------------------------------------------------------

Json::Json(const Value &value)
    : m_value(value)
{}

Json Json::object()
{
    Json j;
    j.m_type = Type::Object;
    return j;
}

Json Json::array()
{
    Json j;
    j.m_type = Type::Array;
    return j;
}

Json &Json::add(const QString &key, const Value &value)
{
    m_keys.push_back(value.kind() == Value::Kind::Money ? key + QStringLiteral("_ore") : key);
    m_children.push_back(Json(value));
    return *this;
}

Json &Json::add(const QString &key, const Json &value)
{
    m_keys.push_back(key);
    m_children.push_back(value);
    return *this;
}

Json &Json::append(const Json &value)
{
    m_children.push_back(value);
    return *this;
}

namespace {

void writeString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

void Json::write(QString &out, int indent) const
{
    const QString inner(indent + 2, QLatin1Char(' '));
    const QString outer(indent, QLatin1Char(' '));
    switch (m_type) {
    case Type::Scalar:
        switch (m_value.kind()) {
        case Value::Kind::Null:
            out += QLatin1String("null");
            break;
        case Value::Kind::Text:
            writeString(out, m_value.textValue());
            break;
        case Value::Kind::Integer:
        case Value::Kind::Money:
            // Exact: öre are written as integers, never through a double.
            out += QString::number(m_value.integerValue());
            break;
        case Value::Kind::Date:
            writeString(out, m_value.dateValue().toString(Qt::ISODate));
            break;
        case Value::Kind::Bool:
            out += m_value.boolValue() ? QLatin1String("true") : QLatin1String("false");
            break;
        }
        break;
    case Type::Object:
    case Type::Array: {
        const bool isObject = m_type == Type::Object;
        out += isObject ? QLatin1Char('{') : QLatin1Char('[');
        if (m_children.empty()) {
            out += isObject ? QLatin1Char('}') : QLatin1Char(']');
            break;
        }
        out += QLatin1Char('\n');
        for (size_t i = 0; i < m_children.size(); ++i) {
            out += inner;
            if (isObject) {
                writeString(out, m_keys.at(i));
                out += QLatin1String(": ");
            }
            m_children.at(i).write(out, indent + 2);
            if (i + 1 < m_children.size())
                out += QLatin1Char(',');
            out += QLatin1Char('\n');
        }
        out += outer;
        out += isObject ? QLatin1Char('}') : QLatin1Char(']');
        break;
    }
    }
}

QString Json::serialize() const
{
    QString out;
    write(out, 0);
    out += QLatin1Char('\n');
    return out;
}

// ---- records and tables ----------------------------------------------------

QString jsonKey(const Field &field)
{
    return field.value.kind() == Value::Kind::Money ? field.key + QStringLiteral("_ore")
                                                    : field.key;
}

Json toJson(const Record &record)
{
    Json o = Json::object();
    for (const Field &f : record)
        o.add(f.key, f.value);
    return o;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString alignColumns(const QList<QStringList> &rows, const QList<bool> &rightAligned, bool withRule)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], int(row.at(i).size()));
        }
    QString out;
    auto writeRow = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            const bool right = i < rightAligned.size() && rightAligned.at(i);
            line += right ? row.at(i).rightJustified(widths.at(i))
                          : row.at(i).leftJustified(widths.at(i));
        }
        // Keep lines free of trailing blanks (diff-friendly golden files).
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    for (int r = 0; r < rows.size(); ++r) {
        writeRow(rows.at(r));
        if (r == 0 && withRule) {
            QStringList rule;
            for (int w : widths)
                rule << QString(w, QLatin1Char('-'));
            writeRow(rule);
        }
    }
    return out;
}

QString recordAsTable(const Record &record)
{
    QList<QStringList> rows;
    for (const Field &f : record)
        rows.append({f.label, f.value.forTable()});
    return alignColumns(rows, {false, false}, false);
}

QString recordAsCsv(const Record &record)
{
    QStringList header;
    QStringList values;
    for (const Field &f : record) {
        header << csvField(f.key);
        values << csvField(f.value.forCsv());
    }
    return header.join(QLatin1Char(';')) + QLatin1Char('\n') + values.join(QLatin1Char(';'))
           + QLatin1Char('\n');
}

QString renderRecord(const Record &record, Format format)
{
    switch (format) {
    case Format::Table:
        return recordAsTable(record);
    case Format::Csv:
        return recordAsCsv(record);
    case Format::Json:
        return toJson(record).serialize();
    }
    return {};
}

QString Table::asTable() const
{
    QList<int> shown;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).inTable())
            shown.append(i);
    QList<QStringList> rows;
    QStringList header;
    for (int i : shown)
        header << m_columns.at(i).label;
    rows.append(header);
    QList<bool> right;
    for (int i : shown)
        right.append(m_columns.at(i).isNumeric());
    for (const QList<Value> &row : m_rows) {
        QStringList cells;
        for (int i : shown)
            cells << row.value(i).forTable();
        rows.append(cells);
    }
    return alignColumns(rows, right, true);
}

QString Table::asCsv() const
{
    QStringList header;
    for (const Column &c : m_columns)
        header << csvField(c.key);
    QString out = header.join(QLatin1Char(';')) + QLatin1Char('\n');
    for (const QList<Value> &row : m_rows) {
        QStringList cells;
        for (int i = 0; i < m_columns.size(); ++i)
            cells << csvField(row.value(i).forCsv());
        out += cells.join(QLatin1Char(';')) + QLatin1Char('\n');
    }
    return out;
}

Json Table::asJson() const
{
    Json array = Json::array();
    for (const QList<Value> &row : m_rows) {
        Json o = Json::object();
        for (int i = 0; i < m_columns.size(); ++i) {
            const Column &c = m_columns.at(i);
            o.add(c.isMoney() ? c.key + QStringLiteral("_ore") : c.key, Json(row.value(i)));
        }
        array.append(o);
    }
    return array;
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace rsk::cli
