#pragma once

#include <QList>
#include <QString>

namespace rsk {

class Database;

struct ClaimNote
{
    qint64 id = 0;
    QString text;
    QString createdBy;
    QString createdAt; // ISO timestamp (UTC), as stored
};

// Anteckningar on a claim (handbook 6.1): free text with who wrote it and
// when. Notes are only added (audited), never changed or removed, and do not
// change the claim's version.
class ClaimNotes
{
public:
    static constexpr int MaxText = 500;

    explicit ClaimNotes(Database &db) : m_db(db) {}

    // Oldest first. Throws NotFound for an unknown claim.
    QList<ClaimNote> list(const QString &company, const QString &invoiceNumber);
    int count(qint64 invoiceId);
    // Adds a note by the ledger's user. Refuses an empty or too long text.
    ClaimNote add(const QString &company, const QString &invoiceNumber, const QString &text);

private:
    qint64 invoiceId(const QString &company, const QString &invoiceNumber);
    Database &m_db;
};

} // namespace rsk
