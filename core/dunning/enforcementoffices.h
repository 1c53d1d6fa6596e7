#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// One Kronofogden office in the helper register of handbook 7.10 ("Underhåll
// kronofogdemyndigheter"): the city is the identity (at most 20 characters,
// required), the name and address at most 5 lines of 30 characters. The
// payment order (7.17) offers these as the receiving office.
struct EnforcementOffice
{
    QString city;      // <= 20 characters, the identity
    QStringList lines; // <= 5 lines × 30 characters: name and address
};

// Loads and saves the register. Saving and removing are audited, each in one
// unit of work; a refused change (LedgerError::Refused, Swedish message that
// names the field) leaves nothing changed.
class EnforcementOffices
{
public:
    explicit EnforcementOffices(Database &db) : m_db(db) {}

    static constexpr int kMaxCityLength = 20;
    static constexpr int kMaxLines = 5;
    static constexpr int kMaxLineLength = 30;

    // The office's problem in Swedish ("Rad 2 är 31 tecken, högst 30"), or
    // nullopt. Surrounding spaces and trailing empty lines do not count.
    static std::optional<QString> problem(const EnforcementOffice &office);
    // City and lines trimmed, trailing empty lines removed.
    static EnforcementOffice normalized(EnforcementOffice office);

    // All offices, ordered by city.
    QList<EnforcementOffice> list();
    // The office of `city` (exact after trimming, case-insensitive), or nullopt.
    std::optional<EnforcementOffice> find(const QString &city);
    // Adds the office or changes the one with the same city (the city's
    // spelling as saved last). Refuses an office without a city (the only
    // required field, 7.10) or over the limits.
    void save(const EnforcementOffice &office);
    // Removes the office; NotFound if there is none for `city`.
    void remove(const QString &city);

private:
    Database &m_db;
};

} // namespace rsk
