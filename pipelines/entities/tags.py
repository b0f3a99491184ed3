"""Reporting clauses that lie outside a quote's own sentence or use no verb of saying, for
:mod:`pipelines.entities.speakers`: the short sentence that tags a quote ending in "?" or "!"
('"How can you be happy?" Dechy said.'), "quoted X as saying", the subject of a verb of naming
('Maeve Sherlock called the plans "dangerous"'), and narrative between two stretches of one speech
that only talks about others ("... Simon Taylor looks certain to get the call." then '"... Simon
Taylor is an outstanding player"')."""

from __future__ import annotations

import bisect
import re

from pipelines.entities.candidates import Candidate, CandidateKind
from pipelines.entities.reporting import SKIP_WORDS, cues

MAX_TAG_WORDS = 10
"""Words of a sentence after a quote ending in "?" or "!" that may be its reporting clause
('"...?" Mr Kashyap's lawyer Mihir Desai said.')."""
MAX_TAG_TAIL_WORDS = 4
"""Words allowed after the cue of such a sentence ('Holmes asked in the New Year.', 'said Tom Hardy,
53.'): more is a report of its own."""
MAX_ASIDE_SENTENCES = 2
"""Sentences of narrative about someone else that a speech may go on across."""
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?!by\b|in\b)([^.;:\"“”]{1,80}?)\s+as\s+saying\b")
"""A source that quotes a speaker: "quoted X as saying"."""
_CALLED_RE = re.compile(r"\b(called|dubbed|branded|labelled|labeled)\s+(?:[\w'’-]+\s+){1,6}$")
"""A verb that names what its object is, with the object, right before a quote."""
_BE_WORDS = frozenset("is was were are be been being".split())


def tag_end(text: str, masked: str, sentences: list[int], close: int, sent_end: int) -> int:
    """Where a reporting clause after a quote that opens its sentence may end: the end of the
    quote's sentence, or of the next one when a question or exclamation ends the quote and so
    its sentence, and that one is short enough to be its tag ('"How can you be happy?" Dechy
    said.'; not '"Why?" The group believes pressure is growing for change ...')."""
    if close < 2 or text[close - 2] not in "?!" or masked[close:sent_end].strip() or sent_end >= len(text):
        return sent_end
    k = bisect.bisect_right(sentences, sent_end)
    end = sentences[k] if k < len(sentences) else len(text)
    cm = next(iter(cues(masked, sent_end, end)), None)
    tail = masked[cm.end() : end].split() if cm else []
    if cm is None or len(masked[sent_end:end].split()) > MAX_TAG_WORDS or tail[:1] == ["that"]:
        return sent_end  # not '"...?" Mr Milburn replied that they were not anti-Semitic.'
    return end if len(tail) <= MAX_TAG_TAIL_WORDS else sent_end


def called_subject(
    cands: list[Candidate], masked: str, start: int, open_pos: int
) -> tuple[Candidate | None, str | None]:
    """(subject, verb) of "called" (or "dubbed", "branded", "labelled") and its object right
    before a quote, which names what it calls: 'Maeve Sherlock called the plans "dangerous"'; no
    subject in a passive or a relative clause ("he was called ... by X", "some of whom dubbed him")
    nor for a name ('a firm called "Acme"'). (None, None) without such a verb."""
    m = _CALLED_RE.search(masked, start, open_pos)
    if m is None:
        return None, None
    before = [c for c in cands if start <= c.start and c.end <= m.start()]
    gap = re.findall(r"[\w'’]+", masked[before[-1].end : m.start()].lower()) if before else ["-"]
    if not all(w in SKIP_WORDS and w not in _BE_WORDS for w in gap):
        return None, m.group(1)
    speaker = before[-1]
    if speaker.kind is CandidateKind.NAME and speaker.label not in ("PERSON", "ORG", "NORP"):
        return None, m.group(1)
    return speaker, m.group(1)


def spoken_of(text: str, masked: str, sentences: list[int], others: list[Candidate], start: int, end: int) -> bool:
    """Whether the narrative between two quotes (masked[start:end]) is at most
    MAX_ASIDE_SENTENCES sentences that report no speech and name only people whom the speech
    after it talks about: then that speech goes on with the speaker before it."""
    k = bisect.bisect_left(sentences, start)
    if bisect.bisect_left(sentences, end) - k > MAX_ASIDE_SENTENCES or cues(masked, start, end):
        return False
    paragraph_end = text.find("\n\n", end)
    speech_end = paragraph_end if paragraph_end >= 0 else len(text)
    for c in others:
        surname = c.text.split()[-1]
        named = re.finditer(rf"\b{re.escape(surname)}\b", text[end:speech_end])
        if not any(masked[end + m.start()] in "xX" for m in named):
            return False
    return True
