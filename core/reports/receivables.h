#pragma once

#include "reports/claimlist.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rsk {

// Kundfordringar (handbook 6.5): "Ett snabbare alternativ till saldolistan"
// — the claims outstanding at the end of a day, straight on the screen:
// "Ange till och med vilket faktureringsdatum som systemet skall leta efter
// obetalda fakturor". The list "kan som vanligt sorteras om genom att man
// klickar på kolumnrubriken och man kan välja att filtrera ut endast vissa
// fakturor", and exports to Excel or text.
struct ReceivablesCriteria
{
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    // Required. Claims invoiced on or before it whose balance at the end of
    // it was not zero; transactions after it do not count (the balance as of
    // the date, as SaldolistaQuery with an as-of date).
    QDate asOf;
    // Only some claims: digits match the start of the invoice number, person
    // number or customer number; anything else the start of the name.
    QString filter;
    // A column key of the layout to sort on (empty = company and invoice
    // number), ascending unless `descending`; ties by company and number.
    QString sortColumn;
    bool descending = false;
};

// Columns: company, invoice number, person/customer number, name, invoice
// date, due date, days overdue at the date, FAKTURERAT (the capital) and
// SALDO (capital + Σ effect of the transactions dated on or before the date;
// see saldolista.h for the terms). One total row, no subtotals: the list is
// sorted on any column.
class ReceivablesQuery : public ClaimListQuery
{
public:
    // Throws LedgerError::Refused for a missing date, a reversed company
    // range or an unknown sort column.
    ReceivablesQuery(Database &db, const ReceivablesCriteria &criteria);

    const ReceivablesCriteria &criteria() const { return m_criteria; }
    ReportLayout layout() const override;

    static constexpr int kInvoicedColumn = 7;
    static constexpr int kBalanceColumn = 8;

protected:
    QString detailColumns(QVariantList &args) const override;
    QString filters(QVariantList &args) const override;
    QString orderBy(QVariantList &args) const override;
    QString scanColumns(QVariantList &args) const override;
    void scanSums(const QSqlQuery &q, int firstColumn, qint64 *sums) const override;
    QList<int> sumColumns() const override;
    Grouping grouping() const override;
    ReportRow detailRow(const QSqlQuery &q) const override;

private:
    QString effectSql(QVariantList &args) const;

    ReceivablesCriteria m_criteria;
};

} // namespace rsk
