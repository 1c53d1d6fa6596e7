// InterestCalculator, pure (DOMAIN.md "Late-payment interest", FACTS-SE §4):
// the shipped reference-rate table, margin 8,00. Every expected number is
// worked out by hand in the comment above its row as the exact fraction
//   Σ base × rate(hundredths) × days / (10000 × yearDays)
// and then rounded once, half away from zero.
#include "interest/interestcalculator.h"
#include "ledger/ledgersetup.h"
#include "storage/ledgererror.h"

#include <QtTest>

using namespace rsk;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// "2024-03-01:-400000" or "2024-03-15:-400000:n" (n = no-interest method), ';'-separated.
QList<CapitalChange> changes(const QString &text)
{
    QList<CapitalChange> out;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char(':'));
        out.append({QDate::fromString(f.at(0), Qt::ISODate), Money::fromOre(f.at(1).toLongLong()),
                    f.value(2) == QLatin1String("n")});
    }
    return out;
}

std::optional<DunningCode> code(int number)
{
    for (const DunningCode &c : LedgerSetup::defaultDunningCodes())
        if (c.code == number)
            return c;
    return std::nullopt;
}

// "after/365" (defaults), "due/365", "after/act", "due/act".
InterestSettings settings(const QString &rules, int daysAfterInvoice = 0)
{
    InterestSettings s;
    s.startRule = rules.startsWith(QLatin1String("due"))
                      ? InterestSettings::StartRule::FromDueDate
                      : InterestSettings::StartRule::DayAfterDueDate;
    s.dayBasis = rules.endsWith(QLatin1String("act")) ? InterestSettings::DayBasis::ActualActual
                                                      : InterestSettings::DayBasis::Actual365;
    s.daysAfterInvoiceDate = daysAfterInvoice;
    return s;
}

// "from..to days@rate/base" per period, ' | '-separated.
QString describe(const InterestResult &r)
{
    QStringList parts;
    for (const InterestPeriod &p : r.periods)
        parts.append(QStringLiteral("%1..%2 %3@%4/%5")
                         .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))
                         .arg(p.days)
                         .arg(p.rateHundredths)
                         .arg(p.base.ore()));
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestInterestCalculator : public QObject
{
    Q_OBJECT
private slots:
    void compute_data();
    void compute();
    void oneRoundingPerClaim();
    void exactFractionKept();
    void missingRateIsRefused();
    void paidClaimNeedsNoRateAfterPayment();
    void unverifiedRateIsNamed();
    void rateTableMergesEqualRates();
    void chargeableMinimums();
    void settingsValidation();
};

