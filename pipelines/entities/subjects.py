"""The subject of a reporting cue: the speaker named before it ("Anna Berg said", "Tom Hardy, who
later said", "Glen Wood of Acme said": the person, not the organisation) or after it ("said Mr
Smith", "said Acme analyst Jay Gelb"). Used by :mod:`pipelines.entities.speakers`."""

from __future__ import annotations

import bisect
import re

from pipelines.entities.candidates import (
    CLAUSE_WORDS,
    SUBJECT_MAX_WORDS,
    Candidate,
    CandidateKind,
    fronted_end,
    premodifies,
    verb_like,
)
from pipelines.entities.reporting import OBJECT_CUE_RE, ROLE_NOUNS, SKIP_WORDS, SOURCE_NOUNS

PERSON_PRONOUNS = frozenset(("he", "she"))
MAX_SKIP_GAP_WORDS = 4
"""Words allowed between a subject and its cue when all are adverbs, auxiliaries or time words
("Berg also said", "Berg on Monday said"): the subject is the nearest candidate."""
MAX_NEAR_GAP_WORDS = 5
"""Other words allowed between the nearest candidate and the cue when no person precedes."""
MAX_CHARS_CUE_TO_SPEAKER = 40
"""Characters allowed between an inverted cue and its speaker ("said, on Monday, Mr Smith")."""
MAX_INVERTED_TITLE_WORDS = 6
"""Words allowed between an organisation and the person after it in an inverted cue ("said
Prudential Equity Group insurance analyst Jay Gelb")."""
MAX_ROLE_BODY_WORDS = 10
"""Words allowed between an inverted role phrase and the name it gives after a comma ("said the
chairman of the Commons education committee, Labour MP Barry Sheerman")."""
OBJECT_CUE_LOOKBACK = 20
"""Characters before a cue's end searched for a cue that takes an object ("congratulated")."""
_CLAUSE_END_RE = re.compile(r"[.;:!?\"“”]")


_OF_ORG_RE = re.compile(
    r"(?:(?:\s*,\s*(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}|\s+)(?:of|at|from|for|with)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?:(?:[A-Z][\w'-]*|and|&)\s+){0,3}|\s*,\s*)$"
)
"""What stands between a person and the organisation they speak for: "Glen Wood of Acme",
"Glen Wood, vice president of Acme", "Ann Lee, an analyst at the Bank", "Mark Serwotka, the
leader of the Public and [Commercial Services Union]" (the tagger cut the name), "Colin Asplin,
[Blackpool Hotel Association]", "Wendy Cork of the brokerage [Nesbitt Thomson]", "Dan McKinley,
oil analyst with [Smith Barney]" (a kind of firm may stand before the name)."""


_LINKED_NAME_RE = re.compile(r"\s+(?:of|at|in|from|for)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|and|&)\s+)*|\s*\(\s*")
"""What links an organisation or place to the one it belongs to ("the University of the West of
England in Bristol"), or a name to its short form in brackets after it ("the Consumer Electronics
Association (CEA)")."""


def person_behind(before: list[Candidate], org: Candidate, masked: str) -> Candidate:
    """The person an organisation or place belongs to in "Name of Org said" / "Name, title of
    Org, said" (the person speaks, not the organisation); else the organisation itself."""
    if org.kind is not CandidateKind.NAME or org.label == "PERSON":
        return org
    head = org  # "of the Centre for Transport at the University of the West of England in [Bristol]"
    names = [c for c in before if c.kind is CandidateKind.NAME and not c.is_person() and c.end <= org.start]
    for c in reversed(names):
        if not _LINKED_NAME_RE.fullmatch(masked, c.end, head.start):
            break
        head = c
    people = [c for c in before if c.is_person() and c.end <= head.start]
    if people and _OF_ORG_RE.fullmatch(masked[people[-1].end : head.start]):
        return people[-1]
    return org


def subject_before_cue(cands: list[Candidate], region_start: int, cue_start: int, masked: str) -> Candidate | None:
    """The subject of a reporting cue among the candidates between region_start and the cue,
    after a fronted phrase that names someone else ("Commenting on Mr Hardy's decision, a
    spokesman said")."""
    before = [c for c in cands if region_start <= c.start and c.end <= cue_start]
    fronted = fronted_end(masked, region_start, cue_start, before)
    if fronted is not None:
        region_start = fronted
        before = [c for c in before if c.start >= region_start]
    found = _subject_before_cue(before, region_start, cue_start, masked)
    return person_behind(before, found, masked) if found is not None else None


PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
_COMPLEMENT_RE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|and|&),?\s+)*")
"""What stands between a title and the place it is the title of: "The Tory MP for [Sittingbourne]
and [Sheppey]", "the mayor of [London]"."""


