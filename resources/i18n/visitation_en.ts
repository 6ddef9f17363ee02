<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AboutBox</name>
    <message>
        <source>Om Visitation Desktop</source>
        <translation>About Visitation Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Visitation Desktop {0}&lt;/h3&gt;&lt;p&gt;Visitation til {1} efter {2}, offline.&lt;/p&gt;&lt;p&gt;Kvalitetsstandard: {3} ({4}).&lt;br&gt;Datalager: {5} (krypteret).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Visitation Desktop {0}&lt;/h3&gt;&lt;p&gt;Visitation under {2} ({1}), offline.&lt;/p&gt;&lt;p&gt;Quality standard: {3} ({4}).&lt;br&gt;Data store: {5} (encrypted).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Accept af planen</source>
        <translation>Acceptance of the plan</translation>
    </message>
    <message>
        <source>Accepterer du planen med disse mål?</source>
        <translation>Do you accept the plan with these goals?</translation>
    </message>
    <message>
        <source>Hvem accepterer planen</source>
        <translation>Who accepts the plan</translation>
    </message>
    <message>
        <source>&amp;Hvem accepterer:</source>
        <translation>&amp;Who accepts:</translation>
    </message>
    <message>
        <source>&amp;Underskrift på skærmen</source>
        <translation>&amp;Signature on the screen</translation>
    </message>
    <message>
        <source>&amp;Mundtlig accept (ingen underskrift)</source>
        <translation>Spo&amp;ken acceptance (no signature)</translation>
    </message>
    <message>
        <source>Sådan:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Hv&amp;orfor er der ingen underskrift?</source>
        <translation>W&amp;hy is there no signature?</translation>
    </message>
    <message>
        <source>Fx borgeren kan ikke holde en pen, eller mødet blev holdt over telefonen</source>
        <translation>E.g. the citizen cannot hold a pen, or the meeting was held by phone</translation>
    </message>
    <message>
        <source>Hvorfor der ikke er en underskrift</source>
        <translation>Why there is no signature</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Gem accept</source>
        <translation>Sa&amp;ve acceptance</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Der er ingen mål i planen endnu.</source>
        <translation>The plan has no goals yet.</translation>
    </message>
    <message>
        <source>Planens mål</source>
        <translation>The plan&apos;s goals</translation>
    </message>
    <message>
        <source>Skriv, hvem der accepterer planen.</source>
        <translation>Write who accepts the plan.</translation>
    </message>
    <message>
        <source>Skriv, hvorfor der ikke er en underskrift.</source>
        <translation>Write why there is no signature.</translation>
    </message>
    <message>
        <source>Skriv under i feltet først – eller vælg mundtlig accept.</source>
        <translation>Sign in the field first – or choose spoken acceptance.</translation>
    </message>
    <message>
        <source>Sagen er gemt et andet sted imens. Accepten er ikke gemt endnu – tryk »Gem accept« igen.</source>
        <translation>The case was saved elsewhere meanwhile. The acceptance is not saved yet – press “Save acceptance” again.</translation>
    </message>
</context>
<context>
    <name>AcceptancePanel</name>
    <message>
        <source>Borgerens accept af planen</source>
        <translation>The citizen&apos;s acceptance of the plan</translation>
    </message>
    <message>
        <source>Accept af planen</source>
        <translation>Acceptance of the plan</translation>
    </message>
    <message>
        <source>Underskriften</source>
        <translation>The signature</translation>
    </message>
    <message>
        <source>Lad borgeren acce&amp;ptere planen …</source>
        <translation>Let the citizen acce&amp;pt the plan …</translation>
    </message>
    <message>
        <source>Vend skærmen mod borgeren: underskrift på skærmen, eller mundtlig accept med en begrundelse</source>
        <translation>Turn the screen towards the citizen: a signature on the screen, or a spoken acceptance with a reason</translation>
    </message>
    <message>
        <source>Planen er ikke accepteret endnu. Vend skærmen mod borgeren, og lad borgeren eller repræsentanten skrive under – eller registrér en mundtlig accept.</source>
        <translation>The plan has not been accepted yet. Turn the screen towards the citizen and let the citizen or the representative sign – or record a spoken acceptance.</translation>
    </message>
    <message>
        <source>Accepteret af {0} den {1} med underskrift på skærmen.</source>
        <translation>Accepted by {0} on {1} with a signature on the screen.</translation>
    </message>
    <message>
        <source>Accepteret mundtligt af {0} den {1}. Ingen underskrift, fordi: {2}</source>
        <translation>Accepted orally by {0} on {1}. No signature, because: {2}</translation>
    </message>
    <message>
        <source>Planen er ændret efter accepten – der skal en ny accept til.</source>
        <translation>The plan has changed since the acceptance – a new acceptance is needed.</translation>
    </message>
    <message>
        <source>Handleplanens version {0}.</source>
        <translation>Action plan version {0}.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Hvad skal borgeren lave?</source>
        <translation>What will the citizen do?</translation>
    </message>
    <message>
        <source>Aktivitetstyper</source>
        <translation>Types of activity</translation>
    </message>
    <message>
        <source>Aktivitetstyper:</source>
        <translation>Types of activity:</translation>
    </message>
    <message>
        <source>Forløb</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Udviklingsforløb:</source>
        <translation>Development courses:</translation>
    </message>
    <message>
        <source>Indgår ikke i tilbuddet:</source>
        <translation>Not part of the offer:</translation>
    </message>
    <message>
        <source>Indgår ikke i tilbuddet</source>
        <translation>Not part of the offer</translation>
    </message>
    <message>
        <source>Aftaler om aktiviteterne</source>
        <translation>Arrangements for the activities</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fx tidspunkter, pauser, individuel tilrettelæggelse eller særlige hensyn</source>
        <translation>E.g. times, breaks, individual arrangements or special needs</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>AddCaseworkerDialog</name>
    <message>
        <source>Tilføj sagsbehandler</source>
        <translation>Add caseworker</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Vurdér sammen med borgeren de undertemaer, der har betydning for borgeren: 0 = ingen nedsat funktionsevne, 4 = fuldstændig nedsat funktionsevne. Lad resten stå som »Ikke vurderet«.</source>
        <translation>Together with the citizen, assess the subthemes that matter to the citizen: 0 = no reduced ability, 4 = completely reduced ability. Leave the rest as “Ikke vurderet” (not assessed).</translation>
    </message>
    <message>
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Funktioner og forhold</source>
        <translation>Functions and circumstances</translation>
    </message>
    <message>
        <source>Omgivelsesfaktorer</source>
        <translation>Environmental factors</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funktionsevne pr. tema&lt;/b&gt; (gennemsnit af de vurderede undertemaer)</source>
        <translation>&lt;b&gt;Ability by theme&lt;/b&gt; (average of the assessed subthemes)</translation>
    </message>
    <message>
        <source>Samlet støttebehov</source>
        <translation>Overall need for support</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samlet &amp;støttebehov&lt;/b&gt; (0–4)</source>
        <translation>&lt;b&gt;Overall need for s&amp;upport&lt;/b&gt; (0–4)</translation>
    </message>
    <message>
        <source>&amp;Ressourcer</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <source>Hvad klarer borgeren, hvad lykkes?</source>
        <translation>What does the citizen manage, what goes well?</translation>
    </message>
    <message>
        <source>&amp;Udfordringer</source>
        <translation>&amp;Challenges</translation>
    </message>
    <message>
        <source>Hvad er svært, og hvornår?</source>
        <translation>What is hard, and when?</translation>
    </message>
    <message>
        <source>Borgerens &amp;egne ord</source>
        <translation>The citizen’s o&amp;wn words</translation>
    </message>
    <message>
        <source>Sådan siger borgeren det selv</source>
        <translation>How the citizen puts it</translation>
    </message>
    <message>
        <source>Beskriv med ord, hvad der har betydning for borgeren. FFB giver ikke et funktionsevneniveau (0–4) for »{0}«, så der vælges ikke niveau her.</source>
        <translation>Describe in words what matters to the citizen. FFB gives no ability level (0–4) for “{0}”, so no level is chosen here.</translation>
    </message>
    <message>
        <source>Fx {0}</source>
        <translation>E.g. {0}</translation>
    </message>
    <message>
        <source>{0} ({1}/{2})</source>
        <translation>{0} ({1}/{2})</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Moderat</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Svært</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Fuldstændig</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Sikkerhedskopierne er krypterede kopier af datalageret og nøglefilen. Der tages én om dagen, når du logger ind, og én før hver opdatering. De seneste 7 dages og 4 ugers kopier gemmes.</source>
        <translation>Backups are encrypted copies of the data store and the key file. One is taken each day when you log in, and one before every update. The copies of the last 7 days and 4 weeks are kept.</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Tag en kopi nu</source>
        <translation>&amp;Take a copy now</translation>
    </message>
    <message>
        <source>&amp;Gendan den valgte …</source>
        <translation>&amp;Restore the selected …</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kopien er taget: {0}.</source>
        <translation>The copy is taken: {0}.</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopi</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Gendan kopien fra {0}? Det nuværende datalager og nøglefilen lægges til side i mappen backups (intet slettes), og du skal logge ind igen.</source>
        <translation>Restore the copy from {0}? The current data store and key file are put aside in the backups folder (nothing is deleted), and you must log in again.</translation>
    </message>
    <message>
        <source>Din adgangskode:</source>
        <translation>Your password:</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Skal løses</source>
        <translation>Must be resolved</translation>
    </message>
    <message>
        <source>Bemærk</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
    <message>
        <source>Borger og henvendelse</source>
        <translation>Citizen and application</translation>
    </message>
    <message>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Ressourcer og behov</source>
        <translation>Resources and needs</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Mål (SMART)</source>
        <translation>Goals (SMART)</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Frist for afgørelse</source>
        <translation>Decision deadline</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{0} (overskredet)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>{0} (snart)</source>
        <translation>{0} (soon)</translation>
    </message>
    <message>
        <source>Under behandling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Afslag</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>&amp;Gem og luk</source>
        <translation>&amp;Save and close</translation>
    </message>
    <message>
        <source>&amp;Dokumenter …</source>
        <translation>&amp;Documents …</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>F&amp;inish</translation>
    </message>
    <message>
        <source>&lt; T&amp;ilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Hvorfor Næste ikke kan bruges</source>
        <translation>Why Next cannot be used</translation>
    </message>
    <message>
        <source>Trin i visitationen</source>
        <translation>Steps of the visitation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kvalitetsstandard</source>
        <translation>Quality standard</translation>
    </message>
    <message>
        <source>Sagen kunne ikke gemmes</source>
        <translation>The case could not be saved</translation>
    </message>
    <message>
        <source>Dette vindue</source>
        <translation>This window</translation>
    </message>
    <message>
        <source>Gemt et andet sted</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <source>Sagen er gemt et andet sted (fx med en opfølgning på kommandolinjen), mens den var åben her. Ændringer i forskellige felter er lagt sammen. Disse felter er ændret begge steder: vælg, hvilken værdi der skal gælde. Intet er overskrevet.</source>
        <translation>The case was saved elsewhere (for example a follow-up on the command line) while it was open here. Changes to different fields have been combined. These fields were changed in both places: choose which value applies. Nothing has been overwritten.</translation>
    </message>
    <message>
        <source>Sagen er ikke gemt: vælg i konfliktvisningen ved næste ændring.</source>
        <translation>The case is not saved: choose in the conflict view at the next change.</translation>
    </message>
    <message>
        <source>Hentet fra det andet sted: %1</source>
        <translation>Taken from the other place: %1</translation>
    </message>
    <message>
        <source>Sagen er gemt.</source>
        <translation>The case is saved.</translation>
    </message>
    <message>
        <source>Sidste valg er fortrudt.</source>
        <translation>The last choice was undone.</translation>
    </message>
    <message>
        <source>Der er intet valg at fortryde.</source>
        <translation>There is no choice to undo.</translation>
    </message>
    <message>
        <source>Sagen er gemt. Luk den med »Gem og luk«.</source>
        <translation>The case is saved. Close it with “Save and close”.</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Borger: {0}, CPR {1}</source>
        <translation>Citizen: {0}, CPR {1}</translation>
    </message>
    <message>
        <source>Borger: {0}</source>
        <translation>Citizen: {0}</translation>
    </message>
    <message>
        <source>Har fund, der skal løses</source>
        <translation>Has findings that must be resolved</translation>
    </message>
    <message>
        <source>Borger og henvendelse</source>
        <translation>Citizen and application</translation>
    </message>
    <message>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Ressourcer og behov</source>
        <translation>Resources and needs</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Mål (SMART)</source>
        <translation>Goals (SMART)</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Skift adgangskode</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Nuværende adgangskode</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Gentag ny adgangskode</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>&amp;Nuværende:</source>
        <translation>&amp;Current:</translation>
    </message>
    <message>
        <source>N&amp;y (mindst 12 tegn):</source>
        <translation>&amp;New (at least 12 characters):</translation>
    </message>
    <message>
        <source>&amp;Gentag ny:</source>
        <translation>&amp;Repeat new:</translation>
    </message>
    <message>
        <source>De to nye adgangskoder er ikke ens.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>ddmmåå-xxxx</source>
        <translation>ddmmyy-xxxx</translation>
    </message>
    <message>
        <source>Fødselsdato og alder</source>
        <translation>Date of birth and age</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>&amp;CPR-nummer:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Adresse:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Postnr. og by:</source>
        <translation>&amp;Postcode, town:</translation>
    </message>
    <message>
        <source>Te&amp;lefon:</source>
        <translation>Tel&amp;ephone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Henvendelse</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Frist for afgørelse</source>
        <translation>Decision deadline</translation>
    </message>
    <message>
        <source>Modtaget dato</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>&amp;Modtaget:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <source>(vælg)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>En pårørende har henvendt sig på borgerens vegne</source>
        <translation>A relative has applied on the citizen’s behalf</translation>
    </message>
    <message>
        <source>Pår&amp;ørendes navn:</source>
        <translation>Relat&amp;ive’s name:</translation>
    </message>
    <message>
        <source>Pårørendes navn</source>
        <translation>Relative’s name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Pårørendes kontakt</source>
        <translation>Relative’s contact details</translation>
    </message>
    <message>
        <source>Hvilke oplysninger</source>
        <translation>Which information</translation>
    </message>
    <message>
        <source>F&amp;ra hvem:</source>
        <translation>From wh&amp;om:</translation>
    </message>
    <message>
        <source>Fra hvem</source>
        <translation>From whom</translation>
    </message>
    <message>
        <source>Dato for &amp;samtykke:</source>
        <translation>Consent &amp;given on:</translation>
    </message>
    <message>
        <source>Dato for samtykke</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Skriv CPR-nummer og navn for at gå videre.</source>
        <translation>Enter the CPR number and name to go on.</translation>
    </message>
    <message>
        <source>Skriv et gyldigt CPR-nummer for at gå videre.</source>
        <translation>Enter a valid CPR number to go on.</translation>
    </message>
    <message>
        <source>Skriv borgerens navn for at gå videre.</source>
        <translation>Enter the citizen’s name to go on.</translation>
    </message>
    <message>
        <source>Na&amp;vn:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>fx mor, bror, værge</source>
        <translation>e.g. mother, brother, guardian</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Pårørendes kontakt:</source>
        <translation>Relative’s contact details:</translation>
    </message>
    <message>
        <source>Samtykke til at indhente oplysninger (retssikkerhedsloven § 11 a)</source>
        <translation>Consent to obtain information (Legal Rights Act, retssikkerhedsloven § 11 a)</translation>
    </message>
    <message>
        <source>Borgeren giver samtykke</source>
        <translation>The citizen gives consent</translation>
    </message>
    <message>
        <source>Borgeren afviser at give samtykke</source>
        <translation>The citizen refuses to give consent</translation>
    </message>
    <message>
        <source>Samtykke:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>Hvilke oplysninger, fx journal fra egen læge</source>
        <translation>Which information, e.g. records from the citizen’s GP</translation>
    </message>
    <message>
        <source>Hvilke &amp;oplysninger:</source>
        <translation>&amp;Which information:</translation>
    </message>
    <message>
        <source>Fra hvem, fx egen læge, psykiatrien, bostøtten</source>
        <translation>From whom, e.g. GP, psychiatric services, housing support</translation>
    </message>
    <message>
        <source>Født {0} – {1} år</source>
        <translation>Born {0} – aged {1}</translation>
    </message>
    <message>
        <source>Frist for afgørelse: {0} ({1} uger)</source>
        <translation>Decision deadline: {0} ({1} weeks)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Personligt fremmøde</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Borgerens skærm (F11)</source>
        <translation>Citizen&apos;s screen (F11)</translation>
    </message>
    <message>
        <source>Vis borgeren, hvad der bliver skrevet, med stor tekst</source>
        <translation>Show the citizen what is being written, in large text</translation>
    </message>
    <message>
        <source>Borgerens skærm</source>
        <translation>Citizen&apos;s screen</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <source>Borgerens skærm</source>
        <translation>Citizen&apos;s screen</translation>
    </message>
    <message>
        <source>Esc eller F11: tilbage til visitationen.   Ctrl + plus / minus: større eller mindre tekst.</source>
        <translation>Esc or F11: back to the visitation.   Ctrl + plus / minus: larger or smaller text.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(findes ikke)</source>
        <translation>(does not exist)</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sagen er ændret to steder</source>
        <translation>The case was changed in two places</translation>
    </message>
    <message>
        <source>De samme felter er ændret forskelligt to steder. Vælg for hvert felt, hvilken værdi der skal gælde. Intet er gemt, før du har valgt.</source>
        <translation>The same fields were changed differently in two places. Choose for each field which value applies. Nothing is saved until you have chosen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Felt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Brug alle fra %1</source>
        <translation>Use all from %1</translation>
    </message>
    <message>
        <source>&amp;Gem valgene</source>
        <translation>&amp;Save the choices</translation>
    </message>
    <message>
        <source>&amp;Vælg senere</source>
        <translation>&amp;Choose later</translation>
    </message>
    <message>
        <source>Mangler valg</source>
        <translation>Choices missing</translation>
    </message>
    <message>
        <source>Alle felter har et valg.</source>
        <translation>Every field has a choice.</translation>
    </message>
    <message>
        <source>Felter uden valg: %1</source>
        <translation>Fields without a choice: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Skriv datoen som dd-mm-åååå, fx 03-02-2027.</source>
        <translation>Write the date as dd-mm-yyyy, e.g. 03-02-2027.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>&amp;Regler, afgørelsen bygger på:</source>
        <translation>Ru&amp;les the decision is based on:</translation>
    </message>
    <message>
        <source>Regler, afgørelsen bygger på</source>
        <translation>Rules the decision is based on</translation>
    </message>
    <message>
        <source>Fx servicelovens § 104 og kvalitetsstandardens kriterier</source>
        <translation>E.g. § 104 of the Social Services Act and the criteria of the quality standard</translation>
    </message>
    <message>
        <source>&amp;Oplysninger, der er lagt vægt på:</source>
        <translation>Information given &amp;weight:</translation>
    </message>
    <message>
        <source>Oplysninger, der er lagt vægt på</source>
        <translation>Information given weight</translation>
    </message>
    <message>
        <source>Fx den individuelle vurdering og borgerens funktionsevne</source>
        <translation>E.g. the individual assessment and the citizen’s ability</translation>
    </message>
    <message>
        <source>Hovedhensyn</source>
        <translation>Main considerations</translation>
    </message>
    <message>
        <source>Fx hvorfor netop dette tilbud og denne plads, eller hvorfor afslag</source>
        <translation>E.g. why this particular offer and place, or why refusal</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{0} dage</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>Åbne fund før afgørelsen</source>
        <translation>Open findings before the decision</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Bevilling</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <source>Løs de blokerende fund, ellers er afgørelsen et afslag.</source>
        <translation>Resolve the blocking findings, or the decision will be a refusal.</translation>
    </message>
    <message>
        <source>Afgørelsen er:</source>
        <translation>The decision is:</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Dato og frist</source>
        <translation>Date and deadline</translation>
    </message>
    <message>
        <source>Frist for afgørelsen</source>
        <translation>Deadline for the decision</translation>
    </message>
    <message>
        <source>Dato for afgørelsen</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Dato for afgør&amp;elsen:</source>
        <translation>Date of the d&amp;ecision:</translation>
    </message>
    <message>
        <source>Hvorfor blev fristen ikke holdt?</source>
        <translation>Why was the deadline not met?</translation>
    </message>
    <message>
        <source>Besked om forsinkelse</source>
        <translation>Notice of delay</translation>
    </message>
    <message>
        <source>Hvis fristen ikke kan holdes: hvad borgeren har fået skriftligt at vide om, hvornår afgørelsen kommer</source>
        <translation>If the deadline cannot be met: what the citizen has been told in writing about when the decision will come</translation>
    </message>
    <message>
        <source>Hovedhen&amp;syn:</source>
        <translation>&amp;Main considerations:</translation>
    </message>
    <message>
        <source>Afs&amp;lag</source>
        <translation>&amp;Refusal</translation>
    </message>
    <message>
        <source>Foresl&amp;å tekst</source>
        <translation>Suggest te&amp;xt</translation>
    </message>
    <message>
        <source>Årsag til o&amp;verskridelse:</source>
        <translation>Reason for dela&amp;y:</translation>
    </message>
    <message>
        <source>Årsag til overskridelse</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Besked om forsin&amp;kelse:</source>
        <translation>N&amp;otice of delay:</translation>
    </message>
    <message>
        <source>Ingen åbne fund på de tidligere sider.</source>
        <translation>No open findings on the earlier pages.</translation>
    </message>
    <message>
        <source>{0} skal løses</source>
        <translation>{0} to resolve</translation>
    </message>
    <message>
        <source>{0} at bemærke</source>
        <translation>{0} to note</translation>
    </message>
    <message>
        <source>Gå til siden</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Gå til siden {0}</source>
        <translation>Go to the page {0}</translation>
    </message>
    <message>
        <source>Klik for at gå til siden {0}</source>
        <translation>Click to go to the page {0}</translation>
    </message>
    <message>
        <source>Fund på siden {0}</source>
        <translation>Findings on the page {0}</translation>
    </message>
    <message>
        <source>Udfylder de tomme felter med et udkast, som du retter til. Skrevet tekst bliver stående.</source>
        <translation>Fills the empty fields with a draft for you to edit. Text already written is kept.</translation>
    </message>
    <message>
        <source>Vælg bevilling eller afslag, så kan programmet foreslå en tekst.</source>
        <translation>Choose grant or refusal, and the program can suggest a text.</translation>
    </message>
    <message>
        <source>Frist: ukendt – skriv datoen for henvendelsen på siden »Borger og henvendelse«.</source>
        <translation>Deadline: unknown – enter the date of the application on the page “Citizen and application”.</translation>
    </message>
    <message>
        <source>Frist: {0} ({1}).</source>
        <translation>Deadline: {0} ({1}).</translation>
    </message>
    <message>
        <source>afgørelsen er truffet på fristens sidste dag</source>
        <translation>the decision was made on the last day of the deadline</translation>
    </message>
    <message>
        <source>afgørelsen er truffet {0} før fristen</source>
        <translation>the decision was made {0} before the deadline</translation>
    </message>
    <message>
        <source>afgørelsen er truffet {0} efter fristen</source>
        <translation>the decision was made {0} after the deadline</translation>
    </message>
    <message>
        <source>Frist: {0}; {1}</source>
        <translation>Deadline: {0}; {1}</translation>
    </message>
