"""Speech that goes on over sentences and paragraphs: whether a quote with no reporting verb of
its own continues the previous quote's speech (a mixin of
:class:`pipelines.entities.speakers.SpeakerFinder`, which holds the article's text, candidates,
sentences and the last speaker)."""

from __future__ import annotations

import bisect
import re

from pipelines.entities.candidates import Candidate, CandidateKind
from pipelines.entities.reporting import cues
from pipelines.entities.tags import spoken_of

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")  # a blank line; a single line break is a wrap
MAX_CONTINUATION_GAP_WORDS = 3
"""Words allowed between the end of a quote (its cue clause) and a following cue-less quote in
the same sentence that takes the same speaker."""


class SpeechRuns:
    """Continuation rules read from the finder's ``text``, ``masked``, ``sentences``, ``cands`` and
    ``last`` (quote end, speaker id, missed name)."""

    text: str
    masked: str
    sentences: list[int]
    cands: list[Candidate]
    last: tuple[int, str | None, str | None] | None

    def continued(
        self, sent_start: int, open_pos: int, tail: tuple[int, int] | None = None
    ) -> tuple[str | None, str | None] | None:
        """The previous quote's speaker, when this cue-less quote goes on from it: it opens its
        sentence right after that quote or right after the sentence that ends that quote (its
        cue clause: '"...," said Mr Smith. "..."'), or opens the next paragraph; and no other
        person is named in between (the convention for a speech over sentences and paragraphs).
        Returns (its entity id, the name of a speaker the tagger missed), or None."""
        if self.last is None or self.masked[sent_start:open_pos].strip():
            return None
        last_end, last_eid, last_name = self.last
        carried = (last_eid, last_name)
        between = self.masked[last_end:open_pos]
        if len(between.split()) <= MAX_CONTINUATION_GAP_WORDS:
            return carried
        k = bisect.bisect_right(self.sentences, max(last_end - 1, 0))
        next_sentence = self.sentences[k] if k < len(self.sentences) else len(self.text)
        others = [  # a person in the quote's own cue clause ("said X, analyst at Y") is no other
            c for c in self.cands if next_sentence <= c.start < open_pos and c.is_person() and c.entity_id != last_eid
        ]
        if others:
            spoken = spoken_of(self.text, self.masked, self.sentences, others, next_sentence, sent_start)
            return carried if spoken else None
        paragraph_break = self.text.rfind("\n\n", 0, open_pos)
        paragraph_start = 0 if paragraph_break < 0 else paragraph_break + 2
        opens_paragraph = not self.text[paragraph_start:open_pos].strip()
        if next_sentence == sent_start or (opens_paragraph and len(_PARAGRAPH_BREAK_RE.findall(between)) == 1):
            return carried
        quiet_tail = tail is None or self.quiet_tail(*tail, last_eid)  # not '"...," Alois Rhiel added.'
        return carried if quiet_tail and self.narrative(next_sentence, sent_start) else None

    def narrative(self, start: int, end: int) -> bool:
        """Whether masked[start:end] is one sentence of narrative that names nobody who could speak
        (no person, role or pronoun) and reports no speech: a quote after it goes on with the
        speaker before it ('..." said Mr Saldarriaga. The sessions have been a showcase. "We...')."""
        k = bisect.bisect_right(self.sentences, start)
        if k < len(self.sentences) and self.sentences[k] < end:
            return False  # more than one sentence
        if cues(self.masked, start, end):
            return False
        speakers = (CandidateKind.PRONOUN, CandidateKind.ROLE)
        return not any(c.kind in speakers or c.is_person() for c in self.cands if start <= c.start < end)

    def quiet_tail(self, start: int, end: int, eid: str | None) -> bool:
        """Whether the rest of a quote's sentence names no one but ``eid`` and, unless it names
        them ('"...," Mr Weise added'), reports no speech."""
        named = {c.entity_id for c in self.cands if start <= c.start < end and c.is_person()}
        if named - {eid}:
            return False
        return eid in named or not cues(self.masked, start, end)
