// The plan's values and the pure schedule (handbook 7.18). The service that
// reads claims and stores plans is in paymentplanservice.cpp.
#include "dunning/paymentplan.h"

#include "interest/interestcalculator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

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

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Money as a JSON number: whole öre, exact in a double below 2^53.
QJsonValue ore(Money m)
{
    return double(m.ore());
}

Money money(const QJsonValue &v)
{
    return Money::fromOre(qint64(v.toDouble()));
}

// The rate table the schedule uses: the stored one and, after its last
// covered day, the last rate for each further half-year (the future rate is
// not known when the plan is made). Only when the table covers the plan
// date: a missing rate for a day already past is refused, never guessed.
ReferenceRateTable projected(const ReferenceRateTable &rates, const QDate &planDate,
                             const QDate &lastDate)
{
    if (rates.isEmpty())
        return rates;
    const QDate last = rates.lastCoveredDay();
    if (last >= lastDate || last < planDate)
        return rates;
    QList<ReferenceRate> rows = rates.rows();
    const qint64 rate = rows.last().rateHundredths;
    for (QDate from = last.addDays(1); from <= lastDate;
         from = ReferenceRateTable::endOfHalfYear(from).addDays(1))
        rows.append({from, rate, true, QStringLiteral("antagen (amorteringsplan)")});
    return ReferenceRateTable(rows);
}

} // namespace

QDate PaymentPlanTerms::dateFor(int k) const
{
    if (!firstDate.isValid() || k < 1)
        return QDate();
    const QDate month = QDate(firstDate.year(), firstDate.month(), 1).addMonths(k - 1);
    const int day =
        lastOfMonth ? month.daysInMonth() : std::min(firstDate.day(), month.daysInMonth());
    return QDate(month.year(), month.month(), day);
}

Money PaymentSchedule::total(Money PaymentPlanInstalment::*part) const
{
    Money sum;
    for (const PaymentPlanInstalment &i : instalments)
        sum += i.*part;
    return sum;
}

Money PaymentPlan::capital() const
{
    Money sum;
    for (const PaymentPlanClaimLine &l : claims)
        sum += l.capital;
    return sum;
}

Money PaymentPlan::fees() const
{
    Money sum;
    for (const PaymentPlanClaimLine &l : claims)
        sum += l.fees();
    return sum;
}

Money PaymentPlan::accruedInterest() const
{
    Money sum;
    for (const PaymentPlanClaimLine &l : claims)
        sum += l.interest;
    return sum;
}

Money PaymentPlan::newInterest() const
{
    Money sum;
    for (const PaymentPlanInstalment &i : instalments)
        sum += i.newInterest;
    return sum;
}

Money PaymentPlan::noticeFees() const
{
    Money sum;
    for (const PaymentPlanInstalment &i : instalments)
        sum += i.noticeFee;
    return sum;
}

Money PaymentPlan::totalToPay() const
{
    Money sum;
    for (const PaymentPlanInstalment &i : instalments)
        sum += i.amount;
    return sum;
}

// ---------------------------------------------------------------- schedule

PaymentSchedule PaymentPlanService::schedule(const PaymentScheduleInput &in,
                                             const InterestSettings &settings,
                                             const ReferenceRateTable &rates)
{
    PaymentSchedule s;
    const PaymentPlanTerms &t = in.terms;
    // Interest from the day after the previous date through the payment
    // date, whatever the ledger's start rule for due dates: a period's last
    // day is the next period's day before its first.
    InterestSettings between = settings;
    between.startRule = InterestSettings::StartRule::DayAfterDueDate;
    between.daysAfterInvoiceDate = 0;
    const QDate horizon = t.dateFor(MaxMonths + 1);
    const InterestCalculator calculator(between, projected(rates, in.planDate, horizon));
    const QDate lastKnown = rates.isEmpty() ? QDate() : rates.lastCoveredDay();

    Money capital = in.capital;
    Money fees = in.fees;
    Money interestDue = in.accruedInterest;
    QDate previous = in.planDate;
    bool usedProjection = false;
    for (int k = 1; (capital + fees + interestDue).isPositive(); ++k) {
        if (k > MaxMonths) {
            s.tooLong = true;
            break;
        }
        PaymentPlanInstalment i;
        i.number = k;
        i.date = t.dateFor(k);
        if (!t.noInterest && capital.isPositive()) {
            InterestClaim claim;
            claim.capital = capital;
            claim.dueDate = previous;
            const InterestResult r = calculator.compute(claim, i.date);
            i.newInterest = r.interest;
            if (r.interest.isPositive() && !r.note.isEmpty() && !s.notes.contains(r.note))
                s.notes.append(r.note);
            usedProjection = usedProjection || (lastKnown.isValid() && i.date > lastKnown);
        }
        interestDue += i.newInterest;
        Money pay = t.amountFor(k);
        i.fees = Money::min(pay, fees);
        pay -= i.fees;
        i.interest = Money::min(pay, interestDue);
        pay -= i.interest;
        i.capital = Money::min(pay, capital);
        fees -= i.fees;
        interestDue -= i.interest;
        capital -= i.capital;
        i.noticeFee = t.noticeFee;
        i.amount = i.fees + i.interest + i.capital + i.noticeFee;
        i.remaining = fees + interestDue + capital;
        s.instalments.append(i);
        previous = i.date;
    }
    if (usedProjection)
        s.notes.append(
            Tr::tr("Räntan efter %1 är beräknad med den senast kända referensräntan "
                   "%2 %; den verkliga räntan följer referensräntan.")
                .arg(isoDate(lastKnown), formatRateHundredths(rates.rows().last().rateHundredths)));
    return s;
}

