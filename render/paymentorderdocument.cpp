#include "paymentorderdocument.h"

#include "paged.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentOrderDocument)
};

using paged::esc;
using paged::isoDate;

QString amount(Money m)
{
    return m.isZero() ? QStringLiteral("–") : m.toString();
}

QString block(const QStringList &lines)
{
    const QString kept = paged::htmlLines(lines);
    return kept.isEmpty() ? QStringLiteral("–") : kept;
}

QString box(bool checked, const QString &text)
{
    return QStringLiteral("%1&nbsp;%2").arg(checked ? QStringLiteral("[X]") : QStringLiteral("[&nbsp;&nbsp;]"),
                                            esc(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

const char kStyle[] = "body { font-family: 'DejaVu Sans'; font-size: 9pt; }"
                      "h3 { font-size: 10pt; font-weight: bold; margin-top: 10px; "
                      "margin-bottom: 3px; }"
                      "td { vertical-align: top; }"
                      "td.amount, th.amount { text-align: right; }"
                      "th { text-align: left; font-weight: bold; }"
                      "td.sum { font-weight: bold; }"
                      "td.small { font-size: 8pt; }"
                      "td.gap, th.gap { padding-left: 10px; }";

const paged::HtmlStyle kHtml{kStyle, 9};

const qreal kMarginMm = 18;

} // namespace

QString PaymentOrderDocument::headerBlock() const
{
    const PaymentOrder &o = m_order;
    const QString right =
        o.id > 0 ? Tr::tr("Ansökan nr %1").arg(o.id)
                 : Tr::tr("UTKAST – inte registrerad");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"72%\"><span style=\"font-size:12pt; font-weight:bold\">"
                          "%1</span></td><td width=\"28%\" align=\"right\">%2<br/>%3</td>"
                          "</tr></table>")
        .arg(esc(Tr::tr("ANSÖKAN OM BETALNINGSFÖRELÄGGANDE")),
             esc(Tr::tr("Ansökningsdatum %1").arg(isoDate(o.application.applicationDate))),
             esc(right));
}

QString PaymentOrderDocument::partiesBlock() const
{
    const PaymentOrderApplicant &a = m_order.application.applicant;
    const PaymentOrderDebtor &d = m_order.debtor;
    QString applicant = block(a.applicant);
    if (!a.applicantOrgNr.isEmpty())
        applicant += QStringLiteral("<br/>") + esc(Tr::tr("Org.nr %1").arg(a.applicantOrgNr));
    QStringList debtor{d.name, d.name2};
    if (d.addressWithheld) {
        debtor << Tr::tr("Skyddad identitet – adressen lämnas inte ut");
    } else {
        if (!d.co.trimmed().isEmpty())
            debtor << Tr::tr("c/o %1").arg(d.co.trimmed());
        debtor << d.address << (d.postalCode.trimmed() + QLatin1String("  ") + d.city.trimmed())
               << d.countryName;
    }
    const QString cell = QStringLiteral("<td width=\"50%\"><b>%1</b><br/>%2</td>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                          "<tr>%1%2</tr><tr>%3%4</tr></table>")
        .arg(cell.arg(esc(Tr::tr("Till Kronofogden")), block(a.office)),
             cell.arg(esc(Tr::tr("Svarande (gäldenär)")),
                      esc(Tr::tr("Personnummer %1").arg(d.idDisplay)) + QStringLiteral("<br/>")
                          + block(debtor)),
             cell.arg(esc(Tr::tr("Sökande")), applicant),
             cell.arg(esc(Tr::tr("Ombud")), block(a.agent)));
}

QString PaymentOrderDocument::claimsTable() const
{
    const PaymentOrder &o = m_order;
    QString rows = QStringLiteral(
                       "<tr><th width=\"4%\">%1</th><th width=\"18%\">%2</th>"
                       "<th width=\"13%\">%3</th><th class=\"amount\" width=\"14%\">%4</th>"
                       "<th class=\"gap\" width=\"13%\">%5</th><th class=\"gap\" width=\"21%\">%6</th>"
                       "<th class=\"amount\" width=\"17%\">%7</th></tr>")
                       .arg(esc(Tr::tr("Nr")), esc(Tr::tr("Företag/faktura")),
                            esc(Tr::tr("Förfallodag")), esc(Tr::tr("Kapital")),
                            esc(Tr::tr("Ränta från")), esc(Tr::tr("Räntesats")),
                            esc(Tr::tr("Upplupen ränta")));
    for (const PaymentOrderClaim &c : o.claims) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2/%3</td><td>%4</td>"
                               "<td class=\"amount\">%5</td><td class=\"gap\">%6</td><td class=\"gap\">%7</td>"
                               "<td class=\"amount\">%8</td></tr>")
                    .arg(c.row)
                    .arg(esc(c.company), esc(c.invoiceNumber), isoDate(c.dueDate),
                         esc(c.capital.toString()),
                         c.interestFrom.isValid() ? isoDate(c.interestFrom) : QStringLiteral("–"),
                         c.interestFrom.isValid() ? esc(c.rateText) : QStringLiteral("–"),
                         esc(amount(c.interest)));
        QString basis = esc(Tr::tr("Grund: %1").arg(c.basis()));
        if (!c.interestFrom.isValid() && !c.interestNote.isEmpty())
            basis += QStringLiteral("<br/>") + esc(c.interestNote);
        rows += QStringLiteral("<tr><td></td><td class=\"small\" colspan=\"6\">%1</td></tr>")
                    .arg(basis);
    }
    rows += QStringLiteral("<tr><td class=\"sum\" colspan=\"3\">%1</td>"
                           "<td class=\"sum amount\">%2</td><td></td><td></td>"
                           "<td class=\"sum amount\">%3</td></tr>")
                .arg(esc(Tr::tr("Summa")), esc(o.capitalTotal().toString()),
                     esc(o.interestTotal().toString()));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                          "border=\"0\">%1</table>")
        .arg(rows);
}

