#pragma once

#include "interest/interestcalculator.h"

namespace rsk {

class Database;

// Interest on a stored claim or a bare amount, with the ledger's reference
// rates and kravparametrar (handbook 7.2, 7.8). Reads only.
class InterestService
{
public:
    explicit InterestService(Database &db) : m_db(db) {}

    // The claim's timeline: capital, each transaction's capital part on its
    // transaction date (and its no-interest flag), the final-paid date and
    // the dunning code. `toDate` invalid: the final-paid date, or today.
    // Throws LedgerError (NotFound for an unknown claim, Refused for a
    // missing reference rate).
    InterestResult forClaim(const QString &company, const QString &invoiceNumber,
                            const QDate &toDate = QDate());
    // The same rules on an amount due on `dueDate`, with no payments.
    InterestResult forAmount(Money amount, const QDate &dueDate, const QDate &toDate);

    // The claim's timeline as the calculator reads it.
    InterestClaim claimTimeline(const Invoice &invoice);

    InterestCalculator calculator();

private:
    Database &m_db;
};

} // namespace rsk
