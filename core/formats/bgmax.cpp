#include "formats/bgmax.h"

#include "formats/bgmaxrecords.h"

#include <QCoreApplication>

namespace rsk {

namespace {

using namespace bgmax;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BgMaxParser)
};

bool isKnownType(int type)
{
    switch (type) {
    case 1: case 5: case 15: case 20: case 21: case 22: case 23:
    case 25: case 26: case 27: case 28: case 29: case 70:
        return true;
    default:
        return false;
    }
}

// Place of a record inside one payment (FACTS-SE §1.2): TK20/21, then TK22/23
// (repeatable), TK25 (repeatable), then at most one each of TK26, 27, 28, 29.
int rankInPayment(int type)
{
    switch (type) {
    case 22: case 23: return 1;
    case 25: return 2;
    case 26: return 3;
    case 27: return 4;
    case 28: return 5;
    case 29: return 6;
    default: return 0;
    }
}

// Code 3 and 5 references are free text (A:-) and may hold several:
// Bankgirot's BgMaxfil4.txt has "8012577,8013575", the OCR example
// "657866 658765 657767" (FACTS-SE §1.4).
QStringList splitReferences(QByteArrayView field)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= field.size(); ++i) {
        if (i == field.size() || field.at(i) == ',' || field.at(i) == ';' || field.at(i) == ' ') {
            if (i > start)
                out.append(QString::fromLatin1(field.sliced(start, i - start)));
            start = i + 1;
        }
    }
    return out;
}

// What to add to a "wrong length" message when the cause can be seen.
QString lengthHint(QByteArrayView line)
{
    switch (fixedformat::lengthCause(line, RecordLength)) {
    case fixedformat::LengthCause::Tab:
        return Tr::tr(" (raden innehåller tabbtecken; BgMax-fält fylls med blanksteg)");
    case fixedformat::LengthCause::CarriageReturn:
        return Tr::tr(" (raden innehåller vagnretur utan radmatning)");
    case fixedformat::LengthCause::Utf8:
        return Tr::tr(" (filen verkar vara sparad som UTF-8; BgMax ska vara ISO-8859-1)");
    case fixedformat::LengthCause::Unknown:
        break;
    }
    return {};
}

// Walks the records once, keeping the open section and payment, and checks the
// structure and totals on the way (FACTS-SE §1.2–1.3).
class BgMaxReader final : public fixedformat::RecordFileReader
{
public:
    explicit BgMaxReader(const QString &fileName) : RecordFileReader(fileName) {}
    BgMaxParser::Result run(const QByteArray &bytes);

private:
    enum class State { BeforeStart, BetweenSections, InSection, Ended };

    void readLine(int number, QByteArrayView line) override;
    void record(const Record &r, bool readable);
    void startRecord(const Record &r, bool readable);
    void openSection(const Record &r, bool readable);
    void abandonSection(int line, const QString &reason);
    void closeSection(const Record &r, bool readable);
    void startPayment(const Record &r, bool readable);
    void addToPayment(const Record &r, bool readable);
    void addExtraReference(const PaymentRecord &p, int line);
    void closePayment();
    IncomingPayment &payment() { return m_section.payments.last(); }
    void endRecord(const Record &r, bool readable);
    void endOfFile(int lastLine) override;

    State m_state = State::BeforeStart;
    int m_startLine = 0;
    int m_endLine = 0;
    int m_sectionsSeen = 0;
    // TK70 counts every record of its type, wherever it stands.
    qint64 m_count20 = 0, m_count21 = 0, m_countExtra = 0, m_count15 = 0;

    // The open section.
    PaymentSection m_section;
    __int128 m_sectionSum = 0; // ΣTK20 − ΣTK21
    qint64 m_sectionCount = 0; // TK20 + TK21
    bool m_sectionSumKnown = true;
    bool m_sectionImplicit = false; // opened by a TK20/21 without a TK05

    // The open payment, and the last record added to it (for the order check).
    // It is built in place as the last of m_section.payments.
    bool m_paymentOpen = false;
    int m_lastType = 0;
    int m_lastLine = 0;
    QString m_street, m_postalCode, m_city, m_country;
};

BgMaxParser::Result BgMaxReader::run(const QByteArray &bytes)
{
    BgMaxParser::Result result;
    result.file = read(bytes, PaymentFile::Kind::BgMax, RecordLength, Tr::tr("filen är tom"),
                       &result.errors);
    return result;
}

