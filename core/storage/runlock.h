#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// The runs that change many claims of a company and therefore run one at a
// time per company (issue 7 "Concurrency", migration 015).
enum class RunKind {
    Dunning,             // påminnelser/inkassokrav/restkrav (7.11)
    BgMaxImport,         // inläsning BgMax (3.2)
    TotalInImport,       // inläsning Total-IN (3.3)
    Booking,             // uppdatera bokföring (4.6)
    Threat,              // hot om betalningsföreläggande (7.16)
    InterestInvoicing,   // räntefakturering (7.13)
    NextInvoiceTransfer, // överföring till nästa faktura (7.15)
    AgencyTransfer,      // överföring till inkasso (7.19)
    Purge,               // rensning betalda fakturor (8.4)
};

namespace runkind {
// Stored in run_lock.kind / run_history.kind: "dunning", "bgmax", …
QString code(RunKind kind);
// For the clerk: "Kravkörning", "Inläsning BgMax", …
QString name(RunKind kind);
// The name of a stored code (the code itself if unknown).
QString nameOf(const QString &code);
} // namespace runkind

// One row of run_lock, with what is known of its holder.
struct RunLockInfo
{
    enum class Holder {
        Alive,   // the holder's process (or PostgreSQL connection) is there
        Gone,    // it is not: the lock is stale and cleared by the next run
        Unknown, // another computer on a shared SQLite file: cannot be told
    };
    QString company;
    QString kind; // runkind::code
    QString owner;
    QString host;
    qint64 processId = 0;
    qint64 backendPid = 0; // pg_backend_pid(); 0 on SQLite
    QDateTime startedAt;   // UTC
    QString description;
    QString token;
    Holder holder = Holder::Unknown;

    QString kindName() const { return runkind::nameOf(kind); }
    // "14:05" when started today (local time), else "2026-11-25 14:05".
    QString since() const;
    // "Kravkörning för företag 001 pågår sedan 14:05, startad av anna på ws12"
    QString describe() const;
    // "pågår" / "avbruten (processen finns inte längre)" / "okänd (annan dator)"
    QString holderText() const;
};

// A finished run (or a cleared lock), newest first on Visa > Körningar.
struct RunHistoryEntry
{
    QString companies; // "001" or "001, 002"
    QString kind;
    QString owner;
    QString host;
    qint64 processId = 0;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC
    QString outcome;     // "done", "stale", "cleared"
    QString description;
    QString clearedBy;

    QString kindName() const { return runkind::nameOf(kind); }
    // "klar", "rensad automatiskt av eva", "rensad av eva"
    QString outcomeText() const;
};

// RAII: holds the run lock of one or more companies for a run.
//
//   RunLock lock(db, company, RunKind::Dunning, description);
//   UnitOfWork work(db);
//   ...
//
// The constructor INSERTs and COMMITs one run_lock row per company in its own
// short transaction before the run's unit of work starts, so that every other
// connection sees it; the table's primary key makes two runs racing for the
// same company safe on both engines. A company held by another live run
// refuses with LedgerError(Conflict) naming who, what and since when; a lock
// whose holder is gone (this host and its process is no longer alive, or on
// PostgreSQL its backend is no longer in pg_stat_activity) is cleared
// (audited) and taken. The destructor deletes the rows and, when the run
// committed (not refused, failed or a dry run: those change nothing), records
// it in run_history.
//
// A lock asked for on a Database that already holds the company (a run that
// calls another run inside its unit of work: the dunning run books what it
// debited) is covered by the outer lock. Asked for inside a caller's unit of
// work, the rows are written in that transaction (other connections then wait
// on the key until it ends).
class RunLock
{
public:
    RunLock(Database &db, const QString &company, RunKind kind, const QString &description);
    // Sorted and deduplicated; an empty list locks nothing.
    RunLock(Database &db, const QStringList &companies, RunKind kind,
            const QString &description);
    // Every company of an inclusive range ("" = from the first / to the last).
    struct CompanyRange
    {
        QString from;
        QString to;
    };
    RunLock(Database &db, const CompanyRange &companies, RunKind kind,
            const QString &description);
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    // The companies this lock wrote rows for (not those an outer lock covers).
    QStringList companies() const { return m_taken; }

private:
    void acquire(const QStringList &wanted);
    void insertRows(const QStringList &companies);
    void release() noexcept;

    Database &m_db;
    RunKind m_kind;
    QString m_description;
    QString m_token;
    QString m_startedAt;
    QStringList m_taken;
    QStringList m_nested;
    quint64 m_commits = 0; // the connection's commits once the rows were in
};

// Reading and clearing the locks: Visa > Körningar and "Rensning loggposter
// efter avbrott" (handbook 9.1).
class RunLocks
{
public:
    explicit RunLocks(Database &db) : m_db(db) {}

    // Every lock, in company order, with its holder's state.
    QList<RunLockInfo> current();
    std::optional<RunLockInfo> find(const QString &company);
    // Administrator: removes the lock of `company` if it is still the one
    // shown (same token); audited and kept in run_history. Throws
    // LedgerError(NotFound) if it is gone or another run holds it now.
    void clear(const QString &company, const QString &token);
    // The latest finished runs and cleared locks, newest first.
    QList<RunHistoryEntry> recent(int limit = 50);

    // The companies of an inclusive range ("" = from the first / to the
    // last), for a run over a range.
    QStringList companiesBetween(const QString &from, const QString &to);
    // This connection's pg_backend_pid(); 0 on SQLite.
    qint64 backendPid();
    // The state of a lock row's holder (see RunLockInfo::Holder).
    RunLockInfo::Holder holderOf(const RunLockInfo &lock);

    static QString thisHost();
    static qint64 thisProcess();

private:
    friend class RunLock;
    QList<RunLockInfo> read(const QStringList &companies);
    // Deletes a lock row (if it still is that row: else false, nothing
    // written), audited and kept in run_history; joins the caller's unit of
    // work.
    bool removeRow(const RunLockInfo &lock, const QString &outcome, const QString &reason);
    Database &m_db;
};

} // namespace rsk
