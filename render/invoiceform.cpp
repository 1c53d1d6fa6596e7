#include "invoiceform.h"

#include "paged.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace rsk {

namespace {

// The form's words were first the invoice copy's (InvoiceCopyDocument), and
// keep that translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCopyDocument)
};

// The A4 window-envelope form, as the interest invoices.
using namespace paged::windowform;
using paged::isoDate;
using paged::MmFont;
using paged::postalLine;

constexpr qreal kFactsY = 30, kAddressY = 56, kBodyTop = 92;
constexpr qreal kSlipTop = kBottom - PaymentSlipPainter::Height;
constexpr qreal kRowsBottom = kSlipTop - 4;
constexpr qreal kNextBodyTop = kTop + 14;
const int kFirstCapacity = int((kRowsBottom - kBodyTop) / kPitch);
const int kNextCapacity = int((kRowsBottom - kNextBodyTop) / kPitch);

class Page
{
public:
    explicit Page(QPainter *painter, QPaintDevice *device)
        : m_p(painter),
          m_k(device->logicalDpiX() / 25.4),
          sans(9, false, device, m_k),
          bold(9, true, device, m_k),
          label(7.5, false, device, m_k),
          address(10, false, device, m_k),
          senderName(11.5, true, device, m_k),
          heading(16, true, device, m_k),
          slip(device)
    {
    }
    // Text in a line of kPitch from `top`.
    void text(const MmFont &f, qreal x, qreal top, const QString &s)
    {
        if (s.isEmpty())
            return;
        m_p->setFont(f.font);
        m_p->drawText(QPointF(x * m_k, f.baseline(top, kPitch) * m_k), s);
    }
    void textRight(const MmFont &f, qreal right, qreal top, const QString &s)
    {
        text(f, right - f.width(s), top, s);
    }
    void line(qreal y)
    {
        m_p->setPen(QPen(Qt::black, 0.2 * m_k));
        m_p->drawLine(QPointF(kLeft * m_k, y * m_k), QPointF(kRight * m_k, y * m_k));
    }
    QPainter *painter() const { return m_p; }

private:
    QPainter *m_p;
    qreal m_k;

public:
    MmFont sans, bold, label, address, senderName, heading;
    PaymentSlipPainter slip;
};

// A page after the first: one line naming the invoice, and a rule.
void paintContinuation(Page &page, const InvoiceForm &f, int pageNo, int pages)
{
    page.text(page.bold, kLeft, kTop, f.sender.name);
    QStringList right{f.title};
    if (!f.mark.isEmpty())
        right << f.mark;
    right << Tr::tr("Faktura %1").arg(f.invoiceNumber)
          << Tr::tr("Sida %1 (%2)").arg(pageNo + 1).arg(pages);
    page.textRight(page.sans, kRight, kTop, right.join(QLatin1String("   ")));
    page.line(kTop + kPitch + 1);
}

