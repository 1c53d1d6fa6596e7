#include "menucatalogue.h"

#include <QCoreApplication>

namespace rsk::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rsk::ui::Menus)
};

ScreenInfo screen(const char *id, const QString &menuText, const char *section = "")
{
    return {QLatin1String(id), menuText, QString::fromUtf8(section)};
}

} // namespace

QList<MenuSpec> menuCatalogue()
{
    return {
        {Tr::tr("&Inbetalningar"),
         {screen("payments.bgmax", Tr::tr("Hämtning från &bankgiro (BgMax)"), "3.3"),
          screen("payments.totalin", Tr::tr("Hämtning från &plusgiro (Total-IN)"), "3.2"),
          screen("payments.parameters", Tr::tr("P&arametrar maskinella inbetalningar"), "3.4"),
          screen("payments.manual", Tr::tr("&Registrera manuella"), "4.1"),
          screen("payments.credits", Tr::tr("&Kreditfakturor/annulleringar"), "4.5"),
          screen("payments.bookkeeping", Tr::tr("&Uppdatera bokföring"), "4.6"),
          screen("payments.search", Tr::tr("&Sök inbetalningar"), "5.1"),
          screen("payments.list", Tr::tr("&Inbetalningslista"), "5.2"),
          screen("payments.forecast", Tr::tr("Inbetalningspro&gnos"), "5.3"),
          screen("payments.separateReceivable", Tr::tr("Särre&dovisad kundfordran"), "5.4"),
          screen("payments.unplaced", Tr::tr("&Oplacerade betalningar")),
          screen("payments.overpayments", Tr::tr("Överbe&talningar"))}},
        {Tr::tr("&Fakturor"),
         {screen("invoices.search", Tr::tr("&Sök faktura"), "6.1"),
          screen("invoices.copies", Tr::tr("Fakturak&opior"), "6.2"),
          screen("invoices.replacement", Tr::tr("&Ersättningsfaktura"), "6.3"),
          screen("invoices.saldolista", Tr::tr("S&aldolista"), "6.4"),
          screen("invoices.receivables", Tr::tr("&Kundfordringar"), "6.5"),
          screen("invoices.billingStatistics", Tr::tr("&Debiteringsstatistik"), "8.3"),
          screen("invoices.purge", Tr::tr("&Rensning betalda fakturor"), "8.4"),
          screen("invoices.statistics", Tr::tr("S&tatistik")),
          screen("invoices.import", Tr::tr("&Importera fakturor"))}},
        {Tr::tr("&Kravhantering"),
         {screen("dunning.letters", Tr::tr("&Påminnelser/inkassokrav/restkrav"), "7.11"),
          screen("dunning.copies", Tr::tr("&Kopior"), "7.12"),
          screen("dunning.interestInvoicing", Tr::tr("&Räntefakturering"), "7.13"),
          screen("dunning.unbilledInterest", Tr::tr("&Ej debiterade räntor och avgifter"), "7.14"),
          screen("dunning.nextInvoice", Tr::tr("Överföring till &nästa faktura"), "7.15"),
          screen("dunning.threat", Tr::tr("&Hot om betalningsföreläggande"), "7.16"),
          screen("dunning.paymentOrder", Tr::tr("&Betalningsföreläggande"), "7.17"),
          screen("dunning.paymentPlan", Tr::tr("&Amorteringsplan"), "7.18"),
          screen("dunning.collection", Tr::tr("Överföring till &inkasso"), "7.19"),
          screen("dunning.externalCollection", Tr::tr("E&xtern inkassohantering"), "7.20")}},
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
          screen("system.users", Tr::tr("&Användare och behörigheter"))}},
        {Tr::tr("&Visa"),
         {screen("view.savedPrints", Tr::tr("&Sparade utskrifter")),
          screen("view.runs", Tr::tr("&Körningar")),
          screen("view.auditLog", Tr::tr("&Granskningslogg"))}},
        {Tr::tr("&Hjälp"),
         {screen("help.keyboard", Tr::tr("&Tangentbord")),
          screen("help.about", Tr::tr("&Om Reskontra"))}},
    };
}

} // namespace rsk::ui
