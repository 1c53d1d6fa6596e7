#include "models/reporttablemodel.h"

#include "storage/ledgererror.h"

#include <QFont>

#include <limits>

namespace rsk::ui {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ReportTableModel::~ReportTableModel() = default;

void ReportTableModel::setPager(std::unique_ptr<ReportPager> pager)
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_fetches = 0;
    m_rows = 0;
    m_layout = ReportLayout();
    m_pager = std::move(pager);
    try {
        if (m_pager) {
            m_layout = m_pager->layout();
            m_rows = m_pager->rowCount();
        }
    } catch (...) {
        m_pager.reset();
        m_layout = ReportLayout();
        m_rows = 0;
        endResetModel();
        throw;
    }
    endResetModel();
}

const QList<ReportRow> *ReportTableModel::page(qint64 number) const
{
    auto it = m_pages.constFind(number);
    if (it != m_pages.constEnd()) {
        m_recent.removeOne(number);
        m_recent.append(number);
        return &it.value();
    }
    QList<ReportRow> rows;
    try {
        rows = m_pager->rows(number * kPageSize, kPageSize);
    } catch (const LedgerError &e) {
        emit fetchFailed(e.message());
        return nullptr;
    }
    ++m_fetches;
    if (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(number);
    return &m_pages.insert(number, rows).value();
}

ReportRow ReportTableModel::reportRow(int row) const
{
    if (!m_pager || row < 0 || row >= m_rows)
        return ReportRow();
    const QList<ReportRow> *rows = page(row / kPageSize);
    if (!rows)
        return ReportRow();
    return rows->value(row % kPageSize);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layout.columns.size());
}

QString ReportTableModel::displayText(const QVariant &value, ReportColumn::Kind kind)
{
    return reportCellText(value, kind);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_layout.columns.size())
        return QVariant();
    const ReportColumn &column = m_layout.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const ReportRow r = reportRow(index.row());
        if (r.isSum()) {
            if (index.column() == 0)
                return r.label;
            if (!column.isNumeric())
                return QVariant();
        }
        return displayText(r.cells.value(index.column()), column.kind);
    }
    case Qt::TextAlignmentRole:
        return column.isNumeric() ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                  : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (reportRow(index.row()).isSum()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case RawRole:
        return reportRow(index.row()).cells.value(index.column());
    case RowTypeRole:
        return int(reportRow(index.row()).type);
    default:
        return QVariant();
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_layout.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ReportColumn &c = m_layout.columns.at(section);
    if (role == Qt::DisplayRole)
        return c.title;
    if (role == Qt::TextAlignmentRole)
        return c.isNumeric() ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                             : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    return QVariant();
}

} // namespace rsk::ui
