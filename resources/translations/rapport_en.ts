<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>cannot back up the database: %1</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs the graphical application object (QGuiApplication) for its fonts</source>
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
        <source>cannot read the database (damaged or not a database): %1</source>
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
        <source>cannot create the folder %1</source>
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
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>line %1: %2</source>
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
    <name>domain</name>
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
    <name>main</name>
    <message>
        <source>Client records, consent and channel advice for therapists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH (default: $RAPPORT_DB, else the app&apos;s data folder).</source>
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
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the client&apos;s consent tab</source>
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
</context>
<context>
    <name>rapport::ui::ClientDetailWidget</name>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;log</source>
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
        <source>&amp;Time zone:</source>
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
        <source>Erase client</source>
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
        <source>Nothing on this computer could open %1; the message was not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off, but it could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted for the next appointment and logged. The draft was cleared (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to %1 and logged. The draft was cleared (Ctrl+Z brings it back).</source>
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
        <source>&amp;Confirm...</source>
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
        <source>&amp;Export...</source>
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
        <source>&amp;Start</source>
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
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Client lists (*.csv *.vcf *.vcard);;All files (*)</source>
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
        <source>text</source>
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
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Client records, consent and channel advice for therapists.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
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
        <source>Practi&amp;tioner:</source>
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
        <source>&amp;Name:</source>
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
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
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
</context>
</TS>
