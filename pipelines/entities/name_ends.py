"""Names the small model cut before their last word (issue 11), where :mod:`cut_names` takes no
word in (it reads capitalised words, and never a role):

* a letter or a number ending a name, a model's, a version's, a group's or a channel's: "groups
  like [Los Caballeros de Plan] G accessible", "the [Xbox] 2 will", "the other [Group] B match",
  "the [FTSE] 100 index", "a [Nokia] 3220 handset", "Canon's [EOS] 300D camera"; not the pronoun "I"
  ("in [Seville] I have"), not a quantity (a plural noun or a preposition after the number: "with
  [Mark] 10 years ago", "[Thompson] 48 pen", "500 [British] 16 to 20-year-olds"), not a year
  ("reaching [Germany] 2006 looks"), nor after a person's name (a given name or a surname the
  corpus writes in a full name: "[Blinx] 2 is out" is a game's), a nationality or a possessive. A
  number the corpus writes after the same name twice or more, or after which it spans the name
  whole elsewhere, is the name's whatever follows it but a unit of time or measure ("[Bet] 365
  and William Hill", "[Doom] 3 shot to the top", "[Commodore] 64 enthusiasts"; not "[Mark] 10
  years", nor a line-up's minute: "Flamini ([Aliadiere] 113)", nor after a person's name either:
  "[Andre] 3000", a stage name, would vote PRODUCT),
  and a year after a law's "Act" is the Act's ("[the Asylum and Immigration Act] 1999");
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
* a foreign name's particles and link words ("van", "der", "de", "della", "auf", "contra",
  "sans", "pour", ...) after a span or ending it, and the one capitalised word after them:
  "Festival director [Sandra] den Hamer", "[Walter van] der Vijver", "[Stade] de France",
  "Strauss's [Ariadne] auf Naxos", "[Medecins] sans Frontieres", "the [Partido] contra la Pobreza";
  or before a span, and the one capitalised word before them that no mention covers, when it opens
  no sentence (but a given name may: "Charles de [Gaulle] airport") and is no role, honorific nor
  nationality: "the Stade de [France]", "Os du [Randt]"
  (:func:`widen_particle_starts`);
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
from pipelines.entities.junk import starts_sentence
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.lineups import minute_start
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse
from pipelines.entities.table_rows import AMOUNT_UNITS
from pipelines.wordlists import SENTENCE_OPENERS

_LETTER_OR_NUMBER_RE = re.compile(r" ([A-HJ-Z]|\d{1,4}[A-Z]?) ([a-z]+)\b(?![-'’])")
"""A capital letter (not "I") or a number of up to four digits (maybe a model's letter after it:
"300D") after a span, and the lower-case word after it."""
_NUMBER_RE = re.compile(r" (\d{1,4}[A-Z]?)(?![\w:/%-]|[.,]\d)(?: ([a-z]+))?")
"""A number after a span (no decimal, score, time, fraction nor unit glued to it), and the
lower-case word after it, if any."""
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
UNIT_WORDS = AMOUNT_UNITS | frozenset(
    """year day week month hour minute second ago yard metre meter mile point goal run time pen min mins
    percent pc""".split()
)
"""Words after a number that count time or measure something, even after a name written with that
number elsewhere ("[Mark] 10 years ago", "[Miller] 35 yards", "[Labour] 37 pct")."""
NUMBERED_PLACES = 2
"""Places the corpus writes a number after the same name at that make it the name's ("Bet 365")."""
LAW_YEAR_WORDS = frozenset({"Act"})
"""Last words of a law's name that a year after the span belongs to ("the Terrorism Act 2000")."""
QUANTITY_WORDS = AMOUNT_UNITS | frozenset(
    """to and or of in on at for from per pen by than out off up down over under into ago more less
    min mins million billion bn m times percent pc nil all year day week month hour minute point
    goal run""".split()
)
"""Words after a number that make it a quantity, not a name's ("10 years", "48 pen", "16 to 20")."""
_ROLE_END_RE = re.compile(r"(?:^|\s)(?:of|for)(?: the)? (\w+)$")
_ROLE_WORD_RE = re.compile(r" ([A-Z][a-z]+)")


def _plural(word: str) -> bool:
    """A plural noun after a number counts something ("10 years", "35 yards"; not "is", "was")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _letter_or_number_end(
    st, i: int, text: str, starts: set[int], numbered: set[int], surnames: set[str]
) -> int | None:
    """Where mention i's name ends when a letter or a number after its span ends it, else None;
    ``numbered``: the mentions after which the number is the name's by the corpus's evidence."""
    end = st.ends[i]
    if i in numbered:
        number = _NUMBER_RE.match(text, end)
        return number.end(1) if number.start(1) not in starts else None
    m = _LETTER_OR_NUMBER_RE.match(text, end)
    if m is None or st.labels[i] == "NORP" or m.start(1) in starts or not _may_take_number(st, i, text):
        return None
    if _person_name(st, i, surnames):
        return None  # "with [Mark] 10 years ago": a person's
    if m.group(1)[:1].isdigit() and len(m.group(1)) == 4 and _YEAR_RE.fullmatch(m.group(1)):
        return None if st.surf[i].alias.split()[-1] not in LAW_YEAR_WORDS else m.end(1)  # "[Germany] 2006 looks"
    word = m.group(2)
    quantity = m.group(1)[:1].isdigit() and (word in QUANTITY_WORDS or _plural(word))
    return None if quantity else m.end(1)  # "[Group] B rivals"; not "[Mark] 10 years"


def _person_name(st, i: int, surnames: set[str]) -> bool:
    """Mention i is a person's name: a person's, with an honorific, a given name or a surname the
    corpus writes in a full name."""
    s = st.surf[i]
    return st.labels[i] == "PERSON" and (s.honorific or any(w in surnames for w in s.key.split()))


def _may_take_number(st, i: int, text: str) -> bool:
    """Mention i is no nationality's, people's nor owner's word, whose numbers are never its own."""
    key, end = st.surf[i].key, st.ends[i]
    return not (text.endswith(("'s", "’s", "'", "’"), 0, end) or is_nationality_word(key) or is_demonym(key))


