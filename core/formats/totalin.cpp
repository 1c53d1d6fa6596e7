#include "formats/totalin.h"

#include "formats/totalinrecords.h"

#include <QCoreApplication>

namespace rsk {

namespace {

using namespace totalin;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TotalInParser)
};

// Place of a record inside one transaction. The only example file (FACTS-SE §2)
// has them in ascending order of record type, with 30 and 40 repeated; the
// record description itself was not available, so that order is the rule.
int rankInTransaction(int type)
{
    switch (type) {
    case 30: return 1;
    case 40: return 2;
    case 50: return 3;
    case 51: return 4;
    case 52: return 5;
    case 60: return 6;
    case 61: return 7;
    case 62: return 8;
    case 63: return 9;
    case 70: return 10;
    default: return 0;
    }
}

bool isRepeatable(int type)
{
    return type == 30 || type == 40;
}

// What to add to a "wrong length" message when the cause can be seen.
QString lengthHint(QByteArrayView line)
{
    switch (fixedformat::lengthCause(line, RecordLength)) {
    case fixedformat::LengthCause::Tab:
        return Tr::tr(" (raden innehåller tabbtecken; Total-IN-fält fylls med blanksteg)");
    case fixedformat::LengthCause::CarriageReturn:
        return Tr::tr(" (raden innehåller vagnretur utan radmatning)");
    case fixedformat::LengthCause::Utf8:
        return Tr::tr(" (filen verkar vara sparad som UTF-8; Total-IN ska vara ISO-8859-1)");
    case fixedformat::LengthCause::Unknown:
        break;
    }
    return {};
}

// "GATAN 12, 12345 TESTSTAD": street, postal code and city, and a foreign
// country code; the same shape BgMaxParser gives payerAddress.
QString joinAddress(const QString &street, const Locality &locality)
{
    QStringList parts;
    const QString town =
        QStringList{locality.postalCode, locality.city}.join(QLatin1Char(' ')).trimmed();
    for (const QString &part : {street, town, locality.countryCode})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(", "));
}

QString joinTexts(const TwoTexts &t)
{
    return QStringList{t.first, t.second}.join(QLatin1Char(' ')).trimmed();
}

// Walks the records once, keeping the open account and transaction, and checks
// the structure and totals on the way (FACTS-SE §2).
class TotalInReader final : public fixedformat::RecordFileReader
{
public:
    explicit TotalInReader(const QString &fileName) : RecordFileReader(fileName) {}
    TotalInParser::Result run(const QByteArray &bytes);

private:
    enum class State { BeforeStart, BetweenAccounts, InAccount, Ended };

    void readLine(int number, QByteArrayView line) override;
    void record(const Record &r, bool readable);
    void startRecord(const Record &r, bool readable);
    void openAccount(const Record &r, bool readable);
    void abandonAccount(int line, const QString &reason);
    void closeAccount(const Record &r, bool readable);
    void startTransaction(const Record &r, bool readable);
    void addToTransaction(const Record &r, bool readable);
    void closeTransaction();
    void endRecord(const Record &r, bool readable);
    void endOfFile(int lastLine) override;

    State m_state = State::BeforeStart;
    int m_startLine = 0;
    int m_endLine = 0;

    // The open account (10 … 90).
    PaymentSection m_section;
    __int128 m_sectionSum = 0; // Σ20 − Σ25
    qint64 m_sectionCount = 0; // 20 + 25
    bool m_sectionSumKnown = true;

    // The open transaction, and the last record added to it (order check).
    bool m_transactionOpen = false;
    IncomingPayment m_payment;
    int m_lastType = 0;
    int m_lastLine = 0;
    QString m_senderName, m_senderStreet, m_holderName, m_holderStreet;
    Locality m_senderLocality, m_holderLocality;
    bool m_hasSenderAddress = false;
};

TotalInParser::Result TotalInReader::run(const QByteArray &bytes)
{
    TotalInParser::Result result;
    result.file = read(bytes, PaymentFile::Kind::TotalIn, RecordLength, Tr::tr("filen är tom"),
                       &result.errors);
    return result;
}

