#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// One payment on a claim with a payment-watch text (betalningsbevakning).
struct SignalEntry
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString name;
    qint64 transactionId = 0; // 0: nothing was posted (e.g. all of it overpaid)
    QDate transactionDate;
    QString method;
    QString watchText; // as it was when the payment came
    Money amount;
    QString createdAt;
    QString seenBy;    // empty: not yet seen
    QString seenAt;
};

// The signal list (handbook 3.2/3.3: "Förekommer inbetalningar på fordringar
// som betalningsbevakning noterats på, erhålls en lista över dessa"). Imports
// and placements write it; the clerk reads it and marks entries seen.
class SignalList
{
public:
    explicit SignalList(Database &db) : m_db(db) {}

    // Entries of `company` ("" = all), newest first; unseen ones only unless `all`.
    QList<SignalEntry> list(const QString &company, bool all = false);
    int unseenCount(const QString &company);
    // Marks one entry seen by the acting user (audited). Already seen: no change.
    void markSeen(qint64 id);

private:
    Database &m_db;
};

} // namespace rsk
