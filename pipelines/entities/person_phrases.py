"""Phrases around a name that make it a person's, for the label cues (:mod:`pipelines.entities.cues`):
an age between commas after a name ending in a letter ("Lana Brill, 34, said"; not "Windows 95,
98, ME"), or an apposition whose head is a word for a person, a relative or a role ("Rinat
Akhmetov, the country's richest man,", "Gil Gerard, the actor who ...", "Anshuman Magazine,
managing director, of ..."); before it, who stars in, directs or plays a part ("starring [Denzel
Washington]", "directed by"), whose death or widow it is ("the death of"), who scored ("two goals
from"), or a lower-case "man" ("India's richest man [Azim Premji]"); or a possessive and a word for a
relative, the name then set off by commas ("His mother, [Giselle], said", "founded by their father,
[Dhiru Bhai Ambani], who died": :func:`kin_apposition`; the model calls such names firms); or its
possessive before a country's name that ends the phrase, a ruler's ("Stalin's Russia, [Ceausescu]'s
Romania -"). The tests read a few words around the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word

PERSON_NOUNS = frozenset(
    """man woman boy girl son daughter father mother wife husband brother sister widow grandson
    granddaughter actor actress singer songwriter novelist author striker midfielder defender
    goalkeeper winger founder chairman chairwoman rapper musician guitarist drummer bassist pianist
    composer poet playwright economist analyst presenter comedian designer lawyer solicitor dancer
    soldier teacher student pupil doctor nurse policeman policewoman teenager journalist photographer
    artist writer painter filmmaker film-maker farmer priest prisoner pensioner widower mum dad
    grandmother grandfather businessman businesswoman tycoon billionaire millionaire scientist aide
    confidant""".split()
)
"""Heads of an apposition that make the name before it a person's; not "star", "boss", "owner",
"chief" nor "player", which clubs, firms and bands are called too."""
_BETWEEN = r"(?:(?!(?:of|for|at|with|to|in|on|from|by)\s)[\w'’-]+\s+){0,4}?"
"""Up to four words between the article and the head, none a preposition."""
_HEADS = "|".join(sorted(PERSON_NOUNS))
_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an)\s+(?:" + _BETWEEN + "(?:" + _HEADS + r")(?=[,.;:)]|\s+(?:who|whose|of|at|for|to)\b)"
    r"|(?:[\w'’-]+\s+)?\d{1,2}-year-old(?=[,.;:)]|\s+(?:who|whose|from|of|" + _HEADS + r")\b))"
)
"""A comma and an apposition naming a kind of person ("Gil Gerard, the actor who ...", "the story
of [Malika], a dancer who", "plays [Viktor], a former soldier,", "[X], a former aide to") or giving an age of one or two
figures ("[Jake], a 24-year-old from Leeds"; not "Lloyd's, a 300-year-old market")."""

_AGE_RE = re.compile(r",\s+\d{2},\s+(?!\d)")


_TITLE_OF_RE = re.compile(r"[A-Z][\w'’-]*\s+of\s+$")
"""A name's "of" before the place it is of ("Baroness Royall of [Blaisdon]"): an apposition after
the place is about the whole name."""


def person_after(text: str, end: int, start: int | None = None) -> bool:
    """An age or an apposition naming a person follows the name ending at ``end`` (not a place
    in a peer's title starting at ``start``: "Baroness Royall of [Blaisdon], a former aide")."""
    if not text.startswith(",", end):
        return False
    if start is not None and _TITLE_OF_RE.search(text, max(0, start - 40), start):
        return False
    if text[end - 1 : end].isalpha() and _AGE_RE.match(text, end):
        return True
    return _APPOSITION_RE.match(text, end) is not None


PERSON_BEFORE_PAIRS = frozenset(
    [(verb, "by") for verb in "directed played voiced portrayed narrated".split()]
    + [(noun, "of") for noun in "death funeral murder killing assassination widow wife husband biography".split()]
    + [(noun, "from") for noun in "goal goals strike strikes try tries header".split()]
    + [
        (noun, verb)
        for noun in "man woman boy girl youth teenager child character".split()
        for verb in ("named", "called")
    ]
)
"""Two words right before a name that make it a person's: who made or played a part ("directed by
[Robert Zemeckis]", "played by"), whose death, spouse or life it is ("the death of [the Notorious
BIG]", "the widow of"), who scored ("two goals from [Tore Andre Flo]", "strikes from [Rivaldo]"), who
is named so ("a youth named [CJ]", "a man called [Dave]")."""
PERSON_BEFORE_WORDS = frozenset(
    """starring co-starring prop hooker flanker fly-half scrum-half full-back keeper sprinter hurdler
    athlete runner jockey referee""".split()
)
"""Words right before a name that make it a person's: a part ("Mississippi Masala, starring [Denzel
Washington],"; "starred in" names a work, :mod:`work_phrases`) or a player's position or sport
("former Wales and Lions prop [Dai Young].", "full-back [Dusty Hare]"; not "wing", "centre",
"forward" nor "lock", which stand before other nouns too)."""
PERSON_NOUNS_BEFORE = frozenset("man woman character businessman businesswoman tycoon billionaire entrepreneur".split())
"""Nouns written in lower case right before a name that make it a person's ("India's richest man
[Azim Premji]", "character [Dot]"; not "Man [United]")."""
AFTER_A_PERSON_RE = re.compile(
    r"(?:\s*(?:[,.;:!?()\"”’]|$)|\s+(?:and|or|in|at|on|as|who|whose|was|is|has|had|said|says|with|for|to|from|after"
    r"|before|will|would|could|can|may|might|must|should|did|does|into|but|when|while|because|[a-z]+ed)\b)"
)
"""What may follow a person's name in those phrases: a punctuation mark, a function word or a verb
in the past ("character [Dot] confided"), "into" or a conjunction ("turning central character [CJ]
into a crime boss"), not a noun ("starring [Hollywood] actor Kevin Bacon",
"the widow of [Nirvana] frontman Kurt Cobain")."""
_ROLE_APPOSITION_RE = re.compile(
    r",\s+(?:(?!(?:and|or|but|while|as|when|the|a|an)\s)[\w'’-]+\s+){0,2}?(?:director|executive|chairman|chairwoman|president|spokesman|spokeswoman|"
    r"secretary|editor|founder|manager|economist|analyst|professor)(?:,\s+(?:of|at)\s|\s+(?:of|at)\s)"
)
"""A comma and a role with no article, and "of" or "at" ("[Anshuman Magazine], managing director,
of CB Richard Ellis", "[Lee Rainie], director of the Pew ..."): a person's apposition; not "[Diageo],
chief executive Paul Walsh", where the role names the person after it, nor "[NAWG], and the
chairman of", a list."""


def person_before(text: str, start: int, end: int, before: list[str]) -> bool:
    """The words before the name at [start, end) make it a person's (see :data:`PERSON_BEFORE_PAIRS`,
    :data:`PERSON_BEFORE_WORDS`, :data:`PERSON_NOUNS_BEFORE`), and no noun follows it; or a role
    in apposition follows it (:data:`_ROLE_APPOSITION_RE`). ``before`` holds the two lower-cased
    words before it."""
    if _ROLE_APPOSITION_RE.match(text, end):
        return True
    if not before or not AFTER_A_PERSON_RE.match(text, end):
        return False
    key = match_key(text[start:end])
    if is_nationality_word(key) or is_demonym(key):
        return False  # "the 25-year-old [Briton]", "the killing of [Armenians]": a nationality
    if tuple(before[-2:]) in PERSON_BEFORE_PAIRS or before[-1] in PERSON_BEFORE_WORDS:
        return True
    if before[-1].endswith("-year-old"):
        return True  # "Ten-year-old [Dakota Fanning] will play"
    word = text[max(0, start - 16) : start].split()[-1:]
    return bool(word) and word[0] in PERSON_NOUNS_BEFORE


KIN_WORDS = frozenset(
    """son daughter father mother wife husband brother sister widow widower grandson granddaughter mum dad
    grandmother grandfather uncle aunt nephew niece cousin stepson stepdaughter stepfather stepmother
    half-brother half-sister fiance fiancee fiancée girlfriend boyfriend""".split()
)
"""Words for a relative; not "partner" nor "parent", which firms have too ("its parent, [BHP],")."""
_KIN_BEFORE_RE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)|\b[\w-]+(?:['’]s|s['’]))\s+"
    r"(?:(?:late|former|elder|eldest|younger|youngest|older|oldest|twin|estranged|only)\s+)?"
    r"(?:" + "|".join(sorted(KIN_WORDS)) + r"),\s+$"
)
"""A possessive, maybe a word of age or of the past, a word for a relative and a comma, right before
a name ("His mother, [Giselle],", "Blair's wife, [Cherie],", "the singer's late father, [X],")."""
_KIN_AFTER_RE = re.compile(r"\s*(?:[,;:)]|\.(?:\s|$)|$)")
"""What closes the apposition: a comma, a semicolon, a colon, a bracket or a full stop."""


