#pragma once

#include "reports/reporttable.h"

#include <QDate>
#include <QString>

namespace rsk {

class Database;

// Inbetalningsprognos (handbook 5.3): what comes in if the open claims are
// paid on their due dates ("vilka inbetalningar som kommer att ske om de
// betalas på förfallodagarna"), with the selection of the handbook: company
// range, routine range, due-date range. The open balance (> 0) of each claim
// is expected on its due date; the list groups it per due date, ISO week or
// month, and within that per company and routine.
struct PaymentForecastCriteria
{
    enum class Period { Day, Week, Month };
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    QString routineFrom; // empty = every routine ("Utelämnas urval på rutin
    QString routineTo;   //  erhålls listan för alla förekommande rutiner")
    QDate dueFrom;
    QDate dueTo;
    Period period = Period::Day;
};

// Rows: one detail row per (period, company, routine) with the number of
// claims and the expected amount; a level-1 subtotal after each period; a
// Total row at the end. The rows are few (periods × companies × routines),
// so the query holds them; the claims themselves are summed in SQL.
class PaymentForecastQuery : public ReportPager
{
public:
    // Throws LedgerError::Refused (Swedish, names the field) for bad criteria.
    PaymentForecastQuery(Database &db, const PaymentForecastCriteria &criteria);

    const PaymentForecastCriteria &criteria() const { return m_criteria; }
    // The whole report (computed once).
    const ReportTable &table();

    // The period a due date falls in: its first and last day and its label
    // ("2026-03-02", "2026 v.10", "2026-03").
    static QDate periodStart(const QDate &due, PaymentForecastCriteria::Period period);
    static QDate periodEnd(const QDate &due, PaymentForecastCriteria::Period period);
    static QString periodLabel(const QDate &due, PaymentForecastCriteria::Period period);

    ReportLayout layout() const override;
    qint64 rowCount() override;
    QList<ReportRow> rows(qint64 first, int count) override;
    void writeAll(ReportWriter &writer) override;

    enum Column { PeriodColumn, FromColumn, ToColumn, CompanyColumn, RoutineColumn,
                  ClaimsColumn, AmountColumn, ColumnCount };

private:
    void build();

    Database &m_db;
    PaymentForecastCriteria m_criteria;
    ReportTable m_table;
    bool m_built = false;
};

} // namespace rsk