void paintHeader(Page &page, const InvoiceForm &f, int pageNo, int pages)
{
    if (pageNo > 0) {
        paintContinuation(page, f, pageNo, pages);
        return;
    }
    page.text(page.senderName, kLeft, kTop, f.sender.name);
    QStringList lines{f.sender.name2, f.sender.address,
                      postalLine(f.sender.postalCode, f.sender.city)};
    if (!f.sender.orgNr.isEmpty())
        lines << Tr::tr("Org.nr %1").arg(f.sender.orgNr);
    if (!f.sender.phone.isEmpty())
        lines << Tr::tr("Telefon %1").arg(f.sender.phone);
    if (!f.sender.bankgiro.isEmpty())
        lines << Tr::tr("Bankgiro %1").arg(f.sender.bankgiro);
    else if (!f.sender.plusgiro.isEmpty())
        lines << Tr::tr("Plusgiro %1").arg(f.sender.plusgiro);
    if (!f.handler.trimmed().isEmpty())
        lines << Tr::tr("Handläggare: %1").arg(f.handler.trimmed());
    lines.removeAll(QString());
    qreal y = kTop + 6;
    for (const QString &line : lines) {
        page.text(page.sans, kLeft, y, line);
        y += kPitch;
    }
    page.text(page.heading, kAddressX, kTop, f.title);
    if (!f.mark.isEmpty())
        page.text(page.heading, kAddressX + page.heading.width(f.title) + 6, kTop, f.mark);
    if (pages > 1)
        page.textRight(page.sans, kRight, kTop + 8,
                       Tr::tr("Sida %1 (%2)").arg(pageNo + 1).arg(pages));
    const QList<QPair<QString, QString>> facts{{Tr::tr("Fakturadatum"), isoDate(f.invoiceDate)},
                                               {Tr::tr("Fakturanummer"), f.invoiceNumber},
                                               {Tr::tr("Kundnummer"), f.customerNumber},
                                               {Tr::tr("Förfallodag"), isoDate(f.dueDate)},
                                               {Tr::tr("OCR-nummer"), f.ocr}};
    y = kFactsY;
    for (const auto &fact : facts) {
        page.text(page.label, kAddressX, y, fact.first);
        page.text(page.sans, kAddressX + 26, y, fact.second);
        y += kPitch;
    }
    QStringList address{f.debtorName.trimmed(), f.debtorName2.trimmed()};
    if (f.addressWithheld) {
        // DOMAIN.md "People and trust": a protected identity's address is never printed.
        address << Tr::tr("Adress skyddad – hanteras manuellt");
    } else {
        if (!f.co.trimmed().isEmpty())
            address << Tr::tr("c/o %1").arg(f.co.trimmed());
        address << f.address.trimmed() << postalLine(f.postalCode, f.city);
        // The same rule as the letters: no country line for a Swedish address.
        if (!paged::isSweden(f.country))
            address << f.country.trimmed().toUpper();
    }
    address.removeAll(QString());
    y = kAddressY;
    for (const QString &line : address) {
        page.text(page.address, kAddressX, y, line);
        y += kPitch + 0.4;
    }
}

} // namespace

int InvoiceFormPrinter::pageCount(const InvoiceForm &form)
{
    int pages = 1;
    for (int left = int(form.rows.size()) - kFirstCapacity; left > 0; left -= kNextCapacity)
        ++pages;
    return pages;
}

void InvoiceFormPrinter::print(QPagedPaintDevice *device, const QList<InvoiceForm> &forms)
{
    paged::setPaper(device, paged::a4Portrait());
    QPainter painter(device);
    Page page(&painter, device);
    bool firstPage = true;
    for (const InvoiceForm &form : forms) {
        const int pages = pageCount(form);
        int next = 0;
        for (int p = 0; p < pages; ++p) {
            if (!firstPage)
                device->newPage();
            firstPage = false;
            paged::toPaperOrigin(painter, device);
            paintHeader(page, form, p, pages);
            qreal y = p == 0 ? kBodyTop : kNextBodyTop;
            const int capacity = p == 0 ? kFirstCapacity : kNextCapacity;
            const int end = std::min(int(form.rows.size()), next + capacity);
            for (; next < end; ++next) {
                const InvoiceFormRow &r = form.rows.at(next);
                if (r.ruleAbove)
                    page.line(y);
                const MmFont &f = r.bold ? page.bold : page.sans;
                page.text(f, kLeft, y, r.text);
                page.textRight(f, kRight, y, r.amount);
                y += kPitch;
            }
            if (p == pages - 1)
                page.slip.paint(page.painter(), kLeft, kRight, kSlipTop, kWidth, form.slip);
        }
    }
}

bool InvoiceFormPrinter::writePdf(const QString &path, const QString &title,
                                  const QList<InvoiceForm> &forms, QString *error)
{
    return paged::writePdf(
        path, title, [&forms](QPagedPaintDevice *device) { print(device, forms); },
        Tr::tr("Kan inte skriva %1: %2"), error);
}

} // namespace rsk
