#pragma once

#include "money/money.h"

#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace rsk {

// What the payment slip (inbetalning/girering avi) of a letter or an invoice
// shows: kravparametrar "Blankettyp" G2 (handbook 7.2), the slip with the
// OCR reference and the company's name printed.
struct PaymentSlip
{
    QString payee;          // the company's name
    QString bankgiro;       // printed when set, else the plusgiro
    QString plusgiro;
    QString ocr;
    Money amount;
    QDate payBy;
    QString payerName;
    QString payerName2;
    QString invoiceNumber;
    QString customerNumber;
    bool copy = false;      // "KOPIA" in the title row
};

// Draws the slip at the foot of a page, below a dashed cut line across the
// paper: payee and giro number, OCR reference, kronor and öre in boxes of
// their own, the pay-by date, the payer. Shared by the dunning letters and
// the interest invoices. The fonts are made once per device, so a run of
// 20 000 letters does not make them per page.
class PaymentSlipPainter
{
public:
    static constexpr qreal Height = 60; // mm from the cut line to the slip's foot

    explicit PaymentSlipPainter(QPaintDevice *device);

    // Paints in millimetres from the paper's top left (the painter's
    // coordinates are device pixels from there): the cut line at `top`
    // across `paperWidth`, the slip's boxes from `left` to `right`. Leaves
    // the painter's font and pen changed.
    void paint(QPainter *painter, qreal left, qreal right, qreal top, qreal paperWidth,
               const PaymentSlip &slip) const;

private:
    struct Font
    {
        Font(const QString &family, qreal pt, bool bold, QPaintDevice *device);
        QFont font;
        QFontMetricsF metrics;
    };

    qreal m_k; // device pixels per millimetre
    Font m_title, m_value, m_bold, m_ocr, m_label;
};

} // namespace rsk
