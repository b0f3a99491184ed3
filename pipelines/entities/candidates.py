"""Speaker candidates of one article: names, pronouns, role phrases and unnamed bodies ("the
ministry") outside quotes, the genders the article gives its people, and the person that opens
each sentence as its subject.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from dataclasses import dataclass

from pipelines.entities import gazetteer
from pipelines.entities.glued_names import POST_NOMINALS
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.missed_names import missed_persons
from pipelines.entities.name_genders import name_genders
from pipelines.entities.nationalities import nationality_words
from pipelines.entities.reporting import (
    CUE_WORDS,
    GROUP_RE,
    POSSESSIVE_SOURCE_RE,
    ROLE_NOUNS,
    ROLE_RE,
    SKIP_WORDS,
    SOURCE_GROUP_RE,
)

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Entity labels that can say something."""
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$")
HONORIFIC_LOOKBACK = 8
"""Characters before a name searched for an honorific ("Mr ", "Prof. "), which joins the name."""
_POST_NOMINAL_AFTER_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(POST_NOMINALS))})\b")
"""A member's or a counsel's letters after a name ("Guy Mansfield QC"), which join the name."""
_PRONOUN_RE = re.compile(r"\b(he|she|they|it)\b", re.IGNORECASE)


class CandidateKind(enum.Enum):
    NAME = "name"
    PRONOUN = "pronoun"
    ROLE = "role"
    GROUP = "group"  # an unnamed body: "the ministry"


@dataclass
class Candidate:
    """A possible speaker: a named entity mention, a pronoun or a role noun phrase."""

    start: int
    end: int
    text: str
    entity_id: str | None
    kind: CandidateKind
    label: str | None

    def is_person(self) -> bool:
        return self.kind is CandidateKind.NAME and self.label == "PERSON"

    def pronoun(self) -> str:
        """A pronoun's subject form ("he" of "his report"), else the text in lower case."""
        word = self.text.split()[0].lower()
        return _SUBJECT_FORMS.get(word, self.text.lower()) if self.kind is CandidateKind.PRONOUN else self.text.lower()


_SUBJECT_FORMS = {"his": "he", "her": "she", "its": "it", "their": "they"}


@dataclass
class Mention:
    start: int
    end: int
    label: str | None
    entity_id: str | None


def candidates(text: str, masked: str, mentions: list[Mention], in_quote) -> list[Candidate]:
    """Speaker candidates outside quotes, in text order: names (with an honorific before them),
    pronouns and role phrases."""
    cands: list[Candidate] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.label in SPEAKER_LABELS and not in_quote(m.start) and (the := _nationality_noun(masked, m)) is not None:
            cands.append(
                Candidate(the, m.end, text[the : m.end], None, CandidateKind.ROLE, None)
            )  # "the American said"
        elif m.label in SPEAKER_LABELS and not in_quote(m.start) and not _role_noun(text, m):
            hon = _HONORIFIC_BEFORE_RE.search(text, max(0, m.start - HONORIFIC_LOOKBACK), m.start)
            start = hon.start() if hon else m.start
            label = "PERSON" if hon else m.label  # "Mr Houston" is a person, whatever the vote
            post = _POST_NOMINAL_AFTER_RE.match(text, m.end)  # "Guy Mansfield QC warned"
            if post and label == "GPE":
                continue  # "the [Salford] MP told": the seat's member, a role phrase, speaks
            end = post.end() if post else m.end
            cands.append(Candidate(start, end, text[start:end], m.entity_id, CandidateKind.NAME, label))
    spans = sorted((m.start, m.end) for m in mentions)
    ends = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end so far

    def covered(start: int, end: int) -> bool:
        k = bisect.bisect_left(spans, (end, -1)) - 1  # the last mention starting before end
        return (k >= 0 and ends[k] > start) or in_quote(start) or in_quote(end - 1)

    for start, end, name in missed_persons(masked, covered):  # "Parul Jain, economist at Acme, said"
        cands.append(Candidate(start, end, name, None, CandidateKind.NAME, "PERSON"))
    for m in _PRONOUN_RE.finditer(masked):
        cands.append(Candidate(m.start(), m.end(), m.group(), None, CandidateKind.PRONOUN, None))
    for m in POSSESSIVE_SOURCE_RE.finditer(masked):  # "his report said": he speaks
        cands.append(Candidate(m.start(), m.end(), m.group(), None, CandidateKind.PRONOUN, None))
    for m in ROLE_RE.finditer(masked):
        cands.append(Candidate(m.start(), m.end(), m.group(), None, CandidateKind.ROLE, None))
    _groups(cands, masked)
    _surnames_as_persons(cands)
    _given_names_before(cands, masked)
    cands.sort(key=lambda c: (c.start, -c.end))
    return cands


