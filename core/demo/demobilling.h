#pragma once

#include "demo/demopopulation.h"

#include <QHash>
#include <QString>

#include <vector>

namespace rsk::demo {

// Banking days (dates/bankingdays.h) as a table over the days the generator
// uses, so that a million invoices do not walk the holiday rules twice each.
class BankingDays
{
public:
    BankingDays(int fromJulianDay, int toJulianDay);
    int next(int julianDay) const;     // the day itself if a banking day
    int previous(int julianDay) const; // the day itself if a banking day

private:
    int m_from;
    std::vector<int> m_next;
    std::vector<int> m_previous;
};

struct BillLine
{
    QString text;
    qint64 ore = 0;
    QString account;
};

// A transaction on the claim. Payments use method B (bankgiro, K: lowers the
// balance); a credit invoice's refund uses 5 (återbetalning, D: raises it).
struct BillPayment
{
    int day = 0;
    char method = 'B';
    qint64 ore = 0; // as registered, positive
};

// One invoice as the generator writes it.
struct Bill
{
    int routine = 0;
    bool credit = false;
    int invoiceDay = 0;
    int dueDay = 0;
    qint64 amountOre = 0; // negative for a credit invoice
    QString description;
    QString registerId;
    QString department;
    QString handler;
    BillLine lines[3];
    int lineCount = 0;
    BillPayment payments[4];
    int paymentCount = 0;
    int dunningCode = 0;
    int dunningUntil = 0; // 0: none

    // The claim's state after its transactions (settle() of posting.h with no
    // fees: every amount is capital).
    qint64 capitalOpenOre() const;
    qint64 paidOre() const;
    int finalPaidDay() const; // 0 while the balance is not 0
};

// What a household's invoice of a routine holds (amounts by the routine's
// plausible ranges, lines summing to the amount, texts), and what became of
// it (paid on time, late, partly, not at all).
class Billing
{
public:
    Billing(const NameLists &lists, int today, const BankingDays &days);

    // `credited`: for a credit invoice, the invoice number and amount it
    // corrects.
    void make(Random &r, const Household &h, int routine, int invoiceDay, Bill &bill,
              const QString &credited = {}, qint64 creditedOre = 0);
    void settle(Random &r, Bill &bill) const;
    // The handler printed on the routine's letters (name and phone, <= 30).
    void setHandler(int routine, const QString &handler) { m_handlers[routine] = handler; }

private:
    void homeCare(Random &r, const Household &h, Bill &b);
    void childCare(const Household &h, Bill &b);
    void water(Random &r, const Household &h, Bill &b);
    void waste(const Household &h, Bill &b);
    void rent(const Household &h, Bill &b);
    void diverse(Random &r, const Household &h, Bill &b);
    void addLine(Bill &b, const QString &text, qint64 ore, const QString &account);
    // Texts shared by every invoice of one billing run, made once.
    const QString &runText(int routine, int variant, int invoiceDay);
    int yearsSinceStart(int day) const;

    const NameLists &m_lists;
    int m_today;
    const BankingDays &m_days;
    int m_firstYear;
    QString m_handlers[RoutineCount];
    QString m_departments[RoutineCount];
    QHash<quint64, QString> m_runTexts;
    QHash<int, QString> m_m3Texts;
    QList<int> m_personItems;
    QList<int> m_organisationItems;
};

} // namespace rsk::demo
