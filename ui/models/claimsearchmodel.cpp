#include "models/claimsearchmodel.h"

#include "ledger/protectedidentity.h"
#include "storage/database.h"

#include <QMetaObject>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <cstdlib>
#include <limits>

namespace rsk::ui {

// What the model and its worker share across the thread boundary.
struct ClaimSearchShared
{
    std::atomic<quint64> generation{0}; // the current search
    std::atomic<int> focusPage{0};      // the page the view asked for last

    // Tests hold the worker at the start of its next job (setWorkerPaused).
    QMutex gateMutex;
    QWaitCondition gateOpened;
    bool paused = false;
    int waiting = 0;

    void passGate()
    {
        QMutexLocker lock(&gateMutex);
        ++waiting;
        while (paused)
            gateOpened.wait(&gateMutex);
        --waiting;
    }
};

// One answer of the worker, queued to the model's thread.
struct ClaimSearchReply
{
    enum class Kind { FirstPage, Count, Page, Skipped, Failed };
    Kind kind = Kind::Page;
    quint64 generation = 0;
    int page = 0;
    qint64 count = 0;
    InvoiceSearch criteria; // FirstPage: the search as run
    QList<InvoiceSearchRow> rows;
    QString message;
};

} // namespace rsk::ui

Q_DECLARE_METATYPE(rsk::ui::ClaimSearchReply)

namespace rsk::ui {

namespace {

// Fields that list from a typed value, so "nothing starts with it" can
// fall back to "from the nearest value".
bool canPosition(const InvoiceSearch &c)
{
    using F = InvoiceSearch::Field;
    return !c.positionOnly && c.field != F::Newest && c.field != F::MinAmount
        && c.field != F::MinBalance;
}

} // namespace

// Lives on the model's thread object; owns the second connection, opened on
// the first job so that it belongs to the worker thread (a QSqlDatabase is
// used only by the thread that opened it).
class ClaimSearchWorker : public QObject
{
    Q_OBJECT
public:
    ClaimSearchWorker(const QString &location, std::shared_ptr<ClaimSearchShared> shared,
                      const Access &access)
        : m_location(location), m_shared(std::move(shared)), m_access(access)
    {}

    void start(quint64 generation, InvoiceSearch criteria)
    {
        if (stale(generation))
            return;
        m_shared->passGate();
        try {
            ClaimSearchReply first;
            first.kind = ClaimSearchReply::Kind::FirstPage;
            first.generation = generation;
            criteria.offset = 0;
            criteria.limit = ClaimSearchModel::kPageSize;
            first.rows = query().search(criteria);
            if (first.rows.isEmpty() && canPosition(criteria)) {
                criteria.positionOnly = true;
                first.rows = query().search(criteria);
            }
            first.criteria = criteria;
            const bool full = first.rows.size() == ClaimSearchModel::kPageSize;
            emit replied(first);
            if (!full || stale(generation))
                return; // the first page is the whole list, or a newer search waits
            ClaimSearchReply count;
            count.kind = ClaimSearchReply::Kind::Count;
            count.generation = generation;
            count.count = query().count(criteria);
            emit replied(count);
        } catch (const LedgerError &e) {
            fail(generation, e.message());
        }
    }

    void fetchPage(quint64 generation, InvoiceSearch criteria, int page)
    {
        if (stale(generation))
            return;
        m_shared->passGate();
        ClaimSearchReply reply;
        reply.generation = generation;
        reply.page = page;
        if (std::abs(page - m_shared->focusPage.load()) > ClaimSearchModel::kFocusPages) {
            reply.kind = ClaimSearchReply::Kind::Skipped;
            emit replied(reply);
            return;
        }
        try {
            criteria.offset = page * ClaimSearchModel::kPageSize;
            criteria.limit = ClaimSearchModel::kPageSize;
            reply.kind = ClaimSearchReply::Kind::Page;
            reply.rows = query().search(criteria);
            emit replied(reply);
        } catch (const LedgerError &e) {
            fail(generation, e.message());
        }
    }

signals:
    void replied(const rsk::ui::ClaimSearchReply &reply);

private:
    bool stale(quint64 generation) const { return generation != m_shared->generation.load(); }

    InvoiceSearchQuery &query()
    {
        if (!m_query) {
            m_db = Database::open(m_location, Database::OpenMode::OpenExisting);
            m_db->setAccess(m_access); // the clerk's companies only (core/users/access.h)
            m_query = std::make_unique<InvoiceSearchQuery>(*m_db);
        }
        return *m_query;
    }

