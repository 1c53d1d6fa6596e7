#pragma once

#include "money/money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// Legal fee caps, lag (1981:739) om ersättning för inkassokostnader 4 §
// (FACTS-SE §5). A fee above its cap needs the clerk's logged reason.
namespace fee_cap {
constexpr qint64 ReminderOre = 6000;     // skriftlig betalningspåminnelse 60 kr
constexpr qint64 CollectionOre = 18000;  // inkassokrav 180 kr
constexpr qint64 PaymentPlanOre = 17000; // amorteringsplan 170 kr (used by 7.18)
} // namespace fee_cap

// One step of Inställningar påminnelser/krav (handbook 7.7). `days` empty =
// the step is not used ("lämnas fältet blankt").
struct DunningStepSettings
{
    std::optional<int> days;
    int textNumber = 0;  // 1–9, a text of the step's kind
    Money fee;           // whole kronor, at most 3 digits
    bool debit = false;  // uppdebiteras: the fee is added to the claim
    bool printInterest = false;
    QString handler;     // <= 30
    QString overrideReason; // why a fee above the cap is charged (stored)

    bool used() const { return days.has_value(); }
};

// Collection basis (7.7 "Antal dagar sen åtgärd"): counted from reminder 1,
// reminder 2, or the due date (9).
enum class CollectionBasis { None = 0, Reminder1 = 1, Reminder2 = 2, DueDate = 9 };

// The settings of one routine (DOMAIN.md "Dunning": exactly these fields).
struct DunningSettings
{
    QString routine;
    DunningStepSettings reminder1;  // days after the due date
    DunningStepSettings reminder2;  // days after reminder 1
    CollectionBasis collectionBasis = CollectionBasis::None;
    DunningStepSettings collection; // days after the basis
    bool collectionDebitInterest = false;
    bool collectionAsKravbrev = false; // heading KRAVBREV instead of INKASSOKRAV
    DunningStepSettings residual;   // days after the collection demand; no fee
    QString residualHeading = QStringLiteral("RESTKRAV");
    bool reminderFeeAgreed = false; // lag 1981:739 2 §: agreed when the debt arose

    QString collectionHeading() const;
};

// Per-routine settings, checked before they are saved; saving is audited in
// one unit of work and fee-cap overrides are logged with their reason.
class DunningSettingsRegister
{
public:
    explicit DunningSettingsRegister(Database &db) : m_db(db) {}

    // The routine's settings; nullopt = not set up (no dunning for it).
    // Installs the default set-up first in a ledger made before it existed.
    std::optional<DunningSettings> settings(const QString &routine);
    QList<DunningSettings> all();

    // Every problem, in Swedish, naming the step and field; empty = valid.
    // Fee-cap problems are left out when the step has an override reason.
    QStringList problems(const DunningSettings &settings);
    // Refuses (LedgerError::Refused, nothing changed) with the problems.
    // A fee above the cap is accepted with a reason in the step's
    // overrideReason, or unchanged from a stored, already-overridden value.
    void save(DunningSettings settings);

    // The settings a new routine gets: reminder 1 after 10 days without fee
    // (none agreed), no reminder 2, collection demand 14 days after reminder
    // 1 with the 180 kr fee debited, residual demand 30 days later.
    static DunningSettings defaults(const QString &routine);

    // Overrides logged for a routine, newest first: "step: fee > cap: reason".
    QStringList overrideLog(const QString &routine);

private:
    std::optional<DunningSettings> load(const QString &routine);
    Database &m_db;
};

} // namespace rsk