</context>
<context>
    <name>DelayNoticeDialog</name>
    <message>
        <source>Besked om forsinkelse</source>
        <translation>Notice of delay</translation>
    </message>
    <message>
        <source>Fristen for afgørelsen er {0} ({1}).</source>
        <translation>The deadline for the decision is {0} ({1}).</translation>
    </message>
    <message>
        <source>Der er ingen modtagelsesdato, så fristen kan ikke beregnes.</source>
        <translation>There is no date received, so the deadline cannot be worked out.</translation>
    </message>
    <message>
        <source>Kan fristen ikke holdes, skal borgeren have skriftlig besked om, hvornår afgørelsen kommer, og hvorfor. Skriv datoen og årsagen, og lav brevet.</source>
        <translation>If the deadline cannot be met, the citizen must be told in writing when the decision will come, and why. Enter the date and the reason, and make the letter.</translation>
    </message>
    <message>
        <source>Afgørelsen kan forventes senest</source>
        <translation>Decision expected by</translation>
    </message>
    <message>
        <source>Afgørelsen kan &amp;forventes senest:</source>
        <translation>Decision &amp;expected by:</translation>
    </message>
    <message>
        <source>Årsag til forsinkelsen</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>Å&amp;rsag til forsinkelsen:</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <source>&amp;Besked til borgeren (gemmes i sagen):</source>
        <translation>&amp;Note to the citizen (kept in the case):</translation>
    </message>
    <message>
        <source>&amp;Lav brevet …</source>
        <translation>&amp;Make the letter …</translation>
    </message>
    <message>
        <source>Datoen og årsagen er gemt i sagen.</source>
        <translation>The date and the reason are saved in the case.</translation>
    </message>
    <message>
        <source>Besked til borgeren om forsinkelse</source>
        <translation>Message to the citizen about the delay</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Opretter et midlertidigt datalager med fiktive borgere …</source>
        <translation>Creating a temporary data store with fictional citizens …</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Dokumenter – sag {0}</source>
        <translation>Documents – case {0}</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Antal sider</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <source>Forhåndsvisning af dokumentet</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Besked om dokumentet</source>
        <translation>Message about the document</translation>
    </message>
    <message>
        <source>Dokumentet laves …</source>
        <translation>Making the document …</translation>
    </message>
    <message>
        <source>Dokumentet laves</source>
        <translation>Making the document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Gem som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Udfyld det, der mangler, i visitationen, og åbn dokumenterne igen.</source>
        <translation>Fill in what is missing in the visitation, and open the documents again.</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{0} sider</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Filen bliver ikke krypteret</source>
        <translation>The file will not be encrypted</translation>
    </message>
    <message>
        <source>PDF-filen bliver gemt uden kryptering og indeholder personoplysninger om borgeren.

Gem den kun et sikkert sted, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</source>
        <translation>The PDF file is saved without encryption and contains personal data about the citizen.

Only save it somewhere safe, and delete it when it is no longer needed.

Do you want to save the file?</translation>
    </message>
    <message>
        <source>Filen forlader computeren</source>
        <translation>The file leaves the computer</translation>
    </message>
    <message>
        <source>Mappen bliver synkroniseret med {0}: filen bliver kopieret ukrypteret fra computeren til {0} og forlader dermed computeren. Vælg hellere en mappe, der kun ligger på computeren.

</source>
        <translation>The folder is synced with {0}: the file is copied unencrypted from the computer to {0} and so leaves the computer. Better choose a folder that stays on the computer only.

</translation>
    </message>
    <message>
        <source>Filen blev ikke gemt</source>
        <translation>The file was not saved</translation>
    </message>
    <message>
        <source>Gemt i {0}. Filen er ikke krypteret.</source>
        <translation>Saved in {0}. The file is not encrypted.</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Sendt til {0} (job {1}).</source>
        <translation>Sent to {0} (job {1}).</translation>
    </message>
    <message>
        <source>Udskrivningen mislykkedes</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Sendt til {0}.</source>
        <translation>Sent to {0}.</translation>
    </message>
    <message>
        <source>Der er ingen printere på denne computer. Gem dokumentet som PDF i stedet.</source>
        <translation>There are no printers on this computer. Save the document as PDF instead.</translation>
    </message>
    <message>
        <source>Printeren »{0}« findes ikke på denne computer. Kendte printere: {1}.</source>
        <translation>The printer “{0}” does not exist on this computer. Known printers: {1}.</translation>
    </message>
    <message>
        <source>Printeren kunne ikke startes. Tjek at den er tændt og tilsluttet.</source>
        <translation>The printer could not be started. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>Printeren stoppede ved side {0}.</source>
        <translation>The printer stopped at page {0}.</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Handleplan (action plan)</translation>
    </message>
    <message>
        <source>Letlæst udgave</source>
        <translation>Easy-read version</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>Besked om forsinkelse</source>
        <translation>Notice of delay</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Der opstod en uventet fejl. Det, du har skrevet, er gemt undervejs. Luk programmet og start det igen; fejlen er skrevet i programmets log uden personoplysninger.</source>
        <translation>An unexpected error occurred. What you have written has been saved as you went. Close the program and start it again; the error has been written to the program’s log without personal data.</translation>
    </message>
</context>
<context>
    <name>FindingsStrip</name>
    <message>
        <source>Fund på siden</source>
        <translation>Findings on the page</translation>
    </message>
    <message>
        <source>Alle fund på siden:</source>
        <translation>All findings on the page:</translation>
    </message>
    <message>
        <source>Skjul listen</source>
        <translation>Hide the list</translation>
    </message>
    <message>
        <source>Vis alle ({0})</source>
        <translation>Show all ({0})</translation>
    </message>
</context>
<context>
    <name>FollowUpWizard</name>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Registrér opfølgning</source>
        <translation>&amp;Record follow-up</translation>
    </message>
    <message>
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Trin i opfølgningen</source>
        <translation>Steps of the follow-up</translation>
    </message>
    <message>
        <source>Opfølgning:
{0}</source>
        <translation>Follow-up:
{0}</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Opfølgningen kunne ikke gemmes</source>
        <translation>The follow-up could not be saved</translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Målopfyldelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <source>Funktionsevne</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Nye og ændrede mål</source>
        <translation>New and changed goals</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>FollowUpWizardPage</name>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Målopfyldelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <source>Funktionsevne</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Nye og ændrede mål</source>
        <translation>New and changed goals</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Indsatsen fortsætter uændret</source>
        <translation>The service continues unchanged</translation>
    </message>
    <message>
        <source>Indsatsen tilpasses</source>
        <translation>The service is adjusted</translation>
    </message>
    <message>
        <source>Indsatsen afsluttes</source>
        <translation>The service ends</translation>
    </message>
    <message>
        <source>Fundene på siden står ved felterne ovenfor.</source>
        <translation>The page&apos;s findings are shown at their fields above.</translation>
    </message>
    <message>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>SMART-tjek af målet</source>
        <translation>SMART check of the goal</translation>
    </message>
    <message>
        <source>Målet med borgerens egne ord</source>
        <translation>The goal in the citizen’s own words</translation>
    </message>
    <message>
        <source>Målet med borgerens &amp;egne ord:</source>
        <translation>The goal in the citizen’s o&amp;wn words:</translation>
    </message>
    <message>
        <source>(vælg undertema)</source>
        <translation>(choose subtheme)</translation>
    </message>
    <message>
        <source>FFB-&amp;undertema:</source>
        <translation>FFB &amp;subtheme:</translation>
    </message>
    <message>
        <source>(vælg måltype)</source>
        <translation>(choose goal type)</translation>
    </message>
    <message>
        <source>Måltype:</source>
        <translation>Goal type:</translation>
    </message>
    <message>
        <source>Niveau i &amp;dag:</source>
        <translation>Level t&amp;oday:</translation>
    </message>
    <message>
        <source>&amp;Målniveau:</source>
        <translation>Target &amp;level:</translation>
    </message>
    <message>
        <source>&amp;Hvordan måles det:</source>
        <translation>How it is &amp;measured:</translation>
    </message>
    <message>
        <source>Nås &amp;senest:</source>
        <translation>Achieve b&amp;y:</translation>
    </message>
    <message>
        <source>Hvordan e&amp;valueres det:</source>
        <translation>How it is e&amp;valuated:</translation>
    </message>
    <message>
        <source>Evalueres den:</source>
        <translation>Evaluated on:</translation>
    </message>
    <message>
        <source>Borgeren har a&amp;ccepteret målet</source>
        <translation>The citizen has &amp;accepted the goal</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>Acceptance:</translation>
    </message>
    <message>
        <source>Hvordan, fx mundtligt på mødet</source>
        <translation>How, e.g. verbally at the meeting</translation>
    </message>
    <message>
        <source>Sådan accepteret:</source>
        <translation>How accepted:</translation>
    </message>
    <message>
        <source>Hvorf&amp;or er målet realistisk:</source>
        <translation>Why the goal is real&amp;istic:</translation>
    </message>
    <message>
        <source>Hvordan ser det ud på dette trin? (valgfrit)</source>
        <translation>What does this step look like? (optional)</translation>
    </message>
