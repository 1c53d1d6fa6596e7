#include "screens/builtinscreens.h"

#include "commands/commandregistry.h"
#include "screenregistry.h"
#include "screens/aboutscreen.h"
#include "screens/creditnotescreen.h"
#include "screens/dunningcodesscreen.h"
#include "screens/dunningcopiesscreen.h"
#include "screens/dunningparametersscreen.h"
#include "screens/dunningrunscreen.h"
#include "screens/dunningsettingsscreen.h"
#include "screens/dunningtextsscreen.h"
#include "screens/keyboardhelpscreen.h"
#include "screens/manualregistrationscreen.h"
#include "screens/paymentforecastscreen.h"
#include "screens/paymentlistscreen.h"
#include "screens/paymentsearchscreen.h"
#include "screens/paymentmethodsscreen.h"
#include "screens/overpaymentsscreen.h"
#include "screens/paymentimportscreen.h"
#include "screens/paymentparametersscreen.h"
#include "screens/referenceratescreen.h"
#include "screens/unplacedpaymentsscreen.h"
#include "screens/unbilledinterestscreen.h"
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

    PaymentImportScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentImportScreen::kBgMaxId),
                            screenFactory<PaymentImportScreen>());
    screens.registerFactory(QLatin1String(PaymentImportScreen::kTotalInId),
                            screenFactory<PaymentImportScreen>());
    PaymentParametersScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentParametersScreen::kId),
                            screenFactory<PaymentParametersScreen>());
    UnplacedPaymentsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(UnplacedPaymentsScreen::kId),
                            screenFactory<UnplacedPaymentsScreen>());
    OverpaymentsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(OverpaymentsScreen::kId),
                            screenFactory<OverpaymentsScreen>());

    ReferenceRateScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(ReferenceRateScreen::kId),
                            screenFactory<ReferenceRateScreen>());
    DunningCodesScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(DunningCodesScreen::kId),
                            screenFactory<DunningCodesScreen>());
    DunningSettingsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(DunningSettingsScreen::kId),
                            screenFactory<DunningSettingsScreen>());
    DunningTextsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(DunningTextsScreen::kId),
                            screenFactory<DunningTextsScreen>());
    DunningParametersScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(DunningParametersScreen::kId),
                            screenFactory<DunningParametersScreen>());

    UnbilledInterestScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(UnbilledInterestScreen::kId),
                            screenFactory<UnbilledInterestScreen>());

    DunningRunScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(DunningRunScreen::kId), screenFactory<DunningRunScreen>());
    DunningCopiesScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(DunningCopiesScreen::kId),
                            screenFactory<DunningCopiesScreen>());

    // A new screen adds two lines here, e.g.
    //   InvoiceSearchScreen::declareCommands(commands);
    //   screens.registerFactory(QStringLiteral("invoices.search"),
    //                           screenFactory<InvoiceSearchScreen>());
}

} // namespace rsk::ui
