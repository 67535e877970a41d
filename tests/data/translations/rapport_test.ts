<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A tiny test translation ("xx"): each context and source text is copied from what lupdate
     writes into resources/translations/rapport_en.ts, so a core string whose runtime context
     differs from lupdate's is not found and the translation test fails. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>the client&apos;s name is required</source>
        <translation>der Name des Klienten fehlt</translation>
    </message>
</context>
<context>
    <name>ChannelAdvisor</name>
    <message>
        <source>The client agreed to texts.</source>
        <translation>Der Klient hat SMS zugestimmt.</translation>
    </message>
</context>
<context>
    <name>ConsentChain</name>
    <message>
        <source>event %1 was changed after it was recorded (its hash does not match)</source>
        <translation>Ereignis %1 wurde nach der Aufzeichnung geändert (sein Hash stimmt nicht)</translation>
    </message>
</context>
</TS>
