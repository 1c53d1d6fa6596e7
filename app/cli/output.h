#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace rsk::cli {

// --format (CLI.md "Conventions").
enum class Format { Table, Csv, Json };

// One value as the three formats need it: money keeps its öre (JSON integer
// *_ore, CSV "1234,50", table "1 234,50"), dates their null-ness.
class Value
{
public:
    enum class Kind { Null, Text, Integer, Money, Date, Bool };

    Value() = default;
    static Value text(const QString &text);
    static Value integer(qint64 number);
    static Value money(Money amount);
    // An invalid date is null.
    static Value date(const QDate &date);
    static Value boolean(bool flag);
    // Null for an empty text, otherwise text.
    static Value textOrNull(const QString &text);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isNumeric() const { return m_kind == Kind::Integer || m_kind == Kind::Money; }

    // Swedish, for people: "1 234,50", "2026-11-26", "ja"; null is empty.
    QString forTable() const;
    // For CSV: "1234,50", "2026-11-26", "true"; null is empty.
    QString forCsv() const;

    QString textValue() const { return m_text; }
    qint64 integerValue() const { return m_number; }
    Money moneyValue() const { return Money::fromOre(m_number); }
    QDate dateValue() const { return m_date; }
    bool boolValue() const { return m_number != 0; }

private:
    Kind m_kind = Kind::Null;
    QString m_text;
    qint64 m_number = 0;
    QDate m_date;
};

// A JSON value that keeps its members in the order they were added, so that
// output follows the order of CLI.md "Output fields" (QJsonObject sorts keys).
class Json
{
public:
    Json() = default;         // null
    Json(const Value &value); // NOLINT: a Value is a JSON scalar
    static Json object();
    static Json array();

    // Objects: appends a member. Money values get the "_ore" suffix on `key`.
    Json &add(const QString &key, const Value &value);
    Json &add(const QString &key, const Json &value);
    // Arrays: appends an element.
    Json &append(const Json &value);

    // Two-space indentation, UTF-8 text (no \u escapes for letters), "\n" at the end.
    QString serialize() const;

private:
    enum class Type { Scalar, Object, Array };
    void write(QString &out, int indent) const;
    Type m_type = Type::Scalar;
    Value m_value;
    // std::vector: the standard allows it over the still incomplete Json.
    std::vector<QString> m_keys; // objects: one per child
    std::vector<Json> m_children;
};

// A named field of a record: `key` as in JSON/CSV (money without "_ore"),
// `label` for the table format.
struct Field
{
    QString key;
    QString label;
    Value value;
};
using Record = QList<Field>;

// The key a field has in JSON: money gets "_ore" (CLI.md "Money in JSON is
// integer öre in fields named *_ore").
QString jsonKey(const Field &field);
Json toJson(const Record &record);

// Table format of one record: "label  value" lines, labels aligned.
QString recordAsTable(const Record &record);
// CSV of one record: a header row of the keys and one row.
QString recordAsCsv(const Record &record);
QString renderRecord(const Record &record, Format format);

// A list with fixed columns (it may be empty).
struct Column
{
    enum Flag { Plain = 0, Money = 1, Numeric = 2, NotInTable = 4 };
    QString key; // money columns without "_ore"
    QString label;
    int flags = Plain; // NotInTable: only in CSV and JSON (keeps the table narrow)

    bool isMoney() const { return flags & Money; }
    bool isNumeric() const { return flags & (Money | Numeric); }
    bool inTable() const { return !(flags & NotInTable); }
};

class Table
{
public:
    explicit Table(const QList<Column> &columns)
        : m_columns(columns)
    {}
    void addRow(const QList<Value> &row) { m_rows.append(row); }
    int rowCount() const { return int(m_rows.size()); }
    const QList<Column> &columns() const { return m_columns; }

    // Aligned columns with a header and a rule; numbers right-aligned.
    QString asTable() const;
    // ';'-separated, a header row, fields quoted when needed.
    QString asCsv() const;
    // An array of objects (money keys with "_ore").
    Json asJson() const;

private:
    QList<Column> m_columns;
    QList<QList<Value>> m_rows;
};

// One CSV field: quoted when it holds ';', '"' or a line break.
QString csvField(const QString &text);
// Aligns `rows` (the first is the header) into columns; right-aligns the
// columns whose index is in `rightAligned`; a rule under the header.
QString alignColumns(const QList<QStringList> &rows, const QList<bool> &rightAligned,
                     bool withRule);

// Writes UTF-8 to stdout / stderr.
void writeOut(const QString &text);
void writeErr(const QString &text);

} // namespace rsk::cli
