#pragma once

#include "dunning/paymentplan.h"

#include <QString>

class QPagedPaintDevice;

namespace rsk {

// The printed amorteringsplan (handbook 7.18) on A4 portrait: PaymentPlan
// (core data) -> HTML -> QTextDocument -> PDF or printer. Creditor and
// debtor(s), the claims with capital, fees and interest accrued to the plan
// date, the other claims and fees, the total debt, the terms, the full
// schedule (number, date, amount, fees, interest, capital, notice fee,
// remaining), the clerk's own text, and lines for the signatures. The
// creditor's payment details stand at the foot of every page with the page
// number.
class PaymentPlanDocument
{
public:
    explicit PaymentPlanDocument(PaymentPlan plan) : m_plan(std::move(plan)) {}

    QString html() const;
    // Prints on any paged device (a QPrinter from the preview, a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // Writes a PDF file; false with *error set when it cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    QString title() const;

private:
    QString bodyHtml() const;
    QString partiesBlock() const;
    QString claimsTable() const;
    QString termsBlock() const;
    QString scheduleTable() const;
    QString footer(int page, int pages) const;

    PaymentPlan m_plan;
};

} // namespace rsk
