"""Speaker candidates of one article: names, pronouns and role phrases outside quotes, the
genders the article gives its people, and the person that opens each sentence as its subject.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from pipelines.entities.reporting import ROLE_RE

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Entity labels that can say something."""
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$")
HONORIFIC_LOOKBACK = 8
"""Characters before a name searched for an honorific ("Mr ", "Prof. "), which joins the name."""
_PRONOUN_RE = re.compile(r"\b(he|she|they|it)\b", re.IGNORECASE)


class CandidateKind(enum.Enum):
    NAME = "name"
    PRONOUN = "pronoun"
    ROLE = "role"


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
        if m.label in SPEAKER_LABELS and not in_quote(m.start):
            hon = _HONORIFIC_BEFORE_RE.search(text, max(0, m.start - HONORIFIC_LOOKBACK), m.start)
            start = hon.start() if hon else m.start
            cands.append(Candidate(start, m.end, text[start : m.end], m.entity_id, CandidateKind.NAME, m.label))
    for m in _PRONOUN_RE.finditer(masked):
        cands.append(Candidate(m.start(), m.end(), m.group(), None, CandidateKind.PRONOUN, None))
    for m in ROLE_RE.finditer(masked):
        cands.append(Candidate(m.start(), m.end(), m.group(), None, CandidateKind.ROLE, None))
    cands.sort(key=lambda c: (c.start, -c.end))
    return cands


_MALE_RE = re.compile(r"^(?:Mr|Sir|Lord)\b")
_FEMALE_RE = re.compile(r"^(?:Mrs|Ms|Miss|Dame|Lady)\b")


def genders(cands: list[Candidate]) -> dict[str, str]:
    """Entity id -> "he" or "she", where an honorific before one of its names in the article
    says so ("Mr Howard", "Ms Short"); entities with none (or both) are left out."""
    seen: dict[str, set[str]] = {}
    for c in cands:
        if c.is_person() and c.entity_id:
            if _MALE_RE.match(c.text):
                seen.setdefault(c.entity_id, set()).add("he")
            elif _FEMALE_RE.match(c.text):
                seen.setdefault(c.entity_id, set()).add("she")
    return {e: next(iter(g)) for e, g in seen.items() if len(g) == 1}
