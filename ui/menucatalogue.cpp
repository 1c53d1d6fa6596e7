#include "menucatalogue.h"

#include <QCoreApplication>

namespace rsk::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rsk::ui::Menus)
};

// `role`: the least role that may open the screen (UI.md "Menus → screens",
// issue 7): read looks, clerk changes single claims, supervisor runs,
// imports and books, administrator keeps settings and users. A screen that
// does not say is for administrators.
ScreenInfo screen(const char *id, const QString &menuText, const char *section = "",
                  Role role = Role::Administrator)
{
    return {QLatin1String(id), menuText, QString::fromUtf8(section), role};
}

ScreenInfo screen(const char *id, const QString &menuText, Role role)
{
    return screen(id, menuText, "", role);
}

} // namespace

QList<MenuSpec> menuCatalogue()
{
    return {
        {Tr::tr("&Inbetalningar"),
         {screen("payments.bgmax", Tr::tr("Hämtning från &bankgiro (BgMax)"), "3.3",
                Role::Supervisor),
          screen("payments.totalin", Tr::tr("Hämtning från &plusgiro (Total-IN)"), "3.2",
                 Role::Supervisor),
          screen("payments.parameters", Tr::tr("P&arametrar maskinella inbetalningar"), "3.4",
                 Role::Administrator),
          screen("payments.manual", Tr::tr("&Registrera manuella"), "4.1", Role::Clerk),
          screen("payments.credits", Tr::tr("&Kreditfakturor/annulleringar"), "4.5", Role::Clerk),
          screen("payments.bookkeeping", Tr::tr("&Uppdatera bokföring"), "4.6", Role::Supervisor),
          screen("payments.search", Tr::tr("&Sök inbetalningar"), "5.1", Role::Read),
          screen("payments.list", Tr::tr("&Inbetalningslista"), "5.2", Role::Read),
          screen("payments.forecast", Tr::tr("Inbetalningspro&gnos"), "5.3", Role::Read),
          screen("payments.separateReceivable", Tr::tr("Särre&dovisad kundfordran"), "5.4",
                 Role::Read),
          screen("payments.unplaced", Tr::tr("&Oplacerade betalningar"), Role::Clerk),
          screen("payments.overpayments", Tr::tr("Överbe&talningar"), Role::Clerk)}},
        {Tr::tr("&Fakturor"),
         {screen("invoices.search", Tr::tr("&Sök faktura"), "6.1", Role::Read),
          screen("invoices.copies", Tr::tr("Fakturak&opior"), "6.2", Role::Clerk),
          screen("invoices.replacement", Tr::tr("&Ersättningsfaktura"), "6.3", Role::Clerk),
          screen("invoices.saldolista", Tr::tr("S&aldolista"), "6.4", Role::Read),
          screen("invoices.receivables", Tr::tr("&Kundfordringar"), "6.5", Role::Read),
          screen("invoices.billingStatistics", Tr::tr("&Debiteringsstatistik"), "8.3", Role::Read),
          screen("invoices.purge", Tr::tr("&Rensning betalda fakturor"), "8.4",
                 Role::Administrator),
          screen("invoices.statistics", Tr::tr("S&tatistik"), Role::Read),
          screen("invoices.import", Tr::tr("&Importera fakturor"), Role::Supervisor)}},
        {Tr::tr("&Kravhantering"),
         {screen("dunning.letters", Tr::tr("&Påminnelser/inkassokrav/restkrav"), "7.11",
                Role::Supervisor),
          screen("dunning.copies", Tr::tr("&Kopior"), "7.12", Role::Supervisor),
          screen("dunning.interestInvoicing", Tr::tr("&Räntefakturering"), "7.13",
                 Role::Supervisor),
          screen("dunning.unbilledInterest", Tr::tr("&Ej debiterade räntor och avgifter"), "7.14",
                 Role::Read),
          screen("dunning.nextInvoice", Tr::tr("Överföring till &nästa faktura"), "7.15",
                 Role::Supervisor),
          screen("dunning.threat", Tr::tr("&Hot om betalningsföreläggande"), "7.16",
                 Role::Supervisor),
          screen("dunning.paymentOrder", Tr::tr("&Betalningsföreläggande"), "7.17", Role::Clerk),
          screen("dunning.paymentPlan", Tr::tr("&Amorteringsplan"), "7.18", Role::Clerk),
          screen("dunning.collection", Tr::tr("Överföring till &inkasso"), "7.19",
                 Role::Supervisor),
          screen("dunning.externalCollection", Tr::tr("E&xtern inkassohantering"), "7.20",
                 Role::Supervisor)}},
        // Systemunderhåll: administrators (the default role).
        {Tr::tr("&Systemunderhåll"),
         {screen("system.company", Tr::tr("&Företagsuppgifter"), "9"),
          screen("system.paymentMethods", Tr::tr("&Inbetalningssätt"), "8.1"),
          screen("system.dunningSettings", Tr::tr("I&nställningar påminnelser/krav"), "7.7"),
          screen("system.dunningParameters", Tr::tr("Krav&parametrar"), "7.2"),
          screen("system.dunningCodes", Tr::tr("&Kravkoder"), "7.3"),
          screen("system.texts", Tr::tr("&Texter påminnelser/inkassokrav/restkrav/hot"),
                 "7.4–7.6, 7.9"),
          screen("system.referenceRate", Tr::tr("&Referensränta"), "7.8"),
          screen("system.enforcementAuthorities", Tr::tr("Kronofo&gdemyndigheter"), "7.10"),
          screen("system.countryCodes", Tr::tr("&Landskoder"), "8.2"),
          screen("system.runLocks", Tr::tr("Rensning loggposter efter a&vbrott"), "9.1"),
          screen("system.users", Tr::tr("&Användare och behörigheter"))}},
        {Tr::tr("&Visa"),
         {screen("view.savedPrints", Tr::tr("&Sparade utskrifter"), Role::Read),
          screen("view.runs", Tr::tr("&Körningar"), Role::Supervisor),
          // Read: a claim's log from its screen (F18); the whole log is a
          // supervisor's, checked by AuditLogQuery.
          screen("view.auditLog", Tr::tr("&Granskningslogg"), Role::Read)}},
        {Tr::tr("&Hjälp"),
         {screen("help.keyboard", Tr::tr("&Tangentbord"), Role::Read),
          screen("help.about", Tr::tr("&Om Reskontra"), Role::Read)}},
    };
}

QHash<ScreenId, Role> extraScreenRoles()
{
    // Opened from other screens (Sök faktura → the claim → the customer):
    // reading is open to every role; changes are checked by the services.
    return {{QStringLiteral("start"), Role::Read},
            {QStringLiteral("invoices.claim"), Role::Read},
            {QStringLiteral("invoices.customer"), Role::Read}};
}

} // namespace rsk::ui
