"""Who a role phrase stands for: "the defender told BBC Sport" after "Chelsea defender John
Terry", "the manager said" after "Tom Hardy, the Leeds manager,".

A person *holds* a role when its head noun (:data:`~pipelines.entities.reporting.ROLE_NOUNS`)
stands right before their name as a title ("Foreign Minister Anna Berg") or opens an
apposition after it ("Tom Hardy, the Leeds manager,"; "John Terry, 24,": a "24-year-old").
A role phrase refers back to the latest holder of its head noun, unless an unnamed one came
later ("a spokesman for the ministry said ... the spokesman added", "his lawyer said ... the
lawyer added"): then it is the body that one speaks for when it is named
(:func:`~pipelines.entities.antecedents.spoken_for`), else nobody the warehouse knows. An
indefinite role ("a spokesman") is always nobody; a possessive one ("his lawyer") is someone
other than the person it belongs to, so nobody unless a holder is named.
"""

from __future__ import annotations

import bisect
import re

from pipelines.entities.keys import match_key
from pipelines.entities.reporting import ROLE_NOUNS, ROLE_QUALIFIERS

AGE_ROLE = "year-old"
"""The head of "the 28-year-old" (with its number), held by a person whose age follows their
name ("Terry, 28,") or stands before it ("the 28-year-old John Terry")."""
_TITLE_BEFORE_RE = re.compile(r"((?:[\w'’-]+\s+){0,3}?)([\w-]+),?\s+$")
_APPOSITION_RE = re.compile(r",\s+([^,.;:()\"“”]{1,60})")
APPOSITION_WORDS = 5
"""Words of an apposition searched for a role noun ("Glen Wood, chief executive of Acme")."""
TITLE_LOOKBACK = 40
"""Characters before a name searched for the title word right before it."""
_AGE_RE = re.compile(r"^(\d+)(?:-year-old)?$")


def head(phrase: str) -> str:
    """The role noun a role phrase ends with, as a key ("the former Leeds manager" -> "manager",
    "the 28-year-old" and an age alone, "28", -> "28-year-old")."""
    word = phrase.split()[-1].lower()
    age = _AGE_RE.search(word)
    return f"{age.group(1)}-{AGE_ROLE}" if age else word


def _apposition_roles(masked: str, end: int) -> dict[str, frozenset[str]]:
    """Role -> the words of its title, from an apposition after a name."""
    m = _APPOSITION_RE.match(masked, end, end + 64)
    if not m:
        return {}
    words = m.group(1).split()[:APPOSITION_WORDS]
    if words and _AGE_RE.fullmatch(words[0]):
        return {head(words[0]): frozenset()}
    roles = {}
    for k, w in enumerate(words):
        followed_by_name = k + 1 < len(words) and words[k + 1][:1].isupper()
        if w.lower() in ROLE_NOUNS and not followed_by_name:  # not "Tom Hardy, striker Joe Bloggs and ..."
            roles[w.lower()] = frozenset(words[: k + 1])
    return roles


def _title_roles(masked: str, start: int) -> dict[str, frozenset[str]]:
    """Role -> the words of its title, from the title right before a name."""
    m = _TITLE_BEFORE_RE.search(masked, max(0, start - TITLE_LOOKBACK), start)
    if not m or not (head(m.group(2)) in ROLE_NOUNS or m.group(2).lower().endswith(AGE_ROLE)):
        return {}
    return {head(m.group(2)): frozenset((m.group(1) + m.group(2)).split())}


def _fits(phrase_words: frozenset[str], title_words: frozenset[str]) -> bool:
    """Whether a role phrase can name the holder of a title (both as written): every lower-case
    word of the phrase is in the title, no qualifier of the title ("deputy") is missing from the
    phrase, and where both name places or bodies, the phrase's are the title's ("the Glasgow
    Kelvin MP" is not "Labour MP Oona King")."""
    lower = {w for w in phrase_words if w.islower()}
    title = {w.lower() for w in title_words}
    names = {w.lower() for w in phrase_words if w[:1].isupper()} - ROLE_NOUNS - ROLE_QUALIFIERS
    title_names = {w.lower() for w in title_words if w[:1].isupper()} - ROLE_NOUNS - ROLE_QUALIFIERS
    clash = bool(names) and bool(title_names) and not names <= title_names
    return lower <= title and not (title & ROLE_QUALIFIERS) - lower and not clash


