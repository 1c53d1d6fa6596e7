#pragma once

#include "payments/creditnote.h"

#include <QString>

class QPagedPaintDevice;

namespace rsk {

// A credit invoice or annulment notice (handbook 4.5) on an A4 portrait page:
// CreditDocument (core data) -> HTML -> QTextDocument -> PDF or printer.
// Sender at the top, the debtor's window address, the credited lines with
// reversed amounts, the total and the claim's new balance, the company's
// payment details in the footer.
class CreditNoteDocument
{
public:
    explicit CreditNoteDocument(CreditDocument document) : m_doc(std::move(document)) {}

    // The whole document as one HTML page (body and footer).
    QString html() const;
    // Prints on any paged device: a QPrinter from the preview dialog, or a
    // QPdfWriter. Sets A4 portrait, 20 mm margins; the footer stands at the
    // foot of every page.
    void print(QPagedPaintDevice *device) const;
    // Writes a PDF file; false with *error set when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QString bodyHtml() const;
    QString senderBlock() const;
    QString debtorBlock() const;
    QString factsBlock() const;
    QString linesTable() const;
    QString footer() const;

    CreditDocument m_doc;
};

} // namespace rsk
