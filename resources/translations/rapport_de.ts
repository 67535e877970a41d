<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Analysis</name>
    <message>
        <source>the built-in lexicon</source>
        <translation>eingebaute Wortliste</translation>
    </message>
    <message>
        <source>the practice&apos;s own words (Settings, Lexicon)</source>
        <translation>eigene Wörter der Praxis (Einstellungen, Wortliste)</translation>
    </message>
    <message>
        <source>the medical vocabulary (a word no everyday dictionary lists)</source>
        <translation>medizinisches Vokabular (ein Wort, das kein Alltagswörterbuch kennt)</translation>
    </message>
    <message>
        <source>a body part next to a symptom</source>
        <translation>Körperteil neben einem Symptom</translation>
    </message>
    <message>
        <source>a charge or fee in the same sentence as a cancelled, missed or late session</source>
        <translation>Gebühr im selben Satz wie eine abgesagte, versäumte oder verspätete Sitzung</translation>
    </message>
    <message>
        <source>the name of a booked service (the words inside it are not clinical)</source>
        <translation>Name einer gebuchten Leistung (die Wörter darin sind nicht klinisch)</translation>
    </message>
    <message>
        <source>an amount of money followed by &quot;off&quot;</source>
        <translation>Geldbetrag, gefolgt von „off“</translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>an offer&apos;s price, or something free</source>
        <translation>Preis eines Angebots oder etwas Kostenloses</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>the shape and check digit of an Australian Medicare number</source>
        <translation>Aufbau und Prüfziffer einer australischen Medicare-Nummer</translation>
    </message>
    <message>
        <source>the shape and check letter of an Irish PPS number</source>
        <translation>Aufbau und Prüfbuchstabe einer irischen PPS-Nummer</translation>
    </message>
    <message>
        <source>13 to 19 digits that pass the card check (Luhn)</source>
        <translation>13 bis 19 Ziffern, die die Kartenprüfung (Luhn) bestehen</translation>
    </message>
    <message>
        <source>10 digits that pass the NHS and CHI number check (modulus 11)</source>
        <translation>10 Ziffern, die die Prüfung für NHS- und CHI-Nummern (Modulo 11) bestehen</translation>
    </message>
    <message>
        <source>the shape of a US Social Security number</source>
        <translation>Aufbau einer US-Sozialversicherungsnummer (SSN)</translation>
    </message>
    <message>
        <source>a date introduced as a date of birth</source>
        <translation>Datum, das als Geburtsdatum eingeleitet wird</translation>
    </message>
    <message>
        <source>the shape and check digit of a German health insurance number</source>
        <translation>Form und Prüfziffer einer Krankenversichertennummer</translation>
    </message>
    <message>
        <source>the check digit and date of an Austrian social insurance number</source>
        <translation>Prüfziffer und Datum einer österreichischen Sozialversicherungsnummer</translation>
    </message>
    <message>
        <source>756 and the check digit of a Swiss AHV number</source>
        <translation>756 und die Prüfziffer einer Schweizer AHV-Nummer</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>no appointment with id %1</source>
        <translation>kein Termin mit der ID %1</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>erschienen</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Es gibt keinen Klienten mit der ID %1.</translation>
    </message>
    <message>
        <source>Client %1 was erased: they cannot be booked.</source>
        <translation>Klient %1 wurde gelöscht: Für ihn kann kein Termin gebucht werden.</translation>
    </message>
    <message>
        <source>%1 is archived: unarchive them to book an appointment.</source>
        <translation>%1 ist archiviert: Holen Sie den Klienten aus dem Archiv, um einen Termin zu buchen.</translation>
    </message>
    <message>
        <source>The start is not a valid time.</source>
        <translation>Der Beginn ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>An appointment needs a start time.</source>
        <translation>Ein Termin braucht eine Anfangszeit.</translation>
    </message>
    <message>
        <source>Give the end or the length, not both.</source>
        <translation>Geben Sie das Ende oder die Dauer an, nicht beides.</translation>
    </message>
    <message>
        <source>The end is not a valid time.</source>
        <translation>Das Ende ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The length must be between 1 and %1 minutes, not %2.</source>
        <translation>Die Dauer muss zwischen 1 und %1 Minuten liegen, nicht %2.</translation>
    </message>
    <message>
        <source>The end (%1) must be after the start (%2).</source>
        <translation>Das Ende (%1) muss nach dem Beginn (%2) liegen.</translation>
    </message>
    <message>
        <source>An appointment lasts at most a day; this one ends %1.</source>
        <translation>Ein Termin dauert höchstens einen Tag; dieser endet am %1.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2: only a booked appointment can be moved.</source>
        <translation>Termin %1 hat den Status „%2“: Nur ein gebuchter Termin kann verschoben werden.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2 and cannot become %3.</source>
        <translation>Termin %1 hat den Status „%2“ und kann nicht auf „%3“ gesetzt werden.</translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation>Der Tag ist kein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>AutoReply</name>
    <message>
        <source>The practice</source>
        <translation>Die Praxis</translation>
    </message>
    <message>
        <source>Thanks for your message. I&apos;ll reply when I&apos;m next in.</source>
        <translation>Vielen Dank für Ihre Nachricht. Ich antworte Ihnen, sobald ich wieder in der Praxis bin.</translation>
    </message>
    <message>
        <source>Thanks for your message. %1 is open %2; I&apos;ll reply when I&apos;m next in.</source>
        <translation>Vielen Dank für Ihre Nachricht. %1 ist %2 geöffnet; ich antworte Ihnen, sobald ich wieder in der Praxis bin.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private (mode 0600)</source>
        <translation>%1 kann nicht privat gemacht werden (Modus 0600)</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a usable Rapport backup: %2</source>
        <translation>%1 ist keine verwendbare Rapport-Sicherung: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>sie gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>it was made by a newer version of Rapport (schema %1, this one knows %2)</source>
        <translation>sie wurde mit einer neueren Version von Rapport erstellt (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <source>it holds no Rapport schema</source>
        <translation>sie enthält kein Rapport-Schema</translation>
    </message>
    <message>
        <source>no backup file was given</source>
        <translation>es wurde keine Sicherungsdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is the live database: a backup must go to another file</source>
        <translation>%1 ist die laufende Datenbank: Eine Sicherung muss in eine andere Datei gehen</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the backup</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen für die Sicherung an</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot back up the database to %1: %2</source>
        <translation>die Datenbank kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>the backup copy failed its check: %1</source>
        <translation>die Sicherungskopie hat ihre Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>%1 is the live database itself</source>
        <translation>%1 ist die laufende Datenbank selbst</translation>
    </message>
    <message>
        <source>the practice %1 is still in use by a background task of Rapport; wait for it to finish and restore again</source>
        <translation>die Praxis %1 wird noch von einer Hintergrundaufgabe von Rapport verwendet; warten Sie, bis sie fertig ist, und stellen Sie dann erneut wieder her</translation>
    </message>
    <message>
        <source>another program has the practice %1 open (a second Rapport window, rapport-cli or a script): close it, then restore again; nothing was changed</source>
        <translation>ein anderes Programm hat die Praxis %1 geöffnet (ein zweites Rapport-Fenster, rapport-cli oder ein Skript): Schließen Sie es und stellen Sie dann erneut wieder her; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation>%1 kann nicht neben %2 kopiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 was not restored: its consent ledger does not verify: event %2: %3</source>
        <translation>%1 wurde nicht wiederhergestellt: Sein Einwilligungsprotokoll besteht die Prüfung nicht: Ereignis %2: %3</translation>
    </message>
    <message>
        <source>cannot keep a copy of the current practice before restoring: %1</source>
        <translation>vor dem Wiederherstellen kann keine Kopie der aktuellen Praxis angelegt werden: %1</translation>
    </message>
    <message>
        <source>another program opened the practice %1 meanwhile: close it, then restore again; nothing was changed</source>
        <translation>ein anderes Programm hat die Praxis %1 inzwischen geöffnet: Schließen Sie es und stellen Sie dann erneut wieder her; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the restored ledger does not verify at event %1: %2; the previous practice is in %3</source>
        <translation>das wiederhergestellte Protokoll besteht die Prüfung bei Ereignis %1 nicht: %2; die vorherige Praxis liegt in %3</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: Rapport does not replace a server&apos;s practice in place; put a backup file into an empty database with &apos;rapport-cli --db FILE migrate-to URL&apos;, or restore the server&apos;s own backup with pg_restore</source>
        <translation>%1 ist eine PostgreSQL-Datenbank: Rapport ersetzt die Praxis eines Servers nicht an Ort und Stelle; spielen Sie eine Sicherungsdatei mit „rapport-cli --db DATEI migrate-to URL“ in eine leere Datenbank ein oder stellen Sie die Sicherung des Servers mit pg_restore wieder her</translation>
    </message>
</context>
<context>
    <name>CalendarImportService</name>
    <message>
        <source>line %1: event &apos;%2&apos; appears twice in the file (same UID and recurrence)</source>
        <translation>Zeile %1: Das Ereignis „%2“ kommt zweimal in der Datei vor (gleiche UID und Wiederholung)</translation>
    </message>
    <message>
        <source>all-day event: not an appointment</source>
        <translation>ganztägiges Ereignis: kein Termin</translation>
    </message>
    <message>
        <source>line %1: event &apos;%2&apos; lasts longer than a day</source>
        <translation>Zeile %1: Das Ereignis „%2“ dauert länger als einen Tag</translation>
    </message>
    <message>
        <source>cancelled in the calendar before it was imported</source>
        <translation>im Kalender abgesagt, bevor es importiert wurde</translation>
    </message>
    <message>
        <source>cancelled in the calendar</source>
        <translation>im Kalender abgesagt</translation>
    </message>
    <message>
        <source>no client matches</source>
        <translation>kein Klient passt</translation>
    </message>
    <message>
        <source>several clients match: %1</source>
        <translation>mehrere Klienten passen: %1</translation>
    </message>
    <message>
        <source>no longer in the calendar</source>
        <translation>nicht mehr im Kalender</translation>
    </message>
    <message>
        <source>event %1 of the plan is not one to match</source>
        <translation>Ereignis %1 des Plans ist keines, das zugeordnet werden kann</translation>
    </message>
    <message>
        <source>choose a client</source>
        <translation>wählen Sie einen Klienten</translation>
    </message>
    <message>
        <source>client %1 is archived or erased and cannot be booked</source>
        <translation>Klient %1 ist archiviert oder gelöscht; für ihn kann kein Termin gebucht werden</translation>
    </message>
    <message>
        <source>no unmatched calendar event with UID %1 (import the calendar first)</source>
        <translation>kein nicht zugeordnetes Kalenderereignis mit der UID %1 (importieren Sie zuerst den Kalender)</translation>
    </message>
    <message>
        <source>UID %1 is in several calendars (%2): name one with --calendar</source>
        <translation>die UID %1 kommt in mehreren Kalendern vor (%2): Geben Sie einen mit --calendar an</translation>
    </message>
    <message>
        <source> at </source>
        <translation> um </translation>
    </message>
    <message>
        <source>Hi %1, your appointment on %2 has moved to %3.</source>
        <translation>Hallo %1, Ihr Termin am %2 wurde auf %3 verschoben.</translation>
    </message>
</context>
<context>
    <name>CalendarReader</name>
    <message>
        <source>line %1: event without a summary or UID: %2</source>
        <translation>Zeile %1: Ereignis ohne Zusammenfassung oder UID: %2</translation>
    </message>
    <message>
        <source>line %1: event &apos;%2&apos;: %3</source>
        <translation>Zeile %1: Ereignis „%2“: %3</translation>
    </message>
    <message>
        <source>the calendar file is empty</source>
        <translation>die Kalenderdatei ist leer</translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL byte; it is not a calendar text file</source>
        <translation>Zeile %1: Die Datei enthält ein NUL-Byte; sie ist keine Kalender-Textdatei</translation>
    </message>
    <message>
        <source>line %1: this is not a calendar file: it starts with &apos;%2&apos; where BEGIN:VCALENDAR was expected</source>
        <translation>Zeile %1: Dies ist keine Kalenderdatei: Sie beginnt mit „%2“, wo BEGIN:VCALENDAR erwartet wurde</translation>
    </message>
    <message>
        <source>an event begins at line %1 before this one ends (END:VEVENT is missing)</source>
        <translation>in Zeile %1 beginnt ein Ereignis, bevor dieses endet (END:VEVENT fehlt)</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN:%1 before it</source>
        <translation>END:%1 ohne vorangehendes BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (for the BEGIN:%2 at line %3)</source>
        <translation>END:%1, wo END:%2 erwartet wurde (für das BEGIN:%2 in Zeile %3)</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed by END:%1</source>
        <translation>BEGIN:%1 wird nie durch END:%1 geschlossen</translation>
    </message>
    <message>
        <source>a line that is neither a property nor folded into the line before (broken line folding?): &apos;%1&apos;</source>
        <translation>eine Zeile, die weder eine Eigenschaft ist noch in die vorherige Zeile umbrochen wurde (fehlerhafter Zeilenumbruch?): „%1“</translation>
    </message>
    <message>
        <source>the value of %1 cannot be read: &apos;%2&apos;</source>
        <translation>der Wert von %1 kann nicht gelesen werden: „%2“</translation>
    </message>
    <message>
        <source>a line libical cannot read (%1): &apos;%2&apos;</source>
        <translation>eine Zeile, die libical nicht lesen kann (%1): „%2“</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time</source>
        <translation>%1 ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1 uses the time zone &apos;%2&apos;, which the file does not define (no VTIMEZONE) and which is not a known zone name</source>
        <translation>%1 verwendet die Zeitzone „%2“, die in der Datei nicht definiert ist (kein VTIMEZONE) und kein bekannter Zeitzonenname ist</translation>
    </message>
    <message>
        <source>no UID, so a later import of the same calendar could not find it</source>
        <translation>keine UID, daher könnte ein späterer Import desselben Kalenders das Ereignis nicht wiederfinden</translation>
    </message>
    <message>
        <source>no start time (DTSTART)</source>
        <translation>keine Anfangszeit (DTSTART)</translation>
    </message>
    <message>
        <source>it ends (DTEND) before it starts (DTSTART)</source>
        <translation>es endet (DTEND), bevor es beginnt (DTSTART)</translation>
    </message>
    <message>
        <source>its DURATION is negative</source>
        <translation>seine DURATION ist negativ</translation>
    </message>
    <message>
        <source>more than %1 occurrences between %2 and %3 (a repeat rule without an end?)</source>
        <translation>mehr als %1 Vorkommen zwischen %2 und %3 (eine Wiederholungsregel ohne Ende?)</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be expanded: %1</source>
        <translation>seine Wiederholungsregel (RRULE) kann nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) repeats more than %1 times before %2</source>
        <translation>seine Wiederholungsregel (RRULE) wiederholt sich vor %2 mehr als %1-mal</translation>
    </message>
    <message>
        <source>the calendar window is empty: it must start before it ends</source>
        <translation>das Kalenderfenster ist leer: Es muss beginnen, bevor es endet</translation>
    </message>
    <message>
        <source>the calendar file is larger than %1 MB</source>
        <translation>die Kalenderdatei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>this is not a calendar file: it holds no VCALENDAR</source>
        <translation>dies ist keine Kalenderdatei: Sie enthält kein VCALENDAR</translation>
    </message>
    <message>
        <source>a second change to the occurrence of %1 (the first is at line %2)</source>
        <translation>eine zweite Änderung am Vorkommen von %1 (die erste steht in Zeile %2)</translation>
    </message>
    <message>
        <source>the same UID as the event at line %1</source>
        <translation>dieselbe UID wie das Ereignis in Zeile %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>ChannelAdvisor</name>
    <message>
        <source>It is %1 where you work: outside your hours (%2).</source>
        <translation>Bei Ihnen ist es %1: außerhalb Ihrer Sprechzeiten (%2).</translation>
    </message>
    <message>
        <source>no hours set</source>
        <translation>keine Sprechzeiten festgelegt</translation>
    </message>
    <message>
        <source>%1 is in your time off.</source>
        <translation>%1 fällt in Ihre Abwesenheit.</translation>
    </message>
    <message>
        <source>It is %1 for the client: inside their quiet hours (%2).</source>
        <translation>Beim Klienten ist es %1: innerhalb seiner Ruhezeiten (%2).</translation>
    </message>
    <message>
        <source>No time in the next year is inside your hours, outside your time off and outside the client&apos;s quiet hours: check your settings.</source>
        <translation>Im nächsten Jahr liegt kein Zeitpunkt innerhalb Ihrer Sprechzeiten, außerhalb Ihrer Abwesenheit und außerhalb der Ruhezeiten des Klienten: Prüfen Sie Ihre Einstellungen.</translation>
    </message>
    <message>
        <source>There is no phone number on file to text.</source>
        <translation>Es ist keine Telefonnummer hinterlegt, an die eine SMS gehen kann.</translation>
    </message>
    <message>
        <source>None of the client&apos;s numbers is a mobile: a landline cannot take texts.</source>
        <translation>Keine der Nummern des Klienten ist eine Mobilnummer: Ein Festnetzanschluss kann keine SMS empfangen.</translation>
    </message>
    <message>
        <source>The client asked not to be texted.</source>
        <translation>Der Klient möchte keine SMS erhalten.</translation>
    </message>
    <message>
        <source>The client asked not to be emailed.</source>
        <translation>Der Klient möchte keine E-Mails erhalten.</translation>
    </message>
    <message>
        <source>The client asked not to be phoned.</source>
        <translation>Der Klient möchte nicht angerufen werden.</translation>
    </message>
    <message>
        <source>The client withdrew consent to texts.</source>
        <translation>Der Klient hat seine Einwilligung in SMS widerrufen.</translation>
    </message>
    <message>
        <source>The client withdrew consent to emails.</source>
        <translation>Der Klient hat seine Einwilligung in E-Mails widerrufen.</translation>
    </message>
    <message>
        <source>The client withdrew consent to calls.</source>
        <translation>Der Klient hat seine Einwilligung in Anrufe widerrufen.</translation>
    </message>
    <message>
        <source>The client refused texts.</source>
        <translation>Der Klient hat SMS abgelehnt.</translation>
    </message>
    <message>
        <source>The client refused emails.</source>
        <translation>Der Klient hat E-Mails abgelehnt.</translation>
    </message>
    <message>
        <source>The client refused calls.</source>
        <translation>Der Klient hat Anrufe abgelehnt.</translation>
    </message>
    <message>
        <source>The client has not agreed to offers or news by text.</source>
        <translation>Der Klient hat Angeboten oder Neuigkeiten per SMS nicht zugestimmt.</translation>
    </message>
    <message>
        <source>The client has not agreed to offers or news by email.</source>
        <translation>Der Klient hat Angeboten oder Neuigkeiten per E-Mail nicht zugestimmt.</translation>
    </message>
    <message>
        <source>The client has not agreed to offers or news by phone.</source>
        <translation>Der Klient hat Angeboten oder Neuigkeiten per Anruf nicht zugestimmt.</translation>
    </message>
    <message>
        <source>The client agreed to texts.</source>
        <translation>Der Klient hat in SMS eingewilligt.</translation>
    </message>
    <message>
        <source>Texts were allowed in another system, with no record of how: confirm it with the client.</source>
        <translation>SMS waren in einem anderen System erlaubt, ohne Nachweis, wie die Einwilligung erteilt wurde: Bestätigen Sie sie mit dem Klienten.</translation>
    </message>
    <message>
        <source>The client texted you recently, so a reply by text is fine.</source>
        <translation>Der Klient hat Ihnen kürzlich eine SMS geschrieben, daher ist eine Antwort per SMS in Ordnung.</translation>
    </message>
    <message>
        <source>The client has not agreed to texts.</source>
        <translation>Der Klient hat nicht in SMS eingewilligt.</translation>
    </message>
    <message>
        <source>This message mentions the client&apos;s health or treatment: not by text.</source>
        <translation>Diese Nachricht erwähnt die Gesundheit oder Behandlung des Klienten: nicht per SMS.</translation>
    </message>
    <message>
        <source>This message mentions the client&apos;s health or treatment: email is not private enough.</source>
        <translation>Diese Nachricht erwähnt die Gesundheit oder Behandlung des Klienten: Eine E-Mail ist dafür nicht vertraulich genug.</translation>
    </message>
    <message>
        <source>The client was told the risk and still wants health matters by text.</source>
        <translation>Der Klient wurde über das Risiko informiert und möchte Gesundheitsthemen trotzdem per SMS.</translation>
    </message>
    <message>
        <source>The client was told the risk and still wants health matters by email.</source>
        <translation>Der Klient wurde über das Risiko informiert und möchte Gesundheitsthemen trotzdem per E-Mail.</translation>
    </message>
    <message>
        <source>This message is too long for a text.</source>
        <translation>Diese Nachricht ist für eine SMS zu lang.</translation>
    </message>
    <message>
        <source>This is a delicate matter: a call or a word in person is kinder.</source>
        <translation>Dies ist ein heikles Thema: Ein Anruf oder ein persönliches Wort ist einfühlsamer.</translation>
    </message>
    <message>
        <source>There is no email address on file.</source>
        <translation>Es ist keine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <source>The client gave you this email address.</source>
        <translation>Der Klient hat Ihnen diese E-Mail-Adresse gegeben.</translation>
    </message>
    <message>
        <source>There is no phone number on file.</source>
        <translation>Es ist keine Telefonnummer hinterlegt.</translation>
    </message>
    <message>
        <source>If you reach voicemail, leave only your name and number, no details.</source>
        <translation>Wenn Sie die Mailbox erreichen, hinterlassen Sie nur Ihren Namen und Ihre Nummer, keine Einzelheiten.</translation>
    </message>
    <message>
        <source>The client asked for no voicemail: if they do not answer, hang up.</source>
        <translation>Der Klient möchte keine Nachrichten auf der Mailbox: Wenn er nicht abnimmt, legen Sie auf.</translation>
    </message>
    <message>
        <source>The client&apos;s next appointment is soon: raise it then.</source>
        <translation>Der nächste Termin des Klienten ist bald: Sprechen Sie es dann an.</translation>
    </message>
    <message>
        <source>The client prefers this way.</source>
        <translation>Der Klient bevorzugt diesen Kontaktweg.</translation>
    </message>
    <message>
        <source>This message is long: email suits it better than a text.</source>
        <translation>Diese Nachricht ist lang: Eine E-Mail passt besser als eine SMS.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>no client with id %1</source>
        <translation>kein Klient mit der ID %1</translation>
    </message>
    <message>
        <source>client %1 was erased and cannot be changed</source>
        <translation>Klient %1 wurde gelöscht und kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ClientListReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>die Datei enthält keine vCard</translation>
    </message>
    <message>
        <source>the file has a header line but no client rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Klientenzeilen</translation>
    </message>
    <message>
        <source>line %1: the row has %2 fields but the header has %3</source>
        <translation>Zeile %1: Die Zeile hat %2 Felder, die Kopfzeile aber %3</translation>
    </message>
    <message>
        <source>line 1: no column of the header was recognised as a name, phone or email (%1)</source>
        <translation>Zeile 1: Keine Spalte der Kopfzeile wurde als Name, Telefon oder E-Mail erkannt (%1)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>invalid email &apos;%1&apos;</source>
        <translation>ungültige E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>an empty email address was given</source>
        <translation>es wurde eine leere E-Mail-Adresse angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the client&apos;s name is required</source>
        <translation>der Name des Klienten ist erforderlich</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quiet-hours range (write HH:MM-HH:MM, e.g. 21:00-08:00)</source>
        <translation>„%1“ ist kein Ruhezeiten-Bereich (schreiben Sie HH:MM-HH:MM, z. B. 21:00-08:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (use sms, email, phone or in_person)</source>
        <translation>„%1“ ist kein Kontaktweg (verwenden Sie sms, email, phone oder in_person)</translation>
    </message>
    <message>
        <source>client %1 was erased and cannot be changed</source>
        <translation>Klient %1 wurde gelöscht und kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Telefon (%1)</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Telefon-Bezeichnung</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>E-Mail (%1)</translation>
    </message>
    <message>
        <source>Email label</source>
        <translation>E-Mail-Bezeichnung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Opt-in: %1 %2</source>
        <translation>Einwilligung: %1 %2</translation>
    </message>
    <message>
        <source>invalid email &apos;%1&apos;</source>
        <translation>ungültige E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>kein Vorname</translation>
    </message>
</context>
<context>
    <name>ComposerService</name>
    <message>
        <source>Client %1 was erased; there is no one to write to.</source>
        <translation>Klient %1 wurde gelöscht; es gibt niemanden, an den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Client %1 was erased; the hand-off cannot be logged.</source>
        <translation>Klient %1 wurde gelöscht; die Übergabe kann nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>%1; keeping the draft on this computer failed too: %2</source>
        <translation>%1; auch das Aufbewahren des Entwurfs auf diesem Computer ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>a consent event needs valid times</source>
        <translation>ein Einwilligungsereignis braucht gültige Zeiten</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Texted in</source>
        <translation>SMS erhalten</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>%1: consent granted</source>
        <translation>%1: Einwilligung erteilt</translation>
    </message>
    <message>
        <source>%1: no recorded consent, but the client texted within the conversation window (client-initiated)</source>
        <translation>%1: keine Einwilligung erfasst, aber der Klient hat innerhalb des Gesprächszeitraums eine SMS geschrieben (vom Klienten ausgehend)</translation>
    </message>
    <message>
        <source>%1: imported from another system, unverified: confirm it with the client</source>
        <translation>%1: aus einem anderen System importiert, unbestätigt: Bestätigen Sie sie mit dem Klienten</translation>
    </message>
    <message>
        <source>%1: consent withdrawn</source>
        <translation>%1: Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>%1: consent refused</source>
        <translation>%1: Einwilligung abgelehnt</translation>
    </message>
    <message>
        <source>%1: no consent recorded</source>
        <translation>%1: keine Einwilligung erfasst</translation>
    </message>
</context>
<context>
    <name>ConsentChain</name>
    <message>
        <source>event %1 is out of order (after event %2)</source>
        <translation>Ereignis %1 steht nicht in der richtigen Reihenfolge (nach Ereignis %2)</translation>
    </message>
    <message>
        <source>event %1 claims a previous event, but it is the first in the ledger</source>
        <translation>Ereignis %1 verweist auf ein vorheriges Ereignis, ist aber das erste im Protokoll</translation>
    </message>
    <message>
        <source>event %1 does not link to event %2: an event before it was changed, removed or inserted</source>
        <translation>Ereignis %1 ist nicht mit Ereignis %2 verkettet: Ein Ereignis davor wurde geändert, entfernt oder eingefügt</translation>
    </message>
    <message>
        <source>the note of event %1 was changed</source>
        <translation>die Notiz von Ereignis %1 wurde geändert</translation>
    </message>
    <message>
        <source>event %1 was changed after it was recorded (its hash does not match)</source>
        <translation>Ereignis %1 wurde nach seiner Erfassung geändert (sein Hash stimmt nicht überein)</translation>
    </message>
</context>
<context>
    <name>ConsentJsonExporter</name>
    <message>
        <source>writing the JSON failed: %1</source>
        <translation>das Schreiben der JSON-Datei ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConsentPdfExporter</name>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>imported (unverified)</source>
        <translation>importiert (unbestätigt)</translation>
    </message>
    <message>
        <source>Ledger chain head:</source>
        <translation>Ende der Prüfkette des Protokolls:</translation>
    </message>
    <message>
        <source>(empty ledger)</source>
        <translation>(leeres Protokoll)</translation>
    </message>
    <message>
        <source>Consent records: %1</source>
        <translation>Einwilligungsnachweise: %1</translation>
    </message>
    <message>
        <source>Generated %1 (%2).</source>
        <translation>Erstellt am %1 (%2).</translation>
    </message>
    <message>
        <source>Period: %1 to %2.</source>
        <translation>Zeitraum: %1 bis %2.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 clients, %2 consent events in this report; %3 events in the ledger.</source>
        <translation>%1 Klienten, %2 Einwilligungsereignisse in diesem Bericht; %3 Ereignisse im Einwilligungsprotokoll.</translation>
    </message>
    <message>
        <source>Each ledger event carries a SHA-256 hash over its content and the previous event&apos;s hash. The chain head below is the hash of the last event when this report was made; `rapport-cli consent verify` recomputes the chain and must end at the same value.</source>
        <translation>Jedes Ereignis im Einwilligungsprotokoll trägt einen SHA-256-Hash über seinen Inhalt und den Hash des vorherigen Ereignisses. Das Ende der Prüfkette unten ist der Hash des letzten Ereignisses bei Erstellung dieses Berichts; `rapport-cli consent verify` berechnet die Kette neu und muss beim selben Wert enden.</translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation>Ende der Prüfkette:</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>goes by %1</source>
        <translation>Rufname: %1</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <source>None on file.</source>
        <translation>Keine hinterlegt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1, set %2 by %3</source>
        <translation>%1, festgelegt am %2 von %3</translation>
    </message>
    <message>
        <source>Current consents</source>
        <translation>Aktuelle Einwilligungen</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>PDF export needs the graphical application object (QGuiApplication) for its fonts</source>
        <translation>Der PDF-Export benötigt für seine Schriftarten das grafische Anwendungsobjekt (QGuiApplication)</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>consent is recorded for sms, email or phone, not in person</source>
        <translation>Einwilligungen werden für SMS, E-Mail oder Anruf erfasst, nicht für den persönlichen Kontakt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent method (use one of: %2)</source>
        <translation>„%1“ ist keine Einwilligungsmethode (verwenden Sie eine von: %2)</translation>
    </message>
    <message>
        <source>the state imported goes with the method imported, and only with it</source>
        <translation>der Status „imported“ gehört zur Methode „imported“, und nur zu ihr</translation>
    </message>
    <message>
        <source>the time the consent took effect is not valid</source>
        <translation>der Zeitpunkt, zu dem die Einwilligung wirksam wurde, ist ungültig</translation>
    </message>
    <message>
        <source>client %1 was erased: no consent can be recorded for them</source>
        <translation>Klient %1 wurde gelöscht: Für ihn kann keine Einwilligung erfasst werden</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>the time of the contact is not valid</source>
        <translation>der Zeitpunkt des Kontakts ist ungültig</translation>
    </message>
    <message>
        <source>client %1 was erased: contacts cannot be logged</source>
        <translation>Klient %1 wurde gelöscht: Es können keine Kontakte eingetragen werden</translation>
    </message>
</context>
<context>
    <name>ContentAnalyser</name>
    <message>
        <source>Mentions the client&apos;s health or treatment.</source>
        <translation>Erwähnt die Gesundheit oder Behandlung des Klienten.</translation>
    </message>
    <message>
        <source>A personal identifier.</source>
        <translation>Eine persönliche Kennung.</translation>
    </message>
    <message>
        <source>A delicate subject, easier to hear than to read.</source>
        <translation>Ein heikles Thema, das man besser hört als liest.</translation>
    </message>
    <message>
        <source>Promotional wording: needs marketing consent.</source>
        <translation>Werbliche Formulierung: erfordert Einwilligung in Werbung.</translation>
    </message>
    <message>
        <source>About a booking or an appointment.</source>
        <translation>Zu einer Buchung oder einem Termin.</translation>
    </message>
    <message>
        <source>About payments, forms or practical matters.</source>
        <translation>Zu Zahlungen, Formularen oder praktischen Dingen.</translation>
    </message>
    <message>
        <source>Looks like a payment card number.</source>
        <translation>Sieht aus wie eine Zahlungskartennummer.</translation>
    </message>
    <message>
        <source>Looks like an NHS number.</source>
        <translation>Sieht aus wie eine NHS-Nummer.</translation>
    </message>
    <message>
        <source>Looks like a US Social Security number.</source>
        <translation>Sieht aus wie eine US-Sozialversicherungsnummer (SSN).</translation>
    </message>
    <message>
        <source>A date of birth.</source>
        <translation>Ein Geburtsdatum.</translation>
    </message>
    <message>
        <source>Looks like an Australian Medicare number.</source>
        <translation>Sieht aus wie eine australische Medicare-Nummer.</translation>
    </message>
    <message>
        <source>Looks like an Irish PPS number.</source>
        <translation>Sieht aus wie eine irische PPS-Nummer.</translation>
    </message>
    <message>
        <source>A medical word: mentions the client&apos;s health or treatment.</source>
        <translation>Ein medizinisches Wort: erwähnt die Gesundheit oder Behandlung des Klienten.</translation>
    </message>
    <message>
        <source>A charge for a cancelled, missed or late session: easier to hear than to read.</source>
        <translation>Eine Gebühr für eine abgesagte, versäumte oder verspätete Sitzung: besser zu hören als zu lesen.</translation>
    </message>
    <message>
        <source>Money off: promotional wording, needs marketing consent.</source>
        <translation>Preisnachlass: werbliche Formulierung, erfordert Einwilligung in Werbung.</translation>
    </message>
    <message>
        <source>A clock time: about a booking.</source>
        <translation>Eine Uhrzeit: zu einer Buchung.</translation>
    </message>
    <message>
        <source>An offer or a call to book: promotional wording, needs marketing consent.</source>
        <translation>Ein Angebot oder eine Aufforderung zum Buchen: werbliche Formulierung, erfordert Einwilligung in Werbung.</translation>
    </message>
    <message>
        <source>An amount of money: about a payment.</source>
        <translation>Ein Geldbetrag: zu einer Zahlung.</translation>
    </message>
    <message>
        <source>The name of the service booked: about a booking, not the client&apos;s health.</source>
        <translation>Der Name der gebuchten Leistung: zu einer Buchung, nicht zur Gesundheit des Klienten.</translation>
    </message>
    <message>
        <source>Looks like a German health insurance number.</source>
        <translation>Sieht aus wie eine Krankenversichertennummer.</translation>
    </message>
    <message>
        <source>Looks like an Austrian social insurance number.</source>
        <translation>Sieht aus wie eine österreichische Sozialversicherungsnummer.</translation>
    </message>
    <message>
        <source>Looks like a Swiss AHV number.</source>
        <translation>Sieht aus wie eine Schweizer AHV-Nummer.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>line %1: a record has more than %2 columns</source>
        <translation>Zeile %1: Ein Datensatz hat mehr als %2 Spalten</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (save the file as UTF-8 and try again)</source>
        <translation>Zeile %1: Der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8 und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL byte; it is not a CSV text file</source>
        <translation>Zeile %1: Die Datei enthält ein NUL-Byte; sie ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2</source>
        <translation>Zeile %1: Ein Feld ist länger als %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>writing the CSV failed: %1</source>
        <translation>das Schreiben der CSV-Datei ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>reading appointments</source>
        <translation>Lesen der Termine</translation>
    </message>
    <message>
        <source>saving an appointment</source>
        <translation>Speichern eines Termins</translation>
    </message>
    <message>
        <source>the new appointment got no id</source>
        <translation>der neue Termin hat keine ID erhalten</translation>
    </message>
    <message>
        <source>reading calendar matches</source>
        <translation>Lesen der Kalenderzuordnungen</translation>
    </message>
    <message>
        <source>saving calendar matches</source>
        <translation>Speichern der Kalenderzuordnungen</translation>
    </message>
    <message>
        <source>listing clients</source>
        <translation>Auflisten der Klienten</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Es gibt keinen Klienten mit der ID %1.</translation>
    </message>
    <message>
        <source>reading clients</source>
        <translation>Lesen der Klienten</translation>
    </message>
    <message>
        <source>saving a client</source>
        <translation>Speichern eines Klienten</translation>
    </message>
    <message>
        <source>the new client got no id</source>
        <translation>der neue Klient hat keine ID erhalten</translation>
    </message>
    <message>
        <source>erasing a client</source>
        <translation>Löschen eines Klienten</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>Neuaufbau des Suchindex</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>Lesen des Einwilligungsprotokolls</translation>
    </message>
    <message>
        <source>recording a consent event</source>
        <translation>Erfassen eines Einwilligungsereignisses</translation>
    </message>
    <message>
        <source>reading the contact log</source>
        <translation>Lesen des Kontaktprotokolls</translation>
    </message>
    <message>
        <source>saving a contact</source>
        <translation>Speichern eines Kontakts</translation>
    </message>
    <message>
        <source>reading the dashboard figures</source>
        <translation>Lesen der Zahlen für die Übersicht</translation>
    </message>
    <message>
        <source>cannot create the database file %1: %2</source>
        <translation>die Datenbankdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the database file %1: %2</source>
        <translation>die Datenbankdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (not an SQLite file, or damaged)</source>
        <translation>%1 ist keine Rapport-Datenbank (keine SQLite-Datei oder beschädigt)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another application, not a Rapport database</source>
        <translation>%1 ist eine SQLite-Datei einer anderen Anwendung, keine Rapport-Datenbank</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (schema %2; this version knows up to %3): update Rapport to open it</source>
        <translation>%1 wurde mit einer neueren Version von Rapport erstellt (Schema %2; diese Version kennt bis %3): Aktualisieren Sie Rapport, um sie zu öffnen</translation>
    </message>
    <message>
        <source>cannot read the database %1 (damaged, or not a database): %2</source>
        <translation>die Datenbank %1 kann nicht gelesen werden (beschädigt oder keine Datenbank): %2</translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation>die Datenbank kann nicht eingerichtet werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot copy into the database %1: not an SQLite connection</source>
        <translation>in die Datenbank %1 kann nicht kopiert werden: keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>cannot copy into the database %1: %2</source>
        <translation>in die Datenbank %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>another program kept the database busy</source>
        <translation>ein anderes Programm hat die Datenbank belegt</translation>
    </message>
    <message>
        <source>cannot reopen the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the database %1 has schema %2, this Rapport uses %3: restart Rapport</source>
        <translation>die Datenbank %1 hat Schema %2, dieses Rapport verwendet %3: Starten Sie Rapport neu</translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation>kein Datenbankpfad angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot write to the database %1 (%2): Rapport writes to this file whenever it opens it; check its permissions or copy it to a folder of yours</source>
        <translation>in die Datenbank %1 kann nicht geschrieben werden (%2): Rapport schreibt bei jedem Öffnen in diese Datei; prüfen Sie ihre Berechtigungen oder kopieren Sie sie in einen eigenen Ordner</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): the database needs its two working files (-wal and -shm) beside it; check the folder&apos;s permissions or copy the database to a folder of yours</source>
        <translation>im Ordner %1 kann nicht geschrieben werden (%2): Die Datenbank braucht ihre beiden Arbeitsdateien (-wal und -shm) neben sich; prüfen Sie die Berechtigungen des Ordners oder kopieren Sie die Datenbank in einen eigenen Ordner</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the database file %1 vanished while it was being opened</source>
        <translation>die Datenbankdatei %1 ist beim Öffnen verschwunden</translation>
    </message>
    <message>
        <source>cannot switch the database %1 to WAL mode: %2</source>
        <translation>die Datenbank %1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left as it is: keep a copy of it, then put your latest backup in its place</source>
        <translation>%1 ist beschädigt (%2); die Datei wurde unverändert gelassen: Bewahren Sie eine Kopie davon auf und setzen Sie dann Ihre neueste Sicherung an ihre Stelle</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n row(s) pointing at rows that do not exist (first: %2)</source>
        <translation>
            <numerusform>%1 hat %n Zeile, die auf nicht vorhandene Zeilen verweist (erste: %2)</numerusform>
            <numerusform>%1 hat %n Zeilen, die auf nicht vorhandene Zeilen verweisen (erste: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged (%2): keep a copy of it, then put your latest backup in its place</source>
        <translation>%1 ist beschädigt (%2): Bewahren Sie eine Kopie davon auf und setzen Sie dann Ihre neueste Sicherung an ihre Stelle</translation>
    </message>
    <message>
        <source>upgrading the database %1 to version %2 (%3) failed, it stays at version %4: %5</source>
        <translation>die Aktualisierung der Datenbank %1 auf Version %2 (%3) ist fehlgeschlagen, sie bleibt auf Version %4: %5</translation>
    </message>
    <message>
        <source>The database %1 is inside the cloud-sync folder &quot;%2&quot;. Sync programs copy the file while Rapport writes to it and can corrupt it; keep the database in a local folder and use Backup to put copies in the cloud.</source>
        <translation>Die Datenbank %1 liegt im Cloud-Sync-Ordner „%2“. Sync-Programme kopieren die Datei, während Rapport in sie schreibt, und können sie dabei beschädigen; bewahren Sie die Datenbank in einem lokalen Ordner auf und legen Sie mit der Sicherung Kopien in der Cloud ab.</translation>
    </message>
    <message>
        <source>importing clients</source>
        <translation>Importieren der Klienten</translation>
    </message>
    <message>
        <source>looking up clients by contact</source>
        <translation>Suchen von Klienten nach Kontaktangabe</translation>
    </message>
    <message>
        <source>reading the things to raise</source>
        <translation>Lesen der anzusprechenden Punkte</translation>
    </message>
    <message>
        <source>saving the things to raise</source>
        <translation>Speichern der anzusprechenden Punkte</translation>
    </message>
    <message>
        <source>reading the reminder pass</source>
        <translation>Lesen des Erinnerungsdurchlaufs</translation>
    </message>
    <message>
        <source>saving the reminder pass</source>
        <translation>Speichern des Erinnerungsdurchlaufs</translation>
    </message>
    <message>
        <source>reading scheduled messages</source>
        <translation>Lesen der geplanten Nachrichten</translation>
    </message>
    <message>
        <source>saving a scheduled message</source>
        <translation>Speichern einer geplanten Nachricht</translation>
    </message>
    <message>
        <source>the new scheduled message got no id</source>
        <translation>die neue geplante Nachricht hat keine ID erhalten</translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>saving settings</source>
        <translation>Speichern der Einstellungen</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (waited %2 s); try again</source>
        <translation>die Datenbank %1 ist durch ein anderes Programm gesperrt (%2 s gewartet); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>the database file %1 was moved or deleted while Rapport had it open: nothing of this change was saved; close Rapport, then open the file where it is now (or put it back)</source>
        <translation>die Datenbankdatei %1 wurde verschoben oder gelöscht, während Rapport sie geöffnet hatte: Von dieser Änderung wurde nichts gespeichert; schließen Sie Rapport und öffnen Sie die Datei dann an ihrem jetzigen Ort (oder legen Sie sie zurück)</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <translation>Commit ohne offene Transaktion</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>die Änderungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation>die Datenbank %1</translation>
    </message>
    <message>
        <source>the disk holding %1 is full: nothing of this change was saved; free some space on that disk and try again</source>
        <translation>der Datenträger, auf dem %1 liegt, ist voll: Von dieser Änderung wurde nichts gespeichert; schaffen Sie Platz auf diesem Datenträger und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk holding %1 failed to read or write (input/output error %2): nothing of this change was saved; check the disk, or the network share the file is on, then try again</source>
        <translation>der Datenträger, auf dem %1 liegt, konnte nicht lesen oder schreiben (Ein-/Ausgabefehler %2): Von dieser Änderung wurde nichts gespeichert; prüfen Sie den Datenträger oder die Netzwerkfreigabe mit der Datei und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>%1 can no longer be written (its file or folder became read-only, or the file was replaced): nothing of this change was saved</source>
        <translation>%1 kann nicht mehr geschrieben werden (Datei oder Ordner wurde schreibgeschützt, oder die Datei wurde ersetzt): Von dieser Änderung wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): nothing of this change was saved; keep a copy of the file, then put your latest backup in its place</source>
        <translation>%1 ist beschädigt (%2): Von dieser Änderung wurde nichts gespeichert; bewahren Sie eine Kopie der Datei auf und ersetzen Sie sie dann durch Ihre neueste Sicherung</translation>
    </message>
    <message>
        <source>%1 cannot be opened any more (was its disk removed, or the file moved?): nothing of this change was saved</source>
        <translation>%1 lässt sich nicht mehr öffnen (wurde der Datenträger entfernt oder die Datei verschoben?): Von dieser Änderung wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>cannot copy into the database %1: a PostgreSQL database is restored with the server&apos;s own tools (pg_restore), not by Rapport</source>
        <translation>kann nicht in die Datenbank %1 kopieren: Eine PostgreSQL-Datenbank wird mit den Werkzeugen des Servers (pg_restore) wiederhergestellt, nicht von Rapport</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up with the server&apos;s own tools (pg_dump, or the server&apos;s base backups), not with Rapport&apos;s backup of a file</source>
        <translation>%1 ist eine PostgreSQL-Datenbank: Sichern Sie sie mit den Werkzeugen des Servers (pg_dump oder die Basissicherungen des Servers), nicht mit Rapports Sicherung einer Datei</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>kann die Schemaversion von %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>database %1, user %2</source>
        <translation>Datenbank %1, Benutzer %2</translation>
    </message>
    <message>
        <source> (the password comes from ~/.pgpass, the file $PGPASSFILE names, or $PGPASSWORD)</source>
        <translation> (das Passwort kommt aus ~/.pgpass, der in $PGPASSFILE genannten Datei oder $PGPASSWORD)</translation>
    </message>
    <message>
        <source> (the server&apos;s administrator creates it: see &quot;For clinics&quot; in the README)</source>
        <translation> (der Administrator des Servers legt sie an: siehe „For clinics“ in der README)</translation>
    </message>
    <message>
        <source> (rapport-cli admin setup-roles, run by the administrator, creates the roles)</source>
        <translation> (rapport-cli admin setup-roles, vom Administrator ausgeführt, legt die Rollen an)</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server %1 (%2): %3%4</source>
        <translation>keine Verbindung zum PostgreSQL-Server %1 (%2): %3%4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL database at %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: the package libqt6sql6-psql)</source>
        <translation>kann die PostgreSQL-Datenbank %1 nicht öffnen: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert (Debian: das Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL database at %1: Qt&apos;s PostgreSQL driver (QPSQL) does not load: %2</source>
        <translation>kann die PostgreSQL-Datenbank %1 nicht öffnen: Der PostgreSQL-Treiber von Qt (QPSQL) lädt nicht: %2</translation>
    </message>
    <message>
        <source>cannot configure the connection to %1 (%2): %3</source>
        <translation>kann die Verbindung zu %1 nicht einrichten (%2): %3</translation>
    </message>
    <message>
        <source>cannot read the settings of %1: %2</source>
        <translation>kann die Einstellungen von %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>the database %1 is encoded in %2: Rapport needs UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos; TEMPLATE template0)</source>
        <translation>die Datenbank %1 ist in %2 kodiert: Rapport braucht UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos; TEMPLATE template0)</translation>
    </message>
    <message>
        <source>the PostgreSQL server of %1 is version %2: Rapport needs PostgreSQL 13 or newer</source>
        <translation>der PostgreSQL-Server von %1 hat die Version %2: Rapport braucht PostgreSQL 13 oder neuer</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>kann die Datenbank %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another application (%2), not a Rapport database</source>
        <translation>%1 ist eine Datenbank einer anderen Anwendung (%2), keine Rapport-Datenbank</translation>
    </message>
    <message>
        <source>%1 holds tables of another application and no Rapport schema: give Rapport a database of its own</source>
        <translation>%1 enthält Tabellen einer anderen Anwendung und kein Rapport-Schema: Geben Sie Rapport eine eigene Datenbank</translation>
    </message>
    <message>
        <source>cannot take the writer lock of %1: %2</source>
        <translation>kann die Schreibsperre von %1 nicht setzen: %2</translation>
    </message>
    <message>
        <source>copying the practice</source>
        <translation>Kopieren der Praxis</translation>
    </message>
    <message>
        <source>the PostgreSQL server</source>
        <translation>der PostgreSQL-Server</translation>
    </message>
    <message>
        <source>the PostgreSQL database %1</source>
        <translation>die PostgreSQL-Datenbank %1</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2): nothing of this change was saved; Rapport reconnects at the next try</source>
        <translation>die Verbindung zu %1 ist abgebrochen (%2): Nichts von dieser Änderung wurde gespeichert; Rapport verbindet sich beim nächsten Versuch neu</translation>
    </message>
    <message>
        <source>the disk of %1 is full (%2): nothing of this change was saved; ask the server&apos;s administrator</source>
        <translation>der Datenträger von %1 ist voll (%2): Nichts von dieser Änderung wurde gespeichert; wenden Sie sich an den Administrator des Servers</translation>
    </message>
    <message>
        <source>%1 is locked by another desk&apos;s change (waited too long); nothing was saved, try again</source>
        <translation>%1 ist durch die Änderung eines anderen Arbeitsplatzes gesperrt (zu lange gewartet); nichts wurde gespeichert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the PostgreSQL role has no right to do this in %1 (%2): nothing of this change was saved</source>
        <translation>die PostgreSQL-Rolle darf das in %1 nicht (%2): Nichts von dieser Änderung wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 is read-only (a standby server?): nothing of this change was saved</source>
        <translation>%1 ist schreibgeschützt (ein Standby-Server?): Nichts von dieser Änderung wurde gespeichert</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: the package libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert (Debian: das Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 is a database of another application (%2)</source>
        <translation>%1 ist eine Datenbank einer anderen Anwendung (%2)</translation>
    </message>
    <message>
        <source>%1 holds tables of another application and no Rapport schema</source>
        <translation>%1 enthält Tabellen einer anderen Anwendung und kein Rapport-Schema</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>cannot listen for other desks&apos; changes on %1</source>
        <translation>Änderungen anderer Arbeitsplätze an %1 können nicht empfangen werden</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>die Verbindung wurde getrennt</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>There is no draft with id %1.</source>
        <translation>Es gibt keinen Entwurf mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>EtiquetteLint</name>
    <message>
        <source>This is your first message to this client: say who is writing (your name or %1).</source>
        <translation>Dies ist Ihre erste Nachricht an diesen Klienten: Sagen Sie, wer schreibt (Ihr Name oder %1).</translation>
    </message>
    <message>
        <source>Capitals read as shouting: write in sentence case.</source>
        <translation>Großbuchstaben wirken wie Schreien: Schreiben Sie in normaler Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is text-speak: spell the word out.</source>
        <translation>„%1“ ist SMS-Jargon: Schreiben Sie das Wort aus.</translation>
    </message>
    <message>
        <source>Marketing messages must say how to stop them, e.g. &quot;Reply STOP to opt out&quot;.</source>
        <translation>Werbliche Nachrichten müssen sagen, wie man sich abmeldet, z. B. „Antworten Sie mit STOP, um sich abzumelden“.</translation>
    </message>
    <message>
        <source>Shortened links look like spam and hide where they lead: give the full address.</source>
        <translation>Gekürzte Links wirken wie Spam und verbergen, wohin sie führen: Geben Sie die vollständige Adresse an.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>the export has nowhere to go: the output is not writable</source>
        <translation>der Export hat kein Ziel: Die Ausgabe ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the export to %1 was not written</source>
        <translation>der Export nach %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the column mapping was made for another header</source>
        <translation>die Spaltenzuordnung wurde für eine andere Kopfzeile erstellt</translation>
    </message>
    <message>
        <source>line 1: no column of the header was recognised as a name, phone or email (%1)</source>
        <translation>Zeile 1: Keine Spalte der Kopfzeile wurde als Name, Telefon oder E-Mail erkannt (%1)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>invalid phone number &apos;%1&apos;</source>
        <translation>ungültige Telefonnummer „%1“</translation>
    </message>
    <message>
        <source>invalid email &apos;%1&apos;</source>
        <translation>ungültige E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;: the practice&apos;s is used</source>
        <translation>unbekannte Zeitzone „%1“: Die Zeitzone der Praxis wird verwendet</translation>
    </message>
    <message>
        <source>%1 line %2, column &apos;%3&apos; = %4</source>
        <translation>%1 Zeile %2, Spalte „%3“ = %4</translation>
    </message>
    <message>
        <source>merged with line %1 (same phone number or email)</source>
        <translation>mit Zeile %1 zusammengeführt (gleiche Telefonnummer oder E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>column not imported: %1</source>
        <translation>Spalte nicht importiert: %1</translation>
    </message>
    <message>
        <source>columns not imported: %1</source>
        <translation>Spalten nicht importiert: %1</translation>
    </message>
    <message>
        <source>merged with client %1, added by another program while the import was prepared</source>
        <translation>mit Klient %1 zusammengeführt, den ein anderes Programm hinzugefügt hat, während der Import vorbereitet wurde</translation>
    </message>
    <message>
        <source>client %1 was erased while the import was prepared</source>
        <translation>Klient %1 wurde gelöscht, während der Import vorbereitet wurde</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>KeptDrafts</name>
    <message>
        <source>cannot read the drafts kept on this computer (%1): %2</source>
        <translation>Die auf diesem Computer aufbewahrten Entwürfe (%1) können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the drafts kept on this computer (%1) cannot be read: %2</source>
        <translation>Die auf diesem Computer aufbewahrten Entwürfe (%1) sind nicht lesbar: %2</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>MedicalVocabularies</name>
    <message>
        <source>The medical vocabulary is not installed (Debian package %1): drafts are read with the built-in lexicon alone.</source>
        <translation>Das medizinische Vokabular ist nicht installiert (Debian-Paket %1): Entwürfe werden nur mit der eingebauten Wortliste gelesen.</translation>
    </message>
    <message>
        <source>The medical vocabulary (%1) is installed, but no everyday word list to tell medical words from everyday ones (Debian package %2): drafts are read with the built-in lexicon alone.</source>
        <translation>Das medizinische Vokabular (%1) ist installiert, aber keine Liste von Alltagswörtern, um medizinische Wörter von alltäglichen zu unterscheiden (Debian-Paket %2): Entwürfe werden nur mit der eingebauten Wortliste gelesen.</translation>
    </message>
    <message>
        <source>Medical vocabulary: %L1 terms from %2 that are not everyday words (%L3 of its %L4 words were left out as everyday or already in the built-in lexicon).</source>
        <translation>Medizinisches Vokabular: %L1 Begriffe aus %2, die keine Alltagswörter sind (%L3 seiner %L4 Wörter wurden als Alltagswörter oder weil sie schon in der eingebauten Wortliste stehen ausgelassen).</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>the country code is unknown</source>
        <translation>die Landesvorwahl ist unbekannt</translation>
    </message>
    <message>
        <source>it is not a phone number</source>
        <translation>es handelt sich nicht um eine Telefonnummer</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>sie ist zu kurz</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>sie ist zu lang</translation>
    </message>
    <message>
        <source>it cannot be read as a phone number</source>
        <translation>sie kann nicht als Telefonnummer gelesen werden</translation>
    </message>
    <message>
        <source>an empty phone number was given</source>
        <translation>es wurde eine leere Telefonnummer angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: %2</source>
        <translation>„%1“ ist keine gültige Telefonnummer: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2 (write it with + and the country code if it is foreign)</source>
        <translation>„%1“ ist keine gültige Telefonnummer in %2 (schreiben Sie sie mit + und Landesvorwahl, wenn sie ausländisch ist)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>„%1“ ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: more than %2 digits with the country code</source>
        <translation>„%1“ ist keine gültige Telefonnummer: mehr als %2 Ziffern mit Landesvorwahl</translation>
    </message>
</context>
<context>
    <name>PostgresRoles</name>
    <message>
        <source>%1 is an SQLite file: roles are for a practice on a PostgreSQL server</source>
        <translation>%1 ist eine SQLite-Datei: Rollen gibt es nur für eine Praxis auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name Rapport takes: lowercase letters, digits and _, not starting with a digit</source>
        <translation>„%1“ ist kein Rollenname, den Rapport annimmt: Kleinbuchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang</translation>
    </message>
    <message>
        <source>setting up the role %1 in %2 failed: %3</source>
        <translation>Die Rolle %1 konnte in %2 nicht eingerichtet werden: %3</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>the default socket</source>
        <translation>der Standard-Socket</translation>
    </message>
    <message>
        <source>%1 (socket folder)</source>
        <translation>%1 (Socket-Ordner)</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>%1 ist keine PostgreSQL-URL (postgresql://benutzer@host:port/datenbank)</translation>
    </message>
    <message>
        <source>a password in the URL is refused (it would show in process lists and shell history): put it in ~/.pgpass, or the file $PGPASSFILE names</source>
        <translation>ein Passwort in der URL wird abgelehnt (es stünde in Prozesslisten und im Verlauf der Shell): Legen Sie es in ~/.pgpass ab oder in der Datei, die $PGPASSFILE nennt</translation>
    </message>
    <message>
        <source>PostgreSQL URL for %1: %2</source>
        <translation>PostgreSQL-URL für %1: %2</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL URL: %2</source>
        <translation>%1 ist keine gültige PostgreSQL-URL: %2</translation>
    </message>
    <message>
        <source>PostgreSQL URL %1: %2</source>
        <translation>PostgreSQL-URL %1: %2</translation>
    </message>
    <message>
        <source>%1: the port &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation>%1: der Port &apos;%2&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1: the value of &apos;%2&apos; may not hold &apos;;&apos;</source>
        <translation>%1: der Wert von &apos;%2&apos; darf kein &apos;;&apos; enthalten</translation>
    </message>
    <message>
        <source>%1: unknown parameter &apos;%2&apos; (known: host, port, user, dbname, %3)</source>
        <translation>%1: unbekannter Parameter &apos;%2&apos; (bekannt: host, port, user, dbname, %3)</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://user@host:port/DATABASE</source>
        <translation>%1 nennt keine Datenbank: Schreiben Sie postgresql://benutzer@host:port/DATENBANK</translation>
    </message>
    <message>
        <source>%1: host, user and database names may not hold &apos;;&apos;</source>
        <translation>%1: Host, Benutzer und Datenbankname dürfen kein &apos;;&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>PracticeCopy</name>
    <message>
        <source>copying the table %1 failed: %2</source>
        <translation>das Kopieren der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty (its table %2 holds %n row(s)): a practice is copied into an empty database only</source>
        <translation>
            <numerusform>%1 ist nicht leer (die Tabelle %2 enthält %n Zeile): Eine Praxis wird nur in eine leere Datenbank kopiert</numerusform>
            <numerusform>%1 ist nicht leer (die Tabelle %2 enthält %n Zeilen): Eine Praxis wird nur in eine leere Datenbank kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 hat keine Tabelle %2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: both must be at this Rapport&apos;s version</source>
        <translation>%1 hat das Schema %2 und %3 das Schema %4: Beide müssen auf dem Stand dieses Rapport sein</translation>
    </message>
    <message>
        <source>the table %1 differs between %2 and %3</source>
        <translation>die Tabelle %1 unterscheidet sich zwischen %2 und %3</translation>
    </message>
    <message>
        <source>the table %1 did not arrive as it left: %2 row(s) sent, %3 found, contents %4</source>
        <translation>die Tabelle %1 ist nicht so angekommen, wie sie abging: %2 Zeile(n) gesendet, %3 gefunden, Inhalt %4</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <source>the consent ledger does not verify on %1 after the copy: event %2: %3</source>
        <translation>das Einwilligungsprotokoll auf %1 ist nach dem Kopieren nicht gültig: Ereignis %2: %3</translation>
    </message>
    <message>
        <source>the chain head on %1 is %2, not %3</source>
        <translation>der Kopf der Prüfkette auf %1 ist %2, nicht %3</translation>
    </message>
</context>
<context>
    <name>PracticeFile</name>
    <message>
        <source>The quick check of %1 at open stopped after its time limit without finding damage in what it read. Run a full check (rapport-cli check) when the practice is quiet.</source>
        <translation>Die Schnellprüfung von %1 beim Öffnen wurde nach Ablauf ihres Zeitlimits beendet, ohne in dem Gelesenen Schäden zu finden. Führen Sie eine vollständige Prüfung (rapport-cli check) durch, wenn in der Praxis Ruhe ist.</translation>
    </message>
    <message>
        <source>Connected: an empty database. Rapport sets up its tables there when it next starts (the first desk to start must be its owner).</source>
        <translation>Verbunden: eine leere Datenbank. Rapport legt dort beim nächsten Start seine Tabellen an (der erste Arbeitsplatz, der startet, muss ihr Eigentümer sein).</translation>
    </message>
    <message>
        <source>Connected, but the practice there was made by a newer Rapport (schema %1): update Rapport first.</source>
        <translation>Verbunden, aber die Praxis dort stammt von einem neueren Rapport (Schema %1): Aktualisieren Sie zuerst Rapport.</translation>
    </message>
    <message>
        <source>Connected: a Rapport practice (schema %1).</source>
        <translation>Verbunden: eine Rapport-Praxis (Schema %1).</translation>
    </message>
</context>
<context>
    <name>PracticeMove</name>
    <message>
        <source>%1 is the practice itself: give another database to copy it into</source>
        <translation>%1 ist die Praxis selbst: Geben Sie eine andere Datenbank an, in die sie kopiert wird</translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>A date is missing in &apos;%1&apos; (part %2).</source>
        <translation>In „%1“ fehlt ein Datum (Teil %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-12-24 (part %2).</source>
        <translation>„%1“ ist kein Datum wie 2026-12-24 (Teil %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts (part %2).</source>
        <translation>„%1“ endet, bevor es beginnt (Teil %2).</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Scheduled message %1 is %2: only a pending one can be %3.</source>
        <translation>Die geplante Nachricht %1 hat den Status „%2“: Nur eine ausstehende kann %3 werden.</translation>
    </message>
    <message>
        <source>A scheduled message needs a text.</source>
        <translation>Eine geplante Nachricht braucht einen Text.</translation>
    </message>
    <message>
        <source>A scheduled message needs a time to be handed off.</source>
        <translation>Eine geplante Nachricht braucht einen Zeitpunkt für die Übergabe.</translation>
    </message>
    <message>
        <source>Client %1 is %2: nothing can be scheduled for them.</source>
        <translation>Klient %1 ist %2: Für ihn kann nichts geplant werden.</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Scheduled message %1 was handed off already.</source>
        <translation>Die geplante Nachricht %1 wurde bereits übergeben.</translation>
    </message>
    <message>
        <source>%1 is blocked now: %2</source>
        <translation>Der Kontaktweg %1 ist derzeit gesperrt: %2</translation>
    </message>
    <message>
        <source>not a time to send: %1</source>
        <translation>kein Zeitpunkt zum Senden: %1</translation>
    </message>
    <message>
        <source>Scheduled message %1 cannot be handed off now: %2</source>
        <translation>Die geplante Nachricht %1 kann jetzt nicht übergeben werden: %2</translation>
    </message>
    <message>
        <source>handed off</source>
        <translation>übergeben</translation>
    </message>
</context>
<context>
    <name>RaiseItemRepository</name>
    <message>
        <source>There is nothing to raise with id %1.</source>
        <translation>Es gibt keinen anzusprechenden Punkt mit der ID %1.</translation>
    </message>
    <message>
        <source>Item %1 was already raised, or is gone.</source>
        <translation>Punkt %1 wurde bereits angesprochen oder existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RaiseService</name>
    <message>
        <source>There is nothing to raise: the message is empty.</source>
        <translation>Es gibt nichts anzusprechen: Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Client %1 was erased; there is no one to raise it with.</source>
        <translation>Klient %1 wurde gelöscht; es gibt niemanden, mit dem Sie es besprechen können.</translation>
    </message>
    <message>
        <source>%1 has no upcoming appointment on file, so there is no appointment to raise it at. Nothing was put on a list and the draft was kept: add the appointment to their record, or choose another channel.</source>
        <translation>Für %1 ist kein bevorstehender Termin hinterlegt, also gibt es keinen Termin, bei dem Sie es ansprechen können. Nichts wurde auf eine Liste gesetzt und der Entwurf wurde behalten: Tragen Sie den Termin beim Klienten ein oder wählen Sie einen anderen Kontaktweg.</translation>
    </message>
    <message>
        <source>The day is not valid.</source>
        <translation>Der Tag ist ungültig.</translation>
    </message>
    <message>
        <source>This was already raised; it is logged once.</source>
        <translation>Dies wurde bereits angesprochen; es wird nur einmal protokolliert.</translation>
    </message>
    <message>
        <source>Client %1 was erased: contacts cannot be logged.</source>
        <translation>Klient %1 wurde gelöscht: Es können keine Kontakte eingetragen werden.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>There is no template called “%1”.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation>Der Tag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Withdrew consent to %1.</source>
        <translation>Hat die Einwilligung in %1 widerrufen.</translation>
    </message>
    <message>
        <source>Withdrew consent to %1 on %2.</source>
        <translation>Hat die Einwilligung in %1 am %2 widerrufen.</translation>
    </message>
    <message>
        <source>Declined %1.</source>
        <translation>Hat %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Declined %1 on %2.</source>
        <translation>Hat %1 am %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Asked not to get %1.</source>
        <translation>Möchte keine %1 erhalten.</translation>
    </message>
    <message>
        <source>Client %1 was erased; the hand-off cannot be logged.</source>
        <translation>Klient %1 wurde gelöscht; die Übergabe kann nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>A row is handed off by handOff(), which logs the contact.</source>
        <translation>Eine Zeile wird mit handOff() übergeben, das den Kontakt protokolliert.</translation>
    </message>
</context>
<context>
    <name>SamplePractice</name>
    <message>
        <source>Harbour Street Physio (sample)</source>
        <translation>Physiotherapie Hafenstraße (Beispiel)</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner</source>
        <translation>%1 kann nicht auf den Besitzer beschränkt werden</translation>
    </message>
</context>
<context>
    <name>ScheduledMessage</name>
    <message>
        <source>no scheduled message with id %1</source>
        <translation>keine geplante Nachricht mit der ID %1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>time-zone: &quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London)</source>
        <translation>time-zone: „%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>country: &quot;%1&quot; is not a two-letter country code (ISO 3166, e.g. GB, US)</source>
        <translation>country: „%1“ ist kein zweistelliger Ländercode (ISO 3166, z. B. DE, AT)</translation>
    </message>
    <message>
        <source>hours: %1</source>
        <translation>hours: %1</translation>
    </message>
    <message>
        <source>time-off: %1</source>
        <translation>time-off: %1</translation>
    </message>
    <message>
        <source>quiet-hours: &quot;%1&quot; is not a range of times (write HH:MM-HH:MM, e.g. 21:00-08:00)</source>
        <translation>quiet-hours: „%1“ ist kein Zeitbereich (schreiben Sie HH:MM-HH:MM, z. B. 21:00-08:00)</translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is not a language Rapport reads drafts in (en, de, or empty for the country&apos;s)</source>
        <translation>language: „%1“ ist keine Sprache, in der Rapport Entwürfe liest (en, de oder leer für die Sprache des Landes)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting (known: %2)</source>
        <translation>„%1“ ist keine Einstellung (bekannt: %2)</translation>
    </message>
    <message>
        <source>the stored setting %1 is not valid (%2); set it again</source>
        <translation>die gespeicherte Einstellung %1 ist ungültig (%2); legen Sie sie erneut fest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added to the lexicon: a term is one word or phrase without a comma</source>
        <translation>„%1“ kann nicht zur Wortliste hinzugefügt werden: Ein Begriff ist ein Wort oder eine Wendung ohne Komma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lexicon list (known: %2)</source>
        <translation>„%1“ ist keine Liste der Wortliste (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The client&apos;s first name, as on their record</source>
        <translation>Der Vorname des Klienten, wie in seinem Datensatz</translation>
    </message>
    <message>
        <source>The name the client goes by (their first name when no preferred name is set)</source>
        <translation>Der Rufname des Klienten (sein Vorname, wenn kein Rufname festgelegt ist)</translation>
    </message>
    <message>
        <source>Your practice&apos;s name, from Settings</source>
        <translation>Der Name Ihrer Praxis, aus den Einstellungen</translation>
    </message>
    <message>
        <source>The practitioner&apos;s name, from Settings</source>
        <translation>Der Name des Therapeuten, aus den Einstellungen</translation>
    </message>
    <message>
        <source>The day of the client&apos;s next appointment, e.g. Tuesday 1 December</source>
        <translation>Der Tag des nächsten Termins des Klienten, z. B. Dienstag, 1. Dezember</translation>
    </message>
    <message>
        <source>The time of the client&apos;s next appointment, e.g. 15:00</source>
        <translation>Die Uhrzeit des nächsten Termins des Klienten, z. B. 15:00</translation>
    </message>
    <message>
        <source>Your business phone number, from Settings</source>
        <translation>Ihre Praxistelefonnummer, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Your availability hours, e.g. Mon-Thu 10:00-20:00</source>
        <translation>Ihre Sprechzeiten, z. B. Mo-Do 10:00-20:00</translation>
    </message>
    <message>
        <source>%1 is not a placeholder Rapport knows; it was left as written.</source>
        <translation>%1 ist kein Platzhalter, den Rapport kennt; er wurde so gelassen, wie er geschrieben ist.</translation>
    </message>
    <message>
        <source>{%1} needs a client: choose one.</source>
        <translation>{%1} braucht einen Klienten: Wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>{%1}: this client has no next appointment on record.</source>
        <translation>{%1}: Für diesen Klienten ist kein nächster Termin hinterlegt.</translation>
    </message>
    <message>
        <source>{%1} has no value: fill it in under Settings.</source>
        <translation>{%1} hat keinen Wert: Tragen Sie ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>%1: not a placeholder Rapport knows; write the words you mean instead</source>
        <translation>%1: kein Platzhalter, den Rapport kennt; schreiben Sie stattdessen die gemeinten Worte</translation>
    </message>
    <message>
        <source>{%1}: not filled in; choose the template again or write the words in</source>
        <translation>{%1}: nicht ausgefüllt; wählen Sie die Vorlage erneut oder schreiben Sie die Worte selbst</translation>
    </message>
    <message>
        <source>{%1}: no client chosen</source>
        <translation>{%1}: kein Klient gewählt</translation>
    </message>
    <message>
        <source>{%1}: no next appointment on file</source>
        <translation>{%1}: kein nächster Termin hinterlegt</translation>
    </message>
    <message>
        <source>{%1}: no name on file</source>
        <translation>{%1}: kein Name hinterlegt</translation>
    </message>
    <message>
        <source>{%1}: no business phone in Settings</source>
        <translation>{%1}: kein Praxistelefon in den Einstellungen</translation>
    </message>
    <message>
        <source>{%1}: no practice name in Settings</source>
        <translation>{%1}: kein Praxisname in den Einstellungen</translation>
    </message>
    <message>
        <source>{%1}: no practitioner name in Settings</source>
        <translation>{%1}: kein Therapeutenname in den Einstellungen</translation>
    </message>
    <message>
        <source>{%1}: no hours in Settings</source>
        <translation>{%1}: keine Sprechzeiten in den Einstellungen</translation>
    </message>
    <message>
        <source>{%1}: no value</source>
        <translation>{%1}: kein Wert</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>The starter templates (%1) are missing from this build.</source>
        <translation>Die Startvorlagen (%1) fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>%1: %2 at offset %3</source>
        <translation>%1: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1: template %2 needs a key, a name, a body and a known purpose.</source>
        <translation>%1: Vorlage %2 braucht einen Schlüssel, einen Namen, einen Text und einen bekannten Zweck.</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Es gibt keine Vorlage mit der ID %1.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation>Die Vorlage „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <source>There is already a template called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: a line is longer than %2</source>
        <translation>Zeile %1: Eine Zeile ist länger als %2</translation>
    </message>
    <message>
        <source>line %1: a property is longer than %2</source>
        <translation>Zeile %1: Eine Eigenschaft ist länger als %2</translation>
    </message>
    <message>
        <source>line %1: a line inside a card has no &apos;:&apos; between the property and its value</source>
        <translation>Zeile %1: Eine Zeile innerhalb einer Karte hat kein „:“ zwischen der Eigenschaft und ihrem Wert</translation>
    </message>
    <message>
        <source>line %1: unknown character set %2; read as UTF-8</source>
        <translation>Zeile %1: unbekannter Zeichensatz %2; als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; read as Windows-1252</source>
        <translation>Zeile %1: Der Text ist kein gültiges UTF-8; als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL byte; it is not a vCard text file</source>
        <translation>Zeile %1: Die Datei enthält ein NUL-Byte; sie ist keine vCard-Textdatei</translation>
    </message>
    <message>
        <source>line %1: END:VCARD without a BEGIN:VCARD before it</source>
        <translation>Zeile %1: END:VCARD ohne vorangehendes BEGIN:VCARD</translation>
    </message>
    <message>
        <source>line %1: expected BEGIN:VCARD; this does not look like a vCard file</source>
        <translation>Zeile %1: BEGIN:VCARD erwartet; dies sieht nicht nach einer vCard-Datei aus</translation>
    </message>
    <message>
        <source>line %1: the card begun here has no END:VCARD before the next BEGIN:VCARD on line %2</source>
        <translation>Zeile %1: Die hier begonnene Karte hat kein END:VCARD vor dem nächsten BEGIN:VCARD in Zeile %2</translation>
    </message>
    <message>
        <source>line %1: the card begun here is larger than %2</source>
        <translation>Zeile %1: Die hier begonnene Karte ist größer als %2</translation>
    </message>
    <message>
        <source>line %1: the card begun here has no END:VCARD</source>
        <translation>Zeile %1: Die hier begonnene Karte hat kein END:VCARD</translation>
    </message>
</context>
<context>
    <name>WeeklyHours</name>
    <message>
        <source>A day is missing before a comma (part %1).</source>
        <translation>Vor einem Komma fehlt ein Tag (Teil %1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (part %2).</source>
        <translation>„%1“ ist kein Tag (Teil %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs backwards: write the days from Monday to Sunday, e.g. &apos;%2-Sun, Mon&apos; (part %3).</source>
        <translation>„%1“ läuft rückwärts: Schreiben Sie die Tage von Montag bis Sonntag, z. B. „%2-Sun, Mon“ (Teil %3).</translation>
    </message>
    <message>
        <source>No times given (part %1): write e.g. 09:00-17:00.</source>
        <translation>Keine Zeiten angegeben (Teil %1): Schreiben Sie z. B. 09:00-17:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range like 09:00-17:00 (part %2).</source>
        <translation>„%1“ ist kein Zeitraum wie 09:00-17:00 (Teil %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time of day (part %2).</source>
        <translation>„%1“ ist keine gültige Uhrzeit (Teil %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts: hours cannot run past midnight (part %2).</source>
        <translation>„%1“ endet, bevor es beginnt: Zeiten können nicht über Mitternacht gehen (Teil %2).</translation>
    </message>
    <message>
        <source>No hours given: write e.g. Mon-Fri 09:00-17:00.</source>
        <translation>Keine Zeiten angegeben: Schreiben Sie z. B. Mon-Fri 09:00-17:00.</translation>
    </message>
    <message>
        <source>Nothing between two commas (part %1).</source>
        <translation>Nichts zwischen zwei Kommas (Teil %1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no day before it (part 1): write e.g. Mon-Fri 09:00-17:00.</source>
        <translation>Vor „%1“ steht kein Tag (Teil 1): Schreiben Sie z. B. Mon-Fri 09:00-17:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no times (part %2): write e.g. %1 09:00-17:00.</source>
        <translation>„%1“ hat keine Zeiten (Teil %2): Schreiben Sie z. B. %1 09:00-17:00.</translation>
    </message>
</context>
<context>
    <name>WordLists</name>
    <message>
        <source>cannot read the word list %1: %2</source>
        <translation>Die Wortliste %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Client records, consent and channel advice for therapists.</source>
        <translation>Klientendaten, Einwilligungen und Kontaktweg-Empfehlung für Therapeuten.</translation>
    </message>
    <message>
        <source>A client list (.vcf, .csv) to import or a calendar (.ics) to read.</source>
        <translation>Eine Klientenliste (.vcf, .csv) zum Importieren oder ein Kalender (.ics) zum Einlesen.</translation>
    </message>
    <message>
        <source>Open a throwaway sample practice (deleted when the app closes).</source>
        <translation>Eine Beispielpraxis zum Ausprobieren öffnen (wird beim Schließen der App gelöscht).</translation>
    </message>
    <message>
        <source>Rapport cannot open the sample practice</source>
        <translation>Rapport kann die Beispielpraxis nicht öffnen</translation>
    </message>
    <message>
        <source>Rapport: sample practice</source>
        <translation>Rapport: Beispielpraxis</translation>
    </message>
    <message>
        <source>Rapport cannot open its database</source>
        <translation>Rapport kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>%1

Database: %2</source>
        <translation>%1

Datenbank: %2</translation>
    </message>
    <message>
        <source>Database in a synced folder</source>
        <translation>Datenbank in einem synchronisierten Ordner</translation>
    </message>
    <message>
        <source>Open the database at PATH, or the PostgreSQL database postgresql://user@host:port/name (default: $RAPPORT_DB, else the app&apos;s data folder).</source>
        <translation>Die Datenbank unter PATH öffnen, oder die PostgreSQL-Datenbank postgresql://benutzer@host:port/name (Vorgabe: $RAPPORT_DB, sonst der Datenordner der App).</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AppointmentDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Move appointment: %1</source>
        <translation>Termin verschieben: %1</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Book appointment: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>e.g. Sports massage 60 min</source>
        <translation>z. B. Sportmassage 60 Min.</translation>
    </message>
    <message>
        <source>e.g. Room 2, or a home visit&apos;s address</source>
        <translation>z. B. Raum 2 oder die Adresse eines Hausbesuchs</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Times are in the practice&apos;s time zone (%1).</source>
        <translation>Die Zeiten gelten in der Zeitzone der Praxis (%1).</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Check what the calendar changes</source>
        <translation>Prüfen, was der Kalender ändert</translation>
    </message>
    <message>
        <source>A dry run: nothing is written until you import. Choose a client for the events no client fits; the choice is remembered for the next import.</source>
        <translation>Ein Probelauf: Bis zum Import wird nichts geschrieben. Wählen Sie einen Klienten für die Einträge, zu denen kein Klient passt; die Wahl wird für den nächsten Import gemerkt.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>An .ics file exported from Google Calendar, Outlook or Apple Calendar</source>
        <translation>Eine .ics-Datei, exportiert aus Google Kalender, Outlook oder Apple Kalender</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Calendar import plan</source>
        <translation>Plan für den Kalenderimport</translation>
    </message>
    <message>
        <source>&amp;Remember this file and re-read it at start</source>
        <translation>Datei &amp;merken und bei jedem Start neu einlesen</translation>
    </message>
    <message>
        <source>For a calendar file another program keeps up to date: Rapport reads it again at each start and with File &gt; Refresh calendars</source>
        <translation>Für eine Kalenderdatei, die ein anderes Programm aktuell hält: Rapport liest sie bei jedem Start und mit Datei &gt; Kalender aktualisieren erneut ein</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Moved appointments</source>
        <translation>Verschobene Termine</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(kein Klient)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>Klient #%1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show &amp;unchanged events</source>
        <translation>&amp;Unveränderte Einträge zeigen</translation>
    </message>
    <message>
        <source>Choose a calendar file (.ics) exported from Google Calendar, Outlook or Apple Calendar: File, or Browse.</source>
        <translation>Wählen Sie eine Kalenderdatei (.ics), exportiert aus Google Kalender, Outlook oder Apple Kalender: Datei oder Durchsuchen.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Show &amp;unchanged and ignored events (%1)</source>
        <translation>&amp;Unveränderte und ignorierte Einträge zeigen (%1)</translation>
    </message>
    <message>
        <source>Choose a client...</source>
        <translation>Klient wählen...</translation>
    </message>
    <message>
        <source>Client for %1</source>
        <translation>Klient für %1</translation>
    </message>
    <message>
        <source>Type part of a name and press Enter; the choice is remembered when you import</source>
        <translation>Tippen Sie einen Teil des Namens und drücken Sie die Eingabetaste; die Wahl wird beim Import gemerkt</translation>
    </message>
    <message>
        <source>Booked again</source>
        <translation>Erneut gebucht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>your choice, remembered when imported</source>
        <translation>Ihre Wahl, wird beim Import gemerkt</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>zugeordnet über %1</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Details updated</source>
        <translation>Details aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Kein Klient</translation>
    </message>
    <message>
        <source>no client fits</source>
        <translation>kein Klient passt</translation>
    </message>
    <message>
        <source>several clients fit</source>
        <translation>mehrere Klienten passen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(event at line %1)</source>
        <translation>(Eintrag in Zeile %1)</translation>
    </message>
    <message>
        <source>%1 (%2), calendar “%3”: %4 events between %5 and %6.</source>
        <translation>%1 (%2), Kalender „%3“: %4 Einträge zwischen %5 und %6.</translation>
    </message>
    <message>
        <source>New: %1, moved: %2, cancelled: %3, unchanged: %4, no client: %5, errors: %6.</source>
        <translation>Neu: %1, verschoben: %2, abgesagt: %3, unverändert: %4, ohne Klient: %5, Fehler: %6.</translation>
    </message>
    <message>
        <source>The calendar has no events in this window.</source>
        <translation>Der Kalender hat in diesem Zeitraum keine Einträge.</translation>
    </message>
    <message>
        <source>Nothing to change: the appointments are up to date.</source>
        <translation>Nichts zu ändern: Die Termine sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Choose a client for the events with none, or leave them for later.</source>
        <translation>Wählen Sie einen Klienten für die Einträge ohne Klient, oder lassen Sie sie für später.</translation>
    </message>
    <message>
        <source>Events with errors are skipped, and nothing missing from the file is cancelled.</source>
        <translation>Einträge mit Fehlern werden übersprungen, und was in der Datei fehlt, wird nicht abgesagt.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Everything is written in one go: a cancelled import leaves nothing behind.</source>
        <translation>Alles wird in einem Schritt geschrieben: Ein abgebrochener Import hinterlässt nichts.</translation>
    </message>
    <message>
        <source>Writing the changes from %1...</source>
        <translation>Die Änderungen aus %1 werden geschrieben...</translation>
    </message>
    <message>
        <source>The appointments were imported, but the file could not be remembered: %1</source>
        <translation>Die Termine wurden importiert, aber die Datei konnte nicht gemerkt werden: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Read &lt;b&gt;%1&lt;/b&gt; events from %2 (%3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Einträge aus %2 (%3) gelesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import was cancelled: nothing was written.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Import wurde abgebrochen: Es wurde nichts geschrieben.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Some events have errors, so nothing was written.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einige Einträge haben Fehler, daher wurde nichts geschrieben.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Booked &lt;b&gt;%1&lt;/b&gt;, moved &lt;b&gt;%2&lt;/b&gt;, cancelled &lt;b&gt;%3&lt;/b&gt;; %4 unchanged.</source>
        <translation>Gebucht: &lt;b&gt;%1&lt;/b&gt;, verschoben: &lt;b&gt;%2&lt;/b&gt;, abgesagt: &lt;b&gt;%3&lt;/b&gt;; unverändert: %4.</translation>
    </message>
    <message>
        <source>%1 events with no client are kept: import the file again to match them.</source>
        <translation>Einträge ohne Klient bleiben erhalten (%1): Importieren Sie die Datei erneut, um sie zuzuordnen.</translation>
    </message>
    <message>
        <source>%1 events could not be read and were skipped.</source>
        <translation>Einträge konnten nicht gelesen werden und wurden übersprungen: %1.</translation>
    </message>
    <message>
        <source>This file is remembered: it is read again at each start and with File &amp;gt; Refresh calendars.</source>
        <translation>Diese Datei ist gemerkt: Sie wird bei jedem Start und mit Datei &amp;gt; Kalender aktualisieren erneut eingelesen.</translation>
    </message>
    <message>
        <source>Moved appointments: offer each client the new time.</source>
        <translation>Verschobene Termine: Bieten Sie jedem Klienten die neue Zeit an.</translation>
    </message>
    <message>
        <source>&amp;Send reschedule message</source>
        <translation>&amp;Verschiebung mitteilen</translation>
    </message>
    <message>
        <source>Send reschedule message</source>
        <translation>Verschiebung mitteilen</translation>
    </message>
    <message>
        <source>Send reschedule message to %1</source>
        <translation>Verschiebung an %1 mitteilen</translation>
    </message>
    <message>
        <source>Reschedule message</source>
        <translation>Nachricht zur Verschiebung</translation>
    </message>
    <message>
        <source>The message could not be drafted: %1</source>
        <translation>Die Nachricht konnte nicht entworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChannelAdvicePanel</name>
    <message>
        <source>&lt;b&gt;Recommended&lt;/b&gt;: the best channel for this draft and client now. &lt;b&gt;Acceptable&lt;/b&gt;: allowed. &lt;b&gt;Discouraged&lt;/b&gt;: allowed, with a reason to think twice. &lt;b&gt;Blocked&lt;/b&gt;: consent, a directive, the contact details or the content rule it out; its button is disabled.</source>
        <translation>&lt;b&gt;Empfohlen&lt;/b&gt;: der beste Kontaktweg für diesen Entwurf und diesen Klienten jetzt. &lt;b&gt;Zulässig&lt;/b&gt;: erlaubt. &lt;b&gt;Nicht ratsam&lt;/b&gt;: erlaubt, aber mit einem Grund, es sich zu überlegen. &lt;b&gt;Gesperrt&lt;/b&gt;: Einwilligung, eine Vorgabe, die Kontaktangaben oder der Inhalt schließen ihn aus; seine Schaltfläche ist deaktiviert.</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation>Nicht ratsam</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS senden</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>In E-Mail öffnen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Raise at next appointment</source>
        <translation>Beim nächsten Termin ansprechen</translation>
    </message>
    <message>
        <source>A text needs a mobile number. Add one on the client&apos;s page, or choose another channel.</source>
        <translation>Eine SMS braucht eine Mobilnummer. Tragen Sie eine auf der Seite des Klienten ein, oder wählen Sie einen anderen Kontaktweg.</translation>
    </message>
    <message>
        <source>The client&apos;s numbers are landlines (the type comes from the number itself): a text would never arrive.</source>
        <translation>Die Nummern des Klienten sind Festnetznummern (der Typ ergibt sich aus der Nummer selbst): Eine SMS käme nie an.</translation>
    </message>
    <message>
        <source>The client asked not to be contacted this way (a directive on their page). A provider must respect such a request and need not ask why.</source>
        <translation>Der Klient hat gebeten, auf diesem Weg nicht kontaktiert zu werden (eine Vorgabe auf seiner Seite). Eine solche Bitte ist zu respektieren, ohne nach dem Grund zu fragen.</translation>
    </message>
    <message>
        <source>The client withdrew consent for this channel and purpose. Nothing of this kind may be sent until they agree again, and that is recorded as a new consent event.</source>
        <translation>Der Klient hat die Einwilligung für diesen Kontaktweg und Zweck widerrufen. Nichts dieser Art darf gesendet werden, bis er wieder einwilligt, und das wird als neues Einwilligungsereignis erfasst.</translation>
    </message>
    <message>
        <source>The client was asked and said no. Record a new consent event if they change their mind.</source>
        <translation>Der Klient wurde gefragt und hat abgelehnt. Erfassen Sie ein neues Einwilligungsereignis, wenn er es sich anders überlegt.</translation>
    </message>
    <message>
        <source>The draft has promotional wording (an offer, a discount, a newsletter), which needs marketing consent for this channel whatever purpose was chosen. Remove the promotion, or record the client&apos;s marketing consent first.</source>
        <translation>Der Entwurf enthält werbliche Formulierungen (ein Angebot, einen Rabatt, einen Newsletter); dafür ist eine Einwilligung in Werbung für diesen Kontaktweg nötig, gleich welcher Zweck gewählt ist. Entfernen Sie die Werbung, oder erfassen Sie zuerst die Einwilligung des Klienten in Werbung.</translation>
    </message>
    <message>
        <source>The client agreed to this channel for this purpose; the consent record says when and how.</source>
        <translation>Der Klient hat diesem Kontaktweg für diesen Zweck zugestimmt; der Einwilligungsnachweis zeigt, wann und wie.</translation>
    </message>
    <message>
        <source>The consent came from an imported list: the file said yes, but nobody at the practice has confirmed it with the client yet. Confirm it at the next contact.</source>
        <translation>Die Einwilligung stammt aus einer importierten Liste: Die Datei sagte ja, aber in der Praxis hat es noch niemand mit dem Klienten bestätigt. Bestätigen Sie es beim nächsten Kontakt.</translation>
    </message>
    <message>
        <source>The client wrote to the practice this way recently, so a reply the same way is expected.</source>
        <translation>Der Klient hat der Praxis kürzlich auf diesem Weg geschrieben, daher wird eine Antwort auf demselben Weg erwartet.</translation>
    </message>
    <message>
        <source>There is no record that the client agreed to texts. Ask them, and record the answer on their consent tab.</source>
        <translation>Es ist nicht erfasst, dass der Klient in SMS eingewilligt hat. Fragen Sie ihn, und erfassen Sie die Antwort im Reiter Einwilligung.</translation>
    </message>
    <message>
        <source>The draft mentions something clinical or an identifier (a card, NHS or insurance number, a date of birth). Texts are read on lock screens and shared phones and stay on the network: say it in a call or in person.</source>
        <translation>Der Entwurf erwähnt etwas Klinisches oder eine Kennung (eine Karten-, NHS- oder Versicherungsnummer, ein Geburtsdatum). SMS werden auf Sperrbildschirmen und geteilten Telefonen gelesen und bleiben im Netz: Sagen Sie es am Telefon oder persönlich.</translation>
    </message>
    <message>
        <source>The client asked for clinical messages this way after being told the risk (a directive on their page), so it is allowed for them.</source>
        <translation>Der Klient hat klinische Nachrichten auf diesem Weg gewünscht, nachdem er über das Risiko informiert wurde (eine Vorgabe auf seiner Seite); für ihn ist es daher erlaubt.</translation>
    </message>
    <message>
        <source>The draft needs more text segments than the practice allows (Settings): it would arrive in pieces. Shorten it or send an email.</source>
        <translation>Der Entwurf braucht mehr SMS-Teile, als die Praxis erlaubt (Einstellungen): Er käme in Stücken an. Kürzen Sie ihn, oder senden Sie eine E-Mail.</translation>
    </message>
    <message>
        <source>The draft touches a hard subject (bad news, money owed, a complaint, ending care). Tone is easily misread in writing: a call or a meeting is kinder.</source>
        <translation>Der Entwurf berührt ein schwieriges Thema (schlechte Nachrichten, offene Beträge, eine Beschwerde, das Ende der Behandlung). Der Ton wird schriftlich leicht missverstanden: Ein Anruf oder ein Gespräch ist rücksichtsvoller.</translation>
    </message>
    <message>
        <source>The client has no email address on file.</source>
        <translation>Für den Klienten ist keine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <source>The client has an email address on file.</source>
        <translation>Für den Klienten ist eine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <source>The client has no phone number on file.</source>
        <translation>Für den Klienten ist keine Telefonnummer hinterlegt.</translation>
    </message>
    <message>
        <source>If the call goes to voicemail, leave only your name, your number and a request to call back: anyone may listen to it.</source>
        <translation>Wenn der Anruf auf die Mailbox geht, hinterlassen Sie nur Ihren Namen, Ihre Nummer und die Bitte um Rückruf: Jeder könnte sie abhören.</translation>
    </message>
    <message>
        <source>The client asked for no voicemail messages: if they do not answer, try again later.</source>
        <translation>Der Klient möchte keine Nachrichten auf der Mailbox: Wenn er nicht abnimmt, versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The client has an appointment soon: this can wait and be said in person.</source>
        <translation>Der Klient hat bald einen Termin: Das kann warten und persönlich gesagt werden.</translation>
    </message>
    <message>
        <source>The client said they prefer this channel.</source>
        <translation>Der Klient bevorzugt nach eigener Aussage diesen Kontaktweg.</translation>
    </message>
    <message>
        <source>A long message reads better as an email than as a text.</source>
        <translation>Eine lange Nachricht liest sich als E-Mail besser als als SMS.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>This reads as an offer or news (promotional wording is highlighted), so it needs the client&apos;s consent to marketing on each channel, whatever purpose is chosen.</source>
        <translation>Das liest sich wie ein Angebot oder eine Neuigkeit (werbliche Formulierungen sind hervorgehoben), daher ist für jeden Kontaktweg die Einwilligung des Klienten in Werbung nötig, gleich welcher Zweck gewählt ist.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientAppointmentsTab</name>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>from the old next-appointment field</source>
        <translation>aus dem alten Feld „Nächster Termin“</translation>
    </message>
    <message>
        <source>from calendar %1</source>
        <translation>aus Kalender %1</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>Move &amp;to...</source>
        <translation>&amp;Verschieben...</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Ab&amp;sagen</translation>
    </message>
    <message>
        <source>No appointments yet. Add one with &quot;Add&quot; (Alt+A).</source>
        <translation>Noch keine Termine. Fügen Sie einen mit „Hinzufügen“ (Alt+Z) hinzu.</translation>
    </message>
    <message>
        <source>Book an appointment for this client (Alt+A)</source>
        <translation>Einen Termin für diesen Klienten buchen (Alt+Z)</translation>
    </message>
    <message>
        <source>Move the selected appointment to another day or time (Alt+T, or Enter on the row)</source>
        <translation>Den ausgewählten Termin auf einen anderen Tag oder eine andere Zeit verschieben (Alt+V oder Eingabetaste auf der Zeile)</translation>
    </message>
    <message>
        <source>Cancel the selected appointment (Alt+L); it stays in the list as cancelled</source>
        <translation>Den ausgewählten Termin absagen (Alt+S); er bleibt als abgesagt in der Liste</translation>
    </message>
    <message>
        <source>Record that the client came to the selected appointment</source>
        <translation>Erfassen, dass der Klient zum ausgewählten Termin erschienen ist</translation>
    </message>
    <message>
        <source>Record that the client did not come to the selected appointment</source>
        <translation>Erfassen, dass der Klient zum ausgewählten Termin nicht erschienen ist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Anstehend (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Vergangen (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientConsentTab</name>
    <message>
        <source>&amp;Record consent...</source>
        <translation>Einwilligung er&amp;fassen...</translation>
    </message>
    <message>
        <source>Messages about the client&apos;s own appointments and care</source>
        <translation>Nachrichten zu den eigenen Terminen und der Behandlung des Klienten</translation>
    </message>
    <message>
        <source>Offers, news and promotions</source>
        <translation>Angebote, Neuigkeiten und Aktionen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Withdraw %1 %2 consent</source>
        <translation>Einwilligung widerrufen: %1, %2</translation>
    </message>
    <message>
        <source>Record that the client withdrew this consent, now</source>
        <translation>Erfassen, dass der Klient diese Einwilligung jetzt widerrufen hat</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Erfasst am %1</translation>
    </message>
    <message>
        <source>Record that %1 withdrew %2 consent (%3), effective now?</source>
        <translation>Erfassen, dass %1 die Einwilligung für %2 (%3) widerrufen hat, mit sofortiger Wirkung?</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>Einwilligung widerrufen: %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw for %1</source>
        <translation>Für %1 &amp;widerrufen</translation>
    </message>
    <message>
        <source>Withdrawn from the client&apos;s consent tab</source>
        <translation>Im Reiter Einwilligung des Klienten widerrufen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientContactLogTab</name>
    <message>
        <source>withdrew consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>possible opt-out</source>
        <translation>mögliche Abmeldung</translation>
    </message>
    <message>
        <source>possible opt-in</source>
        <translation>mögliche Einwilligung</translation>
    </message>
    <message>
        <source>sent by hand</source>
        <translation>von Hand gesendet</translation>
    </message>
    <message>
        <source>&amp;Log contact...</source>
        <translation>K&amp;ontakt eintragen...</translation>
    </message>
    <message>
        <source>Show clinical details</source>
        <translation>Klinische Details zeigen</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Noch keine Kontakte eingetragen.</translation>
    </message>
    <message>
        <source>Logged texts are shown with treatment details masked; tick to reveal them</source>
        <translation>Eingetragene Texte werden mit verdeckten Behandlungsdetails gezeigt; zum Aufdecken ankreuzen</translation>
    </message>
    <message>
        <source>What the last log triggered</source>
        <translation>Was der letzte Eintrag ausgelöst hat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <source>Clinical details masked: tick &quot;Show clinical details&quot; to read them</source>
        <translation>Klinische Details verdeckt: Kreuzen Sie „Klinische Details zeigen“ an, um sie zu lesen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDetailWidget</name>
    <message>
        <source>E&amp;dit...</source>
        <translation>Bea&amp;rbeiten...</translation>
    </message>
    <message>
        <source>New &amp;message...</source>
        <translation>Neue &amp;Nachricht...</translation>
    </message>
    <message>
        <source>Choose a client in the list to see their details, consent and contact log.</source>
        <translation>Wählen Sie einen Klienten in der Liste, um seine Daten, Einwilligungen und sein Kontaktprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>Edit this client&apos;s details (Ctrl+E)</source>
        <translation>Die Daten dieses Klienten bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Draft a message to this client (Ctrl+N)</source>
        <translation>Eine Nachricht an diesen Klienten entwerfen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Überblick</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>&amp;Einwilligung</translation>
    </message>
    <message>
        <source>Contact lo&amp;g</source>
        <translation>Kontakt&amp;protokoll</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Kein Klient ausgewählt</translation>
    </message>
    <message>
        <source>Goes by %1</source>
        <translation>Rufname: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Eingetragen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientEditDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Klient bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>What they like to be called (optional)</source>
        <translation>Wie der Klient angesprochen werden möchte (optional)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>e.g. 07400 123456</source>
        <translation>z. B. 0151 23456789</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>e.g. 020 7946 0000</source>
        <translation>z. B. 030 1234567</translation>
    </message>
    <message>
        <source>other phone number</source>
        <translation>weitere Telefonnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Leave empty to use the practice&apos;s time zone</source>
        <translation>Leer lassen, um die Zeitzone der Praxis zu verwenden</translation>
    </message>
    <message>
        <source>Own quiet hours</source>
        <translation>Eigene Ruhezeiten</translation>
    </message>
    <message>
        <source>Unchecked: the practice default applies</source>
        <translation>Nicht angekreuzt: Es gilt der Standard der Praxis</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Practical notes only (parking, access, preferences): not clinical notes</source>
        <translation>Nur praktische Hinweise (Parken, Zugang, Vorlieben): keine klinischen Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <source>&amp;Mobiles:</source>
        <translation>&amp;Mobilnummern:</translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation>&amp;Weitere Nummern:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;E-Mails:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>R&amp;uhezeiten:</translation>
    </message>
    <message>
        <source>Ne&amp;xt appointment:</source>
        <translation>Nächster &amp;Termin:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>E&amp;rase...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Remove this client&apos;s personal data; their consent record stays, without a name</source>
        <translation>Die persönlichen Daten dieses Klienten entfernen; sein Einwilligungsnachweis bleibt erhalten, ohne Namen</translation>
    </message>
    <message>
        <source>Edit client: %1</source>
        <translation>Klient bearbeiten: %1</translation>
    </message>
    <message>
        <source>&amp;Save %1</source>
        <translation>%1 &amp;speichern</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Archivierung auf&amp;heben</translation>
    </message>
    <message>
        <source>Name: a client needs a name.</source>
        <translation>Name: Ein Klient braucht einen Namen.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Erase client: %1</source>
        <translation>Klient löschen: %1</translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, numbers, addresses, notes and logged message texts. Their consent record stays, without a name, so the ledger still verifies. This cannot be undone.

Type the client&apos;s name to confirm:</source>
        <translation>Beim Löschen werden Name, Nummern, Adressen, Notizen und eingetragene Nachrichtentexte von %1 entfernt. Der Einwilligungsnachweis bleibt ohne Namen erhalten, damit das Einwilligungsprotokoll weiterhin geprüft werden kann. Dies lässt sich nicht rückgängig machen.

Geben Sie zur Bestätigung den Namen des Klienten ein:</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>The name did not match: nothing was erased.</source>
        <translation>Der Name stimmte nicht überein: Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientListModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>imported, unverified</source>
        <translation>importiert, ungeprüft</translation>
    </message>
    <message>
        <source>Service messages: %1; marketing: %2.</source>
        <translation>Servicenachrichten: %1; Werbung: %2.</translation>
    </message>
    <message>
        <source>Last text from the client: %1.</source>
        <translation>Letzte SMS des Klienten: %1.</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[archiviert]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <translation>d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientOverviewTab</name>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>landline: no texts</source>
        <translation>Festnetz: keine SMS</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>Festnetz oder mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ruhezeiten:</translation>
    </message>
    <message>
        <source>Next appointment:</source>
        <translation>Nächster Termin:</translation>
    </message>
    <message>
        <source>To raise there:</source>
        <translation>Dort ansprechen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kontaktwege</translation>
    </message>
    <message>
        <source>Tick the channels the client likes, most preferred first.</source>
        <translation>Kreuzen Sie die Kontaktwege an, die der Klient mag, den liebsten zuerst.</translation>
    </message>
    <message>
        <source>Preferred channels, most preferred first</source>
        <translation>Bevorzugte Kontaktwege, der liebste zuerst</translation>
    </message>
    <message>
        <source>Move up (prefer more)</source>
        <translation>Nach oben (stärker bevorzugt)</translation>
    </message>
    <message>
        <source>Move down (prefer less)</source>
        <translation>Nach unten (weniger bevorzugt)</translation>
    </message>
    <message>
        <source>Move preference up</source>
        <translation>Vorliebe nach oben</translation>
    </message>
    <message>
        <source>Move preference down</source>
        <translation>Vorliebe nach unten</translation>
    </message>
    <message>
        <source>How the client asked to be contacted</source>
        <translation>Wie der Klient kontaktiert werden möchte</translation>
    </message>
    <message>
        <source>&lt;i&gt;No phone number or email address&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Telefonnummer oder E-Mail-Adresse&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 (the practice&apos;s)</source>
        <translation>%1 (die der Praxis)</translation>
    </message>
    <message>
        <source>%1 (practice default)</source>
        <translation>%1 (Standard der Praxis)</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Keiner gebucht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>since %1, by %2</source>
        <translation>seit %1, von %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComposerWindow</name>
    <message>
        <source>Found by %1.</source>
        <translation>Erkannt durch: %1.</translation>
    </message>
    <message>
        <source>Right-click to never mark it, or to mark it as something else.</source>
        <translation>Rechtsklick, um es nie zu markieren oder anders zu markieren.</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Etikette</translation>
    </message>
    <message>
        <source>“%1”: %2, found by %3</source>
        <translation>„%1“: %2, erkannt durch: %3</translation>
    </message>
    <message>
        <source>&amp;Never mark “%1”</source>
        <translation>„%1“ &amp;nie markieren</translation>
    </message>
    <message>
        <source>Adds it to the practice&apos;s ignored words (Settings, Lexicon)</source>
        <translation>Fügt es den ignorierten Wörtern der Praxis hinzu (Einstellungen, Wortliste)</translation>
    </message>
    <message>
        <source>&amp;Mark “%1” as</source>
        <translation>„%1“ &amp;markieren als</translation>
    </message>
    <message>
        <source>“%1” will not be marked again (Settings, Lexicon, to undo).</source>
        <translation>„%1“ wird nicht mehr markiert (rückgängig unter Einstellungen, Wortliste).</translation>
    </message>
    <message>
        <source>“%1” is now marked as %2 (Settings, Lexicon, to undo).</source>
        <translation>„%1“ wird jetzt als %2 markiert (rückgängig unter Einstellungen, Wortliste).</translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation>Für später planen</translation>
    </message>
    <message>
        <source>&amp;Hand off at (%1):</source>
        <translation>Über&amp;gabe um (%1):</translation>
    </message>
    <message>
        <source>By %1. When it is due, Rapport says so and reads the advice again; nothing is sent by itself.</source>
        <translation>Kontaktweg: %1. Wenn sie fällig ist, meldet Rapport das und prüft die Empfehlung erneut; nichts wird von selbst gesendet.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Scheduled for %1 by %2 (View, Scheduled messages). The draft was cleared.</source>
        <translation>Geplant für %1, Kontaktweg: %2 (Ansicht, Geplante Nachrichten). Der Entwurf wurde geleert.</translation>
    </message>
    <message>
        <source>Outside your hours</source>
        <translation>Außerhalb Ihrer Sprechzeiten</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Type a name, number or email</source>
        <translation>Name, Nummer oder E-Mail eingeben</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Create, edit and delete templates</source>
        <translation>Vorlagen erstellen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminabsprache</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Klinisch</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>What the message is for. Inferred from the text unless you choose.</source>
        <translation>Wofür die Nachricht ist. Wird aus dem Text abgeleitet, sofern Sie nichts wählen.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write your message, or pick a template</source>
        <translation>Schreiben Sie Ihre Nachricht, oder wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard (not logged: use a channel button to log it)</source>
        <translation>Die Nachricht in die Zwischenablage kopieren (nicht eingetragen: Nutzen Sie eine Kontaktweg-Schaltfläche, um sie einzutragen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;When&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wann&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sc&amp;hedule for later...</source>
        <translation>Für s&amp;päter planen...</translation>
    </message>
    <message>
        <source>Keep this message for the suggested time; Rapport says when it is due</source>
        <translation>Diese Nachricht für den vorgeschlagenen Zeitpunkt aufheben; Rapport meldet, wenn sie fällig ist</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>I sent it by hand</source>
        <translation>Von Hand gesendet</translation>
    </message>
    <message>
        <source>Log the message as sent by hand and clear the draft</source>
        <translation>Die Nachricht als von Hand gesendet eintragen und den Entwurf leeren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Keep the draft and log nothing</source>
        <translation>Entwurf behalten und nichts eintragen</translation>
    </message>
    <message>
        <source>Nothing was logged; the draft is kept.</source>
        <translation>Nichts eingetragen; der Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>New message to %1</source>
        <translation>Neue Nachricht an %1</translation>
    </message>
    <message>
        <source>%1 can no longer be written to (%2); the draft was discarded.</source>
        <translation>An %1 kann nicht mehr geschrieben werden (%2); der Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>This message was written to %1: check it fits %2 before you send it.</source>
        <translation>Diese Nachricht wurde für %1 geschrieben: Prüfen Sie vor dem Senden, ob sie zu %2 passt.</translation>
    </message>
    <message>
        <source>You edited the message since the template “%1” filled it in for %2. Fill it in again for %3? Your edits are replaced (Ctrl+Z brings them back).</source>
        <translation>Sie haben die Nachricht geändert, seit die Vorlage „%1“ sie für %2 ausgefüllt hat. Für %3 neu ausfüllen? Ihre Änderungen werden ersetzt (Strg+Z holt sie zurück).</translation>
    </message>
    <message>
        <source>Fill in the template for %1</source>
        <translation>Vorlage für %1 ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Fill in for %1</source>
        <translation>Für %1 &amp;ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation>&amp;Meinen Text behalten</translation>
    </message>
    <message>
        <source>The message was kept as you wrote it for %1: check it fits %2 before you send it.</source>
        <translation>Die Nachricht blieb so, wie Sie sie für %1 geschrieben haben: Prüfen Sie vor dem Senden, ob sie zu %2 passt.</translation>
    </message>
    <message>
        <source>The template “%1” was filled in again for %2.</source>
        <translation>Die Vorlage „%1“ wurde für %2 neu ausgefüllt.</translation>
    </message>
    <message>
        <source>Your unsent draft from %1 was restored.</source>
        <translation>Ihr nicht gesendeter Entwurf (%1) wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not ready to send: %1.</source>
        <translation>Noch nicht sendebereit: %1.</translation>
    </message>
    <message>
        <source>Choose the recipient first: To: shows “%1”, the message is for %2</source>
        <translation>Wählen Sie zuerst den Empfänger: „An:“ zeigt „%1“, die Nachricht ist für %2</translation>
    </message>
    <message>
        <source>Write a message first</source>
        <translation>Schreiben Sie zuerst eine Nachricht</translation>
    </message>
    <message>
        <source>Choose a client first</source>
        <translation>Wählen Sie zuerst einen Klienten</translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Marked in the text (hover for why): %1</source>
        <translation>Im Text markiert (Grund beim Darüberfahren): %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>Choose a client to see which channel fits and when to send.</source>
        <translation>Wählen Sie einen Klienten, um zu sehen, welcher Kontaktweg passt und wann Sie senden sollten.</translation>
    </message>
    <message>
        <source>Send now: it is within your hours and outside the client&apos;s quiet hours.</source>
        <translation>Jetzt senden: Es ist innerhalb Ihrer Sprechzeiten und außerhalb der Ruhezeiten des Klienten.</translation>
    </message>
    <message>
        <source>Raise it in person: no time to choose.</source>
        <translation>Persönlich ansprechen: Kein Zeitpunkt zu wählen.</translation>
    </message>
    <message>
        <source>Suggested time: %1.</source>
        <translation>Vorgeschlagener Zeitpunkt: %1.</translation>
    </message>
    <message>
        <source>Etiquette:</source>
        <translation>Etikette:</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Typographic quotes and dashes replaced (Ctrl+Z to undo).</source>
        <translation>Typografische Anführungszeichen und Striche ersetzt (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 has no address for this channel.</source>
        <translation>%1 hat keine Kontaktangabe für diesen Kontaktweg.</translation>
    </message>
    <message>
        <source>Not handed off; the draft is kept for later.</source>
        <translation>Nicht übergeben; der Entwurf bleibt für später erhalten.</translation>
    </message>
    <message>
        <source>Handed off, but it could not be logged: %1</source>
        <translation>Übergeben, konnte aber nicht eingetragen werden: %1</translation>
    </message>
    <message>
        <source>outside your hours</source>
        <translation>außerhalb Ihrer Sprechzeiten</translation>
    </message>
    <message>
        <source>in your time off</source>
        <translation>während Ihrer Abwesenheit</translation>
    </message>
    <message>
        <source>inside the client&apos;s quiet hours</source>
        <translation>in den Ruhezeiten des Klienten</translation>
    </message>
    <message>
        <source>not a good time to send</source>
        <translation>kein guter Zeitpunkt zum Senden</translation>
    </message>
    <message>
        <source>the suggested time is %1</source>
        <translation>der vorgeschlagene Zeitpunkt ist %1</translation>
    </message>
    <message>
        <source>no better time was found in the next year</source>
        <translation>im nächsten Jahr wurde kein besserer Zeitpunkt gefunden</translation>
    </message>
    <message>
        <source>It is %1; %2. Hand off now anyway?</source>
        <translation>Es ist %1; %2. Trotzdem jetzt übergeben?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>On %1&apos;s list for the appointment %2 (their overview and the dashboard show it). It is logged when you tick it off as raised. The draft was cleared (Ctrl+Z brings it back).</source>
        <translation>Auf der Liste für %1 zum Termin %2 (im Überblick des Klienten und in der Übersicht zu sehen). Eingetragen wird es, wenn Sie es als angesprochen abhaken. Der Entwurf wurde geleert (Strg+Z holt ihn zurück).</translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links. Call from your phone, then say so here; nothing is logged until you do.</source>
        <translation>Nichts auf diesem Computer kann %1:-Links öffnen. Rufen Sie von Ihrem Telefon aus an und melden Sie es dann hier; bis dahin wird nichts eingetragen.</translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links. Copy the message, send it yourself, then say so here; the draft is kept until you do.</source>
        <translation>Nichts auf diesem Computer kann %1:-Links öffnen. Kopieren Sie die Nachricht, senden Sie sie selbst und melden Sie es dann hier; bis dahin bleibt der Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>I called by hand</source>
        <translation>Von Hand angerufen</translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links; the message was not logged and the draft is kept.</source>
        <translation>Nichts auf diesem Computer kann %1:-Links öffnen; die Nachricht wurde nicht eingetragen, der Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The number is on the clipboard. Choose “I called by hand” once you have called.</source>
        <translation>Die Nummer ist in der Zwischenablage. Wählen Sie „Von Hand angerufen“, sobald Sie angerufen haben.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. Choose “I sent it by hand” once it is sent; the draft is kept until then.</source>
        <translation>In die Zwischenablage kopiert. Wählen Sie „Von Hand gesendet“, sobald sie gesendet ist; bis dahin bleibt der Entwurf erhalten.</translation>
    </message>
    <message>
        <source>It could not be logged: %1</source>
        <translation>Konnte nicht eingetragen werden: %1</translation>
    </message>
    <message>
        <source>Logged as sent by hand (%1). The draft was cleared (Ctrl+Z brings it back).</source>
        <translation>Als von Hand gesendet eingetragen (%1). Der Entwurf wurde geleert (Strg+Z holt ihn zurück).</translation>
    </message>
    <message>
        <source>Handed off by %1 and logged. The draft was cleared (Ctrl+Z brings it back).</source>
        <translation>Per %1 übergeben und eingetragen. Der Entwurf wurde geleert (Strg+Z holt ihn zurück).</translation>
    </message>
    <message>
        <source>Your unsent draft from %1 was restored from this computer (the server did not have it). It goes to the server with the next save.</source>
        <translation>Ihr nicht gesendeter Entwurf vom %1 wurde von diesem Computer wiederhergestellt (der Server hatte ihn nicht). Er geht beim nächsten Speichern an den Server.</translation>
    </message>
    <message>
        <source>The server did not take the draft (%1). It is kept on this computer and goes to the server with your next change once the server answers.</source>
        <translation>Der Server hat den Entwurf nicht angenommen (%1). Er wird auf diesem Computer aufbewahrt und geht mit Ihrer nächsten Änderung an den Server, sobald dieser antwortet.</translation>
    </message>
    <message>
        <source>The draft is saved on the server again.</source>
        <translation>Der Entwurf wird wieder auf dem Server gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>Bezeichnung für %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardWidget</name>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Conf&amp;irm...</source>
        <translation>Bes&amp;tätigen...</translation>
    </message>
    <message>
        <source>Consent coverage chart</source>
        <translation>Diagramm: Abdeckung der Einwilligungen</translation>
    </message>
    <message>
        <source>Contacts per week chart</source>
        <translation>Diagramm: Kontakte pro Woche</translation>
    </message>
    <message>
        <source>Imported consents to confirm</source>
        <translation>Zu bestätigende importierte Einwilligungen</translation>
    </message>
    <message>
        <source>Record the client&apos;s confirmed consent for the selected line</source>
        <translation>Die bestätigte Einwilligung des Klienten für die ausgewählte Zeile erfassen</translation>
    </message>
    <message>
        <source>Today&apos;s appointments and what to raise at each; tick when raised</source>
        <translation>Heutige Termine und was jeweils anzusprechen ist; abhaken, wenn angesprochen</translation>
    </message>
    <message>
        <source>%1: %2 %3, imported %4</source>
        <translation>%1: %2 %3, importiert am %4</translation>
    </message>
    <message>
        <source>Imported from another system without evidence. Ask the client, then record what they say.</source>
        <translation>Ohne Nachweis aus einem anderen System importiert. Fragen Sie den Klienten, und erfassen Sie dann seine Antwort.</translation>
    </message>
    <message>
        <source>Nothing to confirm: no imported consents are waiting.</source>
        <translation>Nichts zu bestätigen: Es warten keine importierten Einwilligungen.</translation>
    </message>
    <message>
        <source>Imported consents to confirm: %1 (showing the oldest %2)</source>
        <translation>Zu bestätigende importierte Einwilligungen: %1 (die ältesten %2 werden gezeigt)</translation>
    </message>
    <message>
        <source>Imported consents to confirm: %1</source>
        <translation>Zu bestätigende importierte Einwilligungen: %1</translation>
    </message>
    <message>
        <source>%1 %2: nothing to raise</source>
        <translation>%1 %2: nichts anzusprechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n to raise</source>
        <translation>
            <numerusform>%1 %2: %n Punkt anzusprechen</numerusform>
            <numerusform>%1 %2: %n Punkte anzusprechen</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show the client</source>
        <translation>Doppelklick zeigt den Klienten</translation>
    </message>
    <message>
        <source>Tick when raised: it is then logged as an in-person contact.</source>
        <translation>Abhaken, wenn angesprochen: Es wird dann als persönlicher Kontakt eingetragen.</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Heute keine Termine.</translation>
    </message>
    <message>
        <source>Today&apos;s appointments: %1, with %2 to raise</source>
        <translation>Heutige Termine: %1, anzusprechen: %2</translation>
    </message>
    <message>
        <source>Consent coverage</source>
        <translation>Abdeckung der Einwilligungen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Contacts per week, last %1 weeks</source>
        <translation>Kontakte pro Woche, letzte %1 Wochen</translation>
    </message>
    <message>
        <source>Week starting (day/month)</source>
        <translation>Woche ab (Tag/Monat)</translation>
    </message>
    <message>
        <source>d/M</source>
        <comment>week start on the dashboard&apos;s chart: day and month, short</comment>
        <translation>d.M.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportDialog</name>
    <message>
        <source>Export consent records</source>
        <translation>Einwilligungsnachweise exportieren</translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation>Wessen Nachweise</translation>
    </message>
    <message>
        <source>&amp;This client</source>
        <translation>Dieser &amp;Klient</translation>
    </message>
    <message>
        <source>&amp;This client: %1</source>
        <translation>Dieser &amp;Klient: %1</translation>
    </message>
    <message>
        <source>The &amp;selected client</source>
        <translation>Der &amp;ausgewählte Klient</translation>
    </message>
    <message>
        <source>The &amp;selected clients (%1)</source>
        <translation>Die &amp;ausgewählten Klienten (%1)</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>A&amp;lle Klienten</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; one row per event)</source>
        <translation>CSV (Tabellenkalkulation; eine Zeile pro Ereignis)</translation>
    </message>
    <message>
        <source>JSON (every event, current states, chain head)</source>
        <translation>JSON (alle Ereignisse, aktueller Stand, Kopf der Prüfkette)</translation>
    </message>
    <message>
        <source>PDF (a readable report per client)</source>
        <translation>PDF (ein lesbarer Bericht pro Klient)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1-clients</source>
        <translation>%1-klienten</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.
Chain head: %3 (the ledger holds %4 events)</source>
        <translation>%1 Ereignisse nach %2 geschrieben.
Kopf der Prüfkette: %3 (das Einwilligungsprotokoll enthält %4 Ereignisse)</translation>
    </message>
    <message>
        <source>none, the ledger is empty</source>
        <translation>keiner, das Einwilligungsprotokoll ist leer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The consent records could not be written to %1:

%2</source>
        <translation>Die Einwilligungsnachweise konnten nicht nach %1 geschrieben werden:

%2</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Print consent report</source>
        <translation>Einwilligungsbericht drucken</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Consent report</source>
        <translation>Einwilligungsbericht</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingHighlighter</name>
    <message>
        <source>Clinical detail</source>
        <translation>Klinisches Detail</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Delicate topic</source>
        <translation>Heikles Thema</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Werblich</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminabsprache</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunDialog</name>
    <message>
        <source>Load a &amp;sample practice: a few made-up clients with consents and messages, to try everything</source>
        <translation>&amp;Beispielpraxis laden: ein paar erfundene Klienten mit Einwilligungen und Nachrichten, um alles auszuprobieren</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;A few details about your practice, so messages can name it and timing advice follows your hours. You can change all of this later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen&lt;/h3&gt;&lt;p&gt;Ein paar Angaben zu Ihrer Praxis, damit Nachrichten sie nennen können und die Empfehlungen zum Zeitpunkt Ihren Sprechzeiten folgen. Sie können all das später in den Einstellungen ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Harbour Street Osteopathy</source>
        <translation>z. B. Osteopathie am Hafen</translation>
    </message>
    <message>
        <source>Your name, as clients know you</source>
        <translation>Ihr Name, wie Klienten Sie kennen</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>Praxis&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Sprechzeiten:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <source>Practice name: clients see it in messages, so it cannot be empty.</source>
        <translation>Praxisname: Klienten sehen ihn in Nachrichten, daher darf er nicht leer sein.</translation>
    </message>
    <message>
        <source>The sample practice could not be loaded: %1</source>
        <translation>Die Beispielpraxis konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::GuideWindow</name>
    <message>
        <source>Rapport Guide</source>
        <translation>Rapport-Leitfaden</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HoursEditor</name>
    <message>
        <source>Open on %1</source>
        <translation>Geöffnet am %1</translation>
    </message>
    <message>
        <source>Add another interval on %1</source>
        <translation>Weiteres Intervall am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add interval on %1</source>
        <translation>Intervall am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Hours, %1: the interval %2-%3 ends before it starts.</source>
        <translation>Sprechzeiten, %1: Das Intervall %2-%3 endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Hours, %1: the intervals %2-%3 and %4-%5 overlap.</source>
        <translation>Sprechzeiten, %1: Die Intervalle %2-%3 und %4-%5 überschneiden sich.</translation>
    </message>
    <message>
        <source>%1, interval %2, from</source>
        <translation>%1, Intervall %2, von</translation>
    </message>
    <message>
        <source>%1, interval %2, to</source>
        <translation>%1, Intervall %2, bis</translation>
    </message>
    <message>
        <source>00:00 means midnight</source>
        <translation>00:00 bedeutet Mitternacht</translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation>Dieses Intervall entfernen</translation>
    </message>
    <message>
        <source>Remove %1 interval %2</source>
        <translation>%1, Intervall %2 entfernen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMappingEditor</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(Spalte ignorieren)</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, Gruppe %2</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Imported as, for column %1</source>
        <translation>Importiert als, für Spalte %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Klienten importieren</translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation>Klientenliste wählen</translation>
    </message>
    <message>
        <source>A CSV export (Google Contacts, Outlook, Jane, Cliniko, OpenEMR, or any table with name, phone and email columns) or a vCard file from a phone.</source>
        <translation>Ein CSV-Export (Google Contacts, Outlook, Jane, Cliniko, OpenEMR oder jede Tabelle mit Spalten für Name, Telefon und E-Mail) oder eine vCard-Datei von einem Telefon.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose a .csv or .vcf file, or drop one on the main window</source>
        <translation>Wählen Sie eine .csv- oder .vcf-Datei oder ziehen Sie eine auf das Hauptfenster</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Format and columns</source>
        <translation>Format und Spalten</translation>
    </message>
    <message>
        <source>Check what each column holds; change a choice if it is wrong. Columns marked “ignore” are not imported.</source>
        <translation>Prüfen Sie, was jede Spalte enthält; ändern Sie eine Auswahl, wenn sie falsch ist. Mit „ignorieren“ markierte Spalten werden nicht importiert.</translation>
    </message>
    <message>
        <source>A vCard file names its fields itself: there are no columns to map.</source>
        <translation>Eine vCard-Datei benennt ihre Felder selbst: Es gibt keine Spalten zuzuordnen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first %1 rows as they will be imported. Skipped lines are shown in red with the reasons; fix them in the file and import it again later (it merges).</source>
        <translation>Die ersten %1 Zeilen, so wie sie importiert werden. Übersprungene Zeilen sind rot markiert, mit den Gründen; korrigieren Sie sie in der Datei und importieren Sie diese später erneut (sie wird zusammengeführt).</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Notes on the row</source>
        <translation>Hinweise zur Zeile</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any line has a problem</source>
        <translation>&amp;Strikt: nichts importieren, wenn eine Zeile ein Problem hat</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Everything is written in one go: a cancelled import leaves nothing behind.</source>
        <translation>Alles wird in einem Zug geschrieben: Ein abgebrochener Import hinterlässt nichts.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Skipped lines and remarks</source>
        <translation>Übersprungene Zeilen und Hinweise</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Klientenlisten (*.csv *.tsv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>%1, delimiter: %2</source>
        <translation>%1, Trennzeichen: %2</translation>
    </message>
    <message>
        <source>Detected format: &lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2</source>
        <translation>Erkanntes Format: &lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>merged into the existing client #%1</source>
        <translation>mit dem bestehenden Klienten #%1 zusammengeführt</translation>
    </message>
    <message>
        <source>merged: lines %1</source>
        <translation>zusammengeführt: Zeilen %1</translation>
    </message>
    <message>
        <source>new client</source>
        <translation>neuer Klient</translation>
    </message>
    <message>
        <source>%1 (%2): %3 records read; %4 new clients, %5 merged, %6 skipped.</source>
        <translation>%1 (%2): %3 Datensätze gelesen; %4 neue Klienten, %5 zusammengeführt, %6 übersprungen.</translation>
    </message>
    <message>
        <source>Strict is on and some lines have problems: nothing would be imported.</source>
        <translation>„Strikt“ ist aktiv und einige Zeilen haben Probleme: Es würde nichts importiert.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Importing 1 client...</source>
        <translation>1 Klient wird importiert...</translation>
    </message>
    <message>
        <source>Importing %1 clients...</source>
        <translation>%1 Klienten werden importiert...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Import ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Read &lt;b&gt;%1&lt;/b&gt; records from %2 (%3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Datensätze aus %2 (%3) gelesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import was cancelled: nothing was imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Import wurde abgebrochen: Es wurde nichts importiert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strict import: some lines have problems, so nothing was imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strikter Import: Einige Zeilen haben Probleme, daher wurde nichts importiert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt; new clients; &lt;b&gt;%2&lt;/b&gt; records merged into another record or an existing client; %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; neue Klienten importiert; &lt;b&gt;%2&lt;/b&gt; Datensätze mit einem anderen Datensatz oder einem bestehenden Klienten zusammengeführt; %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; line skipped</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Zeile übersprungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; lines skipped</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Zeilen übersprungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; opt-ins were recorded as consent in state &lt;i&gt;imported&lt;/i&gt;: they await confirmation with each client (see the dashboard) and never allow marketing until confirmed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Opt-in-Angaben wurden als Einwilligung im Status &lt;i&gt;importiert&lt;/i&gt; erfasst: Sie müssen mit jedem Klienten bestätigt werden (siehe Übersicht) und erlauben bis zur Bestätigung niemals Werbung.</translation>
    </message>
    <message>
        <source>The file held no opt-in flags: no consent was recorded.</source>
        <translation>Die Datei enthielt keine Opt-in-Angaben: Es wurde keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>imported, note</source>
        <translation>importiert, Hinweis</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Labels</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Imported (unverified)</source>
        <translation>Importiert (ungeprüft)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Onlineformular</translation>
    </message>
    <message>
        <source>Client&apos;s message</source>
        <translation>Nachricht des Klienten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>From client</source>
        <translation>Vom Klienten</translation>
    </message>
    <message>
        <source>To client</source>
        <translation>An den Klienten</translation>
    </message>
    <message>
        <source>No texts</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>No voicemail</source>
        <translation>Keine Mailbox-Nachrichten</translation>
    </message>
    <message>
        <source>Treatment details by text are fine (client accepted the risk)</source>
        <translation>Behandlungsdetails per SMS erlaubt (Risiko akzeptiert)</translation>
    </message>
    <message>
        <source>Treatment details by email are fine (client accepted the risk)</source>
        <translation>Behandlungsdetails per E-Mail erlaubt (Risiko akzeptiert)</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LexiconEditor</name>
    <message>
        <source>Clinical</source>
        <translation>Klinisch</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Delicate</source>
        <translation>Heikel</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Werblich</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminabsprache</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Words about treatment or health that should not go by text or email.</source>
        <translation>Wörter zu Behandlung oder Gesundheit, die nicht per SMS oder E-Mail verschickt werden sollten.</translation>
    </message>
    <message>
        <source>Words that identify the kind of practice (a text seen on a lock screen).</source>
        <translation>Wörter, die die Art der Praxis verraten (eine SMS, die auf dem Sperrbildschirm zu sehen ist).</translation>
    </message>
    <message>
        <source>Topics better raised in person or by phone.</source>
        <translation>Themen, die besser persönlich oder per Anruf angesprochen werden.</translation>
    </message>
    <message>
        <source>Words that make a message marketing.</source>
        <translation>Wörter, die eine Nachricht zu Werbung machen.</translation>
    </message>
    <message>
        <source>Words that mark a message about appointments.</source>
        <translation>Wörter, die eine Nachricht als Terminabsprache kennzeichnen.</translation>
    </message>
    <message>
        <source>Words that mark an administrative message (forms, invoices).</source>
        <translation>Wörter, die eine Nachricht als Verwaltungsnachricht kennzeichnen (Formulare, Rechnungen).</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Words and phrases never to mark, whatever the built-in lists and the medical vocabulary say. Right-click a highlight in the composer to add one.</source>
        <translation>Wörter und Wendungen, die nie markiert werden, egal was die eingebauten Listen und das medizinische Vokabular sagen. Klicken Sie beim Verfassen einer Nachricht mit der rechten Maustaste auf eine Markierung, um einen Eintrag hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>Begriffe: %1</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a %1 term</source>
        <translation>Begriff hinzufügen: %1</translation>
    </message>
    <message>
        <source>Remove the selected %1 term</source>
        <translation>Ausgewählten Begriff entfernen: %1</translation>
    </message>
    <message>
        <source>new term</source>
        <translation>neuer Begriff</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <source>Log contact: %1</source>
        <translation>Kontakt eintragen: %1</translation>
    </message>
    <message>
        <source>The message as received or sent (a text saying only STOP withdraws text consent)</source>
        <translation>Die Nachricht, wie sie empfangen oder gesendet wurde (eine SMS, die nur STOP enthält, widerruft die Einwilligung in SMS)</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kontaktweg:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>&amp;Log for %1</source>
        <translation>Für %1 &amp;eintragen</translation>
    </message>
    <message>
        <source>Recorded a withdrawal of %1 consent (service and marketing).</source>
        <translation>Widerruf der Einwilligung für %1 erfasst (Service und Werbung).</translation>
    </message>
    <message>
        <source>This may be an opt-out: check with the client.</source>
        <translation>Dies könnte eine Abmeldung sein: Klären Sie das mit dem Klienten.</translation>
    </message>
    <message>
        <source>This may be a request to receive texts again: nothing was changed; confirm with the client, then record their consent.</source>
        <translation>Dies könnte der Wunsch sein, wieder SMS zu erhalten: Es wurde nichts geändert; klären Sie das mit dem Klienten und erfassen Sie dann seine Einwilligung.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Checking the consent ledger...</source>
        <translation>Einwilligungsprotokoll wird geprüft...</translation>
    </message>
    <message>
        <source>Consent ledger status</source>
        <translation>Status des Einwilligungsprotokolls</translation>
    </message>
    <message>
        <source>Scheduled messages due now</source>
        <translation>Jetzt fällige geplante Nachrichten</translation>
    </message>
    <message>
        <source>Search names, numbers, emails (Ctrl+F)</source>
        <translation>Namen, Nummern, E-Mails suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klienten suchen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>New &amp;client...</source>
        <translation>Neuer &amp;Klient...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Einen Klienten hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;message...</source>
        <translation>Neue &amp;Nachricht...</translation>
    </message>
    <message>
        <source>Draft a message with channel advice</source>
        <translation>Eine Nachricht mit Kontaktweg-Empfehlung entwerfen</translation>
    </message>
    <message>
        <source>Remin&amp;ders...</source>
        <translation>&amp;Erinnerungen...</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>A day&apos;s reminders, one row per appointment, worked down from the keyboard</source>
        <translation>Die Terminerinnerungen eines Tages, eine Zeile pro Termin, per Tastatur abzuarbeiten</translation>
    </message>
    <message>
        <source>&amp;Record consent...</source>
        <translation>Einwilligung er&amp;fassen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Record the selected client&apos;s consent</source>
        <translation>Die Einwilligung des ausgewählten Klienten erfassen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Practice, hours, time off, messaging limits</source>
        <translation>Praxis, Sprechzeiten, Abwesenheit, Grenzen für Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation>Klient &amp;archivieren</translation>
    </message>
    <message>
        <source>Hide the selected client from the list (kept, and can be restored)</source>
        <translation>Den ausgewählten Klienten in der Liste ausblenden (bleibt erhalten und kann wiederhergestellt werden)</translation>
    </message>
    <message>
        <source>&amp;Erase client...</source>
        <translation>Klient &amp;löschen...</translation>
    </message>
    <message>
        <source>Remove the selected client&apos;s personal data</source>
        <translation>Die personenbezogenen Daten des ausgewählten Klienten entfernen</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Über &amp;Rapport</translation>
    </message>
    <message>
        <source>Rapport &amp;Guide</source>
        <translation>Rapport-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>When a text is fine, what never goes by text, hours, opt-outs and consent records</source>
        <translation>Wann eine SMS in Ordnung ist, was nie per SMS geht, Sprechzeiten, Abmeldungen und Einwilligungsnachweise</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple practice</source>
        <translation>Beispiel&amp;praxis öffnen</translation>
    </message>
    <message>
        <source>A throwaway practice of made-up clients, in a window of its own; yours is not touched</source>
        <translation>Eine Beispielpraxis mit erfundenen Klienten zum Ausprobieren, in einem eigenen Fenster; Ihre Praxis bleibt unberührt</translation>
    </message>
    <message>
        <source>&amp;Scheduled messages...</source>
        <translation>&amp;Geplante Nachrichten...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Messages kept for later: hand off the ones due now</source>
        <translation>Für später aufbewahrte Nachrichten: Übergeben Sie die jetzt fälligen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Klient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Consent coverage, contacts per week and the consents to confirm (Ctrl+D)</source>
        <translation>Abdeckung der Einwilligungen, Kontakte pro Woche und zu bestätigende Einwilligungen (Strg+D)</translation>
    </message>
    <message>
        <source>Show &amp;archived clients</source>
        <translation>&amp;Archivierte Klienten anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Import clients...</source>
        <translation>Klienten &amp;importieren...</translation>
    </message>
    <message>
        <source>Import ca&amp;lendar...</source>
        <translation>Ka&amp;lender importieren...</translation>
    </message>
    <message>
        <source>Re&amp;fresh calendars</source>
        <translation>Kalender akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Export consent records...</source>
        <translation>Einwilligungsnachweise &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Print consent report...</source>
        <translation>Einwilligungsbericht &amp;drucken...</translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation>Datenbank &amp;sichern...</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>No clients yet: add one or import a list.

File &gt; New client (Ctrl+Shift+N)</source>
        <translation>Noch keine Klienten: Legen Sie einen an oder importieren Sie eine Liste.

Datei &gt; Neuer Klient (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>No active clients: View &gt; Show archived clients</source>
        <translation>Keine aktiven Klienten: Ansicht &gt; Archivierte Klienten anzeigen</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Kein Klient passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1+ clients shown</source>
        <translation>%1+ Klienten angezeigt</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Klient</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Klienten</translation>
    </message>
    <message>
        <source>Un&amp;archive client</source>
        <translation>Archivierung auf&amp;heben</translation>
    </message>
    <message>
        <source>Confirmed with the client (was imported from another system)</source>
        <translation>Mit dem Klienten bestätigt (wurde aus einem anderen System importiert)</translation>
    </message>
    <message>
        <source>1 message due now</source>
        <translation>1 Nachricht jetzt fällig</translation>
    </message>
    <message>
        <source>%1 messages due now</source>
        <translation>%1 Nachrichten jetzt fällig</translation>
    </message>
    <message>
        <source>Due now: a message to %1. Open Scheduled messages (Ctrl+Shift+M) to hand it off.</source>
        <translation>Jetzt fällig: eine Nachricht an %1. Öffnen Sie „Geplante Nachrichten“ (Strg+Umschalt+M), um sie zu übergeben.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Klient archivieren</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Client records, consent and channel advice for therapists.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Rapport is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. It uses Qt, SQLite, ICU, libphonenumber and libical, each under its own free licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Klientendaten, Einwilligungen und Kontaktweg-Empfehlung für Therapeuten.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben in einer Datei auf diesem Computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Rapport ist freie Software: Sie können sie unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt. Sie verwendet Qt, SQLite, ICU, libphonenumber und libical, jeweils unter einer eigenen freien Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is not a client list (.vcf, .csv) or a calendar (.ics): Rapport cannot open it</source>
        <translation>%1 ist weder eine Klientenliste (.vcf, .csv) noch ein Kalender (.ics): Rapport kann die Datei nicht öffnen</translation>
    </message>
    <message>
        <source>The sample practice could not be started</source>
        <translation>Die Beispielpraxis konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The sample practice opens in a new window; it is deleted when that window closes</source>
        <translation>Die Beispielpraxis öffnet sich in einem neuen Fenster; sie wird gelöscht, wenn dieses Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>Ledger not checked: %1</source>
        <translation>Protokoll nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Ledger verified: 1 event</source>
        <translation>Protokoll geprüft: 1 Ereignis</translation>
    </message>
    <message>
        <source>Ledger verified: %1 events</source>
        <translation>Protokoll geprüft: %1 Ereignisse</translation>
    </message>
    <message>
        <source>Ledger does not verify at event #%1</source>
        <translation>Protokoll besteht die Prüfung bei Ereignis #%1 nicht</translation>
    </message>
    <message>
        <source>The consent records&apos; hash chain is intact: nothing was altered.</source>
        <translation>Die Hash-Kette der Einwilligungsnachweise ist intakt: Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The consent records&apos; hash chain is broken: a record was altered or removed outside Rapport. Keep a copy of the file and restore a backup.</source>
        <translation>Die Hash-Kette der Einwilligungsnachweise ist unterbrochen: Ein Eintrag wurde außerhalb von Rapport verändert oder entfernt. Bewahren Sie eine Kopie der Datei auf und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Changes made at other desks will show when you reopen Rapport: %1</source>
        <translation>Änderungen an anderen Arbeitsplätzen erscheinen erst, wenn Sie Rapport neu öffnen: %1</translation>
    </message>
    <message>
        <source>Clinic server status</source>
        <translation>Status des Praxisservers</translation>
    </message>
    <message>
        <source>The clinic server does not answer (%1). Nothing can be saved until it does; drafts you write are kept on this computer. Rapport tries again every few seconds.</source>
        <translation>Der Praxisserver antwortet nicht (%1). Bis er antwortet, kann nichts gespeichert werden; Entwürfe, die Sie schreiben, werden auf diesem Computer aufbewahrt. Rapport versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>The clinic server answers again; the lists show what the other desks did.</source>
        <translation>Der Praxisserver antwortet wieder; die Listen zeigen, was an den anderen Arbeitsplätzen geändert wurde.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::QueueWindow</name>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Geplante Nachrichten</translation>
    </message>
    <message>
        <source>Messages written earlier to be sent later. Nothing is sent by itself: when one is due, hand it off (Enter); the advice is read again first.</source>
        <translation>Früher verfasste Nachrichten, die später gesendet werden sollen. Nichts wird von selbst gesendet: Wenn eine fällig ist, übergeben Sie sie (Enter); die Empfehlung wird vorher erneut geprüft.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No messages are scheduled. In the composer, “Schedule…” keeps a message for the suggested time.</source>
        <translation>Keine Nachrichten geplant. Beim Verfassen einer Nachricht bewahrt „Für später planen…“ sie für den vorgeschlagenen Zeitpunkt auf.</translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>Open the message in the messaging app, mail program or dialler and log it (Enter)</source>
        <translation>Die Nachricht in der Nachrichten-App, im E-Mail-Programm oder in der Telefon-App öffnen und eintragen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Change the selected message&apos;s text or time</source>
        <translation>Text oder Zeitpunkt der ausgewählten Nachricht ändern</translation>
    </message>
    <message>
        <source>Cancel &amp;message</source>
        <translation>Nachricht &amp;streichen</translation>
    </message>
    <message>
        <source>Drop the selected message (Delete)</source>
        <translation>Die ausgewählte Nachricht streichen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>This message is not due yet.</source>
        <translation>Diese Nachricht ist noch nicht fällig.</translation>
    </message>
    <message>
        <source>Not handed off: %1. Cancel it, or change the time.</source>
        <translation>Nicht übergeben: %1. Streichen Sie sie oder ändern Sie den Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1 has no contact point for this channel any more.</source>
        <translation>%1 hat keine Kontaktangabe mehr für diesen Kontaktweg.</translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links; the message stays in the queue.</source>
        <translation>Kein Programm auf diesem Computer kann %1:-Links öffnen; die Nachricht bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>Handed off to %1 and logged.</source>
        <translation>Nachricht an %1 übergeben und eingetragen.</translation>
    </message>
    <message>
        <source>Edit scheduled message</source>
        <translation>Geplante Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Hand off at (%1):</source>
        <translation>Über&amp;gabe um (%1):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>The message was changed.</source>
        <translation>Die Nachricht wurde geändert.</translation>
    </message>
    <message>
        <source>The message was cancelled.</source>
        <translation>Die Nachricht wurde gestrichen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RaiseItemsList</name>
    <message>
        <source>Things to raise at the next appointment; tick when raised</source>
        <translation>Beim nächsten Termin anzusprechen; abhaken, wenn angesprochen</translation>
    </message>
    <message>
        <source>Noted %1. Tick when raised: it is then logged as an in-person contact.</source>
        <translation>Notiert am %1. Abhaken, wenn angesprochen: Es wird dann als persönlicher Kontakt eingetragen.</translation>
    </message>
    <message>
        <source>Noted %1 by %2. Tick when raised: it is then logged as an in-person contact.</source>
        <translation>Notiert am %1 von %2. Abhaken, wenn angesprochen: Es wird dann als persönlicher Kontakt eingetragen.</translation>
    </message>
    <message>
        <source>Nothing to raise.</source>
        <translation>Nichts anzusprechen.</translation>
    </message>
    <message numerus="yes">
        <source>%n to raise; tick each one when you have raised it.</source>
        <translation>
            <numerusform>%n Punkt anzusprechen; haken Sie ihn ab, sobald Sie ihn angesprochen haben.</numerusform>
            <numerusform>%n Punkte anzusprechen; haken Sie jeden ab, sobald Sie ihn angesprochen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised and logged as an in-person contact.</source>
        <translation>Angesprochen und als persönlicher Kontakt eingetragen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Einwilligung erfassen: %1</translation>
    </message>
    <message>
        <source>Messages about the client&apos;s own appointments and care</source>
        <translation>Nachrichten zu den eigenen Terminen und der Behandlung des Klienten</translation>
    </message>
    <message>
        <source>Offers, news and promotions</source>
        <translation>Angebote, Neuigkeiten und Aktionen</translation>
    </message>
    <message>
        <source>When the client gave or withdrew consent, in the practice&apos;s time zone</source>
        <translation>Wann der Klient eingewilligt oder widerrufen hat, in der Zeitzone der Praxis</translation>
    </message>
    <message>
        <source>What the client agreed to, or the wording they were shown</source>
        <translation>Worin der Klient eingewilligt hat oder welchen Wortlaut er gesehen hat</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kontaktweg:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>&amp;Record for %1</source>
        <translation>Für %1 &amp;erfassen</translation>
    </message>
    <message>
        <source>Effective: consent cannot take effect in the future.</source>
        <translation>Gültig ab: Eine Einwilligung kann nicht in der Zukunft wirksam werden.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RemindersWindow</name>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Outside your hours</source>
        <translation>Außerhalb Ihrer Sprechzeiten</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Terminerinnerungen</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The message of the selected row</source>
        <translation>Die Nachricht der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Hand off (Enter)</source>
        <translation>Übergeben (Enter)</translation>
    </message>
    <message>
        <source>This client must not be texted or emailed: call them.</source>
        <translation>Diesem Klienten dürfen keine SMS oder E-Mails geschickt werden: Rufen Sie ihn an.</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <source>Open in composer (O)</source>
        <translation>Zum Verfassen öffnen (O)</translation>
    </message>
    <message>
        <source>Phone / call</source>
        <translation>Telefon / Anruf</translation>
    </message>
    <message>
        <source>No phone: in person</source>
        <translation>Kein Telefon: persönlich</translation>
    </message>
    <message>
        <source>Not filled in: {%1}.</source>
        <translation>Nicht ausgefüllt: {%1}.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Not now; from %1</source>
        <translation>Nicht jetzt; ab %1</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>✓ Done (%1)</source>
        <translation>✓ Erledigt (%1)</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Call list: these clients must not be texted or emailed</source>
        <translation>Anrufliste: Diesen Klienten dürfen keine SMS oder E-Mails geschickt werden</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>There are no templates. Add one in the composer first.</source>
        <translation>Es gibt keine Vorlagen. Legen Sie zuerst beim Verfassen einer Nachricht eine an.</translation>
    </message>
    <message>
        <source>No booked appointments on %1.</source>
        <translation>Keine gebuchten Termine am %1.</translation>
    </message>
    <message>
        <source>Call (Enter)</source>
        <translation>Anrufen (Enter)</translation>
    </message>
    <message>
        <source>Send by %1 (Enter)</source>
        <translation>Per %1 senden (Enter)</translation>
    </message>
    <message>
        <source>outside your hours</source>
        <translation>außerhalb Ihrer Sprechzeiten</translation>
    </message>
    <message>
        <source>in your time off</source>
        <translation>während Ihrer Abwesenheit</translation>
    </message>
    <message>
        <source>inside the client&apos;s quiet hours</source>
        <translation>in den Ruhezeiten des Klienten</translation>
    </message>
    <message>
        <source>not a good time to send</source>
        <translation>kein guter Zeitpunkt zum Senden</translation>
    </message>
    <message>
        <source>the suggested time is %1</source>
        <translation>der vorgeschlagene Zeitpunkt ist %1</translation>
    </message>
    <message>
        <source>no better time was found in the next year</source>
        <translation>im nächsten Jahr wurde kein besserer Zeitpunkt gefunden</translation>
    </message>
    <message>
        <source>It is %1; %2. Hand off now anyway? (Asked once for this pass.)</source>
        <translation>Es ist %1; %2. Trotzdem jetzt übergeben? (Wird in diesem Durchgang nur einmal gefragt.)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 cannot be reached by text, email or phone: tell them in person, or skip (S).</source>
        <translation>%1 ist weder per SMS noch per E-Mail oder Telefon erreichbar: Sagen Sie es persönlich, oder überspringen Sie (S).</translation>
    </message>
    <message>
        <source>The reminder for %1 has placeholders not filled in; open it in the composer (O).</source>
        <translation>Die Terminerinnerung für %1 enthält nicht ausgefüllte Platzhalter; öffnen Sie sie zum Verfassen (O).</translation>
    </message>
    <message>
        <source>%1 has no address for this channel.</source>
        <translation>%1 hat keine Kontaktangabe für diesen Kontaktweg.</translation>
    </message>
    <message>
        <source>Not handed off; the row stays to do.</source>
        <translation>Nicht übergeben; die Zeile bleibt offen.</translation>
    </message>
    <message>
        <source>No program on this computer could open %1; open it in the composer (O) to copy it.</source>
        <translation>Kein Programm auf diesem Computer kann %1 öffnen; öffnen Sie die Nachricht zum Verfassen (O), um sie zu kopieren.</translation>
    </message>
    <message>
        <source>Handed off, but it could not be logged: %1</source>
        <translation>Übergeben, konnte aber nicht eingetragen werden: %1</translation>
    </message>
    <message>
        <source>%1: handed to %2 and logged.</source>
        <translation>%1: per %2 übergeben und eingetragen.</translation>
    </message>
    <message>
        <source>%1: skipped.</source>
        <translation>%1: übersprungen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Sprechzeiten</translation>
    </message>
    <message>
        <source>&amp;Time off</source>
        <translation>&amp;Abwesenheit</translation>
    </message>
    <message>
        <source>&amp;Messaging</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Lexicon</source>
        <translation>&amp;Wortliste</translation>
    </message>
    <message>
        <source>A&amp;uto-reply</source>
        <translation>A&amp;uto-Antwort</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>Anzei&amp;ge</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>Light and Dark use Rapport&apos;s own colours on every computer; &quot;As the system&quot; follows the desktop&apos;s. This is a setting of this computer, not of the practice.</source>
        <translation>Hell und Dunkel verwenden auf jedem Computer die eigenen Farben von Rapport; „System“ folgt dem Desktop. Dies ist eine Einstellung dieses Computers, nicht der Praxis.</translation>
    </message>
    <message>
        <source>The interface language takes effect when Rapport next starts.</source>
        <translation>Die Sprache der Oberfläche wird beim nächsten Start von Rapport wirksam.</translation>
    </message>
    <message>
        <source>e.g. Harbour Street Osteopathy</source>
        <translation>z. B. Osteopathie am Hafen</translation>
    </message>
    <message>
        <source>Your name, as clients know you</source>
        <translation>Ihr Name, wie Klienten Sie kennen</translation>
    </message>
    <message>
        <source>Used to read phone numbers written without a country code</source>
        <translation>Zum Lesen von Telefonnummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>The number clients may call</source>
        <translation>Die Nummer, die Klienten anrufen dürfen</translation>
    </message>
    <message>
        <source>The country&apos;s</source>
        <translation>Sprache des Landes</translation>
    </message>
    <message>
        <source>The language drafts to clients are read in: the content analyser uses its lexicon and medical vocabulary</source>
        <translation>Die Sprache, in der Entwürfe an Klienten gelesen werden: Die Inhaltsanalyse verwendet deren Wortliste und medizinisches Vokabular</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>Praxisna&amp;me:</translation>
    </message>
    <message>
        <source>Pr&amp;actitioner:</source>
        <translation>&amp;Therapeut:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Business phone:</source>
        <translation>Praxistele&amp;fon:</translation>
    </message>
    <message>
        <source>When you are available for clients. Messages drafted outside these hours get a suggested send time.</source>
        <translation>Wann Sie für Klienten erreichbar sind. Für Nachrichten, die außerhalb dieser Zeiten entworfen werden, wird ein Sendezeitpunkt vorgeschlagen.</translation>
    </message>
    <message>
        <source>Days you are away. Nothing is suggested for sending on these days.</source>
        <translation>Tage, an denen Sie abwesend sind. An diesen Tagen wird kein Versand vorgeschlagen.</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>Default &amp;quiet hours:</source>
        <translation>Standard-&amp;Ruhezeiten:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How long a client&apos;s own text lets you text back without recorded consent</source>
        <translation>Wie lange Sie nach einer SMS des Klienten ohne erfasste Einwilligung per SMS antworten dürfen</translation>
    </message>
    <message>
        <source>Longer texts are discouraged</source>
        <translation>Längere SMS werden nicht empfohlen</translation>
    </message>
    <message>
        <source>Offer &quot;raise it at the next appointment&quot; when it is within this many days</source>
        <translation>„Beim nächsten Termin ansprechen“ anbieten, wenn dieser höchstens so viele Tage entfernt ist</translation>
    </message>
    <message>
        <source>Con&amp;versation window:</source>
        <translation>Gesprächs&amp;fenster:</translation>
    </message>
    <message>
        <source>Text message &amp;segments, at most:</source>
        <translation>SMS-Segmente, &amp;höchstens:</translation>
    </message>
    <message>
        <source>&amp;In-person horizon:</source>
        <translation>Persönlich ansprechen &amp;bis:</translation>
    </message>
    <message>
        <source>The medical vocabulary is still loading.</source>
        <translation>Das medizinische Vokabular wird noch geladen.</translation>
    </message>
    <message>
        <source>Your own words for the message checks, added to the built-in lists.</source>
        <translation>Ihre eigenen Wörter für die Nachrichtenprüfung, zusätzlich zu den eingebauten Listen.</translation>
    </message>
    <message>
        <source>Paste this into your phone&apos;s auto-reply for messages that arrive out of hours. It follows your hours as you edit them.</source>
        <translation>Fügen Sie dies in die automatische Antwort Ihres Telefons für Nachrichten ein, die außerhalb der Sprechzeiten eingehen. Der Text passt sich an, wenn Sie Ihre Sprechzeiten bearbeiten.</translation>
    </message>
    <message>
        <source>Out-of-hours auto-reply</source>
        <translation>Automatische Antwort außerhalb der Sprechzeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the auto-reply</source>
        <translation>Automatische Antwort kopieren</translation>
    </message>
    <message>
        <source>Time zone: choose the practice&apos;s time zone.</source>
        <translation>Zeitzone: Wählen Sie die Zeitzone der Praxis.</translation>
    </message>
    <message>
        <source>Lan&amp;guage of messages:</source>
        <translation>Sp&amp;rache der Nachrichten:</translation>
    </message>
    <message>
        <source>Clinic s&amp;erver</source>
        <translation>Prax&amp;isserver</translation>
    </message>
    <message>
        <source>Open the clinic&apos;s practice on a PostgreSQL &amp;server</source>
        <translation>Die Praxis auf einem PostgreSQL-Server ö&amp;ffnen</translation>
    </message>
    <message>
        <source>e.g. db.clinic.lan, 192.168.1.10, or a socket folder /run/postgresql</source>
        <translation>z. B. db.praxis.lan, 192.168.1.10 oder ein Socket-Ordner /run/postgresql</translation>
    </message>
    <message>
        <source>e.g. rapport_practice</source>
        <translation>z. B. rapport_practice</translation>
    </message>
    <message>
        <source>this desk&apos;s login, e.g. reception</source>
        <translation>Anmeldename dieses Arbeitsplatzes, z. B. empfang</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-A&amp;dresse:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Log&amp;in:</source>
        <translation>Anmeldena&amp;me:</translation>
    </message>
    <message>
        <source>Try the &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The password is never stored here: Rapport (through libpq) reads it from ~/.pgpass or the file $PGPASSFILE names. The server is opened when Rapport next starts; --db and $RAPPORT_DB still win. This is a setting of this computer, not of the practice.</source>
        <translation>Das Passwort wird hier nie gespeichert: Rapport liest es (über libpq) aus ~/.pgpass oder der Datei, die $PGPASSFILE nennt. Der Server wird beim nächsten Start von Rapport geöffnet; --db und $RAPPORT_DB haben weiterhin Vorrang. Dies ist eine Einstellung dieses Computers, nicht der Praxis.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <source>This computer&apos;s practice file is used.</source>
        <translation>Die Praxisdatei dieses Computers wird verwendet.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name, or untick the server.</source>
        <translation>Geben Sie den Namen der Datenbank an oder nehmen Sie den Haken beim Server heraus.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SmsMeter</name>
    <message>
        <source>en dash</source>
        <translation>Halbgeviertstrich</translation>
    </message>
    <message>
        <source>em dash</source>
        <translation>Geviertstrich</translation>
    </message>
    <message>
        <source>curly quote</source>
        <translation>typografisches Anführungszeichen</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>Auslassungspunkte</translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation>geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>Replace typographic quotes and dashes</source>
        <translation>Typografische Zeichen ersetzen</translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes and ellipses with plain ones so the text fits GSM-7 (can be undone with Ctrl+Z)</source>
        <translation>Typografische Anführungszeichen, Striche und Auslassungspunkte durch einfache ersetzen, damit der Text in GSM-7 passt (mit Strg+Z rückgängig zu machen)</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation>%1/%2 Zeichen</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>Text: %1 · %2 · %3</source>
        <translation>SMS: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>over your limit of %1</source>
        <translation>über Ihrem Limit von %1</translation>
    </message>
    <message>
        <source>UCS-2 because of %1: a segment holds 70 characters instead of 160.</source>
        <translation>UCS-2 wegen %1: Ein Segment fasst 70 statt 160 Zeichen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Restore starter templates</source>
        <translation>Mitgelieferte &amp;Vorlagen wiederherstellen</translation>
    </message>
    <message>
        <source>Put the shipped templates back as they were; your own templates are kept</source>
        <translation>Die mitgelieferten Vorlagen im Originalzustand wiederherstellen; Ihre eigenen Vorlagen bleiben erhalten</translation>
    </message>
    <message>
        <source>Inferred from the text</source>
        <translation>Aus dem Text abgeleitet</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminabsprache</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Klinisch</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Preview for %1:</source>
        <translation>Vorschau für %1:</translation>
    </message>
    <message>
        <source>Preview (no client chosen):</source>
        <translation>Vorschau (kein Klient gewählt):</translation>
    </message>
    <message>
        <source>%1 (starter)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? This cannot be undone.</source>
        <translation>Vorlage „%1“ löschen? Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Put the starter templates back as shipped? Changes you made to them are lost; your own templates are kept.</source>
        <translation>Mitgelieferte Vorlagen im Originalzustand wiederherstellen? Ihre Änderungen daran gehen verloren; Ihre eigenen Vorlagen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to &quot;%1&quot;?</source>
        <translation>Ungespeicherte Änderungen an „%1“ verwerfen?</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimeOffEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>Erster freier Tag</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>Letzter freier Tag</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 bis %2 (%3 Tage)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TransferActions</name>
    <message>
        <source>Import clients from a CSV or vCard file (or drop the file on the window)</source>
        <translation>Klienten aus einer CSV- oder vCard-Datei importieren (oder die Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Export consent records to CSV, JSON or PDF, for one client, the selection or everyone</source>
        <translation>Einwilligungsnachweise als CSV, JSON oder PDF exportieren, für einen Klienten, die Auswahl oder alle</translation>
    </message>
    <message>
        <source>Print the consent report</source>
        <translation>Den Einwilligungsbericht drucken</translation>
    </message>
    <message>
        <source>Save a checked copy of the whole database</source>
        <translation>Eine geprüfte Kopie der gesamten Datenbank speichern</translation>
    </message>
    <message>
        <source>Replace the current data with a backup (the current file is kept)</source>
        <translation>Die aktuellen Daten durch eine Sicherung ersetzen (die aktuelle Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Import appointments from a calendar file (.ics): see what changes first</source>
        <translation>Termine aus einer Kalenderdatei (.ics) importieren: vorher sehen, was sich ändert</translation>
    </message>
    <message>
        <source>Read the remembered calendar files again and import what changed</source>
        <translation>Die gemerkten Kalenderdateien erneut lesen und die Änderungen importieren</translation>
    </message>
    <message>
        <source>No calendar file is remembered: import one with File &gt; Import calendar and tick “Remember this file”.</source>
        <translation>Keine Kalenderdatei gemerkt: Importieren Sie eine über Datei &gt; Kalender importieren und kreuzen Sie „Datei merken“ an.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The remembered calendars could not be listed: %1</source>
        <translation>Die gemerkten Kalender konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The calendars could not be read: %1</source>
        <translation>Die Kalender konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 moved, %4 cancelled, %5 unchanged</source>
        <translation>%1: %2 neu, %3 verschoben, %4 abgesagt, %5 unverändert</translation>
    </message>
    <message>
        <source>, %1 with no client</source>
        <translation>, %1 ohne Klient</translation>
    </message>
    <message>
        <source>, %1 with errors (line %2 first)</source>
        <translation>, %1 mit Fehlern (erster in Zeile %2)</translation>
    </message>
    <message>
        <source>Calendars read. %1.</source>
        <translation>Kalender gelesen. %1.</translation>
    </message>
    <message>
        <source>Print consent report</source>
        <translation>Einwilligungsbericht drucken</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite *.db);;All files (*)</source>
        <translation>Rapport-Sicherungen (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No backup was written to %1:

%2</source>
        <translation>Es wurde keine Sicherung nach %1 geschrieben:

%2</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Saved %1 clients and %2 consent events to
%3
(%4).

Chain head: %5
Keep the backup somewhere safe: it holds personal data.</source>
        <translation>%1 Klienten und %2 Einwilligungsereignisse gespeichert in
%3
(%4).

Kopf der Prüfkette: %5
Bewahren Sie die Sicherung an einem sicheren Ort auf: Sie enthält personenbezogene Daten.</translation>
    </message>
    <message>
        <source>none, the ledger is empty</source>
        <translation>keiner, das Einwilligungsprotokoll ist leer</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>%1 cannot be restored:

%2</source>
        <translation>%1 kann nicht wiederhergestellt werden:

%2</translation>
    </message>
    <message>
        <source>Replace the current data?</source>
        <translation>Aktuelle Daten ersetzen?</translation>
    </message>
    <message>
        <source>All clients, consent records and settings now in Rapport will be replaced by the backup:

%1
%2 clients, %3 consent events.

The current database is kept as
%4</source>
        <translation>Alle Klienten, Einwilligungsnachweise und Einstellungen, die jetzt in Rapport sind, werden durch die Sicherung ersetzt:

%1
%2 Klienten, %3 Einwilligungsereignisse.

Die aktuelle Datenbank bleibt erhalten als
%4</translation>
    </message>
    <message>
        <source>&amp;Replace with the backup</source>
        <translation>&amp;Durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not restored:

%2</source>
        <translation>%1 wurde nicht wiederhergestellt:

%2</translation>
    </message>
    <message>
        <source>Restore done</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>Restored %1 clients and %2 consent events from %3.
Chain head: %4

The data from before the restore is in %5.</source>
        <translation>%1 Klienten und %2 Einwilligungsereignisse aus %3 wiederhergestellt.
Kopf der Prüfkette: %4

Die Daten von vor der Wiederherstellung liegen in %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
</TS>
