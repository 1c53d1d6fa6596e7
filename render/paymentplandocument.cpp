#include "paymentplandocument.h"

#include "ids/giro.h"
#include "ids/swedishid.h"
#include "paged.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlanDocument)
};

using paged::esc;
using paged::htmlLines;
using paged::isoDate;
using paged::postalLine;

QString amount(Money m)
{
    return esc(m.toString());
}

QString kronor(Money m)
{
    return Money::fromKronor(m.ore() / 100).toString().chopped(3); // "1 234"
}

// Person numbers as YYYYMMDD-NNNC, organisation numbers NNNNNN-NNNC; what
// does not parse is printed as stored.
QString idDisplay(const QString &id, const QDate &at)
{
    if (const auto parsed = SwedishId::parse(id, at))
        return parsed->display();
    return id;
}

QStringList giroLines(const PaymentPlanCreditor &c)
{
    QStringList out;
    if (!c.bankgiro.isEmpty()) {
        const auto bg = Bankgiro::parse(c.bankgiro);
        out << Tr::tr("Bankgiro %1").arg(bg ? bg->display() : c.bankgiro);
    }
    if (!c.plusgiro.isEmpty()) {
        const auto pg = Plusgiro::parse(c.plusgiro);
        out << Tr::tr("Plusgiro %1").arg(pg ? pg->display() : c.plusgiro);
    }
    return out;
}

const char kStyle[] = "body { font-family: 'DejaVu Sans'; font-size: 9pt; }"
                      "td { vertical-align: top; }"
                      "td.amount, th.amount { text-align: right; white-space: nowrap; }"
                      "td.nowrap { white-space: nowrap; }"
                      "th { text-align: left; font-weight: bold; "
                      "border-bottom: 1px solid #000000; }"
                      "td.sum { font-weight: bold; border-top: 1px solid #000000; }"
                      "td.label { font-size: 7pt; }"
                      "td.small { font-size: 7pt; }"
                      "h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }";

const paged::HtmlStyle kHtml{kStyle, 9};

} // namespace

QString PaymentPlanDocument::title() const
{
    return m_plan.id > 0 ? Tr::tr("Amorteringsplan %1").arg(m_plan.id) : Tr::tr("Amorteringsplan");
}

QString PaymentPlanDocument::partiesBlock() const
{
    const PaymentPlanCreditor &c = m_plan.creditor;
    const PaymentPlanDebtor &d = m_plan.debtor;
    QStringList creditor{c.name, c.address, postalLine(c.postalCode, c.city)};
    creditor << Tr::tr("Org.nr %1").arg(idDisplay(c.orgNr, m_plan.planDate));
    if (!c.phone.trimmed().isEmpty())
        creditor << Tr::tr("Telefon %1").arg(c.phone);
    creditor << giroLines(c);
    QStringList debtor{d.name, Tr::tr("Personnr %1").arg(idDisplay(d.idNumber, m_plan.planDate))};
    if (!d.name2.trimmed().isEmpty()) {
        debtor << d.name2;
        if (!d.idNumber2.trimmed().isEmpty())
            debtor << Tr::tr("Personnr %1").arg(idDisplay(d.idNumber2, m_plan.planDate));
    }
    // DOMAIN.md "People and trust": a protected identity's address is never printed.
    if (!d.addressWithheld) {
        if (!d.co.trimmed().isEmpty())
            debtor << Tr::tr("c/o %1").arg(d.co.trimmed());
        debtor << d.address << postalLine(d.postalCode, d.city);
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                          "<td width=\"50%\"><b>%1</b><br/>%2</td>"
                          "<td width=\"50%\"><b>%3</b><br/>%4</td></tr></table>")
        .arg(esc(Tr::tr("Borgenär")), htmlLines(creditor), esc(Tr::tr("Gäldenär")),
             htmlLines(debtor));
}

