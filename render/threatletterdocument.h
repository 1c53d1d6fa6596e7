#pragma once

#include "dunning/dunningletter.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace rsk {

// The letters of "Utskrift hot om betalningsföreläggande" (handbook 7.16):
// on plain A4 portrait (7.9, "vanligt stående A4 papper"), one letter per
// claim. A threat letter holds what a collection demand holds (sender,
// debtor, the claim with capital, fees and interest each on its own line,
// the accrued interest and how it was computed, payments since the demand,
// the balance, the threat text 1–9 of 15 × 70 characters, the pay-by date and
// the payment slip with the OCR reference), so it is drawn by the dunning
// letters' layout (render/dunningletterdocument.h) on its A4 form, where 70
// characters of the monospaced text fit on a line. Letters of another form
// type are drawn on A4 all the same.
class ThreatLetterDocument
{
public:
    explicit ThreatLetterDocument(QList<DunningLetter> letters);

    void print(QPagedPaintDevice *device) const;
    // One PDF with every letter; false with *error set when there is nothing
    // to write or the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    int pageCount() const;

    const QList<DunningLetter> &letters() const { return m_letters; }

private:
    QList<DunningLetter> m_letters;
};

} // namespace rsk
