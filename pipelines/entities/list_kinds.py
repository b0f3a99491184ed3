"""A kind named before a list of names that names every item of it, for the label cues
(:mod:`pipelines.entities.cues`): a plural kind of work ("films including [Raging Bull], Goodfellas
and Gangs of New York"), of organisation ("bands including [Keane] and Blur") or a plural role of
people ("backing singers [Pepsi] and Shirlie", "colleagues [Haisheng Rong], Richard Jones, ...") or
of town or country ("cities including Cardiff, Bangor and [Aberystwyth]"). The test reads the words
before the first name of a list, so the pass is linear.

A list reaches back over the titles or names the model missed or cut before its first name ("the
overlooked films were Hobson's Choice, [Dirty Harry], The 39 Steps and [King Kong]", "films have included
Captain Corelli's [Mandolin] and [Elizabeth]", "towns and cities including Cardiff, [Bangor] and
Aberystwyth"), and a plural kind of work may stand a few lower-case words before a verb that
opens its list ("Other films generating interest this year include [Hustle & Flow], ...", "Jay-Z's
hits have included ...", "films, including ...": :func:`list_kind_at`); a name with no listed neighbour
is such a list's item when the list goes on after it or it stands right after the kind's verb ("films like
[Harry Potter] and The Prisoner Of Azkaban": :func:`lone_listed_work`)."""

from __future__ import annotations

import re

from pipelines.entities.place_phrases import PLACE_PLURALS
from pipelines.entities.product_phrases import PRODUCT_AFTER, SOFTWARE_PLURALS
from pipelines.entities.work_phrases import WORK_PLURALS

PERSON_PLURALS = frozenset(
    """actors actresses singers writers authors novelists directors producers presenters comedians
    artists stars strikers midfielders defenders goalkeepers wingers forwards colleagues team-mates teammates
    brothers sisters sons daughters""".split()
)
"""Plural roles before a list that make its items people ("stars such as Beenie Man and [Sizzla]");
not "players" (clubs and countries have them too: "Arsenal players")."""


ORG_PLURALS = frozenset(
    """bands firms companies clubs chains groups banks retailers airlines carriers insurers lenders operators
    labels studios publishers broadcasters""".split()
)
"""Plural kinds before a list that make its items organisations ("bands including [Keane] and Blur",
"snack food chains such as [Dunkin' Donuts] and Baskin-Robbins", "record labels such as EMI")."""
LIST_PLURALS = frozenset("classics programmes books".split())
"""Plural kinds of work before a list only, not before a single name ("such classics as [SOS]")."""

PRODUCT_PLURALS = frozenset(w for w in PRODUCT_AFTER if w.endswith("s")) | SOFTWARE_PLURALS
"""Plural kinds of device, game or software before a list that make its items products ("browsers such as
[Opera], Safari", "programs such as Ad-Aware and [Spybot]")."""
LINKS = frozenset("including include includes included were are like as".split())
"""Words that may stand between the plural kind and the list ("films including [A], B", "the
overlooked films were [A], B and C", "singers like [A] and B", "such classics as [A] and B")."""

COUNTS = frozenset("two three four five six seven eight nine ten both".split())
"""Numbers before a plural kind and a comma that make the list after it the kind's items ("two singles,
[Club Foot] and LSF"); without one a comma may close a clause ("in songs, Smith and Jones said")."""


VERB_LINKS = frozenset("include includes included were are".split())
"""Verbs between a plural kind of work and its list that may stand a few words after the kind ("Other films
tipped for success include [A], B", "shows which won praise were [A], B")."""
SINGULAR_LINKS = frozenset("was is".split())
"""Verbs that link one of a plural kind of work to its title ("One of the first songs he wrote for others was
[Wolverton Mountain]", "one of her best-known albums is [X]"): only after "one of" before the kind."""
ONE_OF_WORDS = 4
"""Words before the kind read for "one of" ("One of the first [songs]", "one of his best-known [albums]")."""


