#pragma once

#include "ledger/types.h"

#include <QHash>
#include <optional>

namespace rsk {

class Database;

// Companies, routines, payment methods and dunning codes: the small
// registers every other service reads. Changes are audited.
class ReferenceData
{
public:
    explicit ReferenceData(Database &db) : m_db(db) {}

    QList<Company> companies();
    std::optional<Company> company(const QString &number);
    // Validates (3 digits, org.nr, bankgiro/plusgiro check digits) and saves.
    void saveCompany(const Company &company);

    QList<Routine> routines();
    std::optional<Routine> routine(const QString &code);

    QList<PaymentMethod> paymentMethods();
    std::optional<PaymentMethod> paymentMethod(const QString &code);
    void savePaymentMethod(const PaymentMethod &method);
    // Refuses, with the reason, a method that transactions use (their history
    // must keep its meaning) or that does not exist. Audited.
    void deletePaymentMethod(const QString &code);

    QList<DunningCode> dunningCodes();
    std::optional<DunningCode> dunningCode(int code);
    void saveDunningCode(const DunningCode &code);

    // A 3-digit company number from "1", "01", "001".
    static std::optional<QString> normalizeCompanyNumber(const QString &text);

private:
    Database &m_db;
};

} // namespace rsk
