#include "formats/bgmaxrecords.h"

#include "ids/giro.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>

namespace rsk::bgmax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BgMaxParser)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A field of a record: its positions (1-based, inclusive) and its name for
// messages. Names stay untranslated (QT_TRANSLATE_NOOP) until a message needs
// one: a big file has 100 000 records without an error.
struct Field
{
    int from;
    int to;
    const char *name;
};

// FACTS-SE §1.3.
constexpr Field kLayoutName{3, 22, QT_TRANSLATE_NOOP("BgMaxParser", "layoutnamnet")};
constexpr Field kVersion{23, 24, QT_TRANSLATE_NOOP("BgMaxParser", "versionen")};
constexpr Field kStamp{25, 44, QT_TRANSLATE_NOOP("BgMaxParser", "tidsstämpeln")};
constexpr Field kTestMark{45, 45, QT_TRANSLATE_NOOP("BgMaxParser", "testmarkeringen")};

constexpr Field kReceiverBankgiro{3, 12, QT_TRANSLATE_NOOP("BgMaxParser",
                                                           "mottagarbankgironumret")};
constexpr Field kReceiverPlusgiro{13, 22, QT_TRANSLATE_NOOP("BgMaxParser",
                                                            "mottagarplusgironumret")};
constexpr Field kOpeningCurrency{23, 25, QT_TRANSLATE_NOOP("BgMaxParser", "valutan")};

constexpr Field kPayer{3, 12, QT_TRANSLATE_NOOP("BgMaxParser", "avsändarens bankgironummer")};
constexpr Field kReference{13, 37, QT_TRANSLATE_NOOP("BgMaxParser", "referensen")};
constexpr Field kAmount{38, 55, QT_TRANSLATE_NOOP("BgMaxParser", "beloppet")};
constexpr Field kReferenceCode{56, 56, QT_TRANSLATE_NOOP("BgMaxParser", "referenskoden")};
constexpr Field kChannel{57, 57, QT_TRANSLATE_NOOP("BgMaxParser", "betalningskanalkoden")};
constexpr Field kSerial{58, 69, QT_TRANSLATE_NOOP("BgMaxParser", "BGC-löpnumret")};
constexpr Field kImage{70, 70, QT_TRANSLATE_NOOP("BgMaxParser", "avibildmarkeringen")};
constexpr Field kDeductionCode{71, 71, QT_TRANSLATE_NOOP("BgMaxParser", "avdragskoden")};

constexpr Field kOrgNr{3, 14, QT_TRANSLATE_NOOP("BgMaxParser", "organisationsnumret")};

constexpr Field kBankAccount{3, 37, QT_TRANSLATE_NOOP("BgMaxParser", "mottagarbankkontot")};
constexpr Field kPaymentDay{38, 45, QT_TRANSLATE_NOOP("BgMaxParser", "betalningsdagen")};
constexpr Field kDepositSerial{46, 50, QT_TRANSLATE_NOOP("BgMaxParser", "insättningslöpnumret")};
constexpr Field kDepositAmount{51, 68, QT_TRANSLATE_NOOP("BgMaxParser", "insättningsbeloppet")};
constexpr Field kDepositCurrency{69, 71, QT_TRANSLATE_NOOP("BgMaxParser", "valutan")};
constexpr Field kDepositCount{72, 79, QT_TRANSLATE_NOOP("BgMaxParser", "antalet betalningar")};
constexpr Field kDepositType{80, 80, QT_TRANSLATE_NOOP("BgMaxParser", "typen av insättning")};

constexpr Field kEndPayments{3, 10, QT_TRANSLATE_NOOP("BgMaxParser", "antalet betalningsposter")};
constexpr Field kEndDeductions{11, 18, QT_TRANSLATE_NOOP("BgMaxParser", "antalet avdragsposter")};
constexpr Field kEndExtra{19, 26, QT_TRANSLATE_NOOP("BgMaxParser",
                                                    "antalet extra referensnummerposter")};
constexpr Field kEndDeposits{27, 34, QT_TRANSLATE_NOOP("BgMaxParser", "antalet insättningsposter")};

// "beloppet (position 38–55) i betalningsposten (TK20) är "0000X"; det ska vara
// siffror": what, where, what it was and what it should be.
void bad(ErrorList &errors, const Record &r, const Field &f, const QString &expected)
{
    const QString where = f.from == f.to ? Tr::tr("position %1").arg(f.from)
                                         : Tr::tr("position %1–%2").arg(f.from).arg(f.to);
    errors.add(r.line(), Tr::tr("%1 (%2) i %3 är \"%4\"; %5")
                             .arg(Tr::tr(f.name), where, recordName(r.type()),
                                  r.quoted(f.from, f.to), expected));
}

