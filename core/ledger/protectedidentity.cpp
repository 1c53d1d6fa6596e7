#include "ledger/protectedidentity.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedIdentity)
};

bool isSweden(const QString &country)
{
    const QString c = country.trimmed().toUpper();
    return c.isEmpty() || c == QLatin1String("SE") || c == QLatin1String("SVERIGE")
        || c == QLatin1String("SWEDEN");
}

} // namespace

QString ProtectedIdentity::withheldText()
{
    return Tr::tr("Skyddad adress");
}

bool ProtectedIdentity::isAddressField(const QString &column)
{
    static const QStringList fields{QStringLiteral("co"),          QStringLiteral("address"),
                                    QStringLiteral("address_key"), QStringLiteral("postal_code"),
                                    QStringLiteral("city"),        QStringLiteral("country")};
    return fields.contains(column);
}

QStringList ProtectedIdentity::addressLines(bool withheld, const QString &co,
                                            const QString &address, const QString &postalCode,
                                            const QString &city, const QString &country)
{
    if (withheld)
        return {withheldText()};
    QStringList lines;
    if (!co.trimmed().isEmpty())
        lines << Tr::tr("c/o %1").arg(co.trimmed());
    lines << address.trimmed()
          << (postalCode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
    if (!isSweden(country))
        lines << country.trimmed().toUpper();
    lines.removeAll(QString());
    return lines;
}

QString ProtectedIdentity::sqlIsProtected(const QString &customerIdColumn)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM customer pi_c WHERE pi_c.id = %1 "
                          "AND pi_c.protected_identity <> 0)")
        .arg(customerIdColumn);
}

QString ProtectedIdentity::sqlProtectedClaimIds()
{
    return QStringLiteral("SELECT pi_i.id FROM customer pi_c JOIN invoice pi_i ON "
                          "pi_i.customer_id = pi_c.id WHERE pi_c.protected_identity <> 0");
}

bool ProtectedIdentity::customer(qint64 customerId)
{
    if (customerId <= 0)
        return false;
    return m_db
               .scalar(QStringLiteral("SELECT protected_identity FROM customer WHERE id = ?"),
                       {customerId})
               .toInt()
        != 0;
}

bool ProtectedIdentity::customer(const QString &company, const QString &customerNumber)
{
    return m_db
               .scalar(QStringLiteral("SELECT protected_identity FROM customer WHERE company = ? "
                                      "AND customer_number = ?"),
                       {company, customerNumber})
               .toInt()
        != 0;
}

bool ProtectedIdentity::claim(qint64 invoiceId)
{
    return m_db
               .scalar(QStringLiteral("SELECT c.protected_identity FROM invoice i JOIN customer c "
                                      "ON c.id = i.customer_id WHERE i.id = ?"),
                       {invoiceId})
               .toInt()
        != 0;
}

bool ProtectedIdentity::claim(const QString &company, const QString &invoiceNumber)
{
    return m_db
               .scalar(QStringLiteral("SELECT c.protected_identity FROM invoice i JOIN customer c "
                                      "ON c.id = i.customer_id WHERE i.company = ? AND "
                                      "i.invoice_number = ?"),
                       {company, invoiceNumber})
               .toInt()
        != 0;
}

bool ProtectedIdentity::auditRowWithheld(const QString &table, const QString &rowKey)
{
    const QString company = rowKey.section(QLatin1Char('/'), 0, 0);
    const QString number = rowKey.section(QLatin1Char('/'), 1);
    QVariant flag;
    if (table == QLatin1String("customer")) {
        flag = m_db.scalar(QStringLiteral("SELECT protected_identity FROM customer WHERE "
                                          "company = ? AND customer_number = ?"),
                           {company, number});
    } else if (rowKey.contains(QLatin1Char('/'))) {
        flag = m_db.scalar(QStringLiteral("SELECT COALESCE(c.protected_identity, 0) FROM invoice i "
                                          "LEFT JOIN customer c ON c.id = i.customer_id "
                                          "WHERE i.company = ? AND i.invoice_number = ?"),
                           {company, number});
    } else if (table == QLatin1String("invoice")) {
        flag = m_db.scalar(QStringLiteral("SELECT COALESCE(c.protected_identity, 0) FROM invoice i "
                                          "LEFT JOIN customer c ON c.id = i.customer_id "
                                          "WHERE i.id = ?"),
                           {rowKey.toLongLong()});
    } else {
        return false; // not a claim's or a customer's address
    }
    return !flag.isValid() || flag.isNull() || flag.toInt() != 0;
}

bool ProtectedIdentity::set(const QString &company, const QString &customerNumber, bool on,
                            const QString &reason)
{
    m_db.access().requireCompany(company);
    m_db.access().requireRole(Role::Supervisor, Tr::tr("Att ändra skyddad identitet"));
    UnitOfWork work(m_db);
    const QVariant was = m_db.scalar(
        QStringLiteral("SELECT protected_identity FROM customer WHERE company = ? AND "
                       "customer_number = ?"),
        {company, customerNumber});
    if (!was.isValid() || was.isNull())
        throw LedgerError::notFound(
            Tr::tr("Kund %1 finns inte i företag %2.").arg(customerNumber, company));
    if ((was.toInt() != 0) == on) {
        work.commit();
        return false;
    }
    m_db.run(QStringLiteral("UPDATE customer SET protected_identity = ?, changed_by = ?, "
                            "changed_at = ? WHERE company = ? AND customer_number = ?"),
             {int(on), m_db.user(), m_db.nowStamp(), company, customerNumber});
    const QString context = reason.trimmed().isEmpty()
                                ? (on ? Tr::tr("skyddad identitet satt")
                                      : Tr::tr("skyddad identitet borttagen"))
                                : reason.trimmed();
    AuditLog(m_db).recordChange(QStringLiteral("customer"),
                                company + QLatin1Char('/') + customerNumber,
                                QStringLiteral("protected_identity"), int(was.toInt() != 0),
                                int(on), context);
    work.commit();
    return true;
}

} // namespace rsk
