#include "purgereceiptdocument.h"

#include "ids/swedishid.h"
#include "paged.h"
#include "printarchive.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeReceiptDocument)
};

using paged::esc;
using paged::isoDate;

QString amount(Money m)
{
    return esc(m.toString()).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

// Person numbers as YYYYMMDD-NNNC, organisation numbers NNNNNN-NNNC; what
// does not parse is printed as stored.
QString idDisplay(const QString &id, const QDate &at)
{
    if (id.trimmed().isEmpty())
        return {};
    if (const auto parsed = SwedishId::parse(id, at))
        return parsed->display();
    return id;
}

constexpr int kColumns = 8;

const char kStyle[] = "body { font-family: 'DejaVu Sans'; font-size: 8pt; }"
                      "td { vertical-align: top; }"
                      "td.amount, th.amount { text-align: right; white-space: nowrap; }"
                      "td.nowrap { white-space: nowrap; }"
                      "th { text-align: left; font-weight: bold; "
                      "border-bottom: 1px solid #000000; }"
                      "td.claim { font-weight: bold; border-top: 1px solid #999999; }"
                      "td.sub { font-size: 7pt; }"
                      "td.sum { font-weight: bold; border-top: 1px solid #000000; }"
                      "td.small { font-size: 7pt; }"
                      "h1 { font-size: 12pt; margin-bottom: 2px; }"
                      "h2 { font-size: 10pt; margin-top: 10px; margin-bottom: 2px; }";

const paged::HtmlStyle kHtml{kStyle, 8};

struct Sum
{
    int claims = 0;
    int transactions = 0;
    Money amount;
    Money paid;

    void add(const PurgedClaim &c)
    {
        ++claims;
        transactions += int(c.transactions.size());
        amount += c.amount;
        paid += c.paid;
    }
};

QString sumRow(const QString &label, const Sum &s)
{
    return QStringLiteral("<tr><td class=\"sum\" colspan=\"6\">%1</td>"
                          "<td class=\"sum amount\" align=\"right\">%2</td>"
                          "<td class=\"sum amount\" align=\"right\">%3</td></tr>")
        .arg(esc(Tr::tr("%1: %2 fakturor, %3 transaktioner")
                     .arg(label)
                     .arg(s.claims)
                     .arg(s.transactions)),
             amount(s.amount), amount(s.paid));
}

} // namespace

QString PurgeReceiptDocument::title() const
{
    return m_result.dryRun ? Tr::tr("Rensning betalda fakturor – endast lista %1")
                                 .arg(isoDate(m_result.runDate))
                           : Tr::tr("Kvittenslista rensning betalda fakturor %1")
                                 .arg(isoDate(m_result.runDate));
}

