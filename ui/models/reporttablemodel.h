#pragma once

#include "reports/reporttable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace rsk::ui {

// A table model over a core report (ReportPager) that loads on demand, as
// STYLE.md practice 5 and DB Browser for SQLite's RowCache do: the row count
// first, then pages of kPageSize rows around the rows the view asks for,
// at most kMaxPages of them kept (least recently used dropped). The ledger
// is never read whole into memory.
//
// Display: money "1 234,50" and numbers right-aligned, dates ÅÅÅÅ-MM-DD
// (UI.md "Look"); sum rows bold with their label in the first column.
// RawRole gives the typed value (öre as qint64, QDate) for sorting/tests.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 40;
    enum Role { RawRole = Qt::UserRole + 1, RowTypeRole };

    explicit ReportTableModel(QObject *parent = nullptr);
    ~ReportTableModel() override;

    // Takes the report, reads its row count (may throw LedgerError) and
    // resets the model. nullptr empties it.
    void setPager(std::unique_ptr<ReportPager> pager);
    ReportPager *pager() const { return m_pager.get(); }
    const ReportLayout &layout() const { return m_layout; }

    // The row, fetched when needed (an empty Detail row past the end).
    ReportRow reportRow(int row) const;
    // How many pages were read from the ledger since setPager() (tests).
    int pagesFetched() const { return m_fetches; }
    int pagesCached() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString displayText(const QVariant &value, ReportColumn::Kind kind);

signals:
    // A page could not be read (the ledger went away); the message is Swedish.
    void fetchFailed(const QString &message) const;

private:
    const QList<ReportRow> *page(qint64 number) const;

    std::unique_ptr<ReportPager> m_pager;
    ReportLayout m_layout;
    qint64 m_rows = 0;
    mutable QHash<qint64, QList<ReportRow>> m_pages;
    mutable QList<qint64> m_recent; // page numbers, most recent last
    mutable int m_fetches = 0;
};

} // namespace rsk::ui
