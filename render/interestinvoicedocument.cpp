#include "interestinvoicedocument.h"

#include "paged.h"
#include "paymentslip.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <vector>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterestInvoiceDocument)
};

// The A4 window-envelope form, as the invoice copies.
using namespace paged::windowform;
using paged::isoDate;
using paged::isSweden;
using paged::postalLine;
using Font = paged::MmFont;
using Pen = paged::MmPen;

constexpr qreal kFactsY = 24, kAddressY = 48, kBodyTop = 86;
constexpr qreal kInfoRight = 155;                    // shown, not summed
constexpr qreal kColDays = 64, kColRate = 80, kColBase = 114; // right edges, from kLeft
constexpr qreal kSlipTop = kBottom - PaymentSlipPainter::Height;

// The fonts and the slip on one device.
struct Style
{
    explicit Style(QPaintDevice *device)
        : k(device->logicalDpiX() / 25.4),
          sans(9, false, device, k),
          bold(9, true, device, k),
          label(7.5, false, device, k),
          address(10, false, device, k),
          senderName(11.5, true, device, k),
          heading(16, true, device, k),
          slip(device)
    {
    }
    qreal k;
    Font sans, bold, label, address, senderName, heading;
    PaymentSlipPainter slip;
};

struct Row
{
    qreal height = 0;
    bool keepWithNext = false;
    std::function<void(Pen &, qreal top)> paint; // empty: space
};

// One invoice laid out: its rows flow from the body's top over as many pages
// as they need; the slip stands at the foot of the last page.
class InvoiceLayout
{
public:
    InvoiceLayout(const InterestInvoice &invoice, const Style &style) : m_i(invoice), m_s(style)
    {
        buildRows();
        paginate();
    }
    int pages() const { return m_pages; }
    void paint(Pen &pen, int page) const;

private:
    void add(qreal height, std::function<void(Pen &, qreal)> paint, bool keep = false)
    {
        m_rows.push_back({height, keep, std::move(paint)});
    }
    void gap(qreal height) { m_rows.push_back({height, false, {}}); }
    void amountRow(const QString &label, const QString &amount, bool info, qreal indent = 0);
    void buildRows();
    void paginate();
    void paintHeader(Pen &pen) const;
    void paintContinuation(Pen &pen, int page) const;
    QStringList senderLines() const;
    QStringList debtorLines() const;
    static qreal contentTop(int page) { return page == 0 ? kBodyTop : kTop + 10; }

    const InterestInvoice &m_i;
    const Style &m_s;
    std::vector<Row> m_rows;
    std::vector<std::pair<int, qreal>> m_place; // page and top; page -1: dropped space
    int m_pages = 1;
};

void InvoiceLayout::amountRow(const QString &label, const QString &amount, bool info,
                              qreal indent)
{
    add(kPitch, [this, label, amount, info, indent](Pen &pen, qreal top) {
        const qreal base = m_s.sans.baseline(top, kPitch);
        pen.text(m_s.sans, kLeft + indent, base, label);
        pen.textRight(m_s.sans, info ? kInfoRight : kRight, base, amount);
    });
}