void TotalInReader::readLine(int number, QByteArrayView line)
{
    const Record r(line, number);
    const int type = r.type();
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
                                    "Total-IN-poster är text fylld med blanksteg")
                                 .arg(uchar(line.at(at - 1)))
                                 .arg(at));
        readable = false;
    }
    if (isKnownType(type)) {
        record(r, readable);
        return;
    }
    if (number == 1 && !line.isEmpty()) {
        // Not even a record type we know: some other file, nothing to go on.
        m_errors.add(number, Tr::tr("filen är ingen Total-IN-fil: den ska börja med startposten "
                                    "\"00\" men börjar med \"%1\"")
                                 .arg(QString::fromLatin1(line.first(qMin(line.size(), 20)))
                                          .trimmed()));
        m_stop = true;
    } else if (m_state == State::Ended) {
        record(r, false); // reports the data after 99
    } else if (readable) { // (a damaged line was reported above)
        m_errors.add(number, Tr::tr("okänd posttyp \"%1\" (Total-IN har posttyperna 00, 10, 20, "
                                    "25, 30, 40, 50–52, 60–63, 70, 90 och 99)")
                                 .arg(QString::fromLatin1(line.first(qMin(line.size(), 2)))));
    }
}

void TotalInReader::record(const Record &r, bool readable)
{
    const int type = r.type();
    if (m_state == State::Ended) {
        m_errors.add(r.line(), Tr::tr("data efter slutposten (99 på rad %1)").arg(m_endLine));
        m_stop = true;
        return;
    }
    if (m_state == State::BeforeStart && type != 0) {
        m_errors.add(r.line(), Tr::tr("filen ska börja med startposten (00) men börjar med %1")
                                   .arg(recordName(type)));
        m_state = State::BetweenAccounts;
    }
    switch (type) {
    case 0:
        startRecord(r, readable);
        break;
    case 10:
        if (m_state == State::InAccount)
            abandonAccount(r.line(), Tr::tr("kontots startpost (10) börjar ett nytt konto, men "
                                            "kontot från rad %1 har ingen slutpost (90)")
                                         .arg(m_section.line));
        openAccount(r, readable);
        break;
    case 20:
    case 25:
        startTransaction(r, readable);
        break;
    case 90:
        closeAccount(r, readable);
        break;
    case 99:
        endRecord(r, readable);
        break;
    default:
        addToTransaction(r, readable);
        break;
    }
}

void TotalInReader::startRecord(const Record &r, bool readable)
{
    if (m_state != State::BeforeStart) {
        m_errors.add(r.line(), m_startLine > 0
                                   ? Tr::tr("en andra startpost (00); filen har redan en på "
                                            "rad %1")
                                         .arg(m_startLine)
                                   : Tr::tr("startposten (00) ska stå först i filen"));
        return;
    }
    m_startLine = r.line();
    m_state = State::BetweenAccounts;
    if (!readable)
        return;
    const StartRecord start = readStart(r, m_errors);
    // The file's identity: the same delivery read twice has the same stamp.
    m_file.fileStamp = QStringList{start.id, start.stamp, start.deliveryNumber}.join(
        QLatin1Char('/'));
}

void TotalInReader::openAccount(const Record &r, bool readable)
{
    m_state = State::InAccount;
    m_section = PaymentSection();
    m_section.line = r.line();
    m_sectionSum = 0;
    m_sectionCount = 0;
    m_sectionSumKnown = true;
    if (readable && r.type() == 10) {
        const AccountStart account = readAccountStart(r, m_errors);
        m_section.receivingPlusgiro = account.plusgiro;
        m_section.currency = account.currency;
        // Total-IN has no payment date of its own: the account's posting date
        // (bokföringsdag) is the date of every payment under it.
        m_section.depositDate = account.postingDate;
    }
}

// An account that never got its 90: already reported; nothing to check.
void TotalInReader::abandonAccount(int line, const QString &reason)
{
    m_errors.add(line, reason);
    closeTransaction();
    m_state = State::BetweenAccounts;
}