QString PaymentPlanDocument::claimsTable() const
{
    QString rows = QStringLiteral("<tr><th width=\"29%\">%1</th><th width=\"12%\">%2</th>"
                                  "<th class=\"amount\" width=\"12%\">%3</th>"
                                  "<th class=\"amount\" width=\"10%\">%4</th>"
                                  "<th class=\"amount\" width=\"11%\">%5</th>"
                                  "<th class=\"amount\" width=\"13%\">%6</th>"
                                  "<th class=\"amount\" width=\"13%\">%7</th></tr>")
                       .arg(esc(Tr::tr("Fordran")), esc(Tr::tr("Förf.dag")), esc(Tr::tr("Kapital")),
                            esc(Tr::tr("Påm.avg")), esc(Tr::tr("Avgifter")), esc(Tr::tr("Ränta")),
                            esc(Tr::tr("Summa")));
    for (const PaymentPlanClaimLine &l : m_plan.claims) {
        QString what =
            l.isLedgerClaim() ? Tr::tr("Faktura %1/%2").arg(l.company, l.invoiceNumber) : l.text;
        if (l.isLedgerClaim() && !l.text.trimmed().isEmpty())
            what += QStringLiteral(" ") + l.text.trimmed();
        QString interest = amount(l.interest);
        if (l.interestGiven)
            interest += QStringLiteral("*");
        rows += QStringLiteral("<tr><td>%1</td><td class=\"nowrap\">%2</td>"
                               "<td class=\"amount\">%3</td>"
                               "<td class=\"amount\">%4</td><td class=\"amount\">%5</td>"
                               "<td class=\"amount\">%6</td><td class=\"amount\">%7</td></tr>")
                    .arg(esc(what), isoDate(l.dueDate), amount(l.capital), amount(l.reminderFee),
                         amount(l.collectionFee + l.otherFee), interest, amount(l.total()));
    }
    Money reminder;
    Money otherFees;
    for (const PaymentPlanClaimLine &l : m_plan.claims) {
        reminder += l.reminderFee;
        otherFees += l.collectionFee + l.otherFee;
    }
    rows +=
        QStringLiteral("<tr><td class=\"sum\" colspan=\"2\">%1</td>"
                       "<td class=\"sum amount\" align=\"right\">%2</td>"
                       "<td class=\"sum amount\" align=\"right\">%3</td>"
                       "<td class=\"sum amount\" align=\"right\">%4</td>"
                       "<td class=\"sum amount\" align=\"right\">%5</td>"
                       "<td class=\"sum amount\" align=\"right\">%6</td></tr>")
            .arg(esc(Tr::tr("Total skuld")), amount(m_plan.capital()), amount(reminder),
                 amount(otherFees), amount(m_plan.accruedInterest()), amount(m_plan.totalDebt()));
    QString notes = esc(Tr::tr("Ränta beräknad t.o.m. %1. Avgifter = kravavgift och övriga "
                               "avgifter.")
                            .arg(isoDate(m_plan.planDate)));
    for (const PaymentPlanClaimLine &l : m_plan.claims)
        if (l.interestGiven) {
            notes += QLatin1Char(' ') + esc(Tr::tr("* Angiven ränta."));
            break;
        }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>"
                          "<p class=\"small\">%2</p>")
        .arg(rows, notes);
}

QString PaymentPlanDocument::termsBlock() const
{
    const PaymentPlanTerms &t = m_plan.terms;
    QString monthly = Tr::tr("%1 kr").arg(kronor(t.monthly));
    if (t.months > 0)
        monthly = Tr::tr("%1 kr i %2 månader, därefter %3 kr")
                      .arg(kronor(t.monthly))
                      .arg(t.months)
                      .arg(kronor(t.then));
    const QString interest = t.noInterest
                                 ? Tr::tr("Ingen ränta tas ut.")
                                 : Tr::tr("Dröjsmålsränta på kvarstående kapital mellan "
                                          "betalningsdagarna: referensräntan + %1 procentenheter.")
                                       .arg(formatRateHundredths(m_plan.marginHundredths));
    const QList<QPair<QString, QString>> facts{
        {Tr::tr("Första betalningsdag"), isoDate(t.firstDate)},
        {Tr::tr("Betalningsdag"), t.lastOfMonth
                                      ? Tr::tr("den sista i varje månad")
                                      : Tr::tr("den %1 i varje månad").arg(t.firstDate.day())},
        {Tr::tr("Månadsbelopp"), monthly},
        {Tr::tr("Aviseringsavgift"), Tr::tr("%1 kr per delbetalning").arg(kronor(t.noticeFee))},
        {Tr::tr("Ränta"), interest},
        {Tr::tr("Antal delbetalningar"), QString::number(m_plan.instalments.size())},
    };
    QString rows;
    for (const auto &f : facts)
        rows += QStringLiteral("<tr><td class=\"nowrap\">%1&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(esc(f.first), esc(f.second));
    const QList<QPair<QString, Money>> sums{
        {Tr::tr("Total skuld"), m_plan.totalDebt()},
        {Tr::tr("Ny ränta under planen"), m_plan.newInterest()},
        {Tr::tr("Aviseringsavgifter"), m_plan.noticeFees()},
        {Tr::tr("Att betala totalt"), m_plan.totalToPay()},
        {Tr::tr("varav ränta"), m_plan.totalInterest()},
    };
    QString sumRows;
    for (const auto &s : sums)
        sumRows +=
            QStringLiteral("<tr><td>%1</td><td class=\"amount\" align=\"right\">%2</td></tr>")
                .arg(esc(s.first), amount(s.second));
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
               "<td width=\"62%\"><table cellspacing=\"0\" cellpadding=\"1\">%1</table></td>"
               "<td width=\"38%\"><table width=\"100%\" cellspacing=\"0\" "
               "cellpadding=\"1\">%2</table></td></tr></table>")
        .arg(rows, sumRows);
}

