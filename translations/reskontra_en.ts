<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+46"/>
        <source>Databasfel vid %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+36"/>
        <source>Reskontran &quot;%1&quot; har schemaversion %2, men det här programmet känner bara till version %3. Uppdatera Reskontra innan du öppnar den.</source>
        <translation>The ledger &quot;%1&quot; has schema version %2, but this program only knows version %3. Update Reskontra before opening it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migreringen %1 saknas i programmet.</source>
        <translation>The migration %1 is missing from the program.</translation>
    </message>
    <message>
        <location line="+102"/>
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
        <location line="+10"/>
        <source>Demodatalistan %1: raden &quot;%2&quot; har för få fält.</source>
        <translation>Demo data list %1: the line &quot;%2&quot; has too few fields.</translation>
    </message>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+149"/>
        <source>Databasfel när demodata skrevs: %1</source>
        <translation>Database error while writing demo data: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+131"/>
        <source>Antalet fakturor ska vara minst 1.</source>
        <translation>The number of invoices must be at least 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demodata avbröts; reskontran är oförändrad.</source>
        <translation>Demo data was cancelled; the ledger is unchanged.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Nummerserien för rutin %1 räcker inte till så många fakturor.</source>
        <translation>The number series of routine %1 is not enough for that many invoices.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader (frö %5, dag %6)</source>
        <translation>Demo data: %1 invoices, %2 customers, %3 transactions, %4 invoice lines (seed %5, day %6)</translation>
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
        <location filename="../core/ledger/invoiceregistration.cpp" line="+29"/>
        <source>%1 är %2 tecken, högst %3 är tillåtet</source>
        <translation>%1 is %2 characters, at most %3 are allowed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>företag saknas</source>
        <translation>company is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>företag &quot;%1&quot; finns inte</source>
        <translation>company &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+15"/>
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
        <location line="+16"/>
        <source>Bunt %1 finns inte.</source>
        <translation>Batch %1 does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bunt %1 är redan godkänd och kan inte ändras.</source>
        <translation>Batch %1 is already approved and cannot be changed.</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+41"/>
        <source>%1: %2 fakturor</source>
        <translation>%1: %2 invoices</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>registrerad, belopp %1</source>
        <translation>registered, amount %1</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <location filename="../core/ledger/invoicerepository.cpp" line="+143"/>
        <source>Faktura %1 finns inte i företag %2.</source>
        <translation>Invoice %1 does not exist in company %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceSearch</name>
    <message>
        <location filename="../core/ledger/invoicesearch.cpp" line="+46"/>
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
    <name>LedgerSetup</name>
    <message>
        <location filename="../core/ledger/ledgersetup.cpp" line="+27"/>
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
        <location line="+23"/>
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
    <name>PostingService</name>
    <message>
        <location filename="../core/ledger/posting.cpp" line="+23"/>
        <source>uppdebiterad påminnelseavgift</source>
        <translation>reminder fee charged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebiterad kravavgift</source>
        <translation>collection demand fee charged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uppdebiterad dröjsmålsränta</source>
        <translation>late-payment interest charged</translation>
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
        <location line="+27"/>
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
        <location line="+39"/>
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
    <name>ReferenceData</name>
    <message>
        <location filename="../core/ledger/referencedata.cpp" line="+124"/>
        <source>Företagsnummer &quot;%1&quot; ska vara högst tre siffror.</source>
        <translation>Company number &quot;%1&quot; must be at most three digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Företag %1 saknar namn.</source>
        <translation>Company %1 has no name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisationsnummer: %1</source>
        <translation>Organisation number: %1</translation>
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
        <location line="+70"/>
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
        <source>--%1 saknas</source>
        <translation>--%1 is missing</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_import.cpp" line="+55"/>
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
        <source>Kan inte läsa filen &quot;%1&quot;: %2</source>
        <translation>Cannot read the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--input-format: &quot;%1&quot; ska vara csv eller json</source>
        <translation>--input-format: &quot;%1&quot; must be csv or json</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import från %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="+203"/>
        <source>Fakturor</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+54"/>
        <location line="+34"/>
        <location line="+136"/>
        <location filename="../app/cli/cli_payment.cpp" line="+54"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="-34"/>
        <location line="+39"/>
        <location filename="../app/cli/cli_payment.cpp" line="+7"/>
        <source>Provkörning</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../app/cli/cli_init.cpp" line="-149"/>
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
        <location line="+35"/>
        <location line="+44"/>
        <source>Reskontra</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-190"/>
        <location filename="../app/cli/cli_payment.cpp" line="-15"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location line="+176"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+25"/>
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
        <location filename="../app/cli/cli_invoice.cpp" line="-181"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Kundnummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person-/org.nummer</source>
        <translation>Person/org. number</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+176"/>
        <source>Namn 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>C/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Land</source>
        <translation>Country</translation>
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
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Registerid</source>
        <translation>Register id</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Avdelning</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avser</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>Betalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-169"/>
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
        <translation>Interest charged</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Kravbrev</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restkrav</source>
        <translation>Final demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotbrev</source>
        <translation>Payment order warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalningsföreläggande</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbetalningsplan</source>
        <translation>Instalment plan</translation>
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
        <location line="+2"/>
        <location line="+154"/>
        <source>Bevakningstext</source>
        <translation>Monitoring text</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+152"/>
        <location filename="../app/cli/cli_payment.cpp" line="+13"/>
        <source>Slutbetald</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Räntefaktura</source>
        <translation>Interest invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Räntefakturans belopp</source>
        <translation>Interest invoice amount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Påverkan</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokförd</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <source>sök på ett fält i taget, inte %1</source>
        <translation>search one field at a time, not %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>Person-/org.nr</source>
        <translation>Person/org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Förf.dag</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+6"/>
        <location filename="../app/cli/cli_payment.cpp" line="+22"/>
        <source>företag</source>
        <translation>company</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>företag eller intervall</source>
        <translation>company or range</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>fakturanummer</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../app/cli/context.cpp" line="+43"/>
        <location filename="../app/cli/main.cpp" line="+64"/>
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
        <location line="+1"/>
        <source>användare i loggen</source>
        <translation>user in the log</translation>
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
        <location filename="../app/cli/main.cpp" line="-24"/>
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
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+101"/>
        <source>Skapar en demoreskontra…</source>
        <translation>Creating a demo ledger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
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
    <name>rsk::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+82"/>
        <location line="+47"/>
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
        <location line="+28"/>
        <location line="+49"/>
        <source>Handboken, avsnitt %1</source>
        <translation>Handbook, section %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Startsidan kan inte stängas.</source>
        <translation>The start page cannot be closed.</translation>
    </message>
