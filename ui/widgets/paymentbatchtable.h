#pragma once

#include "ledger/invoiceregistration.h" // FieldProblem

#include <QHash>
#include <QMap>
#include <QTableWidget>

namespace rsk {
struct PaymentBatchLine;
}

namespace rsk::ui {

// The lines of an open payment batch (handbook 4.1), one row per line, in a
// dense read-only table. A batch holds what one clerk types in a sitting, so
// the rows are simply all in memory. Enter on a row is handled by the screen.
class PaymentBatchTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { LineNo, Company, Date, Method, Invoice, Amount, Remark, Account, ColumnCount };

    explicit PaymentBatchTable(QWidget *parent = nullptr);

    // methodTexts: code -> text, shown beside the code.
    void setLines(const QList<rsk::PaymentBatchLine> &lines,
                  const QHash<QString, QString> &methodTexts);
    // 0 when no row is current.
    int currentLineNo() const;
    void selectLine(int lineNo);
    // Marks the rows that cannot be approved (red, reason as tool tip).
    void markProblems(const QMap<int, QList<rsk::FieldProblem>> &problems);
    int rowOf(int lineNo) const;
};

} // namespace rsk::ui
