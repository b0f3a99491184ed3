"""Context junk: the character ranges of an article that are page chrome (short boilerplate
lines such as keyboard prompts, "watch now", "more on ...", browser notices; photo credits).
Mentions inside them are junk. Also the "in ..."/"near ..." context that hints at a place, and
the determiner ("the ...") that tells a thing from a person's name."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.entities.cut_names import ROLE_WORDS
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS
from pipelines.wordlists import PHOTO_AGENCIES, PHOTO_CREDIT_WORDS

BOILERPLATE_MAX_WORDS = 25
"""A boilerplate line has at most this many words (a longer line is prose that quotes the phrase)."""
PLACE_CONTEXT_CHARS = 14
"""How far before a mention the place context ("in", "near", "visit to") is looked for."""

_BOILERPLATE_LINE_RE = re.compile(
    r"press\s+ctrl|ctrl\s*\+|highlight the text|click here|watch now|watch:|read more|^more on\b|"
    r"^related\b|see also|sign up (?:for|to)|subscribe (?:to|now|for|here)|newsletter|cookie|"
    r"all rights reserved|copyright|©|javascript|(?:use|update|upgrade) (?:your |a |the )?\w*\s*browser|"
    r"video player|media player|follow us|share (?:this|on)|advertisement|image (?:caption|source|copyright)|"
    r"^listen\b|^play\b|^getty images|skip to|^\W*(?:photo|image|picture|video)s?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_CREDITS = (
    rf"\(\s*(?:via|pictured|{PHOTO_CREDIT_WORDS})\b[^()\n]{{0,80}}\)",
    r"\b(?:Photograph|Photo|Image|Picture|Credit)s?\s*:\s*[^\n.]{0,80}",
)
_PIPE_CREDIT = (
    rf"(?:[A-Z][\w.'-]*\s+){{0,3}}[A-Z][\w.'-]*\s*\|[^\n]{{0,120}}\b(?:{PHOTO_AGENCIES}|Images)\b[^|\n]{{0,40}}$"
)
_CREDIT_RE = re.compile("(?:" + "|".join((*_CREDITS, _PIPE_CREDIT)) + ")", re.MULTILINE)
_CREDIT_NO_PIPE_RE = re.compile("(?:" + "|".join(_CREDITS) + ")", re.MULTILINE)
"""_CREDIT_RE without its last choice, "Name | Agency", which needs a pipe: for a text without
one it never matches, and trying it at every capital letter is most of the pattern's time."""
_PLACE_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|near|outside|across|throughout|around|capital|city of|visit to|trip to))\s*$", re.IGNORECASE
)


def junk_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of an article that are page chrome: short boilerplate lines and photo
    credits. Mentions inside them are junk."""
    spans: list[tuple[int, int]] = []
    if not text:
        return spans
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and len(line.split()) <= BOILERPLATE_MAX_WORDS and _BOILERPLATE_LINE_RE.search(line.strip()):
            spans.append((pos, end))
        pos = end + 1
    spans.extend(credit_spans(text))
    spans.sort()
    return spans


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the photo credits of an article (``_CREDIT_RE``)."""
    return [(m.start(), m.end()) for m in (_CREDIT_RE if "|" in text else _CREDIT_NO_PIPE_RE).finditer(text)]


_DETERMINER_RE = re.compile(r"\b(?:[Tt]he|[Aa]n|a)\s+(?:[a-z0-9][\w-]*\s+){0,2}$")
"""A determiner, perhaps with up to two lower-case words, just before a mention ("the Scot", "the
22-year-old Scot", "the Munster man"): what follows is a thing or a kind, not a person's name."""
DETERMINER_CONTEXT_CHARS = 30
"""How far before a mention the determiner is looked for."""


def after_determiner(text: str, start: int) -> bool:
    """Whether a determiner (and at most two lower-case words) stands just before ``start``."""
    return bool(start) and bool(_DETERMINER_RE.search(text[max(0, start - DETERMINER_CONTEXT_CHARS) : start]))


def after_name_word(text: str, start: int) -> bool:
    """Whether a capitalised word of a name stands right before ``start`` (not a title, a role, an
    honorific or an initial, not opening or ending a sentence, not a possessive): the mention is a piece the
    model cut from a longer name ("AOL Instant [Messenger]", "Tomas Eloy [Martinez]")."""
    m = _CAPITAL_BEFORE_RE.search(text, max(0, start - DETERMINER_CONTEXT_CHARS), start)
    if not m:
        return False
    word = m.group().strip()
    key = match_key(word)
    return (
        len(key) > 1
        and not word.endswith(("'s", "’s", "'", "’", "."))
        and key not in ROLE_WORDS
        and not starts_sentence(text, m.start())
    )


