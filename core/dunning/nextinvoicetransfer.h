#pragma once

#include "dunning/unbilledinterest.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rsk {

class Database;

// Beställning of "Överföring av ej debiterade räntor och avgifter till nästa
// faktura" (handbook 7.15): the fields of the 7.14 list (företag, rutin,
// fakturanummer, slutbetalningsdatum, minsta ränta, minsta antal dagar; the
// handbook has no department here) and the transfer date.
struct NextInvoiceTransferSelection
{
    QDate transferDate;       // stamped on the claims, in the file names
    UnbilledSelection claims;

    // The selection with its ranges completed, or LedgerError::refused
    // naming the field ("Överföringsdatum: …", or as UnbilledSelection).
    NextInvoiceTransferSelection checked() const;
};

// One claim of the transfer: its line of the 7.14 list and the person
// number the next invoice is found by.
struct NextInvoiceTransferLine
{
    UnbilledLine claim;
    QString personNumber; // digits only: 12 for persons, 10 for organisations
    QString problem;      // why it is not transferred; empty: transferred
};

struct NextInvoiceTransferResult
{
    bool dryRun = true;
    NextInvoiceTransferSelection selection; // as checked
    // To transfer (run(): transferred), by routine, person number, company
    // and invoice number.
    QList<NextInvoiceTransferLine> lines;
    // Not transferred, listed: no valid person number to find the next
    // invoice by ("Finns inte personnummer fungerar alltså inte överföringen").
    QList<NextInvoiceTransferLine> refused;
    QStringList warnings; // unverified reference rates
    QStringList files;    // run(): the files written, in routine order

    QStringList routines() const; // of `lines`, in order
    Money total() const;
};

// The transfer to the next invoice (handbook 7.15). Instead of interest
// invoices, the interest and the printed-but-not-debited reminder and
// collection fees of final-paid claims go to the billing system, which adds
// them to the debtor's next invoice of the same routine. What goes: exactly
// the 7.14 list for the selection (UnbilledInterestReport::lines: interest
// to the final-paid date minus debited interest, none on an interest-
// invoiced claim, the undebited fees), so that list is the kontrollista the
// handbook asks for before the transfer. A claim goes once: the run stamps
// invoice.next_invoice_transfer_date, and the 7.14 list, the interest
// invoicing and a later transfer leave a stamped claim alone.
//
// The file, one per routine (fileName()), is CSV as CLI.md's: UTF-8 without
// a byte-order mark, ';'-separated, a header row of these keys, amounts
// "1234,50", one row per claim, sorted by person number:
//   person_number   personnummer/samordningsnummer YYYYMMDDNNNC or
//                   organisationsnummer NNNNNNNNNC, digits only: the key the
//                   billing system finds the next invoice by
//   name            the debtor's name on the claim
//   company         the company (3 digits)
//   invoice_number  the final-paid claim the amounts come from (9 digits)
//   interest        late-payment interest still to charge
//   reminder_fee    reminder fees printed but not debited
//   collection_fee  collection fees printed but not debited
//   total           interest + reminder_fee + collection_fee
class NextInvoiceTransfer
{
public:
    // Writes one routine's file and returns its path; throws LedgerError
    // when it cannot (the run then changes nothing and removes the files
    // it had written).
    using FileWriter =
        std::function<QString(const QString &routine, const ReportTable &file)>;

    explicit NextInvoiceTransfer(Database &db) : m_db(db) {}

    // Kontrollista: what run() would transfer now; changes nothing.
    NextInvoiceTransferResult plan(const NextInvoiceTransferSelection &selection);
    // One unit of work: per routine the file through `write`, then every
    // transferred claim stamped with the transfer date and audited. Nothing
    // to transfer: no file, nothing changed.
    NextInvoiceTransferResult run(const NextInvoiceTransferSelection &selection,
                                  const FileWriter &write);

    // A routine's file as a report: the columns above (keys as the header),
    // one row per claim, no sums.
    static ReportTable file(const NextInvoiceTransferResult &result, const QString &routine);
    // "nasta-faktura-04-2026-12-14.csv"
    static QString fileName(const QString &routine, const QDate &transferDate);
    // The kontrollista, or after the run the kvittenslista (receipt list):
    // the claims per routine with a subtotal each, the refused ones with the
    // reason, a total.
    static ReportTable list(const NextInvoiceTransferResult &result);

private:
    Database &m_db;
};

} // namespace rsk