def kin_apposition(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is set off by commas after a possessive and a word for a relative
    (:data:`_KIN_BEFORE_RE`, :data:`_KIN_AFTER_RE`): "His mother, [Giselle], said", "founded by their
    father, [Dhiru Bhai Ambani], who died"; a relative of someone's is a person (the small model calls
    such names firms). Not "a cousin, [Marc]," (no possessive), "its parent, [BHP]," (a firm's), "his
    sister company, [Orbis]," (no relative right before the comma)."""
    return bool(_KIN_BEFORE_RE.search(text, max(0, start - 60), start)) and bool(_KIN_AFTER_RE.match(text, end))


_RULED_COUNTRY_RE = re.compile(
    r"(?:['’]s)?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}?)(?=\s*(?:[,;:.!?)\"”]|[-–—]\s|$)|\s+(?:and|or)\s)"
)
"""A possessive, then capitalised words that end the phrase: a punctuation mark, a dash or "and"
("[Ceausescu]'s Romania -", "[Stalin]'s Russia,"; not "[Hexal]'s US affiliate")."""
_ONE_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’]s)?")


def ruler_of_country(text: str, start: int, end: int) -> bool:
    """The one-word name at [start, end) (the possessive in its span or after it) owns a country
    that ends the phrase: a ruler's name ("Stalin's Russia, [Ceausescu]'s Romania -"), as no firm's,
    place's or team's possessive stands before a country alone. Not a name the gazetteer knows."""
    name = text[start:end]
    if not _ONE_WORD_RE.fullmatch(name):
        return False
    possessive = name.endswith(("'s", "’s"))
    if not possessive and not text.startswith(("'s", "’s"), end):
        return False
    if gazetteer.lookup(match_key(name[:-2] if possessive else name)) is not None:
        return False
    m = _RULED_COUNTRY_RE.match(text, end)
    if m is None:
        return False
    place = gazetteer.lookup(match_key(m.group(1)))
    return place is not None and place.place_id.startswith("country:")
