#include "invoicecopydocument.h"

#include "paymentslip.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <memory>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCopyDocument)
};

constexpr int kPdfResolution = 300;

// A4 portrait in millimetres from the paper's top left; the address where a
// C5/E65 envelope's window shows it (as the interest invoices).
constexpr qreal kWidth = 210;
constexpr qreal kLeft = 20, kRight = 190, kTop = 15, kBottom = 289;
constexpr qreal kPitch = 4.4;
constexpr qreal kAddressX = 110, kFactsY = 30, kAddressY = 56, kBodyTop = 92;
constexpr qreal kSlipTop = kBottom - PaymentSlipPainter::Height;
constexpr qreal kRowsBottom = kSlipTop - 4;

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString postalLine(const QString &postalCode, const QString &city)
{
    return (postalCode.trimmed() + QLatin1String("  ") + city.trimmed()).trimmed();
}

struct Font
{
    Font(qreal pt, bool bold, QPaintDevice *device, qreal pxPerMm) : k(pxPerMm)
    {
        font = QFont(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(pt);
        font.setBold(bold);
        font.setStyleHint(QFont::SansSerif);
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setStyleStrategy(QFont::PreferNoShaping); // no "ﬁ" ligatures in the text
        metrics = std::make_unique<QFontMetricsF>(font, device);
    }
    qreal width(const QString &s) const { return metrics->horizontalAdvance(s) / k; }
    qreal ascent() const { return metrics->ascent() / k; }
    qreal baseline(qreal top) const
    {
        return top + (kPitch - ascent() - metrics->descent() / k) / 2 + ascent();
    }
    QFont font;
    std::unique_ptr<QFontMetricsF> metrics;
    qreal k;
};

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
    void text(const Font &f, qreal x, qreal top, const QString &s)
    {
        if (s.isEmpty())
            return;
        m_p->setFont(f.font);
        m_p->drawText(QPointF(x * m_k, f.baseline(top) * m_k), s);
    }
    void textRight(const Font &f, qreal right, qreal top, const QString &s)
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
    Font sans, bold, label, address, senderName, heading;
    PaymentSlipPainter slip;
};

// A row of the body: text on the left, an amount on the right.
struct Row
{
    QString text;
    QString amount;
    bool bold = false;
    bool ruleAbove = false;
};

QList<Row> bodyRows(const InvoiceCopy &c)
{
    QList<Row> rows;
    if (!c.description.trimmed().isEmpty())
        rows << Row{Tr::tr("Avser: %1").arg(c.description.trimmed()), QString()} << Row{};
    rows << Row{Tr::tr("Specifikation"), Tr::tr("Belopp"), true};
    bool first = true;
    for (const InvoiceLine &l : c.lines) {
        rows << Row{l.text, l.amount.toString(), false, first};
        first = false;
    }
    rows << Row{Tr::tr("Fakturabelopp"), c.amount.toString(), true, true};
    if (c.balance != c.amount) {
        // The copy shows the invoice as issued and what has happened since.
        rows << Row{Tr::tr("Inbetalt, krediterat och påfört till och med %1")
                        .arg(date(c.today)),
                    (c.balance - c.amount).toString()};
        rows << Row{Tr::tr("Att betala"), c.balance.toString(), true, true};
    }
    return rows;
}

// A page after the first: one line naming the invoice, and a rule.
void paintContinuation(Page &page, const InvoiceCopy &c, int pageNo, int pages)
{
    page.text(page.bold, kLeft, kTop, c.sender.name);
    QStringList right{Tr::tr("FAKTURA")};
    if (c.markCopy)
        right << Tr::tr("KOPIA");
    right << Tr::tr("Faktura %1").arg(c.invoiceNumber)
          << Tr::tr("Sida %1 (%2)").arg(pageNo + 1).arg(pages);
    page.textRight(page.sans, kRight, kTop, right.join(QLatin1String("   ")));
    page.line(kTop + kPitch + 1);
}

