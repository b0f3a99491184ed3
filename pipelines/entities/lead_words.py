"""A word glued before a person's full name (pass 2e of :mod:`pipelines.entities.canonical`): the
small model often runs a role, a nationality or a sentence's first word into the name after it
("[Novelist Andrea Levy]", "[Sprinter Michelle Collins]", "fellow [Welshman Jimmy Watkins]",
"[American Taylor Dent]", "[Roma's Olivier Dacourt]", "[MSP Karen Whitefield]", "[a Bob Deans]
try"). The mention names the rest when the rest looks like a full name (two or three capitalised
words opening with a given name, ending in no designator and no word the corpus writes in lower
case more often, naming no known place) and the first word is no given name and is

* a person's role (:data:`PERSON_BEFORE`: "Novelist", "DJ", "Comedian") or a member of a
  parliament ("MSP");
* a nationality or a national ("American", "Briton", "Welshman");
* a possessive ("Roma's");
* written in lower case ("a", "plus");
* a word the corpus writes in lower case more often than capitalised ("Sprinter", "Broadcaster",
  "Seeds": a noun opening the sentence);
* an acronym, when the model calls the whole a person ("MSP", "EADS");
* a group's name the corpus tags on its own as an organisation, a nation or a place more often
  than not ("fellow [Springboks John Smit]", "[Unison Dave Prentis]"), when the model calls the
  whole a person or the corpus names the rest as a person elsewhere ("[EADS Philippe Camus]").

A people's plural before a name the corpus names on its own is cut off whatever the name is
("fellow [Londoners West Ham]", "[Americans Andy Roddick]": a nationality's or a city's people,
:func:`labels.city_demonym`; not "Swiss Re", no plural).
A league's name before a club's the corpus names on its own is cut off too ("they disposed of
[Premiership Fulham]", "[League One Bournemouth]"; :data:`LEAGUE_WORDS`), the club's name left
(no designator: not "Conference Board").
A role before one word the corpus names on its own is cut off too ("[Midfielder Edu] reduced the
deficit", "[Rapper Eminem]"; not "Star Trek"), and so is a preposition opening a sentence before a
name the corpus names on its own and a comma ("[Across Wales], pickets were held", "[Without
Charles], it is hard to imagine"), unless the model calls the whole a work, an event, a law or a
product ("Beyond Borders, a film, ...": a title).

A role word the corpus seldom writes opens a sentence before a person's full name or before one
word the corpus names on its own ("[Cinematographer John Mathieson], who ...", "[Magistrate Lee
Gilmore]", "[Matchwinner Keane]"): too rare for the casing count, it is read by its shape, a noun
of a doer's ending (:data:`ROLE_ENDINGS`), no given name, that the corpus never writes capitalised
inside a sentence (a name would be: "said Tamsin Rhys Owen").

The span follows the name (:mod:`name_spans`). Each mention's words are read once, and the
corpus's casing is counted once for the words asked, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.junk import starts_sentence
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS, city_demonym, is_demonym
from pipelines.entities.name_spans import narrow
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import HONORIFICS, NAME_PARTICLES, PERSON_BEFORE

MEMBERS = frozenset("mp mps msp msps mep meps am".split())
"""Members of a parliament or an assembly, written before their names ("MSP Karen Whitefield")."""
HONORIFIC_KEYS = frozenset(h.lower().rstrip(".") for h in HONORIFICS)
REST_WORDS = (2, 3)
"""Words of the full name left after the first word."""


def _rest(words: list[str]) -> bool:
    """Two or three capitalised words of letters opening with a given name, the last no designator,
    that name no known place ("Andrea Levy"; not "Angeles Times", "Virginia University")."""
    if len(words) not in REST_WORDS or match_key(words[0]) not in given_names():
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return False
    if any(w.endswith(("'s", "’s")) for w in words):
        return False  # "Dead [Man's Shoes]": a title
    key = match_key(" ".join(words))
    return key.rsplit(" ", 1)[-1] not in DESIGNATORS and gazetteer.lookup(key) is None


def _role_and_name(words: list[str], keys: set[str]) -> bool:
    """Two words: a person's role (no honorific, which the surface analysis removes) and a
    capitalised word the corpus names on its own ("[Striker Novo]", "[Rapper Eminem]"; not "Star
    Trek")."""
    first, rest = words
    return (
        first.lower() in PERSON_BEFORE
        and first.lower() not in HONORIFIC_KEYS
        and rest[:1].isupper()
        and rest.isalpha()
        and match_key(rest) in keys
        and match_key(rest) not in DESIGNATORS
    )


LEAGUE_WORDS = frozenset(
    {("premiership",), ("championship",), ("conference",), ("spl",)}
    | {(league, number) for league in ("league", "division") for number in ("one", "two", "three", "1", "2", "3")}
)
"""A league's name (one word or two, lower case) that the small model runs into the club's name
after it ("[Premiership Fulham]", "[League One Bournemouth]")."""


def _league_before(words: list[str], keys: set[str]) -> int:
    """How many words of a league's name (:data:`LEAGUE_WORDS`) open the name when the rest is
    capitalised, ends in no designator, and the corpus names it on its own ("[Premiership Fulham]"),
    else 0."""
    for n in (1, 2):
        if len(words) > n and tuple(w.lower() for w in words[:n]) in LEAGUE_WORDS:
            rest = words[n:]
            key = match_key(" ".join(rest))
            club = rest[0][:1].isupper() and key in keys and key.rsplit(" ", 1)[-1] not in DESIGNATORS
            return n if club else 0
    return 0


OPENING_PREPOSITIONS = frozenset(
    """across throughout without despite unlike beyond inside outside within amid amidst among amongst
    around behind beneath besides between during into near towards toward under upon via after before
    since until from in at on with for by to like over through against""".split()
)
"""Prepositions the small model runs into the name after them when they open a sentence."""
TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def _people_before(words: list[str], keys: set[str]) -> bool:
    """The first word is a people's plural (a nationality's or a city's: "Americans", "Londoners")
    and the rest a capitalised name the corpus names on its own ("fellow [Londoners West Ham]")."""
    key = match_key(words[0])
    if not key.endswith("s") or not words[1][:1].isupper() or match_key(" ".join(words[1:])) not in keys:
        return False
    one = key[:-1]
    return is_demonym(one) or is_nationality_word(one) or city_demonym(one)


def _preposition_before(st, i: int, words: list[str], keys: set[str]) -> bool:
    """The mention is a preposition opening its sentence, then a name the corpus names on its own,
    then a comma ("[Across Wales], pickets were held")."""
    if words[0].lower() not in OPENING_PREPOSITIONS or st.labels[i] in TITLE_LABELS:
        return False
    if match_key(" ".join(words[1:])) not in keys:
        return False
    text = st.article_text.get(st.art_ids[i], "")
    return text.startswith(",", st.ends[i]) and starts_sentence(text, st.starts[i])


def _glued(first: str, label: str) -> bool | None:
    """The first word is glued to the name for its kind alone (True), may be for the corpus's
    casing (None), or is part of the name (False)."""
    key = match_key(first)
    if key in given_names():
        return False
    bare = first.rstrip(".").lower()
    if bare in NAME_PARTICLES:
        return False  # "van", "de": part of the name
    if bare in PERSON_BEFORE or bare in MEMBERS or first[:1].islower() or first.endswith(("'s", "’s")):
        return True
    if is_nationality_word(key) or is_demonym(key):
        return True
    if first.isupper() and first.isalpha() and len(first) >= 2:
        return label == "PERSON"  # not an initial: "[E. Gerald Corrigan]"
    return None if first.isalpha() else False


ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ate", "eer", "ess")
"""Endings of nouns for doers and office holders ("Cinematographer", "Magistrate", "Matchwinner",
"Violinist", "Historian", "Consultant")."""
ROLE_MIN_CHARS = 6
"""A rare role word read by its ending is this long at least (not "Ian", "Kent", "Tor")."""


def _rare_role(st, i: int, words: list[str], keys: set[str]) -> bool:
    """Mention i opens a sentence with a word of a doer's ending, no given name, before a person's
    full name or a one-word name the corpus names on its own (whether the corpus writes the word
    capitalised inside a sentence is asked after: :func:`_capitalised_inside`)."""
    first = words[0]
    if len(first) < ROLE_MIN_CHARS or not first.isalpha() or not first[1:].islower():
        return False
    if not first.lower().endswith(ROLE_ENDINGS) or match_key(first) in given_names():
        return False
    if not (_rest(words[1:]) or (len(words) == 2 and words[1].isalpha() and match_key(words[1]) in keys)):
        return False
    return starts_sentence(st.article_text.get(st.art_ids[i], ""), st.starts[i])


def _capitalised_inside(texts, words: set[str]) -> set[str]:
    """Which of ``words`` (capitalised) the texts write capitalised inside a sentence at least once."""
    if not words:
        return set()
    pattern = re.compile(r"(?<![\w'’-])(?:{})(?![\w'’-])".format("|".join(sorted(map(re.escape, words)))))
    found: set[str] = set()
    for text in texts:
        for m in pattern.finditer(text or ""):
            if m.group(0) not in found and not starts_sentence(text, m.start()):
                found.add(m.group(0))
    return found


GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
"""Labels of a group's, a nation's or a place's name, which no person's full name opens."""
GROUP_MIN_VOTES = 2
"""How many more of a one-word name's mentions the model tags a group's than otherwise, for the
name to be a group's."""


def _groups_and_persons(st) -> tuple[set[str], set[str]]:
    """The keys of the one-word names the model tags a group's, a nation's or a place's more often
    than otherwise, and the keys of the names it tags a person's."""
    votes: dict[str, int] = {}
    persons: set[str] = set()
    for i in st.live():
        s = st.surf[i]
        if s.ntok == 1:
            votes[s.key] = votes.get(s.key, 0) + (1 if st.labels[i] in GROUP_LABELS else -1)
        if st.labels[i] == "PERSON":
            persons.add(s.key)
    return {k for k, v in votes.items() if v >= GROUP_MIN_VOTES}, persons


def _group_before(words: list[str], label: str, groups: set[str], persons: set[str]) -> bool:
    """The first word is a group's name the corpus writes on its own, no given name, before a
    person's full name: in a person's span, or where the corpus names that person alone too
    ("fellow [Springboks John Smit]", "[Unison Dave Prentis]", "[EADS Philippe Camus]")."""
    key = match_key(words[0])
    return (
        key in groups and key not in given_names() and (label == "PERSON" or match_key(" ".join(words[1:])) in persons)
    )


def cut_lead_words(st) -> None:
    """Point the live mentions that glue a word before a person's full name at the name (see the
    module docstring); ``st`` is the canonicaliser's ``state.State``, not imported: that would be a
    cycle."""
    todo: list[tuple[int, bool | None]] = []
    keys = {st.surf[i].key for i in st.live()}
    groups, persons = _groups_and_persons(st)
    rare: list[int] = []
    leagues: dict[int, int] = {}  # mentions opening with a league's name: its number of words
    for i in st.live():
        s = st.surf[i]
        if s.honorific or s.acronym:
            continue
        words = s.name.split()
        if len(words) in (2, 3) and _glued(words[0], st.labels[i]) is None and _rare_role(st, i, words, keys):
            rare.append(i)  # "[Cinematographer John Mathieson], who": asked below
        elif len(words) >= 2 and _preposition_before(st, i, words, keys):
            todo.append((i, True))  # "[Across Wales], pickets were held"
        elif len(words) >= 2 and _league_before(words, keys):
            leagues[i] = _league_before(words, keys)  # "they disposed of [Premiership Fulham]"
            todo.append((i, True))
        elif len(words) >= 2 and _people_before(words, keys):
            todo.append((i, True))  # "fellow [Londoners West Ham]"
        elif len(words) == 2 and _role_and_name(words, keys):
            todo.append((i, True))  # "[Midfielder Edu] reduced the deficit"
        elif len(words) >= 3 and _rest(words[1:]):
            glued = _glued(words[0], st.labels[i])
            if glued is not True and _group_before(words, st.labels[i], groups, persons):
                glued = True  # "fellow [Springboks John Smit]"
            if glued is not False:
                todo.append((i, glued))
    if rare:
        inside = _capitalised_inside(st.article_text.values(), {st.surf[i].name.split()[0] for i in rare})
        todo += [(i, True) for i in rare if st.surf[i].name.split()[0] not in inside]
    if not todo:
        return
    asked = {st.surf[i].name.split()[-1].lower() for i, _ in todo}
    asked |= {st.surf[i].name.split()[0].lower() for i, glued in todo if glued is None}
    common = st.common_words(asked)
    for i, glued in todo:
        words = st.surf[i].name.split()
        if common.is_common(words[-1].lower()) or (glued is None and not common.is_common(words[0].lower())):
            continue
        rest = " ".join(words[leagues.get(i, 1) :])
        cut = analyse(rest, st.labels[i])
        if not isinstance(cut, str):
            st.surf[i] = cut
            narrow(st, i, rest)
