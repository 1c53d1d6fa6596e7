#pragma once

#include "reports/reporttable.h"

#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace rsk {

// A report as an Excel workbook (libxlsxwriter), written as it streams in:
// the workbook runs in constant_memory mode, so each row goes to a temporary
// file as soon as it is complete and a 1 M-row list takes a few MB.
// Sheet 1 holds the list: a bold, frozen header row, real number cells for
// money (format "# ##0,00" in a Swedish Excel), real date cells
// (ÅÅÅÅ-MM-DD), integer cells, bold subtotal rows. Sheet 2 ("Urval") holds
// the title and the selection. A list longer than a sheet (1 048 576 rows)
// goes on in a second list sheet with the header repeated.
//
// The cells are written on a worker thread fed with batches of rows, so that
// reading the ledger (the caller's thread, which owns the database
// connection) and writing the sheet's XML use both cores; the queue is
// bounded, so memory stays flat.
class XlsxExport : public ReportWriter
{
public:
    explicit XlsxExport(const QString &path);
    ~XlsxExport() override;
    XlsxExport(const XlsxExport &) = delete;
    XlsxExport &operator=(const XlsxExport &) = delete;

    // Throws LedgerError::Refused when the file cannot be created.
    void begin(const ReportLayout &layout) override;
    void addRow(const ReportRow &row) override;
    // Writes the file; throws LedgerError::Refused when that fails.
    void finish() override;

    qint64 rowsWritten() const { return m_rows; }

    // The Excel serial day number of a date (1900 date system).
    static double excelSerial(const QDate &date);

private:
    class Worker;
    void startListSheet();
    int writeCells(const ReportRow &row); // on the worker thread; an lxw_error
    void check(int error, const char *what) const;

    std::unique_ptr<Worker> m_worker;
    QList<ReportRow> m_batch;

    QString m_path;
    QByteArray m_pathBytes;
    QByteArray m_tmpDir; // kept: libxlsxwriter may hold on to the pointer
    ReportLayout m_layout;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    int m_sheets = 0;
    unsigned m_row = 0; // next row on the current sheet
    qint64 m_rows = 0;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_sumText = nullptr;
    lxw_format *m_sumMoney = nullptr;
    lxw_format *m_sumInteger = nullptr;
    lxw_format *m_title = nullptr;
};

} // namespace rsk