// A numeric field (N:h0): digits only.
std::optional<qint64> numeric(const Record &r, ErrorList &errors, const Field &f)
{
    const auto value = r.number(f.from, f.to);
    if (!value)
        bad(errors, r, f, Tr::tr("det ska vara siffror"));
    return value;
}

QDate date(const Record &r, ErrorList &errors, const Field &f)
{
    const QDate d = r.date(f.from, f.to);
    if (!d.isValid())
        bad(errors, r, f, Tr::tr("det ska vara ett datum ÅÅÅÅMMDD"));
    return d;
}

QString currency(const Record &r, ErrorList &errors, const Field &f)
{
    if (r.isUpperCase(f.from, f.to))
        return r.quoted(f.from, f.to);
    bad(errors, r, f, Tr::tr("den ska vara en valutakod som SEK"));
    return {};
}

// Account numbers are zero-filled (N:h0); the model keeps the digits without
// the padding, and "0000000000" (unknown payer, FACTS-SE §1.3) as empty.
QString withoutLeadingZeros(QByteArrayView digits)
{
    while (!digits.isEmpty() && digits.front() == '0')
        digits = digits.sliced(1);
    return QString::fromLatin1(digits);
}

// The giro parsers' reasons are sentences ("Fel kontrollsiffra i …."); inside
// our message they follow a semicolon.
QString clause(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

} // namespace

QString recordName(int type)
{
    switch (type) {
    case 1: return Tr::tr("startposten (TK01)");
    case 5: return Tr::tr("öppningsposten (TK05)");
    case 15: return Tr::tr("insättningsposten (TK15)");
    case 20: return Tr::tr("betalningsposten (TK20)");
    case 21: return Tr::tr("avdragsposten (TK21)");
    case 22: return Tr::tr("extra referensnummerposten (TK22)");
    case 23: return Tr::tr("extra referensnummerposten (TK23)");
    case 25: return Tr::tr("informationsposten (TK25)");
    case 26: return Tr::tr("namnposten (TK26)");
    case 27: return Tr::tr("adressposten (TK27)");
    case 28: return Tr::tr("adressposten 2 (TK28)");
    case 29: return Tr::tr("organisationsnummerposten (TK29)");
    case 70: return Tr::tr("slutposten (TK70)");
    default: return Tr::tr("posten");
    }
}

StartRecord readStart(const Record &r, ErrorList &errors)
{
    if (r.raw(3, 22) != QByteArrayView("BGMAX               "))
        bad(errors, r, kLayoutName, Tr::tr("det ska vara \"BGMAX\""));
    // pybgmax and the manual: version 01 is the only layout there is.
    if (r.raw(23, 24) != QByteArrayView("01"))
        bad(errors, r, kVersion, Tr::tr("bara version 01 kan läsas"));
    StartRecord start;
    // YYYYMMDDHHMMSS + microseconds: the file's identity (FACTS-SE §1.3).
    const auto part = [&](int from, int len) {
        return int(r.number(from, from + len - 1).value_or(-1));
    };
    if (!r.isDigits(25, 44) || !QDate(part(25, 4), part(29, 2), part(31, 2)).isValid()
        || !QTime(part(33, 2), part(35, 2), part(37, 2)).isValid()) {
        bad(errors, r, kStamp, Tr::tr("den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder"));
    }
    start.stamp = r.quoted(25, 44);
    const char mark = r.at(45);
    if (mark != 'T' && mark != 'P')
        bad(errors, r, kTestMark, Tr::tr("den ska vara T (test) eller P (produktion)"));
    start.test = mark == 'T';
    return start;
}

OpeningRecord readOpening(const Record &r, ErrorList &errors)
{
    OpeningRecord opening;
    QString why;
    if (numeric(r, errors, kReceiverBankgiro)) {
        if (const auto bankgiro = Bankgiro::parse(r.text(3, 12), &why))
            opening.bankgiro = bankgiro->number();
        else
            bad(errors, r, kReceiverBankgiro, clause(why));
    }
    // Blank when the receiver has no plusgiro number (N:h0 or blank).
    if (!r.isBlank(13, 22) && !r.isDigits(13, 22)) {
        bad(errors, r, kReceiverPlusgiro, Tr::tr("det ska vara siffror eller blankt"));
    } else if (!withoutLeadingZeros(r.trimmed(13, 22)).isEmpty()) {
        if (const auto plusgiro = Plusgiro::parse(r.text(13, 22), &why))
            opening.plusgiro = plusgiro->number();
        else
            bad(errors, r, kReceiverPlusgiro, clause(why));
    }
    opening.currency = currency(r, errors, kOpeningCurrency);
    return opening;
}

