#include "screens/aboutscreen.h"

#include "screencontext.h"
#include "session.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace rsk::ui {

AboutScreen::AboutScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent)
{
    setFocusPolicy(Qt::StrongFocus); // nothing here takes input; F3 still must arrive

    const ShellContext &shell = session().context();
#ifdef RESKONTRA_VERSION
    const QString version = QStringLiteral(RESKONTRA_VERSION); // from the CMake project version
#else
    const QString version = QCoreApplication::applicationVersion();
#endif
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    text->setText(
        QStringLiteral("<h2>Reskontra %1</h2><p>%2</p><p>%3</p><p>%4</p>")
            .arg(version.toHtmlEscaped(),
                 tr("Kundreskontra för kommunal fakturering, enligt Å-DATA Kundreskontra "
                    "handbok V14.0.")
                     .toHtmlEscaped(),
                 tr("Reskontra: %1 (%2). Användare: %3.")
                     .arg(shell.ledgerName, shell.engine, shell.user)
                     .toHtmlEscaped(),
                 tr("Byggd med Qt %1.").arg(QLatin1String(qVersion())).toHtmlEscaped()));

    contentLayout()->addSpacing(24);
    contentLayout()->addWidget(text);
    contentLayout()->addStretch(1);
}

} // namespace rsk::ui
