#pragma once

#include "ledger/types.h"

#include <QVariantMap>
#include <optional>

class QSqlQuery;

namespace rsk {

class Database;

// Reads claims. Writes go through InvoiceRegistration and PostingService.
class InvoiceRepository
{
public:
    explicit InvoiceRepository(Database &db) : m_db(db) {}

    enum class Detail { Header, WithLinesAndTransactions };
    std::optional<Invoice> find(const QString &company, const QString &invoiceNumber,
                                Detail detail = Detail::WithLinesAndTransactions);
    std::optional<Invoice> findById(qint64 id, Detail detail = Detail::WithLinesAndTransactions);
    // The claim or a clear NotFound error naming company and number.
    Invoice require(const QString &company, const QString &invoiceNumber,
                    Detail detail = Detail::Header);
    QList<Transaction> transactions(qint64 invoiceId);
    QList<InvoiceLine> lines(qint64 invoiceId);
    bool exists(const QString &company, const QString &invoiceNumber);

    // The audited money and state fields of a claim, for AuditLog::recordDiff.
    static QVariantMap stateMap(const Invoice &invoice);
    // Normalises "40000001" / "040000001" to the 9-digit form, or nullopt.
    static std::optional<QString> normalizeInvoiceNumber(const QString &text);

private:
    std::optional<Invoice> load(QSqlQuery &query, Detail detail);
    Database &m_db;
};

} // namespace rsk
