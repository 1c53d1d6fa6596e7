<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+46"/>
        <source>Databasfel vid %1: %2</source>
        <translation>Databasfel vid %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+36"/>
        <source>Reskontran &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du öppnar den.</source>
        <translation>Reskontran &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du öppnar den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migreringen %1 saknas i programmet.</source>
        <translation>Migreringen %1 saknas i programmet.</translation>
    </message>
    <message>
        <location line="+102"/>
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
        <location line="+10"/>
        <source>Demodatalistan %1: raden &quot;%2&quot; har för få fält.</source>
        <translation>Demodatalistan %1: raden &quot;%2&quot; har för få fält.</translation>
    </message>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+149"/>
        <source>Databasfel när demodata skrevs: %1</source>
        <translation>Databasfel när demodata skrevs: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+131"/>
        <source>Antalet fakturor ska vara minst 1.</source>
        <translation>Antalet fakturor ska vara minst 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demodata avbröts; reskontran är oförändrad.</source>
        <translation>Demodata avbröts; reskontran är oförändrad.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Nummerserien för rutin %1 räcker inte till så många fakturor.</source>
        <translation>Nummerserien för rutin %1 räcker inte till så många fakturor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader (frö %5, dag %6)</source>
        <translation>Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader (frö %5, dag %6)</translation>
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
        <location filename="../core/ledger/invoiceregistration.cpp" line="+29"/>
        <source>%1 är %2 tecken, högst %3 är tillåtet</source>
        <translation>%1 är %2 tecken, högst %3 är tillåtet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>företag saknas</source>
        <translation>företag saknas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag &quot;%1&quot; finns inte</source>
        <translation>företag &quot;%1&quot; finns inte</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+15"/>
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
        <location line="+16"/>
        <source>Bunt %1 finns inte.</source>
        <translation>Bunt %1 finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bunt %1 är redan godkänd och kan inte ändras.</source>
        <translation>Bunt %1 är redan godkänd och kan inte ändras.</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+41"/>
        <source>%1: %2 fakturor</source>
        <translation>%1: %2 fakturor</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>registrerad, belopp %1</source>
        <translation>registrerad, belopp %1</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <location filename="../core/ledger/invoicerepository.cpp" line="+143"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Faktura %1 finns inte i företag %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceSearch</name>
    <message>
        <location filename="../core/ledger/invoicesearch.cpp" line="+46"/>
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
    <name>LedgerSetup</name>
    <message>
        <location filename="../core/ledger/ledgersetup.cpp" line="+27"/>
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
        <location line="+23"/>
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
        <location line="+27"/>
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
        <location line="+39"/>
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
    <name>ReferenceData</name>
    <message>
        <location filename="../core/ledger/referencedata.cpp" line="+124"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag %1 saknar namn.</source>
        <translation>Företag %1 saknar namn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisationsnummer: %1</source>
        <translation>Organisationsnummer: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bankgiro: %1</source>
        <translation>Bankgiro: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plusgiro: %1</source>
        <translation>Plusgiro: %1</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+70"/>
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
        <source>--%1 saknas</source>
        <translation>--%1 saknas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_import.cpp" line="+55"/>
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
            <numerusform> på %n rad(er); ingen faktura har importerats.</numerusform>
            <numerusform> på %n rad(er); ingen faktura har importerats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Kan inte läsa filen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--input-format: &quot;%1&quot; ska vara csv eller json</source>
        <translation>--input-format: &quot;%1&quot; ska vara csv eller json</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import från %1</source>
        <translation>Import från %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="+203"/>
        <source>Fakturor</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+54"/>
        <location line="+34"/>
        <location line="+136"/>
        <location filename="../app/cli/cli_payment.cpp" line="+54"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="-34"/>
        <location line="+39"/>
        <location filename="../app/cli/cli_payment.cpp" line="+7"/>
        <source>Provkörning</source>
        <translation>Provkörning</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../app/cli/cli_init.cpp" line="-149"/>
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
        <location line="+35"/>
        <location line="+44"/>
        <source>Reskontra</source>
        <translation>Reskontra</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-190"/>
        <location filename="../app/cli/cli_payment.cpp" line="-15"/>
        <source>Företag</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location line="+176"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+25"/>
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
        <location filename="../app/cli/cli_invoice.cpp" line="-181"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Kundnummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/org.nummer</source>
        <translation>Person-/org.nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+176"/>
        <source>Namn 2</source>
        <translation>Namn 2</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>C/o</source>
        <translation>C/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Land</source>
        <translation>Land</translation>
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
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Registerid</source>
        <translation>Registerid</translation>
    </message>
    <message>
        <location line="-170"/>
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
        <source>Avser</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>Betalt</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="-169"/>
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
        <location line="+2"/>
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
        <source>Kravbrev</source>
        <translation>Kravbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Restkrav</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <location line="+154"/>
        <source>Bevakningstext</source>
        <translation>Bevakningstext</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+152"/>
        <location filename="../app/cli/cli_payment.cpp" line="+13"/>
        <source>Slutbetald</source>
        <translation>Slutbetald</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Räntefaktura</source>
        <translation>Räntefaktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturans belopp</source>
        <translation>Räntefakturans belopp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påverkan</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokförd</source>
        <translation>Bokförd</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <source>sök på ett fält i taget, inte %1</source>
        <translation>sök på ett fält i taget, inte %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>Person-/org.nr</source>
        <translation>Person-/org.nr</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Förf.dag</source>
        <translation>Förf.dag</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+6"/>
        <location filename="../app/cli/cli_payment.cpp" line="+22"/>
        <source>företag</source>
        <translation>företag</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>företag eller intervall</source>
        <translation>företag eller intervall</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>fakturanummer</source>
        <translation>fakturanummer</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Slag</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../app/cli/context.cpp" line="+43"/>
        <location filename="../app/cli/main.cpp" line="+64"/>
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
        <location line="+1"/>
        <source>användare i loggen</source>
        <translation>användare i loggen</translation>
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
        <location filename="../app/cli/main.cpp" line="-24"/>
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
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+101"/>
        <source>Skapar en demoreskontra…</source>
        <translation>Skapar en demoreskontra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Reskontra</source>
        <translation>Reskontra</translation>
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
    <name>rsk::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+82"/>
        <location line="+47"/>
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
        <location line="+28"/>
        <location line="+49"/>
        <source>Handboken, avsnitt %1</source>
        <translation>Handboken, avsnitt %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Startsidan kan inte stängas.</source>
        <translation>Startsidan kan inte stängas.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Menus</name>
    <message>
        <location filename="../ui/menucatalogue.cpp" line="+24"/>
        <source>&amp;Inbetalningar</source>
        <translation>&amp;Inbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från &amp;bankgiro (BgMax)</source>
        <translation>Hämtning från &amp;bankgiro (BgMax)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från &amp;plusgiro (Total-IN)</source>
        <translation>Hämtning från &amp;plusgiro (Total-IN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;arametrar maskinella inbetalningar</source>
        <translation>P&amp;arametrar maskinella inbetalningar</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;Kopior</source>
        <translation>&amp;Kopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Räntefakturering</source>
        <translation>&amp;Räntefakturering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ej debiterade räntor och avgifter</source>
        <translation>&amp;Ej debiterade räntor och avgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till &amp;nästa faktura</source>
        <translation>Överföring till &amp;nästa faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hot om betalningsföreläggande</source>
        <translation>&amp;Hot om betalningsföreläggande</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>E&amp;xtern inkassohantering</source>
        <translation>E&amp;xtern inkassohantering</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location filename="../ui/widgets/newclaimschart.cpp" line="+20"/>
        <source>Ingen statistik ännu</source>
        <translation>Ingen statistik ännu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nya fordringar</source>
        <translation>Nya fordringar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nya fordringar per månad</source>
        <translation>Nya fordringar per månad</translation>
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
        <location filename="../ui/screens/startpage.cpp" line="+42"/>
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+21"/>
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
</context>
</TS>
