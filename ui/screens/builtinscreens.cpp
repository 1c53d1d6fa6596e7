#include "screens/builtinscreens.h"

#include "commands/commandregistry.h"
#include "screenregistry.h"
#include "screens/aboutscreen.h"
#include "screens/keyboardhelpscreen.h"
#include "screens/startpage.h"

namespace rsk::ui {

void registerBuiltInScreens(ScreenRegistry &screens, CommandRegistry &commands)
{
    Screen::declareSharedCommands(commands);

    StartPage::declareCommands(commands);
    screens.registerFactory(QLatin1String(StartPage::kId), screenFactory<StartPage>());
    screens.registerFactory(QLatin1String(KeyboardHelpScreen::kId),
                            screenFactory<KeyboardHelpScreen>());
    screens.registerFactory(QLatin1String(AboutScreen::kId), screenFactory<AboutScreen>());

    // A new screen adds two lines here, e.g.
    //   InvoiceSearchScreen::declareCommands(commands);
    //   screens.registerFactory(QStringLiteral("invoices.search"),
    //                           screenFactory<InvoiceSearchScreen>());
}

} // namespace rsk::ui