void TotalInReader::closeAccount(const Record &r, bool readable)
{
    if (m_state != State::InAccount) {
        m_errors.add(r.line(), Tr::tr("kontots slutpost (90) står utanför ett konto: kontots "
                                      "startpost (10) saknas före den"));
        return;
    }
    closeTransaction();
    m_state = State::BetweenAccounts;
    if (!readable)
        return;
    const AccountEnd end = readAccountEnd(r, m_errors);
    // FACTS-SE §2: the 90 amount is the payments less the deductions, its count
    // both kinds of transaction.
    if (end.amount && m_sectionSumKnown && __int128(*end.amount) != m_sectionSum) {
        m_errors.add(r.line(), Tr::tr("beloppet i kontots slutpost (90) är %1 men kontot från "
                                      "rad %2 summerar till %3 (betalningar 20 minus avdrag 25)")
                                   .arg(formatOre(*end.amount))
                                   .arg(m_section.line)
                                   .arg(formatOre(m_sectionSum)));
    }
    if (end.count && *end.count != m_sectionCount) {
        m_errors.add(r.line(), Tr::tr("antalet transaktioner i kontots slutpost (90) är %1 men "
                                      "kontot från rad %2 har %3 (betalningar 20 och avdrag 25)")
                                   .arg(*end.count)
                                   .arg(m_section.line)
                                   .arg(m_sectionCount));
    }
    m_section.depositAmount = Money::fromOre(end.amount.value_or(0));
    m_file.sections.append(std::move(m_section));
    m_section = PaymentSection();
}

void TotalInReader::startTransaction(const Record &r, bool readable)
{
    const int type = r.type();
    if (m_state != State::InAccount) {
        m_errors.add(r.line(), Tr::tr("%1 står utanför ett konto: kontots startpost (10) "
                                      "saknas före den")
                                   .arg(recordName(type)));
        openAccount(r, false); // go on as if it were there, to find more errors
    }
    closeTransaction();
    m_transactionOpen = true;
    m_payment = IncomingPayment();
    m_payment.line = r.line();
    m_payment.paymentDate = m_section.depositDate;
    m_lastType = type;
    m_lastLine = r.line();
    ++m_sectionCount;
    if (!readable) {
        m_sectionSumKnown = false;
        return;
    }
    const Transaction t = readTransaction(r, m_errors);
    if (t.amount) {
        // A deduction (25) lowers the account's total (FACTS-SE §2).
        m_payment.amount = Money::fromOre(type == 25 ? -*t.amount : *t.amount);
        m_sectionSum += type == 25 ? -__int128(*t.amount) : __int128(*t.amount);
    } else {
        m_sectionSumKnown = false;
    }
    m_payment.bankSerial = t.serial;
    m_payment.deductionCode = t.deductionCode;
    if (!t.reference.isEmpty())
        m_payment.references.append({t.reference, false, Money(), r.line()});
}

void TotalInReader::addToTransaction(const Record &r, bool readable)
{
    const int type = r.type();
    if (m_state != State::InAccount) {
        m_errors.add(r.line(), Tr::tr("%1 står utanför ett konto").arg(recordName(type)));
        return;
    }
    if (!m_transactionOpen) {
        m_errors.add(r.line(), Tr::tr("%1 står före kontots första betalningspost (20) eller "
                                      "avdragspost (25)")
                                   .arg(recordName(type)));
        return;
    }
    const int rank = rankInTransaction(type);
    const int lastRank = rankInTransaction(m_lastType);
    if (rank < lastRank || (rank == lastRank && !isRepeatable(type))) {
        m_errors.add(r.line(), Tr::tr("%1 står i fel ordning efter %2 på rad %3; en transaktion "
                                      "har posterna 20/25, 30, 40, 50, 51, 52, 60, 61, 62, 63, "
                                      "70 i den ordningen, och bara 30 och 40 får upprepas")
                                   .arg(recordName(type), recordName(m_lastType))
                                   .arg(m_lastLine));
    }
    m_lastType = type;
    m_lastLine = r.line();
    if (!readable)
        return;
    switch (type) {
    case 30: {
        const TwoTexts refs = readTwoTexts(r);
        for (const QString &text : {refs.first, refs.second})
            if (!text.isEmpty())
                m_payment.references.append({text, false, Money(), r.line()});
        break;
    }
    case 40: {
        const TwoTexts message = readTwoTexts(r);
        for (const QString &text : {message.first, message.second})
            if (!text.isEmpty())
                m_payment.information.append(text);
        break;
    }
    case 50:
        m_senderName = joinTexts(readTwoTexts(r));
        break;
    case 51:
        m_senderStreet = joinTexts(readTwoTexts(r));
        m_hasSenderAddress = true;
        break;
    case 52:
        m_senderLocality = readLocality(r, m_errors);
        m_hasSenderAddress = true;
        break;
    case 60: {
        const SenderAccount account = readSenderAccount(r, m_errors);
        m_payment.payerAccount = account.account;
        m_payment.payerOrgNr = account.orgNr;
        break;
    }
    case 61:
        m_holderName = joinTexts(readTwoTexts(r));
        break;
    case 62:
        m_holderStreet = joinTexts(readTwoTexts(r));
        break;
    case 63:
        m_holderLocality = readLocality(r, m_errors);
        break;
    case 70: {
        // The payment was made in another currency: the 20 amount is already
        // in the account's currency, so this is only a note for the clerk. The
        // exchange rate's decimals are not documented (FACTS-SE §2), so it is
        // checked as a number but not shown.
        const International i = readInternational(r, m_errors);
        if (i.amount && !i.currency.isEmpty()) {
            QString note = Tr::tr("Utlandsbetalning: %1 %2")
                               .arg(Money::fromOre(*i.amount).toString(), i.currency);
            if (i.cost && *i.cost != 0)
                note += Tr::tr(", kostnad %1 %2")
                            .arg(Money::fromOre(*i.cost).toString(), i.costCurrency)
                            .trimmed();
            m_payment.information.append(note);
        }
        break;
    }
    }
}

