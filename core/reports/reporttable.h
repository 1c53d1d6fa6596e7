#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rsk {

// A small, generic row/column model for lists (handbook ch. 5, 6, 8): the
// payment lists build it now, the Saldolista and the other lists can reuse
// it. Core produces reports as data (ARCHITECTURE.md "Layers"); render/
// turns them into CSV, XLSX and printed pages, and ui/ shows them in tables.

struct ReportColumn
{
    enum class Kind { Text, Money, Date, Integer };
    QString key;   // stable, for CSV headers of machine exports and JSON ("amount")
    QString title; // Swedish, for people ("Belopp")
    Kind kind = Kind::Text;
    // Typical width in characters (names, remarks); 0 = from the kind and title.
    int width = 0;

    bool isNumeric() const { return kind == Kind::Money || kind == Kind::Integer; }
};

// One row. Cells follow the layout's columns and hold, by the column's kind:
// Text a QString, Money the öre as qint64 (never a double), Date a QDate
// (invalid = empty), Integer a qint64. A null QVariant is an empty cell.
struct ReportRow
{
    enum class Type { Detail, Subtotal, Total };
    Type type = Type::Detail;
    // For Subtotal rows: 1 = the innermost group, 2 = the group around it…
    int level = 0;
    // For Subtotal/Total rows: what the sum is of ("Summa 2026-03-02").
    // Writers show it in the first column and, of the cells, only the
    // numeric columns' sums.
    QString label;
    QVariantList cells;

    bool isSum() const { return type != Type::Detail; }
    QString text(int column) const { return cells.value(column).toString(); }
    Money money(int column) const { return Money::fromOre(cells.value(column).toLongLong()); }
    QDate date(int column) const { return cells.value(column).toDate(); }
    qint64 integer(int column) const { return cells.value(column).toLongLong(); }
    bool isEmpty(int column) const
    {
        const QVariant v = cells.value(column);
        return v.isNull() || (v.userType() == QMetaType::QDate && !v.toDate().isValid());
    }
};

// A cell as text for people: money "1 234,50", dates YYYY-MM-DD, integers;
// a null cell is empty. Screens and printed lists show the same text.
QString reportCellText(const QVariant &value, ReportColumn::Kind kind);

// What is printed above the rows: the list's name, the selection it was made
// with (one line per field), and the columns.
struct ReportLayout
{
    QString title;
    QStringList selection;
    QList<ReportColumn> columns;

    int columnIndex(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).key == key)
                return i;
        return -1;
    }
};

// Where a report streams its rows: CSV and XLSX exports, the printer, or an
// in-memory ReportTable. begin() once, addRow() per row in order, finish()
// once. A 1 M-row list passes through without being held (ARCHITECTURE.md
// "never the whole ledger in memory").
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual void begin(const ReportLayout &layout) = 0;
    virtual void addRow(const ReportRow &row) = 0;
    virtual void finish() = 0;
};

// Random access to a report's rows, for on-demand table models (count first,
// fetch the rows around the visible ones; STYLE.md practice 5).
class ReportPager
{
public:
    virtual ~ReportPager() = default;
    virtual ReportLayout layout() const = 0;
    // Every row, subtotal and total rows included.
    virtual qint64 rowCount() = 0;
    // Rows [first, first + count) (fewer at the end).
    virtual QList<ReportRow> rows(qint64 first, int count) = 0;
    // Streams every row to `writer`, in order (for print and export).
    virtual void writeAll(ReportWriter &writer) = 0;
};

// A report held in memory: for small lists (a forecast, a test) and as a
// writer that collects what a query streams.
class ReportTable : public ReportWriter
{
public:
    ReportTable() = default;
    explicit ReportTable(const ReportLayout &layout) : m_layout(layout) {}

    const ReportLayout &layout() const { return m_layout; }
    const QList<ReportRow> &rows() const { return m_rows; }
    QList<ReportRow> &rows() { return m_rows; }
    void setLayout(const ReportLayout &layout) { m_layout = layout; }

    void begin(const ReportLayout &layout) override
    {
        m_layout = layout;
        m_rows.clear();
    }
    void addRow(const ReportRow &row) override { m_rows.append(row); }
    void finish() override {}

    // Writes the held rows to another writer.
    void writeTo(ReportWriter &writer) const
    {
        writer.begin(m_layout);
        for (const ReportRow &row : m_rows)
            writer.addRow(row);
        writer.finish();
    }

private:
    ReportLayout m_layout;
    QList<ReportRow> m_rows;
};

// A finished report held in memory, paged for a table model: what a screen
// shows after a run or a kontrollista whose rows core already built.
class HeldReportPager : public ReportPager
{
public:
    explicit HeldReportPager(ReportTable table) : m_table(std::move(table)) {}
    ReportLayout layout() const override { return m_table.layout(); }
    qint64 rowCount() override { return m_table.rows().size(); }
    QList<ReportRow> rows(qint64 first, int count) override
    {
        if (first < 0 || first >= m_table.rows().size() || count <= 0)
            return {};
        return m_table.rows().mid(int(first), count);
    }
    void writeAll(ReportWriter &writer) override { m_table.writeTo(writer); }

private:
    ReportTable m_table;
};

} // namespace rsk
