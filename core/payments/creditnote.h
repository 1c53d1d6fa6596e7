#pragma once

#include "ledger/types.h"

#include <optional>

namespace rsk {

class Database;

// Kreditfakturor/annulleringar, handbook 4.5: a claim is credited in whole or
// in part, with a credit invoice, an annulment notice or no paper at all.

// The paper the credit produces (handbook 4.5 "Bild Utskrift": F10
// Kreditfaktura, F11 Annulleringsbesked, F9 neither).
enum class CreditDocumentKind { None, CreditInvoice, AnnulmentNotice };

// Bild 1 of handbook 4.5.
struct CreditHeader
{
    QString company;
    QString invoiceNumber;  // as typed: "10000001" or "010000001"
    QString method = QStringLiteral("2"); // "Kreditfaktura"; "3" = "Annullering"
    QDate transactionDate;  // interest runs up to it; it becomes the booking date
    QString remark;         // <= 40 (handbook 4.5 "Anmärkning")
};

// Where a problem is, so a screen can show it beside the field.
enum class CreditField { Company, TransactionDate, Method, InvoiceNumber, Remark, Lines, Handler };

struct CreditProblem
{
    CreditField field;
    QString message; // Swedish, says what and where
    int line = -1;   // CreditField::Lines: the 0-based line, -1 for all lines
};

// Bild Fakturarader: the claim with every line's sign reversed.
struct CreditProposal
{
    CreditHeader header;      // company and invoice number normalised
    Invoice claim;            // as read, with its lines
    QList<InvoiceLine> lines; // the claim's lines with reversed amounts
};

struct CreditRequest
{
    CreditHeader header;
    QList<InvoiceLine> lines; // as edited; amounts negative where they credit
    CreditDocumentKind document = CreditDocumentKind::None;
    QString handler;          // printed, <= 30 (handbook 4.5 "Handläggare vid utskrift")
    int expectedVersion = 0;  // > 0: refuse if the claim changed since the proposal
};

// Everything a credit invoice or annulment notice prints, as data (core makes
// no pages: render/creditnotedocument turns this into HTML and PDF).
struct CreditDocument
{
    CreditDocumentKind kind = CreditDocumentKind::None;
    QString heading;          // "Kreditfaktura" / "Annulleringsbesked"
    Company sender;
    QString debtorName;
    QString debtorName2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country; // the printed line: CountryNames::printed ("NORGE", "" for Sweden)
    bool addressWithheld = false; // protected identity: the address is never printed
    QString customerNumber;
    QString invoiceNumber;    // the claim credited
    QDate invoiceDate;
    QDate date;               // the transaction date
    QList<InvoiceLine> lines; // reversed amounts, as credited
    Money total;              // sum of the lines (negative)
    Money newBalance;         // the claim's balance after the credit
    QString remark;
    QString handler;
};

struct CreditResult
{
    Transaction transaction;
    Money credited;           // positive: what the claim's capital went down by
    Invoice claim;            // after the credit
    CreditDocumentKind kind = CreditDocumentKind::None;
    std::optional<CreditDocument> document; // set unless kind is None
};

class CreditNoteService
{
public:
    explicit CreditNoteService(Database &db) : m_db(db) {}

    // Bild 1: every problem of the header (date, method, claim, remark), in
    // field order. Empty when the header may go on to the lines.
    QList<CreditProblem> checkHeader(const CreditHeader &header);
    // The claim's lines with reversed signs. Throws LedgerError with the first
    // problem of checkHeader.
    CreditProposal propose(const CreditHeader &header);
    // Bild Fakturarader: line texts, accounts, amounts, and a total that credits.
    static QList<CreditProblem> checkLines(const QList<InvoiceLine> &lines);
    static Money total(const QList<InvoiceLine> &lines);

    // One unit of work: credits -total on the claim's capital through
    // PostingService with the header's method and date, records the document
    // kind (transaction source, audit) and returns the document's data.
    // Refuses (nothing changed) a credit above the claim's open capital.
    CreditResult execute(const CreditRequest &request);

    // The methods a credit may use: K, amount-changing, no fee type, and
    // "dröjsmålsfaktureras ej" (a credited amount was never owed, so it acts
    // on the capital only; see settle() in ledger/posting.cpp).
    QList<PaymentMethod> creditMethods();

    static QString heading(CreditDocumentKind kind);
    // The transaction's source: "credit-invoice", "annulment-notice", "credit".
    static QString sourceTag(CreditDocumentKind kind);

private:
    std::optional<QString> methodProblem(const QString &code);
    CreditDocument document(const CreditRequest &request, const Invoice &after);
    Database &m_db;
};

} // namespace rsk
