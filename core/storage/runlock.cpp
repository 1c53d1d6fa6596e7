#include "storage/runlock.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
};

// Which companies each Database (connection) of this process holds, and the
// tokens of this process's rows: a nested lock is covered by the outer one,
// and a row with this process's id is alive only if its token is here.
struct Registry
{
    QMutex mutex;
    QHash<const Database *, QHash<QString, int>> held;
    QSet<QString> tokens;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// Two runs racing for the same key: the loser's INSERT fails (or on SQLite
// waits for the writer); it looks again who holds the company.
constexpr int kAttempts = 3;

const char kSelect[] = "SELECT company, kind, owner, host, process_id, backend_pid, started_at, "
                       "description, token FROM run_lock";

// Timestamps are written as ISO text in UTC; PostgreSQL's TIMESTAMP drops
// the zone and QPSQL hands the value back as a local QDateTime.
QDateTime utcFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = v.metaType().id() == QMetaType::QDateTime
                      ? v.toDateTime()
                      : QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return {};
    if (v.metaType().id() == QMetaType::QDateTime || t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t;
}

QString localText(const QDateTime &utc, bool dropToday)
{
    if (!utc.isValid())
        return Tr::tr("okänd tid");
    const QDateTime local = utc.toLocalTime();
    if (dropToday && local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

namespace runkind {

QString code(RunKind kind)
{
    switch (kind) {
    case RunKind::Dunning: return QStringLiteral("dunning");
    case RunKind::BgMaxImport: return QStringLiteral("bgmax");
    case RunKind::TotalInImport: return QStringLiteral("totalin");
    case RunKind::Booking: return QStringLiteral("booking");
    case RunKind::Threat: return QStringLiteral("threat");
    case RunKind::InterestInvoicing: return QStringLiteral("interest");
    case RunKind::NextInvoiceTransfer: return QStringLiteral("nextinvoice");
    case RunKind::AgencyTransfer: return QStringLiteral("agency");
    case RunKind::Purge: return QStringLiteral("purge");
    }
    return QString();
}

QString name(RunKind kind)
{
    switch (kind) {
    case RunKind::Dunning: return Tr::tr("Kravkörning");
    case RunKind::BgMaxImport: return Tr::tr("Inläsning BgMax");
    case RunKind::TotalInImport: return Tr::tr("Inläsning Total-IN");
    case RunKind::Booking: return Tr::tr("Bokföringskörning");
    case RunKind::Threat: return Tr::tr("Hot om betalningsföreläggande");
    case RunKind::InterestInvoicing: return Tr::tr("Räntefakturering");
    case RunKind::NextInvoiceTransfer: return Tr::tr("Överföring till nästa faktura");
    case RunKind::AgencyTransfer: return Tr::tr("Överföring till inkasso");
    case RunKind::Purge: return Tr::tr("Rensning betalda fakturor");
    }
    return QString();
}

QString nameOf(const QString &stored)
{
    for (RunKind k : {RunKind::Dunning, RunKind::BgMaxImport, RunKind::TotalInImport,
                      RunKind::Booking, RunKind::Threat, RunKind::InterestInvoicing,
                      RunKind::NextInvoiceTransfer, RunKind::AgencyTransfer, RunKind::Purge})
        if (code(k) == stored)
            return name(k);
    return stored;
}

} // namespace runkind

QString RunLockInfo::since() const
{
    return localText(startedAt, true);
}

QString RunLockInfo::describe() const
{
    return Tr::tr("%1 för företag %2 pågår sedan %3, startad av %4 på %5")
        .arg(kindName(), company, since(), owner, host);
}

QString RunLockInfo::holderText() const
{
    switch (holder) {
    case Holder::Alive: return Tr::tr("pågår");
    case Holder::Gone: return Tr::tr("avbruten (processen finns inte längre)");
    case Holder::Unknown: return Tr::tr("okänd (annan dator)");
    }
    return QString();
}

QString RunHistoryEntry::outcomeText() const
{
    if (outcome == QLatin1String("done"))
        return Tr::tr("klar");
    if (outcome == QLatin1String("stale"))
        return Tr::tr("rensad automatiskt av %1").arg(clearedBy);
    if (outcome == QLatin1String("cleared"))
        return Tr::tr("rensad av %1").arg(clearedBy);
    return outcome;
}

// --- RunLock ----------------------------------------------------------------

RunLock::RunLock(Database &db, const QString &company, RunKind kind,
                 const QString &description)
    : RunLock(db, QStringList{company}, kind, description)
{}

RunLock::RunLock(Database &db, const CompanyRange &companies, RunKind kind,
                 const QString &description)
    : RunLock(db, RunLocks(db).companiesBetween(companies.from, companies.to), kind, description)
{}

RunLock::RunLock(Database &db, const QStringList &companies, RunKind kind,
                 const QString &description)
    : m_db(db), m_kind(kind), m_description(description),
      m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QStringList wanted;
    for (const QString &c : companies)
        if (!c.trimmed().isEmpty())
            wanted << c.trimmed();
    // One order for everyone: two runs over overlapping companies never wait
    // on each other's rows crosswise.
    std::sort(wanted.begin(), wanted.end());
    wanted.removeDuplicates();
    {
        Registry &r = registry();
        QMutexLocker locker(&r.mutex);
        QHash<QString, int> &mine = r.held[&m_db];
        for (const QString &c : std::as_const(wanted))
            if (mine.contains(c))
                m_nested << c;
        for (const QString &c : std::as_const(m_nested)) {
            ++mine[c];
            wanted.removeAll(c);
        }
    }
    try {
        acquire(wanted);
    } catch (...) {
        release();
        throw;
    }
}

RunLock::~RunLock()
{
    release();
}

void RunLock::acquire(const QStringList &wanted)
{
    if (wanted.isEmpty())
        return;
    {
        // Known before the row is visible: another connection of this process
        // that reads the row must see a live holder, not a stale one.
        Registry &r = registry();
        QMutexLocker locker(&r.mutex);
        r.tokens.insert(m_token);
    }
    RunLocks locks(m_db);
    std::optional<LedgerError> lastError;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        for (const RunLockInfo &held : locks.read(wanted)) {
            const RunLockInfo::Holder state = held.holder;
            if (state == RunLockInfo::Holder::Gone) {
                UnitOfWork work(m_db);
                locks.removeRow(held, QStringLiteral("stale"),
                                Tr::tr("rensad automatiskt: innehavaren finns inte längre"));
                work.commit();
                continue; // (or someone else cleared it first)
            }
            QString message = held.describe() + QLatin1Char('.');
            if (state == RunLockInfo::Holder::Unknown)
                message += QLatin1Char(' ')
                           + Tr::tr("Har körningen avbrutits kan en administratör ta bort låset "
                                    "under Rensning loggposter efter avbrott.");
            else
                message += QLatin1Char(' ')
                           + Tr::tr("%1 kan startas när den är klar.").arg(runkind::name(m_kind));
            throw LedgerError::conflict(message);
        }
        if (m_db.inWork()) {
            // Inside the caller's transaction: a failed INSERT has spoiled it
            // (PostgreSQL), so there is no second look.
            insertRows(wanted);
            m_taken = wanted;
            break;
        }
        try {
            insertRows(wanted);
            m_taken = wanted;
            break;
        } catch (const LedgerError &e) {
            if (e.kind() != LedgerError::Kind::Storage)
                throw;
            lastError = e;
            QThread::msleep(20 * (attempt + 1));
        }
    }
    if (m_taken.isEmpty())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("%1 kunde inte låsa företag %2: %3")
                              .arg(runkind::name(m_kind), wanted.join(QStringLiteral(", ")),
                                   lastError ? lastError->message() : QString()));
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    QHash<QString, int> &mine = r.held[&m_db];
    for (const QString &c : std::as_const(m_taken))
        mine[c] = 1;
    m_commits = m_db.commitCount();
}

