#pragma once

#include "ledger/types.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace rsk {

class Database;

// One thing wrong with one draft: which field and why (Swedish, for the clerk).
struct FieldProblem
{
    QString field;
    QString message;
};

// Checks and normalises invoice drafts against the ledger: company and
// routine exist, 9-digit number with the routine's digits, no duplicate in the
// ledger or among the drafts already checked, valid person/org number, dates,
// amount within ten digits, field lengths, lines adding up (CLI.md).
class InvoiceValidator
{
public:
    explicit InvoiceValidator(Database &db);
    // Normalises `draft` in place (routine, number, id, OCR, key fields).
    QList<FieldProblem> check(InvoiceDraft &draft);

private:
    Database &m_db;
    QHash<QString, QString> m_companies; // number -> name
    QSet<QString> m_routines;
    QSet<QString> m_seen; // company + invoice number in this run
    QSet<QString> m_countries; // Landskoder (8.2)
    QHash<QString, int> m_dueDays; // "company/routine" -> days to due date, -1 = not set
};

// Registers claims through a batch (bunt): lines are added and checked, can
// be removed while the batch is open, and approval posts them all in one unit
// of work — all or nothing.
class InvoiceRegistration
{
public:
    explicit InvoiceRegistration(Database &db) : m_db(db) {}

    qint64 createBatch(const QString &company, const QString &description);
    // Checks the draft (throws Refused listing every problem) and stores it.
    int addLine(qint64 batchId, const InvoiceDraft &draft);
    void removeLine(qint64 batchId, int lineNo);
    QList<InvoiceDraft> lines(qint64 batchId);
    // Posts every line as a claim; returns how many. Re-checks every line.
    int approve(qint64 batchId);

    // For imports: checks all drafts first and, if all are good, registers them
    // through one approved batch in one unit of work. Returns the problems per
    // draft index (empty map = registered). `progress` (optional) is called
    // every 500 drafts checked and registered, `total` being twice the drafts;
    // returning false cancels: LedgerError::Refused, nothing registered.
    using Progress = std::function<bool(int done, int total)>;
    QMap<int, QList<FieldProblem>> registerAll(QList<InvoiceDraft> drafts,
                                               const QString &description,
                                               const Progress &progress = {});

    static QString toJson(const InvoiceDraft &draft);
    static InvoiceDraft fromJson(const QString &json);

private:
    void requireOpenBatch(qint64 batchId);
    qint64 insertInvoice(const InvoiceDraft &draft, qint64 batchId);
    qint64 customerFor(const InvoiceDraft &draft);
    Database &m_db;
};

} // namespace rsk
