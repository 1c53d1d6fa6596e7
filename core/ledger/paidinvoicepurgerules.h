#pragma once

// Internal to PaidInvoicePurge (core/ledger/paidinvoicepurge.cpp): which
// claims of a selection must stay, and the rows that go with a claim.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rsk {

class Database;

namespace purge {

// The claim range of a checked selection as SQL bounds (never empty).
struct Bounds
{
    QString companyFrom;
    QString companyTo;
    QString routineFrom;
    QString routineTo;
    QString invoiceFrom;
    QString invoiceTo;

    // "i.company >= ? AND … AND i.balance_ore = 0" and its arguments.
    static QString where();
    QVariantList args() const;
};

// Why each claim of `candidates` (ids of claims that qualify by balance,
// date and code) must stay; claims not in the hash may go. Runs the rules
// listed at PaidInvoicePurge in paidinvoicepurge.h, then, until nothing
// changes, blocks a claim that a row of a staying claim refers to.
QHash<qint64, QStringList> blockers(Database &db, const Bounds &bounds,
                                    const QList<qint64> &candidates);

// The tables whose rows go with a claim, children first, as (table, the
// condition naming the claims, with "%1" for the list of their ids). Only
// the tables the ledger has (a table of a later migration is skipped on an
// older ledger). The invoice row itself is deleted by the caller.
QList<QPair<QString, QString>> dependentTables(Database &db);

// Runs `sql` (which has one "%1" for a list of placeholders) once per
// chunk of `ids`; returns the sum of the rows affected (DELETE) or of the
// first column (SELECT COUNT(*)).
qint64 forChunks(Database &db, const QString &sql, const QList<qint64> &ids, bool count);

} // namespace purge
} // namespace rsk
