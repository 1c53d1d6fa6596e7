#include "ledger/posting.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostingService)
};

QString feeName(PaymentMethod::FeeType t)
{
    switch (t) {
    case PaymentMethod::FeeType::ReminderFee:
        return Tr::tr("uppdebiterad påminnelseavgift");
    case PaymentMethod::FeeType::CollectionFee:
        return Tr::tr("uppdebiterad kravavgift");
    case PaymentMethod::FeeType::Interest:
        return Tr::tr("uppdebiterad dröjsmålsränta");
    case PaymentMethod::FeeType::None:
        break;
    }
    return {};
}

// Takes up to `open` (if positive) from `left`; returns the signed change.
Money takeFrom(Money open, Money &left)
{
    if (!open.isPositive() || !left.isPositive())
        return Money();
    const Money taken = Money::min(open, left);
    left -= taken;
    return -taken;
}

} // namespace

Settlement settle(const Invoice &c, const PaymentMethod &m, Money amount)
{
    Settlement s;
    if (amount.isNegative())
        throw LedgerError::refused(
            Tr::tr("Beloppet %1 är negativt; inbetalningssättet anger om fordran ökar eller "
                   "minskar.")
                .arg(amount.toString()));
    if (m.textOnly) {
        if (!amount.isZero())
            throw LedgerError::refused(
                Tr::tr("Inbetalningssätt %1 (%2) är endast för text; beloppet ska vara 0.")
                    .arg(m.code, m.text));
        return s;
    }
    if (amount.isZero())
        throw LedgerError::refused(Tr::tr("Beloppet saknas."));
    if (m.feeType != PaymentMethod::FeeType::None) {
        Money open;
        Money *part = nullptr;
        switch (m.feeType) {
        case PaymentMethod::FeeType::ReminderFee:
            open = c.reminderFeeOpen;
            part = &s.reminderFee;
            break;
        case PaymentMethod::FeeType::CollectionFee:
            open = c.collectionFeeOpen;
            part = &s.collectionFee;
            break;
        case PaymentMethod::FeeType::Interest:
            open = c.interestOpen;
            part = &s.interest;
            break;
        case PaymentMethod::FeeType::None:
            break;
        }
        if (m.debit) {
            *part = amount;
        } else {
            // handbook 8.1: "belopp ... får inte överskrida uppdebiterad avgifter respektive ränta"
            if (amount > open)
                throw LedgerError::refused(Tr::tr("Beloppet %1 överstiger %2 som är %3.")
                                               .arg(amount.toString(), feeName(m.feeType),
                                                    open.toString()));
            *part = -amount;
        }
        return s;
    }
    if (m.debit) {
        s.capital = amount;
        return s;
    }
    if (m.noInterestInvoicing) {
        s.capital = -amount;
        return s;
    }
    // Swedish practice (DOMAIN.md): costs first, then interest, then capital.
    Money left = amount;
    s.reminderFee = takeFrom(c.reminderFeeOpen, left);
    s.collectionFee = takeFrom(c.collectionFeeOpen, left);
    s.interest = takeFrom(c.interestOpen, left);
    s.capital = -left;
    return s;
}

Invoice applySettlement(const Invoice &before, const PaymentMethod &m, const Settlement &s,
                        const QDate &date)
{
    Invoice after = before;
    after.reminderFeeOpen += s.reminderFee;
    after.collectionFeeOpen += s.collectionFee;
    after.interestOpen += s.interest;
    after.capitalOpen += s.capital;
    if (m.debit && m.feeType == PaymentMethod::FeeType::ReminderFee)
        after.reminderFee += s.reminderFee;
    if (m.debit && m.feeType == PaymentMethod::FeeType::CollectionFee)
        after.collectionFee += s.collectionFee;
    if (m.debit && m.feeType == PaymentMethod::FeeType::Interest)
        after.interestDebited += s.interest;
    const Money effect = s.effect();
    after.balance = before.balance + effect;
    if (effect.isNegative())
        after.paid = before.paid - effect;
    if (after.balance.isZero() && !before.balance.isZero())
        after.finalPaidDate = date;
    else if (after.balance.isPositive())
        after.finalPaidDate = QDate();
    return after;
}

