#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// One row of "Överbetalningar": what a payment brought above its claim's
// balance (the claim itself was paid to 0).
struct Overpayment
{
    enum class Status { Open, Refunded, Moved };
    qint64 id = 0;
    QString company;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString customerNumber;
    QString idNumber;
    QString name;
    qint64 importFileId = 0;
    QDate paymentDate;
    Money amount;
    QString method;
    Status status = Status::Open;
    QString movedToInvoiceNumber;
    QString note;
    QString resolvedBy;
    QString resolvedAt;
    QString createdAt;
};

// The overpayment register: list, move an overpayment onto another claim of
// the same customer (posted through PostingService, in one unit of work,
// audited), or mark it refunded.
class OverpaymentRegister
{
public:
    explicit OverpaymentRegister(Database &db) : m_db(db) {}

    // Rows of `company` ("" = every company), oldest payment first; open ones
    // only unless `all`.
    QList<Overpayment> list(const QString &company, bool all = false);
    std::optional<Overpayment> find(qint64 id);
    int openCount(const QString &company);

    struct Move
    {
        qint64 transactionId = 0;
        Money posted;           // on the target claim (at most its balance)
        Money rest;             // left over: a new open overpayment on the same claim
        qint64 restId = 0;
    };
    // Pays claim `invoiceNumber` (same company, same customer: customer
    // record, else person/org number, else customer number) with the
    // overpayment, dated with the original payment date and posted with the
    // method the money came with. Whatever exceeds the target's balance stays
    // an open overpayment (a new row on the original claim). The
    // transaction's account is the overpayment account, where it waited.
    Move move(qint64 id, const QString &invoiceNumber);
    void markRefunded(qint64 id, const QString &note);

    static QString statusText(Overpayment::Status status);

private:
    Overpayment require(qint64 id);
    Database &m_db;
};

} // namespace rsk
