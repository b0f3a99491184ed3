"""Who said a quotation: speaker candidates around a quote, reporting cues, and antecedents.

The quote finder (:mod:`pipelines.entities.quotes`) hands each quote to :class:`SpeakerFinder`,
which works on the article's *masked* text (quoted words replaced by ``x``) so that names and
cues inside quotes are never taken for the speaker:

* **Speaker after** the quote (``"...," Mr Stoltenberg said``, ``"...," said Mr Smith``,
  ``"...," he told reporters``) is tried first, then **speaker before** it in the same sentence
  (``Zelensky said: "..."``, ``Peskov told reporters that ... "..."``): the subject nearest
  before the last reporting verb.
* Reporting verbs and role nouns are listed in :mod:`pipelines.entities.reporting`; a short
  sentence tagging a quote that ends in "?" or "!", "quoted X as saying" and verbs of naming
  ('called the plans "..."') are read by :mod:`pipelines.entities.tags`.
* A role phrase ("the defender told") stands for the person named with that role earlier
  (:mod:`pipelines.entities.roles`); an unnamed one ("a spokesman said") for nobody, though its
  words are kept as the speaker text.
* A pronoun or an unmatched title ("he", "the minister") is resolved to the nearest named
  speaker before it: the speaker of an earlier quote or the person subject of an earlier
  sentence or reporting clause.
* A quote with no reporting verb of its own that opens its sentence right after another quote,
  or opens the next paragraph after it with no other person named in between (the next
  paragraph of a speech), or follows one sentence of narrative naming nobody, takes that
  quote's speaker.
* A name right after a cue that opens the reported clause ("said RipGuard would") and a place
  that premodifies a noun ("a Chinese newspaper said") are no speakers, nor a name in a fronted
  phrase ("Commenting on X's decision, a spokesman said").
* An unnamed body ("the ministry said") keeps its words and stands for an organisation named
  with its noun, or for a firm or club the organisation that last spoke.
* A quote fragment inside another speaker's reported clause keeps its own speaker, but the
  speech going on after it and a later pronoun are the reporter's.
"""

from __future__ import annotations

import bisect
import re

from pipelines.entities.antecedents import (
    COORDINATION_RE,
    IT_LABELS,
    THEY_LABELS,
    Antecedent,
    antecedents,
    group_entity,
    spoken_for,
    unknown_name,
)
from pipelines.entities.candidates import (
    Candidate,
    CandidateKind,
    clause_start,
    genders,
    opening_person,
    source_owner,
)
from pipelines.entities.given_names import given_names
from pipelines.entities.reporting import FIRM_NOUNS, SOURCE_NOUNS, cues, is_weak
from pipelines.entities.roles import RoleIndex, inverted_surname, surname_subject, surnames, untagged_full_name
from pipelines.entities.speech_runs import SpeechRuns
from pipelines.entities.subjects import (
    PERSON_PRONOUNS,
    inverted_subject,
    opens_clause,
    premodified_person,
    premodifier,
    subject_before_cue,
    titled_person,
)
from pipelines.entities.tags import QUOTED_AS_RE, called_subject, tag_end

_RIGHT_AFTER_CUE_RE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+)?")
"""What stands between a cue and the name of its inverted subject ("argues Mr Donofrio")."""
_PRONOUN_AFTER_CUE_RE = re.compile(r"\s+(?:that\s+)?")
"""What stands between a cue and a pronoun that opens its reported clause ("said it", "said that he")."""
_LEAD_RE = re.compile(r"[\s,.;:!?—–-]*")
_QUOTE_MARK_RE = re.compile(r"[\"“”‘’]")
_FINAL_CLAUSE_RE = re.compile(r",\s*([^,;:]+?)\s*[.!?]?\s*$")
"""The last comma-separated clause of a sentence."""
MAX_FINAL_CLAUSE_WORDS = 8
"""Words allowed in a reporting clause that ends a quote's sentence ("..., say the Tories")."""
_RELATIVE_WORDS = frozenset("which who whom whose that while whilst although though as when where if because".split())


def _relative(clause: str) -> bool:
    """Whether a clause opens with a relative or subordinating word ("which the minister denied")."""
    words = clause.split()
    return bool(words) and words[0].lower() in _RELATIVE_WORDS


