#pragma once

#include "money/money.h"

#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rsk {

class Database;
struct Invoice;

// What the two payment registers (Oplacerade betalningar and
// Överbetalningar, handbook 3.4) share: reading a company's rows oldest
// payment first, one row, the open count, resolving an open row (placed,
// moved, refunded) with a guard against a concurrent resolution, and the
// steps of posting a row's money onto a claim. Each register keeps its own
// rules and messages and passes them in.
class RegisterList
{
public:
    // `table` and its `alias` as used in `selectFrom`: the select list and
    // FROM clause, e.g. "u.id, … FROM unplaced_payment u LEFT JOIN …".
    RegisterList(Database &db, QLatin1String table, QLatin1String alias, const char *selectFrom)
        : m_db(db), m_table(table), m_alias(alias), m_selectFrom(QLatin1String(selectFrom))
    {
    }

    // Rows of `company` ("" = every company), oldest payment first; open
    // ones only unless `all`.
    template <class Row> QList<Row> list(const QString &company, bool all,
                                         Row (*read)(const QSqlQuery &)) const
    {
        QSqlQuery q = selectList(company, all);
        QList<Row> out;
        while (q.next())
            out.append(read(q));
        return out;
    }

    template <class Row> std::optional<Row> find(qint64 id, Row (*read)(const QSqlQuery &)) const
    {
        QSqlQuery q = selectOne(id);
        if (!q.next())
            return std::nullopt;
        Row row = read(q);
        q.finish();
        return row;
    }

    int openCount(const QString &company) const;

    // Sets open row `id` to `status`, with `columns` (= `values`) and who
    // and when; throws a conflict with `conflictMessage` when someone else
    // resolved it meanwhile. Audited as a status change with `auditNote`.
    // Runs inside the caller's unit of work.
    void resolve(qint64 id, const QString &status, const QStringList &columns,
                 const QVariantList &values, const QString &stamp, const QString &auditNote,
                 const QString &conflictMessage) const;

    // The posting source of a row from import file `importFileId`: the
    // file's kind (bgmax, totalin), "manual" when it came from none.
    QString postingSource(qint64 importFileId) const;
    // The transaction that placed a row's money remembers the file it came in.
    void linkToImportFile(qint64 transactionId, qint64 importFileId) const;
    // What exceeded a claim's balance: a new open overpayment on `claim`,
    // audited. Returns its id.
    qint64 addOverpayment(const QString &company, const Invoice &claim, qint64 importFileId,
                          const QDate &paymentDate, Money amount, const QString &method,
                          qint64 transactionId, const QString &note, const QString &stamp) const;
    // A claim with a watch text goes to the signal list when paid, as on import.
    void signalIfWatched(const Invoice &claim, qint64 transactionId, Money amount,
                         const QString &stamp) const;

private:
    QSqlQuery selectList(const QString &company, bool all) const;
    QSqlQuery selectOne(qint64 id) const;

    Database &m_db;
    QString m_table;
    QString m_alias;
    QString m_selectFrom;
};

} // namespace rsk
