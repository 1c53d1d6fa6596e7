#pragma once

#include "dunning/interestinvoicing.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace rsk {

// The interest invoices of a run (handbook 7.13: "På räntefakturan visas
// ursprungsfakturans belopp samt datum för räntefakturering, antal
// räntelagar och räntebeloppets storlek"), one after another in one
// document on A4 portrait: the sender, the debtor's window address (c/o;
// none for a protected identity), the invoice's number, date, due date and
// customer number; the original invoice (number, date, due date, final-paid
// date, days late, amount); the interest per rate period with days, rate and
// base; the interest already debited deducted; the invoice line, the total
// and the due date; the run's message; and the payment slip with bankgiro
// and OCR reference at the foot of the last page. An invoice whose
// computation does not fit its page goes on over more pages.
//
// Drawn with QPainter (as the dunning letters), so a run of thousands
// renders quickly; the slip is render/paymentslip.h.
class InterestInvoiceDocument
{
public:
    explicit InterestInvoiceDocument(QList<InterestInvoice> invoices)
        : m_invoices(std::move(invoices))
    {
    }

    // Prints every invoice on any paged device (a QPrinter, a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // One PDF with every invoice; false with *error set when there is
    // nothing to write or the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Pages of the whole document as print() lays it out.
    int pageCount() const;

    const QList<InterestInvoice> &invoices() const { return m_invoices; }

private:
    QList<InterestInvoice> m_invoices;
};

} // namespace rsk
