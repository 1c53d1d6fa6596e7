#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace rsk {
class Database;
}

namespace rsk::ui {

// What the Startsida shows under "Dagens arbete" and in its chart. Supplied
// by the application (app/gui) so the shell itself never queries the ledger.
struct StartPageFacts
{
    int unapprovedBatches = 0;
    int unplacedPayments = 0;
    int expiringDunningCodes = 0;
    qint64 openClaims = 0;
    QList<QPair<QString, qint64>> newClaimsPerMonth; // label ("2024-05"), count
};

// Everything the shell needs from the outside world; built by app/gui/main.cpp.
struct ShellContext
{
    QString ledgerName; // file name (SQLite) or database name (PostgreSQL)
    QString engine;     // "SQLite" / "PostgreSQL"
    QString user;
    QList<QPair<QString, QString>> companies; // number, name
    // Asked with the company chosen in the status bar.
    std::function<StartPageFacts(const QString &company)> startPageFacts;
    // The open ledger, for screens that call core services; may be null in
    // tests of the shell alone.
    rsk::Database *ledger = nullptr;
};

} // namespace rsk::ui
