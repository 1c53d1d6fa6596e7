#pragma once

#include "payments/paymentfile.h"

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

// Every problem found in a file, in the order found; capped so that a file that
// is not BgMax at all does not drown the clerk in 100 000 lines of errors.
class ErrorList
{
public:
    static constexpr int Max = 200;

    // The Max-th error is followed by a note that reading stopped there.
    void add(int line, const QString &reason);
    bool isFull() const { return m_list.size() >= Max; }
    bool isEmpty() const { return m_list.isEmpty(); }
    // By line, stable (errors on one line keep the order they were found in).
    QList<FileError> sorted() const;

private:
    QList<FileError> m_list;
};

// One 80-character record. Positions are 1-based and inclusive, as in the
// manual and FACTS-SE §1.3.
class Record
{
public:
    Record(QByteArrayView bytes, int line) : m_bytes(bytes), m_line(line) {}

    int line() const { return m_line; }
    int type() const; // the TK as a number, -1 when positions 1–2 are not digits
    char at(int pos) const { return m_bytes.at(pos - 1); }
    QByteArrayView raw(int from, int to) const { return m_bytes.sliced(from - 1, to - from + 1); }
    // Latin-1 (FACTS-SE §1.2), blanks trimmed at both ends.
    QString text(int from, int to) const;
    // The field's bytes with blanks trimmed at both ends.
    QByteArrayView trimmed(int from, int to) const;
    // Latin-1, untrimmed: for quoting a bad field in a message.
    QString quoted(int from, int to) const;
    bool isDigits(int from, int to) const;
    bool isBlank(int from, int to) const;
    // The field as a number; nullopt unless every character is a digit.
    std::optional<qint64> number(int from, int to) const;

private:
    QByteArrayView m_bytes;
    int m_line;
};

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

// "1 900,00" for any sum of 18-digit amounts (which may not fit in Money).
QString formatOre(__int128 ore);

} // namespace rsk::bgmax
