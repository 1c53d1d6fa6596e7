#pragma once

#include "reports/reporttable.h"

#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace rsk {

// A report on paper (STYLE.md: HTML → QTextDocument → QPrinter, as DB
// Browser for SQLite prints): the title, the selection, the printing date,
// then the table with its header repeated on every page, amounts right-
// aligned in Swedish format ("1 234,50"), sum rows bold, page numbers at the
// bottom. Used for the print preview (F16) and for PDFs.
//
// A printed list is read by people: the caller keeps it to a size worth
// printing (kSuggestedMaxRows) and offers the XLSX/CSV export for more.
class ReportPrint : public ReportWriter
{
public:
    static constexpr qint64 kSuggestedMaxRows = 20000;

    // `printedOn` is shown in the heading (the ledger's today()).
    explicit ReportPrint(const QDate &printedOn = QDate());
    ~ReportPrint() override;

    void begin(const ReportLayout &layout) override;
    void addRow(const ReportRow &row) override;
    void finish() override;

    const QString &html() const { return m_html; }
    // A new document of the HTML, in the font the list is printed in.
    std::unique_ptr<QTextDocument> document() const;
    // Lays the document out on the printer's pages and prints it. Sets A4
    // landscape unless the caller chose otherwise before.
    void print(QPrinter *printer) const;
    // Writes a PDF (A4 landscape); throws LedgerError::Refused on failure.
    void writePdf(const QString &path) const;

    // "1 234,50" with no-break spaces, "2026-03-02", "12"; empty for null.
    static QString cellText(const QVariant &value, ReportColumn::Kind kind);

private:
    QDate m_printedOn;
    ReportLayout m_layout;
    QString m_html;
    int m_firstNumeric = -1;
};

} // namespace rsk
