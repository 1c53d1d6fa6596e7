#include "storage/defaultledger.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace rsk {

QString defaultLedgerPath()
{
    // AppDataLocation is derived from the application's names; borrow ours for
    // the one call so the CLI (named reskontra-cli) and tests agree with the GUI.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("Reskontra"));
    QCoreApplication::setApplicationName(QStringLiteral("Reskontra"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    return folder + QStringLiteral("/reskontra.sqlite");
}

} // namespace rsk
