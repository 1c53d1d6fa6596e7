#include "formats/fixedrecord.h"

#include "money/money.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <cstring>
#include <future>
#include <limits>
#include <system_error>

namespace rsk::fixedformat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordFileReader)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Lines end in LF or CRLF; blank lines at the very end are ignored.
QList<QByteArrayView> splitLines(const QByteArray &bytes, int recordLength)
{
    QList<QByteArrayView> lines;
    lines.reserve(bytes.size() / (recordLength + 2) + 2);
    const char *data = bytes.constData();
    const char *end = data + bytes.size();
    while (data < end) {
        const char *nl = static_cast<const char *>(std::memchr(data, '\n', end - data));
        const char *stop = nl ? nl : end;
        QByteArrayView line(data, stop - data);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        data = nl ? nl + 1 : end;
    }
    const auto isBlank = [](QByteArrayView line) {
        for (char c : line)
            if (c != ' ' && c != '\t' && c != '\r')
                return false;
        return true;
    };
    while (!lines.isEmpty() && isBlank(lines.back()))
        lines.removeLast();
    return lines;
}

// The hex SHA-256 of a file's bytes. Qt's SHA-256 takes about as long as the
// parse itself on a big file (≈ 250 ms for 100 000 BgMax payments), so a file
// over 1 MiB is hashed on the other core while the records are read.
class FileHash
{
public:
    explicit FileHash(const QByteArray &bytes) : m_bytes(bytes)
    {
        if (bytes.size() > 1024 * 1024) {
            try {
                m_hash = std::async(std::launch::async, [bytes] { return sha256(bytes); });
            } catch (const std::system_error &) {
                // No thread to be had: hashed in hex() on this one instead.
            }
        }
    }

    QByteArray hex() { return m_hash.valid() ? m_hash.get() : sha256(m_bytes); }

private:
    static QByteArray sha256(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    QByteArray m_bytes; // implicitly shared: no copy of the data
    std::future<QByteArray> m_hash;
};

} // namespace

void ErrorList::add(int line, const QString &reason)
{
    if (isFull())
        return;
    m_list.append({line, reason});
    if (m_list.size() == Max - 1)
        m_list.append({line, Tr::tr("för många fel: läsningen avbröts här, efter %1 fel")
                                 .arg(Max - 1)});
}

QList<FileError> ErrorList::sorted() const
{
    QList<FileError> out = m_list;
    std::stable_sort(out.begin(), out.end(),
                     [](const FileError &a, const FileError &b) { return a.line < b.line; });
    return out;
}

int Record::type() const
{
    if (m_bytes.size() < 2 || !isDigit(m_bytes.at(0)) || !isDigit(m_bytes.at(1)))
        return -1;
    return (m_bytes.at(0) - '0') * 10 + (m_bytes.at(1) - '0');
}

QByteArrayView Record::trimmed(int from, int to) const
{
    QByteArrayView v = raw(from, to);
    while (!v.isEmpty() && v.front() == ' ')
        v = v.sliced(1);
    while (!v.isEmpty() && v.back() == ' ')
        v.chop(1);
    return v;
}

QString Record::text(int from, int to) const
{
    return QString::fromLatin1(trimmed(from, to));
}

QString Record::quoted(int from, int to) const
{
    return QString::fromLatin1(raw(from, to));
}

bool Record::isDigits(int from, int to) const
{
    const QByteArrayView v = raw(from, to);
    return std::all_of(v.begin(), v.end(), isDigit);
}

bool Record::isBlank(int from, int to) const
{
    const QByteArrayView v = raw(from, to);
    return std::all_of(v.begin(), v.end(), [](char c) { return c == ' '; });
}

bool Record::isUpperCase(int from, int to) const
{
    const QByteArrayView v = raw(from, to);
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<qint64> Record::number(int from, int to) const
{
    qint64 value = 0; // at most 18 digits (BgMax amounts): always fits
    for (char c : raw(from, to)) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

QDate Record::date(int from, int to) const
{
    const auto digits = number(from, to);
    return digits ? QDate(int(*digits / 10000), int(*digits / 100 % 100), int(*digits % 100))
                  : QDate();
}

int controlCharacterAt(QByteArrayView line)
{
    // Every record of a file passes here and almost none has one: a loop
    // without an early exit lets the compiler test many bytes at a time.
    const auto *bytes = reinterpret_cast<const uchar *>(line.data());
    uchar any = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        any |= uchar((bytes[i] < 0x20) | (bytes[i] == 0x7f));
    if (!any)
        return 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        if (c < 0x20 || c == 0x7f)
            return int(i) + 1;
    }
    return 0;
}

LengthCause lengthCause(QByteArrayView line, int recordLength)
{
    if (line.contains('\t'))
        return LengthCause::Tab;
    if (line.contains('\r'))
        return LengthCause::CarriageReturn;
    bool nonAscii = false;
    for (char c : line)
        nonAscii = nonAscii || (uchar(c) >= 0x80);
    if (nonAscii && line.size() > recordLength) {
        const QString utf8 = QString::fromUtf8(line);
        if (utf8.size() == recordLength && !utf8.contains(QChar::ReplacementCharacter))
            return LengthCause::Utf8;
    }
    return LengthCause::Unknown;
}

QString formatOre(__int128 ore)
{
    if (ore >= std::numeric_limits<qint64>::min() && ore <= std::numeric_limits<qint64>::max())
        return Money::fromOre(qint64(ore)).toString();
    // Beyond anything a real file holds; only a forged total gets here.
    const bool negative = ore < 0;
    unsigned __int128 v = negative ? -(unsigned __int128)ore : (unsigned __int128)ore;
    QString digits;
    do {
        digits.prepend(QLatin1Char(char('0' + int(v % 10))));
        v /= 10;
    } while (v);
    const QString kronor = digits.size() > 2 ? digits.left(digits.size() - 2) : QStringLiteral("0");
    const QString ores = digits.right(2).rightJustified(2, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + kronor + QLatin1Char(',') + ores;
}

std::optional<PaymentFile> RecordFileReader::read(const QByteArray &bytes, PaymentFile::Kind kind,
                                                  int recordLength, const QString &emptyFile,
                                                  QList<FileError> *errors)
{
    FileHash hash(bytes); // first, so that it runs beside the reading
    const QList<QByteArrayView> lines = splitLines(bytes, recordLength);
    if (lines.isEmpty()) {
        m_errors.add(0, emptyFile);
    } else {
        for (int i = 0; i < lines.size() && !m_stop && !m_errors.isFull(); ++i)
            readLine(i + 1, lines.at(i));
        if (!m_stop && !m_errors.isFull())
            endOfFile(int(lines.size()));
    }

    *errors = m_errors.sorted();
    if (!errors->isEmpty())
        return std::nullopt;
    m_file.kind = kind;
    m_file.sha256 = hash.hex();
    return std::move(m_file);
}

} // namespace rsk::fixedformat