void TotalInReader::closeTransaction()
{
    if (!m_transactionOpen)
        return;
    // The sender (50–52) is who paid; the account holder (61–63) owns the
    // account it came from. They are usually the same party, and the example
    // file often gives only the latter, so it stands in for a missing sender.
    m_payment.payerName = m_senderName.isEmpty() ? m_holderName : m_senderName;
    m_payment.payerAddress = m_hasSenderAddress
                                 ? joinAddress(m_senderStreet, m_senderLocality)
                                 : joinAddress(m_holderStreet, m_holderLocality);
    // Total-IN has no field saying whether the bank checked a reference as OCR
    // (BgMax has its referenskod, FACTS-SE §1.4; §2 lists nothing like it), so
    // no reference here is VerifiedOcr: the import service checks the OCR
    // number itself (length and Luhn digit, FACTS-SE §7) before trusting it.
    m_payment.referenceStatus = m_payment.references.isEmpty()
                                    ? IncomingPayment::ReferenceStatus::None
                                    : IncomingPayment::ReferenceStatus::Unverified;
    m_section.payments.append(std::move(m_payment));
    m_payment = IncomingPayment();
    m_transactionOpen = false;
    m_senderName.clear();
    m_senderStreet.clear();
    m_holderName.clear();
    m_holderStreet.clear();
    m_senderLocality = Locality();
    m_holderLocality = Locality();
    m_hasSenderAddress = false;
}

void TotalInReader::endRecord(const Record &r, bool readable)
{
    if (m_state == State::InAccount)
        abandonAccount(r.line(), Tr::tr("slutposten (99) kommer före kontots slutpost (90) för "
                                        "kontot från rad %1")
                                     .arg(m_section.line));
    m_state = State::Ended;
    m_endLine = r.line();
    if (!readable)
        return;
    // FACTS-SE §2: the count is of every line, the 00 and the 99 included.
    const auto count = readFileEnd(r, m_errors);
    if (count && *count != r.line()) {
        m_errors.add(r.line(), Tr::tr("slutposten (99) anger %1 poster men filen har %2 "
                                      "(startposten och slutposten medräknade)")
                                   .arg(*count)
                                   .arg(r.line()));
    }
}

void TotalInReader::endOfFile(int lastLine)
{
    if (m_state == State::Ended)
        return;
    if (m_state == State::InAccount)
        abandonAccount(lastLine, Tr::tr("filen slutar inne i kontot från rad %1: kontots "
                                        "slutpost (90) och slutposten (99) saknas")
                                     .arg(m_section.line));
    else
        m_errors.add(lastLine, Tr::tr("filen slutar utan slutpost (99)"));
}

} // namespace

TotalInParser::Result TotalInParser::parse(const QByteArray &bytes, const QString &fileName)
{
    return TotalInReader(fileName).run(bytes);
}

} // namespace rsk