class RoleIndex:
    """The holders of each role noun in one article, and its unnamed role phrases, in text order."""

    def __init__(
        self, masked: str, persons: list[tuple[int, int, str]], role_phrases: list[tuple[int, str, str | None]]
    ):
        """persons: (start, end, entity id) of the named persons; role_phrases: (start, text, the
        body a spokesperson speaks for or None)."""
        events: dict[str, list[tuple[int, str | None, frozenset[str]]]] = {}
        for start, end, eid in persons:
            for r, title in {**_apposition_roles(masked, end), **_title_roles(masked, start)}.items():
                events.setdefault(r, []).append((start, eid, title))
        for start, text, body in role_phrases:
            # "a UKIP spokesman": UKIP speaks through "the spokesman" after it; "the prime minister's
            # spokesman", "his lawyer": someone unnamed, whom "the spokesman", "the lawyer" after it mean
            if _is_indefinite(text) or is_possessive(text):
                events.setdefault(head(text), []).append((start, body, frozenset(text.split()[1:-1])))
        self.events = {r: sorted(e, key=lambda x: x[0]) for r, e in events.items()}
        self.starts = {r: [p for p, _, _ in e] for r, e in self.events.items()}

    def lookup(self, phrase: str, pos: int) -> tuple[bool, str | None, set[str]]:
        """(whether the role phrase at pos is decided, the entity it stands for, the entities it
        cannot stand for): the latest holder of its role before it whose title fits, nobody
        after an unnamed one, nobody for an indefinite or possessive phrase; undecided (False)
        for a definite phrase with no holder that fits."""
        if _is_indefinite(phrase):
            return True, None, set()
        role = head(phrase)
        words = frozenset(phrase.split()[1:-1])  # its modifiers ("prime" of "the prime minister")
        k = bisect.bisect_left(self.starts.get(role, []), pos) - 1
        unfit: set[str] = set()
        for _, eid, title in reversed(self.events.get(role, [])[: k + 1]):
            if eid is None or _fits(words, title):
                return True, eid, unfit
            unfit.add(eid)
        return is_possessive(phrase), None, unfit


def _is_indefinite(phrase: str) -> bool:
    return phrase.split()[0].lower() in ("a", "an")


def is_possessive(phrase: str) -> bool:
    """ "his lawyer", "the rapper's spokesman", "Acme's spokeswoman": someone else's."""
    words = phrase.lower().split()
    return words[0] in ("his", "her", "its", "their") or any(w.endswith(("'s", "’s")) for w in words[:-1])


SURNAME_SUBJECT_RE = re.compile(
    r"\s*(?:(?i:but|and|however|meanwhile|now|while|whereas),?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+)?"
    r"([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?:\s+(?:also|later|then|again|further|has|had|have))*\s*"
)
"""A subject that is a last name alone, with an optional title and a few words between it and
the cue ("Pires told", "But Mr Pires also said", "..., but Pelous said")."""


def surnames(persons: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Each last name of the (mention text, entity id) of an article's people, with the
    entities named with it."""
    out: dict[str, set[str]] = {}
    for text, eid in persons:
        words = [w for w in text.split() if any(ch.isalpha() for ch in w)]  # not the "-" of "Chrissie Hynde -"
        if len(words) > 1:
            out.setdefault(words[-1], set()).add(eid)
    return out


def surname_subject(masked: str, names: dict[str, set[str]], start: int, cue_start: int) -> tuple | None:
    """(start, end, text, entity id) of a last name that is the whole subject before a cue,
    when one person of the article has it, else None."""
    m = SURNAME_SUBJECT_RE.fullmatch(masked, start, cue_start)
    eids = names.get(m.group(1), set()) if m else set()
    if len(eids) != 1:
        return None
    return m.start(1), m.end(1), m.group(1), next(iter(eids))


def untagged_full_name(masked: str, given: frozenset[str], start: int, cue_start: int) -> tuple | None:
    """(start, end, full name, None) of a last name that is the whole subject before a cue when
    the article names no tagged person with it but writes it once before with a given name the
    tagger missed ("former Wales prop Dai Young. ... Young told"), else None."""
    m = SURNAME_SUBJECT_RE.fullmatch(masked, start, cue_start)
    if m is None:
        return None
    found = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(m.group(1))}\b").finditer(masked, 0, start)
    full = {f.group() for f in found if match_key(f.group(1)) in given}
    return (m.start(1), m.end(1), full.pop(), None) if len(full) == 1 else None


INVERTED_SURNAME_RE = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+)?([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?=\s*(?:[,.;:!?]|$))"
)
"""A last name alone right after an inverted cue, ending its clause ("said Hynde, 53.")."""


def inverted_surname(masked: str, names: dict[str, set[str]], cue_end: int, limit: int) -> tuple | None:
    """(start, end, text, entity id) of a last name alone that is the subject of an inverted cue
    ending at cue_end (the tagger missed it), when one person of the article has it, else None."""
    m = INVERTED_SURNAME_RE.match(masked, cue_end, limit)
    eids = names.get(m.group(1), set()) if m else set()
    if len(eids) != 1:
        return None
    return m.start(1), m.end(1), m.group(1), next(iter(eids))
