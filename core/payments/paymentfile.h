#pragma once

#include "money/money.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

// A bank payment file (BgMax or Total-IN) after parsing and checking every
// record and total: what the import service matches against the ledger.
// Parsers fill it; they never touch the ledger.

// One reference a payment carries, with the amount it names where the file
// splits a payment over several references (BgMax code 3 + TK22/TK23 lines).
struct PaymentReference
{
    QString text;       // trimmed reference as in the file
    bool hasAmount = false;
    Money amount;       // when hasAmount: the part of the payment for this reference
    int line = 0;       // file line it came from
};

struct IncomingPayment
{
    int line = 0;            // the payment record's line (BgMax TK20/21, Total-IN 20)
    Money amount;            // negative for a deduction (BgMax TK21)
    QDate paymentDate;       // BgMax: the section's TK15 date; Total-IN: its date
    // The reference as the bank classified it (FACTS-SE §1.4):
    // BgMax code 2 = a correct OCR (checked by Bankgirot); 3/5 = incorrect or
    // several; 0/1 = none; 4 = correct under extended form registration.
    enum class ReferenceStatus { None, VerifiedOcr, Unverified };
    ReferenceStatus referenceStatus = ReferenceStatus::None;
    int referenceCode = -1;  // BgMax 0–5, -1 where the format has none
    QList<PaymentReference> references; // in file order; may be empty
    QString deductionCode;   // BgMax TK21 position 71
    QString payerAccount;    // sender bankgiro/plusgiro/bank account, digits
    QString payerName;
    QString payerAddress;    // street, postal code and city joined
    QString payerOrgNr;
    QString bankSerial;      // BgMax BGC löpnummer, Total-IN serial
    QStringList information; // free text (BgMax TK25, Total-IN 25)
};

// One deposit (BgMax section 05…15, Total-IN 10…90) on one receiving account.
struct PaymentSection
{
    int line = 0;              // opening record's line
    QString receivingBankgiro; // digits, leading zeros stripped, or empty
    QString receivingPlusgiro; // digits, leading zeros stripped, or empty
    QString currency;          // "SEK"
    QDate depositDate;
    Money depositAmount;       // what the bank says the section sums to
    QList<IncomingPayment> payments;
};

struct PaymentFile
{
    enum class Kind { BgMax, TotalIn };
    Kind kind = Kind::BgMax;
    QString fileName;
    QByteArray sha256;     // hex of the whole file's bytes: "same content" check
    QString fileStamp;     // BgMax TK01 timestamp / Total-IN file id+date: "same file" check
    bool testFile = false; // BgMax TK01 'T'
    QList<PaymentSection> sections;

    int paymentCount() const;
    Money total() const;
};

// A reason the whole file is refused, with where.
struct FileError
{
    int line = 0; // 1-based; 0 = the file as a whole
    QString reason;
    QString format(const QString &fileName) const; // "FILE:LINE: reason"
};

// What a bank-file parser (BgMaxParser, TotalInParser) returns: the file, or
// every error that refuses it (then `file` is empty).
struct PaymentFileParseResult
{
    std::optional<PaymentFile> file;
    QList<FileError> errors;
};

} // namespace rsk
