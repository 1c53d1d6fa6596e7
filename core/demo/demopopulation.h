#pragma once

#include "demo/demonames.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace rsk::demo {

// The demo routines in the order the generator sorts a day's invoices by:
// company 001 first (01, 02, 03, 04, 24), then company 002 (07).
enum RoutineIndex : quint8 { Diverse, HomeCare, ChildCare, Water, Waste, Rent, RoutineCount };

struct RoutineInfo
{
    const char *code;
    int company; // 0 = "001" (the kommun), 1 = "002" (the housing company)
    const char *department;
};
const RoutineInfo &routineInfo(int routine);

// The fictitious kommun: its seat (the town the kommun is named after), its
// villages and the real towns elsewhere that some customers live in.
struct Municipality
{
    NameLists::Town seat;
    QList<NameLists::Town> villages;
    QList<NameLists::Town> elsewhere;
    QString kommunName;  // "Sjöviks kommun"
    QString housingName; // "Sjöviks Bostäder AB"

    static Municipality choose(Random &r, const NameLists &lists);
    // The postal code of a street in the seat: the same street always gets
    // the same code, as in real life.
    QString seatPostalCode(const QString &street) const;
};

// One billing subscription of a household: the routine bills it on its run
// days from `from` through `to` (Julian days).
struct Subscription
{
    bool active = false;
    int from = 0;
    int to = 0;
    quint8 variant = 0; // which run calendar (cycle, or VA every 2nd/3rd month)
};

// A household (or an organisation) and everything the billing needs to know
// about it. Strings are made once here and shared by all its invoices.
struct Household
{
    enum class Kind : char {
        Villa = 'V',
        Renter = 'R',
        ElderlyFlat = 'E',
        Cabin = 'C',
        Organisation = 'O'
    };
    Kind kind = Kind::Villa;
    QString idKind; // "P", "S", "O" (as invoiceregistration writes customer.id_kind)
    bool protectedIdentity = false;
    QString idNumber;  // normalised
    QString idSearch;  // idSearchKey(idNumber)
    QString idNumber2; // the co-debtor (name2), normalised
    QString idSearch2;
    QString name;
    QString nameKey;
    QString name2;
    QString name2Key;
    QString co;
    QString address;
    QString addressKey;
    QString postalCode;
    QString city;
    int birthYear = 0;

    // What its invoices look like.
    qint64 careOre = 0;      // 02: the month's fee before variation
    bool careAlarm = false;  // 02: trygghetslarm
    bool careMeals = false;  // 02: matdistribution
    QString careId;          // 02 register id
    qint64 childFeeOre = 0;  // 03: fee for the first child
    QString childName;       // 03
    QString child2Name;      // 03: a second child, or empty
    QDate childBirth;        // 03: förskola until 6, then fritidshem
    QString childId;         // 03 register id: the child's 10-digit person number
    int waterM3PerYear = 0;  // 04
    bool stormWater = false; // 04: dagvatten
    QString waterId;         // 04 register id (anläggning)
    int binLitres = 190;     // 24
    QString wasteId;         // 24 register id (abonnent)
    qint64 rentOre = 0;      // 07: monthly rent the first year
    bool parking = false;    // 07
    QString apartment;       // 07: "1203"
    QString objectId;        // 07 register id: property-apartment
    int diverseChance = 0;   // 01: per mille per month

    Subscription subscriptions[RoutineCount];

    // Filled by the writer.
    qint64 customerId[2] = {0, 0};
    QString customerNumber[2];
    // Running state while invoices are written: the latest ordinary invoice
    // per routine, which a credit invoice refers to.
    quint32 lastSerial[RoutineCount] = {};
    qint64 lastAmountOre[RoutineCount] = {};
};

// An invoice to be written, packed in one sortable 64-bit key so that sorting
// the keys puts invoices in the order they were made: by invoice date, then
// company and routine, then household.
struct InvoiceKey
{
    static quint64 make(int dayOffset, int routine, bool credit, quint32 household)
    {
        return (quint64(dayOffset) << 40) | (quint64(routine) << 36) | (quint64(credit) << 35)
               | quint64(household);
    }
    static int dayOffset(quint64 k) { return int(k >> 40); }
    static int routine(quint64 k) { return int((k >> 36) & 0xF); }
    static bool credit(quint64 k) { return (k >> 35) & 1; }
    static quint32 household(quint64 k) { return quint32(k & 0x7FFFFFFFULL); }
};

// The run calendar (billing days per routine) of the 24 months before
// `today`, and the households, added one by one until the invoice count is
// reached.
class Population
{
public:
    Population(const QDate &today, const Municipality &municipality, const NameLists &lists,
               quint64 seed);

    // Adds one household and its invoice keys.
    void addHousehold();
    // Drops the oldest invoices of the last household so that exactly `n` remain.
    void trimTo(qint64 n);
    // Sorts the invoice keys into the order they were made.
    void sort();

    qint64 invoiceCount() const { return qint64(m_keys.size()); }
    const std::vector<quint64> &keys() const { return m_keys; }
    std::vector<Household> &households() { return m_households; }
    int firstDay() const { return m_firstDay; } // Julian day of dayOffset 0
    int today() const { return m_today; }

private:
    void makePerson(Household &h, int birthYearFrom, int birthYearTo);
    void makeOrganisation(Household &h);
    void makeAddress(Household &h, char where);
    Subscription span(int from, int to) const;
    void subscribe(Household &h, int routine, quint8 variant, int from, int to);
    void addKeys(quint32 index, Household &h);
    int runDay(int year, int month, int day) const;

    const Municipality &m_municipality;
    const NameLists &m_lists;
    Random m_random;
    int m_today = 0;
    int m_firstDay = 0; // the first day of the 24-month window
    // Run days per routine and variant, ascending.
    QList<int> m_runs[RoutineCount][5];
    QList<QPair<int, int>> m_months; // (year, month) in the window
    std::vector<Household> m_households;
    std::vector<quint64> m_keys;
    QSet<QString> m_usedIds;
    int m_lastHouseholdFirstKey = 0;
};

} // namespace rsk::demo
