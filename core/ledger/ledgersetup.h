#pragma once

#include "ledger/types.h"

namespace rsk {

class Database;

// `reskontra-cli init`: a new ledger gets the routines of DOMAIN.md, the
// standard payment methods, dunning codes, and the reference-rate table of
// FACTS-SE §4, plus its first company.
class LedgerSetup
{
public:
    explicit LedgerSetup(Database &db) : m_db(db) {}

    bool isInitialized();
    // Refuses an already initialised ledger. One unit of work.
    void initialize(const Company &firstCompany);

    static QList<Routine> defaultRoutines();
    static QList<PaymentMethod> defaultPaymentMethods();
    static QList<DunningCode> defaultDunningCodes();
    struct Rate
    {
        QDate from;
        qint64 rateHundredths;
        bool verified;
        const char *source;
    };
    static QList<Rate> defaultReferenceRates();
    static Company defaultCompany();

private:
    Database &m_db;
};

} // namespace rsk
