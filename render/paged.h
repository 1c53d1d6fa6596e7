#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QMarginsF>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QDate;
class QPageLayout;
class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

// What the printed documents of render/ share, so that each of them says only
// what stands on its pages. They come in two kinds:
// - HTML documents (credit notes, payment plans, payment orders, purge receipt
//   lists): QTextDocument lays the body out over A4 pages and a footer stands
//   at the foot of each page (HtmlStyle, printHtml, printPages);
// - letters and invoice forms (dunning and threat letters, interest invoices,
//   invoice copies, replacement invoices), drawn on the paper in millimetres
//   (setPaper, toPaperOrigin, MmFont, MmPen).
// Both kinds write their PDFs through writePdf().
namespace rsk::paged {

// Every PDF render/ writes, and the page counts worked out for one.
constexpr int PdfResolution = 300;

// The A4 window-envelope form of the invoice copies (render/invoiceform.h)
// and the interest invoices, in millimetres from the paper's top left: the
// content from kLeft to kRight and from kTop, nothing below kBottom; the
// heading, the facts and the receiver's address stand at kAddressX, the
// address where a C5/E65 envelope's window shows it.
namespace windowform {
constexpr qreal kWidth = 210;
constexpr qreal kLeft = 20, kRight = 190, kTop = 15, kBottom = 289;
constexpr qreal kPitch = 4.4; // a line of text
constexpr qreal kAddressX = 110;
} // namespace windowform

// ---- Text

// HTML-escaped.
QString esc(const QString &text);
// YYYY-MM-DD; empty for no date.
QString isoDate(const QDate &d);
// "123 45  Småstad" (two spaces, as on an envelope).
QString postalLine(const QString &postalCode, const QString &city);
// The lines of an address block, trimmed and escaped, blank ones left out,
// with <br/> between them.
QString htmlLines(const QStringList &lines);
// No country, or Sweden: an address in Sweden needs no country line.
bool isSweden(const QString &country);

// ---- Pages and PDF files

// A4 portrait with margins in millimetres; none: the paper's own coordinates.
QPageLayout a4Portrait(const QMarginsF &marginsMm = {});

// Sets `layout` unless the device has it already; a printer that refuses
// margins of zero gets at least the paper's size and orientation.
void setPaper(QPagedPaintDevice *device, const QPageLayout &layout);

// Puts the painter's origin at the paper's top left, whatever margins the
// device keeps (for drawing on the paper in millimetres).
void toPaperOrigin(QPainter &painter, QPagedPaintDevice *device);

// Writes a PDF at PdfResolution, made by "Reskontra" and titled `title`, that
// `print` draws. QPdfWriter does not say when it cannot write, so the file is
// opened here first: false with *error set to cannotWrite.arg(path, reason)
// when it cannot. `cannotWrite` is the caller's "Kan inte skriva %1: %2", so
// that the words keep the caller's translation.
// `pages`, when given, gets the number of pages written (a saved print,
// core/reports/savedprints.h, records it).
bool writePdf(const QString &path, const QString &title,
              const std::function<void(QPagedPaintDevice *)> &print, const QString &cannotWrite,
              QString *error, int *pages = nullptr);

// The same PDF as writePdf would write, in memory.
QByteArray pdfBytes(const QString &title, const std::function<void(QPagedPaintDevice *)> &print,
                    int *pages = nullptr);

// A QPdfWriter that counts its pages: whoever prints on it (QTextDocument::
// print, printPages) starts each page after the first with newPage(), which
// is virtual. The count of the PDF as written, not worked out again.
class CountingPdfWriter : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;
    bool newPage() override
    {
        const bool made = QPdfWriter::newPage();
        if (made)
            ++m_pages;
        return made;
    }
    int pages() const { return m_pages; }

private:
    int m_pages = 1;
};

// ---- HTML documents

// The look of an HTML document: its style sheet, and the size of its default
// font (DejaVu Sans: installed, with å, ä and ö).
struct HtmlStyle
{
    const char *css;
    int pointSize;

