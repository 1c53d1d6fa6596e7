#include "payments/unplacedregister.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "payments/paymentparameters.h"
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
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 WHERE (? = '' OR u.company = ?) "
                                          "AND (? = 1 OR u.status = 'open') "
                                          "ORDER BY u.payment_date, u.id")
                               .arg(QLatin1String(kColumns)),
                           {company, company, int(all)});
    QList<UnplacedPayment> out;
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<UnplacedPayment> UnplacedRegister::find(qint64 id)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 WHERE u.id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q.next())
        return std::nullopt;
    UnplacedPayment u = read(q);
    q.finish();
    return u;
}

int UnplacedRegister::openCount(const QString &company)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM unplaced_payment WHERE status = 'open' "
                               "AND (? = '' OR company = ?)"),
                {company, company})
        .toInt();
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
    const QString kind = m_db.scalar(QStringLiteral("SELECT kind FROM import_file WHERE id = ?"),
                                     {u.importFileId})
                             .toString();
    const PaymentParameters params = PaymentParameters::load(m_db, u.company);
    params.ensureMethods(m_db);

    PostingRequest r;
    r.company = u.company;
    r.invoiceNumber = claim.invoiceNumber;
    r.transactionDate = u.paymentDate;
    r.remark = Tr::tr("Oplacerad nr %1 placerad").arg(id);
    r.source = kind.isEmpty() ? QStringLiteral("manual") : kind;
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
                       ? (kind == QLatin1String("totalin") ? params.plusgiroMethod
                                                           : params.bankgiroMethod)
                       : u.method;
        r.amount = Money::min(open, u.amount);
        result.posted = r.amount;
        result.overpaid = u.amount - r.amount;
    }
    const Transaction t = PostingService(m_db).post(r);
    result.transactionId = t.id;
    if (u.importFileId > 0)
        m_db.run(QStringLiteral("UPDATE ledger_transaction SET import_file_id = ? WHERE id = ?"),
                 {u.importFileId, t.id});
    const QString stamp = m_db.nowStamp();
    AuditLog audit(m_db);
    if (result.overpaid.isPositive()) {
        result.overpaymentId = m_db.insertReturningId(
            QStringLiteral("INSERT INTO overpayment (company, invoice_id, import_file_id, "
                           "payment_date, amount_ore, method, transaction_id, note, created_by, "
                           "created_at) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"),
            {u.company, claim.id, u.importFileId > 0 ? QVariant(u.importFileId) : QVariant(),
             dateArg(u.paymentDate), result.overpaid.ore(), r.method, t.id,
             Tr::tr("Från oplacerad nr %1").arg(id), m_db.user(), stamp});
        audit.recordInsert(QStringLiteral("overpayment"), QString::number(result.overpaymentId),
                           QStringLiteral("%1/%2 %3").arg(u.company, claim.invoiceNumber,
                                                          result.overpaid.toString()));
    }
    if (!claim.watchText.trimmed().isEmpty())
        m_db.run(QStringLiteral("INSERT INTO signal_entry (invoice_id, transaction_id, "
                                "watch_text, amount_ore, created_at) VALUES (?,?,?,?,?)"),
                 {claim.id, t.id, claim.watchText, u.amount.ore(), stamp});
    QSqlQuery mark = m_db.run(
        QStringLiteral("UPDATE unplaced_payment SET status = 'placed', placed_invoice_id = ?, "
                       "resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'"),
        {claim.id, m_db.user(), stamp, id});
    if (mark.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.").arg(id));
    audit.recordChange(QStringLiteral("unplaced_payment"), QString::number(id),
                       QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("placed"),
                       QStringLiteral("%1/%2").arg(u.company, claim.invoiceNumber));
    work.commit();
    return result;
}

void UnplacedRegister::markRefunded(qint64 id, const QString &note)
{
    UnitOfWork work(m_db);
    require(id);
    QSqlQuery mark = m_db.run(
        QStringLiteral("UPDATE unplaced_payment SET status = 'refunded', resolved_by = ?, "
                       "resolved_at = ? WHERE id = ? AND status = 'open'"),
        {m_db.user(), m_db.nowStamp(), id});
    if (mark.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.").arg(id));
    AuditLog(m_db).recordChange(QStringLiteral("unplaced_payment"), QString::number(id),
                                QStringLiteral("status"), QStringLiteral("open"),
                                QStringLiteral("refunded"), note);
    work.commit();
}

} // namespace rsk