def _role_noun(text: str, m: Mention) -> bool:
    """Whether a nationality mention is a role noun ("the Irishman said", "the Frenchman"): a
    person the role phrase stands for, not the nationality."""
    return m.label == "NORP" and text[m.start : m.end].lower() in ROLE_NOUNS


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
_CUE_AFTER_RE = re.compile(r"\s*([A-Za-z]+)")


def _nationality_noun(masked: str, m: Mention) -> int | None:
    """Where "the" opens a nationality that a reporting verb follows ("the American said", "the
    Australian told"): a person named by nationality, a role phrase; else None."""
    if m.label != "NORP" or masked[m.end - 1] == "s":
        return None
    the = _THE_BEFORE_RE.search(masked, max(0, m.start - 5), m.start)
    cue = _CUE_AFTER_RE.match(masked, m.end)
    return the.start() if the and cue and cue.group(1).lower() in CUE_WORDS else None


_GROUP_BEFORE_RE = re.compile(r"\b(?:of|at|for|from|with|by|in|on|to|into|about|against|between)\s+$", re.IGNORECASE)
_GROUP_AFTER_RE = re.compile(r"\s*(?:[,.;:!?)]|$|([A-Za-z]+))")
CLAUSE_WORDS = frozenset("would will is was has had have could should may might must can does did are were".split())
"""Auxiliaries, which show that the noun phrase before them is a clause's subject."""


def _unnamed(m: re.Match) -> Candidate:
    return Candidate(m.start(), m.end(), m.group(), None, CandidateKind.GROUP, None)


def source_owner(c: Candidate, cands: list[Candidate], starts: list[int], masked: str) -> str | None:
    """The author of an unnamed written source ("The statement continued", "the minutes added"):
    the nearest name before it that owns the same noun ("An IAAF statement said", "The Bank's
    minutes"); else None."""
    owned = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?{re.escape(c.text.split()[-1])}\b", re.IGNORECASE)
    for n in reversed(cands[: bisect.bisect_left(starts, c.start)]):
        if n.kind is CandidateKind.NAME and n.entity_id and owned.match(masked, n.end):
            return n.entity_id
    return None


def _groups(cands: list[Candidate], masked: str) -> None:
    """Unnamed bodies as subjects ("the ministry said", "the firm, which ..., added"): no name or
    role phrase stands there, no preposition before it (not "president of the firm" but
    "according to the ministry"), and a verb or a punctuation mark follows (not "the club
    website", "the company's shares", "the firm Contrack")."""
    taken = sorted((c.start, c.end) for c in cands if c.kind in (CandidateKind.NAME, CandidateKind.ROLE))
    names = sorted((c for c in cands if c.kind is CandidateKind.NAME), key=lambda c: c.start)
    name_starts = [c.start for c in names]
    sources = (m for m in SOURCE_GROUP_RE.finditer(masked) if source_owner(_unnamed(m), names, name_starts, masked))
    for m in itertools.chain(GROUP_RE.finditer(masked), sources):  # "the statement" only when its author is named
        k = bisect.bisect_left(taken, (m.end(), -1)) - 1
        if k >= 0 and any(s < m.end() and m.start() < e for s, e in taken[max(0, k - 3) : k + 1]):
            continue
        before = masked[max(0, m.start() - 16) : m.start()]
        if _GROUP_BEFORE_RE.search(before) and not before.rstrip().lower().endswith("according to"):
            continue
        after = _GROUP_AFTER_RE.match(masked, m.end())
        word = after.group(1) if after else None
        if after and (word is None or word in CUE_WORDS or word in CLAUSE_WORDS or word in SKIP_WORDS):
            cands.append(Candidate(m.start(), m.end(), m.group(), None, CandidateKind.GROUP, None))


