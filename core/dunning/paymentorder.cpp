// The values of Betalningsföreläggande (handbook 7.17): cost lines and
// totals, texts shared by the printout and the export, and the JSON form the
// applicant data and the recorded applications are stored in.
#include "dunning/paymentorder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentOrderService)
};

QJsonArray toArray(const QStringList &lines)
{
    return QJsonArray::fromStringList(lines);
}

QStringList toLines(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &line : v.toArray())
        out << line.toString();
    return out;
}

Money money(const QJsonObject &o, const char *key)
{
    return Money::fromOre(o.value(QLatin1String(key)).toInteger());
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString enforcementKey(PaymentOrderEnforcement e)
{
    switch (e) {
    case PaymentOrderEnforcement::Limited:
        return QStringLiteral("limited");
    case PaymentOrderEnforcement::Full:
        return QStringLiteral("full");
    case PaymentOrderEnforcement::NotRequested:
        return QStringLiteral("none");
    case PaymentOrderEnforcement::Unset:
        break;
    }
    return QString();
}

PaymentOrderEnforcement enforcementFromKey(const QString &key)
{
    if (key == QLatin1String("limited"))
        return PaymentOrderEnforcement::Limited;
    if (key == QLatin1String("full"))
        return PaymentOrderEnforcement::Full;
    if (key == QLatin1String("none"))
        return PaymentOrderEnforcement::NotRequested;
    return PaymentOrderEnforcement::Unset;
}

} // namespace

QJsonObject PaymentOrderApplicant::toJson() const
{
    return {{QStringLiteral("company"), company},
            {QStringLiteral("applicant"), toArray(applicant)},
            {QStringLiteral("applicant_org_nr"), applicantOrgNr},
            {QStringLiteral("office_city"), officeCity},
            {QStringLiteral("office"), toArray(office)},
            {QStringLiteral("agent"), toArray(agent)},
            {QStringLiteral("application_fee_ore"), applicationFee.ore()},
            {QStringLiteral("fee_plusgiro"), feePlusgiro},
            {QStringLiteral("fee_enclosed"), feeEnclosed},
            {QStringLiteral("assistance"), assistance},
            {QStringLiteral("pledge"), pledge},
            {QStringLiteral("enforcement"), enforcementKey(enforcement)},
            {QStringLiteral("real_estate"), realEstate}};
}

PaymentOrderApplicant PaymentOrderApplicant::fromJson(const QJsonObject &o)
{
    PaymentOrderApplicant a;
    a.company = o.value(QStringLiteral("company")).toString();
    a.applicant = toLines(o.value(QStringLiteral("applicant")));
    a.applicantOrgNr = o.value(QStringLiteral("applicant_org_nr")).toString();
    a.officeCity = o.value(QStringLiteral("office_city")).toString();
    a.office = toLines(o.value(QStringLiteral("office")));
    a.agent = toLines(o.value(QStringLiteral("agent")));
    if (o.contains(QStringLiteral("application_fee_ore")))
        a.applicationFee = money(o, "application_fee_ore");
    a.feePlusgiro = o.value(QStringLiteral("fee_plusgiro")).toString();
    a.feeEnclosed = o.value(QStringLiteral("fee_enclosed")).toBool();
    a.assistance = o.value(QStringLiteral("assistance")).toBool();
    a.pledge = o.value(QStringLiteral("pledge")).toBool();
    a.enforcement = enforcementFromKey(o.value(QStringLiteral("enforcement")).toString());
    a.realEstate = o.value(QStringLiteral("real_estate")).toBool();
    return a;
}

QList<PaymentOrderCostLine> PaymentOrderCosts::lines() const
{
    const QString other = otherCollectionName.trimmed().isEmpty()
                              ? Tr::tr("Övrig inkassokostnad")
                              : otherCollectionName.trimmed();
    return {
        {QStringLiteral("applicationFee"), Tr::tr("Ansökningsavgift"), applicationFee, false},
        {QStringLiteral("ownWork"), Tr::tr("Eget arbete/ombudsarvode"), ownWork, false},
        {QStringLiteral("registrationCertificate"), Tr::tr("Registreringsbevis"),
         registrationCertificate, false},
        {QStringLiteral("otherCase"), Tr::tr("Övriga kostnader (enligt bilaga)"), otherCase, false},
        {QStringLiteral("reminder"), Tr::tr("Betalningspåminnelse"), reminder, true},
        {QStringLiteral("demand"), Tr::tr("Kravbrev"), demand, true},
        {QStringLiteral("paymentPlan"), Tr::tr("Amorteringsplan"), paymentPlan, true},
        {QStringLiteral("otherCollection"), other, otherCollection, true},
    };
}

Money PaymentOrderCosts::caseTotal() const
{
    return applicationFee + ownWork + registrationCertificate + otherCase;
}