void TestInterestCalculator::compute_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("daysAfterInvoice");
    QTest::addColumn<qint64>("capital");
    QTest::addColumn<QDate>("invoiceDate");
    QTest::addColumn<QDate>("dueDate");
    QTest::addColumn<QString>("changeList");
    QTest::addColumn<QDate>("finalPaid");
    QTest::addColumn<int>("codeNumber");
    QTest::addColumn<QDate>("codeUntil");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("interest");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("periods");

    const QDate none;
    const QDate inv = d("2023-01-01");
    // DOMAIN.md: 10 000,00 due 2023-11-15 paid 2024-08-10. 2023-11-16..12-31 = 46 d
    // at 3,50+8 = 11,50 %; 2024-01-01..08-10 = 31+29+31+30+31+30+31+10 = 223 d at
    // 4,00+8 = 12,00 % (the 2024-07-01 row has the same rate: no split).
    // 1 000 000 × (1150×46 + 1200×223) / (10000×365) = 320 500 000 000 / 3 650 000
    // = 87 808,219… → 87 808 öre = 878,08 kr.
    QTest::newRow("worked_example") << "after/365" << 0 << 1000000LL << inv << d("2023-11-15")
        << "2024-08-10:-1000000" << d("2024-08-10") << 0 << none << d("2024-08-10") << 87808LL
        << 269 << "2023-11-16..2023-12-31 46@1150/1000000 | 2024-01-01..2024-08-10 223@1200/1000000";
    // Same claim computed later: the base is 0 after the payment, nothing more.
    QTest::newRow("worked_example_to_later") << "after/365" << 0 << 1000000LL << inv
        << d("2023-11-15") << "2024-08-10:-1000000" << d("2024-08-10") << 0 << none
        << d("2024-12-31") << 87808LL << 269
        << "2023-11-16..2023-12-31 46@1150/1000000 | 2024-01-01..2024-08-10 223@1200/1000000";
    // From the due date: 47 d + 223 d. 1 000 000 × (1150×47 + 1200×223) / 3 650 000
    // = 321 650 000 000 / 3 650 000 = 88 123,287… → 88 123.
    QTest::newRow("from_due_date") << "due/365" << 0 << 1000000LL << inv << d("2023-11-15")
        << "2024-08-10:-1000000" << d("2024-08-10") << 0 << none << d("2024-08-10") << 88123LL
        << 270 << "2023-11-15..2023-12-31 47@1150/1000000 | 2024-01-01..2024-08-10 223@1200/1000000";
    // 1 Jul 2023: 2,50 → 3,50. 1 000,00 due 2023-06-20: 06-21..06-30 10 d at 10,50 %,
    // 07-01..07-10 10 d at 11,50 %. 100 000 × (1050×10 + 1150×10) / 3 650 000
    // = 2 200 000 000 / 3 650 000 = 602,739… → 603.
    QTest::newRow("rate_change_1_jul") << "after/365" << 0 << 100000LL << inv << d("2023-06-20")
        << "" << none << 0 << none << d("2023-07-10") << 603LL << 20
        << "2023-06-21..2023-06-30 10@1050/100000 | 2023-07-01..2023-07-10 10@1150/100000";
    // 1 Jan 2023: 0,50 → 2,50. 100 000 × (850×10 + 1050×10) / 3 650 000
    // = 1 900 000 000 / 3 650 000 = 520,547… → 521.
    QTest::newRow("rate_change_1_jan") << "after/365" << 0 << 100000LL << d("2022-12-01")
        << d("2022-12-21") << "" << none << 0 << none << d("2023-01-10") << 521LL << 20
        << "2022-12-22..2022-12-31 10@850/100000 | 2023-01-01..2023-01-10 10@1050/100000";
    // Leap day, actual/365: 02-28, 02-29, 03-01, 03-02 = 4 d at 12,00 %.
    // 365 000 × 1200 × 4 / 3 650 000 = 1 752 000 000 / 3 650 000 = 480 exactly.
    QTest::newRow("leap_year_actual_365") << "after/365" << 0 << 365000LL << inv
        << d("2024-02-27") << "" << none << 0 << none << d("2024-03-02") << 480LL << 4
        << "2024-02-28..2024-03-02 4@1200/365000";
    // The same on actual/actual: 1 752 000 000 / (10000×366) = 478,688… → 479.
    QTest::newRow("leap_year_actual_actual") << "after/act" << 0 << 365000LL << inv
        << d("2024-02-27") << "" << none << 0 << none << d("2024-03-02") << 479LL << 4
        << "2024-02-28..2024-03-02 4@1200/365000";
    // Actual/actual over 2020 (366) → 2021 (365), same rate 8,00 %: split at 1 Jan.
    // 1 000 000×800×10/3 660 000 = 2 185,792… + 1 000 000×800×10/3 650 000 = 2 191,780…
    // = 4 377,573… → 4 378 (one rounding of the exact sum).
    QTest::newRow("year_end_actual_actual") << "after/act" << 0 << 1000000LL << d("2020-12-01")
        << d("2020-12-21") << "" << none << 0 << none << d("2021-01-10") << 4378LL << 20
        << "2020-12-22..2020-12-31 10@800/1000000 | 2021-01-01..2021-01-10 10@800/1000000";
    // Same days on actual/365: one period, 1 000 000×800×20/3 650 000
    // = 16 000 000 000 / 3 650 000 = 4 383,561… → 4 384.
    QTest::newRow("year_end_actual_365") << "after/365" << 0 << 1000000LL << d("2020-12-01")
        << d("2020-12-21") << "" << none << 0 << none << d("2021-01-10") << 4384LL << 20
        << "2020-12-22..2021-01-10 20@800/1000000";
    // Actual/actual 2023 (365, 11,50 %) → 2024 (366, 12,00 %):
    // 1 000 000×1150×10/3 650 000 = 3 150,684… + 1 000 000×1200×10/3 660 000 = 3 278,688…
    // = 6 429,373… → 6 429.
    QTest::newRow("rate_and_year_actual_actual") << "after/act" << 0 << 1000000LL << inv
        << d("2023-12-21") << "" << none << 0 << none << d("2024-01-10") << 6429LL << 20
        << "2023-12-22..2023-12-31 10@1150/1000000 | 2024-01-01..2024-01-10 10@1200/1000000";
    // Three partial payments, 12,00 % all 2024. Each counts through its date:
    // 02-01..03-01 = 29+1 = 30 d on 1 000 000; 03-02..04-15 = 30+15 = 45 d on 600 000;
    // 04-16..05-31 = 15+31 = 46 d on 300 000.
    // 1200 × (30 000 000 + 27 000 000 + 13 800 000) / 3 650 000
    // = 84 960 000 000 / 3 650 000 = 23 276,712… → 23 277.
    QTest::newRow("partial_payments") << "after/365" << 0 << 1000000LL << inv << d("2024-01-31")
        << "2024-03-01:-400000;2024-04-15:-300000;2024-05-31:-300000" << d("2024-05-31") << 0
        << none << d("2024-05-31") << 23277LL << 121
        << "2024-02-01..2024-03-01 30@1200/1000000 | 2024-03-02..2024-04-15 45@1200/600000 | "
           "2024-04-16..2024-05-31 46@1200/300000";
    // A part paid before the due date lowers the base from the start:
    // 600 000 × 1200 × 29 / 3 650 000 = 20 880 000 000 / 3 650 000 = 5 720,547… → 5 721.
    QTest::newRow("paid_before_due") << "after/365" << 0 << 1000000LL << inv << d("2024-01-31")
        << "2024-01-15:-400000" << none << 0 << none << d("2024-02-29") << 5721LL << 29
        << "2024-02-01..2024-02-29 29@1200/600000";
    // A credit with a "dröjsmålsfaktureras ej" method (2024-03-15, 4 000,00) leaves the
    // base from the due date on: 02-01..04-30 = 29+31+30 = 90 d on 600 000.
    // 600 000 × 1200 × 90 / 3 650 000 = 64 800 000 000 / 3 650 000 = 17 753,424… → 17 753.
    QTest::newRow("no_interest_method") << "after/365" << 0 << 1000000LL << inv
        << d("2024-01-31") << "2024-03-15:-400000:n;2024-04-30:-600000" << d("2024-04-30") << 0
        << none << d("2024-04-30") << 17753LL << 90 << "2024-02-01..2024-04-30 90@1200/600000";
    // Kravkod 7 "Ej ränta" without valid-to: no interest.
    QTest::newRow("code_no_interest") << "after/365" << 0 << 1000000LL << inv << d("2023-11-15")
        << "2024-08-10:-1000000" << d("2024-08-10") << 7 << none << d("2024-08-10") << 0LL << 0
        << "";
    // Kravkod 7 valid to 2024-12-31, computed 2024-08-10: still valid → 0.
    QTest::newRow("code_no_interest_valid") << "after/365" << 0 << 1000000LL << inv
        << d("2023-11-15") << "2024-08-10:-1000000" << d("2024-08-10") << 7 << d("2024-12-31")
        << d("2024-08-10") << 0LL << 0 << "";
    // Kravkod 7 ended 2024-06-30, before the computation date: interest as normal.
    QTest::newRow("code_no_interest_expired") << "after/365" << 0 << 1000000LL << inv
        << d("2023-11-15") << "2024-08-10:-1000000" << d("2024-08-10") << 7 << d("2024-06-30")
        << d("2024-08-10") << 87808LL << 269
        << "2023-11-16..2023-12-31 46@1150/1000000 | 2024-01-01..2024-08-10 223@1200/1000000";
    // Kravkod 2 "Anstånd" (no interest during respite) to 2024-03-31, paid in full
    // 2024-03-20: in time → 0.
    QTest::newRow("respite_paid_in_time") << "after/365" << 0 << 1000000LL << inv
        << d("2024-01-31") << "2024-03-20:-1000000" << d("2024-03-20") << 2 << d("2024-03-31")
        << d("2024-03-20") << 0LL << 0 << "";
    // Paid on the valid-to date itself: still in time → 0.
    QTest::newRow("respite_paid_on_last_day") << "after/365" << 0 << 1000000LL << inv
        << d("2024-01-31") << "2024-03-31:-1000000" << d("2024-03-31") << 2 << d("2024-03-31")
        << d("2024-03-31") << 0LL << 0 << "";
    // Paid 2024-04-10, after the respite: interest from the due date as normal.
    // 02-01..04-10 = 29+31+10 = 70 d. 1 000 000×1200×70/3 650 000
    // = 84 000 000 000 / 3 650 000 = 23 013,698… → 23 014.
    QTest::newRow("respite_paid_too_late") << "after/365" << 0 << 1000000LL << inv
        << d("2024-01-31") << "2024-04-10:-1000000" << d("2024-04-10") << 2 << d("2024-03-31")
        << d("2024-04-10") << 23014LL << 70 << "2024-02-01..2024-04-10 70@1200/1000000";
    // Respite running, not paid yet: DOMAIN.md stops interest only once paid in time,
    // so the accrued interest shows. 02-01..03-20 = 49 d:
    // 1 000 000×1200×49/3 650 000 = 58 800 000 000 / 3 650 000 = 16 109,589… → 16 110.
    QTest::newRow("respite_not_yet_paid") << "after/365" << 0 << 1000000LL << inv
        << d("2024-01-31") << "" << none << 2 << d("2024-03-31") << d("2024-03-20") << 16110LL
        << 49 << "2024-02-01..2024-03-20 49@1200/1000000";
    // A credit invoice (negative capital) earns nothing.
    QTest::newRow("credit_invoice") << "after/365" << 0 << -50000LL << inv << d("2024-01-31")
        << "" << none << 0 << none << d("2024-06-30") << 0LL << 0 << "";
    // Not yet due: on the due date itself nothing has accrued (day-after rule)…
    QTest::newRow("not_yet_due") << "after/365" << 0 << 1000000LL << inv << d("2024-08-10") << ""
        << none << 0 << none << d("2024-08-10") << 0LL << 0 << "";
    QTest::newRow("before_due") << "due/365" << 0 << 1000000LL << inv << d("2024-08-10") << ""
        << none << 0 << none << d("2024-08-09") << 0LL << 0 << "";
    // …but from the due date one day has: 1 000 000×1200×1/3 650 000 = 328,767… → 329.
    QTest::newRow("due_date_itself_from_due") << "due/365" << 0 << 1000000LL << inv
        << d("2024-08-10") << "" << none << 0 << none << d("2024-08-10") << 329LL << 1
        << "2024-08-10..2024-08-10 1@1200/1000000";
    // x,5 öre rounds up: 36,50 kr at 11,50 % for 10 d (2023-09-21..30):
    // 3650 × 1150 × 10 / 3 650 000 = 41 975 000 / 3 650 000 = 11,5 exactly → 12.
    QTest::newRow("half_ore_rounds_up") << "after/365" << 0 << 3650LL << inv << d("2023-09-20")
        << "" << none << 0 << none << d("2023-09-30") << 12LL << 10
        << "2023-09-21..2023-09-30 10@1150/3650";
    // x,49 öre rounds down: 45,99 kr the same 10 d:
    // 4599 × 1150 × 10 / 3 650 000 = 52 888 500 / 3 650 000 = 14,49 exactly → 14.
    QTest::newRow("x49_ore_rounds_down") << "after/365" << 0 << 4599LL << inv << d("2023-09-20")
        << "" << none << 0 << none << d("2023-09-30") << 14LL << 10
        << "2023-09-21..2023-09-30 10@1150/4599";
    // Negative reference rate 2019-H1: −0,50 + 8 = 7,50 %. 02-01..03-01 = 29 d:
    // 1 000 000 × 750 × 29 / 3 650 000 = 21 750 000 000 / 3 650 000 = 5 958,904… → 5 959.
    QTest::newRow("negative_reference_rate") << "after/365" << 0 << 1000000LL << d("2019-01-01")
        << d("2019-01-31") << "" << none << 0 << none << d("2019-03-01") << 5959LL << 29
        << "2019-02-01..2019-03-01 29@750/1000000";
    // Across 2019-07-01 (−0,50 → 0,00): 10 d at 7,50 % + 10 d at 8,00 %:
    // 1 000 000 × (7500 + 8000) / 3 650 000 = 4 246,575… → 4 247.
    QTest::newRow("negative_rate_to_zero") << "after/365" << 0 << 1000000LL << d("2019-01-01")
        << d("2019-06-20") << "" << none << 0 << none << d("2019-07-10") << 4247LL << 20
        << "2019-06-21..2019-06-30 10@750/1000000 | 2019-07-01..2019-07-10 10@800/1000000";
    // 7.2 "Dagar efter fakturadatum" = 60: invoiced 2024-01-01, due 01-31; interest
    // starts 2024-03-01 (60 days after). 03-01..03-10 = 10 d:
    // 1 000 000 × 1200 × 10 / 3 650 000 = 3 287,671… → 3 288.
    QTest::newRow("days_after_invoice_date") << "after/365" << 60 << 1000000LL << d("2024-01-01")
        << d("2024-01-31") << "" << none << 0 << none << d("2024-03-10") << 3288LL << 10
        << "2024-03-01..2024-03-10 10@1200/1000000";
    // An overpayment never makes the base negative: 03-01 pays 12 000,00 of 10 000,00;
    // 02-01..03-01 = 30 d on 1 000 000 → 1200×30 000 000/3 650 000 = 9 863,013… → 9 863.
    QTest::newRow("overpaid") << "after/365" << 0 << 1000000LL << inv << d("2024-01-31")
        << "2024-03-01:-1200000" << none << 0 << none << d("2024-04-30") << 9863LL << 30
        << "2024-02-01..2024-03-01 30@1200/1000000";
    // A debit (e.g. a refund, method 5) raises the base from the next day again:
    // 02-01..02-29 29 d on 1 000 000, paid in full 02-29; refund 500 000 on 03-10;
    // 03-11..03-20 10 d on 500 000. 1200 × (29 000 000 + 5 000 000) / 3 650 000
    // = 40 800 000 000 / 3 650 000 = 11 178,082… → 11 178.
    QTest::newRow("debit_reopens") << "after/365" << 0 << 1000000LL << inv << d("2024-01-31")
        << "2024-02-29:-1000000;2024-03-10:500000" << none << 0 << none << d("2024-03-20")
        << 11178LL << 39
        << "2024-02-01..2024-02-29 29@1200/1000000 | 2024-03-11..2024-03-20 10@1200/500000";
}

