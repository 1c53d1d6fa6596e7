#pragma once

#include "money/money.h"

#include <QString>

namespace rsk {

class Database;

// The interest part of kravparametrar (handbook 7.2, flik Övrigt), stored in
// `setting` scope 'dunning' under interest_* names. Defaults follow
// DOMAIN.md; the alternatives exist because the sources disagree (FACTS-SE §4).
struct InterestSettings
{
    enum class StartRule {
        DayAfterDueDate, // "Ränta räknas från och med dagen efter förfallodagen" = X (default)
        FromDueDate,     // räntelagen 3 § wording "från förfallodagen"
    };
    enum class DayBasis {
        Actual365,    // actual days / 365, also in leap years (default)
        ActualActual, // actual days / 365 or 366 by the year each day falls in
    };

    // "Ränta utöver gällande referensränta": max 3 digits, 1 decimal (7.2);
    // 8,0 = räntelagen 6 §.
    qint64 marginHundredths = 800;
    StartRule startRule = StartRule::DayAfterDueDate;
    DayBasis dayBasis = DayBasis::Actual365;
    // "Dagar efter fakturadatum då ränta ska börja räknas" (7.2).
    int daysAfterInvoiceDate = 0;
    // "Minsta ränta" and "Minst antal dagar efter förfallodag" (7.2): only for
    // interest invoices and the "ej uppdebiterade räntor" list, never for the
    // accrued interest shown on a claim.
    Money minimumInterest;
    int minimumDaysLate = 0;

    static constexpr qint64 MaxMarginHundredths = 9990; // 99,9
    static constexpr int MaxDays = 999;

    // Empty when valid, else the Swedish reason naming the field.
    QString validate() const;
    bool operator==(const InterestSettings &o) const;
    bool operator!=(const InterestSettings &o) const { return !(*this == o); }

    static QString startRuleKey(StartRule rule);   // "day_after_due" / "due_date"
    static QString dayBasisKey(DayBasis basis);    // "actual_365" / "actual_actual"
};

// Loads and saves InterestSettings; a missing setting is its default.
class InterestSettingsStore
{
public:
    explicit InterestSettingsStore(Database &db) : m_db(db) {}
    InterestSettings load();
    // Validates, writes the changed values and audits each change, in one
    // unit of work. Throws LedgerError::refused (nothing changed).
    void save(const InterestSettings &settings);

private:
    Database &m_db;
};

} // namespace rsk