Money PaymentOrderCosts::collectionTotal() const
{
    return reminder + demand + paymentPlan + otherCollection;
}

QJsonObject PaymentOrderApplication::toJson() const
{
    QJsonArray rows;
    for (const PaymentOrderClaimInput &c : claims)
        rows.append(QJsonObject{{QStringLiteral("company"), c.company},
                                {QStringLiteral("invoice_number"), c.invoiceNumber},
                                {QStringLiteral("concerns"), c.concerns}});
    QJsonObject costsJson;
    for (const PaymentOrderCostLine &l : costs.lines())
        costsJson.insert(l.key + QStringLiteral("_ore"), l.amount.ore());
    costsJson.insert(QStringLiteral("otherCollectionName"), costs.otherCollectionName);
    costsJson.insert(QStringLiteral("overrideReason"), costs.overrideReason);
    return {{QStringLiteral("application_date"), dateText(applicationDate)},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("claims"), rows},
            {QStringLiteral("interest"), int(interest)},
            {QStringLiteral("other_rate_hundredths"), otherRateHundredths},
            {QStringLiteral("interest_ground"), interestGround},
            {QStringLiteral("special_information"), specialInformation},
            {QStringLiteral("costs"), costsJson},
            {QStringLiteral("applicant"), applicant.toJson()}};
}

PaymentOrderApplication PaymentOrderApplication::fromJson(const QJsonObject &o)
{
    PaymentOrderApplication a;
    a.applicationDate = date(o, "application_date");
    a.idNumber = o.value(QStringLiteral("id_number")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject r = v.toObject();
        a.claims.append({r.value(QStringLiteral("company")).toString(),
                         r.value(QStringLiteral("invoice_number")).toString(),
                         r.value(QStringLiteral("concerns")).toString()});
    }
    const int alternative = o.value(QStringLiteral("interest")).toInt(1);
    a.interest = alternative == 2   ? PaymentOrderInterest::OtherRate
                 : alternative == 3 ? PaymentOrderInterest::None
                                    : PaymentOrderInterest::ReferenceRate;
    a.otherRateHundredths = o.value(QStringLiteral("other_rate_hundredths")).toInteger();
    a.interestGround = o.value(QStringLiteral("interest_ground")).toString();
    a.specialInformation = o.value(QStringLiteral("special_information")).toString();
    const QJsonObject c = o.value(QStringLiteral("costs")).toObject();
    a.costs.applicationFee = money(c, "applicationFee_ore");
    a.costs.ownWork = money(c, "ownWork_ore");
    a.costs.registrationCertificate = money(c, "registrationCertificate_ore");
    a.costs.otherCase = money(c, "otherCase_ore");
    a.costs.reminder = money(c, "reminder_ore");
    a.costs.demand = money(c, "demand_ore");
    a.costs.paymentPlan = money(c, "paymentPlan_ore");
    a.costs.otherCollection = money(c, "otherCollection_ore");
    a.costs.otherCollectionName = c.value(QStringLiteral("otherCollectionName")).toString();
    a.costs.overrideReason = c.value(QStringLiteral("overrideReason")).toString();
    a.applicant = PaymentOrderApplicant::fromJson(o.value(QStringLiteral("applicant")).toObject());
    return a;
}

QString PaymentOrderClaim::basis() const
{
    const QString invoice = Tr::tr("Faktura %1 av %2").arg(invoiceNumber, dateText(invoiceDate));
    return concerns.trimmed().isEmpty() ? invoice
                                        : QStringLiteral("%1: %2").arg(invoice, concerns.trimmed());
}

Money PaymentOrder::capitalTotal() const
{
    Money sum;
    for (const PaymentOrderClaim &c : claims)
        sum += c.capital;
    return sum;
}

Money PaymentOrder::interestTotal() const
{
    Money sum;
    for (const PaymentOrderClaim &c : claims)
        sum += c.interest;
    return sum;
}

QString PaymentOrder::interestText() const
{
    switch (application.interest) {
    case PaymentOrderInterest::ReferenceRate: {
        const qint64 margin = claims.isEmpty() ? 800 : claims.first().rateHundredths;
        return Tr::tr("Alternativ 1: referensräntan + %1 procentenheter (räntelagen 6 §)")
            .arg(formatRateHundredths(margin));
    }
    case PaymentOrderInterest::OtherRate:
        return Tr::tr("Alternativ 2: %1 %, grund: %2")
            .arg(application.otherRateHundredths / 100)
            .arg(application.interestGround.trimmed());
    case PaymentOrderInterest::None:
        break;
    }
    return Tr::tr("Alternativ 3: ingen ränta yrkas");
}

