// CompanySettings::companyProblems: the rules of each field of the company
// (handbook 9 "Inmatningsfält företagsuppgifter"), apart from the rest of
// the settings in companysettings.cpp.
#include "ledger/companysettings.h"

#include "ids/giro.h"
#include "ids/iban.h"
#include "ids/swedishid.h"
#include "ledger/referencedata.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompanySettings)
};

bool hasControl(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

bool hasSpace(const QString &text)
{
    for (QChar c : text)
        if (c.isSpace())
            return true;
    return false;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.unicode() >= '0' && c.unicode() <= '9')
            out += c;
    return out;
}

// handbook 9 "Momsreg.nr": "12 siffror, där de 10 första är organisationsnummer
// och de följande ett löpnummer med 2 siffror … skrivs ut … tillsammans med SE".
std::optional<QString> vatProblem(QString &vat, const QString &orgNr, const QDate &today)
{
    QString text = vat.toUpper();
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('-'));
    if (text.startsWith(QLatin1String("SE")))
        text = text.mid(2);
    if (text.size() != 12 || digitsOf(text) != text)
        return Tr::tr("Momsreg.nr: \"%1\" ska vara SE och 12 siffror (organisationsnumret och "
                      "ett löpnummer), t.ex. SE212000014201.")
            .arg(vat);
    QString why;
    const auto id = SwedishId::parse(text.left(10), today, &why);
    if (!id)
        return Tr::tr("Momsreg.nr: de 10 första siffrorna i \"%1\" är inget organisationsnummer: "
                      "%2")
            .arg(vat, why);
    if (!orgNr.isEmpty()) {
        const auto org = SwedishId::parse(orgNr, today);
        if (org && *org != *id)
            return Tr::tr("Momsreg.nr: \"%1\" hör till %2, inte till företagets "
                          "organisationsnummer %3.")
                .arg(vat, id->display(), org->display());
    }
    vat = QStringLiteral("SE") + text;
    return std::nullopt;
}

bool isEmail(const QString &text)
{
    const int at = int(text.indexOf(QLatin1Char('@')));
    if (at <= 0 || text.count(QLatin1Char('@')) != 1 || hasSpace(text))
        return false;
    const QString domain = text.mid(at + 1);
    return domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.'));
}

} // namespace

