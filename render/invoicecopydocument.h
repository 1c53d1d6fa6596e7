#pragma once

#include "ledger/invoicecopy.h"

class QPagedPaintDevice;

namespace rsk {

// Fakturakopia (handbook 6.2) on A4 portrait: the sender, FAKTURA with
// KOPIA when asked for, the invoice's date (original or today), number,
// customer number, due date and OCR reference, the receiver's window
// address (c/o; none for a protected identity), "avser", the lines and the
// amount as issued, what has been paid and what is left to pay today, and
// the payment slip for what is left (render/paymentslip.h). Lines that do
// not fit go on over more pages. Drawn with QPainter like the letters.
class InvoiceCopyDocument
{
public:
    explicit InvoiceCopyDocument(InvoiceCopy copy) : m_copy(std::move(copy)) {}

    // Prints on any paged device (a QPrinter, a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // false with *error set when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    const InvoiceCopy &copy() const { return m_copy; }

private:
    InvoiceCopy m_copy;
};

} // namespace rsk