QString PurgeReceiptDocument::claimRows(const PurgedClaim &c, const PurgeReceiptList &list) const
{
    QString rows = QStringLiteral("<tr><td class=\"claim nowrap\">%1</td><td class=\"claim\">%2</td>"
                                  "<td class=\"claim nowrap\">%3</td>"
                                  "<td class=\"claim nowrap\">%4</td>"
                                  "<td class=\"claim nowrap\">%5</td>"
                                  "<td class=\"claim nowrap\">%6</td>"
                                  "<td class=\"claim amount\" align=\"right\">%7</td>"
                                  "<td class=\"claim amount\" align=\"right\">%8</td></tr>")
                       .arg(esc(c.company + QLatin1Char('/') + c.invoiceNumber), esc(c.name),
                            esc(idDisplay(c.idNumber, m_result.runDate)),
                            isoDate(c.invoiceDate), isoDate(c.dueDate), isoDate(c.paidDate),
                            amount(c.amount), amount(c.paid));
    auto sub = [](const QString &text, const QString &money) {
        return QStringLiteral("<tr><td></td><td class=\"sub\" colspan=\"5\">%1</td>"
                              "<td class=\"sub amount\" align=\"right\" colspan=\"2\">%2</td></tr>")
            .arg(text, money);
    };
    if (list.invoiceLines)
        for (const InvoiceLine &l : c.lines) {
            QString text = l.text.trimmed().isEmpty()
                               ? Tr::tr("Rad %1").arg(l.lineNo)
                               : Tr::tr("Rad %1: %2").arg(l.lineNo).arg(l.text.trimmed());
            if (!l.account.isEmpty())
                text += QStringLiteral(", ") + Tr::tr("konto %1").arg(l.account);
            rows += sub(esc(text), amount(l.amount));
        }
    for (const Transaction &t : c.transactions) {
        QString text = QStringLiteral("%1 %2 %3")
                           .arg(isoDate(t.transactionDate), t.method,
                                m_result.methodTexts.value(t.method));
        if (!t.remark.trimmed().isEmpty())
            text += QStringLiteral(", ") + t.remark.trimmed();
        if (t.bookedDate.isValid())
            text += QStringLiteral(", ") + Tr::tr("bokförd %1").arg(isoDate(t.bookedDate));
        rows += sub(esc(text), amount(t.effect));
    }
    if (list.dunningDetails) {
        QStringList facts;
        const QList<QPair<QString, QDate>> dates{
            {Tr::tr("Påminnelse 1"), c.reminder1Date},
            {Tr::tr("Påminnelse 2"), c.reminder2Date},
            {Tr::tr("Inkassokrav"), c.collectionDate},
            {Tr::tr("Restkrav"), c.residualDate},
            {Tr::tr("Hot"), c.threatDate},
            {Tr::tr("Betalningsföreläggande"), c.paymentOrderDate},
            {Tr::tr("Amorteringsplan"), c.paymentPlanDate},
            {Tr::tr("Inkasso"), c.agencyTransferDate}};
        for (const auto &[label, d] : dates)
            if (d.isValid())
                facts << QStringLiteral("%1 %2").arg(label, isoDate(d));
        const QList<QPair<QString, Money>> fees{{Tr::tr("Påm.avgift"), c.reminderFee},
                                                {Tr::tr("Kravavgift"), c.collectionFee},
                                                {Tr::tr("Debiterad ränta"), c.interestDebited}};
        for (const auto &[label, m] : fees)
            if (!m.isZero())
                facts << QStringLiteral("%1 %2").arg(label, m.toString());
        if (c.dunningCode > 0)
            facts << Tr::tr("Kravkod %1").arg(c.dunningCode);
        if (!c.watchText.trimmed().isEmpty())
            facts << Tr::tr("Bevakning: %1").arg(c.watchText.trimmed());
        if (!c.interestInvoiceNumber.isEmpty())
            facts << Tr::tr("Räntefaktura %1").arg(c.interestInvoiceNumber);
        rows += sub(esc(facts.isEmpty() ? Tr::tr("Kravuppgifter: inga")
                                        : Tr::tr("Kravuppgifter: %1")
                                              .arg(facts.join(QStringLiteral(", ")))),
                    QString());
    }
    return rows;
}

QString PurgeReceiptDocument::listHtml(const PurgeReceiptList &list, bool first) const
{
    const PaidInvoicePurgeResult &r = m_result;
    QString body;
    const QString heading = r.dryRun ? Tr::tr("ENDAST LISTA – RENSNING BETALDA FAKTUROR")
                                     : Tr::tr("KVITTENSLISTA – RENSNING BETALDA FAKTUROR");
    body += QStringLiteral("<h1%1>%2</h1>")
                .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always\""),
                     esc(heading));
    QStringList detail{Tr::tr("Listversion: %1").arg(PurgeReceiptList::orderName(list.order))};
    if (list.invoiceLines)
        detail << Tr::tr("fakturarader");
    if (list.dunningDetails)
        detail << Tr::tr("kravuppgifter");
    QStringList lines{detail.join(QStringLiteral(", "))};
    lines << (r.dryRun ? Tr::tr("Utskriven %1 av %2. Ingenting är rensat.")
                       : Tr::tr("Rensad %1 av %2. Fakturorna, deras transaktioner och "
                                "tillhörande uppgifter är borttagna ur reskontran."))
                 .arg(isoDate(r.runDate), r.user);
    lines << r.selection.describe();
    QStringList escaped;
    for (const QString &l : std::as_const(lines))
        escaped << esc(l);
    body += QStringLiteral("<p>%1</p>").arg(escaped.join(QStringLiteral("<br/>")));

    QString rows = QStringLiteral("<thead><tr><th width=\"14%\">%1</th><th width=\"24%\">%2</th>"
                                  "<th width=\"13%\">%3</th><th width=\"9%\">%4</th>"
                                  "<th width=\"9%\">%5</th><th width=\"9%\">%6</th>"
                                  "<th class=\"amount\" width=\"11%\">%7</th>"
                                  "<th class=\"amount\" width=\"11%\">%8</th></tr></thead>")
                       .arg(esc(Tr::tr("Faktura")), esc(Tr::tr("Namn")),
                            esc(Tr::tr("Personnr")), esc(Tr::tr("Fakt.dag")),
                            esc(Tr::tr("Förf.dag")), esc(Tr::tr("Betald")),
                            esc(Tr::tr("Belopp")), esc(Tr::tr("Inbetalt")));
    const QList<PurgedClaim> claims = r.ordered(list.order);
    QMap<QString, Sum> perCompany;
    Sum total;
    for (const PurgedClaim &c : claims) {
        rows += claimRows(c, list);
        perCompany[c.company].add(c);
        total.add(c);
    }
    if (claims.isEmpty())
        rows += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                    .arg(kColumns)
                    .arg(esc(Tr::tr("Inga fakturor att rensa med detta urval.")));
    if (perCompany.size() > 1)
        for (auto it = perCompany.cbegin(); it != perCompany.cend(); ++it)
            rows += sumRow(Tr::tr("Summa företag %1 %2")
                               .arg(it.key(), r.companyNames.value(it.key()))
                               .trimmed(),
                           it.value());
    rows += sumRow(Tr::tr("Summa"), total);
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                .arg(rows);
    return body;
}

