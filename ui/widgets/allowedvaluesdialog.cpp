#include "widgets/allowedvaluesdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QListWidget>
#include <QVBoxLayout>

namespace rsk::ui {

AllowedValuesDialog::AllowedValuesDialog(const QString &title, const Values &values,
                                         const QString &current, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("allowedValues"));
    setWindowTitle(title);

    m_list->setObjectName(QStringLiteral("allowedValuesList"));
    // Codes line up in a fixed-width font, as on the terminal lists.
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    int widest = 0;
    for (const auto &value : values)
        widest = std::max(widest, int(value.first.size()));
    for (const auto &[code, text] : values) {
        auto *item = new QListWidgetItem(code.leftJustified(widest + 2) + text, m_list);
        item->setData(Qt::UserRole, code);
        if (code.compare(current.trimmed(), Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 40);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->setFocus();
}

QString AllowedValuesDialog::selectedCode() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

std::optional<QString> AllowedValuesDialog::choose(QWidget *parent, const QString &title,
                                                   const Values &values, const QString &current)
{
    AllowedValuesDialog dialog(title, values, current, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedCode().isEmpty())
        return std::nullopt;
    return dialog.selectedCode();
}

} // namespace rsk::ui
