#pragma once

#include "formats/fixedrecord.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The Total-IN record layouts (FACTS-SE §2) and the field checks of one record.
// Internal to TotalInParser (core/formats/totalin.h), which checks the order of
// the records and the totals.
namespace rsk::totalin {

constexpr int RecordLength = 80;

using fixedformat::ErrorList;
using fixedformat::Record; // positions as in the record description and FACTS-SE §2
using fixedformat::formatOre;

bool isKnownType(int type);
// "betalningsposten (20)": how messages name a record type.
QString recordName(int type);

struct StartRecord // 00
{
    QString id;             // 3–14, e.g. "TI222222"
    QString stamp;          // 15–34, YYYYMMDDHHMMSS + 6 digits
    QString deliveryNumber; // 35–36
    QString fileType;       // 37–39, e.g. "TL1"
};

struct AccountStart // 10
{
    QString plusgiro; // digits without padding; empty when unreadable
    QString currency; // empty when unreadable
    QDate postingDate;
};

struct Transaction // 20 (payment) and 25 (deduction)
{
    int type = 20;
    QString reference;            // trimmed; empty when blank or all zeros
    std::optional<qint64> amount; // öre as written (never negative); empty when unreadable
    QString serial;
    QString deductionCode;        // 25 only, trimmed
    QString receivingBankgiro;    // digits as written, or empty
};

struct TwoTexts // 30, 40, 50, 51, 61, 62: two 35-character fields, trimmed
{
    QString first;
    QString second;
};

struct Locality // 52, 63
{
    QString postalCode;
    QString city;
    QString countryCode;
};

struct SenderAccount // 60
{
    QString account;
    QString originCode;
    QString orgNr;
};

struct International // 70
{
    std::optional<qint64> cost; // in the cost currency's hundredths
    QString costCurrency;
    std::optional<qint64> amount; // in the payment currency's hundredths
    QString currency;
};

struct AccountEnd // 90
{
    std::optional<qint64> count;  // 20 + 25 records
    std::optional<qint64> amount; // öre, Σ20 − Σ25
    QString statementReference;
};

// Read the fields of one record of a known type. Each reports every bad field
// it finds to `errors` and still returns what it could read, so that the
// totals are checked too (the file is refused anyway once an error is listed).
StartRecord readStart(const Record &r, ErrorList &errors);
AccountStart readAccountStart(const Record &r, ErrorList &errors);
Transaction readTransaction(const Record &r, ErrorList &errors);
TwoTexts readTwoTexts(const Record &r);
Locality readLocality(const Record &r, ErrorList &errors);
SenderAccount readSenderAccount(const Record &r, ErrorList &errors);
International readInternational(const Record &r, ErrorList &errors);
AccountEnd readAccountEnd(const Record &r, ErrorList &errors);
std::optional<qint64> readFileEnd(const Record &r, ErrorList &errors); // 99: the line count

} // namespace rsk::totalin
