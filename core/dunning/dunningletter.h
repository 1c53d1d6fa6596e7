#pragma once

#include "ledger/types.h"
#include "money/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

// The steps of a dunning run (handbook 7.7, 7.11), in the order a claim
// takes them.
enum class DunningStep { Reminder1, Reminder2, Collection, Residual };

QString dunningStepCode(DunningStep step);                       // "reminder1" …
std::optional<DunningStep> dunningStepFromCode(const QString &code);
QString dunningStepName(DunningStep step);                       // "Påminnelse 1" …

// One period of the accrued interest as a letter prints it (DOMAIN.md
// "Letters": "accrued interest and how it was computed (period, days, rate)").
struct LetterInterestLine
{
    QDate from;
    QDate to; // inclusive
    int days = 0;
    qint64 rateHundredths = 0; // reference rate + margin, 10,00 % = 1000
    Money base;                // the capital that earned it
    Money interest;            // the period's share, rounded for display
};

// A payment since the collection demand, printed on a residual demand
// ("the remaining balance, payments since deducted").
struct LetterPayment
{
    QDate date;
    QString text;  // the payment method's text
    Money amount;  // positive: what lowered the claim
};

// Everything one reminder, collection demand or residual demand prints, as
// data (core makes no pages: render/dunningletterdocument lays it out on A5
// landscape "datapost" or the A4 invoice form, with the payment slip). One
// letter per claim. Saved as JSON with the run when kravparametrar say so,
// so that copies (7.12) print exactly what was sent.
struct DunningLetter
{
    qint64 letterId = 0; // dunning_letter.id; 0 before the run is stored
    qint64 runId = 0;
    DunningStep step = DunningStep::Reminder1;
    QString heading;     // PÅMINNELSE, PÅMINNELSE 2, INKASSOKRAV/KRAVBREV, RESTKRAV/ERINRAN
    QChar formType = QLatin1Char('D'); // the text's form: 'D' A5 landscape, 'F' A4
    QString slipFormType; // kravparametrar "Blankettyp", e.g. G2 (slip with OCR)
    QDate letterDate;    // framställningsdatum (the run date; a copy may print today's)
    bool copy = false;   // printed "KOPIA"

    Company sender;
    QString handler;     // <= 30, name and phone

    QString customerNumber;
    QString debtorName;
    QString debtorName2;
    QString co;
    QString address;
    QString postalCode;
    QString city;
    // The country line as printed (8.2): the register's name upper-cased,
    // "" for Sweden (CountryNames::printed), resolved when the letter is
    // made, not when printed, and saved so in the JSON: a copy (7.12) prints
    // what was sent even if the register changed since. Letters saved
    // before hold the code, which is what they printed then.
    QString country;
    bool addressWithheld = false; // protected identity: never printed (letter held)

    QString invoiceNumber;
    QDate invoiceDate;
    QDate originalDueDate;
    QString description;  // "avser"

    Money capital;         // the invoice amount
    Money capitalOpen;     // what is still owed of it
    Money reminderFees;    // debited reminder fees still open, this letter's included
    Money collectionFees;  // debited collection fees still open, this letter's included
    Money interestDebited; // debited interest still open, this letter's included
    Money letterFee;       // this letter's fee (0 = none)
    bool letterFeeDebited = false; // false: printed, not part of the balance (7.7)
    bool printInterest = false;
    Money accruedInterest; // not debited, up to the letter date; printed when chosen
    QList<LetterInterestLine> interestLines;
    QList<LetterPayment> paymentsSince; // residual demand only
    Money totalToPay;      // the balance after the run's debits + an undebited fee
    QDate payBy;           // run date + days, moved to a banking day

    QStringList textLines; // the step's text 1–9, within the form's limits
    QString ocr;
    QString bankgiro;      // the company's, printed on the slip
    QString plusgiro;

    QJsonObject toJson() const;
    static DunningLetter fromJson(const QJsonObject &json);
};

} // namespace rsk
