<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountSettings</name>
    <message>
        <location filename="../core/bookkeeping/accounts.cpp" line="+136"/>
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
        <location line="+40"/>
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
    <name>BookingOrderDocument</name>
    <message>
        <location filename="../render/bookingorderdocument.cpp" line="+50"/>
        <location line="+50"/>
        <source>KONTROLLISTA BOKFÖRINGSORDER</source>
        <translation>CHECK LIST BOOKING ORDER</translation>
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
        <translation>Dry run: nothing has been posted and the voucher number is preliminary.</translation>
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
        <translation>Voucher</translation>
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
        <translation>Debit and credit are equal: the voucher balances.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Det finns inga obokförda händelser t.o.m. %1.</source>
        <translation>There are no unposted transactions up to and including %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PDF-filen %1 kan inte skrivas: %2</source>
        <translation>The PDF file %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bokföringsorder</source>
        <translation>Booking order</translation>
    </message>
</context>
<context>
    <name>BookingRun</name>
    <message>
        <location filename="../core/bookkeeping/bookingrun.cpp" line="+211"/>
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
        <location line="+77"/>
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
        <location line="+104"/>
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
        <source>Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget bokfördes.</source>
        <translation>The booking order for company %1 does not balance: the total is %2. Nothing was posted.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>En transaktion bokfördes av någon annan under körningen. Inget bokfördes; kör igen.</source>
        <translation>A transaction was posted by someone else during the run. Nothing was posted; run again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bokföringsorder %1: %2 händelser, %3 kr</source>
        <translation>Booking order %1: %2 transactions, SEK %3</translation>
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
    <name>CreditNoteDocument</name>
    <message>
        <location filename="../render/creditnotedocument.cpp" line="+80"/>
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
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <location filename="../core/payments/creditnote.cpp" line="+63"/>
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
        <translation>The case officer is %1 characters, at most %2.</translation>
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
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+50"/>
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
        <location filename="../core/demo/demogenerator.cpp" line="+131"/>
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
        <location line="+28"/>
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
    <name>DunningParameters</name>
    <message>
        <location filename="../core/dunning/dunningparameters.cpp" line="+67"/>
        <source>Kravparametrar: blankettypen &quot;%1&quot; finns inte (%2).</source>
        <translation>Dunning parameters: the form type &quot;%1&quot; does not exist (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kravkod vid betalningsföreläggande</source>
        <translation>dunning code for payment order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kravkod vid amorteringsplan</source>
        <translation>dunning code for instalment plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kravparametrar: %1 %2 finns inte bland kravkoderna.</source>
        <translation>Dunning parameters: %1 %2 is not among the dunning codes.</translation>
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
        <translation>%1: the case officer is %2 characters, at most %3.</translation>
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
        <translation>%1, Collection demand: interest can only be charged to the claim if it is also printed.</translation>
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
        <translation>For questions, contact the case officer above.</translation>
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
        <location filename="../core/ledger/invoiceregistration.cpp" line="+35"/>
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
    <name>PaymentForecast</name>
    <message>
        <location filename="../core/reports/paymentforecast.cpp" line="+54"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Company: to %1 is before from %2.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../core/payments/paymentimport.cpp" line="+89"/>
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
        <location line="+59"/>
        <source>mottagarbankgiro %1 tillhör inget företag i reskontran</source>
        <translation>the recipient Bankgiro number %1 belongs to no company in the ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarplusgiro %1 tillhör inget företag i reskontran</source>
        <translation>the recipient Plusgiro number %1 belongs to no company in the ledger</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+31"/>
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
    <name>PaymentRegistration</name>
    <message>
        <location filename="../core/payments/paymentregistration.cpp" line="+121"/>
        <source>Företag saknas.</source>
        <translation>The company is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
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
        <location line="+44"/>
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
        <location filename="../core/reports/paymentsearch.cpp" line="+68"/>
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
    <name>ReportPrint</name>
    <message>
        <location filename="../render/reportprint.cpp" line="+69"/>
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
        <location line="+24"/>
        <source>Import från %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+93"/>
        <location line="+96"/>
        <location filename="../app/cli/cli_reports.cpp" line="+246"/>
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
        <location filename="../app/cli/cli_payments_import.cpp" line="-146"/>
        <location line="+56"/>
        <location line="+86"/>
        <location line="+49"/>
        <location line="+44"/>
        <location line="+22"/>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+235"/>
        <location filename="../app/cli/cli_import.cpp" line="+1"/>
        <location filename="../app/cli/cli_init.cpp" line="-34"/>
        <location line="+39"/>
        <location filename="../app/cli/cli_interest.cpp" line="+86"/>
        <location filename="../app/cli/cli_payment.cpp" line="+7"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-185"/>
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
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+40"/>
        <source>Filen %1 kan inte skrivas: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-6"/>
        <location filename="../app/cli/cli_init.cpp" line="-43"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-190"/>
        <location filename="../app/cli/cli_payment.cpp" line="-15"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-19"/>
        <location line="+253"/>
        <source>Företag</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serie</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver.nr</source>
        <translation>Voucher no.</translation>
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
        <translation>Voucher %1 %2, company %3 %4, %5: %6 transactions, SEK %7</translation>
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
        <location line="+41"/>
        <source>reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).</source>
        <translation>reskontra-cli: dry run: no SIE file was written (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bokföringsorder för obokförda händelser, SIE 4 ut (Uppdatera bokföring)</source>
        <translation>booking order for unposted transactions, SIE 4 out (Update bookkeeping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokför alla obokförda transaktioner t.o.m. datumet: en verifikation per företag, kundfordringskontot per företag och rutin mot inbetalningssättets konto. Transaktioner med inbetalningssätt &quot;bokföres ej&quot; tas aldrig med; en körning till bokför ingenting två gånger. Med flera företag får SIE-filen företagsnumret i namnet (fil_001.se). En provkörning skriver bokföringsordern som kontrollista men ingen SIE-fil.</source>
        <translation>Posts all unposted transactions up to and including the date: one voucher per company, the accounts receivable account per company and routine against the payment method&apos;s account. Transactions with a payment method marked &quot;not posted&quot; are never included; running again posts nothing twice. With several companies the SIE file gets the company number in its name (file_001.se). A dry run writes the booking order as a check list but no SIE file.</translation>
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
        <location filename="../app/cli/cli_init.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location line="+176"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-69"/>
        <location line="+44"/>
        <location line="+21"/>
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
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-181"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Fakturanummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="-148"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <location line="+177"/>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="-176"/>
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
        <translation>, charged to claim</translation>
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
        <translation>, case officer</translation>
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
        <source>Inkassokrav</source>
        <translation>Collection demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkassokrav, uppdebitera ränta</source>
        <translation>Collection demand, charge interest</translation>
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
        <location line="+7"/>
        <location line="+45"/>
        <source>Kravkod</source>
        <translation>Dunning code</translation>
    </message>
    <message>
        <location line="-43"/>
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
        <translation>charge the fee to the claim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inkassokrav räknas från påminnelse 1, 2 eller förfallodag (9)</source>
        <translation>collection demand counted from reminder 1, 2 or due date (9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uppdebitera upplupen ränta</source>
        <translation>charge accrued interest to the claim</translation>
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
        <location line="+3"/>
        <source>kravkod 1–9</source>
        <translation>dunning code 1–9</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Collection demand</translation>
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
        <location filename="../app/cli/cli_payments_import.cpp" line="-20"/>
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
        <location filename="../app/cli/cli_payments_import.cpp" line="-230"/>
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
        <location filename="../app/cli/cli_reports.cpp" line="+147"/>
        <source>sök på ett fält i taget, inte %1</source>
        <translation>search one field at a time, not %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-8"/>
        <location line="+144"/>
        <location line="+47"/>
        <location line="+44"/>
        <location line="+20"/>
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
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+219"/>
        <location line="+10"/>
        <location filename="../app/cli/cli_interest.cpp" line="+18"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location filename="../app/cli/cli_payment.cpp" line="+22"/>
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
        <location filename="../app/cli/cli_bookkeeping.cpp" line="-156"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-153"/>
        <location filename="../app/cli/cli_payment.cpp" line="+3"/>
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
        <location filename="../app/cli/main.cpp" line="+66"/>
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
    <message numerus="yes">
        <location filename="../app/cli/cli_payments_import.cpp" line="-285"/>
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
        <location line="+7"/>
        <location line="+152"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+146"/>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+171"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+169"/>
        <location line="+44"/>
        <source>Bokfört</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="-212"/>
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
        <location line="+31"/>
        <source>ID: &quot;%1&quot; ska vara ett nummer ur listan</source>
        <translation>ID: &quot;%1&quot; must be a number from the list</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <location line="+18"/>
        <location line="+26"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-109"/>
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
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-142"/>
        <location line="+74"/>
        <location line="+44"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Ränta %</source>
        <translation>Interest %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Ränta</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+44"/>
        <source>Referensränta %</source>
        <translation>Reference rate %</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Dröjsmålsränta %</source>
        <translation>Late-payment interest %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Bekräftad</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+3"/>
        <location line="+44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
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
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-314"/>
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
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <source>bokföringsdatum from</source>
        <translation>posting date from</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>rutin eller intervall</source>
        <translation>routine or range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodatum from</source>
        <translation>due date from</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>Sie4Writer</name>
    <message>
        <location filename="../core/formats/sie4.cpp" line="+152"/>
        <source>SIE-filen gäller företag %1 men verifikation %2 gäller företag %3.</source>
        <translation>The SIE file is for company %1 but voucher %2 is for company %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verifikation %1 balanserar inte (summa %2).</source>
        <translation>Voucher %1 does not balance (total %2).</translation>
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
        <location line="+79"/>
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
    <name>rsk::ui::CreditNoteScreen</name>
    <message>
        <location filename="../ui/screens/creditnotescreen.cpp" line="+84"/>
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
        <translation>Case officer on printout:</translation>
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
    <name>rsk::ui::DunningCodesScreen</name>
    <message>
        <location filename="../ui/screens/dunningcodesscreen.cpp" line="+44"/>
        <source>Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid anstånd (handbok 7.3). X = gäller inte fordringar med koden. Enter på en rad ändrar den, Enter i formuläret sparar.</source>
        <translation>Dunning codes stop dunning for a claim, e.g. during a deferral (handbook 7.3). X = does not apply to claims with the code. Enter on a row edits it, Enter in the form saves.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+59"/>
        <source>Ej faktura</source>
        <translation>No invoice</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location line="+1"/>
        <location line="+63"/>
        <source>Ej restkrav</source>
        <translation>No resid. dem.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+91"/>
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
        <translation>Charge accrued interest to the claim</translation>
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
        <translation>Charged to claim</translation>
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
        <translation>Case officer:</translation>
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
        <location filename="../ui/screens/dunningtextsscreen.cpp" line="+61"/>
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
        <source>&amp;Slag:</source>
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
        <location line="+38"/>
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
        <translation>&amp;Reminders/collection demands/residual demands</translation>
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
        <location line="+2"/>
        <source>F&amp;lytta</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Flytta till &amp;faktura:</source>
        <translation>Move &amp;to invoice:</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+8"/>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Läs in</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provkörning (visa vad som skulle hända, ändra ingenting)</source>
        <translation>Dry &amp;run (show what would happen, change nothing)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
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
        <location line="+7"/>
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
        <location line="+76"/>
        <source>Bokföres ej</source>
        <translation>Not posted</translation>
    </message>
    <message>
        <location line="-75"/>
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
        <location line="+36"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <translation>P – reminder fee charged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K – uppdebiterad kravavgift</source>
        <translation>K – collection fee charged</translation>
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
        <location line="+92"/>
        <source>Nytt inbetalningssätt</source>
        <translation>New payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra inbetalningssätt %1</source>
        <translation>Change payment method %1</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+1"/>
        <source>&amp;Kontering (avräkningskonto)</source>
        <translation>&amp;Account coding (clearing account)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;Inkassobolagens giro</source>
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
    <name>rsk::ui::ReferenceRateScreen</name>
    <message>
        <location filename="../ui/screens/referenceratescreen.cpp" line="+67"/>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referensränta %</source>
        <translation>Reference rate %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta %</source>
        <translation>Late-payment interest %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+44"/>
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
        <location line="+67"/>
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
        <location line="+2"/>
        <source>&amp;Placera</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Placera på &amp;faktura:</source>
        <translation>Place &amp;on invoice:</translation>
    </message>
    <message>
        <location line="+2"/>
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
</TS>