</context>
<context>
    <name>rsk::ui::Menus</name>
    <message>
        <location filename="../ui/menucatalogue.cpp" line="+24"/>
        <source>&amp;Inbetalningar</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från &amp;bankgiro (BgMax)</source>
        <translation>Import from &amp;Bankgiro (BgMax)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämtning från &amp;plusgiro (Total-IN)</source>
        <translation>Import from &amp;Plusgiro (Total-IN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;arametrar maskinella inbetalningar</source>
        <translation>P&amp;arameters for automatic payments</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="+1"/>
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
        <translation>&amp;Reminders/collection demands/final demands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopior</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Räntefakturering</source>
        <translation>&amp;Interest invoicing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ej debiterade räntor och avgifter</source>
        <translation>&amp;Unbilled interest and fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till &amp;nästa faktura</source>
        <translation>Transfer to &amp;next invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hot om betalningsföreläggande</source>
        <translation>&amp;Threat of payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Betalningsföreläggande</source>
        <translation>&amp;Payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amorteringsplan</source>
        <translation>Instal&amp;ment plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överföring till &amp;inkasso</source>
        <translation>Transfer to &amp;debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtern inkassohantering</source>
        <translation>E&amp;xternal debt collection</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>&amp;Texts for reminders/demands/final demands/threats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Referensränta</source>
        <translation>&amp;Reference rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kronofo&amp;gdemyndigheter</source>
        <translation>&amp;Enforcement authorities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landskoder</source>
        <translation>Country co&amp;des</translation>
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
        <location line="+1"/>
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
        <location filename="../ui/widgets/newclaimschart.cpp" line="+20"/>
        <source>Ingen statistik ännu</source>
        <translation>No statistics yet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nya fordringar</source>
        <translation>New claims</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nya fordringar per månad</source>
        <translation>New claims per month</translation>
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
        <location filename="../ui/screens/startpage.cpp" line="+42"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+21"/>
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
</context>
</TS>
