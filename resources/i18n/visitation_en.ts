<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="129"/>
        <source>Om Visitation Desktop</source>
        <translation>About Visitation Desktop</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="130"/>
        <source>&lt;h3&gt;Visitation Desktop {0}&lt;/h3&gt;&lt;p&gt;Visitation til aktivitets- og samværstilbud efter {1} {2}, offline.&lt;/p&gt;&lt;p&gt;Kvalitetsstandard: {3} ({4}).&lt;br&gt;Datalager: {5} (krypteret).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Visitation Desktop {0}&lt;/h3&gt;&lt;p&gt;Visitation for activity and social offers under {1} {2}, offline.&lt;/p&gt;&lt;p&gt;Quality standard: {3} ({4}).&lt;br&gt;Data store: {5} (encrypted).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="24"/>
        <source>Hvad skal borgeren lave?</source>
        <translation>What will the citizen do?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="27"/>
        <source>Aktivitetstyper</source>
        <translation>Types of activity</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="28"/>
        <source>Aktivitetstyper:</source>
        <translation>Types of activity:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="35"/>
        <source>Forløb</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="36"/>
        <source>Udviklingsforløb:</source>
        <translation>Development courses:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="40"/>
        <source>Indgår ikke i tilbuddet:</source>
        <translation>Not part of the offer:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="41"/>
        <source>Indgår ikke i tilbuddet</source>
        <translation>Not part of the offer</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="50"/>
        <source>Aftaler om aktiviteterne</source>
        <translation>Arrangements for the activities</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="53"/>
        <source>Fx tidspunkter, pauser, individuel tilrettelæggelse eller særlige hensyn</source>
        <translation>E.g. times, breaks, individual arrangements or special needs</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/activities.py" line="56"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>AddCaseworkerDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="110"/>
        <source>Tilføj sagsbehandler</source>
        <translation>Add caseworker</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="113"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="115"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="116"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="117"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="118"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="119"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="49"/>
        <source>Vurdér sammen med borgeren de undertemaer, der har betydning for borgeren: 0 = ingen nedsat funktionsevne, 4 = fuldstændig nedsat funktionsevne. Lad resten stå som »Ikke vurderet«.</source>
        <translation>Together with the citizen, assess the subthemes that matter to the citizen: 0 = no reduced ability, 4 = completely reduced ability. Leave the rest as “Ikke vurderet” (not assessed).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="56"/>
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="63"/>
        <source>Funktioner og forhold</source>
        <translation>Functions and circumstances</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="64"/>
        <source>Omgivelsesfaktorer</source>
        <translation>Environmental factors</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="90"/>
        <source>&lt;b&gt;Funktionsevne pr. tema&lt;/b&gt; (gennemsnit af de vurderede undertemaer)</source>
        <translation>&lt;b&gt;Ability by theme&lt;/b&gt; (average of the assessed subthemes)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="98"/>
        <source>Samlet støttebehov</source>
        <translation>Overall need for support</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="99"/>
        <source>&lt;b&gt;Samlet &amp;støttebehov&lt;/b&gt; (0–4)</source>
        <translation>&lt;b&gt;Overall need for s&amp;upport&lt;/b&gt; (0–4)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="132"/>
        <source>&amp;Ressourcer</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="132"/>
        <source>Hvad klarer borgeren, hvad lykkes?</source>
        <translation>What does the citizen manage, what goes well?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="133"/>
        <source>&amp;Udfordringer</source>
        <translation>&amp;Challenges</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="133"/>
        <source>Hvad er svært, og hvornår?</source>
        <translation>What is hard, and when?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="134"/>
        <source>Borgerens &amp;egne ord</source>
        <translation>The citizen’s o&amp;wn words</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="134"/>
        <source>Sådan siger borgeren det selv</source>
        <translation>How the citizen puts it</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="183"/>
        <source>Beskriv med ord, hvad der har betydning for borgeren. FFB giver ikke et funktionsevneniveau (0–4) for »{0}«, så der vælges ikke niveau her.</source>
        <translation>Describe in words what matters to the citizen. FFB gives no ability level (0–4) for “{0}”, so no level is chosen here.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="197"/>
        <source>Fx {0}</source>
        <translation>E.g. {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/assessment.py" line="232"/>
        <source>{0} ({1}/{2})</source>
        <translation>{0} ({1}/{2})</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/base.py" line="38"/>
        <source>Skal løses</source>
        <translation>Must be resolved</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/base.py" line="39"/>
        <source>Bemærk</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/base.py" line="40"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/base.py" line="73"/>
        <source>Fund på siden</source>
        <translation>Findings on this page</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/base.py" line="300"/>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="35"/>
        <source>Borger og henvendelse</source>
        <translation>Citizen and application</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="36"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="37"/>
        <source>Ressourcer og behov</source>
        <translation>Resources and needs</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="38"/>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="39"/>
        <source>Mål (SMART)</source>
        <translation>Goals (SMART)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="40"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="41"/>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="42"/>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="43"/>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="44"/>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="22"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="23"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="25"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="26"/>
        <source>Frist for afgørelse</source>
        <translation>Decision deadline</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="84"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="94"/>
        <source>{0} (overskredet)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/case_table.py" line="96"/>
        <source>{0} (snart)</source>
        <translation>{0} (soon)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="20"/>
        <source>Under behandling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="21"/>
        <source>Bevilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="22"/>
        <source>Afslag</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="23"/>
        <source>Afsluttet</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/case_wizard.py" line="42"/>
        <source>&amp;Gem og luk</source>
        <translation>&amp;Save and close</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/case_wizard.py" line="43"/>
        <source>&amp;Dokumenter …</source>
        <translation>&amp;Documents …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/case_wizard.py" line="44"/>
        <source>&amp;Afslut</source>
        <translation>F&amp;inish</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/case_wizard.py" line="52"/>
        <source>Trin i visitationen</source>
        <translation>Steps of the visitation</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/case_wizard.py" line="110"/>
        <source>Har fund, der skal løses</source>
        <translation>Has findings that must be resolved</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="47"/>
        <source>Borger og henvendelse</source>
        <translation>Citizen and application</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="48"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="49"/>
        <source>Ressourcer og behov</source>
        <translation>Resources and needs</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="50"/>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="51"/>
        <source>Mål (SMART)</source>
        <translation>Goals (SMART)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="52"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="53"/>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="54"/>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="55"/>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="56"/>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="93"/>
        <source>Skift adgangskode</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="95"/>
        <source>Nuværende adgangskode</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="96"/>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="97"/>
        <source>Gentag ny adgangskode</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="98"/>
        <source>&amp;Nuværende:</source>
        <translation>&amp;Current:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="99"/>
        <source>N&amp;y (mindst 10 tegn):</source>
        <translation>&amp;New (at least 10 characters):</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="100"/>
        <source>&amp;Gentag ny:</source>
        <translation>&amp;Repeat new:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="104"/>
        <source>De to nye adgangskoder er ikke ens.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="34"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="36"/>
        <source>ddmmåå-xxxx</source>
        <translation>ddmmyy-xxxx</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="39"/>
        <source>Fødselsdato og alder</source>
        <translation>Date of birth and age</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="45"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="46"/>
        <source>&amp;CPR-nummer:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="54"/>
        <source>&amp;Adresse:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="58"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="60"/>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="66"/>
        <source>&amp;Postnr. og by:</source>
        <translation>&amp;Postcode, town:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="70"/>
        <source>&amp;Telefon:</source>
        <translation>Tel&amp;ephone:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="73"/>
        <source>&amp;E-mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="76"/>
        <source>Henvendelse</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="79"/>
        <source>Frist for afgørelse</source>
        <translation>Decision deadline</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="85"/>
        <source>Modtaget dato</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="86"/>
        <source>&amp;Modtaget:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="91"/>
        <source>(vælg)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="94"/>
        <source>&amp;Kanal:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="97"/>
        <source>En pårørende har henvendt sig på borgerens vegne</source>
        <translation>A relative has applied on the citizen’s behalf</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="51"/>
        <source>Na&amp;vn:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="101"/>
        <source>På&amp;rørendes navn:</source>
        <translation>Relat&amp;ive’s name:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="104"/>
        <source>fx mor, bror, værge</source>
        <translation>e.g. mother, brother, guardian</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="105"/>
        <source>Relation:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="109"/>
        <source>Pårørendes kontakt:</source>
        <translation>Relative’s contact details:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="114"/>
        <source>Samtykke til at indhente oplysninger (retssikkerhedsloven § 11 a)</source>
        <translation>Consent to obtain information (Legal Rights Act, retssikkerhedsloven § 11 a)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="115"/>
        <source>Borgeren giver samtykke</source>
        <translation>The citizen gives consent</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="116"/>
        <source>Borgeren afviser at give samtykke</source>
        <translation>The citizen refuses to give consent</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="126"/>
        <source>Samtykke:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="129"/>
        <source>Hvilke oplysninger, fx journal fra egen læge</source>
        <translation>Which information, e.g. records from the citizen’s GP</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="131"/>
        <source>Hvilke &amp;oplysninger:</source>
        <translation>&amp;Which information:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="134"/>
        <source>Fra hvem, fx egen læge, psykiatrien, bostøtten</source>
        <translation>From whom, e.g. GP, psychiatric services, housing support</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="136"/>
        <source>&amp;Fra hvem:</source>
        <translation>From wh&amp;om:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="139"/>
        <source>&amp;Dato for samtykke:</source>
        <translation>Consent &amp;given on:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="166"/>
        <source>Født {0} – {1} år</source>
        <translation>Born {0} – aged {1}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/citizen.py" line="175"/>
        <source>Frist for afgørelse: {0} ({1} uger)</source>
        <translation>Decision deadline: {0} ({1} weeks)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="28"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="29"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="30"/>
        <source>Personligt fremmøde</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/fields.py" line="13"/>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/fields.py" line="64"/>
        <source>Skriv datoen som dd-mm-åååå, fx 03-02-2027.</source>
        <translation>Write the date as dd-mm-yyyy, e.g. 03-02-2027.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="38"/>
        <source>&amp;Regler, afgørelsen bygger på:</source>
        <translation>Ru&amp;les the decision is based on:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="39"/>
        <source>Fx servicelovens § 104 og kvalitetsstandardens kriterier</source>
        <translation>E.g. § 104 of the Social Services Act and the criteria of the quality standard</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="43"/>
        <source>&amp;Oplysninger, der er lagt vægt på:</source>
        <translation>Information given &amp;weight:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="44"/>
        <source>Fx den individuelle vurdering og borgerens funktionsevne</source>
        <translation>E.g. the individual assessment and the citizen’s ability</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="48"/>
        <source>&amp;Hovedhensyn:</source>
        <translation>&amp;Main considerations:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="49"/>
        <source>Fx hvorfor netop dette tilbud og denne plads, eller hvorfor afslag</source>
        <translation>E.g. why this particular offer and place, or why refusal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="58"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="59"/>
        <source>{0} dage</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="88"/>
        <source>Åbne fund før afgørelsen</source>
        <translation>Open findings before the decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="95"/>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="96"/>
        <source>&amp;Bevilling</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="97"/>
        <source>A&amp;fslag</source>
        <translation>&amp;Refusal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="107"/>
        <source>Løs de blokerende fund, ellers er afgørelsen et afslag.</source>
        <translation>Resolve the blocking findings, or the decision will be a refusal.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="115"/>
        <source>Afgørelsen er:</source>
        <translation>The decision is:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="119"/>
        <source>Begrundelse</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="120"/>
        <source>Foreslå &amp;tekst</source>
        <translation>Suggest te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="140"/>
        <source>Dato og frist</source>
        <translation>Date and deadline</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="144"/>
        <source>Frist for afgørelsen</source>
        <translation>Deadline for the decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="150"/>
        <source>Dato for afgørelsen</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="151"/>
        <source>&amp;Dato for afgørelsen:</source>
        <translation>Date of the d&amp;ecision:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="155"/>
        <source>Hvorfor blev fristen ikke holdt?</source>
        <translation>Why was the deadline not met?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="157"/>
        <source>Årsag til &amp;overskridelse:</source>
        <translation>Reason for dela&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="162"/>
        <source>Hvis fristen ikke kan holdes: hvad borgeren har fået skriftligt at vide om, hvornår afgørelsen kommer</source>
        <translation>If the deadline cannot be met: what the citizen has been told in writing about when the decision will come</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="166"/>
        <source>Besked om &amp;forsinkelse:</source>
        <translation>N&amp;otice of delay:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="190"/>
        <source>Ingen åbne fund på de tidligere sider.</source>
        <translation>No open findings on the earlier pages.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="209"/>
        <source>{0} skal løses</source>
        <translation>{0} to resolve</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="211"/>
        <source>{0} at bemærke</source>
        <translation>{0} to note</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="213"/>
        <source>Gå til siden</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="214"/>
        <source>Gå til siden {0}</source>
        <translation>Go to the page {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="220"/>
        <source>Klik for at gå til siden {0}</source>
        <translation>Click to go to the page {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="221"/>
        <source>Fund på siden {0}</source>
        <translation>Findings on the page {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="259"/>
        <source>Udfylder de tomme felter med et udkast, som du retter til. Skrevet tekst bliver stående.</source>
        <translation>Fills the empty fields with a draft for you to edit. Text already written is kept.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="262"/>
        <source>Vælg bevilling eller afslag, så kan programmet foreslå en tekst.</source>
        <translation>Choose grant or refusal, and the program can suggest a text.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="283"/>
        <source>Frist: ukendt – skriv datoen for henvendelsen på siden »Borger og henvendelse«.</source>
        <translation>Deadline: unknown – enter the date of the application on the page “Citizen and application”.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="285"/>
        <source>Frist: {0} ({1}).</source>
        <translation>Deadline: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="291"/>
        <source>afgørelsen er truffet på fristens sidste dag</source>
        <translation>the decision was made on the last day of the deadline</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="293"/>
        <source>afgørelsen er truffet {0} før fristen</source>
        <translation>the decision was made {0} before the deadline</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="295"/>
        <source>afgørelsen er truffet {0} efter fristen</source>
        <translation>the decision was made {0} after the deadline</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/decision.py" line="296"/>
        <source>Frist: {0}; {1}</source>
        <translation>Deadline: {0}; {1}</translation>
    </message>
</context>
<context>
    <name>DelayNoticeDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="27"/>
        <source>Besked om forsinkelse</source>
        <translation>Notice of delay</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="33"/>
        <source>Fristen for afgørelsen er {0} ({1}).</source>
        <translation>The deadline for the decision is {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="37"/>
        <source>Der er ingen modtagelsesdato, så fristen kan ikke beregnes.</source>
        <translation>There is no date received, so the deadline cannot be worked out.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="42"/>
        <source>Kan fristen ikke holdes, skal borgeren have skriftlig besked om, hvornår afgørelsen kommer. Skriv her, hvad borgeren har fået at vide, og hvornår.</source>
        <translation>If the deadline cannot be met, the citizen must be told in writing when the decision will come. Write here what the citizen has been told, and when.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="48"/>
        <source>&amp;Besked til borgeren:</source>
        <translation>&amp;Message to the citizen:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="51"/>
        <source>Besked til borgeren om forsinkelse</source>
        <translation>Message to the citizen about the delay</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="57"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/delay_notice_dialog.py" line="58"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="73"/>
        <source>Dokumenter – sag {0}</source>
        <translation>Documents – case {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="83"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="84"/>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="87"/>
        <source>Antal sider</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="95"/>
        <source>Forhåndsvisning af dokumentet</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="106"/>
        <source>Besked om dokumentet</source>
        <translation>Message about the document</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="115"/>
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="116"/>
        <source>&amp;Gem som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="117"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="167"/>
        <source>Udfyld det, der mangler, i visitationen, og åbn dokumenterne igen.</source>
        <translation>Fill in what is missing in the visitation, and open the documents again.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="181"/>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="181"/>
        <source>{0} sider</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="214"/>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="214"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="226"/>
        <source>Filen bliver ikke krypteret</source>
        <translation>The file will not be encrypted</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="228"/>
        <source>PDF-filen bliver gemt uden kryptering og indeholder personoplysninger om borgeren.

Gem den kun et sikkert sted, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</source>
        <translation>The PDF file is saved without encryption and contains personal data about the citizen.

Only save it somewhere safe, and delete it when it is no longer needed.

Do you want to save the file?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="240"/>
        <source>Filen blev ikke gemt</source>
        <translation>The file was not saved</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="242"/>
        <source>Gemt i {0}. Filen er ikke krypteret.</source>
        <translation>Saved in {0}. The file is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="252"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="270"/>
        <source>Sendt til {0} (job {1}).</source>
        <translation>Sent to {0} (job {1}).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="274"/>
        <source>Udskrivningen mislykkedes</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="277"/>
        <source>Sendt til {0}.</source>
        <translation>Sent to {0}.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="277"/>
        <source>printeren</source>
        <translation>the printer</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="299"/>
        <source>Printeren kunne ikke startes. Tjek at den er tændt og tilsluttet.</source>
        <translation>The printer could not be started. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/preview.py" line="305"/>
        <source>Printeren stoppede ved side {0}.</source>
        <translation>The printer stopped at page {0}.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="98"/>
        <source>Handleplan</source>
        <translation>Handleplan (action plan)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="99"/>
        <source>Letlæst udgave</source>
        <translation>Easy-read version</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="100"/>
        <source>Afgørelse</source>
        <translation>Decision letter</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/app.py" line="42"/>
        <source>Der opstod en uventet fejl. Det, du har skrevet, er gemt undervejs. Luk programmet og start det igen; fejlen er skrevet i programmets log uden personoplysninger.</source>
        <translation>An unexpected error occurred. What you have written has been saved as you went. Close the program and start it again; the error has been written to the program’s log without personal data.</translation>
    </message>
</context>
<context>
    <name>FollowUpWizard</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="48"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="49"/>
        <source>&amp;Registrér opfølgning</source>
        <translation>&amp;Record follow-up</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="50"/>
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="51"/>
        <source>&lt; &amp;Tilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="59"/>
        <source>Trin i opfølgningen</source>
        <translation>Steps of the follow-up</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="61"/>
        <source>Opfølgning:
{0}</source>
        <translation>Follow-up:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/followup_wizard.py" line="61"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="69"/>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="70"/>
        <source>Målopfyldelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="71"/>
        <source>Funktionsevne</source>
        <translation>Ability</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="72"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="73"/>
        <source>Nye og ændrede mål</source>
        <translation>New and changed goals</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="74"/>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>FollowUpWizardPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/base.py" line="82"/>
        <source>Fund på siden</source>
        <translation>Findings on this page</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/base.py" line="230"/>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="61"/>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="62"/>
        <source>Målopfyldelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="63"/>
        <source>Funktionsevne</source>
        <translation>Ability</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="64"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="65"/>
        <source>Nye og ændrede mål</source>
        <translation>New and changed goals</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="66"/>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="79"/>
        <source>Indsatsen fortsætter uændret</source>
        <translation>The service continues unchanged</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="80"/>
        <source>Indsatsen tilpasses</source>
        <translation>The service is adjusted</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="81"/>
        <source>Indsatsen afsluttes</source>
        <translation>The service ends</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="54"/>
        <source>SMART-tjek af målet</source>
        <translation>SMART check of the goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="72"/>
        <source>Målet med borgerens egne ord</source>
        <translation>The goal in the citizen’s own words</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="73"/>
        <source>Målet med borgerens &amp;egne ord:</source>
        <translation>The goal in the citizen’s o&amp;wn words:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="77"/>
        <source>(vælg undertema)</source>
        <translation>(choose subtheme)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="81"/>
        <source>FFB-&amp;undertema:</source>
        <translation>FFB &amp;subtheme:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="83"/>
        <source>(vælg måltype)</source>
        <translation>(choose goal type)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="86"/>
        <source>Måltype:</source>
        <translation>Goal type:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="88"/>
        <source>Niveau i &amp;dag:</source>
        <translation>Level t&amp;oday:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="90"/>
        <source>&amp;Målniveau:</source>
        <translation>Target &amp;level:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="92"/>
        <source>&amp;Hvordan måles det:</source>
        <translation>How it is &amp;measured:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="94"/>
        <source>Nås &amp;senest:</source>
        <translation>Achieve b&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="96"/>
        <source>Hvordan e&amp;valueres det:</source>
        <translation>How it is e&amp;valuated:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="98"/>
        <source>Evalueres den:</source>
        <translation>Evaluated on:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="99"/>
        <source>Borgeren har a&amp;ccepteret målet</source>
        <translation>The citizen has &amp;accepted the goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="100"/>
        <source>Accept:</source>
        <translation>Acceptance:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="102"/>
        <source>Hvordan, fx mundtligt på mødet</source>
        <translation>How, e.g. verbally at the meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="103"/>
        <source>Sådan accepteret:</source>
        <translation>How accepted:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="105"/>
        <source>Hvorf&amp;or er målet realistisk:</source>
        <translation>Why the goal is real&amp;istic:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/goal_editor.py" line="109"/>
        <source>Hvordan ser det ud på dette trin? (valgfrit)</source>
        <translation>What does this step look like? (optional)</translation>
    </message>
</context>
<context>
    <name>GoalScoresPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="58"/>
        <source>Gennemgå målene med borgeren. Vælg for hvert mål, hvor langt borgeren er nået: 0 er det forventede niveau, −2 og −1 er mindre end forventet, +1 og +2 bedre.</source>
        <translation>Go through the goals with the citizen. For each goal, choose how far the citizen has come: 0 is the expected level, −2 and −1 are less than expected, +1 and +2 better.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="65"/>
        <source>Handleplanen har ingen mål.</source>
        <translation>The action plan has no goals.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="73"/>
        <source>T-score</source>
        <translation>T-score</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="83"/>
        <source>(målet har ingen tekst)</source>
        <translation>(the goal has no text)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="88"/>
        <source>Sådan måles det: {0}</source>
        <translation>How it is measured: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="103"/>
        <source>Målopfyldelse {0}: {1}</source>
        <translation>Goal attainment {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="109"/>
        <source>Der blev ikke skrevet beskrivelser af trinnene, da målet blev sat.</source>
        <translation>No descriptions of the steps were written when the goal was set.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="123"/>
        <source>Hvad viser målingen? Hvad har hjulpet, og hvad har været svært?</source>
        <translation>What does the measurement show? What has helped, and what has been hard?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="124"/>
        <source>Bemærkning:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="127"/>
        <source>Hvad siger borgeren selv?</source>
        <translation>What does the citizen say?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="128"/>
        <source>Borgerens egne ord:</source>
        <translation>The citizen’s own words:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="136"/>
        <source>Alle mål vægter lige meget (1), medmindre du sætter en anden vægt.</source>
        <translation>All goals have the same weight (1) unless you set a different weight.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="137"/>
        <source>Vægt i T-scoren:</source>
        <translation>Weight in the T-score:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="184"/>
        <source>T-scoren samler målene i ét tal (Kiresuk og Sherman, ρ = {0}): 50 er det forventede niveau, under 50 mindre og over 50 bedre end forventet.</source>
        <translation>The T-score sums up the goals in one number (Kiresuk and Sherman, ρ = {0}): 50 is the expected level, below 50 is less and above 50 better than expected.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="189"/>
        <source>&lt;b&gt;T-score:&lt;/b&gt; vises, når alle mål er scoret ({0} af {1}).</source>
        <translation>&lt;b&gt;T-score:&lt;/b&gt; shown when every goal has been scored ({0} of {1}).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/goals.py" line="191"/>
        <source>&lt;b&gt;T-score: {0}&lt;/b&gt; – {1}</source>
        <translation>&lt;b&gt;T-score: {0}&lt;/b&gt; – {1}</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="58"/>
        <source>Tilføj &amp;mål</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="59"/>
        <source>&amp;Fjern mål</source>
        <translation>&amp;Remove goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="70"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="71"/>
        <source>Målene:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="75"/>
        <source>Det valgte mål</source>
        <translation>The chosen goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="82"/>
        <source>Der er ingen mål endnu. Tryk »Tilføj mål« for at skrive det første.</source>
        <translation>There are no goals yet. Press “Add goal” to write the first one.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="96"/>
        <source>Fx »Jeg vil selv lave aftensmad to gange om ugen.«</source>
        <translation>E.g. “I want to cook dinner myself twice a week.”</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="97"/>
        <source>Målet med borgerens &amp;egne ord:</source>
        <translation>The goal in the citizen’s o&amp;wn words:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="99"/>
        <source>(vælg undertema)</source>
        <translation>(choose subtheme)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="100"/>
        <source>FFB-&amp;undertema:</source>
        <translation>FFB s&amp;ubtheme:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="101"/>
        <source>(intet)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="102"/>
        <source>Andet undertema (valgfrit):</source>
        <translation>Second subtheme (optional):</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="104"/>
        <source>(vælg måltype)</source>
        <translation>(choose goal type)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="107"/>
        <source>Måltype:</source>
        <translation>Goal type:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="110"/>
        <source>Niveau i dag</source>
        <translation>Level today</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="112"/>
        <source>Målniveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="117"/>
        <source>I &amp;dag:</source>
        <translation>T&amp;oday:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="118"/>
        <source>Mål:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="125"/>
        <source>Funktionsevneniveau:</source>
        <translation>Ability level:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="128"/>
        <source>Fx antal gange om ugen, borgeren gør det selv</source>
        <translation>E.g. the number of times a week the citizen does it alone</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="129"/>
        <source>&amp;Hvordan måles det:</source>
        <translation>How it is &amp;measured:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="131"/>
        <source>&amp;Skal være nået senest:</source>
        <translation>Achieve b&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="133"/>
        <source>Fx på opfølgningsmødet med borgeren og tilbuddet</source>
        <translation>E.g. at the follow-up meeting with the citizen and the offer</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="134"/>
        <source>Hvordan e&amp;valueres det:</source>
        <translation>How it is e&amp;valuated:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="137"/>
        <source>Evalueres den:</source>
        <translation>Evaluated on:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="140"/>
        <source>Borgeren har a&amp;ccepteret målet</source>
        <translation>The citizen has &amp;accepted the goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="142"/>
        <source>Hvordan, fx mundtligt på mødet</source>
        <translation>How, e.g. verbally at the meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="143"/>
        <source>Hvordan borgeren har accepteret målet</source>
        <translation>How the citizen has accepted the goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="150"/>
        <source>Accept:</source>
        <translation>Acceptance:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="152"/>
        <source>Borgerens ressourcer, støtten og tiden</source>
        <translation>The citizen’s resources, the support and the time</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="153"/>
        <source>Hvorfor er målet &amp;realistisk:</source>
        <translation>Why the goal is real&amp;istic:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="156"/>
        <source>Målopfyldelses&amp;skala −2 til +2 (valgfri)</source>
        <translation>Goal attainment s&amp;cale −2 to +2 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="167"/>
        <source>Hvordan ser det ud på dette trin?</source>
        <translation>What does this step look like?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="255"/>
        <source>SMART i orden</source>
        <translation>SMART complete</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="255"/>
        <source>{0} af 6 mangler</source>
        <translation>{0} of 6 missing</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="360"/>
        <source>Fjern mål</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="361"/>
        <source>Vil du fjerne {0}? Det kan ikke fortrydes.</source>
        <translation>Do you want to remove {0}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/goals.py" line="387"/>
        <source>Ingen fund på denne side.</source>
        <translation>No findings on this page.</translation>
    </message>
</context>
<context>
    <name>GroupTabs</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="180"/>
        <source>Grupper af sager</source>
        <translation>Groups of cases</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="189"/>
        <source>Bevilgede indsatser, hvor opfølgningen er overskredet eller ligger inden for {0} dage.</source>
        <translation>Granted services whose follow-up is overdue or due within {0} days.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="86"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="87"/>
        <source>Frist snart/overskredet</source>
        <translation>Deadline soon/overdue</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="88"/>
        <source>Opfølgning forfalden/snart</source>
        <translation>Follow-up overdue/soon</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="89"/>
        <source>Venteliste</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="90"/>
        <source>Under behandling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="91"/>
        <source>Bevilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="92"/>
        <source>Afslag</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/labels.py" line="93"/>
        <source>Afsluttet</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/level_chart.py" line="62"/>
        <source>Diagram: funktionsevne pr. tema</source>
        <translation>Chart: ability by theme</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/level_chart.py" line="83"/>
        <source>mellem {0} og {1}</source>
        <translation>between {0} and {1}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/level_chart.py" line="88"/>
        <source>Ingen temaer.</source>
        <translation>No themes.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/level_chart.py" line="92"/>
        <source>{0}: ikke vurderet</source>
        <translation>{0}: not assessed</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/level_chart.py" line="95"/>
        <source>{0}: {1} ({2}), {3} af {4} undertemaer vurderet</source>
        <translation>{0}: {1} ({2}), {3} of {4} subthemes assessed</translation>
    </message>
</context>
<context>
    <name>LevelHistoryChart</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/level_history.py" line="67"/>
        <source>Diagram: funktionsevne over tid</source>
        <translation>Chart: ability over time</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/level_history.py" line="80"/>
        <source>Visitation</source>
        <translation>Visitation</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/level_history.py" line="82"/>
        <source>Dette møde</source>
        <translation>This meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/level_history.py" line="83"/>
        <source>Opfølgning {0}</source>
        <translation>Follow-up {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/level_history.py" line="88"/>
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/level_history.py" line="95"/>
        <source>Ingen undertemaer er vurderet.</source>
        <translation>No subthemes have been assessed.</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="26"/>
        <source>Vurdér funktionsevnen igen sammen med borgeren, for de undertemaer I har talt om. 0 er ingen nedsat funktionsevne, 4 er fuldstændig nedsat. Lad »Ikke vurderet« stå, hvis et undertema ikke blev vurderet på mødet.</source>
        <translation>Assess ability again together with the citizen, for the subthemes you have talked about. 0 is no reduced ability, 4 is completely reduced. Leave “Ikke vurderet” (not assessed) if a subtheme was not assessed at the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="37"/>
        <source>Undertema</source>
        <translation>Subtheme</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="37"/>
        <source>Ved visitationen</source>
        <translation>At the visitation</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="37"/>
        <source>Sidste opfølgning</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="37"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="50"/>
        <source>{0}: niveau nu</source>
        <translation>{0}: level now</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="60"/>
        <source>Der blev ikke vurderet funktionsevne ved visitationen, og målene har intet undertema.</source>
        <translation>Ability was not assessed at the visitation, and the goals have no subtheme.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="62"/>
        <source>Udviklingen over tid</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/levels.py" line="65"/>
        <source>Niveau 0 står øverst og 4 nederst i hver række: en linje, der går op, er en fremgang.</source>
        <translation>Level 0 is at the top and 4 at the bottom of each row: a line going up is progress.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/lock.py" line="57"/>
        <source>&lt;h2&gt;Skærmen er låst&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;The screen is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/lock.py" line="61"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/lock.py" line="64"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/lock.py" line="65"/>
        <source>&amp;Lås op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/lock.py" line="67"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/lock.py" line="84"/>
        <source>Kun {0} kan låse op. Skriv din adgangskode.</source>
        <translation>Only {0} can unlock. Enter your password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/login_dialog.py" line="36"/>
        <source>Visitation Desktop – første start</source>
        <translation>Visitation Desktop – first start</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/login_dialog.py" line="39"/>
        <source>Velkommen. Opret den første sagsbehandler. Adgangskoden låser det krypterede datalager op og skal have mindst 10 tegn. Den kan ikke genskabes, hvis den glemmes.</source>
        <translation>Welcome. Create the first caseworker. The password unlocks the encrypted data store and must have at least 10 characters. It cannot be recovered if it is forgotten.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/login_dialog.py" line="43"/>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/login_dialog.py" line="45"/>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/login_dialog.py" line="64"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Visitation Desktop – log ind</source>
        <translation>Visitation Desktop – log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="10"/>
        <source>&lt;h2&gt;Visitation Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visitation Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="15"/>
        <source>Log ind med dine initialer og din adgangskode for at låse datalageret op.</source>
        <translation>Log in with your initials and your password to unlock the data store.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="23"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="29"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="35"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="41"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="46"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="52"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="58"/>
        <source>&amp;Gentag adgangskode:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="64"/>
        <source>Gentag adgangskode</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="72"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/app.py" line="77"/>
        <source>Demo: et midlertidigt datalager med fiktive borgere. Tryk Log ind.</source>
        <translation>Demo: a temporary data store with fictitious citizens. Press Log in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="54"/>
        <source>&amp;Dokumenter …</source>
        <translation>&amp;Documents …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="68"/>
        <source>Logget ind som {0}. Datalageret er krypteret.</source>
        <translation>Logged in as {0}. The data store is encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="101"/>
        <source>{0} sager</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="101"/>
        <source>1 sag</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="112"/>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="123"/>
        <source>Vælg en sag i listen først.</source>
        <translation>Choose a case in the list first.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="175"/>
        <source>Opfølgningen er ikke registreret. Det skrevne huskes, til du logger ud.</source>
        <translation>The follow-up has not been recorded. What you wrote is kept until you log out.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="181"/>
        <source>Opfølgningen er registreret. Handleplanen er gemt som version {0}.</source>
        <translation>The follow-up has been recorded. The action plan has been saved as version {0}.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="185"/>
        <source>Opfølgningen er registreret. Handleplanen er uændret.</source>
        <translation>The follow-up has been recorded. The action plan is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="243"/>
        <source>Adgangskoden er skiftet.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/main_window.py" line="247"/>
        <source>Sagsbehandleren er oprettet.</source>
        <translation>The caseworker has been added.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Visitation Desktop</source>
        <translation>Visitation Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>&amp;Søg:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <source>Søg på navn eller CPR-nummer</source>
        <translation>Search by name or CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Navn eller CPR-nummer</source>
        <translation>Name or CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="30"/>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>&amp;Ny visitation</source>
        <translation>&amp;New visitation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>Ny visitation</source>
        <translation>New visitation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>Å&amp;bn sag</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="37"/>
        <source>Åbn den valgte sag</source>
        <translation>Open the chosen case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>Antal sager</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>Funk&amp;tioner</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="95"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Skift &amp;adgangskode …</source>
        <translation>Change &amp;password …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Tilføj sagsbehandler …</source>
        <translation>&amp;Add caseworker …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>&amp;Om Visitation Desktop</source>
        <translation>&amp;About Visitation Desktop</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="25"/>
        <source>Handleplanen i dag</source>
        <translation>The action plan today</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="29"/>
        <source>Opfølgningsmødet</source>
        <translation>The follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="31"/>
        <source>&amp;Mødedato:</source>
        <translation>&amp;Meeting date:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="34"/>
        <source>Fx borgeren, kontaktperson fra tilbuddet, bostøtten</source>
        <translation>E.g. the citizen, the contact person at the offer, housing support</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="35"/>
        <source>&amp;Deltagere:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="38"/>
        <source>Hvordan går det med indsatsen som helhed?</source>
        <translation>How is the service going overall?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="39"/>
        <source>Samlet &amp;indtryk:</source>
        <translation>Overall &amp;impression:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="51"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="51"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="53"/>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="55"/>
        <source>ikke valgt</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="57"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="57"/>
        <source>ikke fastsat</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="58"/>
        <source>Mål i handleplanen</source>
        <translation>Goals in the action plan</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="60"/>
        <source>Handleplanens version</source>
        <translation>Action plan version</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="61"/>
        <source>ingen endnu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="64"/>
        <source>Tidligere opfølgninger</source>
        <translation>Earlier follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="65"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/meeting.py" line="73"/>
        <source>Opfølgning efter planen</source>
        <translation>Follow-up according to plan</translation>
    </message>
</context>
<context>
    <name>NewGoalsPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="33"/>
        <source>Ret de mål, der skal ændres, afslut dem, der er nået eller ikke længere giver mening, og skriv nye mål sammen med borgeren.</source>
        <translation>Edit the goals that need changing, end those that have been reached or no longer make sense, and write new goals together with the citizen.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="41"/>
        <source>Målene efter mødet</source>
        <translation>The goals after the meeting</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="45"/>
        <source>&amp;Ret målet</source>
        <translation>&amp;Edit goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="46"/>
        <source>&amp;Afslut målet</source>
        <translation>En&amp;d goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="47"/>
        <source>N&amp;yt mål</source>
        <translation>New &amp;goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="48"/>
        <source>&amp;Fortryd ændringen</source>
        <translation>&amp;Undo the change</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="87"/>
        <source> – afsluttes</source>
        <translation> – ends</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="89"/>
        <source> – ændret</source>
        <translation> – changed</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="93"/>
        <source>Mål {0}: {1}{2}</source>
        <translation>Goal {0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="96"/>
        <source>Nyt mål {0}: {1}</source>
        <translation>New goal {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="123"/>
        <source>Handleplanen har ingen mål. Tryk »Nyt mål« for at skrive et.</source>
        <translation>The action plan has no goals. Press “New goal” to write one.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="132"/>
        <source>Skriv målet sammen med borgeren. SMART-tjekket står til højre.</source>
        <translation>Write the goal together with the citizen. The SMART check is on the right.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="136"/>
        <source>Målet afsluttes ved dette møde.</source>
        <translation>The goal ends at this meeting.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/new_goals.py" line="138"/>
        <source>Målet fortsætter uændret. Tryk »Ret målet« for at ændre det.</source>
        <translation>The goal continues unchanged. Press “Edit goal” to change it.</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="37"/>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="74"/>
        <source>Tilbud</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="38"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="39"/>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="40"/>
        <source>Ledige hele pladser</source>
        <translation>Free full places</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="41"/>
        <source>Ledige halve pladser</source>
        <translation>Free half places</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="88"/>
        <source>Tilbud, nærmeste først</source>
        <translation>Offers, nearest first</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="90"/>
        <source>Tilbud, der ikke vises</source>
        <translation>Offers not shown</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="93"/>
        <source>&amp;Vælg tilbud:</source>
        <translation>&amp;Choose offer:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="99"/>
        <source>Plads</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="113"/>
        <source>Pladsens størrelse:</source>
        <translation>Size of place:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="117"/>
        <source>Borgeren kommer på &amp;venteliste</source>
        <translation>The citizen goes on the &amp;waitlist</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="122"/>
        <source>Venteliste</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="123"/>
        <source>Venteliste:</source>
        <translation>Waitlist:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="127"/>
        <source>Hvad borgeren får, indtil der er plads</source>
        <translation>What the citizen gets until there is a place</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="129"/>
        <source>&amp;Foreløbig løsning:</source>
        <translation>&amp;Interim solution:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="132"/>
        <source>Befordring og start</source>
        <translation>Transport and start</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="133"/>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="134"/>
        <source>N&amp;ej</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="144"/>
        <source>Brug for befordring:</source>
        <translation>Needs transport:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="148"/>
        <source>Fx kørsel med flextur, bus, pårørende kører</source>
        <translation>E.g. Flextur, bus, a relative drives</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="150"/>
        <source>Sådan klares &amp;befordringen:</source>
        <translation>How t&amp;ransport is arranged:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="154"/>
        <source>Forventet &amp;start:</source>
        <translation>E&amp;xpected start:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="177"/>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="178"/>
        <source>{0} af {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="197"/>
        <source>Alle tilbud i kvalitetsstandarden er godkendt og registreret og vises her.</source>
        <translation>All offers in the quality standard are approved and registered and are shown here.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="202"/>
        <source>{0} er ikke godkendt af Socialtilsynet</source>
        <translation>{0} not approved by Socialtilsynet</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="204"/>
        <source>{0} er ikke registreret på Tilbudsportalen</source>
        <translation>{0} not registered on Tilbudsportalen</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="206"/>
        <source>{0} tilbud vises ikke ({1}). Der kan kun bevilges tilbud, der er godkendt af Socialtilsynet og registreret på Tilbudsportalen.</source>
        <translation>{0} offer(s) not shown ({1}). Only offers approved by Socialtilsynet (the supervisory authority) and registered on Tilbudsportalen (the offer registry) can be granted.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="208"/>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/offer.py" line="248"/>
        <source>{0} har ingen ledig {1} lige nu. Borgeren er sat på venteliste.</source>
        <translation>{0} has no free {1} right now. The citizen has been put on the waitlist.</translation>
    </message>
</context>
<context>
    <name>OtherRow</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="79"/>
        <source>Anden indsats {0}</source>
        <translation>Other service {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="81"/>
        <source>Hvilken indsats, fx misbrugsbehandling</source>
        <translation>Which service, e.g. addiction treatment</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="86"/>
        <source>Leverandør</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="87"/>
        <source>{0}: leverandør</source>
        <translation>{0}: provider</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="88"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="89"/>
        <source>Fjern {0}</source>
        <translation>Remove {0}</translation>
    </message>
</context>
<context>
    <name>OtherServicesPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="111"/>
        <source>Indsatsen kan ikke kombineres</source>
        <translation>The service cannot be combined</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="117"/>
        <source>Sæt flueben ved de indsatser, borgeren har eller har søgt.</source>
        <translation>Tick the services the citizen has or has applied for.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="118"/>
        <source>Indsatser, som kvalitetsstandarden nævner</source>
        <translation>Services the quality standard mentions</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="134"/>
        <source>Andre indsatser</source>
        <translation>Other services</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="139"/>
        <source>&amp;Tilføj anden indsats</source>
        <translation>&amp;Add another service</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="157"/>
        <source>Leverandør</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="158"/>
        <source>{0}: leverandør</source>
        <translation>{0}: provider</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="160"/>
        <source>Omfang, fx to besøg om ugen</source>
        <translation>Extent, e.g. two visits a week</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="161"/>
        <source>{0}: omfang</source>
        <translation>{0}: extent</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="182"/>
        <source>Koordinering med de andre leverandører</source>
        <translation>Coordination with the other providers</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="196"/>
        <source>Fx bostøtten i Sydthy og tilbuddet</source>
        <translation>E.g. housing support in Sydthy and the offer</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="199"/>
        <source>&amp;Leverandører, der samarbejder:</source>
        <translation>&amp;Providers working together:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="204"/>
        <source>Hvem gør hvad, hvor ofte I mødes, hvad borgeren har sagt ja til</source>
        <translation>Who does what, how often you meet, what the citizen has agreed to</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="207"/>
        <source>&amp;Hvad er aftalt:</source>
        <translation>&amp;What has been agreed:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="321"/>
        <source>Skal udfyldes, fordi borgeren har {0}.</source>
        <translation>Must be filled in because the citizen has {0}.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="325"/>
        <source>Udfyldes, når borgeren har en indsats, der skal koordineres med.</source>
        <translation>Filled in when the citizen has a service that needs coordinating with.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="334"/>
        <source>Se den røde boks øverst på siden.</source>
        <translation>See the red box at the top of the page.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="348"/>
        <source>Kan ikke kombineres med tilbuddet – se den røde boks øverst.</source>
        <translation>Cannot be combined with the offer – see the red box at the top.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="35"/>
        <source>Hvad er beslutningen?</source>
        <translation>What has been decided?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="44"/>
        <source>Indsatsen &amp;fortsætter uændret</source>
        <translation>The service continues &amp;unchanged</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="45"/>
        <source>Indsatsen tilpa&amp;sses (mål, plads eller tilbud)</source>
        <translation>The service is ad&amp;justed (goals, place or offer)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="46"/>
        <source>Indsatsen &amp;afsluttes (og borgeren henvises eventuelt videre)</source>
        <translation>The service &amp;ends (and the citizen may be referred on)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="54"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="58"/>
        <source>Tilpasning</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="62"/>
        <source>&amp;Plads:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="64"/>
        <source>Til&amp;bud:</source>
        <translation>&amp;Offer:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="66"/>
        <source>Ny &amp;startdato:</source>
        <translation>New &amp;start date:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="70"/>
        <source>Hvorfor svarer indsatsen ikke længere til behovet – fagligt eller i omfang?</source>
        <translation>Why does the service no longer match the need – in content or extent?</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="72"/>
        <source>&amp;Hvorfor tilpasses:</source>
        <translation>&amp;Why adjusted:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="74"/>
        <source>Mål rettes, tilføjes eller afsluttes på næste side.</source>
        <translation>Goals are edited, added or ended on the next page.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="83"/>
        <source>Afslutning</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="87"/>
        <source>&amp;Hvorfor afsluttes:</source>
        <translation>Wh&amp;y ended:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="90"/>
        <source>Fx beskyttet beskæftigelse (§ 103), eller »Ingen henvisning«</source>
        <translation>E.g. sheltered employment (§ 103), or “No referral”</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="91"/>
        <source>Henv&amp;ises til:</source>
        <translation>Referra&amp;l to:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="94"/>
        <source>Næste opfølgning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="99"/>
        <source>Aftalt &amp;dato:</source>
        <translation>Agreed &amp;date:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="123"/>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="131"/>
        <source> (nu)</source>
        <translation> (now)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="175"/>
        <source>Der er ingen startdato, så næste opfølgning kan ikke beregnes.</source>
        <translation>There is no start date, so the next follow-up cannot be worked out.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/outcome.py" line="179"/>
        <source>Efter kvalitetsstandarden: senest {0}. Lad feltet stå tomt for at bruge den dato, eller skriv en tidligere dato, hvis I har aftalt at mødes før.</source>
        <translation>According to the quality standard: by {0} at the latest. Leave the field empty to use that date, or enter an earlier date if you have agreed to meet sooner.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="219"/>
        <source>&amp;Opfølgning …</source>
        <translation>Follo&amp;w-up …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="220"/>
        <source>Opfølgningsmøde for den valgte sag</source>
        <translation>Follow-up meeting for the chosen case</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="221"/>
        <source>&amp;Versioner …</source>
        <translation>&amp;Versions …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="222"/>
        <source>Handleplanens versioner for den valgte sag</source>
        <translation>The action plan’s versions for the chosen case</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="223"/>
        <source>Besked om forsin&amp;kelse …</source>
        <translation>Notice of de&amp;lay …</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="224"/>
        <source>Besked om forsinket afgørelse for den valgte sag</source>
        <translation>Notice of a delayed decision for the chosen case</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="229"/>
        <source>Om den valgte sag</source>
        <translation>About the chosen case</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="263"/>
        <source>Besked om forsinkelse: {0}</source>
        <translation>Notice of delay: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="287"/>
        <source>Beskeden om forsinkelse er gemt i sagen.</source>
        <translation>The notice of delay has been saved in the case.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="40"/>
        <source>Næste opfølgning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="40"/>
        <source>Tilbud og plads</source>
        <translation>Offer and place</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="40"/>
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="87"/>
        <source>{0} (forfalden)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="88"/>
        <source>{0} (snart)</source>
        <translation>{0} (soon)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="91"/>
        <source>{0} – venteliste</source>
        <translation>{0} – waitlist</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="101"/>
        <source>Fristen er overskredet ({0}). Borgeren har fået besked om forsinkelsen.</source>
        <translation>The deadline has passed ({0}). The citizen has been told about the delay.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="103"/>
        <source>Fristen er overskredet ({0}). Giv borgeren skriftlig besked om forsinkelsen.</source>
        <translation>The deadline has passed ({0}). Tell the citizen about the delay in writing.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="107"/>
        <source>Fristen nærmer sig ({0}). Besked om forsinkelse er givet.</source>
        <translation>The deadline is near ({0}). The citizen has been told about the delay.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="109"/>
        <source>Fristen nærmer sig ({0}).</source>
        <translation>The deadline is near ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="114"/>
        <source>Første opfølgning var {0} og er ikke holdt.</source>
        <translation>The first follow-up was due {0} and has not been held.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="115"/>
        <source>Opfølgning var {0} og er ikke holdt.</source>
        <translation>A follow-up was due {0} and has not been held.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="118"/>
        <source>Første opfølgning senest {0}.</source>
        <translation>First follow-up by {0} at the latest.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="118"/>
        <source>Opfølgning senest {0}.</source>
        <translation>Follow-up by {0} at the latest.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="123"/>
        <source>Venteliste. Foreløbig løsning: {0}</source>
        <translation>Waitlist. Interim solution: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="125"/>
        <source>Venteliste uden foreløbig løsning.</source>
        <translation>Waitlist without an interim solution.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="130"/>
        <source>fristen er i dag</source>
        <translation>the deadline is today</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="132"/>
        <source>1 dag tilbage</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="134"/>
        <source>1 dag over fristen</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="136"/>
        <source>{0} dage tilbage</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/overview.py" line="137"/>
        <source>{0} dage over fristen</source>
        <translation>{0} days overdue</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/purpose.py" line="54"/>
        <source>Formål med tilbuddet (kvalitetsstandarden)</source>
        <translation>Purpose of the offer (quality standard)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/purpose.py" line="70"/>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/purpose.py" line="71"/>
        <source>&amp;Vælg formål:</source>
        <translation>&amp;Choose purposes:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/purpose.py" line="73"/>
        <source>Borgerens ønsker</source>
        <translation>The citizen’s wishes</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/purpose.py" line="77"/>
        <source>Skriv med borgerens egne ord, hvad borgeren gerne vil have ud af tilbuddet.</source>
        <translation>Write in the citizen’s own words what the citizen would like to get out of the offer.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/purpose.py" line="80"/>
        <source>Borgerens ønsker med &amp;egne ord:</source>
        <translation>The citizen’s wishes in their o&amp;wn words:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="67"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="71"/>
        <source> min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="73"/>
        <source>Lås efter minutters inaktivitet</source>
        <translation>Lock after minutes of inactivity</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="74"/>
        <source>Vis hele CPR-nummeret på udskrifter</source>
        <translation>Show the full CPR number on printouts</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="80"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="81"/>
        <source>&amp;Lås efter:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="83"/>
        <source>&amp;Sprog (ved næste start):</source>
        <translation>L&amp;anguage (at next start):</translation>
    </message>
</context>
<context>
    <name>SmartPanel</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/smart_panel.py" line="27"/>
        <source>SMART-tjek af målet</source>
        <translation>SMART check of the goal</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/smart_panel.py" line="55"/>
        <source>Ret</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/smart_panel.py" line="58"/>
        <source>i orden</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/smart_panel.py" line="58"/>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/smart_panel.py" line="91"/>
        <source>{0}: 1 punkt mangler – se SMART-tjekket.</source>
        <translation>{0}: 1 point missing – see the SMART check.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/smart_panel.py" line="93"/>
        <source>{0}: {1} punkter mangler – se SMART-tjekket.</source>
        <translation>{0}: {1} points missing – see the SMART check.</translation>
    </message>
</context>
<context>
    <name>StatusChoice</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="50"/>
        <source>Har</source>
        <translation>Has</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="51"/>
        <source>Har søgt</source>
        <translation>Has applied</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="52"/>
        <source>{0}: har indsatsen</source>
        <translation>{0}: has the service</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/other_services.py" line="53"/>
        <source>{0}: har søgt indsatsen</source>
        <translation>{0}: has applied for the service</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="40"/>
        <source>Opsummering af opfølgningen</source>
        <translation>Summary of the follow-up</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="73"/>
        <source>Opfølgningsmøde {0}</source>
        <translation>Follow-up meeting {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="73"/>
        <source>(uden dato)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="76"/>
        <source>Deltagere: {0}</source>
        <translation>Participants: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="77"/>
        <source>Målopfyldelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="81"/>
        <source>ikke scoret</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="91"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="95"/>
        <source>Ikke valgt endnu.</source>
        <translation>Not chosen yet.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="97"/>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="99"/>
        <source>Hvorfor: {0}</source>
        <translation>Why: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="100"/>
        <source>Henvises til: {0}</source>
        <translation>Referred to: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="105"/>
        <source>Næste opfølgning: senest {0}.</source>
        <translation>Next follow-up: by {0} at the latest.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="117"/>
        <source>Funktionsevne (ved visitationen → nu)</source>
        <translation>Ability (at the visitation → now)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="121"/>
        <source>Handleplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="123"/>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="127"/>
        <source>Handleplanen ændres ikke.</source>
        <translation>The action plan does not change.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="131"/>
        <source>Den ændrede handleplan gemmes som version {0}. Den tidligere version bevares.</source>
        <translation>The changed action plan is saved as version {0}. The earlier version is kept.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="141"/>
        <source>Før opfølgningen kan registreres:</source>
        <translation>Before the follow-up can be recorded:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/pages/summary.py" line="151"/>
        <source>Opfølgningen kan registreres.</source>
        <translation>The follow-up can be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/summary.py" line="20"/>
        <source>Læs sagen igennem sammen med borgeren. Ret på de tidligere sider, hvis noget er forkert; opsummeringen følger med.</source>
        <translation>Read through the case together with the citizen. Correct anything that is wrong on the earlier pages; the summary follows.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/summary.py" line="26"/>
        <source>Opsummering af sagen</source>
        <translation>Summary of the case</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/summary.py" line="40"/>
        <source>Ingen åbne fund i sagen.</source>
        <translation>No open findings in the case.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/summary.py" line="42"/>
        <source>{0} åbne fund på de tidligere sider – de står nederst i opsummeringen.</source>
        <translation>{0} open findings on the earlier pages – they are listed at the bottom of the summary.</translation>
    </message>
</context>
<context>
    <name>TargetGroupPage</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="53"/>
        <source>Borgeren er ikke i målgruppen</source>
        <translation>The citizen is not in the target group</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="57"/>
        <source>&lt;b&gt;Kriterier i kvalitetsstandarden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Criteria in the quality standard&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="71"/>
        <source>Bemærk fra kvalitetsstandarden: {0}</source>
        <translation>Note from the quality standard: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="73"/>
        <source>Målgruppe efter FFB</source>
        <translation>Target group according to FFB</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="77"/>
        <source>Vælg borgerens funktionsnedsættelse(r) og eventuelle sociale problemer (FFB&apos;s målgrupper).</source>
        <translation>Choose the citizen’s disability or disabilities and any social problems (FFB’s target groups).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="103"/>
        <source>Valgte målgrupper</source>
        <translation>Chosen target groups</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="109"/>
        <source>FFB-målgrupper</source>
        <translation>FFB target groups</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="111"/>
        <source>Borgerens &amp;målgruppe:</source>
        <translation>The citizen’s tar&amp;get group:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="117"/>
        <source>Konkret individuel vurdering</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="121"/>
        <source>Programmet afgør aldrig selv, om borgeren er i målgruppen. Det er din faglige vurdering ud fra borgerens samlede situation, ressourcer og behov, og den skal skrives her.</source>
        <translation>The program never decides by itself whether the citizen is in the target group. That is your professional assessment based on the citizen’s whole situation, resources and needs, and it must be written here.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="128"/>
        <source>Skriv, hvorfor borgeren er eller ikke er i målgruppen, og hvad du har lagt vægt på.</source>
        <translation>Write why the citizen is or is not in the target group, and what you have given weight to.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="131"/>
        <source>&amp;Vurdering:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="160"/>
        <source>Borgerens alder</source>
        <translation>The citizen’s age</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="163"/>
        <source>Vurderes ud fra CPR-nummeret.</source>
        <translation>Assessed from the CPR number.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="172"/>
        <source>&amp;Opfyldt</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="173"/>
        <source>&amp;Ikke opfyldt</source>
        <translation>N&amp;ot met</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="174"/>
        <source>Ikke vurderet &amp;endnu</source>
        <translation>Not assessed &amp;yet</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="183"/>
        <source>Din faglige vurdering:</source>
        <translation>Your professional assessment:</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="212"/>
        <source>Alderen kan ikke beregnes: CPR-nummeret mangler eller er forkert.</source>
        <translation>The age cannot be worked out: the CPR number is missing or wrong.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="217"/>
        <source>Borgeren er {0} år (født {1}).</source>
        <translation>The citizen is {0} years old (born {1}).</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="247"/>
        <source>(ukendt kode)</source>
        <translation>(unknown code)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="249"/>
        <source>Valgt: {0}</source>
        <translation>Chosen: {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="251"/>
        <source>Ingen målgruppe valgt endnu.</source>
        <translation>No target group chosen yet.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="259"/>
        <source>{0} ({1} valgt)</source>
        <translation>{0} ({1} chosen)</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/wizard/pages/target_group.py" line="266"/>
        <source>Tryk »Næste« for at gå direkte til Afgørelse.</source>
        <translation>Press “Next” to go straight to Decision.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="33"/>
        <source>Handleplanens versioner</source>
        <translation>Versions of the action plan</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="38"/>
        <source>Hver version af handleplanen gemmes og overskrives aldrig. Den nyeste version er den, der udskrives med dokumenterne.</source>
        <translation>Every version of the action plan is saved and never overwritten. The newest version is the one printed with the documents.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="47"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="47"/>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="47"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="47"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="49"/>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="67"/>
        <source>Fra version</source>
        <translation>From version</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="67"/>
        <source>Til version</source>
        <translation>To version</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="70"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="71"/>
        <source>Sammenlign &amp;version</source>
        <translation>Compare &amp;version</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="73"/>
        <source>&amp;med</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="81"/>
        <source>Ændringer mellem de to versioner</source>
        <translation>Changes between the two versions</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="88"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="102"/>
        <source>Der er ingen versioner endnu. Version 1 gemmes, når der gives bevilling.</source>
        <translation>There are no versions yet. Version 1 is saved when the service is granted.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="105"/>
        <source>Der er kun én version, så der er intet at sammenligne.</source>
        <translation>There is only one version, so there is nothing to compare.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="109"/>
        <source>Vælg to forskellige versioner.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="115"/>
        <source>Ingen ændringer i handleplanen.</source>
        <translation>No changes in the action plan.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="117"/>
        <source>1 ændring.</source>
        <translation>1 change.</translation>
    </message>
    <message>
        <location filename="../../src/visitation_desktop/gui/followup/versions_dialog.py" line="119"/>
        <source>{0} ændringer.</source>
        <translation>{0} changes.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../src/visitation_desktop/gui/dialogs.py" line="35"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
</context>
</TS>
