#pragma once

#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QString>

namespace rsk {

class Database;

// Debiteringsstatistik (handbook 8.3): per routine and billing period (the
// month of the invoice date) the number of invoices and of reminders 1 and
// 2, collection demands, threats of payment order, payment orders and
// payment plans, each with its amount, and the share of the invoiced number
// and amount. Selections: company, routine, invoice number and invoice date
// from–tom, all optional ("Utelämnas intervall … erhålls statistiken
// oberoende av fakturadatum men med hänsyn tagen till övriga urval").
// Purged claims are not counted ("Om rensning skett kan inte statistik
// erhållas på rensade uppgifter").
struct BillingStatisticsCriteria
{
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    QString routineFrom; // 1–2 digits; empty = from the first routine
    QString routineTo;   // empty = to the last
    QString invoiceFrom; // completed with 0 / 9 as in the Saldolista
    QString invoiceTo;
    QDate invoiceDateFrom;
    QDate invoiceDateTo;
};

// The list: for each routine and period seven rows, one per action —
// Fakturerade, Påminnelse 1, Påminnelse 2, Inkassokrav, Hot om
// betalningsföreläggande, Betalningsföreläggande, Amorteringsplan — with
//   Antal   the claims invoiced in the period that had the action (the date
//           column set: reminder1_date, reminder2_date, collection_date,
//           threat_date, payment_order_date, payment_plan_date);
//   Belopp  their invoiced amount (the capital);
//   Andel antal % / Andel belopp %: an action's share of the invoiced number
//           and amount of the same routine and period; for Fakturerade the
//           period's share of the whole list.
// After each routine the same seven rows summed (subtotals, level 1), and at
// the end for the whole list (total rows). A percentage is a fixed-point
// number with two decimals; it travels in a Money-kind cell (hundredths) so
// that exports write it as a real number (12,50 = 12,50 %), rounded half
// away from zero.
class BillingStatisticsQuery : public ReportPager
{
public:
    enum Action { Invoiced, Reminder1, Reminder2, Collection, Threat, PaymentOrder, PaymentPlan,
                  ActionCount };

    // Throws LedgerError::Refused for a bad selection; reads the ledger once
    // (one GROUP BY, a few hundred rows at most).
    BillingStatisticsQuery(Database &db, const BillingStatisticsCriteria &criteria);

    ReportLayout layout() const override { return m_table.layout(); }
    qint64 rowCount() override { return m_table.rows().size(); }
    QList<ReportRow> rows(qint64 first, int count) override;
    void writeAll(ReportWriter &writer) override { m_table.writeTo(writer); }

    static QString actionText(Action action);
    // round(part / whole × 10 000), half away from zero; 0 when whole is 0.
    static qint64 shareHundredths(qint64 part, qint64 whole);

    static constexpr int kCountColumn = 3;
    static constexpr int kAmountColumn = 4;
    static constexpr int kCountShareColumn = 5;
    static constexpr int kAmountShareColumn = 6;

private:
    ReportTable m_table;
};

} // namespace rsk