    // `body` as a whole HTML page with the style sheet.
    QString page(const QString &body) const;
    // A whole page laid out in `device`'s own units (painting needs no
    // scaling), without a document margin.
    std::unique_ptr<QTextDocument> layOut(const QString &html, QPaintDevice *device) const;
};

// Paints the footer of page `page` (from 1) of `pages` in `foot` (device units).
using FooterPainter =
    std::function<void(QPainter &painter, const QRectF &foot, int page, int pages)>;

// Prints `body`, laid out on `device` (whose page layout is set), page by page:
// the body flows over the page less `footHeight` at its foot, where `footer`
// paints on each page.
void printPages(QPagedPaintDevice *device, QTextDocument &body, qreal footHeight,
                const FooterPainter &footer);

// Prints an HTML document on `layout`: `bodyHtml` flows over the pages, and
// footerHtml(page, pages), as wide as the page, stands at the foot of each. The
// footer's height must not depend on the page number: it is measured on
// footerHtml(1, 1). Both are wrapped in `style` (HtmlStyle::page).
using FooterHtml = std::function<QString(int page, int pages)>;
void printHtml(QPagedPaintDevice *device, const QPageLayout &layout, const HtmlStyle &style,
               const QString &bodyHtml, const FooterHtml &footerHtml);

// ---- Drawing on the paper in millimetres

// A font with its metrics on the target device, measured in millimetres.
struct MmFont
{
    MmFont(const QString &family, qreal pt, bool bold, QPaintDevice *device, qreal pxPerMm)
        : font(make(family, pt, bold)), metrics(font, device), k(pxPerMm)
    {
    }
    // DejaVu Sans.
    MmFont(qreal pt, bool bold, QPaintDevice *device, qreal pxPerMm);
    static QFont make(const QString &family, qreal pt, bool bold);

    qreal width(const QString &s) const { return metrics.horizontalAdvance(s) / k; }
    qreal ascent() const { return metrics.ascent() / k; }
    qreal descent() const { return metrics.descent() / k; }
    // The baseline that centres the text in a line of `height` from `top`.
    qreal baseline(qreal top, qreal height) const
    {
        return top + (height - ascent() - descent()) / 2 + ascent();
    }

    QFont font;
    QFontMetricsF metrics;
    qreal k; // device pixels per millimetre
};

// Draws on the painter in millimetres from the paper's top left
// (toPaperOrigin); one per page.
class MmPen
{
public:
    MmPen(QPainter *painter, qreal pxPerMm) : m_p(painter), m_k(pxPerMm) {}

    // For helpers that draw on their own (the payment slip); they change the font.
    QPainter *painter()
    {
        m_font = nullptr;
        return m_p;
    }

    void text(const MmFont &f, qreal x, qreal baseline, const QString &s)
    {
        if (s.isEmpty())
            return;
        if (m_font != &f) {
            m_p->setFont(f.font);
            m_font = &f;
        }
        m_p->drawText(QPointF(x * m_k, baseline * m_k), s);
    }
    void textRight(const MmFont &f, qreal right, qreal baseline, const QString &s)
    {
        text(f, right - f.width(s), baseline, s);
    }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal width = 0.2,
              Qt::PenStyle style = Qt::SolidLine)
    {
        m_p->setPen(QPen(Qt::black, width * m_k, style, Qt::FlatCap));
        m_p->drawLine(QPointF(x1 * m_k, y1 * m_k), QPointF(x2 * m_k, y2 * m_k));
    }
    void rect(qreal x, qreal y, qreal w, qreal h, qreal width = 0.2)
    {
        m_p->setPen(QPen(Qt::black, width * m_k));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawRect(QRectF(x * m_k, y * m_k, w * m_k, h * m_k));
    }

private:
    QPainter *m_p;
    qreal m_k;
    const MmFont *m_font = nullptr;
};

} // namespace rsk::paged