QString PaymentOrderDocument::costsTable() const
{
    const PaymentOrderCosts &k = m_order.application.costs;
    const auto group = [&k](bool collection, const QString &title, Money sum) {
        QString rows = QStringLiteral("<tr><th colspan=\"2\">%1</th></tr>").arg(esc(title));
        for (const PaymentOrderCostLine &l : k.lines())
            if (l.collection == collection)
                rows += QStringLiteral("<tr><td>%1</td><td class=\"amount\">%2</td></tr>")
                            .arg(esc(l.label), esc(amount(l.amount)));
        rows += QStringLiteral("<tr><td class=\"sum\">%1</td><td class=\"sum amount\">%2</td></tr>")
                    .arg(esc(Tr::tr("Summa")), esc(sum.toString()));
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
            .arg(rows);
    };
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"48%\">%1</td><td width=\"4%\"></td><td width=\"48%\">%2</td>"
                          "</tr></table>")
        .arg(group(false, Tr::tr("Yrkade kostnader i målet"), k.caseTotal()),
             group(true, Tr::tr("Yrkade inkassokostnader"), k.collectionTotal()));
}

QString PaymentOrderDocument::totalsTable() const
{
    const PaymentOrder &o = m_order;
    const PaymentOrderCosts &k = o.application.costs;
    const QList<QPair<QString, Money>> lines{
        {Tr::tr("Kapital"), o.capitalTotal()},
        {Tr::tr("Upplupen ränta t.o.m. %1").arg(isoDate(o.application.applicationDate)),
         o.interestTotal()},
        {Tr::tr("Kostnader i målet"), k.caseTotal()},
        {Tr::tr("Inkassokostnader"), k.collectionTotal()},
    };
    QString rows;
    for (const auto &l : lines)
        rows += QStringLiteral("<tr><td>%1</td><td class=\"amount\">%2</td></tr>")
                    .arg(esc(l.first), esc(l.second.toString()));
    rows += QStringLiteral("<tr><td class=\"sum\">%1</td><td class=\"sum amount\">%2</td></tr>")
                .arg(esc(Tr::tr("Summa per ansökningsdagen")), esc(o.total().toString()));
    return QStringLiteral("<table width=\"60%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
        .arg(rows);
}

QString PaymentOrderDocument::choicesBlock() const
{
    const PaymentOrderApplicant &a = m_order.application.applicant;
    using E = PaymentOrderEnforcement;
    const QString br = QStringLiteral("<br/>");
    const QString help =
        heading(Tr::tr("Handräckning/panträtt"))
        + box(a.assistance, Tr::tr("Ansökan avser även handräckning enligt bilaga")) + br
        + box(a.pledge, Tr::tr("Ansökan avser fastställande till betalning ur pant enligt "
                               "bifogat fortsättningsblad"));
    const QString enforcement =
        heading(Tr::tr("Verkställighet")) + box(a.enforcement == E::Limited, Tr::tr("Utmätning (begränsad)"))
        + br + box(a.enforcement == E::Full, Tr::tr("Utmätning (fullständig)")) + br
        + box(a.enforcement == E::NotRequested, Tr::tr("Begär inte verkställighet")) + br
        + box(a.realEstate, Tr::tr("Begär utmätning av fast egendom"));
    QString fee;
    if (!a.applicationFee.isPositive())
        fee = Tr::tr("Ingen ansökningsavgift anges.");
    else if (a.feeEnclosed)
        fee = Tr::tr("Ansökningsavgiften %1 kr bifogas.").arg(a.applicationFee.toString());
    else
        fee = Tr::tr("Ansökningsavgiften %1 kr betalas till Kronofogdens plusgirokonto %2.")
                  .arg(a.applicationFee.toString(), a.feePlusgiro);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"52%\">%1</td><td width=\"48%\">%2</td></tr></table>")
               .arg(help, enforcement)
           + heading(Tr::tr("Ansökningsavgift")) + esc(fee);
}

