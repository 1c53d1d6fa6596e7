#pragma once

#include <QString>
#include <QStringList>

namespace rsk {

class Database;

// Kravparametrar (handbook 7.2) other than the interest rules (margin, start
// rule, day basis, minimum interest/days: core/interest/interestsettings.h).
struct DunningParameters
{
    // Blankettyp (7.2 "Övrigt"): A1–C4/EP for plusgiro, E1/E2/G1/G2/EB for
    // bankgiro. G2 = payment slip with OCR, company name printed (no
    // pre-printed logo): what our letters render.
    QString formType = QStringLiteral("G2");
    int paymentOrderCode = 5; // kravkod set by betalningsföreläggande (7.17), 0 = none
    int paymentPlanCode = 3;  // kravkod set by amorteringsplan (7.18), 0 = none
    bool saveLetters = true;  // keep letters for copies (7.12)
    // Days to pay printed on the letters: due date = run date + days, moved
    // to the next banking day (DOMAIN.md "Legal guards"). Not a handbook
    // field (Å-DATA took it from the form); an inkassokrav gives at least 8
    // days (FACTS-SE §5, god inkassosed), so collectionPayDays >= 8.
    int reminderPayDays = 10;
    int collectionPayDays = 10;
    int residualPayDays = 10;
    static constexpr int MinCollectionPayDays = 8;
    static constexpr int MaxPayDays = 99;
};

// The accounts of 7.2 "Kontering" for one company and routine, read from
// AccountSettings (core/bookkeeping/accounts.h), never stored twice.
struct DunningAccounts
{
    QString reminderFeeIncome;
    QString collectionFeeIncome;
    QString interestIncome;
    // Fordringskonto for debited interest: the receivable account of the
    // routine's interest-invoice routine (routine + 50, handbook 7.13).
    QString interestReceivable;
};

class DunningParametersRegister
{
public:
    explicit DunningParametersRegister(Database &db) : m_db(db) {}

    DunningParameters parameters();
    // Checks the form type and that each code is 0 or a defined kravkod;
    // refuses (nothing changed) or saves, audited.
    void save(const DunningParameters &parameters);
    void installDefaults(); // adds missing values only

    static QStringList formTypes();

    DunningAccounts accounts(const QString &company, const QString &routine);
    // Saves each non-empty account through AccountSettings (validated and
    // audited there), all in one unit of work.
    void setAccounts(const QString &company, const QString &routine,
                     const DunningAccounts &accounts);
    // The routine that carries interest invoices of `routine` ("01" → "51").
    QString interestRoutine(const QString &routine);

private:
    Database &m_db;
};

} // namespace rsk
