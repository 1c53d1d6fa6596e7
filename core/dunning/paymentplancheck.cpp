// PaymentPlanService::check: every problem of a request, in the order of the
// screen (handbook 7.18 field limits and rules). The rest of the service is
// in paymentplanservice.cpp.
#include "dunning/paymentplan.h"

#include "dunning/dunningsettings.h"
#include "ids/giro.h"
#include "ids/luhn.h"
#include "ids/swedishid.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlanService)
};

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

QString kronor(Money m)
{
    return QString::number(m.ore() / 100);
}

QString companyKey(const QString &text)
{
    return ReferenceData::normalizeCompanyNumber(text.trimmed()).value_or(text.trimmed());
}

QString invoiceKey(const QString &text)
{
    return InvoiceRepository::normalizeInvoiceNumber(text.trimmed()).value_or(text.trimmed());
}

} // namespace

QList<PaymentPlanProblem> PaymentPlanService::check(const PaymentPlanRequest &r,
                                                    QList<PaymentPlanClaimLine> *lines)
{
    QList<PaymentPlanProblem> out;
    const auto add = [&out](PaymentPlanField field, int row, const QString &message) {
        out.append({field, row, message});
    };
    const auto tooLong = [](const QString &text, int max) { return text.trimmed().size() > max; };

    // Gäldenär first (the claims are checked against its person numbers);
    // its problems are listed after the claims', in the order of the screen.
    QList<PaymentPlanProblem> debtorProblems;
    const auto addDebtor = [&debtorProblems](int row, const QString &message) {
        debtorProblems.append({PaymentPlanField::Debtor, row, message});
    };
    const PaymentPlanDebtor &d = r.debtor;
    std::optional<SwedishId> id1;
    std::optional<SwedishId> id2;
    QString why;
    if (d.name.trimmed().isEmpty())
        addDebtor(0, Tr::tr("Gäldenär: namn saknas."));
    if (d.idNumber.trimmed().isEmpty())
        addDebtor(1, Tr::tr("Gäldenär: personnummer saknas."));
    else if (!(id1 = SwedishId::parse(d.idNumber, r.planDate, &why)))
        addDebtor(1, Tr::tr("Gäldenär: personnummer %1: %2").arg(d.idNumber, why));
    if (!d.idNumber2.trimmed().isEmpty()) {
        if (!(id2 = SwedishId::parse(d.idNumber2, r.planDate, &why)))
            addDebtor(3, Tr::tr("Gäldenär: personnummer 2 %1: %2").arg(d.idNumber2, why));
        if (d.name2.trimmed().isEmpty())
            addDebtor(2, Tr::tr("Gäldenär: namn 2 saknas för personnummer 2."));
    }
    const QList<QPair<QString, int>> debtorLengths{{d.name, limits::Name},
                                                   {d.name2, limits::Name},
                                                   {d.co, limits::Co},
                                                   {d.address, limits::Address},
                                                   {d.postalCode, limits::PostalCode},
                                                   {d.city, limits::City}};
    const QStringList debtorNames{Tr::tr("namn"),   Tr::tr("namn 2"),     Tr::tr("c/o"),
                                  Tr::tr("adress"), Tr::tr("postnummer"), Tr::tr("ort")};
    for (int i = 0; i < debtorLengths.size(); ++i)
        if (tooLong(debtorLengths[i].first, debtorLengths[i].second))
            addDebtor(-1, Tr::tr("Gäldenär: %1 är längre än %2 tecken.")
                              .arg(debtorNames[i])
                              .arg(debtorLengths[i].second));

    // Fakturor.
    if (r.claims.isEmpty() && r.others.isEmpty())
        add(PaymentPlanField::Claims, -1, Tr::tr("Ange minst en faktura eller en övrig fordran."));
    if (r.claims.size() > MaxClaims)
        add(PaymentPlanField::Claims, -1,
            Tr::tr("Högst %1 fakturor kan ingå i en amorteringsplan; %2 är angivna.")
                .arg(MaxClaims)
                .arg(r.claims.size()));
    QHash<QString, int> seen;
    for (int i = 0; i < r.claims.size(); ++i) {
        const PaymentPlanClaimRef &ref = r.claims.at(i);
        const QString company = companyKey(ref.company);
        const QString number = invoiceKey(ref.invoiceNumber);
        const QString key = company + QLatin1Char('/') + number;
        if (seen.contains(key)) {
            add(PaymentPlanField::Claims, i,
                Tr::tr("Rad %1: faktura %2 finns redan på rad %3.")
                    .arg(i + 1)
                    .arg(key)
                    .arg(seen[key] + 1));
            continue;
        }
        seen.insert(key, i);
        try {
            const PaymentPlanClaimLine line = claimLine(ref, r.planDate, r.terms.noInterest);
            if (!line.idNumber.isEmpty() && id1) {
                const auto claimId = SwedishId::parse(line.idNumber, r.planDate);
                if (claimId && *claimId != *id1 && (!id2 || *claimId != *id2))
                    add(PaymentPlanField::Claims, i,
                        Tr::tr("Rad %1: faktura %2 gäller %3, inte gäldenären %4.")
                            .arg(i + 1)
                            .arg(key, claimId->display(), id1->display()));
            }
            if (lines)
                lines->append(line);
        } catch (const LedgerError &e) {
            add(PaymentPlanField::Claims, i, Tr::tr("Rad %1: %2").arg(i + 1).arg(e.message()));
        }
    }

    // Övriga fordringar och avgifter.
    if (r.others.size() > MaxOtherClaims)
        add(PaymentPlanField::OtherClaims, -1,
            Tr::tr("Högst %1 övriga fordringar kan anges; %2 är angivna.")
                .arg(MaxOtherClaims)
                .arg(r.others.size()));
    for (int i = 0; i < r.others.size(); ++i) {
        const PaymentPlanOtherClaim &o = r.others.at(i);
        const QString row = Tr::tr("Övrig fordran rad %1").arg(i + 1);
        if (o.text.trimmed().isEmpty())
            add(PaymentPlanField::OtherClaims, i, Tr::tr("%1: text saknas.").arg(row));
        else if (tooLong(o.text, MaxOtherText))
            add(PaymentPlanField::OtherClaims, i,
                Tr::tr("%1: texten är %2 tecken, högst %3.")
                    .arg(row)
                    .arg(o.text.trimmed().size())
                    .arg(MaxOtherText));
        if (!o.debt.isPositive())
            add(PaymentPlanField::OtherClaims, i,
                Tr::tr("%1: skulden ska vara större än 0.").arg(row));
        if (o.dueDate.isValid() && o.interest)
            add(PaymentPlanField::OtherClaims, i,
                Tr::tr("%1: ange förfallodag eller ränta, inte båda.").arg(row));
        if (o.interest && o.interest->isNegative())
            add(PaymentPlanField::OtherClaims, i,
                Tr::tr("%1: räntan kan inte vara negativ.").arg(row));
    }

    out += debtorProblems;

    // Borgenär.
    const PaymentPlanCreditor &c = r.creditor;
    if (c.orgNr.size() != 10 || digitsOnly(c.orgNr) != c.orgNr)
        add(PaymentPlanField::Creditor, 0,
            Tr::tr("Borgenär: organisationsnummer ska vara 10 siffror (\"%1\").").arg(c.orgNr));
    else if (!luhnValid(c.orgNr))
        add(PaymentPlanField::Creditor, 0,
            Tr::tr("Borgenär: organisationsnummer %1 har fel kontrollsiffra.").arg(c.orgNr));
    if (c.name.trimmed().isEmpty())
        add(PaymentPlanField::Creditor, 1, Tr::tr("Borgenär: namn saknas."));
    const QList<QPair<QString, int>> creditorLengths{{c.name, limits::Name},
                                                     {c.address, limits::Address},
                                                     {c.postalCode, limits::PostalCode},
                                                     {c.city, limits::City},
                                                     {c.phone, 20}};
    const QStringList creditorNames{Tr::tr("namn"), Tr::tr("adress"), Tr::tr("postnummer"),
                                    Tr::tr("ort"), Tr::tr("telefon")};
    for (int i = 0; i < creditorLengths.size(); ++i)
        if (tooLong(creditorLengths[i].first, creditorLengths[i].second))
            add(PaymentPlanField::Creditor, -1,
                Tr::tr("Borgenär: %1 är längre än %2 tecken.")
                    .arg(creditorNames[i])
                    .arg(creditorLengths[i].second));
    if (c.plusgiro.isEmpty() && c.bankgiro.isEmpty())
        add(PaymentPlanField::Creditor, 6,
            Tr::tr("Borgenär: plusgironummer eller bankgironummer måste anges."));
    if (!c.plusgiro.isEmpty() && (c.plusgiro.size() > 8 || !Plusgiro::parse(c.plusgiro, &why)))
        add(PaymentPlanField::Creditor, 6,
            Tr::tr("Borgenär: plusgironummer %1: %2")
                .arg(c.plusgiro, c.plusgiro.size() > 8 ? Tr::tr("högst 8 siffror") : why));
    if (!c.bankgiro.isEmpty() && (c.bankgiro.size() > 8 || !Bankgiro::parse(c.bankgiro, &why)))
        add(PaymentPlanField::Creditor, 7,
            Tr::tr("Borgenär: bankgironummer %1: %2")
                .arg(c.bankgiro, c.bankgiro.size() > 8 ? Tr::tr("högst 8 siffror") : why));

    // Komplettering/utskrift.
    const PaymentPlanTerms &t = r.terms;
    if (!t.firstDate.isValid())
        add(PaymentPlanField::FirstDate, -1, Tr::tr("Första betalningsdag saknas."));
    else if (t.firstDate < r.planDate)
        add(PaymentPlanField::FirstDate, -1,
            Tr::tr("Första betalningsdag %1 är före planens datum %2.")
                .arg(isoDate(t.firstDate), isoDate(r.planDate)));
    else if (t.lastOfMonth && t.firstDate.day() != t.firstDate.daysInMonth())
        add(PaymentPlanField::LastOfMonth, -1,
            Tr::tr("Sista i varje månad: första betalningsdag %1 är inte den sista i månaden "
                   "(%2).")
                .arg(isoDate(t.firstDate), isoDate(QDate(t.firstDate.year(), t.firstDate.month(),
                                                         t.firstDate.daysInMonth()))));
    const auto checkAmount = [&](PaymentPlanField field, const QString &what, Money m) {
        if (!m.isPositive())
            add(field, -1, Tr::tr("%1 ska vara större än 0.").arg(what));
        else if (!m.isWholeKronor())
            add(field, -1, Tr::tr("%1 anges i hela kronor.").arg(what));
        else if (m.ore() / 100 > MaxMonthlyKronor)
            add(field, -1, Tr::tr("%1 har högst 8 siffror.").arg(what));
    };
    checkAmount(PaymentPlanField::Monthly, Tr::tr("Månadsbelopp"), t.monthly);
    if (t.months < 0 || t.months > MaxMonths)
        add(PaymentPlanField::Months, -1,
            Tr::tr("I antal månader: 1–%1 (%2 angivet).").arg(MaxMonths).arg(t.months));
    if (t.months > 0)
        checkAmount(PaymentPlanField::Then, Tr::tr("Därefter (nytt månadsbelopp)"), t.then);
    else if (!t.then.isZero())
        add(PaymentPlanField::Months, -1,
            Tr::tr("Ange i hur många månader %1 kr betalas innan beloppet blir %2 kr.")
                .arg(kronor(t.monthly), kronor(t.then)));
    if (t.noticeFee.isNegative() || !t.noticeFee.isWholeKronor()
        || t.noticeFee.ore() / 100 > MaxNoticeFeeKronor)
        add(PaymentPlanField::NoticeFee, -1,
            Tr::tr("Aviseringsavgift anges i hela kronor med högst 3 siffror."));
    else if (t.noticeFee.ore() > fee_cap::PaymentPlanOre
             && t.noticeFeeOverrideReason.trimmed().isEmpty())
        add(PaymentPlanField::NoticeFee, -1,
            Tr::tr("Aviseringsavgiften %1 kr är över lagens gräns %2 kr för amorteringsplan "
                   "(lag 1981:739 4 §); ange skäl för att ta ut den.")
                .arg(kronor(t.noticeFee), kronor(Money::fromOre(fee_cap::PaymentPlanOre))));

    if (r.texts.size() > MaxTextLines)
        add(PaymentPlanField::Texts, -1,
            Tr::tr("Kompletterande text: högst %1 rader (%2 angivna).")
                .arg(MaxTextLines)
                .arg(r.texts.size()));
    for (int i = 0; i < r.texts.size(); ++i)
        if (r.texts.at(i).size() > MaxTextLength)
            add(PaymentPlanField::Texts, i,
                Tr::tr("Kompletterande text rad %1 är %2 tecken, högst %3.")
                    .arg(i + 1)
                    .arg(r.texts.at(i).size())
                    .arg(MaxTextLength));
    return out;
}

} // namespace rsk
