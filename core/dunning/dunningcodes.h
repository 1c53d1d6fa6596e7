#pragma once

#include "ledger/types.h"

#include <QDate>

namespace rsk {

class Database;

// What a kravkod can stop (handbook 7.3 flags).
enum class DunningAction {
    Invoice,
    Reminder1,
    Reminder2,
    Collection,
    Residual,
    Threat,
    Interest,        // "ej dröjsmålsränta"
    InterestRespite, // "ej dröjsmålsränta vid anstånd": only if paid by valid-to
};

// Puts a kravkod on a claim, or takes it off (handbook 7.3, 6.1 "Sök
// faktura"): audited, one unit of work, version-checked like PostingService.
class DunningCodeAssignment
{
public:
    explicit DunningCodeAssignment(Database &db) : m_db(db) {}

    // `until` invalid = no end date. expectedVersion > 0: refuse (Conflict) if
    // the claim changed since it was read. Returns the claim after.
    Invoice set(const QString &company, const QString &invoiceNumber, int code,
                const QDate &until = QDate(), int expectedVersion = 0);
    Invoice clear(const QString &company, const QString &invoiceNumber, int expectedVersion = 0);

    // A code on a claim applies through its valid-to date inclusive (7.3:
    // "inget krav ... förrän efter" the date); no date = until removed.
    static bool isValidOn(const QDate &until, const QDate &onDate);
    // True if `code`, valid to `until`, stops `action` on `onDate`.
    static bool suppresses(const DunningCode &code, const QDate &until, DunningAction action,
                           const QDate &onDate);
    static bool flagFor(const DunningCode &code, DunningAction action);

private:
    Invoice write(const QString &company, const QString &invoiceNumber, int code,
                  const QDate &until, int expectedVersion);
    Database &m_db;
};

} // namespace rsk
