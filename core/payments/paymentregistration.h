#pragma once

#include "ledger/invoiceregistration.h" // FieldProblem
#include "ledger/posting.h"

#include <QList>
#include <QMap>
#include <optional>

namespace rsk {

class Database;

// The field names a FieldProblem of a payment line refers to, so a screen can
// show the reason beside the right field (UI.md "Keys": not a modal box).
namespace paymentfield {
inline constexpr char Company[] = "company";
inline constexpr char TransactionDate[] = "transaction_date";
inline constexpr char Method[] = "method";
inline constexpr char InvoiceNumber[] = "invoice_number";
inline constexpr char Amount[] = "amount";
inline constexpr char Remark[] = "remark";
inline constexpr char Account[] = "account";
} // namespace paymentfield

// One line as the clerk typed it (handbook 4.1): dates as ÅÅMMDD, ÅÅÅÅMMDD or
// ISO, amounts the Swedish way ("1 234,50"), invoice numbers with or without
// their leading zeros.
struct PaymentLineText
{
    QString company;
    QString transactionDate;
    QString method;
    QString invoiceNumber;
    QString amount;
    QString remark;
    QString account;
};

struct PaymentBatchLine
{
    int lineNo = 0;
    PostingRequest request;
    QString createdBy;
    QString createdAt;
};

// A payment batch (bunt) with its totals: amounts of credit (K) methods and
// of debit (D) methods summed apart, as registered.
struct PaymentBatch
{
    qint64 id = 0;
    QString company;
    QString description;
    QString status; // open, approved
    QString createdBy;
    QString createdAt;
    QString approvedBy;
    QString approvedAt;
    int lineCount = 0;
    Money credits;
    Money debits;
};

struct PaymentApproval
{
    qint64 batchId = 0;
    int posted = 0;
    Money credits;
    Money debits;
    QList<qint64> transactionIds; // in line order
};

// Manual registration of payments (handbook 4.1 "Registrera"): lines go into a
// batch (table batch, kind 'payments'; each line a JSON payload in
// batch_line), stay editable and deletable while the batch is open, and
// approval posts every line through PostingService in one unit of work — all
// or nothing. Every change is audited.
class PaymentRegistration
{
public:
    explicit PaymentRegistration(Database &db) : m_db(db) {}

    static QString defaultDescription();
    qint64 createBatch(const QString &company, const QString &description = {});

    // Checks one line and normalises it in place (3-digit company, 9-digit
    // invoice number, upper-case method, the method's fixed account). The
    // claim is taken as it will be after the batch's other lines (all but
    // `replacingLine`), so two write-offs of the same fee are caught when the
    // second is typed, not at approval. Returns field problems in form order.
    QList<FieldProblem> validateLine(PostingRequest &request, qint64 batchId = 0,
                                     int replacingLine = 0);
    // Parses the typed text (date via parseDate, amount via Money::parse) into
    // `out` and validates it as validateLine does.
    QList<FieldProblem> parseLine(const PaymentLineText &text, PostingRequest &out,
                                  qint64 batchId = 0, int replacingLine = 0);

    // Validate and store; throw LedgerError::Refused listing the problems.
    int addLine(qint64 batchId, const PostingRequest &request);
    void updateLine(qint64 batchId, int lineNo, const PostingRequest &request);
    void removeLine(qint64 batchId, int lineNo);

    QList<PaymentBatchLine> lines(qint64 batchId);
    std::optional<PaymentBatch> batch(qint64 batchId);
    // Open payment batches of a company, oldest first; `user` empty = anyone's.
    QList<PaymentBatch> openBatches(const QString &company, const QString &user = {});

    // What is wrong with each line if the batch were approved now, line by
    // line in order on the claims as the earlier lines leave them. Empty map:
    // the batch can be approved.
    QMap<int, QList<FieldProblem>> checkBatch(qint64 batchId);
    // Posts every line in one unit of work and marks the batch approved.
    // Refuses (naming the line numbers) and changes nothing if any line fails.
    PaymentApproval approve(qint64 batchId);

    static QString toJson(const PostingRequest &request);
    static PostingRequest fromJson(const QString &json);

private:
    void requireOpenBatch(qint64 batchId);
    PaymentBatch totals(PaymentBatch batch);
    Database &m_db;
};

} // namespace rsk
