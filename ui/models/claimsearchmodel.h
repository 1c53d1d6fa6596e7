#pragma once

#include "ledger/invoicesearch.h"
#include "users/access.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class QThread;

namespace rsk::ui {

class ClaimSearchWorker;
struct ClaimSearchReply;
struct ClaimSearchShared;

// The Sök faktura list (handbook 6.1) over a ledger of a million claims
// (ARCHITECTURE.md: count + chunked fetch, sort/filter in SQL, never the
// whole ledger in memory).
//
// Every query runs on a worker thread with its own connection to the same
// ledger (Database::open on location(); SQLite in WAL mode lets it read while
// the clerk's connection writes), so the screen never waits for the ledger:
// - search() starts a new search: the first page (kPageSize rows, in the
//   search field's own order, InvoiceSearchQuery) comes first and is shown at
//   once; when it is full the worker then counts the whole list over the
//   same index range and the row count grows to the total. So the count
//   comes second, right after the first rows, and the scroll bar has its
//   full length as soon as the count is in.
// - Rows are kept in pages of kPageSize rows, at most kMaxPages of them
//   (least recently used dropped). data() for a row whose page is not here
//   asks the worker for that page and shows the row empty until it arrives
//   (dataChanged). Requests for pages the view has scrolled far past by the
//   time the worker gets to them are skipped, so dragging the scroll bar
//   does not queue a read of every page on the way.
// - Each search has a generation number; whatever an older search still
//   sends (first rows, count, pages) is dropped, and the worker skips what
//   is still queued for it.
// - A prefix nothing starts with lists from the nearest value instead
//   (handbook 6.1 "Finns inte det valda objektet visas listan med det värde
//   som ligger närmast överst"; positioned() says so).
// Sorting and filtering are the search's SQL; the view cannot re-sort.
class ClaimSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 30;
    // A page request further than this from the page asked for last is
    // skipped when the worker gets to it.
    static constexpr int kFocusPages = 3;

    // In column-set order (the screen shows a set with F9).
    enum Column {
        InvoiceNumber,
        IdNumber, // person number, or the customer number when there is none
        Name,
        Company,
        Amount,
        Paid,
        Balance,
        InvoiceDate,
        DueDate,
        FinalPaidDate,
        Remark, // anmärkning: the watch text (betalningsbevakning)
        Address,
        PostalCode,
        City,
        RegisterId,
        ColumnCount
    };

    enum class State { Idle, Searching, Counting, Done, Failed };

    // `ledgerLocation`: Database::location() of the clerk's ledger; the
    // worker opens its own connection to it on its first query, with
    // `access` (the clerk's role and companies: the list shows only those).
    explicit ClaimSearchModel(const QString &ledgerLocation, QObject *parent = nullptr,
                              const Access &access = Access::unrestricted());
    ~ClaimSearchModel() override;

    // Starts a search in the background and empties the list; the rows
    // follow (firstRowsArrived, then searchFinished or searchFailed).
    void search(const InvoiceSearch &criteria);
    // The search shown (positionOnly set when it lists from the nearest value).
    InvoiceSearch criteria() const { return m_criteria; }
    bool positioned() const { return m_positioned; }
    State state() const { return m_state; }
    // The rows of the list: known when state() is Done.
    qint64 totalRows() const { return m_rows; }

    // The row's claim if its page is here (id 0 otherwise); never reads.
    InvoiceSearchRow claim(int row) const;
    bool isLoaded(int row) const;

    // For tests and the benchmark: pages read for the current search (the
    // first page included), pages kept, late results of older searches
    // dropped since the model was made.
    int pagesFetched() const { return m_pagesFetched; }
    int pagesCached() const { return int(m_pages.size()); }
    int staleResultsDropped() const { return m_staleDropped; }
    // Tests: hold the worker at the start of its next job (after it has
    // checked that its search is still the current one) until released.
    void setWorkerPaused(bool paused);
    bool workerWaiting() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void searchStarted();
    // The first page is shown: `rows` of them (0: none found, not even near).
    void firstRowsArrived(int rows);
    // The whole list is counted.
    void searchFinished(qint64 rows);
    // The search was refused or the ledger could not be read (Swedish text).
    void searchFailed(const QString &message);
    // A page arrived (rows first..last now have data).
    void pageArrived(int firstRow, int lastRow);

private:
    void receive(const ClaimSearchReply &reply);
    void requestPage(int page) const;
    void storePage(int page, const QList<InvoiceSearchRow> &rows);
    // The row if its page is here; `touch` marks the page used (data()).
    const InvoiceSearchRow *cachedRow(int row, bool touch) const;
    QString displayText(const InvoiceSearchRow &r, int column) const;

    std::shared_ptr<ClaimSearchShared> m_shared;
    QThread *m_thread = nullptr;
    ClaimSearchWorker *m_worker = nullptr;

    quint64 m_generation = 0;
    InvoiceSearch m_criteria;
    bool m_positioned = false;
    State m_state = State::Idle;
    qint64 m_rows = 0;
    QHash<int, QList<InvoiceSearchRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QSet<int> m_pending; // asked for, not yet here
    int m_pagesFetched = 0;
    int m_staleDropped = 0;
};

} // namespace rsk::ui