def place_context(text: str, start: int) -> bool:
    """Whether the words just before ``start`` introduce a place ("in", "near", "visit to")."""
    return bool(start) and bool(_PLACE_CONTEXT_RE.search(text[max(0, start - PLACE_CONTEXT_CHARS) : start]))


GENERIC_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "GPE", "LOC"})
"""Labels whose one-word mentions may be common words ("Broadband", "Spyware" and "Fraud" opening
a sentence are tagged GPE); a place the gazetteer knows ("Reading", "Bath") and a nationality are
left alone."""
SHORT_PLACE_LABELS = frozenset({"GPE", "LOC"})
"""Labels of one-word mentions that stay junk as common words even where their article names
something longer with the word: a firm or a person is called short by a word of its name ("Next
Directory", then "Next said"), a place named by a common word is one the gazetteer knows
("Broadband Britain", then "Broadband is ...": no place)."""
COMMON_RATIO = 3
"""A one-word mention is a common word only when the corpus writes it in lower case at least this
many times as often as capitalised ("hotel"; not "fed" against "the Fed" in a business corpus)."""
_SENTENCE_END = '.!?:;"“”('
_QUOTES = "'’"
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
_LIST_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s*\([^()]*\))?,\s*$")
_LIST_AFTER_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*[A-Z]")
_TITLE_THE_RE = re.compile(r"\bThe\s+$")
_LINK = r"(?:and|&|of|for)"
_LINKED_BEFORE_RE = re.compile(rf"(,\s*)?\b([A-Z][a-z]+)\s+{_LINK}\s+$")
_LINKED_AFTER_RE = re.compile(rf"\s+{_LINK}\s+([A-Z][a-z]+)\b")
NOT_LINKED = frozenset({"The", "A", "An"})
"""Capitalised words across a link that are no piece of a name of common words ("Hide and The ...")."""


def starts_sentence(text: str, pos: int) -> bool:
    """Nothing but white space since the start of the text, a sentence end (maybe inside a single
    quote: "was 'messy.' Chased by ...") or a blank line."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k > 0 and text[k] in _QUOTES and text[k - 1] in ".!?":
        return True
    return k < 0 or text[k] in _SENTENCE_END or "\n\n" in text[k:pos]


def generic_context(text: str, start: int, end: int) -> bool:
    """The words around a capitalised word are those of a common word: it opens a sentence ("Quirky
    comedy Sideways"), or touches another capitalised word (a piece of a longer name the model cut:
    "Defence Secretary Geoff Hoon"); not after a determiner alone ("the Doors frontman", "the
    Government": as often a name as not), nor when it is an item of a comma list of names
    ("Blur, Oasis, Suede") or a title after a capitalised "The" inside a sentence ("star of The
    Producers")."""
    before = text[max(0, start - DETERMINER_CONTEXT_CHARS) : start]
    if _LIST_BEFORE_RE.search(before) or _LIST_AFTER_RE.match(text, end):
        return False
    if _TITLE_THE_RE.search(before) and not starts_sentence(text, start - len(_TITLE_THE_RE.search(before).group())):
        return False
    return (
        starts_sentence(text, start)
        or bool(_CAPITAL_BEFORE_RE.search(before))
        or bool(_CAPITAL_AFTER_RE.match(text, end))
    )


def linked_words(text: str, start: int, end: int) -> list[str]:
    """The capitalised words joined to a word by "and", "&", "of" or "for" ("Betting and [Gaming]",
    "[Media] and Sport", "Secretary of [Energy]"): when they are common words too, the word is a
    piece of a longer name of common words the model cut ("the Parliamentary Group on Betting and
    Gaming"), no name alone. None in a comma list."""
    window = text[max(0, start - DETERMINER_CONTEXT_CHARS) : start]
    before = _LINKED_BEFORE_RE.search(window)
    if (before and before.group(1)) or _LIST_BEFORE_RE.search(window) or _LIST_AFTER_RE.match(text, end):
        return []  # a comma list: as often of names ("Codemasters, Climax and Rebellion") as not
    after = _LINKED_AFTER_RE.match(text, end)
    return [m.group(m.lastindex) for m in (before, after) if m and m.group(m.lastindex) not in NOT_LINKED]


_ROLE_AFTER_RE = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|minister|secretary|commissioner|correspondent|editor)\b", re.IGNORECASE
)
"""A role right after a name ("Home Affairs spokesman", "Home Affairs Commissioner"): the name
before it may be a portfolio or a beat rather than a body."""
_OFFICE_AFTER_RE = re.compile(r"\s+(?:minister|secretary|commissioner)\b", re.IGNORECASE)
"""An office right after one word ("Finance Minister", "Home Secretary"): the word may be a
portfolio; a firm or a paper named by a common word has spokesmen and editors ("Shell
spokesman", "Times editor"), not ministers."""
PORTFOLIO_WORDS = (1, 2, 3)
"""Words of a name read as a portfolio."""
BODY_WORDS = frozenset({"office"})
"""Last words of a body's name before a role, besides the designators ("Home Office minister",
"Revolution Studios spokesman"), as match keys."""