def numbered_mentions(st, known: set[str], surnames: set[str]) -> set[int]:
    """Live mentions after which the number is the name's by the corpus's evidence (see the module
    docstring): the same name with the same number after it in ``NUMBERED_PLACES`` places, or the
    name with the number spanned whole elsewhere; also a year after a law's "Act"."""
    found: dict[tuple[str, str], list[int]] = {}
    out = set()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s, start, end = st.surf[i], st.starts[i], st.ends[i]
            if s is None or text[end : end + 1] != " " or not text[end + 1 : end + 2].isdigit():
                continue  # the cheap common case: no number after the span
            if st.labels[i] == "NORP" or _person_name(st, i, surnames):
                continue  # "[Andre] 3000": a person's stage name, which a number would make a product's
            m = _NUMBER_RE.match(text, end)
            if m is None or not _may_take_number(st, i, text) or minute_start(text, start, m.end(1)) is not None:
                continue
            if (m.group(2) or "").removesuffix("s") in UNIT_WORDS:
                continue
            if _YEAR_RE.fullmatch(m.group(1)):
                if s.alias.split()[-1] in LAW_YEAR_WORDS:
                    out.add(i)  # "[the Asylum and Immigration Act] 1999"
                continue
            if match_key(text[start : m.end(1)]) in known:
                out.add(i)
            found.setdefault((s.key, m.group(1)), []).append(i)
    return out | {i for idx in found.values() if len(idx) >= NUMBERED_PLACES for i in idx}


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


PARTICLES = r"(?:van|von|der|den|de|del|della|di|du|des|da|dos|auf|zu|la|le|contra|sans|pour|para|por|sur|et|y)"
"""Lower-case particles and link words inside foreign names and titles ("Walter van der Vijver",
"Stade de France", "Ariadne auf Naxos", "Medecins sans Frontieres", "Partido contra la Pobreza")."""
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
    numbered = numbered_mentions(st, known, surnames)
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        at = {st.starts[j]: j for j in idx if st.surf[j] is not None}
        starts = set(at)
        for i in idx:
            if st.surf[i] is None:
                continue
            end = _letter_or_number_end(st, i, text, starts, numbered, surnames) or _role_end(st, i, text, starts)
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
    widen_particle_starts(st)


def _move_end(st, i: int, text: str, end: int) -> bool:
    """Mention i's span ends at ``end``, if the wider span is a name."""
    s = analyse(text[st.starts[i] : end], st.labels[i])
    if not isinstance(s, str):
        st.surf[i], st.ends[i] = s, end
    return not isinstance(s, str)


_PARTICLES_BEFORE_RE = re.compile(rf"(?<![\w'’&.-])([A-Z][a-z]+)(?: {PARTICLES})+ $")
"""A capitalised word and the particles after it right before a span ("Stade de [France]")."""
_QUOTES_BEFORE = ('"', "“", "'", "‘", "(")
WINDOW = 40
"""Characters read before a span for the particles and the word before them."""


def widen_particle_starts(st) -> None:
    """Widen the spans cut after a foreign name's particles to the capitalised word before them (see
    the module docstring)."""
    given = given_names()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s, start = st.surf[i], st.starts[i]
            if s is None or not text[start : start + 1].isupper() or not text[start - 2 : start - 1].islower():
                continue  # the cheap common case: no lower-case word right before the span
            m = _PARTICLES_BEFORE_RE.search(text, max(0, start - WINDOW), start)
            if m is None:
                continue
            key = match_key(m.group(1))
            if (starts_sentence(text, m.start(1)) or text.endswith(_QUOTES_BEFORE, 0, m.start(1))) and key not in given:
                continue  # a sentence's first word, unless a given name ("Charles de [Gaulle] airport")
            if key in ROLE_WORDS or key in SENTENCE_OPENERS or is_nationality_word(key) or is_demonym(key):
                continue  # "Mr de [Villepin]", "President de [Klerk]", "In de [Vries]"
            if any(st.starts[j] < start and m.start(1) < st.ends[j] for j in idx if j != i):
                continue  # another mention covers the word
            wide = analyse(text[m.start(1) : st.ends[i]], st.labels[i])
            if not isinstance(wide, str):
                st.surf[i], st.starts[i] = wide, m.start(1)