void TestInterestCalculator::compute()
{
    QFETCH(QString, rules);
    QFETCH(int, daysAfterInvoice);
    QFETCH(qint64, capital);
    QFETCH(QDate, invoiceDate);
    QFETCH(QDate, dueDate);
    QFETCH(QString, changeList);
    QFETCH(QDate, finalPaid);
    QFETCH(int, codeNumber);
    QFETCH(QDate, codeUntil);
    QFETCH(QDate, to);
    QFETCH(qint64, interest);
    QFETCH(int, days);
    QFETCH(QString, periods);

    InterestClaim claim;
    claim.capital = Money::fromOre(capital);
    claim.invoiceDate = invoiceDate;
    claim.dueDate = dueDate;
    claim.changes = changes(changeList);
    claim.finalPaidDate = finalPaid;
    if (codeNumber > 0) {
        claim.dunningCode = code(codeNumber);
        QVERIFY(claim.dunningCode);
        claim.dunningCodeUntil = codeUntil;
    }
    const InterestCalculator calc(settings(rules, daysAfterInvoice), ReferenceRateTable::shipped());
    const InterestResult r = calc.compute(claim, to);
    QCOMPARE(describe(r), periods);
    QCOMPARE(r.days, days);
    QCOMPARE(r.interest.ore(), interest);
    if (interest == 0)
        QVERIFY2(!r.note.isEmpty(), "a zero result says why");
}

