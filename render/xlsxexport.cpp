#include "xlsxexport.h"

#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QDir>

#include <xlsxwriter.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
};

// Excel's limit of rows per sheet.
constexpr unsigned kMaxRows = 1048576;

double columnWidth(const ReportColumn &c)
{
    if (c.width > 0)
        return c.width;
    switch (c.kind) {
    case ReportColumn::Kind::Money:
        return std::max<double>(15, c.title.size() + 2);
    case ReportColumn::Kind::Date:
        return std::max<double>(11, c.title.size() + 2);
    case ReportColumn::Kind::Integer:
        return std::max<double>(8, c.title.size() + 2);
    case ReportColumn::Kind::Text:
        break;
    }
    return std::max<double>(8, c.title.size() + 2);
}

constexpr int kBatchRows = 2048;
constexpr size_t kMaxQueuedBatches = 8; // ~16 000 rows in flight at most

} // namespace

// The consumer side: takes batches of rows off a bounded queue and writes
// them with libxlsxwriter. The first error stops it; the caller's thread
// sees it at the next push or at finish().
class XlsxExport::Worker
{
public:
    explicit Worker(XlsxExport &owner) : m_owner(owner), m_thread([this] { run(); }) {}
    ~Worker() { stop(); }

    // Blocks while the queue is full. Returns the worker's error, if any.
    int push(QList<ReportRow> &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_error; });
        if (!m_error)
            m_queue.push_back(std::move(batch));
        m_ready.notify_one();
        return m_error;
    }
    // Waits until everything queued is written; returns the error, if any.
    int stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

private:
    void run()
    {
        for (;;) {
            QList<ReportRow> batch;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            for (const ReportRow &row : std::as_const(batch)) {
                const int error = m_owner.writeCells(row);
                if (error != LXW_NO_ERROR) {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    m_error = error;
                    m_queue.clear();
                    m_space.notify_all();
                    return;
                }
            }
        }
    }

    XlsxExport &m_owner;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QList<ReportRow>> m_queue;
    bool m_done = false;
    int m_error = LXW_NO_ERROR;
    std::thread m_thread; // last: started after the members above exist
};

XlsxExport::XlsxExport(const QString &path) : m_path(path), m_pathBytes(QFile::encodeName(path)) {}

XlsxExport::~XlsxExport()
{
    // An export that was never finished (an exception on the way) still
    // releases the workbook; the half-written file is removed.
    m_worker.reset();
    if (m_workbook) {
        workbook_close(m_workbook);
        QFile::remove(m_path);
    }
}

double XlsxExport::excelSerial(const QDate &date)
{
    // 1900 date system: day 1 = 1900-01-01, with Excel's phantom 1900-02-29,
    // so from 1900-03-01 on the serial is the days since 1899-12-30.
    return double(QDate(1899, 12, 30).daysTo(date));
}

void XlsxExport::check(int error, const char *what) const
{
    if (error != LXW_NO_ERROR)
        throw LedgerError::refused(Tr::tr("Kunde inte skriva Excel-filen %1 (%2): %3")
                                       .arg(m_path, QLatin1String(what),
                                            QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

void XlsxExport::begin(const ReportLayout &layout)
{
    m_layout = layout;
    lxw_workbook_options options{};
    // constant_memory: rows are flushed to a temporary file as they are
    // written (ARCHITECTURE.md budget: 1 M-row export < 10 s, no ledger in
    // memory); zip64 because such a sheet can pass 4 GB uncompressed.
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m_tmpDir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = m_tmpDir.data();
    m_workbook = workbook_new_opt(m_pathBytes.constData(), &options);
    if (!m_workbook)
        throw LedgerError::refused(Tr::tr("Kunde inte skapa Excel-filen %1.").arg(m_path));

    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    // Format codes are stored in the file's (US) notation; Excel shows them
    // in the reader's locale: "#,##0.00" appears as "1 234,50" in Swedish.
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "#,##0.00");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_integer = workbook_add_format(m_workbook);
    format_set_num_format(m_integer, "0");
    m_sumText = workbook_add_format(m_workbook);
    format_set_bold(m_sumText);
    m_sumMoney = workbook_add_format(m_workbook);
    format_set_bold(m_sumMoney);
    format_set_num_format(m_sumMoney, "#,##0.00");
    m_sumInteger = workbook_add_format(m_workbook);
    format_set_bold(m_sumInteger);
    format_set_num_format(m_sumInteger, "0");
    m_title = workbook_add_format(m_workbook);
    format_set_bold(m_title);
    format_set_font_size(m_title, 14);
    startListSheet();
    m_batch.reserve(kBatchRows);
    m_worker = std::make_unique<Worker>(*this);
}

void XlsxExport::startListSheet()
{
    ++m_sheets;
    QString name = m_layout.title.left(25);
    if (name.isEmpty())
        name = Tr::tr("Lista");
    if (m_sheets > 1)
        name += QStringLiteral(" (%1)").arg(m_sheets);
    for (const char bad : {'[', ']', ':', '*', '?', '/', '\\'})
        name.replace(QLatin1Char(bad), QLatin1Char(' '));
    m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!m_sheet)
        check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "worksheet");
    // Column widths first: constant_memory mode writes <cols> before the rows.
    for (int i = 0; i < m_layout.columns.size(); ++i)
        check(worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i),
                                   columnWidth(m_layout.columns.at(i)), nullptr),
              "column");
    for (int i = 0; i < m_layout.columns.size(); ++i)
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(i),
                                     m_layout.columns.at(i).title.toUtf8().constData(), m_header),
              "header");
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
}