void BgMaxReader::readLine(int number, QByteArrayView line)
{
    const Record r(line, number);
    const int type = r.type();
    if (number == 1 && !line.isEmpty() && !isKnownType(type)) {
        // Not even a record type we know: some other file, nothing to go on.
        m_errors.add(number, Tr::tr("filen är ingen BgMax-fil: den ska börja med startposten "
                                    "\"01BGMAX\" men börjar med \"%1\"")
                                 .arg(QString::fromLatin1(line.first(qMin(line.size(), 20)))));
        m_stop = true;
        return;
    }
    bool readable = true;
    if (line.size() != RecordLength) {
        m_errors.add(number, line.isEmpty()
                                 ? Tr::tr("raden är tom; tomma rader får bara finnas sist i filen")
                                 : Tr::tr("posten är %1 tecken lång, ska vara %2%3")
                                       .arg(line.size())
                                       .arg(RecordLength)
                                       .arg(lengthHint(line)));
        readable = false;
    } else if (const int at = fixedformat::controlCharacterAt(line)) {
        m_errors.add(number, Tr::tr("posten har ett styrtecken (kod %1) i position %2; "
                                    "BgMax-poster är text fylld med blanksteg")
                                 .arg(uchar(line.at(at - 1)))
                                 .arg(at));
        readable = false;
    }
    if (isKnownType(type)) {
        record(r, readable);
        return;
    }
    if (m_state == State::Ended) {
        record(r, false); // reports the data after TK70
    } else if (readable) { // (a damaged line was reported above)
        m_errors.add(number, Tr::tr("okänd posttyp \"%1\" (BgMax har posttyperna 01, 05, 15, "
                                    "20–23, 25–29 och 70)")
                                 .arg(QString::fromLatin1(line.first(2))));
    }
}

void BgMaxReader::record(const Record &r, bool readable)
{
    const int type = r.type();
    if (m_state == State::Ended) {
        m_errors.add(r.line(), Tr::tr("data efter slutposten (TK70 på rad %1)").arg(m_endLine));
        m_stop = true;
        return;
    }
    if (m_state == State::BeforeStart && type != 1) {
        m_errors.add(r.line(), Tr::tr("filen ska börja med startposten (TK01) men börjar med %1")
                                   .arg(recordName(type)));
        m_state = State::BetweenSections;
    }
    switch (type) {
    case 1:
        startRecord(r, readable);
        break;
    case 5:
        if (m_state == State::InSection && m_sectionImplicit)
            closePayment(); // its missing TK05 is already reported
        else if (m_state == State::InSection)
            abandonSection(r.line(), Tr::tr("öppningsposten (TK05) börjar ett nytt avsnitt, men "
                                            "avsnittet från rad %1 har ingen insättningspost "
                                            "(TK15)")
                                         .arg(m_section.line));
        openSection(r, readable);
        break;
    case 20:
    case 21:
        startPayment(r, readable);
        break;
    case 15:
        closeSection(r, readable);
        break;
    case 70:
        endRecord(r, readable);
        break;
    default:
        addToPayment(r, readable);
        break;
    }
}

void BgMaxReader::startRecord(const Record &r, bool readable)
{
    if (m_state != State::BeforeStart) {
        m_errors.add(r.line(), m_startLine > 0
                                   ? Tr::tr("en andra startpost (TK01); filen har redan en på "
                                            "rad %1")
                                         .arg(m_startLine)
                                   : Tr::tr("startposten (TK01) ska stå först i filen"));
        return;
    }
    m_startLine = r.line();
    m_state = State::BetweenSections;
    if (!readable)
        return;
    const StartRecord start = readStart(r, m_errors);
    m_file.fileStamp = start.stamp;
    m_file.testFile = start.test;
}

void BgMaxReader::openSection(const Record &r, bool readable)
{
    closePayment();
    m_state = State::InSection;
    ++m_sectionsSeen;
    m_section = PaymentSection();
    m_section.line = r.line();
    m_sectionSum = 0;
    m_sectionCount = 0;
    m_sectionSumKnown = true;
    m_sectionImplicit = r.type() != 5;
    if (readable && r.type() == 5) {
        const OpeningRecord opening = readOpening(r, m_errors);
        m_section.receivingBankgiro = opening.bankgiro;
        m_section.receivingPlusgiro = opening.plusgiro;
        m_section.currency = opening.currency;
    }
}

// A section that never got its TK15: already reported; nothing to check.
void BgMaxReader::abandonSection(int line, const QString &reason)
{
    m_errors.add(line, reason);
    closePayment();
    m_state = State::BetweenSections;
}