QString PaymentOrderDocument::html() const
{
    const PaymentOrder &o = m_order;
    QString body = headerBlock();
    body += partiesBlock();
    body += heading(Tr::tr("Fordringar"));
    body += claimsTable();
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Ränta: %1. Räntan yrkas från angiven dag till dess betalning sker.")
                             .arg(o.interestText())));
    body += heading(Tr::tr("Kostnader"));
    body += costsTable();
    if (!o.overrides.isEmpty())
        body += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(esc(Tr::tr("Särskilda skäl för kostnader över normalbeloppen: %1")
                                 .arg(o.application.costs.overrideReason)));
    body += heading(Tr::tr("Sammanställning"));
    body += totalsTable();
    if (!o.application.specialInformation.isEmpty()) {
        body += heading(Tr::tr("Särskilda upplysningar"));
        body += esc(o.application.specialInformation);
    }
    body += choicesBlock();
    // One row, so that a page break never parts the labels from their lines.
    const QString line = QStringLiteral("<br/><br/>______________________");
    body += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"
                           "<tr><td width=\"34%\">%1%4</td><td width=\"33%\">%2%4</td>"
                           "<td width=\"33%\">%3%4</td></tr></table>")
                .arg(esc(Tr::tr("Ort och datum")), esc(Tr::tr("Underskrift")),
                     esc(Tr::tr("Namnförtydligande")), line);
    return kHtml.page(body);
}

void PaymentOrderDocument::print(QPagedPaintDevice *device) const
{
    device->setPageLayout(
        paged::a4Portrait(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm)));
    const QFont font(QStringLiteral("DejaVu Sans"), 8);
    const qreal footHeight = QFontMetricsF(font, device).height() * 2;
    const std::unique_ptr<QTextDocument> doc = kHtml.layOut(html(), device);
    const PaymentOrder &o = m_order;
    paged::printPages(device, *doc, footHeight,
                      [&](QPainter &painter, const QRectF &foot, int page, int pages) {
                          painter.setFont(font);
                          painter.drawText(
                              foot, Qt::AlignLeft | Qt::AlignBottom,
                              Tr::tr("Ansökan om betalningsföreläggande – %1 %2 – sida %3 av %4")
                                  .arg(o.debtor.idDisplay, o.debtor.name)
                                  .arg(page)
                                  .arg(pages));
                      });
}

bool PaymentOrderDocument::writePdf(const QString &path, QString *error) const
{
    return paged::writePdf(
        path, Tr::tr("Ansökan om betalningsföreläggande %1").arg(m_order.debtor.idDisplay),
        [this](QPagedPaintDevice *device) { print(device); }, Tr::tr("Kan inte skriva %1: %2"),
        error);
}

} // namespace rsk
