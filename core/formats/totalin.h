#pragma once

#include "payments/paymentfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

// Reads a Nordea/Plusgirot Total-IN file (FACTS-SE §2) into a PaymentFile,
// checking everything that can be checked without the ledger:
//
// - bytes are ISO-8859-1; every record is exactly 80 characters; CRLF or LF
//   line ends, a last line without one, and blank lines at the end are fine;
// - every record type (00, 10, 20, 25, 30, 40, 50–52, 60–63, 70, 90, 99) and
//   every numeric field, date and the timestamp; "TOTALIN" in the start record;
//   the receiving account (10) must be a valid PlusGiro number;
// - the order of the records: 00, then accounts 10 … 90, then 99; inside an
//   account each transaction is a 20 (payment) or 25 (deduction) followed by
//   30 and 40 (each repeatable), then at most one each of 50, 51, 52, 60, 61,
//   62, 63, 70, in that order;
// - each account's 90 record: its count (20 + 25 records) and its amount,
//   Σ20 − Σ25 (FACTS-SE §2, checked on the example file: 19 190,00 =
//   19 715,50 − 525,50); the 99 record's count of all lines, 00 and 99
//   included.
//
// Any problem refuses the whole file: `file` is then empty and `errors` holds
// every problem found (line, Swedish reason), in line order;
// FileError::format() adds the file name and line. Line 0 means the file as a
// whole (an empty file).
//
// Mapping: fileStamp = "<id>/<timestamp>/<delivery number>" from the 00
// record; one PaymentSection per 10 … 90 with receivingPlusgiro, currency, the
// posting date (10) as depositDate and every payment's date, and the 90 amount
// as depositAmount; 20 amounts positive, 25 negative (with the deduction code);
// references from the 20/25 field and the 30 records, always Unverified (the
// format does not say whether the bank checked them); 40 messages (and a note
// on a foreign-currency payment, 70) as information; the payer from 50–52,
// falling back to the account holder (61–63), and account and org nr from 60.
class TotalInParser
{
public:
    using Result = PaymentFileParseResult;

    static Result parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace rsk