QList<FieldProblem> CompanySettings::companyProblems(Company &c, const QDate &today)
{
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        out.append({QString::fromLatin1(field), message});
    };
    auto length = [&add](const char *field, const QString &label, const QString &value, int max) {
        if (value.size() > max)
            add(field, Tr::tr("%1: \"%2\" är %3 tecken, högst %4.")
                           .arg(label, value)
                           .arg(value.size())
                           .arg(max));
        else if (hasControl(value))
            add(field, Tr::tr("%1: texten innehåller ett styrtecken (t.ex. tabb).").arg(label));
    };
    for (QString *s : {&c.number, &c.name, &c.name2, &c.orgNr, &c.bankgiro, &c.plusgiro,
                       &c.vatNumber, &c.phone, &c.address, &c.postalCode, &c.city, &c.email,
                       &c.web, &c.iban, &c.bic})
        *s = s->trimmed();

    if (const auto number = ReferenceData::normalizeCompanyNumber(c.number))
        c.number = *number;
    else
        add("number", Tr::tr("Företagsnummer: \"%1\" ska vara högst tre siffror.").arg(c.number));
    if (c.name.isEmpty())
        add("name", Tr::tr("Namn: ange företagets namn; det skrivs ut på fakturorna."));
    length("name", Tr::tr("Namn"), c.name, kMaxNameLength);
    length("name2", Tr::tr("Namn 2"), c.name2, kMaxNameLength);
    length("address", Tr::tr("Adress"), c.address, limits::Address);
    length("postal_code", Tr::tr("Postnummer"), c.postalCode, limits::PostalCode);
    length("city", Tr::tr("Ort"), c.city, limits::City);

    QString why;
    bool orgOk = true;
    if (!c.orgNr.isEmpty()) {
        if (const auto id = SwedishId::parse(c.orgNr, today, &why)) {
            c.orgNr = id->display();
        } else {
            orgOk = false;
            add("org_nr", Tr::tr("Organisationsnummer: %1").arg(why));
        }
    }
    if (!c.vatNumber.isEmpty()) {
        if (const auto problem = vatProblem(c.vatNumber, orgOk ? c.orgNr : QString(), today))
            add("vat_number", *problem);
    }
    if (!c.bankgiro.isEmpty()) {
        if (const auto bg = Bankgiro::parse(c.bankgiro, &why))
            c.bankgiro = bg->display();
        else
            add("bankgiro", Tr::tr("Bankgiro: %1").arg(why));
    }
    if (!c.plusgiro.isEmpty()) {
        if (const auto pg = Plusgiro::parse(c.plusgiro, &why))
            c.plusgiro = pg->display();
        else
            add("plusgiro", Tr::tr("Plusgiro: %1").arg(why));
    }
    if (!c.phone.isEmpty()) {
        static const QString allowed = QStringLiteral("0123456789 -+()/");
        bool ok = true;
        for (QChar ch : c.phone)
            ok = ok && allowed.contains(ch);
        const int digits = int(digitsOf(c.phone).size());
        if (!ok)
            add("phone", Tr::tr("Telefon: \"%1\" får bara ha siffror, mellanslag, bindestreck "
                                "och +.")
                             .arg(c.phone));
        else if (digits > kMaxPhoneDigits)
            add("phone", Tr::tr("Telefon: \"%1\" har %2 siffror, högst %3.")
                             .arg(c.phone)
                             .arg(digits)
                             .arg(kMaxPhoneDigits));
    }
    if (!c.email.isEmpty()) {
        if (c.email.size() > kMaxEmailLength)
            length("email", Tr::tr("E-post"), c.email, kMaxEmailLength);
        else if (!isEmail(c.email))
            add("email", Tr::tr("E-post: \"%1\" är ingen e-postadress (namn@kommun.se).")
                             .arg(c.email));
    }
    if (!c.web.isEmpty()) {
        if (c.web.size() > kMaxWebLength)
            length("web", Tr::tr("Webbplats"), c.web, kMaxWebLength);
        else if (hasSpace(c.web) || !c.web.contains(QLatin1Char('.')))
            add("web", Tr::tr("Webbplats: \"%1\" är ingen webbadress (www.kommun.se).")
                           .arg(c.web));
    }

    std::optional<Iban> iban;
    std::optional<Bic> bic;
    if (!c.iban.isEmpty()) {
        iban = Iban::parse(c.iban, &why);
        if (iban)
            c.iban = iban->electronic();
        else
            add("iban", Tr::tr("IBAN: %1").arg(why));
    }
    if (!c.bic.isEmpty()) {
        bic = Bic::parse(c.bic, &why);
        if (bic)
            c.bic = bic->text();
        else
            add("bic", Tr::tr("BIC: %1").arg(why));
    }
    // A payer abroad needs both (handbook 9 "För utlandsbetalningar läggs BIC
    // och IBAN nummer in här"); both name the same account, so one country.
    if (!c.iban.isEmpty() && c.bic.isEmpty())
        add("bic", Tr::tr("BIC: ange bankens BIC till IBAN-numret; en betalare i utlandet "
                          "behöver båda."));
    if (c.iban.isEmpty() && !c.bic.isEmpty())
        add("iban", Tr::tr("IBAN: ange kontots IBAN till BIC:en; en betalare i utlandet "
                           "behöver båda."));
    if (iban && bic && iban->countryCode() != bic->countryCode())
        add("bic", Tr::tr("BIC: %1 hör till land %2 men IBAN-numret till %3; kontots BIC och "
                          "IBAN har samma landskod.")
                       .arg(bic->text(), bic->countryCode(), iban->countryCode()));
    return out;
}

} // namespace rsk
