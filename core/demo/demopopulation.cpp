#include "demo/demopopulation.h"

#include "dates/bankingdays.h"
#include "ledger/searchkey.h"

#include <algorithm>

namespace rsk::demo {

namespace {

const RoutineInfo kRoutines[RoutineCount] = {
    {"01", 0, "KS"},  // diverse: the item says which förvaltning
    {"02", 0, "SN"},  // hemtjänst: socialnämnden
    {"03", 0, "BUN"}, // barnomsorg: barn- och utbildningsnämnden
    {"04", 0, "VA"},  // vatten och avlopp
    {"24", 0, "REN"}, // renhållning
    {"07", 1, "HYR"}, // hyror, the housing company
};

// Swedish genitive for a place name: "Sjövik" -> "Sjöviks", "Ekvalla" stays.
QString genitive(const QString &name)
{
    static const QString noS = QStringLiteral("aeiouyåäösxzAEIOUYÅÄÖSXZ");
    if (!name.isEmpty() && noS.contains(name.back()))
        return name;
    return name + QLatin1Char('s');
}

// A stable hash of a street name (qHash is seeded per process, so not that).
int stableHash(const QString &s)
{
    int h = 0;
    for (int i = 0; i < s.size(); ++i)
        h = (h * 31 + s.at(i).unicode()) % 1000003;
    return h;
}

} // namespace

const RoutineInfo &routineInfo(int routine)
{
    return kRoutines[routine];
}

Municipality Municipality::choose(Random &r, const NameLists &lists)
{
    Municipality m;
    const QList<NameLists::Town> seats = lists.townsOfKind('S');
    const int seat = r.below(int(seats.size()));
    m.seat = seats.at(seat);
    m.villages = lists.townsOfKind('V');
    m.elsewhere = lists.townsOfKind('E');
    // The other candidate seats are neighbouring towns: people move there too.
    for (int i = 0; i < seats.size(); ++i)
        if (i != seat)
            m.elsewhere.append(seats.at(i));
    m.kommunName = genitive(m.seat.name) + QStringLiteral(" kommun");
    m.housingName = genitive(m.seat.name) + QStringLiteral(" Bostäder AB");
    return m;
}

QString Municipality::seatPostalCode(const QString &street) const
{
    return seat.code + QLatin1Char(' ') + QString::number(30 + stableHash(street) % 17);
}

Population::Population(const QDate &today, const Municipality &municipality, const NameLists &lists,
                       quint64 seed)
    : m_municipality(municipality), m_lists(lists), m_random(seed, 1)
{
    m_today = int(today.toJulianDay());
    const QDate first = today.addMonths(-24).addDays(1);
    m_firstDay = int(first.toJulianDay());
    for (QDate m(first.year(), first.month(), 1); m <= today; m = m.addMonths(1))
        m_months.append({m.year(), m.month()});
    auto add = [this](int routine, int variant, int day) {
        if (day >= m_firstDay && day <= m_today)
            m_runs[routine][variant].append(day);
    };
    // Billing rhythms (FACTS-SE §9): home care and child care monthly, VA every
    // other month (or quarterly), waste quarterly, rent monthly in advance.
    // Cycles spread the bimonthly/quarterly runs over the months, as a
    // kommun bills its districts in turn.
    for (const auto &[year, month] : m_months) {
        add(HomeCare, 0, runDay(year, month, 8));   // last month's care
        add(ChildCare, 0, runDay(year, month, 18)); // this month's fee
        add(Rent, 0, runDay(year, month, 1));       // next month's rent
        add(Water, month % 2, runDay(year, month, 12));
        add(Water, 2 + month % 3, runDay(year, month, 14));
        add(Waste, month % 3, runDay(year, month, 25));
    }
}

int Population::runDay(int year, int month, int day) const
{
    return int(nextBankingDay(QDate(year, month, day)).toJulianDay());
}

Subscription Population::span(int from, int to) const
{
    Subscription s;
    s.active = from <= to;
    s.from = from;
    s.to = to;
    return s;
}

void Population::subscribe(Household &h, int routine, quint8 variant, int from, int to)
{
    Subscription s = span(from, to);
    s.variant = variant;
    h.subscriptions[routine] = s;
}

void Population::makePerson(Household &h, int birthYearFrom, int birthYearTo)
{
    Random &r = m_random;
    const bool female = r.chance(500);
    // Adults only, also when `today` is set far back.
    const int latestAdult = QDate::fromJulianDay(m_today).year() - 18;
    birthYearTo = qMin(birthYearTo, latestAdult);
    birthYearFrom = qMin(birthYearFrom, birthYearTo);
    h.birthYear = int(r.between(birthYearFrom, birthYearTo));
    auto birthDate = [&r](int year) {
        return QDate::fromJulianDay(
            r.between(QDate(year, 1, 1).toJulianDay(), QDate(year, 12, 31).toJulianDay()));
    };
    auto uniqueId = [this, &r, &birthDate](int year, bool isFemale, bool coordination) {
        for (;;) {
            const QString id = makePersonNumber(r, birthDate(year), isFemale, coordination);
            if (!m_usedIds.contains(id)) {
                m_usedIds.insert(id);
                return id;
            }
        }
    };
    const QString surname = m_lists.surname(r);
    const QString first = m_lists.firstName(r, female, eraOf(h.birthYear));
    // Samordningsnummer: people without a Swedish registration, mostly tenants.
    const bool coordination = h.kind == Household::Kind::Renter && r.chance(10);
    h.idNumber = uniqueId(h.birthYear, female, coordination);
    h.idKind = coordination ? QStringLiteral("S") : QStringLiteral("P");
    h.idSearch = idSearchKey(h.idNumber);
    // Names surname first, as the ledger lists them.
    h.name = surname + QStringLiteral(", ") + first;
    h.nameKey = searchKey(h.name);
    h.protectedIdentity = r.chance(2);

    int coupleChance = 300;
    if (h.kind == Household::Kind::Villa)
        coupleChance = 550;
    else if (h.kind == Household::Kind::Cabin)
        coupleChance = 500;
    else if (h.kind == Household::Kind::ElderlyFlat)
        coupleChance = 250;
    if (r.chance(coupleChance)) {
        const bool partnerFemale = r.chance(920) ? !female : female;
        const int partnerYear =
            int(qBound<qint64>(qint64(qMin(1930, latestAdult)), h.birthYear + r.between(-6, 6),
                               qint64(qMin(2005, latestAdult))));
        const QString partnerSurname = r.chance(600) ? surname : m_lists.surname(r);
        const QString partnerFirst = m_lists.firstName(r, partnerFemale, eraOf(partnerYear));
        h.name2 = partnerSurname + QStringLiteral(", ") + partnerFirst;
        h.name2Key = searchKey(h.name2);
        h.idNumber2 = uniqueId(partnerYear, partnerFemale, false);
        h.idSearch2 = idSearchKey(h.idNumber2);
    }
    const int coChance = h.kind == Household::Kind::ElderlyFlat ? 80 : 15;
    if (r.chance(coChance)) {
        const bool coFemale = r.chance(500);
        const QString who =
            m_lists.firstName(r, coFemale, NameLists::Mid) + QLatin1Char(' ') + m_lists.surname(r);
        // An elderly person's post often goes to a god man (guardian).
        h.co = (h.kind == Household::Kind::ElderlyFlat && r.chance(300) ? QStringLiteral("God man ")
                                                                        : QString())
               + who;
    }
}

void Population::makeOrganisation(Household &h)
{
    Random &r = m_random;
    const NameLists::Organisation &o =
        m_lists.organisations.at(r.below(int(m_lists.organisations.size())));
    QString name = o.pattern;
    name.replace(QStringLiteral("{ort}"), h.city);
    h.name = name.left(30).trimmed();
    h.nameKey = searchKey(h.name);
    QString prefix;
    switch (o.groupDigit) {
    case '9':
        prefix = QStringLiteral("969"); // handelsbolag
        break;
    case '7':
        prefix = QStringLiteral("769"); // ekonomisk förening
        break;
    case '8':
        prefix = QStringLiteral("802"); // ideell förening, stiftelse
        break;
    default:
        prefix = r.chance(500) ? QStringLiteral("556") : QStringLiteral("559"); // aktiebolag
    }
    for (;;) {
        const QString id = makeOrganisationNumber(r, prefix);
        if (!m_usedIds.contains(id)) {
            m_usedIds.insert(id);
            h.idNumber = id;
            break;
        }
    }
    h.idKind = QStringLiteral("O");
    h.idSearch = idSearchKey(h.idNumber);
}

// where: 'S' a villa street in the seat, 'F' a flat in the seat, 'O'
// premises in the seat, 'V' a village, 'E' a town elsewhere in Sweden.
void Population::makeAddress(Household &h, char where)
{
    Random &r = m_random;
    auto flat = [&r]() {
        return 1000 + int(r.between(0, 5)) * 100 + int(r.between(1, 4)); // lgh 1203
    };
    switch (where) {
    case 'S': {
        const QString street = m_lists.street(r, 'V');
        h.address = street + QLatin1Char(' ') + QString::number(r.between(1, 79))
                    + (r.chance(100) ? QStringLiteral(" B") : QString());
        h.postalCode = m_municipality.seatPostalCode(street);
        h.city = m_municipality.seat.name;
        break;
    }
    case 'F': {
        const QString street = m_lists.street(r, 'C');
        const int number = int(r.between(1, 45));
        const int lgh = flat();
        h.address = QStringLiteral("%1 %2 lgh %3").arg(street).arg(number).arg(lgh);
        h.postalCode = m_municipality.seatPostalCode(street);
        h.city = m_municipality.seat.name;
        h.apartment = QString::number(lgh);
        h.objectId =
            QStringLiteral("%1-%2").arg(1001 + (stableHash(street) + number) % 98).arg(lgh);
        break;
    }
    case 'O': {
        // Premises in the centre: the housing company may let them.
        const QString street = m_lists.street(r, 'C');
        const int number = int(r.between(1, 45));
        h.address = street + QLatin1Char(' ') + QString::number(number);
        h.postalCode = m_municipality.seatPostalCode(street);
        h.city = m_municipality.seat.name;
        h.apartment = QStringLiteral("lokal");
        h.objectId = QStringLiteral("%1-%2")
                         .arg(1001 + (stableHash(street) + number) % 98)
                         .arg(9001 + int(r.between(0, 40)));
        break;
    }
    case 'V': {
        const NameLists::Town &v =
            m_municipality.villages.at(r.below(int(m_municipality.villages.size())));
        // Outside town many addresses are the village name and a number.
        h.address = r.chance(500) ? v.name + QLatin1Char(' ') + QString::number(r.between(101, 199))
                                  : m_lists.street(r, 'V') + QLatin1Char(' ')
                                        + QString::number(r.between(1, 40));
        h.postalCode = m_municipality.seat.code + QLatin1Char(' ') + v.code;
        h.city = v.name;
        break;
    }
    default: {
        const NameLists::Town &t =
            m_municipality.elsewhere.at(r.below(int(m_municipality.elsewhere.size())));
        h.address = m_lists.street(r, r.chance(500) ? 'C' : 'V') + QLatin1Char(' ')
                    + QString::number(r.between(1, 120));
        if (r.chance(500))
            h.address += QStringLiteral(" lgh ") + QString::number(flat());
        h.postalCode = t.code + QLatin1Char(' ') + QString::number(r.between(20, 59));
        h.city = t.name;
    }
    }
    h.addressKey = searchKey(h.address);
}

void Population::addHousehold()
{
    Random &r = m_random;
    const quint32 index = quint32(m_households.size());
    m_households.emplace_back();
    Household &h = m_households.back();

    static const WeightedPick kinds = [] {
        WeightedPick p;
        for (int w : {42, 36, 9, 8, 5}) // villa, renter, elderly flat, cabin, organisation
            p.add(w);
        return p;
    }();
    static const Household::Kind kindOf[] = {Household::Kind::Villa, Household::Kind::Renter,
                                             Household::Kind::ElderlyFlat, Household::Kind::Cabin,
                                             Household::Kind::Organisation};
    h.kind = kindOf[kinds.pick(r)];

    // Some moved in or out during the 24 months.
    int from = m_firstDay;
    int to = m_today;
    if (r.chance(100))
        from = int(r.between(m_firstDay, m_today));
    else if (r.chance(78))
        to = int(r.between(m_firstDay + 60, m_today));

    auto childCare = [&](int chance) {
        if (h.birthYear < 1975 || !r.chance(chance))
            return;
        const int latest = QDate::fromJulianDay(m_today).year() - 1;
        const int year = int(r.between(qMax(h.birthYear + 20, latest - 13), latest));
        h.childBirth = QDate::fromJulianDay(
            r.between(QDate(year, 1, 1).toJulianDay(), QDate(year, 12, 31).toJulianDay()));
        if (h.childBirth.toJulianDay() >= m_today)
            h.childBirth = QDate::fromJulianDay(m_today - 400);
        const bool female = r.chance(500);
        h.childName = m_lists.firstName(r, female, NameLists::Young);
        QString id;
        do {
            id = makePersonNumber(r, h.childBirth, female);
        } while (m_usedIds.contains(id));
        m_usedIds.insert(id);
        h.childId = idSearchKey(id); // register id: the child's 10 digits
        const bool twoChildren = r.chance(300);
        if (twoChildren)
            h.child2Name = m_lists.firstName(r, r.chance(500), NameLists::Young);
        h.childFeeOre = r.between(400, twoChildren ? 960 : 1600) * 100;
        // Förskola from 1 year, fritidshem until 13.
        const int start = int(h.childBirth.addYears(1).toJulianDay());
        const int end = int(h.childBirth.addYears(13).toJulianDay());
        subscribe(h, ChildCare, 0, qMax(from, start), qMin(to, end));
    };
    auto homeCare = [&](int chance) {
        if (!r.chance(chance))
            return;
        h.careOre = r.between(200, 2100) * 100;
        h.careAlarm = r.chance(450);
        h.careMeals = r.chance(250);
        h.careId = QStringLiteral("HT") + QString::number(10000 + index);
        const int start = r.chance(600) ? from : int(r.between(from, to));
        const int end = r.chance(120) ? int(r.between(start, to)) : to;
        subscribe(h, HomeCare, 0, start, end);
    };
    auto water = [&](bool quarterly, int m3From, int m3To, bool storm) {
        h.waterM3PerYear = int(r.between(m3From, m3To));
        h.stormWater = storm;
        h.waterId = QString::number(400000 + index);
        subscribe(h, Water, quint8(quarterly ? r.between(2, 4) : r.between(0, 1)), from, to);
    };
    auto waste = [&](int litres) {
        h.binLitres = litres;
        h.wasteId = QString::number(700000 + index);
        subscribe(h, Waste, quint8(r.between(0, 2)), from, to);
    };
    auto rent = [&](qint64 kronorFrom, qint64 kronorTo) {
        h.parking = r.chance(250);
        h.rentOre = r.between(kronorFrom, h.parking ? kronorTo - 500 : kronorTo) * 100;
        subscribe(h, Rent, 0, from, to);
    };

    switch (h.kind) {
    case Household::Kind::Villa: {
        makePerson(h, 1940, 1995);
        makeAddress(h, r.chance(30) ? 'E' : (r.chance(350) ? 'V' : 'S'));
        water(r.chance(200), 70, 260, true);
        static const int bins[] = {140, 190, 190, 190, 370};
        waste(bins[r.below(5)]);
        childCare(450);
        if (h.birthYear < 1948)
            homeCare(250);
        h.diverseChance = 12;
        break;
    }
    case Household::Kind::Renter:
        makePerson(h, 1935, 2005);
        makeAddress(h, 'F');
        rent(5000, 11000);
        childCare(300);
        if (h.birthYear < 1948)
            homeCare(350);
        h.diverseChance = 5;
        break;
    case Household::Kind::ElderlyFlat:
        makePerson(h, 1930, 1948);
        makeAddress(h, 'F');
        h.apartment.clear(); // an owned flat: no rent to the housing company
        h.objectId.clear();
        homeCare(1000);
        h.diverseChance = 3;
        break;
    case Household::Kind::Cabin:
        makePerson(h, 1940, 1985);
        makeAddress(h, 'E');
        water(true, 15, 60, false);
        waste(140);
        break;
    case Household::Kind::Organisation:
        makeAddress(h, r.chance(700) ? 'O' : 'V');
        makeOrganisation(h); // named after the place it is in
        h.diverseChance = 350;
        if (r.chance(600))
            water(false, 150, 900, true);
        if (r.chance(600))
            waste(370);
        if (!h.objectId.isEmpty() && r.chance(250)) {
            rent(8000, 12000);
        } else {
            h.apartment.clear();
            h.objectId.clear();
        }
        break;
    }
    if (h.diverseChance > 0)
        subscribe(h, Diverse, 0, from, to);
    addKeys(index, h);
}

void Population::addKeys(quint32 index, Household &h)
{
    Random &r = m_random;
    m_lastHouseholdFirstKey = int(m_keys.size());
    auto push = [&](int routine, int day) {
        m_keys.push_back(InvoiceKey::make(day - m_firstDay, routine, false, index));
        // About 2 % of invoices are followed by a credit invoice (a correction).
        if (r.chance(20)) {
            const int creditDay =
                int(nextBankingDay(QDate::fromJulianDay(day + r.between(5, 40))).toJulianDay());
            if (creditDay <= m_today)
                m_keys.push_back(InvoiceKey::make(creditDay - m_firstDay, routine, true, index));
        }
    };
    for (int routine = HomeCare; routine < RoutineCount; ++routine) {
        const Subscription &s = h.subscriptions[routine];
        if (!s.active)
            continue;
        for (int day : m_runs[routine][s.variant])
            if (day >= s.from && day <= s.to)
                push(routine, day);
    }
    const Subscription &d = h.subscriptions[Diverse];
    if (d.active) {
        for (const auto &[year, month] : m_months) {
            if (!r.chance(h.diverseChance))
                continue;
            const int day = runDay(year, month, int(r.between(1, 28)));
            if (day >= d.from && day <= d.to && day >= m_firstDay && day <= m_today)
                push(Diverse, day);
        }
    }
}

void Population::trimTo(qint64 n)
{
    const qint64 excess = qint64(m_keys.size()) - n;
    if (excess <= 0)
        return;
    // Only the last household is cut: keep its newest invoices, as if it had
    // become a customer later.
    auto first = m_keys.begin() + m_lastHouseholdFirstKey;
    std::sort(first, m_keys.end());
    m_keys.erase(first, first + excess);
}

void Population::sort()
{
    std::sort(m_keys.begin(), m_keys.end());
}

} // namespace rsk::demo