std::optional<Money> PaymentPlanService::fittingAmount(const PaymentScheduleInput &input,
                                                       const InterestSettings &settings,
                                                       const ReferenceRateTable &rates)
{
    // With "i .. månader" the later amount is the one to raise; the first
    // months stay as agreed.
    const bool adjustThen = input.terms.months > 0 && input.terms.months < MaxMonths;
    const auto fits = [&](qint64 kronor) {
        PaymentScheduleInput t = input;
        (adjustThen ? t.terms.then : t.terms.monthly) = Money::fromKronor(kronor);
        return !schedule(t, settings, rates).tooLong;
    };
    qint64 high = 1;
    while (!fits(high)) {
        if (high >= MaxMonthlyKronor)
            return std::nullopt;
        high = std::min(high * 2, MaxMonthlyKronor);
    }
    qint64 low = high / 2; // does not fit (or 0)
    while (high - low > 1) {
        const qint64 mid = low + (high - low) / 2;
        (fits(mid) ? high : low) = mid;
    }
    return Money::fromKronor(high);
}

// ---------------------------------------------------------------- JSON

QJsonObject PaymentPlan::toJson() const
{
    QJsonArray claimRows;
    for (const PaymentPlanClaimLine &l : claims)
        claimRows.append(QJsonObject{{QStringLiteral("invoice_id"), double(l.invoiceId)},
                                     {QStringLiteral("version"), l.version},
                                     {QStringLiteral("company"), l.company},
                                     {QStringLiteral("invoice_number"), l.invoiceNumber},
                                     {QStringLiteral("id_number"), l.idNumber},
                                     {QStringLiteral("text"), l.text},
                                     {QStringLiteral("due_date"), isoDate(l.dueDate)},
                                     {QStringLiteral("capital_ore"), ore(l.capital)},
                                     {QStringLiteral("reminder_fee_ore"), ore(l.reminderFee)},
                                     {QStringLiteral("collection_fee_ore"), ore(l.collectionFee)},
                                     {QStringLiteral("other_fee_ore"), ore(l.otherFee)},
                                     {QStringLiteral("interest_ore"), ore(l.interest)},
                                     {QStringLiteral("interest_given"), l.interestGiven},
                                     {QStringLiteral("note"), l.note}});
    QJsonArray rows;
    for (const PaymentPlanInstalment &i : instalments)
        rows.append(QJsonObject{{QStringLiteral("number"), i.number},
                                {QStringLiteral("date"), isoDate(i.date)},
                                {QStringLiteral("amount_ore"), ore(i.amount)},
                                {QStringLiteral("fees_ore"), ore(i.fees)},
                                {QStringLiteral("interest_ore"), ore(i.interest)},
                                {QStringLiteral("new_interest_ore"), ore(i.newInterest)},
                                {QStringLiteral("capital_ore"), ore(i.capital)},
                                {QStringLiteral("notice_fee_ore"), ore(i.noticeFee)},
                                {QStringLiteral("remaining_ore"), ore(i.remaining)}});
    const PaymentPlanDebtor &d = debtor;
    const PaymentPlanCreditor &c = creditor;
    return {
        {QStringLiteral("plan_date"), isoDate(planDate)},
        {QStringLiteral("debtor"),
         QJsonObject{{QStringLiteral("name"), d.name},
                     {QStringLiteral("id_number"), d.idNumber},
                     {QStringLiteral("name2"), d.name2},
                     {QStringLiteral("id_number2"), d.idNumber2},
                     {QStringLiteral("co"), d.co},
                     {QStringLiteral("address"), d.address},
                     {QStringLiteral("postal_code"), d.postalCode},
                     {QStringLiteral("city"), d.city},
                     {QStringLiteral("address_withheld"), d.addressWithheld}}},
        {QStringLiteral("creditor"), QJsonObject{{QStringLiteral("org_nr"), c.orgNr},
                                                 {QStringLiteral("name"), c.name},
                                                 {QStringLiteral("address"), c.address},
                                                 {QStringLiteral("postal_code"), c.postalCode},
                                                 {QStringLiteral("city"), c.city},
                                                 {QStringLiteral("phone"), c.phone},
                                                 {QStringLiteral("plusgiro"), c.plusgiro},
                                                 {QStringLiteral("bankgiro"), c.bankgiro}}},
        {QStringLiteral("terms"),
         QJsonObject{{QStringLiteral("first_date"), isoDate(terms.firstDate)},
                     {QStringLiteral("last_of_month"), terms.lastOfMonth},
                     {QStringLiteral("monthly_ore"), ore(terms.monthly)},
                     {QStringLiteral("months"), terms.months},
                     {QStringLiteral("then_ore"), ore(terms.then)},
                     {QStringLiteral("notice_fee_ore"), ore(terms.noticeFee)},
                     {QStringLiteral("notice_fee_reason"), terms.noticeFeeOverrideReason},
                     {QStringLiteral("no_interest"), terms.noInterest}}},
        {QStringLiteral("claims"), claimRows},
        {QStringLiteral("texts"), QJsonArray::fromStringList(texts)},
        {QStringLiteral("instalments"), rows},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("margin_hundredths"), double(marginHundredths)},
    };
}

