#pragma once

#include "ledger/types.h"

#include <QHash>
#include <QStringList>

namespace rsk {

class Database;

// A transaction on the claim as Ersättningsfaktura lists it (handbook 6.3
// "Gjorda inbetalningar (kreditering mm)": "Till varje inbetalning visas
// inbetalningssättet i klartext, registreringsdatum och belopp samt ett
// textfält där man registrerar den text som skrivs på fakturan").
struct ReplacementPayment
{
    qint64 transactionId = 0;
    QString method;
    QString methodText;
    QDate registeredDate;
    QDate transactionDate;
    Money effect;   // signed change of the balance: a payment is negative
    QString remark; // as registered
    // What the text field starts with: the text printed for it on the
    // latest replacement invoice, else the remark ("Om man fyllt i en
    // anmärkning vid registreringen ... så visas den i fältet för texten").
    QString text;
};

// What the screen shows for a claim before a replacement invoice is made.
struct ReplacementInvoiceDraft
{
    Invoice claim; // with lines and transactions
    QList<ReplacementPayment> payments;
    int issuedBefore = 0;  // replacement invoices made for the claim so far
    QString lastIssuedBy;
    QString lastIssuedAt;  // ISO timestamp (UTC), as stored
};

// handbook 6.3 "Uppgifter ut på fakturan": "Ny handläggare" (at most 30
// characters, else the claim's own), "Ursprungligt framställningsdatum"
// (else today's date), and the text per transaction; a transaction whose id
// is not in `texts` gets the draft's text, an empty text prints only the
// amount ("Om man inte anger någon text så skrivs endast beloppet ut").
struct ReplacementInvoiceOptions
{
    QString newHandler;
    bool originalDate = false;
    QHash<qint64, QString> texts;
};

// One replacement invoice as data for render/replacementinvoicedocument.h:
// the invoice as issued (lines, amount), every transaction since with its
// text and signed amount, and what is left to pay, due on the claim's
// current due date to its current receiver ("Vill man att förfallodagen
// skall ändras görs detta först på fakturafliken").
struct ReplacementInvoice
{
    struct Row
    {
        qint64 transactionId = 0;
        QString text;
        Money amount; // signed, as the balance changed
    };

    qint64 invoiceId = 0;
    int version = 0; // the claim as read; record() refuses a claim changed since
    Company sender;
    QString company;
    QString routine; // picks the printer (handbook 9, fakturaskrivare)
    QString invoiceNumber;
    QString customerNumber;
    QString ocr;
    QDate originalDate; // the invoice's own date
    QDate invoiceDate;  // printed: the original date or today
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
    Money amount; // the invoice's amount as issued
    QList<Row> rows;
    Money toPay;  // the balance: amount + the rows
    QDate today;
    // Said to the clerk, not printed: the due date has passed (change it on
    // the claim first, F5).
    QStringList warnings;
};

// Ersättningsfaktura (handbook 6.3): "används först och främst för privata
// kunder där man t ex gjort en kreditering eller annan inbetalning och man
// vill skriva ut fakturan med beloppet för det som återstår att betala".
// The claim itself does not change: same number, OCR reference and due
// date. What is recorded is that a replacement invoice was sent — its date,
// due date, amount to pay, handler and the texts registered for the
// transactions (migration 019) — audited, in one unit of work.
class ReplacementInvoices
{
public:
    explicit ReplacementInvoices(Database &db) : m_db(db) {}

    // Company and number as typed. Throws NotFound for an unknown claim.
    ReplacementInvoiceDraft prepare(const QString &company, const QString &invoiceNumber);
    // Reads the claim and builds the invoice; changes nothing. Throws
    // NotFound, or Refused: no right to change the company's claims
    // (Database::access()), nothing left to pay (balance 0 or less), a
    // handler over 30 characters, a text over 40 (handbook 4.1's remark).
    ReplacementInvoice make(const QString &company, const QString &invoiceNumber,
                            const ReplacementInvoiceOptions &options);
    // Records the invoice as sent (once it is printed or written). Throws
    // Conflict when the claim has changed since make() read it, naming who
    // changed it and when. Returns the record's id.
    qint64 record(const ReplacementInvoice &invoice);

private:
    Database &m_db;
};

} // namespace rsk
