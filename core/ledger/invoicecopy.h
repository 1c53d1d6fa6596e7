#pragma once

#include "ledger/types.h"

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
    QString country;
    bool addressWithheld = false; // protected identity: never printed (DOMAIN.md)
    QList<InvoiceLine> lines;
    Money amount;  // the invoice's amount as issued
    Money balance; // left to pay on `today`
    QDate today;
    bool markCopy = true;
};

class InvoiceCopies
{
public:
    explicit InvoiceCopies(Database &db) : m_db(db) {}

    // Throws NotFound for an unknown claim, Refused for a handler over 30
    // characters.
    InvoiceCopy make(const QString &company, const QString &invoiceNumber,
                     const InvoiceCopyOptions &options);

private:
    Database &m_db;
};

} // namespace rsk
