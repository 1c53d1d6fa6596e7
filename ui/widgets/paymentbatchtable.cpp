#include "widgets/paymentbatchtable.h"

#include "dates/dateparse.h"
#include "payments/paymentregistration.h"

#include <QHeaderView>

namespace rsk::ui {

PaymentBatchTable::PaymentBatchTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("batchLines"));
    setHorizontalHeaderLabels({tr("Rad"), tr("Ftg"), tr("Trans.datum"), tr("Inbetalningssätt"),
                               tr("Fakturanr"), tr("Belopp"), tr("Anmärkning"), tr("Kontering")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false); // Tab leaves the table, as in the form
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Remark, QHeaderView::Stretch);
    horizontalHeaderItem(Amount)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void PaymentBatchTable::setLines(const QList<rsk::PaymentBatchLine> &lines,
                                 const QHash<QString, QString> &methodTexts)
{
    const int keep = currentLineNo();
    clearContents();
    setRowCount(int(lines.size()));
    const auto cell = [this](int row, int column, const QString &text,
                             Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(align);
        setItem(row, column, item);
        return item;
    };
    for (int row = 0; row < lines.size(); ++row) {
        const rsk::PaymentBatchLine &l = lines.at(row);
        const rsk::PostingRequest &r = l.request;
        cell(row, LineNo, QString::number(l.lineNo), Qt::AlignRight | Qt::AlignVCenter)
            ->setData(Qt::UserRole, l.lineNo);
        cell(row, Company, r.company);
        cell(row, Date, isoDate(r.transactionDate));
        const QString methodText = methodTexts.value(r.method);
        cell(row, Method, methodText.isEmpty() ? r.method : r.method + QStringLiteral("  ") + methodText);
        cell(row, Invoice, r.invoiceNumber);
        cell(row, Amount, r.amount.toString(), Qt::AlignRight | Qt::AlignVCenter);
        cell(row, Remark, r.remark);
        cell(row, Account, r.account);
    }
    if (keep > 0)
        selectLine(keep);
}

int PaymentBatchTable::currentLineNo() const
{
    const int row = currentRow();
    const QTableWidgetItem *first = row >= 0 ? item(row, LineNo) : nullptr;
    return first ? first->data(Qt::UserRole).toInt() : 0;
}

int PaymentBatchTable::rowOf(int lineNo) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, LineNo) && item(row, LineNo)->data(Qt::UserRole).toInt() == lineNo)
            return row;
    }
    return -1;
}

void PaymentBatchTable::selectLine(int lineNo)
{
    const int row = rowOf(lineNo);
    if (row >= 0)
        setCurrentCell(row, LineNo);
}

void PaymentBatchTable::markProblems(const QMap<int, QList<rsk::FieldProblem>> &problems)
{
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0)
            continue;
        QStringList reasons;
        for (const rsk::FieldProblem &p : it.value())
            reasons << p.message;
        for (int column = 0; column < columnCount(); ++column) {
            if (QTableWidgetItem *cell = item(row, column)) {
                cell->setForeground(QColor(0xb0, 0, 0));
                cell->setToolTip(reasons.join(QLatin1Char('\n')));
            }
        }
    }
}

} // namespace rsk::ui
