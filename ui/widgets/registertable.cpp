#include "widgets/registertable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>

namespace rsk::ui {

QTableWidget *makeRegisterTable(QWidget *parent, const QString &objectName,
                                const QStringList &headers, RegisterColumns columns)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    if (columns != RegisterColumns::Unset)
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (columns == RegisterColumns::FitLastStretches)
        table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *registerCell(const QString &text, bool alignRight)
{
    auto *item = new QTableWidgetItem(text);
    if (alignRight)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void clearCurrentRow(QTableWidget *table)
{
    const QSignalBlocker block(table);
    table->clearSelection();
    table->setCurrentCell(-1, -1);
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    label->setWordWrap(true);
    return label;
}

QLabel *makeStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("statusLabel"));
    label->setWordWrap(true);
    return label;
}

QLabel *makeFormTitle(QWidget *form)
{
    auto *title = new QLabel(form);
    title->setObjectName(QStringLiteral("formTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    return title;
}

bool isEnterPress(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<const QKeyEvent *>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace rsk::ui
