#pragma once

#include "interest/interestcalculator.h"
#include "ledger/types.h"

#include <QHash>
#include <optional>

namespace rsk {

class Database;

// One company's part of a customer's debt (handbook 6.1 "Total skuld": the
// debt per company, and what was invoiced in the current year).
struct CompanyDebt
{
    QString company;
    QString companyName;
    Money balance;     // sum of the balances of the customer's claims
    int openClaims = 0; // claims with a balance other than 0
    Money invoicedInYear;
    int invoicesInYear = 0;
};

struct CustomerDebt
{
    // handbook 6.1: only where a person or customer number is used; the same
    // customer number in several companies adds up, even if they are
    // different customers.
    enum class Key { None, IdNumber, CustomerNumber };
    Key key = Key::None;
    QString keyValue; // the 10-digit id search key or the customer number
    int year = 0;
    QList<CompanyDebt> companies; // in company order, only those with claims

    Money total() const;
    Money invoicedTotal() const;
    std::optional<CompanyDebt> on(const QString &company) const;
};

// What Översikt kundfaktura (handbook 6.1) reads beside the claim itself:
// the register texts, the customer's total debt and the accrued interest
// (F15). Reads only.
class ClaimOverview
{
public:
    explicit ClaimOverview(Database &db) : m_db(db) {}

    // The claim with lines and transactions; company and number as typed
    // ("1", "10000001") are normalised. Nullopt when there is none.
    std::optional<Invoice> find(const QString &company, const QString &invoiceNumber);

    QString routineName(const QString &routine);
    // Routines 51–94 invoice the interest of another routine (DOMAIN.md).
    bool isInterestInvoice(const Invoice &claim);
    QString dunningCodeText(int code);
    QHash<QString, QString> paymentMethodTexts();

    // By the claim's person/org number, else its customer number, over all
    // companies; "invoiced" counts claims dated in the year of `today`.
    CustomerDebt customerDebt(const Invoice &claim, const QDate &today);

    // handbook 6.1 F15 "Beräkna dröjsmålsränta": from the due date to `to`
    // with part payments taken into account. Refused for an interest
    // invoice ("Om fakturan avser en räntefaktura kan inte beräkning
    // göras") and for an invalid date.
    InterestResult accruedInterest(const Invoice &claim, const QDate &to);

private:
    Database &m_db;
};

} // namespace rsk
