#pragma once

#include "payments/paymentfile.h"
#include "storage/ledgererror.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rsk {

class Database;

// An import already in the ledger (import_file), as the refusal of a second
// read and the GUI's confirmation name it.
struct EarlierImport
{
    qint64 id = 0;
    QString fileName;
    QString importedBy;
    QString importedAt; // ISO timestamp (UTC)
    bool forced = false;
    bool sameContent = false; // same bytes (else: same TK01 stamp / Total-IN id)
    // "import 12, 2026-11-26 av anna (bgmax_1126.txt)"
    QString describe() const;
};

// What one payment (or one part of a split payment) came to.
struct ImportOutcome
{
    enum class Kind {
        Paid,        // posted on the claim (fully or partly)
        Overpaid,    // claim paid to 0, the excess in the overpayment register
        WrittenOff,  // paid, and a small difference written off (handbook 3.4)
        Carried,     // paid, and a small difference kept for the next invoice (3.4)
        Deduction,   // a deduction (BgMax TK21, Total-IN 25) debited on the claim
        Unplaced,    // no claim: in the unplaced register
    };
    Kind kind = Kind::Paid;
    int line = 0;
    QString company;
    QString reference;
    QString invoiceNumber; // empty when unplaced
    Money amount;          // the part of the payment this outcome is about
    Money posted;          // posted on the claim with the payment/deduction method
    Money difference;      // overpaid, written off or carried (magnitude)
    QString note;          // why unplaced, the deduction code, …
    bool signal = false;   // the claim has a watch text: on the signal list
    bool agency = false;   // paid from a collection agency's giro
};

// The summary CLI.md fixes for `import bgmax|totalin`, and a little more.
struct ImportSummary
{
    qint64 importId = 0; // import_file.id; 0 in a dry run
    bool dryRun = false;
    bool forced = false;
    QString kind;        // "bgmax" / "totalin"
    QStringList companies;
    int payments = 0;    // payment records in the file (TK20+TK21, Total-IN 20+25)
    int matched = 0;     // payment records that reached at least one claim
    int unplaced = 0;    // rows put in the unplaced register
    int overpaid = 0;    // rows put in the overpayment register
    int writtenOff = 0;
    int carried = 0;
    int signalled = 0;   // signal-list entries (claims with a watch text)
    int deductions = 0;
    Money amount;        // the file's net total (= matched + unplaced + overpaid)
    Money matchedAmount; // posted on claims with the payment / deduction methods
    Money unplacedAmount;
    Money overpaidAmount;
    Money writtenOffAmount; // both ways, as a magnitude
    Money carriedAmount;    // both ways, as a magnitude
    QList<ImportOutcome> outcomes; // in file order
};

// Hämtning från bankgiro / plusgiro (handbook 3.2, 3.3; DOMAIN.md "Payments
// in"; FACTS-SE §1.4): takes a parsed, checked PaymentFile into the ledger in
// one unit of work, all or nothing. The rules:
//
// - each section's receiving bankgiro (BgMax) / plusgiro (Total-IN) picks the
//   company, digits compared; an unknown account refuses the whole file with
//   a FileError on the section's line;
// - a payment matches a claim of that company only by a correct OCR (checked
//   by the bank, or passing the OCR check here) equal to the claim's OCR, or
//   by a reference that resolves to exactly one claim (OCR or invoice
//   number); anything else goes to the unplaced register with the reason;
// - several references: see allocate() in the .cpp (split by the file's
//   amounts, else in order up to each balance);
// - above the balance: the claim is paid to 0, the excess to the overpayment
//   register; a difference within the 3.4 limits is written off with the
//   write-off methods and account, or carried to the next invoice;
// - a deduction is debited on its claim, its code in the remark;
// - a claim with a watch text puts the payment on the signal list;
// - a payment from a collection agency's giro takes the agency method;
// - every transaction is dated with the payment date, source "bgmax" /
//   "totalin", import_file_id set; the import is recorded in import_file.
class PaymentImport
{
public:
    explicit PaymentImport(Database &db) : m_db(db) {}

    struct Options
    {
        bool force = false;  // read a file already read (recorded as forced)
        bool dryRun = false; // do everything, then roll back
        // Called every 1 000 payments and at the end; returning false cancels
        // the import (LedgerError::Refused, everything rolled back).
        std::function<bool(int done, int total)> progress;
    };

    // The first import of the same content or the same file stamp, if any.
    std::optional<EarlierImport> findEarlier(const PaymentFile &file);

    // Throws ImportRefused with every FileError (an unknown receiving
    // account); AlreadyImported for a file already read (without force);
    // anything else as LedgerError. Nothing is changed when it throws.
    ImportSummary run(const PaymentFile &file, const Options &options);

private:
    Database &m_db;
};

// The file cannot be taken: every line that says why (CLI exit 3).
class ImportRefused : public LedgerError
{
public:
    explicit ImportRefused(const QList<FileError> &errors);
    QList<FileError> errors;
};

// The file was read before (same content or same file stamp) and no force.
class AlreadyImported : public LedgerError
{
public:
    AlreadyImported(const QString &fileName, const EarlierImport &earlier);
    EarlierImport earlier;
};

} // namespace rsk
