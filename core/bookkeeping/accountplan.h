#pragma once

#include "ledger/invoiceregistration.h" // FieldProblem

#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// One part of the chart of accounts of the general ledger the company books
// into (handbook 9 "Kontoplansuppbyggnad": "respektive kontodels längd,
// benämning och om den är obligatorisk"), e.g. Konto 4 obligatorisk, Ansvar
// 3, Verksamhet 4, Projekt 5.
struct AccountPart
{
    QString name;        // <= 10 characters ("Benämning")
    int length = 0;      // 1–10 digits ("Längd")
    bool required = false; // "Obligatorisk"
};

// The account plan of a company: its parts in order, part 1 first. A
// kontering is the digits of the parts in that order, each at its full
// length; it may end after any part once every required part is there. So
// the required parts come first, and the plan decides which lengths an
// account the company books on may have (AccountSettings checks every
// account it saves against it). A company without parts accepts any account
// of 1–20 digits, as before.
class AccountPlan
{
public:
    explicit AccountPlan(Database &db) : m_db(db) {}

    static constexpr int kMaxParts = 8;
    static constexpr int kMaxPartLength = 10;  // handbook: "maximalt 10 siffror"
    static constexpr int kMaxNameLength = 10;  // handbook: "maximalt 10 tecken"

    // Names trimmed; rows without name and length at the end dropped.
    static QList<AccountPart> normalized(QList<AccountPart> parts);
    // What is wrong, per field: "part.<n>.name", "part.<n>.length",
    // "part.<n>.required" (n from 1), in the order of the parts.
    static QList<FieldProblem> problems(const QList<AccountPart> &parts);
    // The lengths a kontering may have under `parts` (empty: any).
    static QList<int> validLengths(const QList<AccountPart> &parts);
    // Why `account` (digits) is not a kontering of the plan, or nullopt.
    static std::optional<QString> accountProblem(const QList<AccountPart> &parts,
                                                 const QString &account);

    QList<AccountPart> parts(const QString &company);
    // Replaces the company's parts (validated; refused with every problem,
    // nothing changed), audited per part, in one unit of work.
    void save(const QString &company, const QList<AccountPart> &parts);

private:
    Database &m_db;
};

} // namespace rsk