QString PaymentPlanDocument::scheduleTable() const
{
    QString rows = QStringLiteral("<thead><tr><th class=\"amount\" width=\"5%\">%1</th>"
                                  "<th width=\"13%\">%2</th>"
                                  "<th class=\"amount\" width=\"13%\">%3</th>"
                                  "<th class=\"amount\" width=\"11%\">%4</th>"
                                  "<th class=\"amount\" width=\"11%\">%5</th>"
                                  "<th class=\"amount\" width=\"13%\">%6</th>"
                                  "<th class=\"amount\" width=\"13%\">%7</th>"
                                  "<th class=\"amount\" width=\"16%\">%8</th></tr></thead>")
                       .arg(esc(Tr::tr("Nr")), esc(Tr::tr("Datum")), esc(Tr::tr("Belopp")),
                            esc(Tr::tr("Avgifter")), esc(Tr::tr("Ränta")), esc(Tr::tr("Kapital")),
                            esc(Tr::tr("Avisering")), esc(Tr::tr("Kvar")));
    for (const PaymentPlanInstalment &i : m_plan.instalments)
        rows += QStringLiteral("<tr><td class=\"amount\">%1</td><td class=\"nowrap\">%2</td>"
                               "<td class=\"amount\">%3</td><td class=\"amount\">%4</td>"
                               "<td class=\"amount\">%5</td><td class=\"amount\">%6</td>"
                               "<td class=\"amount\">%7</td><td class=\"amount\">%8</td></tr>")
                    .arg(i.number)
                    .arg(isoDate(i.date), amount(i.amount), amount(i.fees), amount(i.interest),
                         amount(i.capital), amount(i.noticeFee), amount(i.remaining));
    Money fees;
    Money capital;
    Money interest;
    for (const PaymentPlanInstalment &i : m_plan.instalments) {
        fees += i.fees;
        capital += i.capital;
        interest += i.interest;
    }
    rows += QStringLiteral("<tr><td class=\"sum\" colspan=\"2\">%1</td>"
                           "<td class=\"sum amount\" align=\"right\">%2</td>"
                           "<td class=\"sum amount\" align=\"right\">%3</td>"
                           "<td class=\"sum amount\" align=\"right\">%4</td>"
                           "<td class=\"sum amount\" align=\"right\">%5</td>"
                           "<td class=\"sum amount\" align=\"right\">%6</td>"
                           "<td class=\"sum\"></td></tr>")
                .arg(esc(Tr::tr("Summa")), amount(m_plan.totalToPay()), amount(fees),
                     amount(interest), amount(capital), amount(m_plan.noticeFees()));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
        .arg(rows);
}

QString PaymentPlanDocument::bodyHtml() const
{
    QString body;
    QString heading = esc(Tr::tr("AMORTERINGSPLAN"));
    const QString facts =
        m_plan.id > 0
            ? Tr::tr("Plan nr %1, upprättad %2").arg(m_plan.id).arg(isoDate(m_plan.planDate))
            : Tr::tr("Upprättad %1").arg(isoDate(m_plan.planDate));
    body += QStringLiteral("<p><span style=\"font-size:16pt; font-weight:bold\">%1</span>"
                           "<br/>%2</p>")
                .arg(heading, esc(facts));
    body += partiesBlock();
    body += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Fordringar")));
    body += claimsTable();
    body += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Villkor")));
    body += termsBlock();
    if (!m_plan.texts.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(htmlLines(m_plan.texts));
    body += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Betalningsplan")));
    body += scheduleTable();
    for (const QString &note : m_plan.notes)
        body += QStringLiteral("<p class=\"small\">%1</p>").arg(esc(note));
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Betalningarna görs senast på betalningsdagen. Uteblir en "
                                "betalning kan hela den återstående skulden krävas.")));
    body += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"2\"><tr><td width=\"48%\">______________________________"
                           "<br/>%1</td><td width=\"4%\"></td><td width=\"48%\">"
                           "______________________________<br/>%2</td></tr></table>")
                .arg(esc(Tr::tr("Ort och datum")), esc(Tr::tr("Gäldenärens underskrift")));
    return body;
}

QString PaymentPlanDocument::footer(int page, int pages) const
{
    const PaymentPlanCreditor &c = m_plan.creditor;
    return QStringLiteral("<hr/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>"
                          "<td class=\"small\" width=\"40%\">%1</td>"
                          "<td class=\"small\" width=\"40%\">%2</td>"
                          "<td class=\"small\" width=\"20%\" align=\"right\">%3</td></tr></table>")
        .arg(htmlLines({c.name, Tr::tr("Org.nr %1").arg(idDisplay(c.orgNr, m_plan.planDate))}),
             htmlLines(giroLines(c)), esc(Tr::tr("Sida %1 (%2)").arg(page).arg(pages)));
}

QString PaymentPlanDocument::html() const
{
    return kHtml.page(bodyHtml() + footer(1, 1));
}

void PaymentPlanDocument::print(QPagedPaintDevice *device) const
{
    paged::printHtml(device, paged::a4Portrait(QMarginsF(18, 15, 18, 15)), kHtml, bodyHtml(),
                     [this](int page, int pages) { return footer(page, pages); });
}

bool PaymentPlanDocument::writePdf(const QString &path, QString *error) const
{
    return paged::writePdf(
        path, title(), [this](QPagedPaintDevice *device) { print(device); },
        Tr::tr("Kan inte skriva %1: %2"), error);
}

} // namespace rsk