def _one_of_works(words: list[str]) -> bool:
    """ "One of", up to ``ONE_OF_WORDS`` words and a plural kind of work among ``words``, and no punctuation
    nor capitalised word after it (a relative clause about the kind: "songs he wrote for other artists")."""
    lower = [w.lower() for w in words]
    for k, (a, b) in enumerate(zip(lower, lower[1:])):
        if a != "one" or b != "of":
            continue
        for j in range(k + 2, min(len(words), k + 2 + ONE_OF_WORDS)):
            if lower[j] in WORK_PLURALS:
                tail = words[j:]
                return not any(w[:1].isupper() or w[-1:] in ',;:.!?"”)' for w in tail)
    return False


AUXILIARIES = frozenset("have has had will would".split())
"""Auxiliaries before a verb link ("hits have included [A], B")."""
GAP_WORDS = 8
"""Lower-case words that may stand between a plural kind of work and its verb link."""
OTHER_KINDS = PERSON_PLURALS | ORG_PLURALS | PRODUCT_PLURALS | PLACE_PLURALS
"""Plural kinds of other things: one in the gap is the verb's subject ("films whose directors are [A], B")."""
TITLE_SMALL_WORDS = frozenset("the a an of in on to for and with at from off your my me it is".split())
"""Lower-case words inside titles ("Do the Right Thing", "Dirt Off Your Shoulder")."""
MISSED_TITLES = 4
"""Commas (titles) a list of works reaches back over before its first name."""
MISSED_WORDS = 12
"""Words of missed titles a list of works reaches back over."""
_TOKEN_RE = re.compile(r"\S+")
_WINDOW = 160


def _missed_titles_start(text: str, start: int) -> int:
    """Where the run of capitalised words (and small words inside titles, commas between) right before
    ``start`` opens: the titles the model missed or cut before a list's first name ("films were Hobson's
    Choice, [Dirty Harry]", "films have included Captain Corelli's [Mandolin]"); ``start`` when none, when
    the run goes on past its bounds, or when neither a comma nor a possessive closes it right before the
    name (a title cut inside: "Dirt Off Your Shoulder and 03 [Bonnie] and Clyde")."""
    tokens = list(_TOKEN_RE.finditer(text, max(0, start - _WINDOW), start))
    if tokens and tokens[-1].group() in ("The", "A"):
        tokens.pop()  # "..., The [Searchers]": the title's "The"
    if not tokens or not tokens[-1].group().endswith((",", "'s", "’s")):
        return start  # "Dirt Off Your Shoulder and 03 [Bonnie]": no whole title nor owner before the name
    pos, commas = start, 0
    for n, m in enumerate(reversed(tokens)):
        word = m.group()
        core = word.rstrip(",")
        if n and word != core:
            commas += 1
        if n >= MISSED_WORDS or commas >= MISSED_TITLES or core[-1:] in '.!?;:"”':
            return start
        if core[:1].isupper() or core[:1].isdigit():
            pos = m.start()
        elif core not in TITLE_SMALL_WORDS:
            return pos
    return start


def _gap_kind(words: list[str]) -> str | None:
    """WORK_OF_ART when ``words`` (as written, before a list) end in a verb link (maybe after an
    auxiliary) that a plural kind of work stands up to ``GAP_WORDS`` lower-case words before."""
    if not words or (words[-1] not in VERB_LINKS and words[-1] not in SINGULAR_LINKS):
        return None
    rest = words[:-1]
    if rest and rest[-1] in AUXILIARIES:
        rest = rest[:-1]
    if words[-1] in SINGULAR_LINKS:
        return "WORK_OF_ART" if _one_of_works(rest[-(GAP_WORDS + ONE_OF_WORDS) :]) else None
    for word in reversed(rest[-GAP_WORDS:]):
        if word[:1].isupper() or word[-1:] in ',;:.!?"”)':
            return None
        if word in WORK_PLURALS or word in LIST_PLURALS:
            return "WORK_OF_ART"
        if word in OTHER_KINDS:
            return None
    return None


