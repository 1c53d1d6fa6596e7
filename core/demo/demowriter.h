#pragma once

#include "demo/demobilling.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace rsk {
class Database;
}

namespace rsk::demo {

// SQLite settings for a bulk load (ARCHITECTURE.md budget: the 1 M-invoice
// demo in < 120 s): no fsync, a large page cache, temporary files in memory,
// sorter threads for the index rebuild and, when no one else has the ledger
// open, a rollback journal instead of the WAL (a transaction of a gigabyte
// would otherwise be written twice: into the WAL, then into the file). The
// ledger's own settings come back when this goes out of scope, so construct
// it before the unit of work. Nothing on PostgreSQL; the journal stays as it
// is inside a caller's unit of work (the mode cannot change there).
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(Database &db);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    Database &m_db;
    bool m_active = false;
    int m_synchronous = 2;
    QString m_journalMode;
    qint64 m_cacheSize = -2000;
    int m_threads = 0;
    int m_tempStore = 0;
};

// ISO dates and timestamps of the days the generator writes, made once.
class DayStrings
{
public:
    DayStrings(int fromJulianDay, int toJulianDay);
    QString date(int julianDay) const;
    // The time a row made on that day is stamped with (deterministic, so the
    // same seed gives the same ledger): 06:00 UTC, the nightly batch.
    QString stamp(int julianDay) const;

private:
    int m_from;
    std::vector<QString> m_dates;
    std::vector<QString> m_stamps;
};

// Writes the demo rows with statements prepared once and bound by position.
class DemoWriter
{
public:
    DemoWriter(Database &db, const DayStrings &days, int today);
    ~DemoWriter();

    // SQLite, empty ledger only: drops the indexes of the bulk tables (read
    // from sqlite_master, so they come back exactly as migration 001 made
    // them) until recreateIndexes(). Both inside the caller's unit of work.
    void dropIndexes();
    void recreateIndexes();

    qint64 writeCustomer(const Household &h, int company, const QString &customerNumber,
                         int firstDay);
    // The approved invoice batch of one billing run (company, routine, day).
    qint64 batchFor(int routine, int day);
    void writeInvoice(const Household &h, const QString &invoiceNumber, const QString &ocr,
                      const Bill &bill, qint64 batchId);
    // Ends the prepared statements (SQLite needs them reset before DDL).
    void finish();

    qint64 transactions() const { return m_transactions; }
    qint64 lines() const { return m_lineCount; }

private:
    void exec(QSqlQuery &q);
    // The driver binds a null QString as NULL; the text columns are NOT NULL.
    const QString &text(const QString &s) const { return s.isNull() ? m_empty : s; }

    Database &m_db;
    const DayStrings &m_days;
    int m_today;
    QSqlQuery m_customer;
    QSqlQuery m_batch;
    QSqlQuery m_invoice;
    QSqlQuery m_lines[3]; // an invoice's 1, 2 or 3 lines in one statement
    QSqlQuery m_transaction;
    QHash<quint64, qint64> m_batches;
    QList<QPair<QString, QString>> m_droppedIndexes; // name, CREATE statement
    qint64 m_transactions = 0;
    qint64 m_lineCount = 0;
    // Values shared by every row.
    QString m_user;
    QString m_source;
    QString m_company[2];
    QString m_routineCode[RoutineCount];
    QString m_method[2];
    QString m_empty;
    QVariant m_nullText;
    QVariant m_nullInt;
};

} // namespace rsk::demo
