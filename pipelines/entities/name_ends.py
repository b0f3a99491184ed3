"""Names the small model cut before their last word (issue 11), where :mod:`cut_names` takes no
word in (it reads capitalised words, and never a role):

* a letter or a number ending a name, a model's, a version's, a group's or a channel's: "groups
  like [Los Caballeros de Plan] G accessible", "the [Xbox] 2 will", "the other [Group] B match",
  "the [FTSE] 100 index"; not the pronoun "I" ("in [Seville] I have"), not a quantity (a plural
  noun or a preposition after the number: "with [Mark] 10 years ago", "[Thompson] 48 pen", "500
  [British] 16 to 20-year-olds"), nor after a person's name, a nationality or a possessive;
* the role a body is named for: "the committee scrutinising [the Office for the Deputy] Prime
  Minister" (a span ending in "of" or "for", maybe "the", and a role word goes on with the role's
  other capitalised words);
* a span ending in a link word ("of", "for", "the", "and", "at", "in", ...), which never ends a
  name: the span takes in the capitalised words after "of", "for" or "the" that end the name, or
  the mention right after it ("win [the Whitbread Novel of] the Year Award", "[The Boys Choir of]
  [Harlem]"), after "and" only when they end in a kind word of a body or an event, the span holds
  "of" or "for" already or the whole is a name the corpus spans elsewhere ("[the Greek Track and]
  [Field Federation]", "[the Organisation for Economic Co-operation and] Development"); otherwise
  the link word leaves the span ("[Sweeney Todd and] Closer", a person's "[Francesca Schiavone of]
  Italy", an owner's "[Shane Meadows for] Dead Man's Shoes", "[the Centre at] Strathclyde
  University");
* a foreign name's particles ("van", "der", "de", "della", "auf", ...) after a span or ending it,
  and the one capitalised word after them: "Festival director [Sandra] den Hamer", "[Walter van]
  der Vijver", "[Stade] de France", "Strauss's [Ariadne] auf Naxos";
* a possessive between words the corpus writes in lower case more often (the last one at least
  written so), which only a title capitalises ("[Dead Man's] Shoes", "the show [Dragon]'s Den"):
  the title is one name; not an
  owner's ("[Keane]'s Hope and Fears", "[Microsoft]'s Windows"), nor a person's surname ("[Brown]'s
  Budget").

Each test reads a few words after a mention, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.cut_names import KIND_WORDS, ROLE_WORDS
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse

_LETTER_OR_NUMBER_RE = re.compile(r" ([A-HJ-Z]|\d{1,3}) ([a-z]+)\b(?![-'’])")
"""A capital letter (not "I") or a number of up to three digits after a span, and the lower-case
word after it."""
QUANTITY_WORDS = frozenset(
    """to and or of in on at for from per pen by than out off up down over under into ago more less
    min mins million billion bn m times percent pc nil all year day week month hour minute point
    goal run""".split()
)
"""Words after a number that make it a quantity, not a name's ("10 years", "48 pen", "16 to 20")."""
NOT_NUMBERED = frozenset({"PERSON", "NORP"})
"""Labels of names no letter nor number ends ("with [Mark] 10 years ago", "500 [British] 16")."""
_ROLE_END_RE = re.compile(r"(?:^|\s)(?:of|for)(?: the)? (\w+)$")
_ROLE_WORD_RE = re.compile(r" ([A-Z][a-z]+)")


def _plural(word: str) -> bool:
    """A plural noun after a number counts something ("10 years", "35 yards"; not "is", "was")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _letter_or_number_end(st, i: int, text: str, starts: set[int]) -> int | None:
    """Where mention i's name ends when a letter or a number after its span ends it, else None."""
    end = st.ends[i]
    m = _LETTER_OR_NUMBER_RE.match(text, end)
    if m is None or st.labels[i] in NOT_NUMBERED or m.start(1) in starts:
        return None
    key = st.surf[i].key
    if text.endswith(("'s", "’s", "'", "’"), 0, end) or is_nationality_word(key) or is_demonym(key):
        return None
    word = m.group(2)
    quantity = m.group(1).isdigit() and (word in QUANTITY_WORDS or _plural(word))
    return None if quantity else m.end(1)  # "[Group] B rivals"; not "[Mark] 10 years"


