// PaymentOrderService: the checks and the computation of a
// betalningsföreläggande (handbook 7.17). Printing, the record and the
// applicant data are in paymentorderstore.cpp.
#include "dunning/paymentorder.h"

#include "dunning/dunningsettings.h"
#include "ids/giro.h"
#include "ids/swedishid.h"
#include "interest/interestservice.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentOrderService)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString kronor(Money m)
{
    return m.toString().chopped(3); // whole kronor: "1 234,00" -> "1 234"
}

// A block of at most 5 lines × 30 (sökande, ombud, mottagare).
void checkBlock(QList<PaymentOrderProblem> &out, const QString &field, const QString &label,
                const QStringList &lines, bool required)
{
    bool any = false;
    for (const QString &l : lines)
        any = any || !l.trimmed().isEmpty();
    if (required && !any)
        out.append({field, 0, Tr::tr("%1: ange namn och adress (minst rad 1).").arg(label)});
    int last = lines.size();
    while (last > 0 && lines.at(last - 1).trimmed().isEmpty())
        --last;
    if (last > payment_order::BlockLines)
        out.append({field, last,
                    Tr::tr("%1: högst %2 rader, inte %3.")
                        .arg(label)
                        .arg(payment_order::BlockLines)
                        .arg(last)});
    for (int i = 0; i < lines.size(); ++i) {
        const int length = int(lines.at(i).trimmed().size());
        if (length > payment_order::BlockLineLength)
            out.append({field, i + 1,
                        Tr::tr("%1: rad %2 är %3 tecken, högst %4.")
                            .arg(label)
                            .arg(i + 1)
                            .arg(length)
                            .arg(payment_order::BlockLineLength)});
    }
}

// Whole kronor, 0–9 999 (handbook 7.17 "hela kronor och maximalt 4 siffror").
std::optional<QString> costProblem(const QString &label, Money amount)
{
    if (amount.isNegative())
        return Tr::tr("%1: beloppet får inte vara negativt.").arg(label);
    if (!amount.isWholeKronor())
        return Tr::tr("%1: ange hela kronor, inte %2.").arg(label, amount.toString());
    if (amount > Money::fromKronor(payment_order::MaxCostKronor))
        return Tr::tr("%1: högst 4 siffror (9 999 kr), inte %2 kr.").arg(label, kronor(amount));
    return std::nullopt;
}

// A rate table of 0 % over every half-year from `from` through `to`: with the
// margin as the fixed rate the calculator applies alternative 2 with the
// ledger's own day rules (start day, day basis, payments, kravkoder).
ReferenceRateTable flatTable(const QDate &from, const QDate &to)
{
    QList<ReferenceRate> rows;
    QDate start(from.year(), from.month() <= 6 ? 1 : 7, 1);
    while (start <= to) {
        rows.append({start, 0, true, QStringLiteral("alternativ 2")});
        start = start.addMonths(6);
    }
    return ReferenceRateTable(rows);
}

QString defaultConcerns(const Invoice &v, Database &db)
{
    if (!v.description.trimmed().isEmpty())
        return v.description.trimmed().left(payment_order::MaxConcerns);
    // Handbook 7.17: blank "avser" shows the routine's name and the period.
    const auto routine = ReferenceData(db).routine(v.routine);
    const QString name = routine ? routine->name : Tr::tr("Rutin %1").arg(v.routine);
    return QStringLiteral("%1 %2").arg(name, v.invoiceDate.toString(QStringLiteral("yyyy-MM")))
        .left(payment_order::MaxConcerns);
}

} // namespace

struct PaymentOrderService::Loaded
{
    QList<PaymentOrderProblem> problems;
    QList<QPair<int, Invoice>> claims; // row, claim with its transactions
    PaymentOrderDebtor debtor;
    QStringList overrides;
};

