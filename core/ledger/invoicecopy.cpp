#include "ledger/invoicecopy.h"

#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCopies)
};
} // namespace

InvoiceCopy InvoiceCopies::make(const QString &company, const QString &invoiceNumber,
                                const InvoiceCopyOptions &options)
{
    const QString handler = options.newHandler.trimmed();
    // handbook 6.2 "Ny handläggare ... kan anges med maximalt 30 tecken".
    if (handler.size() > limits::Handler)
        throw LedgerError::refused(Tr::tr("Ny handläggare är %1 tecken, högst %2 är tillåtet.")
                                       .arg(handler.size())
                                       .arg(limits::Handler));
    const QString companyKey = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    const QString numberKey =
        InvoiceRepository::normalizeInvoiceNumber(invoiceNumber).value_or(invoiceNumber);
    const Invoice c = InvoiceRepository(m_db).require(
        companyKey, numberKey, InvoiceRepository::Detail::WithLinesAndTransactions);
    InvoiceCopy copy;
    copy.sender = ReferenceData(m_db).company(c.company).value_or(Company{});
    copy.invoiceNumber = c.invoiceNumber;
    copy.customerNumber = c.customerNumber;
    copy.ocr = c.ocr;
    copy.today = m_db.today();
    copy.invoiceDate = options.originalDate ? c.invoiceDate : copy.today;
    copy.dueDate = c.dueDate;
    copy.handler = handler.isEmpty() ? c.handler : handler;
    copy.description = c.description;
    copy.debtorName = c.name;
    copy.debtorName2 = c.name2;
    copy.co = c.co;
    copy.address = c.address;
    copy.postalCode = c.postalCode;
    copy.city = c.city;
    copy.country = c.country;
    if (c.customerId > 0)
        copy.addressWithheld =
            m_db.scalar(QStringLiteral("SELECT protected_identity FROM customer WHERE id = ?"),
                        {c.customerId})
                .toBool();
    copy.lines = c.lines;
    copy.amount = c.amount;
    copy.balance = c.balance;
    copy.markCopy = options.markCopy;
    return copy;
}

} // namespace rsk
