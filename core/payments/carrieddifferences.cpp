#include "payments/carrieddifferences.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CarriedDifferences)
};
} // namespace

QList<CarriedDifference> CarriedDifferences::list(const QString &company, bool all)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT c.id, c.company, c.customer_number, c.id_number, c.name, "
                       "i.invoice_number, c.payment_date, c.amount_ore, c.account, c.status, "
                       "c.transferred_to, c.created_at FROM carried_difference c "
                       "JOIN invoice i ON i.id = c.invoice_id "
                       "WHERE (? = '' OR c.company = ?) AND (? = 1 OR c.status = 'open') "
                       "ORDER BY c.company, c.customer_number, c.id_number, c.id"),
        {company, company, int(all)});
    QList<CarriedDifference> out;
    while (q.next()) {
        CarriedDifference d;
        int i = 0;
        d.id = q.value(i++).toLongLong();
        d.company = q.value(i++).toString();
        d.customerNumber = q.value(i++).toString();
        d.idNumber = q.value(i++).toString();
        d.name = q.value(i++).toString();
        d.invoiceNumber = q.value(i++).toString();
        d.paymentDate = toDate(q.value(i++));
        d.amount = Money::fromOre(q.value(i++).toLongLong());
        d.account = q.value(i++).toString();
        d.transferred = q.value(i++).toString() == QLatin1String("transferred");
        d.transferredTo = q.value(i++).toString();
        d.createdAt = q.value(i++).toString();
        out.append(d);
    }
    return out;
}

void CarriedDifferences::markTransferred(qint64 id, const QString &reference)
{
    if (reference.trimmed().isEmpty())
        throw LedgerError::refused(Tr::tr("Ange vilken faktura beloppet fördes till."));
    UnitOfWork work(m_db);
    QSqlQuery q = m_db.run(
        QStringLiteral("UPDATE carried_difference SET status = 'transferred', transferred_to = ?, "
                       "resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'"),
        {reference.trimmed(), m_db.user(), m_db.nowStamp(), id});
    if (q.numRowsAffected() != 1)
        throw LedgerError::refused(
            Tr::tr("Överföring nr %1 finns inte eller är redan förd till en faktura.").arg(id));
    AuditLog(m_db).recordChange(QStringLiteral("carried_difference"), QString::number(id),
                                QStringLiteral("status"), QStringLiteral("open"),
                                QStringLiteral("transferred"), reference.trimmed());
    work.commit();
}

} // namespace rsk
