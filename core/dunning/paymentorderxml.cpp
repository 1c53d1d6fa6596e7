#include "dunning/paymentorderxml.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamWriter>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentOrderXml)
};

// "1234.50": decimal kronor as XML Schema decimals write them.
QString amount(Money m)
{
    return m.toPlainString().replace(QLatin1Char(','), QLatin1Char('.'));
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString digits(QString text)
{
    text.remove(QLatin1Char('-'));
    return text.trimmed();
}

void lines(QXmlStreamWriter &w, const QStringList &block)
{
    for (const QString &l : block)
        if (!l.trimmed().isEmpty())
            w.writeTextElement(QStringLiteral("Rad"), l.trimmed());
}

void yesNo(QXmlStreamWriter &w, const QString &name, bool value)
{
    w.writeTextElement(name, value ? QStringLiteral("ja") : QStringLiteral("nej"));
}

QString enforcementKey(PaymentOrderEnforcement e)
{
    switch (e) {
    case PaymentOrderEnforcement::Limited:
        return QStringLiteral("UtmatningBegransad");
    case PaymentOrderEnforcement::Full:
        return QStringLiteral("UtmatningFullstandig");
    case PaymentOrderEnforcement::NotRequested:
        return QStringLiteral("BegarInteVerkstallighet");
    case PaymentOrderEnforcement::Unset:
        break;
    }
    return QString();
}

} // namespace