QString PurgeReceiptDocument::blockedHtml() const
{
    if (m_result.blocked.isEmpty())
        return {};
    QString rows = QStringLiteral("<tr><th width=\"14%\">%1</th><th width=\"24%\">%2</th>"
                                  "<th width=\"62%\">%3</th></tr>")
                       .arg(esc(Tr::tr("Faktura")), esc(Tr::tr("Namn")), esc(Tr::tr("Orsak")));
    for (const PurgeBlocked &b : m_result.blocked)
        rows += QStringLiteral("<tr><td class=\"nowrap\">%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(b.company + QLatin1Char('/') + b.invoiceNumber), esc(b.name),
                         esc(b.reason));
    return QStringLiteral("<h2>%1</h2><p>%2</p>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%3</table>")
        .arg(esc(Tr::tr("Fakturor som inte rensas")),
             esc(Tr::tr("Saldo noll och betalda före datumet, men de hör ihop med något som "
                        "inte är avslutat.")),
             rows);
}

QString PurgeReceiptDocument::bodyHtml() const
{
    QString body;
    bool first = true;
    for (const PurgeReceiptList &list : m_result.selection.lists) {
        body += listHtml(list, first);
        first = false;
    }
    return body + blockedHtml();
}

QString PurgeReceiptDocument::footer(int page, int pages) const
{
    return QStringLiteral("<hr/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>"
                          "<td class=\"small\" width=\"80%\">%1</td>"
                          "<td class=\"small\" width=\"20%\" align=\"right\">%2</td></tr></table>")
        .arg(esc(title()), esc(Tr::tr("Sida %1 (%2)").arg(page).arg(pages)));
}

QString PurgeReceiptDocument::html() const
{
    return kHtml.page(bodyHtml() + footer(1, 1));
}

void PurgeReceiptDocument::print(QPagedPaintDevice *device) const
{
    paged::printHtml(device, paged::a4Portrait(QMarginsF(15, 12, 15, 12)), kHtml, bodyHtml(),
                     [this](int page, int pages) { return footer(page, pages); });
}

PaidInvoicePurge::ReceiptWriter PurgeReceiptDocument::writerTo(const QString &path,
                                                               Database *archive)
{
    return [path, archive](const PaidInvoicePurgeResult &result) {
        // A receipt list is kept for the archive: never written over.
        if (QFileInfo::exists(path))
            throw LedgerError::refused(Tr::tr("Kvittenslistan kunde inte skrivas: filen %1 finns "
                                              "redan. Inget rensades.")
                                           .arg(path));
        QString error;
        int pages = 0;
        if (!PurgeReceiptDocument(result).writePdf(path, &error, &pages))
            throw LedgerError::refused(
                Tr::tr("Kvittenslistan kunde inte skrivas: %1. Inget rensades.").arg(error));
        if (archive && !result.dryRun)
            PrintArchive(*archive).purgeReceipt(result, path, pages);
    };
}

QByteArray PurgeReceiptDocument::pdf(int *pages) const
{
    return paged::pdfBytes(
        title(), [this](QPagedPaintDevice *device) { print(device); }, pages);
}

bool PurgeReceiptDocument::writePdf(const QString &path, QString *error, int *pages) const
{
    if (!paged::writePdf(
            path, title(), [this](QPagedPaintDevice *device) { print(device); },
            Tr::tr("Kan inte skriva %1: %2"), error, pages))
        return false;
    if (QFile(path).size() == 0) {
        if (error)
            *error = Tr::tr("Kan inte skriva %1: PDF-filen blev tom.").arg(path);
        return false;
    }
    return true;
}

} // namespace rsk
