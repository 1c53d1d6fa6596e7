#pragma once

#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// Sök inbetalningar (handbook 5.1): every transaction on the claims of a
// company range, listed from the value searched for and sorted by that field
// ("Efter val visas förteckningen sorterad utifrån valt sökbegrepp … Finns
// inte det valda objektet visas listan med det värde som ligger närmast"):
// - transaction date: from that date on, by date (then registration order);
// - payment method: from that method on, by method, then date;
// - amount: from that amount on, by amount, then date;
// - invoice number: from that (partial) number on, by invoice number, then date;
// - none: the newest transactions first.
struct PaymentSearch
{
    enum class Field { Newest, TransactionDate, Method, Amount, InvoiceNumber };
    Field field = Field::Newest;
    QString companyFrom; // empty = every company
    QString companyTo;   // empty = companyFrom
    QDate date;          // TransactionDate
    QString method;      // Method: one character
    Money amount;        // Amount
    QString invoiceNumber; // InvoiceNumber: 1–9 digits
};

struct PaymentSearchRow
{
    qint64 transactionId = 0;
    QString company;
    QString invoiceNumber;
    QString name;
    QDate transactionDate;
    QString method;
    QString methodText;
    Money amount; // as registered
    Money effect; // signed effect on the balance
    QDate registeredDate;
    QDate bookedDate;
    QString remark;
    QString createdBy;
    QString createdAt; // ISO timestamp of the registration
};

// The query behind the screen and the CLI; also a ReportPager so the screen's
// table fetches pages on demand. Each order is a range read from an index;
// see the report of issue 3 for the two indexes (method, amount) that make
// those orders index reads on a big ledger too.
class PaymentSearchQuery : public ReportPager
{
public:
    // Throws LedgerError::Refused (Swedish, names the field) for bad criteria.
    PaymentSearchQuery(Database &db, const PaymentSearch &criteria);
    static void validate(const PaymentSearch &criteria);

    const PaymentSearch &criteria() const { return m_criteria; }
    qint64 count();
    QList<PaymentSearchRow> search(qint64 offset, int limit);

    // Column keys of layout(), in order.
    static QStringList columnKeys();
    static ReportRow toReportRow(const PaymentSearchRow &row);

    ReportLayout layout() const override;
    qint64 rowCount() override;
    QList<ReportRow> rows(qint64 first, int count) override;
    void writeAll(ReportWriter &writer) override;

private:
    QString fromWhere(QVariantList &args, bool withMethodText) const;
    QString orderBy() const;

    Database &m_db;
    PaymentSearch m_criteria;
    qint64 m_count = -1;
};

} // namespace rsk
