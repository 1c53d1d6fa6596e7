#include "payments/unplacedregister.h"

#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "payments/paymentparameters.h"
#include "payments/registerlist.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UnplacedRegister)
};

const char kColumns[]
    = "u.id, u.company, u.import_file_id, f.file_name, u.file_line, u.payment_date, "
      "u.amount_ore, u.reference, u.payer, u.payer_account, u.information, u.reason, u.method, "
      "u.status, i.invoice_number, u.resolved_by, u.resolved_at, u.created_at "
      "FROM unplaced_payment u LEFT JOIN import_file f ON f.id = u.import_file_id "
      "LEFT JOIN invoice i ON i.id = u.placed_invoice_id ";

RegisterList table(Database &db)
{
    return RegisterList(db, QLatin1String("unplaced_payment"), QLatin1String("u"), kColumns);
}

UnplacedPayment::Status statusFrom(const QString &text)
{
    if (text == QLatin1String("placed"))
        return UnplacedPayment::Status::Placed;
    if (text == QLatin1String("refunded"))
        return UnplacedPayment::Status::Refunded;
    return UnplacedPayment::Status::Open;
}

UnplacedPayment read(const QSqlQuery &q)
{
    UnplacedPayment u;
    int i = 0;
    u.id = q.value(i++).toLongLong();
    u.company = q.value(i++).toString();
    u.importFileId = q.value(i++).toLongLong();
    u.fileName = q.value(i++).toString();
    u.fileLine = q.value(i++).toInt();
    u.paymentDate = toDate(q.value(i++));
    u.amount = Money::fromOre(q.value(i++).toLongLong());
    u.reference = q.value(i++).toString();
    u.payer = q.value(i++).toString();
    u.payerAccount = q.value(i++).toString();
    u.information = q.value(i++).toString();
    u.reason = q.value(i++).toString();
    u.method = q.value(i++).toString();
    u.status = statusFrom(q.value(i++).toString());
    u.placedInvoiceNumber = q.value(i++).toString();
    u.resolvedBy = q.value(i++).toString();
    u.resolvedAt = q.value(i++).toString();
    u.createdAt = q.value(i++).toString();
    return u;
}

} // namespace

QString UnplacedRegister::statusText(UnplacedPayment::Status status)
{
    switch (status) {
    case UnplacedPayment::Status::Open:
        return Tr::tr("Oplacerad");
    case UnplacedPayment::Status::Placed:
        return Tr::tr("Placerad");
    case UnplacedPayment::Status::Refunded:
        return Tr::tr("Återbetald");
    }
    return {};
}

QList<UnplacedPayment> UnplacedRegister::list(const QString &company, bool all)
{
    return table(m_db).list(company, all, &read);
}

std::optional<UnplacedPayment> UnplacedRegister::find(qint64 id)
{
    return table(m_db).find(id, &read);
}

int UnplacedRegister::openCount(const QString &company)
{
    return table(m_db).openCount(company);
}

UnplacedPayment UnplacedRegister::require(qint64 id)
{
    const auto u = find(id);
    if (!u)
        throw LedgerError::notFound(Tr::tr("Oplacerad betalning nr %1 finns inte.").arg(id));
    if (u->status != UnplacedPayment::Status::Open)
        throw LedgerError::refused(Tr::tr("Betalning nr %1 är redan %2.")
                                       .arg(id)
                                       .arg(statusText(u->status).toLower()));
    return *u;
}

UnplacedRegister::Placement UnplacedRegister::place(qint64 id, const QString &invoiceNumber)
{
    UnitOfWork work(m_db);
    const UnplacedPayment u = require(id);
    const auto number = InvoiceRepository::normalizeInvoiceNumber(invoiceNumber);
    if (!number)
        throw LedgerError::refused(
            Tr::tr("Fakturanumret \"%1\" ska vara 1–9 siffror.").arg(invoiceNumber));
    InvoiceRepository repo(m_db);
    const Invoice claim = repo.require(u.company, *number);
    const RegisterList registers = table(m_db);
    const QString source = registers.postingSource(u.importFileId);
    const PaymentParameters params = PaymentParameters::load(m_db, u.company);
    params.ensureMethods(m_db);

    PostingRequest r;
    r.company = u.company;
    r.invoiceNumber = claim.invoiceNumber;
    r.transactionDate = u.paymentDate;
    r.remark = Tr::tr("Oplacerad nr %1 placerad").arg(id);
    r.source = source;
    // handbook 3.4: an unplaced payment waits on the observation account
    // (booked against the bank when it came); placing it moves it from there
    // to the receivable, so that is the transaction's counter account.
    r.account = params.observationAccount;
    Placement result;
    if (u.amount.isNegative()) {
        r.method = u.method.isEmpty() ? params.deductionMethod : u.method;
        r.amount = -u.amount;
        result.posted = u.amount;
    } else {
        const Money open = Money::max(claim.balance, Money());
        if (open.isZero())
            throw LedgerError::refused(
                Tr::tr("Faktura %1 har inget att betala (saldo %2); välj en annan faktura.")
                    .arg(claim.invoiceNumber, claim.balance.toString()));
        r.method = u.method.isEmpty()
                       ? (source == QLatin1String("totalin") ? params.plusgiroMethod
                                                           : params.bankgiroMethod)
                       : u.method;
        r.amount = Money::min(open, u.amount);
        result.posted = r.amount;
        result.overpaid = u.amount - r.amount;
    }
    const Transaction t = PostingService(m_db).post(r);
    result.transactionId = t.id;
    registers.linkToImportFile(t.id, u.importFileId);
    const QString stamp = m_db.nowStamp();
    if (result.overpaid.isPositive())
        result.overpaymentId = registers.addOverpayment(
            u.company, claim, u.importFileId, u.paymentDate, result.overpaid, r.method, t.id,
            Tr::tr("Från oplacerad nr %1").arg(id), stamp);
    registers.signalIfWatched(claim, t.id, u.amount, stamp);
    registers.resolve(
        id, QStringLiteral("placed"), {QStringLiteral("placed_invoice_id")}, {claim.id}, stamp,
        QStringLiteral("%1/%2").arg(u.company, claim.invoiceNumber),
        Tr::tr("Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.").arg(id));
    work.commit();
    return result;
}

void UnplacedRegister::markRefunded(qint64 id, const QString &note)
{
    UnitOfWork work(m_db);
    require(id);
    table(m_db).resolve(
        id, QStringLiteral("refunded"), {}, {}, m_db.nowStamp(), note,
        Tr::tr("Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.").arg(id));
    work.commit();
}

} // namespace rsk