void BgMaxReader::closeSection(const Record &r, bool readable)
{
    ++m_count15;
    if (m_state != State::InSection) {
        m_errors.add(r.line(), Tr::tr("insättningsposten (TK15) står utanför ett avsnitt: "
                                      "öppningsposten (TK05) saknas före den"));
        return;
    }
    closePayment();
    m_state = State::BetweenSections;
    if (m_section.payments.isEmpty()) {
        m_errors.add(r.line(), Tr::tr("avsnittet från rad %1 har inga betalningsposter "
                                      "(TK20/TK21)")
                                   .arg(m_section.line));
    }
    if (!readable)
        return;
    const DepositRecord deposit = readDeposit(r, m_errors);
    if (!deposit.currency.isEmpty() && !m_section.currency.isEmpty()
        && deposit.currency != m_section.currency) {
        m_errors.add(r.line(), Tr::tr("valutan i TK15 är %1 men avsnittet (TK05 på rad %2) är i %3")
                                   .arg(deposit.currency)
                                   .arg(m_section.line)
                                   .arg(m_section.currency));
    }
    // FACTS-SE §1.3: insättningsbelopp = ΣTK20 − ΣTK21, antal = TK20 + TK21.
    if (deposit.amount && m_sectionSumKnown && __int128(*deposit.amount) != m_sectionSum) {
        m_errors.add(r.line(), Tr::tr("insättningsbeloppet i TK15 är %1 men betalningarna "
                                      "summerar till %2 (TK20 − TK21)")
                                   .arg(formatOre(*deposit.amount), formatOre(m_sectionSum)));
    }
    if (deposit.count && *deposit.count != m_sectionCount) {
        m_errors.add(r.line(), Tr::tr("antalet betalningar i TK15 är %1 men avsnittet har %2 "
                                      "(TK20 + TK21)")
                                   .arg(*deposit.count)
                                   .arg(m_sectionCount));
    }
    // TK05 has no date: TK15's betalningsdag is every payment's date.
    m_section.depositDate = deposit.date;
    m_section.depositAmount = Money::fromOre(deposit.amount.value_or(0));
    for (IncomingPayment &p : m_section.payments)
        p.paymentDate = deposit.date;
    m_file.sections.append(std::move(m_section));
    m_section = PaymentSection();
}

void BgMaxReader::startPayment(const Record &r, bool readable)
{
    const int type = r.type();
    (type == 20 ? m_count20 : m_count21) += 1;
    if (m_state != State::InSection) {
        m_errors.add(r.line(), Tr::tr("%1 står utanför ett avsnitt: öppningsposten (TK05) "
                                      "saknas före den")
                                   .arg(recordName(type)));
        openSection(r, false); // go on as if it were there, to find more errors
    }
    closePayment();
    m_paymentOpen = true;
    m_section.payments.append(IncomingPayment());
    IncomingPayment &pay = payment();
    pay.line = r.line();
    m_lastType = type;
    m_lastLine = r.line();
    ++m_sectionCount;
    if (!readable) {
        m_sectionSumKnown = false;
        return;
    }
    const PaymentRecord p = readPayment(r, m_errors);
    if (p.amount) {
        pay.amount = Money::fromOre(type == 21 ? -*p.amount : *p.amount);
        m_sectionSum += type == 21 ? -__int128(*p.amount) : __int128(*p.amount);
    } else {
        m_sectionSumKnown = false;
    }
    pay.referenceCode = p.referenceCode;
    pay.deductionCode = p.deductionCode;
    pay.payerAccount = p.payerAccount;
    pay.bankSerial = p.bankSerial;
    using Status = IncomingPayment::ReferenceStatus;
    switch (p.referenceCode) {
    case 2: // OCR checked by Bankgirot (check digit, and length if agreed)
    case 4: // Utökad blankettregistrering: Bankgirot registered the paper form's
            // reference and checked it against the agreed rules, so it is as
            // trustworthy as code 2 (FACTS-SE §1.4).
        pay.referenceStatus = Status::VerifiedOcr;
        pay.references.append(
            {QString::fromLatin1(p.referenceField), false, Money(), r.line()});
        break;
    case 3: // One or more references, none checked (or a wrong one)
    case 5: // A wrong reference under utökad blankettregistrering
        pay.referenceStatus = Status::Unverified;
        for (const QString &text : splitReferences(p.referenceField))
            pay.references.append({text, false, Money(), r.line()});
        break;
    default: // 0/1: no reference (under UB any come as TK22/23)
        pay.referenceStatus = Status::None;
        break;
    }
}