void RunLock::insertRows(const QStringList &companies)
{
    RunLocks locks(m_db);
    const qint64 backend = locks.backendPid();
    m_startedAt = m_db.nowStamp();
    UnitOfWork work(m_db);
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO run_lock (company, kind, owner, host, process_id, backend_pid, started_at, "
        "description, token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &company : companies)
        m_db.exec(insert, {company, runkind::code(m_kind), m_db.user(), RunLocks::thisHost(),
                           RunLocks::thisProcess(), backend > 0 ? QVariant(backend) : QVariant(),
                           m_startedAt, m_description, m_token});
    work.commit();
}

void RunLock::release() noexcept
{
    {
        Registry &r = registry();
        QMutexLocker locker(&r.mutex);
        auto it = r.held.find(&m_db);
        if (it != r.held.end()) {
            for (const QString &c : std::as_const(m_nested))
                if (--(*it)[c] <= 0)
                    it->remove(c);
            for (const QString &c : std::as_const(m_taken))
                it->remove(c);
            if (it->isEmpty())
                r.held.erase(it);
        }
        m_nested.clear();
    }
    if (m_taken.isEmpty()) {
        Registry &r = registry();
        QMutexLocker locker(&r.mutex);
        r.tokens.remove(m_token);
        return;
    }
    // A run that changed nothing (refused, failed, a dry run) leaves no trace.
    const bool committed = m_db.commitCount() > m_commits;
    try {
        UnitOfWork work(m_db);
        QSqlQuery remove = m_db.run(QStringLiteral("DELETE FROM run_lock WHERE token = ?"),
                                    {m_token});
        // Not ours any more: an administrator cleared it (recorded then).
        if (remove.numRowsAffected() > 0 && committed)
            m_db.run(QStringLiteral("INSERT INTO run_history (company, kind, owner, host, "
                                    "process_id, started_at, ended_at, outcome, description, "
                                    "cleared_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')"),
                     {m_taken.join(QStringLiteral(", ")), runkind::code(m_kind), m_db.user(),
                      RunLocks::thisHost(), RunLocks::thisProcess(), m_startedAt,
                      m_db.nowStamp(), QStringLiteral("done"), m_description});
        work.commit();
    } catch (const std::exception &e) {
        // The row stays behind; the next run clears it once this process
        // (or its PostgreSQL connection) is gone.
        qWarning("RunLock: could not remove the lock: %s", e.what());
    }
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    r.tokens.remove(m_token);
    m_taken.clear();
}

// --- RunLocks ---------------------------------------------------------------

QString RunLocks::thisHost()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

qint64 RunLocks::thisProcess()
{
    return QCoreApplication::applicationPid();
}

qint64 RunLocks::backendPid()
{
    if (m_db.engine() != Engine::PostgreSQL)
        return 0;
    return m_db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
}

RunLockInfo::Holder RunLocks::holderOf(const RunLockInfo &lock)
{
    using Holder = RunLockInfo::Holder;
    // PostgreSQL ends the backend of a client that is gone: whichever host.
    if (m_db.engine() == Engine::PostgreSQL && lock.backendPid > 0
        && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"),
                       {lock.backendPid})
                   .toLongLong()
               == 0)
        return Holder::Gone;
    if (lock.host == thisHost()) {
        if (lock.processId == thisProcess()) {
            Registry &r = registry();
            QMutexLocker locker(&r.mutex);
            return r.tokens.contains(lock.token) ? Holder::Alive : Holder::Gone;
        }
        return processAlive(lock.processId) ? Holder::Alive : Holder::Gone;
    }
    return lock.backendPid > 0 ? Holder::Alive : Holder::Unknown;
}