void InvoiceLayout::buildRows()
{
    add(kPitch, [this](Pen &pen, qreal top) {
        pen.text(m_s.bold, kLeft, m_s.bold.baseline(top, kPitch),
                 Tr::tr("Dröjsmålsränta på för sent betald faktura"));
    }, true);
    // The original invoice: number, dates, days late and amount.
    const qreal labelHeight = kPitch * 0.8;
    add(labelHeight + kPitch, [this, labelHeight](Pen &pen, qreal top) {
        const qreal w = kRight - kLeft;
        const QList<qreal> cols{0, w * 0.14, w * 0.28, w * 0.42};
        const QStringList labels{Tr::tr("Fakturanummer"), Tr::tr("Fakturadatum"),
                                 Tr::tr("Förfallodag"), Tr::tr("Slutbetald")};
        const QStringList values{m_i.originalInvoiceNumber, isoDate(m_i.originalInvoiceDate),
                                 isoDate(m_i.originalDueDate), isoDate(m_i.finalPaidDate)};
        const qreal labelBase = m_s.label.baseline(top, labelHeight);
        const qreal base = m_s.sans.baseline(top + labelHeight, kPitch);
        for (int c = 0; c < labels.size(); ++c) {
            pen.text(m_s.label, kLeft + cols.at(c), labelBase, labels.at(c));
            pen.text(m_s.sans, kLeft + cols.at(c), base, values.at(c));
        }
        const qreal days = kLeft + 110;
        pen.textRight(m_s.label, days, labelBase, Tr::tr("Dagar sent"));
        pen.textRight(m_s.sans, days, base, QString::number(m_i.daysLate));
        pen.textRight(m_s.label, kInfoRight, labelBase, Tr::tr("Belopp"));
        pen.textRight(m_s.sans, kInfoRight, base, m_i.originalAmount.toString());
    }, true);
    gap(kPitch * 0.6);

    // How the interest was computed: each period with its days, rate and base.
    add(kPitch, [this](Pen &pen, qreal top) {
        pen.text(m_s.bold, kLeft, m_s.bold.baseline(top, kPitch),
                 Tr::tr("Ränteberäkning enligt räntelagen"));
    }, true);
    const qreal indent = 4;
    for (const LetterInterestLine &p : m_i.periods) {
        add(kPitch, [this, p, indent](Pen &pen, qreal top) {
            const Font &s = m_s.sans;
            const qreal base = s.baseline(top, kPitch);
            pen.text(s, kLeft + indent, base,
                     Tr::tr("%1 – %2").arg(isoDate(p.from), isoDate(p.to)));
            pen.textRight(s, kLeft + kColDays, base, Tr::tr("%n dagar", nullptr, p.days));
            pen.textRight(s, kLeft + kColRate, base,
                          Tr::tr("%1 %").arg(formatRateHundredths(p.rateHundredths)));
            pen.textRight(s, kLeft + kColBase, base, Tr::tr("på %1").arg(p.base.toString()));
            pen.textRight(s, kInfoRight, base, Tr::tr("= %1").arg(p.interest.toString()));
        });
    }
    amountRow(
        Tr::tr("Dröjsmålsränta t.o.m. slutbetalningsdagen %1").arg(isoDate(m_i.finalPaidDate)),
        m_i.chargeableInterest.toString(), true);
    if (!m_i.debitedDeducted.isZero())
        amountRow(Tr::tr("Avgår dröjsmålsränta som redan debiterats"),
                  (-m_i.debitedDeducted).toString(), true);
    gap(kPitch * 0.6);

    // The invoice line, the total and the due date, kept together.
    amountRow(m_i.lineText, m_i.amount.toString(), false);
    m_rows.back().keepWithNext = true;
    gap(kPitch * 0.3);
    m_rows.back().keepWithNext = true;
    add(kPitch * 2.6, [this](Pen &pen, qreal top) {
        pen.line(kInfoRight + 4, top + 0.3, kRight, top + 0.3, 0.25);
        const qreal first = m_s.bold.baseline(top + 0.6, kPitch * 1.1);
        pen.text(m_s.bold, kLeft, first, Tr::tr("Att betala"));
        pen.textRight(m_s.bold, kRight, first, m_i.amount.toString());
        const qreal second = first + kPitch * 1.2;
        pen.text(m_s.bold, kLeft, second, Tr::tr("Förfallodag"));
        pen.textRight(m_s.bold, kRight, second, isoDate(m_i.dueDate));
    });

    // The run's message (7.13 "skrivs längst ner på fakturaspecifikationen").
    QStringList message = m_i.message;
    while (!message.isEmpty() && message.last().trimmed().isEmpty())
        message.removeLast();
    if (!message.isEmpty()) {
        gap(kPitch);
        for (int i = 0; i < message.size(); ++i) {
            const QString line = message.at(i);
            add(kPitch, [this, line](Pen &pen, qreal top) {
                pen.text(m_s.sans, kLeft, m_s.sans.baseline(top, kPitch), line);
            }, i + 1 < message.size());
        }
    }
}

