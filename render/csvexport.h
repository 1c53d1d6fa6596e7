#pragma once

#include "reports/reporttable.h"

#include <QByteArray>

class QIODevice;

namespace rsk {

// A report as CSV (CLI.md "Conventions"): UTF-8, ';'-separated, a header
// row, amounts "1234,50" (öre formatted exactly, no floating point), dates
// YYYY-MM-DD, fields quoted only when they hold ';', '"' or a line break.
// Streams: rows go out in 64 KiB blocks, so a 1 M-row list never sits in
// memory. Subtotal and total rows carry their label in the first column and
// only the sums of the numeric columns.
class CsvExport : public ReportWriter
{
public:
    struct Options
    {
        bool byteOrderMark = true; // Excel reads UTF-8 only with a BOM
        bool keyHeader = false;    // header of column keys (scripts) instead of titles
        bool includeSums = true;   // subtotal and total rows
    };

    // `out` must be open for writing and outlive the export.
    explicit CsvExport(QIODevice *out);
    CsvExport(QIODevice *out, const Options &options);
    ~CsvExport() override;

    void begin(const ReportLayout &layout) override;
    void addRow(const ReportRow &row) override;
    // Flushes; throws LedgerError::Refused when the device could not be written.
    void finish() override;

    qint64 rowsWritten() const { return m_rows; }

    // One field, quoted when needed.
    static QString field(const QString &text);
    // One cell of `kind` as CSV text (empty for a null cell).
    static QString cell(const QVariant &value, ReportColumn::Kind kind);

private:
    void appendLine(const QStringList &fields);
    void flush(bool force);

    QIODevice *m_out;
    Options m_options;
    ReportLayout m_layout;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

} // namespace rsk
