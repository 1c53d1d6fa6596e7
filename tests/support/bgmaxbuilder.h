#pragma once

// Builds BgMax files (FACTS-SE §1) record by record from field values, for
// tests that need a payment file made by hand:
//
//     BgMaxBuilder b;
//     b.start();                                    // TK01, stamp 20261126120000123456
//     b.section("5805-6201");                       // TK05, SEK
//     b.payment("1234574", 100000);                 // TK20, 1 000,00 kr, referenskod 2
//     b.name("Åsa Öberg").address("Storgatan 2", "12345").city("Storsäker");
//     b.deduction("1234574", 5000, 3, '0');         // TK21, avdragskod 0
//     b.endSection(QDate(2026, 11, 26));            // TK15: 950,00 kr, 2 payments
//     b.end();                                      // TK70: counts of 20, 21, 22+23, 15
//     const QByteArray bytes = b.bytes();           // ISO-8859-1, CRLF
//
// TK15 and TK70 totals are computed from what was added; pass a value to
// endSection()/end() to write a wrong one on purpose. line() is the number of
// the last record written, for asserting where the parser points. patch()
// overwrites characters of a record already written (a bad field) and raw()
// appends a line verbatim (a damaged record), neither touching the totals.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk::test {

// The fields of TK20–23 that tests rarely care about (outside the builder so
// that it can be a default argument of its member functions).
struct BgMaxPaymentDetails
{
    QString payerBankgiro; // empty: 0000000000 (unknown payer)
    char channel = '1';    // 1 bank, 2 LB, 3 paper form, 4 Autogiro
    QString bankSerial;    // empty: a running BGC löpnummer
    char image = '0';      // avibildmarkering
};

class BgMaxBuilder
{
public:
    using Details = BgMaxPaymentDetails;

    enum class LineEnd { CrLf, Lf };

    BgMaxBuilder &start(const QString &stamp = QStringLiteral("20261126120000123456"),
                        char testMark = 'P')
    {
        add("01", {field("BGMAX", 20), "01", field(stamp, 20), QByteArray(1, testMark)});
        return *this;
    }

    BgMaxBuilder &section(const QString &bankgiro, const QString &plusgiro = QString(),
                          const QString &currency = QStringLiteral("SEK"))
    {
        m_sectionSum = 0;
        m_sectionCount = 0;
        m_currency = currency;
        add("05", {number(digits(bankgiro), 10),
                   plusgiro.isEmpty() ? field({}, 10) : number(digits(plusgiro), 10),
                   field(currency, 3)});
        return *this;
    }

    // TK20. The reference is right-justified for code 2 (N:hb), left-justified
    // otherwise (FACTS-SE §1.4).
    BgMaxBuilder &payment(const QString &reference, qint64 amountOre, int referenceCode = 2,
                          const Details &details = Details())
    {
        m_sectionSum += amountOre;
        ++m_sectionCount;
        ++m_payments;
        m_parent = details;
        if (m_parent.bankSerial.isEmpty())
            m_parent.bankSerial = QString::number(++m_serial);
        add("20", paymentFields(reference, amountOre, referenceCode, m_parent));
        return *this;
    }

    // TK21: `amountOre` as the file writes it (positive); it lowers the deposit.
    BgMaxBuilder &deduction(const QString &reference, qint64 amountOre, int referenceCode = 2,
                            char deductionCode = '0', const Details &details = Details())
    {
        m_sectionSum -= amountOre;
        ++m_sectionCount;
        ++m_deductions;
        m_parent = details;
        if (m_parent.bankSerial.isEmpty())
            m_parent.bankSerial = QString::number(++m_serial);
        QList<QByteArray> f = paymentFields(reference, amountOre, referenceCode, m_parent);
        f.append(QByteArray(1, deductionCode));
        add("21", f);
        return *this;
    }

    // TK22, or TK23 when the amount is negative; payer fields repeat the parent.
    BgMaxBuilder &extraReference(const QString &reference, qint64 amountOre = 0,
                                 int referenceCode = 2)
    {
        ++m_extraReferences;
        add(amountOre < 0 ? "23" : "22",
            paymentFields(reference, amountOre < 0 ? -amountOre : amountOre, referenceCode,
                          m_parent));
        return *this;
    }

    BgMaxBuilder &info(const QString &text) // TK25
    {
        add("25", {field(text, 50)});
        return *this;
    }

    BgMaxBuilder &name(const QString &name, const QString &extraName = QString()) // TK26
    {
        add("26", {field(name, 35), field(extraName, 35)});
        return *this;
    }

    BgMaxBuilder &address(const QString &street, const QString &postalCode) // TK27
    {
        add("27", {field(street, 35), field(postalCode, 9)});
        return *this;
    }