_WORD_BEFORE_RE = re.compile(r"([A-Z][a-z]+)[ \t]+$")


def _given_names_before(cands: list[Candidate], masked: str) -> None:
    """A one-word person mention right after a capitalised word that makes with it the full name
    of a person of the article is that person: the tagger took "Ferry" alone from "Otis Ferry"
    and gave it to Bryan Ferry."""
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.is_person() and c.entity_id and len(c.text.split()) == 2:
            full.setdefault(c.text, set()).add(c.entity_id)
    for c in cands:
        if c.is_person() and " " not in c.text:
            m = _WORD_BEFORE_RE.search(masked, max(0, c.start - 30), c.start)
            eids = full.get(f"{m.group(1)} {c.text}", set()) if m else set()
            if len(eids) == 1:
                c.start, c.text, c.entity_id = m.start(1), f"{m.group(1)} {c.text}", next(iter(eids))


_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _surnames_as_persons(cands: list[Candidate]) -> None:
    """A one-word name labelled otherwise ("Campese" NORP, "Beckham" ORG), or a person the tagger
    missed ("Mr Cable"), whose (last) word is the last word of exactly one person the article
    names in full is that person, unless it is a place of the gazetteer or a nationality: the
    speaker, and the antecedent of a later "he"."""
    last: dict[str, set[str]] = {}
    for c in cands:
        if c.is_person() and c.entity_id and " " in c.text.strip():
            last.setdefault(_POSSESSIVE_RE.sub("", c.text.split()[-1]), set()).add(c.entity_id)
    for c in cands:
        unknown = c.is_person() and c.entity_id is None  # the tagger missed it: "Lord Browne", "Mr Cable"
        word = _POSSESSIVE_RE.sub("", c.text.split()[-1] if unknown else c.text)
        named = c.kind is CandidateKind.NAME and (c.label != "PERSON" or unknown) and len(last.get(word, ())) == 1
        if named and word.isalpha() and not _place_or_nationality(word):
            c.entity_id, c.label = next(iter(last[word])), "PERSON"


def _place_or_nationality(word: str) -> bool:
    key = match_key(word)
    return gazetteer.lookup(key) is not None or key in nationality_words() or is_demonym(key)


_MALE_RE = re.compile(r"^(?:Mr|Sir|Lord)\b")
_FEMALE_RE = re.compile(r"^(?:Mrs|Ms|Miss|Dame|Lady)\b")


def genders(cands: list[Candidate]) -> dict[str, str]:
    """Entity id -> "he" or "she", where an honorific before one of its names in the article
    says so ("Mr Howard", "Ms Short"), else its given name (:mod:`pipelines.entities.name_genders`:
    "Sarah", "Tony Blair"); entities with none (or both) are left out."""
    seen: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}  # the first words of its two-word names, else its one-word names
    single: dict[str, set[str]] = {}
    for c in cands:
        if c.is_person() and c.entity_id:
            if _MALE_RE.match(c.text):
                seen.setdefault(c.entity_id, set()).add("he")
            elif _FEMALE_RE.match(c.text):
                seen.setdefault(c.entity_id, set()).add("she")
            elif len(words := c.text.split()) <= 2:  # not "Tory David Heathcoat-Amory"
                by_name = name_genders().get(match_key(words[0]), "")
                (named if len(words) == 2 else single).setdefault(c.entity_id, set()).add(by_name)
    named = {e: g for e, g in {**single, **named}.items()}
    return {e: next(iter(g)) for e, g in {**named, **seen}.items() if len(g) == 1 and "" not in g}


