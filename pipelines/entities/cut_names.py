"""Names the small model cut short (issue 11): the span holds some of the name's words and leaves
the others outside, next to it. The span takes in the run of capitalised words right next to it
inside a sentence that no other mention covers (at most ``MAX_WORDS`` on a side, "and", "of",
"of the" or "&" may stand between them; no possessive owner before them: "Razorlight's Up [All
Night]"), when

* the longer name is one the corpus's mentions name whole elsewhere ("[BBC] One", "the [US] Open",
  "[Swiss] Re", "Hide and [Seek]"); only so across "and" ("Million Dollar Baby and [Sideways]" is
  a list), unless a kind word of a body, an event or a building ends the run after the span: then
  the run is the rest of the name ("[the Financial Times New Media] and Broadcasting Conference",
  "[UK] Film Council", "[Odeon] Leicester Square"), whatever the span's label;
* or the words are rare, words the corpus does not write in lower case more often
  (``State.common_words``), with no link word: "offices in Kentish [Town]", "the [Casino] Royale
  project", "the Sunday [Telegraph]", "Charlize [Theron]";
* or a common word stands capitalised there, mid-sentence, which only a name or a title does ("hit
  show Desperate [Housewives]", "directed by Three [Kings] film-maker", "Maria Full of [Grace]"; a
  negative contraction too: "Boys Don't [Cry]");
  not after a person's name ("the [Bush] Presidency").

A firm's span that opens with a body's kind word ("Group", "United", "Bank": no firm is named by its
kind word alone) takes in a rare word even where it opens the sentence ("Menatep [Group]'s managing
director", "March 2 - UtiliCorp [United Inc] said"); not a common one ("With [United] battling").

Never a role, an honorific or a title ("Senator", "Mr", "Baroness"), a nationality ("Russian
[Marat Safin]"), a determiner ("An [EU] spokesman"), a day or a month ("on Thursday [Intel] said";
"the Sunday" is a name's), an acronym, a plural of one, a hyphenated or possessive word
("[Windows] PCs", "Saturday's [Carling Cup]"); nothing when the run goes on into another
capitalised word or a number, where the name's end is unknown ("[Sacha] Baron Cohen", "Santa Clara
County [Superior] Court"), unless that word is an honorific opening the next name ("told the [Sunday]
Times Mr Campbell would"). A place, a firm or a word the model tags NORP on its own in several
articles takes other words after it only into a known name: they modify it ("the [US] Olympic team", "in
[Las Vegas] Microsoft boss", "the [Kodak] Brownie camera", "[Swiss] Xstrata"); a person's full
name takes no word before it ("Scots Guardsman [Allan Hendry]"), but a PERSON span whose first word is
no given name, with no title, may be part of a title or a group's name and does ("watchdog Reporters
[Without Borders]", "Rocket [Baby Dolls]"; not a role's portfolio after a capitalised word and "of" or
"for": "Minister of Social Affairs [Louw de Graaf]").

Only into a known name: a nationality's adjective ("[Czech] Republic", "[Australian] Open"; not
into a person's full name: "[American] Taylor Dent"), an acronym before the span ("UK [Independence
Party]", "PC [Pro Magazine]", "JP [Morgan]"), a body's title word after it ("[Scottish] Executive")
and a day without "the" ("[Sheffield] Wednesday"); an adjective so widened (a NORP span) takes the
label the corpus gives the known name most often. A function word opening the sentence before the
run hides no longer name ("The Liberal [Democrats]", "But Liberal [Democrat] peers"), and the word
opening a sentence is taken in too, only into a known name ("Liberal [Democrat] chairman Matthew
Taylor said": the capital of a sentence's first word says nothing of its own).

A run before the span none of whose readings above names the name is tried shorter too, its nearest
words only, when those make a name the corpus names whole ("Sex and the City and Will and [Grace]": the
run "City and Will and" makes no name, "Will and" makes the known "Will and Grace").

Hard-wrapped wire copy is read with each single line break as the space it stands for
(:func:`pipelines.money.extract.unwrap`, same offsets), so a name the model cut at a wrap takes in
the words across it as across a space ("with Pizza\n[Inn Acquiring Corp]", "the Dominican\n[Republic]");
a blank line still ends the paragraph.

Each test reads a few words on either side of a mention, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import EVENT_DESIGNATORS, FAC_DESIGNATORS, NOBLE_TITLES, ORG_DESIGNATORS, is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.split_names import name_labels, usual_label
from pipelines.entities.surfaces import analyse
from pipelines.money.extract import unwrap
from pipelines.wordlists import (
    HONORIFICS,
    LEGAL_FORMS,
    PERSON_BEFORE,
    PLACE_LABELS,
    SENTENCE_OPENERS,
    TITLE_CONNECTORS,
    TITLE_WORDS,
)

CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)
"""Days and months, capitalised in any sentence: a word of a name only after "the"."""
ROLE_WORDS = frozenset(
    match_key(w) for w in (PERSON_BEFORE | TITLE_WORDS | NOBLE_TITLES | {"councillor"}) - TITLE_CONNECTORS
)
"""Roles, honorifics and titles (as match keys), which stand next to names without being part of
them ("Senator [John Kerry]", "[US] President", "Baron [Kinnock]")."""
NOT_NAME_WORDS = ROLE_WORDS | TITLE_CONNECTORS
KNOWN_ONLY_ROLES = ROLE_WORDS - HONORIFICS - NOBLE_TITLES - {match_key(w) for w in PERSON_BEFORE}
"""Title words that also end a body's name ("[Scottish] Executive", "[European] Commission"): taken
in only into a name the corpus knows whole, never before a person's name."""
DETERMINERS = frozenset("a an the this that these those my his her its our their your".split())
"""Words that open a noun phrase, never a name's first word ("An [EU] spokesman")."""
NO_WORDS_AFTER = PLACE_LABELS | {"ORG"}
"""Labels of names that take no word after them, unless the longer name is known."""
GROUP_WORD_ARTICLES = 2
"""Articles in which the model tags a word NORP on its own that make it a nationality's, a
religion's or a party's adjective, which takes no word after it either."""
KIND_WORDS = (ORG_DESIGNATORS | EVENT_DESIGNATORS | FAC_DESIGNATORS) - {match_key(w) for w in LEGAL_FORMS}
"""Last words that say what kind of body, event or building a name names (match keys): a run after
a span that ends in one is the rest of the name ("[UK] Film Council", "[the Financial Times New
Media] and Broadcasting Conference"); not a legal form, which another pass reads ("Mitsui and Co
Ltd")."""
MAX_WORDS = 3
"""Capitalised words taken in on one side at most."""
_WORD = r"[A-Z](?:[a-z]*n['’]t|[a-z]+|[a-z]*[A-Z][a-z]+)"
"""A capitalised word ("Royale", "McDonald"; not "PCs", "DoCoMo"), or a negative contraction ("Boys
Don't [Cry]"), which capitalised inside a sentence stands only in a title."""
_ACRONYM = r"[A-Z]{2,4}"
"""An acronym before a span ("UK [Independence Party]", "PC [Pro Magazine]"), taken in only into a
name the corpus knows whole."""
_LINK = r"(?:and|of|of the|&)"
_LINK_WORDS = frozenset({"and", "of", "the", "&"})
"""Words inside a name's run before the span ("Black and [White Town]", "Maria Full of [Grace]");
after it only "of" ("[Kings] of Leon"): "and" there opens the next item of a list."""
_WORD_AFTER_RE = re.compile(rf" (?:(of|of the|and) )?({_WORD})(?![\w&-]|['’]\w|\.(?:[,;]|\s+[a-z(]))")
"""A capitalised word after a span, maybe after a link word; no possessive nor abbreviation
("[Williams] Cos. and")."""
_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’&.-])({_WORD}|{_ACRONYM})(?: ({_LINK}))? $")
_CAPITAL_AFTER_RE = re.compile(
    r" (?:(?!(?:{})\.? )[A-Z]|\d+(?![\d-]))".format("|".join(sorted(h.capitalize() for h in HONORIFICS)))
)
"""A capitalised word or a number (not a score) after the words taken in: the name runs on
("[Filthy Love and] Channel 4's"; not "beat [Shinobu] Asagoe 6-4"); not an honorific, which opens
the next name ("told the [Sunday] Times Mr Campbell would")."""
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w'’&.-])([A-Z][\w'’&.-]*) $")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”'‘’(\n]\s*|\s-\s)$")
_THE_BEFORE_RE = re.compile(r"(?<!\w)[Tt]he $")
WINDOW = 40
"""Characters read before a span for the words before it."""


