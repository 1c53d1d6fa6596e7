#include "ledger/claimoverview.h"

#include "interest/interestservice.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "ledger/searchkey.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimOverview)
};
} // namespace

Money CustomerDebt::total() const
{
    Money sum;
    for (const CompanyDebt &c : companies)
        sum += c.balance;
    return sum;
}

Money CustomerDebt::invoicedTotal() const
{
    Money sum;
    for (const CompanyDebt &c : companies)
        sum += c.invoicedInYear;
    return sum;
}

std::optional<CompanyDebt> CustomerDebt::on(const QString &company) const
{
    for (const CompanyDebt &c : companies)
        if (c.company == company)
            return c;
    return std::nullopt;
}

std::optional<Invoice> ClaimOverview::find(const QString &company, const QString &invoiceNumber)
{
    const auto companyKey = ReferenceData::normalizeCompanyNumber(company);
    const auto numberKey = InvoiceRepository::normalizeInvoiceNumber(invoiceNumber);
    if (!companyKey || !numberKey)
        return std::nullopt;
    m_db.access().requireCompany(*companyKey);
    return InvoiceRepository(m_db).find(*companyKey, *numberKey);
}

QString ClaimOverview::routineName(const QString &routine)
{
    const auto r = ReferenceData(m_db).routine(routine);
    return r ? r->name : QString();
}

bool ClaimOverview::isInterestInvoice(const Invoice &claim)
{
    const auto r = ReferenceData(m_db).routine(claim.routine);
    return r && !r->interestOf.isEmpty();
}

QString ClaimOverview::dunningCodeText(int code)
{
    if (code <= 0)
        return {};
    const auto c = ReferenceData(m_db).dunningCode(code);
    return c ? c->text : Tr::tr("(finns inte)");
}

QHash<QString, QString> ClaimOverview::paymentMethodTexts()
{
    QHash<QString, QString> out;
    for (const PaymentMethod &m : ReferenceData(m_db).paymentMethods())
        out.insert(m.code, m.text);
    return out;
}

CustomerDebt ClaimOverview::customerDebt(const Invoice &claim, const QDate &today)
{
    CustomerDebt debt;
    debt.year = today.year();
    const QString idKey = claim.idNumber.isEmpty() ? QString() : idSearchKey(claim.idNumber);
    QString where;
    if (!idKey.isEmpty()) {
        debt.key = CustomerDebt::Key::IdNumber;
        debt.keyValue = idKey;
        where = QStringLiteral("i.id_search = ?");
    } else if (!claim.customerNumber.isEmpty()) {
        debt.key = CustomerDebt::Key::CustomerNumber;
        debt.keyValue = claim.customerNumber;
        where = QStringLiteral("i.customer_number = ?");
    } else {
        return debt;
    }
    // Both keys are the first column of an index (invoice_by_id_number,
    // invoice_by_customer): one customer's claims, never a scan.
    const QDate first(debt.year, 1, 1);
    const QDate last(debt.year, 12, 31);
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT i.company, c.name, SUM(i.balance_ore), "
                       "SUM(CASE WHEN i.balance_ore <> 0 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN i.invoice_date >= ? AND i.invoice_date <= ? "
                       "THEN i.amount_ore ELSE 0 END), "
                       "SUM(CASE WHEN i.invoice_date >= ? AND i.invoice_date <= ? "
                       "THEN 1 ELSE 0 END) "
                       "FROM invoice i JOIN company c ON c.number = i.company WHERE %1 "
                       "GROUP BY i.company, c.name ORDER BY i.company")
            .arg(where),
        {dateArg(first), dateArg(last), dateArg(first), dateArg(last), debt.keyValue});
    while (q.next()) {
        // Only the companies the acting user may see (core/users/access.h).
        if (!m_db.access().canSee(q.value(0).toString()))
            continue;
        debt.companies.append({q.value(0).toString(), q.value(1).toString(),
                               Money::fromOre(q.value(2).toLongLong()), q.value(3).toInt(),
                               Money::fromOre(q.value(4).toLongLong()), q.value(5).toInt()});
    }
    return debt;
}

InterestResult ClaimOverview::accruedInterest(const Invoice &claim, const QDate &to)
{
    if (isInterestInvoice(claim))
        throw LedgerError::refused(
            Tr::tr("Faktura %1 är en räntefaktura; dröjsmålsränta beräknas inte på den.")
                .arg(claim.invoiceNumber));
    if (!to.isValid())
        throw LedgerError::refused(Tr::tr("Datum att beräkna räntan till saknas."));
    InterestService service(m_db);
    return service.calculator().compute(service.claimTimeline(claim), to);
}

} // namespace rsk
