#pragma once

#include "ledger/types.h"
#include "paymentslip.h"

#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace rsk {

// A row of an invoice's body: text on the left, an amount on the right.
struct InvoiceFormRow
{
    QString text;
    QString amount;
    bool bold = false;
    bool ruleAbove = false;
};

// One invoice on the A4 invoice form, as the invoice copy (handbook 6.2) and
// the replacement invoice (6.3) print it: the sender with org.nr, phone, giro
// and handler; the title (FAKTURA) with an optional mark (KOPIA); the date,
// number, customer number, due date and OCR reference; the receiver's window
// address (c/o; none for a protected identity); the body rows; and the
// payment slip at the foot of the last page.
struct InvoiceForm
{
    Company sender;
    QString title;
    QString mark;
    QDate invoiceDate;
    QString invoiceNumber;
    QString customerNumber;
    QDate dueDate;
    QString ocr;
    QString handler;
    QString debtorName;
    QString debtorName2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    bool addressWithheld = false; // DOMAIN.md "People and trust": never printed
    QList<InvoiceFormRow> rows;
    PaymentSlip slip;
};

// The form of one invoice as core gives it (InvoiceCopy, ReplacementInvoice:
// the same field names): its sender, facts and receiver, and the slip's
// payee, payer and references. The caller adds the title, the mark, the rows
// and the slip's amount.
template <class Invoice>
InvoiceForm invoiceFormOf(const Invoice &i)
{
    InvoiceForm f;
    f.sender = i.sender;
    f.invoiceDate = i.invoiceDate;
    f.invoiceNumber = i.invoiceNumber;
    f.customerNumber = i.customerNumber;
    f.dueDate = i.dueDate;
    f.ocr = i.ocr;
    f.handler = i.handler;
    f.debtorName = i.debtorName;
    f.debtorName2 = i.debtorName2;
    f.co = i.co;
    f.address = i.address;
    f.postalCode = i.postalCode;
    f.city = i.city;
    f.country = i.country;
    f.addressWithheld = i.addressWithheld;
    f.slip.payee = i.sender.name;
    f.slip.bankgiro = i.sender.bankgiro;
    f.slip.plusgiro = i.sender.plusgiro;
    f.slip.ocr = i.ocr;
    f.slip.payBy = i.dueDate;
    f.slip.payerName = i.debtorName;
    f.slip.payerName2 = i.debtorName2;
    f.slip.invoiceNumber = i.invoiceNumber;
    f.slip.customerNumber = i.customerNumber;
    return f;
}

// Draws invoice forms with QPainter, each starting on a new page; the rows
// that do not fit go on over more pages (a continuation line on top, the
// page numbers), the slip on the form's last page.
class InvoiceFormPrinter
{
public:
    // Prints on any paged device (a QPrinter, a QPdfWriter), set to A4 portrait.
    static void print(QPagedPaintDevice *device, const QList<InvoiceForm> &forms);
    // Pages one form takes.
    static int pageCount(const InvoiceForm &form);
    // One PDF of the forms; false with *error set when the file cannot be written.
    static bool writePdf(const QString &path, const QString &title, const QList<InvoiceForm> &forms,
                         QString *error = nullptr);
};

} // namespace rsk