    void fail(quint64 generation, const QString &message)
    {
        ClaimSearchReply reply;
        reply.kind = ClaimSearchReply::Kind::Failed;
        reply.generation = generation;
        reply.message = message;
        emit replied(reply);
    }

    QString m_location;
    std::shared_ptr<ClaimSearchShared> m_shared;
    Access m_access;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InvoiceSearchQuery> m_query;
};

ClaimSearchModel::ClaimSearchModel(const QString &ledgerLocation, QObject *parent,
                                   const Access &access)
    : QAbstractTableModel(parent), m_shared(std::make_shared<ClaimSearchShared>())
{
    qRegisterMetaType<ClaimSearchReply>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("claim search"));
    m_worker = new ClaimSearchWorker(ledgerLocation, m_shared, access);
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) goes in its own thread when it ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ClaimSearchWorker::replied, this,
            [this](const ClaimSearchReply &reply) { receive(reply); }, Qt::QueuedConnection);
    m_thread->start();
}

ClaimSearchModel::~ClaimSearchModel()
{
    m_shared->generation = std::numeric_limits<quint64>::max(); // whatever is queued is stale
    setWorkerPaused(false);
    m_thread->quit();
    m_thread->wait();
}

void ClaimSearchModel::setWorkerPaused(bool paused)
{
    QMutexLocker lock(&m_shared->gateMutex);
    m_shared->paused = paused;
    if (!paused)
        m_shared->gateOpened.wakeAll();
}

bool ClaimSearchModel::workerWaiting() const
{
    QMutexLocker lock(&m_shared->gateMutex);
    return m_shared->waiting > 0;
}

void ClaimSearchModel::search(const InvoiceSearch &criteria)
{
    const quint64 generation = ++m_generation;
    m_shared->generation = generation;
    m_shared->focusPage = 0;
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    m_rows = 0;
    m_pagesFetched = 0;
    m_criteria = criteria;
    m_positioned = false;
    m_state = State::Searching;
    endResetModel();
    emit searchStarted();
    ClaimSearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, criteria] { worker->start(generation, criteria); },
        Qt::QueuedConnection);
}

void ClaimSearchModel::receive(const ClaimSearchReply &reply)
{
    if (reply.generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    switch (reply.kind) {
    case ClaimSearchReply::Kind::FirstPage: {
        m_positioned = reply.criteria.positionOnly && !m_criteria.positionOnly;
        m_criteria = reply.criteria;
        const int n = int(reply.rows.size());
        storePage(0, reply.rows);
        ++m_pagesFetched;
        if (n > 0) {
            beginInsertRows(QModelIndex(), 0, n - 1);
            m_rows = n;
            endInsertRows();
        }
        m_state = n < kPageSize ? State::Done : State::Counting;
        emit firstRowsArrived(n);
        if (m_state == State::Done)
            emit searchFinished(n);
        break;
    }
    case ClaimSearchReply::Kind::Count: {
        const qint64 total = std::min<qint64>(reply.count, std::numeric_limits<int>::max());
        if (total > m_rows) {
            beginInsertRows(QModelIndex(), int(m_rows), int(total - 1));
            m_rows = total;
            endInsertRows();
        }
        m_state = State::Done;
        emit searchFinished(m_rows);
        break;
    }
    case ClaimSearchReply::Kind::Page: {
        m_pending.remove(reply.page);
        storePage(reply.page, reply.rows);
        ++m_pagesFetched;
        const qint64 first = qint64(reply.page) * kPageSize;
        const qint64 last = std::min<qint64>(first + reply.rows.size(), m_rows) - 1;
        if (last >= first) {
            emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
            emit pageArrived(int(first), int(last));
        }
        break;
    }
    case ClaimSearchReply::Kind::Skipped:
        m_pending.remove(reply.page);
        break;
    case ClaimSearchReply::Kind::Failed:
        m_state = State::Failed;
        emit searchFailed(reply.message);
        break;
    }
}

void ClaimSearchModel::storePage(int page, const QList<InvoiceSearchRow> &rows)
{
    if (!m_pages.contains(page) && m_pages.size() >= kMaxPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
    m_pages.insert(page, rows);
    m_recent.removeOne(page);
    m_recent.append(page);
}

void ClaimSearchModel::requestPage(int page) const
{
    if (m_pending.contains(page) || m_state == State::Searching || m_state == State::Failed)
        return;
    m_pending.insert(page);
    ClaimSearchWorker *worker = m_worker;
    const quint64 generation = m_generation;
    const InvoiceSearch criteria = m_criteria;
    QMetaObject::invokeMethod(
        worker,
        [worker, generation, criteria, page] { worker->fetchPage(generation, criteria, page); },
        Qt::QueuedConnection);
}

const InvoiceSearchRow *ClaimSearchModel::cachedRow(int row, bool touch) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd() || row % kPageSize >= it->size())
        return nullptr;
    if (touch && (m_recent.isEmpty() || m_recent.last() != page)) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    return &it->at(row % kPageSize);
}

