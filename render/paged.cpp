#include "paged.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace rsk::paged {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString postalLine(const QString &postalCode, const QString &city)
{
    return (postalCode.trimmed() + QLatin1String("  ") + city.trimmed()).trimmed();
}

QString htmlLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &l : lines)
        if (!l.trimmed().isEmpty())
            kept << esc(l.trimmed());
    return kept.join(QLatin1String("<br/>"));
}

bool isSweden(const QString &country)
{
    const QString c = country.trimmed().toUpper();
    return c.isEmpty() || c == QLatin1String("SE") || c == QLatin1String("SVERIGE")
        || c == QLatin1String("SWEDEN");
}

QPageLayout a4Portrait(const QMarginsF &marginsMm)
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm,
                       QPageLayout::Millimeter);
}

void setPaper(QPagedPaintDevice *device, const QPageLayout &layout)
{
    if (device->pageLayout().isEquivalentTo(layout))
        return;
    if (!device->setPageLayout(layout)) {
        device->setPageSize(layout.pageSize());
        device->setPageOrientation(layout.orientation());
    }
}

void toPaperOrigin(QPainter &painter, QPagedPaintDevice *device)
{
    painter.resetTransform();
    painter.translate(
        -device->pageLayout().paintRectPixels(int(device->logicalDpiX())).topLeft());
}

namespace {

void printOn(CountingPdfWriter &writer, const QString &title,
             const std::function<void(QPagedPaintDevice *)> &print, int *pages)
{
    writer.setResolution(PdfResolution);
    writer.setCreator(QStringLiteral("Reskontra"));
    writer.setTitle(title);
    print(&writer);
    if (pages)
        *pages = writer.pages();
}

} // namespace

bool writePdf(const QString &path, const QString &title,
              const std::function<void(QPagedPaintDevice *)> &print, const QString &cannotWrite,
              QString *error, int *pages)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite.arg(path, probe.errorString());
        return false;
    }
    probe.close();
    CountingPdfWriter writer(path);
    printOn(writer, title, print, pages);
    return true;
}

QByteArray pdfBytes(const QString &title, const std::function<void(QPagedPaintDevice *)> &print,
                    int *pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // The PDF is complete when the writer is gone.
        CountingPdfWriter writer(&buffer);
        printOn(writer, title, print, pages);
    }
    return buffer.data();
}

QString HtmlStyle::page(const QString &body) const
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>%1</style></head>"
                          "<body>%2</body></html>")
        .arg(QLatin1String(css), body);
}

std::unique_ptr<QTextDocument> HtmlStyle::layOut(const QString &html, QPaintDevice *device) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), pointSize));
    doc->documentLayout()->setPaintDevice(device);
    doc->setHtml(html);
    doc->setDocumentMargin(0);
    return doc;
}

void printPages(QPagedPaintDevice *device, QTextDocument &body, qreal footHeight,
                const FooterPainter &footer)
{
    const QSizeF page = device->pageLayout().paintRectPixels(device->logicalDpiX()).size();
    const QSizeF bodyPage(page.width(), page.height() - footHeight);
    body.setPageSize(bodyPage);
    const int pages = body.pageCount();

    QPainter painter(device);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -i * bodyPage.height());
        body.drawContents(&painter, QRectF(QPointF(0, i * bodyPage.height()), bodyPage));
        painter.restore();
        footer(painter, QRectF(0, bodyPage.height(), page.width(), footHeight), i + 1, pages);
    }
}

void printHtml(QPagedPaintDevice *device, const QPageLayout &layout, const HtmlStyle &style,
               const QString &bodyHtml, const FooterHtml &footerHtml)
{
    device->setPageLayout(layout);
    const qreal width = device->pageLayout().paintRectPixels(device->logicalDpiX()).width();
    const auto footAt = [&](int page, int pages) {
        std::unique_ptr<QTextDocument> foot =
            style.layOut(style.page(footerHtml(page, pages)), device);
        foot->setTextWidth(width);
        return foot;
    };
    const qreal footHeight = footAt(1, 1)->size().height();
    const std::unique_ptr<QTextDocument> body = style.layOut(style.page(bodyHtml), device);
    printPages(device, *body, footHeight,
               [&](QPainter &painter, const QRectF &rect, int page, int pages) {
                   const std::unique_ptr<QTextDocument> foot = footAt(page, pages);
                   painter.save();
                   painter.translate(rect.topLeft());
                   foot->drawContents(&painter);
                   painter.restore();
               });
}

MmFont::MmFont(qreal pt, bool bold, QPaintDevice *device, qreal pxPerMm)
    : MmFont(QStringLiteral("DejaVu Sans"), pt, bold, device, pxPerMm)
{
}

QFont MmFont::make(const QString &family, qreal pt, bool bold)
{
    QFont f(family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setStyleHint(family.endsWith(QLatin1String("Mono")) ? QFont::TypeWriter : QFont::SansSerif);
    // Widths as the PDF draws them, so right-aligned amounts line up.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures ("fi" stays two letters, so the PDF's text searches as
    // typed) and no shaping work: faster for a run of 20 000 letters.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace rsk::paged
