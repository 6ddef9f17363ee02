"""Reading a goal's words for the SMART check (``domain/smart.py``): is it the citizen's own goal,
and is there something to count?

- **Specific**: a goal that describes what the staff do ("støtte til ...", "sikre at ...") is
  not the citizen's goal; ``staff_phrase`` finds such an opening.
- **Measurable**: something countable must be named: a number ("2", "to", "halvdelen"), a
  frequency ("om ugen", "dagligt", "hver dag") or an observation that is yes or no ("uden
  hjælp", "selv", "møder op"). Vague words alone ("bedre", "mere", "godt") do not count.
"""

from __future__ import annotations

import re

# What the staff do, written as if it were the goal (the citizen is the object, not the subject).
_STAFF = re.compile(
    r"^\s*(?:at\s+)?(?:yde\s+)?(?:støtte(?:s)?\s+(?:til|i|op|borgeren|ham|hende|dig)|sikre(?:,)?\s+(?:at|en|et|borgeren)"
    r"|hjælpe\s+(?:borgeren|ham|hende|dig)|motivere\s+(?:borgeren|ham|hende|dig)|guide\s+(?:borgeren|ham|hende)"
    r"|personalet\b|medarbejderne\b|vi\s+(?:vil|skal)\s+(?:støtte|hjælpe|sikre|motivere))",
    re.IGNORECASE,
)

_NUMBER_WORDS = (
    "én", "ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
    "femten", "tyve", "tredive", "halvdelen", "halvdel", "alle", "ingen", "hver", "hvert", "begge",
)  # fmt: skip
_FREQUENCY = re.compile(
    r"\b(?:om|pr\.?|per|hver|hvert|hele)\s+(?:dag(?:en)?|uge(?:n)?|måned(?:en)?|år(?:et)?|morgen|aften|gang|weekend)\b"
    r"|\b(?:om|hver)\s+\w+dag(?:en|e)?\b|\b(?:antal(?:let)?|hvor\s+mange|hvor\s+tit|hvor\s+ofte)\b"
    r"|\b(?:dagligt|ugentligt|månedligt|gang(?:e)?|minutter|timer|procent|kilometer|km|kr\.?)\b|%",
    re.IGNORECASE,
)
_OBSERVATION = re.compile(
    r"\b(?:uden\s+(?:hjælp|støtte|påmindelse|at\s+blive\s+mindet)|selvstændigt|på\s+egen\s+hånd"
    r"|møder?\s+op|kommer?\s+(?:hver|til|i)|deltager?\s+i|ja\s*/\s*nej|ja\s+eller\s+nej)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_SELF = re.compile(r"\b(?:selv|alene)\b", re.IGNORECASE)  # "selv tage bussen": yes or no, unless vague
VAGUE = ("bedre", "mere", "mindre", "godt", "gode", "øget", "øge", "forbedre", "forbedret", "trives", "glad")


def staff_phrase(text: str) -> str:
    """The opening words when the goal describes the staff's actions, else ""."""
    found = _STAFF.match(text)
    return found.group(0).strip() if found else ""


def countable(*texts: str) -> bool:
    """Whether the texts name a number, a frequency or a yes/no observation."""
    for text in texts:
        if _DIGIT.search(text) or _FREQUENCY.search(text) or _OBSERVATION.search(text):
            return True
        words = re.findall(r"[\wæøåÆØÅéÉ]+", text.lower())
        if any(w in _NUMBER_WORDS for w in words):
            return True
    return any(_SELF.search(t) for t in texts) and not vague_words(*texts)


def vague_words(*texts: str) -> list[str]:
    """The vague words used ("bedre", "mere", ...), in order, once each."""
    found: list[str] = []
    for text in texts:
        for word in re.findall(r"[\wæøåÆØÅ]+", text.lower()):
            if word in VAGUE and word not in found:
                found.append(word)
    return found