</context>
<context>
    <name>GoalScoresPage</name>
    <message>
        <source>Gennemgå målene med borgeren. Vælg for hvert mål, hvor langt borgeren er nået: 0 er det forventede niveau, −2 og −1 er mindre end forventet, +1 og +2 bedre.</source>
        <translation>Go through the goals with the citizen. For each goal, choose how far the citizen has come: 0 is the expected level, −2 and −1 are less than expected, +1 and +2 better.</translation>
    </message>
    <message>
        <source>Handleplanen har ingen mål.</source>
        <translation>The action plan has no goals.</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T-score</translation>
    </message>
    <message>
        <source>(målet har ingen tekst)</source>
        <translation>(the goal has no text)</translation>
    </message>
    <message>
        <source>Sådan måles det: {0}</source>
        <translation>How it is measured: {0}</translation>
    </message>
    <message>
        <source>Målopfyldelse {0}: {1}</source>
        <translation>Goal attainment {0}: {1}</translation>
    </message>
    <message>
        <source>Der blev ikke skrevet beskrivelser af trinnene, da målet blev sat.</source>
        <translation>No descriptions of the steps were written when the goal was set.</translation>
    </message>
    <message>
        <source>Hvad viser målingen? Hvad har hjulpet, og hvad har været svært?</source>
        <translation>What does the measurement show? What has helped, and what has been hard?</translation>
    </message>
    <message>
        <source>Bemærkning:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <source>Hvad siger borgeren selv?</source>
        <translation>What does the citizen say?</translation>
    </message>
    <message>
        <source>Borgerens egne ord:</source>
        <translation>The citizen’s own words:</translation>
    </message>
    <message>
        <source>Alle mål vægter lige meget (1), medmindre du sætter en anden vægt.</source>
        <translation>All goals have the same weight (1) unless you set a different weight.</translation>
    </message>
    <message>
        <source>Vægt i T-scoren:</source>
        <translation>Weight in the T-score:</translation>
    </message>
    <message>
        <source>T-scoren samler målene i ét tal (Kiresuk og Sherman, ρ = {0}): 50 er det forventede niveau, under 50 mindre og over 50 bedre end forventet.</source>
        <translation>The T-score sums up the goals in one number (Kiresuk and Sherman, ρ = {0}): 50 is the expected level, below 50 is less and above 50 better than expected.</translation>
    </message>
    <message>
        <source>&lt;b&gt;T-score:&lt;/b&gt; vises, når alle mål er scoret ({0} af {1}).</source>
        <translation>&lt;b&gt;T-score:&lt;/b&gt; shown when every goal has been scored ({0} of {1}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;T-score: {0}&lt;/b&gt; – {1}</source>
        <translation>&lt;b&gt;T-score: {0}&lt;/b&gt; – {1}</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Tilføj &amp;mål</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <source>Fjern m&amp;ål</source>
        <translation>&amp;Remove goal</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Målene:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Det valgte mål</source>
        <translation>The chosen goal</translation>
    </message>
    <message>
        <source>Evalueres den</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Hvorfor er målet realistisk</source>
        <translation>Why the goal is realistic</translation>
    </message>
    <message>
        <source>Der er ingen mål endnu. Tryk »Tilføj mål« for at skrive det første.</source>
        <translation>There are no goals yet. Press “Add goal” to write the first one.</translation>
    </message>
    <message>
        <source>Fx »Jeg vil selv lave aftensmad to gange om ugen.«</source>
        <translation>E.g. “I want to cook dinner myself twice a week.”</translation>
    </message>
    <message>
        <source>Målet med borgerens &amp;egne ord:</source>
        <translation>The goal in the citizen’s o&amp;wn words:</translation>
    </message>
    <message>
        <source>(vælg undertema)</source>
        <translation>(choose subtheme)</translation>
    </message>
    <message>
        <source>FFB-&amp;undertema:</source>
        <translation>FFB s&amp;ubtheme:</translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Andet undertema (valgfrit):</source>
        <translation>Second subtheme (optional):</translation>
    </message>
    <message>
        <source>(vælg måltype)</source>
        <translation>(choose goal type)</translation>
    </message>
    <message>
        <source>Måltype:</source>
        <translation>Goal type:</translation>
    </message>
    <message>
        <source>Niveau i dag</source>
        <translation>Level today</translation>
    </message>
    <message>
        <source>Målniveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>I d&amp;ag:</source>
        <translation>T&amp;oday:</translation>
    </message>
    <message>
        <source>Hvordan må&amp;les det:</source>
        <translation>How it is &amp;measured:</translation>
    </message>
    <message>
        <source>Målopfyldelsess&amp;kala −2 til +2 (valgfri)</source>
        <translation>Goal attainment s&amp;cale −2 to +2 (optional)</translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Målet med borgerens egne ord</source>
        <translation>The goal in the citizen’s own words</translation>
    </message>
    <message>
        <source>FFB-undertema</source>
        <translation>FFB subtheme</translation>
    </message>
    <message>
        <source>Andet undertema (valgfrit)</source>
        <translation>Second subtheme (optional)</translation>
    </message>
    <message>
        <source>Måltype</source>
        <translation>Goal type</translation>
    </message>
    <message>
        <source>Funktionsevneniveau:</source>
        <translation>Ability level:</translation>
    </message>
    <message>
        <source>Hvordan måles det</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <source>Fx antal gange om ugen, borgeren gør det selv</source>
        <translation>E.g. the number of times a week the citizen does it alone</translation>
    </message>
    <message>
        <source>&amp;Skal være nået senest:</source>
        <translation>Achieve b&amp;y:</translation>
    </message>
    <message>
        <source>Skal være nået senest</source>
        <translation>Achieve by</translation>
    </message>
    <message>
        <source>Hvordan evalueres det</source>
        <translation>How it is evaluated</translation>
    </message>
    <message>
        <source>Fx på opfølgningsmødet med borgeren og tilbuddet</source>
        <translation>E.g. at the follow-up meeting with the citizen and the offer</translation>
    </message>
    <message>
        <source>Hvordan e&amp;valueres det:</source>
        <translation>How it is e&amp;valuated:</translation>
    </message>
    <message>
        <source>Evalueres den:</source>
        <translation>Evaluated on:</translation>
    </message>
    <message>
        <source>Borgeren har a&amp;ccepteret målet</source>
        <translation>The citizen has &amp;accepted the goal</translation>
    </message>
    <message>
        <source>Hvordan, fx mundtligt på mødet</source>
        <translation>How, e.g. verbally at the meeting</translation>
    </message>
    <message>
        <source>Hvordan borgeren har accepteret målet</source>
        <translation>How the citizen has accepted the goal</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>Acceptance:</translation>
    </message>
    <message>
        <source>Borgerens ressourcer, støtten og tiden</source>
        <translation>The citizen’s resources, the support and the time</translation>
    </message>
    <message>
        <source>Hvorfor er målet &amp;realistisk:</source>
        <translation>Why the goal is real&amp;istic:</translation>
    </message>
    <message>
        <source>Hvordan ser det ud på dette trin?</source>
        <translation>What does this step look like?</translation>
    </message>
    <message>
        <source>SMART i orden</source>
        <translation>SMART complete</translation>
    </message>
    <message>
        <source>{0} af 6 mangler</source>
        <translation>{0} of 6 missing</translation>
    </message>
    <message>
        <source>Fjern mål</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Vil du fjerne {0}? Du kan fortryde med Ctrl+Z.</source>
        <translation>Remove {0}? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
</context>
<context>
    <name>GroupTabs</name>
    <message>
        <source>Grupper af sager</source>
        <translation>Groups of cases</translation>
    </message>
    <message>
        <source>Bevilgede indsatser, hvor opfølgningen er overskredet eller ligger inden for {0} dage.</source>
        <translation>Granted services whose follow-up is overdue or due within {0} days.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Frist snart/overskredet</source>
        <translation>Deadline soon/overdue</translation>
    </message>
    <message>
        <source>Opfølgning forfalden/snart</source>
        <translation>Follow-up overdue/soon</translation>
    </message>
    <message>
        <source>Venteliste</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Under behandling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Afslag</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Diagram: funktionsevne pr. tema</source>
        <translation>Chart: ability by theme</translation>
    </message>
    <message>
        <source>mellem {0} og {1}</source>
        <translation>between {0} and {1}</translation>
    </message>
    <message>
        <source>Ingen temaer.</source>
        <translation>No themes.</translation>
    </message>
    <message>
        <source>{0}: ikke vurderet</source>
        <translation>{0}: not assessed</translation>
    </message>
    <message>
        <source>{0}: {1} ({2}), {3} af {4} undertemaer vurderet</source>
        <translation>{0}: {1} ({2}), {3} of {4} subthemes assessed</translation>
    </message>
    <message>
        <source>, det sværeste: {0} ({1})</source>
        <translation>, the hardest: {0} ({1})</translation>
    </message>
    <message>
        <source>{0} · værst {1}</source>
        <translation>{0} · worst {1}</translation>
    </message>
</context>
<context>
    <name>LevelCombo</name>
    <message>
        <source>Ingen nedsat funktionsevne</source>
        <translation>No reduced functioning</translation>
    </message>
    <message>
        <source>Let nedsat funktionsevne</source>
        <translation>Mildly reduced functioning</translation>
    </message>
    <message>
        <source>Moderat nedsat funktionsevne</source>
        <translation>Moderately reduced functioning</translation>
    </message>
    <message>
        <source>Svært nedsat funktionsevne</source>
        <translation>Severely reduced functioning</translation>
    </message>
    <message>
        <source>Fuldstændig nedsat funktionsevne</source>
        <translation>Completely reduced functioning</translation>
    </message>
    <message>
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>LevelHistoryChart</name>
    <message>
        <source>Diagram: funktionsevne over tid</source>
        <translation>Chart: ability over time</translation>
    </message>
    <message>
        <source>Visitation</source>
        <translation>Visitation</translation>
    </message>
    <message>
        <source>Dette møde</source>
        <translation>This meeting</translation>
    </message>
    <message>
        <source>Opfølgning {0}</source>
        <translation>Follow-up {0}</translation>
    </message>
    <message>
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Ingen undertemaer er vurderet.</source>
        <translation>No subthemes have been assessed.</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>Vurdér funktionsevnen igen sammen med borgeren, for de undertemaer I har talt om. 0 er ingen nedsat funktionsevne, 4 er fuldstændig nedsat. Lad »Ikke vurderet« stå, hvis et undertema ikke blev vurderet på mødet.</source>
        <translation>Assess ability again together with the citizen, for the subthemes you have talked about. 0 is no reduced ability, 4 is completely reduced. Leave “Ikke vurderet” (not assessed) if a subtheme was not assessed at the meeting.</translation>
    </message>
    <message>
        <source>Undertema</source>
        <translation>Subtheme</translation>
    </message>
    <message>
        <source>Ved visitationen</source>
        <translation>At the visitation</translation>
    </message>
    <message>
        <source>Sidste opfølgning</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>{0}: niveau nu</source>
        <translation>{0}: level now</translation>
    </message>
    <message>
        <source>Der blev ikke vurderet funktionsevne ved visitationen, og målene har intet undertema.</source>
        <translation>Ability was not assessed at the visitation, and the goals have no subtheme.</translation>
    </message>
    <message>
        <source>Udviklingen over tid</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Niveau 0 står øverst og 4 nederst i hver række: en linje, der går op, er en fremgang.</source>
        <translation>Level 0 is at the top and 4 at the bottom of each row: a line going up is progress.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h2&gt;Skærmen er låst&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;The screen is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Lås op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Kun {0} kan låse op. Skriv din adgangskode.</source>
        <translation>Only {0} can unlock. Enter your password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Visitation Desktop – første start</source>
        <translation>Visitation Desktop – first start</translation>
    </message>
    <message>
        <source>Velkommen. Opret den første sagsbehandler. Adgangskoden låser det krypterede datalager op og skal have mindst 12 tegn og ikke være en almindelig adgangskode – brug gerne en sætning. Glemmes den, kan IT hjælpe med gendannelseskoden, der vises nu.</source>
        <translation>Welcome. Create the first caseworker. The password unlocks the encrypted data store; it must have at least 12 characters and must not be a common password – a sentence works well. If it is forgotten, IT can help with the recovery code shown next.</translation>
    </message>
    <message>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Der er ingen sikkerhedskopier.</source>
        <translation>There are no backups.</translation>
    </message>
    <message>
        <source>Datalageret kan ikke åbnes</source>
        <translation>The data store cannot be opened</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhedskopi er fra {0}. Vil du gendanne den? Det beskadigede datalager lægges til side i mappen backups; intet slettes.</source>
        <translation>The newest backup is from {0}. Do you want to restore it? The damaged data store is put aside in the backups folder; nothing is deleted.</translation>
    </message>
    <message>
        <source>Kopien fra {0} er gendannet. Det beskadigede datalager ligger i {1}.</source>
        <translation>The copy from {0} is restored. The damaged data store is in {1}.</translation>
    </message>
    <message>
        <source>Visitation Desktop – log ind</source>
        <translation>Visitation Desktop – log in</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Visitation Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visitation Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Log ind med dine initialer og din adgangskode for at låse datalageret op.</source>
        <translation>Log in with your initials and your password to unlock the data store.</translation>
    </message>
    <message>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Gentag adgangskode:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Gentag adgangskode</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Demo: et midlertidigt datalager med fiktive borgere. Tryk Log ind.</source>
        <translation>Demo: a temporary data store with fictitious citizens. Press Log in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Henter sager …</source>
        <translation>Loading cases …</translation>
    </message>
    <message>
        <source>&amp;Dokumenter …</source>
        <translation>&amp;Documents …</translation>
    </message>
    <message>
        <source>&amp;Sikkerhedskopier …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <source>Hent sa&amp;ger</source>
        <translation>Fetch &amp;cases</translation>
    </message>
    <message>
        <source>Hent sager fra den centrale database</source>
        <translation>Fetch cases from the central database</translation>
    </message>
    <message>
        <source>Sen&amp;d sager</source>
        <translation>Sen&amp;d cases</translation>
    </message>
    <message>
        <source>Send ændrede sager til den centrale database</source>
        <translation>Send changed cases to the central database</translation>
    </message>
    <message>
        <source>Logget ind som {0}. Datalageret er krypteret.</source>
        <translation>Logged in as {0}. The data store is encrypted.</translation>
    </message>
    <message>
        <source>Hent sager</source>
        <translation>Fetch cases</translation>
    </message>
    <message>
        <source>Send sager</source>
        <translation>Send cases</translation>
    </message>
    <message>
        <source>Konflikterne er afgjort. Tryk »Send sager« for at sende dem.</source>
        <translation>The conflicts are settled. Press “Send cases” to send them.</translation>
    </message>
    <message>
        <source>Sagslisten kunne ikke hentes. Luk programmet og start det igen.</source>
        <translation>The case list could not be read. Close the program and start it again.</translation>
    </message>
    <message>
        <source>Gendannelseskode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>F&amp;rigiv sager</source>
        <translation>&amp;Release cases</translation>
    </message>
    <message>
        <source>Fjern sendte sager fra computeren</source>
        <translation>Remove sent cases from the computer</translation>
    </message>
    <message>
        <source>Gendannelseskoden er {0}

Skriv den ned, og giv den til IT, som lægger den i pengeskabet. Med den kan IT give en sagsbehandler en ny adgangskode (visitation-desktop recover). Den vises kun denne ene gang.</source>
        <translation>The recovery code is {0}

Write it down and give it to IT to keep in the safe. With it IT can give a caseworker a new password (visitation-desktop recover). It is shown this once only.</translation>
    </message>
    <message>
        <source>Frigiv sager</source>
        <translation>Release cases</translation>
    </message>
    <message>
        <source>Fjerner sager fra computeren …</source>
        <translation>Removing cases from the computer …</translation>
    </message>
    <message>
        <source>{0} sager</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <source>1 sag</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>Vælg en sag i listen først.</source>
        <translation>Choose a case in the list first.</translation>
    </message>
    <message>
        <source>Sagen er gemt.</source>
        <translation>The case is saved.</translation>
    </message>
    <message>
        <source>Opfølgningen er ikke registreret endnu. Det skrevne er gemt, så du kan fortsætte senere.</source>
        <translation>The follow-up is not recorded yet. What you wrote is saved, so you can continue later.</translation>
    </message>
    <message>
        <source>Opfølgningen er registreret. Handleplanen er gemt som version {0}.</source>
        <translation>The follow-up has been recorded. The action plan has been saved as version {0}.</translation>
    </message>
    <message>
        <source>Opfølgningen er registreret. Handleplanen er uændret.</source>
        <translation>The follow-up has been recorded. The action plan is unchanged.</translation>
    </message>
    <message>
        <source>Adgangskoden er skiftet.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <source>Sagsbehandleren er oprettet.</source>
        <translation>The caseworker has been added.</translation>
    </message>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Kopien fra {0} er gendannet. De filer, den erstattede, ligger i {1}. Log ind igen.</source>
        <translation>The copy from {0} is restored. The files it replaced are in {1}. Log in again.</translation>
    </message>
    <message>
        <source>Visitation Desktop</source>
        <translation>Visitation Desktop</translation>
    </message>
    <message>
        <source>&amp;Søg:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Søg på navn eller CPR-nummer</source>
        <translation>Search by name or CPR number</translation>
    </message>
    <message>
        <source>Navn, CPR-nummer, sagsnummer eller adresse</source>
        <translation>Name, CPR number, case number or address</translation>
    </message>
    <message>
        <source>&amp;Ny visitation</source>
        <translation>&amp;New visitation</translation>
    </message>
    <message>
        <source>Ny visitation</source>
        <translation>New visitation</translation>
    </message>
    <message>
        <source>Å&amp;bn sag</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Åbn den valgte sag</source>
        <translation>Open the chosen case</translation>
    </message>
    <message>
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Antal sager</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Funk&amp;tioner</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>Skift &amp;adgangskode …</source>
        <translation>Change &amp;password …</translation>
    </message>
    <message>
        <source>&amp;Tilføj sagsbehandler …</source>
        <translation>&amp;Add caseworker …</translation>
    </message>
    <message>
        <source>&amp;Om Visitation Desktop</source>
        <translation>&amp;About Visitation Desktop</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Du fortsætter en opfølgning, der er skrevet tidligere, men ikke registreret endnu.</source>
        <translation>You are continuing a follow-up that was written earlier but not recorded yet.</translation>
    </message>
    <message>
        <source>Handleplanen i dag</source>
        <translation>The action plan today</translation>
    </message>
    <message>
        <source>Opfølgningsmødet</source>
        <translation>The follow-up meeting</translation>
    </message>
    <message>
        <source>&amp;Mødedato:</source>
        <translation>&amp;Meeting date:</translation>
    </message>
    <message>
        <source>Mødedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Fx borgeren, kontaktperson fra tilbuddet, bostøtten</source>
        <translation>E.g. the citizen, the contact person at the offer, housing support</translation>
    </message>
    <message>
        <source>&amp;Deltagere:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Samlet indtryk</source>
        <translation>Overall impression</translation>
    </message>
    <message>
        <source>Hvordan går det med indsatsen som helhed?</source>
        <translation>How is the service going overall?</translation>
    </message>
    <message>
        <source>Samlet &amp;indtryk:</source>
        <translation>Overall &amp;impression:</translation>
    </message>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <source>ikke valgt</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>ikke fastsat</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Mål i handleplanen</source>
        <translation>Goals in the action plan</translation>
    </message>
    <message>
        <source>Handleplanens version</source>
        <translation>Action plan version</translation>
    </message>
    <message>
        <source>ingen endnu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Tidligere opfølgninger</source>
        <translation>Earlier follow-ups</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Opfølgning efter planen</source>
        <translation>Follow-up according to plan</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Borger og henvendelse</source>
        <translation>Citizen and application</translation>
    </message>
    <message>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Ressourcer og behov</source>
        <translation>Resources and needs</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Mål (SMART)</source>
        <translation>Goals (SMART)</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>CPR-nummeret opfylder ikke den gamle modulus 11-kontrol. Det kan være korrekt (numre fra efter 2007). Kontrollér det med borgeren.</source>
        <translation>The CPR number does not pass the old modulus 11 check. It may be correct (numbers issued after 2007). Check it with the citizen.</translation>
    </message>
    <message>
        <source>Skriv CPR-nummeret: 10 cifre, fx 010190-1234.</source>
        <translation>Enter the CPR number: 10 digits, e.g. 010190-1234.</translation>
    </message>
    <message>
        <source>CPR-nummeret må kun indeholde tal og evt. en bindestreg, fx 010190-1234.</source>
        <translation>The CPR number may only contain digits and possibly a hyphen, e.g. 010190-1234.</translation>
    </message>
    <message>
        <source>CPR-nummeret skal have 10 cifre. Der er {count}.</source>
        <translation>The CPR number must have 10 digits. It has {count}.</translation>
    </message>
    <message>
        <source>De første 6 cifre i CPR-nummeret er ikke en rigtig dato (DDMMÅÅ). Kontrollér nummeret.</source>
        <translation>The first 6 digits of the CPR number are not a real date (DDMMYY). Check the number.</translation>
    </message>
    <message>
        <source>Fødselsdatoen i CPR-nummeret ligger i fremtiden. Kontrollér nummeret.</source>
        <translation>The birth date in the CPR number lies in the future. Check the number.</translation>
    </message>
    <message>
        <source>fristen er i dag</source>
        <translation>the deadline is today</translation>
    </message>
    <message>
        <source>{count} dag tilbage</source>
        <translation>{count} day left</translation>
    </message>
    <message>
        <source>{count} dage tilbage</source>
        <translation>{count} days left</translation>
    </message>
    <message>
        <source>{count} dag over fristen</source>
        <translation>{count} day past the deadline</translation>
    </message>
    <message>
        <source>{count} dage over fristen</source>
        <translation>{count} days past the deadline</translation>
    </message>
    <message>
        <source>Der kan kun følges op på en bevilget indsats, der ikke er afsluttet.</source>
        <translation>A follow-up can only be made on a granted service that has not ended.</translation>
    </message>
    <message>
        <source>Skriv datoen for opfølgningsmødet.</source>
        <translation>Enter the date of the follow-up meeting.</translation>
    </message>
    <message>
        <source>Mødedatoen ({date}) ligger i fremtiden. Registrér opfølgningen, når mødet er holdt.</source>
        <translation>The meeting date ({date}) lies in the future. Record the follow-up once the meeting has been held.</translation>
    </message>
    <message>
        <source>Mødet ligger før indsatsens start ({date}). Tjek datoen.</source>
        <translation>The meeting lies before the service started ({date}). Check the date.</translation>
    </message>
    <message>
        <source>Handleplanen har ingen mål, så der er intet at score.</source>
        <translation>The plan has no goals, so there is nothing to score.</translation>
    </message>
    <message>
        <source>{goal}: Vælg målopfyldelsen fra −2 til +2.</source>
        <translation>{goal}: Choose the goal attainment from −2 to +2.</translation>
    </message>
    <message>
        <source>{goal}: Målopfyldelsen skal være et helt tal fra −2 til +2, ikke {value}.</source>
        <translation>{goal}: The goal attainment must be a whole number from −2 to +2, not {value}.</translation>
    </message>
    <message>
        <source>{goal}: Vægten skal være et tal større end 0, ikke {value}.</source>
        <translation>{goal}: The weight must be a number greater than 0, not {value}.</translation>
    </message>
    <message>
        <source>Målet med id »{key}« findes ikke i handleplanen. Brug id&apos;erne fra sagens mål.</source>
        <translation>The goal with id “{key}” is not in the plan. Use the ids of the case&apos;s goals.</translation>
    </message>
    <message>
        <source>»{code}« er ikke et FFB-undertema under Aktivitet og deltagelse.</source>
        <translation>“{code}” is not an FFB subtheme under Activity and participation.</translation>
    </message>
    <message>
        <source>{subtheme}: Niveauet skal være fra 0 til 4, ikke {value}.</source>
        <translation>{subtheme}: The level must be from 0 to 4, not {value}.</translation>
    </message>
    <message>
        <source>Ingen funktionsevneniveauer er vurderet igen. Vurdér dem, I har talt om, så udviklingen kan ses.</source>
        <translation>No ability levels have been assessed again. Assess the ones you talked about, so the development can be seen.</translation>
    </message>
    <message>
        <source>Vælg, om indsatsen fortsætter, tilpasses eller afsluttes.</source>
        <translation>Choose whether the service continues, is adjusted or ends.</translation>
    </message>
    <message>
        <source>Ukendt beslutning {value}: brug continue, adjust eller end.</source>
        <translation>Unknown decision {value}: use continue, adjust or end.</translation>
    </message>
    <message>
        <source>Skriv, hvorfor indsatsen afsluttes.</source>
        <translation>Write why the service ends.</translation>
    </message>
    <message>
        <source>Skriv, hvor borgeren henvises videre – eller »Ingen henvisning«, hvis der ikke er behov.</source>
        <translation>Write where the citizen is referred on – or “No referral” if there is no need.</translation>
    </message>
    <message>
        <source>Du har valgt at tilpasse indsatsen, men intet er ændret. Vælg en anden plads eller et andet tilbud, eller ret, tilføj eller afslut mål.</source>
        <translation>You chose to adjust the service, but nothing has changed. Choose another place or another offer, or edit, add or end goals.</translation>
    </message>
    <message>
        <source>Skriv, hvorfor indsatsen ikke længere svarer til borgerens behov.</source>
        <translation>Write why the service no longer meets the citizen&apos;s needs.</translation>
    </message>
    <message>
        <source>Du har valgt, at indsatsen fortsætter uændret, men der er skrevet ændringer. Vælg »Tilpas indsatsen«, ellers bliver ændringerne ikke gemt.</source>
        <translation>You chose that the service continues unchanged, but changes have been written. Choose “Adjust the service”, or the changes will not be saved.</translation>
    </message>
    <message>
        <source>Pladsen »{place}« findes ikke i kvalitetsstandarden (brug {known}).</source>
        <translation>The place “{place}” is not in the quality standard (use {known}).</translation>
    </message>
    <message>
        <source>Tilbuddet »{offer}« findes ikke i kvalitetsstandarden.</source>
        <translation>The offer “{offer}” is not in the quality standard.</translation>
    </message>
    <message>
        <source>{offer} er ikke godkendt af Socialtilsynet og registreret på Tilbudsportalen.</source>
        <translation>{offer} is not approved by Socialtilsynet and registered on Tilbudsportalen.</translation>
    </message>
    <message>
        <source>Den næste opfølgning skal ligge efter dette møde.</source>
        <translation>The next follow-up must lie after this meeting.</translation>
    </message>
    <message>
        <source>Efter kvalitetsstandarden skal der følges op senest {date}. Vælg den dato eller en tidligere.</source>
        <translation>According to the quality standard, the follow-up must be no later than {date}. Choose that date or an earlier one.</translation>
    </message>
    <message>
        <source>Målet med id »{key}« findes ikke i handleplanen.</source>
        <translation>The goal with id “{key}” is not in the plan.</translation>
    </message>
    <message>
        <source>Ændret {label}</source>
        <translation>Changed {label}</translation>
    </message>
    <message>
        <source>Nyt {label}</source>
        <translation>New {label}</translation>
    </message>
    <message>
        <source>Handleplanen har ingen mål tilbage. Tilføj et nyt mål, eller vælg at afslutte indsatsen.</source>
        <translation>The plan has no goals left. Add a new goal, or choose to end the service.</translation>
    </message>
    <message>
        <source>mål {number}</source>
        <translation>goal {number}</translation>
    </message>
    <message>
        <source>mål {number} (»{short}«)</source>
        <translation>goal {number} (“{short}”)</translation>
    </message>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>marts</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{day}. {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>Vælg, om afgørelsen er en bevilling eller et afslag.</source>
        <translation>Choose whether the decision is a grant or a refusal.</translation>
    </message>
    <message>
        <source>hvilke regler afgørelsen bygger på</source>
        <translation>which rules the decision is based on</translation>
    </message>
    <message>
        <source>hvilke oplysninger der er lagt vægt på</source>
        <translation>which information has been given weight</translation>
    </message>
    <message>
        <source>de hovedhensyn, der har været afgørende</source>
        <translation>the main considerations that were decisive</translation>
    </message>
    <message>
        <source>Begrundelsen mangler: skriv, {what}.</source>
        <translation>The reasons are missing: write {what}.</translation>
    </message>
    <message>
        <source>• {page}: {message}</source>
        <translation>• {page}: {message}</translation>
    </message>
    <message>
        <source>Der kan ikke gives bevilling, før disse forhold er løst. Ellers er afgørelsen et afslag.
{lines}</source>
        <translation>A grant cannot be given until these matters are resolved. Otherwise the decision is a refusal.
{lines}</translation>
    </message>
    <message>
        <source>Skriv datoen for afgørelsen.</source>
        <translation>Enter the date of the decision.</translation>
    </message>
    <message>
        <source>Efter kvalitetsstandarden skal borgeren kontaktes senest {date} ({days} dage efter henvendelsen).</source>
        <translation>According to the quality standard, the citizen must be contacted no later than {date} ({days} days after the application).</translation>
    </message>
    <message>
        <source>Fristen for afgørelsen var {date}. Giv borgeren skriftlig besked om, hvornår afgørelsen kommer, og skriv beskeden her.</source>
        <translation>The deadline for the decision was {date}. Tell the citizen in writing when the decision will come, and write the notice here.</translation>
    </message>
    <message>
        <source>Fristen for afgørelsen er {date} ({left}).</source>
        <translation>The deadline for the decision is {date} ({left}).</translation>
    </message>
    <message>
        <source>Datoen for afgørelsen ({date}) ligger i fremtiden.</source>
        <translation>The date of the decision ({date}) lies in the future.</translation>
    </message>
    <message>
        <source>Afgørelsen kan ikke være truffet, før henvendelsen kom. Ret datoen.</source>
        <translation>The decision cannot have been made before the application came in. Correct the date.</translation>
    </message>
    <message>
        <source>Afgørelsen ligger efter fristen ({date}, {weeks} uger). Skriv, hvorfor fristen ikke blev holdt.</source>
        <translation>The decision lies after the deadline ({date}, {weeks} weeks). Write why the deadline was not kept.</translation>
    </message>
    <message>
        <source>Der er ingen ledig plads af typen »{size}« i {offer}: alle {capacity} er besat. Skriv borgeren på venteliste med en foreløbig løsning, eller vælg et andet tilbud.</source>
        <translation>There is no free place of the type “{size}” at {offer}: all {capacity} are taken. Put the citizen on the waiting list with an interim solution, or choose another offer.</translation>
    </message>
    <message>
        <source>Skriv borgerens CPR-nummer.</source>
        <translation>Enter the citizen&apos;s CPR number.</translation>
    </message>
    <message>
        <source>Skriv borgerens navn.</source>
        <translation>Enter the citizen&apos;s name.</translation>
    </message>
    <message>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <source>postnummer</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>by</source>
        <translation>town</translation>
    </message>
    <message>
        <source>Skriv borgerens {what}: afgørelsen sendes dertil.</source>
        <translation>Enter the citizen&apos;s {what}: the decision is sent there.</translation>
    </message>
    <message>
        <source>Et postnummer har 4 cifre. Ret postnummeret.</source>
        <translation>A postcode has 4 digits. Correct the postcode.</translation>
    </message>
    <message>
        <source>Skriv et telefonnummer eller en e-mail, så borgeren kan kontaktes.</source>
        <translation>Enter a phone number or an e-mail address, so the citizen can be contacted.</translation>
    </message>
    <message>
        <source>Skriv datoen, hvor henvendelsen kom. Fristen for afgørelsen regnes fra den dato.</source>
        <translation>Enter the date the application came in. The deadline for the decision counts from that date.</translation>
    </message>
    <message>
        <source>Henvendelsen kan ikke være modtaget i fremtiden ({date}). Ret datoen.</source>
        <translation>The application cannot have been received in the future ({date}). Correct the date.</translation>
    </message>
    <message>
        <source>Vælg, hvordan henvendelsen kom: e-mail, telefon eller personligt.</source>
        <translation>Choose how the application came in: e-mail, phone or in person.</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>relation til borgeren</source>
        <translation>relation to the citizen</translation>
    </message>
    <message>
        <source>kontaktoplysninger</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>En pårørende har søgt på borgerens vegne. Skriv den pårørendes {what}.</source>
        <translation>A relative has applied on the citizen&apos;s behalf. Enter the relative&apos;s {what}.</translation>
    </message>
    <message>
        <source>Notér, om borgeren giver samtykke til at indhente oplysninger (retssikkerhedslovens § 11 a), eller om borgeren siger nej.</source>
        <translation>Note whether the citizen consents to information being obtained (Legal Protection Act § 11 a), or whether the citizen says no.</translation>
    </message>
    <message>
        <source>Borgeren har ikke givet samtykke. Afgørelsen træffes på de oplysninger, borgeren selv giver.</source>
        <translation>The citizen has not given consent. The decision is made on the information the citizen gives.</translation>
    </message>
    <message>
        <source>hvilke oplysninger</source>
        <translation>which information</translation>
    </message>
    <message>
        <source>hvem de indhentes fra</source>
        <translation>who it is obtained from</translation>
    </message>
    <message>
        <source>hvornår samtykket blev givet</source>
        <translation>when the consent was given</translation>
    </message>
    <message>
        <source>Et samtykke skal være konkret. Skriv, {what}.</source>
        <translation>A consent must be specific. Write {what}.</translation>
    </message>
    <message>
        <source>Borgerens alder kan ikke beregnes uden et gyldigt CPR-nummer, så kriteriet »{criterion}« kan ikke vurderes. Ret CPR-nummeret.</source>
        <translation>The citizen&apos;s age cannot be worked out without a valid CPR number, so the criterion “{criterion}” cannot be assessed. Correct the CPR number.</translation>
    </message>
    <message>
        <source>Borgeren er {age} år og er derfor ikke i målgruppen: {criterion} Borgeren fylder {min_age} år {birthday}. Indtil da kan der ikke bevilges {service}, og afgørelsen er et afslag.</source>
        <translation>The citizen is {age} years old and therefore not in the target group: {criterion} The citizen turns {min_age} on {birthday}. Until then {service} cannot be granted, and the decision is a refusal.</translation>
    </message>
    <message>
        <source>Borgeren er {age} år og opfylder alderskravet: {criterion}</source>
        <translation>The citizen is {age} years old and meets the age requirement: {criterion}</translation>
    </message>
    <message>
        <source>Vurdér, om borgeren opfylder kriteriet: {criterion}</source>
        <translation>Assess whether the citizen meets the criterion: {criterion}</translation>
    </message>
    <message>
        <source>Du har vurderet, at borgeren ikke opfylder kriteriet: {criterion} Borgeren er derfor ikke i målgruppen, og afgørelsen er et afslag.</source>
        <translation>You have assessed that the citizen does not meet the criterion: {criterion} The citizen is therefore not in the target group, and the decision is a refusal.</translation>
    </message>
    <message>
        <source>Skriv den konkrete individuelle vurdering af borgerens ressourcer og behov. Programmet afgør aldrig selv, om borgeren er i målgruppen.</source>
        <translation>Write the specific individual assessment of the citizen&apos;s resources and needs. The program never decides by itself whether the citizen is in the target group.</translation>
    </message>
    <message>
        <source>Vælg mindst én FFB-målgruppe for borgeren.</source>
        <translation>Choose at least one FFB target group for the citizen.</translation>
    </message>
    <message>
        <source>En valgt målgruppe findes ikke i FFB-kataloget. Vælg den igen fra listen.</source>
        <translation>A chosen target group is not in the FFB catalogue. Choose it again from the list.</translation>
    </message>
    <message>
        <source>Et undertema findes ikke i FFB-kataloget. Vurdér det igen.</source>
        <translation>A subtheme is not in the FFB catalogue. Assess it again.</translation>
    </message>
    <message>
        <source>Funktionsevneniveauet skal være 0–4, ikke {level}.</source>
        <translation>The ability level must be 0–4, not {level}.</translation>
    </message>
    <message>
        <source>Der er ikke vurderet noget funktionsevneniveau. Vurdér de undertemaer under »Aktivitet og deltagelse«, der har betydning for borgeren.</source>
        <translation>No ability level has been assessed. Assess the subthemes under “Activity and participation” that matter to the citizen.</translation>
    </message>
    <message>
        <source>Vurdér borgerens samlede støttebehov (0–4).</source>
        <translation>Assess the citizen&apos;s overall need for support (0–4).</translation>
    </message>
    <message>
        <source>Støttebehovsniveauet skal være 0–4, ikke {level}.</source>
        <translation>The support level must be 0–4, not {level}.</translation>
    </message>
    <message>
        <source>Der står ikke noget med borgerens egne ord. Skriv, hvordan borgeren selv beskriver det.</source>
        <translation>Nothing is written in the citizen&apos;s own words. Write how the citizen describes it.</translation>
    </message>
    <message>
        <source>Vælg mindst ét formål med tilbuddet.</source>
        <translation>Choose at least one purpose of the offer.</translation>
    </message>
    <message>
        <source>Et valgt formål står ikke i kvalitetsstandarden. Vælg det igen.</source>
        <translation>A chosen purpose is not in the quality standard. Choose it again.</translation>
    </message>
    <message>
        <source>Skriv, hvad borgeren selv ønsker at få ud af tilbuddet.</source>
        <translation>Write what the citizen wishes to get out of the offer.</translation>
    </message>
    <message>
        <source>Lav mindst ét mål sammen med borgeren.</source>
        <translation>Make at least one goal together with the citizen.</translation>
    </message>
    <message>
        <source>Planen er ændret efter borgerens accept den {date}. Der skal en ny accept til på siden »Afgørelse«.</source>
        <translation>The plan has changed since the citizen accepted it on {date}. A new acceptance is needed on the “Decision” page.</translation>
    </message>
    <message>
        <source>Planen er ændret efter borgerens accept. Der skal en ny accept til på siden »Afgørelse«.</source>
        <translation>The plan has changed since the citizen accepted it. A new acceptance is needed on the “Decision” page.</translation>
    </message>
    <message>
        <source>Vælg de aktiviteter eller forløb, borgeren skal deltage i.</source>
        <translation>Choose the activities or courses the citizen will take part in.</translation>
    </message>
    <message>
        <source>En valgt aktivitet står ikke i kvalitetsstandarden. Vælg den igen.</source>
        <translation>A chosen activity is not in the quality standard. Choose it again.</translation>
    </message>
    <message>
        <source>har {services}</source>
        <translation>has {services}</translation>
    </message>
    <message>
        <source>har søgt {services}</source>
        <translation>has applied for {services}</translation>
    </message>
    <message>
        <source>Vælg, hvilken indsats borgeren har eller har søgt.</source>
        <translation>Choose which service the citizen has or has applied for.</translation>
    </message>
    <message>
        <source>En valgt indsats står ikke i kvalitetsstandarden. Vælg den igen.</source>
        <translation>A chosen service is not in the quality standard. Choose it again.</translation>
    </message>
    <message>
        <source>Borgeren har søgt {name}. {explanation} Kvalitetsstandarden siger: »{rule}« Der kan ikke bevilges {service} ved siden af. Afklar med borgeren, om det andet dagtilbud skal stoppe; ellers er afgørelsen et afslag.</source>
        <translation>The citizen has applied for {name}. {explanation} The quality standard says: “{rule}” It is not possible to grant {service} alongside it. Agree with the citizen whether the other day service is to stop; otherwise the decision is a refusal.</translation>
    </message>
    <message>
        <source>Borgeren har {name}. {explanation} Kvalitetsstandarden siger: »{rule}« Der kan ikke bevilges {service} ved siden af. Afklar med borgeren, om det andet dagtilbud skal stoppe; ellers er afgørelsen et afslag.</source>
        <translation>The citizen has {name}. {explanation} The quality standard says: “{rule}” It is not possible to grant {service} alongside it. Agree with the citizen whether the other day service is to stop; otherwise the decision is a refusal.</translation>
    </message>
    <message>
        <source>{title}: {explanation}</source>
        <translation>{title}: {explanation}</translation>
    </message>
    <message>
        <source>hvilke leverandører der samarbejder</source>
        <translation>which providers work together</translation>
    </message>
    <message>
        <source>hvad der er aftalt</source>
        <translation>what has been agreed</translation>
    </message>
    <message>
        <source>Borgeren {services}. Kvalitetsstandarden siger: »{rule}« Skriv, {what}, før der kan gives bevilling.</source>
        <translation>The citizen {services}. The quality standard says: “{rule}” Write {what} before a grant can be given.</translation>
    </message>
    <message>
        <source>Vælg det tilbud, borgeren skal have plads i.</source>
        <translation>Choose the offer where the citizen is to have a place.</translation>
    </message>
    <message>
        <source>Det valgte tilbud står ikke i kvalitetsstandarden. Vælg et tilbud fra listen.</source>
        <translation>The chosen offer is not in the quality standard. Choose an offer from the list.</translation>
    </message>
    <message>
        <source>er ikke godkendt af Socialtilsynet</source>
        <translation>is not approved by Socialtilsynet</translation>
    </message>
    <message>
        <source>er ikke registreret på Tilbudsportalen</source>
        <translation>is not registered on Tilbudsportalen</translation>
    </message>
    <message>
        <source>{offer} {why}. Der kan kun bevilges et tilbud, der er godkendt af Socialtilsynet og registreret på Tilbudsportalen. Vælg et andet tilbud.</source>
        <translation>{offer} {why}. Only an offer approved by Socialtilsynet and registered on Tilbudsportalen can be granted. Choose another offer.</translation>
    </message>
    <message>
        <source>{offers} ligger i borgerens postnummer. {proximity}</source>
        <translation>{offers} lies in the citizen&apos;s postcode. {proximity}</translation>
    </message>
    <message>
        <source>Vælg pladsens størrelse: {sizes}.</source>
        <translation>Choose the size of the place: {sizes}.</translation>
    </message>
    <message>
        <source>Den valgte pladsstørrelse står ikke i kvalitetsstandarden. Vælg igen.</source>
        <translation>The chosen place size is not in the quality standard. Choose again.</translation>
    </message>
    <message>
        <source>Der er ikke plads nu, og borgeren kommer på venteliste. Skriv den foreløbige løsning, borgeren får, indtil der er plads.</source>
        <translation>There is no place now, and the citizen goes on the waiting list. Write the interim solution the citizen gets until there is a place.</translation>
    </message>
    <message>
        <source>Borgeren er på venteliste. Foreløbig løsning: {solution}</source>
        <translation>The citizen is on the waiting list. Interim solution: {solution}</translation>
    </message>
    <message>
        <source>Tag stilling til, om borgeren har brug for befordring.</source>
        <translation>Decide whether the citizen needs transport.</translation>
    </message>
    <message>
        <source>Skriv, hvordan befordringen klares.</source>
        <translation>Write how transport is arranged.</translation>
    </message>
    <message>
        <source>Skriv, hvornår borgeren forventes at starte.</source>
        <translation>Enter when the citizen is expected to start.</translation>
    </message>
    <message>
        <source>Starten ({start}) ligger før afgørelsen ({decided}). Ret datoen.</source>
        <translation>The start ({start}) lies before the decision ({decided}). Correct the date.</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Moderat</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Svært</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Fuldstændig</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>{level} ({value})</source>
        <translation>{level} ({value})</translation>
    </message>
    <message>
        <source>Skriv målet med borgerens egne ord.</source>
        <translation>Write the goal in the citizen&apos;s own words.</translation>
    </message>
    <message>
        <source>Målet er meget kort. Skriv, hvad borgeren vil kunne, hvor og hvor tit, fx »Jeg vil selv handle ind to gange om ugen«.</source>
        <translation>The goal is very short. Write what the citizen will be able to do, where and how often, e.g. “I will do my own shopping twice a week”.</translation>
    </message>
    <message>
        <source>Målet beskriver, hvad personalet gør (»{staff} …«). Skriv, hvad borgeren selv vil kunne, fx »Jeg vil selv handle ind én gang om ugen«.</source>
        <translation>The goal describes what the staff do (“{staff} …”). Write what the citizen will be able to do, e.g. “I will do my own shopping once a week”.</translation>
    </message>
    <message>
        <source>Målet er skrevet konkret og knyttet til undertemaet.</source>
        <translation>The goal is written specifically and linked to the subtheme.</translation>
    </message>
    <message>
        <source>Vælg det FFB-undertema, målet handler om, fx »Lave mad«.</source>
        <translation>Choose the FFB subtheme the goal is about, e.g. “Cooking”.</translation>
    </message>
    <message>
        <source>Undertemaet findes ikke i FFB-kataloget. Vælg et undertema fra listen.</source>
        <translation>The subtheme is not in the FFB catalogue. Choose a subtheme from the list.</translation>
    </message>
    <message>
        <source>Målet er skrevet konkret og knyttet til undertemaet »{subtheme}«.</source>
        <translation>The goal is written specifically and linked to the subtheme “{subtheme}”.</translation>
    </message>
    <message>
        <source>Borgerens funktionsevne er ikke nedsat i dag (niveau 0), så der er intet at udvikle. Vælg måltypen »Fastholde funktionsevne«.</source>
        <translation>The citizen&apos;s functioning is not reduced today (level 0), so there is nothing to develop. Choose the goal type “Maintain functioning”.</translation>
    </message>
    <message>
        <source>Et mål om at udvikle funktionsevnen skal sigte mod et bedre niveau end i dag: vælg et lavere tal end {now} (0 = ingen nedsat funktionsevne).</source>
        <translation>A goal to develop functioning must aim at a better level than today: choose a lower number than {now} (0 = no reduced functioning).</translation>
    </message>
    <message>
        <source>Et mål om at fastholde funktionsevnen skal have samme niveau som i dag ({now}). Ret målniveauet, eller vælg en anden måltype.</source>
        <translation>A goal to maintain functioning must have the same level as today ({now}). Correct the target level, or choose another goal type.</translation>
    </message>
    <message>
        <source>Et mål om at begrænse tab af funktionsevne kan ikke sigte mod et bedre niveau end i dag. Sæt målniveauet til {now} eller højere, eller vælg måltypen »Udvikle funktionsevne«.</source>
        <translation>A goal to limit loss of functioning cannot aim at a better level than today. Set the target level to {now} or higher, or choose the goal type “Develop functioning”.</translation>
    </message>
    <message>
        <source>Skriv, hvordan I kan se, at målet er nået, fx »to gange om ugen« eller »uden hjælp«.</source>
        <translation>Write how you can tell the goal is reached, e.g. “twice a week” or “without help”.</translation>
    </message>
    <message>
        <source>Skriv noget, der kan tælles eller ses: et antal, hvor tit, eller ja/nej, fx »handler ind to gange om ugen« eller »tager bussen uden hjælp«.</source>
        <translation>Write something that can be counted or seen: a number, how often, or yes/no, e.g. “does the shopping twice a week” or “takes the bus without help”.</translation>
    </message>
    <message>
        <source>»{word}« kan ikke tælles. {what}</source>
        <translation>“{word}” cannot be counted. {what}</translation>
    </message>
    <message>
        <source>Vælg måltype: udvikle, fastholde eller begrænse tab af funktionsevne.</source>
        <translation>Choose the goal type: develop, maintain or limit loss of functioning.</translation>
    </message>
    <message>
        <source>Måltypen kendes ikke. Vælg en måltype fra listen.</source>
        <translation>The goal type is unknown. Choose a goal type from the list.</translation>
    </message>
    <message>
        <source>Angiv borgerens niveau i dag (0–4).</source>
        <translation>Enter the citizen&apos;s level today (0–4).</translation>
    </message>
    <message>
        <source>Angiv det niveau, målet sigter mod (0–4).</source>
        <translation>Enter the level the goal aims at (0–4).</translation>
    </message>
    <message>
        <source>Niveauet skal være mellem 0 og 4, ikke {value}.</source>
        <translation>The level must be between 0 and 4, not {value}.</translation>
    </message>
    <message>
        <source>Målet måles sådan: {measure}</source>
        <translation>The goal is measured like this: {measure}</translation>
    </message>
    <message>
        <source>Målet måles sådan: {measure} Niveau i dag: {now}, mål: {target}.</source>
        <translation>The goal is measured like this: {measure} Level today: {now}, goal: {target}.</translation>
    </message>
    <message>
        <source>Mål {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>Mål {number} (»{short}«)</source>
        <translation>Goal {number} (“{short}”)</translation>
    </message>
    <message>
        <source>{goal} – {letter}: {problem}</source>
        <translation>{goal} – {letter}: {problem}</translation>
    </message>
    <message>
        <source>{goal}: Målopfyldelsesskalaen går fra −2 til +2. Ret trinnene {steps}.</source>
        <translation>{goal}: The goal attainment scale runs from −2 to +2. Correct the steps {steps}.</translation>
    </message>
    <message>
        <source>Specifikt</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Målbart</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Accepteret</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Realistisk</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Tidsbestemt</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Evaluérbart</source>
        <translation>Evaluable</translation>
    </message>
    <message>
        <source>Borgeren har accepteret planen med dette mål (accepten er registreret).</source>
        <translation>The citizen has accepted the plan with this goal (the acceptance is recorded).</translation>
    </message>
    <message>
        <source>Borgeren har ikke accepteret målet. Få planen accepteret på siden »Afgørelse«, fx med en underskrift på skærmen, eller markér målet som accepteret.</source>
        <translation>The citizen has not accepted the goal. Get the plan accepted on the “Decision” page, e.g. with a signature on the screen, or mark the goal as accepted.</translation>
    </message>
    <message>
        <source>Skriv, hvordan borgeren har accepteret målet (fx mundtligt på mødet).</source>
        <translation>Write how the citizen accepted the goal (e.g. orally at the meeting).</translation>
    </message>
    <message>
        <source>Borgeren har accepteret målet: {how}</source>
        <translation>The citizen has accepted the goal: {how}</translation>
    </message>
    <message>
        <source>Skriv, hvorfor målet er realistisk for borgeren: ressourcer, støtte og tid.</source>
        <translation>Write why the goal is realistic for the citizen: resources, support and time.</translation>
    </message>
    <message>
        <source>Målet er realistisk, fordi: {reason}</source>
        <translation>The goal is realistic because: {reason}</translation>
    </message>
    <message>
        <source>Målet er realistisk, fordi: {reason} Bemærk: målet er en forbedring på {steps} niveauer på én gang. Overvej at dele det op i delmål.</source>
        <translation>The goal is realistic because: {reason} Note: the goal is an improvement of {steps} levels at once. Consider splitting it into sub-goals.</translation>
    </message>
    <message>
        <source>Sæt en dato for, hvornår målet skal være nået, fx til næste opfølgning.</source>
        <translation>Set a date for when the goal is to be reached, e.g. the next follow-up.</translation>
    </message>
    <message>
        <source>Datoen ({due}) ligger langt efter næste opfølgning ({followup}). Sæt en dato tættere på, fx til opfølgningen, eller del målet op i delmål.</source>
        <translation>The date ({due}) lies long after the next follow-up ({followup}). Set a closer date, e.g. the follow-up, or split the goal into sub-goals.</translation>
    </message>
    <message>
        <source>Datoen for målet ({due}) er overskredet. Sæt en ny dato, fx til næste opfølgning.</source>
        <translation>The date of the goal ({due}) has passed. Set a new date, e.g. the next follow-up.</translation>
    </message>
    <message>
        <source>Datoen for målet er i dag. Sæt en dato frem i tiden, fx til næste opfølgning.</source>
        <translation>The date of the goal is today. Set a date in the future, e.g. the next follow-up.</translation>
    </message>
    <message>
        <source>Målet skal være nået senest {due}.</source>
        <translation>The goal is to be reached no later than {due}.</translation>
    </message>
    <message>
        <source>Skriv, hvordan målet skal evalueres (fx på opfølgningsmødet med borgeren).</source>
        <translation>Write how the goal is to be evaluated (e.g. at the follow-up meeting with the citizen).</translation>
    </message>
    <message>
        <source>Sæt en dato for, hvornår målet evalueres.</source>
        <translation>Set a date for when the goal is evaluated.</translation>
    </message>
    <message>
        <source>Datoen for evalueringen ({date}) er overskredet.</source>
        <translation>The date of the evaluation ({date}) has passed.</translation>
    </message>
    <message>
        <source>Evalueringen ligger mere end 3 måneder efter, at målet skulle være nået. Læg den tættere på måldatoen.</source>
        <translation>The evaluation lies more than 3 months after the goal was to be reached. Move it closer to the goal&apos;s date.</translation>
    </message>
    <message>
        <source>Målet evalueres sådan: {how}</source>
        <translation>The goal is evaluated like this: {how}</translation>
    </message>
    <message>
        <source>Målet evalueres sådan: {how} Evalueringsdato: {date}.</source>
        <translation>The goal is evaluated like this: {how} Evaluation date: {date}.</translation>
    </message>
    <message>
        <source>Meget mindre end forventet</source>
        <translation>Much less than expected</translation>
    </message>
    <message>
        <source>Mindre end forventet</source>
        <translation>Less than expected</translation>
    </message>
    <message>
        <source>Forventet niveau</source>
        <translation>Expected level</translation>
    </message>
    <message>
        <source>Bedre end forventet</source>
        <translation>Better than expected</translation>
    </message>
    <message>
        <source>Meget bedre end forventet</source>
        <translation>Much better than expected</translation>
    </message>
    <message>
        <source>{score}: {label}</source>
        <translation>{score}: {label}</translation>
    </message>
    <message>
        <source>Målene er nået meget mindre end forventet.</source>
        <translation>The goals were reached much less than expected.</translation>
    </message>
    <message>
        <source>Målene er nået mindre end forventet.</source>
        <translation>The goals were reached less than expected.</translation>
    </message>
    <message>
        <source>Målene er nået som forventet.</source>
        <translation>The goals were reached as expected.</translation>
    </message>
    <message>
        <source>Målene er nået bedre end forventet.</source>
        <translation>The goals were reached better than expected.</translation>
    </message>
    <message>
        <source>Målene er nået meget bedre end forventet.</source>
        <translation>The goals were reached much better than expected.</translation>
    </message>
    <message>
        <source>Handleplanen er ikke accepteret endnu.</source>
        <translation>The action plan has not been accepted yet.</translation>
    </message>
    <message>
        <source>ukendt dato</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>Underskrevet på skærmen af {by} den {day}</source>
        <translation>Signed on screen by {by} on {day}</translation>
    </message>
    <message>
        <source>Accepteret mundtligt af {by} den {day} (ingen underskrift: {reason})</source>
        <translation>Accepted orally by {by} on {day} (no signature: {reason})</translation>
    </message>
    <message>
        <source>{who}, handleplanen version {version}.</source>
        <translation>{who}, action plan version {version}.</translation>
    </message>
    <message>
        <source>{who}.</source>
        <translation>{who}.</translation>
    </message>
    <message>
        <source>Planen er ændret efter accepten – der skal en ny accept til.</source>
        <translation>The plan has changed since the acceptance – a new acceptance is needed.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>Sagen er vurderet efter kvalitetsstandarden »{id}«, som datalageret ikke har en kopi af. Den vurderes nu efter den aktive standard, {municipality} ({version}).</source>
        <translation>The case was assessed under the quality standard “{id}”, of which the data store has no copy. It is now assessed under the active standard, {municipality} ({version}).</translation>
    </message>
    <message>
        <source>Sagen er vurderet efter en anden kvalitetsstandard ({id}, {version}), som ikke kan læses. Den vurderes nu efter den aktive standard.</source>
        <translation>The case was assessed under another quality standard ({id}, {version}), which cannot be read. It is now assessed under the active standard.</translation>
    </message>
    <message>
        <source>Sagen er vurderet efter en tidligere udgave af filen med {municipality}s kvalitetsstandard ({version}); filen er ændret siden. Sagen vurderes og udskrives efter den udgave, den blev vurderet efter.</source>
        <translation>The case was assessed under an earlier version of the file with the quality standard of {municipality} ({version}); the file has changed since. The case is assessed and printed under the version it was assessed under.</translation>
    </message>
    <message>
        <source>Sagen er vurderet efter {municipality}s kvalitetsstandard ({version}), ikke den aktive ({active_municipality}, {active_version}). Den vurderes og udskrives efter sin egen standard.</source>
        <translation>The case was assessed under the quality standard of {municipality} ({version}), not the active one ({active_municipality}, {active_version}). It is assessed and printed under its own standard.</translation>
    </message>
    <message>
        <source>Bevilling</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Afslag</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Ikke udfyldt</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Personligt fremmøde</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Skal løses</source>
        <translation>Must be resolved</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Til orientering</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Ingen nedsat funktionsevne</source>
        <translation>No reduced functioning</translation>
    </message>
    <message>
        <source>Let nedsat funktionsevne</source>
        <translation>Mildly reduced functioning</translation>
    </message>
    <message>
        <source>Moderat nedsat funktionsevne</source>
        <translation>Moderately reduced functioning</translation>
    </message>
    <message>
        <source>Svært nedsat funktionsevne</source>
        <translation>Severely reduced functioning</translation>
    </message>
    <message>
        <source>Fuldstændig nedsat funktionsevne</source>
        <translation>Completely reduced functioning</translation>
    </message>
    <message>
        <source>Intet støttebehov</source>
        <translation>No need for support</translation>
    </message>
    <message>
        <source>Let støttebehov</source>
        <translation>Slight need for support</translation>
    </message>
    <message>
        <source>Moderat støttebehov</source>
        <translation>Moderate need for support</translation>
    </message>
    <message>
        <source>Højt støttebehov</source>
        <translation>High need for support</translation>
    </message>
    <message>
        <source>Fuldstændigt støttebehov</source>
        <translation>Complete need for support</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Henvendelse fra pårørende</source>
        <translation>Contact from a relative</translation>
    </message>
    <message>
        <source>Frist for afgørelse</source>
        <translation>Decision deadline</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Ikke givet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Samtykke (§ 11 a)</source>
        <translation>Consent (§ 11 a)</translation>
    </message>
    <message>
        <source>alderen kan ikke beregnes uden et gyldigt CPR-nummer</source>
        <translation>the age cannot be worked out without a valid CPR number</translation>
    </message>
    <message>
        <source>borgeren er {age} år ifølge CPR-nummeret</source>
        <translation>the citizen is {age} years old according to the CPR number</translation>
    </message>
    <message>
        <source>opfyldt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>ikke opfyldt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Målgruppe (FFB)</source>
        <translation>Target group (FFB)</translation>
    </message>
    <message>
        <source>Individuel vurdering</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <source>Ukendt undertema</source>
        <translation>Unknown subtheme</translation>
    </message>
    <message>
        <source>Ressourcer</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Udfordringer</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Borgerens egne ord</source>
        <translation>The citizen’s own words</translation>
    </message>
    <message>
        <source>Ukendt tema</source>
        <translation>Unknown theme</translation>
    </message>
    <message>
        <source>Samlet støttebehov</source>
        <translation>Overall need for support</translation>
    </message>
    <message>
        <source>Borgerens ønsker</source>
        <translation>The citizen’s wishes</translation>
    </message>
    <message>
        <source>Nu: {now}. Mål: {target}.</source>
        <translation>Now: {now}. Goal: {target}.</translation>
    </message>
    <message>
        <source> Måles sådan: {how}</source>
        <translation> Measured like this: {how}</translation>
    </message>
    <message>
        <source> Evalueringsdato: {date}.</source>
        <translation> Evaluation date: {date}.</translation>
    </message>
    <message>
        <source>Måltype</source>
        <translation>Goal type</translation>
    </message>
    <message>
        <source>Mål {number}:</source>
        <translation>Goal {number}:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anden indsats</source>
        <translation>Other service</translation>
    </message>
    <message>
        <source>søgt</source>
        <translation>applied for</translation>
    </message>
    <message>
        <source>har</source>
        <translation>has</translation>
    </message>
    <message>
        <source>Leverandører</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>Aftale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Ikke afklaret</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <source>Tilbud</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Plads</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Venteliste</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Foreløbig løsning</source>
        <translation>Interim solution</translation>
    </message>
    <message>
        <source>Befordring</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Forventet start</source>
        <translation>Expected start</translation>
    </message>
    <message>
        <source>Ikke truffet endnu</source>
        <translation>Not made yet</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Oplysninger</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Hovedhensyn</source>
        <translation>Main considerations</translation>
    </message>
    <message>
        <source>Årsag til overskridelse</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Besked om forsinkelse</source>
        <translation>Notice of delay</translation>
    </message>
    <message>
        <source>Borgerens accept af planen</source>
        <translation>The citizen&apos;s acceptance of the plan</translation>
    </message>
    <message>
        <source>Ingen åbne fund.</source>
        <translation>No open findings.</translation>
    </message>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Henvendelse og frist</source>
        <translation>Application and deadline</translation>
    </message>
    <message>
        <source>Vurdering af ressourcer og behov</source>
        <translation>Assessment of resources and needs</translation>
    </message>
    <message>
        <source>Andre indsatser og koordinering</source>
        <translation>Other services and coordination</translation>
    </message>
    <message>
        <source>Afgørelse og begrundelse</source>
        <translation>Decision and reasons</translation>
    </message>
    <message>
        <source>Åbne fund</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Opfølgningen på sagen er registreret (eller slettet) et andet sted, mens den var åben her. Luk den her, hvis det var den samme opfølgning; ellers gemmes det, du har skrevet, som en ny kladde.</source>
        <translation>The follow-up on the case was recorded (or deleted) elsewhere while it was open here. Close it here if it was the same follow-up; otherwise what you have written is saved as a new draft.</translation>
    </message>
    <message>
        <source>Opfølgningen er gemt i et andet vindue, mens den var åben her. Det, du har skrevet her, erstatter den anden udgave, når du skriver videre eller vælger »Prøv igen«.</source>
        <translation>The follow-up was saved in another window while it was open here. What you have written here replaces the other version when you keep writing or choose “Retry”.</translation>
    </message>
    <message>
        <source>Databasen er skrevet af en nyere udgave af programmet (skema {revision}). Opdatér programmet, før du åbner den.</source>
        <translation>The database was written by a newer version of the program (schema {revision}). Update the program before you open it.</translation>
    </message>
    <message>
        <source>Sag nr. {case_id} findes ikke.</source>
        <translation>Case no. {case_id} does not exist.</translation>
    </message>
    <message>
        <source>Datalageret er optaget af et andet vindue eller program, der gemmer. Intet er ændret; prøv igen om lidt.</source>
        <translation>The data store is busy with another window or program that is saving. Nothing has changed; try again in a moment.</translation>
    </message>
    <message>
        <source>Datalageret {path} er beskadiget ({problem}). Filen er ikke ændret. Gendan den nyeste sikkerhedskopi: visitation-desktop backup restore (eller Filer &gt; Gendan sikkerhedskopi).</source>
        <translation>The data store {path} is damaged ({problem}). The file has not been changed. Restore the newest backup: visitation-desktop backup restore (or File &gt; Restore backup).</translation>
    </message>
    <message>
        <source>Disken er fuld, så ændringen blev ikke gemt. Det, der var gemt før, er uændret. Frigør plads på disken, og prøv igen.</source>
        <translation>The disk is full, so the change was not saved. What was saved before is unchanged. Free up space on the disk and try again.</translation>
    </message>
    <message>
        <source>Disken meldte en skrivefejl, så ændringen blev ikke gemt. Det, der var gemt før, er uændret. Prøv igen; sker det igen, så kontakt IT.</source>
        <translation>The disk reported a write error, so the change was not saved. What was saved before is unchanged. Try again; if it happens again, contact IT.</translation>
    </message>
    <message>
        <source>Datalageret er lukket. Log ind igen.</source>
        <translation>The data store is closed. Log in again.</translation>
    </message>
    <message>
        <source>Datalageret {path} findes ikke længere (slettet eller flyttet). Intet er gemt i stedet. Luk programmet, og læg filen tilbage eller gendan en sikkerhedskopi (visitation-desktop backup restore).</source>
        <translation>The data store {path} no longer exists (deleted or moved). Nothing was saved instead. Close the program and put the file back, or restore a backup (visitation-desktop backup restore).</translation>
    </message>
    <message>
        <source>{initials} er spærret efter {count} forkerte forsøg i træk. En anden sagsbehandler på denne computer kan ophæve spærringen (visitation-desktop users unblock {initials}), eller IT kan bruge gendannelseskoden (visitation-desktop recover {initials}).</source>
        <translation>{initials} is blocked after {count} wrong attempts in a row. Another caseworker on this computer can lift the block (visitation-desktop users unblock {initials}), or IT can use the recovery code (visitation-desktop recover {initials}).</translation>
    </message>
    <message>
        <source>For mange forkerte forsøg. Vent {seconds} sekunder, og prøv igen.</source>
        <translation>Too many wrong attempts. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <source>{wrong} Du kan prøve igen om {seconds} sekunder.</source>
        <translation>{wrong} You can try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Forkert adgangskode.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Forkerte initialer eller adgangskode. Datalageret er ikke ændret.</source>
        <translation>Wrong initials or password. The data store has not been changed.</translation>
    </message>
</context>
<context>
    <name>NewGoalsPage</name>
    <message>
        <source>Ret de mål, der skal ændres, afslut dem, der er nået eller ikke længere giver mening, og skriv nye mål sammen med borgeren.</source>
        <translation>Edit the goals that need changing, end those that have been reached or no longer make sense, and write new goals together with the citizen.</translation>
    </message>
    <message>
        <source>Målene efter mødet</source>
        <translation>The goals after the meeting</translation>
    </message>
    <message>
        <source>&amp;Ret målet</source>
        <translation>&amp;Edit goal</translation>
    </message>
    <message>
        <source>&amp;Afslut målet</source>
        <translation>En&amp;d goal</translation>
    </message>
    <message>
        <source>N&amp;yt mål</source>
        <translation>New &amp;goal</translation>
    </message>
    <message>
        <source>&amp;Fortryd ændringen</source>
        <translation>&amp;Undo the change</translation>
    </message>
    <message>
        <source> – afsluttes</source>
        <translation> – ends</translation>
    </message>
    <message>
        <source> – ændret</source>
        <translation> – changed</translation>
    </message>
    <message>
        <source>Mål {0}: {1}{2}</source>
        <translation>Goal {0}: {1}{2}</translation>
    </message>
    <message>
        <source>Nyt mål {0}: {1}</source>
        <translation>New goal {0}: {1}</translation>
    </message>
    <message>
        <source>Handleplanen har ingen mål. Tryk »Nyt mål« for at skrive et.</source>
        <translation>The action plan has no goals. Press “New goal” to write one.</translation>
    </message>
    <message>
        <source>Skriv målet sammen med borgeren. SMART-tjekket står til højre.</source>
        <translation>Write the goal together with the citizen. The SMART check is on the right.</translation>
    </message>
    <message>
        <source>Målet afsluttes ved dette møde.</source>
        <translation>The goal ends at this meeting.</translation>
    </message>
    <message>
        <source>Målet fortsætter uændret. Tryk »Ret målet« for at ændre det.</source>
        <translation>The goal continues unchanged. Press “Edit goal” to change it.</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Tilbud</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Tilbud, nærmeste først</source>
        <translation>Offers, nearest first</translation>
    </message>
    <message>
        <source>Ledige pladser</source>
        <translation>Free places</translation>
    </message>
    <message>
        <source>Tilbud, der ikke vises</source>
        <translation>Offers not shown</translation>
    </message>
    <message>
        <source>Plads</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Pladsens størrelse:</source>
        <translation>Size of place:</translation>
    </message>
    <message>
        <source>Pladsens størrelse</source>
        <translation>Size of place</translation>
    </message>
    <message>
        <source>Borgeren kommer på &amp;venteliste</source>
        <translation>The citizen goes on the &amp;waitlist</translation>
    </message>
    <message>
        <source>Venteliste</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Forventet start</source>
        <translation>Expected start</translation>
    </message>
    <message>
        <source>Venteliste:</source>
        <translation>Waitlist:</translation>
    </message>
    <message>
        <source>Hvad borgeren får, indtil der er plads</source>
        <translation>What the citizen gets until there is a place</translation>
    </message>
    <message>
        <source>Vælg tilb&amp;ud:</source>
        <translation>&amp;Choose offer:</translation>
    </message>
    <message>
        <source>Pladser opdateret</source>
        <translation>Places updated</translation>
    </message>
    <message>
        <source>Forel&amp;øbig løsning:</source>
        <translation>&amp;Interim solution:</translation>
    </message>
    <message>
        <source>Foreløbig løsning</source>
        <translation>Interim solution</translation>
    </message>
    <message>
        <source>Befordring og start</source>
        <translation>Transport and start</translation>
    </message>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>N&amp;ej</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>Brug for befordring:</source>
        <translation>Needs transport:</translation>
    </message>
    <message>
        <source>Sådan klares befordringen</source>
        <translation>How transport is arranged</translation>
    </message>
    <message>
        <source>Fx kørsel med flextur, bus, pårørende kører</source>
        <translation>E.g. Flextur, bus, a relative drives</translation>
    </message>
    <message>
        <source>Sådan klares &amp;befordringen:</source>
        <translation>How t&amp;ransport is arranged:</translation>
    </message>
    <message>
        <source>Forventet &amp;start:</source>
        <translation>E&amp;xpected start:</translation>
    </message>
    <message>
        <source>Ledige: {0}</source>
        <translation>Free: {0}</translation>
    </message>
    <message>
        <source>{0} af {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>Ledige pladser tæller hele kommunens bevillinger, hentet {0}.</source>
        <translation>Free places count the whole municipality&apos;s grants, fetched {0}.</translation>
    </message>
    <message>
        <source>Ledige pladser tæller kun sagerne på denne computer (pladserne er ikke hentet endnu).</source>
        <translation>Free places count only the cases on this computer (the places have not been fetched yet).</translation>
    </message>
    <message>
        <source>Alle tilbud i kvalitetsstandarden er godkendt og registreret og vises her.</source>
        <translation>All offers in the quality standard are approved and registered and are shown here.</translation>
    </message>
    <message>
        <source>{0} er ikke godkendt af Socialtilsynet</source>
        <translation>{0} not approved by Socialtilsynet</translation>
    </message>
    <message>
        <source>{0} er ikke registreret på Tilbudsportalen</source>
        <translation>{0} not registered on Tilbudsportalen</translation>
    </message>
    <message>
        <source>{0} tilbud vises ikke ({1}). Der kan kun bevilges tilbud, der er godkendt af Socialtilsynet og registreret på Tilbudsportalen.</source>
        <translation>{0} offer(s) not shown ({1}). Only offers approved by Socialtilsynet (the supervisory authority) and registered on Tilbudsportalen (the offer registry) can be granted.</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>{0} har ingen ledig {1} lige nu. Borgeren er sat på venteliste.</source>
        <translation>{0} has no free {1} right now. The citizen has been put on the waitlist.</translation>
    </message>
</context>
<context>
    <name>OtherRow</name>
    <message>
        <source>Anden indsats {0}</source>
        <translation>Other service {0}</translation>
    </message>
    <message>
        <source>Hvilken indsats, fx misbrugsbehandling</source>
        <translation>Which service, e.g. addiction treatment</translation>
    </message>
    <message>
        <source>Leverandør</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>{0}: leverandør</source>
        <translation>{0}: provider</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern {0}</source>
        <translation>Remove {0}</translation>
    </message>
</context>
<context>
    <name>OtherServicesPage</name>
    <message>
        <source>Indsatsen kan ikke kombineres</source>
        <translation>The service cannot be combined</translation>
    </message>
    <message>
        <source>Sæt flueben ved de indsatser, borgeren har eller har søgt.</source>
        <translation>Tick the services the citizen has or has applied for.</translation>
    </message>
    <message>
        <source>Indsatser, som kvalitetsstandarden nævner</source>
        <translation>Services the quality standard mentions</translation>
    </message>
    <message>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Tilføj anden ind&amp;sats</source>
        <translation>&amp;Add another service</translation>
    </message>
    <message>
        <source>Leverandør</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>{0}: leverandør</source>
        <translation>{0}: provider</translation>
    </message>
    <message>
        <source>Omfang, fx to besøg om ugen</source>
        <translation>Extent, e.g. two visits a week</translation>
    </message>
    <message>
        <source>{0}: omfang</source>
        <translation>{0}: extent</translation>
    </message>
    <message>
        <source>Koordinering med de andre leverandører</source>
        <translation>Coordination with the other providers</translation>
    </message>
    <message>
        <source>Leverandører, der samarbejder</source>
        <translation>Providers working together</translation>
    </message>
    <message>
        <source>Fx bostøtten i Sydthy og tilbuddet</source>
        <translation>E.g. housing support in Sydthy and the offer</translation>
    </message>
    <message>
        <source>&amp;Leverandører, der samarbejder:</source>
        <translation>&amp;Providers working together:</translation>
    </message>
    <message>
        <source>Hvad er aftalt</source>
        <translation>What has been agreed</translation>
    </message>
    <message>
        <source>Hvem gør hvad, hvor ofte I mødes, hvad borgeren har sagt ja til</source>
        <translation>Who does what, how often you meet, what the citizen has agreed to</translation>
    </message>
    <message>
        <source>Hvad er &amp;aftalt:</source>
        <translation>&amp;What has been agreed:</translation>
    </message>
    <message>
        <source>Skal udfyldes, fordi borgeren har {0}.</source>
        <translation>Must be filled in because the citizen has {0}.</translation>
    </message>
    <message>
        <source>Udfyldes, når borgeren har en indsats, der skal koordineres med.</source>
        <translation>Filled in when the citizen has a service that needs coordinating with.</translation>
    </message>
    <message>
        <source>Se den røde boks øverst på siden.</source>
        <translation>See the red box at the top of the page.</translation>
    </message>
    <message>
        <source>Kan ikke kombineres med tilbuddet – se den røde boks øverst.</source>
        <translation>Cannot be combined with the offer – see the red box at the top.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Hvad er beslutningen?</source>
        <translation>What has been decided?</translation>
    </message>
    <message>
        <source>Indsatsen &amp;fortsætter uændret</source>
        <translation>The service continues &amp;unchanged</translation>
    </message>
    <message>
        <source>Indsatsen tilpa&amp;sses (mål, plads eller tilbud)</source>
        <translation>The service is ad&amp;justed (goals, place or offer)</translation>
    </message>
    <message>
        <source>Indsatsen &amp;afsluttes (og borgeren henvises eventuelt videre)</source>
        <translation>The service &amp;ends (and the citizen may be referred on)</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Indsatsen fortsætter uændret</source>
        <translation>The service continues unchanged</translation>
    </message>
    <message>
        <source>Indsatsen tilpasses (mål, plads eller tilbud)</source>
        <translation>The service is adjusted (goals, place or offer)</translation>
    </message>
    <message>
        <source>Indsatsen afsluttes (og borgeren henvises eventuelt videre)</source>
        <translation>The service ends (and the citizen may be referred on)</translation>
    </message>
    <message>
        <source>Tilpasning</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>&amp;Plads:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Plads</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Til&amp;bud:</source>
        <translation>&amp;Offer:</translation>
    </message>
    <message>
        <source>Tilbud</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Ny &amp;startdato:</source>
        <translation>New &amp;start date:</translation>
    </message>
    <message>
        <source>Ny startdato</source>
        <translation>New start date</translation>
    </message>
    <message>
        <source>Hvorfor tilpasses</source>
        <translation>Why adjusted</translation>
    </message>
    <message>
        <source>Hvorfor svarer indsatsen ikke længere til behovet – fagligt eller i omfang?</source>
        <translation>Why does the service no longer match the need – in content or extent?</translation>
    </message>
    <message>
        <source>Aftalt dato</source>
        <translation>Agreed date</translation>
    </message>
    <message>
        <source>&amp;Hvorfor tilpasses:</source>
        <translation>&amp;Why adjusted:</translation>
    </message>
    <message>
        <source>Mål rettes, tilføjes eller afsluttes på næste side.</source>
        <translation>Goals are edited, added or ended on the next page.</translation>
    </message>
    <message>
        <source>Afslutning</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>&amp;Hvorfor afsluttes:</source>
        <translation>Wh&amp;y ended:</translation>
    </message>
    <message>
        <source>Hvorfor afsluttes</source>
        <translation>Why ended</translation>
    </message>
    <message>
        <source>Henvises til</source>
        <translation>Referral to</translation>
    </message>
    <message>
        <source>Fx beskyttet beskæftigelse (§ 103), eller »Ingen henvisning«</source>
        <translation>E.g. sheltered employment (§ 103), or “No referral”</translation>
    </message>
    <message>
        <source>Henv&amp;ises til:</source>
        <translation>Referra&amp;l to:</translation>
    </message>
    <message>
        <source>Næste opfølgning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Aftalt &amp;dato:</source>
        <translation>Agreed &amp;date:</translation>
    </message>
    <message>
        <source> (nu)</source>
        <translation> (now)</translation>
    </message>
    <message>
        <source>Der er ingen startdato, så næste opfølgning kan ikke beregnes.</source>
        <translation>There is no start date, so the next follow-up cannot be worked out.</translation>
    </message>
    <message>
        <source>Efter kvalitetsstandarden: senest {0}. Lad feltet stå tomt for at bruge den dato, eller skriv en tidligere dato, hvis I har aftalt at mødes før.</source>
        <translation>According to the quality standard: by {0} at the latest. Leave the field empty to use that date, or enter an earlier date if you have agreed to meet sooner.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <source>&amp;Opfølgning …</source>
        <translation>Follo&amp;w-up …</translation>
    </message>
    <message>
        <source>Opfølgningsmøde for den valgte sag</source>
        <translation>Follow-up meeting for the chosen case</translation>
    </message>
    <message>
        <source>&amp;Versioner …</source>
        <translation>&amp;Versions …</translation>
    </message>
    <message>
        <source>Handleplanens versioner for den valgte sag</source>
        <translation>The action plan’s versions for the chosen case</translation>
    </message>
    <message>
        <source>Besked om forsin&amp;kelse …</source>
        <translation>Notice of de&amp;lay …</translation>
    </message>
    <message>
        <source>Besked om forsinket afgørelse for den valgte sag</source>
        <translation>Notice of a delayed decision for the chosen case</translation>
    </message>
    <message>
        <source>Om den valgte sag</source>
        <translation>About the chosen case</translation>
    </message>
    <message>
        <source>Besked om forsinkelse: {0}</source>
        <translation>Notice of delay: {0}</translation>
    </message>
    <message>
        <source>Beskeden om forsinkelse er gemt i sagen.</source>
        <translation>The notice of delay has been saved in the case.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Næste opfølgning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Kun på computeren</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <source>Hentet</source>
        <translation>Fetched</translation>
    </message>
    <message>
        <source>Ændret siden hentning</source>
        <translation>Changed since fetched</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>{0} (forfalden)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>{0} (snart)</source>
        <translation>{0} (soon)</translation>
    </message>
    <message>
        <source>{0} – venteliste</source>
        <translation>{0} – waitlist</translation>
    </message>
    <message>
        <source>Fristen er overskredet ({0}). Borgeren har fået besked om forsinkelsen.</source>
        <translation>The deadline has passed ({0}). The citizen has been told about the delay.</translation>
    </message>
    <message>
        <source>Fristen er overskredet ({0}). Giv borgeren skriftlig besked om forsinkelsen.</source>
        <translation>The deadline has passed ({0}). Tell the citizen about the delay in writing.</translation>
    </message>
    <message>
        <source>Fristen nærmer sig ({0}). Besked om forsinkelse er givet.</source>
        <translation>The deadline is near ({0}). The citizen has been told about the delay.</translation>
    </message>
    <message>
        <source>Fristen nærmer sig ({0}).</source>
        <translation>The deadline is near ({0}).</translation>
    </message>
    <message>
        <source>Første opfølgning var {0} og er ikke holdt.</source>
        <translation>The first follow-up was due {0} and has not been held.</translation>
    </message>
    <message>
        <source>Opfølgning var {0} og er ikke holdt.</source>
        <translation>A follow-up was due {0} and has not been held.</translation>
    </message>
    <message>
        <source>Første opfølgning senest {0}.</source>
        <translation>First follow-up by {0} at the latest.</translation>
    </message>
    <message>
        <source>Opfølgning senest {0}.</source>
        <translation>Follow-up by {0} at the latest.</translation>
    </message>
    <message>
        <source>Venteliste. Foreløbig løsning: {0}</source>
        <translation>Waitlist. Interim solution: {0}</translation>
    </message>
    <message>
        <source>Venteliste uden foreløbig løsning.</source>
        <translation>Waitlist without an interim solution.</translation>
    </message>
    <message>
        <source>fristen er i dag</source>
        <translation>the deadline is today</translation>
    </message>
    <message>
        <source>1 dag tilbage</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>1 dag over fristen</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>{0} dage tilbage</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>{0} dage over fristen</source>
        <translation>{0} days overdue</translation>
    </message>
</context>
<context>
    <name>PageNotesAndFindings</name>
    <message>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Hent sager</source>
        <translation>Fetch cases</translation>
    </message>
    <message>
        <source>Hent dine egne sager, eller søg efter sager på navn eller CPR-nummer.</source>
        <translation>Fetch your own cases, or search for cases by name or CPR number.</translation>
    </message>
    <message>
        <source>Navn eller CPR-nummer</source>
        <translation>Name or CPR number</translation>
    </message>
    <message>
        <source>Søg i den centrale database</source>
        <translation>Search the central database</translation>
    </message>
    <message>
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Mine sager</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <source>Fundne sager</source>
        <translation>Cases found</translation>
    </message>
    <message>
        <source>&amp;Hent valgte</source>
        <translation>&amp;Fetch selected</translation>
    </message>
    <message>
        <source>Søger</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>Søgningen kunne ikke gennemføres.</source>
        <translation>The search could not be completed.</translation>
    </message>
    <message>
        <source>%1 sag(er) fundet.</source>
        <translation>%1 case(s) found.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Formål med tilbuddet (kvalitetsstandarden)</source>
        <translation>Purpose of the offer (quality standard)</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>&amp;Vælg formål:</source>
        <translation>&amp;Choose purposes:</translation>
    </message>
    <message>
        <source>Borgerens ønsker</source>
        <translation>The citizen’s wishes</translation>
    </message>
    <message>
        <source>Borgerens ønsker med egne ord</source>
        <translation>The citizen’s wishes in their own words</translation>
    </message>
    <message>
        <source>Skriv med borgerens egne ord, hvad borgeren gerne vil have ud af tilbuddet.</source>
        <translation>Write in the citizen’s own words what the citizen would like to get out of the offer.</translation>
    </message>
    <message>
        <source>Borgerens ønsker med &amp;egne ord:</source>
        <translation>The citizen’s wishes in their o&amp;wn words:</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Frigiv sager</source>
        <translation>Release cases</translation>
    </message>
    <message>
        <source>Sager, der er sendt til den centrale database og ikke ændret siden, kan fjernes fra computeren. De findes stadig i den centrale database, og adgangsloggen bevares.</source>
        <translation>Cases sent to the central database and not changed since can be removed from the computer. They remain in the central database, and the access log is kept.</translation>
    </message>
    <message>
        <source>Sager, der kan frigives</source>
        <translation>Cases that can be released</translation>
    </message>
    <message>
        <source>%1 (%2) – sendt %3</source>
        <translation>%1 (%2) – sent %3</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Vælg &amp;alle</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Vælg &amp;ingen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>&amp;Fjern valgte fra computeren</source>
        <translation>&amp;Remove selected from the computer</translation>
    </message>
    <message>
        <source>Ingen sager kan frigives. En sag skal være sendt og ikke ændret siden, før den kan fjernes.</source>
        <translation>No cases can be released. A case must have been sent and not changed since before it can be removed.</translation>
    </message>
    <message>
        <source>%1 af %2 sag(er) valgt.</source>
        <translation>%1 of %2 case(s) selected.</translation>
    </message>
</context>
<context>
    <name>RemoveCaseworkerDialog</name>
    <message>
        <source>Fjern sagsbehandler</source>
        <translation>Remove caseworker</translation>
    </message>
    <message>
        <source>Sagsbehandleren kan ikke længere logge ind. Datalageret får samtidig en ny nøgle, så en ældre kopi af nøglefilen ikke åbner noget. De andre beholder deres adgangskoder.</source>
        <translation>The caseworker can no longer log in. At the same time the data store gets a new key, so an older copy of the key file opens nothing. The others keep their passwords.</translation>
    </message>
</context>
<context>
    <name>SaveFailureNotice</name>
    <message>
        <source>Det, du har skrevet, er stadig på skærmen og gemmes, så snart det kan.</source>
        <translation>What you typed is still on the screen and will be saved as soon as possible.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lås efter minutters inaktivitet</source>
        <translation>Lock after minutes of inactivity</translation>
    </message>
    <message>
        <source>Vis hele CPR-nummeret på udskrifter</source>
        <translation>Show the full CPR number on printouts</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Adresse på den centrale database</source>
        <translation>Address of the central store</translation>
    </message>
    <message>
        <source>Mappen Dokumenter</source>
        <translation>The Documents folder</translation>
    </message>
    <message>
        <source>Mappe til Gem som PDF</source>
        <translation>Folder for Save as PDF</translation>
    </message>
    <message>
        <source>Den medfølgende kvalitetsstandard</source>
        <translation>The bundled quality standard</translation>
    </message>
    <message>
        <source>Kvalitetsstandardens fil</source>
        <translation>Quality standard file</translation>
    </message>
    <message>
        <source>&amp;Vælg fil …</source>
        <translation>C&amp;hoose file …</translation>
    </message>
    <message>
        <source>&amp;Medfølgende</source>
        <translation>&amp;Bundled</translation>
    </message>
    <message>
        <source>&amp;Lås efter:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>&amp;Sprog (ved næste start):</source>
        <translation>L&amp;anguage (at next start):</translation>
    </message>
    <message>
        <source>&amp;Central database:</source>
        <translation>&amp;Central store:</translation>
    </message>
    <message>
        <source>&amp;Gem PDF i mappen:</source>
        <translation>Save &amp;PDFs in:</translation>
    </message>
    <message>
        <source>&amp;Kvalitetsstandard:</source>
        <translation>Quality &amp;standard:</translation>
    </message>
    <message>
        <source>Nye sager vurderes efter den valgte standard. Sager, der allerede er vurderet, beholder deres egen.</source>
        <translation>New cases are assessed under the chosen standard. Cases already assessed keep their own.</translation>
    </message>
    <message>
        <source>Fastsat af IT</source>
        <translation>Set by IT</translation>
    </message>
    <message>
        <source>Denne værdi er fastsat af kommunens IT og kan ikke ændres her.</source>
        <translation>This value is set by the municipality&apos;s IT and cannot be changed here.</translation>
    </message>
    <message>
        <source>Kvalitetsstandarden kan ikke bruges: {0}: {1}</source>
        <translation>The quality standard cannot be used: {0}: {1}</translation>
    </message>
    <message>
        <source>Vælg kvalitetsstandard</source>
        <translation>Choose quality standard</translation>
    </message>
    <message>
        <source>Kvalitetsstandard (*.toml)</source>
        <translation>Quality standard (*.toml)</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Skriv under her</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Felt til underskrift</source>
        <translation>Signature field</translation>
    </message>
    <message>
        <source>Skriv under med mus, finger eller pen</source>
        <translation>Sign with the mouse, a finger or a pen</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Brug musen, en finger eller en pen. Tryk »Ryd« for at starte forfra.</source>
        <translation>Use the mouse, a finger or a pen. Press “Clear” to start again.</translation>
    </message>
    <message>
        <source>R&amp;yd</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Ryd underskriften</source>
        <translation>Clear the signature</translation>
    </message>
</context>
<context>
    <name>SmartPanel</name>
    <message>
        <source>SMART-tjek af målet</source>
        <translation>SMART check of the goal</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>i orden</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>{0}: 1 punkt mangler – se SMART-tjekket.</source>
        <translation>{0}: 1 point missing – see the SMART check.</translation>
    </message>
    <message>
        <source>{0}: {1} punkter mangler – se SMART-tjekket.</source>
        <translation>{0}: {1} points missing – see the SMART check.</translation>
    </message>
    <message>
        <source>Specifikt</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Målbart</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Accepteret</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Realistisk</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Tidsbestemt</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Evaluérbart</source>
        <translation>Evaluable</translation>
    </message>
</context>
<context>
    <name>StatusChoice</name>
    <message>
        <source>Har</source>
        <translation>Has</translation>
    </message>
    <message>
        <source>Har søgt</source>
        <translation>Has applied</translation>
    </message>
    <message>
        <source>{0}: har indsatsen</source>
        <translation>{0}: has the service</translation>
    </message>
    <message>
        <source>{0}: har søgt indsatsen</source>
        <translation>{0}: has applied for the service</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Opsummering af opfølgningen</source>
        <translation>Summary of the follow-up</translation>
    </message>
    <message>
        <source>Opfølgningen kan ikke registreres endnu:</source>
        <translation>The follow-up cannot be recorded yet:</translation>
    </message>
    <message>
        <source>Opfølgningen er ikke registreret. Det, du har skrevet, er stadig på skærmen; prøv igen.</source>
        <translation>The follow-up has not been recorded. What you typed is still on the screen; try again.</translation>
    </message>
    <message>
        <source>Opfølgningsmøde {0}</source>
        <translation>Follow-up meeting {0}</translation>
    </message>
    <message>
        <source>(uden dato)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Deltagere: {0}</source>
        <translation>Participants: {0}</translation>
    </message>
    <message>
        <source>Målopfyldelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <source>ikke scoret</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Ikke valgt endnu.</source>
        <translation>Not chosen yet.</translation>
    </message>
    <message>
        <source>Hvorfor: {0}</source>
        <translation>Why: {0}</translation>
    </message>
    <message>
        <source>Henvises til: {0}</source>
        <translation>Referred to: {0}</translation>
    </message>
    <message>
        <source>Næste opfølgning: senest {0}.</source>
        <translation>Next follow-up: by {0} at the latest.</translation>
    </message>
    <message>
        <source>Funktionsevne (ved visitationen → nu)</source>
        <translation>Ability (at the visitation → now)</translation>
    </message>
    <message>
        <source>Handleplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <source>Handleplanen ændres ikke.</source>
        <translation>The action plan does not change.</translation>
    </message>
    <message>
        <source>Den ændrede handleplan gemmes som version {0}. Den tidligere version bevares.</source>
        <translation>The changed action plan is saved as version {0}. The earlier version is kept.</translation>
    </message>
    <message>
        <source>Den ændrede plan skal accepteres igen: borgeren skriver under, eller du registrerer en mundtlig accept, på siden »Afgørelse«, når opfølgningen er registreret.</source>
        <translation>The changed plan must be accepted again: the citizen signs, or you record a spoken acceptance, on the “Decision” page once the follow-up is recorded.</translation>
    </message>
    <message>
        <source>Opfølgningen kan registreres.</source>
        <translation>The follow-up can be recorded.</translation>
    </message>
    <message>
        <source>Læs sagen igennem sammen med borgeren. Ret på de tidligere sider, hvis noget er forkert; opsummeringen følger med.</source>
        <translation>Read through the case together with the citizen. Correct anything that is wrong on the earlier pages; the summary follows.</translation>
    </message>
    <message>
        <source>Opsummering af sagen</source>
        <translation>Summary of the case</translation>
    </message>
    <message>
        <source>Ingen åbne fund i sagen.</source>
        <translation>No open findings in the case.</translation>
    </message>
    <message>
        <source>{0} åbne fund på de tidligere sider – de står nederst i opsummeringen.</source>
        <translation>{0} open findings on the earlier pages – they are listed at the bottom of the summary.</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Stoppet. De sager, der nåede frem, er gemt begge steder.</source>
        <translation>Stopped. The cases that got through are saved in both places.</translation>
    </message>
    <message>
        <source>Synkroniseringen stoppede uventet. Intet halvt er gemt; prøv igen.</source>
        <translation>The synchronisation stopped unexpectedly. Nothing half-done was saved; try again.</translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <source>Forbinder til den centrale database …</source>
        <translation>Connecting to the central database …</translation>
    </message>
    <message>
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 af %2 sager …</source>
        <translation>%1 of %2 cases …</translation>
    </message>
    <message>
        <source>Stopper efter den igangværende portion …</source>
        <translation>Stopping after the current batch …</translation>
    </message>
</context>
<context>
    <name>TScoreChart</name>
    <message>
        <source>Diagram: T-score over tid</source>
        <translation>Chart: T-score over time</translation>
    </message>
    <message>
        <source>Dette møde</source>
        <translation>This meeting</translation>
    </message>
    <message>
        <source>{0}: T-score {1}</source>
        <translation>{0}: T-score {1}</translation>
    </message>
    <message>
        <source>– – 50 = som forventet</source>
        <translation>– – 50 = as expected</translation>
    </message>
</context>
<context>
    <name>TScoreHistory</name>
    <message>
        <source>T-score over tid</source>
        <translation>T-score over time</translation>
    </message>
    <message>
        <source>Der er ingen T-score endnu. Den vises her for hver opfølgning, hvor alle mål er scoret.</source>
        <translation>There is no T-score yet. It is shown here for each follow-up where every goal is scored.</translation>
    </message>
</context>
<context>
    <name>TargetGroupPage</name>
    <message>
        <source>Borgeren er ikke i målgruppen</source>
        <translation>The citizen is not in the target group</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kriterier i kvalitetsstandarden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Criteria in the quality standard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bemærk fra kvalitetsstandarden: {0}</source>
        <translation>Note from the quality standard: {0}</translation>
    </message>
    <message>
        <source>Målgruppe efter FFB</source>
        <translation>Target group according to FFB</translation>
    </message>
    <message>
        <source>Vælg borgerens funktionsnedsættelse(r) og eventuelle sociale problemer (FFB&apos;s målgrupper).</source>
        <translation>Choose the citizen’s disability or disabilities and any social problems (FFB’s target groups).</translation>
    </message>
    <message>
        <source>Valgte målgrupper</source>
        <translation>Chosen target groups</translation>
    </message>
    <message>
        <source>FFB-målgrupper</source>
        <translation>FFB target groups</translation>
    </message>
    <message>
        <source>Borgerens &amp;målgruppe:</source>
        <translation>The citizen’s tar&amp;get group:</translation>
    </message>
    <message>
        <source>Konkret individuel vurdering</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <source>Programmet afgør aldrig selv, om borgeren er i målgruppen. Det er din faglige vurdering ud fra borgerens samlede situation, ressourcer og behov, og den skal skrives her.</source>
        <translation>The program never decides by itself whether the citizen is in the target group. That is your professional assessment based on the citizen’s whole situation, resources and needs, and it must be written here.</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Skriv, hvorfor borgeren er eller ikke er i målgruppen, og hvad du har lagt vægt på.</source>
        <translation>Write why the citizen is or is not in the target group, and what you have given weight to.</translation>
    </message>
    <message>
        <source>&amp;Vurdering:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Borgerens alder</source>
        <translation>The citizen’s age</translation>
    </message>
    <message>
        <source>Vurderes ud fra CPR-nummeret.</source>
        <translation>Assessed from the CPR number.</translation>
    </message>
    <message>
        <source>&amp;Opfyldt</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>I&amp;kke opfyldt</source>
        <translation>N&amp;ot met</translation>
    </message>
    <message>
        <source>Ikke vurderet &amp;endnu</source>
        <translation>Not assessed &amp;yet</translation>
    </message>
    <message>
        <source>Din faglige vurdering:</source>
        <translation>Your professional assessment:</translation>
    </message>
    <message>
        <source>Alderen kan ikke beregnes: CPR-nummeret mangler eller er forkert.</source>
        <translation>The age cannot be worked out: the CPR number is missing or wrong.</translation>
    </message>
    <message>
        <source>Borgeren er {0} år (født {1}).</source>
        <translation>The citizen is {0} years old (born {1}).</translation>
    </message>
    <message>
        <source>(ukendt kode)</source>
        <translation>(unknown code)</translation>
    </message>
    <message>
        <source>Valgt: {0}</source>
        <translation>Chosen: {0}</translation>
    </message>
    <message>
        <source>Ingen målgruppe valgt endnu.</source>
        <translation>No target group chosen yet.</translation>
    </message>
    <message>
        <source>{0} ({1} valgt)</source>
        <translation>{0} ({1} chosen)</translation>
    </message>
    <message>
        <source>Tryk »Næste« for at gå direkte til Afgørelse.</source>
        <translation>Press “Next” to go straight to Decision.</translation>
    </message>
</context>
<context>
    <name>UnblockDialog</name>
    <message>
        <source>Ophæv spærring</source>
        <translation>Lift lockout</translation>
    </message>
    <message>
        <source>En sagsbehandler, der er spærret efter for mange forkerte adgangskoder, kan logge ind igen.</source>
        <translation>A caseworker locked out after too many wrong passwords can log in again.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Handleplanens versioner</source>
        <translation>Versions of the action plan</translation>
    </message>
    <message>
        <source>Hver version af handleplanen gemmes og overskrives aldrig. Den nyeste version er den, der udskrives med dokumenterne.</source>
        <translation>Every version of the action plan is saved and never overwritten. The newest version is the one printed with the documents.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Fra version</source>
        <translation>From version</translation>
    </message>
    <message>
        <source>Til version</source>
        <translation>To version</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Sammenlign &amp;version</source>
        <translation>Compare &amp;version</translation>
    </message>
    <message>
        <source>&amp;med</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <source>Ændringer mellem de to versioner</source>
        <translation>Changes between the two versions</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Der er ingen versioner endnu. Version 1 gemmes, når der gives bevilling.</source>
        <translation>There are no versions yet. Version 1 is saved when the service is granted.</translation>
    </message>
    <message>
        <source>Der er kun én version, så der er intet at sammenligne.</source>
        <translation>There is only one version, so there is nothing to compare.</translation>
    </message>
    <message>
        <source>Vælg to forskellige versioner.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <source>Ingen ændringer i handleplanen.</source>
        <translation>No changes in the action plan.</translation>
    </message>
    <message>
        <source>1 ændring.</source>
        <translation>1 change.</translation>
    </message>
    <message>
        <source>{0} ændringer.</source>
        <translation>{0} changes.</translation>
    </message>
</context>
<context>
    <name>_ChooseCaseworkerDialog</name>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>&amp;Sagsbehandler:</source>
        <translation>&amp;Caseworker:</translation>
    </message>
    <message>
        <source>Der er ingen anden sagsbehandler på denne computer.</source>
        <translation>There is no other caseworker on this computer.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Angiv adressen på den centrale database under Funktioner &gt; Indstillinger.</source>
        <translation>Enter the central database&apos;s address under Tools &gt; Settings.</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>Adgangskode til den centrale database:</source>
        <translation>Password for the central database:</translation>
    </message>
    <message>
        <source>Denne computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Sagen for %1 er ændret både her og i den centrale database. Ændringer i forskellige felter er lagt sammen. Vælg for hvert felt herunder, hvilken værdi der skal gælde. Intet af sagen er sendt endnu.</source>
        <translation>The case for %1 was changed both here and in the central database. Changes to different fields have been combined. For each field below, choose which value applies. Nothing of the case has been sent yet.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Sendt: %1 sag(er).</source>
        <translation>Sent: %1 case(s).</translation>
    </message>
    <message>
        <source>%1 med ændringer hentet fra den centrale database.</source>
        <translation>%1 with changes taken from the central database.</translation>
    </message>
    <message>
        <source>%1 ny(e) sag(er) hører til en borger, der allerede har sager centralt – tjek for dubletter.</source>
        <translation>%1 new case(s) belong to a citizen who already has cases centrally – check for duplicates.</translation>
    </message>
    <message>
        <source>%1 sag(er) er ikke sendt, fordi afgørelsen ikke kan registreres.</source>
        <translation>%1 case(s) were not sent, because the decision cannot be recorded.</translation>
    </message>
    <message>
        <source>%1 sag(er) har konflikter og er ikke sendt.</source>
        <translation>%1 case(s) have conflicts and were not sent.</translation>
    </message>
    <message>
        <source>Hentet: %1 nye, %2 opdateret.</source>
        <translation>Fetched: %1 new, %2 updated.</translation>
    </message>
    <message>
        <source>%1 sag(er) med ændringer på computeren er ikke overskrevet.</source>
        <translation>%1 case(s) with changes on this computer were not overwritten.</translation>
    </message>
    <message>
        <source>Fjernet fra computeren: %1 sag(er). Adgangsloggen er bevaret.</source>
        <translation>Removed from the computer: %1 case(s). The access log is kept.</translation>
    </message>
    <message>
        <source>%1 sag(er) er ændret siden afsendelsen og bliver på computeren.</source>
        <translation>%1 case(s) changed since they were sent and stay on the computer.</translation>
    </message>
    <message>
        <source>Stoppet; de øvrige sager er ikke fjernet.</source>
        <translation>Stopped; the other cases have not been removed.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Fjern sagsbehandler …</source>
        <translation>&amp;Remove caseworker …</translation>
    </message>
    <message>
        <source>O&amp;phæv spærring …</source>
        <translation>L&amp;ift lockout …</translation>
    </message>
    <message>
        <source>Sagsbehandleren er fjernet; datalageret har fået en ny nøgle.</source>
        <translation>The caseworker is removed; the data store has a new key.</translation>
    </message>
    <message>
        <source>Spærringen er ophævet.</source>
        <translation>The lockout is lifted.</translation>
    </message>
</context>
</TS>
