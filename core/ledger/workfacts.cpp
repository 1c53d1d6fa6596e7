#include "ledger/workfacts.h"

#include "payments/unplacedregister.h"
#include "storage/database.h"

namespace rsk {

WorkFacts readWorkFacts(Database &db, const QString &company, const QDate &today)
{
    WorkFacts f;
    f.unapprovedBatches =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM batch WHERE status = 'open' AND company = ?"),
                  {company})
            .toInt();
    f.unplacedPayments = UnplacedRegister(db).openCount(company);
    f.expiringDunningCodes =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE company = ? AND "
                                 "dunning_code_until BETWEEN ? AND ?"),
                  {company, dateArg(today), dateArg(today.addDays(7))})
            .toInt();
    f.openClaims = db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE balance_ore > 0 "
                                            "AND company = ?"),
                             {company})
                       .toLongLong();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    // invoice_by_date (company, invoice_date DESC, ...) makes this a range scan.
    QSqlQuery q = db.run(QStringLiteral("SELECT %1 AS month, COUNT(*) FROM invoice WHERE "
                                        "company = ? AND invoice_date >= ? GROUP BY month "
                                        "ORDER BY month")
                             .arg(db.dialect().monthOf(QStringLiteral("invoice_date"))),
                         {company, dateArg(from)});
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    for (QDate m = from; m <= today; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        f.newClaimsPerMonth.append({key, counts.value(key)});
    }
    return f;
}

} // namespace rsk
