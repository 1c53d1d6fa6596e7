#include "formats/totalinrecords.h"

#include "ids/giro.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QTime>

namespace rsk::totalin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TotalInParser)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// "beloppet (position 38–52) i betalningsposten (20) är "0000X"; det ska vara
// siffror": what, where, what it was and what it should be.
void bad(ErrorList &errors, const Record &r, const QString &field, int from, int to,
         const QString &expected)
{
    const QString where = from == to ? Tr::tr("position %1").arg(from)
                                     : Tr::tr("position %1–%2").arg(from).arg(to);
    // Trailing blanks are only padding (the 36-character account field), but
    // leading ones are kept: they are why "  1234" is not a number.
    QString value = r.quoted(from, to);
    while (value.endsWith(QLatin1Char(' ')))
        value.chop(1);
    const QString was = value.isEmpty() ? Tr::tr("blankt") : QStringLiteral("\"%1\"").arg(value);
    errors.add(r.line(), Tr::tr("%1 (%2) i %3 är %4; %5")
                             .arg(field, where, recordName(r.type()), was, expected));
}

// A numeric field: zero-filled digits only.
std::optional<qint64> numeric(const Record &r, ErrorList &errors, const QString &field,
                              int from, int to)
{
    const auto value = r.number(from, to);
    if (!value)
        bad(errors, r, field, from, to, Tr::tr("det ska vara siffror"));
    return value;
}

// Blank, or digits only (the receiving bankgiro of records 20/25).
QString digitsOrBlank(const Record &r, ErrorList &errors, const QString &field, int from, int to)
{
    const QString value = r.text(from, to);
    if (!r.isBlank(from, to) && !r.isDigits(from, to))
        bad(errors, r, field, from, to, Tr::tr("det ska vara siffror eller blankt"));
    return value;
}

QString currency(const Record &r, ErrorList &errors, const QString &field, int from,
                 bool blankAllowed)
{
    if (r.isUpperCase(from, from + 2))
        return r.text(from, from + 2);
    if (!(blankAllowed && r.isBlank(from, from + 2))) {
        bad(errors, r, field, from, from + 2,
            blankAllowed ? Tr::tr("den ska vara en valutakod som SEK eller blank")
                         : Tr::tr("den ska vara en valutakod som SEK"));
    }
    return {};
}

QDate date(const Record &r, ErrorList &errors, const QString &field, int from)
{
    const QDate d = r.date(from, from + 7);
    if (!d.isValid())
        bad(errors, r, field, from, from + 7, Tr::tr("det ska vara ett datum ÅÅÅÅMMDD"));
    return d;
}

} // namespace

bool isKnownType(int type)
{
    switch (type) {
    case 0: case 10: case 20: case 25: case 30: case 40: case 50: case 51: case 52:
    case 60: case 61: case 62: case 63: case 70: case 90: case 99:
        return true;
    default:
        return false;
    }
}

QString recordName(int type)
{
    switch (type) {
    case 0: return Tr::tr("startposten (00)");
    case 10: return Tr::tr("kontots startpost (10)");
    case 20: return Tr::tr("betalningsposten (20)");
    case 25: return Tr::tr("avdragsposten (25)");
    case 30: return Tr::tr("referensnummerposten (30)");
    case 40: return Tr::tr("meddelandeposten (40)");
    case 50: return Tr::tr("avsändarens namnpost (50)");
    case 51: return Tr::tr("avsändarens adresspost (51)");
    case 52: return Tr::tr("avsändarens ortpost (52)");
    case 60: return Tr::tr("avsändarkontoposten (60)");
    case 61: return Tr::tr("kontohavarens namnpost (61)");
    case 62: return Tr::tr("kontohavarens adresspost (62)");
    case 63: return Tr::tr("kontohavarens ortpost (63)");
    case 70: return Tr::tr("utlandsposten (70)");
    case 90: return Tr::tr("kontots slutpost (90)");
    case 99: return Tr::tr("slutposten (99)");
    default: return Tr::tr("posten");
    }
}

StartRecord readStart(const Record &r, ErrorList &errors)
{
    StartRecord start;
    start.id = r.text(3, 14);
    if (start.id.isEmpty())
        bad(errors, r, Tr::tr("Total-IN-identiteten"), 3, 14, Tr::tr("den får inte vara tom"));
    // YYYYMMDDHHMMSS + microseconds: with the id and the delivery number the
    // file's identity, so that a file read twice is recognised.
    const QByteArrayView s = r.raw(15, 34);
    const auto part = [&](int at, int len) { return s.sliced(at, len).toInt(); };
    if (!r.isDigits(15, 34) || !QDate(part(0, 4), part(4, 2), part(6, 2)).isValid()
        || !QTime(part(8, 2), part(10, 2), part(12, 2)).isValid()) {
        bad(errors, r, Tr::tr("tidsstämpeln"), 15, 34,
            Tr::tr("den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder"));
    }
    start.stamp = QString::fromLatin1(s);
    numeric(r, errors, Tr::tr("leveransnumret"), 35, 36);
    start.deliveryNumber = r.text(35, 36);
    // The file type is "TL1" in the only example there is (FACTS-SE §2); other
    // Total-IN variants may use other codes, so only a blank one is refused.
    start.fileType = r.text(37, 39);
    if (r.isBlank(37, 39))
        bad(errors, r, Tr::tr("filtypen"), 37, 39, Tr::tr("den får inte vara tom"));
    if (!r.text(40, 49).startsWith(QLatin1String("TOTALIN")))
        bad(errors, r, Tr::tr("filnamnet"), 40, 49, Tr::tr("det ska vara \"TOTALIN\""));
    return start;
}

