#include "payments/overpaymentregister.h"

#include "bookkeeping/accounts.h"
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
    Q_DECLARE_TR_FUNCTIONS(OverpaymentRegister)
};

const char kColumns[]
    = "o.id, o.company, o.invoice_id, i.invoice_number, i.customer_number, i.id_number, "
      "i.name, o.import_file_id, o.payment_date, o.amount_ore, o.method, o.status, "
      "m.invoice_number, o.note, o.resolved_by, o.resolved_at, o.created_at "
      "FROM overpayment o JOIN invoice i ON i.id = o.invoice_id "
      "LEFT JOIN invoice m ON m.id = o.moved_to_invoice_id ";

RegisterList table(Database &db)
{
    return RegisterList(db, QLatin1String("overpayment"), QLatin1String("o"), kColumns);
}

Overpayment::Status statusFrom(const QString &text)
{
    if (text == QLatin1String("refunded"))
        return Overpayment::Status::Refunded;
    if (text == QLatin1String("moved"))
        return Overpayment::Status::Moved;
    return Overpayment::Status::Open;
}

Overpayment read(const QSqlQuery &q)
{
    Overpayment o;
    int i = 0;
    o.id = q.value(i++).toLongLong();
    o.company = q.value(i++).toString();
    o.invoiceId = q.value(i++).toLongLong();
    o.invoiceNumber = q.value(i++).toString();
    o.customerNumber = q.value(i++).toString();
    o.idNumber = q.value(i++).toString();
    o.name = q.value(i++).toString();
    o.importFileId = q.value(i++).toLongLong();
    o.paymentDate = toDate(q.value(i++));
    o.amount = Money::fromOre(q.value(i++).toLongLong());
    o.method = q.value(i++).toString();
    o.status = statusFrom(q.value(i++).toString());
    o.movedToInvoiceNumber = q.value(i++).toString();
    o.note = q.value(i++).toString();
    o.resolvedBy = q.value(i++).toString();
    o.resolvedAt = q.value(i++).toString();
    o.createdAt = q.value(i++).toString();
    return o;
}

// "Same customer": the customer record when both claims have one, else the
// person/org number, else the customer number (handbook 6.1 keeps all three).
bool sameCustomer(const Invoice &a, const Invoice &b)
{
    if (a.customerId > 0 && b.customerId > 0)
        return a.customerId == b.customerId;
    if (!a.idNumber.isEmpty() || !b.idNumber.isEmpty())
        return a.idNumber == b.idNumber;
    return !a.customerNumber.isEmpty() && a.customerNumber == b.customerNumber;
}

} // namespace

QString OverpaymentRegister::statusText(Overpayment::Status status)
{
    switch (status) {
    case Overpayment::Status::Open:
        return Tr::tr("Öppen");
    case Overpayment::Status::Refunded:
        return Tr::tr("Återbetald");
    case Overpayment::Status::Moved:
        return Tr::tr("Flyttad");
    }
    return {};
}

QList<Overpayment> OverpaymentRegister::list(const QString &company, bool all)
{
    return table(m_db).list(company, all, &read);
}

std::optional<Overpayment> OverpaymentRegister::find(qint64 id)
{
    return table(m_db).find(id, &read);
}

int OverpaymentRegister::openCount(const QString &company)
{
    return table(m_db).openCount(company);
}

Overpayment OverpaymentRegister::require(qint64 id)
{
    const auto o = find(id);
    if (!o)
        throw LedgerError::notFound(Tr::tr("Överbetalning nr %1 finns inte.").arg(id));
    if (o->status != Overpayment::Status::Open)
        throw LedgerError::refused(Tr::tr("Överbetalning nr %1 är redan %2.")
                                       .arg(id)
                                       .arg(statusText(o->status).toLower()));
    return *o;
}

OverpaymentRegister::Move OverpaymentRegister::move(qint64 id, const QString &invoiceNumber)
{
    UnitOfWork work(m_db);
    const Overpayment o = require(id);
    const auto number = InvoiceRepository::normalizeInvoiceNumber(invoiceNumber);
    if (!number)
        throw LedgerError::refused(
            Tr::tr("Fakturanumret \"%1\" ska vara 1–9 siffror.").arg(invoiceNumber));
    InvoiceRepository repo(m_db);
    const Invoice from = repo.require(o.company, o.invoiceNumber);
    const Invoice to = repo.require(o.company, *number);
    if (to.id == from.id)
        throw LedgerError::refused(
            Tr::tr("Överbetalningen kommer från faktura %1; välj en annan faktura.")
                .arg(to.invoiceNumber));
    if (!sameCustomer(from, to))
        throw LedgerError::refused(
            Tr::tr("Faktura %1 gäller %2, inte %3 som betalade; en överbetalning flyttas bara "
                   "till samma kunds fakturor.")
                .arg(to.invoiceNumber, to.name, from.name));
    const Money open = Money::max(to.balance, Money());
    if (open.isZero())
        throw LedgerError::refused(Tr::tr("Faktura %1 har inget att betala (saldo %2).")
                                       .arg(to.invoiceNumber, to.balance.toString()));
    const RegisterList registers = table(m_db);
    const PaymentParameters params = PaymentParameters::load(m_db, o.company);

    PostingRequest r;
    r.company = o.company;
    r.invoiceNumber = to.invoiceNumber;
    r.method = o.method.isEmpty() ? params.bankgiroMethod : o.method;
    r.amount = Money::min(open, o.amount);
    r.transactionDate = o.paymentDate;
    r.remark = Tr::tr("Överbetalning från %1").arg(from.invoiceNumber);
    r.source = registers.postingSource(o.importFileId);
    // The excess waits on the overpayment account (förskott från kunder);
    // moving it to a claim moves it from there to the receivable.
    r.account = AccountSettings(m_db).account(o.company, account_kind::Overpayment, to.routine);
    const Transaction t = PostingService(m_db).post(r);
    registers.linkToImportFile(t.id, o.importFileId);

    Move result;
    result.transactionId = t.id;
    result.posted = r.amount;
    result.rest = o.amount - r.amount;
    const QString stamp = m_db.nowStamp();
    if (result.rest.isPositive())
        // transaction_id: the move is what this is the rest of; its counter
        // account is the overpayment account, so the booking run (4.6) books
        // the rest against itself, i.e. not again (it is still there).
        result.restId = registers.addOverpayment(
            o.company, from, o.importFileId, o.paymentDate, result.rest, r.method, t.id,
            Tr::tr("Rest efter flytt av nr %1").arg(id), stamp);
    registers.signalIfWatched(to, t.id, r.amount, stamp);
    registers.resolve(
        id, QStringLiteral("moved"), {QStringLiteral("moved_to_invoice_id")}, {to.id}, stamp,
        QStringLiteral("%1/%2").arg(o.company, to.invoiceNumber),
        Tr::tr("Överbetalning nr %1 ändrades av någon annan samtidigt. Försök igen.").arg(id));
    work.commit();
    return result;
}

void OverpaymentRegister::markRefunded(qint64 id, const QString &note)
{
    UnitOfWork work(m_db);
    const Overpayment o = require(id);
    table(m_db).resolve(
        id, QStringLiteral("refunded"), {QStringLiteral("note")},
        {note.trimmed().isEmpty() ? o.note : note.trimmed()}, m_db.nowStamp(), note,
        Tr::tr("Överbetalning nr %1 ändrades av någon annan samtidigt. Försök igen.").arg(id));
    work.commit();
}

} // namespace rsk
