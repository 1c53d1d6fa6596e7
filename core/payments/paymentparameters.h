#pragma once

#include "money/money.h"

#include <QString>
#include <QStringList>

namespace rsk {

class Database;

// "Parametrar maskinella inbetalningar" (handbook 3.4) for one company, plus
// the payment methods the file imports use. Limits, "överföring nästa
// faktura" and the methods live in the `setting` table; the two accounts are
// account settings (account_setting kinds "writeoff" and "unplaced") so that
// the booking run (bookkeeping/accounts.h) reads the very same accounts.
// Anything unset has its default: limits 0 (the function is off until the
// clerk gives amounts, as the handbook describes it), the default accounts,
// methods B, G, I, A, Ö and D.
struct PaymentParameters
{
    // handbook 3.4 "BELOPPSGRÄNSER FÖR ÖVER- OCH UNDERBETALNINGAR": a claim
    // paid with at most this much too much / too little is settled and the
    // difference written off (or carried to the next invoice).
    Money overpaymentLimit;
    Money underpaymentLimit;
    QString writeOffAccount;    // "Kontering": the avräkningskonto
    bool carryToNextInvoice = false; // "Överföring nästa faktura"
    QString observationAccount; // for rejected payments (3.4: "framtida funktion")

    // Methods (handbook 8.1 codes) that imported money is posted with.
    QString bankgiroMethod = QStringLiteral("B");
    QString plusgiroMethod = QStringLiteral("G");
    QString agencyMethod = QStringLiteral("I");   // payments from a collection agency's giro
    QString underpaymentWriteOffMethod = QStringLiteral("A"); // K: lowers the claim
    QString overpaymentWriteOffMethod = QStringLiteral("Ö");  // D: takes back the excess
    QString deductionMethod = QStringLiteral("D"); // D: BgMax TK21 / Total-IN 25 avdrag
    // Bankgiro/plusgiro numbers (digits only, no leading zeros) of collection
    // agencies: their payments take agencyMethod.
    QStringList agencyGiros;

    static constexpr qint64 MaxLimitOre = 100000; // 1 000 kr: a "small" difference

    // The stored parameters of `company`, defaults where nothing is stored.
    static PaymentParameters load(Database &db, const QString &company);
    // Validates (limits 0–1 000 kr, accounts digits, methods exist with the
    // right D/K, agency giros valid bankgiro or plusgiro numbers) and saves in
    // one unit of work, audited. Creates the write-off and deduction methods
    // when they are missing. Throws LedgerError::Refused with the reason.
    void save(Database &db, const QString &company) const;

    // Creates the write-off and deduction methods if missing (import calls it
    // before posting); refuses a configured method that exists with the
    // wrong direction.
    void ensureMethods(Database &db) const;

    // True when `payerAccount` (digits) is one of the agency giros.
    bool isAgencyGiro(const QString &payerAccount) const;
    // Digits of a giro number without leading zeros: how accounts compare.
    static QString giroDigits(const QString &text);
};

} // namespace rsk
