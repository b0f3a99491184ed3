"""The words that report speech: reporting verbs in all their forms, and role nouns that stand
for a speaker ("the defender", "a spokesman").

Reporting verbs are listed once as lemmas (general English verbs of saying, not words of single
articles) and inflected here: third person ("says"), past and participle ("said", "written"),
and -ing ("saying"). Lemmas that are also common nouns ("report", "comment", "state") report
speech only in their past forms, so that "the state's governor said" or "the report" never
counts as a reporting clause of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERBS = """
    say tell add ask warn stress insist explain argue declare announce continue respond urge
    acknowledge admit suggest confirm predict vow recall concede observe reiterate emphasise
    emphasize maintain conclude describe accuse agree complain boast reveal assert allege contend
    exclaim reflect speculate affirm confess deny disclose indicate inform proclaim reassure
    remind testify underline underscore advise plead criticise criticize condemn lament
    interject grumble mutter enthuse gush scoff tease swear assure propose recommend
    concur dismiss beg implore instruct congratulate point_out hit_back sum_up fire_back
    shoot_back spell_out believe reckon think
""".split()
"""Verbs that report what someone said, as lemmas (a phrasal verb joined by ``_``)."""

NOUN_LIKE_VERBS = """
    claim note write tweet post comment state remark report answer estimate forecast protest
    promise demand counter regret praise welcome challenge question reply repeat joke quip
    caution retort laugh sigh shout whisper scream yell thunder snap pledge guarantee highlight
    muse fume thank blame mention wonder recount murmur go_on
