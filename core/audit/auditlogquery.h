#pragma once

#include "reports/reporttable.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rsk {

class Database;

// Granskningslogg (Visa → Granskningslogg, issue 7): which rows of the audit
// log to list. Every field is optional; together they narrow the list.
struct AuditLogFilter
{
    // One claim: the invoice number (1–9 digits), in the company if one is
    // given, else in every company. The claim's rows are those keyed by it
    // ("001/040000001": the claim, its transactions, notes, credit notes)
    // and those keyed by its id (the claim's own table), so the rows of a
    // claim that is no longer in the ledger are found too.
    QString invoiceNumber;
    // With an invoice number: the claim's company. Alone: every row whose
    // key starts with the company ("001/…": its claims and customers).
    QString company;
    QString user;  // exactly as logged ("anna"); empty = everyone
    QDate from;    // the clerk's local dates, both inclusive; invalid = open
    QDate to;
    QString table;  // "invoice", "customer" …; empty = every table
    QString action; // "insert", "update", "delete" (or "ny", "ändring", "borttag"); empty = all
};

struct AuditLogRow
{
    qint64 id = 0;
    QString at; // local time "YYYY-MM-DD HH:MM:SS"
    QString user;
    QString action;
    QString table;
    QString rowKey;
    QString field;
    QString oldValue;
    QString newValue;
    QString context;
    // An address field of a customer with a protected identity: old and new
    // value hold ProtectedIdentity::withheldText() instead of the address.
    bool withheld = false;
};

// The audit log read a page at a time, newest first (by id, the order the
// rows were written), in SQL: count first, then pages; a page that follows
// the last one read continues from that row's id (keyset), any other page
// is an OFFSET. The list is the log as it was when the query was made (rows
// written later are not in it), so paging stays steady while others work.
// Indexes for the filters: migration 018. Also a ReportPager for the
// screen's on-demand table, printing and export.
class AuditLogQuery : public ReportPager
{
public:
    // Throws LedgerError::Refused (Swedish, names the field) for a bad filter.
    AuditLogQuery(Database &db, const AuditLogFilter &filter);
    static void validate(const AuditLogFilter &filter);

    const AuditLogFilter &filter() const { return m_filter; }
    qint64 count();
    // Rows [offset, offset + limit) of the list, newest first.
    QList<AuditLogRow> page(qint64 offset, int limit);

    // Column keys of layout(), in order.
    static QStringList columnKeys();
    static ReportRow toReportRow(const AuditLogRow &row);
    // The action as the clerk reads it: "Ny", "Ändring", "Borttag".
    static QString actionText(const QString &action);
    // The stored action for "insert"/"update"/"delete" or their Swedish
    // ("ny", "ändring", "borttag"), any case; empty for anything else.
    static QString actionKey(const QString &text);
    // What a table holds, in Swedish ("invoice" → "Faktura"); the name
    // itself for a table without one.
    static QString tableText(const QString &table);
    // For the F4 lists: the users and the tables the log has rows of, sorted.
    static QStringList users(Database &db);
    static QStringList tables(Database &db);
    // A stored timestamp (UTC; text on SQLite, a timestamp on PostgreSQL) as
    // the clerk's local "YYYY-MM-DD HH:MM:SS".
    static QString localStamp(const QVariant &stored);

    ReportLayout layout() const override;
    qint64 rowCount() override;
    QList<ReportRow> rows(qint64 first, int count) override;
    void writeAll(ReportWriter &writer) override;

private:
    QString where(QVariantList &args) const;
    QList<AuditLogRow> read(const QString &sql, const QVariantList &args);
    void withhold(QList<AuditLogRow> &rows);

    Database &m_db;
    AuditLogFilter m_filter;
    QStringList m_keys; // row keys of the claim (or the company prefix range)
    qint64 m_lastId = 0; // the newest row when the query was made
    qint64 m_count = -1;
    // Row index → id of that row, for the last row of each page read: the
    // next page starts below it without an OFFSET.
    QHash<qint64, qint64> m_idAt;
    QHash<QString, bool> m_protected; // row key → withheld, per query
};

} // namespace rsk
