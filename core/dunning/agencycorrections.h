#pragma once

#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// One payment or credit on a claim already sent to the agency (seed 003
// "Betalningar och saldokorrigering").
struct AgencyCorrectionItem
{
    qint64 transactionId = 0;
    qint64 invoiceId = 0;
    QString company;
    QString invoiceNumber;
    QString ocr;
    QString idNumber;
    QString name;
    QString agencyCustomerNumber;
    QDate transferDate;
    QDate transactionDate;
    QDate registeredDate;
    QString method;
    QString methodText;
    QString kind;    // "betalning", "kreditering", "rättelse"
    Money amount;    // what it lowers the debt by (a reversal is negative)
    Money balance;   // the claim's balance in the ledger now
};

struct AgencyCorrectionResult
{
    qint64 correctionId = 0; // 0 in a kontrollista
    bool dryRun = true;
    QString companyFrom;
    QString companyTo;
    QList<AgencyCorrectionItem> items; // company, invoice, transaction order
    QString fileName;

    Money total() const;
};

struct AgencyCorrectionInfo
{
    qint64 id = 0;
    QString fileName;
    int items = 0;
    Money amount;
    QString createdBy;
    QString createdAt;
};

// Saldokorrigering (seed 003): every transaction that changed the balance
// of a transferred claim after it was sent, not yet reported in a correction
// file. Left out: payments with the agency method (they come from the agency
// itself, handbook 7.19 "Inkassobolagets gironummer"), the transfer's own
// zeroing, text-only events. Each transaction is reported once.
class AgencyCorrections
{
public:
    explicit AgencyCorrections(Database &db) : m_db(db) {}

    // Kontrollista: what the next file holds; changes nothing. Empty company
    // ends = every company.
    AgencyCorrectionResult plan(const QString &companyFrom = QString(),
                                const QString &companyTo = QString());
    // Writes the file rows to `file` and records every reported transaction,
    // in one unit of work (a file that cannot be written records nothing).
    // Refuses when there is nothing to report.
    AgencyCorrectionResult run(ReportWriter &file, const QString &fileName,
                               const QString &companyFrom = QString(),
                               const QString &companyTo = QString());

    static ReportLayout fileLayout();
    static ReportTable fileTable(const AgencyCorrectionResult &result);

    QList<AgencyCorrectionInfo> corrections();

private:
    Database &m_db;
};

} // namespace rsk
