#pragma once

#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

class QSqlQuery;

namespace rsk {

class Database;

// Inbetalningslista (handbook 5.2): the transactions of a selection, sorted
// by transaction date and payment method with subtotals on both ("Listan
// sorteras i ordning efter transaktionsdatum och inbetalningssätt med
// delsummeringar på dessa begrepp"), and a grand total. Every selection may
// be left out ("Generellt kan urval utelämnas i fälten").
struct PaymentListCriteria
{
    enum class Kind {
        All,           // 1 = Alla
        AutomaticOnly, // 2 = Endast automatinbetalningar (read from a bank file)
        ManualOnly     // 3 = Ej automatinbetalningar
    };
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    // Handbook 5.2: one routine's claims are "rutinnumret följt av nollor"
    // to "rutinnumret följt av nior". A shorter number is completed the same
    // way: "04" from = 040000000, "04" to = 049999999.
    QString invoiceFrom;
    QString invoiceTo;
    QDate registeredFrom; // inrapporteringsdatum: registered on or after
    QDate transactionFrom;
    QDate transactionTo;
    QDate bookedFrom;     // bokföringsdatum; a range leaves out unbooked ones
    QDate bookedTo;
    QDate dueFrom;        // the claim's förfallodag
    QDate dueTo;
    QString method;       // one payment method, or empty for all
    Kind kind = Kind::All;
    bool withIdAndName = false; // "Skriv ut person nummer och namn"

    // The 9-digit bounds of the invoice range (empty when not given).
    static QString invoiceLowerBound(const QString &typed);
    static QString invoiceUpperBound(const QString &typed);
};

// One (transaction date, method) group: the innermost subtotal.
struct PaymentListGroup
{
    QDate transactionDate;
    QString method;
    QString methodText;
    qint64 count = 0;
    Money amount; // the list's signed amount (see PaymentListQuery)
};

// The list as a report. Detail rows are transactions; after each method
// group comes a level-1 subtotal, after each date a level-2 subtotal, and at
// the end one Total row. The one amount column is signed so that every sum
// nets: positive for what lowers the claim (payments, credits, annulments,
// write-offs), negative for what raises it (refunds, debits) — the negated
// effect on the balance. Text-only events list with 0.
class PaymentListQuery : public ReportPager
{
public:
    // Throws LedgerError::Refused (Swedish, names the field) for bad criteria,
    // e.g. an unknown payment method or a range whose end lies before its start.
    PaymentListQuery(Database &db, const PaymentListCriteria &criteria);

    const PaymentListCriteria &criteria() const { return m_criteria; }

    // The groups in list order (one GROUP BY; small: dates × methods).
    QList<PaymentListGroup> groups();
    qint64 transactionCount();

    ReportLayout layout() const override;
    qint64 rowCount() override;
    QList<ReportRow> rows(qint64 first, int count) override;
    // One forward-only pass over the ledger; memory stays flat for any size.
    void writeAll(ReportWriter &writer) override;

    // The column of layout() that the subtotals fill, and the column count.
    int amountColumn() const;
    int columnCount() const;

private:
    struct Segment
    {
        qint64 start = 0; // first row index of the group's details
        int group = 0;
        bool endsDate = false; // a date subtotal follows this group's subtotal
    };
    void validate();
    QString fromWhere(QVariantList &args, bool withInvoice) const;
    QString selectColumns() const;
    ReportRow detailRow(const QSqlQuery &q) const;
    ReportRow sumRow(ReportRow::Type type, int level, const QString &label, qint64 count,
                     Money amount) const;
    QString methodLabel(const QString &method, const QString &text) const;
    void buildSegments();

    Database &m_db;
    PaymentListCriteria m_criteria;
    QString m_invoiceFrom;
    QString m_invoiceTo;
    QHash<QString, QString> m_methodTexts; // code -> text (handbook 8.1)
    bool m_haveGroups = false;
    QList<PaymentListGroup> m_groups;
    QVector<Segment> m_segments;
    qint64 m_rowCount = 0;
};

} // namespace rsk