def _role_end(st, i: int, text: str, starts: set[int]) -> int | None:
    """Where mention i's name ends when its span stops inside the role the body is named for
    ("[the Office for the Deputy] Prime Minister"), else None."""
    m = _ROLE_END_RE.search(st.surf[i].alias)
    if m is None or match_key(m.group(1)) not in ROLE_WORDS:
        return None
    end = st.ends[i]
    while (w := _ROLE_WORD_RE.match(text, end)) is not None and match_key(w.group(1)) in ROLE_WORDS:
        if w.start(1) in starts:
            return None
        end = w.end(1)
    return end if end > st.ends[i] else None


_LINK_END_RE = re.compile(r" (?:(of|for|the|of the|for the)|and|&|at|in|on|to|with|by)$")
"""A link word ending a span; group 1 one before which the name may go on."""
_RUN_AFTER_RE = re.compile(
    r" ((?:the )?[A-Z][\w-]*(?: (?:of |and |for |the |& )?[A-Z][\w-]*){0,3})(?![\w'’-]| [A-Z\d])"
)
"""The capitalised words after a span (maybe after "the"), up to four, and no possessive nor
capitalised word after them."""


PARTICLES = r"(?:van|von|der|den|de|del|della|di|du|des|da|dos|auf|zu|la|le)"
"""Lower-case particles inside foreign names and titles ("Walter van der Vijver", "Stade de France",
"Ariadne auf Naxos")."""
_PARTICLES_END_RE = re.compile(rf"(?: {PARTICLES})+$")
_PARTICLE_RUN_RE = re.compile(rf"(?: {PARTICLES})+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-]| [A-Z\d])")
"""Particles and the one capitalised word after them, with no possessive nor capitalised word after
it."""


def _particle_end(st, i: int, text: str, at: dict[int, int]) -> tuple[int, int | None] | None:
    """Where mention i's name ends when a foreign name's particles go on after its span (or end it)
    into one capitalised word ("[Sandra] den Hamer", "[Walter van] der Vijver"), and the one mention
    inside those words that the name takes in, if any; else None."""
    start, end = st.starts[i], st.ends[i]
    tail = _PARTICLES_END_RE.search(text, start, end)
    m = _PARTICLE_RUN_RE.match(text, tail.start() if tail else end)
    if m is None or m.end() <= end or _owner(text, end) or (tail and tail.start() <= start):
        return None
    inside = [j for a, j in at.items() if end <= a < m.end()]
    if len(inside) > 1 or any(st.ends[j] > m.end() for j in inside):
        return None
    return m.end(), inside[0] if inside else None


TAKEN_REASON = "taken into the name before it"
_DASH_RE = re.compile(r"\s[-–—]\s")


def _owner(text: str, end: int) -> bool:
    """A possessive ends or follows the span ending at ``end`` ("Hollywood's")."""
    return text.endswith(("'s", "’s", "'", "’"), 0, end) or text.startswith(("'", "’"), end)


