#pragma once

#include "formats/fixedrecord.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The BgMax record layouts (FACTS-SE §1.3) and the field checks of one record.
// Internal to BgMaxParser (core/formats/bgmax.h), which checks the order of the
// records and the totals.
namespace rsk::bgmax {

constexpr int RecordLength = 80;

using fixedformat::ErrorList;
using fixedformat::Record; // positions as in the manual and FACTS-SE §1.3
using fixedformat::formatOre;

// "betalningsposten (TK20)": how messages name a record type.
QString recordName(int type);

struct StartRecord // TK01
{
    QString stamp; // YYYYMMDDHHMMSS + 6 digits
    bool test = false;
};

struct OpeningRecord // TK05
{
    QString bankgiro; // digits, no leading zeros
    QString plusgiro; // digits, no leading zeros, or empty
    QString currency; // empty when unreadable
};

struct PaymentRecord // TK20, TK21, TK22, TK23
{
    int type = 20;
    QString payerAccount;          // digits without leading zeros; empty when unknown
    QByteArrayView referenceField; // positions 13–37, trimmed (a view into the file)
    std::optional<qint64> amount; // öre as written (never negative); empty when unreadable
    int referenceCode = 0;
    QString bankSerial;     // BGC löpnummer
    QString deductionCode;  // TK21 only
};

struct DepositRecord // TK15
{
    QDate date;                   // invalid when unreadable
    std::optional<qint64> amount; // öre
    QString currency;             // empty when unreadable
    std::optional<qint64> count;
};

struct EndRecord // TK70
{
    // Each empty when unreadable.
    std::optional<qint64> payments;        // TK20
    std::optional<qint64> deductions;      // TK21
    std::optional<qint64> extraReferences; // TK22 + TK23
    std::optional<qint64> deposits;        // TK15
};

struct PartyText // TK25–TK29: the text fields, trimmed
{
    QString first;  // 25: information; 26: name; 27: street; 28: city; 29: org nr
    QString second; // 26: extra name; 27: postal code; 28: country
};

// Read the fields of one record of a known type. Each reports every bad field
// it finds to `errors` and still returns what it could read, so that the
// totals are checked too (the file is refused anyway once an error is listed).
StartRecord readStart(const Record &r, ErrorList &errors);
OpeningRecord readOpening(const Record &r, ErrorList &errors);
PaymentRecord readPayment(const Record &r, ErrorList &errors);
DepositRecord readDeposit(const Record &r, ErrorList &errors);
EndRecord readEnd(const Record &r, ErrorList &errors);
PartyText readParty(const Record &r, ErrorList &errors);

} // namespace rsk::bgmax