""".split()
"""Reporting verbs that are also common nouns or adjectives ("a claim", "the state", "a
promising start"): only their past forms report speech, plus the third-person forms that
always did ("claims", "notes")."""

OBJECT_VERBS = frozenset(
    """tell ask urge warn remind accuse assure reassure inform advise beg implore instruct thank
    congratulate blame criticise criticize condemn praise welcome challenge question dismiss tease""".split()
)
"""Verbs whose next noun phrase is the one addressed or talked about ("told the Evening
Standard", "accused the board"), never an inverted subject ("said Mr Smith")."""

_IRREGULAR = {
    "say": ("says", ("said",), "saying"),
    "tell": ("tells", ("told",), "telling"),
    "write": ("writes", ("wrote", "written"), "writing"),
    "go": ("goes", ("went", "gone"), "going"),
    "swear": ("swears", ("swore", "sworn"), "swearing"),
    "hit": ("hits", ("hit",), "hitting"),
    "shoot": ("shoots", ("shot",), "shooting"),
    "spell": ("spells", ("spelled", "spelt"), "spelling"),
    "think": ("thinks", ("thought",), "thinking"),
}
_DOUBLED = frozenset("admit quip snap regret beg concur sum".split())
"""Lemmas that double their last consonant before -ed and -ing."""
_ALWAYS_THIRD_PERSON = (
    "claims notes states comments remarks demands promises replies counters writes tweets jokes quips cautions"
).split()


def inflections(lemma: str) -> tuple[str, tuple[str, ...], str]:
    """(third person, past forms, -ing form) of a verb lemma."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _DOUBLED:
        return third, (lemma + lemma[-1] + "ed",), lemma + lemma[-1] + "ing"
    if lemma.endswith("e"):
        return third, (lemma + "d",), (lemma if lemma.endswith("ee") else lemma[:-1]) + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return third, (lemma[:-1] + "ied",), lemma + "ing"
    return third, (lemma + "ed",), lemma + "ing"


def verb_forms(lemma: str, *, noun_like: bool = False) -> set[str]:
    """Every form of a reporting verb lemma (see the module docstring); a phrasal verb's
    particle follows each form ("points out", "went on")."""
    head, _, particle = lemma.partition("_")
    third, past, ing = inflections(head)
    forms = set(past) if noun_like else {head, third, *past, ing}
    return {f"{f} {particle}" if particle else f for f in forms}


def _alternation(words: set[str]) -> str:
    """A regular-expression alternation of words, longest first, spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


CUE_WORDS = frozenset(
    {f for v in VERBS for f in verb_forms(v)}
    | {f for v in NOUN_LIKE_VERBS for f in verb_forms(v, noun_like=True)}
    | set(_ALWAYS_THIRD_PERSON)
)
"""Every word (or phrasal verb) that opens a reporting clause."""
_SINGLE_CUES = frozenset(w for w in CUE_WORDS if " " not in w)
_PARTICLES: dict[str, frozenset[str]] = {}
for _phrase in [w for w in CUE_WORDS if " " in w] + ["according to"]:
    _first, _particle = _phrase.split()
    _PARTICLES[_first] = _PARTICLES.get(_first, frozenset()) | {_particle}
_WORD_RE = re.compile(r"[A-Za-z]+")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)\b")
OBJECT_CUE_RE = re.compile(
    r"\b(?:" + _alternation({f for v in OBJECT_VERBS for f in verb_forms(v)}) + r")\s*$", re.IGNORECASE
)
"""A cue, at the end of the searched text, whose next noun phrase is its object."""


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in a text, read like a regular-expression match."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


def _all_cues(text: str, start: int, end: int) -> list[Cue]:
    """Every cue word or phrase between start and end (a word set look-up per word: a regular
    expression of some 400 alternatives is several times slower)."""
    out = []
    for m in _WORD_RE.finditer(text, start, end):
        low = m.group().lower()
        if low in _PARTICLES:
            nxt = _NEXT_WORD_RE.match(text, m.end(), end)
            if nxt and nxt.group(1).lower() in _PARTICLES[low]:
                out.append(Cue(m.start(), nxt.end(), text[m.start() : nxt.end()]))
                continue
        if low in _SINGLE_CUES:
            out.append(Cue(m.start(), m.end(), m.group()))
    return out


ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson minister president secretary chancellor official leader
    chief premier mayor governor senator ambassador envoy general commander chairman chairwoman
    chair executive boss manager coach director founder owner analyst economist strategist head
    judge prosecutor lawyer solicitor barrister officer detective inspector superintendent
    commissioner captain skipper player defender striker midfielder forward winger goalkeeper
    keeper full-back fly-half scrum-half flanker batsman bowler champion star veteran rookie
    singer actor actress comedian presenter musician rapper writer author novelist producer
    film-maker filmmaker designer artist doctor surgeon scientist researcher professor expert
    campaigner activist teacher headteacher bishop archbishop mp mep candidate frontrunner
    frenchman englishman scotsman welshman irishman dutchman briton scot spaniard athlete sprinter
    runner""".split()
)
"""Head nouns of a phrase that stands for a speaker ("the defender", "a spokesman", "the
Frenchman"), as lower-case keys; "the 28-year-old" is one too."""
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson official source sources representative".split())
"""Roles that speak for the organisation named in them ("an SFA spokesman" speaks for the SFA)."""
ROLE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:[A-Z][\w'’&-]*\s+){3,4}|(?:[\w'’-]+\s+){0,2})"
    r"(?:(?i:" + _alternation(set(ROLE_NOUNS)) + r")|\d+-year-old)\b"
    r"|\b(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s\s+(?:[a-z][\w-]*\s+)?(?:" + _alternation(SPOKESPERSON_NOUNS) + r")\b"
)
"""A role phrase: a determiner, up to two modifiers (or an organisation's name of up to four
capitalised words: "a Scottish Labour Party spokesman") and a role noun ("the former Leeds
manager"); or the possessive of a name of up to four capitalised words and a spokesperson noun
("Big Brother's spokeswoman", "Swiss Re's official spokesman"), which speaks for the name."""

FIRM_NOUNS = frozenset(
    """company firm group bank club team band airline retailer maker manufacturer operator insurer
    lender supplier publisher broadcaster network studio newspaper carrier consortium organisation
    organization agency charity association institute foundation""".split()
)
"""Nouns of a body an article names before it calls it by the noun ("EMI said ... the company
added"): one of them stands for the organisation that spoke last."""
BODY_NOUNS = frozenset(
    """ministry department government party union council authority commission committee board
    police army court regulator federation watchdog administration embassy""".split()
)
"""Nouns of a public body, which stands for an organisation only when its name has the noun
("the ministry" after "the Ministry of Defence")."""
GROUP_RE = re.compile(
    r"\b[Tt]he\s+(?:[\w'’-]+\s+){0,2}?(?:" + _alternation(FIRM_NOUNS | BODY_NOUNS) + r")\b(?![\w'’-])"
)
"""An unnamed body: "the", up to two modifiers and a group noun in lower case ("the ministry",
"the Japanese firm"); a name ("the Ministry of Defence") is none."""

