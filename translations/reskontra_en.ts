<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Access</name>
    <message>
        <location filename="../core/users/access.cpp" line="+48"/>
        <source>läsbehörighet</source>
        <translation>read only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handläggare</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arbetsledare</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administratör</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Du har inte behörighet till företag %1.</source>
        <translation>You do not have access to company %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Du har bara läsbehörighet och kan inte ändra något.</source>
        <translation>You have read-only access and cannot change anything.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har bara läsbehörighet: %1 kräver rollen %2.</source>
        <translation>You have read-only access: %1 requires the role %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har inte behörighet: det kräver rollen %1 (du är %2).</source>
        <translation>Not permitted: this requires the role %1 (you are %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du har inte behörighet: %1 kräver rollen %2 (du är %3).</source>
        <translation>Not permitted: %1 requires the role %2 (you are %3).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du har inte behörighet till företag %1, och urvalet gäller alla företag. Ange bara dina företag (%2).</source>
        <translation>You do not have access to company %1, and the selection covers all companies. Enter only your companies (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har inte behörighet till företag %1, som ingår i urvalet %2–%3. Ange bara dina företag (%4).</source>
        <translation>You do not have access to company %1, which is part of the selection %2–%3. Enter only your companies (%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>första</source>
        <translation>first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sista</source>
        <translation>last</translation>
    </message>
</context>
<context>
    <name>AccountPlan</name>
    <message>
        <location filename="../core/bookkeeping/accountplan.cpp" line="+38"/>
        <source>%1 eller %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Högst %1 kontodelar, här finns %2.</source>
        <translation>At most %1 account parts; there are %2 here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontodel %1 är tom men del %2 är ifylld; delarna följer på varandra utan luckor.</source>
        <translation>Account part %1 is empty but part %2 is filled in; the parts follow each other without gaps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontodel %1: ange en benämning.</source>
        <translation>Account part %1: enter a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontodel %1: benämningen &quot;%2&quot; är %3 tecken, högst %4.</source>
        <translation>Account part %1: the name &quot;%2&quot; is %3 characters, at most %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontodel %1: benämningen &quot;%2&quot; har redan kontodel %3.</source>
        <translation>Account part %1: the name &quot;%2&quot; is already used by account part %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kontodel %1: längden ska vara 1–%2 siffror.</source>
        <translation>Account part %1: the length must be 1–%2 digits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontodel 1 är kontot och ska vara obligatorisk.</source>
        <translation>Account part 1 is the account and must be required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontodel %1 är obligatorisk men kommer efter den valfria kontodel %2; lägg de obligatoriska delarna först.</source>
        <translation>Account part %1 is required but comes after the optional account part %2; put the required parts first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontodelarna är tillsammans %1 siffror; en kontering rymmer högst %2.</source>
        <translation>The account parts are %1 digits together; a posting holds at most %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontot &quot;%1&quot; har %2 siffror, men en kontering enligt kontoplanen har %3 siffror (obligatoriskt: %4).</source>
        <translation>The account &quot;%1&quot; has %2 digits, but a posting under the chart of accounts has %3 digits (required: %4).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <location filename="../core/bookkeeping/accounts.cpp" line="+137"/>
        <source>Kontoslaget &quot;%1&quot; finns inte; välj ett av %2 eller method:&lt;kod&gt;.</source>
        <translation>The account type &quot;%1&quot; does not exist; choose one of %2 or method:&lt;code&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Konto &quot;%1&quot; för %2 ska vara 1–%3 siffror.</source>
        <translation>Account &quot;%1&quot; for %2 must be 1–%3 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin %1 finns inte.</source>
        <translation>Routine %1 does not exist.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Konto %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Konto &quot;%1&quot; ska vara 1–%2 siffror.</source>
        <translation>Account &quot;%1&quot; must be 1–%2 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontonamnet för %1 är %2 tecken, högst 100 är tillåtet.</source>
        <translation>The account name for %1 is %2 characters; at most 100 are allowed.</translation>
    </message>
</context>
<context>
    <name>AgencyCorrections</name>
    <message>
        <location filename="../core/dunning/agencycorrections.cpp" line="+27"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Company number &quot;%1&quot; must be at most three digits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</source>
        <translation>Company to %1 is before company from %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rättelse</source>
        <translation>correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kreditering</source>
        <translation>credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalning</source>
        <translation>payment</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inga betalningar eller krediteringar på överförda fordringar har kommit sedan förra saldokorrigeringen; ingen fil skrevs.</source>
        <translation>No payments or credits on transferred claims have arrived since the last balance correction; no file was written.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saldokorrigering till inkasso: %1 händelser, %2 kr, fil %3</source>
        <translation>Balance correction to the collection agency: %1 transactions, SEK %2, file %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saldokorrigeringar till inkasso</source>
        <translation>Balance corrections to the collection agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnr hos inkassobolaget</source>
        <translation>Cust. no. at the collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/organisationsnummer</source>
        <translation>Personal identity/organisation number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförd</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Händelse</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag %1–%2</source>
        <translation>Company %1–%2</translation>
    </message>
</context>
<context>
    <name>AgencyFileWriter</name>
    <message>
        <location filename="../render/agencyfile.cpp" line="+36"/>
        <source>Filen &quot;%1&quot; ska sluta på .csv eller .xlsx.</source>
        <translation>The file &quot;%1&quot; must end in .csv or .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AgencySettings</name>
    <message>
        <location filename="../core/dunning/agencysettings.cpp" line="+142"/>
        <source>förfallodag</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påminnelse 1</source>
        <translation>reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påminnelse 2</source>
        <translation>reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassokrav</source>
        <translation>collection demand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bostad</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Övriga (lokaler)</source>
        <translation>Other (premises)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parkering</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lager</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej vald</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Intrum Justitia</source>
        <translation>Intrum Justitia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svea Inkasso</source>
        <translation>Svea Inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annat inkassobolag</source>
        <translation>Other collection agency</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Överförd till inkasso</source>
        <translation>Transferred to debt collection</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Företag %1 rutin %2</source>
        <translation>Company %1 routine %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Company &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Rutin &quot;%1&quot; finns inte.</source>
        <translation>Routine &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: antal dagar ska vara 0–%2 (nu %3).</source>
        <translation>%1: the number of days must be 0–%2 (now %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: inbetalningssätt &quot;%2&quot; för %3 finns inte (lägg upp det under Inbetalningssätt, 8.1).</source>
        <translation>%1: payment method &quot;%2&quot; for %3 does not exist (set it up under Payment methods, 8.1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: inbetalningssätt %2 (%3) för %4 ska vara ett K-sätt %5.</source>
        <translation>%1: payment method %2 (%3) for %4 must be a K method %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utan avgiftstyp, inte endast text och inte &quot;dröjsmålsfaktureras ej&quot;</source>
        <translation>without a fee type, not text only and not &quot;No late-payment invoicing&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>med %1 i fältet påminnelse-/kravavgift/uppl. dröjsmålsränta</source>
        <translation>with %1 in the field reminder/collection fee/accrued late-payment interest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kapitalskuld</source>
        <translation>capital debt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kravavgift</source>
        <translation>collection fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upplupen dröjsmålsränta</source>
        <translation>accrued late-payment interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: inbetalningssätt %2 är sättet för betalningar från inkassobolaget och kan inte nollställa fordringar.</source>
        <translation>%1: payment method %2 is the method for payments from the collection agency and cannot zero claims.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: inbetalningssätt %2 för kapitalskuld saknar konto; det ska ha fordringskontot för inkasso (fast konto eller företagets konto för sättet).</source>
        <translation>%1: payment method %2 for capital debt has no account; it must have the receivable account for debt collection (a fixed account or the company&apos;s account for the method).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: kravkod %2 finns inte (Kravkoder, 7.3).</source>
        <translation>%1: dunning code %2 does not exist (Dunning codes, 7.3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: kravkod %2 (%3) ska ha &quot;ej dröjsmålsränta&quot;.</source>
        <translation>%1: dunning code %2 (%3) must have &quot;no late-payment interest&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: bevakningstexten är %2 tecken, högst %3.</source>
        <translation>%1: the monitoring text is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: SFI-kategori &quot;%2&quot; finns inte.</source>
        <translation>%1: SFI category &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inställningar inkasso upplagda</source>
        <translation>Debt collection settings set up</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inställningar för inkasso finns inte för företag %1 rutin %2.</source>
        <translation>There are no debt collection settings for company %1 routine %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inställningar inkasso borttagna</source>
        <translation>Debt collection settings deleted</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Inkassobolagets namn saknas.</source>
        <translation>The collection agency&apos;s name is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnummer hos inkassobolaget saknas.</source>
        <translation>The customer number at the collection agency is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 är %2 tecken, högst %3.</source>
        <translation>%1 is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolagets namn</source>
        <translation>Collection agency&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer hos inkassobolaget</source>
        <translation>Customer number at the collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koncernnummer</source>
        <translation>Group number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företagsnamn i filen</source>
        <translation>Company name in the file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inkassobolag %1 upplagt</source>
        <translation>Collection agency %1 set up</translation>
    </message>
</context>
<context>
    <name>AgencyTransfer</name>
    <message>
        <location filename="../core/dunning/agencytransfer.cpp" line="+152"/>
        <source>Faktura %1/%2 blir inte noll med inbetalningssätten (saldo kvar %3 kr).</source>
        <translation>Invoice %1/%2 does not come to zero with the payment methods (balance left SEK %3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>företag %1–%2</source>
        <translation>company %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rutin %1–%2</source>
        <translation>routine %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>faktura %1–%2</source>
        <translation>invoice %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avdelning %1–%2</source>
        <translation>department %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer %1</source>
        <translation>personal identity number %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nollställs</source>
        <translation>zeroed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nollställs inte</source>
        <translation>not zeroed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Överföringsdatum saknas eller är ogiltigt.</source>
        <translation>The transfer date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personnummer &quot;%1&quot;: %2</source>
        <translation>Personal identity number &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inställningar för inkasso saknas för företag %1–%2, rutin %3–%4 (Extern inkassohantering).</source>
        <translation>Debt collection settings are missing for company %1–%2, routine %3–%4 (External debt collection).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>amorteringsplan %1</source>
        <translation>payment plan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>saknar personnummer</source>
        <translation>no personal identity number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kravkod %1 %2 t.o.m. %3</source>
        <translation>dunning code %1 %2 up to and including %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkod %1 %2</source>
        <translation>dunning code %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skyddad identitet – hanteras manuellt</source>
        <translation>protected identity – handled manually</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Företag %1: inkassobolag saknas (Extern inkassohantering, Inkassobolag).</source>
        <translation>Company %1: no collection agency (External debt collection, Collection agency).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag %1 och %2 har olika inkassobolag (%3, %4); överför dem var för sig.</source>
        <translation>Companies %1 and %2 have different collection agencies (%3, %4); transfer them separately.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Inga fordringar ska överföras till inkasso den %1 med detta urval; ingen fil skrevs.</source>
        <translation>No claims are to be transferred to debt collection on %1 with this selection; no file was written.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Till inkasso %1</source>
        <translation>To collection agency %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Faktura %1/%2 ändrades av någon annan under överföringen. Inget ändrades; gör om överföringen.</source>
        <translation>Invoice %1/%2 was changed by someone else during the transfer. Nothing was changed; redo the transfer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kundreskontra, överföring till inkasso %1 den %2</source>
        <translation>Accounts receivable ledger, transfer to debt collection %1 on %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Överföring till inkasso %1 (%2): %3 fordringar, %4 kr, nollställt %5 kr, fil %6</source>
        <translation>Transfer to debt collection %1 (%2): %3 claims, SEK %4, zeroed SEK %5, file %6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fordringar till inkasso</source>
        <translation>Claims for debt collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnr hos inkassobolaget</source>
        <translation>Cust. no. at the collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgenär</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förvaltning/avdelning</source>
        <translation>Administration/department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/organisationsnummer</source>
        <translation>Personal identity/organisation number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturabelopp</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Collection fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdebiterad ränta</source>
        <translation>Debited interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskrivet vid överföring</source>
        <translation>Written off on transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överlämnat belopp</source>
        <translation>Amount handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFI-kategori</source>
        <translation>SFI category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skuldkod</source>
        <translation>Debt code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförd</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inkassobolag %1 (%2), kundnummer %3</source>
        <translation>Collection agency %1 (%2), customer number %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Överföringsdatum %1</source>
        <translation>Transfer date %1</translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <location filename="../core/audit/auditlogquery.cpp" line="+63"/>
        <source>Granskningsloggen utom för en faktura</source>
        <translation>The audit log other than for one invoice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du har behörighet till bara vissa företag: ange företag eller faktura.</source>
        <translation>You have access to some companies only: enter a company or an invoice.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Invoice number &quot;%1&quot;: enter 1–9 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag &quot;%1&quot;: ange 1–3 siffror.</source>
        <translation>Company &quot;%1&quot;: enter 1–3 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum tom %1 ligger före datum from %2.</source>
        <translation>Date to %1 is before date from %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärd &quot;%1&quot;: välj ny, ändring eller borttag.</source>
        <translation>Action &quot;%1&quot;: choose new, change or deletion.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Invalid number of rows.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borttag</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktion</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kreditering</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kund</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnotering</source>
        <translation>Customer note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buntrad</source>
        <translation>Batch line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkörning</source>
        <translation>Dunning run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar påminnelser/krav</source>
        <translation>Reminder/demand settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravtext</source>
        <translation>Dunning text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inställning</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder</source>
        <translation>Booking order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referensränta</source>
        <translation>Reference rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring till inkasso</source>
        <translation>Transfer to collection agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kronofogdemyndighet</source>
        <translation>Enforcement Authority office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reskontra</source>
        <translation>Reskontra</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura: %1 (alla företag)</source>
        <translation>Invoice: %1 (all companies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura: %1/%2</source>
        <translation>Invoice: %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum: %1 – %2</source>
        <translation>Date: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabell: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hela loggen, senaste först</source>
        <translation>The whole log, newest first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Löpnr</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gammalt värde</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt värde</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sammanhang</source>
        <translation>Context</translation>
    </message>
</context>
<context>
    <name>BankingDays</name>
    <message>
        <location filename="../core/dates/bankingdays.cpp" line="+185"/>
        <source>nyårsdagen</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trettondedag jul</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>långfredagen</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påskdagen</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annandag påsk</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>första maj</source>
        <translation>May Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pingstdagen</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sveriges nationaldag</source>
        <translation>National Day of Sweden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>midsommardagen</source>
        <translation>Midsummer Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alla helgons dag</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>juldagen</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annandag jul</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 och %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>BgMaxParser</name>
    <message>
        <location filename="../core/formats/bgmax.cpp" line="+66"/>
        <source> (raden innehåller tabbtecken; BgMax-fält fylls med blanksteg)</source>
        <translation> (the line contains tab characters; BgMax fields are padded with spaces)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (raden innehåller vagnretur utan radmatning)</source>
        <translation> (the line contains a carriage return without a line feed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (filen verkar vara sparad som UTF-8; BgMax ska vara ISO-8859-1)</source>
        <translation> (the file seems to be saved as UTF-8; BgMax must be ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>filen är tom</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>filen är ingen BgMax-fil: den ska börja med startposten &quot;01BGMAX&quot; men börjar med &quot;%1&quot;</source>
        <translation>the file is not a BgMax file: it should begin with the start record &quot;01BGMAX&quot; but begins with &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>raden är tom; tomma rader får bara finnas sist i filen</source>
        <translation>the line is empty; empty lines are only allowed at the end of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten är %1 tecken lång, ska vara %2%3</source>
        <translation>the record is %1 characters long, it should be %2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>posten har ett styrtecken (kod %1) i position %2; BgMax-poster är text fylld med blanksteg</source>
        <translation>the record has a control character (code %1) in position %2; BgMax records are text padded with spaces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>okänd posttyp &quot;%1&quot; (BgMax har posttyperna 01, 05, 15, 20–23, 25–29 och 70)</source>
        <translation>unknown record type &quot;%1&quot; (BgMax has the record types 01, 05, 15, 20–23, 25–29 and 70)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data efter slutposten (TK70 på rad %1)</source>
        <translation>data after the end record (TK70 on line %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filen ska börja med startposten (TK01) men börjar med %1</source>
        <translation>the file should begin with the start record (TK01) but begins with %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>öppningsposten (TK05) börjar ett nytt avsnitt, men avsnittet från rad %1 har ingen insättningspost (TK15)</source>
        <translation>the opening record (TK05) begins a new section, but the section from line %1 has no deposit record (TK15)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>en andra startpost (TK01); filen har redan en på rad %1</source>
        <translation>a second start record (TK01); the file already has one on line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>startposten (TK01) ska stå först i filen</source>
        <translation>the start record (TK01) must come first in the file</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>insättningsposten (TK15) står utanför ett avsnitt: öppningsposten (TK05) saknas före den</source>
        <translation>the deposit record (TK15) is outside a section: the opening record (TK05) is missing before it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>avsnittet från rad %1 har inga betalningsposter (TK20/TK21)</source>
        <translation>the section from line %1 has no payment records (TK20/TK21)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valutan i TK15 är %1 men avsnittet (TK05 på rad %2) är i %3</source>
        <translation>the currency in TK15 is %1 but the section (TK05 on line %2) is in %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>insättningsbeloppet i TK15 är %1 men betalningarna summerar till %2 (TK20 − TK21)</source>
        <translation>the deposit amount in TK15 is %1 but the payments add up to %2 (TK20 − TK21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>antalet betalningar i TK15 är %1 men avsnittet har %2 (TK20 + TK21)</source>
        <translation>the number of payments in TK15 is %1 but the section has %2 (TK20 + TK21)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 står utanför ett avsnitt: öppningsposten (TK05) saknas före den</source>
        <translation>%1 is outside a section: the opening record (TK05) is missing before it</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 står utanför ett avsnitt</source>
        <translation>%1 is outside a section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 står före avsnittets första betalningspost (TK20/TK21)</source>
        <translation>%1 comes before the section&apos;s first payment record (TK20/TK21)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 står i fel ordning efter %2 på rad %3; en betalning har posterna TK20/21, TK22/23, TK25, TK26, TK27, TK28, TK29 i den ordningen</source>
        <translation>%1 is in the wrong order after %2 on line %3; a payment has the records TK20/21, TK22/23, TK25, TK26, TK27, TK28, TK29 in that order</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>slutposten (TK70) kommer före insättningsposten (TK15) för avsnittet från rad %1</source>
        <translation>the end record (TK70) comes before the deposit record (TK15) of the section from line %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen har inga avsnitt (TK05 … TK15) före slutposten</source>
        <translation>the file has no sections (TK05 … TK15) before the end record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TK70 anger %1 %2 men filen har %3</source>
        <translation>TK70 states %1 %2 but the file has %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>betalningsposter (TK20)</source>
        <translation>payment records (TK20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragsposter (TK21)</source>
        <translation>deduction records (TK21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra referensnummerposter (TK22/TK23)</source>
        <translation>extra reference number records (TK22/TK23)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningsposter (TK15)</source>
        <translation>deposit records (TK15)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>filen slutar inne i avsnittet från rad %1: insättningsposten (TK15) och slutposten (TK70) saknas</source>
        <translation>the file ends inside the section from line %1: the deposit record (TK15) and the end record (TK70) are missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen slutar utan slutpost (TK70)</source>
        <translation>the file ends without an end record (TK70)</translation>
    </message>
    <message>
        <location filename="../core/formats/bgmaxrecords.cpp" line="+36"/>
        <source>layoutnamnet</source>
        <translation>the layout name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versionen</source>
        <translation>the version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidsstämpeln</source>
        <translation>the timestamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testmarkeringen</source>
        <translation>the test mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarbankgironumret</source>
        <translation>the recipient Bankgiro number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarplusgironumret</source>
        <translation>the recipient Plusgiro number</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>valutan</source>
        <translation>the currency</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>avsändarens bankgironummer</source>
        <translation>the sender&apos;s Bankgiro number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referensen</source>
        <translation>the reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beloppet</source>
        <translation>the amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referenskoden</source>
        <translation>the reference code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningskanalkoden</source>
        <translation>the payment channel code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BGC-löpnumret</source>
        <translation>the BGC serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avibildmarkeringen</source>
        <translation>the image mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragskoden</source>
        <translation>the deduction code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisationsnumret</source>
        <translation>the organisation number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarbankkontot</source>
        <translation>the recipient bank account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsdagen</source>
        <translation>the payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningslöpnumret</source>
        <translation>the deposit serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningsbeloppet</source>
        <translation>the deposit amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antalet betalningar</source>
        <translation>the number of payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typen av insättning</source>
        <translation>the deposit type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antalet betalningsposter</source>
        <translation>the number of payment records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antalet avdragsposter</source>
        <translation>the number of deduction records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antalet extra referensnummerposter</source>
        <translation>the number of extra reference number records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antalet insättningsposter</source>
        <translation>the number of deposit records</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1–%2</source>
        <translation>positions %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) i %3 är &quot;%4&quot;; %5</source>
        <translation>%1 (%2) in %3 is &quot;%4&quot;; %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+196"/>
        <source>det ska vara siffror</source>
        <translation>it must be digits</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>det ska vara ett datum ÅÅÅÅMMDD</source>
        <translation>it must be a date YYYYMMDD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>den ska vara en valutakod som SEK</source>
        <translation>it must be a currency code such as SEK</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>startposten (TK01)</source>
        <translation>the start record (TK01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öppningsposten (TK05)</source>
        <translation>the opening record (TK05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningsposten (TK15)</source>
        <translation>the deposit record (TK15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsposten (TK20)</source>
        <translation>the payment record (TK20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragsposten (TK21)</source>
        <translation>the deduction record (TK21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra referensnummerposten (TK22)</source>
        <translation>the extra reference number record (TK22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra referensnummerposten (TK23)</source>
        <translation>the extra reference number record (TK23)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informationsposten (TK25)</source>
        <translation>the information record (TK25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>namnposten (TK26)</source>
        <translation>the name record (TK26)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adressposten (TK27)</source>
        <translation>the address record (TK27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adressposten 2 (TK28)</source>
        <translation>the address record 2 (TK28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisationsnummerposten (TK29)</source>
        <translation>the organisation number record (TK29)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slutposten (TK70)</source>
        <translation>the end record (TK70)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten</source>
        <translation>the record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>det ska vara &quot;BGMAX&quot;</source>
        <translation>it must be &quot;BGMAX&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bara version 01 kan läsas</source>
        <translation>only version 01 can be read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder</source>
        <translation>it must be YYYYMMDDHHMMSS and six digits of microseconds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>den ska vara T (test) eller P (produktion)</source>
        <translation>it must be T (test) or P (production)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>det ska vara siffror eller blankt</source>
        <translation>it must be digits or blank</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reskontran tar belopp upp till %1 kr</source>
        <translation>the ledger accepts amounts up to SEK %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>den ska vara 0–5</source>
        <translation>it must be 0–5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>med referenskod 2 ska den vara ett OCR-nummer (siffror)</source>
        <translation>with reference code 2 it must be an OCR reference (digits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>med referenskod 4 får den inte vara tom</source>
        <translation>with reference code 4 it must not be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>den ska vara en siffra</source>
        <translation>it must be one digit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>den ska vara 0 eller 1</source>
        <translation>it must be 0 or 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>den ska vara 0 (helt avdrag), 1 (delavdrag) eller 2 (slutligt delavdrag)</source>
        <translation>it must be 0 (full deduction), 1 (partial deduction) or 2 (final partial deduction)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>den ska vara K, D, S eller blank</source>
        <translation>it must be K, D, S or blank</translation>
    </message>
</context>
<context>
    <name>BillingStatistics</name>
    <message>
        <location filename="../core/reports/billingstatistics.cpp" line="+52"/>
        <source>Fakturerade</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rutin: tom %1 ligger före from %2.</source>
        <translation>Routine: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer from</source>
        <translation>Invoice number from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer tom</source>
        <translation>Invoice number to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer: tom %1 ligger före from %2.</source>
        <translation>Invoice number: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Debiteringsstatistik</source>
        <translation>Billing statistics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Andel: Fakturerade av hela listan, övriga åtgärder av samma rutins och periods fakturerade; belopp = fakturornas kapitalbelopp</source>
        <translation>Share: Invoiced as a share of the whole list, other actions as a share of the invoiced for the same routine and period; amount = the invoices&apos; capital amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel antal %</source>
        <translation>Share of number %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel belopp %</source>
        <translation>Share of amount %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Summa rutin %1</source>
        <translation>Total for routine %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totalt</source>
        <translation>Grand total</translation>
    </message>
</context>
<context>
    <name>BookingOrderDocument</name>
    <message>
        <location filename="../render/bookingorderdocument.cpp" line="+49"/>
        <location line="+50"/>
        <source>KONTROLLISTA BOKFÖRINGSORDER</source>
        <translation>CONTROL LIST BOOKING ORDER</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>BOKFÖRINGSORDER</source>
        <translation>BOOKING ORDER</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Provkörning: ingenting är bokfört och verifikationsnumret är preliminärt.</source>
        <translation>Dry run: nothing has been posted and the verification number is preliminary.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifikation</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum</source>
        <translation>Posting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Antal händelser</source>
        <translation>Number of transactions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontonamn</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debet och kredit är lika: verifikationen balanserar.</source>
        <translation>Debit and credit are equal: the verification balances.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Det finns inga obokförda händelser t.o.m. %1.</source>
        <translation>There are no unposted transactions up to and including %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PDF-filen %1 kan inte skrivas: %2</source>
        <translation>The PDF file %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Bokföringsorder</source>
        <translation>Booking order</translation>
    </message>
</context>
<context>
    <name>BookingRun</name>
    <message>
        <location filename="../core/bookkeeping/bookingrun.cpp" line="+213"/>
        <source>Oplacerade betalningar</source>
        <translation>Unplaced payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalningar</source>
        <translation>Overpayments</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n transaction</numerusform>
            <numerusform>%1, %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Bokföringsdatum saknas eller är ogiltigt.</source>
        <translation>The posting date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Company number &quot;%1&quot; must be at most three digits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</source>
        <translation>Company to %1 is before company from %2.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Kundreskontra, inbetalningar t.o.m. %1</source>
        <translation>Accounts receivable, payments up to and including %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundreskontra, inbetalningar t.o.m. %1, registrerade av %2</source>
        <translation>Accounts receivable, payments up to and including %1, registered by %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget bokfördes.</source>
        <translation>The booking order for company %1 does not balance: the total is %2. Nothing was posted.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>företag %1–%2 t.o.m. %3</source>
        <translation>companies %1–%2 up to and including %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>En transaktion bokfördes av någon annan under körningen. Inget bokfördes; kör igen.</source>
        <translation>A transaction was posted by someone else during the run. Nothing was posted; run again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bokföringsorder %1: %2 händelser, %3 kr</source>
        <translation>Booking order %1: %2 transactions, SEK %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bokföringsordern saknar datum.</source>
        <translation>The booking order has no date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsordern har inga konteringar.</source>
        <translation>The booking order has no posting lines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bokföringsordern har en kontering utan konto (%1).</source>
        <translation>The booking order has a posting line without an account (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bokföringsorder %1: %2 kr</source>
        <translation>Booking order %1: SEK %2</translation>
    </message>
</context>
<context>
    <name>CarriedDifferences</name>
    <message>
        <location filename="../core/payments/carrieddifferences.cpp" line="+52"/>
        <source>Ange vilken faktura beloppet fördes till.</source>
        <translation>Give the invoice the amount was transferred to.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Överföring nr %1 finns inte eller är redan förd till en faktura.</source>
        <translation>Transfer no. %1 does not exist or has already been transferred to an invoice.</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message>
        <location filename="../core/reports/claimlist.cpp" line="+73"/>
        <source>Totalt</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Summa rutin %1</source>
        <translation>Total for routine %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summa företag %1</source>
        <translation>Total for company %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n invoice</numerusform>
            <numerusform>%1, %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1: &quot;%2&quot; ska vara 1–9 siffror.</source>
        <translation>%1: &quot;%2&quot; must be 1–9 digits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; ska vara 1–10 siffror (eller 12 med århundrade).</source>
        <translation>%1: &quot;%2&quot; must be 1–10 digits (or 12 with the century).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rutin: &quot;%1&quot; ska vara 1–2 siffror.</source>
        <translation>Routine: &quot;%1&quot; must be 1–2 digits.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+9"/>
        <source>%1: tom %2 ligger före from %3.</source>
        <translation>%1: to %2 is before from %3.</translation>
    </message>
</context>
<context>
    <name>ClaimNotes</name>
    <message>
        <location filename="../core/ledger/claimnotes.cpp" line="+25"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Anteckningen är tom.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The note is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ClaimOverview</name>
    <message>
        <location filename="../core/ledger/claimoverview.cpp" line="+71"/>
        <source>(finns inte)</source>
        <translation>(does not exist)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Faktura %1 är en räntefaktura; dröjsmålsränta beräknas inte på den.</source>
        <translation>Invoice %1 is an interest invoice; late-payment interest is not calculated on it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum att beräkna räntan till saknas.</source>
        <translation>The date to calculate the interest up to is missing.</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <location filename="../core/ledger/companycheck.cpp" line="+57"/>
        <source>Momsreg.nr: &quot;%1&quot; ska vara SE och 12 siffror (organisationsnumret och ett löpnummer), t.ex. SE212000014201.</source>
        <translation>VAT number: &quot;%1&quot; must be SE and 12 digits (the organisation number and a serial number), e.g. SE212000014201.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Momsreg.nr: de 10 första siffrorna i &quot;%1&quot; är inget organisationsnummer: %2</source>
        <translation>VAT number: the first 10 digits of &quot;%1&quot; are not an organisation number: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Momsreg.nr: &quot;%1&quot; hör till %2, inte till företagets organisationsnummer %3.</source>
        <translation>VAT number: &quot;%1&quot; belongs to %2, not to the company&apos;s organisation number %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: &quot;%2&quot; är %3 tecken, högst %4.</source>
        <translation>%1: &quot;%2&quot; is %3 characters, at most %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: texten innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>%1: the text contains a control character (e.g. a tab).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företagsnummer: &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Company number: &quot;%1&quot; must be at most three digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn: ange företagets namn; det skrivs ut på fakturorna.</source>
        <translation>Name: enter the company&apos;s name; it is printed on the invoices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisationsnummer: %1</source>
        <translation>Organisation number: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bankgiro: %1</source>
        <translation>Bankgiro: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plusgiro: %1</source>
        <translation>Plusgiro: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Telefon: &quot;%1&quot; får bara ha siffror, mellanslag, bindestreck och +.</source>
        <translation>Phone: &quot;%1&quot; may contain only digits, spaces, hyphens and +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telefon: &quot;%1&quot; har %2 siffror, högst %3.</source>
        <translation>Phone: &quot;%1&quot; has %2 digits, at most %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-post: &quot;%1&quot; är ingen e-postadress (namn@kommun.se).</source>
        <translation>E-mail: &quot;%1&quot; is not an e-mail address (name@municipality.se).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webbplats</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webbplats: &quot;%1&quot; är ingen webbadress (www.kommun.se).</source>
        <translation>Website: &quot;%1&quot; is not a web address (www.municipality.se).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IBAN: %1</source>
        <translation>IBAN: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BIC: %1</source>
        <translation>BIC: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BIC: ange bankens BIC till IBAN-numret; en betalare i utlandet behöver båda.</source>
        <translation>BIC: enter the bank&apos;s BIC for the IBAN; a payer abroad needs both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IBAN: ange kontots IBAN till BIC:en; en betalare i utlandet behöver båda.</source>
        <translation>IBAN: enter the account&apos;s IBAN for the BIC; a payer abroad needs both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIC: %1 hör till land %2 men IBAN-numret till %3; kontots BIC och IBAN har samma landskod.</source>
        <translation>BIC: %1 belongs to country %2 but the IBAN to %3; an account&apos;s BIC and IBAN have the same country code.</translation>
    </message>
    <message>
        <location filename="../core/ledger/companysettings.cpp" line="+32"/>
        <source>Rutin %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin %1 %2</source>
        <translation>Routine %1 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A-kort med förtryckt logotyp</source>
        <translation>A form with preprinted logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>A form without logo, the company name is printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B-kort med förtryckt logotyp</source>
        <translation>B form with preprinted logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>B form without logo, the company name is printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort med förtryckt logotyp</source>
        <translation>C form with preprinted logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>C form without logo, the company name is printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort med förtryckt logotyp, värmeförsluts</source>
        <translation>C form with preprinted logo, heat-sealed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort utan förtryckt logotyp, värmeförsluts</source>
        <translation>C form without preprinted logo, heat-sealed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Postens elektroniska postproduktion</source>
        <translation>PostNord electronic mail production</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Inbetalningskort utan OCR, med förtryckt logotyp</source>
        <translation>Payment slip without OCR, with preprinted logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningskort utan OCR, företagsnamnet skrivs ut</source>
        <translation>Payment slip without OCR, the company name is printed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningskort med OCR och förtryckt logotyp</source>
        <translation>Payment slip with OCR and preprinted logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningskort med OCR, företagsnamnet skrivs ut</source>
        <translation>Payment slip with OCR, the company name is printed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (plusgiro)</source>
        <translation>%1 (plusgiro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (bankgiro)</source>
        <translation>%1 (bankgiro)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fakturakopior</source>
        <translation>Invoice copies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kreditfakturor</source>
        <translation>Credit invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulleringsbesked</source>
        <translation>Cancellation notices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopior av påminnelser/kravbrev</source>
        <translation>Copies of reminders/demand letters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kundfordringar (rutiner utan eget konto)</source>
        <translation>Receivables (routines without their own account)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankgiroinbetalningar</source>
        <translation>Bankgiro payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusgiroinbetalningar</source>
        <translation>Plusgiro payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öres- och kronutjämning</source>
        <translation>Öre and krona rounding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetalningar</source>
        <translation>Overpayments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oplacerade betalningar</source>
        <translation>Unplaced payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krediteringar utan konto</source>
        <translation>Credits without an account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundförluster (avskrivning)</source>
        <translation>Bad debts (write-off)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelseavgifter</source>
        <translation>Reminder fees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassoavgifter</source>
        <translation>Collection fees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dröjsmålsränta</source>
        <translation>Late-payment interest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: kontot &quot;%2&quot; ska vara 1–%3 siffror.</source>
        <translation>%1: the account &quot;%2&quot; must be 1–%3 digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: blankettypen &quot;%2&quot; finns inte; välj med F4 (A1–C4, EP för plusgiro, E1, E2, G1, G2, EB för bankgiro).</source>
        <translation>%1: the form type &quot;%2&quot; does not exist; choose with F4 (A1–C4, EP for plusgiro, E1, E2, G1, G2, EB for bankgiro).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: blankettyp %2 är en plusgiroblankett men företaget har inget plusgironummer.</source>
        <translation>%1: form type %2 is a plusgiro form but the company has no plusgiro number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: blankettyp %2 är en bankgiroblankett men företaget har inget bankgironummer.</source>
        <translation>%1: form type %2 is a bankgiro form but the company has no bankgiro number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: skrivarnamnet är %2 tecken, högst %3.</source>
        <translation>%1: the printer name is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: skrivarnamnet innehåller ett styrtecken.</source>
        <translation>%1: the printer name contains a control character.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rutin %1 finns inte.</source>
        <translation>Routine %1 does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, fordringskonto</source>
        <translation>%1, receivable account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: dagar till förfallodag ska vara 0–%2.</source>
        <translation>%1: days to due date must be 0–%2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: fasta debiteringar och hyror har förfallodagar från debiteringen; dagar till förfallodag anges inte.</source>
        <translation>%1: fixed charges and rents take their due dates from the billing; days to due date are not entered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: räntefakturornas förfallodag sätts vid räntefaktureringen (7.13).</source>
        <translation>%1: the due date of interest invoices is set by interest invoicing (7.13).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dokumentslaget &quot;%1&quot; finns inte.</source>
        <translation>The document kind &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontoslaget &quot;%1&quot; finns inte.</source>
        <translation>The account kind &quot;%1&quot; does not exist.</translation>
    </message>
</context>
<context>
    <name>CountryCodes</name>
    <message>
        <location filename="../core/ledger/countrycodes.cpp" line="+58"/>
        <source>Landskod: ange två bokstäver, t.ex. NO.</source>
        <translation>Country code: enter two letters, e.g. NO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landskod: &quot;%1&quot; ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.</source>
        <translation>Country code: &quot;%1&quot; must be two letters A–Z (ISO 3166), e.g. NO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn: ange landets namn för %1; det skrivs ut på fakturan.</source>
        <translation>Name: enter the country&apos;s name for %1; it is printed on the invoice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn: &quot;%1&quot; är %2 tecken, högst %3.</source>
        <translation>Name: &quot;%1&quot; is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avvikande betalningssätt: %1 tecken, högst %2.</source>
        <translation>Alternative way of payment: %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namn: &quot;%1&quot; innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Name: &quot;%1&quot; contains a control character (e.g. a tab).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvikande betalningssätt: texten innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Alternative way of payment: the text contains a control character (e.g. a tab).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Landskoden &quot;%1&quot; finns inte i registret.</source>
        <translation>The country code &quot;%1&quot; is not in the register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landskod %1 (%2) används av %3 och kan inte tas bort.</source>
        <translation>Country code %1 (%2) is used by %3 and cannot be deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en kund</source>
        <translation>one customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kunder</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Landskod %1 (%2) finns i adressen på fakturor i reskontran och kan inte tas bort.</source>
        <translation>Country code %1 (%2) is in the address of invoices in the ledger and cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDocument</name>
    <message>
        <location filename="../render/creditnotedocument.cpp" line="+47"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser faktura</source>
        <translation>Concerning invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summa annullerat</source>
        <translation>Total cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa kreditering</source>
        <translation>Total credited</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturans saldo efter annulleringen</source>
        <translation>The invoice&apos;s balance after the cancellation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturans saldo efter krediteringen</source>
        <translation>The invoice&apos;s balance after the credit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bankgiro %1</source>
        <translation>Bankgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusgiro %1</source>
        <translation>Plusgiro %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Org.nr %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momsreg.nr %1</source>
        <translation>VAT reg. no. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon %1</source>
        <translation>Telephone %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Faktura %1 är annullerad med beloppen nedan.</source>
        <translation>Invoice %1 has been cancelled with the amounts below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vi krediterar faktura %1 med beloppen nedan.</source>
        <translation>We credit invoice %1 with the amounts below.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handläggare</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <location filename="../core/payments/creditnote.cpp" line="+65"/>
        <source>Kreditfaktura</source>
        <translation>Credit invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulleringsbesked</source>
        <translation>Cancellation notice</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Inbetalningssätt saknas (t.ex. 2 Kreditfaktura eller 3 Annullering).</source>
        <translation>The payment method is missing (e.g. 2 Credit invoice or 3 Cancellation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt %1 (%2) är ett debetsätt; en kreditering ska minska fordran.</source>
        <translation>Payment method %1 (%2) is a debit method; a credit must reduce the claim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt %1 (%2) är endast för text och ändrar inget belopp.</source>
        <translation>Payment method %1 (%2) is for text only and changes no amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningssätt %1 (%2) avser avgifter eller ränta, inte fakturans kapital.</source>
        <translation>Payment method %1 (%2) is for fees or interest, not the invoice&apos;s capital.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt %1 (%2) fördelar beloppet på avgifter och ränta först; välj ett sätt märkt &quot;dröjsmålsfaktureras ej&quot;, t.ex. 2 Kreditfaktura eller 3 Annullering.</source>
        <translation>Payment method %1 (%2) allocates the amount to fees and interest first; choose a method marked &quot;no late-payment invoicing&quot;, e.g. 2 Credit invoice or 3 Cancellation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Company &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaktionsdatum saknas eller är ogiltigt; skriv ÅÅMMDD.</source>
        <translation>The transaction date is missing or invalid; type YYMMDD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fakturanummer saknas.</source>
        <translation>The invoice number is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Invoice number &quot;%1&quot; must be at most 9 digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 har inget öppet kapital att kreditera (kapital kvar %2).</source>
        <translation>Invoice %1 has no open capital to credit (capital remaining %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anmärkningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The remark is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rad %1: texten är %2 tecken, högst %3.</source>
        <translation>Line %1: the text is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rad %1: kontot är %2 tecken, högst %3.</source>
        <translation>Line %1: the account is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rad %1: beloppet har fler än 10 siffror.</source>
        <translation>Line %1: the amount has more than 10 digits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Raderna summerar till %1; en kreditering ska ge ett negativt belopp.</source>
        <translation>The lines add up to %1; a credit must give a negative amount.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handläggaren är %1 tecken, högst %2.</source>
        <translation>The handler is %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faktura %1 har ändrats av %2 (%3) sedan den lästes in. Läs in den igen.</source>
        <translation>Invoice %1 was changed by %2 (%3) after it was read. Read it in again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Krediteringen %1 överstiger fakturans öppna kapital %2 (faktura %3).</source>
        <translation>The credit %1 exceeds the invoice&apos;s open capital %2 (invoice %3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kreditering utan utskrift</source>
        <translation>Credit without printout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../render/csvexport.cpp" line="+175"/>
        <source>Kunde inte skriva CSV-filen: %1</source>
        <translation>Could not write the CSV file: %1</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../core/ledger/customerview.cpp" line="+65"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saldo 0</source>
        <translation>Balance 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tillgodo</source>
        <translation>In credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassoombud</source>
        <translation>Collection agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot om BF</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej förfallen</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adress</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postnummer</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ort</source>
        <translation>town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>land</source>
        <translation>country</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kund %1 finns inte i företag %2.</source>
        <translation>Customer %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 faktura, %1</source>
        <translation>1 invoice, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fakturor, senast %2</source>
        <translation>%1 invoices, latest %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>faktura %1</source>
        <translation>invoice %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundregistret</source>
        <translation>the customer register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ändrad på %1 av %2</source>
        <translation>changed on %1 by %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Räntan kunde inte beräknas: %1</source>
        <translation>The interest could not be calculated: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fakturor för kund %1 %2</source>
        <translation>Invoices for customer %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast öppna poster</source>
        <translation>Open items only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alla poster</source>
        <translation>All items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturabelopp</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgifter/ränta</source>
        <translation>Fees/interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalt</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Noteringen är tom.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noteringen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The note is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>notering på kund</source>
        <translation>note on customer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kravstopp kundnivå</source>
        <translation>dunning stop at customer level</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+65"/>
        <source>Databasfel vid %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite eller libqt6sql6-psql).</source>
        <translation>The database driver %1 is missing (install libqt6sql6-sqlite or libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reskontran &quot;%1&quot; finns inte. Skapa den med &quot;reskontra-cli init&quot;.</source>
        <translation>The ledger &quot;%1&quot; does not exist. Create it with &quot;reskontra-cli init&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunde inte öppna reskontran &quot;%1&quot;: %2</source>
        <translation>Could not open the ledger &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Databasen &quot;%1&quot; har ingen reskontra. Skapa den med &quot;reskontra-cli --db %2 init&quot;.</source>
        <translation>The database &quot;%1&quot; holds no ledger. Create it with &quot;reskontra-cli --db %2 init&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reskontran &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du öppnar den.</source>
        <translation>The ledger &quot;%1&quot; has schema version %2, but this program only knows version %3. Update Reskontra before opening it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migreringen %1 saknas i programmet.</source>
        <translation>The migration %1 is missing from the program.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Ändringen avbröts: en del av den misslyckades och allt har återställts.</source>
        <translation>The change was cancelled: part of it failed and everything has been rolled back.</translation>
    </message>
</context>
<context>
    <name>DateParse</name>
    <message>
        <location filename="../core/dates/dateparse.cpp" line="+66"/>
        <source>Ogiltigt datum &quot;%1&quot;: år 0 finns inte.</source>
        <translation>Invalid date &quot;%1&quot;: there is no year 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ogiltigt datum &quot;%1&quot;: månad %2 finns inte (01–12).</source>
        <translation>Invalid date &quot;%1&quot;: there is no month %2 (01–12).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ogiltigt datum &quot;%1&quot;: dag 00 finns inte.</source>
        <translation>Invalid date &quot;%1&quot;: there is no day 00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ogiltigt datum &quot;%1&quot;: %2 har ingen 29 februari (inte skottår).</source>
        <translation>Invalid date &quot;%1&quot;: %2 has no 29 February (not a leap year).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ogiltigt datum &quot;%1&quot;: %2 %3 har bara %4 dagar.</source>
        <translation>Invalid date &quot;%1&quot;: %2 %3 has only %4 days.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Datum saknas.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datumet &quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;.</source>
        <translation>The date &quot;%1&quot; contains the invalid character &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skriv ÅÅMMDD, ÅÅÅÅMMDD eller ÅÅÅÅ-MM-DD</source>
        <translation>type YYMMDD, YYYYMMDD or YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datumet &quot;%1&quot; har fel form: %2.</source>
        <translation>The date &quot;%1&quot; has the wrong form: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Datumet &quot;%1&quot; har %2 siffror: %3.</source>
        <translation>The date &quot;%1&quot; has %2 digits: %3.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demonames.cpp" line="+25"/>
        <source>Demodatalistan %1 saknas i programmet.</source>
        <translation>The demo data list %1 is missing from the program.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demodatalistan %1: raden &quot;%2&quot; har för få fält.</source>
        <translation>Demo data list %1: the line &quot;%2&quot; has too few fields.</translation>
    </message>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+171"/>
        <source>Databasfel när demodata skrevs: %1</source>
        <translation>Database error while writing demo data: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+153"/>
        <source>Antalet fakturor ska vara minst 1.</source>
        <translation>The number of invoices must be at least 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demodata avbröts; reskontran är oförändrad.</source>
        <translation>Demo data was cancelled; the ledger is unchanged.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Nummerserien för rutin %1 räcker inte till så många fakturor.</source>
        <translation>The number series of routine %1 is not enough for that many invoices.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader (frö %5, dag %6)</source>
        <translation>Demo data: %1 invoices, %2 customers, %3 transactions, %4 invoice lines (seed %5, day %6)</translation>
    </message>
</context>
<context>
    <name>DunningCodeAssignment</name>
    <message>
        <location filename="../core/dunning/dunningcodes.cpp" line="+58"/>
        <source>Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.</source>
        <translation>Dunning code %1 does not exist; set it up under Dunning codes first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.</source>
        <translation>Invoice %1 was changed by %2 (%3) after you read it. Read it in again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Invoice %1 was changed by someone else at the same time. Try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kravkod borttagen</source>
        <translation>dunning code removed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kravkod satt</source>
        <translation>dunning code set</translation>
    </message>
</context>
<context>
    <name>DunningLetter</name>
    <message>
        <location filename="../core/dunning/dunningletter.cpp" line="+88"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
</context>
<context>
    <name>DunningLetterDocument</name>
    <message>
        <location filename="../render/dunningletterdocument.cpp" line="+218"/>
        <source>Specifikation</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+197"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fakturans kapitalbelopp</source>
        <translation>Invoice principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvar att betala av kapitalet</source>
        <translation>Principal still to be paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelseavgifter</source>
        <translation>Reminder fees</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>varav avgift för detta brev</source>
        <translation>of which fee for this letter</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Inkassoavgifter</source>
        <translation>Collection fees</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debiterad dröjsmålsränta</source>
        <translation>Late-payment interest debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avgift för detta brev (ej uppdebiterad)</source>
        <translation>Fee for this letter (not debited)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upplupen dröjsmålsränta t.o.m. %1, ej debiterad</source>
        <translation>Accrued late-payment interest up to and including %1, not debited</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ränteberäkning</source>
        <translation>Interest calculation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dagar</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>på %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbetalningar sedan inkassokravet, avräknade ovan</source>
        <translation>Payments since the collection demand, deducted above</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summa avräknade inbetalningar</source>
        <translation>Total payments deducted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betala senast</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Org.nr %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon %1</source>
        <translation>Telephone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankgiro %1</source>
        <translation>Bankgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusgiro %1</source>
        <translation>Plusgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare: %1</source>
        <translation>Handler: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adress skyddad – hanteras manuellt</source>
        <translation>Address protected – handled manually</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+44"/>
        <source>KOPIA</source>
        <translation>COPY</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Sida %1 (%2)</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kundnummer %1</source>
        <translation>Customer number %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Inga brev att skriva ut till %1.</source>
        <translation>No letters to write to %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Påminnelser och krav %1</source>
        <translation>Reminders and demands %1</translation>
    </message>
</context>
<context>
    <name>DunningParameters</name>
    <message>
        <location filename="../core/dunning/dunningparameters.cpp" line="+76"/>
        <source>Kravparametrar: blankettypen &quot;%1&quot; finns inte (%2).</source>
        <translation>Dunning parameters: the form type &quot;%1&quot; does not exist (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>betalningsdagar för påminnelser</source>
        <translation>payment days for reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsdagar för restkrav</source>
        <translation>payment days for residual demands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravparametrar: %1 måste vara 1–%2, inte %3.</source>
        <translation>Dunning parameters: %1 must be 1–%2, not %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kravparametrar: ett inkassokrav ska ge minst %1 dagar att betala (god inkassosed); betalningsdagar för inkassokrav måste vara %1–%2, inte %3.</source>
        <translation>Dunning parameters: a collection demand must give at least %1 days to pay (good debt collection practice); payment days for collection demands must be %1–%2, not %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kravkod vid betalningsföreläggande</source>
        <translation>dunning code for payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravkod vid amorteringsplan</source>
        <translation>dunning code for payment plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravparametrar: %1 %2 finns inte bland kravkoderna.</source>
        <translation>Dunning parameters: %1 %2 is not among the dunning codes.</translation>
    </message>
</context>
<context>
    <name>DunningRun</name>
    <message>
        <location filename="../core/dunning/dunningplanner.cpp" line="+51"/>
        <source>Fakturanummer &quot;%1&quot; får bara innehålla siffror.</source>
        <translation>Invoice number &quot;%1&quot; may only contain digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturanummer &quot;%1&quot; ska ha högst 9 siffror.</source>
        <translation>Invoice number &quot;%1&quot; must have at most 9 digits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rutin &quot;%1&quot; ska vara två siffror.</source>
        <translation>Routine &quot;%1&quot; must be two digits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Company number &quot;%1&quot; must be at most three digits.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>BETALNINGSPÅMINNELSE</source>
        <translation>PAYMENT REMINDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BETALNINGSPÅMINNELSE 2</source>
        <translation>PAYMENT REMINDER 2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Körningsdatum saknas eller är ogiltigt.</source>
        <translation>The run date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</source>
        <translation>Company to %1 is before company from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rutin t.o.m. %1 ligger före rutin fr.o.m. %2.</source>
        <translation>Routine to %1 is before routine from %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer t.o.m. %1 ligger före fr.o.m. %2.</source>
        <translation>Invoice number to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förvaltning/avdelning t.o.m. %1 ligger före fr.o.m. %2.</source>
        <translation>Administration/department to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Inte på fordringar under&quot; ska vara hela kronor, högst 999 kr (nu %1).</source>
        <translation>&quot;Not on claims below&quot; must be whole kronor, at most SEK 999 (now %1).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Det finns inget inbetalningssätt att uppdebitera %1 med (debet, avgiftstyp %2). Lägg upp ett under Inbetalningssätt.</source>
        <translation>There is no payment method to debit %1 with (debit, fee type %2). Set one up under Payment methods.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påminnelseavgift</source>
        <translation>reminder fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravavgift</source>
        <translation>collection fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dröjsmålsränta</source>
        <translation>late-payment interest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 finns inte; lägg upp den under Texter eller ändra Inställningar påminnelser/krav.</source>
        <translation>%1 %2 does not exist; set it up under Texts or change the Reminder/demand settings.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>kravkod %1 %2 t.o.m. %3</source>
        <translation>dunning code %1 %2 up to and including %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkod %1 %2</source>
        <translation>dunning code %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>kunden har påminnelsestopp</source>
        <translation>the customer has a reminder stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunden har inkassostopp</source>
        <translation>the customer has a collection stop</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ingen avgift: saldot är under %1 kr</source>
        <translation>no fee: the balance is below SEK %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Upplupen ränta t.o.m. %1</source>
        <translation>Accrued interest up to and including %1</translation>
    </message>
    <message>
        <location filename="../core/dunning/dunningrun.cpp" line="+81"/>
        <source>företag %1–%2</source>
        <translation>company %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rutin %1–%2</source>
        <translation>routine %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>faktura %1–%2</source>
        <translation>invoice %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avdelning %1–%2</source>
        <translation>department %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen avgift under %1 kr</source>
        <translation>no fee below SEK %1</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Transaktionen för faktura %1 kunde inte sparas.</source>
        <translation>The transaction for invoice %1 could not be saved.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; kör igen.</source>
        <translation>Invoice %1/%2 was changed by someone else during the run. Nothing was changed; run again.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kundreskontra, kravkörning %1 den %2</source>
        <translation>Accounts receivable ledger, dunning run %1 on %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kravkörning %1: %2 brev, avgifter %3 kr, ränta %4 kr</source>
        <translation>Dunning run %1: %2 letters, fees SEK %3, interest SEK %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+69"/>
        <source>Kravkörning %1 finns inte.</source>
        <translation>Dunning run %1 does not exist.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Ny handläggare är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The new handler is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kravkörning %1 är redan ångrad (av %2, %3).</source>
        <translation>Dunning run %1 has already been undone (by %2, %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kravkörning %1 kan inte ångras: %2 av dess %3 fakturor har rensats (Rensning betalda fakturor).</source>
        <translation>Dunning run %1 cannot be undone: %2 of its %3 invoices have been purged (Purge of paid invoices).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2 (ändrad av %3, %4)</source>
        <translation>%1/%2 (changed by %3, %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravkörning %1 kan inte ångras: fakturor har ändrats sedan körningen: %2.</source>
        <translation>Dunning run %1 cannot be undone: invoices have changed since the run: %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>En faktura i kravkörning %1 ändrades under ångringen. Inget ändrades.</source>
        <translation>An invoice in dunning run %1 was changed during the undo. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaktion %1 i kravkörning %2 finns inte längre. Inget ändrades.</source>
        <translation>Transaction %1 in dunning run %2 no longer exists. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bokföringsorder %1 för kravkörning %2 togs bort vid ångring</source>
        <translation>Booking order %1 for dunning run %2 was removed on undo</translation>
    </message>
</context>
<context>
    <name>DunningSettings</name>
    <message>
        <location filename="../core/dunning/dunningsettings.cpp" line="+103"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rutin %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rutin &quot;%1&quot; finns inte.</source>
        <translation>Routine &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: antal dagar %2 ska vara 0–%3.</source>
        <translation>%1: the number of days %2 must be 0–%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: textnummer ska vara 1–9.</source>
        <translation>%1: the text number must be 1–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 %3 finns inte; lägg upp texten först.</source>
        <translation>%1: %2 %3 does not exist; set up the text first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: handläggaren är %2 tecken, högst %3.</source>
        <translation>%1: the handler is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ingen avgift kan tas ut.</source>
        <translation>%1: no fee can be charged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: avgiften %2 kr ska vara hela kronor, högst 3 siffror (0–999).</source>
        <translation>%1: the fee SEK %2 must be whole kronor, at most 3 digits (0–999).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: avgiften %2 kr är högre än lagens tak %3 kr (lag 1981:739 4 §). Ange ett skäl för att ändå ta ut den.</source>
        <translation>%1: the fee SEK %2 is above the statutory cap of SEK %3 (Act 1981:739, section 4). Give a reason to charge it anyway.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: påminnelseavgift får bara tas ut om den avtalats i förväg (lag 1981:739 2 §); markera &quot;påminnelseavgift avtalad&quot; först.</source>
        <translation>%1: a reminder fee may only be charged if it was agreed in advance (Act 1981:739, section 2); tick &quot;reminder fee agreed&quot; first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Påminnelse 2: räknas från påminnelse 1, som inte används.</source>
        <translation>%1, Reminder 2: counted from reminder 1, which is not used.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Inkassokrav: utgår från påminnelse 1 (1), som inte används.</source>
        <translation>%1, Collection demand: based on reminder 1 (1), which is not used.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Inkassokrav: utgår från påminnelse 2 (2), som inte används.</source>
        <translation>%1, Collection demand: based on reminder 2 (2), which is not used.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, Inkassokrav: utgångspunkt ska vara 1 (påminnelse 1), 2 (påminnelse 2) eller 9 (förfallodag).</source>
        <translation>%1, Collection demand: the starting point must be 1 (reminder 1), 2 (reminder 2) or 9 (due date).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Inkassokrav: räntan kan bara uppdebiteras om den också skrivs ut.</source>
        <translation>%1, Collection demand: interest can only be debited onto the claim if it is also printed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Restkrav: kan bara tas ut efter inkassokrav, som inte används.</source>
        <translation>%1, Residual demand: can only follow a collection demand, which is not used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, Restkrav: rubrik (t.ex. RESTKRAV eller ERINRAN) saknas.</source>
        <translation>%1, Residual demand: the heading (e.g. RESTKRAV or ERINRAN) is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, Restkrav: rubriken är %2 tecken, högst %3.</source>
        <translation>%1, Residual demand: the heading is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Inställningar påminnelser/krav upplagda</source>
        <translation>Reminder/demand settings set up</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2 kr &gt; %3 kr: %4 (%5 %6)</source>
        <translation>%1: SEK %2 &gt; SEK %3: %4 (%5 %6)</translation>
    </message>
</context>
<context>
    <name>DunningTexts</name>
    <message>
        <location filename="../core/dunning/dunningtexts.cpp" line="+84"/>
        <source>Påminnelsetext</source>
        <translation>Reminder text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassotext</source>
        <translation>Collection demand text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkravstext</source>
        <translation>Residual demand text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text hot om betalningsföreläggande</source>
        <translation>Threat of payment order text</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+94"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1: textnumret ska vara 1–9.</source>
        <translation>%1: the text number must be 1–9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: blankettypen &quot;%2&quot; ska vara F (fakturablankett) eller D (datapost).</source>
        <translation>%1: the form type &quot;%2&quot; must be F (invoice form) or D (Datapost letter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: texten har %2 rader, högst %3 får plats.</source>
        <translation>%1: the text has %2 lines; at most %3 fit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: rad %2 är %3 tecken, högst %4 får plats på %5.</source>
        <translation>%1: line %2 is %3 characters; at most %4 fit on %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>datapost</source>
        <translation>a Datapost letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blanketten</source>
        <translation>the form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: rad %2 innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>%1: line %2 contains a control character (e.g. tab).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 finns inte.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 används i inställningarna för rutin %2 och kan inte tas bort.</source>
        <translation>%1 is used in the settings for routine %2 and cannot be deleted.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vi har ännu inte fått betalt för fakturan nedan, trots att förfallodagen har</source>
        <translation>We have not yet received payment for the invoice below, although the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passerat. Det kan vara ett förbiseende. Betala i så fall det belopp som står</source>
        <translation>has passed. This may be an oversight. If so, please pay the amount shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nedan senast på den nya förfallodagen och använd OCR-numret, så att</source>
        <translation>below by the new due date at the latest and use the OCR number, so that</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningen hamnar rätt.</source>
        <translation>the payment is allocated correctly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Har du redan betalat kan du bortse från den här påminnelsen. Anser du att</source>
        <translation>If you have already paid, please disregard this reminder. If you think</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>fakturan är felaktig, kontakta oss snarast på telefonnumret ovan.</source>
        <translation>the invoice is incorrect, contact us promptly on the phone number above.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dröjsmålsränta enligt räntelagen räknas från dagen efter förfallodagen.</source>
        <translation>Late-payment interest (Interest Act) accrues from the day after the due date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vi har tidigare påmint om fakturan nedan men har ännu inte fått betalt.</source>
        <translation>We have already reminded you of the invoice below but have not yet been paid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betala det belopp som står nedan senast på förfallodagen och använd</source>
        <translation>Please pay the amount shown below by the due date at the latest and use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR-numret, så att betalningen hamnar rätt.</source>
        <translation>the OCR number, so that the payment is allocated correctly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalar du inte skickar vi ett inkassokrav. Det medför en inkassoavgift</source>
        <translation>If you do not pay, we will send a collection demand. This incurs a fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>och dröjsmålsränta enligt räntelagen.</source>
        <translation>and late-payment interest under the Interest Act.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fordringsägare är avsändaren ovan. Kravet grundar sig på den obetalda</source>
        <translation>The creditor is the sender above. The demand is based on the unpaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturan nedan (fakturanummer, fakturadatum och vad fakturan avser).</source>
        <translation>invoice below (invoice number, invoice date and what the invoice is for).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapitalbelopp, dröjsmålsränta och avgifter anges var för sig nedan.</source>
        <translation>The principal, late-payment interest and fees are shown separately below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsräntan är beräknad enligt räntelagen 6 § på kapitalbeloppet;</source>
        <translation>Late-payment interest is calculated on the principal under the Interest Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period, antal dagar och räntesats för beräkningen anges i specifikationen.</source>
        <translation>(section 6); the period, number of days and interest rate are specified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betala hela beloppet senast på förfallodagen nedan, som är minst åtta dagar</source>
        <translation>Please pay the full amount by the due date below, which is at least eight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från detta kravs datum. Anser du att kravet är felaktigt ska du inom samma</source>
        <translation>days from the date of this demand. If you think the demand is incorrect, you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tid bestrida det skriftligen och ange skälen, så att vi kan pröva saken.</source>
        <translation>must dispute it in writing within that time and say why, so we can review it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om du varken betalar eller bestrider kravet inom denna tid kommer vi utan</source>
        <translation>If you neither pay nor dispute the demand within this time, we will, without</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ytterligare varsel att ansöka om betalningsföreläggande hos Kronofogden.</source>
        <translation>further notice, apply to the Enforcement Authority for a payment order.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det medför ytterligare kostnader för dig och kan leda till en</source>
        <translation>This means additional costs for you and may lead to a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsanmärkning.</source>
        <translation>record of non-payment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vi har tidigare skickat inkassokrav på fordran</source>
        <translation>We have previously sent a collection demand for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nedan. Inbetalningar som gjorts sedan dess är</source>
        <translation>the claim below. Payments made since then have</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avräknade, men ett belopp återstår att betala.</source>
        <translation>been deducted, but an amount remains to be paid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betala det återstående beloppet senast på</source>
        <translation>Please pay the remaining amount by the due date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodagen. Annars ansöker vi utan ytterligare</source>
        <translation>Otherwise we will, without further notice, apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>varsel om betalningsföreläggande hos Kronofogden.</source>
        <translation>to the Enforcement Authority for a payment order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Har du frågor, kontakta handläggaren ovan.</source>
        <translation>For questions, contact the handler above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trots påminnelse och inkassokrav har fordran nedan inte betalats.</source>
        <translation>Despite a reminder and a collection demand, the claim below is unpaid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Är hela beloppet inte betalt senast på förfallodagen nedan ansöker vi</source>
        <translation>Unless the full sum is paid by the due date below, we will apply for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utan ytterligare varsel om betalningsföreläggande hos Kronofogden.</source>
        <translation>a payment order with the Enforcement Authority without further notice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ett utslag kan leda till utmätning och till en betalningsanmärkning,</source>
        <translation>A ruling may lead to distraint and to a record of non-payment,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>och du får då även betala våra kostnader för ansökan.</source>
        <translation>and you will then also have to pay our costs for the application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anser du att kravet är felaktigt, kontakta oss före förfallodagen.</source>
        <translation>If you think the demand is incorrect, contact us before the due date.</translation>
    </message>
</context>
<context>
    <name>EnforcementOffices</name>
    <message>
        <location filename="../core/dunning/enforcementoffices.cpp" line="+51"/>
        <source>Ort: ange orten; den är kronofogdemyndighetens identitet.</source>
        <translation>Town: enter the town; it identifies the Enforcement Authority office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort: &quot;%1&quot; är %2 tecken, högst %3.</source>
        <translation>Town: &quot;%1&quot; is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ort: &quot;%1&quot; innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Town: &quot;%1&quot; contains a control character (e.g. a tab).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kronofogdemyndighet %1: %2 rader, högst %3.</source>
        <translation>Enforcement Authority office %1: %2 lines, at most %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kronofogdemyndighet %1: rad %2 är %3 tecken, högst %4.</source>
        <translation>Enforcement Authority office %1: line %2 is %3 characters, at most %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kronofogdemyndighet %1: rad %2 innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Enforcement Authority office %1: line %2 contains a control character (e.g. a tab).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Det finns ingen kronofogdemyndighet med orten &quot;%1&quot;.</source>
        <translation>There is no Enforcement Authority office with the town &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Ids</name>
    <message>
        <location filename="../core/ids/giro.cpp" line="+31"/>
        <source>&quot;%1&quot; har mellanslag inne i numret.</source>
        <translation>&quot;%1&quot; has spaces inside the number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; bara siffror och bindestreck är tillåtna.</source>
        <translation>&quot;%1&quot; contains the invalid character &quot;%2&quot;; only digits and hyphens are allowed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/ids/swedishid.cpp" line="+160"/>
        <location line="+85"/>
        <source>Fel kontrollsiffra i &quot;%1&quot;: kontrollsiffran ska vara %2.</source>
        <translation>Wrong check digit in &quot;%1&quot;: the check digit should be %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bankgironummer saknas.</source>
        <translation>The Bankgiro number is missing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; är inget bankgironummer: det ska ha 7 eller 8 siffror, skrivna NNN-NNNN eller NNNN-NNNN.</source>
        <translation>&quot;%1&quot; is not a Bankgiro number: it has 7 or 8 digits, written NNN-NNNN or NNNN-NNNN.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plusgironummer saknas.</source>
        <translation>The Plusgiro number is missing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; är inget plusgironummer: det ska ha 2–8 siffror med bindestreck före kontrollsiffran, t.ex. 5805620-1.</source>
        <translation>&quot;%1&quot; is not a Plusgiro number: it has 2–8 digits with a hyphen before the check digit, e.g. 5805620-1.</translation>
    </message>
    <message>
        <location filename="../core/ids/ocr.cpp" line="+29"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ett OCR-nummer har bara siffror.</source>
        <translation>&quot;%1&quot; contains the invalid character &quot;%2&quot;; an OCR reference has digits only.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Underlag för OCR-nummer saknas.</source>
        <translation>The basis for the OCR reference is missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OCR-numret för &quot;%1&quot; skulle få %2 siffror; högst %3 är tillåtna.</source>
        <translation>The OCR reference for &quot;%1&quot; would have %2 digits; at most %3 are allowed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OCR-nummer saknas.</source>
        <translation>The OCR reference is missing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; har %2 siffror; ett OCR-nummer har %3–%4 siffror.</source>
        <translation>&quot;%1&quot; has %2 digits; an OCR reference has %3–%4 digits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fel längdsiffra i OCR-numret &quot;%1&quot;: längdsiffran ska vara %2 (numret har %3 siffror).</source>
        <translation>Wrong length digit in the OCR reference &quot;%1&quot;: the length digit should be %2 (the number has %3 digits).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fel kontrollsiffra i OCR-numret &quot;%1&quot;: kontrollsiffran ska vara %2.</source>
        <translation>Wrong check digit in the OCR reference &quot;%1&quot;: the check digit should be %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanumret &quot;%1&quot; ska ha 9 siffror.</source>
        <translation>The invoice number &quot;%1&quot; must have 9 digits.</translation>
    </message>
    <message>
        <location filename="../core/ids/swedishid.cpp" line="-163"/>
        <source>Person- eller organisationsnummer saknas.</source>
        <translation>The personal identity or organisation number is missing.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; har mer än ett skiljetecken.</source>
        <translation>&quot;%1&quot; has more than one separator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; har mellanslag inne i numret; skriv siffrorna i följd eller med bindestreck före de fyra sista.</source>
        <translation>&quot;%1&quot; has spaces inside the number; type the digits together or with a hyphen before the last four.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; bara siffror och bindestreck (eller plustecken) är tillåtna.</source>
        <translation>&quot;%1&quot; contains the invalid character &quot;%2&quot;; only digits and a hyphen (or plus sign) are allowed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; har %2 siffror; ett person- eller organisationsnummer har 10 eller 12 siffror.</source>
        <translation>&quot;%1&quot; has %2 digits; a personal identity or organisation number has 10 or 12 digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skiljetecknet i &quot;%1&quot; ska stå före de fyra sista siffrorna.</source>
        <translation>The separator in &quot;%1&quot; must come before the last four digits.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; börjar med %2; ett 12-siffrigt personnummer börjar med 18, 19 eller 20 och ett organisationsnummer med 16 eller 00.</source>
        <translation>&quot;%1&quot; starts with %2; a 12-digit personal identity number starts with 18, 19 or 20 and an organisation number with 16 or 00.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot;: ett organisationsnummer skrivs med bindestreck, inte plustecken.</source>
        <translation>&quot;%1&quot;: an organisation number is written with a hyphen, not a plus sign.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tredje siffran i organisationsnumret &quot;%1&quot; är %2; den ska vara 2 eller högre.</source>
        <translation>The third digit of the organisation number &quot;%1&quot; is %2; it must be 2 or higher.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Månaden %2 i &quot;%1&quot; finns inte; den ska vara 01–12.</source>
        <translation>There is no month %2 in &quot;%1&quot;; it must be 01–12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dagen %2 i &quot;%1&quot; finns inte; den ska vara 01–31, eller 61–91 i ett samordningsnummer.</source>
        <translation>There is no day %2 in &quot;%1&quot;; it must be 01–31, or 61–91 in a coordination number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Månaden 00 i &quot;%1&quot; finns inte; den används bara i samordningsnummer.</source>
        <translation>There is no month 00 in &quot;%1&quot;; it is only used in coordination numbers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot;: födelsedatumet %2 finns inte.</source>
        <translation>&quot;%1&quot;: the date of birth %2 does not exist.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Plustecknet i &quot;%1&quot; betyder att personen har fyllt 100 år, men %2 är mindre än 100 år före %3.</source>
        <translation>The plus sign in &quot;%1&quot; means the person is 100 or older, but %2 is less than 100 years before %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Födelsedatumet %2 i &quot;%1&quot; ligger efter %3.</source>
        <translation>The date of birth %2 in &quot;%1&quot; is after %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Födelsenumret 000 i &quot;%1&quot; finns inte; det ska vara 001–999.</source>
        <translation>The birth number 000 in &quot;%1&quot; does not exist; it must be 001–999.</translation>
    </message>
    <message>
        <location filename="../core/ids/iban.cpp" line="+106"/>
        <source>IBAN saknas.</source>
        <translation>The IBAN is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ett IBAN har bara bokstäver A–Z och siffror.</source>
        <translation>&quot;%1&quot; contains the invalid character &quot;%2&quot;; an IBAN has only letters A–Z and digits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; är inget IBAN: det börjar med landskod (två bokstäver) och två kontrollsiffror, t.ex. SE45.</source>
        <translation>&quot;%1&quot; is not an IBAN: it begins with a country code (two letters) and two check digits, e.g. SE45.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; har %2 tecken, men ett IBAN från %3 har %4.</source>
        <translation>&quot;%1&quot; has %2 characters, but an IBAN from %3 has %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; har %2 tecken, men ett IBAN har %3–%4.</source>
        <translation>&quot;%1&quot; has %2 characters, but an IBAN has %3–%4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fel kontrollsiffror i &quot;%1&quot; (modulus 97): med det kontonumret ska de vara %2. Kontrollera numret.</source>
        <translation>Wrong check digits in &quot;%1&quot; (modulus 97): with that account number they should be %2. Check the number.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>BIC saknas.</source>
        <translation>The BIC is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; är ingen BIC: den har 8 eller 11 tecken, t.ex. ESSESESS, men har %2.</source>
        <translation>&quot;%1&quot; is not a BIC: a BIC has 8 or 11 characters, e.g. ESSESESS, but this has %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; är ingen BIC: de sex första tecknen är bankkod och landskod, bara bokstäver.</source>
        <translation>&quot;%1&quot; is not a BIC: the first six characters are the bank code and the country code, letters only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ort och kontor i en BIC är bokstäver eller siffror.</source>
        <translation>&quot;%1&quot; contains the invalid character &quot;%2&quot;; the location and branch of a BIC are letters or digits.</translation>
    </message>
</context>
<context>
    <name>InterestCalculator</name>
    <message>
        <location filename="../core/interest/interestcalculator.cpp" line="+78"/>
        <source>Ingen ränta: fordran har inget positivt kapitalbelopp (kreditfaktura).</source>
        <translation>No interest: the claim has no positive capital amount (credit invoice).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen ränta: kravkod %1 (%2) utan ränta gäller %3.</source>
        <translation>No interest: dunning code %1 (%2) without interest applies %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t.o.m. %1</source>
        <translation>up to and including %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen ränta: betald %1 inom anståndet (kravkod %2).</source>
        <translation>No interest: paid %1 within the deferral (dunning code %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen ränta: ränta räknas först från %1.</source>
        <translation>No interest: interest is only calculated from %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Varning: referensräntan från %1 är inte bekräftad (UNVERIFIED); kontrollera den under Referensränta.</source>
        <translation>Warning: the reference rate from %1 is not confirmed (UNVERIFIED); check it under Reference rate.</translation>
    </message>
</context>
<context>
    <name>InterestInvoiceDocument</name>
    <message>
        <location filename="../render/interestinvoicedocument.cpp" line="+113"/>
        <source>Dröjsmålsränta på för sent betald faktura</source>
        <translation>Late-payment interest on an invoice paid late</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+149"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+148"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+55"/>
        <location line="+95"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dagar sent</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ränteberäkning enligt räntelagen</source>
        <translation>Interest calculation under the Interest Act</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dagar</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>på %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dröjsmålsränta t.o.m. slutbetalningsdagen %1</source>
        <translation>Late-payment interest up to and including the final payment date %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avgår dröjsmålsränta som redan debiterats</source>
        <translation>Less late-payment interest already debited</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Org.nr %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momsreg.nr %1</source>
        <translation>VAT reg. no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon %1</source>
        <translation>Telephone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankgiro %1</source>
        <translation>Bankgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusgiro %1</source>
        <translation>Plusgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare: %1</source>
        <translation>Handler: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adress skyddad – hanteras manuellt</source>
        <translation>Address protected – handled manually</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>RÄNTEFAKTURA</source>
        <translation>INTEREST INVOICE</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Sida %1 (%2)</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Faktura %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Inga räntefakturor att skriva ut till %1.</source>
        <translation>No interest invoices to print to %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Räntefakturor %1</source>
        <translation>Interest invoices %1</translation>
    </message>
</context>
<context>
    <name>InterestInvoicing</name>
    <message>
        <location filename="../core/dunning/interestinvoicing.cpp" line="+108"/>
        <source>rutin %1 har ingen rutin för räntefakturor (rutin %2 med räntefakturor för rutin %1 saknas i rutinregistret)</source>
        <translation>routine %1 has no routine for interest invoices (routine %2, with the interest invoices for routine %1, is missing from the routine register)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>konto för ränteintäkter saknas (företag %1, rutin %2)</source>
        <translation>account for interest income is missing (company %1, routine %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fordringskonto saknas för rutin %1 (företag %2)</source>
        <translation>receivable account is missing for routine %1 (company %2)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Räntefakturor rutin %1</source>
        <translation>Interest invoices routine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta</source>
        <translation>Late-payment interest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kundreskontra, räntefakturering %1</source>
        <translation>Accounts receivable ledger, interest invoicing %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fakturadatum: ange dagens datum för räntefakturorna.</source>
        <translation>Invoice date: enter today&apos;s date for the interest invoices.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minsta ränta: obligatorisk uppgift, hela kronor 0–%1.</source>
        <translation>Minimum interest: required, whole kronor 0–%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara en siffra, 0–%2.</source>
        <translation>Minimum number of days: &quot;%1&quot; must be one digit, 0–%2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Förfallodag: %1 ligger före fakturadatum %2.</source>
        <translation>Due date: %1 is before the invoice date %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handläggare: obligatorisk uppgift (namn och gärna telefonnummer).</source>
        <translation>Handler: required (name and preferably a telephone number).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare: %1 tecken, högst %2 är tillåtet.</source>
        <translation>Handler: %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meddelande: %1 rader, högst %2 är tillåtet.</source>
        <translation>Message: %1 lines; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meddelande rad %1: %2 tecken, högst %3 är tillåtet.</source>
        <translation>Message line %1: %2 characters; at most %3 are allowed.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>företag %1–%2, fakturadatum %3</source>
        <translation>companies %1–%2, invoice date %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Räntefaktureringen kan inte köras; inget ändrades. %1</source>
        <translation>The interest invoicing cannot be run; nothing was changed. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Räntefakturering %1</source>
        <translation>Interest invoicing %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Räntefakturorna kunde inte registreras; inget ändrades. %1</source>
        <translation>The interest invoices could not be registered; nothing was changed. %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Faktura %1/%2 ändrades av någon annan under räntefaktureringen. Inget ändrades; kör igen.</source>
        <translation>Invoice %1/%2 was changed by someone else during the interest invoicing. Nothing was changed; run again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Räntefakturering %1: %2 fakturor, %3 kr, förfallodag %4</source>
        <translation>Interest invoicing %1: %2 invoices, SEK %3, due date %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kontrollista räntefakturering</source>
        <translation>Control list: interest invoicing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefakturor %1</source>
        <translation>Interest invoices %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturadatum %1, förfallodag %2, handläggare %3</source>
        <translation>Invoice date %1, due date %2, handler %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Förvaltning/avdelning</source>
        <translation>Administration/department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minsta ränta %1 kr, minsta antal dagar %2</source>
        <translation>Minimum interest SEK %1, minimum number of days %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgår debiterad</source>
        <translation>Less debited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att fakturera</source>
        <translation>To invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefaktura</source>
        <translation>Interest invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kan inte faktureras: %1</source>
        <translation>Cannot be invoiced: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totalt: %1 st</source>
        <translation>Total: %1 invoice(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 kan inte faktureras</source>
        <translation>, %1 cannot be invoiced</translation>
    </message>
</context>
<context>
    <name>InterestSettings</name>
    <message>
        <location filename="../core/interest/interestsettings.cpp" line="+53"/>
        <source>Ränta utöver referensräntan: högst 3 siffror varav 1 decimal (0–99,9, handbok 7.2).</source>
        <translation>Interest above the reference rate: at most 3 digits, 1 of them a decimal (0–99.9, handbook 7.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar efter fakturadatum: 0–%1.</source>
        <translation>Days after invoice date: 0–%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minst antal dagar efter förfallodag: 0–%1.</source>
        <translation>Minimum number of days after due date: 0–%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minsta ränta: hela kronor, 0 eller mer (handbok 7.2: &quot;minst det antal kronor som anges&quot;).</source>
        <translation>Minimum interest: whole kronor, 0 or more (handbook 7.2: &quot;at least the number of kronor given&quot;).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kravparametrar sparades inte: %1</source>
        <translation>Dunning parameters were not saved: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceChangeService</name>
    <message>
        <location filename="../core/ledger/invoicechange.cpp" line="+43"/>
        <source>kl. %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den %1 kl. %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturan har ändrats av %1 %2 — ladda om (F7 Ångra läser in den igen). Dina ändringar av faktura %3 är inte sparade.</source>
        <translation>The invoice was changed by %1 %2 — reload (F7 Undo reads it again). Your changes to invoice %3 are not saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 är %2 tecken, högst %3 är tillåtet.</source>
        <translation>%1 is %2 characters; at most %3 are allowed.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Person-/organisationsnumret kan ändras eller fyllas i, men inte tas bort.</source>
        <translation>The personal identity/organisation number can be changed or filled in, but not removed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person-/organisationsnummer: %1</source>
        <translation>Personal identity/organisation number: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C/o-namnet</source>
        <translation>The c/o name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressen</source>
        <translation>The address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orten</source>
        <translation>The town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggaren</source>
        <translation>The handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Fakturan avser&quot;</source>
        <translation>&quot;Invoice concerns&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsbevakningen</source>
        <translation>The payment monitoring text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förv/avd</source>
        <translation>Admin./dept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landskoden &quot;%1&quot; ska vara två bokstäver, t.ex. NO eller DK.</source>
        <translation>The country code &quot;%1&quot; must be two letters, e.g. NO or DK.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landskoden &quot;%1&quot; finns inte i registret Landskoder.</source>
        <translation>The country code &quot;%1&quot; is not in the Country codes register.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postnumret &quot;%1&quot; ska vara fem siffror (123 45); ange landskod för en utländsk adress.</source>
        <translation>The postcode &quot;%1&quot; must be five digits (123 45); enter a country code for a foreign address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postnumret</source>
        <translation>The postcode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Förfallodag saknas.</source>
        <translation>The due date is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodagen %1 ligger före fakturadatum %2.</source>
        <translation>The due date %1 is before the invoice date %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Förv/avd &quot;%1&quot; används inte på någon annan faktura i företag %2.</source>
        <translation>Admin./dept. &quot;%1&quot; is not used on any other invoice in company %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 ligger efter dagens datum %3.</source>
        <translation>%1 %2 is after today&apos;s date %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 ligger före fakturadatum %3.</source>
        <translation>%1 %2 is before the invoice date %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 kräver datum för %2.</source>
        <translation>%1 requires a date for %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) ligger före %3 (%4).</source>
        <translation>%1 (%2) is before %3 (%4).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Påminnelseavgiften</source>
        <translation>The reminder fee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inkassoavgiften</source>
        <translation>The collection fee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kan inte vara negativ.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kan bara minskas eller tas bort här (från %2); avgifter tas ut av kravkörningen.</source>
        <translation>%1 can only be reduced or removed here (from %2); fees are charged by the dunning run.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2 står kvar utan datum för utskicket; ta bort avgiften när datumet blankas.</source>
        <translation>%1 %2 remains without a date for the letter; remove the fee when the date is cleared.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brevet vars datum blankas tog ut %1 i avgift; minska %2 med den (till högst %3).</source>
        <translation>The letter whose date is being cleared charged %1 in fees; reduce %2 by that amount (to at most %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 är uppdebiterad; annullera den under Registrera manuella (inbetalningssätt med avgiftstyp %3) innan datumet blankas.</source>
        <translation>%1 %2 has been debited onto the claim; cancel it under Register manual payments (payment method with fee type %3) before clearing the date.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kravkoden ska vara 1–9.</source>
        <translation>The dunning code must be 1–9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.</source>
        <translation>Dunning code %1 does not exist; set it up under Dunning codes first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ett t.o.m.-datum kräver en kravkod.</source>
        <translation>A to-date requires a dunning code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravkoden skulle gälla t.o.m. %1, som redan har passerats.</source>
        <translation>The dunning code would be valid up to and including %1, which has already passed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datumet för betalningsföreläggande blankas men betalningsbevakningen &quot;%1&quot; står kvar. Tryck Enter igen för att spara ändå.</source>
        <translation>The payment order date is being cleared but the payment monitoring text &quot;%1&quot; remains. Press Enter again to save anyway.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ändring av kundfaktura</source>
        <translation>change of customer invoice</translation>
    </message>
</context>
<context>
    <name>InvoiceCopies</name>
    <message>
        <location filename="../core/ledger/invoicecopy.cpp" line="+24"/>
        <source>Ny handläggare är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The new handler is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Företag: skriv 1–3 siffror.</source>
        <translation>Company: type 1–3 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer fr.o.m.: ange den första fakturans nummer.</source>
        <translation>Invoice number from: enter the number of the first invoice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer fr.o.m.: &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Invoice number from: &quot;%1&quot; must be at most 9 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer t.o.m.: &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Invoice number to: &quot;%1&quot; must be at most 9 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer t.o.m. %1 är före fr.o.m. %2.</source>
        <translation>Invoice number to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intervallet måste vara inom samma rutin: %1 är rutin %2, %3 är rutin %4.</source>
        <translation>The range must be within one routine: %1 is routine %2, %3 is routine %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finns inga fakturor %1–%2 i företag %3.</source>
        <translation>There are no invoices %1–%2 in company %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervallet %1–%2 har %3 fakturor; högst %4 kopior tas fram åt gången. Dela upp intervallet.</source>
        <translation>The range %1–%2 has %3 invoices; at most %4 copies are made at a time. Split the range.</translation>
    </message>
</context>
<context>
    <name>InvoiceCopyDocument</name>
    <message>
        <location filename="../render/invoicecopydocument.cpp" line="+20"/>
        <source>Avser: %1</source>
        <translation>Concerning: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specifikation</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturabelopp</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalt, krediterat och påfört till och med %1</source>
        <translation>Paid, credited and debited up to and including %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FAKTURA</source>
        <translation>INVOICE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KOPIA</source>
        <translation>COPY</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Det finns inga fakturakopior att skriva.</source>
        <translation>There are no invoice copies to print.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturakopior %1–%2</source>
        <translation>Invoice copies %1–%2</translation>
    </message>
    <message>
        <location filename="../render/invoiceform.cpp" line="+86"/>
        <source>Faktura %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Sida %1 (%2)</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Org.nr %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon %1</source>
        <translation>Telephone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankgiro %1</source>
        <translation>Bankgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusgiro %1</source>
        <translation>Plusgiro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare: %1</source>
        <translation>Handler: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR-nummer</source>
        <translation>OCR reference</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adress skyddad – hanteras manuellt</source>
        <translation>Address protected – handled manually</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../render/invoicecopydocument.cpp" line="-1"/>
        <source>Fakturakopia %1</source>
        <translation>Invoice copy %1</translation>
    </message>
</context>
<context>
    <name>InvoiceFileReader</name>
    <message>
        <location filename="../core/formats/invoicefile.cpp" line="+184"/>
        <source>citattecknet som öppnar ett fält avslutas aldrig</source>
        <translation>the quote that opens a field is never closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tecken efter ett avslutande citattecken; ett fält inom citattecken ska följas av ; eller radslut</source>
        <translation>characters after a closing quote; a quoted field must be followed by ; or the end of the line</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>citattecken inne i ett fält; skriv hela fältet inom citattecken och dubbla citattecknet (&quot;&quot;)</source>
        <translation>a quote inside a field; put the whole field in quotes and double the quote (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sant/falskt</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ett tal</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en lista</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ett objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inget värde</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>beloppet har fler än %1 siffror</source>
        <translation>the amount has more than %1 digits</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>amount_ore ska vara ett heltal (öre)</source>
        <translation>amount_ore must be a whole number (öre)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount_ore &quot;%1&quot; är inget heltal (öre)</source>
        <translation>amount_ore &quot;%1&quot; is not a whole number (öre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amount_ore ska vara ett heltal (öre), inte %1</source>
        <translation>amount_ore must be a whole number (öre), not %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ange antingen amount eller amount_ore, inte båda</source>
        <translation>give either amount or amount_ore, not both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beloppet saknas (amount eller amount_ore)</source>
        <translation>the amount is missing (amount or amount_ore)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount ska vara text som &quot;1234,50&quot; (eller heltal öre i amount_ore), inte %1</source>
        <translation>amount must be text such as &quot;1234,50&quot; (or whole öre in amount_ore), not %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lines ska vara en lista, inte %1</source>
        <translation>lines must be a list, not %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en fakturarad ska vara ett objekt</source>
        <translation>an invoice line must be an object</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>okänt fält &quot;%1&quot; i en fakturarad</source>
        <translation>unknown field &quot;%1&quot; in an invoice line</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+217"/>
        <source>ska vara text, inte %1</source>
        <translation>must be text, not %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>filen är inte UTF-8 (spara den som &quot;CSV UTF-8&quot;)</source>
        <translation>the file is not UTF-8 (save it as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>filen är tom; rubrikraden saknas</source>
        <translation>the file is empty; the header line is missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kolumn %1 saknar rubrik</source>
        <translation>column %1 has no heading</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>okänd kolumn &quot;%1&quot;; tillåtna är %2</source>
        <translation>unknown column &quot;%1&quot;; allowed are %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kolumnen &quot;%1&quot; finns två gånger</source>
        <translation>the column &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kolumnen &quot;%1&quot; saknas i rubrikraden</source>
        <translation>the column &quot;%1&quot; is missing from the header line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kolumnen &quot;id_number&quot; eller &quot;customer_number&quot; krävs</source>
        <translation>the column &quot;id_number&quot; or &quot;customer_number&quot; is required</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raden har %1 fält men rubrikraden har %2</source>
        <translation>the line has %1 fields but the header line has %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>filen är tom</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ogiltig JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>okänt fält &quot;%1&quot;; filen ska vara en lista av fakturor eller {&quot;invoices&quot;: [...]}</source>
        <translation>unknown field &quot;%1&quot;; the file must be a list of invoices or {&quot;invoices&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;invoices&quot; saknas eller är ingen lista</source>
        <translation>&quot;invoices&quot; is missing or is not a list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>en faktura ska vara ett objekt, inte %1</source>
        <translation>an invoice must be an object, not %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>okänt fält &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>InvoiceRegistration</name>
    <message>
        <location filename="../core/ledger/invoiceregistration.cpp" line="+38"/>
        <source>%1 är %2 tecken, högst %3 är tillåtet</source>
        <translation>%1 is %2 characters, at most %3 are allowed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>företag saknas</source>
        <translation>company is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag &quot;%1&quot; finns inte</source>
        <translation>company &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>du har inte behörighet att registrera fakturor i företag %1</source>
        <translation>you are not authorised to register invoices in company %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fakturanummer saknas</source>
        <translation>invoice number is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fakturanummer &quot;%1&quot; ska vara 9 siffror</source>
        <translation>invoice number &quot;%1&quot; must be 9 digits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rutin %1 stämmer inte med fakturanumrets början %2</source>
        <translation>routine %1 does not match the start of the invoice number, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rutin %1 finns inte</source>
        <translation>routine %1 does not exist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>faktura %1 förekommer två gånger i indata</source>
        <translation>invoice %1 appears twice in the input</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>faktura %1 finns redan i företag %2</source>
        <translation>invoice %1 already exists in company %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>person-/organisationsnummer eller kundnummer krävs</source>
        <translation>a personal identity/organisation number or customer number is required</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>person-/organisationsnummer: %1</source>
        <translation>personal/organisation number: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>namn saknas</source>
        <translation>name is missing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>landskoden &quot;%1&quot; finns inte i registret Landskoder</source>
        <translation>the country code &quot;%1&quot; is not in the Country codes register</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fakturadatum saknas eller är ogiltigt</source>
        <translation>invoice date is missing or invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>förfallodag saknas eller är ogiltig</source>
        <translation>due date is missing or invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>förfallodagen %1 ligger före fakturadatum %2</source>
        <translation>the due date %1 is before the invoice date %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>beloppet har fler än 10 siffror</source>
        <translation>the amount has more than 10 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beloppet får inte vara 0</source>
        <translation>the amount must not be 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OCR-referens &quot;%1&quot;: %2</source>
        <translation>OCR reference &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fakturaraderna summerar till %1 men beloppet är %2</source>
        <translation>the invoice lines add up to %1 but the amount is %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Company &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bunt %1 finns inte.</source>
        <translation>Batch %1 does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt %1 är redan godkänd och kan inte ändras.</source>
        <translation>Batch %1 is already approved and cannot be changed.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rad %1 finns inte i bunt %2.</source>
        <translation>Line %1 does not exist in batch %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bunt %1 är tom.</source>
        <translation>Batch %1 is empty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rad %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bunt %1 kan inte godkännas: %2</source>
        <translation>Batch %1 cannot be approved: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importen avbröts; ingen faktura har registrerats.</source>
        <translation>The import was cancelled; no invoice has been registered.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 fakturor</source>
        <translation>%1: %2 invoices</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>registrerad, belopp %1</source>
        <translation>registered, amount %1</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <location filename="../core/ledger/invoicerepository.cpp" line="+148"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceSearch</name>
    <message>
        <location filename="../core/ledger/invoicesearch.cpp" line="+50"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Invoice number &quot;%1&quot;: give 1–9 digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personnummer &quot;%1&quot;: ange 1–10 siffror.</source>
        <translation>Personal identity number &quot;%1&quot;: give 1–10 digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ange kundnummer.</source>
        <translation>Give a customer number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sökbegreppet &quot;%1&quot;: ange 1–30 tecken.</source>
        <translation>Search term &quot;%1&quot;: give 1–30 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registerid &quot;%1&quot;: ange 1–10 tecken.</source>
        <translation>Register id &quot;%1&quot;: give 1–10 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Invalid number of rows.</translation>
    </message>
</context>
<context>
    <name>LedgerBackup</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+75"/>
        <location filename="../core/storage/backuppostgres.cpp" line="+199"/>
        <source>tabellerna schema_migrations, company och invoice saknas</source>
        <translation>the tables schema_migrations, company and invoice are missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; är ingen reskontra: %2.</source>
        <translation>&quot;%1&quot; is not a ledger: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Databasfel i &quot;%1&quot;: %2</source>
        <translation>Database error in &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reskontran &quot;%1&quot; är öppen i ett annat program (%2 finns kvar). Stäng den överallt och försök igen; ingenting har ändrats.</source>
        <translation>The ledger &quot;%1&quot; is open in another program (%2 is still there). Close it everywhere and try again; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite eller libqt6sql6-psql).</source>
        <translation>The database driver %1 is missing (install libqt6sql6-sqlite or libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kunde inte öppna &quot;%1&quot;: %2</source>
        <translation>Could not open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Databasfel i &quot;%1&quot; vid %2: %3</source>
        <translation>Database error in &quot;%1&quot; at %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kunde inte skriva &quot;%1&quot; till disken.</source>
        <translation>Could not write &quot;%1&quot; to disk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunde inte byta namn på &quot;%1&quot; till &quot;%2&quot;: %3</source>
        <translation>Could not rename &quot;%1&quot; to &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Säkerhetskopian &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du återställer den; ingenting har ändrats.</source>
        <translation>The backup &quot;%1&quot; has schema version %2, but this program only knows version %3. Update Reskontra before you restore it; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; är ingen säkerhetskopia av en reskontra: %2.</source>
        <translation>&quot;%1&quot; is not a backup of a ledger: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; är en mapp; ange en fil att skriva säkerhetskopian till.</source>
        <translation>&quot;%1&quot; is a folder; give a file to write the backup to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen &quot;%1&quot; finns redan och skrivs inte över.</source>
        <translation>The file &quot;%1&quot; already exists and is not overwritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen &quot;%1&quot; finns inte.</source>
        <translation>The folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Säkerhetskopian kan inte skrivas över reskontran &quot;%1&quot; själv.</source>
        <translation>The backup cannot be written over the ledger &quot;%1&quot; itself.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reskontran &quot;%1&quot; finns inte.</source>
        <translation>The ledger &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; är ingen reskontra: %2</source>
        <translation>&quot;%1&quot; is not a ledger: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Säkerhetskopian &quot;%1&quot; finns inte.</source>
        <translation>The backup &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filen är varken en SQLite-databas eller en pg_dump-fil</source>
        <translation>the file is neither an SQLite database nor a pg_dump file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; är en säkerhetskopia av en reskontrafil (SQLite); den kan inte återställas till PostgreSQL-databasen %2.</source>
        <translation>&quot;%1&quot; is a backup of a ledger file (SQLite); it cannot be restored into the PostgreSQL database %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; är en säkerhetskopia av en PostgreSQL-reskontra (pg_dump); den kan bara återställas till en postgresql://-reskontra.</source>
        <translation>&quot;%1&quot; is a backup of a PostgreSQL ledger (pg_dump); it can only be restored into a postgresql:// ledger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>den har ingen schemaversion</source>
        <translation>it has no schema version</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Säkerhetskopian och reskontran är samma fil (&quot;%1&quot;).</source>
        <translation>The backup and the ledger are the same file (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reskontran &quot;%1&quot; finns redan och ersätts inte.</source>
        <translation>The ledger &quot;%1&quot; already exists and is not replaced.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kan inte skapa mappen &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kontrollen av databasen hittade fel: %1</source>
        <translation>the database check found errors: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>återställd från säkerhetskopian %1 (schemaversion %2)</source>
        <translation>restored from the backup %1 (schema version %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/backuppostgres.cpp" line="-98"/>
        <source>Programmet %1 finns inte på den här datorn; installera paketet postgresql-client.</source>
        <translation>The program %1 is not on this computer; install the package postgresql-client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 avslutades med kod %2</source>
        <translation>%1 ended with code %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Databasen %1 innehåller ingen reskontra.</source>
        <translation>The database %1 holds no ledger.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pg_dump kunde inte säkerhetskopiera %1: %2</source>
        <translation>pg_dump could not back up %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Databasen %1 används av %n andra anslutningar. Stäng Reskontra överallt och försök igen; ingenting har ändrats.</source>
        <translation>
            <numerusform>The database %1 is used by %n other connection. Close Reskontra everywhere and try again; nothing has been changed.</numerusform>
            <numerusform>The database %1 is used by %n other connections. Close Reskontra everywhere and try again; nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kan inte skapa en tillfällig mapp för återställningen.</source>
        <translation>Cannot create a temporary folder for the restore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pg_restore kunde inte läsa &quot;%1&quot;: %2</source>
        <translation>pg_restore could not read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte skriva &quot;%1&quot;.</source>
        <translation>Cannot write &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Återställningen av %1 misslyckades och är ångrad; databasen är som förut. %2</source>
        <translation>The restore of %1 failed and has been undone; the database is as before. %2</translation>
    </message>
</context>
<context>
    <name>LedgerSetup</name>
    <message>
        <location filename="../core/ledger/ledgersetup.cpp" line="+28"/>
        <source>Kommunen</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diverse</source>
        <translation>Miscellaneous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hemtjänst</source>
        <translation>Home care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnomsorg</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatten</source>
        <translation>Water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjärrvärme</source>
        <translation>District heating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fasta</source>
        <translation>Fixed charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyror</source>
        <translation>Rents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokning</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturaintegration</source>
        <translation>Invoice integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renhållning</source>
        <translation>Waste collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samdebitering</source>
        <translation>Joint billing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slam</source>
        <translation>Sludge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Räntefakturor %1</source>
        <translation>Interest invoices %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inbetalning</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kreditfaktura</source>
        <translation>Credit invoice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annullering</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avskrivning</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återbetalning</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Felregistrering</source>
        <translation>Wrong entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkasso</source>
        <translation>Debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsm.ränta</source>
        <translation>No late interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endast text</source>
        <translation>Text only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avskr påm.avg</source>
        <translation>W/o reminder fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avskr kravavg</source>
        <translation>W/o demand fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avskr ränta</source>
        <translation>W/o interest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Påm.avgift</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravavgift</source>
        <translation>Collection fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dröjsm.ränta</source>
        <translation>Late interest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bestriden</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anstånd</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avbetalning</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inkassobolag</source>
        <translation>Collection agency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningsföre.</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej påminnelse</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ej ränta</source>
        <translation>No interest</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reskontran &quot;%1&quot; är redan upplagd.</source>
        <translation>The ledger &quot;%1&quot; is already set up.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reskontran upplagd</source>
        <translation>Ledger set up</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money/money.cpp" line="+48"/>
        <source>Beloppet saknas.</source>
        <translation>The amount is missing.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Felaktigt mellanrum i beloppet &quot;%1&quot;.</source>
        <translation>Misplaced space in the amount &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Felaktig tusengruppering i beloppet &quot;%1&quot;.</source>
        <translation>Wrong thousands grouping in the amount &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beloppet &quot;%1&quot; har mer än ett decimaltecken.</source>
        <translation>The amount &quot;%1&quot; has more than one decimal separator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beloppet &quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;.</source>
        <translation>The amount &quot;%1&quot; contains the invalid character &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beloppet &quot;%1&quot; saknar siffror.</source>
        <translation>The amount &quot;%1&quot; has no digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beloppet &quot;%1&quot; saknar ören efter decimaltecknet.</source>
        <translation>The amount &quot;%1&quot; has no öre after the decimal separator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beloppet &quot;%1&quot; har fler än två decimaler (ören).</source>
        <translation>The amount &quot;%1&quot; has more than two decimals (öre).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beloppet &quot;%1&quot; har fler än %2 siffror (högst %3 kronor och 2 ören).</source>
        <translation>The amount &quot;%1&quot; has more than %2 digits (at most %3 for kronor and 2 for öre).</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Felaktig räntesats &quot;%1&quot;: %2</source>
        <translation>Invalid interest rate &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Räntesatsen &quot;%1&quot; ligger utanför -100–100 %.</source>
        <translation>The interest rate &quot;%1&quot; is outside -100–100 %.</translation>
    </message>
</context>
<context>
    <name>NextInvoiceFile</name>
    <message>
        <location filename="../render/nextinvoicefile.cpp" line="+27"/>
        <source>Mappen &quot;%1&quot; för överföringsfilerna finns inte.</source>
        <translation>The folder &quot;%1&quot; for the transfer files does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen %1 finns redan; en överföring skrivs aldrig över. Flytta den eller välj en annan mapp.</source>
        <translation>The file %1 already exists; a transfer is never overwritten. Move it or choose another folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>NextInvoiceTransfer</name>
    <message>
        <location filename="../core/dunning/nextinvoicetransfer.cpp" line="+50"/>
        <source>personnummer saknas; nästa faktura kan inte hittas</source>
        <translation>personal identity number missing; the next invoice cannot be found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnummer &quot;%1&quot; är inte giltigt; nästa faktura kan inte hittas</source>
        <translation>personal identity number &quot;%1&quot; is not valid; the next invoice cannot be found</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Överföringsdatum: ange datumet för överföringen.</source>
        <translation>Transfer date: enter the date of the transfer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>företag %1–%2, överföringsdatum %3</source>
        <translation>companies %1–%2, transfer date %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Faktura %1/%2 ändrades av någon annan under överföringen. Inget ändrades; gör om överföringen.</source>
        <translation>Invoice %1/%2 was changed by someone else during the transfer. Nothing was changed; redo the transfer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Överföring till nästa faktura %1: %2 fordringar, %3 kr, %4 utan personnummer</source>
        <translation>Transfer to next invoice %1: %2 claims, SEK %3, %4 without a personal identity number</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Överföring till nästa faktura, rutin %1, %2</source>
        <translation>Transfer to next invoice, routine %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+34"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+51"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Påminnelseavgift</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Kravavgift</source>
        <translation>Collection fee</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Kontrollista överföring till nästa faktura</source>
        <translation>Control list: transfer to next invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittenslista överföring till nästa faktura %1</source>
        <translation>Receipt list: transfer to next invoice %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföringsdatum %1</source>
        <translation>Transfer date %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Minsta ränta %1 kr, minsta antal dagar %2</source>
        <translation>Minimum interest SEK %1, minimum number of days %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Överförs inte: %1</source>
        <translation>Not transferred: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rutin %1: %2 st</source>
        <translation>Routine %1: %2 claim(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Att överföra: %1 st</source>
        <translation>To transfer: %1 claim(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överfört: %1 st</source>
        <translation>Transferred: %1 claim(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 utan personnr</source>
        <translation>, %1 without personal ID no.</translation>
    </message>
</context>
<context>
    <name>OverpaymentRegister</name>
    <message>
        <location filename="../core/payments/overpaymentregister.cpp" line="+84"/>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Återbetald</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyttad</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Överbetalning nr %1 finns inte.</source>
        <translation>Overpayment no. %1 does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetalning nr %1 är redan %2.</source>
        <translation>Overpayment no. %1 is already %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanumret &quot;%1&quot; ska vara 1–9 siffror.</source>
        <translation>The invoice number &quot;%1&quot; must be 1–9 digits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Överbetalningen kommer från faktura %1; välj en annan faktura.</source>
        <translation>The overpayment comes from invoice %1; choose another invoice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 gäller %2, inte %3 som betalade; en överbetalning flyttas bara till samma kunds fakturor.</source>
        <translation>Invoice %1 is for %2, not %3 who paid; an overpayment is only moved to the same customer&apos;s invoices.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faktura %1 har inget att betala (saldo %2).</source>
        <translation>Invoice %1 has nothing to pay (balance %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Överbetalning från %1</source>
        <translation>Overpayment from %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rest efter flytt av nr %1</source>
        <translation>Remainder after moving no. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Överbetalning nr %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Overpayment no. %1 was changed by someone else at the same time. Try again.</translation>
    </message>
</context>
<context>
    <name>PaidInvoicePurge</name>
    <message>
        <location filename="../core/ledger/paidinvoicepurge.cpp" line="+68"/>
        <source>fakturanummerordning</source>
        <translation>invoice number order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>namnordning</source>
        <translation>name order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnummerordning</source>
        <translation>person number order</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Betalda före: datumet är obligatoriskt (ÅÅMMDD).</source>
        <translation>Paid before: the date is required (YYMMDD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ej kravkod: &quot;%1&quot; ska vara en kravkod 1–9.</source>
        <translation>Not dunning code: &quot;%1&quot; must be a dunning code 1–9.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ej kravkod: högst %1 kravkoder kan anges.</source>
        <translation>Not dunning code: at most %1 dunning codes can be given.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listor: välj minst en kvittenslista (fakturanummer-, namn- eller personnummerordning).</source>
        <translation>Lists: choose at least one receipt list (invoice number, name or person number order).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listor: %1 är vald två gånger.</source>
        <translation>Lists: %1 is chosen twice.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag: alla</source>
        <translation>Company: all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rutin: %1</source>
        <translation>Routine: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer: %1</source>
        <translation>Invoice number: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor med saldo noll och betalda före %1</source>
        <translation>Invoices with a zero balance, paid before %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ej kravkod: %1</source>
        <translation>Not dunning code: %1</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Faktura %1/%2 ändrades av någon annan under rensningen. Inget rensades; ta fram listan igen.</source>
        <translation>Invoice %1/%2 was changed by someone else during the purge. Nothing was purged; make the list again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rensad betald faktura: %1, belopp %2, inbetalt %3, betald %4, %5 transaktioner, %6 fakturarader</source>
        <translation>Purged paid invoice: %1, amount %2, paid %3, paid on %4, %5 transactions, %6 invoice lines</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rensning betalda fakturor</source>
        <translation>Purge of paid invoices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rensning betalda fakturor, betalda före %1</source>
        <translation>Purge of paid invoices, paid before %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturorna att rensa har ändrats sedan listan togs fram (nu %1, listan %2). Inget rensades; ta fram listan igen.</source>
        <translation>The invoices to purge have changed since the list was made (now %1, the list %2). Nothing was purged; make the list again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rensning betalda fakturor – endast lista</source>
        <translation>Purge of paid invoices – list only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning betalda fakturor – kvittenslista</source>
        <translation>Purge of paid invoices – receipt list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnr</source>
        <translation>Person no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans.</source>
        <translation>Trans.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rensas</source>
        <translation>to be purged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rensad</source>
        <translation>purged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rensas inte: %1</source>
        <translation>not purged: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Summa %n fakturor</source>
        <translation>
            <numerusform>Total %n invoice</numerusform>
            <numerusform>Total %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ledger/paidinvoicepurgerules.cpp" line="+36"/>
        <source>transaktioner ej bokförda (kör Uppdatera bokföring först)</source>
        <translation>transactions not booked (run Update bookkeeping first)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amorteringsplan %1 pågår (fordringar i planen har saldo)</source>
        <translation>payment plan %1 is running (claims in the plan have a balance)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>betalningsföreläggande %1 pågår (fordringar i ansökan har saldo)</source>
        <translation>payment order %1 is pending (claims in the application have a balance)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>överbetalning öppen eller ej bokförd</source>
        <translation>overpayment open or not booked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>betalning placerad från oplacerade ej bokförd</source>
        <translation>payment placed from unplaced payments not booked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signal på signallistan ej kvitterad</source>
        <translation>signal on the signal list not acknowledged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differens ej överförd till nästa faktura</source>
        <translation>difference not transferred to the next invoice</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>överförd till inkasso, betalningar ej rapporterade till inkassobyrån (saldokorrigering)</source>
        <translation>transferred to collection, payments not reported to the collection agency (balance correction)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>hör ihop med faktura %1 som inte rensas</source>
        <translation>belongs with invoice %1, which is not purged</translation>
    </message>
</context>
<context>
    <name>PaymentForecast</name>
    <message>
        <location filename="../core/reports/paymentforecast.cpp" line="+54"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rutin &quot;%1&quot;: ange två siffror.</source>
        <translation>Routine &quot;%1&quot;: give two digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin: tom %1 ligger före from %2.</source>
        <translation>Routine: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodatum: tom %1 ligger före from %2.</source>
        <translation>Due date: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 v.%2</source>
        <translation>%1 wk %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inbetalningsprognos</source>
        <translation>Payment forecast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag: %1–%2</source>
        <translation>Company: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rutin: %1–%2</source>
        <translation>Routine: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodatum: %1–%2</source>
        <translation>Due date: %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per förfallodag</source>
        <translation>Per due date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per vecka</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per månad</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal fakturor</source>
        <translation>Number of invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förväntat belopp</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Summa %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Totalt</source>
        <translation>Grand total</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message>
        <location filename="../core/payments/importposter.cpp" line="+128"/>
        <source>Databasen gav inget id för den nya raden.</source>
        <translation>The database returned no id for the new row.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Faktura %1 ändrades av någon annan under inläsningen. Läs in filen igen.</source>
        <translation>Invoice %1 was changed by someone else during the import. Import the file again.</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentimport.cpp" line="+91"/>
        <source>%1 rad %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Referensen &quot;%1&quot; är inget OCR- eller fakturanummer</source>
        <translation>The reference &quot;%1&quot; is not an OCR reference or invoice number</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Referensen %1 finns inte i företag %2</source>
        <translation>The reference %1 does not exist in company %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referensen %1 passar flera fakturor (%2)</source>
        <translation>The reference %1 matches several invoices (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Beloppet är 0; inget att bokföra</source>
        <translation>The amount is 0; nothing to post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referens saknas</source>
        <translation>Reference missing</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Till nästa faktura, %1</source>
        <translation>To next invoice, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Småbelopp 3.4, %1</source>
        <translation>Small amount 3.4, %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Avdrag</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avdrag kod %1</source>
        <translation>Deduction code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Rest efter fördelning på flera referenser</source>
        <translation>Remainder after allocation to several references</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest efter fördelning; %1</source>
        <translation>Remainder after allocation; %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Filen &quot;%1&quot; är redan inläst: %2.</source>
        <translation>The file &quot;%1&quot; has already been imported: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import %1, %2 av %3 (%4)</source>
        <translation>import %1, %2 by %3 (%4)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hämtning från bankgiro</source>
        <translation>Import from Bankgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från plusgiro</source>
        <translation>Import from Plusgiro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mottagarbankgiro %1 tillhör inget företag i reskontran</source>
        <translation>the recipient Bankgiro number %1 belongs to no company in the ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarplusgiro %1 tillhör inget företag i reskontran</source>
        <translation>the recipient Plusgiro number %1 belongs to no company in the ledger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mottagarbankgiro %1 tillhör företag %2, som du inte har behörighet till</source>
        <translation>the recipient Bankgiro number %1 belongs to company %2, which you have no access to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mottagarplusgiro %1 tillhör företag %2, som du inte har behörighet till</source>
        <translation>the recipient Plusgiro number %1 belongs to company %2, which you have no access to</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+4"/>
        <source>Inläsningen avbröts; ingenting har ändrats.</source>
        <translation>The import was cancelled; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 betalningar, %4 kr, %5 oplacerade, %6 överbetalningar%7</source>
        <translation>%1 %2: %3 payments, SEK %4, %5 unplaced, %6 overpayments%7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (inläst igen)</source>
        <translation> (imported again)</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <location filename="../core/reports/paymentlist.cpp" line="+40"/>
        <source>%1: tom-datum %2 ligger före from-datum %3.</source>
        <translation>%1: to-date %2 is before from-date %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Invoice number &quot;%1&quot;: give 1–9 digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturanummer: tom %1 ligger före from %2.</source>
        <translation>Invoice number: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Transaktionsdatum</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Bokföringsdatum</source>
        <translation>Posting date</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Inbetalningssätt &quot;%1&quot;: ange ett tecken.</source>
        <translation>Payment method &quot;%1&quot;: give one character.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Inbetalningslista</source>
        <translation>Payment list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inrapporteringsdatum från: %1</source>
        <translation>Reporting date from: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt: %1</source>
        <translation>Payment method: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast automatinbetalningar</source>
        <translation>Automatic payments only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej automatinbetalningar</source>
        <translation>No automatic payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans.datum</source>
        <translation>Trans. date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inrapp.</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokförd</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n transaction</numerusform>
            <numerusform>%1, %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+107"/>
        <source>Totalt</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+46"/>
        <source>Summa %1 %2</source>
        <translation>Total %1 %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+38"/>
        <source>Summa %1</source>
        <translation>Total %1</translation>
    </message>
</context>
<context>
    <name>PaymentOrderDocument</name>
    <message>
        <location filename="../render/paymentorderdocument.cpp" line="+67"/>
        <source>Ansökan nr %1</source>
        <translation>Application no. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTKAST – inte registrerad</source>
        <translation>DRAFT – not registered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ANSÖKAN OM BETALNINGSFÖRELÄGGANDE</source>
        <translation>APPLICATION FOR A PAYMENT ORDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökningsdatum %1</source>
        <translation>Application date %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Org.nr %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skyddad identitet – adressen lämnas inte ut</source>
        <translation>Protected identity – the address is not disclosed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Till Kronofogden</source>
        <translation>To the Swedish Enforcement Authority (Kronofogden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svarande (gäldenär)</source>
        <translation>Respondent (debtor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer %1</source>
        <translation>Personal identity number %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sökande</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombud</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Företag/faktura</source>
        <translation>Company/invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Ränta från</source>
        <translation>Interest from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Räntesats</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta</source>
        <translation>Accrued interest</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grund: %1</source>
        <translation>Grounds: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yrkade kostnader i målet</source>
        <translation>Costs claimed in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yrkade inkassokostnader</source>
        <translation>Collection costs claimed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upplupen ränta t.o.m. %1</source>
        <translation>Accrued interest up to and including %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader i målet</source>
        <translation>Costs in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokostnader</source>
        <translation>Collection costs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summa per ansökningsdagen</source>
        <translation>Total as of the application date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handräckning/panträtt</source>
        <translation>Enforcement assistance/lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökan avser även handräckning enligt bilaga</source>
        <translation>The application also concerns enforcement assistance as per the appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökan avser fastställande till betalning ur pant enligt bifogat fortsättningsblad</source>
        <translation>The application concerns a ruling for payment out of pledged property as per the attached continuation sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verkställighet</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utmätning (begränsad)</source>
        <translation>Distraint (limited)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utmätning (fullständig)</source>
        <translation>Distraint (full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begär inte verkställighet</source>
        <translation>Do not request enforcement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begär utmätning av fast egendom</source>
        <translation>Request distraint of real property</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen ansökningsavgift anges.</source>
        <translation>No application fee is stated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsavgiften %1 kr bifogas.</source>
        <translation>The application fee of SEK %1 is enclosed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsavgiften %1 kr betalas till Kronofogdens plusgirokonto %2.</source>
        <translation>The application fee of SEK %1 is paid to the Enforcement Authority&apos;s Plusgiro account %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ansökningsavgift</source>
        <translation>Application fee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fordringar</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ränta: %1. Räntan yrkas från angiven dag till dess betalning sker.</source>
        <translation>Interest: %1. Interest is claimed from the stated day until payment is made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Särskilda skäl för kostnader över normalbeloppen: %1</source>
        <translation>Special reasons for costs above the standard amounts: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Särskilda upplysningar</source>
        <translation>Additional information</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ort och datum</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namnförtydligande</source>
        <translation>Name in block letters</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ansökan om betalningsföreläggande – %1 %2 – sida %3 av %4</source>
        <translation>Application for a payment order – %1 %2 – page %3 of %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ansökan om betalningsföreläggande %1</source>
        <translation>Application for a payment order %1</translation>
    </message>
</context>
<context>
    <name>PaymentOrderService</name>
    <message>
        <location filename="../core/dunning/paymentorder.cpp" line="+114"/>
        <source>Övrig inkassokostnad</source>
        <translation>Other collection cost</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+397"/>
        <source>Ansökningsavgift</source>
        <translation>Application fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+3"/>
        <source>Eget arbete/ombudsarvode</source>
        <translation>Own work/representative&apos;s fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registreringsbevis</source>
        <translation>Registration certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Övriga kostnader (enligt bilaga)</source>
        <translation>Other costs (as per appendix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+2"/>
        <source>Betalningspåminnelse</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+4"/>
        <source>Kravbrev</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+3"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Faktura %1 av %2</source>
        <translation>Invoice %1 of %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alternativ 1: referensräntan + %1 procentenheter (räntelagen 6 §)</source>
        <translation>Alternative 1: the reference rate + %1 percentage points (Interest Act, section 6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternativ 2: %1 %, grund: %2</source>
        <translation>Alternative 2: %1 %, grounds: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternativ 3: ingen ränta yrkas</source>
        <translation>Alternative 3: no interest claimed</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentorderservice.cpp" line="-360"/>
        <source>%1: ange namn och adress (minst rad 1).</source>
        <translation>%1: enter the name and address (at least line 1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: högst %2 rader, inte %3.</source>
        <translation>%1: at most %2 lines, not %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: rad %2 är %3 tecken, högst %4.</source>
        <translation>%1: line %2 is %3 characters, at most %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: beloppet får inte vara negativt.</source>
        <translation>%1: the amount must not be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ange hela kronor, inte %2.</source>
        <translation>%1: enter whole kronor, not %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: högst 4 siffror (9 999 kr), inte %2 kr.</source>
        <translation>%1: at most 4 digits (SEK 9,999), not SEK %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rutin %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+151"/>
        <source>Personnummer: %1</source>
        <translation>Personal identity number: %1</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Sökande</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sökandens organisationsnummer: saknas (10 siffror).</source>
        <translation>Applicant&apos;s organisation number: missing (10 digits).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sökandens organisationsnummer: ange 10 siffror, inte &quot;%1&quot;.</source>
        <translation>Applicant&apos;s organisation number: enter 10 digits, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sökandens organisationsnummer: %1</source>
        <translation>Applicant&apos;s organisation number: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottagande kronofogdemyndighet</source>
        <translation>Receiving Enforcement Authority office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ombud</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsavgift att betala</source>
        <translation>Application fee to pay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ansökningsavgift: ange Kronofogdens plusgirokonto eller markera att avgiften bifogas.</source>
        <translation>Application fee: enter the Enforcement Authority&apos;s Plusgiro account or mark the fee as enclosed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ansökningsavgift: ange plusgirokonto eller bifogas, inte båda.</source>
        <translation>Application fee: enter a Plusgiro account or enclosed, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plusgirokonto: %1</source>
        <translation>Plusgiro account: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verkställighet: välj utmätning (begränsad), utmätning (fullständig) eller begär inte verkställighet.</source>
        <translation>Enforcement: choose distraint (limited), distraint (full) or do not request enforcement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verkställighet: utmätning av fast egendom kan inte begäras när verkställighet inte begärs.</source>
        <translation>Enforcement: distraint of real property cannot be requested when enforcement is not requested.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ansökningsdatum: saknas.</source>
        <translation>Application date: missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturor: ange minst en faktura.</source>
        <translation>Invoices: enter at least one invoice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturor: högst %1 fakturor på ett betalningsföreläggande, inte %2.</source>
        <translation>Invoices: at most %1 invoices on one payment order, not %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rad %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avser är %1 tecken, högst %2.</source>
        <translation>&quot;Concerning&quot; is %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag saknas.</source>
        <translation>The company is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderstore.cpp" line="+111"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Company &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturanummer saknas.</source>
        <translation>The invoice number is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; är inget fakturanummer (högst 9 siffror).</source>
        <translation>&quot;%1&quot; is not an invoice number (at most 9 digits).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 står redan på rad %2.</source>
        <translation>Invoice %1 is already on line %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 finns inte på företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faktura %1 är en kreditfaktura.</source>
        <translation>Invoice %1 is a credit invoice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktura %1 har inget obetalt kapitalbelopp (saldo %2).</source>
        <translation>Invoice %1 has no unpaid capital amount (balance %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 har redan betalningsföreläggande %2; ta bort datumet på fakturan för att söka igen.</source>
        <translation>Invoice %1 already has payment order %2; remove the date on the invoice to apply again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faktura %1 har inte förfallit till betalning (förfallodag %2).</source>
        <translation>Invoice %1 has not fallen due for payment (due date %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>det angivna %1</source>
        <translation>the given %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 på rad %2</source>
        <translation>%1 on line %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rad %1: faktura %2/%3 gäller personnummer %4, inte %5; ett betalningsföreläggande gäller en gäldenär.</source>
        <translation>Line %1: invoice %2/%3 is for personal identity number %4, not %5; a payment order concerns one debtor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personnummer: ingen av fakturorna har personnummer; ange gäldenärens.</source>
        <translation>Personal identity number: none of the invoices has a personal identity number; enter the debtor&apos;s.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Räntesats: ange hela procent 1–99 för alternativ 2.</source>
        <translation>Interest rate: enter a whole percentage 1–99 for alternative 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grund: ange varför annan räntesats yrkas (alternativ 2).</source>
        <translation>Grounds: state why a different interest rate is claimed (alternative 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Räntesats: anges bara med alternativ 2.</source>
        <translation>Interest rate: only given with alternative 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund: anges bara med alternativ 2.</source>
        <translation>Grounds: only given with alternative 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grund: %1 tecken, högst %2.</source>
        <translation>Grounds: %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Särskilda upplysningar: %1 tecken, högst %2.</source>
        <translation>Additional information: %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Övrig inkassokostnad: benämningen är %1 tecken, högst %2.</source>
        <translation>Other collection cost: the description is %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Övrig inkassokostnad: ange vad kostnaden avser.</source>
        <translation>Other collection cost: state what the cost is for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Övrig inkassokostnad: ange beloppet för &quot;%1&quot;.</source>
        <translation>Other collection cost: enter the amount for &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kronofogdens avgift, förordning 1992:1094</source>
        <translation>Enforcement Authority fee, Ordinance 1992:1094</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lag 1990:746 48 §</source>
        <translation>Act 1990:746, section 48</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n påminnelse(r) med avtalad avgift à 60 kr, lag 1981:739 2 och 4 §§</source>
        <translation>
            <numerusform>%n reminder with an agreed fee of SEK 60, Act 1981:739, sections 2 and 4</numerusform>
            <numerusform>%n reminders with an agreed fee of SEK 60 each, Act 1981:739, sections 2 and 4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n inkassokrav à 180 kr, lag 1981:739 4 §</source>
        <translation>
            <numerusform>%n collection demand at SEK 180, Act 1981:739, section 4</numerusform>
            <numerusform>%n collection demands at SEK 180 each, Act 1981:739, section 4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n amorteringsplan(er) à 170 kr, lag 1981:739 4 §</source>
        <translation>
            <numerusform>%n payment plan at SEK 170, Act 1981:739, section 4</numerusform>
            <numerusform>%n payment plans at SEK 170 each, Act 1981:739, section 4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 kr är mer än högst %3 kr (%4).</source>
        <translation>%1: SEK %2 is more than the maximum of SEK %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ange skäl för att yrka mer, eller sänk beloppet.</source>
        <translation>Give a reason for claiming more, or lower the amount.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ref.räntan + %1</source>
        <translation>ref. rate + %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rad %1: faktura %2/%3: %4</source>
        <translation>Line %1: invoice %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentorderstore.cpp" line="+17"/>
        <source>sökandeuppgifter betalningsföreläggande</source>
        <translation>payment order applicant details</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>betalningsföreläggande %1</source>
        <translation>payment order %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faktura %1/%2 ändrades av någon annan samtidigt. Ingenting ändrades; försök igen.</source>
        <translation>Invoice %1/%2 was changed by someone else at the same time. Nothing was changed; try again.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 %2: %n fordringar, totalt %3 kr</source>
        <translation>
            <numerusform>%1 %2: %n claim, total SEK %3</numerusform>
            <numerusform>%1 %2: %n claims, total SEK %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Betalningsföreläggande %1 finns inte.</source>
        <translation>Payment order %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>PaymentOrderXml</name>
    <message>
        <location filename="../core/dunning/paymentorderxml.cpp" line="+217"/>
        <location line="+6"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentParameters</name>
    <message>
        <location filename="../core/payments/paymentparameters.cpp" line="+69"/>
        <source>%1: %2 kr ska vara 0–%3 kr.</source>
        <translation>%1: SEK %2 must be SEK 0–%3.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Inbetalningssätt bankgiro</source>
        <translation>Payment method Bankgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt plusgiro</source>
        <translation>Payment method Plusgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt inkasso</source>
        <translation>Payment method debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskr underbet.</source>
        <translation>W/o underpayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt avskrivning underbetalning</source>
        <translation>Payment method underpayment write-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskr överbet.</source>
        <translation>W/o overpayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt avskrivning överbetalning</source>
        <translation>Payment method overpayment write-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avdrag BG/PG</source>
        <translation>Deduction BG/PG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt avdrag</source>
        <translation>Payment method deduction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; ska vara en kod på ett tecken.</source>
        <translation>%1: &quot;%2&quot; must be a one-character code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: inbetalningssätt &quot;%2&quot; finns inte (lägg upp det under Inbetalningssätt, 8.1).</source>
        <translation>%1: payment method &quot;%2&quot; does not exist (set it up under Payment methods, 8.1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: inbetalningssätt %2 (%3) ska vara ett %4-sätt utan avgiftstyp och inte endast text.</source>
        <translation>%1: payment method %2 (%3) must be a %4 method without a fee type and not text only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Belopp vid överbetalning</source>
        <translation>Amount for overpayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp vid underbetalning</source>
        <translation>Amount for underpayment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontot &quot;%1&quot; ska vara 1–%2 siffror.</source>
        <translation>The account &quot;%1&quot; must be 1–%2 digits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inkassobolagets giro &quot;%1&quot; är varken ett bankgiro- eller plusgironummer: %2</source>
        <translation>The collection agency giro &quot;%1&quot; is neither a Bankgiro nor a Plusgiro number: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDocument</name>
    <message>
        <location filename="../render/paymentplandocument.cpp" line="+48"/>
        <source>Bankgiro %1</source>
        <translation>Bankgiro %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plusgiro %1</source>
        <translation>Plusgiro %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amorteringsplan %1</source>
        <translation>Payment plan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+207"/>
        <source>Org.nr %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Telefon %1</source>
        <translation>Telephone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Personnr %1</source>
        <translation>Personal ID no. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borgenär</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gäldenär</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fordran</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+105"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Påm.avg</source>
        <translation>Rem. fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+104"/>
        <source>Avgifter</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+66"/>
        <location line="+38"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+128"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Faktura %1/%2</source>
        <translation>Invoice %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+44"/>
        <source>Total skuld</source>
        <translation>Total debt</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Ränta beräknad t.o.m. %1. Avgifter = kravavgift och övriga avgifter.</source>
        <translation>Interest calculated up to and including %1. Fees = collection fee and other fees.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>* Angiven ränta.</source>
        <translation>* Stated interest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 kr</source>
        <translation>SEK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kr i %2 månader, därefter %3 kr</source>
        <translation>SEK %1 for %2 months, then SEK %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen ränta tas ut.</source>
        <translation>No interest is charged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta på kvarstående kapital mellan betalningsdagarna: referensräntan + %1 procentenheter.</source>
        <translation>Late-payment interest on the remaining capital between the payment dates: the reference rate + %1 percentage points.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Första betalningsdag</source>
        <translation>First payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsdag</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den sista i varje månad</source>
        <translation>the last day of every month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den %1 i varje månad</source>
        <translation>day %1 of every month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månadsbelopp</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aviseringsavgift</source>
        <translation>Notice fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kr per delbetalning</source>
        <translation>SEK %1 per instalment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antal delbetalningar</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny ränta under planen</source>
        <translation>New interest during the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aviseringsavgifter</source>
        <translation>Notice fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att betala totalt</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>varav ränta</source>
        <translation>of which interest</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avisering</source>
        <translation>Notice fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>AMORTERINGSPLAN</source>
        <translation>PAYMENT PLAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan nr %1, upprättad %2</source>
        <translation>Plan no. %1, drawn up %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprättad %1</source>
        <translation>Drawn up %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fordringar</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villkor</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningsplan</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Betalningarna görs senast på betalningsdagen. Uteblir en betalning kan hela den återstående skulden krävas.</source>
        <translation>Payments must be made no later than the payment date. If a payment is missed, the entire remaining debt may be demanded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ort och datum</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gäldenärens underskrift</source>
        <translation>Debtor&apos;s signature</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sida %1 (%2)</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentPlanService</name>
    <message>
        <location filename="../core/dunning/paymentplan.cpp" line="+189"/>
        <source>Räntan efter %1 är beräknad med den senast kända referensräntan %2 %; den verkliga räntan följer referensräntan.</source>
        <translation>The interest after %1 is calculated with the latest known reference rate of %2 %; the actual interest follows the reference rate.</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentplancheck.cpp" line="+77"/>
        <source>Gäldenär: namn saknas.</source>
        <translation>Debtor: name missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär: personnummer saknas.</source>
        <translation>Debtor: personal identity number missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär: personnummer %1: %2</source>
        <translation>Debtor: personal identity number %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gäldenär: personnummer 2 %1: %2</source>
        <translation>Debtor: personal identity number 2 %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär: namn 2 saknas för personnummer 2.</source>
        <translation>Debtor: name 2 missing for personal identity number 2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>namn 2</source>
        <translation>name 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>adress</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>postnummer</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>ort</source>
        <translation>town</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Gäldenär: %1 är längre än %2 tecken.</source>
        <translation>Debtor: %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ange minst en faktura eller en övrig fordran.</source>
        <translation>Enter at least one invoice or one other claim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Högst %1 fakturor kan ingå i en amorteringsplan; %2 är angivna.</source>
        <translation>At most %1 invoices can be included in a payment plan; %2 are given.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rad %1: faktura %2 finns redan på rad %3.</source>
        <translation>Line %1: invoice %2 is already on line %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rad %1: faktura %2 gäller %3, inte gäldenären %4.</source>
        <translation>Line %1: invoice %2 is for %3, not the debtor %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rad %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Högst %1 övriga fordringar kan anges; %2 är angivna.</source>
        <translation>At most %1 other claims can be given; %2 are given.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Övrig fordran rad %1</source>
        <translation>Other claim line %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text saknas.</source>
        <translation>%1: text missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: texten är %2 tecken, högst %3.</source>
        <translation>%1: the text is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: skulden ska vara större än 0.</source>
        <translation>%1: the debt must be greater than 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ange förfallodag eller ränta, inte båda.</source>
        <translation>%1: enter a due date or interest, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: räntan kan inte vara negativ.</source>
        <translation>%1: the interest cannot be negative.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Borgenär: organisationsnummer ska vara 10 siffror (&quot;%1&quot;).</source>
        <translation>Creditor: the organisation number must be 10 digits (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borgenär: organisationsnummer %1 har fel kontrollsiffra.</source>
        <translation>Creditor: organisation number %1 has the wrong check digit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borgenär: namn saknas.</source>
        <translation>Creditor: name missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>telefon</source>
        <translation>telephone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borgenär: %1 är längre än %2 tecken.</source>
        <translation>Creditor: %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borgenär: plusgironummer eller bankgironummer måste anges.</source>
        <translation>Creditor: a Plusgiro number or Bankgiro number must be given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borgenär: plusgironummer %1: %2</source>
        <translation>Creditor: Plusgiro number %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>högst 8 siffror</source>
        <translation>at most 8 digits</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Borgenär: bankgironummer %1: %2</source>
        <translation>Creditor: Bankgiro number %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Första betalningsdag saknas.</source>
        <translation>First payment date missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Första betalningsdag %1 är före planens datum %2.</source>
        <translation>First payment date %1 is before the plan&apos;s date %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sista i varje månad: första betalningsdag %1 är inte den sista i månaden (%2).</source>
        <translation>Last day of every month: first payment date %1 is not the last day of the month (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ska vara större än 0.</source>
        <translation>%1 must be greater than 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 anges i hela kronor.</source>
        <translation>%1 is given in whole kronor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 har högst 8 siffror.</source>
        <translation>%1 has at most 8 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månadsbelopp</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I antal månader: 1–%1 (%2 angivet).</source>
        <translation>For number of months: 1–%1 (%2 given).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Därefter (nytt månadsbelopp)</source>
        <translation>Thereafter (new monthly amount)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ange i hur många månader %1 kr betalas innan beloppet blir %2 kr.</source>
        <translation>State for how many months SEK %1 is paid before the amount becomes SEK %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aviseringsavgift anges i hela kronor med högst 3 siffror.</source>
        <translation>The notice fee is given in whole kronor with at most 3 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aviseringsavgiften %1 kr är över lagens gräns %2 kr för amorteringsplan (lag 1981:739 4 §); ange skäl för att ta ut den.</source>
        <translation>The notice fee of SEK %1 is above the statutory limit of SEK %2 for a payment plan (Act 1981:739, section 4); give a reason for charging it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kompletterande text: högst %1 rader (%2 angivna).</source>
        <translation>Additional text: at most %1 lines (%2 given).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kompletterande text rad %1 är %2 tecken, högst %3.</source>
        <translation>Additional text line %1 is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentplanservice.cpp" line="+74"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Faktura %1 har ingen skuld (saldo %2).</source>
        <translation>Invoice %1 has no debt (balance %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktura %1 ingår redan i en amorteringsplan från %2; blanka datumet för amorteringsplan på fakturan för att ta fram en ny.</source>
        <translation>Invoice %1 is already part of a payment plan from %2; clear the payment plan date on the invoice to draw up a new one.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ej ränta</source>
        <translation>No interest</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Planen blir längre än %1 månader.</source>
        <translation>The plan would be longer than %1 months.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget månadsbelopp med högst 8 siffror räcker.</source>
        <translation>No monthly amount with at most 8 digits is enough.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Med %1 kr i %2 månader räcker %3 kr per månad därefter.</source>
        <translation>With SEK %1 for %2 months, SEK %3 per month is enough thereafter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Månadsbelopp som räcker: %1 kr (angivet %2 kr).</source>
        <translation>Monthly amount that is enough: SEK %1 (SEK %2 given).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>borgenär för amorteringsplaner</source>
        <translation>creditor for payment plans</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Faktura %1 ändrades av någon annan under tiden. Inget ändrades; gör kontrollen igen.</source>
        <translation>Invoice %1 was changed by someone else in the meantime. Nothing was changed; do the check again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amorteringsplan</source>
        <translation>payment plan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>aviseringsavgift %1 kr över gränsen %2 kr: %3</source>
        <translation>notice fee SEK %1 above the limit of SEK %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amorteringsplan för %1 (%2): skuld %3 kr, %4 delbetalningar %5–%6</source>
        <translation>Payment plan for %1 (%2): debt SEK %3, %4 instalments %5–%6</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Faktura %1 har inget datum för amorteringsplan.</source>
        <translation>Invoice %1 has no payment plan date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Invoice %1 was changed by someone else at the same time. Try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>datum för amorteringsplan blankat</source>
        <translation>payment plan date cleared</translation>
    </message>
</context>
<context>
    <name>PaymentRegistration</name>
    <message>
        <location filename="../core/payments/paymentregistration.cpp" line="+121"/>
        <source>Företag saknas.</source>
        <translation>The company is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+121"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Company &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Transaktionsdatum saknas eller är ogiltigt.</source>
        <translation>The transaction date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaktionsdatum %1 ligger efter dagens datum %2.</source>
        <translation>The transaction date %1 is after today&apos;s date %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt saknas.</source>
        <translation>The payment method is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturanummer saknas.</source>
        <translation>The invoice number is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Invoice number &quot;%1&quot; must be at most 9 digits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beloppet har fler än 10 siffror.</source>
        <translation>The amount has more than 10 digits.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anmärkningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The remark is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inbetalningssätt %1 (%2) bokförs inte; kontering ska vara tom.</source>
        <translation>Payment method %1 (%2) is not posted; the account coding must be empty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbetalningssätt %1 (%2) har fast kontering %3.</source>
        <translation>Payment method %1 (%2) has the fixed account coding %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontering krävs för inbetalningssätt %1 (%2), som bokförs.</source>
        <translation>An account coding is required for payment method %1 (%2), which is posted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Konteringen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The account coding is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Manuella inbetalningar</source>
        <translation>Manual payments</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Transaktionsdatum saknas.</source>
        <translation>The transaction date is missing.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Betalningsbunt %1 finns inte.</source>
        <translation>Payment batch %1 does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt %1 är redan godkänd och kan inte ändras.</source>
        <translation>Batch %1 is already approved and cannot be changed.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Rad %1 finns inte i bunt %2.</source>
        <translation>Line %1 does not exist in batch %2.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Bunt %1 är tom.</source>
        <translation>Batch %1 is empty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rad %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt %1 kan inte godkännas, inget har bokförts. %2</source>
        <translation>Batch %1 cannot be approved; nothing has been posted. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bunt %1 kan inte godkännas, inget har bokförts. rad %2: %3</source>
        <translation>Batch %1 cannot be approved; nothing has been posted. line %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bunt %1 godkändes av någon annan samtidigt.</source>
        <translation>Batch %1 was approved by someone else at the same time.</translation>
    </message>
</context>
<context>
    <name>PaymentSearch</name>
    <message>
        <location filename="../core/reports/paymentsearch.cpp" line="+69"/>
        <source>Företag tom %1 ligger före företag from %2.</source>
        <translation>Company to %1 is before company from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningsdatum: ange ett datum (ÅÅMMDD).</source>
        <translation>Payment date: give a date (YYMMDD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt &quot;%1&quot;: ange ett tecken.</source>
        <translation>Payment method &quot;%1&quot;: give one character.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Invoice number &quot;%1&quot;: give 1–9 digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbetalt belopp kan inte vara negativt.</source>
        <translation>The amount paid cannot be negative.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Invalid number of rows.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sök inbetalningar</source>
        <translation>Search payments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag: %1–%2</source>
        <translation>Company: %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningsdatum från: %1</source>
        <translation>Payment date from: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningssätt från: %1</source>
        <translation>Payment method from: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalt belopp från: %1</source>
        <translation>Amount paid from: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer från: %1</source>
        <translation>Invoice number from: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senaste inbetalningarna först</source>
        <translation>Latest payments first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påverkan saldo</source>
        <translation>Effect on balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerad av</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inrapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bokförd</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>PaymentSlip</name>
    <message>
        <location filename="../render/paymentslip.cpp" line="+73"/>
        <source>✂ Avskiljes vid betalning</source>
        <translation>✂ Detach when paying</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>INBETALNING/GIRERING AVI</source>
        <translation>PAYMENT/GIRO TRANSFER SLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KOPIA</source>
        <translation>COPY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Betalningsmottagare</source>
        <translation>Payee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bankgironummer</source>
        <translation>Bankgiro number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plusgironummer</source>
        <translation>Plusgiro number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCR-nummer</source>
        <translation>OCR reference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kronor</source>
        <translation>Kronor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öre</source>
        <translation>Öre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betala senast</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalare</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer / kundnummer</source>
        <translation>Invoice number / customer number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange alltid OCR-numret när du betalar, så hamnar betalningen rätt.</source>
        <translation>Always give the OCR reference when you pay, so that the payment is allocated correctly.</translation>
    </message>
</context>
<context>
    <name>PostingService</name>
    <message>
        <location filename="../core/ledger/posting.cpp" line="+23"/>
        <source>uppdebiterad påminnelseavgift</source>
        <translation>reminder fee debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebiterad kravavgift</source>
        <translation>collection fee debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebiterad dröjsmålsränta</source>
        <translation>late-payment interest debited</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Beloppet %1 är negativt; inbetalningssättet anger om fordran ökar eller minskar.</source>
        <translation>The amount %1 is negative; the payment method decides whether the claim goes up or down.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt %1 (%2) är endast för text; beloppet ska vara 0.</source>
        <translation>Payment method %1 (%2) is for text only; the amount must be 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beloppet saknas.</source>
        <translation>The amount is missing.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Beloppet %1 överstiger %2 som är %3.</source>
        <translation>The amount %1 exceeds %2, which is %3.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Anmärkningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The remark is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaktionsdatum saknas eller är ogiltigt.</source>
        <translation>The transaction date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beloppet har fler än 10 siffror.</source>
        <translation>The amount has more than 10 digits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.</source>
        <translation>Invoice %1 was changed by %2 (%3) after you read it. Read it in again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Invoice %1 was changed by someone else at the same time. Try again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>PrintArchive</name>
    <message>
        <location filename="../render/printarchive.cpp" line="+31"/>
        <source>Utskriften %1 kunde inte läsas för att sparas under Sparade utskrifter: %2</source>
        <translation>The printout %1 could not be read to be kept under Saved printouts: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bokföringsorder %1 %2, bokföringsdatum %3</source>
        <translation>Booking order %1 %2, booking date %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Kvittenslista, betalda före %1, %n fakturor</source>
        <translation>
            <numerusform>Receipt list, paid before %1, %n invoice</numerusform>
            <numerusform>Receipt list, paid before %1, %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectedIdentity</name>
    <message>
        <location filename="../core/ledger/protectedidentity.cpp" line="+28"/>
        <source>Skyddad adress</source>
        <translation>Protected address</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Att ändra skyddad identitet</source>
        <translation>Changing protected identity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kund %1 finns inte i företag %2.</source>
        <translation>Customer %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skyddad identitet satt</source>
        <translation>protected identity set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skyddad identitet borttagen</source>
        <translation>protected identity removed</translation>
    </message>
</context>
<context>
    <name>PurgeReceiptDocument</name>
    <message>
        <location filename="../render/purgereceiptdocument.cpp" line="+79"/>
        <source>%1: %2 fakturor, %3 transaktioner</source>
        <translation>%1: %2 invoices, %3 transactions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rensning betalda fakturor – endast lista %1</source>
        <translation>Purge of paid invoices – list only %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslista rensning betalda fakturor %1</source>
        <translation>Receipt list purge of paid invoices %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rad %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rad %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>konto %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bokförd %1</source>
        <translation>booked %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>Threat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amorteringsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkasso</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Påm.avgift</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Demand fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterad ränta</source>
        <translation>Interest debited</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kravkod %1</source>
        <translation>Dunning code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakning: %1</source>
        <translation>Watch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefaktura %1</source>
        <translation>Interest invoice %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter: inga</source>
        <translation>Dunning details: none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter: %1</source>
        <translation>Dunning details: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ENDAST LISTA – RENSNING BETALDA FAKTUROR</source>
        <translation>LIST ONLY – PURGE OF PAID INVOICES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KVITTENSLISTA – RENSNING BETALDA FAKTUROR</source>
        <translation>RECEIPT LIST – PURGE OF PAID INVOICES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listversion: %1</source>
        <translation>List version: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturarader</source>
        <translation>invoice lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kravuppgifter</source>
        <translation>dunning details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utskriven %1 av %2. Ingenting är rensat.</source>
        <translation>Printed %1 by %2. Nothing has been purged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensad %1 av %2. Fakturorna, deras transaktioner och tillhörande uppgifter är borttagna ur reskontran.</source>
        <translation>Purged %1 by %2. The invoices, their transactions and related details have been removed from the ledger.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Personnr</source>
        <translation>Person no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakt.dag</source>
        <translation>Inv. date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inga fakturor att rensa med detta urval.</source>
        <translation>No invoices to purge with this selection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summa företag %1 %2</source>
        <translation>Total company %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturor som inte rensas</source>
        <translation>Invoices that are not purged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo noll och betalda före datumet, men de hör ihop med något som inte är avslutat.</source>
        <translation>Zero balance and paid before the date, but they belong with something that is not finished.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sida %1 (%2)</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kvittenslistan kunde inte skrivas: filen %1 finns redan. Inget rensades.</source>
        <translation>The receipt list could not be written: the file %1 already exists. Nothing was purged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kvittenslistan kunde inte skrivas: %1. Inget rensades.</source>
        <translation>The receipt list could not be written: %1. Nothing was purged.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kan inte skriva %1: PDF-filen blev tom.</source>
        <translation>Cannot write %1: the PDF file came out empty.</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <location filename="../core/reports/receivables.cpp" line="+61"/>
        <source>Datum: ange till och med vilket fakturadatum obetalda fakturor ska sökas.</source>
        <translation>Date: enter the last invoice date to include when searching for unpaid invoices.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: högst 30 tecken.</source>
        <translation>Filter: at most 30 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundfordringar kan inte sorteras på &quot;%1&quot;.</source>
        <translation>Accounts receivable cannot be sorted by &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kundfordringar</source>
        <translation>Accounts receivable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obetalda fakturor t.o.m. fakturadatum %1, saldo per samma dag</source>
        <translation>Unpaid invoices up to and including invoice date %1, balance as of the same day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/kundnr</source>
        <translation>Personal/cust. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt.datum</source>
        <translation>Inv. date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar förfallen</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturerat</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>RecordFileReader</name>
    <message>
        <location filename="../core/formats/fixedrecord.cpp" line="+92"/>
        <source>för många fel: läsningen avbröts här, efter %1 fel</source>
        <translation>too many errors: reading stopped here, after %1 errors</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../core/ledger/referencedata.cpp" line="+205"/>
        <source>Inbetalningssätt &quot;%1&quot;: koden ska vara en siffra eller bokstav.</source>
        <translation>Payment method &quot;%1&quot;: the code must be one digit or letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt %1: texten är %2 tecken, högst %3.</source>
        <translation>Payment method %1: the text is %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt %1: ett textsätt kan inte påverka avgifter eller ränta.</source>
        <translation>Payment method %1: a text-only method cannot affect fees or interest.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbetalningssätt %1 (%2) används av %3 transaktioner och kan inte tas bort.</source>
        <translation>Payment method %1 (%2) is used by %3 transactions and cannot be deleted.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kravkod %1: koden ska vara 1–9.</source>
        <translation>Dunning code %1: the code must be 1–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravkod %1: texten är %2 tecken, högst %3.</source>
        <translation>Dunning code %1: the text is %2 characters, at most %3.</translation>
    </message>
</context>
<context>
    <name>ReferenceRates</name>
    <message>
        <location filename="../core/interest/referencerates.cpp" line="+73"/>
        <source>Referensräntetabellen är tom: ränta kan inte beräknas för %1 – %2. Lägg in referensräntan (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</source>
        <translation>The reference rate table is empty: interest cannot be calculated for %1 – %2. Enter the reference rate (Reference rate, handbook 7.8, or &quot;reskontra-cli rate set&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referensränta saknas för %1 – %2 (tabellen börjar %3). Lägg in den (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</source>
        <translation>The reference rate is missing for %1 – %2 (the table starts %3). Enter it (Reference rate, handbook 7.8, or &quot;reskontra-cli rate set&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referensränta saknas för %1 – %2: den senaste räntan (från %3) gäller bara halvåret ut. Lägg in referensräntan från %1 (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</source>
        <translation>The reference rate is missing for %1 – %2: the latest rate (from %3) only applies to the end of its half-year. Enter the reference rate from %1 (Reference rate, handbook 7.8, or &quot;reskontra-cli rate set&quot;).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Referensränta: från-datum saknas eller är felaktigt.</source>
        <translation>Reference rate: the from date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referensränta från %1: %2 % har fler än 4 siffror (högst 99,99, handbok 7.8).</source>
        <translation>Reference rate from %1: %2 % has more than 4 digits (at most 99.99, handbook 7.8).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Referensränta %1 % från %2</source>
        <translation>Reference rate %1 % from %2</translation>
    </message>
</context>
<context>
    <name>ReplacementInvoiceDocument</name>
    <message>
        <location filename="../render/replacementinvoicedocument.cpp" line="+20"/>
        <source>Avser: %1</source>
        <translation>Concerns: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specifikation</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturabelopp</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt, krediterat och påfört</source>
        <translation>Paid, credited and debited</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denna faktura ersätter faktura %1 av %2. Betala endast beloppet att betala.</source>
        <translation>This invoice replaces invoice %1 of %2. Pay only the amount due.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ERSÄTTNINGSFAKTURA</source>
        <translation>REPLACEMENT INVOICE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ersättningsfaktura %1</source>
        <translation>Replacement invoice %1</translation>
    </message>
</context>
<context>
    <name>ReplacementInvoices</name>
    <message>
        <location filename="../core/ledger/replacementinvoice.cpp" line="+106"/>
        <source>Ny handläggare är %1 tecken, högst %2 är tillåtet.</source>
        <translation>The new handler is %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faktura %1 har inget kvar att betala (saldo %2); en ersättningsfaktura skrivs för det som återstår.</source>
        <translation>Invoice %1 has nothing left to pay (balance %2); a replacement invoice is written for what remains.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Texten till %1 %2 (%3) är %4 tecken, högst %5 är tillåtet.</source>
        <translation>The text for %1 %2 (%3) is %4 characters; at most %5 are allowed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den först på kundfakturan (F5).</source>
        <translation>The due date %1 has passed. For a new due date, change it on the customer invoice first (F5).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faktura %1 finns inte längre i företag %2.</source>
        <translation>Invoice %1 no longer exists in company %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 har ändrats av %2 %3 sedan ersättningsfakturan togs fram. Ta fram den igen.</source>
        <translation>Invoice %1 was changed by %2 %3 after the replacement invoice was made. Make it again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ersättningsfaktura daterad %1, förfallodag %2, att betala %3</source>
        <translation>Replacement invoice dated %1, due date %2, amount due %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ersättningsfaktura</source>
        <translation>replacement invoice</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../render/reportprint.cpp" line="+53"/>
        <source>Utskriven %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Kunde inte skriva PDF-filen %1.</source>
        <translation>Could not write the PDF file %1.</translation>
    </message>
</context>
<context>
    <name>ReskontraCli</name>
    <message>
        <location filename="../app/cli/args.cpp" line="+39"/>
        <source>okänd flagga &quot;%1&quot;</source>
        <translation>unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>okänd flagga &quot;--%1&quot;</source>
        <translation>unknown option &quot;--%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flaggan --%1 tar inget värde</source>
        <translation>the option --%1 takes no value</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>flaggan --%1 behöver ett värde (%2)</source>
        <translation>the option --%1 needs a value (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/cli_interest.cpp" line="+55"/>
        <location line="+11"/>
        <source>--%1 saknas</source>
        <translation>--%1 is missing</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_import.cpp" line="+36"/>
        <source>reskontra-cli: %n fel</source>
        <translation>
            <numerusform>reskontra-cli: %n error</numerusform>
            <numerusform>reskontra-cli: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> på %n rad(er); ingen faktura har importerats.</source>
        <translation>
            <numerusform> on %n line; no invoice has been imported.</numerusform>
            <numerusform> on %n lines; no invoice has been imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+33"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Cannot read the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--input-format: &quot;%1&quot; ska vara csv eller json</source>
        <translation>--input-format: &quot;%1&quot; must be csv or json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import från %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+93"/>
        <location line="+82"/>
        <location filename="../app/cli/cli_reports.cpp" line="+246"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+169"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_backup.cpp" line="+38"/>
        <source>Filen &quot;%1&quot; finns redan. Ange --force för att skriva över den.</source>
        <translation>The file &quot;%1&quot; already exists. Give --force to overwrite it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säkerhetskopiera reskontran</source>
        <translation>Back up the ledger</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Schemaversion</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Storlek (byte)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reskontran &quot;%1&quot; finns redan. Ange --force för att ersätta den med säkerhetskopian; allt som gjorts i den efter säkerhetskopian försvinner.</source>
        <translation>The ledger &quot;%1&quot; already exists. Give --force to replace it with the backup; everything done in it after the backup is lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Återställ reskontran från en säkerhetskopia</source>
        <translation>Restore the ledger from a backup</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ersatte befintlig reskontra</source>
        <translation>Replaced an existing ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_import.cpp" line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="+218"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+314"/>
        <source>Fakturor</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>skriv över en fil som finns / ersätt en reskontra som finns</source>
        <translation>overwrite an existing file / replace an existing ledger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>säkerhetskopiera hela reskontran till en fil medan andra arbetar i den</source>
        <translation>back up the whole ledger to a file while others work in it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite: en sammanhängande ögonblicksbild av det senast sparade (VACUUM INTO); den som
arbetar i reskontran under tiden störs inte. PostgreSQL: pg_dump -Fc (paketet
postgresql-client), lösenordet går via PGPASSWORD. Filen skrivs under ett tillfälligt
namn bredvid och byter namn när den är klar. Endast administratörer.</source>
        <translation>SQLite: a consistent snapshot of what was last saved (VACUUM INTO); anyone
working in the ledger meanwhile is not disturbed. PostgreSQL: pg_dump -Fc (the package
postgresql-client), the password is passed in PGPASSWORD. The file is written under a temporary
name beside it and renamed when it is complete. Administrators only.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>återställ reskontran från en säkerhetskopia; allt eller inget</source>
        <translation>restore the ledger from a backup; all or nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen ska vara en säkerhetskopia av en reskontra med en schemaversion som programmet
känner till (en äldre uppgraderas när den öppnas). En reskontra som finns ersätts
bara med --force, och inte medan den är öppen någon annanstans. SQLite: kopian
kontrolleras och byter sedan plats med den gamla filen i ett steg. PostgreSQL:
pg_restore --clean --if-exists --no-owner, allt i en transaktion. Återställningen
skrivs i granskningsloggen.</source>
        <translation>The file must be a backup of a ledger with a schema version the program
knows (an older one is upgraded when it is opened). An existing ledger is replaced
only with --force, and not while it is open elsewhere. SQLite: the copy is
checked and then takes the old file&apos;s place in one step. PostgreSQL:
pg_restore --clean --if-exists --no-owner, all in one transaction. The restore
is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+209"/>
        <location filename="../app/cli/cli_import.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+61"/>
        <location line="+34"/>
        <location line="+137"/>
        <location filename="../app/cli/cli_payment.cpp" line="+54"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+34"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-132"/>
        <location line="+56"/>
        <location line="+72"/>
        <location line="+49"/>
        <location line="+44"/>
        <location line="+22"/>
        <location filename="../app/cli/cli_purge.cpp" line="+89"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_backup.cpp" line="-28"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+235"/>
        <location filename="../app/cli/cli_import.cpp" line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="-38"/>
        <location line="+43"/>
        <location filename="../app/cli/cli_interest.cpp" line="+76"/>
        <location filename="../app/cli/cli_payment.cpp" line="+7"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-171"/>
        <location filename="../app/cli/cli_users.cpp" line="+74"/>
        <location line="+97"/>
        <source>Provkörning</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import.cpp" line="+12"/>
        <source>fakturor från CSV eller JSON; allt eller inget</source>
        <translation>invoices from CSV or JSON; all or nothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV: UTF-8, semikolon, rubrikrad med kolumnerna (valfri ordning):
  %1
Krävs: company, invoice_number, name, invoice_date, due_date, amount och
id_number eller customer_number. JSON: en lista av objekt med samma fält
(eller {&quot;invoices&quot;: [...]}); beloppet som &quot;amount&quot;: &quot;1234,50&quot; eller
&quot;amount_ore&quot;: 123450. FILE &quot;-&quot; läser standard in.
Varje felaktig rad skrivs som FIL:RAD: fält: orsak och inget importeras
(slutkod 3).</source>
        <translation>CSV: UTF-8, semicolons, a header line with the columns (in any order):
  %1
Required: company, invoice_number, name, invoice_date, due_date, amount and
id_number or customer_number. JSON: a list of objects with the same fields
(or {&quot;invoices&quot;: [...]}); the amount as &quot;amount&quot;: &quot;1234,50&quot; or
&quot;amount_ore&quot;: 123450. FILE &quot;-&quot; reads standard input.
Every faulty line is written as FILE:LINE: field: reason and nothing is imported
(exit code 3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>filens form (standard: JSON om filen börjar med [ eller {, annars CSV)</source>
        <translation>the file&apos;s format (default: JSON if the file starts with [ or {, otherwise CSV)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_init.cpp" line="-163"/>
        <source>Kan inte skapa en tillfällig mapp för provkörningen.</source>
        <translation>Cannot create a temporary folder for the dry run.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kan inte kopiera &quot;%1&quot; för provkörningen.</source>
        <translation>Cannot copy &quot;%1&quot; for the dry run.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kan inte skapa mappen &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--name: företagets namn saknas</source>
        <translation>--name: the company name is missing</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_backup.cpp" line="-47"/>
        <location line="+38"/>
        <location filename="../app/cli/cli_init.cpp" line="+43"/>
        <location line="+50"/>
        <source>Reskontra</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+27"/>
        <source>Filen %1 kan inte skrivas: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-137"/>
        <location line="+131"/>
        <location line="+40"/>
        <location line="+132"/>
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+6"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+33"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-6"/>
        <location filename="../app/cli/cli_init.cpp" line="-49"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-191"/>
        <location filename="../app/cli/cli_payment.cpp" line="-15"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-80"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+17"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-19"/>
        <location line="+239"/>
        <location filename="../app/cli/cli_threat.cpp" line="+30"/>
        <location filename="../app/cli/cli_users.cpp" line="-120"/>
        <location line="+89"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+1"/>
        <source>Serie</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver.nr</source>
        <translation>Verification no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-48"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontonamn</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Verifikation %1 %2, företag %3 %4, %5: %6 händelser, %7 kr</source>
        <translation>Verification %1 %2, company %3 %4, %5: %6 transactions, SEK %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga obokförda händelser t.o.m. %1.</source>
        <translation>No unposted transactions up to and including %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provkörning: ingenting bokfördes.</source>
        <translation>Dry run: nothing was posted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIE-fil: %1</source>
        <translation>SIE file: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsorder (PDF): %1</source>
        <translation>Booking order (PDF): %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).</source>
        <translation>reskontra-cli: dry run: no SIE file was written (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>bokföringsorder för obokförda händelser, SIE 4 ut (Uppdatera bokföring)</source>
        <translation>booking order for unposted transactions, SIE 4 out (Update bookkeeping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokför alla obokförda transaktioner t.o.m. datumet: en verifikation per företag, kundfordringskontot per företag och rutin mot inbetalningssättets konto. Transaktioner med inbetalningssätt &quot;bokföres ej&quot; tas aldrig med; en körning till bokför ingenting två gånger. Med flera företag får SIE-filen företagsnumret i namnet (fil_001.se). En provkörning skriver bokföringsordern som kontrollista men ingen SIE-fil.</source>
        <translation>Posts all unposted transactions up to and including the date: one verification per company, the accounts receivable account per company and routine against the payment method&apos;s account. Transactions with a payment method marked &quot;not posted&quot; are never included; running again posts nothing twice. With several companies the SIE file gets the company number in its name (file_001.se). A dry run writes the booking order as a control list but no SIE file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bokföringsdatum; transaktioner t.o.m. detta datum</source>
        <translation>posting date; transactions up to and including this date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv SIE 4-fil (PC8, CRLF)</source>
        <translation>write an SIE 4 file (PC8, CRLF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv bokföringsordern som PDF</source>
        <translation>write the booking order as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag eller intervall (annars alla)</source>
        <translation>company or range (otherwise all)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast transaktioner registrerade av denna användare</source>
        <translation>only transactions registered by this user</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-341"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-6"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+32"/>
        <location filename="../app/cli/cli_purge.cpp" line="-65"/>
        <location filename="../app/cli/cli_threat.cpp" line="-6"/>
        <source>--%1: ange A eller A-B, inte &quot;%2&quot;</source>
        <translation>--%1: give A or A-B, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--out FIL.csv|FIL.xlsx behövs (utom med --dry-run)</source>
        <translation>--out FILE.csv|FILE.xlsx is required (except with --dry-run)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out: &quot;%1&quot; ska sluta på .csv eller .xlsx</source>
        <translation>--out: &quot;%1&quot; must end in .csv or .xlsx</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+131"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+8"/>
        <location filename="../app/cli/cli_init.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+47"/>
        <location line="+141"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location line="+177"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+79"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-69"/>
        <location line="+44"/>
        <location line="+21"/>
        <location filename="../app/cli/cli_purge.cpp" line="+61"/>
        <location filename="../app/cli/cli_threat.cpp" line="+8"/>
        <location filename="../app/cli/cli_users.cpp" line="-92"/>
        <location line="+90"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-130"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+136"/>
        <location filename="../app/cli/cli_purge.cpp" line="+1"/>
        <source>Personnr</source>
        <translation>Personal ID no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+173"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>Avgift</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>Uppdeb.</source>
        <translation>Debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ränta uppdeb.</source>
        <translation>Interest debited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdeb. ränta</source>
        <translation>Debited interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>Betala senast</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <source>Skyddad</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Kontrollista %1</source>
        <translation>Control list %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkörning %1 den %2</source>
        <translation>Dunning run %1 on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 påminnelse 1, %3 påminnelse 2, %4 inkassokrav, %5 restkrav</source>
        <translation>%1: reminder 1: %2, reminder 2: %3, collection demands: %4, residual demands: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avgifter uppdebiterade %1 kr, endast utskrivna %2 kr; ränta uppdebiterad %3 kr.</source>
        <translation>Fees debited SEK %1, printed only SEK %2; interest debited SEK %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/cli_threat.cpp" line="+52"/>
        <source>%1 brev hålls för manuell hantering (skyddad identitet).</source>
        <translation>Letters held for manual handling (protected identity): %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-108"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+3"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-85"/>
        <source>Bokföringsorder %1, företag %2: %3 kr</source>
        <translation>Booking order %1, company %2: SEK %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+7"/>
        <source>Hoppas över: %1/%2 %3: %4</source>
        <translation>Skipped: %1/%2 %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+9"/>
        <location filename="../app/cli/cli_threat.cpp" line="+8"/>
        <source>Kontrollista: ingenting ändrades.</source>
        <translation>Control list: nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>Breven (PDF): %1</source>
        <translation>Letters (PDF): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cli_threat.cpp" line="+49"/>
        <source>Breven kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>The letters could not be written to %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../app/cli/cli_threat.cpp" line="-16"/>
        <source>reskontra-cli: kontrollista: inga brev skrevs (%1).</source>
        <translation>reskontra-cli: control list: no letters were written (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+29"/>
        <source>Körning</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="-27"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+3"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+5"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Manuella</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-157"/>
        <location line="+21"/>
        <source>Avgifter</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ångrad av</source>
        <translation>Undone by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ångrad</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--steps: &quot;%1&quot; är inte reminder, collection eller residual</source>
        <translation>--steps: &quot;%1&quot; is not reminder, collection or residual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inga sparade brev passar urvalet.</source>
        <translation>No saved letters match the selection.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>påminnelser 1/2, inkassokrav och restkrav (7.11)</source>
        <translation>reminders 1/2, collection demands and residual demands (7.11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar nästa steg för varje obetald fordran vars steg har förfallit på körningsdatumet, enligt rutinens inställningar påminnelser/krav; kravkoder som gäller på datumet stoppar steget. Körningen stämplar datum, uppdebiterar valda avgifter och räntor, gör en bokföringsorder för det uppdebiterade och sparar breven. --dry-run ger kontrollistan, exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet skrivs inte ut utan hålls för manuell hantering.</source>
        <translation>Takes the next step for every unpaid claim whose step has fallen due on the run date, according to the routine&apos;s reminder/demand settings; dunning codes in force on that date stop the step. The run stamps the date, debits the selected fees and interest to the claims, makes a booking order for what was debited and saves the letters. --dry-run gives the control list: exactly the same result without changing anything. Letters to customers with a protected identity are not printed but held for manual handling.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/cli_threat.cpp" line="+45"/>
        <source>körningsdatum</source>
        <translation>run date</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+269"/>
        <location line="+20"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+166"/>
        <location line="+30"/>
        <location filename="../app/cli/cli_threat.cpp" line="+3"/>
        <source>företag, NNN eller NNN-NNN</source>
        <translation>company, NNN or NNN-NNN</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-29"/>
        <location line="+30"/>
        <location filename="../app/cli/cli_purge.cpp" line="+167"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <source>rutin, RR eller RR-RR</source>
        <translation>routine, RR or RR-RR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <location line="+28"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-29"/>
        <location line="+30"/>
        <location filename="../app/cli/cli_purge.cpp" line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <source>fakturanummer eller intervall</source>
        <translation>invoice number or range</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-27"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-29"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+181"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+72"/>
        <source>förvaltning/avdelning eller intervall</source>
        <translation>administration/department or range</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>ingen avgift på fordringar under A kr</source>
        <translation>no fee on claims below SEK A</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>skriv breven till en PDF-fil</source>
        <translation>write the letters to a PDF file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lista kravkörningar (7.12)</source>
        <translation>list dunning runs (7.12)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ångra en hel kravkörning så länge ingen av dess fordringar ändrats</source>
        <translation>undo a whole dunning run as long as none of its claims has changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>körningens nummer</source>
        <translation>the number of the run</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>kopior av sparade påminnelser och krav (7.12)</source>
        <translation>copies of saved reminders and demands (7.12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-fil för kopiorna</source>
        <translation>PDF file for the copies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>framställningsdatum</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder, collection, residual (kommaseparerade)</source>
        <translation>reminder, collection, residual (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ny handläggare, högst 30 tecken</source>
        <translation>new handler, at most 30 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dagens datum i stället för det ursprungliga</source>
        <translation>today&apos;s date instead of the original one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv inte KOPIA på breven</source>
        <translation>do not print COPY on the letters</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_init.cpp" line="+1"/>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_validate.cpp" line="+80"/>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-75"/>
        <location filename="../app/cli/cli_validate.cpp" line="+14"/>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_payment.cpp" line="+5"/>
        <source>Inbetalningssätt</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakningskoder</source>
        <translation>Monitoring codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administratör</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Administratören %1 har inget lösenord ännu; tills någon har ett behövs ingen inloggning. Sätt det med:
  reskontra-cli user password %1
</source>
        <translation>
The administrator %1 has no password yet; until someone has one, no login is needed. Set it with:
  reskontra-cli user password %1
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source><byte value="xd"/>Skapar demodata: %1 %</source>
        <translation><byte value="xd"/>Creating demo data: %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Frö</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunder</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktioner</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturarader</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lägg upp en ny reskontra med rutiner, inbetalningssätt, bevakningskoder och referensräntor</source>
        <translation>set up a new ledger with routines, payment methods, monitoring codes and reference rates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skapar filen om den saknas. Vägrar (slutkod 1) om reskontran redan är upplagd. Utan flaggor blir första företaget 001 Kommunen.</source>
        <translation>Creates the file if it is missing. Refuses (exit code 1) if the ledger is already set up. Without options the first company is 001 Kommunen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>första företagets nummer</source>
        <translation>the first company&apos;s number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>första företagets namn</source>
        <translation>the first company&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisationsnummer</source>
        <translation>organisation number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgironummer</source>
        <translation>Bankgiro number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgironummer</source>
        <translation>Plusgiro number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skapa eller fyll en reskontra med realistiska påhittade data</source>
        <translation>create or fill a ledger with realistic made-up data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samma frö ger samma data. Reskontran läggs upp först om den är tom. Allt eller inget.</source>
        <translation>The same seed gives the same data. The ledger is set up first if it is empty. All or nothing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>antal fakturor</source>
        <translation>number of invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frö (standard 1)</source>
        <translation>seed (default 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-182"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-168"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-148"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-95"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <location line="+178"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ej utan personnr</source>
        <translation>Skip without personal ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>SFI-kategori</source>
        <translation>SFI category</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>--company och --routine behövs för att ändra inställningar</source>
        <translation>--company and --routine are required to change settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--basis: &quot;%1&quot; ska vara due, reminder1, reminder2 eller collection</source>
        <translation>--basis: &quot;%1&quot; must be due, reminder1, reminder2 or collection</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--capital-account kräver --capital-method</source>
        <translation>--capital-account requires --capital-method</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--kind: &quot;%1&quot; ska vara intrum, svea eller other</source>
        <translation>--kind: &quot;%1&quot; must be intrum, svea or other</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Företag %1 har inget inkassobolag.</source>
        <translation>Company %1 has no collection agency.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inkassobolag</source>
        <translation>Collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-177"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Person-/org.nummer</source>
        <translation>Person/org. number</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>Namn 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>C/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_purge.cpp" line="-167"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-153"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Registerid</source>
        <translation>Register id</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Avdelning</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggare</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+5"/>
        <source>Avser</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-300"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <location line="+171"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="-170"/>
        <location line="+171"/>
        <source>Betalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Påminnelseavgift</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Collection fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterad ränta</source>
        <translation>Debited interest</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+3"/>
        <source>, dagar</source>
        <translation>, days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, textnummer</source>
        <translation>, text number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, avgift</source>
        <translation>, fee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, uppdebiteras</source>
        <translation>, debited onto the claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, skriv ut ränta</source>
        <translation>, print interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, skäl över avgiftstak</source>
        <translation>, reason for exceeding fee cap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, handläggare</source>
        <translation>, handler</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav, utgångspunkt</source>
        <translation>Collection demand, starting point</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_threat.cpp" line="-152"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav, uppdebitera ränta</source>
        <translation>Collection demand, debit interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav, rubrik</source>
        <translation>Collection demand, heading</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restkrav, rubrik</source>
        <translation>Residual demand, heading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelseavgift avtalad i förväg</source>
        <translation>Reminder fee agreed in advance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rutin &quot;%1&quot; finns inte.</source>
        <translation>Routine &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--collection-basis: &quot;%1&quot; ska vara 1, 2 eller 9</source>
        <translation>--collection-basis: &quot;%1&quot; must be 1, 2 or 9</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--override-reason: skälet får inte vara tomt</source>
        <translation>--override-reason: the reason must not be empty</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ej faktura</source>
        <translation>no invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej påminnelse 1</source>
        <translation>no reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej påminnelse 2</source>
        <translation>no reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej inkassokrav</source>
        <translation>no collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej dröjsmålsränta</source>
        <translation>no late-payment interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej dröjsmålsränta vid anstånd</source>
        <translation>no late-payment interest on deferral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej hot om betalningsföreläggande</source>
        <translation>no threat of payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej restkrav</source>
        <translation>no residual demand</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+171"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+7"/>
        <location line="+45"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-43"/>
        <source>Ej faktura</source>
        <translation>No invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påminnelse 1</source>
        <translation>No reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påminnelse 2</source>
        <translation>No reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej inkassokrav</source>
        <translation>No collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsmålsränta</source>
        <translation>No late-payment interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej ränta vid anstånd</source>
        <translation>No interest on deferral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej hot om bet.föreläggande</source>
        <translation>No threat of payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej restkrav</source>
        <translation>No residual demand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N: kravkoden &quot;%1&quot; ska vara 1–9</source>
        <translation>N: the dunning code &quot;%1&quot; must be 1–9</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Giltig t.o.m.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>visa eller ändra inställningar påminnelser/krav för en rutin (7.7)</source>
        <translation>show or change the reminder/demand settings of a routine (7.7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utan ändringsflaggor visas rutinens inställningar. --X-days none tar bort steget. Avgifter anges i hela kronor, högst 3 siffror. Påminnelseavgift kräver att den avtalats i förväg (--reminder-fee-agreed yes). Avgifter över lagens tak (60 kr påminnelse, 180 kr inkassokrav) sparas bara med --override-reason, som loggas.</source>
        <translation>Without change flags, the routine&apos;s settings are shown. --X-days none removes the step. Fees are given in whole kronor, at most 3 digits. A reminder fee requires that it was agreed in advance (--reminder-fee-agreed yes). Fees above the statutory cap (SEK 60 reminder, SEK 180 collection demand) are only saved with --override-reason, which is logged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rutin, t.ex. 01</source>
        <translation>routine, e.g. 01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dagar (none = steget används inte)</source>
        <translation>days (none = the step is not used)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>textnummer 1–9</source>
        <translation>text number 1–9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avgift i hela kronor</source>
        <translation>fee in whole kronor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebitera avgiften på fordran</source>
        <translation>debit the fee onto the claim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inkassokrav räknas från påminnelse 1, 2 eller förfallodag (9)</source>
        <translation>collection demand counted from reminder 1, 2 or due date (9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uppdebitera upplupen ränta</source>
        <translation>debit accrued interest onto the claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dagar efter inkassokrav (none = inget restkrav)</source>
        <translation>days after collection demand (none = no residual demand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restkravstext 1–9</source>
        <translation>residual demand text 1–9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påminnelseavgift avtalad i förväg (lag 1981:739 2 §)</source>
        <translation>reminder fee agreed in advance (Act 1981:739, section 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skäl för avgift över lagens tak (loggas)</source>
        <translation>reason for a fee above the statutory cap (logged)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lägg upp eller ändra kravkod 1–9 (7.3)</source>
        <translation>set up or change dunning code 1–9 (7.3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text, högst 15 tecken</source>
        <translation>text, at most 15 characters</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sätt kravkod på en fordran, ev. med slutdatum</source>
        <translation>set a dunning code on a claim, optionally with an end date</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+208"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+3"/>
        <source>kravkod 1–9</source>
        <translation>dunning code 1–9</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+1"/>
        <source>giltig t.o.m. datum</source>
        <translation>valid up to and including date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ta bort kravkoden från en fordran</source>
        <translation>remove the dunning code from a claim</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Kravbrev</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-228"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Hotbrev</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbetalningsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakningskod</source>
        <translation>Monitoring code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakningskod t.o.m.</source>
        <translation>Monitoring code until</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-207"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <location line="+155"/>
        <source>Bevakningstext</source>
        <translation>Monitoring text</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-138"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-154"/>
        <location line="+153"/>
        <location filename="../app/cli/cli_payment.cpp" line="+13"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avgår deb.</source>
        <translation>Less deb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att fakturera</source>
        <translation>To invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-152"/>
        <source>Räntefaktura</source>
        <translation>Interest invoice</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kontrollista räntefakturering %1</source>
        <translation>Control list: interest invoicing %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefakturering %1</source>
        <translation>Interest invoicing %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodag %1, handläggare %2. Räntefakturor: %3, summa %4 kr.</source>
        <translation>Due date %1, handler %2. Interest invoices: %3, total SEK %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bokföringsorder (vid körning), företag %1: %2 kr</source>
        <translation>Booking order (on a real run), company %1: SEK %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Räntefakturorna (PDF): %1</source>
        <translation>The interest invoices (PDF): %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reskontra-cli: kontrollista: inga räntefakturor skrevs (%1).</source>
        <translation>reskontra-cli: control list: no interest invoices were written (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Räntefakturorna kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>The interest invoices could not be written to %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--out: mappen &quot;%1&quot; finns inte</source>
        <translation>--out: the folder &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+219"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påm.avg.</source>
        <translation>Rem. fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavg.</source>
        <translation>Coll. fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+3"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+2"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kontrollista överföring till nästa faktura %1</source>
        <translation>Control list: transfer to next invoice %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till nästa faktura %1</source>
        <translation>Transfer to next invoice %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fordringar: %1, summa %2 kr. Utan personnummer (överförs inte): %3.</source>
        <translation>Claims: %1, total SEK %2. Without a personal identity number (not transferred): %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontrollista: ingenting ändrades, inga filer skrevs.</source>
        <translation>Control list: nothing was changed, no files were written.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>räntefakturor på för sent slutbetalda fakturor (7.13)</source>
        <translation>interest invoices for invoices paid in full late (7.13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gör en räntefaktura per slutbetald faktura med dröjsmålsränta minst --min-interest
(hela kronor, 0-999; utelämnad: bara kravparametrarnas minsta ränta) och minst
--min-days dagar för sent (0-9), minus redan debiterad ränta. Räntefakturan får
rutin + 50 och samma löpnummer (040000123 -&gt; 540000123), fakturadatum --date,
förfallodag --due (utelämnad: --date + 10 dagar, flyttad till nästa bankdag),
handläggare --handler (utelämnad: användaren) och meddelandet (högst 3 rader om 50
tecken, avdelade med |). Fakturan stämplas så att den aldrig räntefaktureras två
gånger; en bokföringsorder görs (fordran debet, ränteintäkt kredit). --dry-run ger
kontrollistan, exakt samma resultat utan att något ändras. Saknas ränterutin eller
konto för någon faktura körs ingenting.</source>
        <translation>Makes one interest invoice per invoice paid in full with late-payment interest of at least
--min-interest (whole kronor, 0-999; omitted: only the dunning parameters&apos; minimum interest)
and at least --min-days days late (0-9), less interest already debited. The interest invoice
gets routine + 50 and the same serial number (040000123 -&gt; 540000123), invoice date --date,
due date --due (omitted: --date + 10 days, moved to the next banking day), handler
--handler (omitted: the user) and the message (at most 3 lines of 50 characters,
separated by |). The invoice is stamped so that it is never interest-invoiced twice;
a booking order is made (claim debit, interest income credit). --dry-run gives the
control list: exactly the same result without changing anything. If any invoice lacks
an interest routine or an account, nothing is run.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fakturadatum för räntefakturorna</source>
        <translation>invoice date for the interest invoices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minsta ränta att fakturera, hela kronor</source>
        <translation>minimum interest to invoice, whole kronor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minsta antal dagar för sent, 0-9</source>
        <translation>minimum number of days late, 0-9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>handläggare, högst 30 tecken</source>
        <translation>handler, at most 30 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag för räntefakturorna</source>
        <translation>due date for the interest invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meddelande, rader avdelade med |</source>
        <translation>message, lines separated by |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv räntefakturorna till en PDF-fil</source>
        <translation>write the interest invoices to a PDF file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>för över ej debiterade räntor och avgifter till nästa faktura (7.15)</source>
        <translation>transfer unbilled interest and fees to the next invoice (7.15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriver en fil per rutin (nasta-faktura-RR-DATUM.csv i --out) med räntor och ej
uppdebiterade påminnelse- och kravavgifter på slutbetalda fakturor, samma belopp som
listan Ej debiterade räntor och avgifter (report ej-debiterade), nycklade på
personnummer: person_number;name;company;invoice_number;interest;reminder_fee;
collection_fee;total (UTF-8, belopp 1234,50). Varje faktura stämplas med
överföringsdatum och förs aldrig över två gånger. Fakturor utan giltigt
personnummer förs inte över utan listas. En befintlig fil skrivs aldrig över.
--dry-run ger kontrollistan utan att något ändras eller skrivs.</source>
        <translation>Writes one file per routine (nasta-faktura-RR-DATE.csv in --out) with interest and
reminder and collection fees not debited on invoices paid in full, the same amounts as
the list Unbilled interest and fees (report ej-debiterade), keyed on the personal
identity number: person_number;name;company;invoice_number;interest;reminder_fee;
collection_fee;total (UTF-8, amounts 1234,50). Each invoice is stamped with the
transfer date and is never transferred twice. Invoices without a valid personal
identity number are not transferred but listed. An existing file is never overwritten.
--dry-run gives the control list without changing or writing anything.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mapp för filerna</source>
        <translation>folder for the files</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minsta ränta, hela kronor</source>
        <translation>minimum interest, whole kronor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minsta antal dagar efter förfallodagen</source>
        <translation>minimum number of days after the due date</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Räntefakturans belopp</source>
        <translation>Interest invoice amount</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-174"/>
        <location line="+129"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-131"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+8"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-4"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-25"/>
        <location line="+152"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-20"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Nollställt</source>
        <translation>Zeroed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFI</source>
        <translation>SFI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kontrollista inkasso %1</source>
        <translation>Control list: debt collection %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring till inkasso %1 den %2</source>
        <translation>Transfer to debt collection %1 on %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inkassobolag: %1, kundnummer %2</source>
        <translation>Collection agency: %1, customer number %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fordringar: %1, saldo %2 kr, nollställda %3 (%4 kr).</source>
        <translation>Claims: %1, balance SEK %2, zeroed %3 (SEK %4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tas inte: %1/%2 %3: %4</source>
        <translation>Skipped: %1/%2 %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-75"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+83"/>
        <source>Kontrollista: ingenting ändrades, ingen fil skrevs.</source>
        <translation>Control list: nothing was changed, no file was written.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Sätt</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saldokorrigeringar: %1 händelser, %2 kr.</source>
        <translation>Balance corrections: %1 transactions, SEK %2.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Koncernnummer</source>
        <translation>Group number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företagsnamn i filen</source>
        <translation>Company name in the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolagets giro</source>
        <translation>Collection agency&apos;s giro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>överföring till inkasso (7.19, 7.20)</source>
        <translation>transfer to debt collection (7.19, 7.20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickar obetalda fordringar vars dagar efter förfallodag, påminnelse 1, påminnelse 2 eller inkassokrav (per företag och rutin, agency settings) har gått på datumet. Fordringar i amorteringsplan, redan överförda, med kravkod som stoppar inkassokrav, skyddad identitet eller (om rutinen säger så) utan personnummer skickas inte. Överföringen skriver filen (README &quot;Agency files&quot;), nollställer med --zero varje fordran med rutinens inbetalningssätt och bokför det, stämplar överföringsdatum och sätter kravkod och bevakningstext. --dry-run ger kontrollistan.</source>
        <translation>Sends unpaid claims whose days after the due date, reminder 1, reminder 2 or collection demand (per company and routine, agency settings) have passed on the date. Claims in a payment plan, already transferred, with a dunning code that stops collection demands, with a protected identity or (if the routine says so) without a personal identity number are not sent. The transfer writes the file (README &quot;Agency files&quot;), with --zero zeroes each claim with the routine&apos;s payment methods and posts it, stamps the transfer date and sets the dunning code and monitoring text. --dry-run gives the control list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+67"/>
        <source>överföringsdatum</source>
        <translation>transfer date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bara fordringar på detta personnummer</source>
        <translation>only claims with this personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filen till inkassobolaget, .csv eller .xlsx</source>
        <translation>the file for the collection agency, .csv or .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nollställ fordringarna med rutinens inbetalningssätt</source>
        <translation>zero the claims with the routine&apos;s payment methods</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saldokorrigeringar på överförda fordringar (fil)</source>
        <translation>balance corrections on transferred claims (file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningar och krediteringar på överförda fordringar sedan förra filen; betalningar med inkassosättet (från inkassobolagets giro) tas inte med. Varje händelse kommer med i en fil en gång.</source>
        <translation>Payments and credits on transferred claims since the previous file; payments with the collection method (from the collection agency&apos;s giro) are not included. Each transaction is included in a file once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen, .csv eller .xlsx</source>
        <translation>the file, .csv or .xlsx</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>visa/ändra inställningar för inkasso per företag och rutin</source>
        <translation>show/change debt collection settings per company and routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--basis och --days: dagar efter förfallodag, påminnelse 1, påminnelse 2 eller inkassokrav. --capital-method: K-sätt som nollställer fordran mot fordringskontot för inkasso (0 = nollställ inte); --capital-account sätter det kontot för sättet och företaget. --fee-method (avgiftstyp K) och --interest-method (avgiftstyp D) skriver av kravavgift och uppdebiterad ränta mot intäktskontona i kravparametrarna (0 = följer med kapitalet). --dunning-code (med &quot;ej dröjsmålsränta&quot;) och --watch-text sätts på varje överförd fordran. --debt-category: SFI-kategori i filen.</source>
        <translation>--basis and --days: days after the due date, reminder 1, reminder 2 or collection demand. --capital-method: K method that zeroes the claim against the receivable account for debt collection (0 = do not zero); --capital-account sets that account for the method and the company. --fee-method (fee type K) and --interest-method (fee type D) write off the collection fee and the debited interest against the income accounts in the dunning parameters (0 = they go along with the capital). --dunning-code (with &quot;no late-payment interest&quot;) and --watch-text are set on every transferred claim. --debt-category: SFI category in the file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rutin</source>
        <translation>routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due, reminder1, reminder2 eller collection</source>
        <translation>due, reminder1, reminder2 or collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minsta antal dagar efter</source>
        <translation>minimum number of days after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt kapitalskuld, 0 = ingen</source>
        <translation>payment method for capital debt, 0 = none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fordringskonto inkasso för sättet</source>
        <translation>receivable account for debt collection for the method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt kravavgift (K), 0 = ingen</source>
        <translation>payment method for collection fee (K), 0 = none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt ränta (D), 0 = ingen</source>
        <translation>payment method for interest (D), 0 = none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bevakningstext, högst 40 tecken</source>
        <translation>monitoring text, at most 40 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ta inte med fakturor utan personnummer</source>
        <translation>exclude invoices without a personal identity number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ta bort inställningen</source>
        <translation>delete the setting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>visa/ändra företagets inkassobolag</source>
        <translation>show/change the company&apos;s collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--giro: inkassobolagets bankgiro-/plusgironummer; betalningar därifrån bokas med inkassosättet vid inläsning (samma lista som payment-parameters --agency-giro).</source>
        <translation>--giro: the collection agency&apos;s Bankgiro/Plusgiro numbers; payments from them are booked with the collection method on import (the same list as payment-parameters --agency-giro).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>intrum, svea eller other</source>
        <translation>intrum, svea or other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassobolagets namn, högst 30 tecken</source>
        <translation>the collection agency&apos;s name, at most 30 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundnummer hos inkassobolaget</source>
        <translation>customer number at the collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>koncernnummer (Svea)</source>
        <translation>group number (Svea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>företagsnamn i filen</source>
        <translation>company name in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassobolagets giro</source>
        <translation>the collection agency&apos;s giro</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Påverkan</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-156"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-250"/>
        <location line="+141"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-217"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-216"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Bokförd</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Transaktioner:</source>
        <translation>Transactions:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../app/cli/cli_reports.cpp" line="+147"/>
        <source>sök på ett fält i taget, inte %1</source>
        <translation>search one field at a time, not %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-150"/>
        <location line="+144"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+19"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-8"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-8"/>
        <location line="+130"/>
        <location line="+47"/>
        <location line="+44"/>
        <location line="+20"/>
        <location filename="../app/cli/cli_purge.cpp" line="-4"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-409"/>
        <location line="+131"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-11"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-143"/>
        <location line="+144"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-133"/>
        <location filename="../app/cli/cli_purge.cpp" line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="-2"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Person-/org.nr</source>
        <translation>Person/org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+1"/>
        <source>Kundnr</source>
        <translation>Cust. no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postnr</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakt.datum</source>
        <translation>Inv. date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+2"/>
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>en fordran med läge och transaktioner</source>
        <translation>one claim with its state and transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON: fälten i CLI.md &quot;Output fields&quot;, belopp i öre (*_ore), datum ÅÅÅÅ-MM-DD eller null.
CSV: en rad per transaktion (minst en), fakturans fält upprepade och transaktionens fält som transaction_*.</source>
        <translation>JSON: the fields in CLI.md &quot;Output fields&quot;, amounts in öre (*_ore), dates YYYY-MM-DD or null.
CSV: one line per transaction (at least one), the invoice&apos;s fields repeated and the transaction&apos;s fields as transaction_*.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+246"/>
        <location line="+26"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+292"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+219"/>
        <location line="+10"/>
        <location filename="../app/cli/cli_interest.cpp" line="+18"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location filename="../app/cli/cli_payment.cpp" line="+22"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+318"/>
        <source>företag</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+10"/>
        <source>Sök faktura: sök på ett fält med början av värdet</source>
        <translation>Search invoice: search one field by the start of its value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utan sökfält listas de senaste fakturorna först.</source>
        <translation>Without a search field the latest invoices are listed first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>namn (även namn 2), 1–30 tecken</source>
        <translation>name (also name 2), 1–30 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person-/organisationsnummer, 1–10 siffror</source>
        <translation>personal identity/organisation number, 1–10 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundnummer</source>
        <translation>customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adress</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturanummer, 1–9 siffror</source>
        <translation>invoice number, 1–9 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registerid</source>
        <translation>register id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturabelopp minst A</source>
        <translation>invoice amount at least A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saldo minst A</source>
        <translation>balance at least A</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_reports.cpp" line="+47"/>
        <location line="+23"/>
        <location line="+19"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="-19"/>
        <location line="+52"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-5"/>
        <source>företag eller intervall</source>
        <translation>company or range</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_reports.cpp" line="+1"/>
        <source>högst N rader (standard 50)</source>
        <translation>at most N rows (default 50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lista från närmaste värde och framåt i stället för bara träffar</source>
        <translation>list from the nearest value onwards instead of matches only</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment.cpp" line="-48"/>
        <source>--method: inbetalningssätt saknas</source>
        <translation>--method: the payment method is missing</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transaktionsdatum</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_bookkeeping.cpp" line="-160"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-153"/>
        <location filename="../app/cli/cli_payment.cpp" line="+3"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment.cpp" line="+3"/>
        <source>Påverkan på saldot</source>
        <translation>Effect on the balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo före</source>
        <translation>Balance before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt saldo</source>
        <translation>New balance</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>registrera och godkänn en manuell transaktion</source>
        <translation>register and approve a manual transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriver transaktionen och fakturans nya saldo. Inbetalningssättet avgör om beloppet minskar (K) eller ökar (D) fordran.</source>
        <translation>Prints the transaction and the invoice&apos;s new balance. The payment method decides whether the amount decreases (K) or increases (D) the claim.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+144"/>
        <location line="+10"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment.cpp" line="+4"/>
        <source>fakturanummer</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment.cpp" line="+2"/>
        <source>belopp, t.ex. 1234,50 eller 1 234,50</source>
        <translation>amount, e.g. 1234,50 or 1 234,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt, t.ex. 1 eller B</source>
        <translation>payment method, e.g. 1 or B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transaktionsdatum ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD eller ÅÅMMDD</source>
        <translation>transaction date YYYY-MM-DD, YYYYMMDD or YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anmärkning, högst 40 tecken</source>
        <translation>remark, at most 40 characters</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_validate.cpp" line="-32"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-268"/>
        <location line="+168"/>
        <location filename="../app/cli/cli_validate.cpp" line="+1"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_validate.cpp" line="+1"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Siffror</source>
        <translation>Digits</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Tio siffror</source>
        <translation>Ten digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Födelsedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+16"/>
        <source>OCR-nummer</source>
        <translation>OCR reference</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Rätt längdsiffra</source>
        <translation>Correct length digit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Underlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med längdsiffra</source>
        <translation>With length digit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skriver det normaliserade värdet (med --format csv/json även mer om det), eller orsaken på standard fel med slutkod 1.</source>
        <translation>Prints the normalised value (with --format csv/json also more about it), or the reason on standard error with exit code 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kontrollera ett person-, samordnings- eller organisationsnummer</source>
        <translation>check a personal identity, coordination or organisation number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriver personer som ÅÅÅÅMMDD-NNNK och organisationer som NNNNNN-NNNK, eller orsaken på standard fel med slutkod 1. Ett tiosiffrigt personnummer får sitt århundrade från --today.</source>
        <translation>Prints persons as YYYYMMDD-NNNC and organisations as NNNNNN-NNNC, or the reason on standard error with exit code 1. A ten-digit personal identity number gets its century from --today.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gör ett OCR-nummer: BASE + längdsiffra + kontrollsiffra</source>
        <translation>make an OCR reference: BASE + length digit + check digit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bara kontrollsiffra, ingen längdsiffra</source>
        <translation>check digit only, no length digit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kontrollera ett bankgironummer</source>
        <translation>check a Bankgiro number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontrollera ett plusgironummer</source>
        <translation>check a Plusgiro number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontrollera ett OCR-nummer (kontrollsiffra)</source>
        <translation>check an OCR reference (check digit)</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="+59"/>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>Användning: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (krävs)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flaggor:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemensamma flaggor:</source>
        <translation>Common options:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reskontrans fil eller postgresql://-adress</source>
        <translation>the ledger&apos;s file or postgresql:// address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>användare (loggas; inloggning när reskontran har lösenord)</source>
        <translation>user (logged; login once the ledger has passwords)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dagens datum (för körningar som ska kunna upprepas)</source>
        <translation>today&apos;s date (for runs that must be repeatable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>den här texten</source>
        <translation>this text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>visa vad som skulle hända, ändra ingenting</source>
        <translation>show what would happen, change nothing</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1: företagsnumret &quot;%2&quot; ska vara 1–3 siffror</source>
        <translation>--%1: the company number &quot;%2&quot; must be 1–3 digits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; ska vara ett företag (001) eller ett intervall (001-003)</source>
        <translation>--%1: &quot;%2&quot; must be a company (001) or a range (001-003)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: fakturanumret &quot;%2&quot; ska vara 1–9 siffror</source>
        <translation>%1: the invoice number &quot;%2&quot; must be 1–9 digits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1: &quot;%2&quot; ska vara ett heltal %3–%4</source>
        <translation>--%1: &quot;%2&quot; must be a whole number %3–%4</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-27"/>
        <source>Användning: reskontra-cli [--db LEDGER] [--user NAME] [--today D] [--format table|csv|json] KOMMANDO ...</source>
        <translation>Usage: reskontra-cli [--db LEDGER] [--user NAME] [--today D] [--format table|csv|json] COMMAND ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reskontra, kundreskontran, för schemalagda körningar.</source>
        <translation>Reskontra, the accounts receivable ledger, for scheduled runs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommandon:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reskontran: --db, annars $RESKONTRA_DB, annars %1.</source>
        <translation>Ledger: --db, else $RESKONTRA_DB, else %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare: --user, annars $RESKONTRA_USER, annars $USER.</source>
        <translation>User: --user, else $RESKONTRA_USER, else $USER.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenord (när någon användare har ett): $RESKONTRA_PASSWORD, annars frågas det på terminalen.</source>
        <translation>Password (once any user has one): $RESKONTRA_PASSWORD, otherwise it is asked for on the terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slutkoder: 0 klart, 1 vägrat eller misslyckat (reskontran oförändrad), 2 felaktigt anrop, 3 felaktig indatafil.</source>
        <translation>Exit codes: 0 done, 1 refused or failed (ledger unchanged), 2 invalid call, 3 invalid input file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mer om ett kommando: reskontra-cli KOMMANDO --help</source>
        <translation>More about a command: reskontra-cli COMMAND --help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mer hjälp: reskontra-cli %1 --help</source>
        <translation>More help: reskontra-cli %1 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Användning: reskontra-cli [GLOBALA FLAGGOR] KOMMANDO ...</source>
        <translation>Usage: reskontra-cli [GLOBAL OPTIONS] COMMAND ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer hjälp: reskontra-cli --help</source>
        <translation>More help: reskontra-cli --help</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--format: &quot;%1&quot; ska vara table, csv eller json</source>
        <translation>--format: &quot;%1&quot; must be table, csv or json</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>kommando saknas</source>
        <translation>command missing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; behöver ett underkommando: %2</source>
        <translation>&quot;%1&quot; needs a subcommand: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>okänt kommando &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 saknas</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oväntat argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_payments_import.cpp" line="-271"/>
        <source>reskontra-cli: filen har %n fel; ingen betalning har lästs in.</source>
        <translation>
            <numerusform>reskontra-cli: the file has %n error; no payment has been imported.</numerusform>
            <numerusform>reskontra-cli: the file has %n errors; no payment has been imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>betald</source>
        <translation>paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>överbetald</source>
        <translation>overpaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avskriven diff</source>
        <translation>difference written off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diff till nästa faktura</source>
        <translation>difference to next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avdrag</source>
        <translation>deduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oplacerad</source>
        <translation>unplaced</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment_order.cpp" line="-344"/>
        <source>--invoice: tomt fakturanummer i &quot;%1&quot;</source>
        <translation>--invoice: empty invoice number in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--concerns: %1 texter men %2 fakturor</source>
        <translation>--concerns: %1 texts but %2 invoices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ansökan kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>The application could not be written to %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML-filen kunde inte skrivas: %1. Inget ändrades.</source>
        <translation>The XML file could not be written: %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+7"/>
        <location line="+138"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ränta från</source>
        <translation>Interest from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntesats</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+4"/>
        <source>Upplupen ränta</source>
        <translation>Accrued interest</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Betalningsföreläggande nr %1</source>
        <translation>Payment order no. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande (utkast)</source>
        <translation>Payment order (draft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> den %1: %2 %3</source>
        <translation> on %1: %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 kr</source>
        <translation>%1: SEK %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital %1, ränta %2, kostnader i målet %3, inkassokostnader %4; summa %5 kr</source>
        <translation>Capital %1, interest %2, costs in the case %3, collection costs %4; total SEK %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Över högsta belopp (skäl: %1): %2</source>
        <translation>Above the maximum amount (reason: %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utkast: ingenting ändrades.</source>
        <translation>Draft: nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökan (PDF): %1</source>
        <translation>Application (PDF): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökan (XML): %1</source>
        <translation>Application (XML): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--pdf FILE krävs (utom med --dry-run)</source>
        <translation>--pdf FILE is required (except with --dry-run)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sökande</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofogden, ort</source>
        <translation>Enforcement Authority, town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombud</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökningsavgift</source>
        <translation>Application fee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bifogas</source>
        <translation>Enclosed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handräckning</source>
        <translation>Enforcement assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalning ur pant</source>
        <translation>Payment out of pledged property</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verkställighet</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast egendom</source>
        <translation>Real property</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--office: ingen kronofogdemyndighet i %1 i registret (Underhåll kronofogdemyndigheter).</source>
        <translation>--office: no Enforcement Authority office in %1 in the register (Enforcement Authority offices).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--enforcement: &quot;%1&quot; ska vara limited, full eller none</source>
        <translation>--enforcement: &quot;%1&quot; must be limited, full or none</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>ansökan om betalningsföreläggande för en gäldenär (7.17)</source>
        <translation>application for a payment order against one debtor (7.17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Högst 16 fakturor med samma personnummer, även från andra företag: skriv NNN/N i --invoice. --concerns ger &quot;avser&quot; per faktura i samma ordning, åtskilda med |. Ränta: 1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = --rate hela procent med --ground (högst 44 tecken), 3 = ingen ränta; upplupen ränta räknas till ansökningsdagen (--date, annars i dag). Kostnader i hela kronor, högst 9 999; ansökningsavgiften är 300 kr om inget annat anges. Kostnader över lagens högsta belopp (ansökningsavgift 300, eget arbete 380, påminnelse 60 per avtalad påminnelse, kravbrev 180 per inkassokrav, amorteringsplan 170) kräver --override-reason, som loggas. Sökande, ombud, mottagande kronofogdemyndighet, ansökningsavgiftens betalning och verkställighet tas från företagets sökandeuppgifter (payment-order applicant). Utskriften stämplar fakturorna med datum för betalningsföreläggande, bevakningstexten Betalningsföreläggande och kravparametrarnas kravkod, och sparar ansökan. --xml skriver samma ansökan som XML enligt den offentliga beskrivningen av Kronofogdens filtjänst, inte validerad mot Kronofogdens schema. --dry-run räknar och skriver filerna som utkast utan att ändra något.</source>
        <translation>At most 16 invoices with the same personal identity number, also from other companies: write NNN/N in --invoice. --concerns gives &quot;concerning&quot; per invoice in the same order, separated by |. Interest: 1 = reference rate + the dunning parameters&apos; margin (Interest Act, section 6), 2 = --rate whole percent with --ground (at most 44 characters), 3 = no interest; accrued interest is calculated to the application date (--date, otherwise today). Costs in whole kronor, at most 9,999; the application fee is SEK 300 unless stated otherwise. Costs above the statutory maximum amounts (application fee 300, own work 380, reminder 60 per agreed reminder, demand letter 180 per collection demand, payment plan 170) require --override-reason, which is logged. Applicant, representative, receiving Enforcement Authority office, payment of the application fee and enforcement are taken from the company&apos;s applicant details (payment-order applicant). Printing stamps the invoices with the payment order date, the monitoring text &quot;Payment order&quot; and the dunning parameters&apos; dunning code, and saves the application. --xml writes the same application as XML according to the public description of the Enforcement Authority&apos;s file service, not validated against the Enforcement Authority&apos;s schema. --dry-run calculates and writes the files as drafts without changing anything.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>företaget vars fakturor och sökandeuppgifter gäller</source>
        <translation>the company whose invoices and applicant details apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturanummer; NNN/N för ett annat företag</source>
        <translation>invoice number; NNN/N for another company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansökningsdatum (i dag)</source>
        <translation>application date (today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gäldenärens personnummer, om fakturorna saknar det</source>
        <translation>the debtor&apos;s personal identity number, if the invoices lack it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avser per faktura, högst 67 tecken var</source>
        <translation>concerning per invoice, at most 67 characters each</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>räntealternativ (1)</source>
        <translation>interest alternative (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>räntesats i hela procent för alternativ 2</source>
        <translation>interest rate in whole percent for alternative 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grund för alternativ 2, högst 44 tecken</source>
        <translation>grounds for alternative 2, at most 44 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>särskilda upplysningar, högst 60 tecken</source>
        <translation>additional information, at most 60 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yrkad ansökningsavgift (300)</source>
        <translation>application fee claimed (300)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eget arbete/ombudsarvode</source>
        <translation>own work/representative&apos;s fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registreringsbevis</source>
        <translation>registration certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>övriga kostnader enligt bilaga</source>
        <translation>other costs as per appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningspåminnelse</source>
        <translation>payment reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravbrev</source>
        <translation>demand letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amorteringsplan</source>
        <translation>payment plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>övrig inkassokostnad</source>
        <translation>other collection cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vad den övriga inkassokostnaden avser, högst 24 tecken</source>
        <translation>what the other collection cost is for, at most 24 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skäl för kostnader över lagens högsta belopp (loggas)</source>
        <translation>reason for costs above the statutory maximum amounts (logged)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>ansökan som PDF</source>
        <translation>the application as PDF</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>ansökan som XML</source>
        <translation>the application as XML</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>visa eller ändra sökandeuppgifter för betalningsföreläggande (F18)</source>
        <translation>show or change the applicant details for payment orders (F18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rader åtskiljs med |, högst 5 rader om 30 tecken. --office hämtar myndighetens namn och adress ur registret över kronofogdemyndigheter (7.10); --office-lines skriver egna rader. Har ansökningsavgiften ett belopp ska antingen --fee-plusgiro eller --fee-enclosed yes anges. Utan ändringar visas de sparade uppgifterna.</source>
        <translation>Lines are separated by |, at most 5 lines of 30 characters. --office fetches the office&apos;s name and address from the register of Enforcement Authority offices (7.10); --office-lines writes your own lines. If the application fee has an amount, either --fee-plusgiro or --fee-enclosed yes must be given. Without changes the saved details are shown.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sökandens namn och adress</source>
        <translation>the applicant&apos;s name and address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sökandens organisationsnummer, 10 siffror</source>
        <translation>the applicant&apos;s organisation number, 10 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mottagande kronofogdemyndighet ur registret</source>
        <translation>receiving Enforcement Authority office from the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mottagarens rader</source>
        <translation>the recipient&apos;s lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ombud (tomt = inget)</source>
        <translation>representative (empty = none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansökningsavgift att betala, hela kronor</source>
        <translation>application fee to pay, whole kronor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofogdens plusgirokonto</source>
        <translation>the Enforcement Authority&apos;s Plusgiro account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avgiften bifogas</source>
        <translation>the fee is enclosed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>även handräckning enligt bilaga</source>
        <translation>also enforcement assistance as per the appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fastställande till betalning ur pant</source>
        <translation>ruling for payment out of pledged property</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limited, full eller none</source>
        <translation>limited, full or none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begär utmätning av fast egendom</source>
        <translation>request distraint of real property</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lista utskrivna betalningsförelägganden</source>
        <translation>list printed payment orders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skriv ut en sparad ansökan igen, som den skrevs</source>
        <translation>print a saved application again, as it was printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansökans nummer</source>
        <translation>the application&apos;s number</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="-136"/>
        <location line="+132"/>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+157"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+155"/>
        <location line="+44"/>
        <source>Bokfört</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Diff</source>
        <translation>Diff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Inläsning nr</source>
        <translation>Import no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningar</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placerade</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placerat belopp</source>
        <translation>Placed amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerade</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerat belopp</source>
        <translation>Unplaced amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetalningar</source>
        <translation>Overpayments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalt belopp</source>
        <translation>Overpaid amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avskrivna småbelopp</source>
        <translation>Small amounts written off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till nästa faktura</source>
        <translation>To next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avdrag</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signallista</source>
        <translation>Signal list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläst igen</source>
        <translation>Imported again</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ingenting har ändrats. Läs in den igen med --force om det är rätt.</source>
        <translation>Nothing has been changed. Import it again with --force if that is right.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID: &quot;%1&quot; ska vara ett nummer ur listan</source>
        <translation>ID: &quot;%1&quot; must be a number from the list</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment_order.cpp" line="-120"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-21"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+8"/>
        <location line="+29"/>
        <location line="+18"/>
        <location line="+26"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="-109"/>
        <location line="+49"/>
        <location line="+66"/>
        <source>Betaldag</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Betalare</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_purge.cpp" line="+9"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-300"/>
        <location line="+169"/>
        <location filename="../app/cli/cli_interest.cpp" line="-132"/>
        <location line="+74"/>
        <location line="+34"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-107"/>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-167"/>
        <location line="+168"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location line="+58"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-141"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-57"/>
        <source>Ränta %</source>
        <translation>Interest %</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-221"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+5"/>
        <location line="+18"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-287"/>
        <location line="+167"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location line="+53"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+1"/>
        <location line="+141"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-19"/>
        <location line="+21"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-40"/>
        <source>ange antingen --company och --invoice, eller --amount, --due och --to</source>
        <translation>give either --company and --invoice, or --amount, --due and --to</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(inga ränteperioder)</source>
        <translation>(no interest periods)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>Referensränta %</source>
        <translation>Reference rate %</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dröjsmålsränta %</source>
        <translation>Late-payment interest %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Bekräftad</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+3"/>
        <location line="+44"/>
        <location filename="../app/cli/cli_purge.cpp" line="-1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>upplupen dröjsmålsränta på en faktura eller ett belopp</source>
        <translation>accrued late-payment interest on an invoice or an amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntan räknas på kapitalet med referensräntan för varje dag plus räntetillägget i kravparametrarna, per period mellan ränteändringar och betalningar, avrundad en gång till hela öre. Utan --to räknas fakturans ränta till slutbetalningsdagen eller i dag.</source>
        <translation>Interest is calculated on the capital at each day&apos;s reference rate plus the interest margin in the dunning parameters, per period between rate changes and payments, rounded once to whole öre. Without --to, the invoice&apos;s interest is calculated up to the final payment date or today.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belopp, t.ex. 10 000,00</source>
        <translation>amount, e.g. 10 000,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>räkna ränta till och med dagen D</source>
        <translation>calculate interest up to and including day D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>referensräntor (obekräftade markerade UNVERIFIED)</source>
        <translation>reference rates (unconfirmed ones marked UNVERIFIED)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lägg in, ändra eller bekräfta referensräntan från ett datum</source>
        <translation>enter, change or confirm the reference rate from a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntan anges med högst 4 siffror varav 2 decimaler, t.ex. 2,50 eller -0,50 (handbok 7.8). En inlagd ränta räknas som bekräftad.</source>
        <translation>The rate is given with at most 4 digits, 2 of them decimals, e.g. 2,50 or -0,50 (handbook 7.8). An entered rate counts as confirmed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gäller från och med</source>
        <translation>valid from and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referensränta i procent</source>
        <translation>reference rate in percent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>källa, t.ex. riksbank.se</source>
        <translation>source, e.g. riksbank.se</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="-43"/>
        <source>Placerad på</source>
        <translation>Placed on</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Överbetalt</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flyttad till</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kvar som överbetalning</source>
        <translation>Left as overpayment</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bevakning</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedd av</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Person-/orgnr</source>
        <translation>Person/org. no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Från faktura</source>
        <translation>From invoice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förd till</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-204"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-314"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-52"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+18"/>
        <source>--%1: &quot;%2&quot; ska vara yes eller no</source>
        <translation>--%1: &quot;%2&quot; must be yes or no</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="+30"/>
        <source>Belopp vid överbetalning</source>
        <translation>Amount for overpayment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp vid underbetalning</source>
        <translation>Amount for underpayment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontering</source>
        <translation>Account coding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring nästa faktura</source>
        <translation>Transfer to next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observationskonto</source>
        <translation>Suspense account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolagens giro</source>
        <translation>Collection agencies&apos; giro numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt BG/PG/inkasso/avskr/avdrag</source>
        <translation>Payment methods BG/PG/collection/write-off/deduction</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>läs in en fil som redan är inläst (samma innehåll eller tidsstämpel)</source>
        <translation>import a file that has already been imported (same content or timestamp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa utfallet för varje betalning</source>
        <translation>show the outcome of every payment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mottagarkontot väljer företaget; OCR-referensen väljer fakturan. Okända referenser
går till oplacerade betalningar, belopp över saldot till överbetalningar, små
differenser inom gränserna i payment-parameters skrivs av. Allt eller inget:
ett fel i filen listas som FIL:RAD: orsak (slutkod 3); en redan inläst fil
avvisas (slutkod 1) om inte --force anges.</source>
        <translation>The recipient account selects the company; the OCR reference selects the invoice. Unknown references
go to unplaced payments, amounts above the balance to overpayments, small
differences within the limits in payment-parameters are written off. All or nothing:
an error in the file is listed as FILE:LINE: reason (exit code 3); a file already imported
is rejected (exit code 1) unless --force is given.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inbetalningar från Bankgirot (BgMax)</source>
        <translation>payments from Bankgirot (BgMax)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>inbetalningar från Plusgirot/Nordea (Total-IN)</source>
        <translation>payments from Plusgirot/Nordea (Total-IN)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bara detta företag</source>
        <translation>this company only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>även avklarade rader</source>
        <translation>also settled lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturan betalningen ska till</source>
        <translation>the invoice the payment should go to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oplacerade betalningar</source>
        <translation>unplaced payments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placera en oplacerad betalning på en faktura</source>
        <translation>place an unplaced payment on an invoice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>markera en oplacerad betalning återbetald</source>
        <translation>mark an unplaced payment as refunded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>överbetalningar</source>
        <translation>overpayments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flytta en överbetalning till samma kunds faktura</source>
        <translation>move an overpayment to an invoice of the same customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>markera en överbetalning återbetald</source>
        <translation>mark an overpayment as refunded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signallista: betalningar på fordringar med betalningsbevakning</source>
        <translation>signal list: payments on claims with payment monitoring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>småbelopp som ska föras till kundens nästa faktura</source>
        <translation>small amounts to be transferred to the customer&apos;s next invoice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parametrar maskinella inbetalningar (handbok 3.4)</source>
        <translation>parameters for automatic payments (handbook 3.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>företaget</source>
        <translation>the company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belopp vid överbetalning</source>
        <translation>amount for overpayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belopp vid underbetalning</source>
        <translation>amount for underpayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avräkningskonto</source>
        <translation>clearing account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observationskonto för avvisade betalningar</source>
        <translation>suspense account for rejected payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>överföring nästa faktura</source>
        <translation>transfer to next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inkassobolagens bankgiro/plusgiro (tomt tar bort)</source>
        <translation>collection agencies&apos; Bankgiro/Plusgiro numbers (empty removes them)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_reports.cpp" line="-242"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-74"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+8"/>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="-173"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-139"/>
        <source>--%1: &quot;%2&quot; ska vara ett värde eller ett intervall A-B</source>
        <translation>--%1: &quot;%2&quot; must be a value or a range A-B</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--kind: &quot;%1&quot; ska vara all, auto eller manual</source>
        <translation>--kind: &quot;%1&quot; must be all, auto or manual</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--per: &quot;%1&quot; ska vara day, week eller month</source>
        <translation>--per: &quot;%1&quot; must be day, week or month</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+95"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+216"/>
        <source>skriv listan till FILE.xlsx (Excel) eller FILE.csv</source>
        <translation>write the list to FILE.xlsx (Excel) or FILE.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbetalningslista (5.2): transaktioner med delsummor per datum och sätt</source>
        <translation>Payment list (5.2): transactions with subtotals per date and method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from/--to väljer transaktionsdatum. --invoice 04 ger rutin 04 (040000000-049999999).
JSON: rows, subtotals (level 1 = datum och sätt, 2 = datum) och total; belopp i öre.
CSV på stdout: bara transaktionsraderna, nycklar som rubriker; --out FILE.csv ger
listan med delsummor, svenska rubriker och BOM för Excel.</source>
        <translation>--from/--to select the transaction date. --invoice 04 gives routine 04 (040000000-049999999).
JSON: rows, subtotals (level 1 = date and method, 2 = date) and total; amounts in öre.
CSV on stdout: the transaction rows only, keys as headings; --out FILE.csv gives
the list with subtotals, Swedish headings and a BOM for Excel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transaktionsdatum from</source>
        <translation>transaction date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaktionsdatum tom</source>
        <translation>transaction date to</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+29"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-8"/>
        <source>fakturanummer eller intervall; kortare nummer fylls ut med 0 resp. 9</source>
        <translation>invoice number or range; shorter numbers are padded with 0 and 9 respectively</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bara inbetalningssätt M</source>
        <translation>payment method M only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inrapporteringsdatum from</source>
        <translation>reporting date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+5"/>
        <source>bokföringsdatum from</source>
        <translation>posting date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+1"/>
        <source>bokföringsdatum tom</source>
        <translation>posting date to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag from</source>
        <translation>due date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag tom</source>
        <translation>due date to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all (standard), auto = bara från bankfil, manual = inga från bankfil</source>
        <translation>all (default), auto = only from bank files, manual = none from bank files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ta med personnummer och namn</source>
        <translation>include personal identity number and name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbetalningsprognos (5.3): öppna saldon per förfallodag</source>
        <translation>Payment forecast (5.3): open balances per due date</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="-8"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-2"/>
        <source>rutin eller intervall</source>
        <translation>routine or range</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+5"/>
        <source>förfallodatum from</source>
        <translation>due date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+1"/>
        <source>förfallodatum tom</source>
        <translation>due date to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day (standard), week eller month</source>
        <translation>day (default), week or month</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sök inbetalningar (5.1): från sökt värde, sorterat på det</source>
        <translation>Search payments (5.1): from the value searched for, sorted by it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>från inbetalningsdatum</source>
        <translation>from payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från inbetalningssätt</source>
        <translation>from payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från inbetalt belopp</source>
        <translation>from amount paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från fakturanummer</source>
        <translation>from invoice number</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_unbilled.cpp" line="-70"/>
        <source>--out: &quot;%1&quot; ska sluta på .xlsx eller .csv</source>
        <translation>--out: &quot;%1&quot; must end in .xlsx or .csv</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ej debiterade räntor och avgifter (7.14): dröjsmålsränta på sent slutbetalda fakturor och avgifter som inte uppdebiterats</source>
        <translation>Unbilled interest and fees (7.14): late-payment interest on invoices paid in full late, and fees that have not been debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturor slutbetalda från --paid-from till --paid-to. Ränta till slutbetalningsdagen
minus redan debiterad ränta; ingen ränta på fakturor med räntefaktura eller kravkod
utan ränta.
--min-interest (hela kronor, högst 999) och --min-days gäller utöver kravparametrarna;
färre dagar än minimum ger varken ränta eller avgifter. Listan ändrar ingenting.
JSON: rows, subtotals (per företag) och total; belopp i öre. CSV på stdout: bara
fakturaraderna; --out FILE.csv ger listan med delsummor och svenska rubriker.</source>
        <translation>Invoices paid in full from --paid-from to --paid-to. Interest up to the day of final payment
minus interest already debited; no interest on invoices with an interest invoice or a dunning
code without interest.
--min-interest (whole kronor, at most 999) and --min-days apply in addition to the dunning
parameters; fewer days than the minimum give neither interest nor fees. The list changes nothing.
JSON: rows, subtotals (per company) and total; amounts in öre. CSV on stdout: only the
invoice rows; --out FILE.csv gives the list with subtotals and Swedish headings.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+83"/>
        <location line="+32"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+9"/>
        <source>slutbetald from</source>
        <translation>paid in full from</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+1"/>
        <source>slutbetald tom</source>
        <translation>paid in full to</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_unbilled.cpp" line="+8"/>
        <source>minsta ränta i hela kronor (0-999)</source>
        <translation>minimum interest in whole kronor (0-999)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minsta antal dagar efter förfallodagen (0-999)</source>
        <translation>minimum number of days after the due date (0-999)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-32"/>
        <source>--%1: ange hela kronor, inte &quot;%2&quot;</source>
        <translation>--%1: enter whole kronor, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Avisering</source>
        <translation>Notice fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny ränta</source>
        <translation>New interest</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Amorteringsplan %1 för %2 (%3), upprättad %4</source>
        <translation>Payment plan %1 for %2 (%3), drawn up %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amorteringsplan för %1 (%2), %3</source>
        <translation>Payment plan for %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total skuld %1 kr (kapital %2, avgifter %3, upplupen ränta %4); ny ränta %5, aviseringsavgifter %6; att betala %7 kr i %8 delbetalningar.</source>
        <translation>Total debt SEK %1 (capital %2, fees %3, accrued interest %4); new interest %5, notice fees %6; to pay SEK %7 in %8 instalments.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kontroll: ingenting ändrades.</source>
        <translation>Check: nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planen (PDF): %1</source>
        <translation>The plan (PDF): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planen kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>The plan could not be written to %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--months och --then anges tillsammans</source>
        <translation>--months and --then must be given together</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skuld</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delbet.</source>
        <translation>Instal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första</source>
        <translation>First</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID: &quot;%1&quot; ska vara en plans nummer</source>
        <translation>ID: &quot;%1&quot; must be a plan number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amorteringsplan %1 finns inte.</source>
        <translation>Payment plan %1 does not exist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>skriv planen som PDF</source>
        <translation>write the plan as PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amorteringsplan: betalningsplan för upp till 24 fakturor (handbok 7.18)</source>
        <translation>payment plan: repayment schedule for up to 24 invoices (handbook 7.18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varje delbetalning betalar först avgifter och upplupen ränta, sedan ränta sedan föregående betalning och sist kapital; aviseringsavgiften läggs till. Planen stämplar fakturorna med datum för amorteringsplan, sätter kravkoden från kravparametrarna och bevakningstexten &quot;Amorteringsplan&quot;. Gäldenären hämtas från den första fakturan, borgenären är den sparade (första gången företagets uppgifter). Med --dry-run ändras ingenting (en PDF skrivs ändå som förhandsvisning).</source>
        <translation>Each instalment pays first fees and accrued interest, then interest since the previous payment and last capital; the notice fee is added. The plan stamps the invoices with the payment plan date, sets the dunning code from the dunning parameters and the monitoring text &quot;Payment plan&quot;. The debtor is taken from the first invoice; the creditor is the saved one (the first time, the company&apos;s details). With --dry-run nothing is changed (a PDF is still written as a preview).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>företaget fakturorna finns i</source>
        <translation>the company the invoices are in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturanummer, högst 24</source>
        <translation>invoice numbers, at most 24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>första betalningsdag</source>
        <translation>first payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>månadsbelopp i hela kronor</source>
        <translation>monthly amount in whole kronor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>antal månader med månadsbeloppet</source>
        <translation>number of months with the monthly amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>månadsbelopp därefter</source>
        <translation>monthly amount thereafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aviseringsavgift per delbetalning</source>
        <translation>notice fee per instalment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skäl för en aviseringsavgift över 170 kr (loggas)</source>
        <translation>reason for a notice fee above SEK 170 (logged)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen dröjsmålsränta</source>
        <translation>no late-payment interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>betalning den sista i varje månad (första dagen måste vara en månads sista)</source>
        <translation>payment on the last day of every month (the first date must be the last day of a month)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sparade amorteringsplaner, nyaste först</source>
        <translation>saved payment plans, newest first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en sparad amorteringsplan, som den skrevs ut</source>
        <translation>a saved payment plan, as it was printed</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_saldolista.cpp" line="-75"/>
        <source>--dunning-code: kravkod 1–9 eller ett intervall 1-9</source>
        <translation>--dunning-code: dunning code 1–9 or a range 1-9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sort: &quot;%1&quot; ska vara invoice, id, name, due, routine, register eller department</source>
        <translation>--sort: &quot;%1&quot; must be invoice, id, name, due, routine, register or department</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--detail: &quot;%1&quot; ska vara full eller narrow</source>
        <translation>--detail: &quot;%1&quot; must be full or narrow</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saldolista (6.4): fakturornas saldo med delsummor per rutin och företag</source>
        <translation>Balance list (6.4): the invoices&apos; balances with subtotals per routine and company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kolumnerna invoiced (FAKTURERAT), debited (PÅFÖRT), paid (INBETALT, negativt) och
balance (SALDO) stämmer: invoiced + debited + paid = balance, på varje rad och summa.
--as-of D ger saldot vid dagens slut: transaktioner efter D räknas bort, fakturor
framställda efter D är inte med. --sort routine = debiteringsrutinens identitet.
JSON: rows, subtotals (level 1 = rutin, 2 = företag) och total; belopp i öre.</source>
        <translation>The columns invoiced (FAKTURERAT), debited (PÅFÖRT), paid (INBETALT, negative) and
balance (SALDO) add up: invoiced + debited + paid = balance, on every row and total.
--as-of D gives the balance at the end of the day: transactions after D are deducted,
invoices issued after D are not included. --sort routine = the billing routine identity.
JSON: rows, subtotals (level 1 = routine, 2 = company) and total; amounts in öre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fakturadatum from</source>
        <translation>invoice date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturadatum tom</source>
        <translation>invoice date to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>debiteringsrutinens identitet from</source>
        <translation>billing routine identity from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debiteringsrutinens identitet tom</source>
        <translation>billing routine identity to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer from (1–10 siffror)</source>
        <translation>personal identity number from (1–10 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnummer tom</source>
        <translation>personal identity number to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundnummer eller intervall</source>
        <translation>customer number or range</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saldobelopp from</source>
        <translation>balance amount from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saldobelopp tom</source>
        <translation>balance amount to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravkod eller intervall</source>
        <translation>dunning code or range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast obetalda fakturor (saldo ≠ 0)</source>
        <translation>only unpaid invoices (balance ≠ 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>justera bort inbetalningar efter D (saldo per D)</source>
        <translation>adjust away payments after D (balance as of D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice (standard), id, name, due, routine, register, department</source>
        <translation>invoice (default), id, name, due, routine, register, department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast påminda fakturor</source>
        <translation>only invoices that have had a reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast inkassokrävda fakturor</source>
        <translation>only invoices that have had a collection demand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast fakturor med inbetalningssätt M</source>
        <translation>only invoices with payment method M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast totalrader</source>
        <translation>only total rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full (standard, alla kolumner) eller narrow (smal lista för utskrift)</source>
        <translation>full (default, all columns) or narrow (narrow list for printing)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kundfordringar (6.5): obetalda fakturor per ett datum</source>
        <translation>Accounts receivable (6.5): unpaid invoices as of a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor med fakturadatum t.o.m. D och saldo ≠ 0 vid dagens slut.
--sort: company, invoice_number, id, name, invoice_date, due_date, days_overdue,
invoiced eller balance. --filter: början av fakturanummer, personnummer,
kundnummer (siffror) eller namn.</source>
        <translation>Invoices with an invoice date up to and including D and a balance ≠ 0 at the end of the day.
--sort: company, invoice_number, id, name, invoice_date, due_date, days_overdue,
invoiced or balance. --filter: the start of the invoice number, personal identity number,
customer number (digits) or name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>obetalda per D</source>
        <translation>unpaid as of D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast vissa fakturor</source>
        <translation>only certain invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sortera på kolumnen</source>
        <translation>sort by the column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fallande sortering</source>
        <translation>descending sort</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_threat.cpp" line="+45"/>
        <source>Kontrollista hot om betalningsföreläggande %1: %2 fordringar</source>
        <translation>Control list: threat of payment order %1: %2 claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande %1: %2 fordringar stämplade</source>
        <translation>Threat of payment order %1: %2 claims stamped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Att betala sammanlagt %1 kr; upplupen ränta %2 kr (utskriven, ej debiterad).</source>
        <translation>Total to pay SEK %1; accrued interest SEK %2 (printed, not debited).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hoppas över: %1/%2: %3</source>
        <translation>Skipped: %1/%2: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reskontra-cli: inga brev att skriva till %1.</source>
        <translation>reskontra-cli: no letters to write to %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hot om betalningsföreläggande (7.16)</source>
        <translation>threat of payment order (7.16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriver hot om betalningsföreläggande (A4 stående) för obetalda fordringar där minst --days dagar gått sedan inkassokravet och inget hot skickats, och stämplar datumet på fordringarna. Fordringar med amorteringsplan, betalningsföreläggande eller överförda till inkasso tas inte med; en kravkod med &quot;ej hot&quot; som gäller på datumet hoppar över fordran. Ingen avgift eller ränta debiteras; --interest skriver ut den upplupna dröjsmålsräntan. --dry-run ger kontrollistan, exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet hålls för manuell hantering.</source>
        <translation>Writes threats of payment order (A4 portrait) for unpaid claims where at least --days days have passed since the collection demand and no threat has been sent, and stamps the date on the claims. Claims with a payment plan, a payment order or transferred to debt collection are not included; a dunning code with &quot;no threat&quot; in force on the date skips the claim. No fee or interest is debited; --interest prints the accrued late-payment interest. --dry-run gives the control list: exactly the same result without changing anything. Letters to customers with a protected identity are held for manual handling.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>antal dagar sedan inkassokrav, 1–999</source>
        <translation>number of days since the collection demand, 1–999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>textnummer 1–9 för hotet</source>
        <translation>text number 1–9 for the threat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skriv ut upplupen dröjsmålsränta</source>
        <translation>print accrued late-payment interest</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_login.cpp" line="+142"/>
        <source>Lösenord för %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reskontran kräver inloggning: ange användaren med --user och lösenordet i $RESKONTRA_PASSWORD, eller kör kommandot på en terminal.</source>
        <translation>The ledger requires login: give the user with --user and the password in $RESKONTRA_PASSWORD, or run the command on a terminal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kommandot &quot;%1&quot;</source>
        <translation>The command &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nytt lösenord för %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samma lösenord igen: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenorden är inte lika; inget är ändrat.</source>
        <translation>The passwords differ; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_purge.cpp" line="-49"/>
        <source>--lists: &quot;%1&quot; ska vara invoice, name eller id</source>
        <translation>--lists: &quot;%1&quot; must be invoice, name or id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lists: &quot;%1&quot; har för många &apos;:&apos;</source>
        <translation>--lists: &quot;%1&quot; has too many &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lists: detaljen &quot;%1&quot; ska vara lines eller dunning</source>
        <translation>--lists: the detail &quot;%1&quot; must be lines or dunning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lists: ange minst en lista</source>
        <translation>--lists: give at least one list</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--exclude-code: &quot;%1&quot; ska vara en kravkod 1–9</source>
        <translation>--exclude-code: &quot;%1&quot; must be a dunning code 1–9</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--exclude-code: högst %1 kravkoder</source>
        <translation>--exclude-code: at most %1 dunning codes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Betald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans.</source>
        <translation>Trans.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Endast lista, betalda före %1: %2 fakturor skulle rensas</source>
        <translation>List only, paid before %1: %2 invoices would be purged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning betalda före %1: %2 fakturor rensade</source>
        <translation>Purge paid before %1: %2 invoices purged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</source>
        <translation>Amount SEK %1, paid SEK %2, %3 transactions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endast lista: ingenting ändrades.</source>
        <translation>List only: nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslistan (PDF): %1</source>
        <translation>The receipt list (PDF): %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--pdf: kvittenslistan är obligatorisk vid rensning (eller --dry-run för endast lista)</source>
        <translation>--pdf: the receipt list is required when purging (or --dry-run for list only)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>rensning betalda fakturor (8.4)</source>
        <translation>purge of paid invoices (8.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar bort fakturor med saldo noll som betalts före --paid-before (slutbetalningsdatum och sista transaktion före datumet) ur reskontran, med transaktioner och tillhörande uppgifter, i en enda transaktion. Kunderna finns kvar. Fakturor med ej bokförda transaktioner, i en pågående amorteringsplan eller ett pågående betalningsföreläggande, med inkassobetalningar som inte rapporterats, med osedd signal eller som en kvarvarande faktura hänvisar till rensas inte (listas med orsak). Kvittenslistan (--pdf) skrivs innan något tas bort; kan den inte skrivas ändras ingenting. --lists väljer listor: invoice, name, id, var och en med :lines (fakturarader) och/eller :dunning (kravuppgifter), t.ex. invoice:lines+dunning,name. --dry-run ger endast lista och ändrar ingenting. Kräver rollen arbetsledare.</source>
        <translation>Removes invoices with a zero balance paid before --paid-before (final payment date and last transaction before the date) from the ledger, with their transactions and related details, in one single transaction. The customers remain. Invoices with transactions not booked, in a running payment plan or a pending payment order, with collection payments not reported, with an unacknowledged signal, or referred to by a remaining invoice are not purged (they are listed with the reason). The receipt list (--pdf) is written before anything is removed; if it cannot be written, nothing changes. --lists chooses lists: invoice, name, id, each with :lines (invoice lines) and/or :dunning (dunning details), e.g. invoice:lines+dunning,name. --dry-run gives the list only and changes nothing. Requires the role supervisor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>betalda före detta datum</source>
        <translation>paid before this date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>företag, NNN eller NNN-NNN (tomt = alla)</source>
        <translation>company, NNN or NNN-NNN (empty = all)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkoder som inte rensas, högst 4, kommaseparerade</source>
        <translation>dunning codes not purged, at most 4, comma-separated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kvittenslistor (standard: invoice)</source>
        <translation>receipt lists (default: invoice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kvittenslistan som PDF (krävs utom vid --dry-run)</source>
        <translation>the receipt list as PDF (required except with --dry-run)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_users.cpp" line="-114"/>
        <source>%1: &quot;%2&quot; ska vara read, clerk, supervisor eller administrator</source>
        <translation>%1: &quot;%2&quot; must be read, clerk, supervisor or administrator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: företagsnumret &quot;%2&quot; ska vara 1–3 siffror</source>
        <translation>%1: the company number &quot;%2&quot; must be 1–3 digits</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+90"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+90"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Behörighet</source>
        <translation>Access</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>alla</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+87"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Har lösenord</source>
        <translation>Has password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Ändrad av</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Automatisk utloggning (minuter, 0 = aldrig)</source>
        <translation>Automatic log-out (minutes, 0 = never)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>lägg upp en användare (utan lösenord)</source>
        <translation>add a user (without a password)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollerna: read = läsbehörighet, clerk = handläggare, supervisor = arbetsledare, administrator = administratör (ser alla företag). Sätt sedan lösenordet med &quot;user password LOGIN&quot;.</source>
        <translation>The roles: read = read only, clerk = clerk, supervisor = supervisor, administrator = administrator (sees all companies). Then set the password with &quot;user password LOGIN&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fullständigt namn</source>
        <translation>full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag användaren får se och ändra</source>
        <translation>companies the user may see and change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sätt eller byt lösenord (två gånger på terminalen, annars första raden på stdin)</source>
        <translation>set or change a password (twice on the terminal, otherwise the first line on stdin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minst %1 tecken. När någon har lösenord måste alla logga in: --user NAMN och lösenordet i $RESKONTRA_PASSWORD eller på terminalen. Den egna användarens lösenord får alla byta.</source>
        <translation>At least %1 characters. Once anyone has a password, everyone must log in: --user NAME and the password in $RESKONTRA_PASSWORD or on the terminal. Everyone may change their own password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ändra användarens roll</source>
        <translation>change the user&apos;s role</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ange vilka företag användaren får se och ändra</source>
        <translation>set which companies the user may see and change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>användarna med roll och företag</source>
        <translation>the users with role and companies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stäng av en användare (kan inte logga in)</source>
        <translation>deactivate a user (cannot log in)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>släpp på en avstängd användare igen</source>
        <translation>reactivate a deactivated user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>visa eller ändra tiden till automatisk utloggning i programmet</source>
        <translation>show or change the time to automatic log-out in the program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minuter utan tangentbord eller mus, 0 = aldrig (standard 30)</source>
        <translation>minutes without keyboard or mouse, 0 = never (default 30)</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../core/storage/runlock.cpp" line="+72"/>
        <source>okänd tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kravkörning</source>
        <translation>Dunning run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläsning BgMax</source>
        <translation>BgMax import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläsning Total-IN</source>
        <translation>Total-IN import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringskörning</source>
        <translation>Booking run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefakturering</source>
        <translation>Interest invoicing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till nästa faktura</source>
        <translation>Transfer to the next invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till inkasso</source>
        <translation>Transfer to collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning betalda fakturor</source>
        <translation>Purge of paid invoices</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 för företag %2 pågår sedan %3, startad av %4 på %5</source>
        <translation>%1 for company %2 has been running since %3, started by %4 on %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pågår</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avbruten (processen finns inte längre)</source>
        <translation>interrupted (the process no longer exists)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okänd (annan dator)</source>
        <translation>unknown (another computer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>klar</source>
        <translation>finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rensad automatiskt av %1</source>
        <translation>cleared automatically by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rensad av %1</source>
        <translation>cleared by %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>rensad automatiskt: innehavaren finns inte längre</source>
        <translation>cleared automatically: the holder no longer exists</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Har körningen avbrutits kan en administratör ta bort låset under Rensning loggposter efter avbrott.</source>
        <translation>If the run was interrupted, an administrator can remove the lock under Clear log entries after interruption.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 kan startas när den är klar.</source>
        <translation>%1 can be started when it has finished.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 kunde inte låsa företag %2: %3</source>
        <translation>%1 could not lock company %2: %3</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, PostgreSQL-process %1</source>
        <translation>, PostgreSQL process %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rensning loggposter efter avbrott</source>
        <translation>Clear log entries after interruption</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>borttaget av administratör</source>
        <translation>removed by an administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Låset för företag %1 finns inte längre (körningen har avslutats eller någon annan har tagit bort det).</source>
        <translation>The lock for company %1 no longer exists (the run has finished or someone else has removed it).</translation>
    </message>
</context>
<context>
    <name>Saldolista</name>
    <message>
        <location filename="../core/reports/saldolista.cpp" line="+27"/>
        <location line="+117"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+120"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+69"/>
        <location line="+48"/>
        <source>Debiteringsrutinens identitet</source>
        <translation>Billing routine identity</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Avdelning/förvaltning</source>
        <translation>Department/administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <location line="+16"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rutin: tom %1 ligger före from %2.</source>
        <translation>Routine: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer from</source>
        <translation>Invoice number from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer tom</source>
        <translation>Invoice number to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer: tom %1 ligger före from %2.</source>
        <translation>Invoice number: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Förfallodatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Bokföringsdatum</source>
        <translation>Posting date</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Personnummer from</source>
        <translation>Personal identity number from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer tom</source>
        <translation>Personal identity number to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer: tom %1 ligger före from %2.</source>
        <translation>Personal identity number: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>Förvaltning/avdelning</source>
        <translation>Administration/department</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Saldobelopp: tom %1 ligger före from %2.</source>
        <translation>Balance amount: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kravkod: %1 ska vara 1–9.</source>
        <translation>Dunning code: %1 must be 1–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravkod: tom %1 ligger före from %2.</source>
        <translation>Dunning code: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Payment method &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saldolista</source>
        <translation>Balance list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldo per %1: inbetalningar och händelser efter dagen bortjusterade, fakturor framställda efter dagen ej med</source>
        <translation>Balance as of %1: payments and transactions after the day adjusted away, invoices issued after the day not included</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldobelopp</source>
        <translation>Balance amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <location line="+24"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Endast obetalda fakturor</source>
        <translation>Only unpaid invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast påminda fakturor</source>
        <translation>Only invoices with reminders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast inkassokrävda fakturor</source>
        <translation>Only invoices with collection demands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast fakturor med inbetalningssätt %1</source>
        <translation>Only invoices with payment method %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast totalrader</source>
        <translation>Only total rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortering: %1</source>
        <translation>Sort order: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krav: P1/P2 påminnelse 1/2, IK inkassokrav, RK restkrav, HB hot om betalningsföreläggande, BF betalningsföreläggande; datum för det senaste</source>
        <translation>Dunning: P1/P2 reminder 1/2, IK collection demand, RK residual demand, HB threat of payment order, BF payment order; date of the latest</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Person-/kundnr</source>
        <translation>Personal/cust. no.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Krav</source>
        <translation>Dunning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rutinidentitet</source>
        <translation>Routine identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avd</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt.datum</source>
        <translation>Inv. date</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Fakturerat</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Påfört</source>
        <translation>Debited</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Inbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Senaste inbet.</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påm 1</source>
        <translation>Rem. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påm 2</source>
        <translation>Rem. 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot bet.f.</source>
        <translation>Threat of PO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bet.föreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakning</source>
        <translation>Monitoring</translation>
    </message>
</context>
<context>
    <name>SavedPrints</name>
    <message>
        <location filename="../core/reports/savedprints.cpp" line="+64"/>
        <source>Bokföringsorder</source>
        <translation>Booking order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslista rensning</source>
        <translation>Receipt list of a purge</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sparad utskrift: företag saknas.</source>
        <translation>Saved printout: the company is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sparad utskrift &quot;%1&quot;: utskriften är tom och sparas inte.</source>
        <translation>Saved printout &quot;%1&quot;: the printout is empty and is not kept.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Invalid number of rows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum: fr.o.m. %1 är senare än t.o.m. %2.</source>
        <translation>Date: from %1 is later than to %2.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Den sparade utskriften finns inte längre (den kan ha rensats när tiden den skulle sparas gick ut, eller tagits bort).</source>
        <translation>The saved printout no longer exists (it may have been purged when its keeping time ran out, or removed).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Att ta bort en sparad utskrift</source>
        <translation>Removing a saved printout</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, företag %2: %3 (sparad %4 av %5, %n sidor)</source>
        <translation>
            <numerusform>%1, company %2: %3 (saved %4 by %5, %n page)</numerusform>
            <numerusform>%1, company %2: %3 (saved %4 by %5, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Att ändra hur länge utskrifter sparas</source>
        <translation>Changing how long printouts are kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: antal dagar ska vara 0–%2 (0 = sparas inte), inte %3.</source>
        <translation>%1: the number of days must be 0–%2 (0 = not kept), not %3.</translation>
    </message>
</context>
<context>
    <name>SeparateReceivable</name>
    <message>
        <location filename="../core/reports/separatereceivable.cpp" line="+25"/>
        <source>Datum: ange den dag då fakturorna ska ha legat obetalda.</source>
        <translation>Date: enter the day on which the invoices must have been unpaid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+9"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Särredovisad kundfordran</source>
        <translation>Separately reported receivable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obetalda per %1 (fakturor framställda efter dagen ej med)</source>
        <translation>Unpaid as of %1 (invoices issued after the day not included)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/kundnr</source>
        <translation>Personal/cust. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt.datum</source>
        <translation>Inv. date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp konto</source>
        <translation>Amount, account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturerat</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>Sie4Writer</name>
    <message>
        <location filename="../core/formats/sie4.cpp" line="+178"/>
        <source>SIE-filen gäller företag %1 men verifikation %2 gäller företag %3.</source>
        <translation>The SIE file is for company %1 but verification %2 is for company %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verifikation %1 balanserar inte (summa %2).</source>
        <translation>Verification %1 does not balance (total %2).</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <location filename="../core/payments/signallist.cpp" line="+65"/>
        <source>Signalrad nr %1 finns inte.</source>
        <translation>Signal line no. %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/reports/statistics.cpp" line="+48"/>
        <source>Hela reskontran</source>
        <translation>The whole ledger</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Företag %1</source>
        <translation>Company %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag %1 (de du har behörighet till)</source>
        <translation>Company %1 (those you have access to)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ange 1–%2 gränser.</source>
        <translation>%1: enter 1–%2 limits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 ska vara 1–9999.</source>
        <translation>%1: %2 must be 1–9999.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ska vara större än %3.</source>
        <translation>%1: %2 must be greater than %3.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nya fordringar per månad</source>
        <translation>New claims per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar per rutin</source>
        <translation>Open claims per routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetalda fordringar per månad</source>
        <translation>Claims paid in full per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar efter dagar efter förfallodag</source>
        <translation>Open claims by days past the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppet saldo efter dagar efter förfallodag</source>
        <translation>Open balance by days past the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäldenärer efter åldersgrupp</source>
        <translation>Debtors by age group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar i inkasso</source>
        <translation>Open claims in debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerade fakturor per månad i år</source>
        <translation>Registered invoices per month this year</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Gränsen &quot;%1&quot; är inte ett heltal antal dagar/år.</source>
        <translation>The limit &quot;%1&quot; is not a whole number of days/years.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gränser</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ej förfallna</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>över %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Okänt</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Antal månader ska vara 1–120 (nu %1).</source>
        <translation>The number of months must be 1–120 (now %1).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Slutbetalda</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nya fordringar</source>
        <translation>New claims</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+40"/>
        <location line="+54"/>
        <source>Öppna fordringar</source>
        <translation>Open claims</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Åldersgränser (dagar)</source>
        <translation>Age limits (days)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Åldersgrupper (år)</source>
        <translation>Age groups (years)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gäldenärer</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ej i inkasso</source>
        <translation>Not in debt collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inkassokrav skickat</source>
        <translation>Collection demand sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförda till inkassoombud</source>
        <translation>Transferred to a collection agency</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fakturor</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kreditfakturor</source>
        <translation>Credit invoices</translation>
    </message>
</context>
<context>
    <name>ThreatLetterDocument</name>
    <message>
        <location filename="../render/threatletterdocument.cpp" line="+35"/>
        <source>Inga hotbrev att skriva ut till %1.</source>
        <translation>No threat letters to print to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hot om betalningsföreläggande %1</source>
        <translation>Threat of payment order %1</translation>
    </message>
</context>
<context>
    <name>ThreatRun</name>
    <message>
        <location filename="../core/dunning/threatrun.cpp" line="+97"/>
        <source>HOT OM BETALNINGSFÖRELÄGGANDE</source>
        <translation>THREAT OF PAYMENT ORDER</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Antal dagar sedan inkassokrav: ange 1–%1 dagar (obligatorisk uppgift).</source>
        <translation>Number of days since the collection demand: enter 1–%1 days (required).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Textnummer: ange texten 1–9 som ska skrivas på hoten (obligatorisk uppgift).</source>
        <translation>Text number: enter the text 1–9 to be printed on the threats (required).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Textnummer: text %1 för hot om betalningsföreläggande finns inte; lägg upp den under Systemunderhåll → Texter.</source>
        <translation>Text number: text %1 for threat of payment order does not exist; set it up under System maintenance → Texts.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>kravkod %1 %2 t.o.m. %3</source>
        <translation>dunning code %1 %2 up to and including %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkod %1 %2</source>
        <translation>dunning code %1 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Faktura %1/%2: %3</source>
        <translation>Invoice %1/%2: %3</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>företag %1–%2, körningsdatum %3</source>
        <translation>companies %1–%2, run date %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; kör igen.</source>
        <translation>Invoice %1/%2 was changed by someone else during the run. Nothing was changed; run again.</translation>
    </message>
</context>
<context>
    <name>TotalInParser</name>
    <message>
        <location filename="../core/formats/totalin.cpp" line="+48"/>
        <source> (raden innehåller tabbtecken; Total-IN-fält fylls med blanksteg)</source>
        <translation> (the line contains tab characters; Total-IN fields are padded with spaces)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (raden innehåller vagnretur utan radmatning)</source>
        <translation> (the line contains a carriage return without a line feed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (filen verkar vara sparad som UTF-8; Total-IN ska vara ISO-8859-1)</source>
        <translation> (the file seems to be saved as UTF-8; Total-IN must be ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>filen är tom</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>raden är tom; tomma rader får bara finnas sist i filen</source>
        <translation>the line is empty; empty lines are only allowed at the end of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten är %1 tecken lång, ska vara %2%3</source>
        <translation>the record is %1 characters long, it should be %2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>posten har ett styrtecken (kod %1) i position %2; Total-IN-poster är text fylld med blanksteg</source>
        <translation>the record has a control character (code %1) in position %2; Total-IN records are text padded with spaces</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>filen är ingen Total-IN-fil: den ska börja med startposten &quot;00&quot; men börjar med &quot;%1&quot;</source>
        <translation>the file is not a Total-IN file: it should begin with the start record &quot;00&quot; but begins with &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>okänd posttyp &quot;%1&quot; (Total-IN har posttyperna 00, 10, 20, 25, 30, 40, 50–52, 60–63, 70, 90 och 99)</source>
        <translation>unknown record type &quot;%1&quot; (Total-IN has the record types 00, 10, 20, 25, 30, 40, 50–52, 60–63, 70, 90 and 99)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data efter slutposten (99 på rad %1)</source>
        <translation>data after the end record (99 on line %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filen ska börja med startposten (00) men börjar med %1</source>
        <translation>the file should begin with the start record (00) but begins with %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kontots startpost (10) börjar ett nytt konto, men kontot från rad %1 har ingen slutpost (90)</source>
        <translation>the account&apos;s start record (10) begins a new account, but the account from line %1 has no end record (90)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>en andra startpost (00); filen har redan en på rad %1</source>
        <translation>a second start record (00); the file already has one on line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>startposten (00) ska stå först i filen</source>
        <translation>the start record (00) must come first in the file</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>kontots slutpost (90) står utanför ett konto: kontots startpost (10) saknas före den</source>
        <translation>the account&apos;s end record (90) is outside an account: the account&apos;s start record (10) is missing before it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>beloppet i kontots slutpost (90) är %1 men kontot från rad %2 summerar till %3 (betalningar 20 minus avdrag 25)</source>
        <translation>the amount in the account&apos;s end record (90) is %1 but the account from line %2 adds up to %3 (payments 20 minus deductions 25)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>antalet transaktioner i kontots slutpost (90) är %1 men kontot från rad %2 har %3 (betalningar 20 och avdrag 25)</source>
        <translation>the number of transactions in the account&apos;s end record (90) is %1 but the account from line %2 has %3 (payments 20 and deductions 25)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 står utanför ett konto: kontots startpost (10) saknas före den</source>
        <translation>%1 is outside an account: the account&apos;s start record (10) is missing before it</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 står utanför ett konto</source>
        <translation>%1 is outside an account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 står före kontots första betalningspost (20) eller avdragspost (25)</source>
        <translation>%1 comes before the account&apos;s first payment record (20) or deduction record (25)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 står i fel ordning efter %2 på rad %3; en transaktion har posterna 20/25, 30, 40, 50, 51, 52, 60, 61, 62, 63, 70 i den ordningen, och bara 30 och 40 får upprepas</source>
        <translation>%1 is in the wrong order after %2 on line %3; a transaction has the records 20/25, 30, 40, 50, 51, 52, 60, 61, 62, 63, 70 in that order, and only 30 and 40 may be repeated</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Utlandsbetalning: %1 %2</source>
        <translation>Foreign payment: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, kostnad %1 %2</source>
        <translation>, charge %1 %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>slutposten (99) kommer före kontots slutpost (90) för kontot från rad %1</source>
        <translation>the end record (99) comes before the account&apos;s end record (90) for the account from line %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>slutposten (99) anger %1 poster men filen har %2 (startposten och slutposten medräknade)</source>
        <translation>the end record (99) states %1 records but the file has %2 (counting the start and end records)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>filen slutar inne i kontot från rad %1: kontots slutpost (90) och slutposten (99) saknas</source>
        <translation>the file ends inside the account from line %1: the account&apos;s end record (90) and the end record (99) are missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen slutar utan slutpost (99)</source>
        <translation>the file ends without an end record (99)</translation>
    </message>
    <message>
        <location filename="../core/formats/totalinrecords.cpp" line="+33"/>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1–%2</source>
        <translation>positions %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blankt</source>
        <translation>blank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) i %3 är %4; %5</source>
        <translation>%1 (%2) in %3 is %4; %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>det ska vara siffror</source>
        <translation>it must be digits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>det ska vara siffror eller blankt</source>
        <translation>it must be digits or blank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>den ska vara en valutakod som SEK eller blank</source>
        <translation>it must be a currency code such as SEK or blank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara en valutakod som SEK</source>
        <translation>it must be a currency code such as SEK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>det ska vara ett datum ÅÅÅÅMMDD</source>
        <translation>it must be a date YYYYMMDD</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>startposten (00)</source>
        <translation>the start record (00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontots startpost (10)</source>
        <translation>the account&apos;s start record (10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsposten (20)</source>
        <translation>the payment record (20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragsposten (25)</source>
        <translation>the deduction record (25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referensnummerposten (30)</source>
        <translation>the reference number record (30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meddelandeposten (40)</source>
        <translation>the message record (40)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarens namnpost (50)</source>
        <translation>the sender&apos;s name record (50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarens adresspost (51)</source>
        <translation>the sender&apos;s address record (51)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarens ortpost (52)</source>
        <translation>the sender&apos;s town record (52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarkontoposten (60)</source>
        <translation>the sender&apos;s account record (60)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontohavarens namnpost (61)</source>
        <translation>the account holder&apos;s name record (61)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontohavarens adresspost (62)</source>
        <translation>the account holder&apos;s address record (62)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontohavarens ortpost (63)</source>
        <translation>the account holder&apos;s town record (63)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utlandsposten (70)</source>
        <translation>the foreign payment record (70)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontots slutpost (90)</source>
        <translation>the account&apos;s end record (90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slutposten (99)</source>
        <translation>the end record (99)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten</source>
        <translation>the record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total-IN-identiteten</source>
        <translation>the Total-IN identity</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>den får inte vara tom</source>
        <translation>it must not be empty</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>tidsstämpeln</source>
        <translation>the timestamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder</source>
        <translation>it must be YYYYMMDDHHMMSS and six digits of microseconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leveransnumret</source>
        <translation>the delivery number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filtypen</source>
        <translation>the file type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filnamnet</source>
        <translation>the file name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>det ska vara &quot;TOTALIN&quot;</source>
        <translation>it must be &quot;TOTALIN&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>mottagarkontot</source>
        <translation>the recipient account</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>det ska vara ett plusgironummer (siffror)</source>
        <translation>it must be a Plusgiro number (digits)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valutan</source>
        <translation>the currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bokföringsdagen</source>
        <translation>the booking date</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+63"/>
        <source>beloppet</source>
        <translation>the amount</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>reskontran tar belopp upp till %1 kr</source>
        <translation>the ledger accepts amounts up to SEK %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>löpnumret</source>
        <translation>the serial number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>avdragskoden</source>
        <translation>the deduction code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara en siffra, en versal eller blank</source>
        <translation>it must be a digit, a capital letter or blank</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>mottagarbankgironumret</source>
        <translation>the recipient Bankgiro number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>landskoden</source>
        <translation>the country code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara två versaler eller blank</source>
        <translation>it must be two capital letters or blank</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ursprungskoden</source>
        <translation>the origin code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara en siffra eller blank</source>
        <translation>it must be a digit or blank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kostnaden</source>
        <translation>the charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostnadens valuta</source>
        <translation>the charge&apos;s currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>det ursprungliga beloppet</source>
        <translation>the original amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>det ursprungliga beloppets valuta</source>
        <translation>the original amount&apos;s currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>växelkursen</source>
        <translation>the exchange rate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>antalet transaktioner</source>
        <translation>the number of transactions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>antalet poster</source>
        <translation>the number of records</translation>
    </message>
</context>
<context>
    <name>UnbilledInterest</name>
    <message>
        <location filename="../core/dunning/unbilledinterest.cpp" line="+48"/>
        <source>%1: tom %2 ligger före from %3.</source>
        <translation>%1: to %2 is before from %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Företag: &quot;%1&quot; ska vara 1–3 siffror.</source>
        <translation>Company: &quot;%1&quot; must be 1–3 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+198"/>
        <location line="+9"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Rutin: &quot;%1&quot; ska vara två siffror.</source>
        <translation>Routine: &quot;%1&quot; must be two digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Fakturanummer: &quot;%1&quot; ska vara 1–9 siffror.</source>
        <translation>Invoice number: &quot;%1&quot; must be 1–9 digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+179"/>
        <location line="+8"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Slutbetald: tom %1 ligger före from %2.</source>
        <translation>Paid in full: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Förvaltning/avdelning: &quot;%1&quot; är längre än %2 tecken.</source>
        <translation>Administration/department: &quot;%1&quot; is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+168"/>
        <source>Förvaltning/avdelning</source>
        <translation>Administration/department</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Minsta ränta: &quot;%1&quot; ska vara hela kronor, 0–%2.</source>
        <translation>Minimum interest: &quot;%1&quot; must be whole kronor, 0–%2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara 0–%2.</source>
        <translation>Minimum number of days: &quot;%1&quot; must be 0–%2.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Faktura %1/%2: %3</source>
        <translation>Invoice %1/%2: %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ej debiterade räntor och avgifter</source>
        <translation>Unbilled interest and fees</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Minsta ränta: %1 kr</source>
        <translation>Minimum interest: SEK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar: %1</source>
        <translation>Minimum number of days: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Collection fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n invoice</numerusform>
            <numerusform>%1, %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summa företag %1</source>
        <translation>Total for company %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa företag %1 %2</source>
        <translation>Total for company %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Totalt</source>
        <translation>Grand total</translation>
    </message>
</context>
<context>
    <name>UnplacedRegister</name>
    <message>
        <location filename="../core/payments/unplacedregister.cpp" line="+73"/>
        <source>Oplacerad</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placerad</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Återbetald</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Oplacerad betalning nr %1 finns inte.</source>
        <translation>Unplaced payment no. %1 does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalning nr %1 är redan %2.</source>
        <translation>Payment no. %1 is already %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanumret &quot;%1&quot; ska vara 1–9 siffror.</source>
        <translation>The invoice number &quot;%1&quot; must be 1–9 digits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Oplacerad nr %1 placerad</source>
        <translation>Unplaced no. %1 placed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Faktura %1 har inget att betala (saldo %2); välj en annan faktura.</source>
        <translation>Invoice %1 has nothing to pay (balance %2); choose another invoice.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Från oplacerad nr %1</source>
        <translation>From unplaced no. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Payment no. %1 was changed by someone else at the same time. Try again.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../core/users/passwordhash.cpp" line="+30"/>
        <source>Lösenordsbiblioteket libsodium kunde inte startas.</source>
        <translation>The password library libsodium could not be started.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lösenordet kunde inte krypteras (för lite minne).</source>
        <translation>The password could not be hashed (too little memory).</translation>
    </message>
    <message>
        <location filename="../core/users/users.cpp" line="+60"/>
        <source>företag %1</source>
        <translation>company %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inloggningen misslyckades: fel användarnamn eller lösenord.</source>
        <translation>Login failed: wrong user name or password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Användare och behörigheter</source>
        <translation>Users and permissions</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+113"/>
        <location line="+11"/>
        <source>Användaren &quot;%1&quot; finns inte.</source>
        <translation>The user &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Att ändra användare</source>
        <translation>Changing users</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Företag %1 finns inte.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 är den sista aktiva administratören och kan inte inaktiveras eller få en lägre roll. Ge först en annan användare rollen administratör.</source>
        <translation>%1 is the last active administrator and cannot be deactivated or given a lower role. First give another user the role administrator.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Då skulle ingen aktiv administratör ha lösenord, och ingen kunde logga in och sköta användarna. Sätt först ett lösenord för en administratör (reskontra-cli user password %1).</source>
        <translation>Then no active administrator would have a password, and nobody could log in and manage the users. First set a password for an administrator (reskontra-cli user password %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Att lägga upp användare</source>
        <translation>Adding users</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Användarnamnet &quot;%1&quot; ska vara 1–%2 tecken: a–z, 0–9, punkt, understreck eller bindestreck.</source>
        <translation>The user name &quot;%1&quot; must be 1–%2 characters: a–z, 0–9, full stop, underscore or hyphen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+94"/>
        <source>Namnet får vara högst %1 tecken (är %2).</source>
        <translation>The name may be at most %1 characters (it is %2).</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Användaren &quot;%1&quot; finns redan.</source>
        <translation>The user &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Att sätta lösenord</source>
        <translation>Setting passwords</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lösenordet är tomt.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenordet är för kort: minst %1 tecken (är %2).</source>
        <translation>The password is too short: at least %1 characters (it is %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(satt)</source>
        <translation>(set)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(nytt)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Administratör</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Inloggning krävs: ange användare och lösenord.</source>
        <translation>Login required: enter user and password.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Att ändra tiden för utloggning</source>
        <translation>Changing the log-out time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiden till automatisk utloggning ska vara 0–%1 minuter (0 = aldrig).</source>
        <translation>The time to automatic log-out must be 0–%1 minutes (0 = never).</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../render/xlsxexport.cpp" line="+141"/>
        <source>Kunde inte skriva Excel-filen %1 (%2): %3</source>
        <translation>Could not write the Excel file %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kunde inte skapa Excel-filen %1.</source>
        <translation>Could not create the Excel file %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+110"/>
        <source>Skapar en demoreskontra…</source>
        <translation>Creating a demo ledger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>rsk::InvoiceImport</name>
    <message>
        <location filename="../core/ledger/invoiceimport.cpp" line="+51"/>
        <source>Importera fakturor</source>
        <translation>Import invoices</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AboutScreen</name>
    <message>
        <location filename="../ui/screens/aboutscreen.cpp" line="+30"/>
        <source>Kundreskontra för kommunal fakturering, enligt Å-DATA Kundreskontra handbok V14.0.</source>
        <translation>Accounts receivable for municipal billing, following the Å-DATA Kundreskontra handbook V14.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reskontra: %1 (%2). Användare: %3.</source>
        <translation>Ledger: %1 (%2). User: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Byggd med Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AgencyCorrectionsPanel</name>
    <message>
        <location filename="../ui/screens/agencycorrectionspanel.cpp" line="+21"/>
        <source>Betalningar och krediteringar på fordringar som gått till inkasso, sedan förra saldokorrigeringen. Betalningar med inkassosättet (från inkassobolagets giro) kommer inte med. Enter/F8 visar vad nästa fil innehåller; F10 skapar filen och märker händelserna så att ingen kommer med två gånger.</source>
        <translation>Payments and credits on claims that have gone to debt collection, since the last balance correction. Payments with the collection method (from the collection agency&apos;s giro) are not included. Enter/F8 shows what the next file contains; F10 creates the file and marks the transactions so that none is included twice.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Inget nytt att rapportera sedan förra saldokorrigeringen.</source>
        <translation>Nothing new to report since the last balance correction.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nästa fil: %n händelser, %1 kr. Ingenting är ändrat.</source>
        <translation>
            <numerusform>Next file: %n transaction, SEK %1. Nothing has been changed.</numerusform>
            <numerusform>Next file: %n transactions, SEK %1. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Saldokorrigering nr %1: %n händelser, %2 kr, i filen %3.</source>
        <translation>
            <numerusform>Balance correction no. %1: %n transaction, SEK %2, in the file %3.</numerusform>
            <numerusform>Balance correction no. %1: %n transactions, SEK %2, in the file %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen saldokorrigering är gjord ännu.</source>
        <translation>No balance correction has been made yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nr %1 %2 av %3: %4 händelser, %5 kr – %6</source>
        <translation>No. %1 %2 by %3: %4 transactions, SEK %5 – %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Senaste filer:</source>
        <translation>Latest files:</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AgencySettingsScreen</name>
    <message>
        <location filename="../ui/screens/agencysettingsscreen.cpp" line="+74"/>
        <source>Inställningar (F11)</source>
        <translation>Settings (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassobolag (F12)</source>
        <translation>Collection agency (F12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldokorrigering (F13)</source>
        <translation>Balance correction (F13)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontrollista saldokorr.</source>
        <translation>Control list, bal. corr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skapa saldofil</source>
        <translation>Create balance file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolag</source>
        <translation>Collection agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldokorrigering</source>
        <translation>Balance correction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Styrvärden per företag och rutin för överföring till inkasso (handbok 7.19, 7.20). Inbetalningssätt 0 = nollställ inte med det. Välj en rad i listan för att ändra den; Enter sparar.</source>
        <translation>Control values per company and routine for transfer to debt collection (handbook 7.19, 7.20). Payment method 0 = do not zero with it. Select a row in the list to change it; Enter saves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Räknat från</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgift</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevakningstext</source>
        <translation>Monitoring text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SFI-kategori</source>
        <translation>SFI category</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>dagar efter %1</source>
        <translation>days after %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ta inte med fakturor utan personnummer</source>
        <translation>Exclude invoices without a personal identity number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (Intrum %2, Svea %3)</source>
        <translation>%1 (Intrum %2, Svea %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rutin:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+62"/>
        <source>F&amp;öretag:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Inbetalningssätt ka&amp;pitalskuld:</source>
        <translation>Payment method, capi&amp;tal debt:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>K&amp;undnummer hos bolaget:</source>
        <translation>C&amp;ustomer number at the agency:</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Antal &amp;dagar:</source>
        <translation>Number of &amp;days:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt kravavgift (K):</source>
        <translation>Payment method, collection fee (K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt upplupen ränta (D):</source>
        <translation>Payment method, accrued interest (D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod:</source>
        <translation>Dunning code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevakningstext:</source>
        <translation>Monitoring text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SFI-kategori i filen:</source>
        <translation>SFI category in the file:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inkassobolaget som företaget skickar sina fordringar till. Betalningar från inkassobolagets giro bokas med inkassosättet vid inläsning och kommer inte med i saldokorrigeringen. Flera giron skiljs med komma eller semikolon. Enter sparar.</source>
        <translation>The collection agency the company sends its claims to. Payments from the collection agency&apos;s giro are booked with the collection method on import and are not included in the balance correction. Separate several giro numbers with a comma or semicolon. Enter saves.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bankgiro- eller plusgironummer</source>
        <translation>Bankgiro or Plusgiro number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inkasso&amp;bolag:</source>
        <translation>Collection &amp;agency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Koncernnummer (Svea):</source>
        <translation>Group number (Svea):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företagsnamn i filen:</source>
        <translation>Company name in the file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassobolagets &amp;giro:</source>
        <translation>Collection agency&apos;s &amp;giro:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Företag %1 rutin %2.</source>
        <translation>Company %1 routine %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1 rutin %2 har inga inställningar för inkasso; förslaget nedan sparas med Enter.</source>
        <translation>Company %1 routine %2 has no debt collection settings; the proposal below is saved with Enter.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>kapitalskuld</source>
        <translation>capital debt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saknar konto</source>
        <translation>has no account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kravavgift</source>
        <translation>collection fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dröjsmålsränta</source>
        <translation>late-payment interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>kravkod</source>
        <translation>dunning code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antal dagar</source>
        <translation>number of days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bevakningstexten</source>
        <translation>the monitoring text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inställningarna för företag %1 rutin %2 är sparade.</source>
        <translation>The settings for company %1 routine %2 have been saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ta bort inställning</source>
        <translation>Delete setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort inställningarna för inkasso för företag %1 rutin %2? Rutinens fordringar förs då inte över.</source>
        <translation>Delete the debt collection settings for company %1 routine %2? The routine&apos;s claims will then not be transferred.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inställningarna för företag %1 rutin %2 är borttagna.</source>
        <translation>The settings for company %1 routine %2 have been deleted.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>giro</source>
        <translation>giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inkassobolaget för företag %1 är sparat.</source>
        <translation>The collection agency for company %1 has been saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spara saldokorrigeringen</source>
        <translation>Save the balance correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV-fil (*.csv);;Excel-fil (*.xlsx)</source>
        <translation>CSV file (*.csv);;Excel file (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AgencyTransferScreen</name>
    <message>
        <location filename="../ui/screens/agencytransferscreen.cpp" line="+37"/>
        <source>Kontrollista överföring till inkasso</source>
        <translation>Control list: transfer to debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till inkasso nr %1</source>
        <translation>Transfer to debt collection no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföringsdatum %1</source>
        <translation>Transfer date %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1, rutin %2, fakturanummer %3</source>
        <translation>Company %1, routine %2, invoice number %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Förvaltning/avdelning %1–%2</source>
        <translation>Administration/department %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnummer %1</source>
        <translation>Personal identity number %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fordringarna nollställs</source>
        <translation>The claims are zeroed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fordringarna nollställs inte</source>
        <translation>The claims are not zeroed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inkassobolag %1, kundnummer %2</source>
        <translation>Collection agency %1, customer number %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnr</source>
        <translation>Personal ID no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räknat från</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskrivs</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överlämnas</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nollställs</source>
        <translation>Zeroed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFI</source>
        <translation>SFI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tas inte: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Totalt: %n fordringar</source>
        <translation>
            <numerusform>Total: %n claim</numerusform>
            <numerusform>Total: %n claims</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 tas inte</source>
        <translation>, %1 skipped</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fordringar: %1, saldo %2 kr, varav avskrivs %3 kr. Nollställs: %4 fordringar, %5 kr.</source>
        <translation>Claims: %1, balance SEK %2, of which SEK %3 is written off. Zeroed: %4 claims, SEK %5.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Överföringsdatum</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>dagarna räknas hit; stämplas på fordran</source>
        <translation>the days are counted up to this date; stamped on the claim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förvaltning/avdelning fr.o.m. – t.o.m.</source>
        <translation>Administration/department from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nollställ fordringarna med inbetalningssätten i inställningarna</source>
        <translation>&amp;Zero the claims with the payment methods in the settings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Överföringens resultat</source>
        <translation>Result of the transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F10 överför: skriver filen till inkassobolaget, nollställer och bokför, stämplar datum, kravkod och bevakningstext. Inställningar, inkassobolag och saldokorrigering: Extern inkassohantering.</source>
        <translation>Enter/F8 control list (changes nothing), F10 transfer: writes the file for the collection agency, zeroes and posts, stamps the date, dunning code and monitoring text. Settings, collection agency and balance correction: External debt collection.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Control list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överför</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kontrollista: inga fordringar ska till inkasso den %1. Tas inte: %2. Ingenting är ändrat.</source>
        <translation>Control list: no claims are to go to debt collection on %1. Skipped: %2. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontrollista %1. %2 Tas inte: %3. Ingenting är ändrat.</source>
        <translation>Control list %1. %2 Skipped: %3. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spara filen till inkassobolaget</source>
        <translation>Save the file for the collection agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-fil (*.csv);;Excel-fil (*.xlsx)</source>
        <translation>CSV file (*.csv);;Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inga fordringar ska till inkasso den %1; ingen överföring gjordes.</source>
        <translation>No claims are to go to debt collection on %1; no transfer was made.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen fil valdes; ingen överföring gjordes.</source>
        <translation>No file was chosen; no transfer was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Överför till inkasso</source>
        <translation>Transfer to debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföringsdatum %1, inkassobolag %2.</source>
        <translation>Transfer date %1, collection agency %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fordringarna stämplas och får kravkod och bevakningstext. Överföra nu?</source>
        <translation>The claims will be stamped and given a dunning code and monitoring text. Transfer now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Överför</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen överföring gjordes.</source>
        <translation>No transfer was made.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen överföring gjordes; ingenting är ändrat.</source>
        <translation>No transfer was made; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Överföring nr %1 den %2 till %3 är gjord.</source>
        <translation>Transfer no. %1 on %2 to %3 is done.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>företag %1 verifikation %2 %3</source>
        <translation>company %1 verification %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: ingen (inget nollställdes).</source>
        <translation>Booking order: none (nothing was zeroed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: %1.</source>
        <translation>Booking orders: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen till inkassobolaget: %1</source>
        <translation>The file for the collection agency: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Överföringen är klar. Listan nedan är överföringens lista (F16 skriver ut den).</source>
        <translation>The transfer is complete. The list below is the transfer&apos;s list (F16 prints it).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AuditLogScreen</name>
    <message>
        <location filename="../ui/screens/auditlogscreen.cpp" line="+36"/>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag (F4)</source>
        <translation>Company (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare (F4)</source>
        <translation>User (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum from – tom</source>
        <translation>Date from – to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabell (F4)</source>
        <translation>Table (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd (F4)</source>
        <translation>Action (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggen kan bara läsas. Enter på en rad om en faktura visar fakturan.</source>
        <translation>The log is read-only. Enter on a row about an invoice shows the invoice.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+30"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Datum from</source>
        <translation>Date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum tom</source>
        <translation>Date to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Raden gäller ingen faktura.</source>
        <translation>The row is not about an invoice.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::BillingStatisticsScreen</name>
    <message>
        <location filename="../ui/screens/billingstatisticsscreen.cpp" line="+26"/>
        <source>Urval (alla fält kan lämnas tomma)</source>
        <translation>Selection (all fields can be left empty)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Företag from – tom (F4)</source>
        <translation>Company from – to (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom (F4)</source>
        <translation>Routine from – to (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum from – tom</source>
        <translation>Invoice date from – to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturadatum from</source>
        <translation>Invoice date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum tom</source>
        <translation>Invoice date to</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
</context>
<context>
    <name>rsk::ui::BookingRunScreen</name>
    <message>
        <location filename="../ui/screens/bookingrunscreen.cpp" line="+49"/>
        <source>Kontrollista bokföringsorder</source>
        <translation>Check list of the booking order</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+46"/>
        <source>Bokföringsorder</source>
        <translation>Booking order</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Bokföringsdatum %1</source>
        <translation>Booking date %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag %1–%2</source>
        <translation>Companies %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Användare %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Ver.nr</source>
        <translation>Ver. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontonamn</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summa verifikation %1 %2, företag %3 %4</source>
        <translation>Total of verification %1 %2, company %3 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SIE-filen kunde inte skrivas till %1: %2</source>
        <translation>The SIE file could not be written to %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag fr.o.m. – t.o.m. (F4)</source>
        <translation>Company from – to (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomt = alla företag du har behörighet till</source>
        <translation>empty = every company you have access to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum *</source>
        <translation>Booking date *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifikationens datum; transaktioner daterade senare väntar</source>
        <translation>the verification&apos;s date; transactions dated later wait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast den användarens registreringar; tomt = alla</source>
        <translation>only that user&apos;s registrations; empty = all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningens resultat</source>
        <translation>Result of the run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 visar bokföringsordern, F10 kör: bokför händelserna, skriver SIE-filen och bokföringsordern.</source>
        <translation>Enter/F8 check list (changes nothing), F9 shows the booking order, F10 runs: books the events, writes the SIE file and the booking order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontrollista</source>
        <translation>Check list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kör</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag fr.o.m.</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum</source>
        <translation>Booking date</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kontrollista: inget att bokföra t.o.m. %1 med detta urval. Ingenting är ändrat.</source>
        <translation>Check list: nothing to book up to %1 with this selection. Nothing has been changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kontrollista: %n händelser</source>
        <translation>
            <numerusform>Check list: %n event</numerusform>
            <numerusform>Check list: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+85"/>
        <source> och %n oplacerade betalningar/överbetalningar</source>
        <translation>
            <numerusform> and %n unplaced payment/overpayment</numerusform>
            <numerusform> and %n unplaced payments/overpayments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source> på %n verifikationer, debet %1 kr = kredit %2 kr. Ingenting är ändrat; verifikationsnumren är preliminära.</source>
        <translation>
            <numerusform> on %n verification, debit SEK %1 = credit SEK %2. Nothing has been changed; the verification numbers are preliminary.</numerusform>
            <numerusform> on %n verifications, debit SEK %1 = credit SEK %2. Nothing has been changed; the verification numbers are preliminary.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen bokföringsorder att visa: inget att bokföra med detta urval.</source>
        <translation>No booking order to show: nothing to book with this selection.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spara SIE-filen</source>
        <translation>Save the SIE file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIE-fil (*.se *.si)</source>
        <translation>SIE file (*.se *.si)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+13"/>
        <source>Uppdatera bokföring</source>
        <translation>Update bookkeeping</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inget att bokföra t.o.m. %1 med detta urval; ingen körning gjordes.</source>
        <translation>Nothing to book up to %1 with this selection; no run was made.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n händelser</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bokföringsdatum %1.</source>
        <translation>Booking date %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 på %n verifikationer, summa %2 kr.</source>
        <translation>
            <numerusform>%1 on %n verification, total SEK %2.</numerusform>
            <numerusform>%1 on %n verifications, total SEK %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Händelserna bokförs och bokförs aldrig igen; SIE-filen och bokföringsordern skrivs. Köra nu?</source>
        <translation>The events are booked and never booked again; the SIE file and the booking order are written. Run now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kör</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>No run was made.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen körning gjordes: ingen SIE-fil valdes.</source>
        <translation>No run was made: no SIE file was chosen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen körning gjordes; ingenting är bokfört.</source>
        <translation>No run was made; nothing has been booked.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Bokföringen t.o.m. %1 är gjord: %n händelser, summa %2 kr.</source>
        <translation>
            <numerusform>The booking up to %1 is done: %n event, total SEK %2.</numerusform>
            <numerusform>The booking up to %1 is done: %n events, total SEK %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifikation %1 %2, företag %3 %4: %5 händelser, %6 kr.</source>
        <translation>Verification %1 %2, company %3 %4: %5 events, SEK %6.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen verifikation: händelserna flyttar inga pengar och är stämplade som bokförda.</source>
        <translation>No verification: the events move no money and are stamped as booked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIE-fil: %1</source>
        <translation>SIE file: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsorder (PDF): %1</source>
        <translation>Booking order (PDF): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är bokföringsordern (F16 skriver ut listan, F9 visar bokföringsordern igen).</source>
        <translation>The run is finished. The list below is the booking order (F16 prints the list, F9 shows the booking order again).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bokföringsordern skrevs inte ut; den finns som PDF och F9 visar den igen.</source>
        <translation>The booking order was not printed; it exists as a PDF and F9 shows it again.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimChangeForm</name>
    <message>
        <location filename="../ui/screens/claimchangeform.cpp" line="+47"/>
        <source>Fakturamottagare</source>
        <translation>Invoice recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter</source>
        <translation>Dunning details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person-/org.nr:</source>
        <translation>&amp;Person/org. no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;C/o:</source>
        <translation>C/&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;nummer:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation>To&amp;wn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landskod:</source>
        <translation>Countr&amp;y code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer:</source>
        <translation>Invoice number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identitet i rutinen:</source>
        <translation>Identity in the routine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framställd:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald:</source>
        <translation>Final-paid date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ursprungligt debiterat:</source>
        <translation>Originally billed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdebiterad upplupen ränta:</source>
        <translation>Debited accrued interest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefaktura:</source>
        <translation>Interest invoice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfalloda&amp;g:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;örv/avd:</source>
        <translation>Ad&amp;min./dept.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handl&amp;äggare:</source>
        <translation>Ha&amp;ndler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt&amp;uran avser:</source>
        <translation>Invoice conc&amp;erns:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inkassok&amp;rav:</source>
        <translation>Co&amp;llection demand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;estkrav:</source>
        <translation>&amp;Residual demand:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kravko&amp;d (F4):</source>
        <translation>Dunnin&amp;g code (F4):</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Påminnelse &amp;1:</source>
        <translation>Reminder &amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse &amp;2:</source>
        <translation>Reminder &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Reminder fee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassoavgift:</source>
        <translation>Collection fee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot om betalningsföreläggande:</source>
        <translation>Threat of payment order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande:</source>
        <translation>Payment order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amorteringsplan:</source>
        <translation>Payment plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalnings&amp;bevakning:</source>
        <translation>Payment monitor&amp;ing:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravkod &amp;t.o.m.:</source>
        <translation>Dunning code &amp;to:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vita fält kan ändras. Datum skrivs ÅÅMMDD. Enter sparar, F7 ångrar, F3 går tillbaka.</source>
        <translation>White fields can be changed. Dates are written YYMMDD. Enter saves, F7 undoes, F3 goes back.</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+5"/>
        <source>ej uppdebiterad</source>
        <translation>not debited</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>+ uppdebiterad %1 (kvar %2)</source>
        <translation>+ debited %1 (remaining %2)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Kravkoden ska vara en siffra 1–9.</source>
        <translation>The dunning code must be one digit 1–9.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(finns inte)</source>
        <translation>(does not exist)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimDunningTab</name>
    <message>
        <location filename="../ui/screens/claimtabs.cpp" line="+227"/>
        <source>Kravverksamhet</source>
        <translation>Dunning activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod och bevakning</source>
        <translation>Dunning code and monitoring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påminnelse 1:</source>
        <translation>Reminder 1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2:</source>
        <translation>Reminder 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Reminder fee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav:</source>
        <translation>Collection demand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassoavgift:</source>
        <translation>Collection fee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav:</source>
        <translation>Residual demand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande:</source>
        <translation>Threat of payment order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande:</source>
        <translation>Payment order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amorteringsplan:</source>
        <translation>Payment plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförd till inkasso:</source>
        <translation>Transferred to debt collection:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod:</source>
        <translation>Dunning code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod t.o.m.:</source>
        <translation>Dunning code to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsbevakning:</source>
        <translation>Payment monitoring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdebiterad ränta:</source>
        <translation>Debited interest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta, ej uppdebiterad:</source>
        <translation>Interest, not debited:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefaktura:</source>
        <translation>Interest invoice:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upplupen dröjsmålsränta (F15)</source>
        <translation>Accrued late-payment interest (F15)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>till dagens datum</source>
        <translation>to today&apos;s date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>till slutbetalningsdatum</source>
        <translation>to the final payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>till datum</source>
        <translation>to date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Räntesats</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beräkna</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total skuld och fakturerat i år</source>
        <translation>Total debt and invoiced this year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skuld</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obet.</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakt. i år</source>
        <translation>Inv. this year</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Samma person-/organisationsnummer i alla företag; fakturerat under %1. * = fakturans företag.</source>
        <translation>Same personal/organisation number in all companies; invoiced during %1. * = the invoice&apos;s company.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundnummer %1 i alla företag (samma kundnummer i flera företag räknas ihop); fakturerat under %2. * = fakturans företag.</source>
        <translation>Customer number %1 in all companies (the same customer number in several companies is added together); invoiced during %2. * = the invoice&apos;s company.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (uppdebiterad %2)</source>
        <translation>%1 (debited %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 den %2, %3</source>
        <translation>%1 on %2, %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fakturan har varken person- eller kundnummer.</source>
        <translation>The invoice has neither a personal identity number nor a customer number.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alla företag</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dröjsmålsränta till %1: %2 kr (%3 räntedagar).</source>
        <translation>Late-payment interest to %1: SEK %2 (%3 interest days).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimInvoiceTab</name>
    <message>
        <location line="-308"/>
        <source>Fakturamottagare</source>
        <translation>Invoice recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn 2:</source>
        <translation>Name 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C/o:</source>
        <translation>C/o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnr/ort:</source>
        <translation>Postcode/town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landskod:</source>
        <translation>Country code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/org.nr:</source>
        <translation>Person/org. no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer:</source>
        <translation>Customer number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum:</source>
        <translation>Invoice date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR-referens:</source>
        <translation>OCR reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register-id:</source>
        <translation>Register id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förv/avd:</source>
        <translation>Admin./dept.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggare:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser:</source>
        <translation>Concerning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald:</source>
        <translation>Final-paid date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ursprungligt belopp:</source>
        <translation>Original amount:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital kvar:</source>
        <translation>Capital remaining:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Reminder fee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassoavgift:</source>
        <translation>Collection fee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta:</source>
        <translation>Accrued interest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalt:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fakturarader (F9 växlar text/kontering):</source>
        <translation>Invoice lines (F9 switches text/account coding):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kontering</source>
        <translation>Account coding</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimNotesTab</name>
    <message>
        <location line="+305"/>
        <source>Skriven</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv en anteckning och tryck Enter</source>
        <translation>Write a note and press Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ny anteckning:</source>
        <translation>&amp;New note:</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimScreen</name>
    <message>
        <location filename="../ui/screens/claimscreen.cpp" line="+47"/>
        <location line="+165"/>
        <source>Fakturakopia</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&amp;Kopia skrivs på fakturan</source>
        <translation>&amp;Copy printed on the invoice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ursprungligt framställningsdatum (annars dagens)</source>
        <translation>&amp;Original date of issue (otherwise today&apos;s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ny handläggare:</source>
        <translation>&amp;New handler:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fakturakopia %1</source>
        <translation>Invoice copy %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>9 siffror</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;öretag:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faktura&amp;nummer:</source>
        <translation>Invoice &amp;number:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fakturauppgifter</source>
        <translation>Invoice details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter</source>
        <translation>Dunning details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Transaktioner</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+56"/>
        <location line="+104"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv företag och fakturanummer och tryck Enter.</source>
        <translation>Enter the company and invoice number and press Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kundfaktura</source>
        <translation>Customer invoice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Växla kolumner</source>
        <translation>Switch columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturauppg.</source>
        <translation>Invoice det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravuppg.</source>
        <translation>Dunning det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kund</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ersättningsfaktura</source>
        <translation>Replacement invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skriv både företag och fakturanummer.</source>
        <translation>Enter both the company and the invoice number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 – rutin %2 %3 – saldo %4</source>
        <translation>%1 – routine %2 %3 – balance %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Senast ändrad %1 av %2</source>
        <translation>Last changed %1 by %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anteckningar (%1) ●</source>
        <translation>Notes (%1) ●</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Visa en faktura först (företag, fakturanummer, Enter).</source>
        <translation>Show an invoice first (company, invoice number, Enter).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rätta de markerade fälten.</source>
        <translation>Correct the marked fields.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inget sparades: rätta de markerade fälten.</source>
        <translation>Nothing was saved: correct the marked fields.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se varningen; tryck Enter igen för att spara ändå.</source>
        <translation>See the warning; press Enter again to save anyway.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Ändringarna är sparade (%n fält).</source>
        <translation>
            <numerusform>The changes have been saved (%n field).</numerusform>
            <numerusform>The changes have been saved (%n fields).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget var ändrat.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ingen kravkod</source>
        <translation>no dunning code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravkoder</source>
        <translation>Dunning codes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fakturan är inte slutbetald; räntan är räknad till dagens datum.</source>
        <translation>The invoice is not paid in full; the interest is calculated to today&apos;s date.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Anteckningen är sparad.</source>
        <translation>The note has been saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fakturakopia av %1 är framtagen.</source>
        <translation>An invoice copy of %1 has been produced.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Granskningsloggen kan inte visas här.</source>
        <translation>The audit log cannot be shown here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kunduppgifterna kan inte visas här.</source>
        <translation>The customer details cannot be shown here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ersättningsfaktura kan inte tas fram här.</source>
        <translation>A replacement invoice cannot be made here.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimSearchModel</name>
    <message>
        <location filename="../ui/models/claimsearchmodel.cpp" line="+422"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Namn 2: %2</source>
        <translation>%1
Name 2: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Personnummer 2: %2</source>
        <translation>%1
Personal identity number 2: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnr</source>
        <translation>Cust. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/kundnr</source>
        <translation>Personal/cust. no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturabelopp</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postnr</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registerid</source>
        <translation>Register id</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimSummaryPanel</name>
    <message>
        <location filename="../ui/widgets/claimsummarypanel.cpp" line="+12"/>
        <source>Fakturan (F5)</source>
        <translation>Invoice (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura:</source>
        <translation>Invoice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital kvar:</source>
        <translation>Capital remaining:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Reminder fee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift:</source>
        <translation>Collection fee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta:</source>
        <translation>Late-payment interest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slutbetald:</source>
        <translation>Final-paid date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevakning:</source>
        <translation>Monitoring:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv ett fakturanummer och tryck F5.</source>
        <translation>Type an invoice number and press F5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimTransactionsTab</name>
    <message>
        <location filename="../ui/screens/claimtabs.cpp" line="-70"/>
        <source>Trans.datum</source>
        <translation>Trans. date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reg.datum</source>
        <translation>Reg. date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påverkan</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgifter</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Allt som ändrat fakturans saldo (F9 växlar anmärkning/registrerad av):</source>
        <translation>Everything that has changed the invoice&apos;s balance (F9 switches remark/registered by):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Registrerad av</source>
        <translation>Registered by</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CompanyPickerDialog</name>
    <message>
        <location filename="../ui/widgets/companypickerdialog.cpp" line="+15"/>
        <source>Välj företag</source>
        <translation>Choose company</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Företag:</source>
        <translation>&amp;Company:</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CompanySettingsScreen</name>
    <message>
        <location filename="../ui/screens/companysettingsscreen.cpp" line="+59"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företagsuppgifter (handbok 9): uppgifterna skrivs ut på fakturor och brev och styr bokföringen. Enter sparar alla flikar; F10 byter flik.</source>
        <translation>Company details (handbook 9): the details are printed on invoices and letters and control the bookkeeping. Enter saves all tabs; F10 changes tab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Företagsuppgifter</source>
        <translation>Company details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontoplansuppbyggnad</source>
        <translation>Chart of accounts structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fordringskonton och blanketter</source>
        <translation>Receivable accounts and forms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringskopplingar</source>
        <translation>Booking links</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontoplan</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fordringskonton</source>
        <translation>Receivable accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopplingar</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Välj företag i statusraden.</source>
        <translation>Choose a company in the status bar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Företag %1 %2</source>
        <translation>Company %1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Företagsuppgifterna för företag %1 är sparade.</source>
        <translation>The company details of company %1 are saved.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (och %2 fel till; de är markerade)</source>
        <translation>%1 (and %2 more errors; they are marked)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>F4 visar blankettyper och skrivare i fliken Fordringskonton och blanketter.</source>
        <translation>F4 shows form types and printers on the Receivable accounts and forms tab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga skrivare är installerade på den här datorn; skriv skrivarens namn.</source>
        <translation>No printers are installed on this computer; type the printer&apos;s name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blankettyper</source>
        <translation>Form types</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/screens/companysettingstabs.cpp" line="+186"/>
        <source>Skrivare</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../ui/screens/companysettingstabs.cpp" line="-67"/>
        <source>Företaget</source>
        <translation>The company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn &amp;2:</source>
        <translation>Name &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-post:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Webbplats:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identitet och giro</source>
        <translation>Identity and giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisationsnummer:</source>
        <translation>Or&amp;ganisation number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Momsreg.nr:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bankgiro:</source>
        <translation>&amp;Bankgiro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lusgiro:</source>
        <translation>P&amp;lusgiro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utlandsbetalningar</source>
        <translation>Payments from abroad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kontoplanen i redovisningen som företaget bokför i: varje kontodels benämning (högst %1 tecken), längd (1–%2 siffror) och X om den är obligatorisk. Del 1 är kontot; de obligatoriska delarna kommer först.</source>
        <translation>The chart of accounts of the accounting the company books into: each account part&apos;s name (at most %1 characters), length (1–%2 digits) and X if it is required. Part 1 is the account; the required parts come first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Benämning</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Längd</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obligatorisk</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Per rutin: fordringskonto (tomt = företagets kundfordringskonto), blankettyp (F4), dagar från fakturadatum till förfallodag och fakturaskrivare (F4, tomt = datorns standardskrivare).</source>
        <translation>Per routine: receivable account (empty = the company&apos;s receivables account), form type (F4), days from invoice date to due date and invoice printer (F4, empty = the computer&apos;s default printer).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fordringskonto</source>
        <translation>Receivable account</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Blankettyp</source>
        <translation>Form type</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dagar till förf.</source>
        <translation>Days to due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturaskrivare</source>
        <translation>Invoice printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Övriga utskrifter</source>
        <translation>Other printouts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Konton som bokföringen av inbetalningar, avgifter och ränta använder. Tomt = standardkontot. Samma konton visas i Kravparametrar och Parametrar maskinella inbetalningar.</source>
        <translation>Accounts that the booking of payments, fees and interest uses. Empty = the default account. The same accounts are shown in Dunning parameters and Parameters for automatic payments.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Koppling</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standardkonto</source>
        <translation>Default account</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Ingen kontoplan: konton får ha 1–%1 siffror.</source>
        <translation>No chart of accounts: accounts may have 1–%1 digits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>En kontering har %1 siffror.</source>
        <translation>A posting has %1 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kontering har %1 eller %2 siffror.</source>
        <translation>A posting has %1 or %2 digits.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/widgets/connectiondialog.cpp" line="+56"/>
        <source>Öppna reskontra</source>
        <translation>Open ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fil på den här datorn (SQLite, en användare)</source>
        <translation>File on this computer (SQLite, one user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databasserver (PostgreSQL, flera användare)</source>
        <translation>Database server (PostgreSQL, several users)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Databas:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reskontra sparar aldrig lösenordet; det frågas efter vid nästa start om det inte finns i ~/.pgpass.</source>
        <translation>Reskontra never stores the password; it is asked for at the next start unless it is in ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Öppna reskontrafil</source>
        <translation>Open ledger file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reskontror (*.sqlite *.db);;Alla filer (*)</source>
        <translation>Ledgers (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv reskontrans fil.</source>
        <translation>Enter the ledger&apos;s file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyll i server, databas och användare.</source>
        <translation>Fill in server, database and user.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CountryCodesScreen</name>
    <message>
        <location filename="../ui/screens/countrycodesscreen.cpp" line="+34"/>
        <source>Landskoder för utlandsadresser (handbok 8.2). Namnet skrivs ut på fakturan; avvikande betalningssätt skrivs ut bredvid BIC och IBAN. Enter sparar formuläret.</source>
        <translation>Country codes for foreign addresses (handbook 8.2). The name is printed on the invoice; an alternative way of payment is printed beside BIC and IBAN. Enter saves the form.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+179"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+99"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Avvikande betalningssätt</source>
        <translation>Alternative way of payment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Landet är medlem i EU</source>
        <translation>The country is an EU member</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Landskod:</source>
        <translation>&amp;Country code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avvikande betalningssätt:</source>
        <translation>&amp;Alternative way of payment:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Inga landskoder är upplagda. Skriv kod och namn och tryck Enter.</source>
        <translation>No country codes are set up. Type code and name and press Enter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ny landskod</source>
        <translation>New country code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra landskod %1 %2</source>
        <translation>Change country code %1 %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Landskod: %1 finns redan (%2); välj den i listan för att ändra.</source>
        <translation>Country code: %1 already exists (%2); choose it in the list to change it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avvikande</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Landskod %1 %2 är upplagd.</source>
        <translation>Country code %1 %2 has been added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landskod %1 %2 är ändrad.</source>
        <translation>Country code %1 %2 has been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj landskoden som ska tas bort i listan.</source>
        <translation>Choose the country code to delete in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort landskod</source>
        <translation>Delete country code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du ta bort landskod %1 %2?</source>
        <translation>Do you want to delete country code %1 %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Landskod %1 %2 är borttagen.</source>
        <translation>Country code %1 %2 has been deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CreditNoteScreen</name>
    <message>
        <location filename="../ui/screens/creditnotescreen.cpp" line="+93"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fakturan klar</source>
        <translation>Invoice ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+433"/>
        <source>Ta bort rad</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny rad</source>
        <translation>New line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utan utskrift</source>
        <translation>Without printout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kreditfaktura</source>
        <translation>Credit invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulleringsbesked</source>
        <translation>Cancellation notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Företag:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum:</source>
        <translation>Transaction date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer:</source>
        <translation>Invoice number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter visar fakturans rader med omvända tecken.</source>
        <translation>Enter shows the invoice&apos;s lines with reversed signs.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontering</source>
        <translation>Account coding</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Text, belopp och kontering kan ändras. F5 när fakturan är klar för kreditering.</source>
        <translation>Text, amount and account coding can be changed. F5 when the invoice is ready to be credited.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Handläggare vid utskrift:</source>
        <translation>Handler on printout:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Välj utskrift; krediteringen registreras då. F3 går tillbaka till fakturavalet utan att spara.</source>
        <translation>Choose a printout; the credit is registered then. F3 goes back to the invoice selection without saving.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Faktura %1  %2  fakturadatum %3  belopp %4  öppet kapital %5  saldo %6</source>
        <translation>Invoice %1  %2  invoice date %3  amount %4  open capital %5  balance %6</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rad %1, belopp: %2</source>
        <translation>Line %1, amount: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+43"/>
        <source>Summa kreditering: %1</source>
        <translation>Total credit: %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Summa kreditering: –</source>
        <translation>Total credit: –</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Faktura %1 (%2) krediteras med inbetalningssätt %3, transaktionsdatum %4.
%5</source>
        <translation>Invoice %1 (%2) is credited with payment method %3, transaction date %4.
%5</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Vill du ta bort rad %1 (%2)?</source>
        <translation>Do you want to delete line %1 (%2)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>utan utskrift</source>
        <translation>without printout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faktura %1 är krediterad med %2 (%3). Saldo nu %4.</source>
        <translation>Invoice %1 has been credited with %2 (%3). Balance now %4.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CustomerScreen</name>
    <message>
        <location filename="../ui/screens/customerscreen.cpp" line="+33"/>
        <source>%1 st · %2</source>
        <translation>%1 invoice(s) · %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ingen kund vald.</source>
        <translation>No customer selected.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+181"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+17"/>
        <source>Kunduppgifter</source>
        <translation>Customer details</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alla/öppna fakturor</source>
        <translation>All/open invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noteringar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+426"/>
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location line="-418"/>
        <source>Kundnummer:</source>
        <translation>Customer number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person-/org.nr:</source>
        <translation>Person/org. no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn 2:</source>
        <translation>Name 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c/o:</source>
        <translation>c/o:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnr och ort:</source>
        <translation>Postcode and town:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Land:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet:</source>
        <translation>Protected identity:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Påminnelsespärr (inga påminnelser)</source>
        <translation>&amp;Reminder stop (no reminders)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;nkassospärr (inga inkasso- eller restkrav)</source>
        <translation>Co&amp;llection stop (no collection or residual demands)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kravstopp kundnivå:</source>
        <translation>Dunning stop at customer level:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kundsaldo</source>
        <translation>Customer balance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ej förfallet:</source>
        <translation>Not due:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallet:</source>
        <translation>Overdue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– varav påminda:</source>
        <translation>– of which reminded:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– varav inkassokrav:</source>
        <translation>– of which collection demands:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterade avgifter, obetalda:</source>
        <translation>Debited fees, unpaid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterad ränta, obetald:</source>
        <translation>Debited interest, unpaid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta, ej debiterad:</source>
        <translation>Accrued interest, not debited:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillgodo (negativt saldo):</source>
        <translation>In credit (negative balance):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalningar:</source>
        <translation>Overpayments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total skuld:</source>
        <translation>Total debt:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adresshistorik</source>
        <translation>Address history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Noteringar (F17)</source>
        <translation>Notes (F17)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny notering – Enter sparar</source>
        <translation>New note – Enter saves</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Kund %1 %2, företag %3</source>
        <translation>Customer %1 %2, company %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ja – adressen visas inte och skrivs aldrig ut (F19)</source>
        <translation>yes – the address is not shown and never printed (F19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nej (F19)</source>
        <translation>no (F19)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kunden senast ändrad %1 av %2</source>
        <translation>Customer last changed %1 by %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ej beräknad *</source>
        <translation>not calculated *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* %1</source>
        <translation>* %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresshistoriken visas inte: skyddade personuppgifter.</source>
        <translation>The address history is not shown: protected personal data.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fakturor: %1 öppna (F8 visar alla)</source>
        <translation>Invoices: %1 open (F8 shows all)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor: alla %1 (F8 visar endast öppna)</source>
        <translation>Invoices: all %1 (F8 shows only open)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kravstoppet är ändrat: Enter sparar, F7 ångrar.</source>
        <translation>The dunning stop has been changed: Enter saves, F7 undoes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kravstoppet är sparat: kravkörningen hoppar över kundens fakturor för %1.</source>
        <translation>The dunning stop has been saved: the dunning run skips the customer&apos;s invoices for %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>påminnelser och inkassokrav</source>
        <translation>reminders and collection demands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påminnelser</source>
        <translation>reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassokrav</source>
        <translation>collection demands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravstoppet är borttaget.</source>
        <translation>The dunning stop has been removed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ändringen är ångrad.</source>
        <translation>The change has been undone.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Noteringen är sparad.</source>
        <translation>The note has been saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spara eller ångra kravstoppet först (Enter, F7).</source>
        <translation>Save or undo the dunning stop first (Enter, F7).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sätta skyddad identitet på kund %1 %2? Adressen visas då inte på någon skärm och skrivs inte ut på brev, listor eller filer; brev hålls för manuell hantering.</source>
        <translation>Set protected identity on customer %1 %2? The address is then not shown on any screen and not printed on letters, lists or files; letters are held for manual handling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta bort skyddad identitet från kund %1 %2? Adressen visas då igen och skrivs ut på brev.</source>
        <translation>Remove protected identity from customer %1 %2? The address is then shown again and printed on letters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingenting ändrades.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skyddad identitet är satt: adressen visas inte och skrivs inte ut.</source>
        <translation>Protected identity is set: the address is not shown and not printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet är borttagen.</source>
        <translation>Protected identity has been removed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fakturan %1 kan inte visas här.</source>
        <translation>Invoice %1 cannot be shown here.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DocumentPreview</name>
    <message>
        <location filename="../ui/print/documentpreview.cpp" line="+25"/>
        <source>skrivaren %1 finns inte på den här datorn, standardskrivaren används</source>
        <translation>printer %1 does not exist on this computer, the default printer is used</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – förhandsgranskning</source>
        <translation>%1 – preview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skrivare %1</source>
        <translation>printer %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningCodesScreen</name>
    <message>
        <location filename="../ui/screens/dunningcodesscreen.cpp" line="+43"/>
        <source>Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid anstånd (handbok 7.3). X = gäller inte fordringar med koden. Enter på en rad ändrar den, Enter i formuläret sparar.</source>
        <translation>Dunning codes stop dunning for a claim, e.g. during a deferral (handbook 7.3). X = does not apply to claims with the code. Enter on a row edits it, Enter in the form saves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>Ej faktura</source>
        <translation>No invoice</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Ej påm. 1</source>
        <translation>No rem. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påm. 2</source>
        <translation>No rem. 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej ink.krav</source>
        <translation>No coll. dem.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej ränta</source>
        <translation>No interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej ränta anstånd</source>
        <translation>No int. deferral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej hot</source>
        <translation>No threat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Ej restkrav</source>
        <translation>No resid. dem.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ej påminnelse 1</source>
        <translation>No reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påminnelse 2</source>
        <translation>No reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej inkassokrav</source>
        <translation>No collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsmålsränta</source>
        <translation>No late-payment interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsmålsränta vid anstånd</source>
        <translation>No late-payment interest on deferral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej hot om betalningsföreläggande</source>
        <translation>No threat of payment order</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kravtext:</source>
        <translation>Dunning text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera med X:</source>
        <translation>Mark with X:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Ändra kravkod %1</source>
        <translation>Change dunning code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägg upp kravkod %1</source>
        <translation>Add dunning code %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kravkod %1 (%2) är ändrad.</source>
        <translation>Dunning code %1 (%2) has been changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod %1 (%2) är upplagd.</source>
        <translation>Dunning code %1 (%2) has been added.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningCopiesScreen</name>
    <message>
        <location filename="../ui/screens/dunningcopiesscreen.cpp" line="+50"/>
        <source>Kopior av påminnelser/krav</source>
        <translation>Copies of reminders/demands</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Körningar av påminnelser/inkassokrav/restkrav, senaste först. F6 ångrar den markerade körningen. Kopior av de sparade breven tas fram med urvalet nedan: Enter/F16 förhandsgranska och skriv ut, F8 PDF.</source>
        <translation>Runs of reminders/collection demands/residual demands, latest first. F6 undoes the selected run. Copies of the saved letters are produced with the selection below: Enter/F16 preview and print, F8 PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Körningsdatum</source>
        <translation>Run date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kört</source>
        <translation>Run at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manuella</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgifter uppdeb.</source>
        <translation>Fees debited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta uppdeb.</source>
        <translation>Interest debited</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångrad</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+224"/>
        <source>Ångra körning</source>
        <translation>Undo run</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut kopior</source>
        <translation>Print copies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kopior av påminnelser/inkassokrav/restkrav</source>
        <translation>Copies of reminders/collection demands/residual demands</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 1 eller 2</source>
        <translation>Reminder 1 or 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopia skrivs på brevet</source>
        <translation>Mark the letter as COPY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ursprungligt framställningsdatum (annars dagens datum)</source>
        <translation>Original date of issue (otherwise today&apos;s date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast den markerade körningen</source>
        <translation>Only the selected run</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Framställningsdatum</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopior av</source>
        <translation>Copies of</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny handläggare (högst 30 tecken)</source>
        <translation>New handler (at most 30 characters)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ingen körning är gjord ännu.</source>
        <translation>No run has been made yet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Framställningsdatum: %1</source>
        <translation>Date of issue: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markera en körning i listan, eller ta bort &quot;Endast den markerade körningen&quot;.</source>
        <translation>Select a run in the list, or clear &quot;Only the selected run&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>handläggare</source>
        <translation>handler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga sparade brev passar urvalet.</source>
        <translation>No saved letters match the selection.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Kopior: %n.</source>
        <translation>
            <numerusform>%n copy.</numerusform>
            <numerusform>%n copies.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spara kopiorna som PDF</source>
        <translation>Save the copies as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Kopior: %n, skrivna till %1.</source>
        <translation>
            <numerusform>%n copy written to %1.</numerusform>
            <numerusform>%n copies written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Markera den körning som ska ångras.</source>
        <translation>Select the run to undo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Körning nr %1 kan inte ångras: %2</source>
        <translation>Run no. %1 cannot be undone: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ångra körning nr %1 (körningsdatum %2, gjord av %3)?
%4 brev, %5 för manuell hantering. Avgifter debiterade %6 kr, ränta debiterad %7 kr.

Fordringarna återställs som före körningen; körningens transaktioner och bokföringsorder tas bort.</source>
        <translation>Undo run no. %1 (run date %2, made by %3)?
%4 letters, %5 for manual handling. Fees debited SEK %6, interest debited SEK %7.

The claims are restored to how they were before the run; the run&apos;s transactions and booking orders are removed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Å&amp;ngra körningen</source>
        <translation>&amp;Undo the run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Körning nr %1 är inte ångrad.</source>
        <translation>Run no. %1 has not been undone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Körning nr %1 är ångrad; fordringarna är som före körningen.</source>
        <translation>Run no. %1 has been undone; the claims are as they were before the run.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningParametersScreen</name>
    <message>
        <location filename="../ui/screens/dunningparametersscreen.cpp" line="+62"/>
        <source>Kontering av avgifter och dröjsmålsränta per företag och debiteringsrutin, och de övriga parametrarna för ränta, blanketter och kravkoder (handbok 7.2). Enter sparar båda flikarna; F10 byter flik.</source>
        <translation>Account coding of fees and late-payment interest per company and billing routine, and the other parameters for interest, forms and dunning codes (handbook 7.2). Enter saves both tabs; F10 switches tab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <source>Kontering</source>
        <translation>Account coding</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Före&amp;tag:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debiteringsrutin:</source>
        <translation>&amp;Billing routine:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Påminnelse- och kravavgifter</source>
        <translation>Reminder and collection fees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intäktskonto &amp;påminnelseavgifter:</source>
        <translation>Income account, &amp;reminder fees:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intäktskonto kravav&amp;gifter:</source>
        <translation>Income account, collection &amp;fees:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontering dröjsmålsräntor</source>
        <translation>Account coding, late-payment interest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intäktskonto dröjs&amp;målsränta:</source>
        <translation>Income account, late-payment &amp;interest:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fo&amp;rdringskonto räntefakturor:</source>
        <translation>Receivable account, interest in&amp;voices:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Konton för avgifter krävs om avgifterna uppdebiteras; konton för dröjsmålsränta om räntefakturor skrivs ut eller räntor och avgifter förs till nästa faktura. Fordringskontot gäller räntefakturornas rutin (debiteringsrutin + 50).</source>
        <translation>Fee accounts are required if the fees are debited to the claims; late-payment interest accounts if interest invoices are printed or interest and fees are carried over to the next invoice. The receivable account applies to the interest invoices&apos; routine (billing routine + 50).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dröjsmålsränta</source>
        <translation>Late-payment interest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t.ex. 8,0</source>
        <translation>e.g. 8,0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta räknas från och med dagen &amp;efter förfallodagen</source>
        <translation>Interest is calculated from the day &amp;after the due date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utan kryss räknas räntan från och med förfallodagen.</source>
        <translation>When unticked, interest is calculated from and including the due date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktiska dagar / 365</source>
        <translation>Actual days / 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faktiska dagar / 365 eller 366 (skottår)</source>
        <translation>Actual days / 365 or 366 (leap year)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ränta &amp;utöver referensräntan (%):</source>
        <translation>Interest above the reference &amp;rate (%):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dag&amp;beräkning:</source>
        <translation>&amp;Day count:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar efter fakturadatum då ränta ska börja räknas:</source>
        <translation>Days after the invoice date before interest starts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mi&amp;nsta ränta (kr):</source>
        <translation>&amp;Minimum interest (SEK):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minst antal dagar efter förfa&amp;llodag:</source>
        <translation>Minimum number of days after the d&amp;ue date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minsta ränta och minst antal dagar gäller räntefakturor och listan Ej uppdebiterade räntor och avgifter, inte den upplupna räntan på ett krav.</source>
        <translation>Minimum interest and minimum number of days apply to interest invoices and to the list Unbilled interest and fees, not to the accrued interest on a demand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blanketter och kravkoder</source>
        <translation>Forms and dunning codes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Påminnelser o&amp;ch kravbrev sparas för kopieframställning</source>
        <translation>Save reminders and demand &amp;letters for producing copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blankett&amp;yp:</source>
        <translation>&amp;Form type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravk&amp;od vid betalningsföreläggande:</source>
        <translation>Dunning code for payment &amp;order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod vid &amp;amorteringsplan:</source>
        <translation>Dunning code for &amp;payment plan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar att betala (förfallodag på brevet)</source>
        <translation>Days to pay (due date on the letter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påminnelse:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav (minst %1):</source>
        <translation>Collection demand (at least %1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkrav:</source>
        <translation>Residual demand:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>plusgiro, A-kort med förtryckt logotyp</source>
        <translation>plusgiro, A card with preprinted logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, A-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>plusgiro, A card without logo, company name printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, B-kort med förtryckt logotyp</source>
        <translation>plusgiro, B card with preprinted logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, B-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>plusgiro, B card without logo, company name printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort med förtryckt logotyp</source>
        <translation>plusgiro, C card with preprinted logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>plusgiro, C card without logo, company name printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort med förtryckt logotyp, värmeförsluts</source>
        <translation>plusgiro, C card with preprinted logo, heat-sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort utan förtryckt logotyp, värmeförsluts</source>
        <translation>plusgiro, C card without preprinted logo, heat-sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, Postens elektroniska postproduktion</source>
        <translation>plusgiro, Posten&apos;s electronic mail production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort utan OCR, med förtryckt logotyp</source>
        <translation>bankgiro, payment slip without OCR, with preprinted logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort utan OCR och logotyp</source>
        <translation>bankgiro, payment slip without OCR or logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort med OCR och förtryckt logotyp</source>
        <translation>bankgiro, payment slip with OCR and preprinted logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort med OCR, utan logotyp</source>
        <translation>bankgiro, payment slip with OCR, without logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, Postens elektroniska postproduktion</source>
        <translation>bankgiro, Posten&apos;s electronic mail production</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0 – ingen</source>
        <translation>0 – none</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fo&amp;rdringskonto räntefakturor (rutin %1):</source>
        <translation>Receivable account, interest in&amp;voices (routine %1):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 – finns inte bland kravkoderna</source>
        <translation>%1 – not among the dunning codes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Osparade konton</source>
        <translation>Unsaved accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontona för företag %1, rutin %2 är ändrade men inte sparade. Vill du byta utan att spara dem?</source>
        <translation>The accounts for company %1, routine %2 have been changed but not saved. Do you want to switch without saving them?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ange räntan utöver referensräntan, t.ex. 8,0.</source>
        <translation>Enter the interest above the reference rate, e.g. 8,0.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ange ett konto med 1–%1 siffror.</source>
        <translation>Enter an account with 1–%1 digits.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kravparametrarna är sparade (kontering för företag %1, rutin %2).</source>
        <translation>The dunning parameters have been saved (account coding for company %1, routine %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inget är sparat: %1</source>
        <translation>Nothing has been saved: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inget är sparat: rätta fältet som är markerat på fliken %1.</source>
        <translation>Nothing has been saved: correct the marked field on the %1 tab.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningRunScreen</name>
    <message>
        <location filename="../ui/screens/dunningrunscreen.cpp" line="+53"/>
        <source>Kontrollista påminnelser/inkassokrav/restkrav</source>
        <translation>Control list: reminders/collection demands/residual demands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse- och kravlista, körning %1</source>
        <translation>Reminder and demand list, run %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningsdatum %1</source>
        <translation>Run date %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1, rutin %2, fakturanummer %3</source>
        <translation>Company %1, routine %2, invoice number %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Förvaltning/avdelning %1–%2</source>
        <translation>Administration/department %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelse/kravavgift inte på fordringar under %1 kr</source>
        <translation>Reminder/collection fee not on claims below SEK %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift ej uppdeb.</source>
        <translation>Fee not debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta uppdeb.</source>
        <translation>Interest debited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betala senast</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skyddad – manuell</source>
        <translation>protected – manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tas inte: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %n brev</source>
        <translation>
            <numerusform>%1: %n letter</numerusform>
            <numerusform>%1: %n letters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>, varav %1 manuella</source>
        <translation>, of which %1 manual</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Tas inte (kravkod): %n st</source>
        <translation>
            <numerusform>Skipped (dunning code): %n claim</numerusform>
            <numerusform>Skipped (dunning code): %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Totalt: %n brev</source>
        <translation>
            <numerusform>Total: %n letter</numerusform>
            <numerusform>Total: %n letters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avgifter som debiteras: %1 kr. Avgifter bara på brevet: %2 kr. Ränta som debiteras: %3 kr.</source>
        <translation>Fees to be debited: SEK %1. Fees on the letter only: SEK %2. Interest to be debited: SEK %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Påminnelser/krav – förhandsgranskning</source>
        <translation>Reminders/demands – preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelser/krav</source>
        <translation>Reminders/demands</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Körningsdatum</source>
        <translation>Run date</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förvaltning/avdelning fr.o.m. – t.o.m.</source>
        <translation>Administration/department from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelse/kravavgift inte på fordringar under</source>
        <translation>Reminder/collection fee not on claims below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hela kronor; ingen gräns för om brevet skrivs</source>
        <translation>whole kronor; the letter is written regardless</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningens resultat</source>
        <translation>Result of the run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska breven, F10 kör: stämplar datum, debiterar avgifter och ränta, skriver breven.</source>
        <translation>Enter/F8 control list (changes nothing), F9 preview the letters, F10 run: stamps the date, debits fees and interest, writes the letters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Control list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska brev</source>
        <translation>Preview letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kör</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Inte på fordringar under: %1</source>
        <translation>Not on claims below: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kontrollista: inga fordringar får brev på körningsdatum %1. Ingenting är ändrat.</source>
        <translation>Control list: no claims get a letter on run date %1. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrollista %1. Brev: %2 (%3). För manuell hantering: %4. Tas inte: %5. Ingenting är ändrat.</source>
        <translation>Control list %1. Letters: %2 (%3). For manual handling: %4. Skipped: %5. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inga fordringar får brev med detta urval.</source>
        <translation>No claims get a letter with this selection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla %1 brev hålls för manuell hantering; inget att visa.</source>
        <translation>All %1 letters are held for manual handling; nothing to show.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Förhandsgranskning av %n brev; ingenting är ändrat.</source>
        <translation>
            <numerusform>Preview of %n letter; nothing has been changed.</numerusform>
            <numerusform>Preview of %n letters; nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inga fordringar får brev på körningsdatum %1; ingen körning gjordes.</source>
        <translation>No claims get a letter on run date %1; no run was made.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kör påminnelser/krav</source>
        <translation>Run reminders/demands</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Körningsdatum %1. Fordringar som får brev: %n.</source>
        <translation>
            <numerusform>Run date %1. %n claim gets a letter.</numerusform>
            <numerusform>Run date %1. %n claims get a letter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Varav %1 skyddade för manuell hantering (inget brev skrivs).</source>
        <translation>Of which %1 protected, for manual handling (no letter is written).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fordringarna stämplas och avgifter och ränta debiteras. Köra nu?</source>
        <translation>The claims will be stamped and fees and interest debited. Run now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kör</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>No run was made.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Körningen pågår…</source>
        <translation>The run is in progress…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen körning gjordes; ingenting är ändrat.</source>
        <translation>No run was made; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skriv ut breven</source>
        <translation>Print the letters</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skriva ut breven nu (%n brev)?</source>
        <translation>
            <numerusform>Print the letter now (%n letter)?</numerusform>
            <numerusform>Print the letters now (%n letters)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inte nu</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spara breven som PDF</source>
        <translation>Save the letters as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breven sparades inte; skriv ut dem som kopior (Kravhantering → Kopior).</source>
        <translation>The letters were not saved; print them as copies (Dunning → Copies).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Körning nr %1 med körningsdatum %2 är gjord. Fordringar: %n.</source>
        <translation>
            <numerusform>Run no. %1 with run date %2 has been made: %n claim.</numerusform>
            <numerusform>Run no. %1 with run date %2 has been made: %n claims.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brev per steg: %1. Skrivna brev: %2.</source>
        <translation>Letters per step: %1. Letters written: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>För manuell hantering (skyddad identitet, inget brev skrivet): %1</source>
        <translation>For manual handling (protected identity, no letter written): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avgifter debiterade: %1 kr. Avgifter bara på brevet: %2 kr. Ränta debiterad: %3 kr.</source>
        <translation>Fees debited: SEK %1. Fees on the letter only: SEK %2. Interest debited: SEK %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>företag %1 verifikation %2 %3</source>
        <translation>company %1 verification %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: ingen (inget debiterades).</source>
        <translation>Booking order: none (nothing was debited).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: %1.</source>
        <translation>Booking orders: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breven är sparade i %1.</source>
        <translation>The letters have been saved in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breven: %1</source>
        <translation>Letters: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är körningens påminnelse- och kravlista (F16 skriver ut den).</source>
        <translation>The run is complete. The list below is the run&apos;s reminder and demand list (F16 prints it).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningSettingsScreen</name>
    <message>
        <location filename="../ui/screens/dunningsettingsscreen.cpp" line="+51"/>
        <source>Villkoren för påminnelser, inkassokrav och restkrav per debiteringsrutin (handbok 7.7). Blankt antal dagar = steget används inte. Avgifter i hela kronor. Enter sparar.</source>
        <translation>The terms for reminders, collection demands and residual demands per billing routine (handbook 7.7). Blank number of days = the step is not used. Fees in whole kronor. Enter saves.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Debiteringsrutin:</source>
        <translation>&amp;Billing routine:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påminnelse 1</source>
        <translation>Reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 – efter påminnelse 1</source>
        <translation>1 – after reminder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – efter påminnelse 2</source>
        <translation>2 – after reminder 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 – efter förfallodag</source>
        <translation>9 – after due date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uppdebitera upplupen ränta</source>
        <translation>Debit accrued interest onto the claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räknas från:</source>
        <translation>Counted from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Rubrik:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelseavgift avtalad i förväg (lag 1981:739 2 §)</source>
        <translation>Reminder fee agreed in advance (Act 1981:739, section 2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Antal dagar:</source>
        <translation>Number of days:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textnummer:</source>
        <translation>Text number:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uppdebiteras</source>
        <translation>Debited onto the claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut upplupen ränta</source>
        <translation>Print accrued interest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avgift (kr):</source>
        <translation>Fee (SEK):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handläggare:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skäl, avgift över taket:</source>
        <translation>Reason, fee above the cap:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rutin %1 har inga inställningar ännu; förslaget nedan sparas med Enter.</source>
        <translation>Routine %1 has no settings yet; the suggestion below is saved with Enter.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Inställningarna för rutin %1 är sparade.</source>
        <translation>The settings for routine %1 have been saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Inställningarna är inte sparade: rätta det som står vid stegen.</source>
        <translation>The settings have not been saved: correct what is shown at the steps.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningTextsScreen</name>
    <message>
        <location filename="../ui/screens/dunningtextsscreen.cpp" line="+62"/>
        <source>Texterna på påminnelser (7.4), inkassokrav (7.5), restkrav (7.6) och hot om betalningsföreläggande (7.9). Den streckade linjen visar hur långt en rad får vara. Ctrl+S sparar.</source>
        <translation>The texts on reminders (7.4), collection demands (7.5), residual demands (7.6) and threats of payment order (7.9). The dashed line shows how long a line may be. Ctrl+S saves.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Påminnelse</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Residual demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D – datapost (A5 liggande)</source>
        <translation>D – Datapost letter (A5 landscape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F – fakturablankett</source>
        <translation>F – invoice form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sla&amp;g:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nummer:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blankett:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 %2 finns inte ännu; den läggs upp när du sparar.</source>
        <translation>%1 %2 does not exist yet; it is created when you save.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rad %1 av %2, kolumn %3 av %4</source>
        <translation>line %1 of %2, column %3 of %4</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %2 är sparad.</source>
        <translation>%1 %2 has been saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::EnforcementOfficesScreen</name>
    <message>
        <location filename="../ui/screens/enforcementofficesscreen.cpp" line="+32"/>
        <source>Namn och adress till de kronofogdemyndigheter som kan väljas som mottagare av betalningsföreläggande (handbok 7.10). Orten är identiteten. Enter sparar formuläret.</source>
        <translation>Name and address of the Enforcement Authority offices that can be chosen as the recipient of a payment order application (handbook 7.10). The town is the identity. Enter saves the form.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kronofogdemyndighet</source>
        <translation>Enforcement Authority office</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>obligatorisk, högst %1 tecken</source>
        <translation>required, at most %1 characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>K&amp;ronofogdemyndighet:</source>
        <translation>&amp;Enforcement Authority office:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn och adress: högst %1 rader om %2 tecken.</source>
        <translation>Name and address: at most %1 lines of %2 characters.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Inga kronofogdemyndigheter är upplagda ännu. Skriv ort, namn och adress och tryck Enter.</source>
        <translation>No Enforcement Authority offices have been set up yet. Enter the town, name and address and press Enter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ny kronofogdemyndighet</source>
        <translation>New Enforcement Authority office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra kronofogdemyndigheten i %1</source>
        <translation>Change the Enforcement Authority office in %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ort: högst %1 tecken.</source>
        <translation>Town: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad %1: högst %2 tecken.</source>
        <translation>Line %1: at most %2 characters.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ort: %1 finns redan; välj den i listan för att ändra.</source>
        <translation>Town: %1 already exists; select it in the list to change it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kronofogdemyndigheten i %1 är upplagd.</source>
        <translation>The Enforcement Authority office in %1 has been set up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofogdemyndigheten i %1 är ändrad.</source>
        <translation>The Enforcement Authority office in %1 has been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj kronofogdemyndigheten som ska tas bort i listan.</source>
        <translation>Select the Enforcement Authority office to delete in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort kronofogdemyndighet</source>
        <translation>Delete Enforcement Authority office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du ta bort kronofogdemyndigheten i %1?</source>
        <translation>Do you want to delete the Enforcement Authority office in %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kronofogdemyndigheten i %1 är borttagen.</source>
        <translation>The Enforcement Authority office in %1 has been deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::IdleLogout</name>
    <message>
        <location filename="../ui/idlelogout.cpp" line="+70"/>
        <source>Du loggades ut efter %1 minuter utan aktivitet.</source>
        <translation>You were logged out after %1 minutes without activity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du loggades ut efter en stund utan aktivitet.</source>
        <translation>You were logged out after a while without activity.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InterestInvoicingScreen</name>
    <message>
        <location filename="../ui/screens/interestinvoicingscreen.cpp" line="+31"/>
        <location line="+12"/>
        <source>Räntefakturor</source>
        <translation>Interest invoices</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Räntefakturor – förhandsgranskning</source>
        <translation>Interest invoices – preview</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>räntefakturornas datum</source>
        <translation>the interest invoices&apos; date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slutbetalningsdatum fr.o.m. – t.o.m.</source>
        <translation>Date paid in full from – to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förvaltning/avdelning fr.o.m. – t.o.m.</source>
        <translation>Administration/department from – to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse debitering; tomt = alla</source>
        <translation>miscellaneous billing; empty = all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta ränta att fakturera *</source>
        <translation>Minimum interest to invoice *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hela kronor, obligatorisk</source>
        <translation>whole kronor, required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar</source>
        <translation>Minimum number of days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>för sent efter förfallodagen</source>
        <translation>late after the due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uppgifter på fakturan</source>
        <translation>Details on the invoice</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+88"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>förslag: fakturadatum + 10 dagar, nästa bankdag</source>
        <translation>proposal: invoice date + 10 days, next banking day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare *</source>
        <translation>Handler *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>namn och telefon, obligatorisk</source>
        <translation>name and telephone, required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Körningens resultat</source>
        <translation>Result of the run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska räntefakturorna, F10 kör: registrerar räntefakturorna, stämplar fakturorna och gör bokföringsorder.</source>
        <translation>Enter/F8 control list (changes nothing), F9 preview the interest invoices, F10 run: registers the interest invoices, stamps the invoices and makes booking orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Control list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kör</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Företag fr.o.m.</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slutbetald fr.o.m.</source>
        <translation>Paid in full from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald t.o.m.</source>
        <translation>Paid in full to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minsta ränta: %1</source>
        <translation>Minimum interest: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara en siffra 0–%2.</source>
        <translation>Minimum number of days: &quot;%1&quot; must be one digit 0–%2.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kontrollista: inga fordringar att räntefakturera med detta urval. Ingenting är ändrat.</source>
        <translation>Control list: no claims to invoice interest on with this selection. Nothing has been changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Kontrollista: %n räntefakturor, %1 kr, förfallodag %2. Ingenting är ändrat.</source>
        <translation>
            <numerusform>Control list: %n interest invoice, SEK %1, due date %2. Nothing has been changed.</numerusform>
            <numerusform>Control list: %n interest invoices, SEK %1, due date %2. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n fordringar kan inte faktureras (se Anmärkning); körningen går inte förrän det är åtgärdat.</source>
        <translation>
            <numerusform>%n claim cannot be invoiced (see Remark); the run cannot go ahead until this has been fixed.</numerusform>
            <numerusform>%n claims cannot be invoiced (see Remark); the run cannot go ahead until this has been fixed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inga räntefakturor att visa med detta urval.</source>
        <translation>No interest invoices to show with this selection.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Förhandsgranskning av %n räntefakturor; ingenting är ändrat.</source>
        <translation>
            <numerusform>Preview of %n interest invoice; nothing has been changed.</numerusform>
            <numerusform>Preview of %n interest invoices; nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Räntefaktureringen kan inte köras: %1</source>
        <translation>The interest invoicing cannot be run: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga fordringar att räntefakturera med detta urval; ingen körning gjordes.</source>
        <translation>No claims to invoice interest on with this selection; no run was made.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kör räntefakturering</source>
        <translation>Run interest invoicing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum %1, förfallodag %2.</source>
        <translation>Invoice date %1, due date %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Räntefakturor: %n, summa %1 kr.</source>
        <translation>
            <numerusform>Interest invoices: %n, total SEK %1.</numerusform>
            <numerusform>Interest invoices: %n, total SEK %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Räntefakturorna registreras, fakturorna stämplas och bokföringsorder görs. Köra nu?</source>
        <translation>The interest invoices will be registered, the invoices stamped and booking orders made. Run now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kör</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>No run was made.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen körning gjordes; ingenting är ändrat.</source>
        <translation>No run was made; nothing has been changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Räntefakturering med fakturadatum %1 är gjord: %n räntefakturor, summa %2 kr, förfallodag %3.</source>
        <translation>
            <numerusform>Interest invoicing with invoice date %1 is done: %n interest invoice, total SEK %2, due date %3.</numerusform>
            <numerusform>Interest invoicing with invoice date %1 is done: %n interest invoices, total SEK %2, due date %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>företag %1 verifikation %2 %3</source>
        <translation>company %1 verification %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: %1.</source>
        <translation>Booking orders: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturorna är sparade i %1.</source>
        <translation>The interest invoices have been saved in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturorna: %1</source>
        <translation>The interest invoices: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den).</source>
        <translation>The run is complete. The list below is the run&apos;s list (F16 prints it).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv ut räntefakturorna</source>
        <translation>Print the interest invoices</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skriva ut räntefakturorna nu (%n st)?</source>
        <translation>
            <numerusform>Print the interest invoice now (%n)?</numerusform>
            <numerusform>Print the interest invoices now (%n)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inte nu</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spara räntefakturorna som PDF</source>
        <translation>Save the interest invoices as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturorna sparades inte som PDF; skriv ut dem nu.</source>
        <translation>The interest invoices were not saved as PDF; print them now.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InvoiceCopiesScreen</name>
    <message>
        <location filename="../ui/screens/invoicecopiesscreen.cpp" line="+42"/>
        <source>Fakturakopia %1</source>
        <translation>Invoice copy %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturakopior %1–%2</source>
        <translation>Invoice copies %1–%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kopior av fakturor, en faktura eller ett intervall inom samma rutin. Enter visar fakturorna, F16 förhandsgranskar och skriver ut kopiorna, F8 sparar dem som PDF.</source>
        <translation>Copies of invoices, one invoice or a range within one routine. Enter shows the invoices, F16 previews and prints the copies, F8 saves them as PDF.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturabelopp</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+117"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut kopior</source>
        <translation>Print copies</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>9 siffror</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tom = bara en</source>
        <translation>empty = just one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;öretag (F4)</source>
        <translation>&amp;Company (F4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ko&amp;pia skrivs på fakturan</source>
        <translation>Cop&amp;y is printed on the invoice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny h&amp;andläggare (högst 30 tecken)</source>
        <translation>New h&amp;andler (at most 30 characters)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Fakturanummer fr.&amp;o.m. – t.o.m.</source>
        <translation>Invoice number fr&amp;om – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uppgifter ut på fakturan</source>
        <translation>Details printed on the invoice</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Ursprungligt framställningsdatum (annars dagens datum)</source>
        <translation>&amp;Original date of issue (otherwise today&apos;s date)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Fakturor i urvalet: %1. F16 skriver ut kopiorna, F8 sparar dem som PDF.</source>
        <translation>Invoices in the selection: %1. F16 prints the copies, F8 saves them as PDF.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>handläggare</source>
        <translation>clerk</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Fakturakopior: %n.</source>
        <translation>
            <numerusform>Invoice copies: %n.</numerusform>
            <numerusform>Invoice copies: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spara fakturakopiorna som PDF</source>
        <translation>Save the invoice copies as PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Fakturakopior: %n, skrivna till %1.</source>
        <translation>
            <numerusform>Invoice copies: %n, written to %1.</numerusform>
            <numerusform>Invoice copies: %n, written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InvoiceImportScreen</name>
    <message>
        <location filename="../ui/screens/invoiceimportscreen.cpp" line="+53"/>
        <source>Läser fakturor från ett annat system: en CSV-fil med semikolon och en rubrikrad (company;invoice_number;name;invoice_date;due_date;amount;id_number …) eller en JSON-fil med samma fält. Enter kontrollerar filen och ändrar ingenting; F10 importerar den. En fil importeras helt eller inte alls.</source>
        <translation>Reads invoices from another system: a CSV file with semicolons and a header row (company;invoice_number;name;invoice_date;due_date;amount;id_number …) or a JSON file with the same fields. Enter checks the file and changes nothing; F10 imports it. A file is imported completely or not at all.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Fil&amp;namn:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Väl&amp;j fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;ontrollera</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;mportera</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/org.nr / kundnr</source>
        <translation>Personal/org. no. / customer no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Förfallodatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Välj fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Välj fakturafil</source>
        <translation>Choose invoice file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturafiler (*.csv *.txt *.json);;Alla filer (*)</source>
        <translation>Invoice files (*.csv *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Skriv filens namn eller välj den med F4.</source>
        <translation>Type the file&apos;s name or choose it with F4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Cannot read the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollerar fakturor…</source>
        <translation>Checking invoices…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importerar fakturor…</source>
        <translation>Importing invoices…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import från %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rad %1: </source>
        <translation>line %1: </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 har %n fel</source>
        <translation>
            <numerusform>%1 has %n error</numerusform>
            <numerusform>%1 has %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> på %n rader; ingen faktura har importerats. Rätta filen och kontrollera den igen.</source>
        <translation>
            <numerusform> on %n line; no invoice has been imported. Correct the file and check it again.</numerusform>
            <numerusform> on %n lines; no invoice has been imported. Correct the file and check it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n fakturor</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> på sammanlagt %1 kr</source>
        <translation> totalling SEK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 är importerade.</source>
        <translation>%1: %2 have been imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 innehåller inga fakturor.</source>
        <translation>%1 contains no invoices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 är kontrollerad: %2 kan importeras. Ingenting har ändrats; F10 importerar.</source>
        <translation>%1 has been checked: %2 can be imported. Nothing has been changed; F10 imports.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importera fakturor</source>
        <translation>Import invoices</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Importera %n fakturor</source>
        <translation>
            <numerusform>Import %n invoice</numerusform>
            <numerusform>Import %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> på sammanlagt %1 kr från %2?</source>
        <translation> totalling SEK %1 from %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting har importerats.</source>
        <translation>Nothing has been imported.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InvoiceSearchScreen</name>
    <message>
        <location filename="../ui/screens/invoicesearchscreen.cpp" line="+68"/>
        <source>Sök faktura</source>
        <translation>Search invoice</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag from – tom (F4)</source>
        <translation>Company from – to (F4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registerid</source>
        <translation>Register id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturabelopp fr o m</source>
        <translation>Invoice amount from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldobelopp fr o m</source>
        <translation>Balance amount from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–10 siffror</source>
        <translation>1–10 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>t.ex. 1 000 eller 50-</source>
        <translation>e.g. 1 000 or 50-</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+72"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Växla kolumner</source>
        <translation>Switch columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kund</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: &quot;%2&quot; ska vara 1–3 siffror.</source>
        <translation>%1: &quot;%2&quot; must be 1–3 digits.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Söker…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visar de första %L1 fakturorna, räknar resten…</source>
        <translation>Showing the first %L1 invoices, counting the rest…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga fakturor.</source>
        <translation>No invoices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 fakturor</source>
        <translation>%L1 invoices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen faktura börjar med &quot;%1&quot; eller kommer efter det.</source>
        <translation>No invoice starts with &quot;%1&quot; or comes after it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen faktura börjar med &quot;%1&quot;; listan börjar vid närmaste värde. %2</source>
        <translation>No invoice starts with &quot;%1&quot;; the list starts at the nearest value. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raden hämtas ännu – tryck Enter igen om ett ögonblick.</source>
        <translation>The row is still being fetched – press Enter again in a moment.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Markera en faktura i listan för att se kunden.</source>
        <translation>Select an invoice in the list to see the customer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raden hämtas ännu – tryck F8 igen om ett ögonblick.</source>
        <translation>The row is still being fetched – press F8 again in a moment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunduppgifterna kan inte visas här.</source>
        <translation>The customer details cannot be shown here.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>rsk::ui::KeyboardHelpScreen</name>
    <message>
        <location filename="../ui/screens/keyboardhelpscreen.cpp" line="+19"/>
        <source>Menyerna öppnas med Alt och den understrukna bokstaven, t.ex. Alt+I för Inbetalningar. F13–F24 skrivs som Skift+F1–F12.</source>
        <translation>Menus open with Alt and the underlined letter, e.g. Alt+P for Payments. F13–F24 are typed as Shift+F1–F12.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tangent</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hela programmet</source>
        <translation>Whole program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alla bilder</source>
        <translation>All screens</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Keys</name>
    <message>
        <location filename="../ui/commands/functionkeys.cpp" line="+75"/>
        <source>Skift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>rsk::ui::LoginDialog</name>
    <message>
        <location filename="../ui/widgets/logindialog.cpp" line="+32"/>
        <source>Logga in – Reskontra</source>
        <translation>Log in – Reskontra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logga in i reskontran &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Log in to the ledger &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logga in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skriv användarnamnet.</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+83"/>
        <location line="+52"/>
        <source>Startsida</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stäng bilden</source>
        <translation>Close screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Föregående flik</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Byt företag</source>
        <translation>Switch company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna reskontra…</source>
        <translation>Open ledger…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+59"/>
        <source>Handboken, avsnitt %1</source>
        <translation>Handbook, section %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Du har inte behörighet att öppna %1: det kräver rollen %2.</source>
        <translation>You are not permitted to open %1: it requires the role %2.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inställningsläge: ingen användare har lösenord, alla arbetar som administratör. Sätt lösenord under Systemunderhåll &gt; Användare och behörigheter.</source>
        <translation>Set-up mode: no user has a password, everyone works as administrator. Set passwords under System maintenance &gt; Users and permissions.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Startsidan kan inte stängas.</source>
        <translation>The start page cannot be closed.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ManualRegistrationScreen</name>
    <message>
        <location filename="../ui/screens/manualregistrationscreen.cpp" line="+108"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registrera</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa fakturan</source>
        <translation>Show invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Ta bort rad</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupp</source>
        <translation>Dup</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+270"/>
        <source>Godkänn bunt</source>
        <translation>Approve batch</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Raden är inte registrerad: rätta det som står i rött.</source>
        <translation>The line has not been registered: correct what is shown in red.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>faktura %1, %2</source>
        <translation>invoice %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rad %1 är ändrad: %2.</source>
        <translation>Line %1 has been changed: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rad %1 är registrerad: %2.</source>
        <translation>Line %1 has been registered: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rad %1 är hämtad för ändring: Enter sparar, F7 ångrar.</source>
        <translation>Line %1 is open for editing: Enter saves, F7 undoes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ändringen av rad %1 är ångrad.</source>
        <translation>The change to line %1 has been undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raden är tömd.</source>
        <translation>The line has been cleared.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj raden som ska tas bort i tabellen (Tab, pilarna) och tryck F6.</source>
        <translation>Select the line to delete in the table (Tab, arrow keys) and press F6.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ta bort rad %1 (faktura %2, %3) ur bunten?</source>
        <translation>Delete line %1 (invoice %2, %3) from the batch?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rad %1 är borttagen.</source>
        <translation>Line %1 has been deleted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ställ markören i fältet som ska duppas och tryck Ctrl+D.</source>
        <translation>Put the cursor in the field to duplicate and press Ctrl+D.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det finns ingen föregående rad att duppa från.</source>
        <translation>There is no previous line to duplicate from.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F4 visar en lista i fälten Företag och Inbetalningssätt.</source>
        <translation>F4 shows a list in the Company and Payment method fields.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriv fakturanumret och tryck F5.</source>
        <translation>Type the invoice number and press F5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bunten har inga rader att godkänna.</source>
        <translation>The batch has no lines to approve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spara (Enter) eller ångra (F7) ändringen av rad %1 först.</source>
        <translation>Save (Enter) or undo (F7) the change to line %1 first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Godkänn bunt %1 med %2 rader (kredit %3, debet %4)? Raderna bokförs på fordringarna och bunten kan sedan inte ändras.</source>
        <translation>Approve batch %1 with %2 lines (credit %3, debit %4)? The lines are posted to the claims and the batch can then no longer be changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bunt %1 är godkänd: %2 rader bokförda, kredit %3, debet %4.</source>
        <translation>Batch %1 has been approved: %2 lines posted, credit %3, debit %4.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Den ej godkända bunten %1 med %2 rader är hämtad.</source>
        <translation>The unapproved batch %1 with %2 lines has been loaded.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ny bunt: den skapas när första raden registreras.</source>
        <translation>New batch: it is created when the first line is registered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rader: 0</source>
        <translation>Lines: 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bunt %1 – ej godkänd, skapad av %2</source>
        <translation>Batch %1 – not approved, created by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – ändrar rad %1</source>
        <translation> – editing line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rader: %1    Summa kredit: %2    Summa debet: %3</source>
        <translation>Lines: %1    Total credit: %2    Total debit: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, saldo %2</source>
        <translation>%1, balance %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Föregående rad: –</source>
        <translation>Previous line: –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Föregående rad %1:</source>
        <translation>Previous line %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>konto %1</source>
        <translation>account %1</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Menus</name>
    <message>
        <location filename="../ui/menucatalogue.cpp" line="+34"/>
        <source>&amp;Inbetalningar</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från &amp;bankgiro (BgMax)</source>
        <translation>Import from &amp;Bankgiro (BgMax)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hämtning från &amp;plusgiro (Total-IN)</source>
        <translation>Import from &amp;Plusgiro (Total-IN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arametrar maskinella inbetalningar</source>
        <translation>P&amp;arameters for automatic payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registrera manuella</source>
        <translation>&amp;Register manual payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kreditfakturor/annulleringar</source>
        <translation>&amp;Credit invoices/cancellations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppdatera bokföring</source>
        <translation>&amp;Update bookkeeping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök inbetalningar</source>
        <translation>&amp;Search payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbetalningslista</source>
        <translation>Payment &amp;list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningspro&amp;gnos</source>
        <translation>Payment &amp;forecast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Särre&amp;dovisad kundfordran</source>
        <translation>S&amp;eparately reported receivable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Oplacerade betalningar</source>
        <translation>U&amp;nplaced payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbe&amp;talningar</source>
        <translation>&amp;Overpayments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fakturor</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök faktura</source>
        <translation>&amp;Search invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturak&amp;opior</source>
        <translation>Invoice &amp;copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ersättningsfaktura</source>
        <translation>&amp;Replacement invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;aldolista</source>
        <translation>&amp;Balance list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kundfordringar</source>
        <translation>&amp;Accounts receivable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debiteringsstatistik</source>
        <translation>Bi&amp;lling statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rensning betalda fakturor</source>
        <translation>&amp;Purge paid invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatistik</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importera fakturor</source>
        <translation>&amp;Import invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kravhantering</source>
        <translation>&amp;Dunning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Påminnelser/inkassokrav/restkrav</source>
        <translation>&amp;Reminders/collection demands/residual demands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopior</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Räntefakturering</source>
        <translation>&amp;Interest invoicing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ej debiterade räntor och avgifter</source>
        <translation>&amp;Unbilled interest and fees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring till &amp;nästa faktura</source>
        <translation>Transfer to &amp;next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hot om betalningsföreläggande</source>
        <translation>&amp;Threat of payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Betalningsföreläggande</source>
        <translation>&amp;Payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amorteringsplan</source>
        <translation>Pay&amp;ment plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till &amp;inkasso</source>
        <translation>Transfer to &amp;debt collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtern inkassohantering</source>
        <translation>E&amp;xternal debt collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Systemunderhåll</source>
        <translation>&amp;System maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Företagsuppgifter</source>
        <translation>&amp;Company details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbetalningssätt</source>
        <translation>Payment &amp;methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nställningar påminnelser/krav</source>
        <translation>Reminder/demand &amp;settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krav&amp;parametrar</source>
        <translation>Dunning &amp;parameters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kravkoder</source>
        <translation>Dunning c&amp;odes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Texter påminnelser/inkassokrav/restkrav/hot</source>
        <translation>&amp;Texts for reminders/demands/residual demands/threats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Referensränta</source>
        <translation>&amp;Reference rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofo&amp;gdemyndigheter</source>
        <translation>&amp;Enforcement Authority offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landskoder</source>
        <translation>Country co&amp;des</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning loggposter efter a&amp;vbrott</source>
        <translation>Clear log entries after &amp;interruption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Användare och behörigheter</source>
        <translation>&amp;Users and permissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sparade utskrifter</source>
        <translation>&amp;Saved printouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Körningar</source>
        <translation>&amp;Runs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Granskningslogg</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tangentbord</source>
        <translation>&amp;Keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Om Reskontra</source>
        <translation>&amp;About Reskontra</translation>
    </message>
</context>
<context>
    <name>rsk::ui::NewClaimsChart</name>
    <message>
        <location filename="../ui/widgets/newclaimschart.cpp" line="+204"/>
        <source>Nya fordringar</source>
        <translation>New claims</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nya fordringar per månad</source>
        <translation>New claims per month</translation>
    </message>
</context>
<context>
    <name>rsk::ui::NextInvoiceTransferScreen</name>
    <message>
        <location filename="../ui/screens/nextinvoicetransferscreen.cpp" line="+26"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Överföringsdatum</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>stämplas på fakturorna</source>
        <translation>stamped on the invoices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slutbetalningsdatum fr.o.m. – t.o.m.</source>
        <translation>Date paid in full from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minsta ränta</source>
        <translation>Minimum interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hela kronor</source>
        <translation>whole kronor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar</source>
        <translation>Minimum number of days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>efter förfallodagen</source>
        <translation>after the due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapp för filerna</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en fil per rutin</source>
        <translation>one file per routine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Överföringens resultat</source>
        <translation>Result of the transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting, samma belopp som listan Ej debiterade räntor och avgifter), F10 överför: skriver en fil per rutin och stämplar fakturorna med överföringsdatum.</source>
        <translation>Enter/F8 control list (changes nothing, the same amounts as the list Unbilled interest and fees), F10 transfer: writes one file per routine and stamps the invoices with the transfer date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Control list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överför</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Företag fr.o.m.</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slutbetald fr.o.m.</source>
        <translation>Paid in full from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald t.o.m.</source>
        <translation>Paid in full to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minsta ränta: %1</source>
        <translation>Minimum interest: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara ett heltal 0–%2.</source>
        <translation>Minimum number of days: &quot;%1&quot; must be a whole number 0–%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Kontrollista: %n fordringar att föra över, %1 kr; %2 utan personnummer förs inte över. Ingenting är ändrat.</source>
        <translation>
            <numerusform>Control list: %n claim to transfer, SEK %1; %2 without a personal identity number are not transferred. Nothing has been changed.</numerusform>
            <numerusform>Control list: %n claims to transfer, SEK %1; %2 without a personal identity number are not transferred. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Inga fordringar att föra över med detta urval; ingenting gjordes.</source>
        <translation>No claims to transfer with this selection; nothing was done.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Överför till nästa faktura</source>
        <translation>Transfer to next invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföringsdatum %1. Fordringar: %2, summa %3 kr.</source>
        <translation>Transfer date %1. Claims: %2, total SEK %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filer i %1: %2</source>
        <translation>Files in %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utan personnummer (förs inte över): %1.</source>
        <translation>Without a personal identity number (not transferred): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturorna stämplas och förs aldrig över igen. Överföra nu?</source>
        <translation>The invoices will be stamped and never transferred again. Transfer now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ö&amp;verför</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen överföring gjordes.</source>
        <translation>No transfer was made.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen överföring gjordes; ingenting är ändrat.</source>
        <translation>No transfer was made; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Överföringen %1 är gjord: %2 fordringar, %3 kr.</source>
        <translation>Transfer %1 is done: %2 claims, SEK %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inte överförda (personnummer saknas): %1 st, se listan.</source>
        <translation>Not transferred (personal identity number missing): %1, see the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listan nedan är kvittenslistan (F16 skriver ut den).</source>
        <translation>The list below is the receipt list (F16 prints it).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::OverpaymentsScreen</name>
    <message>
        <location filename="../ui/screens/overpaymentsscreen.cpp" line="+20"/>
        <source>Belopp som betalats utöver fakturans saldo. Fakturan är slutbetald; överskottet kan flyttas till samma kunds andra faktura eller markeras som återbetalt.</source>
        <translation>Amounts paid in excess of the invoice&apos;s balance. The invoice is paid in full; the surplus can be moved to another invoice of the same customer or marked as refunded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betaldag</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturanummer</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytta till fak&amp;tura:</source>
        <translation>Move &amp;to invoice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;lytta</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visa fakturan</source>
        <translation>Show invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Återbetald</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Visa alla</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Flyttad till %1</source>
        <translation>Moved to %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inga överbetalningar.</source>
        <translation>No overpayments.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n överbetalning(ar).</source>
        <translation>
            <numerusform>%n overpayment.</numerusform>
            <numerusform>%n overpayments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ingen överbetalning vald.</source>
        <translation>No overpayment selected.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Välj en överbetalning i listan.</source>
        <translation>Select an overpayment in the list.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nr %1 flyttad till %2: %3 kr; %4 kr kvar som överbetalning.</source>
        <translation>No. %1 moved to %2: SEK %3; SEK %4 left as overpayment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nr %1 flyttad till %2: %3 kr.</source>
        <translation>No. %1 moved to %2: SEK %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Markera överbetalning nr %1 (%2 kr på faktura %3) som återbetald?</source>
        <translation>Mark overpayment no. %1 (SEK %2 on invoice %3) as refunded?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Markera återbetald</source>
        <translation>&amp;Mark as refunded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Överbetalning nr %1 är markerad som återbetald.</source>
        <translation>Overpayment no. %1 has been marked as refunded.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaidInvoicePurgeScreen</name>
    <message>
        <location filename="../ui/screens/paidinvoicepurgescreen.cpp" line="+30"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor med saldo noll och betalda före</source>
        <translation>Invoices with a zero balance, paid before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obligatorisk uppgift</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ej kravkod</source>
        <translation>Not dunning code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upp till 4 kravkoder som inte rensas</source>
        <translation>up to 4 dunning codes that are not purged</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Fakturarader</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Kravuppgifter</source>
        <translation>Dunning details</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Namnordning</source>
        <translation>&amp;Name order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanummer&amp;ordning</source>
        <translation>Invoice number &amp;order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personnummerordning</source>
        <translation>&amp;Person number order</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kvittenslistor</source>
        <translation>Receipt lists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslistan (PDF)</source>
        <translation>The receipt list (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skrivs innan något rensas</source>
        <translation>written before anything is purged</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rensningens resultat</source>
        <translation>Result of the purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 endast lista (ändrar ingenting), F10 rensar: kvittenslistan skrivs först, sedan tas fakturorna med transaktioner bort ur reskontran. Kunderna finns kvar.</source>
        <translation>Enter/F8 list only (changes nothing), F10 purges: the receipt list is written first, then the invoices and their transactions are removed from the ledger. The customers remain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endast lista</source>
        <translation>List only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensa</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag fr.o.m.</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Betalda före</source>
        <translation>Paid before</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ej kravkod: &quot;%1&quot; ska vara en kravkod 1–9.</source>
        <translation>Not dunning code: &quot;%1&quot; must be a dunning code 1–9.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Endast lista: %n fakturor skulle rensas, belopp %1 kr, inbetalt %2 kr; %3 rensas inte (se anmärkningen). Ingenting är ändrat.</source>
        <translation>
            <numerusform>List only: %n invoice would be purged, amount SEK %1, paid SEK %2; %3 are not purged (see the remark). Nothing has been changed.</numerusform>
            <numerusform>List only: %n invoices would be purged, amount SEK %1, paid SEK %2; %3 are not purged (see the remark). Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Rensning betalda fakturor</source>
        <translation>Purge of paid invoices</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inga fakturor att rensa med detta urval; ingenting gjordes.</source>
        <translation>No invoices to purge with this selection; nothing was done.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kvittenslistan: ange filen som listan ska skrivas till.</source>
        <translation>The receipt list: give the file to write the list to.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rensa %n fakturor betalda före %1?</source>
        <translation>
            <numerusform>Purge %n invoice paid before %1?</numerusform>
            <numerusform>Purge %n invoices paid before %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summa belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</source>
        <translation>Total amount SEK %1, paid SEK %2, %3 transactions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kvittenslistan skrivs till %1.</source>
        <translation>The receipt list is written to %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturorna och deras transaktioner tas bort ur reskontran och kan inte tas fram igen. Rensa nu?</source>
        <translation>The invoices and their transactions are removed from the ledger and cannot be brought back. Purge now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rensa</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen rensning gjordes.</source>
        <translation>No purge was done.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen rensning gjordes; ingenting är ändrat.</source>
        <translation>No purge was done; nothing has been changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Rensningen är gjord: %n fakturor, belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</source>
        <translation>
            <numerusform>The purge is done: %n invoice, amount SEK %1, paid SEK %2, %3 transactions.</numerusform>
            <numerusform>The purge is done: %n invoices, amount SEK %1, paid SEK %2, %3 transactions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kvittenslistan: %1</source>
        <translation>The receipt list: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listan nedan är kvittenslistan (F16 skriver ut den).</source>
        <translation>The list below is the receipt list (F16 prints it).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentBatchTable</name>
    <message>
        <location filename="../ui/widgets/paymentbatchtable.cpp" line="+13"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trans.datum</source>
        <translation>Trans. date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontering</source>
        <translation>Account coding</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentForecastScreen</name>
    <message>
        <location filename="../ui/screens/paymentforecastscreen.cpp" line="+21"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Företag from – tom</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodatum from – tom</source>
        <translation>Due date from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per förfallodag</source>
        <translation>Per due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per vecka</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per månad</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summera</source>
        <translation>Summarise</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodatum from</source>
        <translation>Due date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum tom</source>
        <translation>Due date to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodatum</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentImportScreen</name>
    <message>
        <location filename="../ui/screens/paymentimportscreen.cpp" line="+37"/>
        <source>Betald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetald</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Småbelopp avskrivet</source>
        <translation>Small amount written off</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Till nästa faktura</source>
        <translation>To next invoice</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Avdrag</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Oplacerad</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Läser en BgMax-fil från Bankgirot. Mottagarbankgirot väljer företaget och OCR-referensen fakturan. En fil läses in helt eller inte alls.</source>
        <translation>Imports a BgMax file from Bankgirot. The recipient Bankgiro number selects the company and the OCR reference the invoice. A file is imported completely or not at all.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Läser en Total-IN-fil från Plusgirot/Nordea. Mottagarplusgirot väljer företaget och referensen fakturan. En fil läses in helt eller inte alls.</source>
        <translation>Imports a Total-IN file from Plusgirot/Nordea. The recipient Plusgiro number selects the company and the reference the invoice. A file is imported completely or not at all.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Läs in</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provkörning (visa vad som skulle hända, ändra ingenting)</source>
        <translation>Dry &amp;run (show what would happen, change nothing)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Väl&amp;j fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fil&amp;namn:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningar</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Placerade</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placerat belopp</source>
        <translation>Placed amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerade</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerat belopp</source>
        <translation>Unplaced amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalningar</source>
        <translation>Overpayments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalt belopp</source>
        <translation>Overpaid amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskrivna småbelopp</source>
        <translation>Small amounts written off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signallista</source>
        <translation>Signal list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläsning nr</source>
        <translation>Import no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokfört</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diff</source>
        <translation>Diff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Välj fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Välj BgMax-fil</source>
        <translation>Choose BgMax file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj Total-IN-fil</source>
        <translation>Choose Total-IN file</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv filens namn eller välj den med F4.</source>
        <translation>Type the file name or choose it with F4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Cannot read the file &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Filen har %n fel; ingen betalning har lästs in.</source>
        <translation>
            <numerusform>The file has %n error; no payment has been imported.</numerusform>
            <numerusform>The file has %n errors; no payment has been imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filen är redan inläst</source>
        <translation>The file has already been imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen %1 är redan inläst: %2.

Är det riktigt att läsa in den igen? Betalningarna bokförs då en gång till.</source>
        <translation>The file %1 has already been imported: %2.

Is it right to import it again? The payments will then be posted a second time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Läs in igen</source>
        <translation>&amp;Import again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting har lästs in.</source>
        <translation>Nothing has been imported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Läser in betalningar…</source>
        <translation>Importing payments…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>provkörning</source>
        <translation>dry run</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>signallista</source>
        <translation>signal list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inkasso</source>
        <translation>debt collection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Provkörning: så här skulle filen läsas in; ingenting har ändrats.</source>
        <translation>Dry run: this is how the file would be imported; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen är inläst igen (inläsning nr %1).</source>
        <translation>The file has been imported again (import no. %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen är inläst (inläsning nr %1).</source>
        <translation>The file has been imported (import no. %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n betalning(ar) utan anmärkning.</source>
        <translation>
            <numerusform>%n payment without remarks.</numerusform>
            <numerusform>%n payments without remarks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentLineForm</name>
    <message>
        <location filename="../ui/widgets/paymentlineform.cpp" line="+62"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontering</source>
        <translation>Account coding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Obligatoriskt</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>krävs: sättet bokförs</source>
        <translation>required: the method is posted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fast kontering från inbetalningssättet</source>
        <translation>fixed account coding from the payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bokförs ej</source>
        <translation>not posted</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentListScreen</name>
    <message>
        <location filename="../ui/screens/paymentlistscreen.cpp" line="+27"/>
        <source>Urval (alla fält kan lämnas tomma)</source>
        <translation>Selection (all fields can be left empty)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag from – tom</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inrapporteringsdatum from</source>
        <translation>Reporting date from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaktionsdatum from – tom</source>
        <translation>Transaction date from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bokföringsdatum from – tom</source>
        <translation>Posting date from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodag from – tom</source>
        <translation>Due date from – to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt (F4)</source>
        <translation>Payment method (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Alla</source>
        <translation>1 All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Endast automatinbetalningar</source>
        <translation>2 Automatic payments only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Ej automatinbetalningar</source>
        <translation>3 No automatic payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ av inbetalningar</source>
        <translation>Type of payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut personnummer och namn</source>
        <translation>Print personal identity number and name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inrapporteringsdatum</source>
        <translation>Reporting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum from</source>
        <translation>Transaction date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum tom</source>
        <translation>Transaction date to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum from</source>
        <translation>Posting date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum tom</source>
        <translation>Posting date to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag from</source>
        <translation>Due date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag tom</source>
        <translation>Due date to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaktionsdatum</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsdatum</source>
        <translation>Posting date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentMethodsScreen</name>
    <message>
        <location filename="../ui/screens/paymentmethodsscreen.cpp" line="+50"/>
        <source>Koderna styr hur en fordran påverkas vid manuell inrapportering (handbok 8.1). Enter sparar formuläret.</source>
        <translation>The codes control how a claim is affected by manual entry (handbook 8.1). Enter saves the form.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D/K</source>
        <translation>D/K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>Bokföres ej</source>
        <translation>Not posted</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Dröjsm.fakt. ej</source>
        <translation>No late inv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P/K/D</source>
        <translation>P/K/D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kompr. ej</source>
        <translation>No compr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast text</source>
        <translation>Text only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>K – kredit, minskar fordran</source>
        <translation>K – credit, reduces the claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D – debet, ökar fordran</source>
        <translation>D – debit, increases the claim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dröjsmålsfaktureras ej</source>
        <translation>No late-payment invoicing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ingen) – fakturans belopp</source>
        <translation>(none) – the invoice&apos;s amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P – uppdebiterad påminnelseavgift</source>
        <translation>P – reminder fee debited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K – uppdebiterad kravavgift</source>
        <translation>K – collection fee debited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D – upplupen dröjsmålsränta</source>
        <translation>D – accrued late-payment interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komprimeras ej vid bokföring</source>
        <translation>Not compressed when posting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast text (ändrar inget belopp)</source>
        <translation>Text only (changes no amount)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbetalningssätt:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debet/Kredit:</source>
        <translation>Debit/Credit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påverkar:</source>
        <translation>Affects:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontering:</source>
        <translation>Account coding:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nytt inbetalningssätt</source>
        <translation>New payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra inbetalningssätt %1</source>
        <translation>Change payment method %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Inbetalningssätt: ange en siffra eller bokstav.</source>
        <translation>Payment method: give a digit or letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt %1 finns redan; välj det i listan för att ändra.</source>
        <translation>Payment method %1 already exists; select it in the list to change it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inbetalningssätt %1 (%2) är upplagt.</source>
        <translation>Payment method %1 (%2) has been set up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt %1 (%2) är ändrat.</source>
        <translation>Payment method %1 (%2) has been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj inbetalningssättet som ska tas bort i listan.</source>
        <translation>Select the payment method to delete in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort inbetalningssätt</source>
        <translation>Delete payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du ta bort inbetalningssätt %1 (%2)?</source>
        <translation>Do you want to delete payment method %1 (%2)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inbetalningssätt %1 (%2) är borttaget.</source>
        <translation>Payment method %1 (%2) has been deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentOrderScreen</name>
    <message>
        <location filename="../ui/screens/paymentorderscreen.cpp" line="+67"/>
        <source>Betalningsföreläggande – förhandsgranskning</source>
        <translation>Payment order – preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betalningsföreläggande nr %1</source>
        <translation>Payment order no. %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomt = från fakturorna</source>
        <translation>empty = from the invoices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Företag (sökande):</source>
        <translation>Company (applicant):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsdatum:</source>
        <translation>Application date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer:</source>
        <translation>Personal identity number:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fakturor 1 (F11)</source>
        <translation>Invoices 1 (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor 2 (F12)</source>
        <translation>Invoices 2 (F12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnader (F13)</source>
        <translation>Costs (F13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utskrift</source>
        <translation>Printout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sökandeuppgifter (F18)</source>
        <translation>Applicant details (F18)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter/F8 räknar och kontrollerar (ändrar ingenting), F9 förhandsgranskar, F16 skriver ut: stämplar fakturorna och sparar ansökan. Ctrl+E sparar den utskrivna ansökan som XML.</source>
        <translation>Enter/F8 calculates and checks (changes nothing), F9 previews, F16 prints: stamps the invoices and saves the application. Ctrl+E saves the printed application as XML.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Räkna</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturor 1</source>
        <translation>Invoices 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturor 2</source>
        <translation>Invoices 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sökandeuppgifter</source>
        <translation>Applicant details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara sökandeuppgifter</source>
        <translation>Save applicant details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ansökningsdatum: %1</source>
        <translation>Application date: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Från %1, %2</source>
        <translation>From %1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gäldenär: %1 %2</source>
        <translation>Debtor: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader i målet: %1 kr. Inkassokostnader: %2 kr. Summa kostnader: %3 kr.</source>
        <translation>Costs in the case: SEK %1. Collection costs: SEK %2. Total costs: SEK %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ansökningsdatum %1, %n fordringar.</source>
        <translation>
            <numerusform>Application date %1, %n claim.</numerusform>
            <numerusform>Application date %1, %n claims.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ränta: %1</source>
        <translation>Interest: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital: %1 kr</source>
        <translation>Capital: SEK %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta t.o.m. ansökningsdagen: %1 kr</source>
        <translation>Accrued interest up to and including the application date: SEK %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnader i målet: %1 kr</source>
        <translation>Costs in the case: SEK %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokostnader: %1 kr</source>
        <translation>Collection costs: SEK %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa per ansökningsdagen: %1 kr</source>
        <translation>Total as of the application date: SEK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Över högsta belopp: %1</source>
        <translation>Above the maximum amount: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Förhandsgranskning (utkast); ingenting är ändrat.</source>
        <translation>Preview (draft); nothing has been changed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ansökan skrevs inte ut; rätta det som står ovan.</source>
        <translation>The application was not printed; correct what is stated above.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv ut betalningsföreläggande</source>
        <translation>Print payment order</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Betalningsföreläggande för %1 %2: %n fordringar, summa %3 kr.</source>
        <translation>
            <numerusform>Payment order for %1 %2: %n claim, total SEK %3.</numerusform>
            <numerusform>Payment order for %1 %2: %n claims, total SEK %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturorna stämplas med ansökningsdatum, bevakningstexten Betalningsföreläggande och kravkoden, och ansökan sparas. Skriva ut nu?</source>
        <translation>The invoices will be stamped with the application date, the monitoring text &quot;Payment order&quot; and the dunning code, and the application will be saved. Print now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Ingenting skrevs ut och ingenting ändrades.</source>
        <translation>Nothing was printed and nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Betalningsföreläggande nr %1 är utskrivet: %n fordringar stämplade med %2, summa %3 kr.</source>
        <translation>
            <numerusform>Payment order no. %1 has been printed: %n claim stamped with %2, total SEK %3.</numerusform>
            <numerusform>Payment order no. %1 has been printed: %n claims stamped with %2, total SEK %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spara ansökan som PDF</source>
        <translation>Save the application as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen PDF sparades; skriv ut ansökan igen med reskontra-cli payment-order reprint --id %1.</source>
        <translation>No PDF was saved; print the application again with reskontra-cli payment-order reprint --id %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ansökan är sparad i %1.</source>
        <translation>The application has been saved in %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sökandeuppgifterna sparades inte.</source>
        <translation>The applicant details were not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sökandeuppgifterna är sparade för företag %1.</source>
        <translation>The applicant details have been saved for company %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv ut ansökan först (F16); XML-filen är samma ansökan.</source>
        <translation>Print the application first (F16); the XML file is the same application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XML-fil (*.xml)</source>
        <translation>XML file (*.xml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spara ansökan som XML</source>
        <translation>Save the application as XML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ansökan nr %1 är sparad som XML i %2 (enligt den offentliga beskrivningen av Kronofogdens filtjänst; inte validerad mot Kronofogdens schema).</source>
        <translation>Application no. %1 has been saved as XML in %2 (according to the public description of the Enforcement Authority&apos;s file service; not validated against the Enforcement Authority&apos;s schema).</translation>
    </message>
    <message>
        <location filename="../ui/screens/paymentorderscreenforms.cpp" line="+82"/>
        <source>Ränta alternativ:</source>
        <translation>Interest alternative:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = annan räntesats med grund, 3 = ingen ränta</source>
        <translation>1 = reference rate + the dunning parameters&apos; margin (Interest Act, section 6), 2 = another interest rate with grounds, 3 = no interest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Räntesats %:</source>
        <translation>Interest rate %:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund:</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Särskilda upplysningar:</source>
        <translation>Additional information:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upplupen ränta</source>
        <translation>Accrued interest</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Yrkade kostnader i målet</source>
        <translation>Costs claimed in the case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yrkade inkassokostnader</source>
        <translation>Collection costs claimed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>vad kostnaden avser</source>
        <translation>what the cost is for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Övrig kostnad:</source>
        <translation>Other cost:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skäl för belopp över lagens högsta (loggas)</source>
        <translation>reason for an amount above the statutory maximum (logged)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hela kronor, högst 4 siffror. Högsta belopp enligt lag: ansökningsavgift 300 kr, eget arbete/ombud 380 kr, påminnelse 60 kr per avtalad påminnelse, kravbrev 180 kr per inkassokrav, amorteringsplan 170 kr. Mer kräver ett skäl.</source>
        <translation>Whole kronor, at most 4 digits. Statutory maximum amounts: application fee SEK 300, own work/representative SEK 380, reminder SEK 60 per agreed reminder, demand letter SEK 180 per collection demand, payment plan SEK 170. More requires a reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skäl för högre belopp:</source>
        <translation>Reason for a higher amount:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Handräckning/panträtt</source>
        <translation>Enforcement assistance/lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökan avser även h&amp;andräckning enligt bilaga</source>
        <translation>The application also concerns enforcement &amp;assistance as per the appendix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Utmätning (fu&amp;llständig)</source>
        <translation>Distraint (fu&amp;ll)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begär i&amp;nte verkställighet</source>
        <translation>Do &amp;not request enforcement</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ansökan avser fastställande till betalning ur &amp;pant</source>
        <translation>The application concerns a ruling for payment out of &amp;pledged property</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verkställighet</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utmätning (&amp;begränsad)</source>
        <translation>Distraint (&amp;limited)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Begär utmätning av fast &amp;egendom</source>
        <translation>Request distraint of &amp;real property</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valen sparas med sökandeuppgifterna och gäller alla ansökningar från företaget.</source>
        <translation>The choices are saved with the applicant details and apply to all applications from the company.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sökande</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Org.nr:</source>
        <translation>Org. no.:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mottagande kronofogdemyndighet</source>
        <translation>Receiving Enforcement Authority office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(välj ur registret)</source>
        <translation>(choose from the register)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ombud</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hantering av ansökningsavgift</source>
        <translation>Handling of the application fee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bifogas</source>
        <translation>Enclosed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansökningsavgiften, kr:</source>
        <translation>Application fee, SEK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalas till Kronofogdens plusgirokonto:</source>
        <translation>Paid to the Enforcement Authority&apos;s Plusgiro account:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S sparar sökandeuppgifterna för företaget; utskriften sparar dem också.</source>
        <translation>Ctrl+S saves the applicant details for the company; printing saves them too.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentParametersScreen</name>
    <message>
        <location filename="../ui/screens/paymentparametersscreen.cpp" line="+39"/>
        <source>Maskinell avskrivning av små belopp vid inläsning av bankgiro- och plusgirofiler (handbok 3.4). En faktura som betalats med högst så mycket för mycket eller för lite sätts till noll och skillnaden bokas mot avräkningskontot, eller förs till kundens nästa faktura. Tomt belopp stänger av funktionen. Enter sparar.</source>
        <translation>Automatic write-off of small amounts when importing Bankgiro and Plusgiro files (handbook 3.4). An invoice paid with at most this much too much or too little is set to zero and the difference is posted to the clearing account, or transferred to the customer&apos;s next invoice. An empty amount turns the function off. Enter saves.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beloppsgränser för över- och underbetalningar</source>
        <translation>Amount limits for overpayments and underpayments</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Över- och underbetalningar läggs till kundens nästa faktura</source>
        <translation>Overpayments and underpayments are added to the customer&apos;s next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp vid &amp;överbetalning (kr)</source>
        <translation>Amount for &amp;overpayment (SEK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp vid &amp;underbetalning (kr)</source>
        <translation>Amount for &amp;underpayment (SEK)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring &amp;nästa faktura</source>
        <translation>Transfer to &amp;next invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvisade betalningar och inkasso</source>
        <translation>Rejected payments and debt collection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bankgiro- eller plusgironummer, kommaseparerade</source>
        <translation>Bankgiro or Plusgiro numbers, comma-separated</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O&amp;bservationskonto</source>
        <translation>Suspense a&amp;ccount</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Kontering (&amp;avräkningskonto)</source>
        <translation>&amp;Account coding (clearing account)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Inkassobolagens &amp;giro</source>
        <translation>Collection agencies&apos; &amp;giro numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borttag</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Välj företag i statusraden.</source>
        <translation>Choose a company in the status bar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1 %2</source>
        <translation>Company %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>bankgiro %1, plusgiro %2, inkasso %3, avskrivning %4 (under) / %5 (över), avdrag %6</source>
        <translation>Bankgiro %1, Plusgiro %2, debt collection %3, write-off %4 (under) / %5 (over), deduction %6</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>överbetalning</source>
        <translation>overpayment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>underbetalning</source>
        <translation>underpayment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontot</source>
        <translation>The account</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parametrarna för företag %1 är sparade.</source>
        <translation>The parameters for company %1 have been saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Standardvärdena visas; spara med Enter.</source>
        <translation>The default values are shown; save with Enter.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentPlanScreen</name>
    <message>
        <location filename="../ui/screens/paymentplanscreen.cpp" line="+50"/>
        <location line="+36"/>
        <source>Fakturor</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>Övriga fordringar</source>
        <translation>Other claims</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Komplettering/utskrift</source>
        <translation>Additions/printout</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Gäldenär</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Borgenär</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Komplettering</source>
        <translation>Additions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beräkna plan</source>
        <translation>Calculate plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara och skriv ut</source>
        <translation>Save and print</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Övrig fordran rad %1</source>
        <translation>Other claim line %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Första betalningsdag</source>
        <translation>First payment date</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Rad %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n faktura(or) kontrollerade, skuld med upplupen ränta %1 kr.</source>
        <translation>
            <numerusform>%n invoice checked, debt including accrued interest SEK %1.</numerusform>
            <numerusform>%n invoices checked, debt including accrued interest SEK %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Total skuld %1 kr, varav upplupen ränta %2 kr. Ny ränta %3 kr, aviseringsavgifter %4 kr. Att betala %5 kr i %6 delbetalningar (%7–%8).</source>
        <translation>Total debt SEK %1, of which accrued interest SEK %2. New interest SEK %3, notice fees SEK %4. To pay SEK %5 in %6 instalments (%7–%8).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Spara amorteringsplan</source>
        <translation>Save payment plan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spara och skriv ut planen för %1? %n faktura(or) stämplas med datum för amorteringsplan, kravkod och bevakningstext.</source>
        <translation>
            <numerusform>Save and print the plan for %1? %n invoice will be stamped with the payment plan date, dunning code and monitoring text.</numerusform>
            <numerusform>Save and print the plan for %1? %n invoices will be stamped with the payment plan date, dunning code and monitoring text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amorteringsplan %1 sparad: %2 delbetalningar, att betala %3 kr.</source>
        <translation>Payment plan %1 saved: %2 instalments, to pay SEK %3.</translation>
    </message>
    <message>
        <location filename="../ui/screens/paymentplantabs.cpp" line="+70"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Skuld</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Upplupen ränta</source>
        <translation>Accrued interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Företag (3 siffror, tomt = inloggat företag) och fakturanummer, högst %1 fakturor. Enter kontrollerar och visar skuld och upplupen ränta.</source>
        <translation>Company (3 digits, empty = the logged-in company) and invoice number, at most %1 invoices. Enter checks and shows the debt and accrued interest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FF-dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Fordringar utanför reskontran: text (högst 35 tecken), skuld och förfallodag (ÅÅMMDD) eller ränta. En avgift har bara text och skuld och betalas med de första delbetalningarna.</source>
        <translation>Claims outside the ledger: text (at most 35 characters), debt and due date (YYMMDD) or interest. A fee has only text and debt and is paid with the first instalments.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kompletterande text:</source>
        <translation>Additional text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista i varje månad</source>
        <translation>Last day of every month</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ej ränta</source>
        <translation>No interest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Första betalningsdag:</source>
        <translation>First payment date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månadsbelopp, kr:</source>
        <translation>Monthly amount, SEK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i antal månader:</source>
        <translation>for number of months:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>därefter, kr:</source>
        <translation>thereafter, SEK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aviseringsavgift, kr:</source>
        <translation>Notice fee, SEK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl (avgift över 170 kr):</source>
        <translation>Reason (fee above SEK 170):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgifter</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avisering</source>
        <translation>Notice fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+29"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Personnummer:</source>
        <translation>Personal identity number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn2:</source>
        <translation>Name 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer 2:</source>
        <translation>Personal identity number 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-namn:</source>
        <translation>C/o name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Postnummer:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Ort:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hämtas från den första fakturan; kan ändras. Personnummer måste anges.</source>
        <translation>Taken from the first invoice; can be changed. A personal identity number must be given.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organisationsnummer:</source>
        <translation>Organisation number:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefonnummer:</source>
        <translation>Telephone number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plusgironr:</source>
        <translation>Plusgiro no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankgironr:</source>
        <translation>Bankgiro no.:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Läggs in en gång och används för alla amorteringsplaner; sparas när en plan skrivs ut. Plusgiro eller bankgiro måste anges.</source>
        <translation>Entered once and used for all payment plans; saved when a plan is printed. Plusgiro or Bankgiro must be given.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentSearchScreen</name>
    <message>
        <location filename="../ui/screens/paymentsearchscreen.cpp" line="+29"/>
        <source>Sök inbetalningar</source>
        <translation>Search payments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag from – tom</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Inbetalningsdatum</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Inbetalningssätt (F4)</source>
        <translation>Payment method (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt belopp</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Växla kolumner</source>
        <translation>Switch columns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sök på ett fält i taget: töm alla utom ett av inbetalningsdatum, inbetalningssätt, belopp och fakturanummer.</source>
        <translation>Search one field at a time: empty all but one of payment date, payment method, amount and invoice number.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inbetalt belopp: %1</source>
        <translation>Amount paid: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PlaceholderScreen</name>
    <message>
        <location filename="../ui/screens/placeholderscreen.cpp" line="+25"/>
        <source>Ny funktion, beskrivs inte i handboken.</source>
        <translation>New function, not described in the handbook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handboken, avsnitt %1</source>
        <translation>Handbook, section %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den här bilden kommer i en senare version.</source>
        <translation>This screen is coming in a later version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tryck F3 för att gå tillbaka.</source>
        <translation>Press F3 to go back.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReceivablesScreen</name>
    <message>
        <location filename="../ui/screens/receivablesscreen.cpp" line="+30"/>
        <source>Obetalda fakturor per datum</source>
        <translation>Unpaid invoices as of a date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nummer eller namn</source>
        <translation>number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag from – tom</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Till och med fakturadatum</source>
        <translation>Up to and including invoice date</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+52"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Sortera: klicka på en kolumnrubrik eller F8 i kolumnen (igen: fallande).</source>
        <translation>Sort: click a column heading, or F8 in the column (again: descending).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sortera</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReferenceRateScreen</name>
    <message>
        <location filename="../ui/screens/referenceratescreen.cpp" line="+65"/>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referensränta %</source>
        <translation>Reference rate %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dröjsmålsränta %</source>
        <translation>Late-payment interest %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referensräntan gäller samtliga företag i reskontran (handbok 7.8). Dröjsmålsränta = referensränta + %1 procentenheter (kravparametrar). Enter på en rad hämtar den till formuläret, Enter i formuläret sparar.</source>
        <translation>The reference rate applies to all companies in the ledger (handbook 7.8). Late-payment interest = reference rate + %1 percentage points (dunning parameters). Enter on a row fetches it into the form, Enter in the form saves.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ny ränta</source>
        <translation>New rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lägg upp eller ändra referensränta</source>
        <translation>Add or change reference rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t.ex. 2,50</source>
        <translation>e.g. 2,50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t.ex. riksbank.se (tomt = manuellt)</source>
        <translation>e.g. riksbank.se (blank = manual)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum för ränteförändring:</source>
        <translation>Date of rate change:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referensränta %:</source>
        <translation>Reference rate %:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Källa:</source>
        <translation>Source:</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Varning: %n rad(er) är OVERIFIERADE (källan är inte bekräftad). Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</source>
        <translation>
            <numerusform>Warning: %n row is UNVERIFIED (the source is not confirmed). Late-payment interest over that period is flagged until the rate has been confirmed: Enter on the row, check the rate against riksbank.se and press Enter.</numerusform>
            <numerusform>Warning: %n rows are UNVERIFIED (the source is not confirmed). Late-payment interest over those periods is flagged until the rate has been confirmed: Enter on the row, check the rate against riksbank.se and press Enter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verifierad</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OVERIFIERAD</source>
        <translation>UNVERIFIED</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ange datum som ÅÅMMDD.</source>
        <translation>Give the date as YYMMDD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange räntan, t.ex. 2,50.</source>
        <translation>Give the rate, e.g. 2,50.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Referensräntan %1 % från %2 är sparad och verifierad.</source>
        <translation>The reference rate %1 % from %2 has been saved and verified.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReplacementInvoiceScreen</name>
    <message>
        <location filename="../ui/screens/replacementinvoicescreen.cpp" line="+69"/>
        <source>Ersättningsfaktura %1</source>
        <translation>Replacement invoice %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>9 siffror</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktura&amp;nummer:</source>
        <translation>Invoice &amp;number:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv företag och fakturanummer och tryck Enter.</source>
        <translation>Type company and invoice number and press Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturan</source>
        <translation>The invoice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturamottagare:</source>
        <translation>Invoice recipient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturan:</source>
        <translation>The invoice:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidigare:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uppgifter ut på fakturan</source>
        <translation>Details printed on the invoice</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>F&amp;öretag:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ny h&amp;andläggare:</source>
        <translation>New h&amp;andler:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ursprungligt framställningsdatum (annars dagens datum)</source>
        <translation>&amp;Original date of issue (otherwise today&apos;s date)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gjorda inbetalningar (kreditering m.m.) – text som skrivs ut på fakturan</source>
        <translation>Payments made (credits etc.) – text printed on the invoice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text på fakturan</source>
        <translation>Text on the invoice</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Texten är ändrad; den sparas när fakturan skrivs ut.</source>
        <translation>The text has been changed; it is saved when the invoice is printed.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Skriv både företag och fakturanummer.</source>
        <translation>Type both company and invoice number.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fakturadatum %1 · förfallodag %2 · fakturabelopp %3 · att betala %4</source>
        <translation>Invoice date %1 · due date %2 · invoice amount %3 · amount due %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturan har inget kvar att betala; ingen ersättningsfaktura behövs.</source>
        <translation>The invoice has nothing left to pay; no replacement invoice is needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den först på kundfakturan (F5).</source>
        <translation>The due date %1 has passed. For a new due date, change it on the customer invoice first (F5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen ersättningsfaktura har skrivits ut.</source>
        <translation>No replacement invoice has been printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utskrivna ersättningsfakturor: %1, senast %2 av %3.</source>
        <translation>Replacement invoices printed: %1, last on %2 by %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Högst %1 tecken; tom text skriver bara beloppet.</source>
        <translation>At most %1 characters; an empty text prints only the amount.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inga inbetalningar eller andra händelser på fakturan.</source>
        <translation>No payments or other events on the invoice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv på en rad för att ändra texten, Enter behåller den. Tom text skriver bara beloppet.</source>
        <translation>Type on a row to change the text, Enter keeps it. An empty text prints only the amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F16 förhandsgranskar och skriver ut ersättningsfakturan, F8 sparar den som PDF.</source>
        <translation>F16 previews and prints the replacement invoice, F8 saves it as PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visa en faktura först (företag, fakturanummer, Enter).</source>
        <translation>Show an invoice first (company, invoice number, Enter).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>handläggare</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texten</source>
        <translation>The text</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spara ersättningsfakturan som PDF</source>
        <translation>Save the replacement invoice as PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, skriven till %1</source>
        <translation>, written to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ersättningsfakturan skrevs inte ut.</source>
        <translation>The replacement invoice was not printed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ersättningsfaktura för %1 är framtagen och noterad: att betala %2, förfallodag %3%4.</source>
        <translation>Replacement invoice for %1 has been made and noted: amount due %2, due date %3%4.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReportScreen</name>
    <message>
        <location filename="../ui/screens/reportscreen.cpp" line="+67"/>
        <source>%L1 av %L2 rader</source>
        <translation>%L1 of %L2 rows</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Visa (Enter)</source>
        <translation>Show (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut (F16)</source>
        <translation>Print (F16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel… (Ctrl+E)</source>
        <translation>Excel… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV… (Ctrl+Skift+E)</source>
        <translation>CSV… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+199"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: &quot;%2&quot; ska vara 1–3 siffror.</source>
        <translation>%1: &quot;%2&quot; must be 1–3 digits.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 rader</source>
        <translation>%L1 rows</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visa listan först (Enter).</source>
        <translation>Show the list first (Enter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporterar…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporten avbröts; ingen fil skrevs.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skrev %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exportera till Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exportera till CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Listan har %L1 rader. Skriv ut ändå? (Excel eller CSV passar bättre för så stora listor.)</source>
        <translation>The list has %L1 rows. Print anyway? (Excel or CSV suits such large lists better.)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Förhandsgranska – %1</source>
        <translation>Print preview – %1</translation>
    </message>
</context>
<context>
    <name>rsk::ui::RunsScreen</name>
    <message>
        <location filename="../ui/screens/runsscreen.cpp" line="+41"/>
        <source>Listan är uppdaterad.</source>
        <translation>The list has been updated.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Körningar som ändrar många fakturor (kravkörning, inläsning av betalningar, bokföring m.fl.) låser sitt företag medan de pågår. Ett lås vars program har avslutats tas bort av nästa körning. Står ett lås kvar efter ett avbrott på en annan dator kan det tas bort här: välj det och tryck F6 (handbok 9.1).</source>
        <translation>Runs that change many invoices (dunning run, payment import, bookkeeping and others) lock their company while they run. A lock whose program has ended is removed by the next run. If a lock is left after an interruption on another computer, it can be removed here: choose it and press F6 (handbook 9.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pågående körningar (en i taget per företag) och de senaste avslutade. Lås som står kvar efter ett avbrott tas bort under Systemunderhåll &gt; Rensning loggposter efter avbrott.</source>
        <translation>Runs in progress (one at a time per company) and the latest finished ones. Locks left after an interruption are removed under System maintenance &gt; Clear log entries after interruption.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pågående körningar</source>
        <translation>Runs in progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Körning</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Startad av</source>
        <translation>Started by</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Dator</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sedan</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Senaste körningar</source>
        <translation>Latest runs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avslutad</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort lås</source>
        <translation>Remove lock</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (PostgreSQL %1)</source>
        <translation> (PostgreSQL %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inga körningar pågår.</source>
        <translation>No runs in progress.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Välj låset som ska tas bort.</source>
        <translation>Choose the lock to remove.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta bort låset för företag %1?

%2 (%3).
Process %4 på %5: %6.</source>
        <translation>Remove the lock for company %1?

%2 (%3).
Process %4 on %5: %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Körningen verkar fortfarande pågå. Tas låset bort kan en annan körning starta samtidigt.</source>
        <translation>The run seems to be still in progress. If the lock is removed, another run can start at the same time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rensning loggposter efter avbrott</source>
        <translation>Clear log entries after interruption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort låset</source>
        <translation>&amp;Remove the lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Låset för företag %1 (%2, %3) är borttaget.</source>
        <translation>The lock for company %1 (%2, %3) has been removed.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::SaldolistaScreen</name>
    <message>
        <location filename="../ui/screens/saldolistascreen.cpp" line="+82"/>
        <source>Urval (F11)</source>
        <translation>Selection (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortering (F12)</source>
        <translation>Sort order (F12)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Företag from – tom</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom</source>
        <translation>Routine from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturadatum from – tom</source>
        <translation>Invoice date from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodatum from – tom</source>
        <translation>Due date from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bokföringsdatum from – tom</source>
        <translation>Posting date from – to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debiteringsrutinens identitet</source>
        <translation>Billing routine identity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnummer from – tom</source>
        <translation>Personal identity number from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundnummer from – tom</source>
        <translation>Customer number from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förvaltning/avdelning</source>
        <translation>Administration/department</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saldobelopp from – tom</source>
        <translation>Balance amount from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravkod from – tom (F4)</source>
        <translation>Dunning code from – to (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa endast obetalda fakturor</source>
        <translation>Show only unpaid invoices</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saldot vid dagens slut: inbetalningar och andra händelser efter dagen räknas bort, fakturor framställda efter dagen tas inte med.</source>
        <translation>The balance at the end of the day: payments and other transactions after the day are deducted, invoices issued after the day are not included.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Justera bort inbetalningar efter</source>
        <translation>Adjust away payments after</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>1 Fakturanummer</source>
        <translation>1 Invoice number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Personnummer</source>
        <translation>2 Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Debiteringsrutinens identitet</source>
        <translation>3 Billing routine identity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Avdelning/förvaltning</source>
        <translation>4 Department/administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Namn</source>
        <translation>5 Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 Förfallodag</source>
        <translation>6 Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorteringsordning</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast påminda fakturor</source>
        <translation>Only invoices with reminders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast inkassokrävda fakturor</source>
        <translation>Only invoices with collection demands</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endast fakturor med inbetalningssätt (F4)</source>
        <translation>Only invoices with payment method (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast totalrader</source>
        <translation>Only total rows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 Alla uppgifter (för Excel och CSV)</source>
        <translation>1 All details (for Excel and CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Smal lista (för utskrift)</source>
        <translation>2 Narrow list (for printing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detaljeringsgrad</source>
        <translation>Level of detail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortering</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: &quot;%2&quot; ska vara en kravkod 1–9.</source>
        <translation>%1: &quot;%2&quot; must be a dunning code 1–9.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturadatum from</source>
        <translation>Invoice date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum tom</source>
        <translation>Invoice date to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum from</source>
        <translation>Due date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum tom</source>
        <translation>Due date to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum from</source>
        <translation>Posting date from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum tom</source>
        <translation>Posting date to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saldobelopp from</source>
        <translation>Balance amount from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldobelopp tom</source>
        <translation>Balance amount to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod from</source>
        <translation>Dunning code from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod tom</source>
        <translation>Dunning code to</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+54"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturadatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bokföringsdatum</source>
        <translation>Posting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiteringsrutinens</source>
        <translation>Billing routine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förvaltning</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saldobelopp</source>
        <translation>Balance amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+62"/>
        <source>Inbetalningssätt</source>
        <translation>Payment method</translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>%Ln fakturor.  Fakturerat %1 + Påfört %2 + Inbetalt %3 = Saldo %4</source>
        <translation>
            <numerusform>%Ln invoice.  Invoiced %1 + Debited %2 + Paid %3 = Balance %4</numerusform>
            <numerusform>%Ln invoices.  Invoiced %1 + Debited %2 + Paid %3 = Balance %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rsk::ui::SavedPrintsScreen</name>
    <message>
        <location filename="../ui/screens/savedprintsscreen.cpp" line="+110"/>
        <source>Utskrifter från uppdateringarna (bokföringsorder, kvittenslistor vid rensning) sparas så många dagar som anges nedan och kan skrivas ut på nytt så länge de finns kvar (handbok 9.1). Enter eller F16 visar den valda utskriften för utskrift.</source>
        <translation>Printouts from the update runs (booking orders, receipt lists of purges) are kept for as many days as given below and can be printed again as long as they are kept (handbook 9.1). Enter or F16 shows the chosen printout for printing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag (F4)</source>
        <translation>Company (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomt = alla företag du har behörighet till</source>
        <translation>empty = every company you have access to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slag (F4)</source>
        <translation>Kind (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparad fr.o.m. – t.o.m.</source>
        <translation>Saved from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sparad</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+185"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+203"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sparas t.o.m.</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sparas så här länge (F8 ändrar, administratör)</source>
        <translation>Kept this long (F8 changes, administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 dagar = sparas inte. En ändring gäller utskrifter som sparas därefter.</source>
        <translation>0 days = not kept. A change applies to printouts saved after it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>Spara som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Företag: &quot;%1&quot; ska vara 1–3 siffror.</source>
        <translation>Company: &quot;%1&quot; must be 1–3 digits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slag: &quot;%1&quot; finns inte; F4 visar de slag som finns.</source>
        <translation>Kind: &quot;%1&quot; does not exist; F4 shows the kinds there are.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sparad fr.o.m.</source>
        <translation>Saved from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparad t.o.m.</source>
        <translation>Saved to</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inga sparade utskrifter med detta urval.</source>
        <translation>No saved printouts with this selection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visar de %1 senaste; begränsa urvalet för att se äldre.</source>
        <translation>Showing the %1 latest; narrow the selection to see older ones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Du har inte behörighet till företag</source>
        <translation>You are not authorised for company</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sparas inte</source>
        <translation>not kept</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dagar</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Välj utskriften som ska visas.</source>
        <translation>Choose the printout to show.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Utskriften &quot;%1&quot; kan inte visas: PDF-filen går inte att läsa.</source>
        <translation>The printout &quot;%1&quot; cannot be shown: the PDF file cannot be read.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; är utskriven.</source>
        <translation>&quot;%1&quot; has been printed.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; visades (%n sidor) men skrevs inte ut.</source>
        <translation>
            <numerusform>&quot;%1&quot; was shown (%n page) but not printed.</numerusform>
            <numerusform>&quot;%1&quot; was shown (%n pages) but not printed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj utskriften som ska sparas.</source>
        <translation>Choose the printout to save.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filen %1 kunde inte skrivas: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; är sparad som %2.</source>
        <translation>&quot;%1&quot; has been saved as %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj utskriften som ska tas bort.</source>
        <translation>Choose the printout to remove.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Att ta bort en sparad utskrift</source>
        <translation>Removing a saved printout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sparade utskrifter</source>
        <translation>Saved printouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort den sparade utskriften?

%1, företag %2:
%3
sparad %4 av %5.

Den kan inte skrivas ut igen härifrån.</source>
        <translation>Remove the saved printout?

%1, company %2:
%3
saved %4 by %5.

It cannot be printed again from here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting togs bort.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; (företag %2) är borttagen.</source>
        <translation>&quot;%1&quot; (company %2) has been removed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Att ändra hur länge utskrifter sparas</source>
        <translation>Changing how long printouts are kept</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sparade utskrifter – antal dagar</source>
        <translation>Saved printouts – number of days</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 = sparas inte. Hur länge är kommunens beslut; bokföringsordern är räkenskapsinformation (bokföringslagen 7 kap.).</source>
        <translation>0 = not kept. How long is the municipality&apos;s decision; the booking order is accounting information (Bookkeeping Act, ch. 7).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 dagar</source>
        <translation>%1 %2 days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingenting ändrades.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparas nu: %1.</source>
        <translation>Kept now: %1.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Screen</name>
    <message>
        <location filename="../ui/screens/screen.cpp" line="+42"/>
        <source>Bakåt</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finns osparade ändringar i %1. Vill du lämna bilden utan att spara?</source>
        <translation>There are unsaved changes in %1. Leave the screen without saving?</translation>
    </message>
</context>
<context>
    <name>rsk::ui::SeparateReceivableScreen</name>
    <message>
        <location filename="../ui/screens/separatereceivablescreen.cpp" line="+21"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Företag from – tom</source>
        <translation>Company from – to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum (obetalda vid dagens slut)</source>
        <translation>Date (unpaid at the end of the day)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Konto from – tom</source>
        <translation>Account from – to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ShellStatusBar</name>
    <message>
        <location filename="../ui/widgets/shellstatusbar.cpp" line="+26"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reskontra: %1</source>
        <translation>Ledger: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databas: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Byt företag (%1)</source>
        <translation>Switch company (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag: %1 %2</source>
        <translation>Company: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag: –</source>
        <translation>Company: –</translation>
    </message>
</context>
<context>
    <name>rsk::ui::StartPage</name>
    <message>
        <location filename="../ui/screens/startpage.cpp" line="+112"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snabbval</source>
        <translation>Quick jumps</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dagens arbete</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej godkända bunter:</source>
        <translation>Unapproved batches:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oplacerade betalningar:</source>
        <translation>Unplaced payments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fordringar vars kravkod löper ut:</source>
        <translation>Claims whose dunning code expires:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar:</source>
        <translation>Open claims:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hämtar %1 …</source>
        <translation>Fetching %1 …</translation>
    </message>
</context>
<context>
    <name>rsk::ui::StatisticChart</name>
    <message>
        <location filename="../ui/widgets/newclaimschart.cpp" line="-156"/>
        <location line="+18"/>
        <source>Ingen statistik ännu</source>
        <translation>No statistics yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (kr)</source>
        <translation>%1 (SEK)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::StatisticsScreen</name>
    <message>
        <location filename="../ui/screens/statisticsscreen.cpp" line="+79"/>
        <source>Dagar efter förfallodag, stigande, åtskilda med komma. Enter använder dem.</source>
        <translation>Days after the due date, ascending, separated by commas. Enter applies them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Å&amp;ldersgränser (dagar efter förfallodag):</source>
        <translation>A&amp;ge limits (days after the due date):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Statistiken kunde inte hämtas.</source>
        <translation>The statistics could not be fetched.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Endast företag %1 %2</source>
        <translation>&amp;Only company %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endast valt företag (inget valt)</source>
        <translation>&amp;Only the selected company (none selected)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara bild</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa på Startsidan</source>
        <translation>Show on the start page</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hämtar %1 …</source>
        <translation>Fetching %1 …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hämtar …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 · hämtad på %3 s</source>
        <translation>%1 · %2 · fetched in %3 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Åldersgränser: %1</source>
        <translation>Age limits: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Det finns inget diagram att spara ännu.</source>
        <translation>There is no chart to save yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bilden kunde inte sparas i %1.</source>
        <translation>The image could not be saved in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagrammet sparat i %1.</source>
        <translation>Chart saved in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistik %1 %2.png</source>
        <translation>Statistics %1 %2.png</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spara diagrammet som bild</source>
        <translation>Save the chart as an image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; visas nu på Startsidan.</source>
        <translation>&quot;%1&quot; is now shown on the start page.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ThreatScreen</name>
    <message>
        <location filename="../ui/screens/threatscreen.cpp" line="+40"/>
        <source>Kontrollista hot om betalningsföreläggande</source>
        <translation>Control list: threat of payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande %1</source>
        <translation>Threat of payment order %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningsdatum %1, antal dagar sedan inkassokrav %2, text %3</source>
        <translation>Run date %1, number of days since the collection demand %2, text %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag %1, rutin %2, fakturanummer %3</source>
        <translation>Company %1, routine %2, invoice number %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upplupen dröjsmålsränta skrivs ut</source>
        <translation>Accrued late-payment interest is printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Co.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att betala</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta</source>
        <translation>Accrued interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betala senast</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skyddad – manuell</source>
        <translation>protected – manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tas inte: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Totalt: %n brev</source>
        <translation>
            <numerusform>Total: %n letter</numerusform>
            <numerusform>Total: %n letters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, varav %1 manuella</source>
        <translation>, of which %1 manual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 tas inte</source>
        <translation>; %1 skipped</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hot om betalningsföreläggande – förhandsgranskning</source>
        <translation>Threat of payment order – preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Threat of payment order</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Körnings&amp;datum</source>
        <translation>Run &amp;date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rutin fr.o.m. – t.o.m.</source>
        <translation>&amp;Routine from – to</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>tomt = alla</source>
        <translation>empty = all</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fakturan&amp;ummer fr.o.m. – t.o.m.</source>
        <translation>Invoice &amp;number from – to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>obligatorisk, 1–999</source>
        <translation>required, 1–999</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Textnummer *</source>
        <translation>&amp;Text number *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ut upplu&amp;pen dröjsmålsränta</source>
        <translation>&amp;Print accrued late-payment interest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Körningens resultat</source>
        <translation>Result of the run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska breven, F10 kör: skriver breven och stämplar datum för hot på fordringarna. Ingen avgift debiteras.</source>
        <translation>Enter/F8 control list (changes nothing), F9 preview the letters, F10 run: writes the letters and stamps the threat date on the claims. No fee is debited.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Control list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska brev</source>
        <translation>Preview letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kör</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>obligatorisk; inga texter finns – lägg upp under Texter</source>
        <translation>required; no texts exist – set them up under Texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obligatorisk; texter som finns: %1</source>
        <translation>required; existing texts: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; är inte ett tal.</source>
        <translation>%1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Körningsdatum</source>
        <translation>Run date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antal dagar sedan inkassokrav</source>
        <translation>Number of days since the collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textnummer</source>
        <translation>Text number</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontrollista: inga fordringar får hot på körningsdatum %1. Ingenting är ändrat.</source>
        <translation>Control list: no claims get a threat on run date %1. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrollista %1. Hot: %2. För manuell hantering: %3. Tas inte: %4. Ingenting är ändrat.</source>
        <translation>Control list %1. Threats: %2. For manual handling: %3. Skipped: %4. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Inga fordringar får hot med detta urval.</source>
        <translation>No claims get a threat with this selection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla %1 brev hålls för manuell hantering; inget att visa.</source>
        <translation>All %1 letters are held for manual handling; nothing to show.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Förhandsgranskning av %n brev; ingenting är ändrat.</source>
        <translation>
            <numerusform>Preview of %n letter; nothing has been changed.</numerusform>
            <numerusform>Preview of %n letters; nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Spara hotbreven som PDF</source>
        <translation>Save the threat letters as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inga fordringar får hot på körningsdatum %1; ingenting gjordes.</source>
        <translation>No claims get a threat on run date %1; nothing was done.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>F&amp;öretag fr.o.m. – t.o.m.</source>
        <translation>&amp;Company from – to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ntal dagar sedan inkassokrav *</source>
        <translation>Number of days since co&amp;llection demand *</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>Körningsdatum %1, text %2. Fordringar som får hot: %n.</source>
        <translation>
            <numerusform>Run date %1, text %2. Claims that get a threat: %n.</numerusform>
            <numerusform>Run date %1, text %2. Claims that get a threat: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varav %1 skyddade för manuell hantering (inget brev skrivs).</source>
        <translation>Of which %1 protected, for manual handling (no letter is written).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breven skrivs och datum för hot stämplas på fordringarna. Köra nu?</source>
        <translation>The letters will be written and the threat date stamped on the claims. Run now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kör</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>No run was made.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen fil valdes för breven; ingen körning gjordes.</source>
        <translation>No file was chosen for the letters; no run was made.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Breven kunde inte sparas: %1</source>
        <translation>The letters could not be saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen körning gjordes; ingenting är ändrat.</source>
        <translation>No run was made; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skriv ut breven</source>
        <translation>Print the letters</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skriva ut breven nu (%n brev)?</source>
        <translation>
            <numerusform>Print the letter now (%n letter)?</numerusform>
            <numerusform>Print the letters now (%n letters)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inte nu</source>
        <translation>&amp;Not now</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Hot om betalningsföreläggande med körningsdatum %1 är gjort. Fordringar: %n, skrivna brev: %2.</source>
        <translation>
            <numerusform>Threat of payment order with run date %1 is done. Claims: %n, letters written: %2.</numerusform>
            <numerusform>Threat of payment order with run date %1 is done. Claims: %n, letters written: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>För manuell hantering (skyddad identitet, inget brev skrivet): %1</source>
        <translation>For manual handling (protected identity, no letter written): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Att betala sammanlagt %1 kr. Ingen avgift eller ränta debiterades.</source>
        <translation>Total to pay SEK %1. No fee or interest was debited.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breven är sparade i %1.</source>
        <translation>The letters have been saved in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den).</source>
        <translation>The run is complete. The list below is the run&apos;s list (F16 prints it).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::UnbilledInterestScreen</name>
    <message>
        <location filename="../ui/screens/unbilledinterestscreen.cpp" line="+27"/>
        <source>Urval (alla fält kan lämnas tomma)</source>
        <translation>Selection (all fields can be left empty)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ÅÅMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag from – tom (F4)</source>
        <translation>Company from – to (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom (F4)</source>
        <translation>Routine from – to (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Invoice number from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slutbetalningsdatum from – tom</source>
        <translation>Date paid in full from – to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förvaltning/avdelning from – tom</source>
        <translation>Administration/department from – to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kr</source>
        <translation>SEK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta ränta (hela kronor)</source>
        <translation>Minimum interest (whole kronor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar efter förfallodag</source>
        <translation>Minimum number of days after the due date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kravparametrar: %1 kr</source>
        <translation>Dunning parameters: SEK %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravparametrar: %1 dagar</source>
        <translation>Dunning parameters: %1 days</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag from</source>
        <translation>Company from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Company to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slutbetald from</source>
        <translation>Paid in full from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald tom</source>
        <translation>Paid in full to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minsta ränta: %1</source>
        <translation>Minimum interest: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara ett heltal 0–%2.</source>
        <translation>Minimum number of days: &quot;%1&quot; must be a whole number 0–%2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+39"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+32"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förvaltning/avdelning</source>
        <translation>Administration/department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta ränta</source>
        <translation>Minimum interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar</source>
        <translation>Minimum number of days</translation>
    </message>
</context>
<context>
    <name>rsk::ui::UnplacedPaymentsScreen</name>
    <message>
        <location filename="../ui/screens/unplacedpaymentsscreen.cpp" line="+20"/>
        <source>Betalningar som inte kunde kopplas till en faktura vid inläsning från bankgiro eller plusgiro. Välj en betalning, skriv fakturanumret och tryck Enter för att placera den.</source>
        <translation>Payments that could not be matched to an invoice when importing from Bankgiro or Plusgiro. Select a payment, type the invoice number and press Enter to place it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betaldag</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalare</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fil:rad</source>
        <translation>File:line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturanummer</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placera på fak&amp;tura:</source>
        <translation>Place &amp;on invoice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Placera</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visa fakturan</source>
        <translation>Show invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Återbetald</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Visa alla</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Placerad på %1</source>
        <translation>Placed on %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga oplacerade betalningar.</source>
        <translation>No unplaced payments.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n betalning(ar).</source>
        <translation>
            <numerusform>%n payment.</numerusform>
            <numerusform>%n payments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skriv fakturanumret och tryck F5.</source>
        <translation>Type the invoice number and press F5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Välj en betalning i listan.</source>
        <translation>Select a payment in the list.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Betalning nr %1 placerad på %2: %3 kr, %4 kr till överbetalningar.</source>
        <translation>Payment no. %1 placed on %2: SEK %3, SEK %4 to overpayments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalning nr %1 placerad på %2: %3 kr.</source>
        <translation>Payment no. %1 placed on %2: SEK %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Markera betalning nr %1 (%2 kr) som återbetald?</source>
        <translation>Mark payment no. %1 (SEK %2) as refunded?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Markera återbetald</source>
        <translation>&amp;Mark as refunded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betalning nr %1 är markerad som återbetald.</source>
        <translation>Payment no. %1 has been marked as refunded.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::UsersScreen</name>
    <message>
        <location filename="../ui/screens/usersscreen.cpp" line="+45"/>
        <source>Vilka som får logga in, med vilken roll och i vilka företag. Läsbehörighet ser men ändrar inget; handläggare ändrar fakturor och registrerar betalningar; arbetsledare kör körningar, hämtningar och bokföring; administratörer sköter inställningar och användare och ser alla företag. Så länge ingen har lösenord behövs ingen inloggning.</source>
        <translation>Who may log in, with which role and in which companies. Read only sees but changes nothing; clerks change invoices and register payments; supervisors do runs, imports and bookkeeping; administrators manage settings and users and see all companies. As long as nobody has a password, no login is needed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatisk &amp;utloggning efter</source>
        <translation>Automatic &amp;log-out after</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minuter utan tangentbord eller mus (0 = aldrig; Enter sparar)</source>
        <translation>minutes without keyboard or mouse (0 = never; Enter saves)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+282"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inaktivera/aktivera</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a–z, 0–9, . _ -</source>
        <translation>a–z, 0–9, . _ -</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Administratörer ser alla företag.</source>
        <translation>Administrators see all companies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minst %1 tecken; tomt = oförändrat</source>
        <translation>at least %1 characters; empty = unchanged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nytt &amp;lösenord:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>F&amp;öretag:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samma i&amp;gen:</source>
        <translation>Same a&amp;gain:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>alla</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nej – inaktiv</source>
        <translation>no – inactive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satt</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inget</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ny användare</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra användaren %1%2</source>
        <translation>Change the user %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (inaktiv)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Lösenorden är inte lika; skriv samma lösenord två gånger.</source>
        <translation>The passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Användarnamnet</source>
        <translation>The user name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finns redan</source>
        <translation>already exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenordet</source>
        <translation>The password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administratör</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Användaren %1 är upplagd.</source>
        <translation>The user %1 has been added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användaren %1 är ändrad.</source>
        <translation>The user %1 has been changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenordet är satt.</source>
        <translation>The password has been set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sätt ett lösenord innan användaren kan logga in.</source>
        <translation>Set a password before the user can log in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatisk utloggning: skriv antal minuter (0 = aldrig).</source>
        <translation>Automatic log-out: type the number of minutes (0 = never).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen automatisk utloggning (gäller från nästa start).</source>
        <translation>No automatic log-out (from the next start).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatisk utloggning efter %1 minuter (gäller från nästa start).</source>
        <translation>Automatic log-out after %1 minutes (from the next start).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj användaren i listan.</source>
        <translation>Choose the user in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vill du inaktivera användaren %1? Hen kan då inte logga in.</source>
        <translation>Do you want to deactivate the user %1? They will then not be able to log in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du aktivera användaren %1 igen?</source>
        <translation>Do you want to activate the user %1 again?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inaktivera</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Aktivera</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Användaren %1 är inaktiverad.</source>
        <translation>The user %1 has been deactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användaren %1 är aktiv igen.</source>
        <translation>The user %1 is active again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>The changes have been undone.</translation>
    </message>
</context>
</TS>