    BgMaxBuilder &city(const QString &city, const QString &country = QString(),
                       const QString &countryCode = QString()) // TK28
    {
        add("28", {field(city, 35), field(country, 35), field(countryCode, 2)});
        return *this;
    }

    BgMaxBuilder &orgNr(const QString &orgNr) // TK29, 12 digits zero-filled
    {
        add("29", {number(digits(orgNr), 12)});
        return *this;
    }

    // TK15. Amount and count default to what the section's TK20/21 add up to.
    BgMaxBuilder &endSection(const QDate &paymentDate,
                             std::optional<qint64> amountOre = std::nullopt,
                             std::optional<int> count = std::nullopt,
                             const QString &currency = QString())
    {
        ++m_deposits;
        add("15", {number(QByteArray("58410000010098230"), 35),
                   paymentDate.toString(QStringLiteral("yyyyMMdd")).toLatin1(),
                   number(++m_depositSerial, 5),
                   number(amountOre.value_or(m_sectionSum), 18),
                   field(currency.isEmpty() ? m_currency : currency, 3),
                   number(count.value_or(m_sectionCount), 8)});
        return *this;
    }

    // TK70. Each count defaults to the records written.
    BgMaxBuilder &end(std::optional<int> payments = std::nullopt,
                      std::optional<int> deductions = std::nullopt,
                      std::optional<int> extraReferences = std::nullopt,
                      std::optional<int> deposits = std::nullopt)
    {
        add("70", {number(payments.value_or(m_payments), 8),
                   number(deductions.value_or(m_deductions), 8),
                   number(extraReferences.value_or(m_extraReferences), 8),
                   number(deposits.value_or(m_deposits), 8)});
        return *this;
    }

    // Any record: the type and the rest, padded with blanks to 80 characters.
    BgMaxBuilder &record(const QByteArray &type, const QString &rest = QString())
    {
        add(type, {field(rest, 78)});
        return *this;
    }

    // A line exactly as given (no padding): for damaged records.
    BgMaxBuilder &raw(const QByteArray &line)
    {
        m_lines.append(line);
        return *this;
    }

    // Overwrites record `line` (1-based) from 1-based `position` with `text`.
    BgMaxBuilder &patch(int line, int position, const QByteArray &text)
    {
        m_lines[line - 1].replace(position - 1, text.size(), text);
        return *this;
    }

    int line() const { return int(m_lines.size()); }
    QList<QByteArray> lines() const { return m_lines; }

    QByteArray bytes(LineEnd lineEnd = LineEnd::CrLf, bool finalNewline = true) const
    {
        const QByteArray eol = lineEnd == LineEnd::CrLf ? "\r\n" : "\n";
        QByteArray out;
        out.reserve(m_lines.size() * 82);
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            out += m_lines.at(i);
            if (finalNewline || i + 1 < m_lines.size())
                out += eol;
        }
        return out;
    }

private:
    static QByteArray digits(const QString &text)
    {
        QByteArray out;
        for (QChar c : text)
            if (c.isDigit())
                out += char(c.unicode());
        return out;
    }
    // Alphanumeric (A:vb): Latin-1, left-justified, blank-filled, cut to width.
    static QByteArray field(const QString &text, int width)
    {
        return text.toLatin1().left(width).leftJustified(width, ' ');
    }
    // Numeric (N:h0): right-justified, zero-filled.
    static QByteArray number(const QByteArray &digits, int width)
    {
        return digits.rightJustified(width, '0', true);
    }
    static QByteArray number(qint64 value, int width)
    {
        return number(QByteArray::number(value), width);
    }

    QList<QByteArray> paymentFields(const QString &reference, qint64 amountOre,
                                    int referenceCode, const Details &d) const
    {
        const QByteArray ref = reference.toLatin1().left(25);
        return {number(digits(d.payerBankgiro), 10),
                referenceCode == 2 ? ref.rightJustified(25, ' ') : ref.leftJustified(25, ' '),
                number(amountOre, 18),
                QByteArray::number(referenceCode), QByteArray(1, d.channel),
                number(d.bankSerial.toLatin1(), 12), QByteArray(1, d.image)};
    }

    void add(const QByteArray &type, const QList<QByteArray> &fields)
    {
        QByteArray line = type;
        for (const QByteArray &f : fields)
            line += f;
        m_lines.append(line.leftJustified(80, ' ', true));
    }

    QList<QByteArray> m_lines;
    Details m_parent;
    QString m_currency = QStringLiteral("SEK");
    qint64 m_sectionSum = 0;
    int m_sectionCount = 0;
    int m_payments = 0, m_deductions = 0, m_extraReferences = 0, m_deposits = 0;
    qint64 m_serial = 0;
    int m_depositSerial = 0;
};

} // namespace rsk::test