void TestInterestCalculator::oneRoundingPerClaim()
{
    // 54,75 kr at 11,50 %: 2023-09-21..30 10 d on 5475 = 62 962 500 / 3 650 000 = 17,25;
    // paid 36,50 on 09-30, 10-01..10-30 30 d on 1825 = 1825×1150×30 / 3 650 000
    // = 62 962 500 / 3 650 000 = 17,25. Sum 34,5 → 35 öre; rounding each period
    // would give 17 + 17 = 34.
    InterestClaim claim;
    claim.capital = Money::fromOre(5475);
    claim.dueDate = QDate(2023, 9, 20);
    claim.changes = changes(QStringLiteral("2023-09-30:-3650;2023-10-30:-1825"));
    const InterestResult r = InterestCalculator(InterestSettings(), ReferenceRateTable::shipped())
                                 .compute(claim, QDate(2023, 10, 30));
    QCOMPARE(r.periods.size(), 2);
    QCOMPARE(r.periods.at(0).interest.ore(), 17);
    QCOMPARE(r.periods.at(1).interest.ore(), 17);
    QCOMPARE(r.interest.ore(), 35);
}

void TestInterestCalculator::exactFractionKept()
{
    // The worked example as a fraction: 320 500 000 000 / 3 650 000 = 6410000/73.
    InterestClaim claim;
    claim.capital = Money::fromOre(1000000);
    claim.dueDate = QDate(2023, 11, 15);
    const InterestResult r = InterestCalculator(InterestSettings(), ReferenceRateTable::shipped())
                                 .compute(claim, QDate(2024, 8, 10));
    QVERIFY(r.exact.numerator() == 6410000);
    QVERIFY(r.exact.denominator() == 73);
}