Transaction PostingService::post(const PostingRequest &r)
{
    if (r.remark.size() > limits::Remark)
        throw LedgerError::refused(Tr::tr("Anmärkningen är %1 tecken, högst %2 är tillåtet.")
                                       .arg(r.remark.size())
                                       .arg(limits::Remark));
    if (!r.transactionDate.isValid())
        throw LedgerError::refused(Tr::tr("Transaktionsdatum saknas eller är ogiltigt."));
    const qint64 absOre = r.amount.ore() < 0 ? -r.amount.ore() : r.amount.ore();
    if (absOre > Money::MaxAbsOre)
        throw LedgerError::refused(Tr::tr("Beloppet har fler än 10 siffror."));

    UnitOfWork work(m_db);
    ReferenceData ref(m_db);
    const auto method = ref.paymentMethod(r.method);
    if (!method)
        throw LedgerError::refused(Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(r.method));
    InvoiceRepository repo(m_db);
    const Invoice before = repo.require(r.company, r.invoiceNumber);
    if (r.expectedVersion > 0 && before.version != r.expectedVersion)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.")
                .arg(before.invoiceNumber, before.changedBy, before.changedAt));

    const Settlement s = settle(before, *method, r.amount);
    const Invoice after = applySettlement(before, *method, s, r.transactionDate);
    const Money effect = s.effect();

    const QString stamp = m_db.nowStamp();
    QSqlQuery update = m_db.run(
        QStringLiteral("UPDATE invoice SET reminder_fee_ore=?, collection_fee_ore=?, "
                       "interest_debited_ore=?, capital_open_ore=?, reminder_fee_open_ore=?, "
                       "collection_fee_open_ore=?, interest_open_ore=?, balance_ore=?, paid_ore=?, "
                       "final_paid_date=?, changed_by=?, changed_at=?, version=version+1 "
                       "WHERE id=? AND version=?"),
        {after.reminderFee.ore(), after.collectionFee.ore(), after.interestDebited.ore(),
         after.capitalOpen.ore(), after.reminderFeeOpen.ore(), after.collectionFeeOpen.ore(),
         after.interestOpen.ore(), after.balance.ore(), after.paid.ore(),
         dateArg(after.finalPaidDate), m_db.user(), stamp, before.id, before.version});
    if (update.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 ändrades av någon annan samtidigt. Försök igen.")
                .arg(before.invoiceNumber));

    Transaction t;
    t.transactionDate = r.transactionDate;
    t.registeredDate = m_db.today();
    t.method = method->code;
    t.amount = r.amount;
    t.effect = effect;
    t.reminderFeePart = s.reminderFee;
    t.collectionFeePart = s.collectionFee;
    t.interestPart = s.interest;
    t.capitalPart = s.capital;
    t.noInterest = method->noInterestInvoicing;
    t.remark = r.remark;
    t.account = r.account.isEmpty() ? method->account : r.account;
    t.source = r.source;
    t.createdBy = m_db.user();
    t.createdAt = stamp;
    t.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO ledger_transaction (invoice_id, transaction_date, "
                       "registered_date, method, amount_ore, effect_ore, reminder_fee_part_ore, "
                       "collection_fee_part_ore, interest_part_ore, capital_part_ore, "
                       "no_interest, remark, account, source, batch_id, created_by, created_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {before.id, dateArg(t.transactionDate), dateArg(t.registeredDate), t.method,
         t.amount.ore(), t.effect.ore(), t.reminderFeePart.ore(), t.collectionFeePart.ore(),
         t.interestPart.ore(), t.capitalPart.ore(), int(t.noInterest), t.remark, t.account,
         t.source, r.batchId > 0 ? QVariant(r.batchId) : QVariant(),
         t.createdBy, stamp});

    const QString key = before.company + QLatin1Char('/') + before.invoiceNumber;
    AuditLog audit(m_db);
    audit.recordInsert(QStringLiteral("ledger_transaction"), key,
                       Tr::tr("%1 %2 %3 %4")
                           .arg(method->code, r.amount.toString(),
                                r.transactionDate.toString(Qt::ISODate), r.remark),
                       r.source);
    audit.recordDiff(QStringLiteral("invoice"), key, InvoiceRepository::stateMap(before),
                     InvoiceRepository::stateMap(after),
                     QStringLiteral("transaction %1").arg(t.id));
    work.commit();
    return t;
}

} // namespace rsk