def _link_end(st, i: int, text: str, at: dict[int, int], known: set[str]) -> tuple[int, int | None] | None:
    """Where mention i's name ends when its span ends in a link word (see the module docstring):
    after the words that end the name, or before the link word; and the mention of those words
    that the name takes in, if any."""
    start, end = st.starts[i], st.ends[i]
    m = _LINK_END_RE.search(text, start, end)
    if m is None or m.end() != end or m.start() <= start or _DASH_RE.search(text, start, end):
        return None  # "[Oscars - the] Hollywood's": a dash tail, which name_spans cuts
    run, taken = _RUN_AFTER_RE.match(text, end), None
    first = end + 5 if text.startswith(" the ", end) else end + 1
    if (j := at.get(first)) is not None and not _owner(text, st.ends[j]):
        run_end, taken = st.ends[j], j  # "[The Boys Choir of] [Harlem]"
    elif run is not None and not any(end < s <= run.end() for s in at):
        run_end = run.end()
    else:
        return m.start(), None  # "[the Centre at] [Strathclyde University's]": another name
    if m.group(1):
        person = st.labels[i] == "PERSON" or match_key(text[start:end].split()[0]) in given_names()
        if not person:  # "[Francesca Schiavone of] Italy": a person's
            return run_end, taken
    elif m.group(0) in (" and", " &"):
        kind = match_key(text[end:run_end].split()[-1]) in KIND_WORDS
        inside = " of " in text[start:end] or " for " in text[start:end]  # "Organisation for X and Y"
        if kind or inside or match_key(text[start:run_end]) in known:
            return run_end, taken
    return m.start(), None


_OWNED_RE = re.compile(r"(['’]s)? ([A-Z][a-z]+)(?![\w'’+-]| [A-Z\d]| (?:and|of|&) )")
"""The one capitalised word a span's possessive owns, with no capitalised nor link word after it."""


def _titled_possessive(st, i: int, text: str, starts: set[int], surnames: set[str]) -> tuple[int, list[str]] | None:
    """Where the title "X's Y" ends that mention i opens, and its words to ask the corpus's casing
    of, else None."""
    alias, end = st.surf[i].alias, st.ends[i]
    owned = text.endswith(("'s", "’s"), 0, end)
    m = _OWNED_RE.match(text, end)
    if m is None or bool(m.group(1)) == owned or m.start(2) in starts:
        return None
    words = alias.removesuffix("'s").removesuffix("’s").split()
    if not all(w.isalpha() and not w.isupper() for w in words) or (len(words) == 1 and match_key(words[0]) in surnames):
        return None
    return m.end(2), [*(w.lower() for w in words), m.group(2).lower()]


def surnames_of(st) -> set[str]:
    """Match keys of the last words of the corpus's full names of people, and of given names."""
    last = {st.surf[i].key.split()[-1] for i in st.live() if st.labels[i] == "PERSON" and st.surf[i].ntok > 1}
    return last | given_names()


def widen_name_ends(st) -> None:
    """Widen the spans cut before a name's last letter, number or role words, and take a link word
    ending a span in or out (see the module docstring); ``st`` is the canonicaliser's
    ``state.State``, not imported: that would be a cycle."""
    known = {st.surf[i].key for i in st.live()}
    surnames, titles, dropped = surnames_of(st), [], set()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        at = {st.starts[j]: j for j in idx if st.surf[j] is not None}
        starts = set(at)
        for i in idx:
            if st.surf[i] is None:
                continue
            end = _letter_or_number_end(st, i, text, starts) or _role_end(st, i, text, starts)
            j = None
            if end is None and (link := _link_end(st, i, text, at, known)) is not None:
                end, j = link
            if end is None and (part := _particle_end(st, i, text, at)) is not None:
                end, j = part
            if end is None and (title := _titled_possessive(st, i, text, starts, surnames)) is not None:
                titles.append((i, *title))
            elif end is not None and _move_end(st, i, text, end) and j is not None:
                st.surf[j] = None  # "[The Boys Choir of] [Harlem]": one name
                st.junk[TAKEN_REASON] += 1
                dropped.add(aid)
    for aid in dropped:
        st.by_article[aid] = [i for i in st.by_article[aid] if st.surf[i] is not None]
    common = st.common_words({w for _, _, words in titles for w in words})
    for i, end, words in titles:
        if all(common.is_common(w) for w in words[:-1]) and common.written_in_lower_case(words[-1]):
            _move_end(st, i, st.article_text[st.art_ids[i]], end)


def _move_end(st, i: int, text: str, end: int) -> bool:
    """Mention i's span ends at ``end``, if the wider span is a name."""
    s = analyse(text[st.starts[i] : end], st.labels[i])
    if not isinstance(s, str):
        st.surf[i], st.ends[i] = s, end
    return not isinstance(s, str)