AccountStart readAccountStart(const Record &r, ErrorList &errors)
{
    AccountStart account;
    // Total-IN reports the payments to the customer's PlusGiro accounts
    // (FACTS-SE §2): left-justified digits, check digit last (FACTS-SE §7).
    const QString number = r.text(3, 38);
    bool digits = !number.isEmpty();
    for (QChar c : number)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits) {
        bad(errors, r, Tr::tr("mottagarkontot"), 3, 38,
            Tr::tr("det ska vara ett plusgironummer (siffror)"));
    } else {
        QString why;
        const auto plusgiro = Plusgiro::parse(number, &why);
        if (plusgiro)
            account.plusgiro = plusgiro->number();
        else
            bad(errors, r, Tr::tr("mottagarkontot"), 3, 38, why);
    }
    account.currency = currency(r, errors, Tr::tr("valutan"), 39, false);
    account.postingDate = date(r, errors, Tr::tr("bokföringsdagen"), 42);
    return account;
}

Transaction readTransaction(const Record &r, ErrorList &errors)
{
    Transaction t;
    t.type = r.type();
    // A payment without a reference has the field zero-filled (the example
    // file's "0000000000000000000000000") or blank.
    const QString reference = r.text(3, 37);
    bool zeros = true;
    for (QChar c : reference)
        zeros = zeros && c == QLatin1Char('0');
    t.reference = zeros ? QString() : reference;
    t.amount = numeric(r, errors, Tr::tr("beloppet"), 38, 52);
    if (t.amount && *t.amount > Money::MaxAbsOre) {
        bad(errors, r, Tr::tr("beloppet"), 38, 52,
            Tr::tr("reskontran tar belopp upp till %1 kr")
                .arg(Money::fromOre(Money::MaxAbsOre).toString()));
    }
    numeric(r, errors, Tr::tr("löpnumret"), 53, 69);
    t.serial = r.text(53, 69);
    if (t.type == 25) {
        // The meaning of the deduction codes is UNVERIFIED (FACTS-SE §2; the
        // example file leaves it blank): kept as written, but it must be a
        // code, not a control character or punctuation.
        const char code = r.at(70);
        if (code != ' ' && !isDigit(code) && !isUpper(code)) {
            bad(errors, r, Tr::tr("avdragskoden"), 70, 70,
                Tr::tr("den ska vara en siffra, en versal eller blank"));
        }
        t.deductionCode = r.text(70, 70);
        t.receivingBankgiro = digitsOrBlank(r, errors, Tr::tr("mottagarbankgironumret"), 71, 78);
    } else {
        t.receivingBankgiro = digitsOrBlank(r, errors, Tr::tr("mottagarbankgironumret"), 70, 77);
    }
    return t;
}

TwoTexts readTwoTexts(const Record &r)
{
    return {r.text(3, 37), r.text(38, 72)};
}

Locality readLocality(const Record &r, ErrorList &errors)
{
    Locality l{r.text(3, 11), r.text(12, 46), r.text(47, 48)};
    if (!r.isBlank(47, 48) && !r.isUpperCase(47, 48))
        bad(errors, r, Tr::tr("landskoden"), 47, 48,
            Tr::tr("den ska vara två versaler eller blank"));
    return l;
}

SenderAccount readSenderAccount(const Record &r, ErrorList &errors)
{
    // The origin codes' meanings are UNVERIFIED (FACTS-SE §2; the example has
    // 1, 2 and blank): a digit or blank is accepted and not interpreted.
    const char origin = r.at(39);
    if (origin != ' ' && !isDigit(origin))
        bad(errors, r, Tr::tr("ursprungskoden"), 39, 39,
            Tr::tr("den ska vara en siffra eller blank"));
    return {r.text(3, 38), r.text(39, 39), r.text(40, 59)};
}

International readInternational(const Record &r, ErrorList &errors)
{
    International i;
    i.cost = numeric(r, errors, Tr::tr("kostnaden"), 3, 17);
    i.costCurrency = currency(r, errors, Tr::tr("kostnadens valuta"), 18, true);
    i.amount = numeric(r, errors, Tr::tr("det ursprungliga beloppet"), 39, 53);
    i.currency = currency(r, errors, Tr::tr("det ursprungliga beloppets valuta"), 54, false);
    numeric(r, errors, Tr::tr("växelkursen"), 57, 68);
    return i;
}

AccountEnd readAccountEnd(const Record &r, ErrorList &errors)
{
    AccountEnd end;
    end.count = numeric(r, errors, Tr::tr("antalet transaktioner"), 3, 10);
    end.amount = numeric(r, errors, Tr::tr("beloppet"), 11, 27);
    end.statementReference = r.text(28, 38);
    return end;
}

std::optional<qint64> readFileEnd(const Record &r, ErrorList &errors)
{
    return numeric(r, errors, Tr::tr("antalet poster"), 3, 17);
}

} // namespace rsk::totalin