PaymentPlan PaymentPlan::fromJson(const QJsonObject &o)
{
    PaymentPlan p;
    p.planDate = dateFrom(o.value(QStringLiteral("plan_date")));
    const QJsonObject d = o.value(QStringLiteral("debtor")).toObject();
    const auto s = [](const QJsonObject &obj, const char *key) {
        return obj.value(QLatin1String(key)).toString();
    };
    p.debtor = {s(d, "name"),
                s(d, "id_number"),
                s(d, "name2"),
                s(d, "id_number2"),
                s(d, "co"),
                s(d, "address"),
                s(d, "postal_code"),
                s(d, "city"),
                d.value(QStringLiteral("address_withheld")).toBool()};
    const QJsonObject c = o.value(QStringLiteral("creditor")).toObject();
    p.creditor = {s(c, "org_nr"), s(c, "name"),  s(c, "address"),  s(c, "postal_code"),
                  s(c, "city"),   s(c, "phone"), s(c, "plusgiro"), s(c, "bankgiro")};
    const QJsonObject t = o.value(QStringLiteral("terms")).toObject();
    p.terms.firstDate = dateFrom(t.value(QStringLiteral("first_date")));
    p.terms.lastOfMonth = t.value(QStringLiteral("last_of_month")).toBool();
    p.terms.monthly = money(t.value(QStringLiteral("monthly_ore")));
    p.terms.months = t.value(QStringLiteral("months")).toInt();
    p.terms.then = money(t.value(QStringLiteral("then_ore")));
    p.terms.noticeFee = money(t.value(QStringLiteral("notice_fee_ore")));
    p.terms.noticeFeeOverrideReason = s(t, "notice_fee_reason");
    p.terms.noInterest = t.value(QStringLiteral("no_interest")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject r = v.toObject();
        PaymentPlanClaimLine l;
        l.invoiceId = qint64(r.value(QStringLiteral("invoice_id")).toDouble());
        l.version = r.value(QStringLiteral("version")).toInt();
        l.company = s(r, "company");
        l.invoiceNumber = s(r, "invoice_number");
        l.idNumber = s(r, "id_number");
        l.text = s(r, "text");
        l.dueDate = dateFrom(r.value(QStringLiteral("due_date")));
        l.capital = money(r.value(QStringLiteral("capital_ore")));
        l.reminderFee = money(r.value(QStringLiteral("reminder_fee_ore")));
        l.collectionFee = money(r.value(QStringLiteral("collection_fee_ore")));
        l.otherFee = money(r.value(QStringLiteral("other_fee_ore")));
        l.interest = money(r.value(QStringLiteral("interest_ore")));
        l.interestGiven = r.value(QStringLiteral("interest_given")).toBool();
        l.note = s(r, "note");
        p.claims.append(l);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("texts")).toArray())
        p.texts.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("instalments")).toArray()) {
        const QJsonObject r = v.toObject();
        PaymentPlanInstalment i;
        i.number = r.value(QStringLiteral("number")).toInt();
        i.date = dateFrom(r.value(QStringLiteral("date")));
        i.amount = money(r.value(QStringLiteral("amount_ore")));
        i.fees = money(r.value(QStringLiteral("fees_ore")));
        i.interest = money(r.value(QStringLiteral("interest_ore")));
        i.newInterest = money(r.value(QStringLiteral("new_interest_ore")));
        i.capital = money(r.value(QStringLiteral("capital_ore")));
        i.noticeFee = money(r.value(QStringLiteral("notice_fee_ore")));
        i.remaining = money(r.value(QStringLiteral("remaining_ore")));
        p.instalments.append(i);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("notes")).toArray())
        p.notes.append(v.toString());
    p.marginHundredths = qint64(o.value(QStringLiteral("margin_hundredths")).toDouble());
    return p;
}

} // namespace rsk
