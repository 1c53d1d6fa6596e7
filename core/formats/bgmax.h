#pragma once

#include "payments/paymentfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

// Reads a Bankgirot BgMax file ("Bankgiro Inbetalningar", FACTS-SE §1) into a
// PaymentFile, checking everything that can be checked without the ledger:
//
// - bytes are ISO-8859-1; every record is exactly 80 characters; CRLF or LF
//   line ends, a last line without one, and blank lines at the end are fine;
// - every record type (01, 05, 15, 20–23, 25–29, 70) and every numeric field;
//   layout "BGMAX", version 01;
// - the order of the records (FACTS-SE §1.2,
//   ^01(05(2[01](2[23])*(25)*(26)?(27)?(28)?(29)?)+15)+70$);
// - each section's TK15 amount (ΣTK20 − ΣTK21; TK22/23 carry no money of their
//   own) and count (TK20 + TK21), and the TK70 counts (TK20, TK21, TK22+23,
//   TK15).
//
// Any problem refuses the whole file: `file` is then empty and `errors` holds
// every problem found (line, Swedish reason without the "rad N:" prefix), in
// line order; FileError::format() adds the file name and line. Line 0 means
// the file as a whole (an empty file).
//
// Mapping (FACTS-SE §1.3–1.5): fileStamp = TK01 timestamp, testFile = 'T';
// one PaymentSection per 05…15 with the TK15 date as every payment's date;
// TK20 amounts positive, TK21 negative with the avdragskod; references by
// referenskod: 2 and 4 verified, 3 and 5 unverified (split on , ; and blanks),
// 0 and 1 none; TK22/23 appended as extra references (TK23 negative) with
// their amount when it is not zero.
class BgMaxParser
{
public:
    using Result = PaymentFileParseResult;

    static Result parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace rsk
