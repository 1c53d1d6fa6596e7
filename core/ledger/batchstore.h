#pragma once

#include <QLatin1String>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// The batch tables as the registrations use them (handbook 4.1: a clerk
// collects invoices or manual payments in a batch, "bunt", that is approved
// as a whole): a batch of one kind ("invoices", "payments") and its lines,
// each stored as its registration's JSON. Runs inside the caller's unit of
// work; the caller audits its lines (it knows what a line says) and gives the
// messages, so they stay in its own translation context.
class BatchStore
{
public:
    BatchStore(Database &db, QLatin1String kind) : m_db(db), m_kind(kind) {}

    // A new open batch of `company` (an existing, normalized number),
    // audited with `auditSummary`. Returns its id.
    qint64 create(const QString &company, const QString &description,
                  const QString &auditSummary);
    // Throws LedgerError::notFound(`missing`) when no batch of this kind has
    // that id, LedgerError::refused(`approved`) when it is no longer open.
    void requireOpen(qint64 batchId, const QString &missing, const QString &approved);

    // Stores `payload` as the batch's next line; returns its number (1, 2, …).
    int appendLine(qint64 batchId, const QString &payload);
    // A line's payload; nothing when the batch has no such line.
    std::optional<QString> linePayload(qint64 batchId, int lineNo);
    void replaceLine(qint64 batchId, int lineNo, const QString &payload);
    // False when the batch had no such line.
    bool removeLine(qint64 batchId, int lineNo);

private:
    Database &m_db;
    QString m_kind;
};

} // namespace rsk
