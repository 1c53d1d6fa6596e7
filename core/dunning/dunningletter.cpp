#include "dunning/dunningletter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningLetter)
};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Öre as a decimal string: a JSON number is a double, money never is.
QString oreText(Money m)
{
    return QString::number(m.ore());
}

Money oreFrom(const QJsonValue &v)
{
    return Money::fromOre(v.toString().toLongLong());
}

QJsonObject companyJson(const Company &c)
{
    return {{QStringLiteral("number"), c.number},     {QStringLiteral("name"), c.name},
            {QStringLiteral("name2"), c.name2},       {QStringLiteral("org_nr"), c.orgNr},
            {QStringLiteral("bankgiro"), c.bankgiro}, {QStringLiteral("plusgiro"), c.plusgiro},
            {QStringLiteral("vat_number"), c.vatNumber}, {QStringLiteral("phone"), c.phone},
            {QStringLiteral("address"), c.address},   {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("city"), c.city}};
}

Company companyFrom(const QJsonObject &o)
{
    Company c;
    c.number = o.value(QStringLiteral("number")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.name2 = o.value(QStringLiteral("name2")).toString();
    c.orgNr = o.value(QStringLiteral("org_nr")).toString();
    c.bankgiro = o.value(QStringLiteral("bankgiro")).toString();
    c.plusgiro = o.value(QStringLiteral("plusgiro")).toString();
    c.vatNumber = o.value(QStringLiteral("vat_number")).toString();
    c.phone = o.value(QStringLiteral("phone")).toString();
    c.address = o.value(QStringLiteral("address")).toString();
    c.postalCode = o.value(QStringLiteral("postal_code")).toString();
    c.city = o.value(QStringLiteral("city")).toString();
    return c;
}

} // namespace

QString dunningStepCode(DunningStep step)
{
    switch (step) {
    case DunningStep::Reminder1: return QStringLiteral("reminder1");
    case DunningStep::Reminder2: return QStringLiteral("reminder2");
    case DunningStep::Collection: return QStringLiteral("collection");
    case DunningStep::Residual: return QStringLiteral("residual");
    }
    return {};
}

std::optional<DunningStep> dunningStepFromCode(const QString &code)
{
    for (DunningStep s : {DunningStep::Reminder1, DunningStep::Reminder2, DunningStep::Collection,
                          DunningStep::Residual})
        if (dunningStepCode(s) == code)
            return s;
    return std::nullopt;
}

QString dunningStepName(DunningStep step)
{
    switch (step) {
    case DunningStep::Reminder1: return Tr::tr("Påminnelse 1");
    case DunningStep::Reminder2: return Tr::tr("Påminnelse 2");
    case DunningStep::Collection: return Tr::tr("Inkassokrav");
    case DunningStep::Residual: return Tr::tr("Restkrav");
    }
    return {};
}

QJsonObject DunningLetter::toJson() const
{
    QJsonArray interest;
    for (const LetterInterestLine &l : interestLines)
        interest.append(QJsonObject{{QStringLiteral("from"), dateText(l.from)},
                                    {QStringLiteral("to"), dateText(l.to)},
                                    {QStringLiteral("days"), l.days},
                                    {QStringLiteral("rate"), QString::number(l.rateHundredths)},
                                    {QStringLiteral("base"), oreText(l.base)},
                                    {QStringLiteral("interest"), oreText(l.interest)}});
    QJsonArray payments;
    for (const LetterPayment &p : paymentsSince)
        payments.append(QJsonObject{{QStringLiteral("date"), dateText(p.date)},
                                    {QStringLiteral("text"), p.text},
                                    {QStringLiteral("amount"), oreText(p.amount)}});
    return {{QStringLiteral("step"), dunningStepCode(step)},
            {QStringLiteral("heading"), heading},
            {QStringLiteral("form_type"), QString(formType)},
            {QStringLiteral("slip_form_type"), slipFormType},
            {QStringLiteral("letter_date"), dateText(letterDate)},
            {QStringLiteral("sender"), companyJson(sender)},
            {QStringLiteral("handler"), handler},
            {QStringLiteral("customer_number"), customerNumber},
            {QStringLiteral("debtor_name"), debtorName},
            {QStringLiteral("debtor_name2"), debtorName2},
            {QStringLiteral("co"), co},
            {QStringLiteral("address"), address},
            {QStringLiteral("postal_code"), postalCode},
            {QStringLiteral("city"), city},
            // Already the printed name (resolved at build time, see the header).
            {QStringLiteral("country"), country},
            {QStringLiteral("address_withheld"), addressWithheld},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("invoice_date"), dateText(invoiceDate)},
            {QStringLiteral("original_due_date"), dateText(originalDueDate)},
            {QStringLiteral("description"), description},
            {QStringLiteral("capital"), oreText(capital)},
            {QStringLiteral("capital_open"), oreText(capitalOpen)},
            {QStringLiteral("reminder_fees"), oreText(reminderFees)},
            {QStringLiteral("collection_fees"), oreText(collectionFees)},
            {QStringLiteral("interest_debited"), oreText(interestDebited)},
            {QStringLiteral("letter_fee"), oreText(letterFee)},
            {QStringLiteral("letter_fee_debited"), letterFeeDebited},
            {QStringLiteral("print_interest"), printInterest},
            {QStringLiteral("accrued_interest"), oreText(accruedInterest)},
            {QStringLiteral("interest_lines"), interest},
            {QStringLiteral("payments_since"), payments},
            {QStringLiteral("total_to_pay"), oreText(totalToPay)},
            {QStringLiteral("pay_by"), dateText(payBy)},
            {QStringLiteral("text"), QJsonArray::fromStringList(textLines)},
            {QStringLiteral("ocr"), ocr},
            {QStringLiteral("bankgiro"), bankgiro},
            {QStringLiteral("plusgiro"), plusgiro}};
}

