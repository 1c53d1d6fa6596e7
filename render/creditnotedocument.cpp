#include "creditnotedocument.h"

#include "paged.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteDocument)
};

using paged::esc;
using paged::htmlLines;
using paged::isoDate;
using paged::postalLine;

const char kStyle[] = "body { font-family: 'DejaVu Sans'; font-size: 10pt; }"
                      "td { vertical-align: top; }"
                      "td.amount, th.amount { text-align: right; }"
                      "th { text-align: left; font-weight: bold; "
                      "border-bottom: 1px solid #000000; }"
                      "td.sum { font-weight: bold; border-top: 1px solid #000000; }"
                      "td.small { font-size: 8pt; }";

const paged::HtmlStyle kHtml{kStyle, 10};

} // namespace

QString CreditNoteDocument::senderBlock() const
{
    const Company &c = m_doc.sender;
    return QStringLiteral("<span style=\"font-size:13pt; font-weight:bold\">%1</span><br/>%2")
        .arg(esc(c.name), htmlLines({c.name2, c.address, postalLine(c.postalCode, c.city)}));
}

QString CreditNoteDocument::debtorBlock() const
{
    // DOMAIN.md "People and trust": a protected identity's address is never printed.
    QStringList lines{m_doc.debtorName, m_doc.debtorName2};
    if (!m_doc.addressWithheld) {
        if (!m_doc.co.trimmed().isEmpty())
            lines << Tr::tr("c/o %1").arg(m_doc.co.trimmed());
        lines << m_doc.address << postalLine(m_doc.postalCode, m_doc.city) << m_doc.country;
    }
    return htmlLines(lines);
}

QString CreditNoteDocument::factsBlock() const
{
    const QList<QPair<QString, QString>> facts{
        {Tr::tr("Datum"), isoDate(m_doc.date)},
        {Tr::tr("Avser faktura"), m_doc.invoiceNumber},
        {Tr::tr("Fakturadatum"), isoDate(m_doc.invoiceDate)},
        {Tr::tr("Kundnummer"), m_doc.customerNumber},
    };
    QString rows;
    for (const auto &f : facts) {
        if (f.second.isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(esc(f.first), esc(f.second));
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows);
}

QString CreditNoteDocument::linesTable() const
{
    QString rows = QStringLiteral("<tr><th width=\"62%\">%1</th><th width=\"18%\">%2</th>"
                                  "<th class=\"amount\" width=\"20%\">%3</th></tr>")
                       .arg(esc(Tr::tr("Text")), esc(Tr::tr("Konto")), esc(Tr::tr("Belopp")));
    for (const InvoiceLine &l : m_doc.lines) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"amount\">%3</td></tr>")
                    .arg(esc(l.text), esc(l.account), esc(l.amount.toString()));
    }
    const QString totalLabel = m_doc.kind == CreditDocumentKind::AnnulmentNotice
        ? Tr::tr("Summa annullerat")
        : Tr::tr("Summa kreditering");
    rows += QStringLiteral("<tr><td class=\"sum\" colspan=\"2\">%1</td>"
                           "<td class=\"sum amount\" align=\"right\">%2</td></tr>")
                .arg(esc(totalLabel), esc(m_doc.total.toString()));
    rows += QStringLiteral("<tr><td colspan=\"2\">%1</td><td class=\"amount\" "
                           "align=\"right\">%2</td></tr>")
                .arg(esc(m_doc.kind == CreditDocumentKind::AnnulmentNotice
                             ? Tr::tr("Fakturans saldo efter annulleringen")
                             : Tr::tr("Fakturans saldo efter krediteringen")),
                     esc(m_doc.newBalance.toString()));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(rows);
}

QString CreditNoteDocument::footer() const
{
    const Company &c = m_doc.sender;
    QStringList pay;
    if (!c.bankgiro.isEmpty())
        pay << Tr::tr("Bankgiro %1").arg(c.bankgiro);
    if (!c.plusgiro.isEmpty())
        pay << Tr::tr("Plusgiro %1").arg(c.plusgiro);
    QStringList ids;
    if (!c.orgNr.isEmpty())
        ids << Tr::tr("Org.nr %1").arg(c.orgNr);
    if (!c.vatNumber.isEmpty())
        ids << Tr::tr("Momsreg.nr %1").arg(c.vatNumber);
    const QString phone = c.phone.isEmpty() ? QString() : Tr::tr("Telefon %1").arg(c.phone);
    return QStringLiteral("<hr/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                          "<td class=\"small\" width=\"34%\">%1</td>"
                          "<td class=\"small\" width=\"22%\">%2</td>"
                          "<td class=\"small\" width=\"22%\">%3</td>"
                          "<td class=\"small\" width=\"22%\">%4</td></tr></table>")
        .arg(htmlLines({c.name, c.address, postalLine(c.postalCode, c.city)}), esc(phone),
             htmlLines(pay), htmlLines(ids));
}

QString CreditNoteDocument::bodyHtml() const
{
    const bool annulment = m_doc.kind == CreditDocumentKind::AnnulmentNotice;
    const QString intro = annulment
        ? Tr::tr("Faktura %1 är annullerad med beloppen nedan.").arg(m_doc.invoiceNumber)
        : Tr::tr("Vi krediterar faktura %1 med beloppen nedan.").arg(m_doc.invoiceNumber);
    QString body;
    // Sender left, heading and the claim's facts right (handbook 4.5: the
    // credit invoice or notice refers to the claim it credits).
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"55%\">%1</td><td width=\"45%\">"
                           "<span style=\"font-size:16pt; font-weight:bold\">%2</span><br/>%3"
                           "</td></tr></table>")
                .arg(senderBlock(), esc(m_doc.heading.toUpper()), factsBlock());
    // The debtor where a window envelope shows it (right half, below the sender).
    body += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"0\"><tr><td width=\"55%\"></td>"
                           "<td width=\"45%\">%1</td></tr></table><p>&nbsp;</p>")
                .arg(debtorBlock());
    body += QStringLiteral("<p>%1</p>").arg(esc(intro));
    body += linesTable();
    if (!m_doc.remark.trimmed().isEmpty())
        body += QStringLiteral("<p>%1: %2</p>").arg(esc(Tr::tr("Anmärkning")),
                                                     esc(m_doc.remark.trimmed()));
    if (!m_doc.handler.trimmed().isEmpty())
        body += QStringLiteral("<p>%1: %2</p>").arg(esc(Tr::tr("Handläggare")),
                                                     esc(m_doc.handler.trimmed()));
    return body;
}

QString CreditNoteDocument::html() const
{
    return kHtml.page(bodyHtml() + footer());
}

void CreditNoteDocument::print(QPagedPaintDevice *device) const
{
    // A4 portrait, 20 mm margins: the page the letters of DOMAIN.md use. The
    // company's details stand at the foot of every page, as on the
    // municipality's invoices; the body flows over the space above them.
    paged::printHtml(device, paged::a4Portrait(QMarginsF(20, 20, 20, 20)), kHtml, bodyHtml(),
                     [this](int, int) { return footer(); });
}

bool CreditNoteDocument::writePdf(const QString &path, QString *error) const
{
    return paged::writePdf(
        path, QStringLiteral("%1 %2").arg(m_doc.heading, m_doc.invoiceNumber),
        [this](QPagedPaintDevice *device) { print(device); }, Tr::tr("Kan inte skriva %1: %2"),
        error);
}

} // namespace rsk
