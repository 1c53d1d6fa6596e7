#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// One row of "Oplacerade betalningar": money a payment file brought that no
// claim could take, with why and where it came from.
struct UnplacedPayment
{
    enum class Status { Open, Placed, Refunded };
    qint64 id = 0;
    QString company;
    qint64 importFileId = 0; // 0: not from a file
    QString fileName;
    int fileLine = 0;
    QDate paymentDate;
    Money amount; // negative for a deduction
    QString reference;
    QString payer;
    QString payerAccount;
    QString information;
    QString reason;
    QString method; // the method it came with (B, G, I; D for a deduction)
    Status status = Status::Open;
    QString placedInvoiceNumber;
    QString resolvedBy;
    QString resolvedAt;
    QString createdAt;
};

// The unplaced-payments register (issue 3 item 3; handbook 3.4 describes it as
// "ett register ... flytta inbetalningen till rätt faktura eller skapa en
// återbetalning"). Placing posts the money on a claim through PostingService
// and marks the row placed, in one unit of work, audited.
class UnplacedRegister
{
public:
    explicit UnplacedRegister(Database &db) : m_db(db) {}

    // Rows of `company` ("" = every company), oldest payment first; open ones
    // only unless `all`.
    QList<UnplacedPayment> list(const QString &company, bool all = false);
    std::optional<UnplacedPayment> find(qint64 id);
    int openCount(const QString &company);

    struct Placement
    {
        qint64 transactionId = 0;
        Money posted;          // on the claim
        Money overpaid;        // above the claim's balance: to the overpayment register
        qint64 overpaymentId = 0;
    };
    // Posts an open row onto claim `invoiceNumber` of the row's company (the
    // money came to that company's account), dated with the payment date:
    // a payment up to the claim's balance, the rest to the overpayment
    // register; a deduction (negative) as a debit with its method. Refuses a
    // row that is not open, a claim with nothing to pay (for a payment), and
    // a claim of another company. Watch text → signal list, as an import.
    // The transaction's account is the observation account (handbook 3.4),
    // where the money waited.
    Placement place(qint64 id, const QString &invoiceNumber);
    // The money went back to the payer (or elsewhere outside the ledger).
    void markRefunded(qint64 id, const QString &note = QString());

    static QString statusText(UnplacedPayment::Status status);

private:
    UnplacedPayment require(qint64 id);
    Database &m_db;
};

} // namespace rsk
