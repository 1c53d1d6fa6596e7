#pragma once

#include "ledger/replacementinvoice.h"

class QPagedPaintDevice;

namespace rsk {

// Ersättningsfaktura (handbook 6.3) on the A4 invoice form
// (render/invoiceform.h): the sender, ERSÄTTNINGSFAKTURA, the date (the
// original or today's), number, customer number, the claim's current due
// date and OCR reference, the receiver's window address (c/o; none for a
// protected identity), "avser", the lines and the amount as issued, then
// each payment, credit or debit since with the text registered for it and
// its amount (only the amount when there is no text), what is left to pay,
// a line saying which invoice it replaces, and the payment slip for what is
// left to pay.
class ReplacementInvoiceDocument
{
public:
    explicit ReplacementInvoiceDocument(ReplacementInvoice invoice)
        : m_invoice(std::move(invoice))
    {
    }

    // Prints on any paged device (a QPrinter, a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // false with *error set when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    int pageCount() const;

    const ReplacementInvoice &invoice() const { return m_invoice; }

private:
    ReplacementInvoice m_invoice;
};

} // namespace rsk
