#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

struct Company
{
    QString number; // 3 digits, "001"
    QString name;
    QString name2;
    QString orgNr;
    QString bankgiro;
    QString plusgiro;
    QString vatNumber;
    QString phone;
    QString address;
    QString postalCode;
    QString city;
    // handbook 9 (migration 016): contact and payments from abroad.
    QString email;
    QString web;
    QString iban; // electronic form, "SE4550000000058398257466"
    QString bic;  // "ESSESESS"
};

struct Routine
{
    QString code; // 2 digits
    QString name;
    QString interestOf; // for 51–94: the routine whose interest it invoices
};

// Inbetalningssätt, handbook 8.1.
struct PaymentMethod
{
    enum class FeeType { None, ReminderFee, CollectionFee, Interest }; // '', P, K, D
    QString code;            // one digit or letter
    bool debit = false;      // D raises, K lowers the balance
    QString text;            // <= 15
    bool textOnly = false;   // changes no amount, only adds a remark
    bool notBooked = false;  // bokföres ej: no postings
    bool noInterestInvoicing = false; // dröjsmålsfaktureras ej
    FeeType feeType = FeeType::None;
    bool noCompress = false; // komprimeras ej vid bokföring
    QString account;         // fixed account, optional

    static QChar feeTypeCode(FeeType t);
    static FeeType feeTypeFromCode(const QString &code);
};

struct InvoiceLine
{
    int lineNo = 0;
    QString text;
    Money amount;
    QString account;
};

// Everything needed to register a claim (import, batch registration, demo).
struct InvoiceDraft
{
    QString company;
    QString invoiceNumber; // 9 digits
    QString routine;       // defaults to the invoice number's first two digits
    QString customerNumber;
    QString idNumber;      // person/org number as typed; normalised on registration
    QString name;
    QString name2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    QDate invoiceDate;
    QDate dueDate;
    Money amount;
    QString ocr;           // defaults to invoice number + length + check digit
    QString registerId;
    QString department;
    QString handler;
    QString description;   // "avser"
    QList<InvoiceLine> lines; // empty: one line with the whole amount
};

struct Transaction
{
    qint64 id = 0;
    QDate transactionDate;
    QDate registeredDate;
    QDate bookedDate;
    QString method;
    Money amount;  // as registered
    Money effect;  // signed effect on the balance
    Money reminderFeePart;
    Money collectionFeePart;
    Money interestPart;
    Money capitalPart;
    bool noInterest = false;
    QString remark;
    QString account;
    QString source;
    QString createdBy;
    QString createdAt;
};

// A claim as stored, with its money parts (DOMAIN.md "A claim's money").
struct Invoice
{
    qint64 id = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    qint64 customerId = 0;
    QString customerNumber;
    QString idNumber;
    QString idNumber2;
    QString name;
    QString name2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    QDate invoiceDate;
    QDate dueDate;
    QString ocr;
    QString registerId;
    QString department;
    QString handler;
    QString description;
    Money amount; // capital; negative for a credit invoice
    Money reminderFee;     // debited totals
    Money collectionFee;
    Money interestDebited;
    Money capitalOpen;     // what is still owed of each part
    Money reminderFeeOpen;
    Money collectionFeeOpen;
    Money interestOpen;
    Money balance;         // = sum of the open parts
    Money paid;            // sum of credits that settled money parts
    Money reminderFeeUndebited;
    Money collectionFeeUndebited;
    Money interestUndebited;
    QDate reminder1Date;
    QDate reminder2Date;
    QDate collectionDate;
    QDate residualDate;
    QDate threatDate;
    QDate paymentOrderDate;
    QDate paymentPlanDate;
    QDate agencyTransferDate;
    int dunningCode = 0; // 0 = none
    QDate dunningCodeUntil;
    QString watchText;
    QDate finalPaidDate;
    QString interestInvoiceNumber;
    Money interestInvoiceAmount;
    QDate interestInvoiceDate;
    QString createdBy;
    QString createdAt;
    QString changedBy;
    QString changedAt;
    int version = 0;
    QList<InvoiceLine> lines;
    QList<Transaction> transactions;
};

struct DunningCode
{
    int code = 0; // 1–9
    QString text; // <= 15
    bool noInvoice = false;
    bool noReminder1 = false;
    bool noReminder2 = false;
    bool noCollection = false;
    bool noInterest = false;
    bool noInterestRespite = false;
    bool noThreat = false;
    bool noResidual = false;
};

// Field limits from the handbook, in one place.
namespace limits {
constexpr int Remark = 40;        // handbook 4.1 "Anmärkning ... maximalt 40 tecken"
constexpr int MethodText = 15;    // handbook 8.1
constexpr int DunningCodeText = 15; // handbook 7.3
constexpr int Name = 30;          // handbook 6.1: names searched with 1–30 chars
constexpr int Address = 30;
constexpr int Co = 30;
constexpr int City = 30;
constexpr int PostalCode = 10;
constexpr int Handler = 30;       // DOMAIN.md glossary: handler name + phone <= 30
constexpr int Description = 67;   // handbook 7.17 "avser" per claim
constexpr int RegisterId = 10;    // handbook 6.1: register id 1–10 characters
constexpr int Department = 10;
constexpr int CustomerNumber = 15;
constexpr int LineText = 60;
constexpr int Account = 20;
} // namespace limits

} // namespace rsk