void TestInterestCalculator::missingRateIsRefused()
{
    InterestClaim claim;
    claim.capital = Money::fromOre(100000);
    claim.dueDate = QDate(2026, 6, 20);
    const InterestCalculator calc(InterestSettings(), ReferenceRateTable::shipped());
    // The last shipped row (2026-01-01) covers only 2026-H1.
    try {
        calc.compute(claim, QDate(2026, 7, 5));
        QFAIL("expected a refusal");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(QStringLiteral("2026-07-01 – 2026-07-05")),
                 qPrintable(e.message()));
    }
    // Before the table starts (2019-01-01).
    claim.dueDate = QDate(2018, 12, 20);
    QVERIFY_THROWS_EXCEPTION(LedgerError, calc.compute(claim, QDate(2019, 1, 10)));
    // An empty table refuses any day.
    claim.dueDate = QDate(2024, 1, 31);
    QVERIFY_THROWS_EXCEPTION(LedgerError, InterestCalculator(InterestSettings(), ReferenceRateTable())
                                              .compute(claim, QDate(2024, 2, 10)));
    // Through the last covered day is fine: 06-21..06-30 10 d at 10,00 %:
    // 100 000 × 1000 × 10 / 3 650 000 = 273,972… → 274.
    claim.dueDate = QDate(2026, 6, 20);
    QCOMPARE(calc.compute(claim, QDate(2026, 6, 30)).interest.ore(), 274);
}