def list_kind_at(text: str, start: int, reach_back: bool = True) -> str | None:
    """The label the words before a list's first name at ``start`` give every item (:func:`list_kind`),
    reaching back over titles or names the model missed (unless not ``reach_back``), and a
    plural kind of work a few words before a verb link (see the module docstring)."""
    words = text[max(0, start - _WINDOW) : start].split()
    if not text[start - 1 : start].isspace() or not words:
        return None
    kind = list_kind([w.lower() for w in words[-3:]])
    if kind is not None:
        return kind
    kind = _gap_kind(words)
    if kind is not None:
        return kind
    head = _missed_titles_start(text, start) if reach_back else start
    if head == start:
        return None
    words = text[max(0, head - _WINDOW) : head].split()
    if words and words[-1] == "the":
        words = words[:-1]  # "nominees included the Motorcycle Diaries, [Zatoichi]"
    kind = list_kind([w.lower() for w in words[-3:]])  # "cities including Cardiff, [Bangor]": any kind
    return kind if kind is not None else _gap_kind(words)


def list_kind(before: list[str]) -> str | None:
    """The label a list takes from the lower-cased words ``before`` its first name (up to three),
    maybe with a link word between (:data:`LINKS`, or "such as"): WORK_OF_ART after a plural kind of
    work, PERSON after a plural role, ORG after a plural kind of organisation, PRODUCT after a plural
    kind of device or software, GPE after a plural kind of town or country."""
    if before[-2:] == ["such", "as"]:
        before = before[:-2]
    if not before:
        return None
    if before[-1].endswith(","):  # "two singles, [Club Foot] and LSF": a count before the kind
        if len(before) < 2 or before[-2] not in COUNTS:
            return None
        before = [*before[:-1], before[-1][:-1]]
    kind = before[-2] if before[-1] in LINKS and len(before) > 1 else before[-1]
    if before[-1] == "including" and kind.endswith(","):
        kind = kind[:-1]  # "films, including [A], B"
    if kind in WORK_PLURALS or kind in LIST_PLURALS:
        return "WORK_OF_ART"
    if kind in PERSON_PLURALS:
        return "PERSON"
    if kind in ORG_PLURALS:
        return "ORG"
    if kind in PRODUCT_PLURALS:
        return "PRODUCT"
    if kind in PLACE_PLURALS:
        return "GPE"
    return None


_LIST_GOES_ON_RE = re.compile(r",\s+(?:The\s+)?[A-Z\d]|\s+(?:and|&)\s+(?:The\s+)?[A-Z\d]")
"""A comma or "and" and a capitalised word or a number after a name: the list goes on ("films were
[Dirty Harry], The 39 Steps")."""
_ITEM_END_RE = re.compile(r"\s*(?:[,.;:(]|\s-\s|$)|\s+(?:and|&)\s")
"""What may close a list's first item: punctuation, a dash or "and" ("films include [Hustle & Flow], about
an aspiring rapper, ..."); not a noun or a hyphen, which make the name a modifier ("films include
[Mexican] movie Y Tu Mama Tambien", "[Oscar]-winning Fame")."""


def lone_listed_work(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is an item of a list of works that has no listed neighbour (the model
    missed the others): a plural kind of work before it (:func:`list_kind_at`) and the list going on after
    it ("the overlooked films were Hobson's Choice, [Dirty Harry], The 39 Steps"), or right after the
    kind's link and an item's end after it ("Other films tipped this year include [Hustle & Flow], about
    an aspiring rapper,"); not an owner ("films include [Martin Scorsese's] The Aviator")."""
    if text.startswith(("'s", "’s"), end) or text.endswith(("'s", "’s", "s'", "s’"), start, end):
        return False
    if _LIST_GOES_ON_RE.match(text, end) is not None:
        return list_kind_at(text, start) == "WORK_OF_ART"
    return _ITEM_END_RE.match(text, end) is not None and list_kind_at(text, start, reach_back=False) == "WORK_OF_ART"
