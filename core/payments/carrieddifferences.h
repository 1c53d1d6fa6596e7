#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// One small difference kept for the customer's next invoice (handbook 3.4
// "Överföring nästa faktura"): + to be charged on it, − to be credited.
struct CarriedDifference
{
    qint64 id = 0;
    QString company;
    QString customerNumber;
    QString idNumber;
    QString name;
    QString invoiceNumber; // the claim it came from
    QDate paymentDate;
    Money amount;
    QString account;       // the avräkningskonto it waits on
    bool transferred = false;
    QString transferredTo; // the invoice (or billing run) that took it
    QString createdAt;
};

// The register the billing routines read when they make the next invoice:
// an export-friendly list (one row per difference, customer keys first) and
// a way to mark a row taken.
class CarriedDifferences
{
public:
    explicit CarriedDifferences(Database &db) : m_db(db) {}

    // Rows of `company` ("" = all), by customer; open ones only unless `all`.
    QList<CarriedDifference> list(const QString &company, bool all = false);
    // The billing run took it onto `reference` (an invoice number or run id).
    void markTransferred(qint64 id, const QString &reference);

private:
    Database &m_db;
};

} // namespace rsk
