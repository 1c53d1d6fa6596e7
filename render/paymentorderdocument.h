#pragma once

#include "dunning/paymentorder.h"

#include <QString>

class QPagedPaintDevice;

namespace rsk {

// Ansökan om betalningsföreläggande (handbook 7.17) on A4 portrait:
// PaymentOrder (core data) -> HTML -> QTextDocument -> PDF or printer.
// Receiving office, applicant and agent, the respondent, every claim with
// capital, due date, basis and the interest claimed (from which date, which
// rate, accrued to the application date), the costs by kind with their sums,
// the totals, special information, the assistance and enforcement choices,
// how the application fee is paid, and lines for the signature. A draft
// (id 0: not printed in the ledger) says so at the top.
class PaymentOrderDocument
{
public:
    explicit PaymentOrderDocument(PaymentOrder order) : m_order(std::move(order)) {}

    QString html() const;
    // A4 portrait, 18 mm margins, page numbers at the foot.
    void print(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QString headerBlock() const;
    QString partiesBlock() const;
    QString claimsTable() const;
    QString costsTable() const;
    QString totalsTable() const;
    QString choicesBlock() const;

    PaymentOrder m_order;
};

} // namespace rsk