PaymentRecord readPayment(const Record &r, ErrorList &errors)
{
    PaymentRecord p;
    p.type = r.type();
    numeric(r, errors, kPayer);
    p.payerAccount = withoutLeadingZeros(r.raw(3, 12));
    p.referenceField = r.trimmed(13, 37);
    p.amount = numeric(r, errors, kAmount);
    if (p.amount && *p.amount > Money::MaxAbsOre) {
        bad(errors, r, kAmount, Tr::tr("reskontran tar belopp upp till %1 kr")
                                    .arg(Money::fromOre(Money::MaxAbsOre).toString()));
    }
    const char code = r.at(56);
    if (code < '0' || code > '5')
        bad(errors, r, kReferenceCode, Tr::tr("den ska vara 0–5"));
    p.referenceCode = code - '0';
    // Code 2 is a reference Bankgirot checked as OCR, N:hb (FACTS-SE §1.4);
    // code 4 is one it checked under utökad blankettregistrering. Either way a
    // blank or (for 2) non-numeric field means the record is broken.
    const QByteArrayView ref = p.referenceField;
    if (code == '2' && (ref.isEmpty() || !std::all_of(ref.begin(), ref.end(), isDigit)))
        bad(errors, r, kReference,
            Tr::tr("med referenskod 2 ska den vara ett OCR-nummer (siffror)"));
    if (code == '4' && ref.isEmpty())
        bad(errors, r, kReference, Tr::tr("med referenskod 4 får den inte vara tom"));
    if (!isDigit(r.at(57)))
        bad(errors, r, kChannel, Tr::tr("den ska vara en siffra"));
    p.bankSerial = r.text(kSerial.from, kSerial.to);
    if (r.at(70) != '0' && r.at(70) != '1')
        bad(errors, r, kImage, Tr::tr("den ska vara 0 eller 1"));
    if (p.type == 21) {
        // FACTS-SE §1.5: 0 whole, 1 partial with rest, 2 final partial; the
        // sources disagree on anything else, so it stops for manual handling.
        const char deduction = r.at(71);
        if (deduction < '0' || deduction > '2') {
            bad(errors, r, kDeductionCode, Tr::tr("den ska vara 0 (helt avdrag), 1 (delavdrag) "
                                                  "eller 2 (slutligt delavdrag)"));
        }
        p.deductionCode = QString(QLatin1Char(deduction));
    }
    return p;
}

DepositRecord readDeposit(const Record &r, ErrorList &errors)
{
    DepositRecord d;
    numeric(r, errors, kBankAccount);
    d.date = date(r, errors, kPaymentDay);
    numeric(r, errors, kDepositSerial);
    d.amount = numeric(r, errors, kDepositAmount);
    d.currency = currency(r, errors, kDepositCurrency);
    d.count = numeric(r, errors, kDepositCount);
    // Typ av insättning: K, D, S or blank in every source (meaning UNVERIFIED,
    // FACTS-SE §1.3); anything else is not a BgMax file we know.
    const char type = r.at(80);
    if (type != ' ' && type != 'K' && type != 'D' && type != 'S')
        bad(errors, r, kDepositType, Tr::tr("den ska vara K, D, S eller blank"));
    return d;
}

EndRecord readEnd(const Record &r, ErrorList &errors)
{
    EndRecord end;
    end.payments = numeric(r, errors, kEndPayments);
    end.deductions = numeric(r, errors, kEndDeductions);
    end.extraReferences = numeric(r, errors, kEndExtra);
    end.deposits = numeric(r, errors, kEndDeposits);
    return end;
}

PartyText readParty(const Record &r, ErrorList &errors)
{
    switch (r.type()) {
    case 25:
        return {r.text(3, 52), {}};
    case 26:
        return {r.text(3, 37), r.text(38, 72)};
    case 27:
        return {r.text(3, 37), r.text(38, 46)};
    case 28:
        return {r.text(3, 37), r.text(38, 72)};
    case 29: {
        // N:h0, but Bankgirot's own BgMaxfil4.txt has an 11-digit number with a
        // trailing blank ("00550000432 "): digits are required, blanks trimmed.
        const QString orgNr = r.text(3, 14);
        for (QChar c : orgNr) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                bad(errors, r, kOrgNr, Tr::tr("det ska vara siffror"));
                break;
            }
        }
        return {orgNr, {}};
    }
    default:
        return {};
    }
}

} // namespace rsk::bgmax