WEAK_VERBS = frozenset(
    """agree accuse deny reveal confirm criticise criticize condemn welcome praise dismiss blame thank
    congratulate propose recommend promise indicate highlight mention report question
    challenge estimate forecast predict describe pledge guarantee""".split()
)
"""Verbs that report an act or a stance more than words: in a sentence that also has a verb of
saying, the quote belongs to the sayer ("Straw told MPs that the US had agreed to release them
after "intensive talks"")."""
WEAK_CUE_WORDS = frozenset(f for v in WEAK_VERBS for f in verb_forms(v)) & CUE_WORDS
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
PASSIVE_LOOKBACK = 30
"""Characters before a cue searched for the auxiliary of a passive ("was accused", "were told")."""


INFINITIVE_VERBS = frozenset(
    "continue agree promise vow pledge ask demand propose swear guarantee plead beg claim urge".split()
)
"""Verbs that take an infinitive ("would continue to make", "agreed to pay"): then no speech."""
_INFINITIVE_FORMS = frozenset(f for v in INFINITIVE_VERBS for f in verb_forms(v))
_TO_RE = re.compile(r"\s+to\s+[a-z]")
_ADD_FORMS = frozenset(verb_forms("add"))
_TO_ANY_RE = re.compile(r"\s+to\b")


def cues(masked: str, start: int, end: int) -> list[Cue]:
    """The reporting cues between start and end, less passives ("they are accused of", "he was
    told"), whose subject is not the speaker, verbs before an infinitive ("continue to") and
    "add to" ("He added to the list:")."""
    out = []
    for m in _all_cues(masked, start, end):
        word = m.group().lower()
        if word in _INFINITIVE_FORMS and _TO_RE.match(masked, m.end()):
            continue
        if word in _ADD_FORMS and _TO_ANY_RE.match(masked, m.end()):
            continue  # "added to the list": more of something, not speech
        if not word.endswith("ing") and _PASSIVE_BEFORE_RE.search(
            masked, max(0, m.start() - PASSIVE_LOOKBACK), m.start()
        ):
            continue
        out.append(m)
    return out


def is_weak(cue: Cue) -> bool:
    return " ".join(cue.group().lower().split()) in WEAK_CUE_WORDS


SOURCE_NOUNS = frozenset(
    """report statement letter message memo email e-mail note submission testimony column article blog
    website announcement autobiography diary memoir book release manifesto filing notice newsletter minutes""".split()
)
"""Nouns of a written source that speaks for its author ("his report said", "Acme's statement
added"): a possessive before one names the speaker."""
POSSESSIVE_SOURCE_RE = re.compile(
    r"\b([Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(set(SOURCE_NOUNS)) + r")\b"
)
"""A possessive determiner and a source noun ("his report", "her latest statement")."""
SOURCE_GROUP_RE = re.compile(r"\b[Tt]he\s+(?:[\w'’-]+\s+)??(?:" + _alternation(set(SOURCE_NOUNS)) + r")\b(?![\w'’-])")
"""A written source as an unnamed subject ("the report said", "The statement continued")."""
SOURCE_AFTER_NAME_RE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(set(SOURCE_NOUNS)) + r")\b")
"""A name's possessive and a source noun, right after the name ("'s statement")."""

ROLE_QUALIFIERS = frozenset("deputy vice assistant shadow acting junior former ex interim".split())
"""Words that make a role another one ("Deputy Prime Minister" is not "the prime minister")."""


SKIP_WORDS = frozenset(
    "also later earlier yesterday today tonight then again once reportedly previously has had have "
    "was were is will would just recently further separately however meanwhile on in a an "
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "last this week month year statement".split()
)
"""Words that may stand between a subject and its cue ("Berg also said", "Berg on Monday said")."""
