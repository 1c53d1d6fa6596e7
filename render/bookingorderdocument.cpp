#include "bookingorderdocument.h"

#include "paged.h"
#include "storage/ledgererror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookingOrderDocument)
};

using paged::esc;

// Amounts never wrap inside a cell ("1 234,50").
QString money(Money m)
{
    return m.isZero() ? QString() : esc(m.toString()).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

const char *kStyle =
    "<style>"
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; }"
    "h1 { font-size: 14pt; margin-bottom: 2pt; }"
    "p.sub { font-size: 9pt; margin-top: 0; }"
    "th { background-color: #e6e6e6; text-align: left; }"
    "td.num, th.num { text-align: right; white-space: nowrap; }"
    "td.total { font-weight: bold; border-top: 1px solid #000000; }"
    "p.note { font-size: 8pt; color: #444444; }"
    "</style>";

} // namespace

QString BookingOrderDocument::verificationHtml(const Verification &v, bool firstPage) const
{
    QString h;
    const QString title = m_result.dryRun ? Tr::tr("KONTROLLISTA BOKFÖRINGSORDER")
                                          : Tr::tr("BOKFÖRINGSORDER");
    h += firstPage ? QStringLiteral("<h1>") : QStringLiteral("<h1 style=\"page-break-before: always\">");
    h += esc(title) + QStringLiteral("</h1>");
    if (m_result.dryRun)
        h += QStringLiteral("<p class=\"sub\">")
             + esc(Tr::tr("Provkörning: ingenting är bokfört och verifikationsnumret är preliminärt."))
             + QStringLiteral("</p>");
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\">");
    auto row = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    row(Tr::tr("Företag"), v.company + QLatin1Char(' ') + v.companyName);
    if (!v.orgNr.isEmpty())
        row(Tr::tr("Organisationsnummer"), v.orgNr);
    row(Tr::tr("Verifikation"), v.series + QLatin1Char(' ') + QString::number(v.number));
    row(Tr::tr("Bokföringsdatum"), v.date.toString(Qt::ISODate));
    row(Tr::tr("Användare"), v.user);
    row(Tr::tr("Text"), v.text);
    row(Tr::tr("Antal händelser"), QString::number(v.transactionIds.size()));
    h += QStringLiteral("</table><p></p>");

    // Fixed column widths: the amounts keep their room however long a text is.
    // <thead>: a long order (a whole BgMax day) repeats the header on every page.
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"><thead><tr>");
    h += QStringLiteral("<th width=\"8%\">%1</th><th width=\"22%\">%2</th><th width=\"44%\">%3</th>"
                        "<th width=\"13%\" class=\"num\">%4</th>"
                        "<th width=\"13%\" class=\"num\">%5</th></tr></thead>")
             .arg(esc(Tr::tr("Konto")), esc(Tr::tr("Kontonamn")), esc(Tr::tr("Text")),
                  esc(Tr::tr("Debet")), esc(Tr::tr("Kredit")));
    for (const BookingPosting &p : v.postings)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td>"
                            "<td class=\"num\">%5</td></tr>")
                 .arg(esc(p.account), esc(p.accountName), esc(p.text), money(p.debit()),
                      money(p.credit()));
    h += QStringLiteral("<tr><td colspan=\"3\" class=\"total\">%1</td><td class=\"num total\">%2</td>"
                        "<td class=\"num total\">%3</td></tr></table>")
             .arg(esc(Tr::tr("Summa")), money(v.debitTotal()), money(v.creditTotal()));
    h += QStringLiteral("<p class=\"note\">%1</p>")
             .arg(esc(Tr::tr("Debet och kredit är lika: verifikationen balanserar.")));
    return h;
}

QString BookingOrderDocument::html() const
{
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(kStyle)
                + QStringLiteral("</head><body>");
    if (m_result.verifications.isEmpty())
        h += QStringLiteral("<h1>%1</h1><p>%2</p>")
                 .arg(esc(m_result.dryRun ? Tr::tr("KONTROLLISTA BOKFÖRINGSORDER")
                                          : Tr::tr("BOKFÖRINGSORDER")),
                      esc(Tr::tr("Det finns inga obokförda händelser t.o.m. %1.")
                              .arg(m_result.selection.date.toString(Qt::ISODate))));
    bool first = true;
    for (const Verification &v : m_result.verifications) {
        h += verificationHtml(v, first);
        first = false;
    }
    return h + QStringLiteral("</body></html>");
}

void BookingOrderDocument::print(QPagedPaintDevice *device) const
{
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    doc.setDefaultFont(font);
    doc.setHtml(html());
    // Unpaginated on purpose: QTextDocument::print then lays it out on the
    // device's pages with its 2 cm margins and numbers the pages.
    doc.print(device);
}

int BookingOrderDocument::printPdf(paged::CountingPdfWriter &writer) const
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    writer.setTitle(Tr::tr("Bokföringsorder"));
    writer.setCreator(QStringLiteral("Reskontra"));
    print(&writer);
    return writer.pages();
}

int BookingOrderDocument::writePdf(const QString &path) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw LedgerError::refused(
            Tr::tr("PDF-filen %1 kan inte skrivas: %2").arg(path, probe.errorString()));
    probe.close();
    paged::CountingPdfWriter writer(path);
    return printPdf(writer);
}

QByteArray BookingOrderDocument::pdf(int *pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        paged::CountingPdfWriter writer(&buffer);
        const int written = printPdf(writer);
        if (pages)
            *pages = written;
    }
    return buffer.data();
}

} // namespace rsk
