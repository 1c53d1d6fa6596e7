#pragma once

#include "ledger/types.h"

namespace rsk {

class Database;

struct PostingRequest
{
    QString company;
    QString invoiceNumber;
    QString method;   // payment method code
    Money amount;     // as registered, >= 0; the method says which way it goes
    QDate transactionDate;
    QString remark;   // <= 40 (handbook 4.1)
    QString account;  // overrides the method's fixed account when given
    QString source = QStringLiteral("manual");
    qint64 batchId = 0;
    int expectedVersion = 0; // > 0: refuse if the claim changed since it was read
};

// How one transaction splits over a claim's parts. Pure: no storage, so the
// rules of DOMAIN.md "A claim's money" are tested directly.
struct Settlement
{
    Money reminderFee; // signed change of each open part
    Money collectionFee;
    Money interest;
    Money capital;
    Money effect() const { return reminderFee + collectionFee + interest + capital; }
};

// Applies the payment-method rules (handbook 8.1, DOMAIN.md):
// - text-only methods change no amount (the amount must be 0);
// - fee type P/K/D acts on the debited reminder fee / collection fee /
//   interest: K lowers it and may not exceed what is open, D debits more;
// - D without fee type raises the capital (a payment registered by mistake);
// - K methods marked "no interest invoicing" (credit, annulment) lower the
//   capital only: that amount was never owed;
// - other K (payments) settle costs first: reminder fee, collection fee,
//   interest, then capital; what is left over makes the balance negative.
// Throws LedgerError::Refused with the reason.
Settlement settle(const Invoice &claim, const PaymentMethod &method, Money amount);

// The claim after a settlement on `date`: open parts, debited totals (a D
// fee-type method debits more), balance, paid, and the final-paid date
// (DOMAIN.md: reaching exactly 0 sets it; a later debit that reopens the
// claim clears it). Pure; every posting path uses it so the rule lives once.
Invoice applySettlement(const Invoice &before, const PaymentMethod &method, const Settlement &s,
                        const QDate &date);

class PostingService
{
public:
    explicit PostingService(Database &db) : m_db(db) {}
    // Posts one transaction in a unit of work (joins an outer one): updates the
    // claim's parts, balance and final-paid date, writes the transaction and
    // the audit rows. Returns the stored transaction.
    Transaction post(const PostingRequest &request);

private:
    Database &m_db;
};

} // namespace rsk