def _seat_holder(before: list[Candidate], masked: str) -> Candidate | None:
    """The role phrase whose complement the places that end ``before`` are ("The Tory MP for
    Sleaford said": the MP speaks, not the seat), else None."""
    roles = [c for c in before if c.kind is CandidateKind.ROLE]
    before = [c for c in before if not any(r.start <= c.start and c.end <= r.end and r is not c for r in roles)]
    k = len(before) - 1  # (a name inside a role phrase, "the [Tory] MP", is part of it)
    while k >= 0 and before[k].kind is CandidateKind.NAME and before[k].label in PLACE_LABELS:
        k -= 1
    if k < 0 or k == len(before) - 1 or before[k].kind not in (CandidateKind.ROLE, CandidateKind.GROUP):
        return None
    return before[k] if _COMPLEMENT_RE.fullmatch(masked, before[k].end, before[k + 1].start) else None


def _before_aside(before: list[Candidate], masked: str) -> Candidate:
    """The subject of a clause whose subject an aside between commas follows: the first candidate
    ("Nike, whose shoes Tiger Woods wears, said"), or the person a title before it names
    ("British actor Clive Owen, who won for Closer, said"; "The men's solicitor Matthew Knight,
    said")."""
    first, second = before[0], before[1] if len(before) > 1 else None
    titled = second is not None and second.is_person() and premodifies(masked[first.end : second.start])
    if first.kind is CandidateKind.NAME and not first.is_person() and titled:
        return second
    if first.kind is CandidateKind.ROLE:  # the first name after the role phrase, not one inside it
        second = next((c for c in before if c.start >= first.end), None)
    if first.kind is CandidateKind.ROLE and second is not None and second.is_person():
        gap = masked[first.end : second.start].strip()
        title_tail = gap.endswith(",") and all(w[:1].isupper() for w in gap[:-1].split())  # "[The Lord Chief] Justice,"
        if (titled and not gap) or (title_tail and masked.startswith(",", second.end)):
            return second  # "The Lord Chief Justice, Lord Woolf, who is ..., said"
    return first


_RELATIVE_OPEN_RE = re.compile(r",\s+(?:who|whose|whom|which)\b")
"""A relative clause opened after the subject ("Mr Hague, who had published ..."): a person named
inside it is no subject of the verb after its closing comma."""


def _subject_before_cue(before: list[Candidate], region_start: int, cue_start: int, masked: str) -> Candidate | None:
    if not before:
        return None
    nearest = before[-1]
    words = re.findall(r"[\w']+", masked[nearest.end : cue_start].lower())
    if (not words or all(w in SKIP_WORDS for w in words)) and (holder := _seat_holder(before, masked)):
        return holder
    if words[:1] == ["who"] and all(w in SKIP_WORDS for w in words[1:]):  # "Tom Hardy, who later said"
        found = person_behind(before, nearest, masked)
        group = found.kind is CandidateKind.NAME and found.label in ("ORG", "NORP")  # "the Conservatives who said"
        return found if found.is_person() or group else None  # "Princess Anna of Ruritania, who said": not Ruritania
    skipped = all(w in SKIP_WORDS for w in words)
    # "X, who won for Closer, said", "Rick Parry, speaking to BBC Sport, also admits", "Lawrence
    # Dallaglio, who called time on England earlier this year, said"
    gap = masked[nearest.end : cue_start].strip()
    in_relative = bool(_RELATIVE_OPEN_RE.search(masked, region_start, nearest.start))
    may_end_aside = not nearest.is_person() or in_relative  # "Mr Hague, who wrote on William Pitt, also said"
    aside_ends = gap == "," or gap.startswith(",") | gap.endswith(",") and skipped and may_end_aside
    if aside_ends and nearest.is_person() and masked[: nearest.start].rstrip().endswith(","):
        aside_ends = False  # "Acme's chief executive, Tom Hardy, said": the name is the apposition
    if not aside_ends and (not words or skipped and len(words) <= MAX_SKIP_GAP_WORDS):
        if nearest.kind is CandidateKind.ROLE:  # "Kremlin spokesman Dmitry Peskov" is named just before
            named = [c for c in before if c.is_person() and c.end <= nearest.start]
            if named and not re.search(r"[.;]", masked[named[-1].end : nearest.start]):
                return named[-1]
        return nearest
    if aside_ends or masked[nearest.end : cue_start].rstrip().endswith(","):  # "Peskov, speaking in Moscow, said"
        return _before_aside(before, masked)
    first = before[0]  # the phrase that opens the clause: "the defender believes Mourinho is ... and says"
    opens = len(masked[region_start : first.start].split()) < SUBJECT_MAX_WORDS
    if opens and (first.kind in (CandidateKind.ROLE, CandidateKind.GROUP) or first.pronoun() in PERSON_PRONOUNS):
        named = before[1] if len(before) > 1 and first.kind is CandidateKind.ROLE else None
        apposition = named is not None and masked[first.end : named.start].strip() == ","
        if apposition and named.is_person() and masked[named.end : named.end + 1] == ",":
            return named  # "The Lord Chancellor, Lord Falconer, agreed ... but added"
        return first
    persons = [c for c in before if c.is_person()]
    if persons:
        return persons[0]
    if premodifier(masked, nearest):  # "the Canada-based company says", "a Chinese newspaper said"
        return None
    return nearest if len(words) <= MAX_NEAR_GAP_WORDS else None