void InvoiceLayout::paginate()
{
    int page = 0;
    qreal y = contentTop(0);
    m_place.assign(m_rows.size(), {-1, 0});
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const bool atTop = y <= contentTop(page) + 0.01;
        if (!row.paint && atTop)
            continue;
        qreal need = row.height;
        for (size_t j = i; m_rows[j].keepWithNext && j + 1 < m_rows.size(); ++j)
            need += m_rows[j + 1].height;
        if (y + need > kBottom && !atTop) {
            ++page;
            y = contentTop(page);
            if (!row.paint)
                continue;
        }
        m_place[i] = {page, y};
        y += row.height;
    }
    if (y + 3 > kSlipTop)
        ++page;
    m_pages = page + 1;
}

QStringList InvoiceLayout::senderLines() const
{
    const Company &c = m_i.sender;
    QStringList lines{c.name2, c.address, postalLine(c.postalCode, c.city)};
    if (!c.orgNr.isEmpty())
        lines << Tr::tr("Org.nr %1").arg(c.orgNr);
    if (!c.vatNumber.isEmpty())
        lines << Tr::tr("Momsreg.nr %1").arg(c.vatNumber);
    if (!c.phone.isEmpty())
        lines << Tr::tr("Telefon %1").arg(c.phone);
    if (!m_i.bankgiro.isEmpty())
        lines << Tr::tr("Bankgiro %1").arg(m_i.bankgiro);
    else if (!m_i.plusgiro.isEmpty())
        lines << Tr::tr("Plusgiro %1").arg(m_i.plusgiro);
    if (!m_i.handler.trimmed().isEmpty())
        lines << Tr::tr("Handläggare: %1").arg(m_i.handler.trimmed());
    lines.removeAll(QString());
    return lines;
}

QStringList InvoiceLayout::debtorLines() const
{
    QStringList lines{m_i.debtorName.trimmed(), m_i.debtorName2.trimmed()};
    // DOMAIN.md "People and trust": a protected identity's address is never printed.
    if (m_i.addressWithheld) {
        lines << Tr::tr("Adress skyddad – hanteras manuellt");
    } else {
        if (!m_i.co.trimmed().isEmpty())
            lines << Tr::tr("c/o %1").arg(m_i.co.trimmed());
        lines << m_i.address.trimmed() << postalLine(m_i.postalCode, m_i.city);
        if (!isSweden(m_i.country))
            lines << m_i.country.trimmed().toUpper();
    }
    lines.removeAll(QString());
    return lines;
}

void InvoiceLayout::paintHeader(Pen &pen) const
{
    pen.text(m_s.senderName, kLeft, kTop + m_s.senderName.ascent(), m_i.sender.name);
    qreal y = kTop + m_s.senderName.ascent() + m_s.senderName.descent() + 0.5;
    for (const QString &line : senderLines()) {
        pen.text(m_s.sans, kLeft, m_s.sans.baseline(y, kPitch), line);
        y += kPitch;
    }
    pen.text(m_s.heading, kAddressX, kTop + m_s.heading.ascent(), Tr::tr("RÄNTEFAKTURA"));
    const QList<QPair<QString, QString>> facts{{Tr::tr("Fakturadatum"), isoDate(m_i.invoiceDate)},
                                               {Tr::tr("Fakturanummer"), m_i.invoiceNumber},
                                               {Tr::tr("Kundnummer"), m_i.customerNumber},
                                               {Tr::tr("Förfallodag"), isoDate(m_i.dueDate)}};
    y = kFactsY;
    for (const auto &fact : facts) {
        const qreal base = m_s.sans.baseline(y, kPitch);
        pen.text(m_s.label, kAddressX, base, fact.first);
        pen.text(m_s.sans, kAddressX + 26, base, fact.second);
        y += kPitch;
    }
    if (m_pages > 1)
        pen.textRight(m_s.sans, kRight, m_s.sans.baseline(kFactsY, kPitch),
                      Tr::tr("Sida %1 (%2)").arg(1).arg(m_pages));
    y = kAddressY;
    const qreal pitch = kPitch + 0.4;
    for (const QString &line : debtorLines()) {
        pen.text(m_s.address, kAddressX, m_s.address.baseline(y, pitch), line);
        y += pitch;
    }
}