KNOWN = "known"
"""What :func:`_name_word` says of a word that is a name's only in a name the corpus knows whole."""


def _name_word(word: str, text: str, start: int, after: bool = False) -> bool | str:
    """``word`` (at ``start`` of ``text``) may be a word of a name (see the module docstring):
    True, False, or :data:`KNOWN` for an acronym, a body's title word after the span or a day or a
    month without "the" ("UK [Independence Party]", "[Scottish] Executive", "[Sheffield]
    Wednesday"), which only a name the corpus knows whole takes in."""
    key = match_key(word)
    if after and key in KNOWN_ONLY_ROLES:
        return KNOWN
    if key in NOT_NAME_WORDS or is_nationality_word(key) or is_demonym(key):
        return False
    if word.isupper() or (key in CALENDAR_WORDS and _THE_BEFORE_RE.search(text, max(0, start - 4), start) is None):
        return KNOWN
    return True


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_START_RE.search(text, max(0, start - 3), start) is not None


def _free(covered: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(s < b and a < e for s, e in covered)


Run = tuple[int, list[str], tuple[str, ...], bool]
"""A run of name words next to a span: where it ends (after) or starts (before), its words, the
link word next to each ("and", "of", "of the", "&"; "" for none), and whether only a name the
corpus knows whole takes it in."""


def _after(text: str, end: int, covered: list[tuple[int, int]]) -> Run:
    """The run of name words after a span ending at ``end``."""
    words: list[str] = []
    links: tuple[str, ...] = ()
    known = False
    if text[end : end + 1] != " ":
        return end, [], (), False
    while len(words) < MAX_WORDS and (m := _WORD_AFTER_RE.match(text, end)) is not None:
        if not _free(covered, m.start(), m.end()) or not (word := _name_word(m.group(2), text, m.start(2), True)):
            break
        known = known or word == KNOWN
        words.append(m.group(2))
        links, end = (*links, m.group(1) or ""), m.end()
    return (end, words, links, known) if words and not _CAPITAL_AFTER_RE.match(text, end) else (end, [], (), False)


def _before(text: str, start: int, covered: list[tuple[int, int]], opener: bool = False) -> Run:
    """The run of name words before a span starting at ``start``, nearest first; ``opener``: a word
    opening the sentence right before the span may be its first (a firm's span opening with a kind
    word: "Menatep [Group]'s")."""
    words: list[str] = []
    links: tuple[str, ...] = ()
    known = False
    previous = text[text.rfind(" ", max(0, start - WINDOW), start - 1) + 1 : start - 1]
    if text[start - 1 : start] != " " or not (previous[:1].isupper() or previous in _LINK_WORDS):
        return start, [], (), False  # the cheap common case: a lower-case word or a mark before the span
    while len(words) < MAX_WORDS and (m := _WORD_BEFORE_RE.search(text, max(0, start - WINDOW), start)):
        a = m.start(1)
        opens = _opens_sentence(text, a)
        if opens and (m.group(2) or m.group(1).lower() in SENTENCE_OPENERS):
            break
        if (
            not _free(covered, a, start)
            or not (word := _name_word(m.group(1), text, a))
            or m.group(1).lower() in DETERMINERS
        ):
            break
        # a word opening the sentence may be a name's or any capitalised word: only a name the corpus
        # knows whole takes it in ("Liberal [Democrat] chairman"), unless it is a rare word before a
        # firm's kind word (``opener``: "Menatep [Group]'s")
        known = known or word == KNOWN or (opens and (bool(words) or not opener))
        words.append(m.group(1))
        links, start = (*links, m.group(2) or ""), a
        if opens:
            break
    if not words:
        return start, [], (), False
    capital = _CAPITAL_BEFORE_RE.search(text, max(0, start - WINDOW), start)
    owner = capital is not None and capital.group(1).endswith(("'s", "’s", "s'", "s’"))  # "Razorlight's Up"
    opener = (
        capital is not None and capital.group(1).lower() in SENTENCE_OPENERS and _opens_sentence(text, capital.start(1))
    )
    if capital is not None and not owner and not opener and match_key(capital.group(1)) not in ROLE_WORDS:
        return start, [], (), False  # "Million Dollar [Baby]"; not "The Liberal [Democrats]"
    return start, words, links, known


def group_words(st) -> set[str]:
    """Keys of one-word mentions the model tags NORP in ``GROUP_WORD_ARTICLES`` articles or more."""
    seen: dict[str, set[str]] = {}
    for i in st.live():
        if st.labels[i] == "NORP" and st.surf[i].ntok == 1:
            seen.setdefault(st.surf[i].key, set()).add(st.art_ids[i])
    return {k for k, arts in seen.items() if len(arts) >= GROUP_WORD_ARTICLES}


_PORTFOLIO_RE = re.compile(r"[A-Z][\w'’-]* (?:of|for) $")
"""A capitalised word and "of" or "for" before a run: the run is a role's portfolio ("Minister of
State for Energy"; not "a bid for Purolator Courier Corp")."""


def _sure_person(s) -> bool:
    """A PERSON span of two words or more is a person's full name, which takes no word before it, when
    its first word is a given name or a title or an honorific stood before it ("Scots Guardsman [Allan
    Hendry]"); else the model may have called part of a title or a group's name a person's ("human rights
    watchdog Reporters [Without Borders]", "changing its name to Rocket [Baby Dolls]"), and it takes
    in the words before it, unless a capitalised word and "of" or "for" stand before them, a role's
    portfolio ("Minister of Social Affairs [Louw de Graaf]")."""
    return s.honorific or s.titled or match_key(s.name.split(" ", 1)[0]) in given_names()


def _runs(st, i: int, text: str, covered: list[tuple[int, int]], groups: set[str]) -> tuple | None:
    """Mention i's runs of name words before and after it, and whether it may take unknown words
    after it, or None when it has no run."""
    s, start, end = st.surf[i], st.starts[i], st.ends[i]
    full_name = st.labels[i] == "PERSON" and s.ntok > 1
    kind_first = st.labels[i] == "ORG" and match_key(s.name.split(" ", 1)[0]) in KIND_WORDS  # "Menatep [Group]"
    before = (start, [], (), False) if full_name and _sure_person(s) else _before(text, start, covered, kind_first)
    if full_name and _PORTFOLIO_RE.search(text, max(0, before[0] - WINDOW), before[0]):
        before = (start, [], (), False)  # "Minister of Social Affairs [Louw de Graaf]": a role's portfolio
    owner = text[end - 1 : end] in ".'’" or text.endswith(("'s", "’s"), 0, end)  # "[Martin Scorsese's] Aviator"
    after = (end, [], (), False) if owner else _after(text, end, covered)
    if not before[1] and not after[1]:
        return None
    return before, after, st.labels[i] not in NO_WORDS_AFTER and s.key not in groups


def _accepts(
    st, i: int, before: Run, after: Run, words_after: bool, common, known: dict, key: str, opener: bool = False
) -> bool:
    """A widening of mention i by the runs ``before`` and ``after`` names the name (see the module
    docstring); ``words_after`` None: a nationality's or a people's adjective, which takes words in
    only into a known name ("[Czech] Republic")."""
    if key in known:
        return True
    if before[3] or after[3] or words_after is None:
        return False
    if opener and any(common.is_common(w.lower()) for w in before[1]):
        return False  # "With [United] battling": a common word opening the sentence
    kind = bool(after[1]) and match_key(after[1][-1]) in KIND_WORDS and after[2][-1] != "and"  # "[UK] Film Council"
    if "and" in before[2] or "&" in before[2]:
        return False  # "Million Dollar Baby and [Sideways]": a list
    if after[1] and not kind and ("and" in after[2] or not words_after):
        return False  # "[Hopes] and Fears", "the [US] Olympic team"
    if st.labels[i] == "PERSON" and any(common.is_common(w.lower()) for w in after[1]):
        return False  # "the [Bush] Presidency"
    if kind or any(common.is_common(w.lower()) for w in before[1] + after[1]):
        return True  # a kind word, or a common word capitalised mid-sentence: "Desperate [Housewives]"
    return not any(before[2]) and not any(after[2])  # rare words: "Kentish [Town]"


def widen_cut_names(st) -> None:
    """Widen the spans the model cut short (see the module docstring); ``st`` is the
    canonicaliser's ``state.State``, not imported: that would be a cycle."""
    todo, groups = [], group_words(st)
    known = name_labels(st)
    for aid, idx in st.by_article.items():
        text = unwrap(st.article_text.get(aid, ""))  # a wire's line wrap is a space: "Pizza\n[Inn Acquiring Corp]"
        covered = [(st.starts[j], st.ends[j]) for j in idx]
        for i in idx:
            if st.surf[i] is None or (runs := _runs(st, i, text, covered, groups)) is None:
                continue
            if is_nationality_word(st.surf[i].key) or is_demonym(st.surf[i].key):
                runs = (runs[0], runs[1], None)  # "[Czech] Republic": only into a known name
            todo.append((i, text, runs))
    common = st.common_words({w.lower() for _, _, (b, a, _) in todo for w in b[1] + a[1]})
    left = _widen(st, todo, common, known)
    made: dict[str, dict[str, int]] = {}
    for i, _, _ in todo:
        if (i, st.starts[i], st.ends[i]) not in left:
            labels = made.setdefault(st.surf[i].key, {})
            labels[st.labels[i]] = labels.get(st.labels[i], 0) + 1
    if made:  # a name widened in one article is known whole in the others: "by Sunday [Telegraph] journalist"
        _widen(st, [item for item in todo if (item[0], st.starts[item[0]], st.ends[item[0]]) in left], common, made)


def _widen(st, todo: list, common, known: dict) -> set[tuple[int, int, int]]:
    """Widen the mentions of ``todo`` whose runs :func:`_accepts`; the (mention, start, end) of the
    ones left as they were."""
    left = set()
    for i, text, (before, after, words_after) in todo:
        for b, a in ((before, after), (before, (st.ends[i], [], (), False)), ((st.starts[i], [], (), False), after)):
            if not b[1] and not a[1]:
                continue
            s = analyse(text[b[0] : a[0]], st.labels[i])
            opener = bool(b[1]) and _opens_sentence(text, b[0])  # "Menatep [Group]'s": only a rare word
            if isinstance(s, str) or not _accepts(st, i, b, a, words_after, common, known, s.key, opener):
                continue
            if words_after is None or st.labels[i] == "NORP":
                if len(a[1]) > 1 and match_key(a[1][0]) in given_names():
                    continue  # "[American] Taylor Dent": a person's nationality (not "Evangelical Christian")
                if s.key in known:  # "[Scottish] Executive": the known name's label, not the adjective's
                    st.labels[i] = usual_label(known[s.key])
                    s = analyse(text[b[0] : a[0]], st.labels[i])
            st.surf[i], st.starts[i], st.ends[i] = s, b[0], a[0]
            break
        else:
            for b in _nearer_runs(text, st.starts[i], before):
                s = analyse(text[b : st.ends[i]], st.labels[i])
                if not isinstance(s, str) and s.key in known:
                    st.surf[i], st.starts[i] = s, b  # "Sex and the City and Will and [Grace]"
                    break
            else:
                left.add((i, st.starts[i], st.ends[i]))
    return left


def _nearer_runs(text: str, start: int, before: Run) -> list[int]:
    """Where the shorter runs of the run ``before`` a span starting at ``start`` start, the shortest
    first (its nearest words only): a known name may end the run ("Sex and the City and [Will and]
    Grace", a list whose run goes back into the title before)."""
    starts, pos = [], start
    for word in before[1][:-1]:
        pos = text.rfind(word, 0, pos)
        if pos < 0:
            break
        starts.append(pos)
    return starts