def _portfolio(st, i: int) -> bool:
    """Mention i is a phrase of two or three capitalised words (maybe joined by "and") before a role
    ("[Home Affairs] spokesman"), or one word before an office ("[Finance] Minister"), not ending
    in a body's word ("Home Office", "Revolution Studios"): a portfolio when every word is common
    (asked later: "Treasury Secretary" stays)."""
    s = st.surf[i]
    role = _OFFICE_AFTER_RE if s.ntok == 1 else _ROLE_AFTER_RE
    if role.match(st.article_text.get(st.art_ids[i], ""), st.ends[i]) is None:
        return False
    words = [w for w in s.name.split() if w != "and"]
    last = s.key.rsplit(" ", 1)[-1]
    return (
        len(words) in PORTFOLIO_WORDS
        and last not in DESIGNATORS
        and last not in BODY_WORDS
        and all(_title_case(w) for w in words)
    )


def _title_case(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def drop_common_words(st) -> None:
    """Pass 2b (corpus casing, :mod:`pipelines.entities.common_words`; ``st`` is the canonicaliser's
    ``state.State``, not imported: that would be a cycle): a one-word mention (no
    honorific, no acronym, no known place, not a word of a longer name in its article) that the
    corpus writes in lower case at least ``COMMON_RATIO`` times as often as capitalised is junk
    where its context is that of a common word (:func:`generic_context`: "Defence Secretary",
    "Quirky comedy"); standing alone inside a sentence ("rights group Liberty",
    "known as Respond") it stays a name. A common word opening a sentence is cut off the name it
    runs into ("Cult British group ...": British) when that name is written once in the corpus,
    its first word is no given name, and the rest is a name of the corpus. A phrase of two or
    three common words before a role, or one before an office, is a portfolio, not a body, and junk
    ("[Home Affairs] spokesman", "[Finance] Minister"; "Home Office" elsewhere stays)."""
    from pipelines.entities import gazetteer

    live = st.live()
    seen = Counter(st.surf[i].key for i in live)
    portfolios = [i for i in live if not st.surf[i].honorific and not st.surf[i].acronym and _portfolio(st, i)]
    article_words = {(st.art_ids[i], w) for i in live if st.surf[i].ntok > 1 for w in st.surf[i].name.split()}
    single, leading = [], []
    for i in live:
        s = st.surf[i]
        words = s.name.split()
        if not _plain(s):
            continue
        if _lone_word(st, i) and gazetteer.lookup(s.key) is None:
            in_name = (st.art_ids[i], s.name) in article_words and st.labels[i] not in SHORT_PLACE_LABELS
            if not in_name:
                single.append(i)
        elif (
            len(words) > 1
            and seen[s.key] == 1
            and starts_sentence(st.article_text.get(st.art_ids[i], ""), st.starts[i])
        ):
            leading.append(i)
    if not single and not leading and not portfolios:
        return
    asked = {st.surf[i].name.split()[0].lower() for i in single + leading}
    asked |= {st.surf[i].name.split()[-1].lower() for i in leading}
    asked |= {w.lower() for i in portfolios for w in st.surf[i].name.split()}
    common = st.common_words(asked)
    for i in portfolios:
        if all(common.is_common(w.lower()) for w in st.surf[i].name.split() if w != "and"):
            st.surf[i] = None  # "Home Affairs spokesman": a portfolio, no body
            st.junk["portfolio"] += 1
    single = [i for i in single if st.surf[i] is not None]
    leading = [i for i in leading if st.surf[i] is not None]
    _drop_single(st, single, common)
    _cut_leading(st, [i for i in leading if common.is_common(st.surf[i].name.split()[0].lower())], set(seen), common)
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]


def _plain(s) -> bool:
    """A surface that opens with a capitalised word of the language's shape and carries no
    honorific, title, acronym or handle."""
    return not (s.honorific or s.titled or s.acronym or s.handle) and _title_case(s.name.split()[0])


def _lone_word(st, i: int) -> bool:
    """Mention i is one word with a label a common word may have (``GENERIC_LABELS``)."""
    return len(st.surf[i].name.split()) == 1 and st.labels[i] in GENERIC_LABELS


