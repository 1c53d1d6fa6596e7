<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Access</name>
    <message>
        <location filename="../core/users/access.cpp" line="+48"/>
        <source>läsbehörighet</source>
        <translation>läsbehörighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handläggare</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arbetsledare</source>
        <translation>arbetsledare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administratör</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Du har inte behörighet till företag %1.</source>
        <translation>Du har inte behörighet till företag %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Du har bara läsbehörighet och kan inte ändra något.</source>
        <translation>Du har bara läsbehörighet och kan inte ändra något.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har bara läsbehörighet: %1 kräver rollen %2.</source>
        <translation>Du har bara läsbehörighet: %1 kräver rollen %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har inte behörighet: det kräver rollen %1 (du är %2).</source>
        <translation>Du har inte behörighet: det kräver rollen %1 (du är %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du har inte behörighet: %1 kräver rollen %2 (du är %3).</source>
        <translation>Du har inte behörighet: %1 kräver rollen %2 (du är %3).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>inga</source>
        <translation>inga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du har inte behörighet till företag %1, och urvalet gäller alla företag. Ange bara dina företag (%2).</source>
        <translation>Du har inte behörighet till företag %1, och urvalet gäller alla företag. Ange bara dina företag (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har inte behörighet till företag %1, som ingår i urvalet %2–%3. Ange bara dina företag (%4).</source>
        <translation>Du har inte behörighet till företag %1, som ingår i urvalet %2–%3. Ange bara dina företag (%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>första</source>
        <translation>första</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sista</source>
        <translation>sista</translation>
    </message>
</context>
<context>
    <name>AccountPlan</name>
    <message>
        <location filename="../core/bookkeeping/accountplan.cpp" line="+38"/>
        <source>%1 eller %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Högst %1 kontodelar, här finns %2.</source>
        <translation>Högst %1 kontodelar, här finns %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontodel %1 är tom men del %2 är ifylld; delarna följer på varandra utan luckor.</source>
        <translation>Kontodel %1 är tom men del %2 är ifylld; delarna följer på varandra utan luckor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontodel %1: ange en benämning.</source>
        <translation>Kontodel %1: ange en benämning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontodel %1: benämningen &quot;%2&quot; är %3 tecken, högst %4.</source>
        <translation>Kontodel %1: benämningen &quot;%2&quot; är %3 tecken, högst %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontodel %1: benämningen &quot;%2&quot; har redan kontodel %3.</source>
        <translation>Kontodel %1: benämningen &quot;%2&quot; har redan kontodel %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kontodel %1: längden ska vara 1–%2 siffror.</source>
        <translation>Kontodel %1: längden ska vara 1–%2 siffror.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontodel 1 är kontot och ska vara obligatorisk.</source>
        <translation>Kontodel 1 är kontot och ska vara obligatorisk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontodel %1 är obligatorisk men kommer efter den valfria kontodel %2; lägg de obligatoriska delarna först.</source>
        <translation>Kontodel %1 är obligatorisk men kommer efter den valfria kontodel %2; lägg de obligatoriska delarna först.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontodelarna är tillsammans %1 siffror; en kontering rymmer högst %2.</source>
        <translation>Kontodelarna är tillsammans %1 siffror; en kontering rymmer högst %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontot &quot;%1&quot; har %2 siffror, men en kontering enligt kontoplanen har %3 siffror (obligatoriskt: %4).</source>
        <translation>Kontot &quot;%1&quot; har %2 siffror, men en kontering enligt kontoplanen har %3 siffror (obligatoriskt: %4).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <location filename="../core/bookkeeping/accounts.cpp" line="+137"/>
        <source>Kontoslaget &quot;%1&quot; finns inte; välj ett av %2 eller method:&lt;kod&gt;.</source>
        <translation>Kontoslaget &quot;%1&quot; finns inte; välj ett av %2 eller method:&lt;kod&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Konto &quot;%1&quot; för %2 ska vara 1–%3 siffror.</source>
        <translation>Konto &quot;%1&quot; för %2 ska vara 1–%3 siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin %1 finns inte.</source>
        <translation>Rutin %1 finns inte.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Konto %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Konto &quot;%1&quot; ska vara 1–%2 siffror.</source>
        <translation>Konto &quot;%1&quot; ska vara 1–%2 siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontonamnet för %1 är %2 tecken, högst 100 är tillåtet.</source>
        <translation>Kontonamnet för %1 är %2 tecken, högst 100 är tillåtet.</translation>
    </message>
</context>
<context>
    <name>AgencyCorrections</name>
    <message>
        <location filename="../core/dunning/agencycorrections.cpp" line="+27"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</source>
        <translation>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rättelse</source>
        <translation>rättelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kreditering</source>
        <translation>kreditering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalning</source>
        <translation>betalning</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inga betalningar eller krediteringar på överförda fordringar har kommit sedan förra saldokorrigeringen; ingen fil skrevs.</source>
        <translation>Inga betalningar eller krediteringar på överförda fordringar har kommit sedan förra saldokorrigeringen; ingen fil skrevs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saldokorrigering till inkasso: %1 händelser, %2 kr, fil %3</source>
        <translation>Saldokorrigering till inkasso: %1 händelser, %2 kr, fil %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saldokorrigeringar till inkasso</source>
        <translation>Saldokorrigeringar till inkasso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnr hos inkassobolaget</source>
        <translation>Kundnr hos inkassobolaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/organisationsnummer</source>
        <translation>Person-/organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförd</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum</source>
        <translation>Transaktionsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerad</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slag</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Händelse</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag %1–%2</source>
        <translation>Företag %1–%2</translation>
    </message>
</context>
<context>
    <name>AgencyFileWriter</name>
    <message>
        <location filename="../render/agencyfile.cpp" line="+36"/>
        <source>Filen &quot;%1&quot; ska sluta på .csv eller .xlsx.</source>
        <translation>Filen &quot;%1&quot; ska sluta på .csv eller .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>AgencySettings</name>
    <message>
        <location filename="../core/dunning/agencysettings.cpp" line="+142"/>
        <source>förfallodag</source>
        <translation>förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påminnelse 1</source>
        <translation>påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påminnelse 2</source>
        <translation>påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassokrav</source>
        <translation>inkassokrav</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bostad</source>
        <translation>Bostad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Övriga (lokaler)</source>
        <translation>Övriga (lokaler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parkering</source>
        <translation>Parkering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lager</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej vald</source>
        <translation>Ej vald</translation>
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
        <translation>Annat inkassobolag</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Överförd till inkasso</source>
        <translation>Överförd till inkasso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Företag %1 rutin %2</source>
        <translation>Företag %1 rutin %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Företag &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Rutin &quot;%1&quot; finns inte.</source>
        <translation>Rutin &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: antal dagar ska vara 0–%2 (nu %3).</source>
        <translation>%1: antal dagar ska vara 0–%2 (nu %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: inbetalningssätt &quot;%2&quot; för %3 finns inte (lägg upp det under Inbetalningssätt, 8.1).</source>
        <translation>%1: inbetalningssätt &quot;%2&quot; för %3 finns inte (lägg upp det under Inbetalningssätt, 8.1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: inbetalningssätt %2 (%3) för %4 ska vara ett K-sätt %5.</source>
        <translation>%1: inbetalningssätt %2 (%3) för %4 ska vara ett K-sätt %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utan avgiftstyp, inte endast text och inte &quot;dröjsmålsfaktureras ej&quot;</source>
        <translation>utan avgiftstyp, inte endast text och inte &quot;dröjsmålsfaktureras ej&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>med %1 i fältet påminnelse-/kravavgift/uppl. dröjsmålsränta</source>
        <translation>med %1 i fältet påminnelse-/kravavgift/uppl. dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kapitalskuld</source>
        <translation>kapitalskuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kravavgift</source>
        <translation>kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upplupen dröjsmålsränta</source>
        <translation>upplupen dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: inbetalningssätt %2 är sättet för betalningar från inkassobolaget och kan inte nollställa fordringar.</source>
        <translation>%1: inbetalningssätt %2 är sättet för betalningar från inkassobolaget och kan inte nollställa fordringar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: inbetalningssätt %2 för kapitalskuld saknar konto; det ska ha fordringskontot för inkasso (fast konto eller företagets konto för sättet).</source>
        <translation>%1: inbetalningssätt %2 för kapitalskuld saknar konto; det ska ha fordringskontot för inkasso (fast konto eller företagets konto för sättet).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: kravkod %2 finns inte (Kravkoder, 7.3).</source>
        <translation>%1: kravkod %2 finns inte (Kravkoder, 7.3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: kravkod %2 (%3) ska ha &quot;ej dröjsmålsränta&quot;.</source>
        <translation>%1: kravkod %2 (%3) ska ha &quot;ej dröjsmålsränta&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: bevakningstexten är %2 tecken, högst %3.</source>
        <translation>%1: bevakningstexten är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: SFI-kategori &quot;%2&quot; finns inte.</source>
        <translation>%1: SFI-kategori &quot;%2&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inställningar inkasso upplagda</source>
        <translation>Inställningar inkasso upplagda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inställningar för inkasso finns inte för företag %1 rutin %2.</source>
        <translation>Inställningar för inkasso finns inte för företag %1 rutin %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inställningar inkasso borttagna</source>
        <translation>Inställningar inkasso borttagna</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Inkassobolagets namn saknas.</source>
        <translation>Inkassobolagets namn saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnummer hos inkassobolaget saknas.</source>
        <translation>Kundnummer hos inkassobolaget saknas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 är %2 tecken, högst %3.</source>
        <translation>%1 är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolagets namn</source>
        <translation>Inkassobolagets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer hos inkassobolaget</source>
        <translation>Kundnummer hos inkassobolaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koncernnummer</source>
        <translation>Koncernnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företagsnamn i filen</source>
        <translation>Företagsnamn i filen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inkassobolag %1 upplagt</source>
        <translation>Inkassobolag %1 upplagt</translation>
    </message>
</context>
<context>
    <name>AgencyTransfer</name>
    <message>
        <location filename="../core/dunning/agencytransfer.cpp" line="+152"/>
        <source>Faktura %1/%2 blir inte noll med inbetalningssätten (saldo kvar %3 kr).</source>
        <translation>Faktura %1/%2 blir inte noll med inbetalningssätten (saldo kvar %3 kr).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>företag %1–%2</source>
        <translation>företag %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rutin %1–%2</source>
        <translation>rutin %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>faktura %1–%2</source>
        <translation>faktura %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avdelning %1–%2</source>
        <translation>avdelning %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer %1</source>
        <translation>personnummer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nollställs</source>
        <translation>nollställs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nollställs inte</source>
        <translation>nollställs inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Överföringsdatum saknas eller är ogiltigt.</source>
        <translation>Överföringsdatum saknas eller är ogiltigt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personnummer &quot;%1&quot;: %2</source>
        <translation>Personnummer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inställningar för inkasso saknas för företag %1–%2, rutin %3–%4 (Extern inkassohantering).</source>
        <translation>Inställningar för inkasso saknas för företag %1–%2, rutin %3–%4 (Extern inkassohantering).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>amorteringsplan %1</source>
        <translation>amorteringsplan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>saknar personnummer</source>
        <translation>saknar personnummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kravkod %1 %2 t.o.m. %3</source>
        <translation>kravkod %1 %2 t.o.m. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkod %1 %2</source>
        <translation>kravkod %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skyddad identitet – hanteras manuellt</source>
        <translation>skyddad identitet – hanteras manuellt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Företag %1: inkassobolag saknas (Extern inkassohantering, Inkassobolag).</source>
        <translation>Företag %1: inkassobolag saknas (Extern inkassohantering, Inkassobolag).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag %1 och %2 har olika inkassobolag (%3, %4); överför dem var för sig.</source>
        <translation>Företag %1 och %2 har olika inkassobolag (%3, %4); överför dem var för sig.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Inga fordringar ska överföras till inkasso den %1 med detta urval; ingen fil skrevs.</source>
        <translation>Inga fordringar ska överföras till inkasso den %1 med detta urval; ingen fil skrevs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Till inkasso %1</source>
        <translation>Till inkasso %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Faktura %1/%2 ändrades av någon annan under överföringen. Inget ändrades; gör om överföringen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan under överföringen. Inget ändrades; gör om överföringen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kundreskontra, överföring till inkasso %1 den %2</source>
        <translation>Kundreskontra, överföring till inkasso %1 den %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Överföring till inkasso %1 (%2): %3 fordringar, %4 kr, nollställt %5 kr, fil %6</source>
        <translation>Överföring till inkasso %1 (%2): %3 fordringar, %4 kr, nollställt %5 kr, fil %6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fordringar till inkasso</source>
        <translation>Fordringar till inkasso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnr hos inkassobolaget</source>
        <translation>Kundnr hos inkassobolaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgenär</source>
        <translation>Borgenär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förvaltning/avdelning</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/organisationsnummer</source>
        <translation>Person-/organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn 2</source>
        <translation>Namn 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturabelopp</source>
        <translation>Fakturabelopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalt</source>
        <translation>Inbetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdebiterad ränta</source>
        <translation>Uppdebiterad ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskrivet vid överföring</source>
        <translation>Avskrivet vid överföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överlämnat belopp</source>
        <translation>Överlämnat belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFI-kategori</source>
        <translation>SFI-kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skuldkod</source>
        <translation>Skuldkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförd</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inkassobolag %1 (%2), kundnummer %3</source>
        <translation>Inkassobolag %1 (%2), kundnummer %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Överföringsdatum %1</source>
        <translation>Överföringsdatum %1</translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <location filename="../core/audit/auditlogquery.cpp" line="+63"/>
        <source>Granskningsloggen utom för en faktura</source>
        <translation>Granskningsloggen utom för en faktura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du har behörighet till bara vissa företag: ange företag eller faktura.</source>
        <translation>Du har behörighet till bara vissa företag: ange företag eller faktura.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag &quot;%1&quot;: ange 1–3 siffror.</source>
        <translation>Företag &quot;%1&quot;: ange 1–3 siffror.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum tom %1 ligger före datum from %2.</source>
        <translation>Datum tom %1 ligger före datum from %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärd &quot;%1&quot;: välj ny, ändring eller borttag.</source>
        <translation>Åtgärd &quot;%1&quot;: välj ny, ändring eller borttag.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Ogiltigt antal rader.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ändring</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borttag</source>
        <translation>Borttag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktion</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kreditering</source>
        <translation>Kreditering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kund</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnotering</source>
        <translation>Kundnotering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt</source>
        <translation>Bunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buntrad</source>
        <translation>Buntrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkörning</source>
        <translation>Kravkörning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar påminnelser/krav</source>
        <translation>Inställningar påminnelser/krav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravtext</source>
        <translation>Kravtext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inställning</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder</source>
        <translation>Bokföringsorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referensränta</source>
        <translation>Referensränta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring till inkasso</source>
        <translation>Överföring till inkasso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kronofogdemyndighet</source>
        <translation>Kronofogdemyndighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reskontra</source>
        <translation>Reskontra</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Granskningslogg</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura: %1 (alla företag)</source>
        <translation>Faktura: %1 (alla företag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura: %1/%2</source>
        <translation>Faktura: %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag: %1</source>
        <translation>Företag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum: %1 – %2</source>
        <translation>Datum: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabell: %1</source>
        <translation>Tabell: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hela loggen, senaste först</source>
        <translation>Hela loggen, senaste först</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Löpnr</source>
        <translation>Löpnr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabell</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fält</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gammalt värde</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt värde</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sammanhang</source>
        <translation>Sammanhang</translation>
    </message>
</context>
<context>
    <name>BankingDays</name>
    <message>
        <location filename="../core/dates/bankingdays.cpp" line="+185"/>
        <source>nyårsdagen</source>
        <translation>nyårsdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trettondedag jul</source>
        <translation>trettondedag jul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>långfredagen</source>
        <translation>långfredagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påskdagen</source>
        <translation>påskdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annandag påsk</source>
        <translation>annandag påsk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>första maj</source>
        <translation>första maj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Kristi himmelsfärdsdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pingstdagen</source>
        <translation>pingstdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sveriges nationaldag</source>
        <translation>Sveriges nationaldag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>midsommardagen</source>
        <translation>midsommardagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alla helgons dag</source>
        <translation>alla helgons dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>juldagen</source>
        <translation>juldagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annandag jul</source>
        <translation>annandag jul</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 och %2</source>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>BgMaxParser</name>
    <message>
        <location filename="../core/formats/bgmax.cpp" line="+66"/>
        <source> (raden innehåller tabbtecken; BgMax-fält fylls med blanksteg)</source>
        <translation> (raden innehåller tabbtecken; BgMax-fält fylls med blanksteg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (raden innehåller vagnretur utan radmatning)</source>
        <translation> (raden innehåller vagnretur utan radmatning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (filen verkar vara sparad som UTF-8; BgMax ska vara ISO-8859-1)</source>
        <translation> (filen verkar vara sparad som UTF-8; BgMax ska vara ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>filen är tom</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>filen är ingen BgMax-fil: den ska börja med startposten &quot;01BGMAX&quot; men börjar med &quot;%1&quot;</source>
        <translation>filen är ingen BgMax-fil: den ska börja med startposten &quot;01BGMAX&quot; men börjar med &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>raden är tom; tomma rader får bara finnas sist i filen</source>
        <translation>raden är tom; tomma rader får bara finnas sist i filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten är %1 tecken lång, ska vara %2%3</source>
        <translation>posten är %1 tecken lång, ska vara %2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>posten har ett styrtecken (kod %1) i position %2; BgMax-poster är text fylld med blanksteg</source>
        <translation>posten har ett styrtecken (kod %1) i position %2; BgMax-poster är text fylld med blanksteg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>okänd posttyp &quot;%1&quot; (BgMax har posttyperna 01, 05, 15, 20–23, 25–29 och 70)</source>
        <translation>okänd posttyp &quot;%1&quot; (BgMax har posttyperna 01, 05, 15, 20–23, 25–29 och 70)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data efter slutposten (TK70 på rad %1)</source>
        <translation>data efter slutposten (TK70 på rad %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filen ska börja med startposten (TK01) men börjar med %1</source>
        <translation>filen ska börja med startposten (TK01) men börjar med %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>öppningsposten (TK05) börjar ett nytt avsnitt, men avsnittet från rad %1 har ingen insättningspost (TK15)</source>
        <translation>öppningsposten (TK05) börjar ett nytt avsnitt, men avsnittet från rad %1 har ingen insättningspost (TK15)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>en andra startpost (TK01); filen har redan en på rad %1</source>
        <translation>en andra startpost (TK01); filen har redan en på rad %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>startposten (TK01) ska stå först i filen</source>
        <translation>startposten (TK01) ska stå först i filen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>insättningsposten (TK15) står utanför ett avsnitt: öppningsposten (TK05) saknas före den</source>
        <translation>insättningsposten (TK15) står utanför ett avsnitt: öppningsposten (TK05) saknas före den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>avsnittet från rad %1 har inga betalningsposter (TK20/TK21)</source>
        <translation>avsnittet från rad %1 har inga betalningsposter (TK20/TK21)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valutan i TK15 är %1 men avsnittet (TK05 på rad %2) är i %3</source>
        <translation>valutan i TK15 är %1 men avsnittet (TK05 på rad %2) är i %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>insättningsbeloppet i TK15 är %1 men betalningarna summerar till %2 (TK20 − TK21)</source>
        <translation>insättningsbeloppet i TK15 är %1 men betalningarna summerar till %2 (TK20 − TK21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>antalet betalningar i TK15 är %1 men avsnittet har %2 (TK20 + TK21)</source>
        <translation>antalet betalningar i TK15 är %1 men avsnittet har %2 (TK20 + TK21)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 står utanför ett avsnitt: öppningsposten (TK05) saknas före den</source>
        <translation>%1 står utanför ett avsnitt: öppningsposten (TK05) saknas före den</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 står utanför ett avsnitt</source>
        <translation>%1 står utanför ett avsnitt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 står före avsnittets första betalningspost (TK20/TK21)</source>
        <translation>%1 står före avsnittets första betalningspost (TK20/TK21)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 står i fel ordning efter %2 på rad %3; en betalning har posterna TK20/21, TK22/23, TK25, TK26, TK27, TK28, TK29 i den ordningen</source>
        <translation>%1 står i fel ordning efter %2 på rad %3; en betalning har posterna TK20/21, TK22/23, TK25, TK26, TK27, TK28, TK29 i den ordningen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>slutposten (TK70) kommer före insättningsposten (TK15) för avsnittet från rad %1</source>
        <translation>slutposten (TK70) kommer före insättningsposten (TK15) för avsnittet från rad %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen har inga avsnitt (TK05 … TK15) före slutposten</source>
        <translation>filen har inga avsnitt (TK05 … TK15) före slutposten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TK70 anger %1 %2 men filen har %3</source>
        <translation>TK70 anger %1 %2 men filen har %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>betalningsposter (TK20)</source>
        <translation>betalningsposter (TK20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragsposter (TK21)</source>
        <translation>avdragsposter (TK21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra referensnummerposter (TK22/TK23)</source>
        <translation>extra referensnummerposter (TK22/TK23)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningsposter (TK15)</source>
        <translation>insättningsposter (TK15)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>filen slutar inne i avsnittet från rad %1: insättningsposten (TK15) och slutposten (TK70) saknas</source>
        <translation>filen slutar inne i avsnittet från rad %1: insättningsposten (TK15) och slutposten (TK70) saknas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen slutar utan slutpost (TK70)</source>
        <translation>filen slutar utan slutpost (TK70)</translation>
    </message>
    <message>
        <location filename="../core/formats/bgmaxrecords.cpp" line="+36"/>
        <source>layoutnamnet</source>
        <translation>layoutnamnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versionen</source>
        <translation>versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidsstämpeln</source>
        <translation>tidsstämpeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testmarkeringen</source>
        <translation>testmarkeringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarbankgironumret</source>
        <translation>mottagarbankgironumret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarplusgironumret</source>
        <translation>mottagarplusgironumret</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>valutan</source>
        <translation>valutan</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>avsändarens bankgironummer</source>
        <translation>avsändarens bankgironummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referensen</source>
        <translation>referensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beloppet</source>
        <translation>beloppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referenskoden</source>
        <translation>referenskoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningskanalkoden</source>
        <translation>betalningskanalkoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BGC-löpnumret</source>
        <translation>BGC-löpnumret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avibildmarkeringen</source>
        <translation>avibildmarkeringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragskoden</source>
        <translation>avdragskoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisationsnumret</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarbankkontot</source>
        <translation>mottagarbankkontot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsdagen</source>
        <translation>betalningsdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningslöpnumret</source>
        <translation>insättningslöpnumret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningsbeloppet</source>
        <translation>insättningsbeloppet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antalet betalningar</source>
        <translation>antalet betalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typen av insättning</source>
        <translation>typen av insättning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antalet betalningsposter</source>
        <translation>antalet betalningsposter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antalet avdragsposter</source>
        <translation>antalet avdragsposter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antalet extra referensnummerposter</source>
        <translation>antalet extra referensnummerposter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antalet insättningsposter</source>
        <translation>antalet insättningsposter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1–%2</source>
        <translation>position %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) i %3 är &quot;%4&quot;; %5</source>
        <translation>%1 (%2) i %3 är &quot;%4&quot;; %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+196"/>
        <source>det ska vara siffror</source>
        <translation>det ska vara siffror</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>det ska vara ett datum ÅÅÅÅMMDD</source>
        <translation>det ska vara ett datum ÅÅÅÅMMDD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>den ska vara en valutakod som SEK</source>
        <translation>den ska vara en valutakod som SEK</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>startposten (TK01)</source>
        <translation>startposten (TK01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öppningsposten (TK05)</source>
        <translation>öppningsposten (TK05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insättningsposten (TK15)</source>
        <translation>insättningsposten (TK15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsposten (TK20)</source>
        <translation>betalningsposten (TK20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragsposten (TK21)</source>
        <translation>avdragsposten (TK21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra referensnummerposten (TK22)</source>
        <translation>extra referensnummerposten (TK22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra referensnummerposten (TK23)</source>
        <translation>extra referensnummerposten (TK23)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informationsposten (TK25)</source>
        <translation>informationsposten (TK25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>namnposten (TK26)</source>
        <translation>namnposten (TK26)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adressposten (TK27)</source>
        <translation>adressposten (TK27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adressposten 2 (TK28)</source>
        <translation>adressposten 2 (TK28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisationsnummerposten (TK29)</source>
        <translation>organisationsnummerposten (TK29)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slutposten (TK70)</source>
        <translation>slutposten (TK70)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten</source>
        <translation>posten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>det ska vara &quot;BGMAX&quot;</source>
        <translation>det ska vara &quot;BGMAX&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bara version 01 kan läsas</source>
        <translation>bara version 01 kan läsas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder</source>
        <translation>den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>den ska vara T (test) eller P (produktion)</source>
        <translation>den ska vara T (test) eller P (produktion)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>det ska vara siffror eller blankt</source>
        <translation>det ska vara siffror eller blankt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reskontran tar belopp upp till %1 kr</source>
        <translation>reskontran tar belopp upp till %1 kr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>den ska vara 0–5</source>
        <translation>den ska vara 0–5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>med referenskod 2 ska den vara ett OCR-nummer (siffror)</source>
        <translation>med referenskod 2 ska den vara ett OCR-nummer (siffror)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>med referenskod 4 får den inte vara tom</source>
        <translation>med referenskod 4 får den inte vara tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>den ska vara en siffra</source>
        <translation>den ska vara en siffra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>den ska vara 0 eller 1</source>
        <translation>den ska vara 0 eller 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>den ska vara 0 (helt avdrag), 1 (delavdrag) eller 2 (slutligt delavdrag)</source>
        <translation>den ska vara 0 (helt avdrag), 1 (delavdrag) eller 2 (slutligt delavdrag)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>den ska vara K, D, S eller blank</source>
        <translation>den ska vara K, D, S eller blank</translation>
    </message>
</context>
<context>
    <name>BillingStatistics</name>
    <message>
        <location filename="../core/reports/billingstatistics.cpp" line="+52"/>
        <source>Fakturerade</source>
        <translation>Fakturerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rutin: tom %1 ligger före from %2.</source>
        <translation>Rutin: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer from</source>
        <translation>Fakturanummer from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer tom</source>
        <translation>Fakturanummer tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer: tom %1 ligger före from %2.</source>
        <translation>Fakturanummer: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Debiteringsstatistik</source>
        <translation>Debiteringsstatistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Andel: Fakturerade av hela listan, övriga åtgärder av samma rutins och periods fakturerade; belopp = fakturornas kapitalbelopp</source>
        <translation>Andel: Fakturerade av hela listan, övriga åtgärder av samma rutins och periods fakturerade; belopp = fakturornas kapitalbelopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel antal %</source>
        <translation>Andel antal %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel belopp %</source>
        <translation>Andel belopp %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Summa rutin %1</source>
        <translation>Summa rutin %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>BookingOrderDocument</name>
    <message>
        <location filename="../render/bookingorderdocument.cpp" line="+49"/>
        <location line="+50"/>
        <source>KONTROLLISTA BOKFÖRINGSORDER</source>
        <translation>KONTROLLISTA BOKFÖRINGSORDER</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>BOKFÖRINGSORDER</source>
        <translation>BOKFÖRINGSORDER</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Provkörning: ingenting är bokfört och verifikationsnumret är preliminärt.</source>
        <translation>Provkörning: ingenting är bokfört och verifikationsnumret är preliminärt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisationsnummer</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifikation</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum</source>
        <translation>Bokföringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare</source>
        <translation>Användare</translation>
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
        <translation>Antal händelser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontonamn</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debet</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kredit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debet och kredit är lika: verifikationen balanserar.</source>
        <translation>Debet och kredit är lika: verifikationen balanserar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Det finns inga obokförda händelser t.o.m. %1.</source>
        <translation>Det finns inga obokförda händelser t.o.m. %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PDF-filen %1 kan inte skrivas: %2</source>
        <translation>PDF-filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Bokföringsorder</source>
        <translation>Bokföringsorder</translation>
    </message>
</context>
<context>
    <name>BookingRun</name>
    <message>
        <location filename="../core/bookkeeping/bookingrun.cpp" line="+213"/>
        <source>Oplacerade betalningar</source>
        <translation>Oplacerade betalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalningar</source>
        <translation>Överbetalningar</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n st</numerusform>
            <numerusform>%1, %n st</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Bokföringsdatum saknas eller är ogiltigt.</source>
        <translation>Bokföringsdatum saknas eller är ogiltigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</source>
        <translation>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Kundreskontra, inbetalningar t.o.m. %1</source>
        <translation>Kundreskontra, inbetalningar t.o.m. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundreskontra, inbetalningar t.o.m. %1, registrerade av %2</source>
        <translation>Kundreskontra, inbetalningar t.o.m. %1, registrerade av %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget bokfördes.</source>
        <translation>Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget bokfördes.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>företag %1–%2 t.o.m. %3</source>
        <translation>företag %1–%2 t.o.m. %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>En transaktion bokfördes av någon annan under körningen. Inget bokfördes; kör igen.</source>
        <translation>En transaktion bokfördes av någon annan under körningen. Inget bokfördes; kör igen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bokföringsorder %1: %2 händelser, %3 kr</source>
        <translation>Bokföringsorder %1: %2 händelser, %3 kr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bokföringsordern saknar datum.</source>
        <translation>Bokföringsordern saknar datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsordern har inga konteringar.</source>
        <translation>Bokföringsordern har inga konteringar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bokföringsordern har en kontering utan konto (%1).</source>
        <translation>Bokföringsordern har en kontering utan konto (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bokföringsorder %1: %2 kr</source>
        <translation>Bokföringsorder %1: %2 kr</translation>
    </message>
</context>
<context>
    <name>CarriedDifferences</name>
    <message>
        <location filename="../core/payments/carrieddifferences.cpp" line="+52"/>
        <source>Ange vilken faktura beloppet fördes till.</source>
        <translation>Ange vilken faktura beloppet fördes till.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Överföring nr %1 finns inte eller är redan förd till en faktura.</source>
        <translation>Överföring nr %1 finns inte eller är redan förd till en faktura.</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message>
        <location filename="../core/reports/claimlist.cpp" line="+73"/>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Summa rutin %1</source>
        <translation>Summa rutin %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summa företag %1</source>
        <translation>Summa företag %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n st</numerusform>
            <numerusform>%1, %n st</numerusform>
        </translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1: &quot;%2&quot; ska vara 1–9 siffror.</source>
        <translation>%1: &quot;%2&quot; ska vara 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; ska vara 1–10 siffror (eller 12 med århundrade).</source>
        <translation>%1: &quot;%2&quot; ska vara 1–10 siffror (eller 12 med århundrade).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rutin: &quot;%1&quot; ska vara 1–2 siffror.</source>
        <translation>Rutin: &quot;%1&quot; ska vara 1–2 siffror.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+9"/>
        <source>%1: tom %2 ligger före from %3.</source>
        <translation>%1: tom %2 ligger före from %3.</translation>
    </message>
</context>
<context>
    <name>ClaimNotes</name>
    <message>
        <location filename="../core/ledger/claimnotes.cpp" line="+25"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Anteckningen är tom.</source>
        <translation>Anteckningen är tom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Anteckningen är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>anteckning</source>
        <translation>anteckning</translation>
    </message>
</context>
<context>
    <name>ClaimOverview</name>
    <message>
        <location filename="../core/ledger/claimoverview.cpp" line="+71"/>
        <source>(finns inte)</source>
        <translation>(finns inte)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Faktura %1 är en räntefaktura; dröjsmålsränta beräknas inte på den.</source>
        <translation>Faktura %1 är en räntefaktura; dröjsmålsränta beräknas inte på den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum att beräkna räntan till saknas.</source>
        <translation>Datum att beräkna räntan till saknas.</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <location filename="../core/ledger/companycheck.cpp" line="+57"/>
        <source>Momsreg.nr: &quot;%1&quot; ska vara SE och 12 siffror (organisationsnumret och ett löpnummer), t.ex. SE212000014201.</source>
        <translation>Momsreg.nr: &quot;%1&quot; ska vara SE och 12 siffror (organisationsnumret och ett löpnummer), t.ex. SE212000014201.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Momsreg.nr: de 10 första siffrorna i &quot;%1&quot; är inget organisationsnummer: %2</source>
        <translation>Momsreg.nr: de 10 första siffrorna i &quot;%1&quot; är inget organisationsnummer: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Momsreg.nr: &quot;%1&quot; hör till %2, inte till företagets organisationsnummer %3.</source>
        <translation>Momsreg.nr: &quot;%1&quot; hör till %2, inte till företagets organisationsnummer %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: &quot;%2&quot; är %3 tecken, högst %4.</source>
        <translation>%1: &quot;%2&quot; är %3 tecken, högst %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: texten innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>%1: texten innehåller ett styrtecken (t.ex. tabb).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företagsnummer: &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Företagsnummer: &quot;%1&quot; ska vara högst tre siffror.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn: ange företagets namn; det skrivs ut på fakturorna.</source>
        <translation>Namn: ange företagets namn; det skrivs ut på fakturorna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn 2</source>
        <translation>Namn 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisationsnummer: %1</source>
        <translation>Organisationsnummer: %1</translation>
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
        <translation>Telefon: &quot;%1&quot; får bara ha siffror, mellanslag, bindestreck och +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telefon: &quot;%1&quot; har %2 siffror, högst %3.</source>
        <translation>Telefon: &quot;%1&quot; har %2 siffror, högst %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-post: &quot;%1&quot; är ingen e-postadress (namn@kommun.se).</source>
        <translation>E-post: &quot;%1&quot; är ingen e-postadress (namn@kommun.se).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webbplats</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webbplats: &quot;%1&quot; är ingen webbadress (www.kommun.se).</source>
        <translation>Webbplats: &quot;%1&quot; är ingen webbadress (www.kommun.se).</translation>
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
        <translation>BIC: ange bankens BIC till IBAN-numret; en betalare i utlandet behöver båda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IBAN: ange kontots IBAN till BIC:en; en betalare i utlandet behöver båda.</source>
        <translation>IBAN: ange kontots IBAN till BIC:en; en betalare i utlandet behöver båda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIC: %1 hör till land %2 men IBAN-numret till %3; kontots BIC och IBAN har samma landskod.</source>
        <translation>BIC: %1 hör till land %2 men IBAN-numret till %3; kontots BIC och IBAN har samma landskod.</translation>
    </message>
    <message>
        <location filename="../core/ledger/companysettings.cpp" line="+32"/>
        <source>Rutin %1</source>
        <translation>Rutin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin %1 %2</source>
        <translation>Rutin %1 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A-kort med förtryckt logotyp</source>
        <translation>A-kort med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>A-kort utan logotyp, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B-kort med förtryckt logotyp</source>
        <translation>B-kort med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>B-kort utan logotyp, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort med förtryckt logotyp</source>
        <translation>C-kort med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>C-kort utan logotyp, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort med förtryckt logotyp, värmeförsluts</source>
        <translation>C-kort med förtryckt logotyp, värmeförsluts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C-kort utan förtryckt logotyp, värmeförsluts</source>
        <translation>C-kort utan förtryckt logotyp, värmeförsluts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Postens elektroniska postproduktion</source>
        <translation>Postens elektroniska postproduktion</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Inbetalningskort utan OCR, med förtryckt logotyp</source>
        <translation>Inbetalningskort utan OCR, med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningskort utan OCR, företagsnamnet skrivs ut</source>
        <translation>Inbetalningskort utan OCR, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningskort med OCR och förtryckt logotyp</source>
        <translation>Inbetalningskort med OCR och förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningskort med OCR, företagsnamnet skrivs ut</source>
        <translation>Inbetalningskort med OCR, företagsnamnet skrivs ut</translation>
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
        <translation>Fakturakopior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kreditfakturor</source>
        <translation>Kreditfakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulleringsbesked</source>
        <translation>Annulleringsbesked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopior av påminnelser/kravbrev</source>
        <translation>Kopior av påminnelser/kravbrev</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kundfordringar (rutiner utan eget konto)</source>
        <translation>Kundfordringar (rutiner utan eget konto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankgiroinbetalningar</source>
        <translation>Bankgiroinbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusgiroinbetalningar</source>
        <translation>Plusgiroinbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öres- och kronutjämning</source>
        <translation>Öres- och kronutjämning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetalningar</source>
        <translation>Överbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oplacerade betalningar</source>
        <translation>Oplacerade betalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krediteringar utan konto</source>
        <translation>Krediteringar utan konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundförluster (avskrivning)</source>
        <translation>Kundförluster (avskrivning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelseavgifter</source>
        <translation>Påminnelseavgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassoavgifter</source>
        <translation>Inkassoavgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dröjsmålsränta</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: kontot &quot;%2&quot; ska vara 1–%3 siffror.</source>
        <translation>%1: kontot &quot;%2&quot; ska vara 1–%3 siffror.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: blankettypen &quot;%2&quot; finns inte; välj med F4 (A1–C4, EP för plusgiro, E1, E2, G1, G2, EB för bankgiro).</source>
        <translation>%1: blankettypen &quot;%2&quot; finns inte; välj med F4 (A1–C4, EP för plusgiro, E1, E2, G1, G2, EB för bankgiro).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: blankettyp %2 är en plusgiroblankett men företaget har inget plusgironummer.</source>
        <translation>%1: blankettyp %2 är en plusgiroblankett men företaget har inget plusgironummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: blankettyp %2 är en bankgiroblankett men företaget har inget bankgironummer.</source>
        <translation>%1: blankettyp %2 är en bankgiroblankett men företaget har inget bankgironummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: skrivarnamnet är %2 tecken, högst %3.</source>
        <translation>%1: skrivarnamnet är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: skrivarnamnet innehåller ett styrtecken.</source>
        <translation>%1: skrivarnamnet innehåller ett styrtecken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rutin %1 finns inte.</source>
        <translation>Rutin %1 finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, fordringskonto</source>
        <translation>%1, fordringskonto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: dagar till förfallodag ska vara 0–%2.</source>
        <translation>%1: dagar till förfallodag ska vara 0–%2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: fasta debiteringar och hyror har förfallodagar från debiteringen; dagar till förfallodag anges inte.</source>
        <translation>%1: fasta debiteringar och hyror har förfallodagar från debiteringen; dagar till förfallodag anges inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: räntefakturornas förfallodag sätts vid räntefaktureringen (7.13).</source>
        <translation>%1: räntefakturornas förfallodag sätts vid räntefaktureringen (7.13).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dokumentslaget &quot;%1&quot; finns inte.</source>
        <translation>Dokumentslaget &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontoslaget &quot;%1&quot; finns inte.</source>
        <translation>Kontoslaget &quot;%1&quot; finns inte.</translation>
    </message>
</context>
<context>
    <name>CountryCodes</name>
    <message>
        <location filename="../core/ledger/countrycodes.cpp" line="+58"/>
        <source>Landskod: ange två bokstäver, t.ex. NO.</source>
        <translation>Landskod: ange två bokstäver, t.ex. NO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landskod: &quot;%1&quot; ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.</source>
        <translation>Landskod: &quot;%1&quot; ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn: ange landets namn för %1; det skrivs ut på fakturan.</source>
        <translation>Namn: ange landets namn för %1; det skrivs ut på fakturan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn: &quot;%1&quot; är %2 tecken, högst %3.</source>
        <translation>Namn: &quot;%1&quot; är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avvikande betalningssätt: %1 tecken, högst %2.</source>
        <translation>Avvikande betalningssätt: %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namn: &quot;%1&quot; innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Namn: &quot;%1&quot; innehåller ett styrtecken (t.ex. tabb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvikande betalningssätt: texten innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Avvikande betalningssätt: texten innehåller ett styrtecken (t.ex. tabb).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Landskoden &quot;%1&quot; finns inte i registret.</source>
        <translation>Landskoden &quot;%1&quot; finns inte i registret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landskod %1 (%2) används av %3 och kan inte tas bort.</source>
        <translation>Landskod %1 (%2) används av %3 och kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en kund</source>
        <translation>en kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kunder</source>
        <translation>%1 kunder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Landskod %1 (%2) finns i adressen på fakturor i reskontran och kan inte tas bort.</source>
        <translation>Landskod %1 (%2) finns i adressen på fakturor i reskontran och kan inte tas bort.</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser faktura</source>
        <translation>Avser faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summa annullerat</source>
        <translation>Summa annullerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa kreditering</source>
        <translation>Summa kreditering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturans saldo efter annulleringen</source>
        <translation>Fakturans saldo efter annulleringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturans saldo efter krediteringen</source>
        <translation>Fakturans saldo efter krediteringen</translation>
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
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momsreg.nr %1</source>
        <translation>Momsreg.nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Faktura %1 är annullerad med beloppen nedan.</source>
        <translation>Faktura %1 är annullerad med beloppen nedan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vi krediterar faktura %1 med beloppen nedan.</source>
        <translation>Vi krediterar faktura %1 med beloppen nedan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handläggare</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <location filename="../core/payments/creditnote.cpp" line="+65"/>
        <source>Kreditfaktura</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulleringsbesked</source>
        <translation>Annulleringsbesked</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Inbetalningssätt saknas (t.ex. 2 Kreditfaktura eller 3 Annullering).</source>
        <translation>Inbetalningssätt saknas (t.ex. 2 Kreditfaktura eller 3 Annullering).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt %1 (%2) är ett debetsätt; en kreditering ska minska fordran.</source>
        <translation>Inbetalningssätt %1 (%2) är ett debetsätt; en kreditering ska minska fordran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt %1 (%2) är endast för text och ändrar inget belopp.</source>
        <translation>Inbetalningssätt %1 (%2) är endast för text och ändrar inget belopp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningssätt %1 (%2) avser avgifter eller ränta, inte fakturans kapital.</source>
        <translation>Inbetalningssätt %1 (%2) avser avgifter eller ränta, inte fakturans kapital.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt %1 (%2) fördelar beloppet på avgifter och ränta först; välj ett sätt märkt &quot;dröjsmålsfaktureras ej&quot;, t.ex. 2 Kreditfaktura eller 3 Annullering.</source>
        <translation>Inbetalningssätt %1 (%2) fördelar beloppet på avgifter och ränta först; välj ett sätt märkt &quot;dröjsmålsfaktureras ej&quot;, t.ex. 2 Kreditfaktura eller 3 Annullering.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Företag &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaktionsdatum saknas eller är ogiltigt; skriv ÅÅMMDD.</source>
        <translation>Transaktionsdatum saknas eller är ogiltigt; skriv ÅÅMMDD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fakturanummer saknas.</source>
        <translation>Fakturanummer saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot; ska vara högst 9 siffror.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 har inget öppet kapital att kreditera (kapital kvar %2).</source>
        <translation>Faktura %1 har inget öppet kapital att kreditera (kapital kvar %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anmärkningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Anmärkningen är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rad %1: texten är %2 tecken, högst %3.</source>
        <translation>Rad %1: texten är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rad %1: kontot är %2 tecken, högst %3.</source>
        <translation>Rad %1: kontot är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rad %1: beloppet har fler än 10 siffror.</source>
        <translation>Rad %1: beloppet har fler än 10 siffror.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Raderna summerar till %1; en kreditering ska ge ett negativt belopp.</source>
        <translation>Raderna summerar till %1; en kreditering ska ge ett negativt belopp.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handläggaren är %1 tecken, högst %2.</source>
        <translation>Handläggaren är %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faktura %1 har ändrats av %2 (%3) sedan den lästes in. Läs in den igen.</source>
        <translation>Faktura %1 har ändrats av %2 (%3) sedan den lästes in. Läs in den igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Krediteringen %1 överstiger fakturans öppna kapital %2 (faktura %3).</source>
        <translation>Krediteringen %1 överstiger fakturans öppna kapital %2 (faktura %3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kreditering utan utskrift</source>
        <translation>Kreditering utan utskrift</translation>
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
        <translation>Kunde inte skriva CSV-filen: %1</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../core/ledger/customerview.cpp" line="+65"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saldo 0</source>
        <translation>Saldo 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tillgodo</source>
        <translation>Tillgodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassoombud</source>
        <translation>Inkassoombud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot om BF</source>
        <translation>Hot om BF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallen</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej förfallen</source>
        <translation>Ej förfallen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adress</source>
        <translation>adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postnummer</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ort</source>
        <translation>ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>land</source>
        <translation>land</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kund %1 finns inte i företag %2.</source>
        <translation>Kund %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 faktura, %1</source>
        <translation>1 faktura, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fakturor, senast %2</source>
        <translation>%1 fakturor, senast %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(tomt)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>faktura %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundregistret</source>
        <translation>kundregistret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ändrad på %1 av %2</source>
        <translation>ändrad på %1 av %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Räntan kunde inte beräknas: %1</source>
        <translation>Räntan kunde inte beräknas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fakturor för kund %1 %2</source>
        <translation>Fakturor för kund %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast öppna poster</source>
        <translation>Endast öppna poster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alla poster</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturabelopp</source>
        <translation>Fakturabelopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgifter/ränta</source>
        <translation>Avgifter/ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalt</source>
        <translation>Överbetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Noteringen är tom.</source>
        <translation>Noteringen är tom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noteringen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Noteringen är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>notering på kund</source>
        <translation>notering på kund</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kravstopp kundnivå</source>
        <translation>kravstopp kundnivå</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+65"/>
        <source>Databasfel vid %1: %2</source>
        <translation>Databasfel vid %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite eller libqt6sql6-psql).</source>
        <translation>Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite eller libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reskontran &quot;%1&quot; finns inte. Skapa den med &quot;reskontra-cli init&quot;.</source>
        <translation>Reskontran &quot;%1&quot; finns inte. Skapa den med &quot;reskontra-cli init&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunde inte öppna reskontran &quot;%1&quot;: %2</source>
        <translation>Kunde inte öppna reskontran &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Databasen &quot;%1&quot; har ingen reskontra. Skapa den med &quot;reskontra-cli --db %2 init&quot;.</source>
        <translation>Databasen &quot;%1&quot; har ingen reskontra. Skapa den med &quot;reskontra-cli --db %2 init&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reskontran &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du öppnar den.</source>
        <translation>Reskontran &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du öppnar den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migreringen %1 saknas i programmet.</source>
        <translation>Migreringen %1 saknas i programmet.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Ändringen avbröts: en del av den misslyckades och allt har återställts.</source>
        <translation>Ändringen avbröts: en del av den misslyckades och allt har återställts.</translation>
    </message>
</context>
<context>
    <name>DateParse</name>
    <message>
        <location filename="../core/dates/dateparse.cpp" line="+66"/>
        <source>Ogiltigt datum &quot;%1&quot;: år 0 finns inte.</source>
        <translation>Ogiltigt datum &quot;%1&quot;: år 0 finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ogiltigt datum &quot;%1&quot;: månad %2 finns inte (01–12).</source>
        <translation>Ogiltigt datum &quot;%1&quot;: månad %2 finns inte (01–12).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ogiltigt datum &quot;%1&quot;: dag 00 finns inte.</source>
        <translation>Ogiltigt datum &quot;%1&quot;: dag 00 finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ogiltigt datum &quot;%1&quot;: %2 har ingen 29 februari (inte skottår).</source>
        <translation>Ogiltigt datum &quot;%1&quot;: %2 har ingen 29 februari (inte skottår).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ogiltigt datum &quot;%1&quot;: %2 %3 har bara %4 dagar.</source>
        <translation>Ogiltigt datum &quot;%1&quot;: %2 %3 har bara %4 dagar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Datum saknas.</source>
        <translation>Datum saknas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datumet &quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;.</source>
        <translation>Datumet &quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skriv ÅÅMMDD, ÅÅÅÅMMDD eller ÅÅÅÅ-MM-DD</source>
        <translation>skriv ÅÅMMDD, ÅÅÅÅMMDD eller ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datumet &quot;%1&quot; har fel form: %2.</source>
        <translation>Datumet &quot;%1&quot; har fel form: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Datumet &quot;%1&quot; har %2 siffror: %3.</source>
        <translation>Datumet &quot;%1&quot; har %2 siffror: %3.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demonames.cpp" line="+25"/>
        <source>Demodatalistan %1 saknas i programmet.</source>
        <translation>Demodatalistan %1 saknas i programmet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demodatalistan %1: raden &quot;%2&quot; har för få fält.</source>
        <translation>Demodatalistan %1: raden &quot;%2&quot; har för få fält.</translation>
    </message>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+171"/>
        <source>Databasfel när demodata skrevs: %1</source>
        <translation>Databasfel när demodata skrevs: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+153"/>
        <source>Antalet fakturor ska vara minst 1.</source>
        <translation>Antalet fakturor ska vara minst 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demodata avbröts; reskontran är oförändrad.</source>
        <translation>Demodata avbröts; reskontran är oförändrad.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Nummerserien för rutin %1 räcker inte till så många fakturor.</source>
        <translation>Nummerserien för rutin %1 räcker inte till så många fakturor.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader (frö %5, dag %6)</source>
        <translation>Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader (frö %5, dag %6)</translation>
    </message>
</context>
<context>
    <name>DunningCodeAssignment</name>
    <message>
        <location filename="../core/dunning/dunningcodes.cpp" line="+58"/>
        <source>Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.</source>
        <translation>Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.</source>
        <translation>Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kravkod borttagen</source>
        <translation>kravkod borttagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kravkod satt</source>
        <translation>kravkod satt</translation>
    </message>
</context>
<context>
    <name>DunningLetter</name>
    <message>
        <location filename="../core/dunning/dunningletter.cpp" line="+88"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
</context>
<context>
    <name>DunningLetterDocument</name>
    <message>
        <location filename="../render/dunningletterdocument.cpp" line="+218"/>
        <source>Specifikation</source>
        <translation>Specifikation</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+197"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fakturans kapitalbelopp</source>
        <translation>Fakturans kapitalbelopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvar att betala av kapitalet</source>
        <translation>Kvar att betala av kapitalet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelseavgifter</source>
        <translation>Påminnelseavgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>varav avgift för detta brev</source>
        <translation>varav avgift för detta brev</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Inkassoavgifter</source>
        <translation>Inkassoavgifter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debiterad dröjsmålsränta</source>
        <translation>Debiterad dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avgift för detta brev (ej uppdebiterad)</source>
        <translation>Avgift för detta brev (ej uppdebiterad)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upplupen dröjsmålsränta t.o.m. %1, ej debiterad</source>
        <translation>Upplupen dröjsmålsränta t.o.m. %1, ej debiterad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ränteberäkning</source>
        <translation>Ränteberäkning</translation>
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
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
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
        <translation>på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbetalningar sedan inkassokravet, avräknade ovan</source>
        <translation>Inbetalningar sedan inkassokravet, avräknade ovan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summa avräknade inbetalningar</source>
        <translation>Summa avräknade inbetalningar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betala senast</source>
        <translation>Betala senast</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon %1</source>
        <translation>Telefon %1</translation>
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
        <translation>Handläggare: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adress skyddad – hanteras manuellt</source>
        <translation>Adress skyddad – hanteras manuellt</translation>
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
        <translation>KOPIA</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Sida %1 (%2)</source>
        <translation>Sida %1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kundnummer %1</source>
        <translation>Kundnummer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Inga brev att skriva ut till %1.</source>
        <translation>Inga brev att skriva ut till %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Påminnelser och krav %1</source>
        <translation>Påminnelser och krav %1</translation>
    </message>
</context>
<context>
    <name>DunningParameters</name>
    <message>
        <location filename="../core/dunning/dunningparameters.cpp" line="+76"/>
        <source>Kravparametrar: blankettypen &quot;%1&quot; finns inte (%2).</source>
        <translation>Kravparametrar: blankettypen &quot;%1&quot; finns inte (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>betalningsdagar för påminnelser</source>
        <translation>betalningsdagar för påminnelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsdagar för restkrav</source>
        <translation>betalningsdagar för restkrav</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravparametrar: %1 måste vara 1–%2, inte %3.</source>
        <translation>Kravparametrar: %1 måste vara 1–%2, inte %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kravparametrar: ett inkassokrav ska ge minst %1 dagar att betala (god inkassosed); betalningsdagar för inkassokrav måste vara %1–%2, inte %3.</source>
        <translation>Kravparametrar: ett inkassokrav ska ge minst %1 dagar att betala (god inkassosed); betalningsdagar för inkassokrav måste vara %1–%2, inte %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kravkod vid betalningsföreläggande</source>
        <translation>kravkod vid betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravkod vid amorteringsplan</source>
        <translation>kravkod vid amorteringsplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravparametrar: %1 %2 finns inte bland kravkoderna.</source>
        <translation>Kravparametrar: %1 %2 finns inte bland kravkoderna.</translation>
    </message>
</context>
<context>
    <name>DunningRun</name>
    <message>
        <location filename="../core/dunning/dunningplanner.cpp" line="+51"/>
        <source>Fakturanummer &quot;%1&quot; får bara innehålla siffror.</source>
        <translation>Fakturanummer &quot;%1&quot; får bara innehålla siffror.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturanummer &quot;%1&quot; ska ha högst 9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot; ska ha högst 9 siffror.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rutin &quot;%1&quot; ska vara två siffror.</source>
        <translation>Rutin &quot;%1&quot; ska vara två siffror.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>BETALNINGSPÅMINNELSE</source>
        <translation>BETALNINGSPÅMINNELSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BETALNINGSPÅMINNELSE 2</source>
        <translation>BETALNINGSPÅMINNELSE 2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Körningsdatum saknas eller är ogiltigt.</source>
        <translation>Körningsdatum saknas eller är ogiltigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</source>
        <translation>Företag t.o.m. %1 ligger före företag fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rutin t.o.m. %1 ligger före rutin fr.o.m. %2.</source>
        <translation>Rutin t.o.m. %1 ligger före rutin fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer t.o.m. %1 ligger före fr.o.m. %2.</source>
        <translation>Fakturanummer t.o.m. %1 ligger före fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förvaltning/avdelning t.o.m. %1 ligger före fr.o.m. %2.</source>
        <translation>Förvaltning/avdelning t.o.m. %1 ligger före fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Inte på fordringar under&quot; ska vara hela kronor, högst 999 kr (nu %1).</source>
        <translation>&quot;Inte på fordringar under&quot; ska vara hela kronor, högst 999 kr (nu %1).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Det finns inget inbetalningssätt att uppdebitera %1 med (debet, avgiftstyp %2). Lägg upp ett under Inbetalningssätt.</source>
        <translation>Det finns inget inbetalningssätt att uppdebitera %1 med (debet, avgiftstyp %2). Lägg upp ett under Inbetalningssätt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påminnelseavgift</source>
        <translation>påminnelseavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravavgift</source>
        <translation>kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dröjsmålsränta</source>
        <translation>dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 finns inte; lägg upp den under Texter eller ändra Inställningar påminnelser/krav.</source>
        <translation>%1 %2 finns inte; lägg upp den under Texter eller ändra Inställningar påminnelser/krav.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>kravkod %1 %2 t.o.m. %3</source>
        <translation>kravkod %1 %2 t.o.m. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkod %1 %2</source>
        <translation>kravkod %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>kunden har påminnelsestopp</source>
        <translation>kunden har påminnelsestopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunden har inkassostopp</source>
        <translation>kunden har inkassostopp</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ingen avgift: saldot är under %1 kr</source>
        <translation>ingen avgift: saldot är under %1 kr</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Upplupen ränta t.o.m. %1</source>
        <translation>Upplupen ränta t.o.m. %1</translation>
    </message>
    <message>
        <location filename="../core/dunning/dunningrun.cpp" line="+81"/>
        <source>företag %1–%2</source>
        <translation>företag %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rutin %1–%2</source>
        <translation>rutin %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>faktura %1–%2</source>
        <translation>faktura %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avdelning %1–%2</source>
        <translation>avdelning %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen avgift under %1 kr</source>
        <translation>ingen avgift under %1 kr</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Transaktionen för faktura %1 kunde inte sparas.</source>
        <translation>Transaktionen för faktura %1 kunde inte sparas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; kör igen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; kör igen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kundreskontra, kravkörning %1 den %2</source>
        <translation>Kundreskontra, kravkörning %1 den %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kravkörning %1: %2 brev, avgifter %3 kr, ränta %4 kr</source>
        <translation>Kravkörning %1: %2 brev, avgifter %3 kr, ränta %4 kr</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+69"/>
        <source>Kravkörning %1 finns inte.</source>
        <translation>Kravkörning %1 finns inte.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Ny handläggare är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Ny handläggare är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kravkörning %1 är redan ångrad (av %2, %3).</source>
        <translation>Kravkörning %1 är redan ångrad (av %2, %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kravkörning %1 kan inte ångras: %2 av dess %3 fakturor har rensats (Rensning betalda fakturor).</source>
        <translation>Kravkörning %1 kan inte ångras: %2 av dess %3 fakturor har rensats (Rensning betalda fakturor).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2 (ändrad av %3, %4)</source>
        <translation>%1/%2 (ändrad av %3, %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravkörning %1 kan inte ångras: fakturor har ändrats sedan körningen: %2.</source>
        <translation>Kravkörning %1 kan inte ångras: fakturor har ändrats sedan körningen: %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>En faktura i kravkörning %1 ändrades under ångringen. Inget ändrades.</source>
        <translation>En faktura i kravkörning %1 ändrades under ångringen. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaktion %1 i kravkörning %2 finns inte längre. Inget ändrades.</source>
        <translation>Transaktion %1 i kravkörning %2 finns inte längre. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bokföringsorder %1 för kravkörning %2 togs bort vid ångring</source>
        <translation>Bokföringsorder %1 för kravkörning %2 togs bort vid ångring</translation>
    </message>
</context>
<context>
    <name>DunningSettings</name>
    <message>
        <location filename="../core/dunning/dunningsettings.cpp" line="+103"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rutin %1</source>
        <translation>Rutin %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rutin &quot;%1&quot; finns inte.</source>
        <translation>Rutin &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: antal dagar %2 ska vara 0–%3.</source>
        <translation>%1: antal dagar %2 ska vara 0–%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: textnummer ska vara 1–9.</source>
        <translation>%1: textnummer ska vara 1–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 %3 finns inte; lägg upp texten först.</source>
        <translation>%1: %2 %3 finns inte; lägg upp texten först.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: handläggaren är %2 tecken, högst %3.</source>
        <translation>%1: handläggaren är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ingen avgift kan tas ut.</source>
        <translation>%1: ingen avgift kan tas ut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: avgiften %2 kr ska vara hela kronor, högst 3 siffror (0–999).</source>
        <translation>%1: avgiften %2 kr ska vara hela kronor, högst 3 siffror (0–999).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: avgiften %2 kr är högre än lagens tak %3 kr (lag 1981:739 4 §). Ange ett skäl för att ändå ta ut den.</source>
        <translation>%1: avgiften %2 kr är högre än lagens tak %3 kr (lag 1981:739 4 §). Ange ett skäl för att ändå ta ut den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: påminnelseavgift får bara tas ut om den avtalats i förväg (lag 1981:739 2 §); markera &quot;påminnelseavgift avtalad&quot; först.</source>
        <translation>%1: påminnelseavgift får bara tas ut om den avtalats i förväg (lag 1981:739 2 §); markera &quot;påminnelseavgift avtalad&quot; först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Påminnelse 2: räknas från påminnelse 1, som inte används.</source>
        <translation>%1, Påminnelse 2: räknas från påminnelse 1, som inte används.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Inkassokrav: utgår från påminnelse 1 (1), som inte används.</source>
        <translation>%1, Inkassokrav: utgår från påminnelse 1 (1), som inte används.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Inkassokrav: utgår från påminnelse 2 (2), som inte används.</source>
        <translation>%1, Inkassokrav: utgår från påminnelse 2 (2), som inte används.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, Inkassokrav: utgångspunkt ska vara 1 (påminnelse 1), 2 (påminnelse 2) eller 9 (förfallodag).</source>
        <translation>%1, Inkassokrav: utgångspunkt ska vara 1 (påminnelse 1), 2 (påminnelse 2) eller 9 (förfallodag).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Inkassokrav: räntan kan bara uppdebiteras om den också skrivs ut.</source>
        <translation>%1, Inkassokrav: räntan kan bara uppdebiteras om den också skrivs ut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, Restkrav: kan bara tas ut efter inkassokrav, som inte används.</source>
        <translation>%1, Restkrav: kan bara tas ut efter inkassokrav, som inte används.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, Restkrav: rubrik (t.ex. RESTKRAV eller ERINRAN) saknas.</source>
        <translation>%1, Restkrav: rubrik (t.ex. RESTKRAV eller ERINRAN) saknas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, Restkrav: rubriken är %2 tecken, högst %3.</source>
        <translation>%1, Restkrav: rubriken är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Inställningar påminnelser/krav upplagda</source>
        <translation>Inställningar påminnelser/krav upplagda</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2 kr &gt; %3 kr: %4 (%5 %6)</source>
        <translation>%1: %2 kr &gt; %3 kr: %4 (%5 %6)</translation>
    </message>
</context>
<context>
    <name>DunningTexts</name>
    <message>
        <location filename="../core/dunning/dunningtexts.cpp" line="+84"/>
        <source>Påminnelsetext</source>
        <translation>Påminnelsetext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassotext</source>
        <translation>Inkassotext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkravstext</source>
        <translation>Restkravstext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text hot om betalningsföreläggande</source>
        <translation>Text hot om betalningsföreläggande</translation>
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
        <translation>%1: textnumret ska vara 1–9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: blankettypen &quot;%2&quot; ska vara F (fakturablankett) eller D (datapost).</source>
        <translation>%1: blankettypen &quot;%2&quot; ska vara F (fakturablankett) eller D (datapost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: texten har %2 rader, högst %3 får plats.</source>
        <translation>%1: texten har %2 rader, högst %3 får plats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: rad %2 är %3 tecken, högst %4 får plats på %5.</source>
        <translation>%1: rad %2 är %3 tecken, högst %4 får plats på %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>datapost</source>
        <translation>datapost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blanketten</source>
        <translation>blanketten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: rad %2 innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>%1: rad %2 innehåller ett styrtecken (t.ex. tabb).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 finns inte.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 används i inställningarna för rutin %2 och kan inte tas bort.</source>
        <translation>%1 används i inställningarna för rutin %2 och kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vi har ännu inte fått betalt för fakturan nedan, trots att förfallodagen har</source>
        <translation>Vi har ännu inte fått betalt för fakturan nedan, trots att förfallodagen har</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passerat. Det kan vara ett förbiseende. Betala i så fall det belopp som står</source>
        <translation>passerat. Det kan vara ett förbiseende. Betala i så fall det belopp som står</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nedan senast på den nya förfallodagen och använd OCR-numret, så att</source>
        <translation>nedan senast på den nya förfallodagen och använd OCR-numret, så att</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningen hamnar rätt.</source>
        <translation>betalningen hamnar rätt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Har du redan betalat kan du bortse från den här påminnelsen. Anser du att</source>
        <translation>Har du redan betalat kan du bortse från den här påminnelsen. Anser du att</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>fakturan är felaktig, kontakta oss snarast på telefonnumret ovan.</source>
        <translation>fakturan är felaktig, kontakta oss snarast på telefonnumret ovan.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dröjsmålsränta enligt räntelagen räknas från dagen efter förfallodagen.</source>
        <translation>Dröjsmålsränta enligt räntelagen räknas från dagen efter förfallodagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vi har tidigare påmint om fakturan nedan men har ännu inte fått betalt.</source>
        <translation>Vi har tidigare påmint om fakturan nedan men har ännu inte fått betalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betala det belopp som står nedan senast på förfallodagen och använd</source>
        <translation>Betala det belopp som står nedan senast på förfallodagen och använd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR-numret, så att betalningen hamnar rätt.</source>
        <translation>OCR-numret, så att betalningen hamnar rätt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalar du inte skickar vi ett inkassokrav. Det medför en inkassoavgift</source>
        <translation>Betalar du inte skickar vi ett inkassokrav. Det medför en inkassoavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>och dröjsmålsränta enligt räntelagen.</source>
        <translation>och dröjsmålsränta enligt räntelagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fordringsägare är avsändaren ovan. Kravet grundar sig på den obetalda</source>
        <translation>Fordringsägare är avsändaren ovan. Kravet grundar sig på den obetalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturan nedan (fakturanummer, fakturadatum och vad fakturan avser).</source>
        <translation>fakturan nedan (fakturanummer, fakturadatum och vad fakturan avser).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapitalbelopp, dröjsmålsränta och avgifter anges var för sig nedan.</source>
        <translation>Kapitalbelopp, dröjsmålsränta och avgifter anges var för sig nedan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsräntan är beräknad enligt räntelagen 6 § på kapitalbeloppet;</source>
        <translation>Dröjsmålsräntan är beräknad enligt räntelagen 6 § på kapitalbeloppet;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period, antal dagar och räntesats för beräkningen anges i specifikationen.</source>
        <translation>period, antal dagar och räntesats för beräkningen anges i specifikationen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betala hela beloppet senast på förfallodagen nedan, som är minst åtta dagar</source>
        <translation>Betala hela beloppet senast på förfallodagen nedan, som är minst åtta dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från detta kravs datum. Anser du att kravet är felaktigt ska du inom samma</source>
        <translation>från detta kravs datum. Anser du att kravet är felaktigt ska du inom samma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tid bestrida det skriftligen och ange skälen, så att vi kan pröva saken.</source>
        <translation>tid bestrida det skriftligen och ange skälen, så att vi kan pröva saken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om du varken betalar eller bestrider kravet inom denna tid kommer vi utan</source>
        <translation>Om du varken betalar eller bestrider kravet inom denna tid kommer vi utan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ytterligare varsel att ansöka om betalningsföreläggande hos Kronofogden.</source>
        <translation>ytterligare varsel att ansöka om betalningsföreläggande hos Kronofogden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det medför ytterligare kostnader för dig och kan leda till en</source>
        <translation>Det medför ytterligare kostnader för dig och kan leda till en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsanmärkning.</source>
        <translation>betalningsanmärkning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vi har tidigare skickat inkassokrav på fordran</source>
        <translation>Vi har tidigare skickat inkassokrav på fordran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nedan. Inbetalningar som gjorts sedan dess är</source>
        <translation>nedan. Inbetalningar som gjorts sedan dess är</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avräknade, men ett belopp återstår att betala.</source>
        <translation>avräknade, men ett belopp återstår att betala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betala det återstående beloppet senast på</source>
        <translation>Betala det återstående beloppet senast på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodagen. Annars ansöker vi utan ytterligare</source>
        <translation>förfallodagen. Annars ansöker vi utan ytterligare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>varsel om betalningsföreläggande hos Kronofogden.</source>
        <translation>varsel om betalningsföreläggande hos Kronofogden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Har du frågor, kontakta handläggaren ovan.</source>
        <translation>Har du frågor, kontakta handläggaren ovan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trots påminnelse och inkassokrav har fordran nedan inte betalats.</source>
        <translation>Trots påminnelse och inkassokrav har fordran nedan inte betalats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Är hela beloppet inte betalt senast på förfallodagen nedan ansöker vi</source>
        <translation>Är hela beloppet inte betalt senast på förfallodagen nedan ansöker vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utan ytterligare varsel om betalningsföreläggande hos Kronofogden.</source>
        <translation>utan ytterligare varsel om betalningsföreläggande hos Kronofogden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ett utslag kan leda till utmätning och till en betalningsanmärkning,</source>
        <translation>Ett utslag kan leda till utmätning och till en betalningsanmärkning,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>och du får då även betala våra kostnader för ansökan.</source>
        <translation>och du får då även betala våra kostnader för ansökan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anser du att kravet är felaktigt, kontakta oss före förfallodagen.</source>
        <translation>Anser du att kravet är felaktigt, kontakta oss före förfallodagen.</translation>
    </message>
</context>
<context>
    <name>EnforcementOffices</name>
    <message>
        <location filename="../core/dunning/enforcementoffices.cpp" line="+51"/>
        <source>Ort: ange orten; den är kronofogdemyndighetens identitet.</source>
        <translation>Ort: ange orten; den är kronofogdemyndighetens identitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort: &quot;%1&quot; är %2 tecken, högst %3.</source>
        <translation>Ort: &quot;%1&quot; är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ort: &quot;%1&quot; innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Ort: &quot;%1&quot; innehåller ett styrtecken (t.ex. tabb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kronofogdemyndighet %1: %2 rader, högst %3.</source>
        <translation>Kronofogdemyndighet %1: %2 rader, högst %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kronofogdemyndighet %1: rad %2 är %3 tecken, högst %4.</source>
        <translation>Kronofogdemyndighet %1: rad %2 är %3 tecken, högst %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kronofogdemyndighet %1: rad %2 innehåller ett styrtecken (t.ex. tabb).</source>
        <translation>Kronofogdemyndighet %1: rad %2 innehåller ett styrtecken (t.ex. tabb).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Det finns ingen kronofogdemyndighet med orten &quot;%1&quot;.</source>
        <translation>Det finns ingen kronofogdemyndighet med orten &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Ids</name>
    <message>
        <location filename="../core/ids/giro.cpp" line="+31"/>
        <source>&quot;%1&quot; har mellanslag inne i numret.</source>
        <translation>&quot;%1&quot; har mellanslag inne i numret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; bara siffror och bindestreck är tillåtna.</source>
        <translation>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; bara siffror och bindestreck är tillåtna.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/ids/swedishid.cpp" line="+160"/>
        <location line="+85"/>
        <source>Fel kontrollsiffra i &quot;%1&quot;: kontrollsiffran ska vara %2.</source>
        <translation>Fel kontrollsiffra i &quot;%1&quot;: kontrollsiffran ska vara %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bankgironummer saknas.</source>
        <translation>Bankgironummer saknas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; är inget bankgironummer: det ska ha 7 eller 8 siffror, skrivna NNN-NNNN eller NNNN-NNNN.</source>
        <translation>&quot;%1&quot; är inget bankgironummer: det ska ha 7 eller 8 siffror, skrivna NNN-NNNN eller NNNN-NNNN.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plusgironummer saknas.</source>
        <translation>Plusgironummer saknas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; är inget plusgironummer: det ska ha 2–8 siffror med bindestreck före kontrollsiffran, t.ex. 5805620-1.</source>
        <translation>&quot;%1&quot; är inget plusgironummer: det ska ha 2–8 siffror med bindestreck före kontrollsiffran, t.ex. 5805620-1.</translation>
    </message>
    <message>
        <location filename="../core/ids/ocr.cpp" line="+29"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ett OCR-nummer har bara siffror.</source>
        <translation>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ett OCR-nummer har bara siffror.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Underlag för OCR-nummer saknas.</source>
        <translation>Underlag för OCR-nummer saknas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OCR-numret för &quot;%1&quot; skulle få %2 siffror; högst %3 är tillåtna.</source>
        <translation>OCR-numret för &quot;%1&quot; skulle få %2 siffror; högst %3 är tillåtna.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OCR-nummer saknas.</source>
        <translation>OCR-nummer saknas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; har %2 siffror; ett OCR-nummer har %3–%4 siffror.</source>
        <translation>&quot;%1&quot; har %2 siffror; ett OCR-nummer har %3–%4 siffror.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fel längdsiffra i OCR-numret &quot;%1&quot;: längdsiffran ska vara %2 (numret har %3 siffror).</source>
        <translation>Fel längdsiffra i OCR-numret &quot;%1&quot;: längdsiffran ska vara %2 (numret har %3 siffror).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fel kontrollsiffra i OCR-numret &quot;%1&quot;: kontrollsiffran ska vara %2.</source>
        <translation>Fel kontrollsiffra i OCR-numret &quot;%1&quot;: kontrollsiffran ska vara %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanumret &quot;%1&quot; ska ha 9 siffror.</source>
        <translation>Fakturanumret &quot;%1&quot; ska ha 9 siffror.</translation>
    </message>
    <message>
        <location filename="../core/ids/swedishid.cpp" line="-163"/>
        <source>Person- eller organisationsnummer saknas.</source>
        <translation>Person- eller organisationsnummer saknas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; har mer än ett skiljetecken.</source>
        <translation>&quot;%1&quot; har mer än ett skiljetecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; har mellanslag inne i numret; skriv siffrorna i följd eller med bindestreck före de fyra sista.</source>
        <translation>&quot;%1&quot; har mellanslag inne i numret; skriv siffrorna i följd eller med bindestreck före de fyra sista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; bara siffror och bindestreck (eller plustecken) är tillåtna.</source>
        <translation>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; bara siffror och bindestreck (eller plustecken) är tillåtna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; har %2 siffror; ett person- eller organisationsnummer har 10 eller 12 siffror.</source>
        <translation>&quot;%1&quot; har %2 siffror; ett person- eller organisationsnummer har 10 eller 12 siffror.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skiljetecknet i &quot;%1&quot; ska stå före de fyra sista siffrorna.</source>
        <translation>Skiljetecknet i &quot;%1&quot; ska stå före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; börjar med %2; ett 12-siffrigt personnummer börjar med 18, 19 eller 20 och ett organisationsnummer med 16 eller 00.</source>
        <translation>&quot;%1&quot; börjar med %2; ett 12-siffrigt personnummer börjar med 18, 19 eller 20 och ett organisationsnummer med 16 eller 00.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot;: ett organisationsnummer skrivs med bindestreck, inte plustecken.</source>
        <translation>&quot;%1&quot;: ett organisationsnummer skrivs med bindestreck, inte plustecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tredje siffran i organisationsnumret &quot;%1&quot; är %2; den ska vara 2 eller högre.</source>
        <translation>Tredje siffran i organisationsnumret &quot;%1&quot; är %2; den ska vara 2 eller högre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Månaden %2 i &quot;%1&quot; finns inte; den ska vara 01–12.</source>
        <translation>Månaden %2 i &quot;%1&quot; finns inte; den ska vara 01–12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dagen %2 i &quot;%1&quot; finns inte; den ska vara 01–31, eller 61–91 i ett samordningsnummer.</source>
        <translation>Dagen %2 i &quot;%1&quot; finns inte; den ska vara 01–31, eller 61–91 i ett samordningsnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Månaden 00 i &quot;%1&quot; finns inte; den används bara i samordningsnummer.</source>
        <translation>Månaden 00 i &quot;%1&quot; finns inte; den används bara i samordningsnummer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot;: födelsedatumet %2 finns inte.</source>
        <translation>&quot;%1&quot;: födelsedatumet %2 finns inte.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Plustecknet i &quot;%1&quot; betyder att personen har fyllt 100 år, men %2 är mindre än 100 år före %3.</source>
        <translation>Plustecknet i &quot;%1&quot; betyder att personen har fyllt 100 år, men %2 är mindre än 100 år före %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Födelsedatumet %2 i &quot;%1&quot; ligger efter %3.</source>
        <translation>Födelsedatumet %2 i &quot;%1&quot; ligger efter %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Födelsenumret 000 i &quot;%1&quot; finns inte; det ska vara 001–999.</source>
        <translation>Födelsenumret 000 i &quot;%1&quot; finns inte; det ska vara 001–999.</translation>
    </message>
    <message>
        <location filename="../core/ids/iban.cpp" line="+106"/>
        <source>IBAN saknas.</source>
        <translation>IBAN saknas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ett IBAN har bara bokstäver A–Z och siffror.</source>
        <translation>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ett IBAN har bara bokstäver A–Z och siffror.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; är inget IBAN: det börjar med landskod (två bokstäver) och två kontrollsiffror, t.ex. SE45.</source>
        <translation>&quot;%1&quot; är inget IBAN: det börjar med landskod (två bokstäver) och två kontrollsiffror, t.ex. SE45.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; har %2 tecken, men ett IBAN från %3 har %4.</source>
        <translation>&quot;%1&quot; har %2 tecken, men ett IBAN från %3 har %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; har %2 tecken, men ett IBAN har %3–%4.</source>
        <translation>&quot;%1&quot; har %2 tecken, men ett IBAN har %3–%4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fel kontrollsiffror i &quot;%1&quot; (modulus 97): med det kontonumret ska de vara %2. Kontrollera numret.</source>
        <translation>Fel kontrollsiffror i &quot;%1&quot; (modulus 97): med det kontonumret ska de vara %2. Kontrollera numret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>BIC saknas.</source>
        <translation>BIC saknas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; är ingen BIC: den har 8 eller 11 tecken, t.ex. ESSESESS, men har %2.</source>
        <translation>&quot;%1&quot; är ingen BIC: den har 8 eller 11 tecken, t.ex. ESSESESS, men har %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; är ingen BIC: de sex första tecknen är bankkod och landskod, bara bokstäver.</source>
        <translation>&quot;%1&quot; är ingen BIC: de sex första tecknen är bankkod och landskod, bara bokstäver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ort och kontor i en BIC är bokstäver eller siffror.</source>
        <translation>&quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;; ort och kontor i en BIC är bokstäver eller siffror.</translation>
    </message>
</context>
<context>
    <name>InterestCalculator</name>
    <message>
        <location filename="../core/interest/interestcalculator.cpp" line="+78"/>
        <source>Ingen ränta: fordran har inget positivt kapitalbelopp (kreditfaktura).</source>
        <translation>Ingen ränta: fordran har inget positivt kapitalbelopp (kreditfaktura).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen ränta: kravkod %1 (%2) utan ränta gäller %3.</source>
        <translation>Ingen ränta: kravkod %1 (%2) utan ränta gäller %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t.o.m. %1</source>
        <translation>t.o.m. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tills vidare</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen ränta: betald %1 inom anståndet (kravkod %2).</source>
        <translation>Ingen ränta: betald %1 inom anståndet (kravkod %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen ränta: ränta räknas först från %1.</source>
        <translation>Ingen ränta: ränta räknas först från %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Varning: referensräntan från %1 är inte bekräftad (UNVERIFIED); kontrollera den under Referensränta.</source>
        <translation>Varning: referensräntan från %1 är inte bekräftad (UNVERIFIED); kontrollera den under Referensränta.</translation>
    </message>
</context>
<context>
    <name>InterestInvoiceDocument</name>
    <message>
        <location filename="../render/interestinvoicedocument.cpp" line="+113"/>
        <source>Dröjsmålsränta på för sent betald faktura</source>
        <translation>Dröjsmålsränta på för sent betald faktura</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+149"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+148"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+55"/>
        <location line="+95"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dagar sent</source>
        <translation>Dagar sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ränteberäkning enligt räntelagen</source>
        <translation>Ränteberäkning enligt räntelagen</translation>
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
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
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
        <translation>på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dröjsmålsränta t.o.m. slutbetalningsdagen %1</source>
        <translation>Dröjsmålsränta t.o.m. slutbetalningsdagen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avgår dröjsmålsränta som redan debiterats</source>
        <translation>Avgår dröjsmålsränta som redan debiterats</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momsreg.nr %1</source>
        <translation>Momsreg.nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon %1</source>
        <translation>Telefon %1</translation>
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
        <translation>Handläggare: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adress skyddad – hanteras manuellt</source>
        <translation>Adress skyddad – hanteras manuellt</translation>
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
        <translation>RÄNTEFAKTURA</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Sida %1 (%2)</source>
        <translation>Sida %1 (%2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Faktura %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Inga räntefakturor att skriva ut till %1.</source>
        <translation>Inga räntefakturor att skriva ut till %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Räntefakturor %1</source>
        <translation>Räntefakturor %1</translation>
    </message>
</context>
<context>
    <name>InterestInvoicing</name>
    <message>
        <location filename="../core/dunning/interestinvoicing.cpp" line="+108"/>
        <source>rutin %1 har ingen rutin för räntefakturor (rutin %2 med räntefakturor för rutin %1 saknas i rutinregistret)</source>
        <translation>rutin %1 har ingen rutin för räntefakturor (rutin %2 med räntefakturor för rutin %1 saknas i rutinregistret)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>konto för ränteintäkter saknas (företag %1, rutin %2)</source>
        <translation>konto för ränteintäkter saknas (företag %1, rutin %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fordringskonto saknas för rutin %1 (företag %2)</source>
        <translation>fordringskonto saknas för rutin %1 (företag %2)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Räntefakturor rutin %1</source>
        <translation>Räntefakturor rutin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kundreskontra, räntefakturering %1</source>
        <translation>Kundreskontra, räntefakturering %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fakturadatum: ange dagens datum för räntefakturorna.</source>
        <translation>Fakturadatum: ange dagens datum för räntefakturorna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minsta ränta: obligatorisk uppgift, hela kronor 0–%1.</source>
        <translation>Minsta ränta: obligatorisk uppgift, hela kronor 0–%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara en siffra, 0–%2.</source>
        <translation>Minsta antal dagar: &quot;%1&quot; ska vara en siffra, 0–%2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Förfallodag: %1 ligger före fakturadatum %2.</source>
        <translation>Förfallodag: %1 ligger före fakturadatum %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handläggare: obligatorisk uppgift (namn och gärna telefonnummer).</source>
        <translation>Handläggare: obligatorisk uppgift (namn och gärna telefonnummer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare: %1 tecken, högst %2 är tillåtet.</source>
        <translation>Handläggare: %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meddelande: %1 rader, högst %2 är tillåtet.</source>
        <translation>Meddelande: %1 rader, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meddelande rad %1: %2 tecken, högst %3 är tillåtet.</source>
        <translation>Meddelande rad %1: %2 tecken, högst %3 är tillåtet.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>företag %1–%2, fakturadatum %3</source>
        <translation>företag %1–%2, fakturadatum %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Räntefaktureringen kan inte köras; inget ändrades. %1</source>
        <translation>Räntefaktureringen kan inte köras; inget ändrades. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Räntefakturering %1</source>
        <translation>Räntefakturering %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Räntefakturorna kunde inte registreras; inget ändrades. %1</source>
        <translation>Räntefakturorna kunde inte registreras; inget ändrades. %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Faktura %1/%2 ändrades av någon annan under räntefaktureringen. Inget ändrades; kör igen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan under räntefaktureringen. Inget ändrades; kör igen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Räntefakturering %1: %2 fakturor, %3 kr, förfallodag %4</source>
        <translation>Räntefakturering %1: %2 fakturor, %3 kr, förfallodag %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kontrollista räntefakturering</source>
        <translation>Kontrollista räntefakturering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefakturor %1</source>
        <translation>Räntefakturor %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturadatum %1, förfallodag %2, handläggare %3</source>
        <translation>Fakturadatum %1, förfallodag %2, handläggare %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Förvaltning/avdelning</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minsta ränta %1 kr, minsta antal dagar %2</source>
        <translation>Minsta ränta %1 kr, minsta antal dagar %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgår debiterad</source>
        <translation>Avgår debiterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att fakturera</source>
        <translation>Att fakturera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefaktura</source>
        <translation>Räntefaktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kan inte faktureras: %1</source>
        <translation>Kan inte faktureras: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totalt: %1 st</source>
        <translation>Totalt: %1 st</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 kan inte faktureras</source>
        <translation>, %1 kan inte faktureras</translation>
    </message>
</context>
<context>
    <name>InterestSettings</name>
    <message>
        <location filename="../core/interest/interestsettings.cpp" line="+53"/>
        <source>Ränta utöver referensräntan: högst 3 siffror varav 1 decimal (0–99,9, handbok 7.2).</source>
        <translation>Ränta utöver referensräntan: högst 3 siffror varav 1 decimal (0–99,9, handbok 7.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar efter fakturadatum: 0–%1.</source>
        <translation>Dagar efter fakturadatum: 0–%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minst antal dagar efter förfallodag: 0–%1.</source>
        <translation>Minst antal dagar efter förfallodag: 0–%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minsta ränta: hela kronor, 0 eller mer (handbok 7.2: &quot;minst det antal kronor som anges&quot;).</source>
        <translation>Minsta ränta: hela kronor, 0 eller mer (handbok 7.2: &quot;minst det antal kronor som anges&quot;).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kravparametrar sparades inte: %1</source>
        <translation>Kravparametrar sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceChangeService</name>
    <message>
        <location filename="../core/ledger/invoicechange.cpp" line="+43"/>
        <source>kl. %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den %1 kl. %2</source>
        <translation>den %1 kl. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturan har ändrats av %1 %2 — ladda om (F7 Ångra läser in den igen). Dina ändringar av faktura %3 är inte sparade.</source>
        <translation>Fakturan har ändrats av %1 %2 — ladda om (F7 Ångra läser in den igen). Dina ändringar av faktura %3 är inte sparade.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 är %2 tecken, högst %3 är tillåtet.</source>
        <translation>%1 är %2 tecken, högst %3 är tillåtet.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Person-/organisationsnumret kan ändras eller fyllas i, men inte tas bort.</source>
        <translation>Person-/organisationsnumret kan ändras eller fyllas i, men inte tas bort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person-/organisationsnummer: %1</source>
        <translation>Person-/organisationsnummer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C/o-namnet</source>
        <translation>C/o-namnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressen</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orten</source>
        <translation>Orten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggaren</source>
        <translation>Handläggaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Fakturan avser&quot;</source>
        <translation>&quot;Fakturan avser&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsbevakningen</source>
        <translation>Betalningsbevakningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förv/avd</source>
        <translation>Förv/avd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landskoden &quot;%1&quot; ska vara två bokstäver, t.ex. NO eller DK.</source>
        <translation>Landskoden &quot;%1&quot; ska vara två bokstäver, t.ex. NO eller DK.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landskoden &quot;%1&quot; finns inte i registret Landskoder.</source>
        <translation>Landskoden &quot;%1&quot; finns inte i registret Landskoder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postnumret &quot;%1&quot; ska vara fem siffror (123 45); ange landskod för en utländsk adress.</source>
        <translation>Postnumret &quot;%1&quot; ska vara fem siffror (123 45); ange landskod för en utländsk adress.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postnumret</source>
        <translation>Postnumret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Förfallodag saknas.</source>
        <translation>Förfallodag saknas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodagen %1 ligger före fakturadatum %2.</source>
        <translation>Förfallodagen %1 ligger före fakturadatum %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Förv/avd &quot;%1&quot; används inte på någon annan faktura i företag %2.</source>
        <translation>Förv/avd &quot;%1&quot; används inte på någon annan faktura i företag %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalningsföreläggande</source>
        <translation>Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 ligger efter dagens datum %3.</source>
        <translation>%1 %2 ligger efter dagens datum %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 ligger före fakturadatum %3.</source>
        <translation>%1 %2 ligger före fakturadatum %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 kräver datum för %2.</source>
        <translation>%1 kräver datum för %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) ligger före %3 (%4).</source>
        <translation>%1 (%2) ligger före %3 (%4).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Påminnelseavgiften</source>
        <translation>Påminnelseavgiften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inkassoavgiften</source>
        <translation>Inkassoavgiften</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kan inte vara negativ.</source>
        <translation>%1 kan inte vara negativ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kan bara minskas eller tas bort här (från %2); avgifter tas ut av kravkörningen.</source>
        <translation>%1 kan bara minskas eller tas bort här (från %2); avgifter tas ut av kravkörningen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2 står kvar utan datum för utskicket; ta bort avgiften när datumet blankas.</source>
        <translation>%1 %2 står kvar utan datum för utskicket; ta bort avgiften när datumet blankas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brevet vars datum blankas tog ut %1 i avgift; minska %2 med den (till högst %3).</source>
        <translation>Brevet vars datum blankas tog ut %1 i avgift; minska %2 med den (till högst %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 är uppdebiterad; annullera den under Registrera manuella (inbetalningssätt med avgiftstyp %3) innan datumet blankas.</source>
        <translation>%1 %2 är uppdebiterad; annullera den under Registrera manuella (inbetalningssätt med avgiftstyp %3) innan datumet blankas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kravkoden ska vara 1–9.</source>
        <translation>Kravkoden ska vara 1–9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.</source>
        <translation>Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ett t.o.m.-datum kräver en kravkod.</source>
        <translation>Ett t.o.m.-datum kräver en kravkod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravkoden skulle gälla t.o.m. %1, som redan har passerats.</source>
        <translation>Kravkoden skulle gälla t.o.m. %1, som redan har passerats.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datumet för betalningsföreläggande blankas men betalningsbevakningen &quot;%1&quot; står kvar. Tryck Enter igen för att spara ändå.</source>
        <translation>Datumet för betalningsföreläggande blankas men betalningsbevakningen &quot;%1&quot; står kvar. Tryck Enter igen för att spara ändå.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ändring av kundfaktura</source>
        <translation>ändring av kundfaktura</translation>
    </message>
</context>
<context>
    <name>InvoiceCopies</name>
    <message>
        <location filename="../core/ledger/invoicecopy.cpp" line="+24"/>
        <source>Ny handläggare är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Ny handläggare är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Företag: skriv 1–3 siffror.</source>
        <translation>Företag: skriv 1–3 siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer fr.o.m.: ange den första fakturans nummer.</source>
        <translation>Fakturanummer fr.o.m.: ange den första fakturans nummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer fr.o.m.: &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Fakturanummer fr.o.m.: &quot;%1&quot; ska vara högst 9 siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer t.o.m.: &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Fakturanummer t.o.m.: &quot;%1&quot; ska vara högst 9 siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer t.o.m. %1 är före fr.o.m. %2.</source>
        <translation>Fakturanummer t.o.m. %1 är före fr.o.m. %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intervallet måste vara inom samma rutin: %1 är rutin %2, %3 är rutin %4.</source>
        <translation>Intervallet måste vara inom samma rutin: %1 är rutin %2, %3 är rutin %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finns inga fakturor %1–%2 i företag %3.</source>
        <translation>Det finns inga fakturor %1–%2 i företag %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervallet %1–%2 har %3 fakturor; högst %4 kopior tas fram åt gången. Dela upp intervallet.</source>
        <translation>Intervallet %1–%2 har %3 fakturor; högst %4 kopior tas fram åt gången. Dela upp intervallet.</translation>
    </message>
</context>
<context>
    <name>InvoiceCopyDocument</name>
    <message>
        <location filename="../render/invoicecopydocument.cpp" line="+20"/>
        <source>Avser: %1</source>
        <translation>Avser: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specifikation</source>
        <translation>Specifikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturabelopp</source>
        <translation>Fakturabelopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalt, krediterat och påfört till och med %1</source>
        <translation>Inbetalt, krediterat och påfört till och med %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FAKTURA</source>
        <translation>FAKTURA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KOPIA</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Det finns inga fakturakopior att skriva.</source>
        <translation>Det finns inga fakturakopior att skriva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturakopior %1–%2</source>
        <translation>Fakturakopior %1–%2</translation>
    </message>
    <message>
        <location filename="../render/invoiceform.cpp" line="+86"/>
        <source>Faktura %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Sida %1 (%2)</source>
        <translation>Sida %1 (%2)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon %1</source>
        <translation>Telefon %1</translation>
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
        <translation>Handläggare: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR-nummer</source>
        <translation>OCR-nummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adress skyddad – hanteras manuellt</source>
        <translation>Adress skyddad – hanteras manuellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../render/invoicecopydocument.cpp" line="-1"/>
        <source>Fakturakopia %1</source>
        <translation>Fakturakopia %1</translation>
    </message>
</context>
<context>
    <name>InvoiceFileReader</name>
    <message>
        <location filename="../core/formats/invoicefile.cpp" line="+184"/>
        <source>citattecknet som öppnar ett fält avslutas aldrig</source>
        <translation>citattecknet som öppnar ett fält avslutas aldrig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tecken efter ett avslutande citattecken; ett fält inom citattecken ska följas av ; eller radslut</source>
        <translation>tecken efter ett avslutande citattecken; ett fält inom citattecken ska följas av ; eller radslut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>citattecken inne i ett fält; skriv hela fältet inom citattecken och dubbla citattecknet (&quot;&quot;)</source>
        <translation>citattecken inne i ett fält; skriv hela fältet inom citattecken och dubbla citattecknet (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sant/falskt</source>
        <translation>sant/falskt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ett tal</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en lista</source>
        <translation>en lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ett objekt</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inget värde</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>beloppet har fler än %1 siffror</source>
        <translation>beloppet har fler än %1 siffror</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>amount_ore ska vara ett heltal (öre)</source>
        <translation>amount_ore ska vara ett heltal (öre)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount_ore &quot;%1&quot; är inget heltal (öre)</source>
        <translation>amount_ore &quot;%1&quot; är inget heltal (öre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amount_ore ska vara ett heltal (öre), inte %1</source>
        <translation>amount_ore ska vara ett heltal (öre), inte %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ange antingen amount eller amount_ore, inte båda</source>
        <translation>ange antingen amount eller amount_ore, inte båda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beloppet saknas (amount eller amount_ore)</source>
        <translation>beloppet saknas (amount eller amount_ore)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount ska vara text som &quot;1234,50&quot; (eller heltal öre i amount_ore), inte %1</source>
        <translation>amount ska vara text som &quot;1234,50&quot; (eller heltal öre i amount_ore), inte %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lines ska vara en lista, inte %1</source>
        <translation>lines ska vara en lista, inte %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en fakturarad ska vara ett objekt</source>
        <translation>en fakturarad ska vara ett objekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>okänt fält &quot;%1&quot; i en fakturarad</source>
        <translation>okänt fält &quot;%1&quot; i en fakturarad</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+217"/>
        <source>ska vara text, inte %1</source>
        <translation>ska vara text, inte %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>filen är inte UTF-8 (spara den som &quot;CSV UTF-8&quot;)</source>
        <translation>filen är inte UTF-8 (spara den som &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>filen är tom; rubrikraden saknas</source>
        <translation>filen är tom; rubrikraden saknas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kolumn %1 saknar rubrik</source>
        <translation>kolumn %1 saknar rubrik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>okänd kolumn &quot;%1&quot;; tillåtna är %2</source>
        <translation>okänd kolumn &quot;%1&quot;; tillåtna är %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kolumnen &quot;%1&quot; finns två gånger</source>
        <translation>kolumnen &quot;%1&quot; finns två gånger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kolumnen &quot;%1&quot; saknas i rubrikraden</source>
        <translation>kolumnen &quot;%1&quot; saknas i rubrikraden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kolumnen &quot;id_number&quot; eller &quot;customer_number&quot; krävs</source>
        <translation>kolumnen &quot;id_number&quot; eller &quot;customer_number&quot; krävs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raden har %1 fält men rubrikraden har %2</source>
        <translation>raden har %1 fält men rubrikraden har %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>filen är tom</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ogiltig JSON: %1</source>
        <translation>ogiltig JSON: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>okänt fält &quot;%1&quot;; filen ska vara en lista av fakturor eller {&quot;invoices&quot;: [...]}</source>
        <translation>okänt fält &quot;%1&quot;; filen ska vara en lista av fakturor eller {&quot;invoices&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;invoices&quot; saknas eller är ingen lista</source>
        <translation>&quot;invoices&quot; saknas eller är ingen lista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>en faktura ska vara ett objekt, inte %1</source>
        <translation>en faktura ska vara ett objekt, inte %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>okänt fält &quot;%1&quot;</source>
        <translation>okänt fält &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>InvoiceRegistration</name>
    <message>
        <location filename="../core/ledger/invoiceregistration.cpp" line="+38"/>
        <source>%1 är %2 tecken, högst %3 är tillåtet</source>
        <translation>%1 är %2 tecken, högst %3 är tillåtet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>företag saknas</source>
        <translation>företag saknas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag &quot;%1&quot; finns inte</source>
        <translation>företag &quot;%1&quot; finns inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>du har inte behörighet att registrera fakturor i företag %1</source>
        <translation>du har inte behörighet att registrera fakturor i företag %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fakturanummer saknas</source>
        <translation>fakturanummer saknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fakturanummer &quot;%1&quot; ska vara 9 siffror</source>
        <translation>fakturanummer &quot;%1&quot; ska vara 9 siffror</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rutin %1 stämmer inte med fakturanumrets början %2</source>
        <translation>rutin %1 stämmer inte med fakturanumrets början %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rutin %1 finns inte</source>
        <translation>rutin %1 finns inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>faktura %1 förekommer två gånger i indata</source>
        <translation>faktura %1 förekommer två gånger i indata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>faktura %1 finns redan i företag %2</source>
        <translation>faktura %1 finns redan i företag %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>person-/organisationsnummer eller kundnummer krävs</source>
        <translation>person-/organisationsnummer eller kundnummer krävs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>person-/organisationsnummer: %1</source>
        <translation>person-/organisationsnummer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>namn saknas</source>
        <translation>namn saknas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>landskoden &quot;%1&quot; finns inte i registret Landskoder</source>
        <translation>landskoden &quot;%1&quot; finns inte i registret Landskoder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fakturadatum saknas eller är ogiltigt</source>
        <translation>fakturadatum saknas eller är ogiltigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>förfallodag saknas eller är ogiltig</source>
        <translation>förfallodag saknas eller är ogiltig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>förfallodagen %1 ligger före fakturadatum %2</source>
        <translation>förfallodagen %1 ligger före fakturadatum %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>beloppet har fler än 10 siffror</source>
        <translation>beloppet har fler än 10 siffror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beloppet får inte vara 0</source>
        <translation>beloppet får inte vara 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OCR-referens &quot;%1&quot;: %2</source>
        <translation>OCR-referens &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fakturaraderna summerar till %1 men beloppet är %2</source>
        <translation>fakturaraderna summerar till %1 men beloppet är %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Företag &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bunt %1 finns inte.</source>
        <translation>Bunt %1 finns inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt %1 är redan godkänd och kan inte ändras.</source>
        <translation>Bunt %1 är redan godkänd och kan inte ändras.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rad %1 finns inte i bunt %2.</source>
        <translation>Rad %1 finns inte i bunt %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bunt %1 är tom.</source>
        <translation>Bunt %1 är tom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rad %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bunt %1 kan inte godkännas: %2</source>
        <translation>Bunt %1 kan inte godkännas: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importen avbröts; ingen faktura har registrerats.</source>
        <translation>Importen avbröts; ingen faktura har registrerats.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 fakturor</source>
        <translation>%1: %2 fakturor</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>registrerad, belopp %1</source>
        <translation>registrerad, belopp %1</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <location filename="../core/ledger/invoicerepository.cpp" line="+148"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceSearch</name>
    <message>
        <location filename="../core/ledger/invoicesearch.cpp" line="+50"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personnummer &quot;%1&quot;: ange 1–10 siffror.</source>
        <translation>Personnummer &quot;%1&quot;: ange 1–10 siffror.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ange kundnummer.</source>
        <translation>Ange kundnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sökbegreppet &quot;%1&quot;: ange 1–30 tecken.</source>
        <translation>Sökbegreppet &quot;%1&quot;: ange 1–30 tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registerid &quot;%1&quot;: ange 1–10 tecken.</source>
        <translation>Registerid &quot;%1&quot;: ange 1–10 tecken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Ogiltigt antal rader.</translation>
    </message>
</context>
<context>
    <name>LedgerBackup</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+75"/>
        <location filename="../core/storage/backuppostgres.cpp" line="+199"/>
        <source>tabellerna schema_migrations, company och invoice saknas</source>
        <translation>tabellerna schema_migrations, company och invoice saknas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; är ingen reskontra: %2.</source>
        <translation>&quot;%1&quot; är ingen reskontra: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Databasfel i &quot;%1&quot;: %2</source>
        <translation>Databasfel i &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reskontran &quot;%1&quot; är öppen i ett annat program (%2 finns kvar). Stäng den överallt och försök igen; ingenting har ändrats.</source>
        <translation>Reskontran &quot;%1&quot; är öppen i ett annat program (%2 finns kvar). Stäng den överallt och försök igen; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite eller libqt6sql6-psql).</source>
        <translation>Databasdrivrutinen %1 saknas (installera libqt6sql6-sqlite eller libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kunde inte öppna &quot;%1&quot;: %2</source>
        <translation>Kunde inte öppna &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Databasfel i &quot;%1&quot; vid %2: %3</source>
        <translation>Databasfel i &quot;%1&quot; vid %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kunde inte skriva &quot;%1&quot; till disken.</source>
        <translation>Kunde inte skriva &quot;%1&quot; till disken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunde inte byta namn på &quot;%1&quot; till &quot;%2&quot;: %3</source>
        <translation>Kunde inte byta namn på &quot;%1&quot; till &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Säkerhetskopian &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du återställer den; ingenting har ändrats.</source>
        <translation>Säkerhetskopian &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du återställer den; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; är ingen säkerhetskopia av en reskontra: %2.</source>
        <translation>&quot;%1&quot; är ingen säkerhetskopia av en reskontra: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; är en mapp; ange en fil att skriva säkerhetskopian till.</source>
        <translation>&quot;%1&quot; är en mapp; ange en fil att skriva säkerhetskopian till.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen &quot;%1&quot; finns redan och skrivs inte över.</source>
        <translation>Filen &quot;%1&quot; finns redan och skrivs inte över.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen &quot;%1&quot; finns inte.</source>
        <translation>Mappen &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Säkerhetskopian kan inte skrivas över reskontran &quot;%1&quot; själv.</source>
        <translation>Säkerhetskopian kan inte skrivas över reskontran &quot;%1&quot; själv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reskontran &quot;%1&quot; finns inte.</source>
        <translation>Reskontran &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; är ingen reskontra: %2</source>
        <translation>&quot;%1&quot; är ingen reskontra: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Säkerhetskopian &quot;%1&quot; finns inte.</source>
        <translation>Säkerhetskopian &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filen är varken en SQLite-databas eller en pg_dump-fil</source>
        <translation>filen är varken en SQLite-databas eller en pg_dump-fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; är en säkerhetskopia av en reskontrafil (SQLite); den kan inte återställas till PostgreSQL-databasen %2.</source>
        <translation>&quot;%1&quot; är en säkerhetskopia av en reskontrafil (SQLite); den kan inte återställas till PostgreSQL-databasen %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; är en säkerhetskopia av en PostgreSQL-reskontra (pg_dump); den kan bara återställas till en postgresql://-reskontra.</source>
        <translation>&quot;%1&quot; är en säkerhetskopia av en PostgreSQL-reskontra (pg_dump); den kan bara återställas till en postgresql://-reskontra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>den har ingen schemaversion</source>
        <translation>den har ingen schemaversion</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Säkerhetskopian och reskontran är samma fil (&quot;%1&quot;).</source>
        <translation>Säkerhetskopian och reskontran är samma fil (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reskontran &quot;%1&quot; finns redan och ersätts inte.</source>
        <translation>Reskontran &quot;%1&quot; finns redan och ersätts inte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kan inte skapa mappen &quot;%1&quot;.</source>
        <translation>Kan inte skapa mappen &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kontrollen av databasen hittade fel: %1</source>
        <translation>kontrollen av databasen hittade fel: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>återställd från säkerhetskopian %1 (schemaversion %2)</source>
        <translation>återställd från säkerhetskopian %1 (schemaversion %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/backuppostgres.cpp" line="-98"/>
        <source>Programmet %1 finns inte på den här datorn; installera paketet postgresql-client.</source>
        <translation>Programmet %1 finns inte på den här datorn; installera paketet postgresql-client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 avslutades med kod %2</source>
        <translation>%1 avslutades med kod %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Databasen %1 innehåller ingen reskontra.</source>
        <translation>Databasen %1 innehåller ingen reskontra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pg_dump kunde inte säkerhetskopiera %1: %2</source>
        <translation>pg_dump kunde inte säkerhetskopiera %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Databasen %1 används av %n andra anslutningar. Stäng Reskontra överallt och försök igen; ingenting har ändrats.</source>
        <translation>
            <numerusform>Databasen %1 används av %n annan anslutning. Stäng Reskontra överallt och försök igen; ingenting har ändrats.</numerusform>
            <numerusform>Databasen %1 används av %n andra anslutningar. Stäng Reskontra överallt och försök igen; ingenting har ändrats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kan inte skapa en tillfällig mapp för återställningen.</source>
        <translation>Kan inte skapa en tillfällig mapp för återställningen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pg_restore kunde inte läsa &quot;%1&quot;: %2</source>
        <translation>pg_restore kunde inte läsa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte skriva &quot;%1&quot;.</source>
        <translation>Kan inte skriva &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Återställningen av %1 misslyckades och är ångrad; databasen är som förut. %2</source>
        <translation>Återställningen av %1 misslyckades och är ångrad; databasen är som förut. %2</translation>
    </message>
</context>
<context>
    <name>LedgerSetup</name>
    <message>
        <location filename="../core/ledger/ledgersetup.cpp" line="+28"/>
        <source>Kommunen</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diverse</source>
        <translation>Diverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hemtjänst</source>
        <translation>Hemtjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnomsorg</source>
        <translation>Barnomsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatten</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjärrvärme</source>
        <translation>Fjärrvärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fasta</source>
        <translation>Fasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyror</source>
        <translation>Hyror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokning</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturaintegration</source>
        <translation>Fakturaintegration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El</source>
        <translation>El</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renhållning</source>
        <translation>Renhållning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samdebitering</source>
        <translation>Samdebitering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slam</source>
        <translation>Slam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Räntefakturor %1</source>
        <translation>Räntefakturor %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inbetalning</source>
        <translation>Inbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kreditfaktura</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annullering</source>
        <translation>Annullering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avskrivning</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återbetalning</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Felregistrering</source>
        <translation>Felregistrering</translation>
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
        <translation>Inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsm.ränta</source>
        <translation>Ej dröjsm.ränta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endast text</source>
        <translation>Endast text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avskr påm.avg</source>
        <translation>Avskr påm.avg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avskr kravavg</source>
        <translation>Avskr kravavg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avskr ränta</source>
        <translation>Avskr ränta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Påm.avgift</source>
        <translation>Påm.avgift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravavgift</source>
        <translation>Kravavgift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dröjsm.ränta</source>
        <translation>Dröjsm.ränta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bestriden</source>
        <translation>Bestriden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anstånd</source>
        <translation>Anstånd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avbetalning</source>
        <translation>Avbetalning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inkassobolag</source>
        <translation>Inkassobolag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningsföre.</source>
        <translation>Betalningsföre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej påminnelse</source>
        <translation>Ej påminnelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ej ränta</source>
        <translation>Ej ränta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reskontran &quot;%1&quot; är redan upplagd.</source>
        <translation>Reskontran &quot;%1&quot; är redan upplagd.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reskontran upplagd</source>
        <translation>Reskontran upplagd</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money/money.cpp" line="+48"/>
        <source>Beloppet saknas.</source>
        <translation>Beloppet saknas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Felaktigt mellanrum i beloppet &quot;%1&quot;.</source>
        <translation>Felaktigt mellanrum i beloppet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Felaktig tusengruppering i beloppet &quot;%1&quot;.</source>
        <translation>Felaktig tusengruppering i beloppet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beloppet &quot;%1&quot; har mer än ett decimaltecken.</source>
        <translation>Beloppet &quot;%1&quot; har mer än ett decimaltecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beloppet &quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;.</source>
        <translation>Beloppet &quot;%1&quot; innehåller otillåtet tecken &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beloppet &quot;%1&quot; saknar siffror.</source>
        <translation>Beloppet &quot;%1&quot; saknar siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beloppet &quot;%1&quot; saknar ören efter decimaltecknet.</source>
        <translation>Beloppet &quot;%1&quot; saknar ören efter decimaltecknet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beloppet &quot;%1&quot; har fler än två decimaler (ören).</source>
        <translation>Beloppet &quot;%1&quot; har fler än två decimaler (ören).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beloppet &quot;%1&quot; har fler än %2 siffror (högst %3 kronor och 2 ören).</source>
        <translation>Beloppet &quot;%1&quot; har fler än %2 siffror (högst %3 kronor och 2 ören).</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Felaktig räntesats &quot;%1&quot;: %2</source>
        <translation>Felaktig räntesats &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Räntesatsen &quot;%1&quot; ligger utanför -100–100 %.</source>
        <translation>Räntesatsen &quot;%1&quot; ligger utanför -100–100 %.</translation>
    </message>
</context>
<context>
    <name>NextInvoiceFile</name>
    <message>
        <location filename="../render/nextinvoicefile.cpp" line="+27"/>
        <source>Mappen &quot;%1&quot; för överföringsfilerna finns inte.</source>
        <translation>Mappen &quot;%1&quot; för överföringsfilerna finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen %1 finns redan; en överföring skrivs aldrig över. Flytta den eller välj en annan mapp.</source>
        <translation>Filen %1 finns redan; en överföring skrivs aldrig över. Flytta den eller välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>NextInvoiceTransfer</name>
    <message>
        <location filename="../core/dunning/nextinvoicetransfer.cpp" line="+50"/>
        <source>personnummer saknas; nästa faktura kan inte hittas</source>
        <translation>personnummer saknas; nästa faktura kan inte hittas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnummer &quot;%1&quot; är inte giltigt; nästa faktura kan inte hittas</source>
        <translation>personnummer &quot;%1&quot; är inte giltigt; nästa faktura kan inte hittas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Överföringsdatum: ange datumet för överföringen.</source>
        <translation>Överföringsdatum: ange datumet för överföringen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>företag %1–%2, överföringsdatum %3</source>
        <translation>företag %1–%2, överföringsdatum %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Faktura %1/%2 ändrades av någon annan under överföringen. Inget ändrades; gör om överföringen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan under överföringen. Inget ändrades; gör om överföringen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Överföring till nästa faktura %1: %2 fordringar, %3 kr, %4 utan personnummer</source>
        <translation>Överföring till nästa faktura %1: %2 fordringar, %3 kr, %4 utan personnummer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Överföring till nästa faktura, rutin %1, %2</source>
        <translation>Överföring till nästa faktura, rutin %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+34"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+51"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Påminnelseavgift</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Kravavgift</source>
        <translation>Kravavgift</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Kontrollista överföring till nästa faktura</source>
        <translation>Kontrollista överföring till nästa faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittenslista överföring till nästa faktura %1</source>
        <translation>Kvittenslista överföring till nästa faktura %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföringsdatum %1</source>
        <translation>Överföringsdatum %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Minsta ränta %1 kr, minsta antal dagar %2</source>
        <translation>Minsta ränta %1 kr, minsta antal dagar %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Överförs inte: %1</source>
        <translation>Överförs inte: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rutin %1: %2 st</source>
        <translation>Rutin %1: %2 st</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Att överföra: %1 st</source>
        <translation>Att överföra: %1 st</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överfört: %1 st</source>
        <translation>Överfört: %1 st</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 utan personnr</source>
        <translation>, %1 utan personnr</translation>
    </message>
</context>
<context>
    <name>OverpaymentRegister</name>
    <message>
        <location filename="../core/payments/overpaymentregister.cpp" line="+84"/>
        <source>Öppen</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Återbetald</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyttad</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Överbetalning nr %1 finns inte.</source>
        <translation>Överbetalning nr %1 finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetalning nr %1 är redan %2.</source>
        <translation>Överbetalning nr %1 är redan %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanumret &quot;%1&quot; ska vara 1–9 siffror.</source>
        <translation>Fakturanumret &quot;%1&quot; ska vara 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Överbetalningen kommer från faktura %1; välj en annan faktura.</source>
        <translation>Överbetalningen kommer från faktura %1; välj en annan faktura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 gäller %2, inte %3 som betalade; en överbetalning flyttas bara till samma kunds fakturor.</source>
        <translation>Faktura %1 gäller %2, inte %3 som betalade; en överbetalning flyttas bara till samma kunds fakturor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faktura %1 har inget att betala (saldo %2).</source>
        <translation>Faktura %1 har inget att betala (saldo %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Överbetalning från %1</source>
        <translation>Överbetalning från %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rest efter flytt av nr %1</source>
        <translation>Rest efter flytt av nr %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Överbetalning nr %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Överbetalning nr %1 ändrades av någon annan samtidigt. Försök igen.</translation>
    </message>
</context>
<context>
    <name>PaidInvoicePurge</name>
    <message>
        <location filename="../core/ledger/paidinvoicepurge.cpp" line="+68"/>
        <source>fakturanummerordning</source>
        <translation>fakturanummerordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>namnordning</source>
        <translation>namnordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnummerordning</source>
        <translation>personnummerordning</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Betalda före: datumet är obligatoriskt (ÅÅMMDD).</source>
        <translation>Betalda före: datumet är obligatoriskt (ÅÅMMDD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ej kravkod: &quot;%1&quot; ska vara en kravkod 1–9.</source>
        <translation>Ej kravkod: &quot;%1&quot; ska vara en kravkod 1–9.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ej kravkod: högst %1 kravkoder kan anges.</source>
        <translation>Ej kravkod: högst %1 kravkoder kan anges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listor: välj minst en kvittenslista (fakturanummer-, namn- eller personnummerordning).</source>
        <translation>Listor: välj minst en kvittenslista (fakturanummer-, namn- eller personnummerordning).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listor: %1 är vald två gånger.</source>
        <translation>Listor: %1 är vald två gånger.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag: alla</source>
        <translation>Företag: alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag: %1</source>
        <translation>Företag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rutin: %1</source>
        <translation>Rutin: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer: %1</source>
        <translation>Fakturanummer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor med saldo noll och betalda före %1</source>
        <translation>Fakturor med saldo noll och betalda före %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ej kravkod: %1</source>
        <translation>Ej kravkod: %1</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Faktura %1/%2 ändrades av någon annan under rensningen. Inget rensades; ta fram listan igen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan under rensningen. Inget rensades; ta fram listan igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rensad betald faktura: %1, belopp %2, inbetalt %3, betald %4, %5 transaktioner, %6 fakturarader</source>
        <translation>Rensad betald faktura: %1, belopp %2, inbetalt %3, betald %4, %5 transaktioner, %6 fakturarader</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rensning betalda fakturor</source>
        <translation>Rensning betalda fakturor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rensning betalda fakturor, betalda före %1</source>
        <translation>Rensning betalda fakturor, betalda före %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturorna att rensa har ändrats sedan listan togs fram (nu %1, listan %2). Inget rensades; ta fram listan igen.</source>
        <translation>Fakturorna att rensa har ändrats sedan listan togs fram (nu %1, listan %2). Inget rensades; ta fram listan igen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rensning betalda fakturor – endast lista</source>
        <translation>Rensning betalda fakturor – endast lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning betalda fakturor – kvittenslista</source>
        <translation>Rensning betalda fakturor – kvittenslista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnr</source>
        <translation>Personnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betald</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalt</source>
        <translation>Inbetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans.</source>
        <translation>Trans.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rensas</source>
        <translation>rensas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rensad</source>
        <translation>rensad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rensas inte: %1</source>
        <translation>rensas inte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Summa %n fakturor</source>
        <translation>
            <numerusform>Summa %n faktura</numerusform>
            <numerusform>Summa %n fakturor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ledger/paidinvoicepurgerules.cpp" line="+36"/>
        <source>transaktioner ej bokförda (kör Uppdatera bokföring först)</source>
        <translation>transaktioner ej bokförda (kör Uppdatera bokföring först)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amorteringsplan %1 pågår (fordringar i planen har saldo)</source>
        <translation>amorteringsplan %1 pågår (fordringar i planen har saldo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>betalningsföreläggande %1 pågår (fordringar i ansökan har saldo)</source>
        <translation>betalningsföreläggande %1 pågår (fordringar i ansökan har saldo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>överbetalning öppen eller ej bokförd</source>
        <translation>överbetalning öppen eller ej bokförd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>betalning placerad från oplacerade ej bokförd</source>
        <translation>betalning placerad från oplacerade ej bokförd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signal på signallistan ej kvitterad</source>
        <translation>signal på signallistan ej kvitterad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differens ej överförd till nästa faktura</source>
        <translation>differens ej överförd till nästa faktura</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>överförd till inkasso, betalningar ej rapporterade till inkassobyrån (saldokorrigering)</source>
        <translation>överförd till inkasso, betalningar ej rapporterade till inkassobyrån (saldokorrigering)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>hör ihop med faktura %1 som inte rensas</source>
        <translation>hör ihop med faktura %1 som inte rensas</translation>
    </message>
</context>
<context>
    <name>PaymentForecast</name>
    <message>
        <location filename="../core/reports/paymentforecast.cpp" line="+54"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rutin &quot;%1&quot;: ange två siffror.</source>
        <translation>Rutin &quot;%1&quot;: ange två siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin: tom %1 ligger före from %2.</source>
        <translation>Rutin: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodatum: tom %1 ligger före from %2.</source>
        <translation>Förfallodatum: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 v.%2</source>
        <translation>%1 v.%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inbetalningsprognos</source>
        <translation>Inbetalningsprognos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag: %1–%2</source>
        <translation>Företag: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rutin: %1–%2</source>
        <translation>Rutin: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodatum: %1–%2</source>
        <translation>Förfallodatum: %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per förfallodag</source>
        <translation>Per förfallodag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per vecka</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per månad</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal fakturor</source>
        <translation>Antal fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förväntat belopp</source>
        <translation>Förväntat belopp</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Summa %1</source>
        <translation>Summa %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message>
        <location filename="../core/payments/importposter.cpp" line="+128"/>
        <source>Databasen gav inget id för den nya raden.</source>
        <translation>Databasen gav inget id för den nya raden.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Faktura %1 ändrades av någon annan under inläsningen. Läs in filen igen.</source>
        <translation>Faktura %1 ändrades av någon annan under inläsningen. Läs in filen igen.</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentimport.cpp" line="+91"/>
        <source>%1 rad %2</source>
        <translation>%1 rad %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Referensen &quot;%1&quot; är inget OCR- eller fakturanummer</source>
        <translation>Referensen &quot;%1&quot; är inget OCR- eller fakturanummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Referensen %1 finns inte i företag %2</source>
        <translation>Referensen %1 finns inte i företag %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referensen %1 passar flera fakturor (%2)</source>
        <translation>Referensen %1 passar flera fakturor (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Beloppet är 0; inget att bokföra</source>
        <translation>Beloppet är 0; inget att bokföra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referens saknas</source>
        <translation>Referens saknas</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Till nästa faktura, %1</source>
        <translation>Till nästa faktura, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Småbelopp 3.4, %1</source>
        <translation>Småbelopp 3.4, %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Avdrag</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avdrag kod %1</source>
        <translation>Avdrag kod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Rest efter fördelning på flera referenser</source>
        <translation>Rest efter fördelning på flera referenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest efter fördelning; %1</source>
        <translation>Rest efter fördelning; %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Filen &quot;%1&quot; är redan inläst: %2.</source>
        <translation>Filen &quot;%1&quot; är redan inläst: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import %1, %2 av %3 (%4)</source>
        <translation>import %1, %2 av %3 (%4)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hämtning från bankgiro</source>
        <translation>Hämtning från bankgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från plusgiro</source>
        <translation>Hämtning från plusgiro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mottagarbankgiro %1 tillhör inget företag i reskontran</source>
        <translation>mottagarbankgiro %1 tillhör inget företag i reskontran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarplusgiro %1 tillhör inget företag i reskontran</source>
        <translation>mottagarplusgiro %1 tillhör inget företag i reskontran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mottagarbankgiro %1 tillhör företag %2, som du inte har behörighet till</source>
        <translation>mottagarbankgiro %1 tillhör företag %2, som du inte har behörighet till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mottagarplusgiro %1 tillhör företag %2, som du inte har behörighet till</source>
        <translation>mottagarplusgiro %1 tillhör företag %2, som du inte har behörighet till</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+4"/>
        <source>Inläsningen avbröts; ingenting har ändrats.</source>
        <translation>Inläsningen avbröts; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 betalningar, %4 kr, %5 oplacerade, %6 överbetalningar%7</source>
        <translation>%1 %2: %3 betalningar, %4 kr, %5 oplacerade, %6 överbetalningar%7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (inläst igen)</source>
        <translation> (inläst igen)</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <location filename="../core/reports/paymentlist.cpp" line="+40"/>
        <source>%1: tom-datum %2 ligger före from-datum %3.</source>
        <translation>%1: tom-datum %2 ligger före from-datum %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturanummer: tom %1 ligger före from %2.</source>
        <translation>Fakturanummer: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Transaktionsdatum</source>
        <translation>Transaktionsdatum</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Bokföringsdatum</source>
        <translation>Bokföringsdatum</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Inbetalningssätt &quot;%1&quot;: ange ett tecken.</source>
        <translation>Inbetalningssätt &quot;%1&quot;: ange ett tecken.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Inbetalningslista</source>
        <translation>Inbetalningslista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inrapporteringsdatum från: %1</source>
        <translation>Inrapporteringsdatum från: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt: %1</source>
        <translation>Inbetalningssätt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast automatinbetalningar</source>
        <translation>Endast automatinbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej automatinbetalningar</source>
        <translation>Ej automatinbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans.datum</source>
        <translation>Trans.datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inrapp.</source>
        <translation>Inrapp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokförd</source>
        <translation>Bokförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n st</numerusform>
            <numerusform>%1, %n st</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+107"/>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+46"/>
        <source>Summa %1 %2</source>
        <translation>Summa %1 %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+38"/>
        <source>Summa %1</source>
        <translation>Summa %1</translation>
    </message>
</context>
<context>
    <name>PaymentOrderDocument</name>
    <message>
        <location filename="../render/paymentorderdocument.cpp" line="+67"/>
        <source>Ansökan nr %1</source>
        <translation>Ansökan nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTKAST – inte registrerad</source>
        <translation>UTKAST – inte registrerad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ANSÖKAN OM BETALNINGSFÖRELÄGGANDE</source>
        <translation>ANSÖKAN OM BETALNINGSFÖRELÄGGANDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökningsdatum %1</source>
        <translation>Ansökningsdatum %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skyddad identitet – adressen lämnas inte ut</source>
        <translation>Skyddad identitet – adressen lämnas inte ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Till Kronofogden</source>
        <translation>Till Kronofogden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svarande (gäldenär)</source>
        <translation>Svarande (gäldenär)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer %1</source>
        <translation>Personnummer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sökande</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombud</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Företag/faktura</source>
        <translation>Företag/faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Ränta från</source>
        <translation>Ränta från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Räntesats</source>
        <translation>Räntesats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta</source>
        <translation>Upplupen ränta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grund: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yrkade kostnader i målet</source>
        <translation>Yrkade kostnader i målet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yrkade inkassokostnader</source>
        <translation>Yrkade inkassokostnader</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upplupen ränta t.o.m. %1</source>
        <translation>Upplupen ränta t.o.m. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader i målet</source>
        <translation>Kostnader i målet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokostnader</source>
        <translation>Inkassokostnader</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summa per ansökningsdagen</source>
        <translation>Summa per ansökningsdagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handräckning/panträtt</source>
        <translation>Handräckning/panträtt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökan avser även handräckning enligt bilaga</source>
        <translation>Ansökan avser även handräckning enligt bilaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökan avser fastställande till betalning ur pant enligt bifogat fortsättningsblad</source>
        <translation>Ansökan avser fastställande till betalning ur pant enligt bifogat fortsättningsblad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verkställighet</source>
        <translation>Verkställighet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utmätning (begränsad)</source>
        <translation>Utmätning (begränsad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utmätning (fullständig)</source>
        <translation>Utmätning (fullständig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begär inte verkställighet</source>
        <translation>Begär inte verkställighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begär utmätning av fast egendom</source>
        <translation>Begär utmätning av fast egendom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen ansökningsavgift anges.</source>
        <translation>Ingen ansökningsavgift anges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsavgiften %1 kr bifogas.</source>
        <translation>Ansökningsavgiften %1 kr bifogas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsavgiften %1 kr betalas till Kronofogdens plusgirokonto %2.</source>
        <translation>Ansökningsavgiften %1 kr betalas till Kronofogdens plusgirokonto %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ansökningsavgift</source>
        <translation>Ansökningsavgift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fordringar</source>
        <translation>Fordringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ränta: %1. Räntan yrkas från angiven dag till dess betalning sker.</source>
        <translation>Ränta: %1. Räntan yrkas från angiven dag till dess betalning sker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Särskilda skäl för kostnader över normalbeloppen: %1</source>
        <translation>Särskilda skäl för kostnader över normalbeloppen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sammanställning</source>
        <translation>Sammanställning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Särskilda upplysningar</source>
        <translation>Särskilda upplysningar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ort och datum</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underskrift</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namnförtydligande</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ansökan om betalningsföreläggande – %1 %2 – sida %3 av %4</source>
        <translation>Ansökan om betalningsföreläggande – %1 %2 – sida %3 av %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ansökan om betalningsföreläggande %1</source>
        <translation>Ansökan om betalningsföreläggande %1</translation>
    </message>
</context>
<context>
    <name>PaymentOrderService</name>
    <message>
        <location filename="../core/dunning/paymentorder.cpp" line="+114"/>
        <source>Övrig inkassokostnad</source>
        <translation>Övrig inkassokostnad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+397"/>
        <source>Ansökningsavgift</source>
        <translation>Ansökningsavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+3"/>
        <source>Eget arbete/ombudsarvode</source>
        <translation>Eget arbete/ombudsarvode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registreringsbevis</source>
        <translation>Registreringsbevis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Övriga kostnader (enligt bilaga)</source>
        <translation>Övriga kostnader (enligt bilaga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+2"/>
        <source>Betalningspåminnelse</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+4"/>
        <source>Kravbrev</source>
        <translation>Kravbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderservice.cpp" line="+3"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Faktura %1 av %2</source>
        <translation>Faktura %1 av %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alternativ 1: referensräntan + %1 procentenheter (räntelagen 6 §)</source>
        <translation>Alternativ 1: referensräntan + %1 procentenheter (räntelagen 6 §)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternativ 2: %1 %, grund: %2</source>
        <translation>Alternativ 2: %1 %, grund: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternativ 3: ingen ränta yrkas</source>
        <translation>Alternativ 3: ingen ränta yrkas</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentorderservice.cpp" line="-360"/>
        <source>%1: ange namn och adress (minst rad 1).</source>
        <translation>%1: ange namn och adress (minst rad 1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: högst %2 rader, inte %3.</source>
        <translation>%1: högst %2 rader, inte %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: rad %2 är %3 tecken, högst %4.</source>
        <translation>%1: rad %2 är %3 tecken, högst %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: beloppet får inte vara negativt.</source>
        <translation>%1: beloppet får inte vara negativt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ange hela kronor, inte %2.</source>
        <translation>%1: ange hela kronor, inte %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: högst 4 siffror (9 999 kr), inte %2 kr.</source>
        <translation>%1: högst 4 siffror (9 999 kr), inte %2 kr.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rutin %1</source>
        <translation>Rutin %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+151"/>
        <source>Personnummer: %1</source>
        <translation>Personnummer: %1</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Sökande</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sökandens organisationsnummer: saknas (10 siffror).</source>
        <translation>Sökandens organisationsnummer: saknas (10 siffror).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sökandens organisationsnummer: ange 10 siffror, inte &quot;%1&quot;.</source>
        <translation>Sökandens organisationsnummer: ange 10 siffror, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sökandens organisationsnummer: %1</source>
        <translation>Sökandens organisationsnummer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottagande kronofogdemyndighet</source>
        <translation>Mottagande kronofogdemyndighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ombud</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsavgift att betala</source>
        <translation>Ansökningsavgift att betala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ansökningsavgift: ange Kronofogdens plusgirokonto eller markera att avgiften bifogas.</source>
        <translation>Ansökningsavgift: ange Kronofogdens plusgirokonto eller markera att avgiften bifogas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ansökningsavgift: ange plusgirokonto eller bifogas, inte båda.</source>
        <translation>Ansökningsavgift: ange plusgirokonto eller bifogas, inte båda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plusgirokonto: %1</source>
        <translation>Plusgirokonto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verkställighet: välj utmätning (begränsad), utmätning (fullständig) eller begär inte verkställighet.</source>
        <translation>Verkställighet: välj utmätning (begränsad), utmätning (fullständig) eller begär inte verkställighet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verkställighet: utmätning av fast egendom kan inte begäras när verkställighet inte begärs.</source>
        <translation>Verkställighet: utmätning av fast egendom kan inte begäras när verkställighet inte begärs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ansökningsdatum: saknas.</source>
        <translation>Ansökningsdatum: saknas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturor: ange minst en faktura.</source>
        <translation>Fakturor: ange minst en faktura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturor: högst %1 fakturor på ett betalningsföreläggande, inte %2.</source>
        <translation>Fakturor: högst %1 fakturor på ett betalningsföreläggande, inte %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rad %1: </source>
        <translation>Rad %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avser är %1 tecken, högst %2.</source>
        <translation>Avser är %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag saknas.</source>
        <translation>Företag saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dunning/paymentorderstore.cpp" line="+111"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Företag &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturanummer saknas.</source>
        <translation>Fakturanummer saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; är inget fakturanummer (högst 9 siffror).</source>
        <translation>&quot;%1&quot; är inget fakturanummer (högst 9 siffror).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 står redan på rad %2.</source>
        <translation>Faktura %1 står redan på rad %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 finns inte på företag %2.</source>
        <translation>Faktura %1 finns inte på företag %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faktura %1 är en kreditfaktura.</source>
        <translation>Faktura %1 är en kreditfaktura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktura %1 har inget obetalt kapitalbelopp (saldo %2).</source>
        <translation>Faktura %1 har inget obetalt kapitalbelopp (saldo %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 har redan betalningsföreläggande %2; ta bort datumet på fakturan för att söka igen.</source>
        <translation>Faktura %1 har redan betalningsföreläggande %2; ta bort datumet på fakturan för att söka igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faktura %1 har inte förfallit till betalning (förfallodag %2).</source>
        <translation>Faktura %1 har inte förfallit till betalning (förfallodag %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>det angivna %1</source>
        <translation>det angivna %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 på rad %2</source>
        <translation>%1 på rad %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rad %1: faktura %2/%3 gäller personnummer %4, inte %5; ett betalningsföreläggande gäller en gäldenär.</source>
        <translation>Rad %1: faktura %2/%3 gäller personnummer %4, inte %5; ett betalningsföreläggande gäller en gäldenär.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personnummer: ingen av fakturorna har personnummer; ange gäldenärens.</source>
        <translation>Personnummer: ingen av fakturorna har personnummer; ange gäldenärens.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Räntesats: ange hela procent 1–99 för alternativ 2.</source>
        <translation>Räntesats: ange hela procent 1–99 för alternativ 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grund: ange varför annan räntesats yrkas (alternativ 2).</source>
        <translation>Grund: ange varför annan räntesats yrkas (alternativ 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Räntesats: anges bara med alternativ 2.</source>
        <translation>Räntesats: anges bara med alternativ 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund: anges bara med alternativ 2.</source>
        <translation>Grund: anges bara med alternativ 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grund: %1 tecken, högst %2.</source>
        <translation>Grund: %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Särskilda upplysningar: %1 tecken, högst %2.</source>
        <translation>Särskilda upplysningar: %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Övrig inkassokostnad: benämningen är %1 tecken, högst %2.</source>
        <translation>Övrig inkassokostnad: benämningen är %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Övrig inkassokostnad: ange vad kostnaden avser.</source>
        <translation>Övrig inkassokostnad: ange vad kostnaden avser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Övrig inkassokostnad: ange beloppet för &quot;%1&quot;.</source>
        <translation>Övrig inkassokostnad: ange beloppet för &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kronofogdens avgift, förordning 1992:1094</source>
        <translation>Kronofogdens avgift, förordning 1992:1094</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lag 1990:746 48 §</source>
        <translation>lag 1990:746 48 §</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n påminnelse(r) med avtalad avgift à 60 kr, lag 1981:739 2 och 4 §§</source>
        <translation>
            <numerusform>%n påminnelse med avtalad avgift à 60 kr, lag 1981:739 2 och 4 §§</numerusform>
            <numerusform>%n påminnelser med avtalad avgift à 60 kr, lag 1981:739 2 och 4 §§</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n inkassokrav à 180 kr, lag 1981:739 4 §</source>
        <translation>
            <numerusform>%n inkassokrav à 180 kr, lag 1981:739 4 §</numerusform>
            <numerusform>%n inkassokrav à 180 kr, lag 1981:739 4 §</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n amorteringsplan(er) à 170 kr, lag 1981:739 4 §</source>
        <translation>
            <numerusform>%n amorteringsplan à 170 kr, lag 1981:739 4 §</numerusform>
            <numerusform>%n amorteringsplaner à 170 kr, lag 1981:739 4 §</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 kr är mer än högst %3 kr (%4).</source>
        <translation>%1: %2 kr är mer än högst %3 kr (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ange skäl för att yrka mer, eller sänk beloppet.</source>
        <translation>Ange skäl för att yrka mer, eller sänk beloppet.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ref.räntan + %1</source>
        <translation>ref.räntan + %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rad %1: faktura %2/%3: %4</source>
        <translation>Rad %1: faktura %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentorderstore.cpp" line="+17"/>
        <source>sökandeuppgifter betalningsföreläggande</source>
        <translation>sökandeuppgifter betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>betalningsföreläggande %1</source>
        <translation>betalningsföreläggande %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faktura %1/%2 ändrades av någon annan samtidigt. Ingenting ändrades; försök igen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan samtidigt. Ingenting ändrades; försök igen.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 %2: %n fordringar, totalt %3 kr</source>
        <translation>
            <numerusform>%1 %2: %n fordran, totalt %3 kr</numerusform>
            <numerusform>%1 %2: %n fordringar, totalt %3 kr</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Betalningsföreläggande %1 finns inte.</source>
        <translation>Betalningsföreläggande %1 finns inte.</translation>
    </message>
</context>
<context>
    <name>PaymentOrderXml</name>
    <message>
        <location filename="../core/dunning/paymentorderxml.cpp" line="+217"/>
        <location line="+6"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentParameters</name>
    <message>
        <location filename="../core/payments/paymentparameters.cpp" line="+69"/>
        <source>%1: %2 kr ska vara 0–%3 kr.</source>
        <translation>%1: %2 kr ska vara 0–%3 kr.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Inbetalningssätt bankgiro</source>
        <translation>Inbetalningssätt bankgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt plusgiro</source>
        <translation>Inbetalningssätt plusgiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt inkasso</source>
        <translation>Inbetalningssätt inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskr underbet.</source>
        <translation>Avskr underbet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt avskrivning underbetalning</source>
        <translation>Inbetalningssätt avskrivning underbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskr överbet.</source>
        <translation>Avskr överbet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt avskrivning överbetalning</source>
        <translation>Inbetalningssätt avskrivning överbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avdrag BG/PG</source>
        <translation>Avdrag BG/PG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt avdrag</source>
        <translation>Inbetalningssätt avdrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; ska vara en kod på ett tecken.</source>
        <translation>%1: &quot;%2&quot; ska vara en kod på ett tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: inbetalningssätt &quot;%2&quot; finns inte (lägg upp det under Inbetalningssätt, 8.1).</source>
        <translation>%1: inbetalningssätt &quot;%2&quot; finns inte (lägg upp det under Inbetalningssätt, 8.1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: inbetalningssätt %2 (%3) ska vara ett %4-sätt utan avgiftstyp och inte endast text.</source>
        <translation>%1: inbetalningssätt %2 (%3) ska vara ett %4-sätt utan avgiftstyp och inte endast text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Belopp vid överbetalning</source>
        <translation>Belopp vid överbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp vid underbetalning</source>
        <translation>Belopp vid underbetalning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontot &quot;%1&quot; ska vara 1–%2 siffror.</source>
        <translation>Kontot &quot;%1&quot; ska vara 1–%2 siffror.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inkassobolagets giro &quot;%1&quot; är varken ett bankgiro- eller plusgironummer: %2</source>
        <translation>Inkassobolagets giro &quot;%1&quot; är varken ett bankgiro- eller plusgironummer: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
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
        <translation>Amorteringsplan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+207"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Telefon %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Personnr %1</source>
        <translation>Personnr %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borgenär</source>
        <translation>Borgenär</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gäldenär</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fordran</source>
        <translation>Fordran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+105"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Påm.avg</source>
        <translation>Påm.avg</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+104"/>
        <source>Avgifter</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+66"/>
        <location line="+38"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+128"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Faktura %1/%2</source>
        <translation>Faktura %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+44"/>
        <source>Total skuld</source>
        <translation>Total skuld</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Ränta beräknad t.o.m. %1. Avgifter = kravavgift och övriga avgifter.</source>
        <translation>Ränta beräknad t.o.m. %1. Avgifter = kravavgift och övriga avgifter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>* Angiven ränta.</source>
        <translation>* Angiven ränta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kr i %2 månader, därefter %3 kr</source>
        <translation>%1 kr i %2 månader, därefter %3 kr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen ränta tas ut.</source>
        <translation>Ingen ränta tas ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta på kvarstående kapital mellan betalningsdagarna: referensräntan + %1 procentenheter.</source>
        <translation>Dröjsmålsränta på kvarstående kapital mellan betalningsdagarna: referensräntan + %1 procentenheter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Första betalningsdag</source>
        <translation>Första betalningsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsdag</source>
        <translation>Betalningsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den sista i varje månad</source>
        <translation>den sista i varje månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den %1 i varje månad</source>
        <translation>den %1 i varje månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månadsbelopp</source>
        <translation>Månadsbelopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aviseringsavgift</source>
        <translation>Aviseringsavgift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kr per delbetalning</source>
        <translation>%1 kr per delbetalning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antal delbetalningar</source>
        <translation>Antal delbetalningar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny ränta under planen</source>
        <translation>Ny ränta under planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aviseringsavgifter</source>
        <translation>Aviseringsavgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att betala totalt</source>
        <translation>Att betala totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>varav ränta</source>
        <translation>varav ränta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avisering</source>
        <translation>Avisering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kvar</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>AMORTERINGSPLAN</source>
        <translation>AMORTERINGSPLAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan nr %1, upprättad %2</source>
        <translation>Plan nr %1, upprättad %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprättad %1</source>
        <translation>Upprättad %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fordringar</source>
        <translation>Fordringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villkor</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningsplan</source>
        <translation>Betalningsplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Betalningarna görs senast på betalningsdagen. Uteblir en betalning kan hela den återstående skulden krävas.</source>
        <translation>Betalningarna görs senast på betalningsdagen. Uteblir en betalning kan hela den återstående skulden krävas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ort och datum</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gäldenärens underskrift</source>
        <translation>Gäldenärens underskrift</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sida %1 (%2)</source>
        <translation>Sida %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentPlanService</name>
    <message>
        <location filename="../core/dunning/paymentplan.cpp" line="+189"/>
        <source>Räntan efter %1 är beräknad med den senast kända referensräntan %2 %; den verkliga räntan följer referensräntan.</source>
        <translation>Räntan efter %1 är beräknad med den senast kända referensräntan %2 %; den verkliga räntan följer referensräntan.</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentplancheck.cpp" line="+77"/>
        <source>Gäldenär: namn saknas.</source>
        <translation>Gäldenär: namn saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär: personnummer saknas.</source>
        <translation>Gäldenär: personnummer saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär: personnummer %1: %2</source>
        <translation>Gäldenär: personnummer %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gäldenär: personnummer 2 %1: %2</source>
        <translation>Gäldenär: personnummer 2 %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär: namn 2 saknas för personnummer 2.</source>
        <translation>Gäldenär: namn 2 saknas för personnummer 2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>namn</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>namn 2</source>
        <translation>namn 2</translation>
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
        <translation>adress</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>postnummer</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>ort</source>
        <translation>ort</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Gäldenär: %1 är längre än %2 tecken.</source>
        <translation>Gäldenär: %1 är längre än %2 tecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ange minst en faktura eller en övrig fordran.</source>
        <translation>Ange minst en faktura eller en övrig fordran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Högst %1 fakturor kan ingå i en amorteringsplan; %2 är angivna.</source>
        <translation>Högst %1 fakturor kan ingå i en amorteringsplan; %2 är angivna.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rad %1: faktura %2 finns redan på rad %3.</source>
        <translation>Rad %1: faktura %2 finns redan på rad %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rad %1: faktura %2 gäller %3, inte gäldenären %4.</source>
        <translation>Rad %1: faktura %2 gäller %3, inte gäldenären %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rad %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Högst %1 övriga fordringar kan anges; %2 är angivna.</source>
        <translation>Högst %1 övriga fordringar kan anges; %2 är angivna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Övrig fordran rad %1</source>
        <translation>Övrig fordran rad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text saknas.</source>
        <translation>%1: text saknas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: texten är %2 tecken, högst %3.</source>
        <translation>%1: texten är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: skulden ska vara större än 0.</source>
        <translation>%1: skulden ska vara större än 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ange förfallodag eller ränta, inte båda.</source>
        <translation>%1: ange förfallodag eller ränta, inte båda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: räntan kan inte vara negativ.</source>
        <translation>%1: räntan kan inte vara negativ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Borgenär: organisationsnummer ska vara 10 siffror (&quot;%1&quot;).</source>
        <translation>Borgenär: organisationsnummer ska vara 10 siffror (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borgenär: organisationsnummer %1 har fel kontrollsiffra.</source>
        <translation>Borgenär: organisationsnummer %1 har fel kontrollsiffra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borgenär: namn saknas.</source>
        <translation>Borgenär: namn saknas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>telefon</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borgenär: %1 är längre än %2 tecken.</source>
        <translation>Borgenär: %1 är längre än %2 tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borgenär: plusgironummer eller bankgironummer måste anges.</source>
        <translation>Borgenär: plusgironummer eller bankgironummer måste anges.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borgenär: plusgironummer %1: %2</source>
        <translation>Borgenär: plusgironummer %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>högst 8 siffror</source>
        <translation>högst 8 siffror</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Borgenär: bankgironummer %1: %2</source>
        <translation>Borgenär: bankgironummer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Första betalningsdag saknas.</source>
        <translation>Första betalningsdag saknas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Första betalningsdag %1 är före planens datum %2.</source>
        <translation>Första betalningsdag %1 är före planens datum %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sista i varje månad: första betalningsdag %1 är inte den sista i månaden (%2).</source>
        <translation>Sista i varje månad: första betalningsdag %1 är inte den sista i månaden (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ska vara större än 0.</source>
        <translation>%1 ska vara större än 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 anges i hela kronor.</source>
        <translation>%1 anges i hela kronor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 har högst 8 siffror.</source>
        <translation>%1 har högst 8 siffror.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månadsbelopp</source>
        <translation>Månadsbelopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I antal månader: 1–%1 (%2 angivet).</source>
        <translation>I antal månader: 1–%1 (%2 angivet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Därefter (nytt månadsbelopp)</source>
        <translation>Därefter (nytt månadsbelopp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ange i hur många månader %1 kr betalas innan beloppet blir %2 kr.</source>
        <translation>Ange i hur många månader %1 kr betalas innan beloppet blir %2 kr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aviseringsavgift anges i hela kronor med högst 3 siffror.</source>
        <translation>Aviseringsavgift anges i hela kronor med högst 3 siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aviseringsavgiften %1 kr är över lagens gräns %2 kr för amorteringsplan (lag 1981:739 4 §); ange skäl för att ta ut den.</source>
        <translation>Aviseringsavgiften %1 kr är över lagens gräns %2 kr för amorteringsplan (lag 1981:739 4 §); ange skäl för att ta ut den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kompletterande text: högst %1 rader (%2 angivna).</source>
        <translation>Kompletterande text: högst %1 rader (%2 angivna).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kompletterande text rad %1 är %2 tecken, högst %3.</source>
        <translation>Kompletterande text rad %1 är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location filename="../core/dunning/paymentplanservice.cpp" line="+74"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Faktura %1 har ingen skuld (saldo %2).</source>
        <translation>Faktura %1 har ingen skuld (saldo %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktura %1 ingår redan i en amorteringsplan från %2; blanka datumet för amorteringsplan på fakturan för att ta fram en ny.</source>
        <translation>Faktura %1 ingår redan i en amorteringsplan från %2; blanka datumet för amorteringsplan på fakturan för att ta fram en ny.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ej ränta</source>
        <translation>Ej ränta</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Planen blir längre än %1 månader.</source>
        <translation>Planen blir längre än %1 månader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget månadsbelopp med högst 8 siffror räcker.</source>
        <translation>Inget månadsbelopp med högst 8 siffror räcker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Med %1 kr i %2 månader räcker %3 kr per månad därefter.</source>
        <translation>Med %1 kr i %2 månader räcker %3 kr per månad därefter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Månadsbelopp som räcker: %1 kr (angivet %2 kr).</source>
        <translation>Månadsbelopp som räcker: %1 kr (angivet %2 kr).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>borgenär för amorteringsplaner</source>
        <translation>borgenär för amorteringsplaner</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Faktura %1 ändrades av någon annan under tiden. Inget ändrades; gör kontrollen igen.</source>
        <translation>Faktura %1 ändrades av någon annan under tiden. Inget ändrades; gör kontrollen igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amorteringsplan</source>
        <translation>amorteringsplan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>aviseringsavgift %1 kr över gränsen %2 kr: %3</source>
        <translation>aviseringsavgift %1 kr över gränsen %2 kr: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amorteringsplan för %1 (%2): skuld %3 kr, %4 delbetalningar %5–%6</source>
        <translation>Amorteringsplan för %1 (%2): skuld %3 kr, %4 delbetalningar %5–%6</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Faktura %1 har inget datum för amorteringsplan.</source>
        <translation>Faktura %1 har inget datum för amorteringsplan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>datum för amorteringsplan blankat</source>
        <translation>datum för amorteringsplan blankat</translation>
    </message>
</context>
<context>
    <name>PaymentRegistration</name>
    <message>
        <location filename="../core/payments/paymentregistration.cpp" line="+121"/>
        <source>Företag saknas.</source>
        <translation>Företag saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+121"/>
        <source>Företag &quot;%1&quot; finns inte.</source>
        <translation>Företag &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Transaktionsdatum saknas eller är ogiltigt.</source>
        <translation>Transaktionsdatum saknas eller är ogiltigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaktionsdatum %1 ligger efter dagens datum %2.</source>
        <translation>Transaktionsdatum %1 ligger efter dagens datum %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt saknas.</source>
        <translation>Inbetalningssätt saknas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturanummer saknas.</source>
        <translation>Fakturanummer saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer &quot;%1&quot; ska vara högst 9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot; ska vara högst 9 siffror.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beloppet har fler än 10 siffror.</source>
        <translation>Beloppet har fler än 10 siffror.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anmärkningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Anmärkningen är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inbetalningssätt %1 (%2) bokförs inte; kontering ska vara tom.</source>
        <translation>Inbetalningssätt %1 (%2) bokförs inte; kontering ska vara tom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbetalningssätt %1 (%2) har fast kontering %3.</source>
        <translation>Inbetalningssätt %1 (%2) har fast kontering %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontering krävs för inbetalningssätt %1 (%2), som bokförs.</source>
        <translation>Kontering krävs för inbetalningssätt %1 (%2), som bokförs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Konteringen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Konteringen är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Manuella inbetalningar</source>
        <translation>Manuella inbetalningar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Transaktionsdatum saknas.</source>
        <translation>Transaktionsdatum saknas.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Betalningsbunt %1 finns inte.</source>
        <translation>Betalningsbunt %1 finns inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt %1 är redan godkänd och kan inte ändras.</source>
        <translation>Bunt %1 är redan godkänd och kan inte ändras.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Rad %1 finns inte i bunt %2.</source>
        <translation>Rad %1 finns inte i bunt %2.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Bunt %1 är tom.</source>
        <translation>Bunt %1 är tom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rad %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunt %1 kan inte godkännas, inget har bokförts. %2</source>
        <translation>Bunt %1 kan inte godkännas, inget har bokförts. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bunt %1 kan inte godkännas, inget har bokförts. rad %2: %3</source>
        <translation>Bunt %1 kan inte godkännas, inget har bokförts. rad %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bunt %1 godkändes av någon annan samtidigt.</source>
        <translation>Bunt %1 godkändes av någon annan samtidigt.</translation>
    </message>
</context>
<context>
    <name>PaymentSearch</name>
    <message>
        <location filename="../core/reports/paymentsearch.cpp" line="+69"/>
        <source>Företag tom %1 ligger före företag from %2.</source>
        <translation>Företag tom %1 ligger före företag from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningsdatum: ange ett datum (ÅÅMMDD).</source>
        <translation>Inbetalningsdatum: ange ett datum (ÅÅMMDD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt &quot;%1&quot;: ange ett tecken.</source>
        <translation>Inbetalningssätt &quot;%1&quot;: ange ett tecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</source>
        <translation>Fakturanummer &quot;%1&quot;: ange 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbetalt belopp kan inte vara negativt.</source>
        <translation>Inbetalt belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Ogiltigt antal rader.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sök inbetalningar</source>
        <translation>Sök inbetalningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag: %1–%2</source>
        <translation>Företag: %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningsdatum från: %1</source>
        <translation>Inbetalningsdatum från: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalningssätt från: %1</source>
        <translation>Inbetalningssätt från: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbetalt belopp från: %1</source>
        <translation>Inbetalt belopp från: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer från: %1</source>
        <translation>Fakturanummer från: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senaste inbetalningarna först</source>
        <translation>Senaste inbetalningarna först</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påverkan saldo</source>
        <translation>Påverkan saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerad av</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrerad</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inrapporterad</source>
        <translation>Inrapporterad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bokförd</source>
        <translation>Bokförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>PaymentSlip</name>
    <message>
        <location filename="../render/paymentslip.cpp" line="+73"/>
        <source>✂ Avskiljes vid betalning</source>
        <translation>✂ Avskiljes vid betalning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>INBETALNING/GIRERING AVI</source>
        <translation>INBETALNING/GIRERING AVI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KOPIA</source>
        <translation>KOPIA</translation>
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
        <translation>Betalningsmottagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bankgironummer</source>
        <translation>Bankgironummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plusgironummer</source>
        <translation>Plusgironummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCR-nummer</source>
        <translation>OCR-nummer</translation>
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
        <translation>Betala senast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalare</source>
        <translation>Inbetalare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer / kundnummer</source>
        <translation>Fakturanummer / kundnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange alltid OCR-numret när du betalar, så hamnar betalningen rätt.</source>
        <translation>Ange alltid OCR-numret när du betalar, så hamnar betalningen rätt.</translation>
    </message>
</context>
<context>
    <name>PostingService</name>
    <message>
        <location filename="../core/ledger/posting.cpp" line="+23"/>
        <source>uppdebiterad påminnelseavgift</source>
        <translation>uppdebiterad påminnelseavgift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebiterad kravavgift</source>
        <translation>uppdebiterad kravavgift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebiterad dröjsmålsränta</source>
        <translation>uppdebiterad dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Beloppet %1 är negativt; inbetalningssättet anger om fordran ökar eller minskar.</source>
        <translation>Beloppet %1 är negativt; inbetalningssättet anger om fordran ökar eller minskar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt %1 (%2) är endast för text; beloppet ska vara 0.</source>
        <translation>Inbetalningssätt %1 (%2) är endast för text; beloppet ska vara 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beloppet saknas.</source>
        <translation>Beloppet saknas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Beloppet %1 överstiger %2 som är %3.</source>
        <translation>Beloppet %1 överstiger %2 som är %3.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Anmärkningen är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Anmärkningen är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaktionsdatum saknas eller är ogiltigt.</source>
        <translation>Transaktionsdatum saknas eller är ogiltigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beloppet har fler än 10 siffror.</source>
        <translation>Beloppet har fler än 10 siffror.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.</source>
        <translation>Faktura %1 har ändrats av %2 (%3) sedan du läste den. Läs in den igen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Faktura %1 ändrades av någon annan samtidigt. Försök igen.</translation>
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
        <translation>Utskriften %1 kunde inte läsas för att sparas under Sparade utskrifter: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bokföringsorder %1 %2, bokföringsdatum %3</source>
        <translation>Bokföringsorder %1 %2, bokföringsdatum %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Kvittenslista, betalda före %1, %n fakturor</source>
        <translation>
            <numerusform>Kvittenslista, betalda före %1, %n faktura</numerusform>
            <numerusform>Kvittenslista, betalda före %1, %n fakturor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectedIdentity</name>
    <message>
        <location filename="../core/ledger/protectedidentity.cpp" line="+28"/>
        <source>Skyddad adress</source>
        <translation>Skyddad adress</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Att ändra skyddad identitet</source>
        <translation>Att ändra skyddad identitet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kund %1 finns inte i företag %2.</source>
        <translation>Kund %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skyddad identitet satt</source>
        <translation>skyddad identitet satt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skyddad identitet borttagen</source>
        <translation>skyddad identitet borttagen</translation>
    </message>
</context>
<context>
    <name>PurgeReceiptDocument</name>
    <message>
        <location filename="../render/purgereceiptdocument.cpp" line="+79"/>
        <source>%1: %2 fakturor, %3 transaktioner</source>
        <translation>%1: %2 fakturor, %3 transaktioner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rensning betalda fakturor – endast lista %1</source>
        <translation>Rensning betalda fakturor – endast lista %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslista rensning betalda fakturor %1</source>
        <translation>Kvittenslista rensning betalda fakturor %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rad %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rad %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>konto %1</source>
        <translation>konto %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bokförd %1</source>
        <translation>bokförd %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande</source>
        <translation>Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amorteringsplan</source>
        <translation>Amorteringsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkasso</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Påm.avgift</source>
        <translation>Påm.avgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterad ränta</source>
        <translation>Debiterad ränta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kravkod %1</source>
        <translation>Kravkod %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakning: %1</source>
        <translation>Bevakning: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefaktura %1</source>
        <translation>Räntefaktura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter: inga</source>
        <translation>Kravuppgifter: inga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter: %1</source>
        <translation>Kravuppgifter: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ENDAST LISTA – RENSNING BETALDA FAKTUROR</source>
        <translation>ENDAST LISTA – RENSNING BETALDA FAKTUROR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KVITTENSLISTA – RENSNING BETALDA FAKTUROR</source>
        <translation>KVITTENSLISTA – RENSNING BETALDA FAKTUROR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listversion: %1</source>
        <translation>Listversion: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturarader</source>
        <translation>fakturarader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kravuppgifter</source>
        <translation>kravuppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utskriven %1 av %2. Ingenting är rensat.</source>
        <translation>Utskriven %1 av %2. Ingenting är rensat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensad %1 av %2. Fakturorna, deras transaktioner och tillhörande uppgifter är borttagna ur reskontran.</source>
        <translation>Rensad %1 av %2. Fakturorna, deras transaktioner och tillhörande uppgifter är borttagna ur reskontran.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Personnr</source>
        <translation>Personnr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakt.dag</source>
        <translation>Fakt.dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betald</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalt</source>
        <translation>Inbetalt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inga fakturor att rensa med detta urval.</source>
        <translation>Inga fakturor att rensa med detta urval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summa företag %1 %2</source>
        <translation>Summa företag %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturor som inte rensas</source>
        <translation>Fakturor som inte rensas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo noll och betalda före datumet, men de hör ihop med något som inte är avslutat.</source>
        <translation>Saldo noll och betalda före datumet, men de hör ihop med något som inte är avslutat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sida %1 (%2)</source>
        <translation>Sida %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kvittenslistan kunde inte skrivas: filen %1 finns redan. Inget rensades.</source>
        <translation>Kvittenslistan kunde inte skrivas: filen %1 finns redan. Inget rensades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kvittenslistan kunde inte skrivas: %1. Inget rensades.</source>
        <translation>Kvittenslistan kunde inte skrivas: %1. Inget rensades.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kan inte skriva %1: PDF-filen blev tom.</source>
        <translation>Kan inte skriva %1: PDF-filen blev tom.</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <location filename="../core/reports/receivables.cpp" line="+61"/>
        <source>Datum: ange till och med vilket fakturadatum obetalda fakturor ska sökas.</source>
        <translation>Datum: ange till och med vilket fakturadatum obetalda fakturor ska sökas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: högst 30 tecken.</source>
        <translation>Filter: högst 30 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundfordringar kan inte sorteras på &quot;%1&quot;.</source>
        <translation>Kundfordringar kan inte sorteras på &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kundfordringar</source>
        <translation>Kundfordringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obetalda fakturor t.o.m. fakturadatum %1, saldo per samma dag</source>
        <translation>Obetalda fakturor t.o.m. fakturadatum %1, saldo per samma dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/kundnr</source>
        <translation>Person-/kundnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt.datum</source>
        <translation>Fakt.datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar förfallen</source>
        <translation>Dagar förfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturerat</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>RecordFileReader</name>
    <message>
        <location filename="../core/formats/fixedrecord.cpp" line="+92"/>
        <source>för många fel: läsningen avbröts här, efter %1 fel</source>
        <translation>för många fel: läsningen avbröts här, efter %1 fel</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../core/ledger/referencedata.cpp" line="+205"/>
        <source>Inbetalningssätt &quot;%1&quot;: koden ska vara en siffra eller bokstav.</source>
        <translation>Inbetalningssätt &quot;%1&quot;: koden ska vara en siffra eller bokstav.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt %1: texten är %2 tecken, högst %3.</source>
        <translation>Inbetalningssätt %1: texten är %2 tecken, högst %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt %1: ett textsätt kan inte påverka avgifter eller ränta.</source>
        <translation>Inbetalningssätt %1: ett textsätt kan inte påverka avgifter eller ränta.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbetalningssätt %1 (%2) används av %3 transaktioner och kan inte tas bort.</source>
        <translation>Inbetalningssätt %1 (%2) används av %3 transaktioner och kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kravkod %1: koden ska vara 1–9.</source>
        <translation>Kravkod %1: koden ska vara 1–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravkod %1: texten är %2 tecken, högst %3.</source>
        <translation>Kravkod %1: texten är %2 tecken, högst %3.</translation>
    </message>
</context>
<context>
    <name>ReferenceRates</name>
    <message>
        <location filename="../core/interest/referencerates.cpp" line="+73"/>
        <source>Referensräntetabellen är tom: ränta kan inte beräknas för %1 – %2. Lägg in referensräntan (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</source>
        <translation>Referensräntetabellen är tom: ränta kan inte beräknas för %1 – %2. Lägg in referensräntan (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referensränta saknas för %1 – %2 (tabellen börjar %3). Lägg in den (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</source>
        <translation>Referensränta saknas för %1 – %2 (tabellen börjar %3). Lägg in den (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referensränta saknas för %1 – %2: den senaste räntan (från %3) gäller bara halvåret ut. Lägg in referensräntan från %1 (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</source>
        <translation>Referensränta saknas för %1 – %2: den senaste räntan (från %3) gäller bara halvåret ut. Lägg in referensräntan från %1 (Referensränta, handbok 7.8, eller &quot;reskontra-cli rate set&quot;).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Referensränta: från-datum saknas eller är felaktigt.</source>
        <translation>Referensränta: från-datum saknas eller är felaktigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referensränta från %1: %2 % har fler än 4 siffror (högst 99,99, handbok 7.8).</source>
        <translation>Referensränta från %1: %2 % har fler än 4 siffror (högst 99,99, handbok 7.8).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Referensränta %1 % från %2</source>
        <translation>Referensränta %1 % från %2</translation>
    </message>
</context>
<context>
    <name>ReplacementInvoiceDocument</name>
    <message>
        <location filename="../render/replacementinvoicedocument.cpp" line="+20"/>
        <source>Avser: %1</source>
        <translation>Avser: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specifikation</source>
        <translation>Specifikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fakturabelopp</source>
        <translation>Fakturabelopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt, krediterat och påfört</source>
        <translation>Inbetalt, krediterat och påfört</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denna faktura ersätter faktura %1 av %2. Betala endast beloppet att betala.</source>
        <translation>Denna faktura ersätter faktura %1 av %2. Betala endast beloppet att betala.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ERSÄTTNINGSFAKTURA</source>
        <translation>ERSÄTTNINGSFAKTURA</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ersättningsfaktura %1</source>
        <translation>Ersättningsfaktura %1</translation>
    </message>
</context>
<context>
    <name>ReplacementInvoices</name>
    <message>
        <location filename="../core/ledger/replacementinvoice.cpp" line="+106"/>
        <source>Ny handläggare är %1 tecken, högst %2 är tillåtet.</source>
        <translation>Ny handläggare är %1 tecken, högst %2 är tillåtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faktura %1 har inget kvar att betala (saldo %2); en ersättningsfaktura skrivs för det som återstår.</source>
        <translation>Faktura %1 har inget kvar att betala (saldo %2); en ersättningsfaktura skrivs för det som återstår.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Texten till %1 %2 (%3) är %4 tecken, högst %5 är tillåtet.</source>
        <translation>Texten till %1 %2 (%3) är %4 tecken, högst %5 är tillåtet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den först på kundfakturan (F5).</source>
        <translation>Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den först på kundfakturan (F5).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faktura %1 finns inte längre i företag %2.</source>
        <translation>Faktura %1 finns inte längre i företag %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura %1 har ändrats av %2 %3 sedan ersättningsfakturan togs fram. Ta fram den igen.</source>
        <translation>Faktura %1 har ändrats av %2 %3 sedan ersättningsfakturan togs fram. Ta fram den igen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ersättningsfaktura daterad %1, förfallodag %2, att betala %3</source>
        <translation>Ersättningsfaktura daterad %1, förfallodag %2, att betala %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ersättningsfaktura</source>
        <translation>ersättningsfaktura</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../render/reportprint.cpp" line="+53"/>
        <source>Utskriven %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Kunde inte skriva PDF-filen %1.</source>
        <translation>Kunde inte skriva PDF-filen %1.</translation>
    </message>
</context>
<context>
    <name>ReskontraCli</name>
    <message>
        <location filename="../app/cli/args.cpp" line="+39"/>
        <source>okänd flagga &quot;%1&quot;</source>
        <translation>okänd flagga &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>okänd flagga &quot;--%1&quot;</source>
        <translation>okänd flagga &quot;--%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flaggan --%1 tar inget värde</source>
        <translation>flaggan --%1 tar inget värde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>flaggan --%1 behöver ett värde (%2)</source>
        <translation>flaggan --%1 behöver ett värde (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/cli_interest.cpp" line="+55"/>
        <location line="+11"/>
        <source>--%1 saknas</source>
        <translation>--%1 saknas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_import.cpp" line="+36"/>
        <source>reskontra-cli: %n fel</source>
        <translation>
            <numerusform>reskontra-cli: %n fel</numerusform>
            <numerusform>reskontra-cli: %n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> på %n rad(er); ingen faktura har importerats.</source>
        <translation>
            <numerusform> på %n rad; ingen faktura har importerats.</numerusform>
            <numerusform> på %n rader; ingen faktura har importerats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+33"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Kan inte läsa filen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--input-format: &quot;%1&quot; ska vara csv eller json</source>
        <translation>--input-format: &quot;%1&quot; ska vara csv eller json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import från %1</source>
        <translation>Import från %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+93"/>
        <location line="+82"/>
        <location filename="../app/cli/cli_reports.cpp" line="+246"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+169"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_backup.cpp" line="+38"/>
        <source>Filen &quot;%1&quot; finns redan. Ange --force för att skriva över den.</source>
        <translation>Filen &quot;%1&quot; finns redan. Ange --force för att skriva över den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säkerhetskopiera reskontran</source>
        <translation>Säkerhetskopiera reskontran</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Databas</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Säkerhetskopia</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Schemaversion</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Storlek (byte)</source>
        <translation>Storlek (byte)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reskontran &quot;%1&quot; finns redan. Ange --force för att ersätta den med säkerhetskopian; allt som gjorts i den efter säkerhetskopian försvinner.</source>
        <translation>Reskontran &quot;%1&quot; finns redan. Ange --force för att ersätta den med säkerhetskopian; allt som gjorts i den efter säkerhetskopian försvinner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Återställ reskontran från en säkerhetskopia</source>
        <translation>Återställ reskontran från en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ersatte befintlig reskontra</source>
        <translation>Ersatte befintlig reskontra</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_import.cpp" line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="+218"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+314"/>
        <source>Fakturor</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>skriv över en fil som finns / ersätt en reskontra som finns</source>
        <translation>skriv över en fil som finns / ersätt en reskontra som finns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>säkerhetskopiera hela reskontran till en fil medan andra arbetar i den</source>
        <translation>säkerhetskopiera hela reskontran till en fil medan andra arbetar i den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite: en sammanhängande ögonblicksbild av det senast sparade (VACUUM INTO); den som
arbetar i reskontran under tiden störs inte. PostgreSQL: pg_dump -Fc (paketet
postgresql-client), lösenordet går via PGPASSWORD. Filen skrivs under ett tillfälligt
namn bredvid och byter namn när den är klar. Endast administratörer.</source>
        <translation>SQLite: en sammanhängande ögonblicksbild av det senast sparade (VACUUM INTO); den som
arbetar i reskontran under tiden störs inte. PostgreSQL: pg_dump -Fc (paketet
postgresql-client), lösenordet går via PGPASSWORD. Filen skrivs under ett tillfälligt
namn bredvid och byter namn när den är klar. Endast administratörer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>återställ reskontran från en säkerhetskopia; allt eller inget</source>
        <translation>återställ reskontran från en säkerhetskopia; allt eller inget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen ska vara en säkerhetskopia av en reskontra med en schemaversion som programmet
känner till (en äldre uppgraderas när den öppnas). En reskontra som finns ersätts
bara med --force, och inte medan den är öppen någon annanstans. SQLite: kopian
kontrolleras och byter sedan plats med den gamla filen i ett steg. PostgreSQL:
pg_restore --clean --if-exists --no-owner, allt i en transaktion. Återställningen
skrivs i granskningsloggen.</source>
        <translation>Filen ska vara en säkerhetskopia av en reskontra med en schemaversion som programmet
känner till (en äldre uppgraderas när den öppnas). En reskontra som finns ersätts
bara med --force, och inte medan den är öppen någon annanstans. SQLite: kopian
kontrolleras och byter sedan plats med den gamla filen i ett steg. PostgreSQL:
pg_restore --clean --if-exists --no-owner, allt i en transaktion. Återställningen
skrivs i granskningsloggen.</translation>
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
        <translation>Belopp</translation>
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
        <translation>Provkörning</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import.cpp" line="+12"/>
        <source>fakturor från CSV eller JSON; allt eller inget</source>
        <translation>fakturor från CSV eller JSON; allt eller inget</translation>
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
        <translation>CSV: UTF-8, semikolon, rubrikrad med kolumnerna (valfri ordning):
  %1
Krävs: company, invoice_number, name, invoice_date, due_date, amount och
id_number eller customer_number. JSON: en lista av objekt med samma fält
(eller {&quot;invoices&quot;: [...]}); beloppet som &quot;amount&quot;: &quot;1234,50&quot; eller
&quot;amount_ore&quot;: 123450. FILE &quot;-&quot; läser standard in.
Varje felaktig rad skrivs som FIL:RAD: fält: orsak och inget importeras
(slutkod 3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>filens form (standard: JSON om filen börjar med [ eller {, annars CSV)</source>
        <translation>filens form (standard: JSON om filen börjar med [ eller {, annars CSV)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_init.cpp" line="-163"/>
        <source>Kan inte skapa en tillfällig mapp för provkörningen.</source>
        <translation>Kan inte skapa en tillfällig mapp för provkörningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kan inte kopiera &quot;%1&quot; för provkörningen.</source>
        <translation>Kan inte kopiera &quot;%1&quot; för provkörningen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kan inte skapa mappen &quot;%1&quot;.</source>
        <translation>Kan inte skapa mappen &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--name: företagets namn saknas</source>
        <translation>--name: företagets namn saknas</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_backup.cpp" line="-47"/>
        <location line="+38"/>
        <location filename="../app/cli/cli_init.cpp" line="+43"/>
        <location line="+50"/>
        <source>Reskontra</source>
        <translation>Reskontra</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+27"/>
        <source>Filen %1 kan inte skrivas: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
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
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+1"/>
        <source>Serie</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver.nr</source>
        <translation>Ver.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-48"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontonamn</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debet</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kredit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Verifikation %1 %2, företag %3 %4, %5: %6 händelser, %7 kr</source>
        <translation>Verifikation %1 %2, företag %3 %4, %5: %6 händelser, %7 kr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga obokförda händelser t.o.m. %1.</source>
        <translation>Inga obokförda händelser t.o.m. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provkörning: ingenting bokfördes.</source>
        <translation>Provkörning: ingenting bokfördes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIE-fil: %1</source>
        <translation>SIE-fil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsorder (PDF): %1</source>
        <translation>Bokföringsorder (PDF): %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).</source>
        <translation>reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>bokföringsorder för obokförda händelser, SIE 4 ut (Uppdatera bokföring)</source>
        <translation>bokföringsorder för obokförda händelser, SIE 4 ut (Uppdatera bokföring)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokför alla obokförda transaktioner t.o.m. datumet: en verifikation per företag, kundfordringskontot per företag och rutin mot inbetalningssättets konto. Transaktioner med inbetalningssätt &quot;bokföres ej&quot; tas aldrig med; en körning till bokför ingenting två gånger. Med flera företag får SIE-filen företagsnumret i namnet (fil_001.se). En provkörning skriver bokföringsordern som kontrollista men ingen SIE-fil.</source>
        <translation>Bokför alla obokförda transaktioner t.o.m. datumet: en verifikation per företag, kundfordringskontot per företag och rutin mot inbetalningssättets konto. Transaktioner med inbetalningssätt &quot;bokföres ej&quot; tas aldrig med; en körning till bokför ingenting två gånger. Med flera företag får SIE-filen företagsnumret i namnet (fil_001.se). En provkörning skriver bokföringsordern som kontrollista men ingen SIE-fil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bokföringsdatum; transaktioner t.o.m. detta datum</source>
        <translation>bokföringsdatum; transaktioner t.o.m. detta datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv SIE 4-fil (PC8, CRLF)</source>
        <translation>skriv SIE 4-fil (PC8, CRLF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv bokföringsordern som PDF</source>
        <translation>skriv bokföringsordern som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag eller intervall (annars alla)</source>
        <translation>företag eller intervall (annars alla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast transaktioner registrerade av denna användare</source>
        <translation>endast transaktioner registrerade av denna användare</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-341"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-6"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+32"/>
        <location filename="../app/cli/cli_purge.cpp" line="-65"/>
        <location filename="../app/cli/cli_threat.cpp" line="-6"/>
        <source>--%1: ange A eller A-B, inte &quot;%2&quot;</source>
        <translation>--%1: ange A eller A-B, inte &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--out FIL.csv|FIL.xlsx behövs (utom med --dry-run)</source>
        <translation>--out FIL.csv|FIL.xlsx behövs (utom med --dry-run)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out: &quot;%1&quot; ska sluta på .csv eller .xlsx</source>
        <translation>--out: &quot;%1&quot; ska sluta på .csv eller .xlsx</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-130"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+136"/>
        <location filename="../app/cli/cli_purge.cpp" line="+1"/>
        <source>Personnr</source>
        <translation>Personnr</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+173"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>Avgift</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>Uppdeb.</source>
        <translation>Uppdeb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ränta uppdeb.</source>
        <translation>Ränta uppdeb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdeb. ränta</source>
        <translation>Uppdeb. ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>Betala senast</source>
        <translation>Betala senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <source>Skyddad</source>
        <translation>Skyddad</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Kontrollista %1</source>
        <translation>Kontrollista %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkörning %1 den %2</source>
        <translation>Kravkörning %1 den %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 påminnelse 1, %3 påminnelse 2, %4 inkassokrav, %5 restkrav</source>
        <translation>%1: %2 påminnelse 1, %3 påminnelse 2, %4 inkassokrav, %5 restkrav</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avgifter uppdebiterade %1 kr, endast utskrivna %2 kr; ränta uppdebiterad %3 kr.</source>
        <translation>Avgifter uppdebiterade %1 kr, endast utskrivna %2 kr; ränta uppdebiterad %3 kr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/cli_threat.cpp" line="+52"/>
        <source>%1 brev hålls för manuell hantering (skyddad identitet).</source>
        <translation>%1 brev hålls för manuell hantering (skyddad identitet).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-108"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+3"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-85"/>
        <source>Bokföringsorder %1, företag %2: %3 kr</source>
        <translation>Bokföringsorder %1, företag %2: %3 kr</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+7"/>
        <source>Hoppas över: %1/%2 %3: %4</source>
        <translation>Hoppas över: %1/%2 %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+9"/>
        <location filename="../app/cli/cli_threat.cpp" line="+8"/>
        <source>Kontrollista: ingenting ändrades.</source>
        <translation>Kontrollista: ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>Breven (PDF): %1</source>
        <translation>Breven (PDF): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cli_threat.cpp" line="+49"/>
        <source>Breven kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>Breven kunde inte skrivas till %1: %2. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../app/cli/cli_threat.cpp" line="-16"/>
        <source>reskontra-cli: kontrollista: inga brev skrevs (%1).</source>
        <translation>reskontra-cli: kontrollista: inga brev skrevs (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+29"/>
        <source>Körning</source>
        <translation>Körning</translation>
    </message>
    <message>
        <location line="-27"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+3"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+5"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Manuella</source>
        <translation>Manuella</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-157"/>
        <location line="+21"/>
        <source>Avgifter</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ångrad av</source>
        <translation>Ångrad av</translation>
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
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ångrad</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--steps: &quot;%1&quot; är inte reminder, collection eller residual</source>
        <translation>--steps: &quot;%1&quot; är inte reminder, collection eller residual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inga sparade brev passar urvalet.</source>
        <translation>Inga sparade brev passar urvalet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>påminnelser 1/2, inkassokrav och restkrav (7.11)</source>
        <translation>påminnelser 1/2, inkassokrav och restkrav (7.11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar nästa steg för varje obetald fordran vars steg har förfallit på körningsdatumet, enligt rutinens inställningar påminnelser/krav; kravkoder som gäller på datumet stoppar steget. Körningen stämplar datum, uppdebiterar valda avgifter och räntor, gör en bokföringsorder för det uppdebiterade och sparar breven. --dry-run ger kontrollistan, exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet skrivs inte ut utan hålls för manuell hantering.</source>
        <translation>Tar nästa steg för varje obetald fordran vars steg har förfallit på körningsdatumet, enligt rutinens inställningar påminnelser/krav; kravkoder som gäller på datumet stoppar steget. Körningen stämplar datum, uppdebiterar valda avgifter och räntor, gör en bokföringsorder för det uppdebiterade och sparar breven. --dry-run ger kontrollistan, exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet skrivs inte ut utan hålls för manuell hantering.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/cli_threat.cpp" line="+45"/>
        <source>körningsdatum</source>
        <translation>körningsdatum</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+269"/>
        <location line="+20"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+166"/>
        <location line="+30"/>
        <location filename="../app/cli/cli_threat.cpp" line="+3"/>
        <source>företag, NNN eller NNN-NNN</source>
        <translation>företag, NNN eller NNN-NNN</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-29"/>
        <location line="+30"/>
        <location filename="../app/cli/cli_purge.cpp" line="+167"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <source>rutin, RR eller RR-RR</source>
        <translation>rutin, RR eller RR-RR</translation>
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
        <translation>fakturanummer eller intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_dunning_run.cpp" line="-27"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-29"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+181"/>
        <location filename="../app/cli/cli_threat.cpp" line="+1"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+72"/>
        <source>förvaltning/avdelning eller intervall</source>
        <translation>förvaltning/avdelning eller intervall</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_run.cpp" line="+1"/>
        <source>ingen avgift på fordringar under A kr</source>
        <translation>ingen avgift på fordringar under A kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+2"/>
        <source>skriv breven till en PDF-fil</source>
        <translation>skriv breven till en PDF-fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lista kravkörningar (7.12)</source>
        <translation>lista kravkörningar (7.12)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ångra en hel kravkörning så länge ingen av dess fordringar ändrats</source>
        <translation>ångra en hel kravkörning så länge ingen av dess fordringar ändrats</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>körningens nummer</source>
        <translation>körningens nummer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>kopior av sparade påminnelser och krav (7.12)</source>
        <translation>kopior av sparade påminnelser och krav (7.12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-fil för kopiorna</source>
        <translation>PDF-fil för kopiorna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>framställningsdatum</source>
        <translation>framställningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder, collection, residual (kommaseparerade)</source>
        <translation>reminder, collection, residual (kommaseparerade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ny handläggare, högst 30 tecken</source>
        <translation>ny handläggare, högst 30 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dagens datum i stället för det ursprungliga</source>
        <translation>dagens datum i stället för det ursprungliga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv inte KOPIA på breven</source>
        <translation>skriv inte KOPIA på breven</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_init.cpp" line="+1"/>
        <source>Organisationsnummer</source>
        <translation>Organisationsnummer</translation>
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
        <translation>Rutiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cli_payment.cpp" line="+5"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakningskoder</source>
        <translation>Bevakningskoder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administratör</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Administratören %1 har inget lösenord ännu; tills någon har ett behövs ingen inloggning. Sätt det med:
  reskontra-cli user password %1
</source>
        <translation>
Administratören %1 har inget lösenord ännu; tills någon har ett behövs ingen inloggning. Sätt det med:
  reskontra-cli user password %1
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source><byte value="xd"/>Skapar demodata: %1 %</source>
        <translation><byte value="xd"/>Skapar demodata: %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Frö</source>
        <translation>Frö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunder</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktioner</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturarader</source>
        <translation>Fakturarader</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lägg upp en ny reskontra med rutiner, inbetalningssätt, bevakningskoder och referensräntor</source>
        <translation>lägg upp en ny reskontra med rutiner, inbetalningssätt, bevakningskoder och referensräntor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skapar filen om den saknas. Vägrar (slutkod 1) om reskontran redan är upplagd. Utan flaggor blir första företaget 001 Kommunen.</source>
        <translation>Skapar filen om den saknas. Vägrar (slutkod 1) om reskontran redan är upplagd. Utan flaggor blir första företaget 001 Kommunen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>första företagets nummer</source>
        <translation>första företagets nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>första företagets namn</source>
        <translation>första företagets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisationsnummer</source>
        <translation>organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgironummer</source>
        <translation>bankgironummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgironummer</source>
        <translation>plusgironummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skapa eller fyll en reskontra med realistiska påhittade data</source>
        <translation>skapa eller fyll en reskontra med realistiska påhittade data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samma frö ger samma data. Reskontran läggs upp först om den är tom. Allt eller inget.</source>
        <translation>Samma frö ger samma data. Reskontran läggs upp först om den är tom. Allt eller inget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>antal fakturor</source>
        <translation>antal fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frö (standard 1)</source>
        <translation>frö (standard 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-182"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-168"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-148"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-95"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <location line="+178"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ej utan personnr</source>
        <translation>Ej utan personnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>SFI-kategori</source>
        <translation>SFI-kategori</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>--company och --routine behövs för att ändra inställningar</source>
        <translation>--company och --routine behövs för att ändra inställningar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--basis: &quot;%1&quot; ska vara due, reminder1, reminder2 eller collection</source>
        <translation>--basis: &quot;%1&quot; ska vara due, reminder1, reminder2 eller collection</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--capital-account kräver --capital-method</source>
        <translation>--capital-account kräver --capital-method</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--kind: &quot;%1&quot; ska vara intrum, svea eller other</source>
        <translation>--kind: &quot;%1&quot; ska vara intrum, svea eller other</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Företag %1 har inget inkassobolag.</source>
        <translation>Företag %1 har inget inkassobolag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inkassobolag</source>
        <translation>Inkassobolag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-177"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Person-/org.nummer</source>
        <translation>Person-/org.nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>Namn 2</source>
        <translation>Namn 2</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>C/o</source>
        <translation>C/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_purge.cpp" line="-167"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-153"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
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
        <translation>Registerid</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Avdelning</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggare</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+5"/>
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-300"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <location line="+171"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="-170"/>
        <location line="+171"/>
        <source>Betalt</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Påminnelseavgift</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterad ränta</source>
        <translation>Debiterad ränta</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+3"/>
        <source>, dagar</source>
        <translation>, dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, textnummer</source>
        <translation>, textnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, avgift</source>
        <translation>, avgift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, uppdebiteras</source>
        <translation>, uppdebiteras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, skriv ut ränta</source>
        <translation>, skriv ut ränta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, skäl över avgiftstak</source>
        <translation>, skäl över avgiftstak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, handläggare</source>
        <translation>, handläggare</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav, utgångspunkt</source>
        <translation>Inkassokrav, utgångspunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_threat.cpp" line="-152"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav, uppdebitera ränta</source>
        <translation>Inkassokrav, uppdebitera ränta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassokrav, rubrik</source>
        <translation>Inkassokrav, rubrik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restkrav, rubrik</source>
        <translation>Restkrav, rubrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påminnelseavgift avtalad i förväg</source>
        <translation>Påminnelseavgift avtalad i förväg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rutin &quot;%1&quot; finns inte.</source>
        <translation>Rutin &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--collection-basis: &quot;%1&quot; ska vara 1, 2 eller 9</source>
        <translation>--collection-basis: &quot;%1&quot; ska vara 1, 2 eller 9</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--override-reason: skälet får inte vara tomt</source>
        <translation>--override-reason: skälet får inte vara tomt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ej faktura</source>
        <translation>ej faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej påminnelse 1</source>
        <translation>ej påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej påminnelse 2</source>
        <translation>ej påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej inkassokrav</source>
        <translation>ej inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej dröjsmålsränta</source>
        <translation>ej dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej dröjsmålsränta vid anstånd</source>
        <translation>ej dröjsmålsränta vid anstånd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej hot om betalningsföreläggande</source>
        <translation>ej hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej restkrav</source>
        <translation>ej restkrav</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+171"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+7"/>
        <location line="+45"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-43"/>
        <source>Ej faktura</source>
        <translation>Ej faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påminnelse 1</source>
        <translation>Ej påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påminnelse 2</source>
        <translation>Ej påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej inkassokrav</source>
        <translation>Ej inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsmålsränta</source>
        <translation>Ej dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej ränta vid anstånd</source>
        <translation>Ej ränta vid anstånd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej hot om bet.föreläggande</source>
        <translation>Ej hot om bet.föreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej restkrav</source>
        <translation>Ej restkrav</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N: kravkoden &quot;%1&quot; ska vara 1–9</source>
        <translation>N: kravkoden &quot;%1&quot; ska vara 1–9</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Giltig t.o.m.</source>
        <translation>Giltig t.o.m.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>visa eller ändra inställningar påminnelser/krav för en rutin (7.7)</source>
        <translation>visa eller ändra inställningar påminnelser/krav för en rutin (7.7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utan ändringsflaggor visas rutinens inställningar. --X-days none tar bort steget. Avgifter anges i hela kronor, högst 3 siffror. Påminnelseavgift kräver att den avtalats i förväg (--reminder-fee-agreed yes). Avgifter över lagens tak (60 kr påminnelse, 180 kr inkassokrav) sparas bara med --override-reason, som loggas.</source>
        <translation>Utan ändringsflaggor visas rutinens inställningar. --X-days none tar bort steget. Avgifter anges i hela kronor, högst 3 siffror. Påminnelseavgift kräver att den avtalats i förväg (--reminder-fee-agreed yes). Avgifter över lagens tak (60 kr påminnelse, 180 kr inkassokrav) sparas bara med --override-reason, som loggas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rutin, t.ex. 01</source>
        <translation>rutin, t.ex. 01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dagar (none = steget används inte)</source>
        <translation>dagar (none = steget används inte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>textnummer 1–9</source>
        <translation>textnummer 1–9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avgift i hela kronor</source>
        <translation>avgift i hela kronor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebitera avgiften på fordran</source>
        <translation>uppdebitera avgiften på fordran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inkassokrav räknas från påminnelse 1, 2 eller förfallodag (9)</source>
        <translation>inkassokrav räknas från påminnelse 1, 2 eller förfallodag (9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uppdebitera upplupen ränta</source>
        <translation>uppdebitera upplupen ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dagar efter inkassokrav (none = inget restkrav)</source>
        <translation>dagar efter inkassokrav (none = inget restkrav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restkravstext 1–9</source>
        <translation>restkravstext 1–9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påminnelseavgift avtalad i förväg (lag 1981:739 2 §)</source>
        <translation>påminnelseavgift avtalad i förväg (lag 1981:739 2 §)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skäl för avgift över lagens tak (loggas)</source>
        <translation>skäl för avgift över lagens tak (loggas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lägg upp eller ändra kravkod 1–9 (7.3)</source>
        <translation>lägg upp eller ändra kravkod 1–9 (7.3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text, högst 15 tecken</source>
        <translation>text, högst 15 tecken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sätt kravkod på en fordran, ev. med slutdatum</source>
        <translation>sätt kravkod på en fordran, ev. med slutdatum</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+208"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+3"/>
        <source>kravkod 1–9</source>
        <translation>kravkod 1–9</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+1"/>
        <source>giltig t.o.m. datum</source>
        <translation>giltig t.o.m. datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ta bort kravkoden från en fordran</source>
        <translation>ta bort kravkoden från en fordran</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Kravbrev</source>
        <translation>Kravbrev</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-228"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Hotbrev</source>
        <translation>Hotbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande</source>
        <translation>Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbetalningsplan</source>
        <translation>Avbetalningsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakningskod</source>
        <translation>Bevakningskod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakningskod t.o.m.</source>
        <translation>Bevakningskod t.o.m.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-207"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <location line="+155"/>
        <source>Bevakningstext</source>
        <translation>Bevakningstext</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-138"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-154"/>
        <location line="+153"/>
        <location filename="../app/cli/cli_payment.cpp" line="+13"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avgår deb.</source>
        <translation>Avgår deb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att fakturera</source>
        <translation>Att fakturera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-152"/>
        <source>Räntefaktura</source>
        <translation>Räntefaktura</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kontrollista räntefakturering %1</source>
        <translation>Kontrollista räntefakturering %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefakturering %1</source>
        <translation>Räntefakturering %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodag %1, handläggare %2. Räntefakturor: %3, summa %4 kr.</source>
        <translation>Förfallodag %1, handläggare %2. Räntefakturor: %3, summa %4 kr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bokföringsorder (vid körning), företag %1: %2 kr</source>
        <translation>Bokföringsorder (vid körning), företag %1: %2 kr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Räntefakturorna (PDF): %1</source>
        <translation>Räntefakturorna (PDF): %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reskontra-cli: kontrollista: inga räntefakturor skrevs (%1).</source>
        <translation>reskontra-cli: kontrollista: inga räntefakturor skrevs (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Räntefakturorna kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>Räntefakturorna kunde inte skrivas till %1: %2. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--out: mappen &quot;%1&quot; finns inte</source>
        <translation>--out: mappen &quot;%1&quot; finns inte</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+219"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påm.avg.</source>
        <translation>Påm.avg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavg.</source>
        <translation>Kravavg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="+3"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+2"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kontrollista överföring till nästa faktura %1</source>
        <translation>Kontrollista överföring till nästa faktura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till nästa faktura %1</source>
        <translation>Överföring till nästa faktura %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fordringar: %1, summa %2 kr. Utan personnummer (överförs inte): %3.</source>
        <translation>Fordringar: %1, summa %2 kr. Utan personnummer (överförs inte): %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontrollista: ingenting ändrades, inga filer skrevs.</source>
        <translation>Kontrollista: ingenting ändrades, inga filer skrevs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>räntefakturor på för sent slutbetalda fakturor (7.13)</source>
        <translation>räntefakturor på för sent slutbetalda fakturor (7.13)</translation>
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
        <translation>Gör en räntefaktura per slutbetald faktura med dröjsmålsränta minst --min-interest
(hela kronor, 0-999; utelämnad: bara kravparametrarnas minsta ränta) och minst
--min-days dagar för sent (0-9), minus redan debiterad ränta. Räntefakturan får
rutin + 50 och samma löpnummer (040000123 -&gt; 540000123), fakturadatum --date,
förfallodag --due (utelämnad: --date + 10 dagar, flyttad till nästa bankdag),
handläggare --handler (utelämnad: användaren) och meddelandet (högst 3 rader om 50
tecken, avdelade med |). Fakturan stämplas så att den aldrig räntefaktureras två
gånger; en bokföringsorder görs (fordran debet, ränteintäkt kredit). --dry-run ger
kontrollistan, exakt samma resultat utan att något ändras. Saknas ränterutin eller
konto för någon faktura körs ingenting.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fakturadatum för räntefakturorna</source>
        <translation>fakturadatum för räntefakturorna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minsta ränta att fakturera, hela kronor</source>
        <translation>minsta ränta att fakturera, hela kronor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minsta antal dagar för sent, 0-9</source>
        <translation>minsta antal dagar för sent, 0-9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>handläggare, högst 30 tecken</source>
        <translation>handläggare, högst 30 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag för räntefakturorna</source>
        <translation>förfallodag för räntefakturorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meddelande, rader avdelade med |</source>
        <translation>meddelande, rader avdelade med |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skriv räntefakturorna till en PDF-fil</source>
        <translation>skriv räntefakturorna till en PDF-fil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>för över ej debiterade räntor och avgifter till nästa faktura (7.15)</source>
        <translation>för över ej debiterade räntor och avgifter till nästa faktura (7.15)</translation>
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
        <translation>Skriver en fil per rutin (nasta-faktura-RR-DATUM.csv i --out) med räntor och ej
uppdebiterade påminnelse- och kravavgifter på slutbetalda fakturor, samma belopp som
listan Ej debiterade räntor och avgifter (report ej-debiterade), nycklade på
personnummer: person_number;name;company;invoice_number;interest;reminder_fee;
collection_fee;total (UTF-8, belopp 1234,50). Varje faktura stämplas med
överföringsdatum och förs aldrig över två gånger. Fakturor utan giltigt
personnummer förs inte över utan listas. En befintlig fil skrivs aldrig över.
--dry-run ger kontrollistan utan att något ändras eller skrivs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mapp för filerna</source>
        <translation>mapp för filerna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minsta ränta, hela kronor</source>
        <translation>minsta ränta, hela kronor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minsta antal dagar efter förfallodagen</source>
        <translation>minsta antal dagar efter förfallodagen</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Räntefakturans belopp</source>
        <translation>Räntefakturans belopp</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Nollställt</source>
        <translation>Nollställt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFI</source>
        <translation>SFI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kod</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kontrollista inkasso %1</source>
        <translation>Kontrollista inkasso %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring till inkasso %1 den %2</source>
        <translation>Överföring till inkasso %1 den %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inkassobolag: %1, kundnummer %2</source>
        <translation>Inkassobolag: %1, kundnummer %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fordringar: %1, saldo %2 kr, nollställda %3 (%4 kr).</source>
        <translation>Fordringar: %1, saldo %2 kr, nollställda %3 (%4 kr).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tas inte: %1/%2 %3: %4</source>
        <translation>Tas inte: %1/%2 %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-75"/>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+83"/>
        <source>Kontrollista: ingenting ändrades, ingen fil skrevs.</source>
        <translation>Kontrollista: ingenting ändrades, ingen fil skrevs.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Sätt</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saldokorrigeringar: %1 händelser, %2 kr.</source>
        <translation>Saldokorrigeringar: %1 händelser, %2 kr.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Koncernnummer</source>
        <translation>Koncernnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företagsnamn i filen</source>
        <translation>Företagsnamn i filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolagets giro</source>
        <translation>Inkassobolagets giro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>överföring till inkasso (7.19, 7.20)</source>
        <translation>överföring till inkasso (7.19, 7.20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickar obetalda fordringar vars dagar efter förfallodag, påminnelse 1, påminnelse 2 eller inkassokrav (per företag och rutin, agency settings) har gått på datumet. Fordringar i amorteringsplan, redan överförda, med kravkod som stoppar inkassokrav, skyddad identitet eller (om rutinen säger så) utan personnummer skickas inte. Överföringen skriver filen (README &quot;Agency files&quot;), nollställer med --zero varje fordran med rutinens inbetalningssätt och bokför det, stämplar överföringsdatum och sätter kravkod och bevakningstext. --dry-run ger kontrollistan.</source>
        <translation>Skickar obetalda fordringar vars dagar efter förfallodag, påminnelse 1, påminnelse 2 eller inkassokrav (per företag och rutin, agency settings) har gått på datumet. Fordringar i amorteringsplan, redan överförda, med kravkod som stoppar inkassokrav, skyddad identitet eller (om rutinen säger så) utan personnummer skickas inte. Överföringen skriver filen (README &quot;Agency files&quot;), nollställer med --zero varje fordran med rutinens inbetalningssätt och bokför det, stämplar överföringsdatum och sätter kravkod och bevakningstext. --dry-run ger kontrollistan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+67"/>
        <source>överföringsdatum</source>
        <translation>överföringsdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bara fordringar på detta personnummer</source>
        <translation>bara fordringar på detta personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filen till inkassobolaget, .csv eller .xlsx</source>
        <translation>filen till inkassobolaget, .csv eller .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nollställ fordringarna med rutinens inbetalningssätt</source>
        <translation>nollställ fordringarna med rutinens inbetalningssätt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saldokorrigeringar på överförda fordringar (fil)</source>
        <translation>saldokorrigeringar på överförda fordringar (fil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningar och krediteringar på överförda fordringar sedan förra filen; betalningar med inkassosättet (från inkassobolagets giro) tas inte med. Varje händelse kommer med i en fil en gång.</source>
        <translation>Betalningar och krediteringar på överförda fordringar sedan förra filen; betalningar med inkassosättet (från inkassobolagets giro) tas inte med. Varje händelse kommer med i en fil en gång.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen, .csv eller .xlsx</source>
        <translation>filen, .csv eller .xlsx</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>visa/ändra inställningar för inkasso per företag och rutin</source>
        <translation>visa/ändra inställningar för inkasso per företag och rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--basis och --days: dagar efter förfallodag, påminnelse 1, påminnelse 2 eller inkassokrav. --capital-method: K-sätt som nollställer fordran mot fordringskontot för inkasso (0 = nollställ inte); --capital-account sätter det kontot för sättet och företaget. --fee-method (avgiftstyp K) och --interest-method (avgiftstyp D) skriver av kravavgift och uppdebiterad ränta mot intäktskontona i kravparametrarna (0 = följer med kapitalet). --dunning-code (med &quot;ej dröjsmålsränta&quot;) och --watch-text sätts på varje överförd fordran. --debt-category: SFI-kategori i filen.</source>
        <translation>--basis och --days: dagar efter förfallodag, påminnelse 1, påminnelse 2 eller inkassokrav. --capital-method: K-sätt som nollställer fordran mot fordringskontot för inkasso (0 = nollställ inte); --capital-account sätter det kontot för sättet och företaget. --fee-method (avgiftstyp K) och --interest-method (avgiftstyp D) skriver av kravavgift och uppdebiterad ränta mot intäktskontona i kravparametrarna (0 = följer med kapitalet). --dunning-code (med &quot;ej dröjsmålsränta&quot;) och --watch-text sätts på varje överförd fordran. --debt-category: SFI-kategori i filen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rutin</source>
        <translation>rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due, reminder1, reminder2 eller collection</source>
        <translation>due, reminder1, reminder2 eller collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minsta antal dagar efter</source>
        <translation>minsta antal dagar efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt kapitalskuld, 0 = ingen</source>
        <translation>inbetalningssätt kapitalskuld, 0 = ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fordringskonto inkasso för sättet</source>
        <translation>fordringskonto inkasso för sättet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt kravavgift (K), 0 = ingen</source>
        <translation>inbetalningssätt kravavgift (K), 0 = ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt ränta (D), 0 = ingen</source>
        <translation>inbetalningssätt ränta (D), 0 = ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bevakningstext, högst 40 tecken</source>
        <translation>bevakningstext, högst 40 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ta inte med fakturor utan personnummer</source>
        <translation>ta inte med fakturor utan personnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ta bort inställningen</source>
        <translation>ta bort inställningen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>visa/ändra företagets inkassobolag</source>
        <translation>visa/ändra företagets inkassobolag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--giro: inkassobolagets bankgiro-/plusgironummer; betalningar därifrån bokas med inkassosättet vid inläsning (samma lista som payment-parameters --agency-giro).</source>
        <translation>--giro: inkassobolagets bankgiro-/plusgironummer; betalningar därifrån bokas med inkassosättet vid inläsning (samma lista som payment-parameters --agency-giro).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>intrum, svea eller other</source>
        <translation>intrum, svea eller other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassobolagets namn, högst 30 tecken</source>
        <translation>inkassobolagets namn, högst 30 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundnummer hos inkassobolaget</source>
        <translation>kundnummer hos inkassobolaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>koncernnummer (Svea)</source>
        <translation>koncernnummer (Svea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>företagsnamn i filen</source>
        <translation>företagsnamn i filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassobolagets giro</source>
        <translation>inkassobolagets giro</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Påverkan</source>
        <translation>Påverkan</translation>
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
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <source>Bokförd</source>
        <translation>Bokförd</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Transaktioner:</source>
        <translation>Transaktioner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(inga)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../app/cli/cli_reports.cpp" line="+147"/>
        <source>sök på ett fält i taget, inte %1</source>
        <translation>sök på ett fält i taget, inte %1</translation>
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
        <translation>Ftg</translation>
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
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+2"/>
        <source>Person-/org.nr</source>
        <translation>Person-/org.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+1"/>
        <source>Kundnr</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postnr</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakt.datum</source>
        <translation>Fakt.datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+2"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>en fordran med läge och transaktioner</source>
        <translation>en fordran med läge och transaktioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON: fälten i CLI.md &quot;Output fields&quot;, belopp i öre (*_ore), datum ÅÅÅÅ-MM-DD eller null.
CSV: en rad per transaktion (minst en), fakturans fält upprepade och transaktionens fält som transaction_*.</source>
        <translation>JSON: fälten i CLI.md &quot;Output fields&quot;, belopp i öre (*_ore), datum ÅÅÅÅ-MM-DD eller null.
CSV: en rad per transaktion (minst en), fakturans fält upprepade och transaktionens fält som transaction_*.</translation>
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
        <translation>företag</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="+10"/>
        <source>Sök faktura: sök på ett fält med början av värdet</source>
        <translation>Sök faktura: sök på ett fält med början av värdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utan sökfält listas de senaste fakturorna först.</source>
        <translation>Utan sökfält listas de senaste fakturorna först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>namn (även namn 2), 1–30 tecken</source>
        <translation>namn (även namn 2), 1–30 tecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person-/organisationsnummer, 1–10 siffror</source>
        <translation>person-/organisationsnummer, 1–10 siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundnummer</source>
        <translation>kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adress</source>
        <translation>adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturanummer, 1–9 siffror</source>
        <translation>fakturanummer, 1–9 siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registerid</source>
        <translation>registerid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturabelopp minst A</source>
        <translation>fakturabelopp minst A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saldo minst A</source>
        <translation>saldo minst A</translation>
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
        <translation>företag eller intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_reports.cpp" line="+1"/>
        <source>högst N rader (standard 50)</source>
        <translation>högst N rader (standard 50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lista från närmaste värde och framåt i stället för bara träffar</source>
        <translation>lista från närmaste värde och framåt i stället för bara träffar</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment.cpp" line="-48"/>
        <source>--method: inbetalningssätt saknas</source>
        <translation>--method: inbetalningssätt saknas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transaktionsdatum</source>
        <translation>Transaktionsdatum</translation>
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
        <translation>Påverkan på saldot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrerad</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo före</source>
        <translation>Saldo före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt saldo</source>
        <translation>Nytt saldo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>registrera och godkänn en manuell transaktion</source>
        <translation>registrera och godkänn en manuell transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriver transaktionen och fakturans nya saldo. Inbetalningssättet avgör om beloppet minskar (K) eller ökar (D) fordran.</source>
        <translation>Skriver transaktionen och fakturans nya saldo. Inbetalningssättet avgör om beloppet minskar (K) eller ökar (D) fordran.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+144"/>
        <location line="+10"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment.cpp" line="+4"/>
        <source>fakturanummer</source>
        <translation>fakturanummer</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment.cpp" line="+2"/>
        <source>belopp, t.ex. 1234,50 eller 1 234,50</source>
        <translation>belopp, t.ex. 1234,50 eller 1 234,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inbetalningssätt, t.ex. 1 eller B</source>
        <translation>inbetalningssätt, t.ex. 1 eller B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transaktionsdatum ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD eller ÅÅMMDD</source>
        <translation>transaktionsdatum ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD eller ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anmärkning, högst 40 tecken</source>
        <translation>anmärkning, högst 40 tecken</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_validate.cpp" line="-32"/>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-268"/>
        <location line="+168"/>
        <location filename="../app/cli/cli_validate.cpp" line="+1"/>
        <source>Slag</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_validate.cpp" line="+1"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Siffror</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Tio siffror</source>
        <translation>Tio siffror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Födelsedatum</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+16"/>
        <source>OCR-nummer</source>
        <translation>OCR-nummer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Rätt längdsiffra</source>
        <translation>Rätt längdsiffra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Underlag</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med längdsiffra</source>
        <translation>Med längdsiffra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skriver det normaliserade värdet (med --format csv/json även mer om det), eller orsaken på standard fel med slutkod 1.</source>
        <translation>Skriver det normaliserade värdet (med --format csv/json även mer om det), eller orsaken på standard fel med slutkod 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kontrollera ett person-, samordnings- eller organisationsnummer</source>
        <translation>kontrollera ett person-, samordnings- eller organisationsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriver personer som ÅÅÅÅMMDD-NNNK och organisationer som NNNNNN-NNNK, eller orsaken på standard fel med slutkod 1. Ett tiosiffrigt personnummer får sitt århundrade från --today.</source>
        <translation>Skriver personer som ÅÅÅÅMMDD-NNNK och organisationer som NNNNNN-NNNK, eller orsaken på standard fel med slutkod 1. Ett tiosiffrigt personnummer får sitt århundrade från --today.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gör ett OCR-nummer: BASE + längdsiffra + kontrollsiffra</source>
        <translation>gör ett OCR-nummer: BASE + längdsiffra + kontrollsiffra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bara kontrollsiffra, ingen längdsiffra</source>
        <translation>bara kontrollsiffra, ingen längdsiffra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kontrollera ett bankgironummer</source>
        <translation>kontrollera ett bankgironummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontrollera ett plusgironummer</source>
        <translation>kontrollera ett plusgironummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontrollera ett OCR-nummer (kontrollsiffra)</source>
        <translation>kontrollera ett OCR-nummer (kontrollsiffra)</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="+59"/>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>Användning: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (krävs)</source>
        <translation> (krävs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flaggor:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemensamma flaggor:</source>
        <translation>Gemensamma flaggor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reskontrans fil eller postgresql://-adress</source>
        <translation>reskontrans fil eller postgresql://-adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>användare (loggas; inloggning när reskontran har lösenord)</source>
        <translation>användare (loggas; inloggning när reskontran har lösenord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dagens datum (för körningar som ska kunna upprepas)</source>
        <translation>dagens datum (för körningar som ska kunna upprepas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>den här texten</source>
        <translation>den här texten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>visa vad som skulle hända, ändra ingenting</source>
        <translation>visa vad som skulle hända, ändra ingenting</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1: företagsnumret &quot;%2&quot; ska vara 1–3 siffror</source>
        <translation>--%1: företagsnumret &quot;%2&quot; ska vara 1–3 siffror</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; ska vara ett företag (001) eller ett intervall (001-003)</source>
        <translation>--%1: &quot;%2&quot; ska vara ett företag (001) eller ett intervall (001-003)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: fakturanumret &quot;%2&quot; ska vara 1–9 siffror</source>
        <translation>%1: fakturanumret &quot;%2&quot; ska vara 1–9 siffror</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1: &quot;%2&quot; ska vara ett heltal %3–%4</source>
        <translation>--%1: &quot;%2&quot; ska vara ett heltal %3–%4</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-27"/>
        <source>Användning: reskontra-cli [--db LEDGER] [--user NAME] [--today D] [--format table|csv|json] KOMMANDO ...</source>
        <translation>Användning: reskontra-cli [--db LEDGER] [--user NAME] [--today D] [--format table|csv|json] KOMMANDO ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reskontra, kundreskontran, för schemalagda körningar.</source>
        <translation>Reskontra, kundreskontran, för schemalagda körningar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommandon:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reskontran: --db, annars $RESKONTRA_DB, annars %1.</source>
        <translation>Reskontran: --db, annars $RESKONTRA_DB, annars %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare: --user, annars $RESKONTRA_USER, annars $USER.</source>
        <translation>Användare: --user, annars $RESKONTRA_USER, annars $USER.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenord (när någon användare har ett): $RESKONTRA_PASSWORD, annars frågas det på terminalen.</source>
        <translation>Lösenord (när någon användare har ett): $RESKONTRA_PASSWORD, annars frågas det på terminalen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slutkoder: 0 klart, 1 vägrat eller misslyckat (reskontran oförändrad), 2 felaktigt anrop, 3 felaktig indatafil.</source>
        <translation>Slutkoder: 0 klart, 1 vägrat eller misslyckat (reskontran oförändrad), 2 felaktigt anrop, 3 felaktig indatafil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mer om ett kommando: reskontra-cli KOMMANDO --help</source>
        <translation>Mer om ett kommando: reskontra-cli KOMMANDO --help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mer hjälp: reskontra-cli %1 --help</source>
        <translation>Mer hjälp: reskontra-cli %1 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Användning: reskontra-cli [GLOBALA FLAGGOR] KOMMANDO ...</source>
        <translation>Användning: reskontra-cli [GLOBALA FLAGGOR] KOMMANDO ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer hjälp: reskontra-cli --help</source>
        <translation>Mer hjälp: reskontra-cli --help</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--format: &quot;%1&quot; ska vara table, csv eller json</source>
        <translation>--format: &quot;%1&quot; ska vara table, csv eller json</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>kommando saknas</source>
        <translation>kommando saknas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; behöver ett underkommando: %2</source>
        <translation>&quot;%1&quot; behöver ett underkommando: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>okänt kommando &quot;%1&quot;</source>
        <translation>okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 saknas</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oväntat argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_payments_import.cpp" line="-271"/>
        <source>reskontra-cli: filen har %n fel; ingen betalning har lästs in.</source>
        <translation>
            <numerusform>reskontra-cli: filen har %n fel; ingen betalning har lästs in.</numerusform>
            <numerusform>reskontra-cli: filen har %n fel; ingen betalning har lästs in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>betald</source>
        <translation>betald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>överbetald</source>
        <translation>överbetald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avskriven diff</source>
        <translation>avskriven diff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diff till nästa faktura</source>
        <translation>diff till nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avdrag</source>
        <translation>avdrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oplacerad</source>
        <translation>oplacerad</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment_order.cpp" line="-344"/>
        <source>--invoice: tomt fakturanummer i &quot;%1&quot;</source>
        <translation>--invoice: tomt fakturanummer i &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--concerns: %1 texter men %2 fakturor</source>
        <translation>--concerns: %1 texter men %2 fakturor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ansökan kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>Ansökan kunde inte skrivas till %1: %2. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML-filen kunde inte skrivas: %1. Inget ändrades.</source>
        <translation>XML-filen kunde inte skrivas: %1. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+7"/>
        <location line="+138"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ränta från</source>
        <translation>Ränta från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntesats</source>
        <translation>Räntesats</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_threat.cpp" line="+4"/>
        <source>Upplupen ränta</source>
        <translation>Upplupen ränta</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Betalningsföreläggande nr %1</source>
        <translation>Betalningsföreläggande nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande (utkast)</source>
        <translation>Betalningsföreläggande (utkast)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> den %1: %2 %3</source>
        <translation> den %1: %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 kr</source>
        <translation>%1: %2 kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital %1, ränta %2, kostnader i målet %3, inkassokostnader %4; summa %5 kr</source>
        <translation>Kapital %1, ränta %2, kostnader i målet %3, inkassokostnader %4; summa %5 kr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Över högsta belopp (skäl: %1): %2</source>
        <translation>Över högsta belopp (skäl: %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utkast: ingenting ändrades.</source>
        <translation>Utkast: ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökan (PDF): %1</source>
        <translation>Ansökan (PDF): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökan (XML): %1</source>
        <translation>Ansökan (XML): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--pdf FILE krävs (utom med --dry-run)</source>
        <translation>--pdf FILE krävs (utom med --dry-run)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sökande</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org.nr</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofogden, ort</source>
        <translation>Kronofogden, ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottagare</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombud</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansökningsavgift</source>
        <translation>Ansökningsavgift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bifogas</source>
        <translation>Bifogas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handräckning</source>
        <translation>Handräckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalning ur pant</source>
        <translation>Betalning ur pant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verkställighet</source>
        <translation>Verkställighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast egendom</source>
        <translation>Fast egendom</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--office: ingen kronofogdemyndighet i %1 i registret (Underhåll kronofogdemyndigheter).</source>
        <translation>--office: ingen kronofogdemyndighet i %1 i registret (Underhåll kronofogdemyndigheter).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--enforcement: &quot;%1&quot; ska vara limited, full eller none</source>
        <translation>--enforcement: &quot;%1&quot; ska vara limited, full eller none</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>ansökan om betalningsföreläggande för en gäldenär (7.17)</source>
        <translation>ansökan om betalningsföreläggande för en gäldenär (7.17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Högst 16 fakturor med samma personnummer, även från andra företag: skriv NNN/N i --invoice. --concerns ger &quot;avser&quot; per faktura i samma ordning, åtskilda med |. Ränta: 1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = --rate hela procent med --ground (högst 44 tecken), 3 = ingen ränta; upplupen ränta räknas till ansökningsdagen (--date, annars i dag). Kostnader i hela kronor, högst 9 999; ansökningsavgiften är 300 kr om inget annat anges. Kostnader över lagens högsta belopp (ansökningsavgift 300, eget arbete 380, påminnelse 60 per avtalad påminnelse, kravbrev 180 per inkassokrav, amorteringsplan 170) kräver --override-reason, som loggas. Sökande, ombud, mottagande kronofogdemyndighet, ansökningsavgiftens betalning och verkställighet tas från företagets sökandeuppgifter (payment-order applicant). Utskriften stämplar fakturorna med datum för betalningsföreläggande, bevakningstexten Betalningsföreläggande och kravparametrarnas kravkod, och sparar ansökan. --xml skriver samma ansökan som XML enligt den offentliga beskrivningen av Kronofogdens filtjänst, inte validerad mot Kronofogdens schema. --dry-run räknar och skriver filerna som utkast utan att ändra något.</source>
        <translation>Högst 16 fakturor med samma personnummer, även från andra företag: skriv NNN/N i --invoice. --concerns ger &quot;avser&quot; per faktura i samma ordning, åtskilda med |. Ränta: 1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = --rate hela procent med --ground (högst 44 tecken), 3 = ingen ränta; upplupen ränta räknas till ansökningsdagen (--date, annars i dag). Kostnader i hela kronor, högst 9 999; ansökningsavgiften är 300 kr om inget annat anges. Kostnader över lagens högsta belopp (ansökningsavgift 300, eget arbete 380, påminnelse 60 per avtalad påminnelse, kravbrev 180 per inkassokrav, amorteringsplan 170) kräver --override-reason, som loggas. Sökande, ombud, mottagande kronofogdemyndighet, ansökningsavgiftens betalning och verkställighet tas från företagets sökandeuppgifter (payment-order applicant). Utskriften stämplar fakturorna med datum för betalningsföreläggande, bevakningstexten Betalningsföreläggande och kravparametrarnas kravkod, och sparar ansökan. --xml skriver samma ansökan som XML enligt den offentliga beskrivningen av Kronofogdens filtjänst, inte validerad mot Kronofogdens schema. --dry-run räknar och skriver filerna som utkast utan att ändra något.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>företaget vars fakturor och sökandeuppgifter gäller</source>
        <translation>företaget vars fakturor och sökandeuppgifter gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturanummer; NNN/N för ett annat företag</source>
        <translation>fakturanummer; NNN/N för ett annat företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansökningsdatum (i dag)</source>
        <translation>ansökningsdatum (i dag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gäldenärens personnummer, om fakturorna saknar det</source>
        <translation>gäldenärens personnummer, om fakturorna saknar det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avser per faktura, högst 67 tecken var</source>
        <translation>avser per faktura, högst 67 tecken var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>räntealternativ (1)</source>
        <translation>räntealternativ (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>räntesats i hela procent för alternativ 2</source>
        <translation>räntesats i hela procent för alternativ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grund för alternativ 2, högst 44 tecken</source>
        <translation>grund för alternativ 2, högst 44 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>särskilda upplysningar, högst 60 tecken</source>
        <translation>särskilda upplysningar, högst 60 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yrkad ansökningsavgift (300)</source>
        <translation>yrkad ansökningsavgift (300)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eget arbete/ombudsarvode</source>
        <translation>eget arbete/ombudsarvode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registreringsbevis</source>
        <translation>registreringsbevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>övriga kostnader enligt bilaga</source>
        <translation>övriga kostnader enligt bilaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningspåminnelse</source>
        <translation>betalningspåminnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravbrev</source>
        <translation>kravbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amorteringsplan</source>
        <translation>amorteringsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>övrig inkassokostnad</source>
        <translation>övrig inkassokostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vad den övriga inkassokostnaden avser, högst 24 tecken</source>
        <translation>vad den övriga inkassokostnaden avser, högst 24 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skäl för kostnader över lagens högsta belopp (loggas)</source>
        <translation>skäl för kostnader över lagens högsta belopp (loggas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>ansökan som PDF</source>
        <translation>ansökan som PDF</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>ansökan som XML</source>
        <translation>ansökan som XML</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>visa eller ändra sökandeuppgifter för betalningsföreläggande (F18)</source>
        <translation>visa eller ändra sökandeuppgifter för betalningsföreläggande (F18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rader åtskiljs med |, högst 5 rader om 30 tecken. --office hämtar myndighetens namn och adress ur registret över kronofogdemyndigheter (7.10); --office-lines skriver egna rader. Har ansökningsavgiften ett belopp ska antingen --fee-plusgiro eller --fee-enclosed yes anges. Utan ändringar visas de sparade uppgifterna.</source>
        <translation>Rader åtskiljs med |, högst 5 rader om 30 tecken. --office hämtar myndighetens namn och adress ur registret över kronofogdemyndigheter (7.10); --office-lines skriver egna rader. Har ansökningsavgiften ett belopp ska antingen --fee-plusgiro eller --fee-enclosed yes anges. Utan ändringar visas de sparade uppgifterna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sökandens namn och adress</source>
        <translation>sökandens namn och adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sökandens organisationsnummer, 10 siffror</source>
        <translation>sökandens organisationsnummer, 10 siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mottagande kronofogdemyndighet ur registret</source>
        <translation>mottagande kronofogdemyndighet ur registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mottagarens rader</source>
        <translation>mottagarens rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ombud (tomt = inget)</source>
        <translation>ombud (tomt = inget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansökningsavgift att betala, hela kronor</source>
        <translation>ansökningsavgift att betala, hela kronor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofogdens plusgirokonto</source>
        <translation>Kronofogdens plusgirokonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avgiften bifogas</source>
        <translation>avgiften bifogas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>även handräckning enligt bilaga</source>
        <translation>även handräckning enligt bilaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fastställande till betalning ur pant</source>
        <translation>fastställande till betalning ur pant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limited, full eller none</source>
        <translation>limited, full eller none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begär utmätning av fast egendom</source>
        <translation>begär utmätning av fast egendom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lista utskrivna betalningsförelägganden</source>
        <translation>lista utskrivna betalningsförelägganden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skriv ut en sparad ansökan igen, som den skrevs</source>
        <translation>skriv ut en sparad ansökan igen, som den skrevs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansökans nummer</source>
        <translation>ansökans nummer</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="-136"/>
        <location line="+132"/>
        <source>Referens</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+157"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+155"/>
        <location line="+44"/>
        <source>Bokfört</source>
        <translation>Bokfört</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Inläsning nr</source>
        <translation>Inläsning nr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningar</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placerade</source>
        <translation>Placerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placerat belopp</source>
        <translation>Placerat belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerade</source>
        <translation>Oplacerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerat belopp</source>
        <translation>Oplacerat belopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetalningar</source>
        <translation>Överbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalt belopp</source>
        <translation>Överbetalt belopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avskrivna småbelopp</source>
        <translation>Avskrivna småbelopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till nästa faktura</source>
        <translation>Till nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avdrag</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signallista</source>
        <translation>Signallista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläst igen</source>
        <translation>Inläst igen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ingenting har ändrats. Läs in den igen med --force om det är rätt.</source>
        <translation>Ingenting har ändrats. Läs in den igen med --force om det är rätt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID: &quot;%1&quot; ska vara ett nummer ur listan</source>
        <translation>ID: &quot;%1&quot; ska vara ett nummer ur listan</translation>
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
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="-109"/>
        <location line="+49"/>
        <location line="+66"/>
        <source>Betaldag</source>
        <translation>Betaldag</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Betalare</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_purge.cpp" line="+9"/>
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-300"/>
        <location line="+169"/>
        <location filename="../app/cli/cli_interest.cpp" line="-132"/>
        <location line="+74"/>
        <location line="+34"/>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-107"/>
        <source>Till och med</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-167"/>
        <location line="+168"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location line="+58"/>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="-141"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-57"/>
        <source>Ränta %</source>
        <translation>Ränta %</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="+1"/>
        <location filename="../app/cli/cli_interest.cpp" line="+1"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-221"/>
        <location filename="../app/cli/cli_payment_plan.cpp" line="+5"/>
        <location line="+18"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
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
        <translation>Ränta</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-40"/>
        <source>ange antingen --company och --invoice, eller --amount, --due och --to</source>
        <translation>ange antingen --company och --invoice, eller --amount, --due och --to</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(inga ränteperioder)</source>
        <translation>(inga ränteperioder)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>Referensränta %</source>
        <translation>Referensränta %</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dröjsmålsränta %</source>
        <translation>Dröjsmålsränta %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Bekräftad</source>
        <translation>Bekräftad</translation>
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
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>upplupen dröjsmålsränta på en faktura eller ett belopp</source>
        <translation>upplupen dröjsmålsränta på en faktura eller ett belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntan räknas på kapitalet med referensräntan för varje dag plus räntetillägget i kravparametrarna, per period mellan ränteändringar och betalningar, avrundad en gång till hela öre. Utan --to räknas fakturans ränta till slutbetalningsdagen eller i dag.</source>
        <translation>Räntan räknas på kapitalet med referensräntan för varje dag plus räntetillägget i kravparametrarna, per period mellan ränteändringar och betalningar, avrundad en gång till hela öre. Utan --to räknas fakturans ränta till slutbetalningsdagen eller i dag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belopp, t.ex. 10 000,00</source>
        <translation>belopp, t.ex. 10 000,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag</source>
        <translation>förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>räkna ränta till och med dagen D</source>
        <translation>räkna ränta till och med dagen D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>referensräntor (obekräftade markerade UNVERIFIED)</source>
        <translation>referensräntor (obekräftade markerade UNVERIFIED)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lägg in, ändra eller bekräfta referensräntan från ett datum</source>
        <translation>lägg in, ändra eller bekräfta referensräntan från ett datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntan anges med högst 4 siffror varav 2 decimaler, t.ex. 2,50 eller -0,50 (handbok 7.8). En inlagd ränta räknas som bekräftad.</source>
        <translation>Räntan anges med högst 4 siffror varav 2 decimaler, t.ex. 2,50 eller -0,50 (handbok 7.8). En inlagd ränta räknas som bekräftad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gäller från och med</source>
        <translation>gäller från och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referensränta i procent</source>
        <translation>referensränta i procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>källa, t.ex. riksbank.se</source>
        <translation>källa, t.ex. riksbank.se</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="-43"/>
        <source>Placerad på</source>
        <translation>Placerad på</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Överbetalt</source>
        <translation>Överbetalt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flyttad till</source>
        <translation>Flyttad till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kvar som överbetalning</source>
        <translation>Kvar som överbetalning</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bevakning</source>
        <translation>Bevakning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedd av</source>
        <translation>Sedd av</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Person-/orgnr</source>
        <translation>Person-/orgnr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Från faktura</source>
        <translation>Från faktura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förd till</source>
        <translation>Förd till</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_agency.cpp" line="-204"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-314"/>
        <location filename="../app/cli/cli_payment_order.cpp" line="-52"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+18"/>
        <source>--%1: &quot;%2&quot; ska vara yes eller no</source>
        <translation>--%1: &quot;%2&quot; ska vara yes eller no</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payments_import.cpp" line="+30"/>
        <source>Belopp vid överbetalning</source>
        <translation>Belopp vid överbetalning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp vid underbetalning</source>
        <translation>Belopp vid underbetalning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontering</source>
        <translation>Kontering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring nästa faktura</source>
        <translation>Överföring nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observationskonto</source>
        <translation>Observationskonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolagens giro</source>
        <translation>Inkassobolagens giro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt BG/PG/inkasso/avskr/avdrag</source>
        <translation>Inbetalningssätt BG/PG/inkasso/avskr/avdrag</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>läs in en fil som redan är inläst (samma innehåll eller tidsstämpel)</source>
        <translation>läs in en fil som redan är inläst (samma innehåll eller tidsstämpel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa utfallet för varje betalning</source>
        <translation>visa utfallet för varje betalning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mottagarkontot väljer företaget; OCR-referensen väljer fakturan. Okända referenser
går till oplacerade betalningar, belopp över saldot till överbetalningar, små
differenser inom gränserna i payment-parameters skrivs av. Allt eller inget:
ett fel i filen listas som FIL:RAD: orsak (slutkod 3); en redan inläst fil
avvisas (slutkod 1) om inte --force anges.</source>
        <translation>Mottagarkontot väljer företaget; OCR-referensen väljer fakturan. Okända referenser
går till oplacerade betalningar, belopp över saldot till överbetalningar, små
differenser inom gränserna i payment-parameters skrivs av. Allt eller inget:
ett fel i filen listas som FIL:RAD: orsak (slutkod 3); en redan inläst fil
avvisas (slutkod 1) om inte --force anges.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inbetalningar från Bankgirot (BgMax)</source>
        <translation>inbetalningar från Bankgirot (BgMax)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>inbetalningar från Plusgirot/Nordea (Total-IN)</source>
        <translation>inbetalningar från Plusgirot/Nordea (Total-IN)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bara detta företag</source>
        <translation>bara detta företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>även avklarade rader</source>
        <translation>även avklarade rader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturan betalningen ska till</source>
        <translation>fakturan betalningen ska till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anteckning</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oplacerade betalningar</source>
        <translation>oplacerade betalningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placera en oplacerad betalning på en faktura</source>
        <translation>placera en oplacerad betalning på en faktura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>markera en oplacerad betalning återbetald</source>
        <translation>markera en oplacerad betalning återbetald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>överbetalningar</source>
        <translation>överbetalningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flytta en överbetalning till samma kunds faktura</source>
        <translation>flytta en överbetalning till samma kunds faktura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>markera en överbetalning återbetald</source>
        <translation>markera en överbetalning återbetald</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signallista: betalningar på fordringar med betalningsbevakning</source>
        <translation>signallista: betalningar på fordringar med betalningsbevakning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>småbelopp som ska föras till kundens nästa faktura</source>
        <translation>småbelopp som ska föras till kundens nästa faktura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parametrar maskinella inbetalningar (handbok 3.4)</source>
        <translation>parametrar maskinella inbetalningar (handbok 3.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>företaget</source>
        <translation>företaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belopp vid överbetalning</source>
        <translation>belopp vid överbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belopp vid underbetalning</source>
        <translation>belopp vid underbetalning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avräkningskonto</source>
        <translation>avräkningskonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observationskonto för avvisade betalningar</source>
        <translation>observationskonto för avvisade betalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>överföring nästa faktura</source>
        <translation>överföring nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inkassobolagens bankgiro/plusgiro (tomt tar bort)</source>
        <translation>inkassobolagens bankgiro/plusgiro (tomt tar bort)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_reports.cpp" line="-242"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-74"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+8"/>
        <source>Rader</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="-173"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-139"/>
        <source>--%1: &quot;%2&quot; ska vara ett värde eller ett intervall A-B</source>
        <translation>--%1: &quot;%2&quot; ska vara ett värde eller ett intervall A-B</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--kind: &quot;%1&quot; ska vara all, auto eller manual</source>
        <translation>--kind: &quot;%1&quot; ska vara all, auto eller manual</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--per: &quot;%1&quot; ska vara day, week eller month</source>
        <translation>--per: &quot;%1&quot; ska vara day, week eller month</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+95"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+216"/>
        <source>skriv listan till FILE.xlsx (Excel) eller FILE.csv</source>
        <translation>skriv listan till FILE.xlsx (Excel) eller FILE.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbetalningslista (5.2): transaktioner med delsummor per datum och sätt</source>
        <translation>Inbetalningslista (5.2): transaktioner med delsummor per datum och sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from/--to väljer transaktionsdatum. --invoice 04 ger rutin 04 (040000000-049999999).
JSON: rows, subtotals (level 1 = datum och sätt, 2 = datum) och total; belopp i öre.
CSV på stdout: bara transaktionsraderna, nycklar som rubriker; --out FILE.csv ger
listan med delsummor, svenska rubriker och BOM för Excel.</source>
        <translation>--from/--to väljer transaktionsdatum. --invoice 04 ger rutin 04 (040000000-049999999).
JSON: rows, subtotals (level 1 = datum och sätt, 2 = datum) och total; belopp i öre.
CSV på stdout: bara transaktionsraderna, nycklar som rubriker; --out FILE.csv ger
listan med delsummor, svenska rubriker och BOM för Excel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transaktionsdatum from</source>
        <translation>transaktionsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaktionsdatum tom</source>
        <translation>transaktionsdatum tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+29"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-8"/>
        <source>fakturanummer eller intervall; kortare nummer fylls ut med 0 resp. 9</source>
        <translation>fakturanummer eller intervall; kortare nummer fylls ut med 0 resp. 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bara inbetalningssätt M</source>
        <translation>bara inbetalningssätt M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inrapporteringsdatum from</source>
        <translation>inrapporteringsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+5"/>
        <source>bokföringsdatum from</source>
        <translation>bokföringsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+1"/>
        <source>bokföringsdatum tom</source>
        <translation>bokföringsdatum tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag from</source>
        <translation>förfallodag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodag tom</source>
        <translation>förfallodag tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all (standard), auto = bara från bankfil, manual = inga från bankfil</source>
        <translation>all (standard), auto = bara från bankfil, manual = inga från bankfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ta med personnummer och namn</source>
        <translation>ta med personnummer och namn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbetalningsprognos (5.3): öppna saldon per förfallodag</source>
        <translation>Inbetalningsprognos (5.3): öppna saldon per förfallodag</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="-8"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="-2"/>
        <source>rutin eller intervall</source>
        <translation>rutin eller intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+5"/>
        <source>förfallodatum from</source>
        <translation>förfallodatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_saldolista.cpp" line="+1"/>
        <source>förfallodatum tom</source>
        <translation>förfallodatum tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day (standard), week eller month</source>
        <translation>day (standard), week eller month</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sök inbetalningar (5.1): från sökt värde, sorterat på det</source>
        <translation>Sök inbetalningar (5.1): från sökt värde, sorterat på det</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>från inbetalningsdatum</source>
        <translation>från inbetalningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från inbetalningssätt</source>
        <translation>från inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från inbetalt belopp</source>
        <translation>från inbetalt belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>från fakturanummer</source>
        <translation>från fakturanummer</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_unbilled.cpp" line="-70"/>
        <source>--out: &quot;%1&quot; ska sluta på .xlsx eller .csv</source>
        <translation>--out: &quot;%1&quot; ska sluta på .xlsx eller .csv</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ej debiterade räntor och avgifter (7.14): dröjsmålsränta på sent slutbetalda fakturor och avgifter som inte uppdebiterats</source>
        <translation>Ej debiterade räntor och avgifter (7.14): dröjsmålsränta på sent slutbetalda fakturor och avgifter som inte uppdebiterats</translation>
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
        <translation>Fakturor slutbetalda från --paid-from till --paid-to. Ränta till slutbetalningsdagen
minus redan debiterad ränta; ingen ränta på fakturor med räntefaktura eller kravkod
utan ränta.
--min-interest (hela kronor, högst 999) och --min-days gäller utöver kravparametrarna;
färre dagar än minimum ger varken ränta eller avgifter. Listan ändrar ingenting.
JSON: rows, subtotals (per företag) och total; belopp i öre. CSV på stdout: bara
fakturaraderna; --out FILE.csv ger listan med delsummor och svenska rubriker.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest_invoicing.cpp" line="+83"/>
        <location line="+32"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+9"/>
        <source>slutbetald from</source>
        <translation>slutbetald from</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <location filename="../app/cli/cli_unbilled.cpp" line="+1"/>
        <source>slutbetald tom</source>
        <translation>slutbetald tom</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_unbilled.cpp" line="+8"/>
        <source>minsta ränta i hela kronor (0-999)</source>
        <translation>minsta ränta i hela kronor (0-999)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minsta antal dagar efter förfallodagen (0-999)</source>
        <translation>minsta antal dagar efter förfallodagen (0-999)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_payment_plan.cpp" line="-32"/>
        <source>--%1: ange hela kronor, inte &quot;%2&quot;</source>
        <translation>--%1: ange hela kronor, inte &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Avisering</source>
        <translation>Avisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvar</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny ränta</source>
        <translation>Ny ränta</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Amorteringsplan %1 för %2 (%3), upprättad %4</source>
        <translation>Amorteringsplan %1 för %2 (%3), upprättad %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amorteringsplan för %1 (%2), %3</source>
        <translation>Amorteringsplan för %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total skuld %1 kr (kapital %2, avgifter %3, upplupen ränta %4); ny ränta %5, aviseringsavgifter %6; att betala %7 kr i %8 delbetalningar.</source>
        <translation>Total skuld %1 kr (kapital %2, avgifter %3, upplupen ränta %4); ny ränta %5, aviseringsavgifter %6; att betala %7 kr i %8 delbetalningar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kontroll: ingenting ändrades.</source>
        <translation>Kontroll: ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planen (PDF): %1</source>
        <translation>Planen (PDF): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planen kunde inte skrivas till %1: %2. Inget ändrades.</source>
        <translation>Planen kunde inte skrivas till %1: %2. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--months och --then anges tillsammans</source>
        <translation>--months och --then anges tillsammans</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gäldenär</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skuld</source>
        <translation>Skuld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delbet.</source>
        <translation>Delbet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första</source>
        <translation>Första</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista</source>
        <translation>Sista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID: &quot;%1&quot; ska vara en plans nummer</source>
        <translation>ID: &quot;%1&quot; ska vara en plans nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amorteringsplan %1 finns inte.</source>
        <translation>Amorteringsplan %1 finns inte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>skriv planen som PDF</source>
        <translation>skriv planen som PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amorteringsplan: betalningsplan för upp till 24 fakturor (handbok 7.18)</source>
        <translation>amorteringsplan: betalningsplan för upp till 24 fakturor (handbok 7.18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varje delbetalning betalar först avgifter och upplupen ränta, sedan ränta sedan föregående betalning och sist kapital; aviseringsavgiften läggs till. Planen stämplar fakturorna med datum för amorteringsplan, sätter kravkoden från kravparametrarna och bevakningstexten &quot;Amorteringsplan&quot;. Gäldenären hämtas från den första fakturan, borgenären är den sparade (första gången företagets uppgifter). Med --dry-run ändras ingenting (en PDF skrivs ändå som förhandsvisning).</source>
        <translation>Varje delbetalning betalar först avgifter och upplupen ränta, sedan ränta sedan föregående betalning och sist kapital; aviseringsavgiften läggs till. Planen stämplar fakturorna med datum för amorteringsplan, sätter kravkoden från kravparametrarna och bevakningstexten &quot;Amorteringsplan&quot;. Gäldenären hämtas från den första fakturan, borgenären är den sparade (första gången företagets uppgifter). Med --dry-run ändras ingenting (en PDF skrivs ändå som förhandsvisning).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>företaget fakturorna finns i</source>
        <translation>företaget fakturorna finns i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturanummer, högst 24</source>
        <translation>fakturanummer, högst 24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>första betalningsdag</source>
        <translation>första betalningsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>månadsbelopp i hela kronor</source>
        <translation>månadsbelopp i hela kronor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>antal månader med månadsbeloppet</source>
        <translation>antal månader med månadsbeloppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>månadsbelopp därefter</source>
        <translation>månadsbelopp därefter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aviseringsavgift per delbetalning</source>
        <translation>aviseringsavgift per delbetalning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skäl för en aviseringsavgift över 170 kr (loggas)</source>
        <translation>skäl för en aviseringsavgift över 170 kr (loggas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen dröjsmålsränta</source>
        <translation>ingen dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>betalning den sista i varje månad (första dagen måste vara en månads sista)</source>
        <translation>betalning den sista i varje månad (första dagen måste vara en månads sista)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sparade amorteringsplaner, nyaste först</source>
        <translation>sparade amorteringsplaner, nyaste först</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en sparad amorteringsplan, som den skrevs ut</source>
        <translation>en sparad amorteringsplan, som den skrevs ut</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_saldolista.cpp" line="-75"/>
        <source>--dunning-code: kravkod 1–9 eller ett intervall 1-9</source>
        <translation>--dunning-code: kravkod 1–9 eller ett intervall 1-9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sort: &quot;%1&quot; ska vara invoice, id, name, due, routine, register eller department</source>
        <translation>--sort: &quot;%1&quot; ska vara invoice, id, name, due, routine, register eller department</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--detail: &quot;%1&quot; ska vara full eller narrow</source>
        <translation>--detail: &quot;%1&quot; ska vara full eller narrow</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saldolista (6.4): fakturornas saldo med delsummor per rutin och företag</source>
        <translation>Saldolista (6.4): fakturornas saldo med delsummor per rutin och företag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kolumnerna invoiced (FAKTURERAT), debited (PÅFÖRT), paid (INBETALT, negativt) och
balance (SALDO) stämmer: invoiced + debited + paid = balance, på varje rad och summa.
--as-of D ger saldot vid dagens slut: transaktioner efter D räknas bort, fakturor
framställda efter D är inte med. --sort routine = debiteringsrutinens identitet.
JSON: rows, subtotals (level 1 = rutin, 2 = företag) och total; belopp i öre.</source>
        <translation>Kolumnerna invoiced (FAKTURERAT), debited (PÅFÖRT), paid (INBETALT, negativt) och
balance (SALDO) stämmer: invoiced + debited + paid = balance, på varje rad och summa.
--as-of D ger saldot vid dagens slut: transaktioner efter D räknas bort, fakturor
framställda efter D är inte med. --sort routine = debiteringsrutinens identitet.
JSON: rows, subtotals (level 1 = rutin, 2 = företag) och total; belopp i öre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fakturadatum from</source>
        <translation>fakturadatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fakturadatum tom</source>
        <translation>fakturadatum tom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>debiteringsrutinens identitet from</source>
        <translation>debiteringsrutinens identitet from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debiteringsrutinens identitet tom</source>
        <translation>debiteringsrutinens identitet tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer from (1–10 siffror)</source>
        <translation>personnummer from (1–10 siffror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnummer tom</source>
        <translation>personnummer tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kundnummer eller intervall</source>
        <translation>kundnummer eller intervall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saldobelopp from</source>
        <translation>saldobelopp from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saldobelopp tom</source>
        <translation>saldobelopp tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravkod eller intervall</source>
        <translation>kravkod eller intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast obetalda fakturor (saldo ≠ 0)</source>
        <translation>endast obetalda fakturor (saldo ≠ 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>justera bort inbetalningar efter D (saldo per D)</source>
        <translation>justera bort inbetalningar efter D (saldo per D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice (standard), id, name, due, routine, register, department</source>
        <translation>invoice (standard), id, name, due, routine, register, department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast påminda fakturor</source>
        <translation>endast påminda fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast inkassokrävda fakturor</source>
        <translation>endast inkassokrävda fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast fakturor med inbetalningssätt M</source>
        <translation>endast fakturor med inbetalningssätt M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast totalrader</source>
        <translation>endast totalrader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full (standard, alla kolumner) eller narrow (smal lista för utskrift)</source>
        <translation>full (standard, alla kolumner) eller narrow (smal lista för utskrift)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kundfordringar (6.5): obetalda fakturor per ett datum</source>
        <translation>Kundfordringar (6.5): obetalda fakturor per ett datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor med fakturadatum t.o.m. D och saldo ≠ 0 vid dagens slut.
--sort: company, invoice_number, id, name, invoice_date, due_date, days_overdue,
invoiced eller balance. --filter: början av fakturanummer, personnummer,
kundnummer (siffror) eller namn.</source>
        <translation>Fakturor med fakturadatum t.o.m. D och saldo ≠ 0 vid dagens slut.
--sort: company, invoice_number, id, name, invoice_date, due_date, days_overdue,
invoiced eller balance. --filter: början av fakturanummer, personnummer,
kundnummer (siffror) eller namn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>obetalda per D</source>
        <translation>obetalda per D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endast vissa fakturor</source>
        <translation>endast vissa fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sortera på kolumnen</source>
        <translation>sortera på kolumnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fallande sortering</source>
        <translation>fallande sortering</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_threat.cpp" line="+45"/>
        <source>Kontrollista hot om betalningsföreläggande %1: %2 fordringar</source>
        <translation>Kontrollista hot om betalningsföreläggande %1: %2 fordringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande %1: %2 fordringar stämplade</source>
        <translation>Hot om betalningsföreläggande %1: %2 fordringar stämplade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Att betala sammanlagt %1 kr; upplupen ränta %2 kr (utskriven, ej debiterad).</source>
        <translation>Att betala sammanlagt %1 kr; upplupen ränta %2 kr (utskriven, ej debiterad).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hoppas över: %1/%2: %3</source>
        <translation>Hoppas över: %1/%2: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reskontra-cli: inga brev att skriva till %1.</source>
        <translation>reskontra-cli: inga brev att skriva till %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hot om betalningsföreläggande (7.16)</source>
        <translation>hot om betalningsföreläggande (7.16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriver hot om betalningsföreläggande (A4 stående) för obetalda fordringar där minst --days dagar gått sedan inkassokravet och inget hot skickats, och stämplar datumet på fordringarna. Fordringar med amorteringsplan, betalningsföreläggande eller överförda till inkasso tas inte med; en kravkod med &quot;ej hot&quot; som gäller på datumet hoppar över fordran. Ingen avgift eller ränta debiteras; --interest skriver ut den upplupna dröjsmålsräntan. --dry-run ger kontrollistan, exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet hålls för manuell hantering.</source>
        <translation>Skriver hot om betalningsföreläggande (A4 stående) för obetalda fordringar där minst --days dagar gått sedan inkassokravet och inget hot skickats, och stämplar datumet på fordringarna. Fordringar med amorteringsplan, betalningsföreläggande eller överförda till inkasso tas inte med; en kravkod med &quot;ej hot&quot; som gäller på datumet hoppar över fordran. Ingen avgift eller ränta debiteras; --interest skriver ut den upplupna dröjsmålsräntan. --dry-run ger kontrollistan, exakt samma resultat utan att något ändras. Brev till kunder med skyddad identitet hålls för manuell hantering.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>antal dagar sedan inkassokrav, 1–999</source>
        <translation>antal dagar sedan inkassokrav, 1–999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>textnummer 1–9 för hotet</source>
        <translation>textnummer 1–9 för hotet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skriv ut upplupen dröjsmålsränta</source>
        <translation>skriv ut upplupen dröjsmålsränta</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_login.cpp" line="+142"/>
        <source>Lösenord för %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reskontran kräver inloggning: ange användaren med --user och lösenordet i $RESKONTRA_PASSWORD, eller kör kommandot på en terminal.</source>
        <translation>Reskontran kräver inloggning: ange användaren med --user och lösenordet i $RESKONTRA_PASSWORD, eller kör kommandot på en terminal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kommandot &quot;%1&quot;</source>
        <translation>Kommandot &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nytt lösenord för %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samma lösenord igen: </source>
        <translation>Samma lösenord igen: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenorden är inte lika; inget är ändrat.</source>
        <translation>Lösenorden är inte lika; inget är ändrat.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_purge.cpp" line="-49"/>
        <source>--lists: &quot;%1&quot; ska vara invoice, name eller id</source>
        <translation>--lists: &quot;%1&quot; ska vara invoice, name eller id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lists: &quot;%1&quot; har för många &apos;:&apos;</source>
        <translation>--lists: &quot;%1&quot; har för många &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lists: detaljen &quot;%1&quot; ska vara lines eller dunning</source>
        <translation>--lists: detaljen &quot;%1&quot; ska vara lines eller dunning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lists: ange minst en lista</source>
        <translation>--lists: ange minst en lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--exclude-code: &quot;%1&quot; ska vara en kravkod 1–9</source>
        <translation>--exclude-code: &quot;%1&quot; ska vara en kravkod 1–9</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--exclude-code: högst %1 kravkoder</source>
        <translation>--exclude-code: högst %1 kravkoder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Betald</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt</source>
        <translation>Inbetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans.</source>
        <translation>Trans.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Endast lista, betalda före %1: %2 fakturor skulle rensas</source>
        <translation>Endast lista, betalda före %1: %2 fakturor skulle rensas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning betalda före %1: %2 fakturor rensade</source>
        <translation>Rensning betalda före %1: %2 fakturor rensade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</source>
        <translation>Belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endast lista: ingenting ändrades.</source>
        <translation>Endast lista: ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslistan (PDF): %1</source>
        <translation>Kvittenslistan (PDF): %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--pdf: kvittenslistan är obligatorisk vid rensning (eller --dry-run för endast lista)</source>
        <translation>--pdf: kvittenslistan är obligatorisk vid rensning (eller --dry-run för endast lista)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>rensning betalda fakturor (8.4)</source>
        <translation>rensning betalda fakturor (8.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar bort fakturor med saldo noll som betalts före --paid-before (slutbetalningsdatum och sista transaktion före datumet) ur reskontran, med transaktioner och tillhörande uppgifter, i en enda transaktion. Kunderna finns kvar. Fakturor med ej bokförda transaktioner, i en pågående amorteringsplan eller ett pågående betalningsföreläggande, med inkassobetalningar som inte rapporterats, med osedd signal eller som en kvarvarande faktura hänvisar till rensas inte (listas med orsak). Kvittenslistan (--pdf) skrivs innan något tas bort; kan den inte skrivas ändras ingenting. --lists väljer listor: invoice, name, id, var och en med :lines (fakturarader) och/eller :dunning (kravuppgifter), t.ex. invoice:lines+dunning,name. --dry-run ger endast lista och ändrar ingenting. Kräver rollen arbetsledare.</source>
        <translation>Tar bort fakturor med saldo noll som betalts före --paid-before (slutbetalningsdatum och sista transaktion före datumet) ur reskontran, med transaktioner och tillhörande uppgifter, i en enda transaktion. Kunderna finns kvar. Fakturor med ej bokförda transaktioner, i en pågående amorteringsplan eller ett pågående betalningsföreläggande, med inkassobetalningar som inte rapporterats, med osedd signal eller som en kvarvarande faktura hänvisar till rensas inte (listas med orsak). Kvittenslistan (--pdf) skrivs innan något tas bort; kan den inte skrivas ändras ingenting. --lists väljer listor: invoice, name, id, var och en med :lines (fakturarader) och/eller :dunning (kravuppgifter), t.ex. invoice:lines+dunning,name. --dry-run ger endast lista och ändrar ingenting. Kräver rollen arbetsledare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>betalda före detta datum</source>
        <translation>betalda före detta datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>företag, NNN eller NNN-NNN (tomt = alla)</source>
        <translation>företag, NNN eller NNN-NNN (tomt = alla)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkoder som inte rensas, högst 4, kommaseparerade</source>
        <translation>kravkoder som inte rensas, högst 4, kommaseparerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kvittenslistor (standard: invoice)</source>
        <translation>kvittenslistor (standard: invoice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kvittenslistan som PDF (krävs utom vid --dry-run)</source>
        <translation>kvittenslistan som PDF (krävs utom vid --dry-run)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_users.cpp" line="-114"/>
        <source>%1: &quot;%2&quot; ska vara read, clerk, supervisor eller administrator</source>
        <translation>%1: &quot;%2&quot; ska vara read, clerk, supervisor eller administrator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: företagsnumret &quot;%2&quot; ska vara 1–3 siffror</source>
        <translation>%1: företagsnumret &quot;%2&quot; ska vara 1–3 siffror</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+90"/>
        <source>Användare</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+90"/>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Behörighet</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>alla</source>
        <translation>alla</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+87"/>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Har lösenord</source>
        <translation>Har lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Ändrad av</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>Ändrad</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Lösenord</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Automatisk utloggning (minuter, 0 = aldrig)</source>
        <translation>Automatisk utloggning (minuter, 0 = aldrig)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>lägg upp en användare (utan lösenord)</source>
        <translation>lägg upp en användare (utan lösenord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollerna: read = läsbehörighet, clerk = handläggare, supervisor = arbetsledare, administrator = administratör (ser alla företag). Sätt sedan lösenordet med &quot;user password LOGIN&quot;.</source>
        <translation>Rollerna: read = läsbehörighet, clerk = handläggare, supervisor = arbetsledare, administrator = administratör (ser alla företag). Sätt sedan lösenordet med &quot;user password LOGIN&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roll</source>
        <translation>roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fullständigt namn</source>
        <translation>fullständigt namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag användaren får se och ändra</source>
        <translation>företag användaren får se och ändra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sätt eller byt lösenord (två gånger på terminalen, annars första raden på stdin)</source>
        <translation>sätt eller byt lösenord (två gånger på terminalen, annars första raden på stdin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minst %1 tecken. När någon har lösenord måste alla logga in: --user NAMN och lösenordet i $RESKONTRA_PASSWORD eller på terminalen. Den egna användarens lösenord får alla byta.</source>
        <translation>Minst %1 tecken. När någon har lösenord måste alla logga in: --user NAMN och lösenordet i $RESKONTRA_PASSWORD eller på terminalen. Den egna användarens lösenord får alla byta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ändra användarens roll</source>
        <translation>ändra användarens roll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ange vilka företag användaren får se och ändra</source>
        <translation>ange vilka företag användaren får se och ändra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>användarna med roll och företag</source>
        <translation>användarna med roll och företag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stäng av en användare (kan inte logga in)</source>
        <translation>stäng av en användare (kan inte logga in)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>släpp på en avstängd användare igen</source>
        <translation>släpp på en avstängd användare igen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>visa eller ändra tiden till automatisk utloggning i programmet</source>
        <translation>visa eller ändra tiden till automatisk utloggning i programmet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minuter utan tangentbord eller mus, 0 = aldrig (standard 30)</source>
        <translation>minuter utan tangentbord eller mus, 0 = aldrig (standard 30)</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../core/storage/runlock.cpp" line="+72"/>
        <source>okänd tid</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kravkörning</source>
        <translation>Kravkörning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläsning BgMax</source>
        <translation>Inläsning BgMax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläsning Total-IN</source>
        <translation>Inläsning Total-IN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringskörning</source>
        <translation>Bokföringskörning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefakturering</source>
        <translation>Räntefakturering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till nästa faktura</source>
        <translation>Överföring till nästa faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till inkasso</source>
        <translation>Överföring till inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning betalda fakturor</source>
        <translation>Rensning betalda fakturor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 för företag %2 pågår sedan %3, startad av %4 på %5</source>
        <translation>%1 för företag %2 pågår sedan %3, startad av %4 på %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pågår</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avbruten (processen finns inte längre)</source>
        <translation>avbruten (processen finns inte längre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okänd (annan dator)</source>
        <translation>okänd (annan dator)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>klar</source>
        <translation>klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rensad automatiskt av %1</source>
        <translation>rensad automatiskt av %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rensad av %1</source>
        <translation>rensad av %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>rensad automatiskt: innehavaren finns inte längre</source>
        <translation>rensad automatiskt: innehavaren finns inte längre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Har körningen avbrutits kan en administratör ta bort låset under Rensning loggposter efter avbrott.</source>
        <translation>Har körningen avbrutits kan en administratör ta bort låset under Rensning loggposter efter avbrott.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 kan startas när den är klar.</source>
        <translation>%1 kan startas när den är klar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 kunde inte låsa företag %2: %3</source>
        <translation>%1 kunde inte låsa företag %2: %3</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, PostgreSQL-process %1</source>
        <translation>, PostgreSQL-process %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rensning loggposter efter avbrott</source>
        <translation>Rensning loggposter efter avbrott</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>borttaget av administratör</source>
        <translation>borttaget av administratör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Låset för företag %1 finns inte längre (körningen har avslutats eller någon annan har tagit bort det).</source>
        <translation>Låset för företag %1 finns inte längre (körningen har avslutats eller någon annan har tagit bort det).</translation>
    </message>
</context>
<context>
    <name>Saldolista</name>
    <message>
        <location filename="../core/reports/saldolista.cpp" line="+27"/>
        <location line="+117"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+120"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+69"/>
        <location line="+48"/>
        <source>Debiteringsrutinens identitet</source>
        <translation>Debiteringsrutinens identitet</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Avdelning/förvaltning</source>
        <translation>Avdelning/förvaltning</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <location line="+16"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rutin: tom %1 ligger före from %2.</source>
        <translation>Rutin: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer from</source>
        <translation>Fakturanummer from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer tom</source>
        <translation>Fakturanummer tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer: tom %1 ligger före from %2.</source>
        <translation>Fakturanummer: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Förfallodatum</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Bokföringsdatum</source>
        <translation>Bokföringsdatum</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Personnummer from</source>
        <translation>Personnummer from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer tom</source>
        <translation>Personnummer tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer: tom %1 ligger före from %2.</source>
        <translation>Personnummer: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>Förvaltning/avdelning</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Saldobelopp: tom %1 ligger före from %2.</source>
        <translation>Saldobelopp: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kravkod: %1 ska vara 1–9.</source>
        <translation>Kravkod: %1 ska vara 1–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravkod: tom %1 ligger före from %2.</source>
        <translation>Kravkod: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbetalningssätt &quot;%1&quot; finns inte.</source>
        <translation>Inbetalningssätt &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saldolista</source>
        <translation>Saldolista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldo per %1: inbetalningar och händelser efter dagen bortjusterade, fakturor framställda efter dagen ej med</source>
        <translation>Saldo per %1: inbetalningar och händelser efter dagen bortjusterade, fakturor framställda efter dagen ej med</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldobelopp</source>
        <translation>Saldobelopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <location line="+24"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Endast obetalda fakturor</source>
        <translation>Endast obetalda fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast påminda fakturor</source>
        <translation>Endast påminda fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast inkassokrävda fakturor</source>
        <translation>Endast inkassokrävda fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast fakturor med inbetalningssätt %1</source>
        <translation>Endast fakturor med inbetalningssätt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast totalrader</source>
        <translation>Endast totalrader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortering: %1</source>
        <translation>Sortering: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krav: P1/P2 påminnelse 1/2, IK inkassokrav, RK restkrav, HB hot om betalningsföreläggande, BF betalningsföreläggande; datum för det senaste</source>
        <translation>Krav: P1/P2 påminnelse 1/2, IK inkassokrav, RK restkrav, HB hot om betalningsföreläggande, BF betalningsföreläggande; datum för det senaste</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Person-/kundnr</source>
        <translation>Person-/kundnr</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rutinidentitet</source>
        <translation>Rutinidentitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avd</source>
        <translation>Avd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt.datum</source>
        <translation>Fakt.datum</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Fakturerat</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Påfört</source>
        <translation>Påfört</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Inbetalt</source>
        <translation>Inbetalt</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Senaste inbet.</source>
        <translation>Senaste inbet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påm 1</source>
        <translation>Påm 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påm 2</source>
        <translation>Påm 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot bet.f.</source>
        <translation>Hot bet.f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bet.föreläggande</source>
        <translation>Bet.föreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevakning</source>
        <translation>Bevakning</translation>
    </message>
</context>
<context>
    <name>SavedPrints</name>
    <message>
        <location filename="../core/reports/savedprints.cpp" line="+64"/>
        <source>Bokföringsorder</source>
        <translation>Bokföringsorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslista rensning</source>
        <translation>Kvittenslista rensning</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sparad utskrift: företag saknas.</source>
        <translation>Sparad utskrift: företag saknas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sparad utskrift &quot;%1&quot;: utskriften är tom och sparas inte.</source>
        <translation>Sparad utskrift &quot;%1&quot;: utskriften är tom och sparas inte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ogiltigt antal rader.</source>
        <translation>Ogiltigt antal rader.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum: fr.o.m. %1 är senare än t.o.m. %2.</source>
        <translation>Datum: fr.o.m. %1 är senare än t.o.m. %2.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Den sparade utskriften finns inte längre (den kan ha rensats när tiden den skulle sparas gick ut, eller tagits bort).</source>
        <translation>Den sparade utskriften finns inte längre (den kan ha rensats när tiden den skulle sparas gick ut, eller tagits bort).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Att ta bort en sparad utskrift</source>
        <translation>Att ta bort en sparad utskrift</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, företag %2: %3 (sparad %4 av %5, %n sidor)</source>
        <translation>
            <numerusform>%1, företag %2: %3 (sparad %4 av %5, %n sida)</numerusform>
            <numerusform>%1, företag %2: %3 (sparad %4 av %5, %n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Att ändra hur länge utskrifter sparas</source>
        <translation>Att ändra hur länge utskrifter sparas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: antal dagar ska vara 0–%2 (0 = sparas inte), inte %3.</source>
        <translation>%1: antal dagar ska vara 0–%2 (0 = sparas inte), inte %3.</translation>
    </message>
</context>
<context>
    <name>SeparateReceivable</name>
    <message>
        <location filename="../core/reports/separatereceivable.cpp" line="+25"/>
        <source>Datum: ange den dag då fakturorna ska ha legat obetalda.</source>
        <translation>Datum: ange den dag då fakturorna ska ha legat obetalda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+9"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Särredovisad kundfordran</source>
        <translation>Särredovisad kundfordran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obetalda per %1 (fakturor framställda efter dagen ej med)</source>
        <translation>Obetalda per %1 (fakturor framställda efter dagen ej med)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/kundnr</source>
        <translation>Person-/kundnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt.datum</source>
        <translation>Fakt.datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp konto</source>
        <translation>Belopp konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturerat</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>Sie4Writer</name>
    <message>
        <location filename="../core/formats/sie4.cpp" line="+178"/>
        <source>SIE-filen gäller företag %1 men verifikation %2 gäller företag %3.</source>
        <translation>SIE-filen gäller företag %1 men verifikation %2 gäller företag %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verifikation %1 balanserar inte (summa %2).</source>
        <translation>Verifikation %1 balanserar inte (summa %2).</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <location filename="../core/payments/signallist.cpp" line="+65"/>
        <source>Signalrad nr %1 finns inte.</source>
        <translation>Signalrad nr %1 finns inte.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/reports/statistics.cpp" line="+48"/>
        <source>Hela reskontran</source>
        <translation>Hela reskontran</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Företag %1</source>
        <translation>Företag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag %1 (de du har behörighet till)</source>
        <translation>Företag %1 (de du har behörighet till)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ange 1–%2 gränser.</source>
        <translation>%1: ange 1–%2 gränser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 ska vara 1–9999.</source>
        <translation>%1: %2 ska vara 1–9999.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ska vara större än %3.</source>
        <translation>%1: %2 ska vara större än %3.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nya fordringar per månad</source>
        <translation>Nya fordringar per månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar per rutin</source>
        <translation>Öppna fordringar per rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetalda fordringar per månad</source>
        <translation>Slutbetalda fordringar per månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar efter dagar efter förfallodag</source>
        <translation>Öppna fordringar efter dagar efter förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppet saldo efter dagar efter förfallodag</source>
        <translation>Öppet saldo efter dagar efter förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäldenärer efter åldersgrupp</source>
        <translation>Gäldenärer efter åldersgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar i inkasso</source>
        <translation>Öppna fordringar i inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerade fakturor per månad i år</source>
        <translation>Registrerade fakturor per månad i år</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Gränsen &quot;%1&quot; är inte ett heltal antal dagar/år.</source>
        <translation>Gränsen &quot;%1&quot; är inte ett heltal antal dagar/år.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gränser</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ej förfallna</source>
        <translation>Ej förfallna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>över %1</source>
        <translation>över %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisationer</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Okänt</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Antal månader ska vara 1–120 (nu %1).</source>
        <translation>Antal månader ska vara 1–120 (nu %1).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Slutbetalda</source>
        <translation>Slutbetalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nya fordringar</source>
        <translation>Nya fordringar</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+40"/>
        <location line="+54"/>
        <source>Öppna fordringar</source>
        <translation>Öppna fordringar</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Åldersgränser (dagar)</source>
        <translation>Åldersgränser (dagar)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Åldersgrupper (år)</source>
        <translation>Åldersgrupper (år)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gäldenärer</source>
        <translation>Gäldenärer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ej i inkasso</source>
        <translation>Ej i inkasso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inkassokrav skickat</source>
        <translation>Inkassokrav skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförda till inkassoombud</source>
        <translation>Överförda till inkassoombud</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fakturor</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kreditfakturor</source>
        <translation>Kreditfakturor</translation>
    </message>
</context>
<context>
    <name>ThreatLetterDocument</name>
    <message>
        <location filename="../render/threatletterdocument.cpp" line="+35"/>
        <source>Inga hotbrev att skriva ut till %1.</source>
        <translation>Inga hotbrev att skriva ut till %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hot om betalningsföreläggande %1</source>
        <translation>Hot om betalningsföreläggande %1</translation>
    </message>
</context>
<context>
    <name>ThreatRun</name>
    <message>
        <location filename="../core/dunning/threatrun.cpp" line="+97"/>
        <source>HOT OM BETALNINGSFÖRELÄGGANDE</source>
        <translation>HOT OM BETALNINGSFÖRELÄGGANDE</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Antal dagar sedan inkassokrav: ange 1–%1 dagar (obligatorisk uppgift).</source>
        <translation>Antal dagar sedan inkassokrav: ange 1–%1 dagar (obligatorisk uppgift).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Textnummer: ange texten 1–9 som ska skrivas på hoten (obligatorisk uppgift).</source>
        <translation>Textnummer: ange texten 1–9 som ska skrivas på hoten (obligatorisk uppgift).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Textnummer: text %1 för hot om betalningsföreläggande finns inte; lägg upp den under Systemunderhåll → Texter.</source>
        <translation>Textnummer: text %1 för hot om betalningsföreläggande finns inte; lägg upp den under Systemunderhåll → Texter.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>kravkod %1 %2 t.o.m. %3</source>
        <translation>kravkod %1 %2 t.o.m. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kravkod %1 %2</source>
        <translation>kravkod %1 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Faktura %1/%2: %3</source>
        <translation>Faktura %1/%2: %3</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>företag %1–%2, körningsdatum %3</source>
        <translation>företag %1–%2, körningsdatum %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; kör igen.</source>
        <translation>Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; kör igen.</translation>
    </message>
</context>
<context>
    <name>TotalInParser</name>
    <message>
        <location filename="../core/formats/totalin.cpp" line="+48"/>
        <source> (raden innehåller tabbtecken; Total-IN-fält fylls med blanksteg)</source>
        <translation> (raden innehåller tabbtecken; Total-IN-fält fylls med blanksteg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (raden innehåller vagnretur utan radmatning)</source>
        <translation> (raden innehåller vagnretur utan radmatning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (filen verkar vara sparad som UTF-8; Total-IN ska vara ISO-8859-1)</source>
        <translation> (filen verkar vara sparad som UTF-8; Total-IN ska vara ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>filen är tom</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>raden är tom; tomma rader får bara finnas sist i filen</source>
        <translation>raden är tom; tomma rader får bara finnas sist i filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten är %1 tecken lång, ska vara %2%3</source>
        <translation>posten är %1 tecken lång, ska vara %2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>posten har ett styrtecken (kod %1) i position %2; Total-IN-poster är text fylld med blanksteg</source>
        <translation>posten har ett styrtecken (kod %1) i position %2; Total-IN-poster är text fylld med blanksteg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>filen är ingen Total-IN-fil: den ska börja med startposten &quot;00&quot; men börjar med &quot;%1&quot;</source>
        <translation>filen är ingen Total-IN-fil: den ska börja med startposten &quot;00&quot; men börjar med &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>okänd posttyp &quot;%1&quot; (Total-IN har posttyperna 00, 10, 20, 25, 30, 40, 50–52, 60–63, 70, 90 och 99)</source>
        <translation>okänd posttyp &quot;%1&quot; (Total-IN har posttyperna 00, 10, 20, 25, 30, 40, 50–52, 60–63, 70, 90 och 99)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data efter slutposten (99 på rad %1)</source>
        <translation>data efter slutposten (99 på rad %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filen ska börja med startposten (00) men börjar med %1</source>
        <translation>filen ska börja med startposten (00) men börjar med %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kontots startpost (10) börjar ett nytt konto, men kontot från rad %1 har ingen slutpost (90)</source>
        <translation>kontots startpost (10) börjar ett nytt konto, men kontot från rad %1 har ingen slutpost (90)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>en andra startpost (00); filen har redan en på rad %1</source>
        <translation>en andra startpost (00); filen har redan en på rad %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>startposten (00) ska stå först i filen</source>
        <translation>startposten (00) ska stå först i filen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>kontots slutpost (90) står utanför ett konto: kontots startpost (10) saknas före den</source>
        <translation>kontots slutpost (90) står utanför ett konto: kontots startpost (10) saknas före den</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>beloppet i kontots slutpost (90) är %1 men kontot från rad %2 summerar till %3 (betalningar 20 minus avdrag 25)</source>
        <translation>beloppet i kontots slutpost (90) är %1 men kontot från rad %2 summerar till %3 (betalningar 20 minus avdrag 25)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>antalet transaktioner i kontots slutpost (90) är %1 men kontot från rad %2 har %3 (betalningar 20 och avdrag 25)</source>
        <translation>antalet transaktioner i kontots slutpost (90) är %1 men kontot från rad %2 har %3 (betalningar 20 och avdrag 25)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 står utanför ett konto: kontots startpost (10) saknas före den</source>
        <translation>%1 står utanför ett konto: kontots startpost (10) saknas före den</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 står utanför ett konto</source>
        <translation>%1 står utanför ett konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 står före kontots första betalningspost (20) eller avdragspost (25)</source>
        <translation>%1 står före kontots första betalningspost (20) eller avdragspost (25)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 står i fel ordning efter %2 på rad %3; en transaktion har posterna 20/25, 30, 40, 50, 51, 52, 60, 61, 62, 63, 70 i den ordningen, och bara 30 och 40 får upprepas</source>
        <translation>%1 står i fel ordning efter %2 på rad %3; en transaktion har posterna 20/25, 30, 40, 50, 51, 52, 60, 61, 62, 63, 70 i den ordningen, och bara 30 och 40 får upprepas</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Utlandsbetalning: %1 %2</source>
        <translation>Utlandsbetalning: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, kostnad %1 %2</source>
        <translation>, kostnad %1 %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>slutposten (99) kommer före kontots slutpost (90) för kontot från rad %1</source>
        <translation>slutposten (99) kommer före kontots slutpost (90) för kontot från rad %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>slutposten (99) anger %1 poster men filen har %2 (startposten och slutposten medräknade)</source>
        <translation>slutposten (99) anger %1 poster men filen har %2 (startposten och slutposten medräknade)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>filen slutar inne i kontot från rad %1: kontots slutpost (90) och slutposten (99) saknas</source>
        <translation>filen slutar inne i kontot från rad %1: kontots slutpost (90) och slutposten (99) saknas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filen slutar utan slutpost (99)</source>
        <translation>filen slutar utan slutpost (99)</translation>
    </message>
    <message>
        <location filename="../core/formats/totalinrecords.cpp" line="+33"/>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1–%2</source>
        <translation>position %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blankt</source>
        <translation>blankt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) i %3 är %4; %5</source>
        <translation>%1 (%2) i %3 är %4; %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>det ska vara siffror</source>
        <translation>det ska vara siffror</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>det ska vara siffror eller blankt</source>
        <translation>det ska vara siffror eller blankt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>den ska vara en valutakod som SEK eller blank</source>
        <translation>den ska vara en valutakod som SEK eller blank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara en valutakod som SEK</source>
        <translation>den ska vara en valutakod som SEK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>det ska vara ett datum ÅÅÅÅMMDD</source>
        <translation>det ska vara ett datum ÅÅÅÅMMDD</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>startposten (00)</source>
        <translation>startposten (00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontots startpost (10)</source>
        <translation>kontots startpost (10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betalningsposten (20)</source>
        <translation>betalningsposten (20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avdragsposten (25)</source>
        <translation>avdragsposten (25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referensnummerposten (30)</source>
        <translation>referensnummerposten (30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meddelandeposten (40)</source>
        <translation>meddelandeposten (40)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarens namnpost (50)</source>
        <translation>avsändarens namnpost (50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarens adresspost (51)</source>
        <translation>avsändarens adresspost (51)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarens ortpost (52)</source>
        <translation>avsändarens ortpost (52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avsändarkontoposten (60)</source>
        <translation>avsändarkontoposten (60)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontohavarens namnpost (61)</source>
        <translation>kontohavarens namnpost (61)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontohavarens adresspost (62)</source>
        <translation>kontohavarens adresspost (62)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontohavarens ortpost (63)</source>
        <translation>kontohavarens ortpost (63)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utlandsposten (70)</source>
        <translation>utlandsposten (70)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontots slutpost (90)</source>
        <translation>kontots slutpost (90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slutposten (99)</source>
        <translation>slutposten (99)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posten</source>
        <translation>posten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total-IN-identiteten</source>
        <translation>Total-IN-identiteten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>den får inte vara tom</source>
        <translation>den får inte vara tom</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>tidsstämpeln</source>
        <translation>tidsstämpeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder</source>
        <translation>den ska vara ÅÅÅÅMMDDTTMMSS och sex siffror mikrosekunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leveransnumret</source>
        <translation>leveransnumret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filtypen</source>
        <translation>filtypen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filnamnet</source>
        <translation>filnamnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>det ska vara &quot;TOTALIN&quot;</source>
        <translation>det ska vara &quot;TOTALIN&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>mottagarkontot</source>
        <translation>mottagarkontot</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>det ska vara ett plusgironummer (siffror)</source>
        <translation>det ska vara ett plusgironummer (siffror)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valutan</source>
        <translation>valutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bokföringsdagen</source>
        <translation>bokföringsdagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+63"/>
        <source>beloppet</source>
        <translation>beloppet</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>reskontran tar belopp upp till %1 kr</source>
        <translation>reskontran tar belopp upp till %1 kr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>löpnumret</source>
        <translation>löpnumret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>avdragskoden</source>
        <translation>avdragskoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara en siffra, en versal eller blank</source>
        <translation>den ska vara en siffra, en versal eller blank</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>mottagarbankgironumret</source>
        <translation>mottagarbankgironumret</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>landskoden</source>
        <translation>landskoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara två versaler eller blank</source>
        <translation>den ska vara två versaler eller blank</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ursprungskoden</source>
        <translation>ursprungskoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den ska vara en siffra eller blank</source>
        <translation>den ska vara en siffra eller blank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kostnaden</source>
        <translation>kostnaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostnadens valuta</source>
        <translation>kostnadens valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>det ursprungliga beloppet</source>
        <translation>det ursprungliga beloppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>det ursprungliga beloppets valuta</source>
        <translation>det ursprungliga beloppets valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>växelkursen</source>
        <translation>växelkursen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>antalet transaktioner</source>
        <translation>antalet transaktioner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>antalet poster</source>
        <translation>antalet poster</translation>
    </message>
</context>
<context>
    <name>UnbilledInterest</name>
    <message>
        <location filename="../core/dunning/unbilledinterest.cpp" line="+48"/>
        <source>%1: tom %2 ligger före from %3.</source>
        <translation>%1: tom %2 ligger före from %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Företag: &quot;%1&quot; ska vara 1–3 siffror.</source>
        <translation>Företag: &quot;%1&quot; ska vara 1–3 siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+198"/>
        <location line="+9"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Rutin: &quot;%1&quot; ska vara två siffror.</source>
        <translation>Rutin: &quot;%1&quot; ska vara två siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Fakturanummer: &quot;%1&quot; ska vara 1–9 siffror.</source>
        <translation>Fakturanummer: &quot;%1&quot; ska vara 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+179"/>
        <location line="+8"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Slutbetald: tom %1 ligger före from %2.</source>
        <translation>Slutbetald: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Förvaltning/avdelning: &quot;%1&quot; är längre än %2 tecken.</source>
        <translation>Förvaltning/avdelning: &quot;%1&quot; är längre än %2 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+168"/>
        <source>Förvaltning/avdelning</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Minsta ränta: &quot;%1&quot; ska vara hela kronor, 0–%2.</source>
        <translation>Minsta ränta: &quot;%1&quot; ska vara hela kronor, 0–%2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara 0–%2.</source>
        <translation>Minsta antal dagar: &quot;%1&quot; ska vara 0–%2.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Faktura %1/%2: %3</source>
        <translation>Faktura %1/%2: %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ej debiterade räntor och avgifter</source>
        <translation>Ej debiterade räntor och avgifter</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Minsta ränta: %1 kr</source>
        <translation>Minsta ränta: %1 kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar: %1</source>
        <translation>Minsta antal dagar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift</source>
        <translation>Kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1, %n st</source>
        <translation>
            <numerusform>%1, %n st</numerusform>
            <numerusform>%1, %n st</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summa företag %1</source>
        <translation>Summa företag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa företag %1 %2</source>
        <translation>Summa företag %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>UnplacedRegister</name>
    <message>
        <location filename="../core/payments/unplacedregister.cpp" line="+73"/>
        <source>Oplacerad</source>
        <translation>Oplacerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placerad</source>
        <translation>Placerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Återbetald</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Oplacerad betalning nr %1 finns inte.</source>
        <translation>Oplacerad betalning nr %1 finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betalning nr %1 är redan %2.</source>
        <translation>Betalning nr %1 är redan %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanumret &quot;%1&quot; ska vara 1–9 siffror.</source>
        <translation>Fakturanumret &quot;%1&quot; ska vara 1–9 siffror.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Oplacerad nr %1 placerad</source>
        <translation>Oplacerad nr %1 placerad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Faktura %1 har inget att betala (saldo %2); välj en annan faktura.</source>
        <translation>Faktura %1 har inget att betala (saldo %2); välj en annan faktura.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Från oplacerad nr %1</source>
        <translation>Från oplacerad nr %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.</source>
        <translation>Betalning nr %1 ändrades av någon annan samtidigt. Försök igen.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../core/users/passwordhash.cpp" line="+30"/>
        <source>Lösenordsbiblioteket libsodium kunde inte startas.</source>
        <translation>Lösenordsbiblioteket libsodium kunde inte startas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lösenordet kunde inte krypteras (för lite minne).</source>
        <translation>Lösenordet kunde inte krypteras (för lite minne).</translation>
    </message>
    <message>
        <location filename="../core/users/users.cpp" line="+60"/>
        <source>företag %1</source>
        <translation>företag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inga</source>
        <translation>inga</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inloggningen misslyckades: fel användarnamn eller lösenord.</source>
        <translation>Inloggningen misslyckades: fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Användare och behörigheter</source>
        <translation>Användare och behörigheter</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+113"/>
        <location line="+11"/>
        <source>Användaren &quot;%1&quot; finns inte.</source>
        <translation>Användaren &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Att ändra användare</source>
        <translation>Att ändra användare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Företag %1 finns inte.</source>
        <translation>Företag %1 finns inte.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 är den sista aktiva administratören och kan inte inaktiveras eller få en lägre roll. Ge först en annan användare rollen administratör.</source>
        <translation>%1 är den sista aktiva administratören och kan inte inaktiveras eller få en lägre roll. Ge först en annan användare rollen administratör.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Då skulle ingen aktiv administratör ha lösenord, och ingen kunde logga in och sköta användarna. Sätt först ett lösenord för en administratör (reskontra-cli user password %1).</source>
        <translation>Då skulle ingen aktiv administratör ha lösenord, och ingen kunde logga in och sköta användarna. Sätt först ett lösenord för en administratör (reskontra-cli user password %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Att lägga upp användare</source>
        <translation>Att lägga upp användare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Användarnamnet &quot;%1&quot; ska vara 1–%2 tecken: a–z, 0–9, punkt, understreck eller bindestreck.</source>
        <translation>Användarnamnet &quot;%1&quot; ska vara 1–%2 tecken: a–z, 0–9, punkt, understreck eller bindestreck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+94"/>
        <source>Namnet får vara högst %1 tecken (är %2).</source>
        <translation>Namnet får vara högst %1 tecken (är %2).</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Användaren &quot;%1&quot; finns redan.</source>
        <translation>Användaren &quot;%1&quot; finns redan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Att sätta lösenord</source>
        <translation>Att sätta lösenord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lösenordet är tomt.</source>
        <translation>Lösenordet är tomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenordet är för kort: minst %1 tecken (är %2).</source>
        <translation>Lösenordet är för kort: minst %1 tecken (är %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(satt)</source>
        <translation>(satt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(inget)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(nytt)</source>
        <translation>(nytt)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Administratör</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Inloggning krävs: ange användare och lösenord.</source>
        <translation>Inloggning krävs: ange användare och lösenord.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Att ändra tiden för utloggning</source>
        <translation>Att ändra tiden för utloggning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiden till automatisk utloggning ska vara 0–%1 minuter (0 = aldrig).</source>
        <translation>Tiden till automatisk utloggning ska vara 0–%1 minuter (0 = aldrig).</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../render/xlsxexport.cpp" line="+141"/>
        <source>Kunde inte skriva Excel-filen %1 (%2): %3</source>
        <translation>Kunde inte skriva Excel-filen %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kunde inte skapa Excel-filen %1.</source>
        <translation>Kunde inte skapa Excel-filen %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+110"/>
        <source>Skapar en demoreskontra…</source>
        <translation>Skapar en demoreskontra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>rsk::InvoiceImport</name>
    <message>
        <location filename="../core/ledger/invoiceimport.cpp" line="+51"/>
        <source>Importera fakturor</source>
        <translation>Importera fakturor</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AboutScreen</name>
    <message>
        <location filename="../ui/screens/aboutscreen.cpp" line="+30"/>
        <source>Kundreskontra för kommunal fakturering, enligt Å-DATA Kundreskontra handbok V14.0.</source>
        <translation>Kundreskontra för kommunal fakturering, enligt Å-DATA Kundreskontra handbok V14.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reskontra: %1 (%2). Användare: %3.</source>
        <translation>Reskontra: %1 (%2). Användare: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Byggd med Qt %1.</source>
        <translation>Byggd med Qt %1.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AgencyCorrectionsPanel</name>
    <message>
        <location filename="../ui/screens/agencycorrectionspanel.cpp" line="+21"/>
        <source>Betalningar och krediteringar på fordringar som gått till inkasso, sedan förra saldokorrigeringen. Betalningar med inkassosättet (från inkassobolagets giro) kommer inte med. Enter/F8 visar vad nästa fil innehåller; F10 skapar filen och märker händelserna så att ingen kommer med två gånger.</source>
        <translation>Betalningar och krediteringar på fordringar som gått till inkasso, sedan förra saldokorrigeringen. Betalningar med inkassosättet (från inkassobolagets giro) kommer inte med. Enter/F8 visar vad nästa fil innehåller; F10 skapar filen och märker händelserna så att ingen kommer med två gånger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Företag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Inget nytt att rapportera sedan förra saldokorrigeringen.</source>
        <translation>Inget nytt att rapportera sedan förra saldokorrigeringen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nästa fil: %n händelser, %1 kr. Ingenting är ändrat.</source>
        <translation>
            <numerusform>Nästa fil: %n händelse, %1 kr. Ingenting är ändrat.</numerusform>
            <numerusform>Nästa fil: %n händelser, %1 kr. Ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Saldokorrigering nr %1: %n händelser, %2 kr, i filen %3.</source>
        <translation>
            <numerusform>Saldokorrigering nr %1: %n händelse, %2 kr, i filen %3.</numerusform>
            <numerusform>Saldokorrigering nr %1: %n händelser, %2 kr, i filen %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen saldokorrigering är gjord ännu.</source>
        <translation>Ingen saldokorrigering är gjord ännu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nr %1 %2 av %3: %4 händelser, %5 kr – %6</source>
        <translation>Nr %1 %2 av %3: %4 händelser, %5 kr – %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Senaste filer:</source>
        <translation>Senaste filer:</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AgencySettingsScreen</name>
    <message>
        <location filename="../ui/screens/agencysettingsscreen.cpp" line="+74"/>
        <source>Inställningar (F11)</source>
        <translation>Inställningar (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassobolag (F12)</source>
        <translation>Inkassobolag (F12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldokorrigering (F13)</source>
        <translation>Saldokorrigering (F13)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontrollista saldokorr.</source>
        <translation>Kontrollista saldokorr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skapa saldofil</source>
        <translation>Skapa saldofil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassobolag</source>
        <translation>Inkassobolag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldokorrigering</source>
        <translation>Saldokorrigering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Styrvärden per företag och rutin för överföring till inkasso (handbok 7.19, 7.20). Inbetalningssätt 0 = nollställ inte med det. Välj en rad i listan för att ändra den; Enter sparar.</source>
        <translation>Styrvärden per företag och rutin för överföring till inkasso (handbok 7.19, 7.20). Inbetalningssätt 0 = nollställ inte med det. Välj en rad i listan för att ändra den; Enter sparar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Räknat från</source>
        <translation>Räknat från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgift</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevakningstext</source>
        <translation>Bevakningstext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SFI-kategori</source>
        <translation>SFI-kategori</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>dagar efter %1</source>
        <translation>dagar efter %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ta inte med fakturor utan personnummer</source>
        <translation>Ta inte med fakturor utan personnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (Intrum %2, Svea %3)</source>
        <translation>%1 (Intrum %2, Svea %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rutin:</source>
        <translation>Rutin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+62"/>
        <source>F&amp;öretag:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Inbetalningssätt ka&amp;pitalskuld:</source>
        <translation>Inbetalningssätt ka&amp;pitalskuld:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>K&amp;undnummer hos bolaget:</source>
        <translation>K&amp;undnummer hos bolaget:</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Antal &amp;dagar:</source>
        <translation>Antal &amp;dagar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt kravavgift (K):</source>
        <translation>Inbetalningssätt kravavgift (K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt upplupen ränta (D):</source>
        <translation>Inbetalningssätt upplupen ränta (D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod:</source>
        <translation>Kravkod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevakningstext:</source>
        <translation>Bevakningstext:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SFI-kategori i filen:</source>
        <translation>SFI-kategori i filen:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inkassobolaget som företaget skickar sina fordringar till. Betalningar från inkassobolagets giro bokas med inkassosättet vid inläsning och kommer inte med i saldokorrigeringen. Flera giron skiljs med komma eller semikolon. Enter sparar.</source>
        <translation>Inkassobolaget som företaget skickar sina fordringar till. Betalningar från inkassobolagets giro bokas med inkassosättet vid inläsning och kommer inte med i saldokorrigeringen. Flera giron skiljs med komma eller semikolon. Enter sparar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bankgiro- eller plusgironummer</source>
        <translation>bankgiro- eller plusgironummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inkasso&amp;bolag:</source>
        <translation>Inkasso&amp;bolag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Koncernnummer (Svea):</source>
        <translation>Koncernnummer (Svea):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företagsnamn i filen:</source>
        <translation>Företagsnamn i filen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassobolagets &amp;giro:</source>
        <translation>Inkassobolagets &amp;giro:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Företag %1 rutin %2.</source>
        <translation>Företag %1 rutin %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1 rutin %2 har inga inställningar för inkasso; förslaget nedan sparas med Enter.</source>
        <translation>Företag %1 rutin %2 har inga inställningar för inkasso; förslaget nedan sparas med Enter.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>kapitalskuld</source>
        <translation>kapitalskuld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saknar konto</source>
        <translation>saknar konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kravavgift</source>
        <translation>kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dröjsmålsränta</source>
        <translation>dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>kravkod</source>
        <translation>kravkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antal dagar</source>
        <translation>antal dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bevakningstexten</source>
        <translation>bevakningstexten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inställningarna för företag %1 rutin %2 är sparade.</source>
        <translation>Inställningarna för företag %1 rutin %2 är sparade.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ta bort inställning</source>
        <translation>Ta bort inställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort inställningarna för inkasso för företag %1 rutin %2? Rutinens fordringar förs då inte över.</source>
        <translation>Ta bort inställningarna för inkasso för företag %1 rutin %2? Rutinens fordringar förs då inte över.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inställningarna för företag %1 rutin %2 är borttagna.</source>
        <translation>Inställningarna för företag %1 rutin %2 är borttagna.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>giro</source>
        <translation>giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inkassobolaget för företag %1 är sparat.</source>
        <translation>Inkassobolaget för företag %1 är sparat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spara saldokorrigeringen</source>
        <translation>Spara saldokorrigeringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV-fil (*.csv);;Excel-fil (*.xlsx)</source>
        <translation>CSV-fil (*.csv);;Excel-fil (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AgencyTransferScreen</name>
    <message>
        <location filename="../ui/screens/agencytransferscreen.cpp" line="+37"/>
        <source>Kontrollista överföring till inkasso</source>
        <translation>Kontrollista överföring till inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till inkasso nr %1</source>
        <translation>Överföring till inkasso nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföringsdatum %1</source>
        <translation>Överföringsdatum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1, rutin %2, fakturanummer %3</source>
        <translation>Företag %1, rutin %2, fakturanummer %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Förvaltning/avdelning %1–%2</source>
        <translation>Förvaltning/avdelning %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnummer %1</source>
        <translation>Personnummer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fordringarna nollställs</source>
        <translation>Fordringarna nollställs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fordringarna nollställs inte</source>
        <translation>Fordringarna nollställs inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inkassobolag %1, kundnummer %2</source>
        <translation>Inkassobolag %1, kundnummer %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnr</source>
        <translation>Personnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räknat från</source>
        <translation>Räknat från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskrivs</source>
        <translation>Avskrivs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överlämnas</source>
        <translation>Överlämnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nollställs</source>
        <translation>Nollställs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFI</source>
        <translation>SFI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tas inte: %1</source>
        <translation>Tas inte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Totalt: %n fordringar</source>
        <translation>
            <numerusform>Totalt: %n fordran</numerusform>
            <numerusform>Totalt: %n fordringar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 tas inte</source>
        <translation>, %1 tas inte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fordringar: %1, saldo %2 kr, varav avskrivs %3 kr. Nollställs: %4 fordringar, %5 kr.</source>
        <translation>Fordringar: %1, saldo %2 kr, varav avskrivs %3 kr. Nollställs: %4 fordringar, %5 kr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Överföringsdatum</source>
        <translation>Överföringsdatum</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>dagarna räknas hit; stämplas på fordran</source>
        <translation>dagarna räknas hit; stämplas på fordran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Företag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Rutin fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förvaltning/avdelning fr.o.m. – t.o.m.</source>
        <translation>Förvaltning/avdelning fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nollställ fordringarna med inbetalningssätten i inställningarna</source>
        <translation>&amp;Nollställ fordringarna med inbetalningssätten i inställningarna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Överföringens resultat</source>
        <translation>Överföringens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F10 överför: skriver filen till inkassobolaget, nollställer och bokför, stämplar datum, kravkod och bevakningstext. Inställningar, inkassobolag och saldokorrigering: Extern inkassohantering.</source>
        <translation>Enter/F8 kontrollista (ändrar ingenting), F10 överför: skriver filen till inkassobolaget, nollställer och bokför, stämplar datum, kravkod och bevakningstext. Inställningar, inkassobolag och saldokorrigering: Extern inkassohantering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Kontrollista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överför</source>
        <translation>Överför</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kontrollista: inga fordringar ska till inkasso den %1. Tas inte: %2. Ingenting är ändrat.</source>
        <translation>Kontrollista: inga fordringar ska till inkasso den %1. Tas inte: %2. Ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontrollista %1. %2 Tas inte: %3. Ingenting är ändrat.</source>
        <translation>Kontrollista %1. %2 Tas inte: %3. Ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spara filen till inkassobolaget</source>
        <translation>Spara filen till inkassobolaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-fil (*.csv);;Excel-fil (*.xlsx)</source>
        <translation>CSV-fil (*.csv);;Excel-fil (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inga fordringar ska till inkasso den %1; ingen överföring gjordes.</source>
        <translation>Inga fordringar ska till inkasso den %1; ingen överföring gjordes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen fil valdes; ingen överföring gjordes.</source>
        <translation>Ingen fil valdes; ingen överföring gjordes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Överför till inkasso</source>
        <translation>Överför till inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföringsdatum %1, inkassobolag %2.</source>
        <translation>Överföringsdatum %1, inkassobolag %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen: %1</source>
        <translation>Filen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fordringarna stämplas och får kravkod och bevakningstext. Överföra nu?</source>
        <translation>Fordringarna stämplas och får kravkod och bevakningstext. Överföra nu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Överför</source>
        <translation>&amp;Överför</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen överföring gjordes.</source>
        <translation>Ingen överföring gjordes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen överföring gjordes; ingenting är ändrat.</source>
        <translation>Ingen överföring gjordes; ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Överföring nr %1 den %2 till %3 är gjord.</source>
        <translation>Överföring nr %1 den %2 till %3 är gjord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>företag %1 verifikation %2 %3</source>
        <translation>företag %1 verifikation %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: ingen (inget nollställdes).</source>
        <translation>Bokföringsorder: ingen (inget nollställdes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: %1.</source>
        <translation>Bokföringsorder: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen till inkassobolaget: %1</source>
        <translation>Filen till inkassobolaget: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Överföringen är klar. Listan nedan är överföringens lista (F16 skriver ut den).</source>
        <translation>Överföringen är klar. Listan nedan är överföringens lista (F16 skriver ut den).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::AuditLogScreen</name>
    <message>
        <location filename="../ui/screens/auditlogscreen.cpp" line="+36"/>
        <source>Granskningslogg</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag (F4)</source>
        <translation>Företag (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare (F4)</source>
        <translation>Användare (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum from – tom</source>
        <translation>Datum from – tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabell (F4)</source>
        <translation>Tabell (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd (F4)</source>
        <translation>Åtgärd (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggen kan bara läsas. Enter på en rad om en faktura visar fakturan.</source>
        <translation>Loggen kan bara läsas. Enter på en rad om en faktura visar fakturan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+30"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Datum from</source>
        <translation>Datum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum tom</source>
        <translation>Datum tom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Användare</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tabell</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Raden gäller ingen faktura.</source>
        <translation>Raden gäller ingen faktura.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::BillingStatisticsScreen</name>
    <message>
        <location filename="../ui/screens/billingstatisticsscreen.cpp" line="+26"/>
        <source>Urval (alla fält kan lämnas tomma)</source>
        <translation>Urval (alla fält kan lämnas tomma)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Företag from – tom (F4)</source>
        <translation>Företag from – tom (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom (F4)</source>
        <translation>Rutin from – tom (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Fakturanummer from – tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum from – tom</source>
        <translation>Fakturadatum from – tom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturadatum from</source>
        <translation>Fakturadatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum tom</source>
        <translation>Fakturadatum tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
</context>
<context>
    <name>rsk::ui::BookingRunScreen</name>
    <message>
        <location filename="../ui/screens/bookingrunscreen.cpp" line="+49"/>
        <source>Kontrollista bokföringsorder</source>
        <translation>Kontrollista bokföringsorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+46"/>
        <source>Bokföringsorder</source>
        <translation>Bokföringsorder</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Bokföringsdatum %1</source>
        <translation>Bokföringsdatum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag %1–%2</source>
        <translation>Företag %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Användare %1</source>
        <translation>Användare %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Ver.nr</source>
        <translation>Ver.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontonamn</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debet</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kredit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summa verifikation %1 %2, företag %3 %4</source>
        <translation>Summa verifikation %1 %2, företag %3 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SIE-filen kunde inte skrivas till %1: %2</source>
        <translation>SIE-filen kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag fr.o.m. – t.o.m. (F4)</source>
        <translation>Företag fr.o.m. – t.o.m. (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomt = alla företag du har behörighet till</source>
        <translation>tomt = alla företag du har behörighet till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum *</source>
        <translation>Bokföringsdatum *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifikationens datum; transaktioner daterade senare väntar</source>
        <translation>verifikationens datum; transaktioner daterade senare väntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endast den användarens registreringar; tomt = alla</source>
        <translation>endast den användarens registreringar; tomt = alla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningens resultat</source>
        <translation>Körningens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 visar bokföringsordern, F10 kör: bokför händelserna, skriver SIE-filen och bokföringsordern.</source>
        <translation>Enter/F8 kontrollista (ändrar ingenting), F9 visar bokföringsordern, F10 kör: bokför händelserna, skriver SIE-filen och bokföringsordern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontrollista</source>
        <translation>Kontrollista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kör</source>
        <translation>Kör</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag fr.o.m.</source>
        <translation>Företag fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Företag t.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum</source>
        <translation>Bokföringsdatum</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kontrollista: inget att bokföra t.o.m. %1 med detta urval. Ingenting är ändrat.</source>
        <translation>Kontrollista: inget att bokföra t.o.m. %1 med detta urval. Ingenting är ändrat.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kontrollista: %n händelser</source>
        <translation>
            <numerusform>Kontrollista: %n händelse</numerusform>
            <numerusform>Kontrollista: %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+85"/>
        <source> och %n oplacerade betalningar/överbetalningar</source>
        <translation>
            <numerusform> och %n oplacerad betalning/överbetalning</numerusform>
            <numerusform> och %n oplacerade betalningar/överbetalningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source> på %n verifikationer, debet %1 kr = kredit %2 kr. Ingenting är ändrat; verifikationsnumren är preliminära.</source>
        <translation>
            <numerusform> på %n verifikation, debet %1 kr = kredit %2 kr. Ingenting är ändrat; verifikationsnumret är preliminärt.</numerusform>
            <numerusform> på %n verifikationer, debet %1 kr = kredit %2 kr. Ingenting är ändrat; verifikationsnumren är preliminära.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen bokföringsorder att visa: inget att bokföra med detta urval.</source>
        <translation>Ingen bokföringsorder att visa: inget att bokföra med detta urval.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spara SIE-filen</source>
        <translation>Spara SIE-filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIE-fil (*.se *.si)</source>
        <translation>SIE-fil (*.se *.si)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+13"/>
        <source>Uppdatera bokföring</source>
        <translation>Uppdatera bokföring</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inget att bokföra t.o.m. %1 med detta urval; ingen körning gjordes.</source>
        <translation>Inget att bokföra t.o.m. %1 med detta urval; ingen körning gjordes.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n händelser</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bokföringsdatum %1.</source>
        <translation>Bokföringsdatum %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 på %n verifikationer, summa %2 kr.</source>
        <translation>
            <numerusform>%1 på %n verifikation, summa %2 kr.</numerusform>
            <numerusform>%1 på %n verifikationer, summa %2 kr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Händelserna bokförs och bokförs aldrig igen; SIE-filen och bokföringsordern skrivs. Köra nu?</source>
        <translation>Händelserna bokförs och bokförs aldrig igen; SIE-filen och bokföringsordern skrivs. Köra nu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kör</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>Ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen körning gjordes: ingen SIE-fil valdes.</source>
        <translation>Ingen körning gjordes: ingen SIE-fil valdes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen körning gjordes; ingenting är bokfört.</source>
        <translation>Ingen körning gjordes; ingenting är bokfört.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Bokföringen t.o.m. %1 är gjord: %n händelser, summa %2 kr.</source>
        <translation>
            <numerusform>Bokföringen t.o.m. %1 är gjord: %n händelse, summa %2 kr.</numerusform>
            <numerusform>Bokföringen t.o.m. %1 är gjord: %n händelser, summa %2 kr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifikation %1 %2, företag %3 %4: %5 händelser, %6 kr.</source>
        <translation>Verifikation %1 %2, företag %3 %4: %5 händelser, %6 kr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen verifikation: händelserna flyttar inga pengar och är stämplade som bokförda.</source>
        <translation>Ingen verifikation: händelserna flyttar inga pengar och är stämplade som bokförda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIE-fil: %1</source>
        <translation>SIE-fil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsorder (PDF): %1</source>
        <translation>Bokföringsorder (PDF): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är bokföringsordern (F16 skriver ut listan, F9 visar bokföringsordern igen).</source>
        <translation>Körningen är klar. Listan nedan är bokföringsordern (F16 skriver ut listan, F9 visar bokföringsordern igen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bokföringsordern skrevs inte ut; den finns som PDF och F9 visar den igen.</source>
        <translation>Bokföringsordern skrevs inte ut; den finns som PDF och F9 visar den igen.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimChangeForm</name>
    <message>
        <location filename="../ui/screens/claimchangeform.cpp" line="+47"/>
        <source>Fakturamottagare</source>
        <translation>Fakturamottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter</source>
        <translation>Kravuppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person-/org.nr:</source>
        <translation>&amp;Person-/org.nr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;C/o:</source>
        <translation>&amp;C/o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;nummer:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landskod:</source>
        <translation>&amp;Landskod:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer:</source>
        <translation>Fakturanummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identitet i rutinen:</source>
        <translation>Identitet i rutinen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framställd:</source>
        <translation>Framställd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald:</source>
        <translation>Slutbetald:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ursprungligt debiterat:</source>
        <translation>Ursprungligt debiterat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdebiterad upplupen ränta:</source>
        <translation>Uppdebiterad upplupen ränta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefaktura:</source>
        <translation>Räntefaktura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfalloda&amp;g:</source>
        <translation>Förfalloda&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;örv/avd:</source>
        <translation>F&amp;örv/avd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handl&amp;äggare:</source>
        <translation>Handl&amp;äggare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakt&amp;uran avser:</source>
        <translation>Fakt&amp;uran avser:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inkassok&amp;rav:</source>
        <translation>Inkassok&amp;rav:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;estkrav:</source>
        <translation>R&amp;estkrav:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kravko&amp;d (F4):</source>
        <translation>Kravko&amp;d (F4):</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Påminnelse &amp;1:</source>
        <translation>Påminnelse &amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse &amp;2:</source>
        <translation>Påminnelse &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Påminnelseavgift:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inkassoavgift:</source>
        <translation>Inkassoavgift:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot om betalningsföreläggande:</source>
        <translation>Hot om betalningsföreläggande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande:</source>
        <translation>Betalningsföreläggande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amorteringsplan:</source>
        <translation>Amorteringsplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalnings&amp;bevakning:</source>
        <translation>Betalnings&amp;bevakning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravkod &amp;t.o.m.:</source>
        <translation>Kravkod &amp;t.o.m.:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vita fält kan ändras. Datum skrivs ÅÅMMDD. Enter sparar, F7 ångrar, F3 går tillbaka.</source>
        <translation>Vita fält kan ändras. Datum skrivs ÅÅMMDD. Enter sparar, F7 ångrar, F3 går tillbaka.</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+5"/>
        <source>ej uppdebiterad</source>
        <translation>ej uppdebiterad</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>+ uppdebiterad %1 (kvar %2)</source>
        <translation>+ uppdebiterad %1 (kvar %2)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Kravkoden ska vara en siffra 1–9.</source>
        <translation>Kravkoden ska vara en siffra 1–9.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(finns inte)</source>
        <translation>(finns inte)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimDunningTab</name>
    <message>
        <location filename="../ui/screens/claimtabs.cpp" line="+227"/>
        <source>Kravverksamhet</source>
        <translation>Kravverksamhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod och bevakning</source>
        <translation>Kravkod och bevakning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påminnelse 1:</source>
        <translation>Påminnelse 1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2:</source>
        <translation>Påminnelse 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Påminnelseavgift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav:</source>
        <translation>Inkassokrav:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassoavgift:</source>
        <translation>Inkassoavgift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav:</source>
        <translation>Restkrav:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande:</source>
        <translation>Hot om betalningsföreläggande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande:</source>
        <translation>Betalningsföreläggande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amorteringsplan:</source>
        <translation>Amorteringsplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överförd till inkasso:</source>
        <translation>Överförd till inkasso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod:</source>
        <translation>Kravkod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod t.o.m.:</source>
        <translation>Kravkod t.o.m.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsbevakning:</source>
        <translation>Betalningsbevakning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdebiterad ränta:</source>
        <translation>Uppdebiterad ränta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta, ej uppdebiterad:</source>
        <translation>Ränta, ej uppdebiterad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Räntefaktura:</source>
        <translation>Räntefaktura:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upplupen dröjsmålsränta (F15)</source>
        <translation>Upplupen dröjsmålsränta (F15)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>till dagens datum</source>
        <translation>till dagens datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>till slutbetalningsdatum</source>
        <translation>till slutbetalningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>till datum</source>
        <translation>till datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Räntesats</source>
        <translation>Räntesats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underlag</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beräkna</source>
        <translation>Beräkna</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total skuld och fakturerat i år</source>
        <translation>Total skuld och fakturerat i år</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skuld</source>
        <translation>Skuld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obet.</source>
        <translation>Obet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakt. i år</source>
        <translation>Fakt. i år</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Samma person-/organisationsnummer i alla företag; fakturerat under %1. * = fakturans företag.</source>
        <translation>Samma person-/organisationsnummer i alla företag; fakturerat under %1. * = fakturans företag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundnummer %1 i alla företag (samma kundnummer i flera företag räknas ihop); fakturerat under %2. * = fakturans företag.</source>
        <translation>Kundnummer %1 i alla företag (samma kundnummer i flera företag räknas ihop); fakturerat under %2. * = fakturans företag.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Antal</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (uppdebiterad %2)</source>
        <translation>%1 (uppdebiterad %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 den %2, %3</source>
        <translation>%1 den %2, %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fakturan har varken person- eller kundnummer.</source>
        <translation>Fakturan har varken person- eller kundnummer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alla företag</source>
        <translation>Alla företag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dröjsmålsränta till %1: %2 kr (%3 räntedagar).</source>
        <translation>Dröjsmålsränta till %1: %2 kr (%3 räntedagar).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimInvoiceTab</name>
    <message>
        <location line="-308"/>
        <source>Fakturamottagare</source>
        <translation>Fakturamottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn 2:</source>
        <translation>Namn 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C/o:</source>
        <translation>C/o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnr/ort:</source>
        <translation>Postnr/ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landskod:</source>
        <translation>Landskod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/org.nr:</source>
        <translation>Person-/org.nr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer:</source>
        <translation>Kundnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum:</source>
        <translation>Fakturadatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag:</source>
        <translation>Förfallodag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR-referens:</source>
        <translation>OCR-referens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register-id:</source>
        <translation>Register-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förv/avd:</source>
        <translation>Förv/avd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggare:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser:</source>
        <translation>Avser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald:</source>
        <translation>Slutbetald:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ursprungligt belopp:</source>
        <translation>Ursprungligt belopp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital kvar:</source>
        <translation>Kapital kvar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Påminnelseavgift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassoavgift:</source>
        <translation>Inkassoavgift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta:</source>
        <translation>Upplupen ränta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalt:</source>
        <translation>Inbetalt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad</source>
        <translation>Rad</translation>
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
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fakturarader (F9 växlar text/kontering):</source>
        <translation>Fakturarader (F9 växlar text/kontering):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kontering</source>
        <translation>Kontering</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimNotesTab</name>
    <message>
        <location line="+305"/>
        <source>Skriven</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv en anteckning och tryck Enter</source>
        <translation>Skriv en anteckning och tryck Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ny anteckning:</source>
        <translation>&amp;Ny anteckning:</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimScreen</name>
    <message>
        <location filename="../ui/screens/claimscreen.cpp" line="+47"/>
        <location line="+165"/>
        <source>Fakturakopia</source>
        <translation>Fakturakopia</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&amp;Kopia skrivs på fakturan</source>
        <translation>&amp;Kopia skrivs på fakturan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ursprungligt framställningsdatum (annars dagens)</source>
        <translation>&amp;Ursprungligt framställningsdatum (annars dagens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ny handläggare:</source>
        <translation>&amp;Ny handläggare:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fakturakopia %1</source>
        <translation>Fakturakopia %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>9 siffror</source>
        <translation>9 siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;öretag:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faktura&amp;nummer:</source>
        <translation>Faktura&amp;nummer:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fakturauppgifter</source>
        <translation>Fakturauppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravuppgifter</source>
        <translation>Kravuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Transaktioner</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+56"/>
        <location line="+104"/>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv företag och fakturanummer och tryck Enter.</source>
        <translation>Skriv företag och fakturanummer och tryck Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kundfaktura</source>
        <translation>Kundfaktura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Växla kolumner</source>
        <translation>Växla kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturauppg.</source>
        <translation>Fakturauppg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravuppg.</source>
        <translation>Kravuppg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kund</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ersättningsfaktura</source>
        <translation>Ersättningsfaktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granskningslogg</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skriv både företag och fakturanummer.</source>
        <translation>Skriv både företag och fakturanummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 – rutin %2 %3 – saldo %4</source>
        <translation>%1 – rutin %2 %3 – saldo %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Senast ändrad %1 av %2</source>
        <translation>Senast ändrad %1 av %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anteckningar (%1) ●</source>
        <translation>Anteckningar (%1) ●</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Visa en faktura först (företag, fakturanummer, Enter).</source>
        <translation>Visa en faktura först (företag, fakturanummer, Enter).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rätta de markerade fälten.</source>
        <translation>Rätta de markerade fälten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inget sparades: rätta de markerade fälten.</source>
        <translation>Inget sparades: rätta de markerade fälten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se varningen; tryck Enter igen för att spara ändå.</source>
        <translation>Se varningen; tryck Enter igen för att spara ändå.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Ändringarna är sparade (%n fält).</source>
        <translation>
            <numerusform>Ändringen är sparad (%n fält).</numerusform>
            <numerusform>Ändringarna är sparade (%n fält).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget var ändrat.</source>
        <translation>Inget var ändrat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ingen kravkod</source>
        <translation>ingen kravkod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kravkoder</source>
        <translation>Kravkoder</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fakturan är inte slutbetald; räntan är räknad till dagens datum.</source>
        <translation>Fakturan är inte slutbetald; räntan är räknad till dagens datum.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Anteckningen är sparad.</source>
        <translation>Anteckningen är sparad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fakturakopia av %1 är framtagen.</source>
        <translation>Fakturakopia av %1 är framtagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Granskningsloggen kan inte visas här.</source>
        <translation>Granskningsloggen kan inte visas här.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kunduppgifterna kan inte visas här.</source>
        <translation>Kunduppgifterna kan inte visas här.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ersättningsfaktura kan inte tas fram här.</source>
        <translation>Ersättningsfaktura kan inte tas fram här.</translation>
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
Namn 2: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Personnummer 2: %2</source>
        <translation>%1
Personnummer 2: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kundnr</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/kundnr</source>
        <translation>Person-/kundnr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturabelopp</source>
        <translation>Fakturabelopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt</source>
        <translation>Inbetalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postnr</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registerid</source>
        <translation>Registerid</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimSummaryPanel</name>
    <message>
        <location filename="../ui/widgets/claimsummarypanel.cpp" line="+12"/>
        <source>Fakturan (F5)</source>
        <translation>Fakturan (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faktura:</source>
        <translation>Faktura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag:</source>
        <translation>Förfallodag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital kvar:</source>
        <translation>Kapital kvar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelseavgift:</source>
        <translation>Påminnelseavgift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravavgift:</source>
        <translation>Kravavgift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta:</source>
        <translation>Dröjsmålsränta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldo:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slutbetald:</source>
        <translation>Slutbetald:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevakning:</source>
        <translation>Bevakning:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv ett fakturanummer och tryck F5.</source>
        <translation>Skriv ett fakturanummer och tryck F5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nej</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ClaimTransactionsTab</name>
    <message>
        <location filename="../ui/screens/claimtabs.cpp" line="-70"/>
        <source>Trans.datum</source>
        <translation>Trans.datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reg.datum</source>
        <translation>Reg.datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påverkan</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgifter</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Allt som ändrat fakturans saldo (F9 växlar anmärkning/registrerad av):</source>
        <translation>Allt som ändrat fakturans saldo (F9 växlar anmärkning/registrerad av):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Registrerad av</source>
        <translation>Registrerad av</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CompanyPickerDialog</name>
    <message>
        <location filename="../ui/widgets/companypickerdialog.cpp" line="+15"/>
        <source>Välj företag</source>
        <translation>Välj företag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Företag:</source>
        <translation>&amp;Företag:</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CompanySettingsScreen</name>
    <message>
        <location filename="../ui/screens/companysettingsscreen.cpp" line="+59"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företagsuppgifter (handbok 9): uppgifterna skrivs ut på fakturor och brev och styr bokföringen. Enter sparar alla flikar; F10 byter flik.</source>
        <translation>Företagsuppgifter (handbok 9): uppgifterna skrivs ut på fakturor och brev och styr bokföringen. Enter sparar alla flikar; F10 byter flik.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Företagsuppgifter</source>
        <translation>Företagsuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontoplansuppbyggnad</source>
        <translation>Kontoplansuppbyggnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fordringskonton och blanketter</source>
        <translation>Fordringskonton och blanketter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringskopplingar</source>
        <translation>Bokföringskopplingar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontoplan</source>
        <translation>Kontoplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fordringskonton</source>
        <translation>Fordringskonton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopplingar</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Välj företag i statusraden.</source>
        <translation>Välj företag i statusraden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Företag %1 %2</source>
        <translation>Företag %1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Företagsuppgifterna för företag %1 är sparade.</source>
        <translation>Företagsuppgifterna för företag %1 är sparade.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (och %2 fel till; de är markerade)</source>
        <translation>%1 (och %2 fel till; de är markerade)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>F4 visar blankettyper och skrivare i fliken Fordringskonton och blanketter.</source>
        <translation>F4 visar blankettyper och skrivare i fliken Fordringskonton och blanketter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga skrivare är installerade på den här datorn; skriv skrivarens namn.</source>
        <translation>Inga skrivare är installerade på den här datorn; skriv skrivarens namn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blankettyper</source>
        <translation>Blankettyper</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/screens/companysettingstabs.cpp" line="+186"/>
        <source>Skrivare</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <location filename="../ui/screens/companysettingstabs.cpp" line="-67"/>
        <source>Företaget</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn &amp;2:</source>
        <translation>Namn &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-post:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Webbplats:</source>
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identitet och giro</source>
        <translation>Identitet och giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisationsnummer:</source>
        <translation>Or&amp;ganisationsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Momsreg.nr:</source>
        <translation>&amp;Momsreg.nr:</translation>
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
        <translation>Utlandsbetalningar</translation>
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
        <translation>Kontoplanen i redovisningen som företaget bokför i: varje kontodels benämning (högst %1 tecken), längd (1–%2 siffror) och X om den är obligatorisk. Del 1 är kontot; de obligatoriska delarna kommer först.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Benämning</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Längd</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obligatorisk</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Per rutin: fordringskonto (tomt = företagets kundfordringskonto), blankettyp (F4), dagar från fakturadatum till förfallodag och fakturaskrivare (F4, tomt = datorns standardskrivare).</source>
        <translation>Per rutin: fordringskonto (tomt = företagets kundfordringskonto), blankettyp (F4), dagar från fakturadatum till förfallodag och fakturaskrivare (F4, tomt = datorns standardskrivare).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fordringskonto</source>
        <translation>Fordringskonto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Blankettyp</source>
        <translation>Blankettyp</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dagar till förf.</source>
        <translation>Dagar till förf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturaskrivare</source>
        <translation>Fakturaskrivare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Övriga utskrifter</source>
        <translation>Övriga utskrifter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Konton som bokföringen av inbetalningar, avgifter och ränta använder. Tomt = standardkontot. Samma konton visas i Kravparametrar och Parametrar maskinella inbetalningar.</source>
        <translation>Konton som bokföringen av inbetalningar, avgifter och ränta använder. Tomt = standardkontot. Samma konton visas i Kravparametrar och Parametrar maskinella inbetalningar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Koppling</source>
        <translation>Koppling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standardkonto</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Ingen kontoplan: konton får ha 1–%1 siffror.</source>
        <translation>Ingen kontoplan: konton får ha 1–%1 siffror.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>En kontering har %1 siffror.</source>
        <translation>En kontering har %1 siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kontering har %1 eller %2 siffror.</source>
        <translation>En kontering har %1 eller %2 siffror.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/widgets/connectiondialog.cpp" line="+56"/>
        <source>Öppna reskontra</source>
        <translation>Öppna reskontra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fil på den här datorn (SQLite, en användare)</source>
        <translation>Fil på den här datorn (SQLite, en användare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databasserver (PostgreSQL, flera användare)</source>
        <translation>Databasserver (PostgreSQL, flera användare)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
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
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Användare:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reskontra sparar aldrig lösenordet; det frågas efter vid nästa start om det inte finns i ~/.pgpass.</source>
        <translation>Reskontra sparar aldrig lösenordet; det frågas efter vid nästa start om det inte finns i ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Öppna</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Öppna reskontrafil</source>
        <translation>Öppna reskontrafil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reskontror (*.sqlite *.db);;Alla filer (*)</source>
        <translation>Reskontror (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv reskontrans fil.</source>
        <translation>Skriv reskontrans fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyll i server, databas och användare.</source>
        <translation>Fyll i server, databas och användare.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CountryCodesScreen</name>
    <message>
        <location filename="../ui/screens/countrycodesscreen.cpp" line="+34"/>
        <source>Landskoder för utlandsadresser (handbok 8.2). Namnet skrivs ut på fakturan; avvikande betalningssätt skrivs ut bredvid BIC och IBAN. Enter sparar formuläret.</source>
        <translation>Landskoder för utlandsadresser (handbok 8.2). Namnet skrivs ut på fakturan; avvikande betalningssätt skrivs ut bredvid BIC och IBAN. Enter sparar formuläret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kod</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+179"/>
        <source>Namn</source>
        <translation>Namn</translation>
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
        <translation>Avvikande betalningssätt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Landet är medlem i EU</source>
        <translation>Landet är medlem i EU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Landskod:</source>
        <translation>&amp;Landskod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avvikande betalningssätt:</source>
        <translation>&amp;Avvikande betalningssätt:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Inga landskoder är upplagda. Skriv kod och namn och tryck Enter.</source>
        <translation>Inga landskoder är upplagda. Skriv kod och namn och tryck Enter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ny landskod</source>
        <translation>Ny landskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra landskod %1 %2</source>
        <translation>Ändra landskod %1 %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Landskod: %1 finns redan (%2); välj den i listan för att ändra.</source>
        <translation>Landskod: %1 finns redan (%2); välj den i listan för att ändra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avvikande</source>
        <translation>Avvikande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Landskod %1 %2 är upplagd.</source>
        <translation>Landskod %1 %2 är upplagd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landskod %1 %2 är ändrad.</source>
        <translation>Landskod %1 %2 är ändrad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj landskoden som ska tas bort i listan.</source>
        <translation>Välj landskoden som ska tas bort i listan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort landskod</source>
        <translation>Ta bort landskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du ta bort landskod %1 %2?</source>
        <translation>Vill du ta bort landskod %1 %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Landskod %1 %2 är borttagen.</source>
        <translation>Landskod %1 %2 är borttagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CreditNoteScreen</name>
    <message>
        <location filename="../ui/screens/creditnotescreen.cpp" line="+93"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fakturan klar</source>
        <translation>Fakturan klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+433"/>
        <source>Ta bort rad</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny rad</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utan utskrift</source>
        <translation>Utan utskrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kreditfaktura</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulleringsbesked</source>
        <translation>Annulleringsbesked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Företag:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum:</source>
        <translation>Transaktionsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt:</source>
        <translation>Inbetalningssätt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer:</source>
        <translation>Fakturanummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning:</source>
        <translation>Anmärkning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter visar fakturans rader med omvända tecken.</source>
        <translation>Enter visar fakturans rader med omvända tecken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontering</source>
        <translation>Kontering</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Text, belopp och kontering kan ändras. F5 när fakturan är klar för kreditering.</source>
        <translation>Text, belopp och kontering kan ändras. F5 när fakturan är klar för kreditering.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Handläggare vid utskrift:</source>
        <translation>Handläggare vid utskrift:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Välj utskrift; krediteringen registreras då. F3 går tillbaka till fakturavalet utan att spara.</source>
        <translation>Välj utskrift; krediteringen registreras då. F3 går tillbaka till fakturavalet utan att spara.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Faktura %1  %2  fakturadatum %3  belopp %4  öppet kapital %5  saldo %6</source>
        <translation>Faktura %1  %2  fakturadatum %3  belopp %4  öppet kapital %5  saldo %6</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rad %1, belopp: %2</source>
        <translation>Rad %1, belopp: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+43"/>
        <source>Summa kreditering: %1</source>
        <translation>Summa kreditering: %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Summa kreditering: –</source>
        <translation>Summa kreditering: –</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Faktura %1 (%2) krediteras med inbetalningssätt %3, transaktionsdatum %4.
%5</source>
        <translation>Faktura %1 (%2) krediteras med inbetalningssätt %3, transaktionsdatum %4.
%5</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Vill du ta bort rad %1 (%2)?</source>
        <translation>Vill du ta bort rad %1 (%2)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>utan utskrift</source>
        <translation>utan utskrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faktura %1 är krediterad med %2 (%3). Saldo nu %4.</source>
        <translation>Faktura %1 är krediterad med %2 (%3). Saldo nu %4.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::CustomerScreen</name>
    <message>
        <location filename="../ui/screens/customerscreen.cpp" line="+33"/>
        <source>%1 st · %2</source>
        <translation>%1 st · %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ingen kund vald.</source>
        <translation>Ingen kund vald.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+181"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+17"/>
        <source>Kunduppgifter</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alla/öppna fakturor</source>
        <translation>Alla/öppna fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noteringar</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+426"/>
        <source>Skyddad identitet</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location line="-418"/>
        <source>Kundnummer:</source>
        <translation>Kundnummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person-/org.nr:</source>
        <translation>Person-/org.nr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn 2:</source>
        <translation>Namn 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c/o:</source>
        <translation>c/o:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adress:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnr och ort:</source>
        <translation>Postnr och ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Land:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet:</source>
        <translation>Skyddad identitet:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Påminnelsespärr (inga påminnelser)</source>
        <translation>&amp;Påminnelsespärr (inga påminnelser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;nkassospärr (inga inkasso- eller restkrav)</source>
        <translation>I&amp;nkassospärr (inga inkasso- eller restkrav)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kravstopp kundnivå:</source>
        <translation>Kravstopp kundnivå:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kundsaldo</source>
        <translation>Kundsaldo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ej förfallet:</source>
        <translation>Ej förfallet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallet:</source>
        <translation>Förfallet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– varav påminda:</source>
        <translation>– varav påminda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– varav inkassokrav:</source>
        <translation>– varav inkassokrav:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterade avgifter, obetalda:</source>
        <translation>Debiterade avgifter, obetalda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiterad ränta, obetald:</source>
        <translation>Debiterad ränta, obetald:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta, ej debiterad:</source>
        <translation>Upplupen ränta, ej debiterad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillgodo (negativt saldo):</source>
        <translation>Tillgodo (negativt saldo):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalningar:</source>
        <translation>Överbetalningar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total skuld:</source>
        <translation>Total skuld:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adresshistorik</source>
        <translation>Adresshistorik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Källa</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Noteringar (F17)</source>
        <translation>Noteringar (F17)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny notering – Enter sparar</source>
        <translation>Ny notering – Enter sparar</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Kund %1 %2, företag %3</source>
        <translation>Kund %1 %2, företag %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ja – adressen visas inte och skrivs aldrig ut (F19)</source>
        <translation>ja – adressen visas inte och skrivs aldrig ut (F19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nej (F19)</source>
        <translation>nej (F19)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kunden senast ändrad %1 av %2</source>
        <translation>Kunden senast ändrad %1 av %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ej beräknad *</source>
        <translation>ej beräknad *</translation>
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
        <translation>Adresshistoriken visas inte: skyddade personuppgifter.</translation>
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
        <translation>Fakturor: %1 öppna (F8 visar alla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor: alla %1 (F8 visar endast öppna)</source>
        <translation>Fakturor: alla %1 (F8 visar endast öppna)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kravstoppet är ändrat: Enter sparar, F7 ångrar.</source>
        <translation>Kravstoppet är ändrat: Enter sparar, F7 ångrar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kravstoppet är sparat: kravkörningen hoppar över kundens fakturor för %1.</source>
        <translation>Kravstoppet är sparat: kravkörningen hoppar över kundens fakturor för %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>påminnelser och inkassokrav</source>
        <translation>påminnelser och inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påminnelser</source>
        <translation>påminnelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inkassokrav</source>
        <translation>inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravstoppet är borttaget.</source>
        <translation>Kravstoppet är borttaget.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ändringen är ångrad.</source>
        <translation>Ändringen är ångrad.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Noteringen är sparad.</source>
        <translation>Noteringen är sparad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spara eller ångra kravstoppet först (Enter, F7).</source>
        <translation>Spara eller ångra kravstoppet först (Enter, F7).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sätta skyddad identitet på kund %1 %2? Adressen visas då inte på någon skärm och skrivs inte ut på brev, listor eller filer; brev hålls för manuell hantering.</source>
        <translation>Sätta skyddad identitet på kund %1 %2? Adressen visas då inte på någon skärm och skrivs inte ut på brev, listor eller filer; brev hålls för manuell hantering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta bort skyddad identitet från kund %1 %2? Adressen visas då igen och skrivs ut på brev.</source>
        <translation>Ta bort skyddad identitet från kund %1 %2? Adressen visas då igen och skrivs ut på brev.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingenting ändrades.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skyddad identitet är satt: adressen visas inte och skrivs inte ut.</source>
        <translation>Skyddad identitet är satt: adressen visas inte och skrivs inte ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet är borttagen.</source>
        <translation>Skyddad identitet är borttagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fakturan %1 kan inte visas här.</source>
        <translation>Fakturan %1 kan inte visas här.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DocumentPreview</name>
    <message>
        <location filename="../ui/print/documentpreview.cpp" line="+25"/>
        <source>skrivaren %1 finns inte på den här datorn, standardskrivaren används</source>
        <translation>skrivaren %1 finns inte på den här datorn, standardskrivaren används</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – förhandsgranskning</source>
        <translation>%1 – förhandsgranskning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skrivare %1</source>
        <translation>skrivare %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningCodesScreen</name>
    <message>
        <location filename="../ui/screens/dunningcodesscreen.cpp" line="+43"/>
        <source>Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid anstånd (handbok 7.3). X = gäller inte fordringar med koden. Enter på en rad ändrar den, Enter i formuläret sparar.</source>
        <translation>Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid anstånd (handbok 7.3). X = gäller inte fordringar med koden. Enter på en rad ändrar den, Enter i formuläret sparar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kod</source>
        <translation>Kod</translation>
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
        <translation>Ej faktura</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Ej påm. 1</source>
        <translation>Ej påm. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påm. 2</source>
        <translation>Ej påm. 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej ink.krav</source>
        <translation>Ej ink.krav</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej ränta</source>
        <translation>Ej ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej ränta anstånd</source>
        <translation>Ej ränta anstånd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ej hot</source>
        <translation>Ej hot</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Ej restkrav</source>
        <translation>Ej restkrav</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ej påminnelse 1</source>
        <translation>Ej påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påminnelse 2</source>
        <translation>Ej påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej inkassokrav</source>
        <translation>Ej inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsmålsränta</source>
        <translation>Ej dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej dröjsmålsränta vid anstånd</source>
        <translation>Ej dröjsmålsränta vid anstånd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej hot om betalningsföreläggande</source>
        <translation>Ej hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kravtext:</source>
        <translation>Kravtext:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera med X:</source>
        <translation>Markera med X:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Ändra kravkod %1</source>
        <translation>Ändra kravkod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägg upp kravkod %1</source>
        <translation>Lägg upp kravkod %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kravkod %1 (%2) är ändrad.</source>
        <translation>Kravkod %1 (%2) är ändrad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod %1 (%2) är upplagd.</source>
        <translation>Kravkod %1 (%2) är upplagd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningCopiesScreen</name>
    <message>
        <location filename="../ui/screens/dunningcopiesscreen.cpp" line="+50"/>
        <source>Kopior av påminnelser/krav</source>
        <translation>Kopior av påminnelser/krav</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Körningar av påminnelser/inkassokrav/restkrav, senaste först. F6 ångrar den markerade körningen. Kopior av de sparade breven tas fram med urvalet nedan: Enter/F16 förhandsgranska och skriv ut, F8 PDF.</source>
        <translation>Körningar av påminnelser/inkassokrav/restkrav, senaste först. F6 ångrar den markerade körningen. Kopior av de sparade breven tas fram med urvalet nedan: Enter/F16 förhandsgranska och skriv ut, F8 PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Körningsdatum</source>
        <translation>Körningsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Användare</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kört</source>
        <translation>Kört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manuella</source>
        <translation>Manuella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgifter uppdeb.</source>
        <translation>Avgifter uppdeb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta uppdeb.</source>
        <translation>Ränta uppdeb.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångrad</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+224"/>
        <source>Ångra körning</source>
        <translation>Ångra körning</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut kopior</source>
        <translation>Skriv ut kopior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kopior av påminnelser/inkassokrav/restkrav</source>
        <translation>Kopior av påminnelser/inkassokrav/restkrav</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 1 eller 2</source>
        <translation>Påminnelse 1 eller 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopia skrivs på brevet</source>
        <translation>Kopia skrivs på brevet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ursprungligt framställningsdatum (annars dagens datum)</source>
        <translation>Ursprungligt framställningsdatum (annars dagens datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast den markerade körningen</source>
        <translation>Endast den markerade körningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Framställningsdatum</source>
        <translation>Framställningsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopior av</source>
        <translation>Kopior av</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny handläggare (högst 30 tecken)</source>
        <translation>Ny handläggare (högst 30 tecken)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ingen körning är gjord ännu.</source>
        <translation>Ingen körning är gjord ännu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Framställningsdatum: %1</source>
        <translation>Framställningsdatum: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markera en körning i listan, eller ta bort &quot;Endast den markerade körningen&quot;.</source>
        <translation>Markera en körning i listan, eller ta bort &quot;Endast den markerade körningen&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>handläggare</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga sparade brev passar urvalet.</source>
        <translation>Inga sparade brev passar urvalet.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Kopior: %n.</source>
        <translation>
            <numerusform>Kopior: %n.</numerusform>
            <numerusform>Kopior: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spara kopiorna som PDF</source>
        <translation>Spara kopiorna som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Kopior: %n, skrivna till %1.</source>
        <translation>
            <numerusform>Kopior: %n, skriven till %1.</numerusform>
            <numerusform>Kopior: %n, skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Markera den körning som ska ångras.</source>
        <translation>Markera den körning som ska ångras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Körning nr %1 kan inte ångras: %2</source>
        <translation>Körning nr %1 kan inte ångras: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ångra körning nr %1 (körningsdatum %2, gjord av %3)?
%4 brev, %5 för manuell hantering. Avgifter debiterade %6 kr, ränta debiterad %7 kr.

Fordringarna återställs som före körningen; körningens transaktioner och bokföringsorder tas bort.</source>
        <translation>Ångra körning nr %1 (körningsdatum %2, gjord av %3)?
%4 brev, %5 för manuell hantering. Avgifter debiterade %6 kr, ränta debiterad %7 kr.

Fordringarna återställs som före körningen; körningens transaktioner och bokföringsorder tas bort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Å&amp;ngra körningen</source>
        <translation>Å&amp;ngra körningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Körning nr %1 är inte ångrad.</source>
        <translation>Körning nr %1 är inte ångrad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Körning nr %1 är ångrad; fordringarna är som före körningen.</source>
        <translation>Körning nr %1 är ångrad; fordringarna är som före körningen.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningParametersScreen</name>
    <message>
        <location filename="../ui/screens/dunningparametersscreen.cpp" line="+62"/>
        <source>Kontering av avgifter och dröjsmålsränta per företag och debiteringsrutin, och de övriga parametrarna för ränta, blanketter och kravkoder (handbok 7.2). Enter sparar båda flikarna; F10 byter flik.</source>
        <translation>Kontering av avgifter och dröjsmålsränta per företag och debiteringsrutin, och de övriga parametrarna för ränta, blanketter och kravkoder (handbok 7.2). Enter sparar båda flikarna; F10 byter flik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <source>Kontering</source>
        <translation>Kontering</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>Övrigt</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Före&amp;tag:</source>
        <translation>Före&amp;tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debiteringsrutin:</source>
        <translation>&amp;Debiteringsrutin:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Påminnelse- och kravavgifter</source>
        <translation>Påminnelse- och kravavgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intäktskonto &amp;påminnelseavgifter:</source>
        <translation>Intäktskonto &amp;påminnelseavgifter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intäktskonto kravav&amp;gifter:</source>
        <translation>Intäktskonto kravav&amp;gifter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontering dröjsmålsräntor</source>
        <translation>Kontering dröjsmålsräntor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intäktskonto dröjs&amp;målsränta:</source>
        <translation>Intäktskonto dröjs&amp;målsränta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fo&amp;rdringskonto räntefakturor:</source>
        <translation>Fo&amp;rdringskonto räntefakturor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Konton för avgifter krävs om avgifterna uppdebiteras; konton för dröjsmålsränta om räntefakturor skrivs ut eller räntor och avgifter förs till nästa faktura. Fordringskontot gäller räntefakturornas rutin (debiteringsrutin + 50).</source>
        <translation>Konton för avgifter krävs om avgifterna uppdebiteras; konton för dröjsmålsränta om räntefakturor skrivs ut eller räntor och avgifter förs till nästa faktura. Fordringskontot gäller räntefakturornas rutin (debiteringsrutin + 50).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dröjsmålsränta</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t.ex. 8,0</source>
        <translation>t.ex. 8,0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta räknas från och med dagen &amp;efter förfallodagen</source>
        <translation>Ränta räknas från och med dagen &amp;efter förfallodagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utan kryss räknas räntan från och med förfallodagen.</source>
        <translation>Utan kryss räknas räntan från och med förfallodagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktiska dagar / 365</source>
        <translation>Faktiska dagar / 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faktiska dagar / 365 eller 366 (skottår)</source>
        <translation>Faktiska dagar / 365 eller 366 (skottår)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ränta &amp;utöver referensräntan (%):</source>
        <translation>Ränta &amp;utöver referensräntan (%):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dag&amp;beräkning:</source>
        <translation>Dag&amp;beräkning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar efter fakturadatum då ränta ska börja räknas:</source>
        <translation>Dagar efter fakturadatum då ränta ska börja räknas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mi&amp;nsta ränta (kr):</source>
        <translation>Mi&amp;nsta ränta (kr):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minst antal dagar efter förfa&amp;llodag:</source>
        <translation>Minst antal dagar efter förfa&amp;llodag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minsta ränta och minst antal dagar gäller räntefakturor och listan Ej uppdebiterade räntor och avgifter, inte den upplupna räntan på ett krav.</source>
        <translation>Minsta ränta och minst antal dagar gäller räntefakturor och listan Ej uppdebiterade räntor och avgifter, inte den upplupna räntan på ett krav.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blanketter och kravkoder</source>
        <translation>Blanketter och kravkoder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Påminnelser o&amp;ch kravbrev sparas för kopieframställning</source>
        <translation>Påminnelser o&amp;ch kravbrev sparas för kopieframställning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blankett&amp;yp:</source>
        <translation>Blankett&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravk&amp;od vid betalningsföreläggande:</source>
        <translation>Kravk&amp;od vid betalningsföreläggande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod vid &amp;amorteringsplan:</source>
        <translation>Kravkod vid &amp;amorteringsplan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar att betala (förfallodag på brevet)</source>
        <translation>Dagar att betala (förfallodag på brevet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påminnelse:</source>
        <translation>Påminnelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav (minst %1):</source>
        <translation>Inkassokrav (minst %1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restkrav:</source>
        <translation>Restkrav:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>plusgiro, A-kort med förtryckt logotyp</source>
        <translation>plusgiro, A-kort med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, A-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>plusgiro, A-kort utan logotyp, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, B-kort med förtryckt logotyp</source>
        <translation>plusgiro, B-kort med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, B-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>plusgiro, B-kort utan logotyp, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort med förtryckt logotyp</source>
        <translation>plusgiro, C-kort med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort utan logotyp, företagsnamnet skrivs ut</source>
        <translation>plusgiro, C-kort utan logotyp, företagsnamnet skrivs ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort med förtryckt logotyp, värmeförsluts</source>
        <translation>plusgiro, C-kort med förtryckt logotyp, värmeförsluts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, C-kort utan förtryckt logotyp, värmeförsluts</source>
        <translation>plusgiro, C-kort utan förtryckt logotyp, värmeförsluts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plusgiro, Postens elektroniska postproduktion</source>
        <translation>plusgiro, Postens elektroniska postproduktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort utan OCR, med förtryckt logotyp</source>
        <translation>bankgiro, inbetalningskort utan OCR, med förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort utan OCR och logotyp</source>
        <translation>bankgiro, inbetalningskort utan OCR och logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort med OCR och förtryckt logotyp</source>
        <translation>bankgiro, inbetalningskort med OCR och förtryckt logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, inbetalningskort med OCR, utan logotyp</source>
        <translation>bankgiro, inbetalningskort med OCR, utan logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankgiro, Postens elektroniska postproduktion</source>
        <translation>bankgiro, Postens elektroniska postproduktion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0 – ingen</source>
        <translation>0 – ingen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fo&amp;rdringskonto räntefakturor (rutin %1):</source>
        <translation>Fo&amp;rdringskonto räntefakturor (rutin %1):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 – finns inte bland kravkoderna</source>
        <translation>%1 – finns inte bland kravkoderna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Osparade konton</source>
        <translation>Osparade konton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontona för företag %1, rutin %2 är ändrade men inte sparade. Vill du byta utan att spara dem?</source>
        <translation>Kontona för företag %1, rutin %2 är ändrade men inte sparade. Vill du byta utan att spara dem?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ange räntan utöver referensräntan, t.ex. 8,0.</source>
        <translation>Ange räntan utöver referensräntan, t.ex. 8,0.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ange ett konto med 1–%1 siffror.</source>
        <translation>Ange ett konto med 1–%1 siffror.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kravparametrarna är sparade (kontering för företag %1, rutin %2).</source>
        <translation>Kravparametrarna är sparade (kontering för företag %1, rutin %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inget är sparat: %1</source>
        <translation>Inget är sparat: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inget är sparat: rätta fältet som är markerat på fliken %1.</source>
        <translation>Inget är sparat: rätta fältet som är markerat på fliken %1.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningRunScreen</name>
    <message>
        <location filename="../ui/screens/dunningrunscreen.cpp" line="+53"/>
        <source>Kontrollista påminnelser/inkassokrav/restkrav</source>
        <translation>Kontrollista påminnelser/inkassokrav/restkrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse- och kravlista, körning %1</source>
        <translation>Påminnelse- och kravlista, körning %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningsdatum %1</source>
        <translation>Körningsdatum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1, rutin %2, fakturanummer %3</source>
        <translation>Företag %1, rutin %2, fakturanummer %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Förvaltning/avdelning %1–%2</source>
        <translation>Förvaltning/avdelning %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelse/kravavgift inte på fordringar under %1 kr</source>
        <translation>Påminnelse/kravavgift inte på fordringar under %1 kr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift ej uppdeb.</source>
        <translation>Avgift ej uppdeb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ränta uppdeb.</source>
        <translation>Ränta uppdeb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betala senast</source>
        <translation>Betala senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manuell</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skyddad – manuell</source>
        <translation>skyddad – manuell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tas inte: %1</source>
        <translation>Tas inte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %n brev</source>
        <translation>
            <numerusform>%1: %n brev</numerusform>
            <numerusform>%1: %n brev</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>, varav %1 manuella</source>
        <translation>, varav %1 manuella</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Tas inte (kravkod): %n st</source>
        <translation>
            <numerusform>Tas inte (kravkod): %n st</numerusform>
            <numerusform>Tas inte (kravkod): %n st</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Totalt: %n brev</source>
        <translation>
            <numerusform>Totalt: %n brev</numerusform>
            <numerusform>Totalt: %n brev</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avgifter som debiteras: %1 kr. Avgifter bara på brevet: %2 kr. Ränta som debiteras: %3 kr.</source>
        <translation>Avgifter som debiteras: %1 kr. Avgifter bara på brevet: %2 kr. Ränta som debiteras: %3 kr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Påminnelser/krav – förhandsgranskning</source>
        <translation>Påminnelser/krav – förhandsgranskning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelser/krav</source>
        <translation>Påminnelser/krav</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Körningsdatum</source>
        <translation>Körningsdatum</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Företag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Rutin fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förvaltning/avdelning fr.o.m. – t.o.m.</source>
        <translation>Förvaltning/avdelning fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelse/kravavgift inte på fordringar under</source>
        <translation>Påminnelse/kravavgift inte på fordringar under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hela kronor; ingen gräns för om brevet skrivs</source>
        <translation>hela kronor; ingen gräns för om brevet skrivs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningens resultat</source>
        <translation>Körningens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska breven, F10 kör: stämplar datum, debiterar avgifter och ränta, skriver breven.</source>
        <translation>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska breven, F10 kör: stämplar datum, debiterar avgifter och ränta, skriver breven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Kontrollista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska brev</source>
        <translation>Förhandsgranska brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kör</source>
        <translation>Kör</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Inte på fordringar under: %1</source>
        <translation>Inte på fordringar under: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kontrollista: inga fordringar får brev på körningsdatum %1. Ingenting är ändrat.</source>
        <translation>Kontrollista: inga fordringar får brev på körningsdatum %1. Ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrollista %1. Brev: %2 (%3). För manuell hantering: %4. Tas inte: %5. Ingenting är ändrat.</source>
        <translation>Kontrollista %1. Brev: %2 (%3). För manuell hantering: %4. Tas inte: %5. Ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inga fordringar får brev med detta urval.</source>
        <translation>Inga fordringar får brev med detta urval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla %1 brev hålls för manuell hantering; inget att visa.</source>
        <translation>Alla %1 brev hålls för manuell hantering; inget att visa.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Förhandsgranskning av %n brev; ingenting är ändrat.</source>
        <translation>
            <numerusform>Förhandsgranskning av %n brev; ingenting är ändrat.</numerusform>
            <numerusform>Förhandsgranskning av %n brev; ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inga fordringar får brev på körningsdatum %1; ingen körning gjordes.</source>
        <translation>Inga fordringar får brev på körningsdatum %1; ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kör påminnelser/krav</source>
        <translation>Kör påminnelser/krav</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Körningsdatum %1. Fordringar som får brev: %n.</source>
        <translation>
            <numerusform>Körningsdatum %1. Fordringar som får brev: %n.</numerusform>
            <numerusform>Körningsdatum %1. Fordringar som får brev: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Varav %1 skyddade för manuell hantering (inget brev skrivs).</source>
        <translation>Varav %1 skyddade för manuell hantering (inget brev skrivs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fordringarna stämplas och avgifter och ränta debiteras. Köra nu?</source>
        <translation>Fordringarna stämplas och avgifter och ränta debiteras. Köra nu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kör</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>Ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Körningen pågår…</source>
        <translation>Körningen pågår…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen körning gjordes; ingenting är ändrat.</source>
        <translation>Ingen körning gjordes; ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skriv ut breven</source>
        <translation>Skriv ut breven</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skriva ut breven nu (%n brev)?</source>
        <translation>
            <numerusform>Skriva ut brevet nu (%n brev)?</numerusform>
            <numerusform>Skriva ut breven nu (%n brev)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inte nu</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spara breven som PDF</source>
        <translation>Spara breven som PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breven sparades inte; skriv ut dem som kopior (Kravhantering → Kopior).</source>
        <translation>Breven sparades inte; skriv ut dem som kopior (Kravhantering → Kopior).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Körning nr %1 med körningsdatum %2 är gjord. Fordringar: %n.</source>
        <translation>
            <numerusform>Körning nr %1 med körningsdatum %2 är gjord. Fordringar: %n.</numerusform>
            <numerusform>Körning nr %1 med körningsdatum %2 är gjord. Fordringar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brev per steg: %1. Skrivna brev: %2.</source>
        <translation>Brev per steg: %1. Skrivna brev: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>För manuell hantering (skyddad identitet, inget brev skrivet): %1</source>
        <translation>För manuell hantering (skyddad identitet, inget brev skrivet): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avgifter debiterade: %1 kr. Avgifter bara på brevet: %2 kr. Ränta debiterad: %3 kr.</source>
        <translation>Avgifter debiterade: %1 kr. Avgifter bara på brevet: %2 kr. Ränta debiterad: %3 kr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>företag %1 verifikation %2 %3</source>
        <translation>företag %1 verifikation %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: ingen (inget debiterades).</source>
        <translation>Bokföringsorder: ingen (inget debiterades).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: %1.</source>
        <translation>Bokföringsorder: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breven är sparade i %1.</source>
        <translation>Breven är sparade i %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breven: %1</source>
        <translation>Breven: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är körningens påminnelse- och kravlista (F16 skriver ut den).</source>
        <translation>Körningen är klar. Listan nedan är körningens påminnelse- och kravlista (F16 skriver ut den).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningSettingsScreen</name>
    <message>
        <location filename="../ui/screens/dunningsettingsscreen.cpp" line="+51"/>
        <source>Villkoren för påminnelser, inkassokrav och restkrav per debiteringsrutin (handbok 7.7). Blankt antal dagar = steget används inte. Avgifter i hela kronor. Enter sparar.</source>
        <translation>Villkoren för påminnelser, inkassokrav och restkrav per debiteringsrutin (handbok 7.7). Blankt antal dagar = steget används inte. Avgifter i hela kronor. Enter sparar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Debiteringsrutin:</source>
        <translation>&amp;Debiteringsrutin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Påminnelse 1</source>
        <translation>Påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse 2</source>
        <translation>Påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 – efter påminnelse 1</source>
        <translation>1 – efter påminnelse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – efter påminnelse 2</source>
        <translation>2 – efter påminnelse 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 – efter förfallodag</source>
        <translation>9 – efter förfallodag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uppdebitera upplupen ränta</source>
        <translation>Uppdebitera upplupen ränta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räknas från:</source>
        <translation>Räknas från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Rubrik:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påminnelseavgift avtalad i förväg (lag 1981:739 2 §)</source>
        <translation>Påminnelseavgift avtalad i förväg (lag 1981:739 2 §)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Antal dagar:</source>
        <translation>Antal dagar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textnummer:</source>
        <translation>Textnummer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uppdebiteras</source>
        <translation>Uppdebiteras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut upplupen ränta</source>
        <translation>Skriv ut upplupen ränta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avgift (kr):</source>
        <translation>Avgift (kr):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handläggare:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skäl, avgift över taket:</source>
        <translation>Skäl, avgift över taket:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rutin %1 har inga inställningar ännu; förslaget nedan sparas med Enter.</source>
        <translation>Rutin %1 har inga inställningar ännu; förslaget nedan sparas med Enter.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Inställningarna för rutin %1 är sparade.</source>
        <translation>Inställningarna för rutin %1 är sparade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Inställningarna är inte sparade: rätta det som står vid stegen.</source>
        <translation>Inställningarna är inte sparade: rätta det som står vid stegen.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::DunningTextsScreen</name>
    <message>
        <location filename="../ui/screens/dunningtextsscreen.cpp" line="+62"/>
        <source>Texterna på påminnelser (7.4), inkassokrav (7.5), restkrav (7.6) och hot om betalningsföreläggande (7.9). Den streckade linjen visar hur långt en rad får vara. Ctrl+S sparar.</source>
        <translation>Texterna på påminnelser (7.4), inkassokrav (7.5), restkrav (7.6) och hot om betalningsföreläggande (7.9). Den streckade linjen visar hur långt en rad får vara. Ctrl+S sparar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Påminnelse</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D – datapost (A5 liggande)</source>
        <translation>D – datapost (A5 liggande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F – fakturablankett</source>
        <translation>F – fakturablankett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sla&amp;g:</source>
        <translation>Sla&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nummer:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blankett:</source>
        <translation>&amp;Blankett:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 %2 finns inte ännu; den läggs upp när du sparar.</source>
        <translation>%1 %2 finns inte ännu; den läggs upp när du sparar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rad %1 av %2, kolumn %3 av %4</source>
        <translation>rad %1 av %2, kolumn %3 av %4</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %2 är sparad.</source>
        <translation>%1 %2 är sparad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::EnforcementOfficesScreen</name>
    <message>
        <location filename="../ui/screens/enforcementofficesscreen.cpp" line="+32"/>
        <source>Namn och adress till de kronofogdemyndigheter som kan väljas som mottagare av betalningsföreläggande (handbok 7.10). Orten är identiteten. Enter sparar formuläret.</source>
        <translation>Namn och adress till de kronofogdemyndigheter som kan väljas som mottagare av betalningsföreläggande (handbok 7.10). Orten är identiteten. Enter sparar formuläret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kronofogdemyndighet</source>
        <translation>Kronofogdemyndighet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>obligatorisk, högst %1 tecken</source>
        <translation>obligatorisk, högst %1 tecken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>K&amp;ronofogdemyndighet:</source>
        <translation>K&amp;ronofogdemyndighet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn och adress: högst %1 rader om %2 tecken.</source>
        <translation>Namn och adress: högst %1 rader om %2 tecken.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Inga kronofogdemyndigheter är upplagda ännu. Skriv ort, namn och adress och tryck Enter.</source>
        <translation>Inga kronofogdemyndigheter är upplagda ännu. Skriv ort, namn och adress och tryck Enter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ny kronofogdemyndighet</source>
        <translation>Ny kronofogdemyndighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra kronofogdemyndigheten i %1</source>
        <translation>Ändra kronofogdemyndigheten i %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ort: högst %1 tecken.</source>
        <translation>Ort: högst %1 tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad %1: högst %2 tecken.</source>
        <translation>Rad %1: högst %2 tecken.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ort: %1 finns redan; välj den i listan för att ändra.</source>
        <translation>Ort: %1 finns redan; välj den i listan för att ändra.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kronofogdemyndigheten i %1 är upplagd.</source>
        <translation>Kronofogdemyndigheten i %1 är upplagd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofogdemyndigheten i %1 är ändrad.</source>
        <translation>Kronofogdemyndigheten i %1 är ändrad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj kronofogdemyndigheten som ska tas bort i listan.</source>
        <translation>Välj kronofogdemyndigheten som ska tas bort i listan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort kronofogdemyndighet</source>
        <translation>Ta bort kronofogdemyndighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du ta bort kronofogdemyndigheten i %1?</source>
        <translation>Vill du ta bort kronofogdemyndigheten i %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kronofogdemyndigheten i %1 är borttagen.</source>
        <translation>Kronofogdemyndigheten i %1 är borttagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::IdleLogout</name>
    <message>
        <location filename="../ui/idlelogout.cpp" line="+70"/>
        <source>Du loggades ut efter %1 minuter utan aktivitet.</source>
        <translation>Du loggades ut efter %1 minuter utan aktivitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du loggades ut efter en stund utan aktivitet.</source>
        <translation>Du loggades ut efter en stund utan aktivitet.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InterestInvoicingScreen</name>
    <message>
        <location filename="../ui/screens/interestinvoicingscreen.cpp" line="+31"/>
        <location line="+12"/>
        <source>Räntefakturor</source>
        <translation>Räntefakturor</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Räntefakturor – förhandsgranskning</source>
        <translation>Räntefakturor – förhandsgranskning</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>räntefakturornas datum</source>
        <translation>räntefakturornas datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Företag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Rutin fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slutbetalningsdatum fr.o.m. – t.o.m.</source>
        <translation>Slutbetalningsdatum fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förvaltning/avdelning fr.o.m. – t.o.m.</source>
        <translation>Förvaltning/avdelning fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse debitering; tomt = alla</source>
        <translation>diverse debitering; tomt = alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta ränta att fakturera *</source>
        <translation>Minsta ränta att fakturera *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hela kronor, obligatorisk</source>
        <translation>hela kronor, obligatorisk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar</source>
        <translation>Minsta antal dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>för sent efter förfallodagen</source>
        <translation>för sent efter förfallodagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uppgifter på fakturan</source>
        <translation>Uppgifter på fakturan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+88"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>förslag: fakturadatum + 10 dagar, nästa bankdag</source>
        <translation>förslag: fakturadatum + 10 dagar, nästa bankdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handläggare *</source>
        <translation>Handläggare *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>namn och telefon, obligatorisk</source>
        <translation>namn och telefon, obligatorisk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meddelande</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Körningens resultat</source>
        <translation>Körningens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska räntefakturorna, F10 kör: registrerar räntefakturorna, stämplar fakturorna och gör bokföringsorder.</source>
        <translation>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska räntefakturorna, F10 kör: registrerar räntefakturorna, stämplar fakturorna och gör bokföringsorder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Kontrollista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kör</source>
        <translation>Kör</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Företag fr.o.m.</source>
        <translation>Företag fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Företag t.o.m.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slutbetald fr.o.m.</source>
        <translation>Slutbetald fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald t.o.m.</source>
        <translation>Slutbetald t.o.m.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minsta ränta: %1</source>
        <translation>Minsta ränta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara en siffra 0–%2.</source>
        <translation>Minsta antal dagar: &quot;%1&quot; ska vara en siffra 0–%2.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kontrollista: inga fordringar att räntefakturera med detta urval. Ingenting är ändrat.</source>
        <translation>Kontrollista: inga fordringar att räntefakturera med detta urval. Ingenting är ändrat.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Kontrollista: %n räntefakturor, %1 kr, förfallodag %2. Ingenting är ändrat.</source>
        <translation>
            <numerusform>Kontrollista: %n räntefaktura, %1 kr, förfallodag %2. Ingenting är ändrat.</numerusform>
            <numerusform>Kontrollista: %n räntefakturor, %1 kr, förfallodag %2. Ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n fordringar kan inte faktureras (se Anmärkning); körningen går inte förrän det är åtgärdat.</source>
        <translation>
            <numerusform>%n fordran kan inte faktureras (se Anmärkning); körningen går inte förrän det är åtgärdat.</numerusform>
            <numerusform>%n fordringar kan inte faktureras (se Anmärkning); körningen går inte förrän det är åtgärdat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inga räntefakturor att visa med detta urval.</source>
        <translation>Inga räntefakturor att visa med detta urval.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Förhandsgranskning av %n räntefakturor; ingenting är ändrat.</source>
        <translation>
            <numerusform>Förhandsgranskning av %n räntefaktura; ingenting är ändrat.</numerusform>
            <numerusform>Förhandsgranskning av %n räntefakturor; ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Räntefaktureringen kan inte köras: %1</source>
        <translation>Räntefaktureringen kan inte köras: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga fordringar att räntefakturera med detta urval; ingen körning gjordes.</source>
        <translation>Inga fordringar att räntefakturera med detta urval; ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kör räntefakturering</source>
        <translation>Kör räntefakturering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum %1, förfallodag %2.</source>
        <translation>Fakturadatum %1, förfallodag %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Räntefakturor: %n, summa %1 kr.</source>
        <translation>
            <numerusform>Räntefakturor: %n, summa %1 kr.</numerusform>
            <numerusform>Räntefakturor: %n, summa %1 kr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Räntefakturorna registreras, fakturorna stämplas och bokföringsorder görs. Köra nu?</source>
        <translation>Räntefakturorna registreras, fakturorna stämplas och bokföringsorder görs. Köra nu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kör</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>Ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen körning gjordes; ingenting är ändrat.</source>
        <translation>Ingen körning gjordes; ingenting är ändrat.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Räntefakturering med fakturadatum %1 är gjord: %n räntefakturor, summa %2 kr, förfallodag %3.</source>
        <translation>
            <numerusform>Räntefakturering med fakturadatum %1 är gjord: %n räntefaktura, summa %2 kr, förfallodag %3.</numerusform>
            <numerusform>Räntefakturering med fakturadatum %1 är gjord: %n räntefakturor, summa %2 kr, förfallodag %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>företag %1 verifikation %2 %3</source>
        <translation>företag %1 verifikation %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsorder: %1.</source>
        <translation>Bokföringsorder: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturorna är sparade i %1.</source>
        <translation>Räntefakturorna är sparade i %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturorna: %1</source>
        <translation>Räntefakturorna: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den).</source>
        <translation>Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv ut räntefakturorna</source>
        <translation>Skriv ut räntefakturorna</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skriva ut räntefakturorna nu (%n st)?</source>
        <translation>
            <numerusform>Skriva ut räntefakturan nu (%n st)?</numerusform>
            <numerusform>Skriva ut räntefakturorna nu (%n st)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inte nu</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spara räntefakturorna som PDF</source>
        <translation>Spara räntefakturorna som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturorna sparades inte som PDF; skriv ut dem nu.</source>
        <translation>Räntefakturorna sparades inte som PDF; skriv ut dem nu.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InvoiceCopiesScreen</name>
    <message>
        <location filename="../ui/screens/invoicecopiesscreen.cpp" line="+42"/>
        <source>Fakturakopia %1</source>
        <translation>Fakturakopia %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturakopior %1–%2</source>
        <translation>Fakturakopior %1–%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kopior av fakturor, en faktura eller ett intervall inom samma rutin. Enter visar fakturorna, F16 förhandsgranskar och skriver ut kopiorna, F8 sparar dem som PDF.</source>
        <translation>Kopior av fakturor, en faktura eller ett intervall inom samma rutin. Enter visar fakturorna, F16 förhandsgranskar och skriver ut kopiorna, F8 sparar dem som PDF.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturabelopp</source>
        <translation>Fakturabelopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+117"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut kopior</source>
        <translation>Skriv ut kopior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>9 siffror</source>
        <translation>9 siffror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tom = bara en</source>
        <translation>tom = bara en</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;öretag (F4)</source>
        <translation>F&amp;öretag (F4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ko&amp;pia skrivs på fakturan</source>
        <translation>Ko&amp;pia skrivs på fakturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny h&amp;andläggare (högst 30 tecken)</source>
        <translation>Ny h&amp;andläggare (högst 30 tecken)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Fakturanummer fr.&amp;o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.&amp;o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uppgifter ut på fakturan</source>
        <translation>Uppgifter ut på fakturan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Ursprungligt framställningsdatum (annars dagens datum)</source>
        <translation>&amp;Ursprungligt framställningsdatum (annars dagens datum)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Fakturor i urvalet: %1. F16 skriver ut kopiorna, F8 sparar dem som PDF.</source>
        <translation>Fakturor i urvalet: %1. F16 skriver ut kopiorna, F8 sparar dem som PDF.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>handläggare</source>
        <translation>handläggare</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Fakturakopior: %n.</source>
        <translation>
            <numerusform>Fakturakopior: %n.</numerusform>
            <numerusform>Fakturakopior: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spara fakturakopiorna som PDF</source>
        <translation>Spara fakturakopiorna som PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Fakturakopior: %n, skrivna till %1.</source>
        <translation>
            <numerusform>Fakturakopior: %n, skriven till %1.</numerusform>
            <numerusform>Fakturakopior: %n, skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InvoiceImportScreen</name>
    <message>
        <location filename="../ui/screens/invoiceimportscreen.cpp" line="+53"/>
        <source>Läser fakturor från ett annat system: en CSV-fil med semikolon och en rubrikrad (company;invoice_number;name;invoice_date;due_date;amount;id_number …) eller en JSON-fil med samma fält. Enter kontrollerar filen och ändrar ingenting; F10 importerar den. En fil importeras helt eller inte alls.</source>
        <translation>Läser fakturor från ett annat system: en CSV-fil med semikolon och en rubrikrad (company;invoice_number;name;invoice_date;due_date;amount;id_number …) eller en JSON-fil med samma fält. Enter kontrollerar filen och ändrar ingenting; F10 importerar den. En fil importeras helt eller inte alls.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>&amp;Importera</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Fil&amp;namn:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Väl&amp;j fil…</source>
        <translation>Väl&amp;j fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;ontrollera</source>
        <translation>K&amp;ontrollera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;mportera</source>
        <translation>I&amp;mportera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/org.nr / kundnr</source>
        <translation>Person-/org.nr / kundnr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Förfallodatum</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Välj fil</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importera</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Välj fakturafil</source>
        <translation>Välj fakturafil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturafiler (*.csv *.txt *.json);;Alla filer (*)</source>
        <translation>Fakturafiler (*.csv *.txt *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Skriv filens namn eller välj den med F4.</source>
        <translation>Skriv filens namn eller välj den med F4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Kan inte läsa filen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollerar fakturor…</source>
        <translation>Kontrollerar fakturor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importerar fakturor…</source>
        <translation>Importerar fakturor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import från %1</source>
        <translation>Import från %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rad %1: </source>
        <translation>rad %1: </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 har %n fel</source>
        <translation>
            <numerusform>%1 har %n fel</numerusform>
            <numerusform>%1 har %n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> på %n rader; ingen faktura har importerats. Rätta filen och kontrollera den igen.</source>
        <translation>
            <numerusform> på %n rad; ingen faktura har importerats. Rätta filen och kontrollera den igen.</numerusform>
            <numerusform> på %n rader; ingen faktura har importerats. Rätta filen och kontrollera den igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n fakturor</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n fakturor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> på sammanlagt %1 kr</source>
        <translation> på sammanlagt %1 kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 är importerade.</source>
        <translation>%1: %2 är importerade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 innehåller inga fakturor.</source>
        <translation>%1 innehåller inga fakturor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 är kontrollerad: %2 kan importeras. Ingenting har ändrats; F10 importerar.</source>
        <translation>%1 är kontrollerad: %2 kan importeras. Ingenting har ändrats; F10 importerar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importera fakturor</source>
        <translation>Importera fakturor</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Importera %n fakturor</source>
        <translation>
            <numerusform>Importera %n faktura</numerusform>
            <numerusform>Importera %n fakturor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> på sammanlagt %1 kr från %2?</source>
        <translation> på sammanlagt %1 kr från %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting har importerats.</source>
        <translation>Ingenting har importerats.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::InvoiceSearchScreen</name>
    <message>
        <location filename="../ui/screens/invoicesearchscreen.cpp" line="+68"/>
        <source>Sök faktura</source>
        <translation>Sök faktura</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag from – tom (F4)</source>
        <translation>Företag from – tom (F4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registerid</source>
        <translation>Registerid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturabelopp fr o m</source>
        <translation>Fakturabelopp fr o m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldobelopp fr o m</source>
        <translation>Saldobelopp fr o m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–10 siffror</source>
        <translation>1–10 siffror</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>t.ex. 1 000 eller 50-</source>
        <translation>t.ex. 1 000 eller 50-</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+72"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Växla kolumner</source>
        <translation>Växla kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kund</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: &quot;%2&quot; ska vara 1–3 siffror.</source>
        <translation>%1: &quot;%2&quot; ska vara 1–3 siffror.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Söker…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visar de första %L1 fakturorna, räknar resten…</source>
        <translation>Visar de första %L1 fakturorna, räknar resten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga fakturor.</source>
        <translation>Inga fakturor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 fakturor</source>
        <translation>%L1 fakturor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen faktura börjar med &quot;%1&quot; eller kommer efter det.</source>
        <translation>Ingen faktura börjar med &quot;%1&quot; eller kommer efter det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen faktura börjar med &quot;%1&quot;; listan börjar vid närmaste värde. %2</source>
        <translation>Ingen faktura börjar med &quot;%1&quot;; listan börjar vid närmaste värde. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raden hämtas ännu – tryck Enter igen om ett ögonblick.</source>
        <translation>Raden hämtas ännu – tryck Enter igen om ett ögonblick.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Markera en faktura i listan för att se kunden.</source>
        <translation>Markera en faktura i listan för att se kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raden hämtas ännu – tryck F8 igen om ett ögonblick.</source>
        <translation>Raden hämtas ännu – tryck F8 igen om ett ögonblick.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunduppgifterna kan inte visas här.</source>
        <translation>Kunduppgifterna kan inte visas här.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
</context>
<context>
    <name>rsk::ui::KeyboardHelpScreen</name>
    <message>
        <location filename="../ui/screens/keyboardhelpscreen.cpp" line="+19"/>
        <source>Menyerna öppnas med Alt och den understrukna bokstaven, t.ex. Alt+I för Inbetalningar. F13–F24 skrivs som Skift+F1–F12.</source>
        <translation>Menyerna öppnas med Alt och den understrukna bokstaven, t.ex. Alt+I för Inbetalningar. F13–F24 skrivs som Skift+F1–F12.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tangent</source>
        <translation>Tangent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommando</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hela programmet</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alla bilder</source>
        <translation>Alla bilder</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Keys</name>
    <message>
        <location filename="../ui/commands/functionkeys.cpp" line="+75"/>
        <source>Skift</source>
        <translation>Skift</translation>
    </message>
</context>
<context>
    <name>rsk::ui::LoginDialog</name>
    <message>
        <location filename="../ui/widgets/logindialog.cpp" line="+32"/>
        <source>Logga in – Reskontra</source>
        <translation>Logga in – Reskontra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logga in i reskontran &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Logga in i reskontran &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Användare:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logga in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avsluta</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skriv användarnamnet.</source>
        <translation>Skriv användarnamnet.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+83"/>
        <location line="+52"/>
        <source>Startsida</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stäng bilden</source>
        <translation>Stäng bilden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Föregående flik</source>
        <translation>Föregående flik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Byt företag</source>
        <translation>Byt företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna reskontra…</source>
        <translation>Öppna reskontra…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+59"/>
        <source>Handboken, avsnitt %1</source>
        <translation>Handboken, avsnitt %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Du har inte behörighet att öppna %1: det kräver rollen %2.</source>
        <translation>Du har inte behörighet att öppna %1: det kräver rollen %2.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Användare: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inställningsläge: ingen användare har lösenord, alla arbetar som administratör. Sätt lösenord under Systemunderhåll &gt; Användare och behörigheter.</source>
        <translation>Inställningsläge: ingen användare har lösenord, alla arbetar som administratör. Sätt lösenord under Systemunderhåll &gt; Användare och behörigheter.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Startsidan kan inte stängas.</source>
        <translation>Startsidan kan inte stängas.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ManualRegistrationScreen</name>
    <message>
        <location filename="../ui/screens/manualregistrationscreen.cpp" line="+108"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registrera</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa fakturan</source>
        <translation>Visa fakturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Ta bort rad</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupp</source>
        <translation>Dupp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+270"/>
        <source>Godkänn bunt</source>
        <translation>Godkänn bunt</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Raden är inte registrerad: rätta det som står i rött.</source>
        <translation>Raden är inte registrerad: rätta det som står i rött.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>faktura %1, %2</source>
        <translation>faktura %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rad %1 är ändrad: %2.</source>
        <translation>Rad %1 är ändrad: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rad %1 är registrerad: %2.</source>
        <translation>Rad %1 är registrerad: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rad %1 är hämtad för ändring: Enter sparar, F7 ångrar.</source>
        <translation>Rad %1 är hämtad för ändring: Enter sparar, F7 ångrar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ändringen av rad %1 är ångrad.</source>
        <translation>Ändringen av rad %1 är ångrad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raden är tömd.</source>
        <translation>Raden är tömd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj raden som ska tas bort i tabellen (Tab, pilarna) och tryck F6.</source>
        <translation>Välj raden som ska tas bort i tabellen (Tab, pilarna) och tryck F6.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ta bort rad %1 (faktura %2, %3) ur bunten?</source>
        <translation>Ta bort rad %1 (faktura %2, %3) ur bunten?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rad %1 är borttagen.</source>
        <translation>Rad %1 är borttagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ställ markören i fältet som ska duppas och tryck Ctrl+D.</source>
        <translation>Ställ markören i fältet som ska duppas och tryck Ctrl+D.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det finns ingen föregående rad att duppa från.</source>
        <translation>Det finns ingen föregående rad att duppa från.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F4 visar en lista i fälten Företag och Inbetalningssätt.</source>
        <translation>F4 visar en lista i fälten Företag och Inbetalningssätt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriv fakturanumret och tryck F5.</source>
        <translation>Skriv fakturanumret och tryck F5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bunten har inga rader att godkänna.</source>
        <translation>Bunten har inga rader att godkänna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spara (Enter) eller ångra (F7) ändringen av rad %1 först.</source>
        <translation>Spara (Enter) eller ångra (F7) ändringen av rad %1 först.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Godkänn bunt %1 med %2 rader (kredit %3, debet %4)? Raderna bokförs på fordringarna och bunten kan sedan inte ändras.</source>
        <translation>Godkänn bunt %1 med %2 rader (kredit %3, debet %4)? Raderna bokförs på fordringarna och bunten kan sedan inte ändras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bunt %1 är godkänd: %2 rader bokförda, kredit %3, debet %4.</source>
        <translation>Bunt %1 är godkänd: %2 rader bokförda, kredit %3, debet %4.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Den ej godkända bunten %1 med %2 rader är hämtad.</source>
        <translation>Den ej godkända bunten %1 med %2 rader är hämtad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ny bunt: den skapas när första raden registreras.</source>
        <translation>Ny bunt: den skapas när första raden registreras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rader: 0</source>
        <translation>Rader: 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bunt %1 – ej godkänd, skapad av %2</source>
        <translation>Bunt %1 – ej godkänd, skapad av %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – ändrar rad %1</source>
        <translation> – ändrar rad %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rader: %1    Summa kredit: %2    Summa debet: %3</source>
        <translation>Rader: %1    Summa kredit: %2    Summa debet: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Debet</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kredit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, saldo %2</source>
        <translation>%1, saldo %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Föregående rad: –</source>
        <translation>Föregående rad: –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Föregående rad %1:</source>
        <translation>Föregående rad %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>konto %1</source>
        <translation>konto %1</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Menus</name>
    <message>
        <location filename="../ui/menucatalogue.cpp" line="+34"/>
        <source>&amp;Inbetalningar</source>
        <translation>&amp;Inbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från &amp;bankgiro (BgMax)</source>
        <translation>Hämtning från &amp;bankgiro (BgMax)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hämtning från &amp;plusgiro (Total-IN)</source>
        <translation>Hämtning från &amp;plusgiro (Total-IN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arametrar maskinella inbetalningar</source>
        <translation>P&amp;arametrar maskinella inbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registrera manuella</source>
        <translation>&amp;Registrera manuella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kreditfakturor/annulleringar</source>
        <translation>&amp;Kreditfakturor/annulleringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppdatera bokföring</source>
        <translation>&amp;Uppdatera bokföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök inbetalningar</source>
        <translation>&amp;Sök inbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbetalningslista</source>
        <translation>&amp;Inbetalningslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningspro&amp;gnos</source>
        <translation>Inbetalningspro&amp;gnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Särre&amp;dovisad kundfordran</source>
        <translation>Särre&amp;dovisad kundfordran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Oplacerade betalningar</source>
        <translation>&amp;Oplacerade betalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbe&amp;talningar</source>
        <translation>Överbe&amp;talningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fakturor</source>
        <translation>&amp;Fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök faktura</source>
        <translation>&amp;Sök faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturak&amp;opior</source>
        <translation>Fakturak&amp;opior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ersättningsfaktura</source>
        <translation>&amp;Ersättningsfaktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;aldolista</source>
        <translation>S&amp;aldolista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kundfordringar</source>
        <translation>&amp;Kundfordringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debiteringsstatistik</source>
        <translation>&amp;Debiteringsstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rensning betalda fakturor</source>
        <translation>&amp;Rensning betalda fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatistik</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importera fakturor</source>
        <translation>&amp;Importera fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kravhantering</source>
        <translation>&amp;Kravhantering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Påminnelser/inkassokrav/restkrav</source>
        <translation>&amp;Påminnelser/inkassokrav/restkrav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopior</source>
        <translation>&amp;Kopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Räntefakturering</source>
        <translation>&amp;Räntefakturering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ej debiterade räntor och avgifter</source>
        <translation>&amp;Ej debiterade räntor och avgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring till &amp;nästa faktura</source>
        <translation>Överföring till &amp;nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hot om betalningsföreläggande</source>
        <translation>&amp;Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Betalningsföreläggande</source>
        <translation>&amp;Betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amorteringsplan</source>
        <translation>&amp;Amorteringsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till &amp;inkasso</source>
        <translation>Överföring till &amp;inkasso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtern inkassohantering</source>
        <translation>E&amp;xtern inkassohantering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Systemunderhåll</source>
        <translation>&amp;Systemunderhåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Företagsuppgifter</source>
        <translation>&amp;Företagsuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbetalningssätt</source>
        <translation>&amp;Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nställningar påminnelser/krav</source>
        <translation>I&amp;nställningar påminnelser/krav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krav&amp;parametrar</source>
        <translation>Krav&amp;parametrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kravkoder</source>
        <translation>&amp;Kravkoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Texter påminnelser/inkassokrav/restkrav/hot</source>
        <translation>&amp;Texter påminnelser/inkassokrav/restkrav/hot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Referensränta</source>
        <translation>&amp;Referensränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofo&amp;gdemyndigheter</source>
        <translation>Kronofo&amp;gdemyndigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landskoder</source>
        <translation>&amp;Landskoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensning loggposter efter a&amp;vbrott</source>
        <translation>Rensning loggposter efter a&amp;vbrott</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Användare och behörigheter</source>
        <translation>&amp;Användare och behörigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sparade utskrifter</source>
        <translation>&amp;Sparade utskrifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Körningar</source>
        <translation>&amp;Körningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Granskningslogg</source>
        <translation>&amp;Granskningslogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tangentbord</source>
        <translation>&amp;Tangentbord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Om Reskontra</source>
        <translation>&amp;Om Reskontra</translation>
    </message>
</context>
<context>
    <name>rsk::ui::NewClaimsChart</name>
    <message>
        <location filename="../ui/widgets/newclaimschart.cpp" line="+204"/>
        <source>Nya fordringar</source>
        <translation>Nya fordringar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nya fordringar per månad</source>
        <translation>Nya fordringar per månad</translation>
    </message>
</context>
<context>
    <name>rsk::ui::NextInvoiceTransferScreen</name>
    <message>
        <location filename="../ui/screens/nextinvoicetransferscreen.cpp" line="+26"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Överföringsdatum</source>
        <translation>Överföringsdatum</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>stämplas på fakturorna</source>
        <translation>stämplas på fakturorna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Företag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Rutin fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slutbetalningsdatum fr.o.m. – t.o.m.</source>
        <translation>Slutbetalningsdatum fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minsta ränta</source>
        <translation>Minsta ränta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hela kronor</source>
        <translation>hela kronor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar</source>
        <translation>Minsta antal dagar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>efter förfallodagen</source>
        <translation>efter förfallodagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapp för filerna</source>
        <translation>Mapp för filerna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en fil per rutin</source>
        <translation>en fil per rutin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Överföringens resultat</source>
        <translation>Överföringens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting, samma belopp som listan Ej debiterade räntor och avgifter), F10 överför: skriver en fil per rutin och stämplar fakturorna med överföringsdatum.</source>
        <translation>Enter/F8 kontrollista (ändrar ingenting, samma belopp som listan Ej debiterade räntor och avgifter), F10 överför: skriver en fil per rutin och stämplar fakturorna med överföringsdatum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Kontrollista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överför</source>
        <translation>Överför</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Företag fr.o.m.</source>
        <translation>Företag fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Företag t.o.m.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slutbetald fr.o.m.</source>
        <translation>Slutbetald fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald t.o.m.</source>
        <translation>Slutbetald t.o.m.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minsta ränta: %1</source>
        <translation>Minsta ränta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara ett heltal 0–%2.</source>
        <translation>Minsta antal dagar: &quot;%1&quot; ska vara ett heltal 0–%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Kontrollista: %n fordringar att föra över, %1 kr; %2 utan personnummer förs inte över. Ingenting är ändrat.</source>
        <translation>
            <numerusform>Kontrollista: %n fordran att föra över, %1 kr; %2 utan personnummer förs inte över. Ingenting är ändrat.</numerusform>
            <numerusform>Kontrollista: %n fordringar att föra över, %1 kr; %2 utan personnummer förs inte över. Ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Inga fordringar att föra över med detta urval; ingenting gjordes.</source>
        <translation>Inga fordringar att föra över med detta urval; ingenting gjordes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Överför till nästa faktura</source>
        <translation>Överför till nästa faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföringsdatum %1. Fordringar: %2, summa %3 kr.</source>
        <translation>Överföringsdatum %1. Fordringar: %2, summa %3 kr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filer i %1: %2</source>
        <translation>Filer i %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utan personnummer (förs inte över): %1.</source>
        <translation>Utan personnummer (förs inte över): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturorna stämplas och förs aldrig över igen. Överföra nu?</source>
        <translation>Fakturorna stämplas och förs aldrig över igen. Överföra nu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ö&amp;verför</source>
        <translation>Ö&amp;verför</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen överföring gjordes.</source>
        <translation>Ingen överföring gjordes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen överföring gjordes; ingenting är ändrat.</source>
        <translation>Ingen överföring gjordes; ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Överföringen %1 är gjord: %2 fordringar, %3 kr.</source>
        <translation>Överföringen %1 är gjord: %2 fordringar, %3 kr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inte överförda (personnummer saknas): %1 st, se listan.</source>
        <translation>Inte överförda (personnummer saknas): %1 st, se listan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listan nedan är kvittenslistan (F16 skriver ut den).</source>
        <translation>Listan nedan är kvittenslistan (F16 skriver ut den).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::OverpaymentsScreen</name>
    <message>
        <location filename="../ui/screens/overpaymentsscreen.cpp" line="+20"/>
        <source>Belopp som betalats utöver fakturans saldo. Fakturan är slutbetald; överskottet kan flyttas till samma kunds andra faktura eller markeras som återbetalt.</source>
        <translation>Belopp som betalats utöver fakturans saldo. Fakturan är slutbetald; överskottet kan flyttas till samma kunds andra faktura eller markeras som återbetalt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betaldag</source>
        <translation>Betaldag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturanummer</source>
        <translation>fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytta till fak&amp;tura:</source>
        <translation>Flytta till fak&amp;tura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;lytta</source>
        <translation>F&amp;lytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visa fakturan</source>
        <translation>Visa fakturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Återbetald</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Visa alla</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Flyttad till %1</source>
        <translation>Flyttad till %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inga överbetalningar.</source>
        <translation>Inga överbetalningar.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n överbetalning(ar).</source>
        <translation>
            <numerusform>%n överbetalning.</numerusform>
            <numerusform>%n överbetalningar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ingen överbetalning vald.</source>
        <translation>Ingen överbetalning vald.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Välj en överbetalning i listan.</source>
        <translation>Välj en överbetalning i listan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nr %1 flyttad till %2: %3 kr; %4 kr kvar som överbetalning.</source>
        <translation>Nr %1 flyttad till %2: %3 kr; %4 kr kvar som överbetalning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nr %1 flyttad till %2: %3 kr.</source>
        <translation>Nr %1 flyttad till %2: %3 kr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Markera överbetalning nr %1 (%2 kr på faktura %3) som återbetald?</source>
        <translation>Markera överbetalning nr %1 (%2 kr på faktura %3) som återbetald?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Markera återbetald</source>
        <translation>&amp;Markera återbetald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Överbetalning nr %1 är markerad som återbetald.</source>
        <translation>Överbetalning nr %1 är markerad som återbetald.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaidInvoicePurgeScreen</name>
    <message>
        <location filename="../ui/screens/paidinvoicepurgescreen.cpp" line="+30"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag fr.o.m. – t.o.m.</source>
        <translation>Företag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin fr.o.m. – t.o.m.</source>
        <translation>Rutin fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fakturanummer fr.o.m. – t.o.m.</source>
        <translation>Fakturanummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor med saldo noll och betalda före</source>
        <translation>Fakturor med saldo noll och betalda före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obligatorisk uppgift</source>
        <translation>obligatorisk uppgift</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ej kravkod</source>
        <translation>Ej kravkod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upp till 4 kravkoder som inte rensas</source>
        <translation>upp till 4 kravkoder som inte rensas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Fakturarader</source>
        <translation>Fakturarader</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Kravuppgifter</source>
        <translation>Kravuppgifter</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Namnordning</source>
        <translation>&amp;Namnordning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanummer&amp;ordning</source>
        <translation>Fakturanummer&amp;ordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personnummerordning</source>
        <translation>&amp;Personnummerordning</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kvittenslistor</source>
        <translation>Kvittenslistor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittenslistan (PDF)</source>
        <translation>Kvittenslistan (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skrivs innan något rensas</source>
        <translation>skrivs innan något rensas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rensningens resultat</source>
        <translation>Rensningens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 endast lista (ändrar ingenting), F10 rensar: kvittenslistan skrivs först, sedan tas fakturorna med transaktioner bort ur reskontran. Kunderna finns kvar.</source>
        <translation>Enter/F8 endast lista (ändrar ingenting), F10 rensar: kvittenslistan skrivs först, sedan tas fakturorna med transaktioner bort ur reskontran. Kunderna finns kvar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endast lista</source>
        <translation>Endast lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rensa</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag fr.o.m.</source>
        <translation>Företag fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag t.o.m.</source>
        <translation>Företag t.o.m.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Betalda före</source>
        <translation>Betalda före</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ej kravkod: &quot;%1&quot; ska vara en kravkod 1–9.</source>
        <translation>Ej kravkod: &quot;%1&quot; ska vara en kravkod 1–9.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Endast lista: %n fakturor skulle rensas, belopp %1 kr, inbetalt %2 kr; %3 rensas inte (se anmärkningen). Ingenting är ändrat.</source>
        <translation>
            <numerusform>Endast lista: %n faktura skulle rensas, belopp %1 kr, inbetalt %2 kr; %3 rensas inte (se anmärkningen). Ingenting är ändrat.</numerusform>
            <numerusform>Endast lista: %n fakturor skulle rensas, belopp %1 kr, inbetalt %2 kr; %3 rensas inte (se anmärkningen). Ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Rensning betalda fakturor</source>
        <translation>Rensning betalda fakturor</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inga fakturor att rensa med detta urval; ingenting gjordes.</source>
        <translation>Inga fakturor att rensa med detta urval; ingenting gjordes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kvittenslistan: ange filen som listan ska skrivas till.</source>
        <translation>Kvittenslistan: ange filen som listan ska skrivas till.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rensa %n fakturor betalda före %1?</source>
        <translation>
            <numerusform>Rensa %n faktura betald före %1?</numerusform>
            <numerusform>Rensa %n fakturor betalda före %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summa belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</source>
        <translation>Summa belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kvittenslistan skrivs till %1.</source>
        <translation>Kvittenslistan skrivs till %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturorna och deras transaktioner tas bort ur reskontran och kan inte tas fram igen. Rensa nu?</source>
        <translation>Fakturorna och deras transaktioner tas bort ur reskontran och kan inte tas fram igen. Rensa nu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rensa</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen rensning gjordes.</source>
        <translation>Ingen rensning gjordes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen rensning gjordes; ingenting är ändrat.</source>
        <translation>Ingen rensning gjordes; ingenting är ändrat.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Rensningen är gjord: %n fakturor, belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</source>
        <translation>
            <numerusform>Rensningen är gjord: %n faktura, belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</numerusform>
            <numerusform>Rensningen är gjord: %n fakturor, belopp %1 kr, inbetalt %2 kr, %3 transaktioner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kvittenslistan: %1</source>
        <translation>Kvittenslistan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listan nedan är kvittenslistan (F16 skriver ut den).</source>
        <translation>Listan nedan är kvittenslistan (F16 skriver ut den).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentBatchTable</name>
    <message>
        <location filename="../ui/widgets/paymentbatchtable.cpp" line="+13"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trans.datum</source>
        <translation>Trans.datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontering</source>
        <translation>Kontering</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentForecastScreen</name>
    <message>
        <location filename="../ui/screens/paymentforecastscreen.cpp" line="+21"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Företag from – tom</source>
        <translation>Företag from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom</source>
        <translation>Rutin from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodatum from – tom</source>
        <translation>Förfallodatum from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per förfallodag</source>
        <translation>Per förfallodag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per vecka</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per månad</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summera</source>
        <translation>Summera</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodatum from</source>
        <translation>Förfallodatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum tom</source>
        <translation>Förfallodatum tom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodatum</source>
        <translation>Förfallodatum</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentImportScreen</name>
    <message>
        <location filename="../ui/screens/paymentimportscreen.cpp" line="+37"/>
        <source>Betald</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överbetald</source>
        <translation>Överbetald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Småbelopp avskrivet</source>
        <translation>Småbelopp avskrivet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Till nästa faktura</source>
        <translation>Till nästa faktura</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Avdrag</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Oplacerad</source>
        <translation>Oplacerad</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Läser en BgMax-fil från Bankgirot. Mottagarbankgirot väljer företaget och OCR-referensen fakturan. En fil läses in helt eller inte alls.</source>
        <translation>Läser en BgMax-fil från Bankgirot. Mottagarbankgirot väljer företaget och OCR-referensen fakturan. En fil läses in helt eller inte alls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Läser en Total-IN-fil från Plusgirot/Nordea. Mottagarplusgirot väljer företaget och referensen fakturan. En fil läses in helt eller inte alls.</source>
        <translation>Läser en Total-IN-fil från Plusgirot/Nordea. Mottagarplusgirot väljer företaget och referensen fakturan. En fil läses in helt eller inte alls.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Läs in</source>
        <translation>&amp;Läs in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provkörning (visa vad som skulle hända, ändra ingenting)</source>
        <translation>&amp;Provkörning (visa vad som skulle hända, ändra ingenting)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Väl&amp;j fil…</source>
        <translation>Väl&amp;j fil…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fil&amp;namn:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalningar</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Placerade</source>
        <translation>Placerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placerat belopp</source>
        <translation>Placerat belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerade</source>
        <translation>Oplacerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplacerat belopp</source>
        <translation>Oplacerat belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalningar</source>
        <translation>Överbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överbetalt belopp</source>
        <translation>Överbetalt belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avskrivna småbelopp</source>
        <translation>Avskrivna småbelopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signallista</source>
        <translation>Signallista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inläsning nr</source>
        <translation>Inläsning nr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referens</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokfört</source>
        <translation>Bokfört</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Välj fil</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Välj BgMax-fil</source>
        <translation>Välj BgMax-fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj Total-IN-fil</source>
        <translation>Välj Total-IN-fil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv filens namn eller välj den med F4.</source>
        <translation>Skriv filens namn eller välj den med F4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Kan inte läsa filen &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Filen har %n fel; ingen betalning har lästs in.</source>
        <translation>
            <numerusform>Filen har %n fel; ingen betalning har lästs in.</numerusform>
            <numerusform>Filen har %n fel; ingen betalning har lästs in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filen är redan inläst</source>
        <translation>Filen är redan inläst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen %1 är redan inläst: %2.

Är det riktigt att läsa in den igen? Betalningarna bokförs då en gång till.</source>
        <translation>Filen %1 är redan inläst: %2.

Är det riktigt att läsa in den igen? Betalningarna bokförs då en gång till.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Läs in igen</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting har lästs in.</source>
        <translation>Ingenting har lästs in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Läser in betalningar…</source>
        <translation>Läser in betalningar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>provkörning</source>
        <translation>provkörning</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>signallista</source>
        <translation>signallista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inkasso</source>
        <translation>inkasso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Provkörning: så här skulle filen läsas in; ingenting har ändrats.</source>
        <translation>Provkörning: så här skulle filen läsas in; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen är inläst igen (inläsning nr %1).</source>
        <translation>Filen är inläst igen (inläsning nr %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen är inläst (inläsning nr %1).</source>
        <translation>Filen är inläst (inläsning nr %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n betalning(ar) utan anmärkning.</source>
        <translation>
            <numerusform>%n betalning utan anmärkning.</numerusform>
            <numerusform>%n betalningar utan anmärkning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentLineForm</name>
    <message>
        <location filename="../ui/widgets/paymentlineform.cpp" line="+62"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum</source>
        <translation>Transaktionsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontering</source>
        <translation>Kontering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Obligatoriskt</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>krävs: sättet bokförs</source>
        <translation>krävs: sättet bokförs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fast kontering från inbetalningssättet</source>
        <translation>fast kontering från inbetalningssättet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bokförs ej</source>
        <translation>bokförs ej</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentListScreen</name>
    <message>
        <location filename="../ui/screens/paymentlistscreen.cpp" line="+27"/>
        <source>Urval (alla fält kan lämnas tomma)</source>
        <translation>Urval (alla fält kan lämnas tomma)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag from – tom</source>
        <translation>Företag from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Fakturanummer from – tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inrapporteringsdatum from</source>
        <translation>Inrapporteringsdatum from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaktionsdatum from – tom</source>
        <translation>Transaktionsdatum from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bokföringsdatum from – tom</source>
        <translation>Bokföringsdatum from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodag from – tom</source>
        <translation>Förfallodag from – tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt (F4)</source>
        <translation>Inbetalningssätt (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Alla</source>
        <translation>1 Alla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Endast automatinbetalningar</source>
        <translation>2 Endast automatinbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Ej automatinbetalningar</source>
        <translation>3 Ej automatinbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ av inbetalningar</source>
        <translation>Typ av inbetalningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut personnummer och namn</source>
        <translation>Skriv ut personnummer och namn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inrapporteringsdatum</source>
        <translation>Inrapporteringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum from</source>
        <translation>Transaktionsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum tom</source>
        <translation>Transaktionsdatum tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum from</source>
        <translation>Bokföringsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum tom</source>
        <translation>Bokföringsdatum tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag from</source>
        <translation>Förfallodag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag tom</source>
        <translation>Förfallodag tom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaktionsdatum</source>
        <translation>Transaktionsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bokföringsdatum</source>
        <translation>Bokföringsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentMethodsScreen</name>
    <message>
        <location filename="../ui/screens/paymentmethodsscreen.cpp" line="+50"/>
        <source>Koderna styr hur en fordran påverkas vid manuell inrapportering (handbok 8.1). Enter sparar formuläret.</source>
        <translation>Koderna styr hur en fordran påverkas vid manuell inrapportering (handbok 8.1). Enter sparar formuläret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kod</source>
        <translation>Kod</translation>
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
        <translation>Bokföres ej</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Dröjsm.fakt. ej</source>
        <translation>Dröjsm.fakt. ej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P/K/D</source>
        <translation>P/K/D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kompr. ej</source>
        <translation>Kompr. ej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast text</source>
        <translation>Endast text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>K – kredit, minskar fordran</source>
        <translation>K – kredit, minskar fordran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D – debet, ökar fordran</source>
        <translation>D – debet, ökar fordran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dröjsmålsfaktureras ej</source>
        <translation>Dröjsmålsfaktureras ej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ingen) – fakturans belopp</source>
        <translation>(ingen) – fakturans belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P – uppdebiterad påminnelseavgift</source>
        <translation>P – uppdebiterad påminnelseavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K – uppdebiterad kravavgift</source>
        <translation>K – uppdebiterad kravavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D – upplupen dröjsmålsränta</source>
        <translation>D – upplupen dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komprimeras ej vid bokföring</source>
        <translation>Komprimeras ej vid bokföring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast text (ändrar inget belopp)</source>
        <translation>Endast text (ändrar inget belopp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbetalningssätt:</source>
        <translation>Inbetalningssätt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debet/Kredit:</source>
        <translation>Debet/Kredit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påverkar:</source>
        <translation>Påverkar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontering:</source>
        <translation>Kontering:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nytt inbetalningssätt</source>
        <translation>Nytt inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra inbetalningssätt %1</source>
        <translation>Ändra inbetalningssätt %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Inbetalningssätt: ange en siffra eller bokstav.</source>
        <translation>Inbetalningssätt: ange en siffra eller bokstav.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalningssätt %1 finns redan; välj det i listan för att ändra.</source>
        <translation>Inbetalningssätt %1 finns redan; välj det i listan för att ändra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inbetalningssätt %1 (%2) är upplagt.</source>
        <translation>Inbetalningssätt %1 (%2) är upplagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt %1 (%2) är ändrat.</source>
        <translation>Inbetalningssätt %1 (%2) är ändrat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Välj inbetalningssättet som ska tas bort i listan.</source>
        <translation>Välj inbetalningssättet som ska tas bort i listan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort inbetalningssätt</source>
        <translation>Ta bort inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du ta bort inbetalningssätt %1 (%2)?</source>
        <translation>Vill du ta bort inbetalningssätt %1 (%2)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inbetalningssätt %1 (%2) är borttaget.</source>
        <translation>Inbetalningssätt %1 (%2) är borttaget.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentOrderScreen</name>
    <message>
        <location filename="../ui/screens/paymentorderscreen.cpp" line="+67"/>
        <source>Betalningsföreläggande – förhandsgranskning</source>
        <translation>Betalningsföreläggande – förhandsgranskning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betalningsföreläggande nr %1</source>
        <translation>Betalningsföreläggande nr %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomt = från fakturorna</source>
        <translation>tomt = från fakturorna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Företag (sökande):</source>
        <translation>Företag (sökande):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökningsdatum:</source>
        <translation>Ansökningsdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fakturor 1 (F11)</source>
        <translation>Fakturor 1 (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturor 2 (F12)</source>
        <translation>Fakturor 2 (F12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnader (F13)</source>
        <translation>Kostnader (F13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utskrift</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sökandeuppgifter (F18)</source>
        <translation>Sökandeuppgifter (F18)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter/F8 räknar och kontrollerar (ändrar ingenting), F9 förhandsgranskar, F16 skriver ut: stämplar fakturorna och sparar ansökan. Ctrl+E sparar den utskrivna ansökan som XML.</source>
        <translation>Enter/F8 räknar och kontrollerar (ändrar ingenting), F9 förhandsgranskar, F16 skriver ut: stämplar fakturorna och sparar ansökan. Ctrl+E sparar den utskrivna ansökan som XML.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Räkna</source>
        <translation>Räkna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturor 1</source>
        <translation>Fakturor 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturor 2</source>
        <translation>Fakturor 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sökandeuppgifter</source>
        <translation>Sökandeuppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara sökandeuppgifter</source>
        <translation>Spara sökandeuppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ansökningsdatum: %1</source>
        <translation>Ansökningsdatum: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Från %1, %2</source>
        <translation>Från %1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gäldenär: %1 %2</source>
        <translation>Gäldenär: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kostnader i målet: %1 kr. Inkassokostnader: %2 kr. Summa kostnader: %3 kr.</source>
        <translation>Kostnader i målet: %1 kr. Inkassokostnader: %2 kr. Summa kostnader: %3 kr.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ansökningsdatum %1, %n fordringar.</source>
        <translation>
            <numerusform>Ansökningsdatum %1, %n fordran.</numerusform>
            <numerusform>Ansökningsdatum %1, %n fordringar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ränta: %1</source>
        <translation>Ränta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital: %1 kr</source>
        <translation>Kapital: %1 kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta t.o.m. ansökningsdagen: %1 kr</source>
        <translation>Upplupen ränta t.o.m. ansökningsdagen: %1 kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnader i målet: %1 kr</source>
        <translation>Kostnader i målet: %1 kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokostnader: %1 kr</source>
        <translation>Inkassokostnader: %1 kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa per ansökningsdagen: %1 kr</source>
        <translation>Summa per ansökningsdagen: %1 kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Över högsta belopp: %1</source>
        <translation>Över högsta belopp: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Förhandsgranskning (utkast); ingenting är ändrat.</source>
        <translation>Förhandsgranskning (utkast); ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ansökan skrevs inte ut; rätta det som står ovan.</source>
        <translation>Ansökan skrevs inte ut; rätta det som står ovan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv ut betalningsföreläggande</source>
        <translation>Skriv ut betalningsföreläggande</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Betalningsföreläggande för %1 %2: %n fordringar, summa %3 kr.</source>
        <translation>
            <numerusform>Betalningsföreläggande för %1 %2: %n fordran, summa %3 kr.</numerusform>
            <numerusform>Betalningsföreläggande för %1 %2: %n fordringar, summa %3 kr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturorna stämplas med ansökningsdatum, bevakningstexten Betalningsföreläggande och kravkoden, och ansökan sparas. Skriva ut nu?</source>
        <translation>Fakturorna stämplas med ansökningsdatum, bevakningstexten Betalningsföreläggande och kravkoden, och ansökan sparas. Skriva ut nu?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Ingenting skrevs ut och ingenting ändrades.</source>
        <translation>Ingenting skrevs ut och ingenting ändrades.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Betalningsföreläggande nr %1 är utskrivet: %n fordringar stämplade med %2, summa %3 kr.</source>
        <translation>
            <numerusform>Betalningsföreläggande nr %1 är utskrivet: %n fordran stämplad med %2, summa %3 kr.</numerusform>
            <numerusform>Betalningsföreläggande nr %1 är utskrivet: %n fordringar stämplade med %2, summa %3 kr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spara ansökan som PDF</source>
        <translation>Spara ansökan som PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen PDF sparades; skriv ut ansökan igen med reskontra-cli payment-order reprint --id %1.</source>
        <translation>Ingen PDF sparades; skriv ut ansökan igen med reskontra-cli payment-order reprint --id %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ansökan är sparad i %1.</source>
        <translation>Ansökan är sparad i %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sökandeuppgifterna sparades inte.</source>
        <translation>Sökandeuppgifterna sparades inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sökandeuppgifterna är sparade för företag %1.</source>
        <translation>Sökandeuppgifterna är sparade för företag %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv ut ansökan först (F16); XML-filen är samma ansökan.</source>
        <translation>Skriv ut ansökan först (F16); XML-filen är samma ansökan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XML-fil (*.xml)</source>
        <translation>XML-fil (*.xml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spara ansökan som XML</source>
        <translation>Spara ansökan som XML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ansökan nr %1 är sparad som XML i %2 (enligt den offentliga beskrivningen av Kronofogdens filtjänst; inte validerad mot Kronofogdens schema).</source>
        <translation>Ansökan nr %1 är sparad som XML i %2 (enligt den offentliga beskrivningen av Kronofogdens filtjänst; inte validerad mot Kronofogdens schema).</translation>
    </message>
    <message>
        <location filename="../ui/screens/paymentorderscreenforms.cpp" line="+82"/>
        <source>Ränta alternativ:</source>
        <translation>Ränta alternativ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = annan räntesats med grund, 3 = ingen ränta</source>
        <translation>1 = referensränta + kravparametrarnas marginal (räntelagen 6 §), 2 = annan räntesats med grund, 3 = ingen ränta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Räntesats %:</source>
        <translation>Räntesats %:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Särskilda upplysningar:</source>
        <translation>Särskilda upplysningar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodag</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upplupen ränta</source>
        <translation>Upplupen ränta</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Yrkade kostnader i målet</source>
        <translation>Yrkade kostnader i målet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yrkade inkassokostnader</source>
        <translation>Yrkade inkassokostnader</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>vad kostnaden avser</source>
        <translation>vad kostnaden avser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Övrig kostnad:</source>
        <translation>Övrig kostnad:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skäl för belopp över lagens högsta (loggas)</source>
        <translation>skäl för belopp över lagens högsta (loggas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hela kronor, högst 4 siffror. Högsta belopp enligt lag: ansökningsavgift 300 kr, eget arbete/ombud 380 kr, påminnelse 60 kr per avtalad påminnelse, kravbrev 180 kr per inkassokrav, amorteringsplan 170 kr. Mer kräver ett skäl.</source>
        <translation>Hela kronor, högst 4 siffror. Högsta belopp enligt lag: ansökningsavgift 300 kr, eget arbete/ombud 380 kr, påminnelse 60 kr per avtalad påminnelse, kravbrev 180 kr per inkassokrav, amorteringsplan 170 kr. Mer kräver ett skäl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skäl för högre belopp:</source>
        <translation>Skäl för högre belopp:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Handräckning/panträtt</source>
        <translation>Handräckning/panträtt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansökan avser även h&amp;andräckning enligt bilaga</source>
        <translation>Ansökan avser även h&amp;andräckning enligt bilaga</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Utmätning (fu&amp;llständig)</source>
        <translation>Utmätning (fu&amp;llständig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begär i&amp;nte verkställighet</source>
        <translation>Begär i&amp;nte verkställighet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ansökan avser fastställande till betalning ur &amp;pant</source>
        <translation>Ansökan avser fastställande till betalning ur &amp;pant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verkställighet</source>
        <translation>Verkställighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utmätning (&amp;begränsad)</source>
        <translation>Utmätning (&amp;begränsad)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Begär utmätning av fast &amp;egendom</source>
        <translation>Begär utmätning av fast &amp;egendom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valen sparas med sökandeuppgifterna och gäller alla ansökningar från företaget.</source>
        <translation>Valen sparas med sökandeuppgifterna och gäller alla ansökningar från företaget.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sökande</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Org.nr:</source>
        <translation>Org.nr:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mottagande kronofogdemyndighet</source>
        <translation>Mottagande kronofogdemyndighet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(välj ur registret)</source>
        <translation>(välj ur registret)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ombud</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hantering av ansökningsavgift</source>
        <translation>Hantering av ansökningsavgift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bifogas</source>
        <translation>Bifogas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansökningsavgiften, kr:</source>
        <translation>Ansökningsavgiften, kr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalas till Kronofogdens plusgirokonto:</source>
        <translation>Betalas till Kronofogdens plusgirokonto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S sparar sökandeuppgifterna för företaget; utskriften sparar dem också.</source>
        <translation>Ctrl+S sparar sökandeuppgifterna för företaget; utskriften sparar dem också.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentParametersScreen</name>
    <message>
        <location filename="../ui/screens/paymentparametersscreen.cpp" line="+39"/>
        <source>Maskinell avskrivning av små belopp vid inläsning av bankgiro- och plusgirofiler (handbok 3.4). En faktura som betalats med högst så mycket för mycket eller för lite sätts till noll och skillnaden bokas mot avräkningskontot, eller förs till kundens nästa faktura. Tomt belopp stänger av funktionen. Enter sparar.</source>
        <translation>Maskinell avskrivning av små belopp vid inläsning av bankgiro- och plusgirofiler (handbok 3.4). En faktura som betalats med högst så mycket för mycket eller för lite sätts till noll och skillnaden bokas mot avräkningskontot, eller förs till kundens nästa faktura. Tomt belopp stänger av funktionen. Enter sparar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beloppsgränser för över- och underbetalningar</source>
        <translation>Beloppsgränser för över- och underbetalningar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Över- och underbetalningar läggs till kundens nästa faktura</source>
        <translation>Över- och underbetalningar läggs till kundens nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belopp vid &amp;överbetalning (kr)</source>
        <translation>Belopp vid &amp;överbetalning (kr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belopp vid &amp;underbetalning (kr)</source>
        <translation>Belopp vid &amp;underbetalning (kr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överföring &amp;nästa faktura</source>
        <translation>Överföring &amp;nästa faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvisade betalningar och inkasso</source>
        <translation>Avvisade betalningar och inkasso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bankgiro- eller plusgironummer, kommaseparerade</source>
        <translation>bankgiro- eller plusgironummer, kommaseparerade</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O&amp;bservationskonto</source>
        <translation>O&amp;bservationskonto</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Kontering (&amp;avräkningskonto)</source>
        <translation>Kontering (&amp;avräkningskonto)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Inkassobolagens &amp;giro</source>
        <translation>Inkassobolagens &amp;giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borttag</source>
        <translation>Borttag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Välj företag i statusraden.</source>
        <translation>Välj företag i statusraden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag %1 %2</source>
        <translation>Företag %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>bankgiro %1, plusgiro %2, inkasso %3, avskrivning %4 (under) / %5 (över), avdrag %6</source>
        <translation>bankgiro %1, plusgiro %2, inkasso %3, avskrivning %4 (under) / %5 (över), avdrag %6</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>överbetalning</source>
        <translation>överbetalning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>underbetalning</source>
        <translation>underbetalning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontot</source>
        <translation>Kontot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parametrarna för företag %1 är sparade.</source>
        <translation>Parametrarna för företag %1 är sparade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Standardvärdena visas; spara med Enter.</source>
        <translation>Standardvärdena visas; spara med Enter.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentPlanScreen</name>
    <message>
        <location filename="../ui/screens/paymentplanscreen.cpp" line="+50"/>
        <location line="+36"/>
        <source>Fakturor</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>Övriga fordringar</source>
        <translation>Övriga fordringar</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Komplettering/utskrift</source>
        <translation>Komplettering/utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Gäldenär</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Borgenär</source>
        <translation>Borgenär</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Komplettering</source>
        <translation>Komplettering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beräkna plan</source>
        <translation>Beräkna plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara och skriv ut</source>
        <translation>Spara och skriv ut</translation>
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
        <translation>Övrig fordran rad %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Första betalningsdag</source>
        <translation>Första betalningsdag</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Rad %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n faktura(or) kontrollerade, skuld med upplupen ränta %1 kr.</source>
        <translation>
            <numerusform>%n faktura kontrollerad, skuld med upplupen ränta %1 kr.</numerusform>
            <numerusform>%n fakturor kontrollerade, skuld med upplupen ränta %1 kr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Total skuld %1 kr, varav upplupen ränta %2 kr. Ny ränta %3 kr, aviseringsavgifter %4 kr. Att betala %5 kr i %6 delbetalningar (%7–%8).</source>
        <translation>Total skuld %1 kr, varav upplupen ränta %2 kr. Ny ränta %3 kr, aviseringsavgifter %4 kr. Att betala %5 kr i %6 delbetalningar (%7–%8).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Spara amorteringsplan</source>
        <translation>Spara amorteringsplan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spara och skriv ut planen för %1? %n faktura(or) stämplas med datum för amorteringsplan, kravkod och bevakningstext.</source>
        <translation>
            <numerusform>Spara och skriv ut planen för %1? %n faktura stämplas med datum för amorteringsplan, kravkod och bevakningstext.</numerusform>
            <numerusform>Spara och skriv ut planen för %1? %n fakturor stämplas med datum för amorteringsplan, kravkod och bevakningstext.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amorteringsplan %1 sparad: %2 delbetalningar, att betala %3 kr.</source>
        <translation>Amorteringsplan %1 sparad: %2 delbetalningar, att betala %3 kr.</translation>
    </message>
    <message>
        <location filename="../ui/screens/paymentplantabs.cpp" line="+70"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Skuld</source>
        <translation>Skuld</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Upplupen ränta</source>
        <translation>Upplupen ränta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Företag (3 siffror, tomt = inloggat företag) och fakturanummer, högst %1 fakturor. Enter kontrollerar och visar skuld och upplupen ränta.</source>
        <translation>Företag (3 siffror, tomt = inloggat företag) och fakturanummer, högst %1 fakturor. Enter kontrollerar och visar skuld och upplupen ränta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FF-dag</source>
        <translation>FF-dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Fordringar utanför reskontran: text (högst 35 tecken), skuld och förfallodag (ÅÅMMDD) eller ränta. En avgift har bara text och skuld och betalas med de första delbetalningarna.</source>
        <translation>Fordringar utanför reskontran: text (högst 35 tecken), skuld och förfallodag (ÅÅMMDD) eller ränta. En avgift har bara text och skuld och betalas med de första delbetalningarna.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kompletterande text:</source>
        <translation>Kompletterande text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista i varje månad</source>
        <translation>Sista i varje månad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ej ränta</source>
        <translation>Ej ränta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Första betalningsdag:</source>
        <translation>Första betalningsdag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månadsbelopp, kr:</source>
        <translation>Månadsbelopp, kr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i antal månader:</source>
        <translation>i antal månader:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>därefter, kr:</source>
        <translation>därefter, kr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aviseringsavgift, kr:</source>
        <translation>Aviseringsavgift, kr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl (avgift över 170 kr):</source>
        <translation>Skäl (avgift över 170 kr):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avgifter</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avisering</source>
        <translation>Avisering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kvar</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+29"/>
        <source>Namn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Personnummer:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn2:</source>
        <translation>Namn2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer 2:</source>
        <translation>Personnummer 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-namn:</source>
        <translation>Co-namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Adress:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Postnummer:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Ort:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hämtas från den första fakturan; kan ändras. Personnummer måste anges.</source>
        <translation>Hämtas från den första fakturan; kan ändras. Personnummer måste anges.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organisationsnummer:</source>
        <translation>Organisationsnummer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefonnummer:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plusgironr:</source>
        <translation>Plusgironr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankgironr:</source>
        <translation>Bankgironr:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Läggs in en gång och används för alla amorteringsplaner; sparas när en plan skrivs ut. Plusgiro eller bankgiro måste anges.</source>
        <translation>Läggs in en gång och används för alla amorteringsplaner; sparas när en plan skrivs ut. Plusgiro eller bankgiro måste anges.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PaymentSearchScreen</name>
    <message>
        <location filename="../ui/screens/paymentsearchscreen.cpp" line="+29"/>
        <source>Sök inbetalningar</source>
        <translation>Sök inbetalningar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag from – tom</source>
        <translation>Företag from – tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Inbetalningsdatum</source>
        <translation>Inbetalningsdatum</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Inbetalningssätt (F4)</source>
        <translation>Inbetalningssätt (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbetalt belopp</source>
        <translation>Inbetalt belopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Växla kolumner</source>
        <translation>Växla kolumner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sök på ett fält i taget: töm alla utom ett av inbetalningsdatum, inbetalningssätt, belopp och fakturanummer.</source>
        <translation>Sök på ett fält i taget: töm alla utom ett av inbetalningsdatum, inbetalningssätt, belopp och fakturanummer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inbetalt belopp: %1</source>
        <translation>Inbetalt belopp: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
</context>
<context>
    <name>rsk::ui::PlaceholderScreen</name>
    <message>
        <location filename="../ui/screens/placeholderscreen.cpp" line="+25"/>
        <source>Ny funktion, beskrivs inte i handboken.</source>
        <translation>Ny funktion, beskrivs inte i handboken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handboken, avsnitt %1</source>
        <translation>Handboken, avsnitt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den här bilden kommer i en senare version.</source>
        <translation>Den här bilden kommer i en senare version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tryck F3 för att gå tillbaka.</source>
        <translation>Tryck F3 för att gå tillbaka.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReceivablesScreen</name>
    <message>
        <location filename="../ui/screens/receivablesscreen.cpp" line="+30"/>
        <source>Obetalda fakturor per datum</source>
        <translation>Obetalda fakturor per datum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nummer eller namn</source>
        <translation>nummer eller namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag from – tom</source>
        <translation>Företag from – tom</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Till och med fakturadatum</source>
        <translation>Till och med fakturadatum</translation>
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
        <translation>Sortera: klicka på en kolumnrubrik eller F8 i kolumnen (igen: fallande).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sortera</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReferenceRateScreen</name>
    <message>
        <location filename="../ui/screens/referenceratescreen.cpp" line="+65"/>
        <source>Från datum</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referensränta %</source>
        <translation>Referensränta %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dröjsmålsränta %</source>
        <translation>Dröjsmålsränta %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Källa</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referensräntan gäller samtliga företag i reskontran (handbok 7.8). Dröjsmålsränta = referensränta + %1 procentenheter (kravparametrar). Enter på en rad hämtar den till formuläret, Enter i formuläret sparar.</source>
        <translation>Referensräntan gäller samtliga företag i reskontran (handbok 7.8). Dröjsmålsränta = referensränta + %1 procentenheter (kravparametrar). Enter på en rad hämtar den till formuläret, Enter i formuläret sparar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ny ränta</source>
        <translation>Ny ränta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lägg upp eller ändra referensränta</source>
        <translation>Lägg upp eller ändra referensränta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t.ex. 2,50</source>
        <translation>t.ex. 2,50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t.ex. riksbank.se (tomt = manuellt)</source>
        <translation>t.ex. riksbank.se (tomt = manuellt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum för ränteförändring:</source>
        <translation>Datum för ränteförändring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referensränta %:</source>
        <translation>Referensränta %:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Källa:</source>
        <translation>Källa:</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Varning: %n rad(er) är OVERIFIERADE (källan är inte bekräftad). Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</source>
        <translation>
            <numerusform>Varning: %n rad är OVERIFIERAD (källan är inte bekräftad). Dröjsmålsränta över den perioden flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</numerusform>
            <numerusform>Varning: %n rader är OVERIFIERADE (källan är inte bekräftad). Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verifierad</source>
        <translation>Verifierad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OVERIFIERAD</source>
        <translation>OVERIFIERAD</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ange datum som ÅÅMMDD.</source>
        <translation>Ange datum som ÅÅMMDD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange räntan, t.ex. 2,50.</source>
        <translation>Ange räntan, t.ex. 2,50.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Referensräntan %1 % från %2 är sparad och verifierad.</source>
        <translation>Referensräntan %1 % från %2 är sparad och verifierad.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReplacementInvoiceScreen</name>
    <message>
        <location filename="../ui/screens/replacementinvoicescreen.cpp" line="+69"/>
        <source>Ersättningsfaktura %1</source>
        <translation>Ersättningsfaktura %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>9 siffror</source>
        <translation>9 siffror</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faktura&amp;nummer:</source>
        <translation>Faktura&amp;nummer:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv företag och fakturanummer och tryck Enter.</source>
        <translation>Skriv företag och fakturanummer och tryck Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturan</source>
        <translation>Fakturan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fakturamottagare:</source>
        <translation>Fakturamottagare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturan:</source>
        <translation>Fakturan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidigare:</source>
        <translation>Tidigare:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uppgifter ut på fakturan</source>
        <translation>Uppgifter ut på fakturan</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>F&amp;öretag:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ny h&amp;andläggare:</source>
        <translation>Ny h&amp;andläggare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ursprungligt framställningsdatum (annars dagens datum)</source>
        <translation>&amp;Ursprungligt framställningsdatum (annars dagens datum)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gjorda inbetalningar (kreditering m.m.) – text som skrivs ut på fakturan</source>
        <translation>Gjorda inbetalningar (kreditering m.m.) – text som skrivs ut på fakturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrerad</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaktionsdatum</source>
        <translation>Transaktionsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text på fakturan</source>
        <translation>Text på fakturan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Texten är ändrad; den sparas när fakturan skrivs ut.</source>
        <translation>Texten är ändrad; den sparas när fakturan skrivs ut.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Skriv både företag och fakturanummer.</source>
        <translation>Skriv både företag och fakturanummer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fakturadatum %1 · förfallodag %2 · fakturabelopp %3 · att betala %4</source>
        <translation>Fakturadatum %1 · förfallodag %2 · fakturabelopp %3 · att betala %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturan har inget kvar att betala; ingen ersättningsfaktura behövs.</source>
        <translation>Fakturan har inget kvar att betala; ingen ersättningsfaktura behövs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den först på kundfakturan (F5).</source>
        <translation>Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den först på kundfakturan (F5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen ersättningsfaktura har skrivits ut.</source>
        <translation>Ingen ersättningsfaktura har skrivits ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utskrivna ersättningsfakturor: %1, senast %2 av %3.</source>
        <translation>Utskrivna ersättningsfakturor: %1, senast %2 av %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Högst %1 tecken; tom text skriver bara beloppet.</source>
        <translation>Högst %1 tecken; tom text skriver bara beloppet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inga inbetalningar eller andra händelser på fakturan.</source>
        <translation>Inga inbetalningar eller andra händelser på fakturan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv på en rad för att ändra texten, Enter behåller den. Tom text skriver bara beloppet.</source>
        <translation>Skriv på en rad för att ändra texten, Enter behåller den. Tom text skriver bara beloppet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F16 förhandsgranskar och skriver ut ersättningsfakturan, F8 sparar den som PDF.</source>
        <translation>F16 förhandsgranskar och skriver ut ersättningsfakturan, F8 sparar den som PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visa en faktura först (företag, fakturanummer, Enter).</source>
        <translation>Visa en faktura först (företag, fakturanummer, Enter).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>handläggare</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texten</source>
        <translation>Texten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spara ersättningsfakturan som PDF</source>
        <translation>Spara ersättningsfakturan som PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, skriven till %1</source>
        <translation>, skriven till %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ersättningsfakturan skrevs inte ut.</source>
        <translation>Ersättningsfakturan skrevs inte ut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ersättningsfaktura för %1 är framtagen och noterad: att betala %2, förfallodag %3%4.</source>
        <translation>Ersättningsfaktura för %1 är framtagen och noterad: att betala %2, förfallodag %3%4.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ReportScreen</name>
    <message>
        <location filename="../ui/screens/reportscreen.cpp" line="+67"/>
        <source>%L1 av %L2 rader</source>
        <translation>%L1 av %L2 rader</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Visa (Enter)</source>
        <translation>Visa (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut (F16)</source>
        <translation>Skriv ut (F16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel… (Ctrl+E)</source>
        <translation>Excel… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV… (Ctrl+Skift+E)</source>
        <translation>CSV… (Ctrl+Skift+E)</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+199"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
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
        <translation>%1: &quot;%2&quot; ska vara 1–3 siffror.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 rader</source>
        <translation>%L1 rader</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visa listan först (Enter).</source>
        <translation>Visa listan först (Enter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporterar…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporten avbröts; ingen fil skrevs.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skrev %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exportera till Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exportera till CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Listan har %L1 rader. Skriv ut ändå? (Excel eller CSV passar bättre för så stora listor.)</source>
        <translation>Listan har %L1 rader. Skriv ut ändå? (Excel eller CSV passar bättre för så stora listor.)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Förhandsgranska – %1</source>
        <translation>Förhandsgranska – %1</translation>
    </message>
</context>
<context>
    <name>rsk::ui::RunsScreen</name>
    <message>
        <location filename="../ui/screens/runsscreen.cpp" line="+41"/>
        <source>Listan är uppdaterad.</source>
        <translation>Listan är uppdaterad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Körningar som ändrar många fakturor (kravkörning, inläsning av betalningar, bokföring m.fl.) låser sitt företag medan de pågår. Ett lås vars program har avslutats tas bort av nästa körning. Står ett lås kvar efter ett avbrott på en annan dator kan det tas bort här: välj det och tryck F6 (handbok 9.1).</source>
        <translation>Körningar som ändrar många fakturor (kravkörning, inläsning av betalningar, bokföring m.fl.) låser sitt företag medan de pågår. Ett lås vars program har avslutats tas bort av nästa körning. Står ett lås kvar efter ett avbrott på en annan dator kan det tas bort här: välj det och tryck F6 (handbok 9.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pågående körningar (en i taget per företag) och de senaste avslutade. Lås som står kvar efter ett avbrott tas bort under Systemunderhåll &gt; Rensning loggposter efter avbrott.</source>
        <translation>Pågående körningar (en i taget per företag) och de senaste avslutade. Lås som står kvar efter ett avbrott tas bort under Systemunderhåll &gt; Rensning loggposter efter avbrott.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pågående körningar</source>
        <translation>Pågående körningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Körning</source>
        <translation>Körning</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Startad av</source>
        <translation>Startad av</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Dator</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sedan</source>
        <translation>Sedan</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Senaste körningar</source>
        <translation>Senaste körningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avslutad</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startad</source>
        <translation>Startad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Uppdatera</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort lås</source>
        <translation>Ta bort lås</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (PostgreSQL %1)</source>
        <translation> (PostgreSQL %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inga körningar pågår.</source>
        <translation>Inga körningar pågår.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Välj låset som ska tas bort.</source>
        <translation>Välj låset som ska tas bort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta bort låset för företag %1?

%2 (%3).
Process %4 på %5: %6.</source>
        <translation>Ta bort låset för företag %1?

%2 (%3).
Process %4 på %5: %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Körningen verkar fortfarande pågå. Tas låset bort kan en annan körning starta samtidigt.</source>
        <translation>Körningen verkar fortfarande pågå. Tas låset bort kan en annan körning starta samtidigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rensning loggposter efter avbrott</source>
        <translation>Rensning loggposter efter avbrott</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort låset</source>
        <translation>&amp;Ta bort låset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Låset för företag %1 (%2, %3) är borttaget.</source>
        <translation>Låset för företag %1 (%2, %3) är borttaget.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::SaldolistaScreen</name>
    <message>
        <location filename="../ui/screens/saldolistascreen.cpp" line="+82"/>
        <source>Urval (F11)</source>
        <translation>Urval (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortering (F12)</source>
        <translation>Sortering (F12)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Företag from – tom</source>
        <translation>Företag from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom</source>
        <translation>Rutin from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Fakturanummer from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturadatum from – tom</source>
        <translation>Fakturadatum from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfallodatum from – tom</source>
        <translation>Förfallodatum from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bokföringsdatum from – tom</source>
        <translation>Bokföringsdatum from – tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debiteringsrutinens identitet</source>
        <translation>Debiteringsrutinens identitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnummer from – tom</source>
        <translation>Personnummer from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundnummer from – tom</source>
        <translation>Kundnummer from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förvaltning/avdelning</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saldobelopp from – tom</source>
        <translation>Saldobelopp from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kravkod from – tom (F4)</source>
        <translation>Kravkod from – tom (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa endast obetalda fakturor</source>
        <translation>Visa endast obetalda fakturor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saldot vid dagens slut: inbetalningar och andra händelser efter dagen räknas bort, fakturor framställda efter dagen tas inte med.</source>
        <translation>Saldot vid dagens slut: inbetalningar och andra händelser efter dagen räknas bort, fakturor framställda efter dagen tas inte med.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Justera bort inbetalningar efter</source>
        <translation>Justera bort inbetalningar efter</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>1 Fakturanummer</source>
        <translation>1 Fakturanummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Personnummer</source>
        <translation>2 Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Debiteringsrutinens identitet</source>
        <translation>3 Debiteringsrutinens identitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Avdelning/förvaltning</source>
        <translation>4 Avdelning/förvaltning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Namn</source>
        <translation>5 Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 Förfallodag</source>
        <translation>6 Förfallodag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorteringsordning</source>
        <translation>Sorteringsordning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast påminda fakturor</source>
        <translation>Endast påminda fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endast inkassokrävda fakturor</source>
        <translation>Endast inkassokrävda fakturor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endast fakturor med inbetalningssätt (F4)</source>
        <translation>Endast fakturor med inbetalningssätt (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast totalrader</source>
        <translation>Endast totalrader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 Alla uppgifter (för Excel och CSV)</source>
        <translation>1 Alla uppgifter (för Excel och CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Smal lista (för utskrift)</source>
        <translation>2 Smal lista (för utskrift)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detaljeringsgrad</source>
        <translation>Detaljeringsgrad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa flik</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortering</source>
        <translation>Sortering</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: &quot;%2&quot; ska vara en kravkod 1–9.</source>
        <translation>%1: &quot;%2&quot; ska vara en kravkod 1–9.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fakturadatum from</source>
        <translation>Fakturadatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturadatum tom</source>
        <translation>Fakturadatum tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum from</source>
        <translation>Förfallodatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum tom</source>
        <translation>Förfallodatum tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum from</source>
        <translation>Bokföringsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokföringsdatum tom</source>
        <translation>Bokföringsdatum tom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saldobelopp from</source>
        <translation>Saldobelopp from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saldobelopp tom</source>
        <translation>Saldobelopp tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod from</source>
        <translation>Kravkod from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravkod tom</source>
        <translation>Kravkod tom</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+54"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fakturadatum</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förfallodatum</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bokföringsdatum</source>
        <translation>Bokföringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debiteringsrutinens</source>
        <translation>Debiteringsrutinens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förvaltning</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saldobelopp</source>
        <translation>Saldobelopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+62"/>
        <source>Inbetalningssätt</source>
        <translation>Inbetalningssätt</translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>%Ln fakturor.  Fakturerat %1 + Påfört %2 + Inbetalt %3 = Saldo %4</source>
        <translation>
            <numerusform>%Ln faktura.  Fakturerat %1 + Påfört %2 + Inbetalt %3 = Saldo %4</numerusform>
            <numerusform>%Ln fakturor.  Fakturerat %1 + Påfört %2 + Inbetalt %3 = Saldo %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rsk::ui::SavedPrintsScreen</name>
    <message>
        <location filename="../ui/screens/savedprintsscreen.cpp" line="+110"/>
        <source>Utskrifter från uppdateringarna (bokföringsorder, kvittenslistor vid rensning) sparas så många dagar som anges nedan och kan skrivas ut på nytt så länge de finns kvar (handbok 9.1). Enter eller F16 visar den valda utskriften för utskrift.</source>
        <translation>Utskrifter från uppdateringarna (bokföringsorder, kvittenslistor vid rensning) sparas så många dagar som anges nedan och kan skrivas ut på nytt så länge de finns kvar (handbok 9.1). Enter eller F16 visar den valda utskriften för utskrift.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag (F4)</source>
        <translation>Företag (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomt = alla företag du har behörighet till</source>
        <translation>tomt = alla företag du har behörighet till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slag (F4)</source>
        <translation>Slag (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparad fr.o.m. – t.o.m.</source>
        <translation>Sparad fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sparad</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+185"/>
        <source>Slag</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+203"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidor</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sparas t.o.m.</source>
        <translation>Sparas t.o.m.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sparas så här länge (F8 ändrar, administratör)</source>
        <translation>Sparas så här länge (F8 ändrar, administratör)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 dagar = sparas inte. En ändring gäller utskrifter som sparas därefter.</source>
        <translation>0 dagar = sparas inte. En ändring gäller utskrifter som sparas därefter.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uppdatera</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>Spara som</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Företag: &quot;%1&quot; ska vara 1–3 siffror.</source>
        <translation>Företag: &quot;%1&quot; ska vara 1–3 siffror.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slag: &quot;%1&quot; finns inte; F4 visar de slag som finns.</source>
        <translation>Slag: &quot;%1&quot; finns inte; F4 visar de slag som finns.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sparad fr.o.m.</source>
        <translation>Sparad fr.o.m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparad t.o.m.</source>
        <translation>Sparad t.o.m.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inga sparade utskrifter med detta urval.</source>
        <translation>Inga sparade utskrifter med detta urval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visar de %1 senaste; begränsa urvalet för att se äldre.</source>
        <translation>Visar de %1 senaste; begränsa urvalet för att se äldre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Du har inte behörighet till företag</source>
        <translation>Du har inte behörighet till företag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sparas inte</source>
        <translation>sparas inte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dagar</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Välj utskriften som ska visas.</source>
        <translation>Välj utskriften som ska visas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Utskriften &quot;%1&quot; kan inte visas: PDF-filen går inte att läsa.</source>
        <translation>Utskriften &quot;%1&quot; kan inte visas: PDF-filen går inte att läsa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; är utskriven.</source>
        <translation>&quot;%1&quot; är utskriven.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; visades (%n sidor) men skrevs inte ut.</source>
        <translation>
            <numerusform>&quot;%1&quot; visades (%n sida) men skrevs inte ut.</numerusform>
            <numerusform>&quot;%1&quot; visades (%n sidor) men skrevs inte ut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj utskriften som ska sparas.</source>
        <translation>Välj utskriften som ska sparas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filen %1 kunde inte skrivas: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; är sparad som %2.</source>
        <translation>&quot;%1&quot; är sparad som %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj utskriften som ska tas bort.</source>
        <translation>Välj utskriften som ska tas bort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Att ta bort en sparad utskrift</source>
        <translation>Att ta bort en sparad utskrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sparade utskrifter</source>
        <translation>Sparade utskrifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort den sparade utskriften?

%1, företag %2:
%3
sparad %4 av %5.

Den kan inte skrivas ut igen härifrån.</source>
        <translation>Ta bort den sparade utskriften?

%1, företag %2:
%3
sparad %4 av %5.

Den kan inte skrivas ut igen härifrån.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting togs bort.</source>
        <translation>Ingenting togs bort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; (företag %2) är borttagen.</source>
        <translation>&quot;%1&quot; (företag %2) är borttagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Att ändra hur länge utskrifter sparas</source>
        <translation>Att ändra hur länge utskrifter sparas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sparade utskrifter – antal dagar</source>
        <translation>Sparade utskrifter – antal dagar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> dagar</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 = sparas inte. Hur länge är kommunens beslut; bokföringsordern är räkenskapsinformation (bokföringslagen 7 kap.).</source>
        <translation>0 = sparas inte. Hur länge är kommunens beslut; bokföringsordern är räkenskapsinformation (bokföringslagen 7 kap.).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 dagar</source>
        <translation>%1 %2 dagar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingenting ändrades.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparas nu: %1.</source>
        <translation>Sparas nu: %1.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Screen</name>
    <message>
        <location filename="../ui/screens/screen.cpp" line="+42"/>
        <source>Bakåt</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Osparade ändringar</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finns osparade ändringar i %1. Vill du lämna bilden utan att spara?</source>
        <translation>Det finns osparade ändringar i %1. Vill du lämna bilden utan att spara?</translation>
    </message>
</context>
<context>
    <name>rsk::ui::SeparateReceivableScreen</name>
    <message>
        <location filename="../ui/screens/separatereceivablescreen.cpp" line="+21"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Företag from – tom</source>
        <translation>Företag from – tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum (obetalda vid dagens slut)</source>
        <translation>Datum (obetalda vid dagens slut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Konto from – tom</source>
        <translation>Konto from – tom</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ShellStatusBar</name>
    <message>
        <location filename="../ui/widgets/shellstatusbar.cpp" line="+26"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reskontra: %1</source>
        <translation>Reskontra: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Användare: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databas: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Byt företag (%1)</source>
        <translation>Byt företag (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Företag: %1 %2</source>
        <translation>Företag: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Företag: –</source>
        <translation>Företag: –</translation>
    </message>
</context>
<context>
    <name>rsk::ui::StartPage</name>
    <message>
        <location filename="../ui/screens/startpage.cpp" line="+112"/>
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Uppdatera</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snabbval</source>
        <translation>Snabbval</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dagens arbete</source>
        <translation>Dagens arbete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej godkända bunter:</source>
        <translation>Ej godkända bunter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oplacerade betalningar:</source>
        <translation>Oplacerade betalningar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fordringar vars kravkod löper ut:</source>
        <translation>Fordringar vars kravkod löper ut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna fordringar:</source>
        <translation>Öppna fordringar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hämtar %1 …</source>
        <translation>Hämtar %1 …</translation>
    </message>
</context>
<context>
    <name>rsk::ui::StatisticChart</name>
    <message>
        <location filename="../ui/widgets/newclaimschart.cpp" line="-156"/>
        <location line="+18"/>
        <source>Ingen statistik ännu</source>
        <translation>Ingen statistik ännu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (kr)</source>
        <translation>%1 (kr)</translation>
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
        <translation>Dagar efter förfallodag, stigande, åtskilda med komma. Enter använder dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Å&amp;ldersgränser (dagar efter förfallodag):</source>
        <translation>Å&amp;ldersgränser (dagar efter förfallodag):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Statistiken kunde inte hämtas.</source>
        <translation>Statistiken kunde inte hämtas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Endast företag %1 %2</source>
        <translation>&amp;Endast företag %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endast valt företag (inget valt)</source>
        <translation>&amp;Endast valt företag (inget valt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Uppdatera</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara bild</source>
        <translation>Spara bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa på Startsidan</source>
        <translation>Visa på Startsidan</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hämtar %1 …</source>
        <translation>Hämtar %1 …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hämtar …</source>
        <translation>Hämtar …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 · hämtad på %3 s</source>
        <translation>%1 · %2 · hämtad på %3 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grupp</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Andel</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summa</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Åldersgränser: %1</source>
        <translation>Åldersgränser: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Det finns inget diagram att spara ännu.</source>
        <translation>Det finns inget diagram att spara ännu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bilden kunde inte sparas i %1.</source>
        <translation>Bilden kunde inte sparas i %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagrammet sparat i %1.</source>
        <translation>Diagrammet sparat i %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistik %1 %2.png</source>
        <translation>Statistik %1 %2.png</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spara diagrammet som bild</source>
        <translation>Spara diagrammet som bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG-bild (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; visas nu på Startsidan.</source>
        <translation>&quot;%1&quot; visas nu på Startsidan.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::ThreatScreen</name>
    <message>
        <location filename="../ui/screens/threatscreen.cpp" line="+40"/>
        <source>Kontrollista hot om betalningsföreläggande</source>
        <translation>Kontrollista hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot om betalningsföreläggande %1</source>
        <translation>Hot om betalningsföreläggande %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningsdatum %1, antal dagar sedan inkassokrav %2, text %3</source>
        <translation>Körningsdatum %1, antal dagar sedan inkassokrav %2, text %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag %1, rutin %2, fakturanummer %3</source>
        <translation>Företag %1, rutin %2, fakturanummer %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upplupen dröjsmålsränta skrivs ut</source>
        <translation>Upplupen dröjsmålsränta skrivs ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ftg</source>
        <translation>Ftg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fakturanr</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att betala</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upplupen ränta</source>
        <translation>Upplupen ränta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betala senast</source>
        <translation>Betala senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manuell</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skyddad – manuell</source>
        <translation>skyddad – manuell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tas inte: %1</source>
        <translation>Tas inte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Totalt: %n brev</source>
        <translation>
            <numerusform>Totalt: %n brev</numerusform>
            <numerusform>Totalt: %n brev</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, varav %1 manuella</source>
        <translation>, varav %1 manuella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 tas inte</source>
        <translation>; %1 tas inte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hot om betalningsföreläggande – förhandsgranskning</source>
        <translation>Hot om betalningsföreläggande – förhandsgranskning</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <source>Hot om betalningsföreläggande</source>
        <translation>Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Urval</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Körnings&amp;datum</source>
        <translation>Körnings&amp;datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rutin fr.o.m. – t.o.m.</source>
        <translation>&amp;Rutin fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>tomt = alla</source>
        <translation>tomt = alla</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fakturan&amp;ummer fr.o.m. – t.o.m.</source>
        <translation>Fakturan&amp;ummer fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>obligatorisk, 1–999</source>
        <translation>obligatorisk, 1–999</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Textnummer *</source>
        <translation>&amp;Textnummer *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ut upplu&amp;pen dröjsmålsränta</source>
        <translation>Skriv ut upplu&amp;pen dröjsmålsränta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Körningens resultat</source>
        <translation>Körningens resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska breven, F10 kör: skriver breven och stämplar datum för hot på fordringarna. Ingen avgift debiteras.</source>
        <translation>Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska breven, F10 kör: skriver breven och stämplar datum för hot på fordringarna. Ingen avgift debiteras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontrollista</source>
        <translation>Kontrollista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranska brev</source>
        <translation>Förhandsgranska brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kör</source>
        <translation>Kör</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>obligatorisk; inga texter finns – lägg upp under Texter</source>
        <translation>obligatorisk; inga texter finns – lägg upp under Texter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obligatorisk; texter som finns: %1</source>
        <translation>obligatorisk; texter som finns: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; är inte ett tal.</source>
        <translation>%1: &quot;%2&quot; är inte ett tal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Körningsdatum</source>
        <translation>Körningsdatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antal dagar sedan inkassokrav</source>
        <translation>Antal dagar sedan inkassokrav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textnummer</source>
        <translation>Textnummer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontrollista: inga fordringar får hot på körningsdatum %1. Ingenting är ändrat.</source>
        <translation>Kontrollista: inga fordringar får hot på körningsdatum %1. Ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrollista %1. Hot: %2. För manuell hantering: %3. Tas inte: %4. Ingenting är ändrat.</source>
        <translation>Kontrollista %1. Hot: %2. För manuell hantering: %3. Tas inte: %4. Ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Inga fordringar får hot med detta urval.</source>
        <translation>Inga fordringar får hot med detta urval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla %1 brev hålls för manuell hantering; inget att visa.</source>
        <translation>Alla %1 brev hålls för manuell hantering; inget att visa.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Förhandsgranskning av %n brev; ingenting är ändrat.</source>
        <translation>
            <numerusform>Förhandsgranskning av %n brev; ingenting är ändrat.</numerusform>
            <numerusform>Förhandsgranskning av %n brev; ingenting är ändrat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Spara hotbreven som PDF</source>
        <translation>Spara hotbreven som PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-fil (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inga fordringar får hot på körningsdatum %1; ingenting gjordes.</source>
        <translation>Inga fordringar får hot på körningsdatum %1; ingenting gjordes.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>F&amp;öretag fr.o.m. – t.o.m.</source>
        <translation>F&amp;öretag fr.o.m. – t.o.m.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ntal dagar sedan inkassokrav *</source>
        <translation>A&amp;ntal dagar sedan inkassokrav *</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>Körningsdatum %1, text %2. Fordringar som får hot: %n.</source>
        <translation>
            <numerusform>Körningsdatum %1, text %2. Fordringar som får hot: %n.</numerusform>
            <numerusform>Körningsdatum %1, text %2. Fordringar som får hot: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varav %1 skyddade för manuell hantering (inget brev skrivs).</source>
        <translation>Varav %1 skyddade för manuell hantering (inget brev skrivs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breven skrivs och datum för hot stämplas på fordringarna. Köra nu?</source>
        <translation>Breven skrivs och datum för hot stämplas på fordringarna. Köra nu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kör</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen körning gjordes.</source>
        <translation>Ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen fil valdes för breven; ingen körning gjordes.</source>
        <translation>Ingen fil valdes för breven; ingen körning gjordes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Breven kunde inte sparas: %1</source>
        <translation>Breven kunde inte sparas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen körning gjordes; ingenting är ändrat.</source>
        <translation>Ingen körning gjordes; ingenting är ändrat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skriv ut breven</source>
        <translation>Skriv ut breven</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skriva ut breven nu (%n brev)?</source>
        <translation>
            <numerusform>Skriva ut brevet nu (%n brev)?</numerusform>
            <numerusform>Skriva ut breven nu (%n brev)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv ut</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inte nu</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Hot om betalningsföreläggande med körningsdatum %1 är gjort. Fordringar: %n, skrivna brev: %2.</source>
        <translation>
            <numerusform>Hot om betalningsföreläggande med körningsdatum %1 är gjort. Fordringar: %n, skrivna brev: %2.</numerusform>
            <numerusform>Hot om betalningsföreläggande med körningsdatum %1 är gjort. Fordringar: %n, skrivna brev: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>För manuell hantering (skyddad identitet, inget brev skrivet): %1</source>
        <translation>För manuell hantering (skyddad identitet, inget brev skrivet): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Att betala sammanlagt %1 kr. Ingen avgift eller ränta debiterades.</source>
        <translation>Att betala sammanlagt %1 kr. Ingen avgift eller ränta debiterades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breven är sparade i %1.</source>
        <translation>Breven är sparade i %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den).</source>
        <translation>Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den).</translation>
    </message>
</context>
<context>
    <name>rsk::ui::UnbilledInterestScreen</name>
    <message>
        <location filename="../ui/screens/unbilledinterestscreen.cpp" line="+27"/>
        <source>Urval (alla fält kan lämnas tomma)</source>
        <translation>Urval (alla fält kan lämnas tomma)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ÅÅMMDD</source>
        <translation>ÅÅMMDD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Företag from – tom (F4)</source>
        <translation>Företag from – tom (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutin from – tom (F4)</source>
        <translation>Rutin from – tom (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fakturanummer from – tom</source>
        <translation>Fakturanummer from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slutbetalningsdatum from – tom</source>
        <translation>Slutbetalningsdatum from – tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förvaltning/avdelning from – tom</source>
        <translation>Förvaltning/avdelning from – tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta ränta (hela kronor)</source>
        <translation>Minsta ränta (hela kronor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar efter förfallodag</source>
        <translation>Minsta antal dagar efter förfallodag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kravparametrar: %1 kr</source>
        <translation>Kravparametrar: %1 kr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kravparametrar: %1 dagar</source>
        <translation>Kravparametrar: %1 dagar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Företag from</source>
        <translation>Företag from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Företag tom</source>
        <translation>Företag tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slutbetald from</source>
        <translation>Slutbetald from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutbetald tom</source>
        <translation>Slutbetald tom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minsta ränta: %1</source>
        <translation>Minsta ränta: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minsta antal dagar: &quot;%1&quot; ska vara ett heltal 0–%2.</source>
        <translation>Minsta antal dagar: &quot;%1&quot; ska vara ett heltal 0–%2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+39"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+32"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förvaltning/avdelning</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta ränta</source>
        <translation>Minsta ränta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minsta antal dagar</source>
        <translation>Minsta antal dagar</translation>
    </message>
</context>
<context>
    <name>rsk::ui::UnplacedPaymentsScreen</name>
    <message>
        <location filename="../ui/screens/unplacedpaymentsscreen.cpp" line="+20"/>
        <source>Betalningar som inte kunde kopplas till en faktura vid inläsning från bankgiro eller plusgiro. Välj en betalning, skriv fakturanumret och tryck Enter för att placera den.</source>
        <translation>Betalningar som inte kunde kopplas till en faktura vid inläsning från bankgiro eller plusgiro. Välj en betalning, skriv fakturanumret och tryck Enter för att placera den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betaldag</source>
        <translation>Betaldag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referens</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalare</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fil:rad</source>
        <translation>Fil:rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fakturanummer</source>
        <translation>fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placera på fak&amp;tura:</source>
        <translation>Placera på fak&amp;tura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Placera</source>
        <translation>&amp;Placera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visa fakturan</source>
        <translation>Visa fakturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Återbetald</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Visa alla</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Placerad på %1</source>
        <translation>Placerad på %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga oplacerade betalningar.</source>
        <translation>Inga oplacerade betalningar.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n betalning(ar).</source>
        <translation>
            <numerusform>%n betalning.</numerusform>
            <numerusform>%n betalningar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skriv fakturanumret och tryck F5.</source>
        <translation>Skriv fakturanumret och tryck F5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Välj en betalning i listan.</source>
        <translation>Välj en betalning i listan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Betalning nr %1 placerad på %2: %3 kr, %4 kr till överbetalningar.</source>
        <translation>Betalning nr %1 placerad på %2: %3 kr, %4 kr till överbetalningar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betalning nr %1 placerad på %2: %3 kr.</source>
        <translation>Betalning nr %1 placerad på %2: %3 kr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Markera betalning nr %1 (%2 kr) som återbetald?</source>
        <translation>Markera betalning nr %1 (%2 kr) som återbetald?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Markera återbetald</source>
        <translation>&amp;Markera återbetald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betalning nr %1 är markerad som återbetald.</source>
        <translation>Betalning nr %1 är markerad som återbetald.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::UsersScreen</name>
    <message>
        <location filename="../ui/screens/usersscreen.cpp" line="+45"/>
        <source>Vilka som får logga in, med vilken roll och i vilka företag. Läsbehörighet ser men ändrar inget; handläggare ändrar fakturor och registrerar betalningar; arbetsledare kör körningar, hämtningar och bokföring; administratörer sköter inställningar och användare och ser alla företag. Så länge ingen har lösenord behövs ingen inloggning.</source>
        <translation>Vilka som får logga in, med vilken roll och i vilka företag. Läsbehörighet ser men ändrar inget; handläggare ändrar fakturor och registrerar betalningar; arbetsledare kör körningar, hämtningar och bokföring; administratörer sköter inställningar och användare och ser alla företag. Så länge ingen har lösenord behövs ingen inloggning.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatisk &amp;utloggning efter</source>
        <translation>Automatisk &amp;utloggning efter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minuter utan tangentbord eller mus (0 = aldrig; Enter sparar)</source>
        <translation>minuter utan tangentbord eller mus (0 = aldrig; Enter sparar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+282"/>
        <source>Användare</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lösenord</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inaktivera/aktivera</source>
        <translation>Inaktivera/aktivera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a–z, 0–9, . _ -</source>
        <translation>a–z, 0–9, . _ -</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Administratörer ser alla företag.</source>
        <translation>Administratörer ser alla företag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minst %1 tecken; tomt = oförändrat</source>
        <translation>minst %1 tecken; tomt = oförändrat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Användare:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nytt &amp;lösenord:</source>
        <translation>Nytt &amp;lösenord:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>F&amp;öretag:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samma i&amp;gen:</source>
        <translation>Samma i&amp;gen:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>alla</source>
        <translation>alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nej – inaktiv</source>
        <translation>nej – inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satt</source>
        <translation>satt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inget</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ny användare</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra användaren %1%2</source>
        <translation>Ändra användaren %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (inaktiv)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Lösenorden är inte lika; skriv samma lösenord två gånger.</source>
        <translation>Lösenorden är inte lika; skriv samma lösenord två gånger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Användarnamnet</source>
        <translation>Användarnamnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finns redan</source>
        <translation>finns redan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenordet</source>
        <translation>Lösenordet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administratör</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Användaren %1 är upplagd.</source>
        <translation>Användaren %1 är upplagd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användaren %1 är ändrad.</source>
        <translation>Användaren %1 är ändrad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lösenordet är satt.</source>
        <translation>Lösenordet är satt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sätt ett lösenord innan användaren kan logga in.</source>
        <translation>Sätt ett lösenord innan användaren kan logga in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatisk utloggning: skriv antal minuter (0 = aldrig).</source>
        <translation>Automatisk utloggning: skriv antal minuter (0 = aldrig).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen automatisk utloggning (gäller från nästa start).</source>
        <translation>Ingen automatisk utloggning (gäller från nästa start).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatisk utloggning efter %1 minuter (gäller från nästa start).</source>
        <translation>Automatisk utloggning efter %1 minuter (gäller från nästa start).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj användaren i listan.</source>
        <translation>Välj användaren i listan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vill du inaktivera användaren %1? Hen kan då inte logga in.</source>
        <translation>Vill du inaktivera användaren %1? Hen kan då inte logga in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du aktivera användaren %1 igen?</source>
        <translation>Vill du aktivera användaren %1 igen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inaktivera</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Aktivera</source>
        <translation>&amp;Aktivera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;vbryt</source>
        <translation>A&amp;vbryt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Användaren %1 är inaktiverad.</source>
        <translation>Användaren %1 är inaktiverad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användaren %1 är aktiv igen.</source>
        <translation>Användaren %1 är aktiv igen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ändringarna är ångrade.</source>
        <translation>Ändringarna är ångrade.</translation>
    </message>
</context>
</TS>
