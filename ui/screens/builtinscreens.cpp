#include "screens/builtinscreens.h"

#include "commands/commandregistry.h"
#include "screenregistry.h"
#include "screens/aboutscreen.h"
#include "screens/creditnotescreen.h"
#include "screens/keyboardhelpscreen.h"
#include "screens/manualregistrationscreen.h"
#include "screens/paymentforecastscreen.h"
#include "screens/paymentlistscreen.h"
#include "screens/paymentsearchscreen.h"
#include "screens/paymentmethodsscreen.h"
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
    CreditNoteScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(CreditNoteScreen::kId),
                            screenFactory<CreditNoteScreen>());
    PaymentMethodsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentMethodsScreen::kId),
                            screenFactory<PaymentMethodsScreen>());
    ManualRegistrationScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(ManualRegistrationScreen::kId),
                            screenFactory<ManualRegistrationScreen>());
    PaymentSearchScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentSearchScreen::kId),
                            screenFactory<PaymentSearchScreen>());
    PaymentListScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentListScreen::kId),
                            screenFactory<PaymentListScreen>());
    PaymentForecastScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentForecastScreen::kId),
                            screenFactory<PaymentForecastScreen>());


    // A new screen adds two lines here, e.g.
    //   InvoiceSearchScreen::declareCommands(commands);
    //   screens.registerFactory(QStringLiteral("invoices.search"),
    //                           screenFactory<InvoiceSearchScreen>());
}

} // namespace rsk::ui