void TestInterestCalculator::paidClaimNeedsNoRateAfterPayment()
{
    // Paid in full 2024-08-10; computing to 2027 needs no rate after the payment.
    InterestClaim claim;
    claim.capital = Money::fromOre(1000000);
    claim.dueDate = QDate(2023, 11, 15);
    claim.changes = changes(QStringLiteral("2024-08-10:-1000000"));
    const InterestResult r = InterestCalculator(InterestSettings(), ReferenceRateTable::shipped())
                                 .compute(claim, QDate(2027, 1, 1));
    QCOMPARE(r.interest.ore(), 87808);
}

void TestInterestCalculator::unverifiedRateIsNamed()
{
    // 2025-H1 (3,00 %) is shipped UNVERIFIED (FACTS-SE §4).
    InterestClaim claim;
    claim.capital = Money::fromOre(100000);
    claim.dueDate = QDate(2025, 1, 31);
    const InterestResult r = InterestCalculator(InterestSettings(), ReferenceRateTable::shipped())
                                 .compute(claim, QDate(2025, 2, 10));
    QVERIFY2(r.note.contains(QLatin1String("2025-02-01")), qPrintable(r.note));
    QVERIFY(r.note.contains(QLatin1String("UNVERIFIED")));
    // 10 d at 11,00 %: 100 000 × 1100 × 10 / 3 650 000 = 301,369… → 301.
    QCOMPARE(r.interest.ore(), 301);
}

