#pragma once

#include "ledger/types.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rsk {

// One thing wrong in an invoice file: the line it is on (1-based; the line a
// record starts on), the field or column when known, and why (Swedish).
struct InvoiceFileProblem
{
    int line = 0;
    QString field; // CSV column / JSON key; empty for the file or the record as a whole
    QString message;
};

// What InvoiceFileReader read: the drafts with the line each starts on, and
// every problem found. A draft whose fields had problems is still listed (the
// fields in question are left empty) so that the ledger's own checks can run
// on the rest of it and every bad line is reported in one go. When `readable`
// is false the file as a whole could not be read (no header, unknown column,
// broken JSON…) and `drafts` must not be used.
struct InvoiceFile
{
    QList<InvoiceDraft> drafts;
    QList<int> lines;                   // lines[i] is the line drafts[i] starts on
    QList<InvoiceFileProblem> problems; // in line order
    bool readable = true;

    bool hasProblems() const { return !problems.isEmpty(); }
    // True when `field` of the record on `line` already has a problem here.
    bool hasProblem(int line, const QString &field) const;
};

// Reads the invoice files of `reskontra-cli import invoices` (CLI.md "Invoice
// CSV"):
//
// CSV: UTF-8 (a BOM is accepted), ';'-separated, a header row naming the
// columns in any order; fields may be quoted with '"' (a doubled quote inside
// is one quote, and a quoted field may span lines); LF or CRLF line endings;
// blank lines (also ";;;" rows) are skipped; values are trimmed.
//
// JSON: an array of objects, or an object {"invoices": [...]}, with the same
// field names as the CSV columns. Text fields are JSON strings. The amount is
// either "amount": "1234,50" (Swedish, as in the CSV) or "amount_ore": 123450
// (an integer; JSON numbers are not used for kronor because they are not
// exact). An optional "lines": [{"text", "amount" | "amount_ore", "account"}]
// gives the invoice lines, which must add up to the amount.
//
// Amounts are read with Money::parse, dates with parseDate (YYYY-MM-DD,
// YYYYMMDD or YYMMDD, the century taken from `referenceDate`). The ledger's
// rules (company, duplicates, person numbers, lengths…) are not checked here:
// that is InvoiceValidator's job.
class InvoiceFileReader
{
public:
    enum class Format { Auto, Csv, Json };

    // Auto: JSON when the first character after an optional BOM and blanks is
    // '[' or '{', otherwise CSV.
    static InvoiceFile read(const QByteArray &bytes, const QDate &referenceDate,
                            Format format = Format::Auto);

    // Every column the CSV may have, in CLI.md order.
    static QStringList columns();
    // Columns that must be present (plus id_number or customer_number).
    static QStringList requiredColumns();

private:
    static InvoiceFile readCsv(const QString &text, const QDate &referenceDate);
    static InvoiceFile readJson(const QByteArray &bytes, const QDate &referenceDate);
};

} // namespace rsk