def inverted_subject(
    cands: list[Candidate], cand_starts: list[int], masked: str, cue_end: int, limit: int
) -> Candidate | None:
    """The subject after an inverted cue ("said Mr Smith"), starting within
    MAX_CHARS_CUE_TO_SPEAKER characters of it and before limit; an organisation followed in the
    same clause by a person ("said BA director of planning, Robert Boyle") gives the person."""
    if OBJECT_CUE_RE.search(masked, max(0, cue_end - OBJECT_CUE_LOOKBACK), cue_end):
        return None  # "told the Evening Standard": who is told, not who tells
    k = bisect.bisect_left(cand_starts, cue_end)
    if k >= len(cands) or cands[k].start - cue_end > MAX_CHARS_CUE_TO_SPEAKER or cands[k].start >= limit:
        return None
    first = cands[k]
    if premodifier(masked, first):  # "according to a report by UK-based consultancy Analysys"
        k, first = next(
            ((j, c) for j, c in _same_phrase(cands, k, masked, limit) if c.kind is CandidateKind.NAME),
            (k, first),
        )
    j = k + 1
    while j < len(cands) and cands[j].start < first.end:
        j += 1  # a name inside a role phrase ("said The Libertine's executive producer Marc Samuelson")
    named = j < len(cands) and cands[j].is_person() and not masked[first.end : cands[j].start].strip(" ,")
    if first.kind is CandidateKind.ROLE and named:
        first = cands[j]  # "said the network's spokesman Scott Grogin"
    elif first.kind is CandidateKind.ROLE:
        first = _named_role(cands[j:], masked, first, limit) or first
    if re.match(r"\W*that\b", masked[cue_end : first.start]):
        return None  # "asserts that Mr Hockney ...": the start of what is said, not who says it
    if first.is_person() and k + 1 < len(cands) and cands[k + 1].is_person() and cands[k + 1].start < limit:
        gap = masked[first.end : cands[k + 1].start]
        if premodifies(gap) and any(w.lower() in ROLE_NOUNS for w in gap.split()):
            return cands[k + 1]  # "said William Hill spokesman Rupert Adams": a firm named like a person
        if (first.text + gap).rstrip().endswith(("'s", "’s")) and len(gap.split()) <= 1:
            return cands[k + 1]  # "said Iron Maiden's Bruce Dickinson": a band named like a person
    owner = first.kind is CandidateKind.NAME and (
        first.text.endswith(("'s", "’s")) or masked.startswith(("'s", "’s"), first.end)
    )  # "said De Telegraaf's image editor, Peter Schoonen": the person the title is of
    if first.kind is CandidateKind.NAME and (first.label != "PERSON" or owner):
        for c in cands[k + 1 :]:
            gap = masked[first.end : c.start]
            if c.start >= limit or _CLAUSE_END_RE.search(gap) or len(gap.split()) > MAX_INVERTED_TITLE_WORDS:
                break
            if owner and verb_like([w for w in re.findall(r"[\w'’-]+", gap) if w not in ("'s", "’s")]):
                break  # not '"...," said Blair's spokesman, adding that Brown'
            if c.is_person():
                return c
    return first


def _same_phrase(cands: list[Candidate], k: int, masked: str, limit: int):
    """(index, candidate) of the candidates after cands[k] in its clause, within
    MAX_INVERTED_TITLE_WORDS words of it, that no place premodifies."""
    for j in range(k + 1, len(cands)):
        c = cands[j]
        gap = masked[cands[k].end : c.start]
        if c.start >= limit or _CLAUSE_END_RE.search(gap) or "," in gap or len(gap.split()) > MAX_INVERTED_TITLE_WORDS:
            return
        if not premodifier(masked, c):
            yield j, c


