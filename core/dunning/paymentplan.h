#pragma once

#include "interest/interestsettings.h"
#include "interest/referencerates.h"
#include "money/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// Amorteringsplan (handbook 7.18, DOMAIN.md "Later steps").

// A claim of the ledger to include ("Ftg" + "Fakturanummer").
struct PaymentPlanClaimRef
{
    QString company;
    QString invoiceNumber;
};

// "Övriga fordringar och avgifter": a claim outside the ledger (text, debt
// and either a due date, from which interest runs by the ledger's rules, or
// a given interest amount), or a fee (text and debt only), which the first
// instalments pay.
struct PaymentPlanOtherClaim
{
    QString text;                  // <= 35, printed on the plan
    Money debt;                    // capital only, <= 10 digits of which 2 öre
    QDate dueDate;                 // invalid: none
    std::optional<Money> interest; // given: no computation (and no due date)

    bool isFee() const { return !dueDate.isValid() && !interest.has_value(); }
};

// Gäldenär (7.18 "Gäldenär/F8"): filled from the first ledger claim, editable.
// Two debtors allowed (Namn2 / Personnummer 2).
struct PaymentPlanDebtor
{
    QString name;       // <= 30, required
    QString idNumber;   // required, checked (person or organisation number)
    QString name2;      // the second debtor, <= 30
    QString idNumber2;  // optional, checked
    QString co;         // <= 30
    QString address;    // <= 30
    QString postalCode; // <= 10
    QString city;       // <= 30
    // Protected identity (DOMAIN.md "People and trust"): no address printed.
    bool addressWithheld = false;
};

// Borgenär (7.18 "Borgenär/F9"): saved once, used for every plan until changed.
struct PaymentPlanCreditor
{
    QString orgNr;      // 10 digits, no hyphen
    QString name;       // <= 30, required
    QString address;    // <= 30
    QString postalCode; // <= 10
    QString city;       // <= 30
    QString phone;      // <= 20
    QString plusgiro;   // <= 8 digits, check digit; plusgiro or bankgiro required
    QString bankgiro;   // <= 8 digits, check digit

    bool isEmpty() const { return orgNr.isEmpty() && name.isEmpty(); }
};

// Komplettering/utskrift: the terms.
struct PaymentPlanTerms
{
    QDate firstDate;                 // första betalningsdag
    bool lastOfMonth = false;        // "Sista i varje månad": firstDate must be a month's last day
    Money monthly;                   // whole kronor, <= 8 digits
    int months = 0;                  // "i .. månader" (1–48); 0: the monthly amount throughout
    Money then;                      // "därefter", whole kronor, required with months
    Money noticeFee;                 // aviseringsavgift per instalment, whole kronor, <= 3 digits
    QString noticeFeeOverrideReason; // why a fee above fee_cap::PaymentPlanOre is taken
    bool noInterest = false;         // "Ej ränta"

    // The amount the k-th instalment (1-based) pays towards the debt.
    Money amountFor(int k) const { return months > 0 && k > months ? then : monthly; }
    // The k-th payment date: the first date's day each month (the month's
    // last day where it has fewer days), or each month's last day.
    QDate dateFor(int k) const;
};

// One row of the plan's claim list: a ledger claim (company set) or an
// other claim/fee. Amounts as of the plan date.
struct PaymentPlanClaimLine
{
    qint64 invoiceId = 0; // 0 for an other claim
    int version = 0;      // the claim's version when read (commit refuses a changed claim)
    QString company;
    QString invoiceNumber;
    QString idNumber; // the claim's debtor, as stored
    QString text;     // the claim's "avser" or the other claim's text
    QDate dueDate;
    Money capital;              // open capital
    Money reminderFee;          // open debited reminder fee
    Money collectionFee;        // open debited collection fee
    Money otherFee;             // an other claim that is a fee
    Money interest;             // debited interest still open + accrued to the plan date
    bool interestGiven = false; // the other claim's interest was typed
    QString note;               // why no interest, or a warning (unverified rate)

    bool isLedgerClaim() const { return invoiceId > 0; }
    Money fees() const { return reminderFee + collectionFee + otherFee; }
    Money total() const { return capital + fees() + interest; }
};

