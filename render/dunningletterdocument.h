#pragma once

#include "dunning/dunningletter.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace rsk {

// The letters of a dunning run (handbook 7.11, DOMAIN.md "Dunning"):
// reminders, collection demands and residual demands, one after another in
// one document. Form 'D' ("datapost") is A5 landscape, form 'F' the A4
// invoice form; each letter has its sender block, the debtor's window
// address, the step's text in monospace (so the 77/53-character limits line
// up), the claim specification (capital, fees, interest and how it was
// computed, payments since), the total to pay and the date, and the payment
// slip with bankgiro and OCR reference at the foot of its last page. A letter
// that does not fit its page goes on over more pages; on A5 the slip usually
// gets a page of its own.
//
// Drawn with QPainter directly (no QTextDocument), so that a run of 20 000
// letters renders into one PDF well within the budget (ARCHITECTURE.md).
class DunningLetterDocument
{
public:
    explicit DunningLetterDocument(QList<DunningLetter> letters) : m_letters(std::move(letters)) {}

    // Prints every letter on any paged device (a QPrinter from the preview
    // dialog, or a QPdfWriter); the device's page layout is set per letter.
    void print(QPagedPaintDevice *device) const;
    // Writes one PDF with every letter; false with *error set when there is
    // nothing to write or the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // Pages of the whole document, and of one letter, as print() lays them
    // out (laid out at the PDF's resolution).
    int pageCount() const;
    int pageCount(int letterIndex) const;

    const QList<DunningLetter> &letters() const { return m_letters; }

private:
    QList<DunningLetter> m_letters;
};

} // namespace rsk