SUBJECT_MAX_WORDS = 6
"""Words allowed before the person that opens a sentence, or its clause after an opening phrase
("To a packed audience, Mr Brown said"), as its subject ("Shearer said he...", "Last night
Chelsea striker Didier Drogba scored..."); a person named later, after a verb or another
candidate, is an object or an aside ("He has been called the Ed Sullivan of ...", "... the side
of Bill Ray") and no subject."""
_OPENER_WORDS = frozenset(
    """to in at on after before during despite with without for following while when whilst although
    though as since if once because unlike under over by from earlier later however meanwhile but and
    yet still now then also instead overall elsewhere separately""".split()
)
"""First words of an opening phrase, which a comma ends before the subject ("After the match, ...")."""
_VERB_WORDS = frozenset(
    """is was are were be been being has have had will would can could should may might must did does do
    beat beats met meets won wins lost took made gave saw sold bought paid led ran set put got left brought
    include includes including who whose which""".split()
)
"""Verbs (and relative words) that show a name after them is no subject."""
_DETERMINERS = frozenset("the a an his her its their this that these those".split())
_WORD_RE = re.compile(r"[\w'’.-]+")
_NEXT_WORD_RE = re.compile(r"\s+([\w'’.-]+)")
_COPULA_RE = re.compile(r"\s+(?:is|was)\s+[A-Z]")


def verb_like(words: list[str], *, after_name: bool = False) -> bool:
    """Whether a verb stands among the words before a name ("The club sacked"); a word in -ed
    is one unless a determiner (or the clause's start) stands before it ("the injured")."""
    for k, w in enumerate(words):
        low = w.lower()
        if low in _VERB_WORDS or low in CUE_WORDS:
            return True
        if low.endswith("ed") and (words[k - 1].lower() not in _DETERMINERS if k else after_name):
            return True
    return False


PREMODIFIER_MAX_WORDS = 3
"""Words allowed between an organisation or place and the person whose title it opens."""


def premodifies(gap: str) -> bool:
    """Whether the words between an organisation or place and a person make it part of the
    person's title ("Chelsea's", "Chelsea defender", "England prop"), not a clause of its own
    ("Acme sacked")."""
    words = _WORD_RE.findall(gap)
    return len(words) <= PREMODIFIER_MAX_WORDS and not verb_like(words, after_name=True) and "," not in gap


_SUBORDINATORS = frozenset("while when whilst although though as since if once because".split())
_PREPOSITIONS = frozenset(
    "to in at on after before during despite with without for following unlike under over by from".split()
)
_PARTICIPLE_OBJECTS = frozenset(
    "about on to in at over after before by for with from of whether if why what how when where that".split()
)
"""Words after a fronted participle that open its object ("Commenting on", "Asked whether"),
unlike a participle that is a title's adjective ("Sacked manager Tom Hardy, 45, said")."""
FRONTED_SUBJECT_WORDS = 3
"""Words allowed between the comma that closes a fronted phrase and the candidate after it, which
must be there for the phrase to count as fronted ("..., a Labour spokesman said")."""


def fronted_end(masked: str, start: int, end: int, sent: list[Candidate]) -> int | None:
    """Where the clause at start goes on after a fronted phrase that a comma closes, when the
    phrase takes an object and a subject follows the comma: a subordinate clause ("When Tom Hardy
    left,"), or a prepositional or participle phrase with no verb of its own ("After talks with
    Tom Hardy,", "Commenting on Mr Hardy's decision,", "Asked about Hardy,"); a name in the phrase
    is then not the clause's subject. None when there is none ("Reading, who ..., said"; "After
    the ruling Tom Hardy, director of Acme, said")."""
    first = _WORD_RE.search(masked, start, end)
    comma = masked.find(",", start, end)
    if not first or comma < 0 or any(c.start == first.start() and c.kind is CandidateKind.NAME for c in sent):
        return None
    word = first.group().lower()
    nxt = _NEXT_WORD_RE.match(masked, first.end(), end)
    participle = len(word) > 4 and word.endswith(("ing", "ed")) and nxt is not None
    if word not in _SUBORDINATORS and not (
        (word in _PREPOSITIONS or participle and nxt.group(1) in _PARTICIPLE_OBJECTS)
        and not verb_like(_WORD_RE.findall(masked, first.end(), comma))
    ):
        return None
    after = [c for c in sent if c.start > comma]
    if not after or len(_WORD_RE.findall(masked, comma + 1, after[0].start)) > FRONTED_SUBJECT_WORDS:
        return None
    return comma + 1