// One instalment (amorteringstillfälle). amount = fees + interest + capital
// + noticeFee; remaining = what is still owed after it (fees, interest
// accrued and capital; not interest still to come).
struct PaymentPlanInstalment
{
    int number = 0;
    QDate date;
    Money amount;
    Money fees;
    Money interest;    // accrued interest and new interest paid by this instalment
    Money newInterest; // interest on the capital since the previous instalment
    Money capital;
    Money noticeFee;
    Money remaining;
};

// What the schedule starts from.
struct PaymentScheduleInput
{
    QDate planDate;        // new interest runs from the day after
    Money capital;         // bears interest between instalments
    Money fees;            // paid first
    Money accruedInterest; // paid next
    PaymentPlanTerms terms;
};

struct PaymentSchedule
{
    QList<PaymentPlanInstalment> instalments;
    // More than PaymentPlanService::MaxMonths instalments would be needed
    // (the list then holds the first MaxMonths).
    bool tooLong = false;
    QStringList notes; // unverified or projected reference rates

    Money total(Money PaymentPlanInstalment::*part) const;
};

struct PaymentPlanRequest
{
    QDate planDate; // invalid: today. Accrued interest is computed to it.
    QList<PaymentPlanClaimRef> claims;
    QList<PaymentPlanOtherClaim> others;
    PaymentPlanDebtor debtor;     // name empty: taken from the first claim
    PaymentPlanCreditor creditor; // empty: the saved creditor (or the company's data)
    PaymentPlanTerms terms;
    QStringList texts; // "Kompletterande text", <= 5 lines of <= 70
};

// A computed (and, once committed, stored) plan: everything the printed
// plan shows. Stored as JSON with the plan so it prints again unchanged.
struct PaymentPlan
{
    qint64 id = 0; // payment_plan.id; 0 before commit
    QDate planDate;
    PaymentPlanDebtor debtor;
    PaymentPlanCreditor creditor;
    QList<PaymentPlanClaimLine> claims;
    PaymentPlanTerms terms;
    QStringList texts;
    QList<PaymentPlanInstalment> instalments;
    QStringList notes;
    // The kravparametrar margin over the reference rate the interest used
    // (printed with the terms); 0 with "Ej ränta".
    qint64 marginHundredths = 0;
    QString createdBy;
    QString createdAt;

    Money capital() const;
    Money fees() const;
    Money accruedInterest() const;
    Money totalDebt() const { return capital() + fees() + accruedInterest(); }
    Money newInterest() const; // all interest between instalments
    Money noticeFees() const;
    Money totalToPay() const; // every instalment's amount
    Money totalInterest() const { return accruedInterest() + newInterest(); }

    QJsonObject toJson() const;
    static PaymentPlan fromJson(const QJsonObject &json);
};

// Where a problem is, for the screen to put the message beside the field.
enum class PaymentPlanField {
    Claims,
    OtherClaims,
    Debtor,
    Creditor,
    FirstDate,
    LastOfMonth,
    Monthly,
    Months,
    Then,
    NoticeFee,
    Texts
};

struct PaymentPlanProblem
{
    PaymentPlanField field = PaymentPlanField::Claims;
    int row = -1; // the claim, other claim or text line (0-based), -1: the field
    QString message;
};

// A stored plan, for the list of plans and for printing again.
struct PaymentPlanInfo
{
    qint64 id = 0;
    QDate planDate;
    QString debtorName;
    QString idNumber;
    Money totalDebt;
    int instalments = 0;
    QDate firstDate;
    QDate lastDate;
    QString createdBy;
    QString createdAt;
};

