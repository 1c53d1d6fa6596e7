<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountSettings</name>
    <message>
        <location filename="../core/bookkeeping/accounts.cpp" line="+136"/>
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
        <location line="+40"/>
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
    <name>BookingOrderDocument</name>
    <message>
        <location filename="../render/bookingorderdocument.cpp" line="+50"/>
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
        <location line="+27"/>
        <source>PDF-filen %1 kan inte skrivas: %2</source>
        <translation>PDF-filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bokföringsorder</source>
        <translation>Bokföringsorder</translation>
    </message>
</context>
<context>
    <name>BookingRun</name>
    <message>
        <location filename="../core/bookkeeping/bookingrun.cpp" line="+211"/>
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
        <location line="+77"/>
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
        <location line="+104"/>
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
        <source>Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget bokfördes.</source>
        <translation>Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget bokfördes.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>En transaktion bokfördes av någon annan under körningen. Inget bokfördes; kör igen.</source>
        <translation>En transaktion bokfördes av någon annan under körningen. Inget bokfördes; kör igen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bokföringsorder %1: %2 händelser, %3 kr</source>
        <translation>Bokföringsorder %1: %2 händelser, %3 kr</translation>
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
    <name>CreditNoteDocument</name>
    <message>
        <location filename="../render/creditnotedocument.cpp" line="+80"/>
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
        <location line="+61"/>
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <location filename="../core/payments/creditnote.cpp" line="+63"/>
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
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+50"/>
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
        <location filename="../core/demo/demogenerator.cpp" line="+131"/>
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
        <location line="+28"/>
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
    <name>DunningParameters</name>
    <message>
        <location filename="../core/dunning/dunningparameters.cpp" line="+67"/>
        <source>Kravparametrar: blankettypen &quot;%1&quot; finns inte (%2).</source>
        <translation>Kravparametrar: blankettypen &quot;%1&quot; finns inte (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../core/ledger/invoiceregistration.cpp" line="+35"/>
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
    <name>PaymentForecast</name>
    <message>
        <location filename="../core/reports/paymentforecast.cpp" line="+54"/>
        <source>Företag: tom %1 ligger före from %2.</source>
        <translation>Företag: tom %1 ligger före from %2.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../core/payments/paymentimport.cpp" line="+89"/>
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
        <location line="+59"/>
        <source>mottagarbankgiro %1 tillhör inget företag i reskontran</source>
        <translation>mottagarbankgiro %1 tillhör inget företag i reskontran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mottagarplusgiro %1 tillhör inget företag i reskontran</source>
        <translation>mottagarplusgiro %1 tillhör inget företag i reskontran</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+31"/>
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
    <name>PaymentRegistration</name>
    <message>
        <location filename="../core/payments/paymentregistration.cpp" line="+121"/>
        <source>Företag saknas.</source>
        <translation>Företag saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
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
        <location line="+44"/>
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
        <location filename="../core/reports/paymentsearch.cpp" line="+68"/>
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
    <name>ReportPrint</name>
    <message>
        <location filename="../render/reportprint.cpp" line="+69"/>
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
        <location line="+24"/>
        <source>Import från %1</source>
        <translation>Import från %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="+93"/>
        <location line="+96"/>
        <location filename="../app/cli/cli_reports.cpp" line="+246"/>
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
        <location filename="../app/cli/cli_payments_import.cpp" line="-146"/>
        <location line="+56"/>
        <location line="+86"/>
        <location line="+49"/>
        <location line="+44"/>
        <location line="+22"/>
        <source>Belopp</source>
        <translation>Belopp</translation>
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
        <location filename="../app/cli/cli_bookkeeping.cpp" line="+40"/>
        <source>Filen %1 kan inte skrivas: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
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
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+41"/>
        <source>reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).</source>
        <translation>reskontra-cli: provkörning: ingen SIE-fil skrevs (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../app/cli/cli_init.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location line="+176"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-69"/>
        <location line="+44"/>
        <location line="+21"/>
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
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+1"/>
        <location filename="../app/cli/cli_invoice.cpp" line="-181"/>
        <location filename="../app/cli/cli_payment.cpp" line="-4"/>
        <source>Fakturanummer</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="-148"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+1"/>
        <location line="+177"/>
        <source>Rutin</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_invoice.cpp" line="-176"/>
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
        <location line="+7"/>
        <location line="+45"/>
        <source>Kravkod</source>
        <translation>Kravkod</translation>
    </message>
    <message>
        <location line="-43"/>
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
        <location line="+3"/>
        <source>kravkod 1–9</source>
        <translation>kravkod 1–9</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../app/cli/cli_payments_import.cpp" line="-20"/>
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
        <location filename="../app/cli/cli_payments_import.cpp" line="-230"/>
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
        <location filename="../app/cli/cli_reports.cpp" line="+147"/>
        <source>sök på ett fält i taget, inte %1</source>
        <translation>sök på ett fält i taget, inte %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cli_payments_import.cpp" line="-8"/>
        <location line="+144"/>
        <location line="+47"/>
        <location line="+44"/>
        <location line="+20"/>
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
        <location filename="../app/cli/cli_dunning_setup.cpp" line="+219"/>
        <location line="+10"/>
        <location filename="../app/cli/cli_interest.cpp" line="+18"/>
        <location filename="../app/cli/cli_invoice.cpp" line="+6"/>
        <location filename="../app/cli/cli_payment.cpp" line="+22"/>
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
        <location filename="../app/cli/cli_bookkeeping.cpp" line="-156"/>
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-153"/>
        <location filename="../app/cli/cli_payment.cpp" line="+3"/>
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
        <location filename="../app/cli/main.cpp" line="+66"/>
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
    <message numerus="yes">
        <location filename="../app/cli/cli_payments_import.cpp" line="-285"/>
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
        <location line="+7"/>
        <location line="+152"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+146"/>
        <source>Referens</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+171"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>Faktura</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+169"/>
        <location line="+44"/>
        <source>Bokfört</source>
        <translation>Bokfört</translation>
    </message>
    <message>
        <location line="-212"/>
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
        <location line="+31"/>
        <source>ID: &quot;%1&quot; ska vara ett nummer ur listan</source>
        <translation>ID: &quot;%1&quot; ska vara ett nummer ur listan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <location line="+18"/>
        <location line="+26"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="-109"/>
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
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_interest.cpp" line="-142"/>
        <location line="+74"/>
        <location line="+44"/>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Till och med</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Dagar</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Ränta %</source>
        <translation>Ränta %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Ränta</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+44"/>
        <source>Referensränta %</source>
        <translation>Referensränta %</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Dröjsmålsränta %</source>
        <translation>Dröjsmålsränta %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Bekräftad</source>
        <translation>Bekräftad</translation>
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
        <location filename="../app/cli/cli_dunning_setup.cpp" line="-314"/>
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
        <source>Kan inte skriva %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rader</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <source>bokföringsdatum from</source>
        <translation>bokföringsdatum from</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>rutin eller intervall</source>
        <translation>rutin eller intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>förfallodatum from</source>
        <translation>förfallodatum from</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>Sie4Writer</name>
    <message>
        <location filename="../core/formats/sie4.cpp" line="+152"/>
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
    <name>rsk::ui::CreditNoteScreen</name>
    <message>
        <location filename="../ui/screens/creditnotescreen.cpp" line="+84"/>
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
    <name>rsk::ui::DunningCodesScreen</name>
    <message>
        <location filename="../ui/screens/dunningcodesscreen.cpp" line="+44"/>
        <source>Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid anstånd (handbok 7.3). X = gäller inte fordringar med koden. Enter på en rad ändrar den, Enter i formuläret sparar.</source>
        <translation>Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid anstånd (handbok 7.3). X = gäller inte fordringar med koden. Enter på en rad ändrar den, Enter i formuläret sparar.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+59"/>
        <source>Ej faktura</source>
        <translation>Ej faktura</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location line="+1"/>
        <location line="+63"/>
        <source>Ej restkrav</source>
        <translation>Ej restkrav</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+91"/>
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
        <location filename="../ui/screens/dunningtextsscreen.cpp" line="+61"/>
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
        <source>&amp;Slag:</source>
        <translation>&amp;Slag:</translation>
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
        <location line="+38"/>
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
        <location line="+2"/>
        <source>F&amp;lytta</source>
        <translation>F&amp;lytta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Flytta till &amp;faktura:</source>
        <translation>Flytta till &amp;faktura:</translation>
    </message>
    <message>
        <location line="+2"/>
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
            <numerusform>%n överbetalning(ar).</numerusform>
            <numerusform>%n överbetalning(ar).</numerusform>
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
        <location line="+8"/>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Läs in</source>
        <translation>&amp;Läs in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provkörning (visa vad som skulle hända, ändra ingenting)</source>
        <translation>&amp;Provkörning (visa vad som skulle hända, ändra ingenting)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
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
            <numerusform>%n betalning(ar) utan anmärkning.</numerusform>
            <numerusform>%n betalning(ar) utan anmärkning.</numerusform>
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
        <location line="+7"/>
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
        <location line="+76"/>
        <source>Bokföres ej</source>
        <translation>Bokföres ej</translation>
    </message>
    <message>
        <location line="-75"/>
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
        <location line="+36"/>
        <source>Ingen reskontra är öppen.</source>
        <translation>Ingen reskontra är öppen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+92"/>
        <source>Nytt inbetalningssätt</source>
        <translation>Nytt inbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra inbetalningssätt %1</source>
        <translation>Ändra inbetalningssätt %1</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+1"/>
        <source>&amp;Kontering (avräkningskonto)</source>
        <translation>&amp;Kontering (avräkningskonto)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;Inkassobolagens giro</source>
        <translation>&amp;Inkassobolagens giro</translation>
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
    <name>rsk::ui::ReferenceRateScreen</name>
    <message>
        <location filename="../ui/screens/referenceratescreen.cpp" line="+67"/>
        <source>Från datum</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referensränta %</source>
        <translation>Referensränta %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dröjsmålsränta %</source>
        <translation>Dröjsmålsränta %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Källa</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+44"/>
        <source>Varning: %n rad(er) är OVERIFIERADE (källan är inte bekräftad). Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</source>
        <translation>
            <numerusform>Varning: %n rad(er) är OVERIFIERADE (källan är inte bekräftad). Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</numerusform>
            <numerusform>Varning: %n rad(er) är OVERIFIERADE (källan är inte bekräftad). Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.</numerusform>
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
        <location line="+67"/>
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
        <location line="+2"/>
        <source>&amp;Placera</source>
        <translation>&amp;Placera</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Placera på &amp;faktura:</source>
        <translation>Placera på &amp;faktura:</translation>
    </message>
    <message>
        <location line="+2"/>
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
            <numerusform>%n betalning(ar).</numerusform>
            <numerusform>%n betalning(ar).</numerusform>
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
</TS>