def drop_linked_pieces(st) -> None:
    """Pass 2c, after the passes that join a name's pieces ("Department for Education" and
    "Skills"): a one-word mention of a common word (``COMMON_RATIO``; no known place) joined by
    "and", "&", "of" or "for" to a capitalised common word (:func:`linked_words`: "Betting and
    [Gaming]", "Secretary of [Energy]") is a piece of a longer name the model cut, junk alone."""
    from pipelines.entities import gazetteer

    todo = {}
    for i in st.live():
        s = st.surf[i]
        if _plain(s) and _lone_word(st, i) and gazetteer.lookup(s.key) is None:
            found = linked_words(st.article_text.get(st.art_ids[i], ""), st.starts[i], st.ends[i])
            if found:
                todo[i] = found
    if not todo:
        return
    common = st.common_words({w.lower() for i, found in todo.items() for w in (*found, st.surf[i].name)})
    for i, found in todo.items():
        word = st.surf[i].name.lower()
        lower, capital = common.counts(word)
        if (
            common.is_common(word)
            and lower >= COMMON_RATIO * capital
            and any(common.is_common(w.lower()) for w in found)
        ):
            st.surf[i] = None
            st.junk["piece of a name of common words"] += 1
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]


def _drop_single(st, single: list[int], common) -> None:
    """One-word mentions of a common word are junk, unless their article also uses the word as a
    name (outside a common word's context: '"...," said Poll. Poll added')."""
    named: set[tuple[str, str]] = set()
    generic: list[int] = []
    for i in single:
        word = st.surf[i].name.lower()
        lower, capital = common.counts(word)
        if not (common.is_common(word) and lower >= COMMON_RATIO * capital):
            continue
        if generic_context(st.article_text.get(st.art_ids[i], ""), st.starts[i], st.ends[i]):
            generic.append(i)
        else:
            named.add((st.art_ids[i], word))
    for i in generic:
        if (st.art_ids[i], st.surf[i].name.lower()) not in named:
            st.surf[i] = None
            st.junk["common word"] += 1


THING_MIN_MENTIONS = 3
"""Mentions of a one-word name, mostly no person's, that make it a thing's name of the corpus."""
THING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
"""Labels of a thing's one-word name: a body's or a place's; not a people's adjective ("[Great
American] recently announced", a firm)."""


def _things(st) -> set[str]:
    """Keys of the one-word names the corpus's mentions give a body's or a place's label most often
    (``THING_LABELS``) or that name a gazetteer place (a town's club in line-ups the model reads as
    people: "M Stevens (Bath)"), in ``THING_MIN_MENTIONS`` mentions or more, no nationality's word."""
    from pipelines.entities import gazetteer
    from pipelines.entities.nationalities import is_nationality_word
    from pipelines.entities.split_names import name_labels, usual_label

    return {
        k
        for k, labels in name_labels(st).items()
        if " " not in k
        and sum(labels.values()) >= THING_MIN_MENTIONS
        and (usual_label(labels) in THING_LABELS or gazetteer.lookup(k) is not None)
        and not is_nationality_word(k)
    }


def _cut_leading(st, leading: list[int], keys: set[str], common) -> None:
    """Mentions whose first word is a common word opening a sentence name the rest, when the rest
    is a capitalised name of the corpus (not "& Wireless"), the first word no given name, and a
    lone word left is no person's surname ("Miles Shipside" stays: "miles" is common too) nor a
    word the corpus writes in lower case ("Capital Radio" stays); a kind of firm opening it is cut off
    a lone word the model calls a person too ("Bookmaker [Ladbrokes]": no person is written so), and
    any such word is cut off in a span the model calls a person before a lone word the corpus names
    on its own as a body's or a place's, mostly, in ``THING_MIN_MENTIONS`` mentions or more, and
    writes in lower case less often ("[Fellow Bath] prop Matt Stevens": Bath is a club's and a
    city's); the span then follows the lone word."""
    from pipelines.entities.given_names import given_names
    from pipelines.entities.keys import match_key
    from pipelines.entities.name_spans import narrow
    from pipelines.entities.org_words import ORG_BEFORE
    from pipelines.entities.surfaces import analyse

    things = _things(st) if leading else set()
    for i in leading:
        thing = False
        first, rest = st.surf[i].name.split(" ", 1)
        cut = analyse(rest, st.labels[i])
        if (
            rest[:1].isupper()
            and not isinstance(cut, str)
            and cut.key in keys
            and (
                cut.ntok > 1
                or (
                    (st.labels[i] != "PERSON" or (first.lower(),) in ORG_BEFORE)
                    and not common.written_in_lower_case(cut.name.lower())
                )
                or (thing := st.labels[i] == "PERSON" and cut.key in things and not common.is_common(cut.name.lower()))
            )
            and match_key(first) not in given_names()
        ):
            st.surf[i] = cut
            if cut.ntok > 1 or thing:  # a full name or a thing: the span follows it (a lone word keeps the span)
                narrow(st, i, rest)