DunningLetter DunningLetter::fromJson(const QJsonObject &o)
{
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    auto money = [&o](const char *key) { return oreFrom(o.value(QLatin1String(key))); };
    auto date = [&o](const char *key) { return dateFrom(o.value(QLatin1String(key))); };
    DunningLetter l;
    l.step = dunningStepFromCode(s("step")).value_or(DunningStep::Reminder1);
    l.heading = s("heading");
    const QString form = s("form_type");
    l.formType = form.isEmpty() ? QLatin1Char('D') : form.at(0);
    l.slipFormType = s("slip_form_type");
    l.letterDate = date("letter_date");
    l.sender = companyFrom(o.value(QStringLiteral("sender")).toObject());
    l.handler = s("handler");
    l.customerNumber = s("customer_number");
    l.debtorName = s("debtor_name");
    l.debtorName2 = s("debtor_name2");
    l.co = s("co");
    l.address = s("address");
    l.postalCode = s("postal_code");
    l.city = s("city");
    l.country = s("country");
    l.addressWithheld = o.value(QStringLiteral("address_withheld")).toBool();
    l.invoiceNumber = s("invoice_number");
    l.invoiceDate = date("invoice_date");
    l.originalDueDate = date("original_due_date");
    l.description = s("description");
    l.capital = money("capital");
    l.capitalOpen = money("capital_open");
    l.reminderFees = money("reminder_fees");
    l.collectionFees = money("collection_fees");
    l.interestDebited = money("interest_debited");
    l.letterFee = money("letter_fee");
    l.letterFeeDebited = o.value(QStringLiteral("letter_fee_debited")).toBool();
    l.printInterest = o.value(QStringLiteral("print_interest")).toBool();
    l.accruedInterest = money("accrued_interest");
    for (const QJsonValue &v : o.value(QStringLiteral("interest_lines")).toArray()) {
        const QJsonObject i = v.toObject();
        l.interestLines.append({dateFrom(i.value(QStringLiteral("from"))),
                                dateFrom(i.value(QStringLiteral("to"))),
                                i.value(QStringLiteral("days")).toInt(),
                                i.value(QStringLiteral("rate")).toString().toLongLong(),
                                oreFrom(i.value(QStringLiteral("base"))),
                                oreFrom(i.value(QStringLiteral("interest")))});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("payments_since")).toArray()) {
        const QJsonObject p = v.toObject();
        l.paymentsSince.append({dateFrom(p.value(QStringLiteral("date"))),
                                p.value(QStringLiteral("text")).toString(),
                                oreFrom(p.value(QStringLiteral("amount")))});
    }
    l.totalToPay = money("total_to_pay");
    l.payBy = date("pay_by");
    for (const QJsonValue &v : o.value(QStringLiteral("text")).toArray())
        l.textLines << v.toString();
    l.ocr = s("ocr");
    l.bankgiro = s("bankgiro");
    l.plusgiro = s("plusgiro");
    return l;
}

} // namespace rsk
