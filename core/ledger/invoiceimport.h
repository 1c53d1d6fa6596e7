#pragma once

#include "formats/invoicefile.h"
#include "money/money.h"

#include <QList>
#include <QString>

#include <functional>

namespace rsk {

class Database;

// What an invoice import did or would do: every problem (reader's and
// ledger's, by line, each field once) or, when there are none, the invoices
// and their sum.
struct InvoiceImportResult
{
    QList<InvoiceFileProblem> problems; // sorted by line; empty = the file is good
    int invoices = 0;
    Money amount;
    bool registered = false; // committed (not a dry run, no problems)

    bool ok() const { return problems.isEmpty(); }
    // How many different lines have a problem.
    int problemLines() const;
};

// Importera fakturor (UI.md, CLI.md "import invoices"): the claims of an
// invoice file, all or nothing, for the CLI and the screen alike. Needs the
// supervisor role; a line of a company the user may not change is a problem
// like any other. A file with problems is still checked line by line against
// the ledger so that one run lists every bad line; nothing is registered.
class InvoiceImport
{
public:
    explicit InvoiceImport(Database &db) : m_db(db) {}

    // `file` as InvoiceFileReader read it; `description` names the batches
    // ("Import från fakturor.csv", at most 60 characters are kept). With
    // `dryRun` everything is checked and counted and nothing is kept.
    // Throws LedgerError::Refused for a user below supervisor.
    // `progress` as InvoiceRegistration::registerAll's: false cancels
    // (LedgerError::Refused, nothing registered).
    InvoiceImportResult run(const InvoiceFile &file, const QString &description, bool dryRun,
                            const std::function<bool(int done, int total)> &progress = {});

private:
    Database &m_db;
};

} // namespace rsk