QByteArray PaymentOrderXml::write(const PaymentOrder &o)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeComment(QStringLiteral(
        " Ansökan om betalningsföreläggande från Reskontra. Följer den offentliga beskrivningen av "
        "Kronofogdens filtjänst \"Beslut om betalningsföreläggande\" (digitala filtjänster, "
        "version 2.0) endast så långt den är dokumenterad i FACTS-SE §6: delkravstyperna Kapital "
        "och Inkasso och elementet AnsokanGrundText; övriga elementnamn är Reskontras egna. "
        "Filen är INTE validerad mot Kronofogdens XML-schema. "));
    const PaymentOrderApplication &a = o.application;
    const PaymentOrderApplicant &s = a.applicant;
    w.writeStartElement(QStringLiteral("Ansokan"));
    w.writeAttribute(QStringLiteral("tjanst"), QStringLiteral("Beslut om betalningsföreläggande"));
    w.writeAttribute(QStringLiteral("beskrivningsversion"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("underlag"),
                     QStringLiteral("offentlig beskrivning, så långt FACTS-SE §6 dokumenterar den"));
    w.writeAttribute(QStringLiteral("schemavaliderad"), QStringLiteral("nej"));
    w.writeAttribute(QStringLiteral("program"), QStringLiteral("Reskontra"));
    if (o.id == 0)
        w.writeAttribute(QStringLiteral("utkast"), QStringLiteral("ja"));

    if (o.id > 0)
        w.writeTextElement(QStringLiteral("AnsokanNummer"), QString::number(o.id));
    w.writeTextElement(QStringLiteral("Ansokningsdatum"), iso(a.applicationDate));

    w.writeStartElement(QStringLiteral("Mottagare"));
    if (!s.officeCity.isEmpty())
        w.writeTextElement(QStringLiteral("Ort"), s.officeCity);
    lines(w, s.office);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Sokande"));
    w.writeTextElement(QStringLiteral("Organisationsnummer"), digits(s.applicantOrgNr));
    lines(w, s.applicant);
    w.writeEndElement();
    if (!s.agent.isEmpty()) {
        w.writeStartElement(QStringLiteral("Ombud"));
        lines(w, s.agent);
        w.writeEndElement();
    }

    const PaymentOrderDebtor &d = o.debtor;
    w.writeStartElement(QStringLiteral("Svarande"));
    w.writeTextElement(QStringLiteral("Identitetsnummer"), d.idNumber);
    w.writeTextElement(QStringLiteral("Namn"), d.name);
    if (!d.name2.isEmpty())
        w.writeTextElement(QStringLiteral("Namn2"), d.name2);
    if (d.addressWithheld) {
        w.writeTextElement(QStringLiteral("SkyddadIdentitet"), QStringLiteral("ja"));
    } else {
        if (!d.co.isEmpty())
            w.writeTextElement(QStringLiteral("CoAdress"), d.co);
        w.writeTextElement(QStringLiteral("Utdelningsadress"), d.address);
        w.writeTextElement(QStringLiteral("Postnummer"), d.postalCode);
        w.writeTextElement(QStringLiteral("Postort"), d.city);
        if (!d.country.isEmpty())
            w.writeTextElement(QStringLiteral("Land"), d.country);
    }
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Ranteyrkande"));
    w.writeAttribute(QStringLiteral("alternativ"), QString::number(int(a.interest)));
    if (a.interest == PaymentOrderInterest::OtherRate) {
        w.writeTextElement(QStringLiteral("Rantesats"), QString::number(a.otherRateHundredths / 100));
        w.writeTextElement(QStringLiteral("Grund"), a.interestGround);
    } else if (a.interest == PaymentOrderInterest::ReferenceRate && !o.claims.isEmpty()) {
        w.writeTextElement(QStringLiteral("ProcentenheterOverReferensranta"),
                           formatRateHundredths(o.claims.first().rateHundredths, QLatin1Char('.')));
    }
    w.writeEndElement();

    for (const PaymentOrderClaim &c : o.claims) {
        w.writeStartElement(QStringLiteral("Fordran"));
        w.writeAttribute(QStringLiteral("rad"), QString::number(c.row));
        w.writeTextElement(QStringLiteral("AnsokanGrundText"), c.basis());
        w.writeTextElement(QStringLiteral("Foretag"), c.company);
        w.writeTextElement(QStringLiteral("Fakturanummer"), c.invoiceNumber);
        w.writeTextElement(QStringLiteral("Fakturadatum"), iso(c.invoiceDate));
        w.writeTextElement(QStringLiteral("Forfallodag"), iso(c.dueDate));
        w.writeStartElement(QStringLiteral("Delkrav"));
        w.writeAttribute(QStringLiteral("typ"), QStringLiteral("Kapital"));
        w.writeTextElement(QStringLiteral("Belopp"), amount(c.capital));
        if (c.interestFrom.isValid()) {
            w.writeStartElement(QStringLiteral("Ranta"));
            w.writeTextElement(QStringLiteral("FranDatum"), iso(c.interestFrom));
            w.writeTextElement(QStringLiteral("Rantesats"), c.rateText);
            w.writeTextElement(QStringLiteral("UpplupenTillAnsokningsdagen"), amount(c.interest));
            w.writeEndElement();
        }
        w.writeEndElement(); // Delkrav
        w.writeEndElement(); // Fordran
    }

    const PaymentOrderCosts &k = a.costs;
    for (const PaymentOrderCostLine &l : k.lines()) {
        if (!l.collection || l.amount.isZero())
            continue;
        w.writeStartElement(QStringLiteral("Delkrav"));
        w.writeAttribute(QStringLiteral("typ"), QStringLiteral("Inkasso"));
        w.writeTextElement(QStringLiteral("Avser"), l.label);
        w.writeTextElement(QStringLiteral("Belopp"), amount(l.amount));
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("KostnaderIMalet"));
    for (const PaymentOrderCostLine &l : k.lines()) {
        if (l.collection || l.amount.isZero())
            continue;
        w.writeStartElement(QStringLiteral("Kostnad"));
        w.writeAttribute(QStringLiteral("slag"), l.key);
        w.writeTextElement(QStringLiteral("Avser"), l.label);
        w.writeTextElement(QStringLiteral("Belopp"), amount(l.amount));
        w.writeEndElement();
    }
    w.writeEndElement();

    if (!a.specialInformation.isEmpty())
        w.writeTextElement(QStringLiteral("SarskildaUpplysningar"), a.specialInformation);
    w.writeStartElement(QStringLiteral("Handrackning"));
    yesNo(w, QStringLiteral("HandrackningEnligtBilaga"), s.assistance);
    yesNo(w, QStringLiteral("BetalningUrPant"), s.pledge);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Verkstallighet"));
    w.writeTextElement(QStringLiteral("Val"), enforcementKey(s.enforcement));
    yesNo(w, QStringLiteral("UtmatningFastEgendom"), s.realEstate);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Ansokningsavgift"));
    w.writeTextElement(QStringLiteral("Belopp"), amount(s.applicationFee));
    if (!s.feePlusgiro.isEmpty())
        w.writeTextElement(QStringLiteral("BetalasTillPlusgiro"), digits(s.feePlusgiro));
    if (s.feeEnclosed)
        w.writeTextElement(QStringLiteral("Bifogas"), QStringLiteral("ja"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Summa"));
    w.writeTextElement(QStringLiteral("Kapital"), amount(o.capitalTotal()));
    w.writeTextElement(QStringLiteral("UpplupenRanta"), amount(o.interestTotal()));
    w.writeTextElement(QStringLiteral("KostnaderIMalet"), amount(k.caseTotal()));
    w.writeTextElement(QStringLiteral("Inkassokostnader"), amount(k.collectionTotal()));
    w.writeTextElement(QStringLiteral("Totalt"), amount(o.total()));
    w.writeEndElement();

    w.writeEndElement(); // Ansokan
    w.writeEndDocument();
    return out;
}

bool PaymentOrderXml::writeFile(const PaymentOrder &order, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = Tr::tr("Kan inte skriva %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = write(order);
    if (file.write(data) != data.size()) {
        if (error)
            *error = Tr::tr("Kan inte skriva %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rsk