_APPOSITION_END_RE = re.compile(r",[^,;:.!?\"“”]*,\s*$")
"""An apposition between commas that ends right before a cue ("Barry Beal, manager for Acme, told")."""
_DASH_APPOSITION_RE = re.compile(r"\s[-–—]\s[^;:.!?\"“”]*\s[-–—]\s*$")
"""An apposition between dashes that ends right before a cue ("Ann Lee - then adviser to Acme - told")."""
_PHRASE_RE = re.compile(r"(?:by|after|before|with|without|for|of|to|as|than|from)\b")
"""A preposition that opens the text after a quote: a phrase that goes on with the sentence ('"like
a child" by taunting Tom Hardy after denying him'), not a reporting clause."""

MAX_WORDS_BEFORE_CUE_AFTER = 6
"""Words allowed between a quote's closing mark and a cue after it ("...," the former minister
of Ruritania said)."""


class SpeakerFinder(SpeechRuns):
    """Finds the speaker of each quote of one article, in text order (see the module docstring)."""

    def __init__(self, text: str, masked: str, sentences: list[int], cands: list[Candidate]) -> None:
        self.text, self.masked, self.sentences, self.cands = text, masked, sentences, cands
        self.cand_starts = [c.start for c in cands]
        self.genders = genders(cands)
        self.last: tuple[int, str | None, str | None] | None = None  # (quote end, speaker id, missed name)
        self.speakers: list[Antecedent] = []  # quote start, entity id and label of the quotes' speakers
        self.labels = {c.entity_id: c.label for c in cands if c.kind is CandidateKind.NAME and c.entity_id}
        persons = [(c.start, c.end, c.entity_id) for c in cands if c.is_person() and c.entity_id]
        self.surnames = surnames([(c.text, c.entity_id) for c in cands if c.is_person() and c.entity_id])
        roles = [c for c in cands if c.kind is CandidateKind.ROLE]
        bodies = [spoken_for(c, cands, self.cand_starts, masked) for c in roles]
        self.roles = RoleIndex(masked, persons, [(c.start, c.text, b) for c, b in zip(roles, bodies)])
        self.antecedents = antecedents(cands, sentences, masked, self.roles, self.surnames)

    def sentence_span(self, open_pos: int, close: int) -> tuple[int, int]:
        si = bisect.bisect_right(self.sentences, open_pos) - 1
        nj = bisect.bisect_right(self.sentences, close)
        return self.sentences[si], self.sentences[nj] if nj < len(self.sentences) else len(self.text)

    def inverted_subject(self, cue_end: int, limit: int) -> Candidate | None:
        """The subject after an inverted cue; a last name alone the tagger missed ("said Hynde,
        53") is the one person the article names in full with it."""
        found = inverted_subject(self.cands, self.cand_starts, self.masked, cue_end, limit)
        if found is None and (surname := inverted_surname(self.masked, self.surnames, cue_end, limit)):
            return Candidate(*surname, CandidateKind.NAME, "PERSON")
        return found

    def quoted_as(self, start: int, end: int) -> tuple[Candidate | None, str | None]:
        """The speaker of "quoted X as saying" between start and end ('..., the agency quoted
        Peoplesoft worker David Ogden as saying'), not of "quoted by X as saying"."""
        m = QUOTED_AS_RE.search(self.masked, start, end)
        if m is None:
            return None, None
        speaker = self.inverted_subject(m.start(1), m.end(1))
        return (speaker, "saying") if speaker is not None else (None, None)

    def after(self, close: int, sent_end: int) -> tuple[Candidate | None, str | None]:
        """The speaker in a cue clause right after the quote's closing mark; none after a phrase
        that goes on with the sentence ('... "like a child" by taunting X after denying him')."""
        if (quoted := self.quoted_as(close, sent_end))[0] is not None:
            return quoted
        after = self.masked[close:sent_end]
        lead = _LEAD_RE.match(after).end()
        cm = next(iter(cues(after, lead, len(after))), None)
        subject = _APPOSITION_END_RE.sub("", after[lead : cm.start()]) if cm else ""
        dashes = _DASH_APPOSITION_RE.search(subject)  # "..." Andrei Illarionov - then adviser to Mr Putin - told
        subject = subject[: dashes.start()] if dashes else subject
        if cm and len(subject.split()) > MAX_WORDS_BEFORE_CUE_AFTER and not _PHRASE_RE.match(after, lead):
            # '"...," Dr Ann Lee games director at Acme told'
            span = (self.cands, self.cand_starts, self.masked, close + lead, close + cm.start())
            titled = titled_person(*span) or premodified_person(*span)  # or '"...," Acme chief Ann Lee said'
            if titled is None:  # '"...," Ann Lee, a natural gas analyst with Acme said': the person it opens with
                named = subject_before_cue(self.cands, close + lead, close + cm.start(), self.masked)
                titled = named if named is not None and named.is_person() and named.start == close + lead else None
            return (titled, cm.group()) if titled is not None else (None, None)
        if not cm or len(subject.split()) > MAX_WORDS_BEFORE_CUE_AFTER or _PHRASE_RE.match(after, lead):
            return None, None  # ('"...," Barry Beal, global security manager for Acme, told': two words)
        if _QUOTE_MARK_RE.search(after[lead : cm.start()]) or _relative(after[lead : cm.start()]):
            return None, None  # not '..." which the minister denied'
        if cm.start() == lead:  # "said Mr Smith", "according to the ministry"
            speaker = self.inverted_subject(close + cm.end(), sent_end)
            speaker = None if speaker is not None and premodifier(self.masked, speaker) else speaker
        else:
            end = close + lead + len(subject) if dashes else close + cm.start()
            speaker = subject_before_cue(self.cands, close + lead, end, self.masked)
            speaker = speaker or self.surname_subject(close + lead, end)
        return speaker, cm.group() if speaker is not None else None

    def final_clause(self, close: int, sent_end: int) -> tuple[Candidate | None, str | None]:
        """The speaker of a reporting clause that ends the quote's sentence after a comma, further
        than a cue right after the quote ('A "propaganda exercise" is lulling the public, say
        the Tories.'); never a relative clause ("..., which the minister denied")."""
        tail = self.masked[close:sent_end]
        m = _FINAL_CLAUSE_RE.search(tail)
        if not m or _QUOTE_MARK_RE.search(m.group(1)) or _relative(m.group(1)):
            return None, None
        start, end = close + m.start(1), close + m.end(1)
        if len(m.group(1).split()) > MAX_FINAL_CLAUSE_WORDS:
            return None, None
        cm = next(iter(cues(self.masked, start, end)), None)
        if cm is None:
            return None, None
        if cm.start() == start:
            speaker = self.inverted_subject(cm.end(), sent_end)
        else:
            speaker = subject_before_cue(self.cands, start, cm.start(), self.masked)
        return speaker, cm.group() if speaker is not None else None

    def before(self, sent_start: int, open_pos: int) -> tuple[Candidate | None, str | None]:
        """The subject of the last reporting cue before the quote, in its sentence."""
        if sent_start >= open_pos:
            return None, None
        if (quoted := self.quoted_as(sent_start, open_pos))[0] is not None:
            return quoted
        found = cues(self.masked[sent_start:open_pos], 0, open_pos - sent_start)
        strong_first = [c for c in reversed(found) if not is_weak(c)] + [c for c in reversed(found) if is_weak(c)]
        for cm in strong_first:
            word = " ".join(cm.group().lower().split())
            if word.endswith("ing") and cm is not found[0]:
                continue  # "said ..., adding that": the subject is that of the main verb
            speaker = None
            inverted = self.inverted_subject(sent_start + cm.end(), open_pos)
            between_commas = self.masked[sent_start : sent_start + cm.start()].rstrip().endswith(",")
            between_commas = between_commas and inverted is not None and not opens_clause(self.masked, inverted)
            if inverted is not None and inverted.is_person() and between_commas:
                speaker = inverted  # "The ministers' comments, said Junya Tanase of JPM, were "..."'
            elif word != "according to":
                speaker = subject_before_cue(self.cands, sent_start, sent_start + cm.start(), self.masked)
                speaker = speaker or self.surname_subject(sent_start, sent_start + cm.start())
                if speaker is not None and speaker.kind is CandidateKind.PRONOUN:
                    speaker = self.cue_subject(found, sent_start, speaker) or speaker
            if speaker is None and inverted is not None and not opens_clause(self.masked, inverted):
                # "according to the ministry", '"...," said Mr Smith, "..."'
                speaker = None if premodifier(self.masked, inverted) else inverted
            if speaker is not None:
                return speaker, cm.group()
        return self.called(sent_start, open_pos) if not found else self.named_with_colon(sent_start, open_pos)

    def cue_subject(self, found: list, sent_start: int, pronoun: Candidate) -> Candidate | None:
        """The subject of the cue right before a pronoun that opens the reported clause ("Wedge, in
        a filing with the SEC, said it believes", "..., said that he thinks"): the pronoun stands
        for it when it is a name of the pronoun's kind, not for a name in an aside before the cue."""
        cue = next(
            (m for m in found if _PRONOUN_AFTER_CUE_RE.fullmatch(self.masked, sent_start + m.end(), pronoun.start)),
            None,
        )
        if cue is None:
            return None
        subject = subject_before_cue(self.cands, sent_start, sent_start + cue.start(), self.masked)
        if subject is None or subject.kind is not CandidateKind.NAME:
            return None
        return subject if subject.is_person() == (pronoun.pronoun() in PERSON_PRONOUNS) else None

    def called(self, sent_start: int, open_pos: int) -> tuple[Candidate | None, str | None]:
        """The subject of a verb of naming right before the quote (:func:`called_subject`), else a
        name alone before it and a colon."""
        speaker, verb = called_subject(self.cands, self.masked, sent_start, open_pos)
        if verb is None:
            return self.named_with_colon(sent_start, open_pos)
        return (speaker, verb) if speaker is not None else (None, None)

    def surname_subject(self, start: int, cue_start: int) -> Candidate | None:
        """The person whose last name alone (the tagger missed it) is the whole subject before a
        cue ("Pires told the Evening Standard:", '"...," Mr Pires added'), when the article names
        one person with that last name."""
        found = surname_subject(self.masked, self.surnames, start, cue_start)
        comma = self.masked.rfind(",", start, cue_start)
        if found is None and comma >= 0:  # "France were 17-6 down at half-time, but Pelous said:"
            found = surname_subject(self.masked, self.surnames, comma + 1, cue_start)
        first = self.masked.find(",", start, cue_start)
        if first >= 0 and self.masked[start:cue_start].rstrip().endswith(","):
            cue_start = first  # "Monfils, who was given a wildcard, said:": the name before the aside
            found = found or surname_subject(self.masked, self.surnames, start, cue_start)
        found = found or untagged_full_name(self.masked, given_names(), start, cue_start)  # "Dai Young ... Young told"
        return Candidate(*found, CandidateKind.NAME, "PERSON") if found else None

    def named_with_colon(self, sent_start: int, open_pos: int) -> tuple[Candidate | None, str | None]:
        """The person whose name (with a title) is all that stands before the quote and a colon,
        as in a list of comments ('- Blackburn boss Mark Hughes: "..."')."""
        lead = self.masked[sent_start:open_pos].rstrip()
        if not lead.endswith(":"):
            return None, None
        sent = [c for c in self.cands if sent_start <= c.start and c.end <= open_pos]
        person = opening_person(self.masked, sent_start, sent)
        if person is None or self.masked[person.end : sent_start + len(lead) - 1].strip():
            return None, None
        return person, None

    def resolve(self, c: Candidate) -> tuple[str | None, str | None]:
        """The entity a candidate stands for: a name's own entity, else the nearest antecedent
        before it that fits. "he"/"she" and titles take a person (of the pronoun's gender where
        it is known), "it"/"they" an organisation or group; an unnamed subject in between
        ("a spokesman said") resolves to nobody. A role phrase first takes the holder of its
        role (see :class:`RoleIndex`); one whose role nobody holds and no antecedent fits is the
        one person named before it, when the article names exactly one. The second value is the
        name of a person the tagger missed that the candidate resolves to ("he" after "Parul
        Jain, economist at Acme, said")."""
        if c.kind is CandidateKind.NAME:
            return c.entity_id, None
        if c.kind is CandidateKind.GROUP:
            return self.group(c), None
        pronoun = c.pronoun()
        unfit: set[str] = set()
        if c.kind is CandidateKind.ROLE:
            decided, eid, unfit = self.roles.lookup(c.text, c.start)
            if decided and eid:
                return eid, None  # "the Tory spokesman said" after "Tory spokesman Michael Ancram"
            if org := spoken_for(c, self.cands, self.cand_starts, self.masked):
                return org, None  # "an SFA spokesman said": the SFA speaks
            body = next((a.entity_id for a in self.antecedents if a.pos == c.start and a.unnamed_for), None)
            if decided:
                return eid or body, None  # "Ofcom says ... a spokesman said": Ofcom speaks
        want_person = c.kind is CandidateKind.ROLE or pronoun in PERSON_PRONOUNS
        found = sorted(self.speakers + self.antecedents, key=lambda a: a.pos)
        for a in reversed(found):
            if a.pos >= c.start or (a.label == "PERSON") != want_person:
                continue
            if not want_person and a.label not in (IT_LABELS if pronoun == "it" else THEY_LABELS):
                continue  # "it"/"they" is a group, never a place; "it" may be a source ("Mr X's statement")
            if a.entity_id is None:
                return None, a.name
            if a.entity_id in unfit:
                continue  # "the prime minister" is not the Deputy Prime Minister named before
            if c.kind is CandidateKind.PRONOUN and self.genders.get(a.entity_id, pronoun) != pronoun and want_person:
                continue
            return a.entity_id, None
        if c.kind is CandidateKind.ROLE and not decided:
            return self.only_person_before(c.start), None  # "signed Graham Stuart ... the 34-year-old told"
        return None, None

    def only_person_before(self, pos: int) -> str | None:
        """The one person the article names before pos, if it names exactly one."""
        people = {c.entity_id for c in self.cands if c.start < pos and c.is_person() and c.entity_id}
        return people.pop() if len(people) == 1 else None

    def group(self, c: Candidate) -> str | None:
        """The organisation an unnamed body stands for: one named before it with its noun ("the
        ministry" after "the Ministry of Defence"), else for a firm, club or the like the
        organisation that spoke last before it ("EMI said ... "...," the company added")."""
        if c.text.split()[-1].lower() in SOURCE_NOUNS:  # "An IAAF statement said ... The statement continued"
            return source_owner(c, self.cands, self.cand_starts, self.masked)
        eid = group_entity(c, self.cands, self.cand_starts)
        if eid or c.text.split()[-1].lower() not in FIRM_NOUNS:
            return eid
        spoke = [a for a in self.antecedents if a.speaks and a.label == "ORG" and a.pos < c.start]
        return spoke[-1].entity_id if spoke else None

    def introduced(self, sent_start: int, hops: int = 1) -> tuple[Candidate | None, str | None]:
        """The subject of a reporting clause in the sentence just before a quote that opens its
        sentence with no cue of its own ('..., Mr Howard said.' then '"We watched..."'; '..., argues
        Mr Donofrio.': the person after a cue that follows a comma), when no
        quote lies in that sentence; with no reporting clause there, the person that opens it as
        its subject ('Graham Barlow, editor of Mac Format, is partisan.' then '"It's just a Mac"');
        with neither, and that sentence one of narrative naming nobody who could speak, a person
        named so in the sentence before it ('Ann Lee said the compression was lossless. The film
        will be encrypted. "People will see ..."': ``hops`` such sentences are passed over; not a
        pronoun nor a body there, which a reader would not carry so far)."""
        si = bisect.bisect_right(self.sentences, sent_start - 1) - 1
        if si < 0 or self.sentences[si] >= sent_start:
            return None, None
        prev_start = self.sentences[si]
        if self.last is not None and self.last[0] > prev_start:
            return None, None
        for cm in reversed(cues(self.masked, prev_start, sent_start)):
            if cm.group().lower() in ("according to",) or cm.group().lower().endswith("ing"):
                continue
            inverted = self.masked[prev_start : cm.start()].rstrip().endswith(",")  # "..., argues Mr Lee"
            cand = self.inverted_subject(cm.end(), sent_start) if inverted else None
            if cand is not None and not (
                cand.is_person() and _RIGHT_AFTER_CUE_RE.fullmatch(self.masked, cm.end(), cand.start)
            ):
                cand = None  # not "Her lawyer, Ann Lee, said her client would sue the comedian", "..., said it"
            cand = cand or subject_before_cue(self.cands, prev_start, cm.start(), self.masked)
            if cand is not None:
                return cand, cm.group()
        sent = [c for c in self.cands if prev_start <= c.start < sent_start]
        start = clause_start(self.masked, prev_start, sent_start, sent)
        person = opening_person(self.masked, start, sent, pronoun=True)  # "She accepts that ..." then '"..."'
        paragraph_end = self.text.find("\n\n", sent_start)
        speech = self.text[sent_start : paragraph_end if paragraph_end >= 0 else len(self.text)]
        surname = person.text.split()[-1] if person is not None and person.is_person() else None
        named = re.finditer(rf"\b{re.escape(surname)}\b", speech) if surname else ()
        if any(self.masked[sent_start + m.start()] in "xX" for m in named):
            return None, None  # the speech talks about them ("... Simon Taylor is an outstanding player")
        if person is None and hops and self.narrative(prev_start, sent_start):
            earlier, cue = self.introduced(prev_start, hops - 1)
            return (earlier, cue) if earlier is not None and earlier.is_person() else (None, None)
        return person, None

    def speaker(
        self, start: int, open_pos: int, close: int, resumes: bool = False
    ) -> tuple[str | None, str | None, str | None]:
        """(speaker entity id, speaker text, cue) of the quote; call once per quote, in order.
        resumes: the quote goes on after narrative that broke into an unclosed quote (the writer
        never closed it), so with no cue of its own it keeps that quote's speaker."""
        sent_start, sent_end = self.sentence_span(open_pos, close)
        opens = not self.masked[sent_start:open_pos].strip()
        tag = tag_end(self.text, self.masked, self.sentences, close, sent_end) if opens else sent_end
        cand, cue = self.after(close, tag)
        reporter = self.reporter(sent_start, open_pos, close) if cand is not None else None
        if cand is None:
            cand, cue = self.before(sent_start, open_pos)
        if cand is None and not cues(
            self.masked, sent_start, open_pos
        ):  # not 'Prosecutors said X was "...", AP reported'
            cand, cue = self.final_clause(close, sent_end)
        eid, name = self.resolve(cand) if cand is not None else (None, None)
        if cand is None and resumes and self.last is not None:
            eid, name = self.last[1:]
        elif cand is None:
            eid, name = self.continued(sent_start, open_pos, (close, sent_end)) or (None, None)
        if cand is None and eid is None and name is None and opens:
            hops = 0 if cues(self.masked, close, sent_end) else 1  # not '"...," one broker smiles'
            cand, cue = self.introduced(sent_start, hops)
            eid, name = self.resolve(cand) if cand is not None else (None, None)
        name = name or (unknown_name(cand) if cand is not None else None)
        if cand is None and eid is None and name is None and not opens:
            return None, None, None  # a phrase of no one in narrative ('... were "consigned to the past".')
        self.remember(
            start, close, *(self.resolve(reporter) if reporter is not None else (eid, name)), reporter or cand
        )
        return eid, name or (cand.text if cand is not None else None), cue

    def remember(self, start: int, close: int, eid: str | None, name: str | None, cand: Candidate | None) -> None:
        """Record who spoke last, for the speech that goes on (an unnamed one by their words: "the
        spokeswoman") and for a later pronoun."""
        if eid is not None and cand is not None:
            self.speakers.append(Antecedent(start, eid, self.labels.get(eid) or ""))
        name = name or (unknown_name(cand) if cand is not None else None)
        if name is None and cand is not None and cand.kind in (CandidateKind.ROLE, CandidateKind.GROUP):
            name = cand.text  # "the spokeswoman said" and the speech that goes on: her words stay
        self.last = (close, eid, name if eid is None else None)

    def reporter(self, sent_start: int, open_pos: int, close: int) -> Candidate | None:
        """The speaker whose reported clause holds a quote that a cue right after it attributes
        with no comma ('Ed Davey said instead of the "bonfire of quangos" New Labour had
        promised'): the quoted words are New Labour's, but the sentence is Davey's, and so are a
        later "he" and the speech that goes on after it. None for any other quote."""
        fragment = close >= 2 and self.text[close - 2].isalnum()  # no stop or comma before the closing mark
        if not fragment or self.masked[close:].lstrip() == "" or _LEAD_RE.match(self.masked, close).group().strip():
            return None
        if not self.masked[sent_start:open_pos].strip():
            return None
        outer, _ = self.before(sent_start, open_pos)
        if outer is None or COORDINATION_RE.search(self.masked, outer.end, open_pos):
            return None
        return outer