def _named_role(after: list[Candidate], masked: str, role: Candidate, limit: int) -> Candidate | None:
    """The person an inverted role phrase names after its body and a comma, in the same clause
    ("said the chairman of the education committee, Labour MP Barry Sheerman")."""
    for c in after:
        gap = masked[role.end : c.start]
        if c.start >= limit or _CLAUSE_END_RE.search(gap) or len(gap.split()) > MAX_ROLE_BODY_WORDS:
            return None
        if c.is_person():
            words = re.findall(r"[\w'’-]+", gap)
            return c if "," in gap and not verb_like(words) and "that" not in words else None
    return None


_AFTER_NAME_RE = re.compile(r"(-)?[ \t]*([A-Za-z']+)?")


def premodifier(masked: str, c: Candidate) -> bool:
    """Whether a name is only part of a longer noun phrase, glued by a hyphen ("the Canada-based
    company", "the Newport-based athlete"), or a place or nationality followed by a common noun
    ("a Chinese newspaper", "one Bombay trader"): the phrase speaks, not the name. (An
    organisation's report or statement speaks for it: "the World Bank report said".)"""
    if c.kind is not CandidateKind.NAME:
        return False
    m = _AFTER_NAME_RE.match(masked, c.end)
    hyphen, word = m.group(1), m.group(2)
    if hyphen:
        return word is not None and word.islower()  # also "the Newport-based athlete"
    noun = word is not None and word.islower() and word not in SKIP_WORDS and word not in CLAUSE_WORDS
    return c.label in ("GPE", "NORP") and noun


_POSSESSIVE_TITLE_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?([\w-]+)")


def opens_clause(masked: str, c: Candidate) -> bool:
    """Whether a name or unnamed body after a cue is the subject of the reported clause ("said
    RipGuard would guard against", "said the police had"), or a name's possessive is ("says
    Rooney's stardom is", "said Labour's first shot"; not "said Blair's spokesman" nor "according to
    Acme's report"), not the speaker of an inverted cue. A
    pronoun there is left alone: in "the club said it would" it is most often the speaker."""
    if c.kind not in (CandidateKind.NAME, CandidateKind.GROUP):
        return False
    possessive = _POSSESSIVE_TITLE_RE.match(masked, c.end)
    if possessive:  # "said Labour's first shot had backfired"; not "said Acme's spokesman" nor "Acme's report"
        nouns = [w.lower().removesuffix("s") for w in possessive.group(0)[2:].split()]  # "Defra's lawyers"
        return not any(w in ROLE_NOUNS or w in SOURCE_NOUNS for w in nouns)
    word = _AFTER_NAME_RE.match(masked, c.end).group(2)
    return word is not None and word.lower() in CLAUSE_WORDS


MAX_TITLE_WORDS = 10
"""Words allowed in a title with no commas between a person after a quote and the cue."""
_RELATIVE_WORDS = frozenset("that who whose which whom".split())
"""Words that open a relative clause: a person after one is its object ("the fund that sacked chief
Ann Lee"), no speaker's title."""


def titled_person(
    cands: list[Candidate], cand_starts: list[int], masked: str, start: int, cue_start: int
) -> Candidate | None:
    """The person at start whose title runs on to the cue with no comma and no verb ('"...,"
    Dr Mark Tuffy games systems director at digital content firm THX told'), else None."""
    k = bisect.bisect_left(cand_starts, start)
    first = cands[k] if k < len(cands) else None
    if first is None or not first.is_person() or masked[start : first.start].strip():
        return None
    words = _title_words(masked[first.end : cue_start])
    return first if words and any(w.lower() in ROLE_NOUNS for w in words) else None


def _title_words(span: str) -> list[str] | None:
    """The words of a title between a person and a cue, or None when the span holds a comma, a
    verb or a relative word, or is too long for a title."""
    words = re.findall(r"[\w'’-]+", span)
    relative = _RELATIVE_WORDS & {w.lower() for w in words}
    if "," in span or len(words) > MAX_TITLE_WORDS or verb_like(words) or relative:
        return None
    return words


def premodified_person(
    cands: list[Candidate], cand_starts: list[int], masked: str, start: int, cue_start: int
) -> Candidate | None:
    """The person right before the cue whose firm and title come first, with no comma and no
    verb, the title's noun last ('"...," Acme Asset Management investment chief Ann Lee said'),
    else None."""
    k = bisect.bisect_left(cand_starts, cue_start) - 1
    last = cands[k] if k >= 0 else None
    if last is None or not last.is_person() or last.start < start or masked[last.end : cue_start].strip():
        return None
    words = _title_words(masked[start : last.start])
    return last if words and words[-1].lower() in ROLE_NOUNS else None