void TestInterestCalculator::rateTableMergesEqualRates()
{
    const ReferenceRateTable t = ReferenceRateTable::shipped();
    QCOMPARE(t.firstCoveredDay(), QDate(2019, 1, 1));
    QCOMPARE(t.lastCoveredDay(), QDate(2026, 6, 30));
    QCOMPARE(t.rateOn(QDate(2019, 3, 1))->rateHundredths, -50);
    QCOMPARE(t.rateOn(QDate(2024, 7, 1))->rateHundredths, 400);
    QVERIFY(!t.rateOn(QDate(2026, 7, 1)));
    QVERIFY(!t.rateOn(QDate(2018, 12, 31)));
    // 2019-07-01 .. 2022-06-30 is 0,00 % throughout: one period.
    const QList<RatePeriod> p = t.periods(QDate(2019, 6, 1), QDate(2022, 7, 31));
    QCOMPARE(p.size(), 3);
    QCOMPARE(p.at(1).from, QDate(2019, 7, 1));
    QCOMPARE(p.at(1).to, QDate(2022, 6, 30));
    QCOMPARE(p.at(2).rateHundredths, 50);
    QCOMPARE(ReferenceRateTable::endOfHalfYear(QDate(2024, 6, 30)), QDate(2024, 6, 30));
    QCOMPARE(ReferenceRateTable::endOfHalfYear(QDate(2024, 7, 1)), QDate(2024, 12, 31));
}

void TestInterestCalculator::chargeableMinimums()
{
    InterestSettings s;
    s.minimumInterest = Money::fromKronor(100);
    s.minimumDaysLate = 10;
    const InterestCalculator calc(s, ReferenceRateTable::shipped());
    InterestResult r;
    r.interest = Money::fromOre(87808);
    QCOMPARE(calc.chargeable(r, 269).ore(), 87808);
    QCOMPARE(calc.chargeable(r, 9).ore(), 0);    // paid 9 days late < 10
    QCOMPARE(calc.chargeable(r, 10).ore(), 87808);
    r.interest = Money::fromOre(9999);           // 99,99 kr < 100 kr
    QCOMPARE(calc.chargeable(r, 269).ore(), 0);
    r.interest = Money::fromOre(10000);
    QCOMPARE(calc.chargeable(r, 269).ore(), 10000);
}

void TestInterestCalculator::settingsValidation()
{
    InterestSettings s;
    QVERIFY(s.validate().isEmpty());
    s.marginHundredths = 825; // 8,25: two decimals, the field has one (7.2)
    QVERIFY(!s.validate().isEmpty());
    s.marginHundredths = 10000; // 100,0: four digits
    QVERIFY(!s.validate().isEmpty());
    s.marginHundredths = 9990;
    QVERIFY(s.validate().isEmpty());
    s.minimumInterest = Money::fromOre(5050); // not whole kronor
    QVERIFY(!s.validate().isEmpty());
    s.minimumInterest = Money::fromKronor(50);
    s.daysAfterInvoiceDate = -1;
    QVERIFY(!s.validate().isEmpty());
}

QTEST_GUILESS_MAIN(TestInterestCalculator)
#include "tst_interestcalculator.moc"
