#pragma once

#include "reports/claimlist.h"

#include <QDate>
#include <QString>

namespace rsk {

// Särredovisad kundfordran (handbook 5.4): "information om VA-verksamhetens
// kundfordringar per ett visst datum". "De fakturor som ligger obetald vid
// angivet datum skrivs ut på listan. Obetalda fakturor som skapats efter
// detta datum tas inte med." "Urval på konto används för att selektera ut
// fakturor för t ex VA-verksamheten": a claim is on the list when one of its
// lines is booked on an account in the range.
//
// The handbook's Kontodel (which part A–J of the account string the range is
// on) needs the chart-of-accounts parts of the company settings, which the
// ledger does not hold yet: the range is on the whole account text.
struct SeparateReceivableCriteria
{
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    QDate date;          // required: unpaid at the end of this day
    QString accountFrom; // empty = any account
    QString accountTo;   // accounts starting with it are still inside
};

// Columns: company, invoice number, person/customer number, name, invoice
// date, due date, Konto (the lowest matching account, "+" when there are
// more), Belopp konto (Σ of the claim's lines on matching accounts),
// FAKTURERAT (the capital) and SALDO at the date (capital + Σ effect of the
// transactions dated on or before it; saldolista.h defines the terms).
// Subtotals per routine and company as in the Saldolista, and a total.
class SeparateReceivableQuery : public ClaimListQuery
{
public:
    // Throws LedgerError::Refused for a missing date or a reversed range.
    SeparateReceivableQuery(Database &db, const SeparateReceivableCriteria &criteria);

    const SeparateReceivableCriteria &criteria() const { return m_criteria; }
    ReportLayout layout() const override;

    static constexpr int kAccountAmountColumn = 7;
    static constexpr int kInvoicedColumn = 8;
    static constexpr int kBalanceColumn = 9;

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
    // The claim's lines on the selected accounts: " AND …" on invoice_line l.
    QString accountSql(QVariantList &args) const;

    SeparateReceivableCriteria m_criteria;
};

} // namespace rsk
