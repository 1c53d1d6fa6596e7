#pragma once

#include "bookkeeping/bookingrun.h"

#include <QString>

class QPagedPaintDevice;

namespace rsk::paged {
class CountingPdfWriter;
}

namespace rsk {

// The printed booking order (bokföringsorder, handbook 4.6: "Bokföringsordern
// är verifikatet som används vid inrapporteringen i redovisningen"): one A4
// portrait page (or more) per verification with company, verification number,
// date, user, the postings account/name/text/debit/credit and the totals.
// A kontrollista is headed as such, so it is never taken for the real order.
class BookingOrderDocument
{
public:
    explicit BookingOrderDocument(const BookingResult &result) : m_result(result) {}

    // The document as HTML for QTextDocument (also for a print preview).
    QString html() const;
    // Lays the HTML out on the device's pages (A4 portrait for a PDF).
    void print(QPagedPaintDevice *device) const;
    // Writes a PDF and returns its number of pages; throws LedgerError when
    // the file cannot be written. Needs a QGuiApplication (the CLI makes one
    // for --pdf).
    int writePdf(const QString &path) const;
    // The same PDF in memory (a saved print of one company's part of a run).
    QByteArray pdf(int *pages = nullptr) const;

private:
    QString verificationHtml(const Verification &v, bool firstPage) const;
    // A4 portrait, the margins and the title; prints; the pages written.
    int printPdf(paged::CountingPdfWriter &writer) const;
    BookingResult m_result;
};

} // namespace rsk