QList<RunLockInfo> RunLocks::read(const QStringList &companies)
{
    QString sql = QString::fromLatin1(kSelect);
    QVariantList args;
    if (!companies.isEmpty()) {
        sql += QStringLiteral(" WHERE company IN (%1)").arg(placeholders(companies.size()));
        for (const QString &c : companies)
            args << c;
    }
    sql += QStringLiteral(" ORDER BY company");
    QList<RunLockInfo> out;
    QSqlQuery q = m_db.run(sql, args);
    while (q.next()) {
        RunLockInfo l;
        l.company = q.value(0).toString();
        l.kind = q.value(1).toString();
        l.owner = q.value(2).toString();
        l.host = q.value(3).toString();
        l.processId = q.value(4).toLongLong();
        l.backendPid = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        l.startedAt = utcFrom(q.value(6));
        l.description = q.value(7).toString();
        l.token = q.value(8).toString();
        out << l;
    }
    q.finish();
    for (RunLockInfo &l : out)
        l.holder = holderOf(l);
    return out;
}

QList<RunLockInfo> RunLocks::current()
{
    return read({});
}

std::optional<RunLockInfo> RunLocks::find(const QString &company)
{
    const QList<RunLockInfo> rows = read({company});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool RunLocks::removeRow(const RunLockInfo &lock, const QString &outcome, const QString &reason)
{
    QSqlQuery remove = m_db.run(
        QStringLiteral("DELETE FROM run_lock WHERE company = ? AND token = ?"),
        {lock.company, lock.token});
    if (remove.numRowsAffected() != 1)
        return false;
    m_db.run(QStringLiteral("INSERT INTO run_history (company, kind, owner, host, process_id, "
                            "started_at, ended_at, outcome, description, cleared_by) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {lock.company, lock.kind, lock.owner, lock.host, lock.processId,
              lock.startedAt.toString(Qt::ISODate), m_db.nowStamp(), outcome, lock.description,
              m_db.user()});
    QString holder = Tr::tr("process %1").arg(lock.processId);
    if (lock.backendPid > 0)
        holder += Tr::tr(", PostgreSQL-process %1").arg(lock.backendPid);
    AuditLog(m_db).recordDelete(QStringLiteral("run_lock"), lock.company,
                                lock.describe() + QStringLiteral(" (") + lock.description
                                    + QStringLiteral("; ") + holder + QStringLiteral("): ")
                                    + reason,
                                Tr::tr("Rensning loggposter efter avbrott"));
    return true;
}

void RunLocks::clear(const QString &company, const QString &token)
{
    UnitOfWork work(m_db);
    const std::optional<RunLockInfo> lock = find(company);
    if (!lock || lock->token != token
        || !removeRow(*lock, QStringLiteral("cleared"), Tr::tr("borttaget av administratör")))
        throw LedgerError::notFound(
            Tr::tr("Låset för företag %1 finns inte längre (körningen har avslutats eller "
                   "någon annan har tagit bort det).")
                .arg(company));
    work.commit();
}

QList<RunHistoryEntry> RunLocks::recent(int limit)
{
    QList<RunHistoryEntry> out;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT company, kind, owner, host, process_id, started_at, ended_at, "
                       "outcome, description, cleared_by FROM run_history "
                       "ORDER BY ended_at DESC, id DESC LIMIT ?"),
        {limit});
    while (q.next()) {
        RunHistoryEntry e;
        e.companies = q.value(0).toString();
        e.kind = q.value(1).toString();
        e.owner = q.value(2).toString();
        e.host = q.value(3).toString();
        e.processId = q.value(4).toLongLong();
        e.startedAt = utcFrom(q.value(5));
        e.endedAt = utcFrom(q.value(6));
        e.outcome = q.value(7).toString();
        e.description = q.value(8).toString();
        e.clearedBy = q.value(9).toString();
        out << e;
    }
    return out;
}

QStringList RunLocks::companiesBetween(const QString &from, const QString &to)
{
    const QString low = from.trimmed().isEmpty() ? QStringLiteral("000") : from.trimmed();
    const QString high = to.trimmed().isEmpty() ? QStringLiteral("999") : to.trimmed();
    QStringList out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT number FROM company WHERE number >= ? AND "
                                          "number <= ? ORDER BY number"),
                           {low, high});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace rsk
