#include "paymentslip.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentSlip)
};

QString sans()
{
    return QStringLiteral("DejaVu Sans");
}

QString mono()
{
    return QStringLiteral("DejaVu Sans Mono");
}

} // namespace

PaymentSlipPainter::Font::Font(const QString &family, qreal pt, bool bold, QPaintDevice *device)
    : font(family), metrics(font, device)
{
    font.setPointSizeF(pt);
    font.setBold(bold);
    font.setStyleHint(family == mono() ? QFont::TypeWriter : QFont::SansSerif);
    // Widths as the PDF draws them, so right-aligned amounts line up; no
    // ligatures, so the PDF's text searches as typed.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    metrics = QFontMetricsF(font, device);
}

PaymentSlipPainter::PaymentSlipPainter(QPaintDevice *device)
    : m_k(device->logicalDpiX() / 25.4),
      m_title(sans(), 10, true, device),
      m_value(sans(), 10, false, device),
      m_bold(sans(), 10.5, true, device),
      m_ocr(mono(), 11, true, device),
      m_label(sans(), 6.5, false, device)
{
}

void PaymentSlipPainter::paint(QPainter *p, qreal left, qreal right, qreal top, qreal paperWidth,
                               const PaymentSlip &slip) const
{
    const qreal k = m_k;
    auto text = [&](const Font &f, qreal x, qreal baseline, const QString &s) {
        if (s.isEmpty())
            return;
        p->setFont(f.font);
        p->drawText(QPointF(x * k, baseline * k), s);
    };
    auto textRight = [&](const Font &f, qreal r, qreal baseline, const QString &s) {
        text(f, r - f.metrics.horizontalAdvance(s) / k, baseline, s);
    };
    auto box = [&](qreal x, qreal y, qreal w, qreal h, const QString &label) {
        p->setPen(QPen(Qt::black, 0.2 * k));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(x * k, y * k, w * k, h * k));
        text(m_label, x + 1.2, y + 0.8 + m_label.metrics.ascent() / k, label);
    };
    const qreal w = right - left;

    // The cut line across the paper.
    text(m_label, left, top - 1, Tr::tr("✂ Avskiljes vid betalning"));
    p->setPen(QPen(Qt::black, 0.25 * k, Qt::DashLine, Qt::FlatCap));
    p->drawLine(QPointF(4 * k, top * k), QPointF((paperWidth - 4) * k, top * k));

    // Title row.
    const qreal titleBase = top + 4 + m_title.metrics.ascent() / k;
    const bool bankgiro = !slip.bankgiro.isEmpty() || slip.plusgiro.isEmpty();
    text(m_title, left, titleBase, Tr::tr("INBETALNING/GIRERING AVI"));
    if (slip.copy)
        text(m_title, left + w * 0.5, titleBase, Tr::tr("KOPIA"));
    textRight(m_title, right, titleBase, bankgiro ? Tr::tr("Bankgiro") : Tr::tr("Plusgiro"));

    // Payee and account.
    qreal y = top + 11;
    const qreal wide = w * 0.62;
    box(left, y, wide, 12, Tr::tr("Betalningsmottagare"));
    text(m_value, left + 1.2, y + 9, slip.payee);
    box(left + wide, y, w - wide, 12,
        bankgiro ? Tr::tr("Bankgironummer") : Tr::tr("Plusgironummer"));
    text(m_bold, left + wide + 1.2, y + 9, bankgiro ? slip.bankgiro : slip.plusgiro);

    // Reference, amount in kronor and öre, date.
    y += 12;
    const QString amount = slip.amount.toString();
    const int comma = amount.lastIndexOf(QLatin1Char(','));
    const qreal ocrW = w * 0.40, kronorW = w * 0.22, oreW = w * 0.08;
    box(left, y, ocrW, 12, Tr::tr("OCR-nummer"));
    text(m_ocr, left + 1.2, y + 9.3, slip.ocr);
    qreal x = left + ocrW;
    box(x, y, kronorW, 12, Tr::tr("Kronor"));
    textRight(m_bold, x + kronorW - 1.5, y + 9, amount.left(comma));
    x += kronorW;
    box(x, y, oreW, 12, Tr::tr("Öre"));
    text(m_bold, x + 1.5, y + 9, amount.mid(comma + 1));
    x += oreW;
    box(x, y, right - x, 12, Tr::tr("Betala senast"));
    text(m_bold, x + 1.2, y + 9, slip.payBy.isValid() ? slip.payBy.toString(Qt::ISODate) : QString());

    // Payer.
    y += 12;
    box(left, y, wide, 14, Tr::tr("Inbetalare"));
    text(m_value, left + 1.2, y + 7.5, slip.payerName.trimmed());
    text(m_value, left + 1.2, y + 11.8, slip.payerName2.trimmed());
    box(left + wide, y, w - wide, 14, Tr::tr("Fakturanummer / kundnummer"));
    text(m_value, left + wide + 1.2, y + 7.5, slip.invoiceNumber);
    text(m_value, left + wide + 1.2, y + 11.8, slip.customerNumber);
    text(m_label, left, y + 14 + 4,
         Tr::tr("Ange alltid OCR-numret när du betalar, så hamnar betalningen rätt."));
}

} // namespace rsk