void InvoiceLayout::paintContinuation(Pen &pen, int page) const
{
    const qreal base = m_s.bold.baseline(kTop, kPitch);
    pen.text(m_s.bold, kLeft, base, m_i.sender.name);
    pen.textRight(m_s.sans, kRight, base,
                  QStringList{Tr::tr("RÄNTEFAKTURA"), Tr::tr("Faktura %1").arg(m_i.invoiceNumber),
                              Tr::tr("Sida %1 (%2)").arg(page + 1).arg(m_pages)}
                      .join(QLatin1String("   ")));
    pen.line(kLeft, kTop + kPitch + 1, kRight, kTop + kPitch + 1, 0.2);
}

void InvoiceLayout::paint(Pen &pen, int page) const
{
    if (page == 0)
        paintHeader(pen);
    else
        paintContinuation(pen, page);
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_place[i].first == page && m_rows[i].paint)
            m_rows[i].paint(pen, m_place[i].second);
    if (page == m_pages - 1) {
        PaymentSlip slip;
        slip.payee = m_i.sender.name;
        slip.bankgiro = m_i.bankgiro;
        slip.plusgiro = m_i.plusgiro;
        slip.ocr = m_i.ocr;
        slip.amount = m_i.amount;
        slip.payBy = m_i.dueDate;
        slip.payerName = m_i.debtorName;
        slip.payerName2 = m_i.debtorName2;
        slip.invoiceNumber = m_i.invoiceNumber;
        slip.customerNumber = m_i.customerNumber;
        m_s.slip.paint(pen.painter(), kLeft, kRight, kSlipTop, kWidth, slip);
    }
}

} // namespace

void InterestInvoiceDocument::print(QPagedPaintDevice *device) const
{
    if (m_invoices.isEmpty())
        return;
    paged::setPaper(device, paged::a4Portrait());
    const Style style(device);
    QPainter painter(device);
    bool first = true;
    for (const InterestInvoice &invoice : m_invoices) {
        const InvoiceLayout layout(invoice, style);
        for (int page = 0; page < layout.pages(); ++page) {
            if (!first)
                device->newPage();
            first = false;
            paged::toPaperOrigin(painter, device);
            Pen pen(&painter, style.k);
            layout.paint(pen, page);
        }
    }
}

bool InterestInvoiceDocument::writePdf(const QString &path, QString *error) const
{
    if (m_invoices.isEmpty()) {
        if (error)
            *error = Tr::tr("Inga räntefakturor att skriva ut till %1.").arg(path);
        return false;
    }
    return paged::writePdf(
        path, Tr::tr("Räntefakturor %1").arg(isoDate(m_invoices.first().invoiceDate)),
        [this](QPagedPaintDevice *device) { print(device); }, Tr::tr("Kan inte skriva %1: %2"),
        error);
}

int InterestInvoiceDocument::pageCount() const
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(paged::PdfResolution);
    const Style style(&writer);
    int pages = 0;
    for (const InterestInvoice &invoice : m_invoices)
        pages += InvoiceLayout(invoice, style).pages();
    return pages;
}

} // namespace rsk
