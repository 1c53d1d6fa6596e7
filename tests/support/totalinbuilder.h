#pragma once

// Builds Nordea/Plusgirot Total-IN files (FACTS-SE §2) record by record from
// field values, for tests: the 90 record's count and amount and the 99 record's
// line count are computed from what was added, unless a test gives wrong ones
// on purpose. Every record is 80 characters of ISO-8859-1; bytes() joins them
// with CRLF. Field positions are the ones TotalInParser reads
// (core/formats/totalinrecords.cpp); tst_totalin checks that this builder
// rebuilds the public example file byte for byte.
//
//     using rsk::test::TotalInBuilder;
//     const QByteArray file = TotalInBuilder()
//                                 .start()
//                                 .account(QStringLiteral("58056201"), QDate(2026, 3, 2))
//                                 .payment(125000, QStringLiteral("1234574"))
//                                 .message(QStringLiteral("Faktura 123457"))
//                                 .endAccount()
//                                 .end()
//                                 .bytes();

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk::test {

class TotalInBuilder
{
public:
    // 00: id 3–14, timestamp 15–34, delivery number 35–36, file type 37–39,
    // name 40–49.
    TotalInBuilder &start(const QString &id = QStringLiteral("TI222222"),
                          const QString &stamp = QStringLiteral("20111025041330123456"),
                          int deliveryNumber = 1, const QString &fileType = QStringLiteral("TL1"),
                          const QString &name = QStringLiteral("TOTALIN"))
    {
        QByteArray r = blank("00");
        put(r, 3, text(id, 12));
        put(r, 15, text(stamp, 20));
        put(r, 35, number(deliveryNumber, 2));
        put(r, 37, text(fileType, 3));
        put(r, 40, text(name, 10));
        return add(r);
    }

    // 10: receiving PlusGiro account 3–38, currency 39–41, posting date 42–49.
    // Starts a new account: the 90 totals count from here.
    TotalInBuilder &account(const QString &plusgiro, const QDate &postingDate,
                            const QString &currency = QStringLiteral("SEK"))
    {
        m_postingDate = postingDate;
        m_count = 0;
        m_sum = 0;
        QByteArray r = blank("10");
        put(r, 3, text(plusgiro, 36));
        put(r, 39, text(currency, 3));
        put(r, 42, postingDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
        return add(r);
    }

    // 20: reference 3–37, amount in öre 38–52, serial 53–69, receiving bankgiro
    // 70–77. An empty reference is written as the example file does: 25 zeros.
    // The serial is zero-filled; an empty one is numbered automatically.
    TotalInBuilder &payment(qint64 ore, const QString &reference = {},
                            const QString &serial = {}, const QString &receivingBankgiro = {})
    {
        ++m_count;
        m_sum += ore;
        QByteArray r = transaction("20", ore, reference, serial);
        put(r, 70, text(receivingBankgiro, 8));
        return add(r);
    }

    // 25: as 20, with the deduction code at 70 and the receiving bankgiro at
    // 71–78. `ore` is the positive amount as written; it lowers the 90 total.
    TotalInBuilder &deduction(qint64 ore, const QString &reference = {},
                              const QString &serial = {}, const QString &code = {},
                              const QString &receivingBankgiro = {})
    {
        ++m_count;
        m_sum -= ore;
        QByteArray r = transaction("25", ore, reference, serial);
        put(r, 70, text(code, 1));
        put(r, 71, text(receivingBankgiro, 8));
        return add(r);
    }

    // 30 extra references, 40 message, 50/61 name, 51/62 address: two × 35.
    TotalInBuilder &references(const QString &first, const QString &second = {})
    {
        return add(twoTexts("30", first, second));
    }
    TotalInBuilder &message(const QString &first, const QString &second = {})
    {
        return add(twoTexts("40", first, second));
    }
    TotalInBuilder &senderName(const QString &first, const QString &second = {})
    {
        return add(twoTexts("50", first, second));
    }
    TotalInBuilder &senderAddress(const QString &first, const QString &second = {})
    {
        return add(twoTexts("51", first, second));
    }
    TotalInBuilder &holderName(const QString &first, const QString &second = {})
    {
        return add(twoTexts("61", first, second));
    }
    TotalInBuilder &holderAddress(const QString &first, const QString &second = {})
    {
        return add(twoTexts("62", first, second));
    }

    // 52 / 63: postal code 3–11, city 12–46, country code 47–48.
    TotalInBuilder &senderLocality(const QString &postalCode, const QString &city,
                                   const QString &countryCode = {})
    {
        return add(locality("52", postalCode, city, countryCode));
    }
    TotalInBuilder &holderLocality(const QString &postalCode, const QString &city,
                                   const QString &countryCode = {})
    {
        return add(locality("63", postalCode, city, countryCode));
    }

    // 60: account 3–38, origin code 39, organisation number 40–59.
    TotalInBuilder &senderAccount(const QString &account, const QString &originCode = {},
                                  const QString &orgNr = {})
    {
        QByteArray r = blank("60");
        put(r, 3, text(account, 36));
        put(r, 39, text(originCode, 1));
        put(r, 40, text(orgNr, 20));
        return add(r);
    }

    // 70: cost 3–17, cost currency 18–20, original amount 39–53 (hundredths),
    // its currency 54–56, exchange rate 57–68.
    TotalInBuilder &international(qint64 amount, const QString &currency, qint64 rate,
                                  qint64 cost = 0, const QString &costCurrency = {})
    {
        QByteArray r = blank("70");
        put(r, 3, number(cost, 15));
        put(r, 18, text(costCurrency, 3));
        put(r, 39, number(amount, 15));
        put(r, 54, text(currency, 3));
        put(r, 57, number(rate, 12));
        return add(r);
    }

    // 90: count 3–10, amount 11–27, statement reference 28–38. The count (20 +
    // 25 records) and the amount (Σ20 − Σ25) since the last account() are
    // computed unless given; the statement reference defaults to the posting
    // date and "001", as in the example file.
    TotalInBuilder &endAccount(std::optional<qint64> count = std::nullopt,
                               std::optional<qint64> amountOre = std::nullopt,
                               const QString &statementReference = {})
    {
        QByteArray r = blank("90");
        put(r, 3, number(count.value_or(m_count), 8));
        put(r, 11, number(amountOre.value_or(m_sum), 17));
        const QString ref = statementReference.isEmpty()
                                ? m_postingDate.toString(QStringLiteral("yyyyMMdd"))
                                      + QStringLiteral("001")
                                : statementReference;
        put(r, 28, text(ref, 11));
        return add(r);
    }

    // 99: the number of lines 3–17, itself and the 00 included, unless given.
    TotalInBuilder &end(std::optional<qint64> lines = std::nullopt)
    {
        QByteArray r = blank("99");
        put(r, 3, number(lines.value_or(m_records.size() + 1), 15));
        return add(r);
    }

    // Any line, as is (wrong lengths, unknown record types…).
    TotalInBuilder &raw(const QByteArray &line) { return add(line); }

    // Overwrites the bytes of the last record from `position` (1-based), e.g.
    // patch(38, "00000000001X500") for a non-numeric amount.
    TotalInBuilder &patch(int position, const QByteArray &bytes)
    {
        m_records.last().replace(position - 1, bytes.size(), bytes);
        return *this;
    }

    // Cuts or blank-pads the last record to `length` characters.
    TotalInBuilder &resize(int length)
    {
        QByteArray &r = m_records.last();
        r = r.left(length).leftJustified(length, ' ');
        return *this;
    }

    // The number of records so far: the line number of the last one.
    int lines() const { return int(m_records.size()); }
    // The sums the next endAccount() will write.
    qint64 accountCount() const { return m_count; }
    qint64 accountSum() const { return m_sum; }

    QByteArray bytes(const QByteArray &lineEnd = "\r\n") const
    {
        QByteArray out;
        for (const QByteArray &r : m_records)
            out += r + lineEnd;
        return out;
    }

private:
    static QByteArray blank(const char *type)
    {
        QByteArray r(80, ' ');
        r.replace(0, 2, type);
        return r;
    }
    // Left-justified, blank-filled, cut to `width`; ISO-8859-1.
    static QByteArray text(const QString &value, int width)
    {
        return value.toLatin1().left(width).leftJustified(width, ' ');
    }
    // Right-justified, zero-filled (a negative value is written with its sign,
    // which the parser refuses as not numeric).
    static QByteArray number(qint64 value, int width)
    {
        return QByteArray::number(value).rightJustified(width, '0');
    }
    static void put(QByteArray &record, int position, const QByteArray &bytes)
    {
        record.replace(position - 1, bytes.size(), bytes);
    }
    QByteArray transaction(const char *type, qint64 ore, const QString &reference,
                           const QString &serial)
    {
        QByteArray r = blank(type);
        put(r, 3, reference.isEmpty() ? QByteArray(25, '0').leftJustified(35, ' ')
                                      : text(reference, 35));
        put(r, 38, number(ore, 15));
        put(r, 53, serial.isEmpty() ? number(++m_serial, 17)
                                    : serial.toLatin1().rightJustified(17, '0').left(17));
        return r;
    }
    static QByteArray twoTexts(const char *type, const QString &first, const QString &second)
    {
        QByteArray r = blank(type);
        put(r, 3, text(first, 35));
        put(r, 38, text(second, 35));
        return r;
    }
    static QByteArray locality(const char *type, const QString &postalCode, const QString &city,
                               const QString &countryCode)
    {
        QByteArray r = blank(type);
        put(r, 3, text(postalCode, 9));
        put(r, 12, text(city, 35));
        put(r, 47, text(countryCode, 2));
        return r;
    }
    TotalInBuilder &add(const QByteArray &record)
    {
        m_records.append(record);
        return *this;
    }

    QList<QByteArray> m_records;
    QDate m_postingDate;
    qint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_serial = 0;
};

} // namespace rsk::test
