#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <functional>

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
    std::function<StartPageFacts()> startPageFacts;
};

} // namespace rsk::ui
