#include "ledger/invoicecopy.h"

#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCopies)
};

// handbook 6.2 "Ny handläggare ... kan anges med maximalt 30 tecken".
QString checkedHandler(const InvoiceCopyOptions &options)
{
    const QString handler = options.newHandler.trimmed();
    if (handler.size() > limits::Handler)
        throw LedgerError::refused(Tr::tr("Ny handläggare är %1 tecken, högst %2 är tillåtet.")
                                       .arg(handler.size())
                                       .arg(limits::Handler));
    return handler;
}

InvoiceCopy copyOf(const Invoice &c, const Company &sender, const QString &handler,
                   bool addressWithheld, const InvoiceCopyOptions &options, const QDate &today,
                   const CountryNames &countries)
{
    InvoiceCopy copy;
    copy.sender = sender;
    copy.invoiceNumber = c.invoiceNumber;
    copy.customerNumber = c.customerNumber;
    copy.ocr = c.ocr;
    copy.today = today;
    copy.invoiceDate = options.originalDate ? c.invoiceDate : today;
    copy.dueDate = c.dueDate;
    copy.handler = handler.isEmpty() ? c.handler : handler;
    copy.description = c.description;
    copy.debtorName = c.name;
    copy.debtorName2 = c.name2;
    copy.co = c.co;
    copy.address = c.address;
    copy.postalCode = c.postalCode;
    copy.city = c.city;
    copy.country = countries.printed(c.country);
    copy.addressWithheld = addressWithheld;
    copy.lines = c.lines;
    copy.amount = c.amount;
    copy.balance = c.balance;
    copy.markCopy = options.markCopy;
    return copy;
}

bool protectedIdentity(Database &db, const Invoice &c)
{
    return c.customerId > 0 && ProtectedIdentity(db).customer(c.customerId);
}

struct Range
{
    QString company;
    QString from;
    QString to;
};

Range rangeOf(const InvoiceCopySelection &s)
{
    Range r;
    r.company = ReferenceData::normalizeCompanyNumber(s.company).value_or(QString());
    r.from = InvoiceRepository::normalizeInvoiceNumber(s.invoiceFrom).value_or(QString());
    r.to = s.invoiceTo.trimmed().isEmpty()
        ? r.from
        : InvoiceRepository::normalizeInvoiceNumber(s.invoiceTo).value_or(QString());
    return r;
}

} // namespace

InvoiceCopy InvoiceCopies::make(const QString &company, const QString &invoiceNumber,
                                const InvoiceCopyOptions &options)
{
    const QString handler = checkedHandler(options);
    const QString companyKey = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    const QString numberKey =
        InvoiceRepository::normalizeInvoiceNumber(invoiceNumber).value_or(invoiceNumber);
    m_db.access().requireCompany(companyKey);
    const Invoice c = InvoiceRepository(m_db).require(
        companyKey, numberKey, InvoiceRepository::Detail::WithLinesAndTransactions);
    return copyOf(c, ReferenceData(m_db).company(c.company).value_or(Company{}), handler,
                  protectedIdentity(m_db, c), options, m_db.today(), CountryNames(m_db));
}

std::optional<InvoiceCopyProblem> InvoiceCopies::check(const InvoiceCopySelection &s)
{
    using F = InvoiceCopySelection::Field;
    const Range r = rangeOf(s);
    if (r.company.isEmpty())
        return InvoiceCopyProblem{F::Company, Tr::tr("Företag: skriv 1–3 siffror.")};
    if (s.invoiceFrom.trimmed().isEmpty())
        return InvoiceCopyProblem{
            F::InvoiceFrom, Tr::tr("Fakturanummer fr.o.m.: ange den första fakturans nummer.")};
    if (r.from.isEmpty())
        return InvoiceCopyProblem{
            F::InvoiceFrom,
            Tr::tr("Fakturanummer fr.o.m.: \"%1\" ska vara högst 9 siffror.")
                .arg(s.invoiceFrom.trimmed())};
    if (r.to.isEmpty())
        return InvoiceCopyProblem{F::InvoiceTo,
                                  Tr::tr("Fakturanummer t.o.m.: \"%1\" ska vara högst 9 siffror.")
                                      .arg(s.invoiceTo.trimmed())};
    if (r.to < r.from)
        return InvoiceCopyProblem{F::InvoiceTo,
                                  Tr::tr("Fakturanummer t.o.m. %1 är före fr.o.m. %2.")
                                      .arg(r.to, r.from)};
    // The routine is the invoice number's first two digits (DOMAIN.md).
    if (r.to.left(2) != r.from.left(2))
        return InvoiceCopyProblem{
            F::InvoiceTo, Tr::tr("Intervallet måste vara inom samma rutin: %1 är rutin %2, "
                                 "%3 är rutin %4.")
                              .arg(r.from, r.from.left(2), r.to, r.to.left(2))};
    return std::nullopt;
}

QList<InvoiceCopyRow> InvoiceCopies::select(const InvoiceCopySelection &selection)
{
    if (const auto problem = check(selection))
        throw LedgerError::refused(problem->message);
    const Range r = rangeOf(selection);
    m_db.access().requireCompany(r.company);
    if (!ReferenceData(m_db).company(r.company))
        throw LedgerError::notFound(Tr::tr("Företag %1 finns inte.").arg(r.company));
    const qint64 count =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE company = ? AND "
                                   "invoice_number BETWEEN ? AND ?"),
                    {r.company, r.from, r.to})
            .toLongLong();
    if (count == 0)
        throw LedgerError::notFound(
            r.from == r.to
                ? Tr::tr("Faktura %1 finns inte i företag %2.").arg(r.from, r.company)
                : Tr::tr("Det finns inga fakturor %1–%2 i företag %3.").arg(r.from, r.to, r.company));
    if (count > MaxCopies)
        throw LedgerError::refused(
            Tr::tr("Intervallet %1–%2 har %3 fakturor; högst %4 kopior tas fram åt gången. "
                   "Dela upp intervallet.")
                .arg(r.from, r.to)
                .arg(count)
                .arg(MaxCopies));
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT company, invoice_number, name, invoice_date, due_date, amount_ore, "
                       "balance_ore FROM invoice WHERE company = ? AND invoice_number BETWEEN ? "
                       "AND ? ORDER BY invoice_number"),
        {r.company, r.from, r.to});
    QList<InvoiceCopyRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     toDate(q.value(3)), toDate(q.value(4)),
                     Money::fromOre(q.value(5).toLongLong()),
                     Money::fromOre(q.value(6).toLongLong())});
    return rows;
}

QList<InvoiceCopy> InvoiceCopies::makeAll(const InvoiceCopySelection &selection,
                                          const InvoiceCopyOptions &options)
{
    const QString handler = checkedHandler(options);
    const QList<InvoiceCopyRow> rows = select(selection);
    const Company sender =
        ReferenceData(m_db).company(rows.first().company).value_or(Company{});
    const QDate today = m_db.today();
    InvoiceRepository repository(m_db);
    const CountryNames countries(m_db);
    QList<InvoiceCopy> copies;
    copies.reserve(rows.size());
    for (const InvoiceCopyRow &row : rows) {
        const Invoice c = repository.require(row.company, row.invoiceNumber,
                                             InvoiceRepository::Detail::WithLinesAndTransactions);
        copies << copyOf(c, sender, handler, protectedIdentity(m_db, c), options, today,
                         countries);
    }
    return copies;
}

} // namespace rsk