void BgMaxReader::addToPayment(const Record &r, bool readable)
{
    const int type = r.type();
    if (type == 22 || type == 23)
        ++m_countExtra;
    if (m_state != State::InSection) {
        m_errors.add(r.line(), Tr::tr("%1 står utanför ett avsnitt").arg(recordName(type)));
        return;
    }
    if (!m_paymentOpen) {
        m_errors.add(r.line(), Tr::tr("%1 står före avsnittets första betalningspost "
                                      "(TK20/TK21)")
                                   .arg(recordName(type)));
        return;
    }
    const int rank = rankInPayment(type);
    const int lastRank = rankInPayment(m_lastType);
    if (rank < lastRank || (rank == lastRank && rank > 2)) {
        m_errors.add(r.line(), Tr::tr("%1 står i fel ordning efter %2 på rad %3; en betalning "
                                      "har posterna TK20/21, TK22/23, TK25, TK26, TK27, TK28, "
                                      "TK29 i den ordningen")
                                   .arg(recordName(type), recordName(m_lastType))
                                   .arg(m_lastLine));
    }
    m_lastType = type;
    m_lastLine = r.line();
    if (!readable)
        return;
    if (type == 22 || type == 23) {
        addExtraReference(readPayment(r, m_errors), r.line());
        return;
    }
    const PartyText text = readParty(r, m_errors);
    switch (type) {
    case 25:
        payment().information.append(text.first);
        break;
    case 26:
        payment().payerName = text.second.isEmpty()
                                  ? text.first
                                  : text.first + QLatin1Char(' ') + text.second;
        break;
    case 27:
        m_street = text.first;
        m_postalCode = text.second;
        break;
    case 28:
        m_city = text.first;
        m_country = text.second;
        break;
    case 29:
        payment().payerOrgNr = text.first;
        break;
    }
}

// TK22/23 (FACTS-SE §1.3–1.4): after a code-3 TK20 they repeat the references
// that were right, with amount 0; under utökad blankettregistrering they split
// the payment, each with its amount (TK23 negative).
void BgMaxReader::addExtraReference(const PaymentRecord &p, int line)
{
    const qint64 ore = p.amount.value_or(0);
    const Money amount = Money::fromOre(p.type == 23 ? -ore : ore);
    const QString text = QString::fromLatin1(p.referenceField);
    if (text.isEmpty() && ore == 0)
        return;
    // A reference already read from the TK20 field is not listed twice; the
    // TK22 only adds its amount, if it has one.
    for (PaymentReference &existing : payment().references) {
        if (existing.text == text && !existing.hasAmount) {
            if (ore != 0) {
                existing.hasAmount = true;
                existing.amount = amount;
                existing.line = line;
            }
            return;
        }
    }
    payment().references.append({text, ore != 0, amount, line});
}

void BgMaxReader::closePayment()
{
    if (!m_paymentOpen)
        return;
    // "Storgatan 2, 12345 Storsäker": street, postal code and city, country.
    if (!m_street.isEmpty() || !m_postalCode.isEmpty() || !m_city.isEmpty()
        || !m_country.isEmpty()) {
        QStringList parts;
        const QString town = (m_postalCode + QLatin1Char(' ') + m_city).trimmed();
        for (const QString &part : {m_street, town, m_country})
            if (!part.isEmpty())
                parts.append(part);
        payment().payerAddress = parts.join(QStringLiteral(", "));
        m_street.clear();
        m_postalCode.clear();
        m_city.clear();
        m_country.clear();
    }
    m_paymentOpen = false;
}

void BgMaxReader::endRecord(const Record &r, bool readable)
{
    if (m_state == State::InSection)
        abandonSection(r.line(), Tr::tr("slutposten (TK70) kommer före insättningsposten (TK15) "
                                        "för avsnittet från rad %1")
                                     .arg(m_section.line));
    else if (m_sectionsSeen == 0)
        m_errors.add(r.line(), Tr::tr("filen har inga avsnitt (TK05 … TK15) före slutposten"));
    m_state = State::Ended;
    m_endLine = r.line();
    if (!readable)
        return;
    const EndRecord end = readEnd(r, m_errors);
    const auto check = [&](const std::optional<qint64> &said, qint64 found, const QString &what) {
        if (said && *said != found)
            m_errors.add(r.line(), Tr::tr("TK70 anger %1 %2 men filen har %3")
                                       .arg(*said)
                                       .arg(what)
                                       .arg(found));
    };
    check(end.payments, m_count20, Tr::tr("betalningsposter (TK20)"));
    check(end.deductions, m_count21, Tr::tr("avdragsposter (TK21)"));
    check(end.extraReferences, m_countExtra, Tr::tr("extra referensnummerposter (TK22/TK23)"));
    check(end.deposits, m_count15, Tr::tr("insättningsposter (TK15)"));
}

void BgMaxReader::endOfFile(int lastLine)
{
    if (m_state == State::Ended)
        return;
    if (m_state == State::InSection)
        abandonSection(lastLine, Tr::tr("filen slutar inne i avsnittet från rad %1: "
                                        "insättningsposten (TK15) och slutposten (TK70) saknas")
                                     .arg(m_section.line));
    else
        m_errors.add(lastLine, Tr::tr("filen slutar utan slutpost (TK70)"));
}

} // namespace

BgMaxParser::Result BgMaxParser::parse(const QByteArray &bytes, const QString &fileName)
{
    return BgMaxReader(fileName).run(bytes);
}

} // namespace rsk
