#include "screens/placeholderscreen.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rsk::ui {

PlaceholderScreen::PlaceholderScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent)
{
    // Nothing here takes input, so the screen itself holds the focus and F3
    // reaches it.
    setFocusPolicy(Qt::StrongFocus);

    auto *title = new QLabel(this->title(), this);
    title->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);

    auto *section = new QLabel(this);
    section->setObjectName(QStringLiteral("placeholderSection"));
    section->setText(this->section().isEmpty()
                         ? tr("Ny funktion, beskrivs inte i handboken.")
                         : tr("Handboken, avsnitt %1").arg(this->section()));

    auto *coming = new QLabel(tr("Den här bilden kommer i en senare version."), this);
    coming->setObjectName(QStringLiteral("placeholderMessage"));

    auto *hint = new QLabel(tr("Tryck F3 för att gå tillbaka."), this);
    hint->setEnabled(false);

    for (QLabel *label : {title, section, coming, hint})
        label->setAlignment(Qt::AlignHCenter);

    QVBoxLayout *layout = contentLayout();
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(section);
    layout->addSpacing(12);
    layout->addWidget(coming);
    layout->addWidget(hint);
    layout->addStretch(3);
}

} // namespace rsk::ui
