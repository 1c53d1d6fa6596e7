#pragma once

#include "ledger/types.h"

#include <optional>

namespace rsk {

class Database;

// Fakturakopia (handbook 6.2) as asked for from the claim: "Ny handläggare"
// (at most 30 characters, else the claim's own), "Kopia skrivs på fakturan",
// and "Ursprungligt framställningsdatum" (else the copy is dated today).
struct InvoiceCopyOptions
{
    QString newHandler;
    bool markCopy = true;
    bool originalDate = false;
};

// One invoice copy as data for render/invoicecopydocument.h: the invoice as
// it was issued (lines, amount) with the claim's current due date and
// receiver ("Vill man att förfallodagen skall ändras görs detta först i
// reskontran"), and what is left to pay today.
struct InvoiceCopy
{
    Company sender;
    QString invoiceNumber;
    QString customerNumber;
    QString ocr;
    QDate invoiceDate; // the original date or today (6.2)
    QDate dueDate;
    QString handler;
    QString description; // "avser"
    QString debtorName;
    QString debtorName2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country; // the printed line: CountryNames::printed ("NORGE", "" for Sweden)
    bool addressWithheld = false; // protected identity: never printed (DOMAIN.md)
    QList<InvoiceLine> lines;
    Money amount;  // the invoice's amount as issued
    Money balance; // left to pay on `today`
    QDate today;
    bool markCopy = true;
};

// Fakturakopior from the menu (handbook 6.2 "Urval"): one company, the
// first invoice number (required) and the last (empty: only the first);
// "Observera att intervallet som anges måste vara inom samma rutinnummer".
struct InvoiceCopySelection
{
    QString company;     // as typed: "1" = 001
    QString invoiceFrom; // as typed: up to 9 digits
    QString invoiceTo;

    enum class Field { Company, InvoiceFrom, InvoiceTo };
};

// Why a selection is refused, and which field to correct.
struct InvoiceCopyProblem
{
    InvoiceCopySelection::Field field;
    QString message;
};

// A claim the selection takes, as listed before the copies are printed.
struct InvoiceCopyRow
{
    QString company;
    QString invoiceNumber;
    QString name;
    QDate invoiceDate;
    QDate dueDate;
    Money amount;
    Money balance;
};

class InvoiceCopies
{
public:
    // One order prints at most this many copies: a pile of paper worth
    // checking first, and a preview that opens in seconds.
    static constexpr int MaxCopies = 1000;

    explicit InvoiceCopies(Database &db) : m_db(db) {}

    // Throws NotFound for an unknown claim, Refused for a handler over 30
    // characters.
    InvoiceCopy make(const QString &company, const QString &invoiceNumber,
                     const InvoiceCopyOptions &options);

    // The selection's first problem (company or numbers not well-formed,
    // the last before the first, two routines), or none. Reads nothing.
    static std::optional<InvoiceCopyProblem> check(const InvoiceCopySelection &selection);
    // The claims of the selection in invoice number order. Throws Refused
    // (check(), more than MaxCopies, an unknown company) or NotFound (no
    // claim in the range).
    QList<InvoiceCopyRow> select(const InvoiceCopySelection &selection);
    // A copy of each claim select() lists, in the same order.
    QList<InvoiceCopy> makeAll(const InvoiceCopySelection &selection,
                               const InvoiceCopyOptions &options);

private:
    Database &m_db;
};

} // namespace rsk
