#include "reportprint.h"

#include "paged.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrint)
};

using paged::esc;

} // namespace

ReportPrint::ReportPrint(const QDate &printedOn) : m_printedOn(printedOn) {}

ReportPrint::~ReportPrint() = default;

QString ReportPrint::cellText(const QVariant &value, ReportColumn::Kind kind)
{
    QString text = reportCellText(value, kind);
    if (kind == ReportColumn::Kind::Money)
        text.replace(QLatin1Char(' '), QChar(0x00A0)); // never break an amount
    return text;
}

void ReportPrint::begin(const ReportLayout &layout)
{
    m_layout = layout;
    m_firstNumeric = -1;
    for (int i = 0; i < layout.columns.size() && m_firstNumeric < 0; ++i)
        if (layout.columns.at(i).isNumeric())
            m_firstNumeric = i;
    m_html.clear();
    m_html += QStringLiteral("<html><body>");
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                             "<td><b><big>%1</big></b></td><td align=\"right\">%2</td></tr>"
                             "</table>")
                  .arg(esc(layout.title),
                       m_printedOn.isValid()
                           ? esc(Tr::tr("Utskriven %1").arg(m_printedOn.toString(Qt::ISODate)))
                           : QString());
    if (!layout.selection.isEmpty()) {
        QStringList lines;
        for (const QString &s : layout.selection)
            lines << esc(s);
        m_html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    m_html += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                             "cellpadding=\"4\"><thead><tr>");
    for (const ReportColumn &c : layout.columns)
        m_html
            += QStringLiteral("<th align=\"%1\" style=\"border-bottom: 1px solid black\">%2</th>")
                   .arg(c.isNumeric() ? QStringLiteral("right") : QStringLiteral("left"),
                        esc(c.title));
    m_html += QStringLiteral("</tr></thead><tbody>");
}

void ReportPrint::addRow(const ReportRow &row)
{
    const QList<ReportColumn> &columns = m_layout.columns;
    if (!row.isSum()) {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < columns.size(); ++i) {
            const ReportColumn &c = columns.at(i);
            m_html += c.isNumeric() ? QStringLiteral("<td align=\"right\">")
                                    : QStringLiteral("<td>");
            m_html += esc(cellText(row.cells.value(i), c.kind));
            m_html += QStringLiteral("</td>");
        }
        m_html += QStringLiteral("</tr>");
        return;
    }
    // A sum row: its label over the columns before the first sum, then the
    // sums; a blank line after a date's or the whole list's sum.
    const int span = m_firstNumeric > 0 ? m_firstNumeric : 1;
    m_html += QStringLiteral("<tr><td colspan=\"%1\"><b>%2</b></td>").arg(span).arg(esc(row.label));
    for (int i = span; i < columns.size(); ++i) {
        const ReportColumn &c = columns.at(i);
        if (c.isNumeric())
            m_html += QStringLiteral("<td align=\"right\" style=\"border-top: 1px solid black\">"
                                     "<b>%1</b></td>")
                          .arg(esc(cellText(row.cells.value(i), c.kind)));
        else
            m_html += QStringLiteral("<td></td>");
    }
    m_html += QStringLiteral("</tr>");
    if (row.type == ReportRow::Type::Total || row.level >= 2)
        m_html += QStringLiteral("<tr><td colspan=\"%1\">&nbsp;</td></tr>").arg(columns.size());
}

void ReportPrint::finish()
{
    m_html += QStringLiteral("</tbody></table></body></html>");
}

std::unique_ptr<QTextDocument> ReportPrint::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    // Dense lists (UI.md "Look"); DejaVu is installed and has å/ä/ö.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(m_html);
    return doc;
}

void ReportPrint::print(QPrinter *printer) const
{
    // No page size on the document: QTextDocument::print() then paginates
    // for the printer and puts the page number at the foot of every page.
    document()->print(printer);
}

void ReportPrint::writePdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    printer.setDocName(m_layout.title);
    print(&printer);
    if (!QFile::exists(path))
        throw LedgerError::refused(Tr::tr("Kunde inte skriva PDF-filen %1.").arg(path));
}

} // namespace rsk
