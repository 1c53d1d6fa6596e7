#pragma once

#include <QList>
#include <QString>

namespace rsk {

class Database;

// The kinds of account a company keeps per routine (handbook, company
// settings "Fordringskonton"/"Bokföringskopplingar"; 7.2 "Kontering"; 3.4
// write-off and "observationskonto"; 8.1 fixed account per method). Stored in
// account_setting(company, routine, kind, account); routine "" is the
// company-wide value. "method:<code>" is the counter account of one payment
// method for that company (handbook 4.1 "Kontering").
namespace account_kind {
inline const QString Receivable = QStringLiteral("receivable");     // kundfordringar
inline const QString Bankgiro = QStringLiteral("bankgiro");         // bank account of the bankgiro
inline const QString Plusgiro = QStringLiteral("plusgiro");
inline const QString WriteOff = QStringLiteral("writeoff");         // small differences (3.4)
inline const QString Overpayment = QStringLiteral("overpayment");
inline const QString Unplaced = QStringLiteral("unplaced");         // oplacerade betalningar
inline const QString Credit = QStringLiteral("credit");             // credit/annulment, no account
inline const QString CreditLoss = QStringLiteral("credit_loss");    // avskrivning (bad debt)
inline const QString ReminderFeeIncome = QStringLiteral("reminder_fee_income");
inline const QString CollectionFeeIncome = QStringLiteral("collection_fee_income");
inline const QString InterestIncome = QStringLiteral("interest_income");
QString method(const QString &methodCode); // "method:<code>"
} // namespace account_kind

// Account settings per company and routine, with BAS-kontoplan defaults so a
// new ledger books without any set-up. Lookups go routine → company ("") →
// built-in default.
class AccountSettings
{
public:
    explicit AccountSettings(Database &db) : m_db(db) {}

    struct Entry
    {
        QString company;
        QString routine; // "" = every routine of the company
        QString kind;
        QString account;
    };

    // The account to use; never empty for a known kind (the default), empty
    // for a "method:<code>" kind nobody set and that has no default.
    QString account(const QString &company, const QString &kind, const QString &routine = {});
    // Validates the kind, the company, the routine and the account (1–20
    // digits) and saves, audited, in a unit of work. An empty account removes
    // the setting (back to the default).
    void setAccount(const QString &company, const QString &kind, const QString &account,
                    const QString &routine = {});
    // What is stored for the company (not the defaults).
    QList<Entry> stored(const QString &company);

    // Account names for #KONTO and the printed order: a name saved with
    // setAccountName, else the BAS name of a default account, else "Konto N".
    QString accountName(const QString &account);
    void setAccountName(const QString &account, const QString &name);

    static QStringList kinds();
    static bool isKnownKind(const QString &kind);
    // The built-in default of a kind, or empty.
    static QString defaultAccount(const QString &kind);
    static QString basName(const QString &account);
    static bool isValidAccount(const QString &account);

private:
    Database &m_db;
};

} // namespace rsk
