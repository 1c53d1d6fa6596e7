#pragma once

#include "ledger/invoicecopy.h"

#include <QList>

class QPagedPaintDevice;

namespace rsk {

// Fakturakopia (handbook 6.2) on A4 portrait (render/invoiceform.h): the
// sender, FAKTURA with KOPIA when asked for, the invoice's date (original or
// today), number, customer number, due date and OCR reference, the
// receiver's window address (c/o; none for a protected identity), "avser",
// the lines and the amount as issued, what has been paid and what is left to
// pay today, and the payment slip for what is left (render/paymentslip.h).
// Lines that do not fit go on over more pages. Several copies (Fakturakopior
// from the menu) follow each other, each from a new page.
class InvoiceCopyDocument
{
public:
    explicit InvoiceCopyDocument(InvoiceCopy copy) : m_copies{std::move(copy)} {}
    explicit InvoiceCopyDocument(QList<InvoiceCopy> copies) : m_copies(std::move(copies)) {}

    // Prints on any paged device (a QPrinter, a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // false with *error set when there is nothing to write or the file
    // cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Pages of the whole document as print() lays it out.
    int pageCount() const;

    // The first copy (the only one when printed from the claim).
    const InvoiceCopy &copy() const { return m_copies.first(); }
    const QList<InvoiceCopy> &copies() const { return m_copies; }

private:
    QList<InvoiceCopy> m_copies;
};

} // namespace rsk
