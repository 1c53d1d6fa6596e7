#include "ledger/invoiceimport.h"

#include "ledger/invoiceregistration.h"
#include "storage/database.h"
#include "users/access.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rsk::InvoiceImport)
};

// True when the reader already reported `field` of the record on `line`, so
// the ledger's check of the same field (which saw it empty) would only repeat it.
bool alreadyReported(const InvoiceFile &file, int line, const QString &field)
{
    if (file.hasProblem(line, field))
        return true;
    if (field == QLatin1String("amount") && file.hasProblem(line, QStringLiteral("amount_ore")))
        return true;
    if (field == QLatin1String("lines"))
        return std::any_of(file.problems.cbegin(), file.problems.cend(),
                           [line](const InvoiceFileProblem &p) {
                               return p.line == line && p.field.startsWith(QLatin1String("lines"));
                           });
    return false;
}

} // namespace

int InvoiceImportResult::problemLines() const
{
    QSet<int> lines;
    for (const InvoiceFileProblem &p : problems)
        lines.insert(p.line);
    return int(lines.size());
}

InvoiceImportResult InvoiceImport::run(const InvoiceFile &file, const QString &description,
                                       bool dryRun,
                                       const std::function<bool(int done, int total)> &progress)
{
    m_db.access().requireRole(Role::Supervisor, Tr::tr("Importera fakturor"));
    InvoiceImportResult result;
    result.problems = file.problems;
    if (file.readable) {
        UnitOfWork work(m_db);
        if (file.hasProblems()) {
            // Nothing will be registered; still check every record against the
            // ledger so that one run lists every bad line.
            InvoiceValidator validator(m_db);
            for (int i = 0; i < file.drafts.size(); ++i) {
                InvoiceDraft draft = file.drafts.at(i);
                const int line = file.lines.at(i);
                for (const FieldProblem &p : validator.check(draft))
                    if (!alreadyReported(file, line, p.field))
                        result.problems.append({line, p.field, p.message});
            }
        } else {
            const auto byDraft
                = InvoiceRegistration(m_db).registerAll(file.drafts, description.left(60), progress);
            for (auto it = byDraft.cbegin(); it != byDraft.cend(); ++it)
                for (const FieldProblem &p : it.value())
                    result.problems.append({file.lines.at(it.key()), p.field, p.message});
        }
        if (result.problems.isEmpty() && !dryRun) {
            work.commit();
            result.registered = true;
        }
        // Otherwise the unit of work rolls back: nothing is kept.
    }
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const InvoiceFileProblem &a, const InvoiceFileProblem &b) { return a.line < b.line; });
    if (result.problems.isEmpty()) {
        result.invoices = int(file.drafts.size());
        for (const InvoiceDraft &d : file.drafts)
            result.amount += d.amount;
    }
    return result;
}

} // namespace rsk