QString PaymentOrderService::joined(const QList<PaymentOrderProblem> &problems)
{
    QStringList lines;
    for (const PaymentOrderProblem &p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> PaymentOrderService::idNumberProblem(const QString &text, const QDate &today)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QString why;
    if (!SwedishId::parse(text, today, &why))
        return Tr::tr("Personnummer: %1").arg(why);
    return std::nullopt;
}

QList<PaymentOrderProblem>
PaymentOrderService::applicantProblems(const PaymentOrderApplicant &a)
{
    QList<PaymentOrderProblem> out;
    checkBlock(out, QStringLiteral("applicant.lines"), Tr::tr("Sökande"), a.applicant, true);
    // Handbook 7.17: "organisationsnummer ... fylls i med 10 siffror".
    QString digits = a.applicantOrgNr.trimmed();
    digits.remove(QLatin1Char('-'));
    static const QRegularExpression tenDigits(QStringLiteral("^\\d{10}$"));
    QString why;
    if (digits.isEmpty())
        out.append({QStringLiteral("applicant.orgNr"), 0,
                    Tr::tr("Sökandens organisationsnummer: saknas (10 siffror).")});
    else if (!tenDigits.match(digits).hasMatch())
        out.append({QStringLiteral("applicant.orgNr"), 0,
                    Tr::tr("Sökandens organisationsnummer: ange 10 siffror, inte \"%1\".")
                        .arg(a.applicantOrgNr.trimmed())});
    else if (!SwedishId::parse(digits, QDate::currentDate(), &why))
        out.append({QStringLiteral("applicant.orgNr"), 0,
                    Tr::tr("Sökandens organisationsnummer: %1").arg(why)});
    checkBlock(out, QStringLiteral("office"), Tr::tr("Mottagande kronofogdemyndighet"), a.office,
               true);
    checkBlock(out, QStringLiteral("agent"), Tr::tr("Ombud"), a.agent, false);

    if (const auto p = costProblem(Tr::tr("Ansökningsavgift att betala"), a.applicationFee))
        out.append({QStringLiteral("applicationFee"), 0, *p});
    // "om belopp fyllts i måste antingen plusgirokonto anges eller markering
    // ske om att den bifogas".
    const QString giro = a.feePlusgiro.trimmed();
    if (a.applicationFee.isPositive()) {
        if (giro.isEmpty() && !a.feeEnclosed)
            out.append({QStringLiteral("feePayment"), 0,
                        Tr::tr("Ansökningsavgift: ange Kronofogdens plusgirokonto eller markera "
                               "att avgiften bifogas.")});
        else if (!giro.isEmpty() && a.feeEnclosed)
            out.append({QStringLiteral("feePayment"), 0,
                        Tr::tr("Ansökningsavgift: ange plusgirokonto eller bifogas, inte båda.")});
    }
    if (!giro.isEmpty() && !Plusgiro::parse(giro, &why))
        out.append({QStringLiteral("feePayment"), 0, Tr::tr("Plusgirokonto: %1").arg(why)});

    if (a.enforcement == PaymentOrderEnforcement::Unset)
        out.append({QStringLiteral("enforcement"), 0,
                    Tr::tr("Verkställighet: välj utmätning (begränsad), utmätning (fullständig) "
                           "eller begär inte verkställighet.")});
    else if (a.realEstate && a.enforcement == PaymentOrderEnforcement::NotRequested)
        out.append({QStringLiteral("enforcement"), 0,
                    Tr::tr("Verkställighet: utmätning av fast egendom kan inte begäras när "
                           "verkställighet inte begärs.")});
    return out;
}

PaymentOrderService::Loaded PaymentOrderService::load(const PaymentOrderApplication &a)
{
    Loaded l;
    QList<PaymentOrderProblem> &out = l.problems;
    const QDate date = a.applicationDate;
    if (!date.isValid())
        out.append({QStringLiteral("applicationDate"), 0, Tr::tr("Ansökningsdatum: saknas.")});

    // Claims (flik Fakturor 1 och 2).
    int given = 0;
    for (const PaymentOrderClaimInput &c : a.claims)
        given += c.isBlank() ? 0 : 1;
    if (given == 0)
        out.append({QStringLiteral("claims"), 0, Tr::tr("Fakturor: ange minst en faktura.")});
    else if (given > payment_order::MaxClaims)
        out.append({QStringLiteral("claims"), 0,
                    Tr::tr("Fakturor: högst %1 fakturor på ett betalningsföreläggande, inte %2.")
                        .arg(payment_order::MaxClaims)
                        .arg(given)});
    InvoiceRepository repo(m_db);
    ReferenceData reference(m_db);
    QHash<QString, int> seen; // "001/040000001" -> row
    for (int i = 0; i < a.claims.size(); ++i) {
        const PaymentOrderClaimInput &c = a.claims.at(i);
        const int row = i + 1;
        if (c.isBlank())
            continue;
        const QString prefix = Tr::tr("Rad %1: ").arg(row);
        if (c.concerns.trimmed().size() > payment_order::MaxConcerns)
            out.append({QStringLiteral("claim.concerns"), row,
                        prefix + Tr::tr("Avser är %1 tecken, högst %2.")
                                     .arg(c.concerns.trimmed().size())
                                     .arg(payment_order::MaxConcerns)});
        const auto company = ReferenceData::normalizeCompanyNumber(c.company);
        if (!company || !reference.company(*company)) {
            out.append({QStringLiteral("claim.company"), row,
                        c.company.trimmed().isEmpty()
                            ? prefix + Tr::tr("Företag saknas.")
                            : prefix + Tr::tr("Företag \"%1\" finns inte.").arg(c.company.trimmed())});
            continue;
        }
        const auto number = InvoiceRepository::normalizeInvoiceNumber(c.invoiceNumber.trimmed());
        if (!number) {
            out.append({QStringLiteral("claim.invoice"), row,
                        c.invoiceNumber.trimmed().isEmpty()
                            ? prefix + Tr::tr("Fakturanummer saknas.")
                            : prefix + Tr::tr("\"%1\" är inget fakturanummer (högst 9 siffror).")
                                           .arg(c.invoiceNumber.trimmed())});
            continue;
        }
        const QString key = *company + QLatin1Char('/') + *number;
        if (seen.contains(key)) {
            out.append({QStringLiteral("claim.invoice"), row,
                        prefix + Tr::tr("Faktura %1 står redan på rad %2.").arg(key).arg(seen.value(key))});
            continue;
        }
        seen.insert(key, row);
        const auto invoice = repo.find(*company, *number);
        if (!invoice) {
            out.append({QStringLiteral("claim.invoice"), row,
                        prefix + Tr::tr("Faktura %1 finns inte på företag %2.").arg(*number, *company)});
            continue;
        }
        const Invoice &v = *invoice;
        if (v.amount.isNegative() || v.amount.isZero())
            out.append({QStringLiteral("claim.invoice"), row,
                        prefix + Tr::tr("Faktura %1 är en kreditfaktura.").arg(key)});
        else if (!v.capitalOpen.isPositive())
            out.append({QStringLiteral("claim.invoice"), row,
                        prefix + Tr::tr("Faktura %1 har inget obetalt kapitalbelopp (saldo %2).")
                                     .arg(key, v.balance.toString())});
        if (v.paymentOrderDate.isValid())
            out.append({QStringLiteral("claim.invoice"), row,
                        prefix + Tr::tr("Faktura %1 har redan betalningsföreläggande %2; ta bort "
                                        "datumet på fakturan för att söka igen.")
                                     .arg(key, iso(v.paymentOrderDate))});
        if (date.isValid() && v.dueDate >= date)
            out.append({QStringLiteral("claim.invoice"), row,
                        prefix + Tr::tr("Faktura %1 har inte förfallit till betalning "
                                        "(förfallodag %2).")
                                     .arg(key, iso(v.dueDate))});
        l.claims.append({row, v});
    }

    // One debtor: the same person number on every claim that has one
    // ("Finns personnummer på fakturorna sker kontroll av att det är samma").
    const QDate today = m_db.today();
    QString expected;   // canonical
    QString expectedBy; // where it came from, for the message
    if (!a.idNumber.trimmed().isEmpty()) {
        QString why;
        if (const auto id = SwedishId::parse(a.idNumber, today, &why)) {
            expected = id->normalized();
            expectedBy = Tr::tr("det angivna %1").arg(id->display());
        } else {
            out.append({QStringLiteral("idNumber"), 0, Tr::tr("Personnummer: %1").arg(why)});
        }
    }
    const auto display = [&today](const QString &stored) {
        const auto id = SwedishId::parse(stored, today);
        return id ? id->display() : stored;
    };
    bool typedFailed = !a.idNumber.trimmed().isEmpty() && expected.isEmpty();
    for (const auto &[row, v] : l.claims) {
        if (v.idNumber.isEmpty() || typedFailed)
            continue;
        const auto id = SwedishId::parse(v.idNumber, today);
        const QString canonical = id ? id->normalized() : v.idNumber;
        if (expected.isEmpty()) {
            expected = canonical;
            expectedBy = Tr::tr("%1 på rad %2").arg(display(v.idNumber)).arg(row);
        } else if (canonical != expected) {
            out.append({QStringLiteral("claim.invoice"), row,
                        Tr::tr("Rad %1: faktura %2/%3 gäller personnummer %4, inte %5; ett "
                               "betalningsföreläggande gäller en gäldenär.")
                            .arg(row)
                            .arg(v.company, v.invoiceNumber, display(v.idNumber), expectedBy)});
        }
    }
    if (expected.isEmpty() && !typedFailed && !l.claims.isEmpty())
        out.append({QStringLiteral("idNumber"), 0,
                    Tr::tr("Personnummer: ingen av fakturorna har personnummer; ange "
                           "gäldenärens.")});
    if (!l.claims.isEmpty()) {
        const Invoice &first = l.claims.first().second;
        PaymentOrderDebtor &d = l.debtor;
        d.idNumber = expected;
        d.idDisplay = display(expected);
        d.name = first.name;
        d.name2 = first.name2;
        d.co = first.co;
        d.address = first.address;
        d.postalCode = first.postalCode;
        d.city = first.city;
        d.country = first.country;
        d.countryName = CountryNames(m_db).printed(first.country);
        d.addressWithheld = ProtectedIdentity(m_db).customer(first.customerId);
    }

    // Interest (ränta alternativ) and the texts.
    const bool other = a.interest == PaymentOrderInterest::OtherRate;
    const qint64 rate = a.otherRateHundredths;
    const QString ground = a.interestGround.trimmed();
    if (other) {
        if (rate <= 0 || rate % 100 != 0 || rate > payment_order::MaxRatePercent * 100)
            out.append({QStringLiteral("rate"), 0,
                        Tr::tr("Räntesats: ange hela procent 1–99 för alternativ 2.")});
        if (ground.isEmpty())
            out.append({QStringLiteral("ground"), 0,
                        Tr::tr("Grund: ange varför annan räntesats yrkas (alternativ 2).")});
    } else {
        if (rate != 0)
            out.append({QStringLiteral("rate"), 0,
                        Tr::tr("Räntesats: anges bara med alternativ 2.")});
        if (!ground.isEmpty())
            out.append({QStringLiteral("ground"), 0, Tr::tr("Grund: anges bara med alternativ 2.")});
    }
    if (ground.size() > payment_order::MaxGround)
        out.append({QStringLiteral("ground"), 0,
                    Tr::tr("Grund: %1 tecken, högst %2.").arg(ground.size()).arg(payment_order::MaxGround)});
    const QString special = a.specialInformation.trimmed();
    if (special.size() > payment_order::MaxSpecialInformation)
        out.append({QStringLiteral("specialInformation"), 0,
                    Tr::tr("Särskilda upplysningar: %1 tecken, högst %2.")
                        .arg(special.size())
                        .arg(payment_order::MaxSpecialInformation)});

    // Costs (flik Kostnader) and their statutory maximums (FACTS-SE §5–6).
    const PaymentOrderCosts &costs = a.costs;
    for (const PaymentOrderCostLine &line : costs.lines())
        if (const auto p = costProblem(line.label, line.amount))
            out.append({QStringLiteral("cost.") + line.key, 0, *p});
    const QString otherName = costs.otherCollectionName.trimmed();
    if (otherName.size() > payment_order::MaxOtherCostName)
        out.append({QStringLiteral("cost.otherCollection"), 0,
                    Tr::tr("Övrig inkassokostnad: benämningen är %1 tecken, högst %2.")
                        .arg(otherName.size())
                        .arg(payment_order::MaxOtherCostName)});
    if (costs.otherCollection.isPositive() && otherName.isEmpty())
        out.append({QStringLiteral("cost.otherCollection"), 0,
                    Tr::tr("Övrig inkassokostnad: ange vad kostnaden avser.")});
    if (!costs.otherCollection.isPositive() && !otherName.isEmpty())
        out.append({QStringLiteral("cost.otherCollection"), 0,
                    Tr::tr("Övrig inkassokostnad: ange beloppet för \"%1\".").arg(otherName)});

    int reminders = 0, demands = 0;
    QSet<QDate> plans;
    DunningSettingsRegister settings(m_db);
    QHash<QString, bool> agreed;
    for (const auto &[row, v] : l.claims) {
        if (!agreed.contains(v.routine)) {
            const auto s = settings.settings(v.routine);
            agreed.insert(v.routine, s && s->reminderFeeAgreed);
        }
        if (agreed.value(v.routine))
            reminders += int(v.reminder1Date.isValid()) + int(v.reminder2Date.isValid());
        demands += int(v.collectionDate.isValid());
        if (v.paymentPlanDate.isValid())
            plans.insert(v.paymentPlanDate);
    }
    struct Cap
    {
        QString key;
        QString label;
        Money amount;
        Money cap;
        QString why;
    };
    const QList<Cap> caps{
        {QStringLiteral("applicationFee"), Tr::tr("Ansökningsavgift"), costs.applicationFee,
         Money::fromOre(payment_order::ApplicationFeeOre),
         Tr::tr("Kronofogdens avgift, förordning 1992:1094")},
        {QStringLiteral("ownWork"), Tr::tr("Eget arbete/ombudsarvode"), costs.ownWork,
         Money::fromOre(payment_order::OwnWorkCapOre), Tr::tr("lag 1990:746 48 §")},
        {QStringLiteral("reminder"), Tr::tr("Betalningspåminnelse"), costs.reminder,
         Money::fromOre(fee_cap::ReminderOre * reminders),
         Tr::tr("%n påminnelse(r) med avtalad avgift à 60 kr, lag 1981:739 2 och 4 §§", nullptr,
                reminders)},
        {QStringLiteral("demand"), Tr::tr("Kravbrev"), costs.demand,
         Money::fromOre(fee_cap::CollectionOre * demands),
         Tr::tr("%n inkassokrav à 180 kr, lag 1981:739 4 §", nullptr, demands)},
        {QStringLiteral("paymentPlan"), Tr::tr("Amorteringsplan"), costs.paymentPlan,
         Money::fromOre(fee_cap::PaymentPlanOre * qint64(plans.size())),
         Tr::tr("%n amorteringsplan(er) à 170 kr, lag 1981:739 4 §", nullptr, int(plans.size()))},
    };
    const bool reason = !costs.overrideReason.trimmed().isEmpty();
    for (const Cap &c : caps) {
        if (c.amount <= c.cap || costProblem(c.label, c.amount))
            continue;
        const QString text = Tr::tr("%1: %2 kr är mer än högst %3 kr (%4).")
                                 .arg(c.label, kronor(c.amount), kronor(c.cap), c.why);
        l.overrides << text;
        if (!reason)
            out.append({QStringLiteral("cost.") + c.key, 0,
                        text + QLatin1Char(' ')
                            + Tr::tr("Ange skäl för att yrka mer, eller sänk beloppet."),
                        true});
    }

    out += applicantProblems(a.applicant);
    return l;
}

QList<PaymentOrderProblem> PaymentOrderService::problems(const PaymentOrderApplication &application)
{
    return load(application).problems;
}

PaymentOrder PaymentOrderService::compute(const PaymentOrderApplication &a,
                                          QList<PaymentOrderProblem> *problems)
{
    Loaded l = load(a);
    if (problems)
        *problems = l.problems;
    else if (!l.problems.isEmpty())
        throw LedgerError::refused(joined(l.problems));
    PaymentOrder o;
    o.application = a;
    o.application.idNumber = l.debtor.idNumber;
    o.application.interestGround = a.interestGround.trimmed();
    o.application.specialInformation = a.specialInformation.trimmed();
    o.application.costs.overrideReason = a.costs.overrideReason.trimmed();
    o.application.costs.otherCollectionName = a.costs.otherCollectionName.trimmed();
    o.debtor = l.debtor;
    o.overrides = l.overrides;

    InterestService service(m_db);
    const InterestCalculator ledgerRate = service.calculator();
    const QDate date = a.applicationDate;
    for (const auto &[row, v] : l.claims) {
        PaymentOrderClaim c;
        c.row = row;
        c.invoiceId = v.id;
        c.version = v.version;
        c.company = v.company;
        c.invoiceNumber = v.invoiceNumber;
        c.routine = v.routine;
        c.invoiceDate = v.invoiceDate;
        c.dueDate = v.dueDate;
        const QString typed = a.claims.at(row - 1).concerns.trimmed();
        c.concerns = typed.isEmpty() ? defaultConcerns(v, m_db) : typed;
        o.application.claims[row - 1] = {v.company, v.invoiceNumber, typed};
        c.capital = v.capitalOpen;
        if (a.interest != PaymentOrderInterest::None) {
            const InterestClaim timeline = service.claimTimeline(v);
            std::optional<InterestCalculator> fixed;
            if (a.interest == PaymentOrderInterest::OtherRate) {
                InterestSettings s = ledgerRate.settings();
                s.marginHundredths = a.otherRateHundredths;
                fixed.emplace(s, flatTable(std::min(v.invoiceDate, v.dueDate), date));
                c.rateHundredths = a.otherRateHundredths;
                c.rateText = Tr::tr("%1 %").arg(a.otherRateHundredths / 100);
            } else {
                c.rateHundredths = ledgerRate.settings().marginHundredths;
                c.rateText = Tr::tr("ref.räntan + %1")
                                 .arg(formatRateHundredths(c.rateHundredths));
            }
            const InterestCalculator &calculator = fixed ? *fixed : ledgerRate;
            InterestResult result;
            bool computed = true;
            try {
                result = calculator.compute(timeline, date);
            } catch (const LedgerError &e) {
                const QString message = Tr::tr("Rad %1: faktura %2/%3: %4")
                                            .arg(row)
                                            .arg(v.company, v.invoiceNumber, e.message());
                if (!problems)
                    throw LedgerError::refused(message);
                problems->append({QStringLiteral("claim.invoice"), row, message});
                computed = false;
            }
            if (!computed) {
                o.claims.append(c);
                continue;
            }
            // What the debtor has already paid of interest debited on the
            // claim (a collection demand's interest) is not asked for again.
            const Money paid = v.interestDebited - v.interestOpen;
            c.interest = Money::max(Money(), result.interest - paid);
            c.interestNote = result.note;
            if (result.days > 0 || result.note.isEmpty())
                c.interestFrom = calculator.startDay(timeline);
            if (!result.note.isEmpty() && result.note.contains(QLatin1String("UNVERIFIED"))
                && !o.notes.contains(result.note))
                o.notes << result.note;
        }
        o.claims.append(c);
    }
    return o;
}

} // namespace rsk
