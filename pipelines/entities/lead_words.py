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
* an acronym, when the model calls the whole a person ("MSP", "EADS").

A role before one word the corpus names on its own is cut off too ("[Midfielder Edu] reduced the
deficit", "[Rapper Eminem]"; not "Star Trek").

The span follows the name (:mod:`name_spans`). Each mention's words are read once, and the
corpus's casing is counted once for the words asked, so the pass is linear."""

from __future__ import annotations

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS, is_demonym
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


def cut_lead_words(st) -> None:
    """Point the live mentions that glue a word before a person's full name at the name (see the
    module docstring); ``st`` is the canonicaliser's ``state.State``, not imported: that would be a
    cycle."""
    todo: list[tuple[int, bool | None]] = []
    keys = {st.surf[i].key for i in st.live()}
    for i in st.live():
        s = st.surf[i]
        if s.honorific or s.acronym:
            continue
        words = s.name.split()
        if len(words) == 2 and _role_and_name(words, keys):
            todo.append((i, True))  # "[Midfielder Edu] reduced the deficit"
        elif len(words) >= 3 and _rest(words[1:]) and (glued := _glued(words[0], st.labels[i])) is not False:
            todo.append((i, glued))
    if not todo:
        return
    asked = {st.surf[i].name.split()[-1].lower() for i, _ in todo}
    asked |= {st.surf[i].name.split()[0].lower() for i, glued in todo if glued is None}
    common = st.common_words(asked)
    for i, glued in todo:
        words = st.surf[i].name.split()
        if common.is_common(words[-1].lower()) or (glued is None and not common.is_common(words[0].lower())):
            continue
        rest = " ".join(words[1:])
        cut = analyse(rest, st.labels[i])
        if not isinstance(cut, str):
            st.surf[i] = cut
            narrow(st, i, rest)
