#include "interest/interestservice.h"

#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

namespace rsk {

InterestCalculator InterestService::calculator()
{
    return InterestCalculator(InterestSettingsStore(m_db).load(), ReferenceRates(m_db).table());
}

InterestClaim InterestService::claimTimeline(const Invoice &invoice)
{
    InterestClaim claim;
    claim.capital = invoice.amount;
    claim.invoiceDate = invoice.invoiceDate;
    claim.dueDate = invoice.dueDate;
    claim.finalPaidDate = invoice.finalPaidDate;
    const QList<Transaction> transactions = invoice.transactions.isEmpty()
                                                ? InvoiceRepository(m_db).transactions(invoice.id)
                                                : invoice.transactions;
    for (const Transaction &t : transactions) {
        // Only what changed the capital: fee and interest parts never bear interest.
        if (!t.capitalPart.isZero())
            claim.changes.append({t.transactionDate, t.capitalPart, t.noInterest});
    }
    if (invoice.dunningCode > 0) {
        claim.dunningCode = ReferenceData(m_db).dunningCode(invoice.dunningCode);
        claim.dunningCodeUntil = invoice.dunningCodeUntil;
    }
    return claim;
}

InterestResult InterestService::forClaim(const QString &company, const QString &invoiceNumber,
                                         const QDate &toDate)
{
    const Invoice invoice = InvoiceRepository(m_db).require(company, invoiceNumber);
    const QDate to = toDate.isValid()               ? toDate
                     : invoice.finalPaidDate.isValid() ? invoice.finalPaidDate
                                                       : m_db.today();
    return calculator().compute(claimTimeline(invoice), to);
}

InterestResult InterestService::forAmount(Money amount, const QDate &dueDate, const QDate &toDate)
{
    InterestClaim claim;
    claim.capital = amount;
    claim.dueDate = dueDate;
    return calculator().compute(claim, toDate.isValid() ? toDate : m_db.today());
}

} // namespace rsk
