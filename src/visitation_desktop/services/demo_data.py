"""Fictional demo citizens for trying the program and for the example documents.

Every person, address and story here is invented; CPR numbers come from
``cpr.make_fictional_cpr`` (right form, no real person). Ids of purposes, activities,
offers and other services are those of the standard passed in, checked on the way out;
FFB codes are looked up by name in the catalogue. Dates are relative to ``today`` so
the decision deadlines stay near or overdue whenever the demo is filled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from visitation_desktop.domain.case import (
    Activities,
    Application,
    Assessment,
    CaseFile,
    CaseStatus,
    Channel,
    Citizen,
    Consent,
    Coordination,
    Decision,
    Goal,
    OtherService,
    Outcome,
    Placement,
    Purposes,
    TargetGroup,
    ThemeAssessment,
    WizardPage,
)
from visitation_desktop.domain.cpr import make_fictional_cpr
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.standard import Standard

CASEWORKER = "MLH"

FULL, HALF = "full", "half"
_COORDINATE_NONE = ("", "")


@dataclass(frozen=True)
class ThemeText:
    levels: tuple[tuple[str, int | None], ...]  # subtheme name -> level
    resources: str = ""
    challenges: str = ""
    own_words: str = ""


@dataclass(frozen=True)
class GoalText:
    text: str
    subtheme: str
    goal_type: str  # first word of the FFB goal type: "udvikle", "fastholde", "begrænse"
    now: int
    target: int
    measure: str
    evaluation: str
    realistic: str
    acceptance: str  # how the citizen accepted; "" = not yet
    due_days: int  # after the start
    attainment: tuple[str, ...] = ()  # five descriptions for -2..+2


@dataclass(frozen=True)
class CaseText:
    name: str
    address: str
    postcode: str
    town: str
    phone: str
    email: str
    status: CaseStatus
    page: WizardPage
    received_days_ago: int
    channel: Channel
    birth: dt.date | None = None
    birth_offset_days: int = 0  # with no birth date: days after the 18th birthday's date this year
    relative: tuple[str, str, str] | None = None  # name, relation, contact
    consent_information: str = ""
    consent_sources: str = ""
    criteria: tuple[tuple[str, bool | None], ...] = ()
    target_groups: tuple[str, ...] = ()
    individual_assessment: str = ""
    themes: tuple[ThemeText, ...] = ()
    descriptions: tuple[tuple[str, str], ...] = ()
    support_level: int | None = None
    purposes: tuple[str, ...] = ()
    wishes: str = ""
    goals: tuple[GoalText, ...] = ()
    activities: tuple[str, ...] = ()
    courses: tuple[str, ...] = ()
    activities_note: str = ""
    other: tuple[tuple[str, str, str, str], ...] = ()  # kind, description, provider, status
    coordination: tuple[str, str] = _COORDINATE_NONE
    offer: str = ""
    place: str = ""
    waitlist: bool = False
    interim: str = ""
    transport_needed: bool | None = None
    transport_note: str = ""
    start_in_days: int | None = None
    decision: tuple[str, str, str, str] | None = None  # outcome, rules applied, facts, considerations
    decided_days_ago: int = 0
    overrun_reason: str = ""
    delay_notice: str = ""
    expected_in_days: int | None = None  # the delay notice: the decision expected this many days from today


_RULES_104 = (
    "Servicelovens § 104 og Thisted Kommunes kvalitetsstandard for aktivitets- og samværstilbud. "
    "For at få tilbuddet skal du være fyldt 18 år og have betydelig og varig nedsat fysisk eller psykisk "
    "funktionsevne eller særlige sociale problemer. Der skal altid foretages en konkret individuel vurdering."
)

MAIN_EXAMPLE = "Mette Sønderby Thomsen"

CASE_TEXTS: tuple[CaseText, ...] = (
    CaseText(
        name=MAIN_EXAMPLE, address="Skovbrynet 14", postcode="7760", town="Hurup", phone="21 43 65 87",
        email="mette.s.thomsen@example.dk", status=CaseStatus.GRANTED, page=WizardPage.SUMMARY,
        received_days_ago=75, channel=Channel.EMAIL, birth=dt.date(1989, 4, 12),
        consent_information="Udtalelse om følger efter hjerneskaden og oplysninger om den nuværende støtte.",
        consent_sources="Neurologisk ambulatorium, Regionshospitalet, og bostøtten i Sydthy.",
        criteria=(("funktionsevne", True),), target_groups=("Erhvervet hjerneskade",),
        individual_assessment=(
            "Mette fik en hjerneskade ved et trafikuheld i 2019. Hun er hurtigt træt, glemmer aftaler og har "
            "svært ved at planlægge flere ting i træk. Hun bor alene og har socialpædagogisk støtte to gange "
            "om ugen. Hun savner faste rammer og andre mennesker i dagtimerne. Funktionsnedsættelsen er "
            "betydelig og varig, og Mette er i målgruppen."
        ),
        themes=(
            ThemeText((("Lave mad", 2), ("Købe ind", 2)),
                      "Mette kan lide at lave mad og kender mange opskrifter fra før ulykken.",
                      "Hun mister overblikket, når en ret har mange trin, og glemmer varer, når hun handler.",
                      "Jeg vil gerne kunne lave rigtig mad igen og ikke bare leve af rugbrød."),
            ThemeText((("Deltage i sociale fællesskaber og fritidsaktiviteter", 3), ("Indgå i samspil og kontakt", 2)),
                      "Hun er venlig og humoristisk og bliver glad af at være sammen med andre.",
                      "Hun trækker sig, når der er larm og mange mennesker, og har mistet kontakten til "
                      "sine tidligere kolleger.",
                      "Jeg sidder for meget alene. Jeg vil gerne høre til et sted."),
            ThemeText((("Færdes med transportmidler", 3), ("Gå og bevæge sig", 1)),
                      "Mette går gerne ture og kan gå et par kilometer i roligt tempo.",
                      "Hun må ikke køre bil efter skaden og bliver usikker i bussen, når der skal skiftes.",
                      "Det er svært at komme nogen steder hen, når man bor i Hurup uden bil."),
            ThemeText((("Dyrke interesse", 1),),
                      "Hun maler akvarel og har gjort det i mange år.",
                      "Hun maler mindre end før, fordi hun er træt om eftermiddagen.",
                      "Når jeg maler, falder jeg til ro, og så glemmer jeg for en stund, at hovedet er træt."),
        ),
        descriptions=(("Hukommelse", "Glemmer aftaler, som ikke står i kalenderen på telefonen."),
                      ("Døgnrytme", "Sover til middag de fleste dage; har brug for en fast morgen.")),
        support_level=2,
        purposes=("livskvalitet", "egne-ressourcer", "selvhjaelp"),
        wishes="Jeg vil have en hverdag, hvor jeg skal noget om morgenen, og hvor jeg møder de samme mennesker.",
        goals=(
            GoalText("Jeg vil lave et varmt måltid i køkkenet i Aktivitetshuset én gang om ugen, med min "
                     "huskeseddel og højst én påmindelse.", "Lave mad", "udvikle", 2, 1,
                     "Personalet skriver i Mettes kalender hver uge, om retten blev lavet med højst én påmindelse.",
                     "Gennemgås med Mette på opfølgningsmødet ud fra kalenderen.",
                     "Mette kan de enkelte trin; det er overblikket, huskesedlen støtter.",
                     "Mette sagde ja til målet på mødet i sit hjem og læste det selv op.", 180,
                     ("Laver ikke mad i huset.", "Laver mad med flere påmindelser.",
                      "Laver mad hver uge med højst én påmindelse.", "Laver mad uden påmindelser.",
                      "Laver mad uden påmindelser og hjælper en anden bruger.")),
            GoalText("Jeg vil gå med i gågruppen tirsdag og torsdag og blive hele turen, også når vi "
                     "snakker undervejs.", "Deltage i sociale fællesskaber og fritidsaktiviteter", "udvikle", 3, 2,
                     "Antal ture om måneden, hvor Mette gik med hele vejen (registreres af gågruppens leder).",
                     "Mette og kontaktpersonen ser på listen over ture sammen.",
                     "Mette kan gå turen fysisk; gruppen er lille, og hun kender to af deltagerne.",
                     "Mundtligt accepteret på mødet.", 180,
                     ("Går ikke med.", "Går med 1–3 gange om måneden.", "Går med 4–6 gange om måneden.",
                      "Går med 7–8 gange om måneden.", "Går med hver gang og har fået en gåmakker.")),
            GoalText("Jeg vil selv kunne tage bussen fra Hurup til Thisted og hjem igen én gang om måneden.",
                     "Færdes med transportmidler", "udvikle", 3, 2,
                     "Antal ture på egen hånd; de første ture øves med en medarbejder.",
                     "Evalueres på opfølgningsmødet; bostøtten giver også sin vurdering.",
                     "Det er en direkte rute uden skift, og Mette har rejsekort.",
                     "Mette accepterede målet, men ville have det øvet først. Det er skrevet ind.", 270,
                     ("Tager ikke bussen.", "Tager bussen med ledsager.", "Tager bussen alene én gang om måneden.",
                      "Tager bussen alene to gange om måneden.", "Tager også bussen til andre byer alene.")),
            GoalText("Jeg vil blive ved med at male én eftermiddag om ugen i værkstedet, fordi det giver mig ro.",
                     "Dyrke interesse", "fastholde", 1, 1,
                     "Antal eftermiddage med maling om måneden (Mettes egen tegning i kalenderen).",
                     "Mette viser sine billeder og kalenderen på opfølgningsmødet.",
                     "Maling er noget Mette selv vælger, og værkstedet er åbent hver onsdag.",
                     "Mettes eget forslag; accepteret på mødet.", 180),
        ),
        activities=("social", "fysisk", "kreativ", "kompetenceudvikling"), courses=("laer-at-leve-med",),
        activities_note="Mette starter kl. 9.30, fordi morgenerne er svære. Hvilerum er aftalt efter frokost.",
        other=(("sel85", "To besøg om ugen: struktur, post og indkøb.", "Bostøtten i Sydthy, Thisted Kommune",
                "has"),),
        coordination=("Aktivitetshuset Limfjorden og Bostøtten i Sydthy",
                      "Kontaktpersonen i Aktivitetshuset og bostøtten mødes hver tredje måned. Bostøtten laver "
                      "indkøbsliste med Mette om mandagen, så hun har varerne til madlavningen om tirsdagen. "
                      "Mette har sagt ja til, at de må tale sammen om hendes mål."),
        offer="aktivitetshuset-limfjorden", place=FULL, transport_needed=False,
        transport_note="Mette går eller cykler; der er ca. 1 km fra hjemmet til Poppelvej.", start_in_days=-14,
        decision=(Outcome.GRANT.value, _RULES_104,
                  "Vi har lagt vægt på din ansøgning, samtalen i dit hjem, udtalelsen fra Neurologisk "
                  "ambulatorium (indhentet med dit samtykke) og oplysninger fra bostøtten. Du har en erhvervet "
                  "hjerneskade med varige følger for hukommelse, planlægning og overskud, og du har ikke andre "
                  "dagtilbud.",
                  "Vi vurderer, at du har brug for struktur og samvær med andre i dagtimerne for at bevare og "
                  "udvikle dine færdigheder. Aktivitetshuset Limfjorden ligger tæt på dit hjem og har erfaring "
                  "med borgere med hjerneskade. En hel plads passer til dit behov for en fast rytme alle "
                  "hverdage."),
        decided_days_ago=40,
    ),
    CaseText(
        name="Anders Hvidberg Kjær", address="Munkevej 22, 1. th.", postcode="7700", town="Thisted",
        phone="40 12 77 31", email="", status=CaseStatus.GRANTED, page=WizardPage.SUMMARY, received_days_ago=120,
        channel=Channel.PHONE, birth=dt.date(1972, 9, 3),
        consent_information="Oplysninger om diagnose og behandling.", consent_sources="Distriktspsykiatrien i Thisted.",
        criteria=(("funktionsevne", True),), target_groups=("Psykiske vanskeligheder", "Forandret virkelighedsopfattelse"),
        individual_assessment=(
            "Anders har haft skizofreni i mange år og er stabil i behandling. Han har brug for en rolig dag med "
            "faste opgaver. Han bliver hurtigt udmattet og kan ikke overskue hele dage."
        ),
        themes=(
            ThemeText((("Indgå i samspil og kontakt", 2), ("Varetage relationer til netværk", 3)),
                      "Anders er hjælpsom og god til at arbejde med hænderne.",
                      "Han er mistroisk over for nye mennesker og har kun kontakt til sin bror.",
                      "Jeg vil gerne have nogen at drikke kaffe med, bare ikke for mange."),
            ThemeText((("Varetage økonomi", 2), ("Håndtere post", 2)),
                      "Han betaler husleje via betalingsservice.",
                      "Digital post bliver liggende ulæst i ugevis.",
                      "Brevene stresser mig, så jeg lader være med at åbne dem."),
        ),
        support_level=2,
        purposes=("livskvalitet", "identitet"),
        wishes="Jeg vil have noget at stå op til om formiddagen og gå hjem, før jeg bliver for træt.",
        goals=(
            GoalText("Jeg vil komme på værkstedet fire formiddage om ugen og drikke kaffe med de andre i pausen.",
                     "Indgå i samspil og kontakt", "udvikle", 2, 1,
                     "Fremmøde og deltagelse i kaffepausen, noteret ugentligt af kontaktpersonen.",
                     "Gennemgås på opfølgningsmødet med Anders og kontaktpersonen.",
                     "Anders kommer allerede tre dage om ugen og kender to kolleger i træværkstedet.",
                     "Accepteret mundtligt; Anders bad om at få det skrevet kort.", 180,
                     ("Kommer under to dage om ugen.", "Kommer to–tre dage, springer pausen over.",
                      "Kommer fire dage og er med i pausen.", "Kommer fire dage og tager selv en snak.",
                      "Inviterer selv en kollega på kaffe uden for værkstedet.")),
            GoalText("Jeg vil åbne min digitale post hver fredag sammen med en medarbejder og sige, hvad der "
                     "skal gøres.", "Håndtere post", "udvikle", 2, 1,
                     "Antal fredage, hvor posten blev åbnet (afkrydsningsliste).",
                     "Evalueres på opfølgningsmødet.", "Anders kan læse brevene; han har brug for følgeskab.",
                     "Accepteret på mødet.", 180),
        ),
        activities=("social", "kompetenceudvikling"),
        offer="thyvaerkstedet", place=HALF, transport_needed=True,
        transport_note="Befordring efter servicelovens § 105: afhentning kl. 8.15, hjemkørsel kl. 12.30.",
        start_in_days=-60,
        decision=(Outcome.GRANT.value, _RULES_104,
                  "Oplysninger fra dig, din bror og Distriktspsykiatrien. Du har en varig psykisk "
                  "funktionsnedsættelse og bliver hurtigt udmattet.",
                  "En halv plads om formiddagen passer til dit overskud. Thyværkstedet har rolige "
                  "værksteder med faste opgaver."),
        decided_days_ago=85,
    ),
    CaseText(
        name="Hanne Lykke Dalsgaard", address="Solsikkevej 3, værelse 12", postcode="7700", town="Thisted",
        phone="29 88 14 05", email="", status=CaseStatus.GRANTED, page=WizardPage.SUMMARY, received_days_ago=70,
        channel=Channel.EMAIL, birth=dt.date(1995, 1, 27),
        relative=("Jens Dalsgaard", "far", "jens.dalsgaard@example.dk"),
        consent_information="Beskrivelse af Hannes hverdag og støttebehov.",
        consent_sources="Personalet i det længerevarende botilbud.",
        criteria=(("funktionsevne", True),), target_groups=("Autismespektrum", "Udviklingshæmning"),
        individual_assessment=(
            "Hanne har autisme og udviklingshæmning og bor i længerevarende botilbud. Hun trives med faste "
            "rutiner, billeder og få voksne omkring sig. Hun har ikke haft dagtilbud, siden hun flyttede til "
            "Thisted."
        ),
        themes=(
            ThemeText((("Forstå meddelelser", 3), ("Fremstille meddelelser", 3)),
                      "Hanne forstår billeder og korte sætninger og bruger sin tavle med piktogrammer.",
                      "Lange beskeder og ændringer i planen gør hende urolig.",
                      "(Hanne pegede på billedet af heste og af musik.)"),
            ThemeText((("Deltage i sociale fællesskaber og fritidsaktiviteter", 3),),
                      "Hun elsker musik og dyr.", "Hun har svært ved at være i store grupper.",
                      "Heste. Musik. Ikke larm."),
        ),
        support_level=3,
        purposes=("livskvalitet", "funktioner"),
        wishes="Hanne vil gerne være, hvor der er dyr og musik (fortalt med piktogrammer og af hendes far).",
        goals=(
            GoalText("Jeg vil være med til at fodre dyrene hver morgen og vise med min tavle, hvilket dyr jeg "
                     "har fodret.", "Fremstille meddelelser", "udvikle", 3, 2,
                     "Antal morgener, hvor Hanne viser dyret på tavlen (registreres af personalet).",
                     "Personalet og botilbuddet ser på registreringen med Hanne og hendes far.",
                     "Hanne bruger allerede tavlen hjemme; dyr motiverer hende.",
                     "Hanne nikkede og pegede på billedet af målet; hendes far var med.", 180,
                     ("Vil ikke være med.", "Er med, men viser ikke på tavlen.", "Viser dyret de fleste morgener.",
                      "Viser dyret og et ord mere.", "Fortæller selv en anden bruger om dyret.")),
            GoalText("Jeg vil synge med i musikgruppen om fredagen og blive i rummet hele sangen.",
                     "Deltage i sociale fællesskaber og fritidsaktiviteter", "udvikle", 3, 2,
                     "Antal fredage, hvor Hanne blev hele sangen.", "Evalueres på opfølgningsmødet.",
                     "Gruppen er på fire personer, og hun må have høreværn på.", "Accepteret med piktogrammer.", 180),
        ),
        activities=("sansestimulerende", "oplevelse", "social"),
        other=(("sel108", "Hanne bor i et længerevarende botilbud.", "Bostedet Solsikken", "has"),),
        coordination=("Enggården og Bostedet Solsikken",
                      "Botilbuddet følger Hanne de første to uger. Begge steder bruger de samme piktogrammer, "
                      "og dagens plan sendes med i hendes taske."),
        offer="enggaarden", place=FULL, waitlist=True,
        interim="Indtil der er plads i Enggården, kommer Hanne i Daghuset tirsdag og torsdag kl. 9–14 "
                "sammen med en kendt medarbejder fra botilbuddet.",
        transport_needed=True, transport_note="Botilbuddet kører Hanne, indtil kørsel er aftalt.",
        decision=(Outcome.GRANT.value, _RULES_104,
                  "Oplysninger fra botilbuddet, din far og samtalen med dig med piktogrammer.",
                  "Enggården har dyr, små grupper og rolige rammer, som passer til dig. Der er ikke ledig plads "
                  "lige nu, så vi har aftalt en foreløbig løsning."),
        decided_days_ago=20,
    ),
    CaseText(
        name="Kasper Møller Nørgaard", address="Vestergade 41", postcode="7700", town="Thisted",
        phone="31 56 20 94", email="kasper.m.norgaard@example.dk", status=CaseStatus.REFUSED,
        page=WizardPage.SUMMARY, received_days_ago=52, channel=Channel.IN_PERSON, birth=dt.date(1990, 11, 18),
        consent_information="Oplysninger om helbred og behandling.", consent_sources="Egen læge.",
        criteria=(("funktionsevne", False),), target_groups=("Depression",),
        individual_assessment=(
            "Kasper har en let til moderat depression efter en skilsmisse og er i behandling hos egen læge og "
            "psykolog. Han passer sit deltidsarbejde og klarer sin hverdag selv. Funktionsnedsættelsen vurderes "
            "ikke at være betydelig og varig."
        ),
        themes=(
            ThemeText((("Deltage i sociale fællesskaber og fritidsaktiviteter", 1), ("Varetage beskæftigelse", 0)),
                      "Kasper arbejder 25 timer om ugen og har en ven, han ser hver uge.",
                      "Han er ensom om aftenen og i weekenderne.",
                      "Jeg savner at være en del af noget, efter at jeg blev skilt."),
        ),
        support_level=1,
        decision=(Outcome.REFUSAL.value, _RULES_104,
                  "Du arbejder 25 timer om ugen, klarer din bolig og økonomi selv og er i behandling for "
                  "depression hos egen læge og psykolog. Din læge forventer bedring i løbet af det næste år.",
                  "Vi vurderer, at din funktionsevne ikke er betydeligt og varigt nedsat. Derfor er du ikke i "
                  "målgruppen for et aktivitets- og samværstilbud. Vi har lagt vægt på, at dit behov for "
                  "samvær kan dækkes af foreningslivet og de åbne fællesskaber i Thisted, fx Frivilligcentret."),
        decided_days_ago=10,
    ),
    CaseText(
        name="Sofie Brandt Kristensen", address="Bakkedraget 9", postcode="7755", town="Bedsted Thy",
        phone="", email="", status=CaseStatus.OPEN, page=WizardPage.TARGET_GROUP, received_days_ago=12,
        channel=Channel.EMAIL, birth_offset_days=120,
        relative=("Lone Brandt Kristensen", "mor", "22 47 90 13"),
        criteria=(("funktionsevne", True),), target_groups=("Multipel funktionsnedsættelse", "Mobilitetsnedsættelse"),
        individual_assessment=(
            "Sofie har cerebral parese og bruger kørestol. Hun går i 3. år på STU og slutter til sommer. Hendes "
            "mor søger i god tid, så der er et tilbud klar, når Sofie fylder 18 år."
        ),
    ),
    CaseText(
        name="Bent Overgaard Iversen", address="Nørregade 7", postcode="7700", town="Thisted", phone="97 92 14 58",
        email="", status=CaseStatus.OPEN, page=WizardPage.OTHER_SERVICES, received_days_ago=35,
        channel=Channel.PHONE, birth=dt.date(1961, 6, 2),
        consent_information="Oplysninger om arbejdstid og trivsel.", consent_sources="Værkstedslederen.",
        criteria=(("funktionsevne", True),), target_groups=("Udviklingshæmning",),
        individual_assessment=(
            "Bent har udviklingshæmning og har haft beskyttet beskæftigelse i 30 år. Han bliver træt og vil "
            "gerne have en roligere hverdag med andre på hans egen alder."
        ),
        themes=(
            ThemeText((("Varetage beskæftigelse", 2), ("Gå og bevæge sig", 2)),
                      "Bent er stolt af sit arbejde og er mødestabil.",
                      "Han har ondt i knæene og kan ikke stå ved pakkebordet hele dagen mere.",
                      "Jeg vil gerne stoppe med at pakke og have det lidt hyggeligere."),
        ),
        support_level=2,
        purposes=("livskvalitet", "funktioner"),
        wishes="Jeg vil være sammen med nogen på min egen alder og gå ture.",
        goals=(
            GoalText("Jeg vil gå en tur på 20 minutter med seniorgruppen to gange om ugen.", "Gå og bevæge sig",
                     "begrænse", 2, 2, "Antal ture om ugen (noteres af personalet).",
                     "Evalueres på opfølgningsmødet.", "Bent går i forvejen til bussen hver dag.",
                     "Accepteret på mødet.", 180),
            GoalText("Jeg vil være med til at lave frokost til gruppen hver fredag.", "Lave mad", "udvikle", 2, 1,
                     "Antal fredage, hvor Bent var med i køkkenet.", "Evalueres på opfølgningsmødet.",
                     "Bent kan skære grønt og dække bord.", "", 180),
        ),
        activities=("social", "fysisk"),
        other=(("sel103", "Pakkeopgaver 4 dage om ugen.", "Thy Produktion (beskyttet beskæftigelse)", "has"),),
    ),
    CaseText(
        name="Yasmin Haddad", address="Kirkevej 5, st. tv.", postcode="7700", town="Thisted", phone="52 30 61 77",
        email="yasmin.haddad@example.dk", status=CaseStatus.OPEN, page=WizardPage.CITIZEN, received_days_ago=2,
        channel=Channel.PHONE, birth=dt.date(1998, 3, 30),
    ),
    CaseText(
        name="Niels Ejner Bak", address="Strandvejen 112", postcode="7700", town="Thisted", phone="97 91 03 22",
        email="", status=CaseStatus.OPEN, page=WizardPage.DECISION, received_days_ago=60, channel=Channel.EMAIL,
        birth=dt.date(1979, 12, 8),
        consent_information="Lægelige oplysninger om angst og søvn.", consent_sources="Egen læge.",
        criteria=(("funktionsevne", True),), target_groups=("Angst", "Social isolation"),
        individual_assessment=(
            "Niels har svær angst og har ikke forladt sin lejlighed uden følge i to år. Han har brug for et "
            "lille, trygt fællesskab og hjælp til at komme ud."
        ),
        themes=(
            ThemeText((("Deltage i sociale fællesskaber og fritidsaktiviteter", 4), ("Færdes med transportmidler", 3)),
                      "Niels er god til computere og spil.", "Han får panikanfald i butikker og i bussen.",
                      "Jeg vil ud, men kroppen siger nej."),
        ),
        support_level=3,
        purposes=("identitet", "egne-ressourcer"), wishes="Jeg vil kunne være et sted uden at få angst.",
        goals=(
            GoalText("Jeg vil være i Skiftesporets spillerum i en time to gange om ugen.",
                     "Deltage i sociale fællesskaber og fritidsaktiviteter", "udvikle", 4, 3,
                     "Antal besøg og deres længde, skrevet i Niels' egen app.", "Evalueres på opfølgningsmødet.",
                     "Spillerummet er stille, og Niels kender en medarbejder fra tidligere.",
                     "Accepteret skriftligt på e-mail.", 180),
            GoalText("Jeg vil lære tre måder at dæmpe min angst på og bruge én af dem, når jeg er i spillerummet.",
                     "Indgå i samspil og kontakt", "udvikle", 3, 2,
                     "Niels noterer i sin app, hvilken teknik han brugte, og hvordan det gik.",
                     "Gennemgås med kontaktpersonen og på opfølgningsmødet.",
                     "Psykoedukationsforløbet lærer teknikkerne, og Niels er motiveret.",
                     "Accepteret skriftligt på e-mail.", 120),
        ),
        activities=("social", "kompetenceudvikling"), courses=("psykoedukation",),
        offer="skiftesporet", place=HALF, transport_needed=True,
        transport_note="Niels bliver hentet de første måneder.", start_in_days=21,
        decision=("", _RULES_104, "Oplysninger fra dig og samtalen i dit hjem.", ""),
        overrun_reason="Vi venter på lægelige oplysninger om din angst fra egen læge.",
        delay_notice="Brev sendt: afgørelsen kommer senest 3 uger efter, at vi har fået svar fra din læge.",
        expected_in_days=21,
    ),
    CaseText(
        name="Karen Marie Vestergaard", address="Præstegårdsvej 2", postcode="7741", town="Frøstrup",
        phone="23 19 84 66", email="", status=CaseStatus.OPEN, page=WizardPage.GOALS, received_days_ago=50,
        channel=Channel.IN_PERSON, birth=dt.date(1958, 8, 21),
        consent_information="Oplysninger om synet.", consent_sources="Øjenlæge og kommunens synskonsulent.",
        criteria=(("funktionsevne", True),), target_groups=("Synsnedsættelse",),
        individual_assessment=(
            "Karen har mistet det meste af synet i løbet af to år. Hun er blevet isoleret i Frøstrup og har brug "
            "for at lære at klare sig med synshandicappet og være sammen med andre."
        ),
        themes=(
            ThemeText((("Lave mad", 3), ("Gøre rent", 2)),
                      "Karen har været en dygtig kok og kender sit køkken.", "Hun kan ikke læse emballage og "
                      "er bange for at brænde sig.", "Jeg savner at lave mad til mine børnebørn."),
            ThemeText((("Deltage i sociale fællesskaber og fritidsaktiviteter", 3),),
                      "Hun er glad for at tale og fortælle.", "Hun tør ikke gå ud alene.",
                      "Jeg bliver ensom, når jeg ikke kan se."),
        ),
        support_level=2,
        purposes=("livskvalitet", "selvhjaelp"), wishes="Jeg vil lære at lave mad igen uden at være bange.",
        goals=(
            GoalText("Jeg vil lave kaffe og smøre mad selv i mit eget køkken med de nye mærker på knapperne.",
                     "Lave mad", "udvikle", 3, 2, "Karen fortæller, hvor mange dage om ugen hun klarede det selv.",
                     "Evalueres med synskonsulenten.", "Hun kender køkkenet og har fået følemærker.",
                     "Accepteret på mødet.", 150),
            GoalText("Jeg vil være med i en lydbogsklub med andre en gang om ugen.", "Deltage i sociale fællesskaber og fritidsaktiviteter",
                     "udvikle", 3, 2, "", "", "", "", 150),
        ),
    ),
    CaseText(
        name="Poul Erik Damgaard", address="Hedevej 19", postcode="7760", town="Hurup", phone="97 95 22 10",
        email="", status=CaseStatus.ENDED, page=WizardPage.SUMMARY, received_days_ago=800, channel=Channel.PHONE,
        birth=dt.date(1953, 2, 14),
        consent_information="Genoptræningsplan og epikrise.", consent_sources="Regionshospitalet, neurologisk afsnit.",
        criteria=(("funktionsevne", True),), target_groups=("Erhvervet hjerneskade",),
        individual_assessment="Poul Erik fik en blodprop i hjernen og havde brug for genoptræning af hverdagen.",
        themes=(ThemeText((("Samtale", 2),), "Poul Erik er social.", "Han finder ordene langsomt.",
                          "Jeg vil kunne snakke med folk igen."),),
        support_level=2, purposes=("funktioner",), wishes="Jeg vil snakke bedre.",
        goals=(
            GoalText("Jeg vil kunne bestille en kop kaffe i caféen selv.", "Samtale", "udvikle", 2, 1,
                     "Antal gange om ugen uden hjælp.", "Evalueret på opfølgningsmødet.",
                     "Taleundervisningen øver de samme sætninger.", "Accepteret på mødet.", 180),
            GoalText("Jeg vil ringe til min søster hver søndag.", "Samtale", "fastholde", 2, 2,
                     "Poul Eriks egen kalender.", "Evalueret på opfølgningsmødet.",
                     "Han ringer allerede til hende de fleste uger.", "Accepteret på mødet.", 180),
        ),
        activities=("social",), courses=("taleundervisning",),
        offer="aktivitetshuset-limfjorden", place=HALF, transport_needed=False, start_in_days=-740,
        decision=(Outcome.GRANT.value, _RULES_104, "Oplysninger fra genoptræningen og samtalen med dig.",
                  "Tilbuddet ligger tæt på dit hjem og har taleundervisning."),
        decided_days_ago=760,
    ),
)


def _days(today: dt.date, n: int) -> dt.date:
    return today + dt.timedelta(days=n)


def _years_before(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _subtheme(catalogue: Catalogue, name: str) -> str:
    for theme in catalogue.themes:
        for sub in theme.subthemes:
            if sub.name == name:
                return sub.code
    raise ValueError(f"FFB subtheme not in the catalogue: {name}")


def _goal_type(catalogue: Catalogue, first_word: str) -> str:
    found = next((g for g in catalogue.goal_types if g.name.lower().startswith(first_word)), None)
    if found is None:
        raise ValueError(f"FFB goal type not in the catalogue: {first_word}")
    return found.code


def _target_group(catalogue: Catalogue, name: str) -> str:
    found = next((g for g in catalogue.target_groups if g.name == name), None)
    if found is None:
        raise ValueError(f"FFB target group not in the catalogue: {name}")
    return found.code


def _assessment(catalogue: Catalogue, text: CaseText) -> Assessment:
    assessment = Assessment(support_level=text.support_level)
    for theme_text in text.themes:
        _add_theme(catalogue, assessment, theme_text)
    for name, described in text.descriptions:
        assessment.descriptions[_subtheme(catalogue, name)] = described
    return assessment


def _add_theme(catalogue: Catalogue, assessment: Assessment, t: ThemeText) -> None:
    codes = {_subtheme(catalogue, name): level for name, level in t.levels}
    theme = catalogue.theme_of(next(iter(codes)))
    if theme is None:
        raise ValueError(f"no theme for {t.levels}")
    assessment.themes[theme.code] = ThemeAssessment(
        levels=codes, resources=t.resources, challenges=t.challenges, own_words=t.own_words
    )


def _goal(catalogue: Catalogue, case_no: int, index: int, g: GoalText, start: dt.date) -> Goal:
    due = _days(start, g.due_days)
    return Goal(
        id=f"demo{case_no:02d}goal{index}",
        text=g.text,
        subtheme=_subtheme(catalogue, g.subtheme),
        goal_type=_goal_type(catalogue, g.goal_type),
        current_level=g.now,
        target_level=g.target,
        measure=g.measure,
        due=due,
        evaluation=g.evaluation,
        evaluation_date=due,
        accepted=bool(g.acceptance),
        acceptance_note=g.acceptance,
        realistic_reason=g.realistic,
        attainment_levels=dict(zip(range(-2, 3), g.attainment, strict=True)) if g.attainment else {},
    )


def _case(standard: Standard, catalogue: Catalogue, today: dt.date, no: int, t: CaseText) -> CaseFile:
    birth = t.birth if t.birth is not None else _days(_years_before(today, 18), t.birth_offset_days)
    received = _days(today, -t.received_days_ago)
    start = _days(today, t.start_in_days) if t.start_in_days is not None else None
    goal_start = start or _days(today, 14)
    case = CaseFile(
        status=t.status.value,
        standard_id=standard.id,
        caseworker=CASEWORKER,
        current_page=t.page.value,
        citizen=Citizen(
            cpr=make_fictional_cpr(birth, 3 + no), name=t.name, address=t.address, postcode=t.postcode,
            town=t.town, phone=t.phone, email=t.email,
        ),
        application=Application(
            received=received, channel=t.channel.value, by_relative=bool(t.relative),
            relative_name=t.relative[0] if t.relative else "", relative_relation=t.relative[1] if t.relative else "",
            relative_contact=t.relative[2] if t.relative else "",
        ),
        target_group=TargetGroup(
            criteria={cid: judged for cid, judged in t.criteria},
            codes=[_target_group(catalogue, name) for name in t.target_groups],
            individual_assessment=t.individual_assessment,
        ),
        assessment=_assessment(catalogue, t),
        purposes=Purposes(selected=list(t.purposes), citizen_wishes=t.wishes),
        goals=[_goal(catalogue, no, i, g, goal_start) for i, g in enumerate(t.goals, start=1)],
        activities=Activities(selected=list(t.activities), courses=list(t.courses), note=t.activities_note),
        other_services=[OtherService(kind=k, description=d, provider=p, status=s) for k, d, p, s in t.other],
        coordination=Coordination(providers=t.coordination[0], agreement=t.coordination[1]),
        placement=Placement(
            offer_id=t.offer, place=t.place, waitlist=t.waitlist, interim_solution=t.interim,
            transport_needed=t.transport_needed, transport_note=t.transport_note, planned_start=start,
        ),
    )
    if t.consent_sources:
        case.consent = Consent(status="given", information=t.consent_information, sources=t.consent_sources,
                               recorded_on=_days(received, 9))
    if t.decision:
        outcome, rules, facts, considerations = t.decision
        decided = _days(today, -t.decided_days_ago) if outcome else None
        case.decision = Decision(outcome=outcome, rules_applied=rules, facts=facts, considerations=considerations,
                                 decided_on=decided, overrun_reason=t.overrun_reason, delay_notice=t.delay_notice,
                                 expected_on=None if t.expected_in_days is None else _days(today, t.expected_in_days))
    return case


def _check_ids(standard: Standard, case: CaseFile) -> None:
    """Every id the case names must be in the standard: demo data never guesses."""
    missing = [f"purpose {p}" for p in case.purposes.selected if standard.purpose(p) is None]
    missing += [f"activity {a}" for a in case.activities.selected if standard.activity(a) is None]
    missing += [f"course {c}" for c in case.activities.courses if standard.course(c) is None]
    missing += [f"other service {s.kind}" for s in case.other_services if standard.other_service(s.kind) is None]
    criteria = {c.id for c in standard.criteria}
    missing += [f"criterion {c}" for c in case.target_group.criteria if c not in criteria]
    if case.placement.offer_id and standard.offer(case.placement.offer_id) is None:
        missing.append(f"offer {case.placement.offer_id}")
    if case.placement.place and standard.place_size(case.placement.place) is None:
        missing.append(f"place size {case.placement.place}")
    if missing:
        raise ValueError(f"demo case {case.citizen.name}: not in standard {standard.id}: {', '.join(missing)}")


def demo_cases(standard: Standard, catalogue: Catalogue, today: dt.date) -> list[CaseFile]:
    """The fictional citizens, in a fixed order; the same input gives the same cases."""
    cases = [_case(standard, catalogue, today, no, text) for no, text in enumerate(CASE_TEXTS, start=1)]
    for case in cases:
        _check_ids(standard, case)
    return cases