InvoiceSearchRow ClaimSearchModel::claim(int row) const
{
    const InvoiceSearchRow *r = cachedRow(row, false);
    return r ? *r : InvoiceSearchRow();
}

bool ClaimSearchModel::isLoaded(int row) const
{
    return cachedRow(row, false) != nullptr;
}

int ClaimSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int ClaimSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

bool isMoney(int column)
{
    return column == ClaimSearchModel::Amount || column == ClaimSearchModel::Paid
        || column == ClaimSearchModel::Balance;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString ClaimSearchModel::displayText(const InvoiceSearchRow &r, int column) const
{
    using F = InvoiceSearch::Field;
    // A row found through name2 / person number 2 shows what was searched for.
    const bool second = r.foundBySecond;
    switch (Column(column)) {
    case InvoiceNumber:
        return r.invoiceNumber;
    case IdNumber:
        if (m_criteria.field == F::CustomerNumber)
            return r.customerNumber;
        if (second && m_criteria.field == F::IdNumber)
            return r.idNumber2;
        return r.idNumber.isEmpty() ? r.customerNumber : r.idNumber;
    case Name:
        return second && m_criteria.field == F::Name ? r.name2 : r.name;
    case Company:
        return r.company;
    case Amount:
        return r.amount.toString();
    case Paid:
        return r.paid.toString();
    case Balance:
        return r.balance.toString();
    case InvoiceDate:
        return dateText(r.invoiceDate);
    case DueDate:
        return dateText(r.dueDate);
    case FinalPaidDate:
        return dateText(r.finalPaidDate);
    case Remark:
        return r.watchText;
    case Address:
        // DOMAIN.md "People and trust": core hands out no protected address.
        return r.addressWithheld ? ProtectedIdentity::withheldText() : r.address;
    case PostalCode:
        return r.postalCode;
    case City:
        return r.city;
    case RegisterId:
        return r.registerId;
    case ColumnCount:
        break;
    }
    return QString();
}

QVariant ClaimSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount || index.row() >= m_rows)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return isMoney(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                       : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const int page = index.row() / kPageSize;
    m_shared->focusPage.store(page, std::memory_order_relaxed);
    const InvoiceSearchRow *r = cachedRow(index.row(), true);
    if (!r) {
        requestPage(page);
        return index.column() == InvoiceNumber && role == Qt::DisplayRole ? tr("…") : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name && !r->name2.isEmpty())
            return tr("%1\nNamn 2: %2").arg(r->name, r->name2);
        if (index.column() == IdNumber && !r->idNumber2.isEmpty())
            return tr("%1\nPersonnummer 2: %2").arg(r->idNumber, r->idNumber2);
        return QVariant();
    }
    return displayText(*r, index.column());
}

QVariant ClaimSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isMoney(section) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case InvoiceNumber:
        return tr("Fakturanr");
    case IdNumber:
        return m_criteria.field == InvoiceSearch::Field::CustomerNumber ? tr("Kundnr")
                                                                        : tr("Person-/kundnr");
    case Name:
        return tr("Namn");
    case Company:
        return tr("Företag");
    case Amount:
        return tr("Fakturabelopp");
    case Paid:
        return tr("Inbetalt");
    case Balance:
        return tr("Saldo");
    case InvoiceDate:
        return tr("Fakturadatum");
    case DueDate:
        return tr("Förfallodag");
    case FinalPaidDate:
        return tr("Slutbetald");
    case Remark:
        return tr("Anmärkning");
    case Address:
        return tr("Adress");
    case PostalCode:
        return tr("Postnr");
    case City:
        return tr("Ort");
    case RegisterId:
        return tr("Registerid");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace rsk::ui

#include "claimsearchmodel.moc"
