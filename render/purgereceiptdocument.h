#pragma once

#include "ledger/paidinvoicepurge.h"

#include <QString>

class QPagedPaintDevice;

namespace rsk {

// The receipt lists (kvittenslistor) of Rensning betalda fakturor (handbook
// 8.4) on A4 portrait: PaidInvoicePurgeResult (core data) -> HTML ->
// QTextDocument -> PDF or printer. One list per ordered list version
// (fakturanummer-, namn-, personnummerordning), each on new pages: the
// heading with the selection, who purged and when; per claim a line with
// number, name, person number, dates and amounts, its transactions, and as
// chosen its invoice lines (fakturarader) and dunning data (kravuppgifter);
// a sum per company and for the list. After the lists the claims that were
// not purged, with the reason. A list-only result is headed "ENDAST LISTA"
// and says that nothing was purged. Every page has a footer with the run
// date and the page number. Addresses are never printed (only name and
// person number), so a protected identity needs no special case.
class PurgeReceiptDocument
{
public:
    explicit PurgeReceiptDocument(PaidInvoicePurgeResult result) : m_result(std::move(result)) {}

    QString html() const;
    // Prints on any paged device (a QPrinter from the preview, a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // Writes a PDF file; false with *error set when it cannot be written.
    // `pages`, when given, gets the number of pages written.
    bool writePdf(const QString &path, QString *error = nullptr, int *pages = nullptr) const;
    // The same PDF in memory (a saved print of one company's part).
    QByteArray pdf(int *pages = nullptr) const;

    QString title() const;

    // For PaidInvoicePurge::run: writes the lists to `path` inside the
    // purge's unit of work, or throws LedgerError::refused ("Kvittenslistan
    // kunde inte skrivas …"), so that nothing is purged. A file that is
    // already there is never written over. With `archive`, a purge (not a
    // list only) also saves the lists under Sparade utskrifter in that
    // ledger, in the same unit of work (render/printarchive.h).
    static PaidInvoicePurge::ReceiptWriter writerTo(const QString &path,
                                                    Database *archive = nullptr);

private:
    QString bodyHtml() const;
    QString listHtml(const PurgeReceiptList &list, bool first) const;
    QString claimRows(const PurgedClaim &claim, const PurgeReceiptList &list) const;
    QString blockedHtml() const;
    QString footer(int page, int pages) const;

    PaidInvoicePurgeResult m_result;
};

} // namespace rsk