void XlsxExport::addRow(const ReportRow &row)
{
    m_batch.append(row);
    ++m_rows;
    if (m_batch.size() >= kBatchRows) {
        check(m_worker->push(std::move(m_batch)), "cell");
        m_batch = QList<ReportRow>();
        m_batch.reserve(kBatchRows);
    }
}

// On the worker thread: one row's cells. Returns an lxw_error.
int XlsxExport::writeCells(const ReportRow &row)
{
    if (m_row >= kMaxRows) {
        try {
            startListSheet();
        } catch (const LedgerError &) {
            return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
        }
    }
    const QList<ReportColumn> &columns = m_layout.columns;
    const bool sum = row.isSum();
    for (int i = 0; i < columns.size(); ++i) {
        const lxw_col_t col = lxw_col_t(i);
        if (sum && i == 0) {
            const lxw_error error = worksheet_write_string(
                m_sheet, m_row, col, row.label.toUtf8().constData(), m_sumText);
            if (error != LXW_NO_ERROR)
                return error;
            continue;
        }
        const ReportColumn &c = columns.at(i);
        if (row.isEmpty(i) || (sum && !c.isNumeric()))
            continue;
        lxw_error error = LXW_NO_ERROR;
        switch (c.kind) {
        case ReportColumn::Kind::Money:
            // Money is öre (int64) everywhere in the program; only here, at
            // the boundary to Excel, which stores every number as a double,
            // does it become kronor. öre/100.0 is the double nearest the exact
            // decimal; a double holds 15–17 significant digits, so any amount
            // of up to 13 digits (10-digit amounts and sums of a million of
            // them) shows exactly with two decimals. Nothing computes with it.
            error = worksheet_write_number(m_sheet, m_row, col,
                                           double(row.cells.at(i).toLongLong()) / 100.0,
                                           sum ? m_sumMoney : m_money);
            break;
        case ReportColumn::Kind::Date:
            // A date cell in xlsx is its serial day number with a date format
            // (what worksheet_write_datetime() writes too, without its
            // per-cell conversion).
            error = worksheet_write_number(m_sheet, m_row, col, excelSerial(row.date(i)), m_date);
            break;
        case ReportColumn::Kind::Integer:
            error = worksheet_write_number(m_sheet, m_row, col, double(row.integer(i)),
                                           sum ? m_sumInteger : m_integer);
            break;
        case ReportColumn::Kind::Text:
            error = worksheet_write_string(m_sheet, m_row, col,
                                           row.cells.at(i).toString().toUtf8().constData(),
                                           nullptr);
            break;
        }
        if (error != LXW_NO_ERROR)
            return error;
    }
    ++m_row;
    return LXW_NO_ERROR;
}

void XlsxExport::finish()
{
    if (!m_batch.isEmpty())
        check(m_worker->push(std::move(m_batch)), "cell");
    m_batch = QList<ReportRow>();
    const int error = m_worker->stop();
    m_worker.reset();
    check(error, "cell");
    lxw_worksheet *selection
        = workbook_add_worksheet(m_workbook, Tr::tr("Urval").toUtf8().constData());
    if (selection) {
        worksheet_set_column(selection, 0, 0, 60, nullptr);
        worksheet_write_string(selection, 0, 0, m_layout.title.toUtf8().constData(), m_title);
        lxw_row_t r = 2;
        for (const QString &line : m_layout.selection)
            worksheet_write_string(selection, r++, 0, line.toUtf8().constData(), nullptr);
    }
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr;
    check(workbook_close(workbook), "close");
}

} // namespace rsk