// The service. plan() is the check (kontroll): it reads the claims, computes
// their debt and accrued interest and the schedule, and changes nothing.
// commit() does the same and then, in one unit of work (audited): stamps
// payment_plan_date on every ledger claim, sets the watch text
// "Amorteringsplan" and the kravkod of DunningParameters::paymentPlanCode,
// saves the creditor, and records the plan. Both throw LedgerError::refused
// with every problem (nothing changed).
//
// The plan's money (DOMAIN.md "Later steps", handbook 7.18):
// - Ledger claims: the open capital, the open debited reminder and
//   collection fees, the open debited interest plus the interest accrued to
//   the plan date by the ledger's rules (InterestService) less what was
//   debited. Fees printed but never debited are not included: the 7.14 list
//   carries those to the next invoice (7.15), and they must not be charged
//   twice.
// - Other claims: the debt is capital; interest is the given amount, or
//   computed from the due date to the plan date; a fee (no due date, no
//   interest) is paid first.
// - "Ej ränta": no accrued interest is computed and none between
//   instalments; interest already debited on a claim, and interest typed for
//   an other claim, remain debts.
class PaymentPlanService
{
public:
    explicit PaymentPlanService(Database &db) : m_db(db) {}

    static constexpr int MaxClaims = 24;
    static constexpr int MaxOtherClaims = 24;
    static constexpr int MaxMonths = 48;
    static constexpr int MaxTextLines = 5;
    static constexpr int MaxTextLength = 70;
    static constexpr int MaxOtherText = 35;
    static constexpr qint64 MaxMonthlyKronor = 99'999'999; // 8 digits
    static constexpr qint64 MaxNoticeFeeKronor = 999;      // 3 digits
    static QString watchText();                            // "Amorteringsplan"

    // Kontroll/Enter for one claim: its row (debt and accrued interest to
    // `planDate`). Throws NotFound / Refused naming the claim.
    PaymentPlanClaimLine claimLine(const PaymentPlanClaimRef &ref, const QDate &planDate,
                                   bool noInterest = false);
    // The debtor of a claim, as the plan starts from it.
    PaymentPlanDebtor debtorFrom(const PaymentPlanClaimRef &ref);
    // The saved creditor, or nullopt before the first plan.
    std::optional<PaymentPlanCreditor> savedCreditor();
    // The saved creditor, else one proposed from the company's data.
    PaymentPlanCreditor creditorFor(const QString &company);

    // Every problem of the request that needs no computation, in the order
    // of the screen; empty = the plan can be computed.
    QList<PaymentPlanProblem> problems(const PaymentPlanRequest &request);

    PaymentPlan plan(const PaymentPlanRequest &request);
    PaymentPlan commit(const PaymentPlanRequest &request);

    // The schedule, pure: the terms applied from the opening debt. Each
    // instalment pays the fees, then the accrued interest, then the interest
    // on the remaining capital since the previous instalment (the plan date
    // for the first), then capital; the notice fee is added on top. The last
    // instalment pays what is left. Interest per period with the
    // InterestCalculator on the remaining capital from the day after the
    // previous date through the payment date (rate per day, day basis of
    // `settings`); days after the table's last covered day use its last
    // rate (the future rate is unknown; said in `notes`).
    static PaymentSchedule schedule(const PaymentScheduleInput &input,
                                    const InterestSettings &settings,
                                    const ReferenceRateTable &rates);
    // The smallest whole-kronor monthly amount (or, with months, "därefter"
    // amount) with which the schedule fits MaxMonths; nullopt if none does.
    static std::optional<Money> fittingAmount(const PaymentScheduleInput &input,
                                              const InterestSettings &settings,
                                              const ReferenceRateTable &rates);

    QList<PaymentPlanInfo> plans();
    // A stored plan as it was printed; nullopt if there is none with `id`.
    std::optional<PaymentPlan> stored(qint64 id);
    // Blanks a claim's payment_plan_date (7.18: "Detta kan blankas för att
    // kunna ta fram en ny amorteringsplan"), audited.
    void releaseClaim(const PaymentPlanClaimRef &ref);

private:
    // The request with its plan date, debtor and creditor filled in.
    PaymentPlanRequest resolve(const PaymentPlanRequest &request);
    QList<PaymentPlanProblem> check(const PaymentPlanRequest &resolved,
                                    QList<PaymentPlanClaimLine> *lines);
    PaymentPlan compute(const PaymentPlanRequest &request);
    void saveCreditor(const PaymentPlanCreditor &creditor);
    Database &m_db;
};

} // namespace rsk
