#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace rsk {

class Database;

// Today's work for the Startsida (UI.md "Startsida"): counts the clerk acts
// on, read with indexed queries so they stay cheap on a million claims.
struct WorkFacts
{
    int unapprovedBatches = 0;
    int unplacedPayments = 0;     // oplacerade betalningar still open
    int expiringDunningCodes = 0; // valid-to within the next 7 days
    qint64 openClaims = 0;        // balance > 0
    QList<QPair<QString, qint64>> newClaimsPerMonth; // "2026-05", count; last 12 months
};

WorkFacts readWorkFacts(Database &db, const QString &company, const QDate &today);

} // namespace rsk
