<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analysis</name>
    <message>
        <source>the built-in lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice&apos;s own words (Settings, Lexicon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medical vocabulary (a word no everyday dictionary lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body part next to a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charge or fee in the same sentence as a cancelled, missed or late session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a booked service (the words inside it are not clinical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount of money followed by &quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offer&apos;s price, or something free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape and check digit of an Australian Medicare number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape and check letter of an Irish PPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 to 19 digits that pass the card check (Luhn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits that pass the NHS and CHI number check (modulus 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape of a US Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date introduced as a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape and check digit of a German health insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit and date of an Austrian social insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>756 and the check digit of a Swiss AHV number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>no appointment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was erased: they cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived: unarchive them to book an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the end or the length, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be between 1 and %1 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) must be after the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment lasts at most a day; this one ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is %2: only a booked appointment can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is %2 and cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoReply</name>
    <message>
        <source>The practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your message. I&apos;ll reply when I&apos;m next in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your message. %1 is open %2; I&apos;ll reply when I&apos;m next in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private (mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable Rapport backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version of Rapport (schema %1, this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no Rapport schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the live database: a backup must go to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the live database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice %1 is still in use by a background task of Rapport; wait for it to finish and restore again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has the practice %1 open (a second Rapport window, rapport-cli or a script): close it, then restore again; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored: its consent ledger does not verify: event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a copy of the current practice before restoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program opened the practice %1 meanwhile: close it, then restore again; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored ledger does not verify at event %1: %2; the previous practice is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: Rapport does not replace a server&apos;s practice in place; put a backup file into an empty database with &apos;rapport-cli --db FILE migrate-to URL&apos;, or restore the server&apos;s own backup with pg_restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarImportService</name>
    <message>
        <source>line %1: event &apos;%2&apos; appears twice in the file (same UID and recurrence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all-day event: not an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: event &apos;%2&apos; lasts longer than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled in the calendar before it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several clients match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of the plan is not one to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 is archived or erased and cannot be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unmatched calendar event with UID %1 (import the calendar first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1 is in several calendars (%2): name one with --calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi %1, your appointment on %2 has moved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarReader</name>
    <message>
        <source>line %1: event without a summary or UID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: event &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL byte; it is not a calendar text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: this is not a calendar file: it starts with &apos;%2&apos; where BEGIN:VCALENDAR was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event begins at line %1 before this one ends (END:VEVENT is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN:%1 before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (for the BEGIN:%2 at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed by END:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line that is neither a property nor folded into the line before (broken line folding?): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 cannot be read: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line libical cannot read (%1): &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the time zone &apos;%2&apos;, which the file does not define (no VTIMEZONE) and which is not a known zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no UID, so a later import of the same calendar could not find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start time (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends (DTEND) before it starts (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its DURATION is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 occurrences between %2 and %3 (a repeat rule without an end?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be expanded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) repeats more than %1 times before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar window is empty: it must start before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a calendar file: it holds no VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second change to the occurrence of %1 (the first is at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same UID as the event at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelAdvisor</name>
    <message>
        <source>It is %1 where you work: outside your hours (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hours set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your time off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 for the client: inside their quiet hours (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time in the next year is inside your hours, outside your time off and outside the client&apos;s quiet hours: check your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone number on file to text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the client&apos;s numbers is a mobile: a landline cannot take texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked not to be texted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked not to be emailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked not to be phoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client withdrew consent to texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client withdrew consent to emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client withdrew consent to calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client refused texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client refused emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client refused calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not agreed to offers or news by text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not agreed to offers or news by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not agreed to offers or news by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client agreed to texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts were allowed in another system, with no record of how: confirm it with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client texted you recently, so a reply by text is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not agreed to texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message mentions the client&apos;s health or treatment: not by text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message mentions the client&apos;s health or treatment: email is not private enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was told the risk and still wants health matters by text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was told the risk and still wants health matters by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is too long for a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a delicate matter: a call or a word in person is kinder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no email address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client gave you this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone number on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you reach voicemail, leave only your name and number, no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for no voicemail: if they do not answer, hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s next appointment is soon: raise it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client prefers this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is long: email suits it better than a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>no client with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was erased and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header line but no client rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the row has %2 fields but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: no column of the header was recognised as a name, phone or email (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>an empty email address was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quiet-hours range (write HH:MM-HH:MM, e.g. 21:00-08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (use sms, email, phone or in_person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was erased and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerService</name>
    <message>
        <source>Client %1 was erased; there is no one to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was erased; the hand-off cannot be logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; keeping the draft on this computer failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>a consent event needs valid times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: consent granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recorded consent, but the client texted within the conversation window (client-initiated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported from another system, unverified: confirm it with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentChain</name>
    <message>
        <source>event %1 is out of order (after event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 claims a previous event, but it is the first in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not link to event %2: an event before it was changed, removed or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note of event %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was changed after it was recorded (its hash does not match)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentJsonExporter</name>
    <message>
        <source>writing the JSON failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPdfExporter</name>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger chain head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients, %2 consent events in this report; %3 events in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ledger event carries a SHA-256 hash over its content and the previous event&apos;s hash. The chain head below is the hash of the last event when this report was made; `rapport-cli consent verify` recomputes the chain and must end at the same value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs the graphical application object (QGuiApplication) for its fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>consent is recorded for sms, email or phone, not in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent method (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state imported goes with the method imported, and only with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time the consent took effect is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was erased: no consent can be recorded for them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>the time of the contact is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was erased: contacts cannot be logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentAnalyser</name>
    <message>
        <source>Mentions the client&apos;s health or treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delicate subject, easier to hear than to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotional wording: needs marketing consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a booking or an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About payments, forms or practical matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a payment card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an NHS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a US Social Security number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an Australian Medicare number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an Irish PPS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medical word: mentions the client&apos;s health or treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge for a cancelled, missed or late session: easier to hear than to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money off: promotional wording, needs marketing consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock time: about a booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer or a call to book: promotional wording, needs marketing consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of money: about a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the service booked: about a booking, not the client&apos;s health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a German health insurance number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an Austrian social insurance number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a Swiss AHV number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a record has more than %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (save the file as UTF-8 and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL byte; it is not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>writing the CSV failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>reading the dashboard figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new client got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasing a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a consent event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (waited %2 s); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up clients by contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (not an SQLite file, or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another application, not a Rapport database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (schema %2; this version knows up to %3): update Rapport to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy into the database %1: not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy into the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the database busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema %2, this Rapport uses %3: restart Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 vanished while it was being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the database %1 to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database %1 to version %2 (%3) failed, it stays at version %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is inside the cloud-sync folder &quot;%2&quot;. Sync programs copy the file while Rapport writes to it and can corrupt it; keep the database in a local folder and use Backup to put copies in the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new appointment got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading calendar matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving calendar matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1 (damaged, or not a database): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database %1 (%2): Rapport writes to this file whenever it opens it; check its permissions or copy it to a folder of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): the database needs its two working files (-wal and -shm) beside it; check the folder&apos;s permissions or copy the database to a folder of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left as it is: keep a copy of it, then put your latest backup in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n row(s) pointing at rows that do not exist (first: %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged (%2): keep a copy of it, then put your latest backup in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the things to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the things to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reminder pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the reminder pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading scheduled messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a scheduled message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new scheduled message got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 was moved or deleted while Rapport had it open: nothing of this change was saved; close Rapport, then open the file where it is now (or put it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 is full: nothing of this change was saved; free some space on that disk and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 failed to read or write (input/output error %2): nothing of this change was saved; check the disk, or the network share the file is on, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer be written (its file or folder became read-only, or the file was replaced): nothing of this change was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2): nothing of this change was saved; keep a copy of the file, then put your latest backup in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened any more (was its disk removed, or the file moved?): nothing of this change was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy into the database %1: a PostgreSQL database is restored with the server&apos;s own tools (pg_restore), not by Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up with the server&apos;s own tools (pg_dump, or the server&apos;s base backups), not with Rapport&apos;s backup of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1, user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the password comes from ~/.pgpass, the file $PGPASSFILE names, or $PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server&apos;s administrator creates it: see &quot;For clinics&quot; in the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rapport-cli admin setup-roles, run by the administrator, creates the roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server %1 (%2): %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL database at %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: the package libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL database at %1: Qt&apos;s PostgreSQL driver (QPSQL) does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the connection to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is encoded in %2: Rapport needs UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos; TEMPLATE template0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server of %1 is version %2: Rapport needs PostgreSQL 13 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application (%2), not a Rapport database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another application and no Rapport schema: give Rapport a database of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take the writer lock of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2): nothing of this change was saved; Rapport reconnects at the next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk of %1 is full (%2): nothing of this change was saved; ask the server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another desk&apos;s change (waited too long); nothing was saved, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL role has no right to do this in %1 (%2): nothing of this change was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (a standby server?): nothing of this change was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: the package libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another application and no Rapport schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for other desks&apos; changes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>There is no draft with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtiquetteLint</name>
    <message>
        <source>This is your first message to this client: say who is writing (your name or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals read as shouting: write in sentence case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is text-speak: spell the word out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages must say how to stop them, e.g. &quot;Reply STOP to opt out&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened links look like spam and hide where they lead: give the full address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>the export has nowhere to go: the output is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export to %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping was made for another header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: no column of the header was recognised as a name, phone or email (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;: the practice&apos;s is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2, column &apos;%3&apos; = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with line %1 (same phone number or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was erased while the import was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with client %1, added by another program while the import was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptDrafts</name>
    <message>
        <source>cannot read the drafts kept on this computer (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drafts kept on this computer (%1) cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicalVocabularies</name>
    <message>
        <source>The medical vocabulary is not installed (Debian package %1): drafts are read with the built-in lexicon alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical vocabulary (%1) is installed, but no everyday word list to tell medical words from everyday ones (Debian package %2): drafts are read with the built-in lexicon alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical vocabulary: %L1 terms from %2 that are not everyday words (%L3 of its %L4 words were left out as everyday or already in the built-in lexicon).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>the country code is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty phone number was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2 (write it with + and the country code if it is foreign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: more than %2 digits with the country code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresRoles</name>
    <message>
        <source>%1 is an SQLite file: roles are for a practice on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name Rapport takes: lowercase letters, digits and _, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the role %1 in %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>the default socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (socket folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password in the URL is refused (it would show in process lists and shell history): put it in ~/.pgpass, or the file $PGPASSFILE names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value of &apos;%2&apos; may not hold &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown parameter &apos;%2&apos; (known: host, port, user, dbname, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://user@host:port/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host, user and database names may not hold &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCopy</name>
    <message>
        <source>copying the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty (its table %2 holds %n row(s)): a practice is copied into an empty database only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: both must be at this Rapport&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 differs between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 did not arrive as it left: %2 row(s) sent, %3 found, contents %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent ledger does not verify on %1 after the copy: event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain head on %1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeFile</name>
    <message>
        <source>The quick check of %1 at open stopped after its time limit without finding damage in what it read. Run a full check (rapport-cli check) when the practice is quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: an empty database. Rapport sets up its tables there when it next starts (the first desk to start must be its owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the practice there was made by a newer Rapport (schema %1): update Rapport first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a Rapport practice (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeMove</name>
    <message>
        <source>%1 is the practice itself: give another database to copy it into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>A date is missing in &apos;%1&apos; (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-12-24 (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Scheduled message %1 is %2: only a pending one can be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled message needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled message needs a time to be handed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 is %2: nothing can be scheduled for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled message %1 was handed off already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled message %1 cannot be handed off now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseItemRepository</name>
    <message>
        <source>There is nothing to raise with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was already raised, or is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseService</name>
    <message>
        <source>There is nothing to raise: the message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was erased; there is no one to raise it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no upcoming appointment on file, so there is no appointment to raise it at. Nothing was put on a list and the draft was kept: add the appointment to their record, or choose another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was already raised; it is logged once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was erased: contacts cannot be logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>There is no template called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew consent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew consent to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked not to get %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was erased; the hand-off cannot be logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is handed off by handOff(), which logs the contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePractice</name>
    <message>
        <source>Harbour Street Physio (sample)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledMessage</name>
    <message>
        <source>no scheduled message with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-zone: &quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country: &quot;%1&quot; is not a two-letter country code (ISO 3166, e.g. GB, US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet-hours: &quot;%1&quot; is not a range of times (write HH:MM-HH:MM, e.g. 21:00-08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored setting %1 is not valid (%2); set it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is not a language Rapport reads drafts in (en, de, or empty for the country&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added to the lexicon: a term is one word or phrase without a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lexicon list (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The client&apos;s first name, as on their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the client goes by (their first name when no preferred name is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice&apos;s name, from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s name, from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the client&apos;s next appointment, e.g. Tuesday 1 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the client&apos;s next appointment, e.g. 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business phone number, from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your availability hours, e.g. Mon-Thu 10:00-20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder Rapport knows; it was left as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} needs a client: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: this client has no next appointment on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} has no value: fill it in under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a placeholder Rapport knows; write the words you mean instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: not filled in; choose the template again or write the words in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no client chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no next appointment on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no name on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no business phone in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no practice name in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no practitioner name in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no hours in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>The starter templates (%1) are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template %2 needs a key, a name, a body and a known purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: a line is longer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a property is longer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a line inside a card has no &apos;:&apos; between the property and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown character set %2; read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL byte; it is not a vCard text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: END:VCARD without a BEGIN:VCARD before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected BEGIN:VCARD; this does not look like a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the card begun here has no END:VCARD before the next BEGIN:VCARD on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the card begun here is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the card begun here has no END:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyHours</name>
    <message>
        <source>A day is missing before a comma (part %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs backwards: write the days from Monday to Sunday, e.g. &apos;%2-Sun, Mon&apos; (part %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No times given (part %1): write e.g. 09:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range like 09:00-17:00 (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time of day (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts: hours cannot run past midnight (part %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours given: write e.g. Mon-Fri 09:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing between two commas (part %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no day before it (part 1): write e.g. Mon-Fri 09:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no times (part %2): write e.g. %1 09:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordLists</name>
    <message>
        <source>cannot read the word list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Client records, consent and channel advice for therapists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client list (.vcf, .csv) to import or a calendar (.ics) to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throwaway sample practice (deleted when the app closes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport cannot open the sample practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport: sample practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH, or the PostgreSQL database postgresql://user@host:port/name (default: $RAPPORT_DB, else the app&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AppointmentDialog</name>
    <message>
        <source>Move appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sports massage 60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Room 2, or a home visit&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the practice&apos;s time zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the calendar changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run: nothing is written until you import. Choose a client for the events no client fits; the choice is remembered for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .ics file exported from Google Calendar, Outlook or Apple Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar import plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this file and re-read it at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a calendar file another program keeps up to date: Rapport reads it again at each start and with File &gt; Refresh calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a calendar file (.ics) exported from Google Calendar, Outlook or Apple Calendar: File, or Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged and ignored events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name and press Enter; the choice is remembered when you import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice, remembered when imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several clients fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(event at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), calendar “%3”: %4 events between %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1, moved: %2, cancelled: %3, unchanged: %4, no client: %5, errors: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no events in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the appointments are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client for the events with none, or leave them for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events with errors are skipped, and nothing missing from the file is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is written in one go: a cancelled import leaves nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the changes from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointments were imported, but the file could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &lt;b&gt;%1&lt;/b&gt; events from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The import was cancelled: nothing was written.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Some events have errors, so nothing was written.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked &lt;b&gt;%1&lt;/b&gt;, moved &lt;b&gt;%2&lt;/b&gt;, cancelled &lt;b&gt;%3&lt;/b&gt;; %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events with no client are kept: import the file again to match them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events could not be read and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is remembered: it is read again at each start and with File &amp;gt; Refresh calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved appointments: offer each client the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reschedule message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reschedule message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reschedule message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be drafted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChannelAdvicePanel</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise at next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads as an offer or news (promotional wording is highlighted), so it needs the client&apos;s consent to marketing on each channel, whatever purpose is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended&lt;/b&gt;: the best channel for this draft and client now. &lt;b&gt;Acceptable&lt;/b&gt;: allowed. &lt;b&gt;Discouraged&lt;/b&gt;: allowed, with a reason to think twice. &lt;b&gt;Blocked&lt;/b&gt;: consent, a directive, the contact details or the content rule it out; its button is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text needs a mobile number. Add one on the client&apos;s page, or choose another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s numbers are landlines (the type comes from the number itself): a text would never arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked not to be contacted this way (a directive on their page). A provider must respect such a request and need not ask why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client withdrew consent for this channel and purpose. Nothing of this kind may be sent until they agree again, and that is recorded as a new consent event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was asked and said no. Record a new consent event if they change their mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has promotional wording (an offer, a discount, a newsletter), which needs marketing consent for this channel whatever purpose was chosen. Remove the promotion, or record the client&apos;s marketing consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client agreed to this channel for this purpose; the consent record says when and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent came from an imported list: the file said yes, but nobody at the practice has confirmed it with the client yet. Confirm it at the next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wrote to the practice this way recently, so a reply the same way is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record that the client agreed to texts. Ask them, and record the answer on their consent tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft mentions something clinical or an identifier (a card, NHS or insurance number, a date of birth). Texts are read on lock screens and shared phones and stay on the network: say it in a call or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for clinical messages this way after being told the risk (a directive on their page), so it is allowed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft needs more text segments than the practice allows (Settings): it would arrive in pieces. Shorten it or send an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft touches a hard subject (bad news, money owed, a complaint, ending care). Tone is easily misread in writing: a call or a meeting is kinder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no email address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has an email address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no phone number on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the call goes to voicemail, leave only your name, your number and a request to call back: anyone may listen to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for no voicemail messages: if they do not answer, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has an appointment soon: this can wait and be said in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client said they prefer this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long message reads better as an email than as a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientAppointmentsTab</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the old next-appointment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments yet. Add one with &quot;Add&quot; (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment for this client (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected appointment to another day or time (Alt+T, or Enter on the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected appointment (Alt+L); it stays in the list as cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client came to the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client did not come to the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientConsentTab</name>
    <message>
        <source>&amp;Record consent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages about the client&apos;s own appointments and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers, news and promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 %2 consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client withdrew this consent, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 withdrew %2 consent (%3), effective now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the client&apos;s consent tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientContactLogTab</name>
    <message>
        <source>withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show clinical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged texts are shown with treatment details masked; tick to reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last log triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical details masked: tick &quot;Show clinical details&quot; to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDetailWidget</name>
    <message>
        <source>New &amp;message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this client&apos;s details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a message to this client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client in the list to see their details, consent and contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientEditDialog</name>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they like to be called (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07400 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 020 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the practice&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the practice default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical notes only (parking, access, preferences): not clinical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this client&apos;s personal data; their consent record stays, without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, numbers, addresses, notes and logged message texts. Their consent record stays, without a name, so the ledger still verifies. This cannot be undone.

Type the client&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name did not match: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientListModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service messages: %1; marketing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last text from the client: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientOverviewTab</name>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline: no texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the channels the client likes, most preferred first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels, most preferred first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (prefer more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (prefer less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move preference up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move preference down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client asked to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No phone number or email address&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the practice&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (practice default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To raise there:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComposerWindow</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, number or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the message is for. Inferred from the text unless you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message, or pick a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to the clipboard (not logged: use a channel button to log it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;When&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent draft from %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked in the text (hover for why): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to see which channel fits and when to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now: it is within your hours and outside the client&apos;s quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise it in person: no time to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etiquette:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typographic quotes and dashes replaced (Ctrl+Z to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off, but it could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to never mark it, or to mark it as something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2, found by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never mark “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds it to the practice&apos;s ignored words (Settings, Lexicon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will not be marked again (Settings, Lexicon, to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now marked as %2 (Settings, Lexicon, to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off at (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1. When it is due, Rapport says so and reads the advice again; nothing is sent by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1 by %2 (View, Scheduled messages). The draft was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule for later...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this message for the suggested time; Rapport says when it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sent it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the message as sent by hand and clear the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the draft and log nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer be written to (%2); the draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was written to %1: check it fits %2 before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited the message since the template “%1” filled it in for %2. Fill it in again for %3? Your edits are replaced (Ctrl+Z brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the template for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was kept as you wrote it for %1: check it fits %2 before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” was filled in again for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to send: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recipient first: To: shows “%1”, the message is for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed off; the draft is kept for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off by %1 and logged. The draft was cleared (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside your hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the client&apos;s quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a good time to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggested time is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better time was found in the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1; %2. Hand off now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1&apos;s list for the appointment %2 (their overview and the dashboard show it). It is logged when you tick it off as raised. The draft was cleared (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links. Call from your phone, then say so here; nothing is logged until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links. Copy the message, send it yourself, then say so here; the draft is kept until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I called by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links; the message was not logged and the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is on the clipboard. Choose “I called by hand” once you have called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard. Choose “I sent it by hand” once it is sent; the draft is kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as sent by hand (%1). The draft was cleared (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent draft from %1 was restored from this computer (the server did not have it). It goes to the server with the next save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take the draft (%1). It is kept on this computer and goes to the server with your next change once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved on the server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardWidget</name>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent coverage chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per week chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported consents to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the client&apos;s confirmed consent for the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, imported %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from another system without evidence. Ask the client, then record what they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to confirm: no imported consents are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported consents to confirm: %1 (showing the oldest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported consents to confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per week, last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting (day/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf&amp;irm...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments and what to raise at each; tick when raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: nothing to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n to raise</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when raised: it is then logged as an in-person contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments: %1, with %2 to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d/M</source>
        <comment>week start on the dashboard&apos;s chart: day and month, short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportDialog</name>
    <message>
        <source>Export consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected clients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets; one row per event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (every event, current states, chain head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (a readable report per client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.
Chain head: %3 (the ledger holds %4 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, the ledger is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent records could not be written to %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingHighlighter</name>
    <message>
        <source>Clinical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delicate topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunDialog</name>
    <message>
        <source>Load a &amp;sample practice: a few made-up clients with consents and messages, to try everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;A few details about your practice, so messages can name it and timing advice follows your hours. You can change all of this later in Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Harbour Street Osteopathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as clients know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name: clients see it in messages, so it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample practice could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::GuideWindow</name>
    <message>
        <source>Rapport Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::HoursEditor</name>
    <message>
        <source>Open on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another interval on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interval on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours, %1: the interval %2-%3 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours, %1: the intervals %2-%3 and %4-%5 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, interval %2, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, interval %2, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:00 means midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 interval %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMappingEditor</name>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as, for column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export (Google Contacts, Outlook, Jane, Cliniko, OpenEMR, or any table with name, phone and email columns) or a vCard file from a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .vcf file, or drop one on the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column holds; change a choice if it is wrong. Columns marked “ignore” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vCard file names its fields itself: there are no columns to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows as they will be imported. Skipped lines are shown in red with the reasons; fix them in the file and import it again later (it merges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any line has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is written in one go: a cancelled import leaves nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped lines and remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected format: &lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into the existing client #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged: lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 records read; %4 new clients, %5 merged, %6 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict is on and some lines have problems: nothing would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing 1 client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 clients...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &lt;b&gt;%1&lt;/b&gt; records from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The import was cancelled: nothing was imported.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Strict import: some lines have problems, so nothing was imported.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt; new clients; &lt;b&gt;%2&lt;/b&gt; records merged into another record or an existing client; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; opt-ins were recorded as consent in state &lt;i&gt;imported&lt;/i&gt;: they await confirmation with each client (see the dashboard) and never allow marketing until confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file held no opt-in flags: no consent was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lists (*.csv *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, delimiter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::Labels</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment details by text are fine (client accepted the risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment details by email are fine (client accepted the risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LexiconEditor</name>
    <message>
        <source>Clinical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words about treatment or health that should not go by text or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that identify the kind of practice (a text seen on a lock screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics better raised in person or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that make a message marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that mark a message about appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that mark an administrative message (forms, invoices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected %1 term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and phrases never to mark, whatever the built-in lists and the medical vocabulary say. Right-click a highlight in the composer to add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as received or sent (a text saying only STOP withdraws text consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a withdrawal of %1 consent (service and marketing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be an opt-out: check with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be a request to receive texts again: nothing was changed; confirm with the client, then record their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the consent ledger...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent ledger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, numbers, emails (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a message with channel advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected client&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice, hours, time off, messaging limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected client from the list (kept, and can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected client&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent coverage, contacts per week and the consents to confirm (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export consent records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet: add one or import a list.

File &gt; New client (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active clients: View &gt; Show archived clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ clients shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed with the client (was imported from another system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger verified: 1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger verified: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger does not verify at event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent records&apos; hash chain is intact: nothing was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent records&apos; hash chain is broken: a record was altered or removed outside Rapport. Keep a copy of the file and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print consent report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled messages due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remin&amp;ders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day&apos;s reminders, one row per appointment, worked down from the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a text is fine, what never goes by text, hours, opt-outs and consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sa&amp;mple practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A throwaway practice of made-up clients, in a window of its own; yours is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled messages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages kept for later: hand off the ones due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ca&amp;lendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: a message to %1. Open Scheduled messages (Ctrl+Shift+M) to hand it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Client records, consent and channel advice for therapists.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Rapport is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. It uses Qt, SQLite, ICU, libphonenumber and libical, each under its own free licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a client list (.vcf, .csv) or a calendar (.ics): Rapport cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample practice could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample practice opens in a new window; it is deleted when that window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks will show when you reopen Rapport: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server does not answer (%1). Nothing can be saved until it does; drafts you write are kept on this computer. Rapport tries again every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server answers again; the lists show what the other desks did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::QueueWindow</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages written earlier to be sent later. Nothing is sent by itself: when one is due, hand it off (Enter); the advice is read again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages are scheduled. In the composer, “Schedule…” keeps a message for the suggested time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the message in the messaging app, mail program or dialler and log it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected message&apos;s text or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected message (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed off: %1. Cancel it, or change the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contact point for this channel any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer could open %1: links; the message stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off to %1 and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scheduled message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off at (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::RaiseItemsList</name>
    <message>
        <source>Things to raise at the next appointment; tick when raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted %1. Tick when raised: it is then logged as an in-person contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted %1 by %2. Tick when raised: it is then logged as an in-person contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to raise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to raise; tick each one when you have raised it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Raised and logged as an in-person contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages about the client&apos;s own appointments and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers, news and promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client gave or withdrew consent, in the practice&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client agreed to, or the wording they were shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective: consent cannot take effect in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::RemindersWindow</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client must not be texted or emailed: call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in composer (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone: in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in: {%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now; from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call list: these clients must not be texted or emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no templates. Add one in the composer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booked appointments on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside your hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the client&apos;s quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a good time to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggested time is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better time was found in the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1; %2. Hand off now anyway? (Asked once for this pass.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached by text, email or phone: tell them in person, or skip (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder for %1 has placeholders not filled in; open it in the composer (O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed off; the row stays to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer could open %1; open it in the composer (O) to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off, but it could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: handed to %2 and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Harbour Street Osteopathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as clients know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to read phone numbers written without a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number clients may call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are available for clients. Messages drafted outside these hours get a suggested send time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days you are away. Nothing is suggested for sending on these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a client&apos;s own text lets you text back without recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer texts are discouraged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer &quot;raise it at the next appointment&quot; when it is within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;versation window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message &amp;segments, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In-person horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words for the message checks, added to the built-in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into your phone&apos;s auto-reply for messages that arrive out of hours. It follows your hours as you edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-hours auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: choose the practice&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light and Dark use Rapport&apos;s own colours on every computer; &quot;As the system&quot; follows the desktop&apos;s. This is a setting of this computer, not of the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language takes effect when Rapport next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language drafts to clients are read in: the content analyser uses its lexicon and medical vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;actitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage of messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical vocabulary is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic s&amp;erver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clinic&apos;s practice on a PostgreSQL &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.clinic.lan, 192.168.1.10, or a socket folder /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rapport_practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s login, e.g. reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is never stored here: Rapport (through libpq) reads it from ~/.pgpass or the file $PGPASSFILE names. The server is opened when Rapport next starts; --db and $RAPPORT_DB still win. This is a setting of this computer, not of the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s practice file is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database&apos;s name, or untick the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SmsMeter</name>
    <message>
        <source>en dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>em dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curly quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace typographic quotes and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes and ellipses with plain ones so the text fits GSM-7 (can be undone with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over your limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCS-2 because of %1: a segment holds 70 characters instead of 160.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore starter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the shipped templates back as they were; your own templates are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (no client chosen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (starter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the starter templates back as shipped? Changes you made to them are lost; your own templates are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimeOffEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TransferActions</name>
    <message>
        <source>Import clients from a CSV or vCard file (or drop the file on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export consent records to CSV, JSON or PDF, for one client, the selection or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the consent report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a checked copy of the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with a backup (the current file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was written to %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 clients and %2 consent events to
%3
(%4).

Chain head: %5
Keep the backup somewhere safe: it holds personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, the ledger is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients, consent records and settings now in Rapport will be replaced by the backup:

%1
%2 clients, %3 consent events.

The current database is kept as
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 clients and %2 consent events from %3.
Chain head: %4

The data from before the restore is in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import appointments from a calendar file (.ics): see what changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the remembered calendar files again and import what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar file is remembered: import one with File &gt; Import calendar and tick “Remember this file”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered calendars could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendars could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 moved, %4 cancelled, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 with no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 with errors (line %2 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars read. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
