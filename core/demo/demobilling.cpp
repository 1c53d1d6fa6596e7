#include "demo/demobilling.h"

#include "dates/bankingdays.h"

namespace rsk::demo {

namespace {

const char *const kMonths[] = {"januari",   "februari", "mars",     "april",
                               "maj",       "juni",     "juli",     "augusti",
                               "september", "oktober",  "november", "december"};
const char *const kShortMonths[] = {"jan", "feb", "mar", "apr", "maj", "jun",
                                    "jul", "aug", "sep", "okt", "nov", "dec"};

QString monthYear(const QDate &d)
{
    return QLatin1String(kMonths[d.month() - 1]) + QLatin1Char(' ') + QString::number(d.year());
}

// "jan–feb 2025", or "dec 2024–feb 2025" across a new year.
QString period(const QDate &firstMonth, int months)
{
    const QDate last = firstMonth.addMonths(months - 1);
    QString text = QLatin1String(kShortMonths[firstMonth.month() - 1]);
    if (last.year() != firstMonth.year())
        text += QLatin1Char(' ') + QString::number(firstMonth.year());
    return text + QChar(0x2013) + QLatin1String(kShortMonths[last.month() - 1]) + QLatin1Char(' ')
           + QString::number(last.year());
}

qint64 wholeKronor(qint64 ore)
{
    return ore / 100 * 100;
}

// Account of the routine's main line (kommunens intäktskonton, 30xx-32xx).
QString mainAccount(int routine)
{
    switch (routine) {
    case HomeCare:
        return QStringLiteral("3011");
    case ChildCare:
        return QStringLiteral("3031");
    case Water:
        return QStringLiteral("3041");
    case Waste:
        return QStringLiteral("3242");
    case Rent:
        return QStringLiteral("3071");
    default:
        return QStringLiteral("3199");
    }
}

QString registerIdOf(const Household &h, int routine)
{
    switch (routine) {
    case HomeCare:
        return h.careId;
    case ChildCare:
        return h.childId;
    case Water:
        return h.waterId;
    case Waste:
        return h.wasteId;
    case Rent:
        return h.objectId;
    default:
        return {};
    }
}

} // namespace

BankingDays::BankingDays(int fromJulianDay, int toJulianDay) : m_from(fromJulianDay)
{
    const int n = qMax(0, toJulianDay - fromJulianDay + 1);
    m_next.resize(n);
    m_previous.resize(n);
    for (int i = 0; i < n; ++i) {
        const QDate d = QDate::fromJulianDay(m_from + i);
        m_next[i] = int(nextBankingDay(d).toJulianDay());
        m_previous[i] = int(previousBankingDay(d).toJulianDay());
    }
}

int BankingDays::next(int day) const
{
    const int i = day - m_from;
    if (i >= 0 && i < int(m_next.size()))
        return m_next[i];
    return int(nextBankingDay(QDate::fromJulianDay(day)).toJulianDay());
}

int BankingDays::previous(int day) const
{
    const int i = day - m_from;
    if (i >= 0 && i < int(m_previous.size()))
        return m_previous[i];
    return int(previousBankingDay(QDate::fromJulianDay(day)).toJulianDay());
}

qint64 Bill::capitalOpenOre() const
{
    qint64 open = amountOre;
    for (int i = 0; i < paymentCount; ++i)
        open += payments[i].method == 'B' ? -payments[i].ore : payments[i].ore;
    return open;
}

qint64 Bill::paidOre() const
{
    qint64 paid = 0;
    for (int i = 0; i < paymentCount; ++i)
        if (payments[i].method == 'B')
            paid += payments[i].ore;
    return paid;
}

int Bill::finalPaidDay() const
{
    // Payments never overshoot, so the balance first reaches 0 with the last.
    return paymentCount > 0 && capitalOpenOre() == 0 ? payments[paymentCount - 1].day : 0;
}

Billing::Billing(const NameLists &lists, int today, const BankingDays &days)
    : m_lists(lists), m_today(today), m_days(days)
{
    m_firstYear = QDate::fromJulianDay(today).addMonths(-24).year();
    for (int r = 0; r < RoutineCount; ++r)
        m_departments[r] = QLatin1String(routineInfo(r).department);
    for (int i = 0; i < lists.diverse.size(); ++i) {
        const char who = lists.diverse.at(i).who;
        if (who != 'O')
            m_personItems.append(i);
        if (who != 'P')
            m_organisationItems.append(i);
    }
}

int Billing::yearsSinceStart(int day) const
{
    return QDate::fromJulianDay(day).year() - m_firstYear;
}

void Billing::addLine(Bill &b, const QString &text, qint64 ore, const QString &account)
{
    if (ore == 0)
        return;
    BillLine &l = b.lines[b.lineCount++];
    l.text = text;
    l.ore = ore;
    l.account = account;
}

const QString &Billing::runText(int routine, int variant, int invoiceDay)
{
    const quint64 key = (quint64(routine) << 40) | (quint64(variant) << 32) | quint64(invoiceDay);
    auto it = m_runTexts.find(key);
    if (it != m_runTexts.end())
        return *it;
    const QDate d = QDate::fromJulianDay(invoiceDay);
    const QDate month(d.year(), d.month(), 1);
    QString text;
    switch (routine) {
    case HomeCare: // billed after the month
        text = QStringLiteral("Hemtjänst ") + monthYear(month.addMonths(-1));
        break;
    case ChildCare:
        text = QStringLiteral("Barnomsorgsavgift ") + monthYear(month);
        break;
    case Water: { // consumption of the months before
        const int months = variant <= 1 ? 2 : 3;
        text = QStringLiteral("Vatten och avlopp ") + period(month.addMonths(-months), months);
        break;
    }
    case Waste: // billed in advance for the quarter
        text = QStringLiteral("Renhållning ") + period(month, 3);
        break;
    case Rent: // in advance for next month
        text = QStringLiteral("Hyra ") + monthYear(month.addMonths(1));
        break;
    default:
        break;
    }
    return *m_runTexts.insert(key, text);
}

void Billing::make(Random &r, const Household &h, int routine, int invoiceDay, Bill &b,
                   const QString &credited, qint64 creditedOre)
{
    b.routine = routine;
    b.credit = !credited.isEmpty();
    b.invoiceDay = invoiceDay;
    // Due 30 days after the invoice date, on a banking day.
    b.dueDay = m_days.next(invoiceDay + 30);
    b.lineCount = 0;
    b.paymentCount = 0;
    b.dunningCode = 0;
    b.dunningUntil = 0;
    b.registerId = registerIdOf(h, routine);
    b.department = m_departments[routine];
    b.handler = m_handlers[routine];
    if (b.credit) {
        // A correction of part or all of an earlier invoice.
        const qint64 ore = qMax<qint64>(100, wholeKronor(creditedOre * r.between(10, 100) / 100));
        b.amountOre = -ore;
        b.description = QStringLiteral("Kreditering av faktura ") + credited;
        addLine(b, QStringLiteral("Kreditering faktura ") + credited, -ore, mainAccount(routine));
        return;
    }
    switch (routine) {
    case HomeCare:
        homeCare(r, h, b);
        break;
    case ChildCare:
        childCare(h, b);
        break;
    case Water:
        water(r, h, b);
        break;
    case Waste:
        waste(h, b);
        break;
    case Rent:
        rent(h, b);
        break;
    default:
        diverse(r, h, b);
    }
    b.amountOre = 0;
    for (int i = 0; i < b.lineCount; ++i)
        b.amountOre += b.lines[i].ore;
}

void Billing::homeCare(Random &r, const Household &h, Bill &b)
{
    // 200-2 500 kr a month (maxtaxa): care varies with the month's visits,
    // plus the safety alarm and meals on wheels for some.
    const qint64 alarm = h.careAlarm ? 25000 : 0;
    qint64 meals = h.careMeals ? r.between(300, 900) * 100 : 0;
    qint64 care = wholeKronor(h.careOre * r.between(85, 115) / 100);
    if (care + alarm + meals > 250000)
        meals = 0;
    care = qBound<qint64>(qMax<qint64>(10000, 20000 - alarm - meals), care, 250000 - alarm - meals);
    static const QString careText = QStringLiteral("Hemtjänst, insatser");
    static const QString alarmText = QStringLiteral("Trygghetslarm");
    static const QString mealsText = QStringLiteral("Matdistribution");
    addLine(b, careText, care, QStringLiteral("3011"));
    addLine(b, alarmText, alarm, QStringLiteral("3012"));
    addLine(b, mealsText, meals, QStringLiteral("3013"));
    b.description = runText(HomeCare, 0, b.invoiceDay);
}

void Billing::childCare(const Household &h, Bill &b)
{
    // 400-1 600 kr a month; the second child pays two thirds (syskonrabatt).
    const qint64 cap = h.child2Name.isEmpty() ? 160000 : 96000;
    const qint64 fee =
        qMin(cap, wholeKronor(h.childFeeOre * (100 + 2 * yearsSinceStart(b.invoiceDay)) / 100));
    const QDate day = QDate::fromJulianDay(b.invoiceDay);
    const bool school = h.childBirth.addYears(6) <= day;
    addLine(b,
            (school ? QStringLiteral("Fritidshem, ") : QStringLiteral("Förskola, ")) + h.childName,
            fee, school ? QStringLiteral("3032") : QStringLiteral("3031"));
    if (!h.child2Name.isEmpty())
        addLine(b, QStringLiteral("Förskola, ") + h.child2Name, wholeKronor(fee * 2 / 3),
                QStringLiteral("3031"));
    b.description = runText(ChildCare, 0, b.invoiceDay);
}

void Billing::water(Random &r, const Household &h, Bill &b)
{
    // 800-3 000 kr a period: fixed fee, metered water at 29,75 kr/m³ and
    // storm water; fees rise 3 % a year.
    const int variant = h.subscriptions[Water].variant;
    const int months = variant <= 1 ? 2 : 3;
    const int rise = 100 + 3 * yearsSinceStart(b.invoiceDay);
    const qint64 fixed = (months == 2 ? 42000 : 63000) * rise / 100;
    const qint64 storm = h.stormWater ? (months == 2 ? 9500 : 14250) * rise / 100 : 0;
    const qint64 price = 2975;
    const qint64 lo = (80000 - fixed - storm + price - 1) / price;
    const qint64 hi = (300000 - fixed - storm) / price;
    qint64 m3 = qint64(h.waterM3PerYear) * months * r.between(80, 120) / 1200;
    m3 = qBound(qMax<qint64>(1, lo), m3, hi);
    static const QString fixedText = QStringLiteral("Fast avgift vatten och avlopp");
    static const QString stormText = QStringLiteral("Dagvattenavgift");
    addLine(b, fixedText, fixed, QStringLiteral("3041"));
    auto it = m_m3Texts.find(int(m3));
    if (it == m_m3Texts.end())
        it = m_m3Texts.insert(int(m3), QStringLiteral("Förbrukning %1 m³").arg(m3));
    addLine(b, *it, m3 * price, QStringLiteral("3042"));
    addLine(b, stormText, storm, QStringLiteral("3043"));
    b.description = runText(Water, variant, b.invoiceDay);
}

void Billing::waste(const Household &h, Bill &b)
{
    // 500-1 500 kr a quarter: base fee and emptying by bin size.
    const int rise = 100 + 3 * yearsSinceStart(b.invoiceDay);
    const qint64 bin = h.binLitres >= 370 ? 106000 : (h.binLitres >= 190 ? 56000 : 43000);
    static const QString baseText = QStringLiteral("Grundavgift renhållning");
    static const QString bin140 = QStringLiteral("Tömning kärl 140 l");
    static const QString bin190 = QStringLiteral("Tömning kärl 190 l");
    static const QString bin370 = QStringLiteral("Tömning kärl 370 l");
    addLine(b, baseText, wholeKronor(18500 * rise / 100), QStringLiteral("3241"));
    addLine(b, h.binLitres >= 370 ? bin370 : (h.binLitres >= 190 ? bin190 : bin140),
            wholeKronor(bin * rise / 100), QStringLiteral("3242"));
    b.description = runText(Waste, h.subscriptions[Waste].variant, b.invoiceDay);
}

void Billing::rent(const Household &h, Bill &b)
{
    // 5 000-12 000 kr a month, raised 4 % each January.
    const qint64 parking = h.parking ? 45000 : 0;
    const qint64 rent =
        qMin(1200000 - parking,
             wholeKronor(h.rentOre * (100 + 4 * yearsSinceStart(b.invoiceDay)) / 100));
    const bool premises = h.apartment == QLatin1String("lokal");
    static const QString premisesText = QStringLiteral("Lokalhyra");
    static const QString parkingText = QStringLiteral("Parkeringsplats");
    addLine(b, premises ? premisesText : QStringLiteral("Hyra lgh ") + h.apartment, rent,
            premises ? QStringLiteral("3074") : QStringLiteral("3071"));
    addLine(b, parkingText, parking, QStringLiteral("3072"));
    b.description =
        runText(Rent, 0, b.invoiceDay)
        + (premises ? QStringLiteral(", lokal") : QStringLiteral(", lgh ") + h.apartment);
}

void Billing::diverse(Random &r, const Household &h, Bill &b)
{
    // 100-20 000 kr: whatever the item is.
    const QList<int> &items =
        h.kind == Household::Kind::Organisation ? m_organisationItems : m_personItems;
    const NameLists::DiverseItem &item = m_lists.diverse.at(items.at(r.below(int(items.size()))));
    qint64 ore = r.between(item.minKronor, item.maxKronor) * 100;
    if (r.chance(250) && ore < qint64(item.maxKronor) * 100)
        ore += r.between(1, 99);
    addLine(b, item.text, ore, item.account);
    if (r.chance(150) && ore + 15000 <= 2000000)
        addLine(b, QStringLiteral("Expeditionsavgift"), 15000, QStringLiteral("3199"));
    b.department = item.department;
    b.description = item.text;
}

void Billing::settle(Random &r, Bill &b) const
{
    auto pay = [&b](int day, char method, qint64 ore) {
        b.payments[b.paymentCount++] = {day, method, ore};
    };
    if (b.credit) {
        // Most credits are paid back to the customer within a few weeks.
        if (r.chance(850))
            pay(m_days.next(b.invoiceDay + int(r.between(10, 40))), '5', -b.amountOre);
    } else {
        // Of the invoices whose due date has passed: ~80 % paid in full on
        // time, ~8 % late, ~4 % partly, ~5 % not at all, ~1 % in two parts
        // (the ~2 % credit invoices make up the rest).
        const int u = r.below(1000);
        const int span = b.dueDay - b.invoiceDay;
        if (u < 816) {
            // Most pay in the last days before the due date.
            const int w = r.below(100);
            const int early = int(w < 60 ? r.between(0, 3)
                                         : (w < 90 ? r.between(4, 10) : r.between(11, span - 5)));
            int day = m_days.previous(b.dueDay - early);
            if (day <= b.invoiceDay)
                day = m_days.next(b.invoiceDay + 1);
            pay(day, 'B', b.amountOre);
        } else if (u < 898) {
            const int w = r.below(100);
            const int late =
                int(w < 60 ? r.between(1, 14) : (w < 90 ? r.between(15, 45) : r.between(46, 150)));
            pay(m_days.next(b.dueDay + late), 'B', b.amountOre);
        } else if (u < 939) {
            const int parts = int(r.between(1, 3));
            qint64 total = wholeKronor(b.amountOre * r.between(20, 85) / 100);
            total = qBound<qint64>(100, total, b.amountOre - 100);
            const qint64 part = wholeKronor(total / parts);
            int day = m_days.next(b.dueDay + int(r.between(-5, 20)));
            for (int i = 0; i < parts; ++i) {
                pay(day, 'B', i + 1 < parts ? part : total - part * (parts - 1));
                day = m_days.next(day + int(r.between(20, 40)));
            }
        } else if (u < 990) {
            // Unpaid. Some have a dunning code: respite (anstånd) or disputed.
            if (b.dueDay < m_today) {
                if (r.chance(30)) {
                    b.dunningCode = 2;
                    b.dunningUntil = b.dueDay + int(r.between(30, 90));
                } else if (r.chance(20)) {
                    b.dunningCode = 1;
                }
            }
        } else {
            const qint64 first = wholeKronor(b.amountOre / 2);
            pay(m_days.previous(b.dueDay - int(r.between(0, 3))), 'B', first);
            pay(m_days.next(b.dueDay + int(r.between(15, 45))), 'B', b.amountOre - first);
        }
    }
    // What has not happened yet by today is not in the ledger.
    while (b.paymentCount > 0 && b.payments[b.paymentCount - 1].day > m_today)
        --b.paymentCount;
}

} // namespace rsk::demo