QJsonObject PaymentOrder::toJson() const
{
    QJsonArray rows;
    for (const PaymentOrderClaim &c : claims)
        rows.append(QJsonObject{{QStringLiteral("row"), c.row},
                                {QStringLiteral("invoice_id"), c.invoiceId},
                                {QStringLiteral("version"), c.version},
                                {QStringLiteral("company"), c.company},
                                {QStringLiteral("invoice_number"), c.invoiceNumber},
                                {QStringLiteral("routine"), c.routine},
                                {QStringLiteral("invoice_date"), dateText(c.invoiceDate)},
                                {QStringLiteral("due_date"), dateText(c.dueDate)},
                                {QStringLiteral("concerns"), c.concerns},
                                {QStringLiteral("capital_ore"), c.capital.ore()},
                                {QStringLiteral("interest_from"), dateText(c.interestFrom)},
                                {QStringLiteral("rate_hundredths"), c.rateHundredths},
                                {QStringLiteral("rate_text"), c.rateText},
                                {QStringLiteral("interest_ore"), c.interest.ore()},
                                {QStringLiteral("interest_note"), c.interestNote}});
    const PaymentOrderDebtor &d = debtor;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("application"), application.toJson()},
            {QStringLiteral("debtor"),
             QJsonObject{{QStringLiteral("id_number"), d.idNumber},
                         {QStringLiteral("id_display"), d.idDisplay},
                         {QStringLiteral("name"), d.name},
                         {QStringLiteral("name2"), d.name2},
                         {QStringLiteral("co"), d.co},
                         {QStringLiteral("address"), d.address},
                         {QStringLiteral("postal_code"), d.postalCode},
                         {QStringLiteral("city"), d.city},
                         {QStringLiteral("country"), d.country},
                         {QStringLiteral("country_name"), d.countryName},
                         {QStringLiteral("address_withheld"), d.addressWithheld}}},
            {QStringLiteral("claims"), rows},
            {QStringLiteral("overrides"), toArray(overrides)},
            {QStringLiteral("notes"), toArray(notes)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), createdAt}};
}

PaymentOrder PaymentOrder::fromJson(const QJsonObject &o)
{
    PaymentOrder p;
    p.id = o.value(QStringLiteral("id")).toInteger();
    p.application = PaymentOrderApplication::fromJson(o.value(QStringLiteral("application")).toObject());
    const QJsonObject d = o.value(QStringLiteral("debtor")).toObject();
    p.debtor.idNumber = d.value(QStringLiteral("id_number")).toString();
    p.debtor.idDisplay = d.value(QStringLiteral("id_display")).toString();
    p.debtor.name = d.value(QStringLiteral("name")).toString();
    p.debtor.name2 = d.value(QStringLiteral("name2")).toString();
    p.debtor.co = d.value(QStringLiteral("co")).toString();
    p.debtor.address = d.value(QStringLiteral("address")).toString();
    p.debtor.postalCode = d.value(QStringLiteral("postal_code")).toString();
    p.debtor.city = d.value(QStringLiteral("city")).toString();
    p.debtor.country = d.value(QStringLiteral("country")).toString();
    // Saved before the name was: the PDF printed the code, and still does.
    p.debtor.countryName = d.contains(QStringLiteral("country_name"))
        ? d.value(QStringLiteral("country_name")).toString()
        : p.debtor.country;
    p.debtor.addressWithheld = d.value(QStringLiteral("address_withheld")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject r = v.toObject();
        PaymentOrderClaim c;
        c.row = r.value(QStringLiteral("row")).toInt();
        c.invoiceId = r.value(QStringLiteral("invoice_id")).toInteger();
        c.version = r.value(QStringLiteral("version")).toInt();
        c.company = r.value(QStringLiteral("company")).toString();
        c.invoiceNumber = r.value(QStringLiteral("invoice_number")).toString();
        c.routine = r.value(QStringLiteral("routine")).toString();
        c.invoiceDate = date(r, "invoice_date");
        c.dueDate = date(r, "due_date");
        c.concerns = r.value(QStringLiteral("concerns")).toString();
        c.capital = money(r, "capital_ore");
        c.interestFrom = date(r, "interest_from");
        c.rateHundredths = r.value(QStringLiteral("rate_hundredths")).toInteger();
        c.rateText = r.value(QStringLiteral("rate_text")).toString();
        c.interest = money(r, "interest_ore");
        c.interestNote = r.value(QStringLiteral("interest_note")).toString();
        p.claims.append(c);
    }
    p.overrides = toLines(o.value(QStringLiteral("overrides")));
    p.notes = toLines(o.value(QStringLiteral("notes")));
    p.createdBy = o.value(QStringLiteral("created_by")).toString();
    p.createdAt = o.value(QStringLiteral("created_at")).toString();
    return p;
}

} // namespace rsk
