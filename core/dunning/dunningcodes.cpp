#include "dunning/dunningcodes.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningCodeAssignment)
};
} // namespace

bool DunningCodeAssignment::isValidOn(const QDate &until, const QDate &onDate)
{
    return !until.isValid() || onDate <= until;
}

bool DunningCodeAssignment::flagFor(const DunningCode &c, DunningAction action)
{
    switch (action) {
    case DunningAction::Invoice:
        return c.noInvoice;
    case DunningAction::Reminder1:
        return c.noReminder1;
    case DunningAction::Reminder2:
        return c.noReminder2;
    case DunningAction::Collection:
        return c.noCollection;
    case DunningAction::Residual:
        return c.noResidual;
    case DunningAction::Threat:
        return c.noThreat;
    case DunningAction::Interest:
        return c.noInterest;
    case DunningAction::InterestRespite:
        return c.noInterestRespite;
    }
    return false;
}

bool DunningCodeAssignment::suppresses(const DunningCode &code, const QDate &until,
                                       DunningAction action, const QDate &onDate)
{
    return code.code != 0 && isValidOn(until, onDate) && flagFor(code, action);
}

Invoice DunningCodeAssignment::set(const QString &company, const QString &invoiceNumber, int code,
                                   const QDate &until, int expectedVersion)
{
    if (!ReferenceData(m_db).dunningCode(code))
        throw LedgerError::refused(
            Tr::tr("Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.").arg(code));
    return write(company, invoiceNumber, code, until, expectedVersion);
}

Invoice DunningCodeAssignment::clear(const QString &company, const QString &invoiceNumber,
                                     int expectedVersion)
{
    return write(company, invoiceNumber, 0, QDate(), expectedVersion);
}

Invoice DunningCodeAssignment::write(const QString &company, const QString &invoiceNumber,
                                     int code, const QDate &until, int expectedVersion)
{
    UnitOfWork work(m_db);
    InvoiceRepository repo(m_db);
    // "1"/"10000001" as typed on Sök faktura mean 001/010000001.
    const QString companyKey = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    const QString numberKey
        = InvoiceRepository::normalizeInvoiceNumber(invoiceNumber).value_or(invoiceNumber);
    const Invoice before = repo.require(companyKey, numberKey);
    if (expectedVersion > 0 && before.version != expectedVersion)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.")
                .arg(before.invoiceNumber, before.changedBy, before.changedAt));
    QSqlQuery update = m_db.run(
        QStringLiteral("UPDATE invoice SET dunning_code = ?, dunning_code_until = ?, "
                       "changed_by = ?, changed_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {code == 0 ? QVariant() : QVariant(code), dateArg(code == 0 ? QDate() : until),
         m_db.user(), m_db.nowStamp(), before.id, before.version});
    if (update.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 ändrades av någon annan samtidigt. Försök igen.")
                .arg(before.invoiceNumber));
    const QString key = before.company + QLatin1Char('/') + before.invoiceNumber;
    AuditLog(m_db).recordDiff(
        QStringLiteral("invoice"), key,
        {{QStringLiteral("dunning_code"), before.dunningCode == 0 ? QVariant() : before.dunningCode},
         {QStringLiteral("dunning_code_until"), dateArg(before.dunningCodeUntil)}},
        {{QStringLiteral("dunning_code"), code == 0 ? QVariant() : QVariant(code)},
         {QStringLiteral("dunning_code_until"), dateArg(code == 0 ? QDate() : until)}},
        code == 0 ? Tr::tr("kravkod borttagen") : Tr::tr("kravkod satt"));
    const Invoice after = repo.require(companyKey, numberKey);
    work.commit();
    return after;
}

} // namespace rsk
