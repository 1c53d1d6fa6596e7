#pragma once

#include "payments/paymentfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// What the two bank files of fixed-length text records have in common: BgMax
// (FACTS-SE §1) and Total-IN (FACTS-SE §2) are both ISO-8859-1 lines of 80
// characters, a two-digit record type first, fields at fixed 1-based
// positions. Internal to BgMaxParser and TotalInParser, whose own files hold
// the layouts, the order of the records and the totals.
namespace rsk::fixedformat {

// Every problem found in a file, in the order found; capped so that a file that
// is not of the format at all does not drown the clerk in 100 000 lines of
// errors.
class ErrorList
{
public:
    static constexpr int Max = 200;

    // The Max-th error is a note that reading stopped there.
    void add(int line, const QString &reason);
    bool isFull() const { return m_list.size() >= Max; }
    bool isEmpty() const { return m_list.isEmpty(); }
    // By line, stable (errors on one line keep the order they were found in).
    QList<FileError> sorted() const;

private:
    QList<FileError> m_list;
};

// One record: a view into the file's bytes. Positions are 1-based and
// inclusive, as in the manuals and FACTS-SE §1.3 and §2.
class Record
{
public:
    Record(QByteArrayView bytes, int line) : m_bytes(bytes), m_line(line) {}

    int line() const { return m_line; }
    int type() const; // positions 1–2 as a number, -1 unless both are digits
    char at(int pos) const { return m_bytes.at(pos - 1); }
    QByteArrayView raw(int from, int to) const { return m_bytes.sliced(from - 1, to - from + 1); }
    // Latin-1 (FACTS-SE §1.2, §2), blanks trimmed at both ends.
    QString text(int from, int to) const;
    // The field's bytes with blanks trimmed at both ends.
    QByteArrayView trimmed(int from, int to) const;
    // Latin-1, untrimmed: for quoting a bad field in a message.
    QString quoted(int from, int to) const;
    bool isDigits(int from, int to) const;
    bool isBlank(int from, int to) const;
    bool isUpperCase(int from, int to) const; // A–Z only (currency and country codes)
    // The field as a number; nullopt unless every character is a digit.
    std::optional<qint64> number(int from, int to) const;
    // The field as YYYYMMDD; invalid unless digits and a real day.
    QDate date(int from, int to) const;

private:
    QByteArrayView m_bytes;
    int m_line;
};

// The position (1-based) of the first control character in a line, 0 when
// none: the fields are text padded with blanks.
int controlCharacterAt(QByteArrayView line);

// Why a line has the wrong length, where that can be seen, so that the message
// can say what to fix.
enum class LengthCause {
    Unknown,
    Tab,            // tabs instead of blank padding
    CarriageReturn, // a CR that is not part of a CRLF
    Utf8,           // saved as UTF-8: the right length once decoded
};
LengthCause lengthCause(QByteArrayView line, int recordLength);

// "1 900,00" for any sum of 18-digit amounts (which may not fit in Money).
QString formatOre(__int128 ore);

// The walk through a file that both parsers share: lines end in LF or CRLF,
// blank lines at the very end are ignored, each line goes to readLine() in
// order and endOfFile() follows the last; the SHA-256 that identifies the file
// (PaymentFile::sha256) is taken meanwhile. A parser derives from it and
// checks its own records, their order and the totals as they come.
class RecordFileReader
{
public:
    virtual ~RecordFileReader() = default;

protected:
    explicit RecordFileReader(const QString &fileName) { m_file.fileName = fileName; }

    // Reads `bytes` until readLine() sets m_stop or the error list is full. A
    // file without lines gets `emptyFile` on line 0. Returns the file of
    // `kind` when no error was found; otherwise nothing, and every error in
    // `errors`, by line.
    std::optional<PaymentFile> read(const QByteArray &bytes, PaymentFile::Kind kind,
                                    int recordLength, const QString &emptyFile,
                                    QList<FileError> *errors);

    virtual void readLine(int number, QByteArrayView line) = 0;
    virtual void endOfFile(int lastLine) = 0;

    ErrorList m_errors;
    PaymentFile m_file;
    bool m_stop = false;
};

} // namespace rsk::fixedformat
