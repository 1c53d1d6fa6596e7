#include "widgets/companypickerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace rsk::ui {

CompanyPickerDialog::CompanyPickerDialog(const QList<QPair<QString, QString>> &companies,
                                         const QString &currentNumber, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("companyPicker"));
    setWindowTitle(tr("Välj företag"));

    m_list->setObjectName(QStringLiteral("companyList"));
    for (const auto &[number, name] : companies) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(number, name), m_list);
        item->setData(Qt::UserRole, number);
        if (number == currentNumber)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Företag:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->setFocus();
}

QString CompanyPickerDialog::selectedNumber() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace rsk::ui
