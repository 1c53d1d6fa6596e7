#pragma once

// Inside the dunning run (core/dunning/dunningrun.h): which step each claim
// takes and what its letter says. Shared by the kontrollista and the run so
// that both give exactly the same result.

#include "dunning/dunningcodes.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "dunning/dunningtexts.h"
#include "interest/interestcalculator.h"
#include "ledger/countrycodes.h"
#include "ledger/posting.h"
#include "ledger/types.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace rsk {

class Database;

// A claim the run looks at: the stored claim (header and money parts, no
// lines) and whether its customer has a protected identity.
struct DunningCandidate
{
    Invoice invoice;
    bool protectedIdentity = false;
    bool capitalChanged = false; // a transaction changed its capital (else no timeline query)
    // The customer's dunning stop (seed 001 §4.2.1 "Kravstopp kundnivå", migration 013).
    bool reminderStop = false;
    bool collectionStop = false;
};

// One claim's step as the run takes it: the item for the list, the claim
// after the run's debits, and the interest that was computed.
struct PlannedStep
{
    DunningItem item;
    Invoice after;                   // money parts after the debits, step date set
    InterestResult interest;         // computed when printed or debited
    bool interestComputed = false;
    const DunningStepSettings *settings = nullptr;
    // What the run debits, in order: the fee, then the interest.
    struct Debit
    {
        PaymentMethod method;
        Money amount;
        Settlement settlement;
        QString remark;
    };
    QList<Debit> debits;
};

class DunningPlanner
{
public:
    explicit DunningPlanner(Database &db);

    // Checks and fills in the selection (ranges, run date, fee limit);
    // throws LedgerError::refused naming the field.
    static DunningSelection checked(const DunningSelection &selection);

    // Runs `visit` for every open claim the selection covers, in no
    // particular order (one streaming query).
    template<typename Visit>
    void forEachCandidate(const DunningSelection &s, Visit visit);

    // The claim's next step if it is due on the run date; a due step that a
    // dunning code stops is reported in *skip. nullopt: nothing to do.
    std::optional<PlannedStep> plan(const DunningCandidate &c, const DunningSelection &s,
                                    DunningSkip *skip);

    // The letter for a planned step (letterId/runId left 0).
    DunningLetter letter(const DunningCandidate &c, const PlannedStep &p,
                         const DunningSelection &s);

    // The payment methods the run debits with (D, fee type P/K/D).
    const PaymentMethod &debitMethod(PaymentMethod::FeeType type) const;

    const DunningParameters &parameters() const { return m_parameters; }

    // The claim column holding a step's date.
    static QString dateColumn(DunningStep step);

private:
    QSqlQuery candidateQuery(const DunningSelection &s);
    static DunningCandidate candidateFrom(const QSqlQuery &q);
    InterestClaim timeline(const DunningCandidate &candidate);
    QList<LetterPayment> paymentsSince(const Invoice &invoice, const QDate &since);
    const DunningText &text(DunningTextKind kind, int number);

    Database &m_db;
    QHash<QString, DunningSettings> m_settings; // by routine
    QMap<int, DunningCode> m_codes;
    QHash<QString, DunningText> m_texts;         // "kind/number"
    QHash<QString, Company> m_companies;
    QHash<QString, QString> m_methodTexts;
    CountryNames m_countries;                    // the letters' country line (8.2)
    DunningParameters m_parameters;
    InterestCalculator m_calculator;
    QList<PaymentMethod> m_debitMethods;         // P, K, D
    std::optional<QSqlQuery> m_changes;          // capital changes of one claim
    std::optional<QSqlQuery> m_letterFields;     // address and other letter-only fields
    QString m_reminderHeadings[2];
    QDate m_payByFor;                            // the run date m_payBy is for
    QHash<int, QDate> m_payBy;                   // days to pay -> pay-by date
    QSet<int> m_textsChecked;                    // step * 10 + text number
};

template<typename Visit>
void DunningPlanner::forEachCandidate(const DunningSelection &s, Visit visit)
{
    QSqlQuery q = candidateQuery(s);
    while (q.next())
        visit(candidateFrom(q));
}

} // namespace rsk