def clause_start(masked: str, start: int, end: int, sent: list[Candidate]) -> int:
    """Where a sentence's main clause starts: after its opening phrase ("To a packed audience,")
    when it has one and it names no person."""
    first = _WORD_RE.search(masked, start, end)
    comma = masked.find(",", start, end)
    if not first or comma < 0 or not (first.group().lower() in _OPENER_WORDS or first.group().endswith("ing")):
        return start
    if any(c.start < comma and (c.kind is not CandidateKind.NAME or c.label == "PERSON") for c in sent):
        return start
    return comma + 1


def opening_person(
    masked: str, start: int, sent: list[Candidate], *, pronoun: bool = False, role: bool = False
) -> Candidate | None:
    """The person that opens the clause at start as its subject, if one does (see
    SUBJECT_MAX_WORDS), or with pronoun=True a "he"/"she" that does, or with role=True a role
    phrase that does; sent: the candidates of the sentence, in text order."""
    prev_end = start
    for c in sent:
        if c.start < start:
            continue
        gap = masked[prev_end : c.start]
        title_comma = c.is_person() and gap.rstrip().endswith(",") and masked[c.end : c.end + 1] == ","
        if title_comma:  # "Head of the division, Andrew Burke, said"; "Specialist at the IAEA, Peter Smith,"
            gap = gap.rstrip().rstrip(",")
        words = _WORD_RE.findall(gap)
        copula = bool(words) and words[-1].lower() in ("is", "was") and c.is_person() and not verb_like(words[:-1])
        if copula:  # "The musical's director is Matthew Warchus": the name is who the subject is
            words, gap = words[:-1], gap[: gap.rstrip().rfind(" ") + 1]
        if prev_end == start and (len(words) >= SUBJECT_MAX_WORDS or verb_like(words) or "," in gap):
            return None
        if prev_end != start and not ((title_comma or copula) and not words or premodifies(gap)):
            return None
        if c.is_person() and masked[c.end : c.end + 2] not in ("'s", "’s"):
            return c  # not "Fowler's double strike helped City": the strike is the subject
        if c.kind is CandidateKind.PRONOUN and c.pronoun() == "it":
            continue  # "But it now appears Pearce is keen": an empty "it" is no subject
        if c.kind is CandidateKind.ROLE and _COPULA_RE.match(masked, c.end):
            prev_end = c.end  # "The show's director is Tom Hardy"
            continue
        if c.kind is not CandidateKind.NAME:  # a pronoun or a role opens the clause
            is_pronoun = c.kind is CandidateKind.PRONOUN and c.text.lower() in ("he", "she")  # not "his report"
            return c if (pronoun and is_pronoun) or (role and c.kind is CandidateKind.ROLE) else None
        prev_end = c.end
    return None


_BUT_BEFORE_RE = re.compile(r"(?:,\s*|\s)but\s+$")
BUT_LOOKBACK = 8
"""Characters before a name searched for the "but" that opens its clause."""


def clause_subjects(cands: list[Candidate], masked: str) -> list[Candidate]:
    """The people who open a clause after "but", with a verb after the name ("Safin won the first
    set, but [Federer] raised his game", "but [McIlroy] is unfazed"): a later "he" or "she" may
    stand for them. Not the agent of a passive ("his try was disallowed by [Kaplan]"), which on
    BBC stood as often for someone else's words as for the agent's."""
    out = []
    for c in cands:
        if c.kind is not CandidateKind.NAME or not c.is_person():
            continue
        if not _BUT_BEFORE_RE.search(masked, max(0, c.start - BUT_LOOKBACK), c.start):
            continue
        if verb_like(_WORD_RE.findall(masked, c.end, c.end + 30)[:2], after_name=True):
            out.append(c)
    return out


def sentence_subjects(cands: list[Candidate], sentences: list[int], masked: str) -> list[Candidate]:
    """The person (or role phrase: "A spokesman for X defended ...") that opens each sentence
    (or its main clause) as its subject, in text order."""
    out: list[Candidate] = []
    k = 0
    for si, start in enumerate(sentences):
        end = sentences[si + 1] if si + 1 < len(sentences) else len(masked)
        sent: list[Candidate] = []
        while k < len(cands) and cands[k].start < end:
            if cands[k].start >= start:
                sent.append(cands[k])
            k += 1
        subject = opening_person(masked, clause_start(masked, start, end, sent), sent, role=True)
        if subject is not None:
            out.append(subject)
    return out