void paintHeader(Page &page, const InvoiceCopy &c, int pageNo, int pages)
{
    if (pageNo > 0) {
        paintContinuation(page, c, pageNo, pages);
        return;
    }
    page.text(page.senderName, kLeft, kTop, c.sender.name);
    QStringList lines{c.sender.name2, c.sender.address,
                      postalLine(c.sender.postalCode, c.sender.city)};
    if (!c.sender.orgNr.isEmpty())
        lines << Tr::tr("Org.nr %1").arg(c.sender.orgNr);
    if (!c.sender.phone.isEmpty())
        lines << Tr::tr("Telefon %1").arg(c.sender.phone);
    if (!c.sender.bankgiro.isEmpty())
        lines << Tr::tr("Bankgiro %1").arg(c.sender.bankgiro);
    else if (!c.sender.plusgiro.isEmpty())
        lines << Tr::tr("Plusgiro %1").arg(c.sender.plusgiro);
    if (!c.handler.trimmed().isEmpty())
        lines << Tr::tr("Handläggare: %1").arg(c.handler.trimmed());
    lines.removeAll(QString());
    qreal y = kTop + 6;
    for (const QString &line : lines) {
        page.text(page.sans, kLeft, y, line);
        y += kPitch;
    }
    page.text(page.heading, kAddressX, kTop, Tr::tr("FAKTURA"));
    if (c.markCopy) // handbook 6.2 "Kopia skrivs på fakturan"
        page.text(page.heading, kAddressX + page.heading.width(Tr::tr("FAKTURA")) + 6, kTop,
                  Tr::tr("KOPIA"));
    if (pages > 1)
        page.textRight(page.sans, kRight, kTop + 8,
                       Tr::tr("Sida %1 (%2)").arg(pageNo + 1).arg(pages));
    const QList<QPair<QString, QString>> facts{{Tr::tr("Fakturadatum"), date(c.invoiceDate)},
                                               {Tr::tr("Fakturanummer"), c.invoiceNumber},
                                               {Tr::tr("Kundnummer"), c.customerNumber},
                                               {Tr::tr("Förfallodag"), date(c.dueDate)},
                                               {Tr::tr("OCR-nummer"), c.ocr}};
    y = kFactsY;
    for (const auto &fact : facts) {
        page.text(page.label, kAddressX, y, fact.first);
        page.text(page.sans, kAddressX + 26, y, fact.second);
        y += kPitch;
    }
    QStringList address{c.debtorName.trimmed(), c.debtorName2.trimmed()};
    if (c.addressWithheld) {
        // DOMAIN.md "People and trust": a protected identity's address is never printed.
        address << Tr::tr("Adress skyddad – hanteras manuellt");
    } else {
        if (!c.co.trimmed().isEmpty())
            address << Tr::tr("c/o %1").arg(c.co.trimmed());
        address << c.address.trimmed() << postalLine(c.postalCode, c.city);
        const QString country = c.country.trimmed().toUpper();
        if (!country.isEmpty() && country != QLatin1String("SE"))
            address << country;
    }
    address.removeAll(QString());
    y = kAddressY;
    for (const QString &line : address) {
        page.text(page.address, kAddressX, y, line);
        y += kPitch + 0.4;
    }
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                       QPageLayout::Millimeter);
}

} // namespace

void InvoiceCopyDocument::print(QPagedPaintDevice *device) const
{
    if (!device->pageLayout().isEquivalentTo(a4()) && !device->setPageLayout(a4())) {
        device->setPageSize(QPageSize(QPageSize::A4));
        device->setPageOrientation(QPageLayout::Portrait);
    }
    const QList<Row> rows = bodyRows(m_copy);
    // Rows per page: the first page's body starts below the address.
    const int firstCapacity = int((kRowsBottom - kBodyTop) / kPitch);
    const int nextCapacity = int((kRowsBottom - (kTop + 14)) / kPitch);
    int pages = 1;
    for (int left = int(rows.size()) - firstCapacity; left > 0; left -= nextCapacity)
        ++pages;

    QPainter painter(device);
    Page page(&painter, device);
    const int dpi = int(device->logicalDpiX());
    int next = 0;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.resetTransform();
        painter.translate(-device->pageLayout().paintRectPixels(dpi).topLeft());
        paintHeader(page, m_copy, p, pages);
        qreal y = p == 0 ? kBodyTop : kTop + 14;
        const int capacity = p == 0 ? firstCapacity : nextCapacity;
        const int end = std::min(int(rows.size()), next + capacity);
        for (; next < end; ++next) {
            const Row &r = rows.at(next);
            if (r.ruleAbove)
                page.line(y);
            const Font &f = r.bold ? page.bold : page.sans;
            page.text(f, kLeft, y, r.text);
            page.textRight(f, kRight, y, r.amount);
            y += kPitch;
        }
        if (p == pages - 1) {
            PaymentSlip slip;
            slip.payee = m_copy.sender.name;
            slip.bankgiro = m_copy.sender.bankgiro;
            slip.plusgiro = m_copy.sender.plusgiro;
            slip.ocr = m_copy.ocr;
            slip.amount = m_copy.balance.isPositive() ? m_copy.balance : Money();
            slip.payBy = m_copy.dueDate;
            slip.payerName = m_copy.debtorName;
            slip.payerName2 = m_copy.debtorName2;
            slip.invoiceNumber = m_copy.invoiceNumber;
            slip.customerNumber = m_copy.customerNumber;
            slip.copy = m_copy.markCopy;
            page.slip.paint(page.painter(), kLeft, kRight, kSlipTop, kWidth, slip);
        }
    }
}

bool InvoiceCopyDocument::writePdf(const QString &path, QString *error) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Kan inte skriva %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Reskontra"));
    writer.setTitle(Tr::tr("Fakturakopia %1").arg(m_copy.invoiceNumber));
    print(&writer);
    return true;
}

} // namespace rsk
