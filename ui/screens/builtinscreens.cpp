#include "screens/builtinscreens.h"

#include "commands/commandregistry.h"
#include "screenregistry.h"
#include "screens/aboutscreen.h"
#include "screens/auditlogscreen.h"
#include "screens/agencysettingsscreen.h"
#include "screens/agencytransferscreen.h"
#include "screens/claimscreen.h"
#include "screens/companysettingsscreen.h"
#include "screens/countrycodesscreen.h"
#include "screens/creditnotescreen.h"
#include "screens/customerscreen.h"
#include "screens/dunningcodesscreen.h"
#include "screens/dunningcopiesscreen.h"
#include "screens/dunningparametersscreen.h"
#include "screens/dunningrunscreen.h"
#include "screens/dunningsettingsscreen.h"
#include "screens/dunningtextsscreen.h"
#include "screens/enforcementofficesscreen.h"
#include "screens/interestinvoicingscreen.h"
#include "screens/invoicecopiesscreen.h"
#include "screens/invoiceimportscreen.h"
#include "screens/invoicesearchscreen.h"
#include "screens/keyboardhelpscreen.h"
#include "screens/manualregistrationscreen.h"
#include "screens/nextinvoicetransferscreen.h"
#include "screens/paidinvoicepurgescreen.h"
#include "screens/paymentforecastscreen.h"
#include "screens/paymentlistscreen.h"
#include "screens/paymentsearchscreen.h"
#include "screens/paymentmethodsscreen.h"
#include "screens/paymentorderscreen.h"
#include "screens/overpaymentsscreen.h"
#include "screens/paymentimportscreen.h"
#include "screens/paymentparametersscreen.h"
#include "screens/paymentplanscreen.h"
#include "screens/receivablesscreen.h"
#include "screens/referenceratescreen.h"
#include "screens/replacementinvoicescreen.h"
#include "screens/runsscreen.h"
#include "screens/saldolistascreen.h"
#include "screens/savedprintsscreen.h"
#include "screens/separatereceivablescreen.h"
#include "screens/billingstatisticsscreen.h"
#include "screens/bookingrunscreen.h"
#include "screens/unplacedpaymentsscreen.h"
#include "screens/unbilledinterestscreen.h"
#include "screens/startpage.h"
#include "screens/statisticsscreen.h"
#include "screens/threatscreen.h"
#include "screens/usersscreen.h"

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

    InvoiceImportScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(InvoiceImportScreen::kId),
                            screenFactory<InvoiceImportScreen>());
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
    PaymentOrderScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentOrderScreen::kId),
                            screenFactory<PaymentOrderScreen>());
    InterestInvoicingScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(InterestInvoicingScreen::kId),
                            screenFactory<InterestInvoicingScreen>());
    NextInvoiceTransferScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(NextInvoiceTransferScreen::kId),
                            screenFactory<NextInvoiceTransferScreen>());
    PaymentPlanScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaymentPlanScreen::kId),
                            screenFactory<PaymentPlanScreen>());
    EnforcementOfficesScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(EnforcementOfficesScreen::kId),
                            screenFactory<EnforcementOfficesScreen>());
    // Företagsuppgifter (handbook 9) and Landskoder (8.2).
    CompanySettingsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(CompanySettingsScreen::kId),
                            screenFactory<CompanySettingsScreen>());
    CountryCodesScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(CountryCodesScreen::kId),
                            screenFactory<CountryCodesScreen>());
    ThreatScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(ThreatScreen::kId), screenFactory<ThreatScreen>());
    PaidInvoicePurgeScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(PaidInvoicePurgeScreen::kId),
                            screenFactory<PaidInvoicePurgeScreen>());

    AgencyTransferScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(AgencyTransferScreen::kId),
                            screenFactory<AgencyTransferScreen>());
    AgencySettingsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(AgencySettingsScreen::kId),
                            screenFactory<AgencySettingsScreen>());

    // Översikt kundfaktura: opened from Sök faktura (showClaim), not a menu item.
    screens.addScreen(ClaimScreen::screenInfo());
    ClaimScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(ClaimScreen::kId), screenFactory<ClaimScreen>());

    StatisticsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(StatisticsScreen::kId),
                            screenFactory<StatisticsScreen>());
    // Kunduppgifter: opened with showCustomer, not a menu item.
    screens.addScreen(CustomerScreen::screenInfo());
    CustomerScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(CustomerScreen::kId), screenFactory<CustomerScreen>());

    // Saldolista and the lists beside it (handbook 6.4, 6.5, 8.3, 5.4).
    SaldolistaScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(SaldolistaScreen::kId),
                            screenFactory<SaldolistaScreen>());
    ReceivablesScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(ReceivablesScreen::kId),
                            screenFactory<ReceivablesScreen>());
    BillingStatisticsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(BillingStatisticsScreen::kId),
                            screenFactory<BillingStatisticsScreen>());
    SeparateReceivableScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(SeparateReceivableScreen::kId),
                            screenFactory<SeparateReceivableScreen>());

    InvoiceSearchScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(InvoiceSearchScreen::kId),
                            screenFactory<InvoiceSearchScreen>());
    // Fakturakopior and Ersättningsfaktura (handbook 6.2, 6.3).
    InvoiceCopiesScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(InvoiceCopiesScreen::kId),
                            screenFactory<InvoiceCopiesScreen>());
    ReplacementInvoiceScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(ReplacementInvoiceScreen::kId),
                            screenFactory<ReplacementInvoiceScreen>());
    AuditLogScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(AuditLogScreen::kId), screenFactory<AuditLogScreen>());
    // Körningar and Rensning loggposter efter avbrott (run locks, issue 7).
    SavedPrintsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(SavedPrintsScreen::kId),
                            screenFactory<SavedPrintsScreen>());
    RunsScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(RunsScreen::kId), screenFactory<RunsScreen>());
    screens.registerFactory(QLatin1String(RunsScreen::kClearId), screenFactory<RunsScreen>());
    UsersScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(UsersScreen::kId), screenFactory<UsersScreen>());
    // Uppdatera bokföring (handbook 4.6).
    BookingRunScreen::declareCommands(commands);
    screens.registerFactory(QLatin1String(BookingRunScreen::kId), screenFactory<BookingRunScreen>());

    // A new screen adds two lines here, e.g.
    //   InvoiceSearchScreen::declareCommands(commands);
    //   screens.registerFactory(QStringLiteral("invoices.search"),
    //                           screenFactory<InvoiceSearchScreen>());
}

} // namespace rsk::ui
