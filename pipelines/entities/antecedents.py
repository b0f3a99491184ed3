"""Antecedents of pronouns and titles in one article: who a later "he", "it" or "the minister"
may refer to (the subjects of reporting clauses and of sentences, and named organisations), for
:mod:`pipelines.entities.speakers`."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipelines.entities.candidates import Candidate, CandidateKind, clause_subjects, sentence_subjects
from pipelines.entities.reporting import SOURCE_AFTER_NAME_RE, SPOKESPERSON_NOUNS, cues
from pipelines.entities.roles import RoleIndex, is_possessive, surname_subject
from pipelines.entities.subjects import inverted_subject, opens_clause, subject_before_cue


@dataclass
class Antecedent:
    """Someone a later pronoun or title may refer to: the subject of a reporting clause or of a
    sentence. ``entity_id`` is None for an unnamed subject ("a spokesman said"), who stops the
    search (the pronoun refers to them, and they are nobody the warehouse knows)."""

    pos: int
    entity_id: str | None
    label: str
    name: str | None = None  # how a person the tagger missed is written ("Parul Jain")
    speaks: bool = False  # an organisation or group as the subject of a reporting verb ("EMI said")
    unnamed_for: bool = False  # a spokesperson of no named body ("a spokesman said")


SOURCE = "SOURCE"
"""The label of an antecedent that is a name's written source ("Mr Crosby's statement"), which a
later "it" may refer to."""
IT_LABELS = ("ORG", SOURCE)
"""What "it" may refer to: an organisation or a name's written source, never a nationality
("South Koreans") or a place."""
THEY_LABELS = ("ORG", "NORP")
_INDEFINITE_ROLE_RE = re.compile(r"^(?:a|an)\s", re.IGNORECASE)


_AFTER_INVERTED_RE = re.compile(r"\s*(?:[,.;:]|$)")


def _inverted_after_comma(cands: list[Candidate], starts: list[int], masked: str, cue_end: int, limit: int):
    """The person right after a cue that follows a comma and ends the clause or opens an
    apposition ("..., says Tim Dams, the news editor"): the inverted subject, not the subject
    of the clause before; never a name that opens the reported clause ("said Mr Ahern had")."""
    found = inverted_subject(cands, starts, masked, cue_end, limit)
    if found is None or not found.is_person() or masked[cue_end : found.start].strip():
        return None
    return found if _AFTER_INVERTED_RE.match(masked, found.end) else None


_FOR_BODY_RE = re.compile(r"\s+(?:for|of|at|from)\s+((?:the\s+)?)")
"""What joins a spokesperson to the body named after them ("a spokesman for the Home Office")."""
_POSSESSOR_RE = re.compile(r"^(.+?)['’]s\s")


def spoken_for(c: Candidate, cands: list[Candidate], starts: list[int], masked: str) -> str | None:
    """The organisation a spokesperson role names, which speaks through it: the last name inside
    the phrase ("an SFA spokesman", "a Labour Party spokesman", "Acme's spokeswoman"), else the
    name right after it ("a spokesman for Acme"), else the one name of the article that ends
    with the phrase's untagged possessor ("Big Brother's spokeswoman" after "Celebrity Big
    Brother"); None for another role."""
    if c.kind is not CandidateKind.ROLE or c.text.split()[-1].lower() not in SPOKESPERSON_NOUNS:
        return None
    k = bisect.bisect_right(starts, c.start)
    inside = [n for n in cands[k : k + 4] if n.kind is CandidateKind.NAME and n.end <= c.end and n.entity_id]
    if inside:
        return inside[-1].entity_id
    joint = _FOR_BODY_RE.match(masked, c.end)
    if joint:
        return _body_at(cands[k : k + 6], masked, joint.start(1)) or _body_at(cands[k : k + 6], masked, joint.end())
    possessor = _POSSESSOR_RE.match(c.text)
    if possessor is None:
        return None
    words = possessor.group(1).split()
    named = {
        n.entity_id
        for n in cands
        if n.kind is CandidateKind.NAME and n.entity_id and n.text.removesuffix("'s").split()[-len(words) :] == words
    }
    return next(iter(named)) if len(named) == 1 else None


_OWNER_END_RE = re.compile(r"(?:['’]s)?\s+")


def _body_at(cands: list[Candidate], masked: str, pos: int) -> str | None:
    """The entity of the name that starts at pos, or of the one its possessive owns ("Manchester's
    Trafford Centre": the centre)."""
    for n in cands:
        if n.kind is not CandidateKind.NAME or n.start != pos:
            continue
        owner = _OWNER_END_RE.match(masked, n.end)
        if n.text.endswith(("'s", "’s")) or masked.startswith(("'s", "’s"), n.end):
            pos = owner.end() if owner else -1
            continue
        return n.entity_id
    return None


def group_entity(c: Candidate, cands: list[Candidate], starts: list[int]) -> str | None:
    """The organisation an unnamed body stands for when one named before it has its noun in its
    name ("the ministry" after "the Ministry of Defence"): the nearest such; else None."""
    noun = c.text.split()[-1].lower()
    for n in reversed(cands[: bisect.bisect_left(starts, c.start)]):
        if n.kind is CandidateKind.NAME and n.entity_id and n.label == "ORG" and noun in n.text.lower().split():
            return n.entity_id
    return None


def _role_antecedent(
    c: Candidate, roles: RoleIndex, cands: list[Candidate], starts: list[int], masked: str, *, named_only: bool = False
) -> list[Antecedent]:
    """A role phrase as a subject: an unnamed spokesperson stands for the organisation named in
    it ("A Labour Party spokesman criticised ... He said"), another unnamed one for nobody ("a
    spokesman said"); a definite phrase for the holder of the role when the article names one
    ("the defender said" after "defender John Terry"; "the Tory spokesman" may be the one named
    before, so it is not taken for the party), no antecedent when undecided. With named_only (a
    sentence's subject, less sure than a reporting verb's), a definite phrase is one only when
    it names a holder."""
    spokesperson = c.text.split()[-1].lower() in SPOKESPERSON_NOUNS
    if _INDEFINITE_ROLE_RE.match(c.text):
        body = spoken_for(c, cands, starts, masked)
        unnamed = spokesperson and body is None and _no_body_after(masked, c.end)
        return [Antecedent(c.start, body, "PERSON", unnamed_for=unnamed)]
    decided, eid, _ = roles.lookup(c.text, c.start)
    # "Tony Blair's official spokesman declined": Blair speaks; but "The Tory spokesman criticised"
    # may be a person named before, whom a later "he" then means
    body = spoken_for(c, cands, starts, masked)
    if not (decided and eid) and is_possessive(c.text) and body:
        return [Antecedent(c.start, body, "PERSON")]
    if not decided and spokesperson and body is None and not named_only:
        return [Antecedent(c.start, None, "PERSON", c.text)]  # "The executive spokeswoman said ... She said"
    return [Antecedent(c.start, eid, "PERSON")] if decided and (eid or not named_only) else []


BODY_WINDOW = 400
"""Characters before an unnamed spokesperson ("a spokesman said") searched for the organisation
or group that spoke last ("Ofcom says ... But a spokesman said"), which they speak for."""


_BODY_AFTER_RE = re.compile(r"\s+(?:for|of|at|from)\s+(?!the\s+(?:company|firm|group|organisation|club)\b)")
"""A body named in words after a spokesperson ("a spokesman for the supporters club"), though not
a bare "the company", which means the one that spoke."""


def _no_body_after(masked: str, end: int) -> bool:
    return _BODY_AFTER_RE.match(masked, end) is None


def _spoken_for_by_context(found: list[Antecedent]) -> None:
    """Give each spokesperson of no named body (in text order) the organisation or group that is
    the subject of a reporting verb within ``BODY_WINDOW`` characters before them, when no other
    person, organisation or group is named in between ("The League says ... ACPO has issued
    guidance. A spokesman said" is not the League's)."""
    last: Antecedent | None = None
    for a in found:
        if a.speaks:
            last = a
        elif a.unnamed_for and a.entity_id is None and last is not None and a.pos - last.pos <= BODY_WINDOW:
            a.entity_id = last.entity_id
        elif last is not None and a.entity_id != last.entity_id:
            last = None  # someone else is named in between


COORDINATION_RE = re.compile(r"[,;:]")
"""A comma, semicolon or colon, which ends a reported clause ("X said the plan failed, Y
said"; "X said ..., but Y said ...")."""


def reported(masked: str, cue_end: int, pos: int) -> bool:
    """Whether pos lies in the clause reported by the cue ending at cue_end, in its sentence:
    after it, with no comma in between ("X said ... Y had promised", not "X said ..., but Y said
    ..." nor "If X said ..., Y said")."""
    return pos > cue_end and not COORDINATION_RE.search(masked, cue_end, pos)


def _object_before_participle(masked: str, subject: Candidate, cm) -> bool:
    """Whether the subject found for a participle cue ("pointing out", "saying") is a name right
    before it with no comma, which is the object of the clause's verb, not the speaker."""
    return cm.group().lower().split()[0].endswith("ing") and not masked[subject.end : cm.start()].strip()


_PARENTHETICAL_PRONOUN_RE = re.compile(r",\s*([Hh]e|[Ss]he)\s+(?:\w+ly\s+)?$")


def _talked_about(found: list, sentences: list[int], masked: str) -> dict[int, int]:
    """Sentence index -> where a parenthetical "he"/"she" reporting clause starts in it ("Mr Blair
    has failed, he claimed"): the person who opens the clause it reports is talked about, and so
    is not the "he" who claims it, nor an antecedent of a later one."""
    out: dict[int, int] = {}
    for cm in found:
        m = _PARENTHETICAL_PRONOUN_RE.search(masked, max(0, cm.start() - 20), cm.start())
        if m:
            out.setdefault(bisect.bisect_right(sentences, cm.start()) - 1, m.start(1))
    return out


def unknown_name(c: Candidate) -> str | None:
    return c.text if c.is_person() and c.entity_id is None else None


def antecedents(
    cands: list[Candidate], sentences: list[int], masked: str, roles: RoleIndex, surnames: dict[str, set[str]]
) -> list[Antecedent]:
    """Antecedents in text order: the person that opens each sentence as its subject
    (:func:`sentence_subjects`), the subject of a clause after "but"
    (:func:`clause_subjects`), the subject of every reporting clause outside quotes but one
    inside the clause another reports (:func:`reported`), and every named organisation or group
    (for "it" and "they"). Places are never antecedents."""
    out = [
        Antecedent(c.start, c.entity_id, c.label)
        for c in cands
        if c.kind is CandidateKind.NAME and c.entity_id and c.label in ("ORG", "NORP")
    ]
    starts = [c.start for c in cands]
    reporters: dict[int, int] = {}  # sentence -> end of its first reporting cue with a subject
    found = cues(masked, 0, len(masked))
    talked_about = _talked_about(found, sentences, masked)
    for c in sentence_subjects(cands, sentences, masked):
        if c.is_person() and c.start < talked_about.get(bisect.bisect_right(sentences, c.start) - 1, -1):
            continue  # "Mr Blair has failed to tackle these problems, he claimed": not Blair's claim
        if c.is_person():
            out.append(Antecedent(c.start, c.entity_id, "PERSON", unknown_name(c)))
        elif c.kind is CandidateKind.ROLE:  # "But a spokesman for the Home Office defended it. He said"
            out.extend(_role_antecedent(c, roles, cands, starts, masked, named_only=True))
    for c in clause_subjects(cands, masked):  # "..., but Federer raised his game"
        out.append(Antecedent(c.start, c.entity_id, "PERSON", unknown_name(c)))
    for cm in found:
        si = bisect.bisect_right(sentences, cm.start()) - 1
        if " ".join(cm.group().lower().split()) == "according to":  # "..., according to John Houlihan"
            subject = inverted_subject(cands, starts, masked, cm.end(), len(masked))
            if subject is not None and subject.is_person() and subject.entity_id:
                out.append(Antecedent(subject.start, subject.entity_id, "PERSON"))
            elif subject is not None and subject.kind is CandidateKind.ROLE and _INDEFINITE_ROLE_RE.match(subject.text):
                out.append(Antecedent(subject.start, None, "PERSON"))  # "according to a spokesman"
            continue
        subject = subject_before_cue(cands, sentences[si], cm.start(), masked)
        if subject is not None and _object_before_participle(masked, subject, cm):
            continue  # "Mr Campbell e-mailed Mr McFadyen pointing out": McFadyen is told, not telling
        if subject is None and (found := surname_subject(masked, surnames, sentences[si], cm.start())):
            subject = Candidate(*found, CandidateKind.NAME, "PERSON")  # "Stam says": the one Stam named in full
        named = subject is not None and subject.kind is CandidateKind.NAME and subject.entity_id
        if named and subject.label in THEY_LABELS:  # "EMI said", "The Conservatives insisted"
            out.append(Antecedent(subject.start, subject.entity_id, subject.label, speaks=True))
        sent_end = sentences[si + 1] if si + 1 < len(sentences) else len(masked)
        if subject is None or subject.kind is CandidateKind.NAME and subject.label != "PERSON":
            inverted = inverted_subject(cands, starts, masked, cm.end(), sent_end)
            subject = subject if inverted is None or opens_clause(masked, inverted) else inverted
        elif masked[sentences[si] : cm.start()].rstrip().endswith(","):  # "..., says Tim Dams, the editor"
            subject = _inverted_after_comma(cands, starts, masked, cm.end(), sent_end) or subject
        if subject is not None and subject.start > cm.start():
            pass  # an inverted subject ("said Mr Smith") is the main clause's
        elif subject is not None and si in reporters and reported(masked, reporters[si], subject.start):
            continue  # "Ed Davey said the plan Mr Blair had promised never came": Davey's report
        elif subject is not None:
            reporters.setdefault(si, cm.end())
        if subject is None or subject.kind is CandidateKind.PRONOUN:
            continue
        if subject.kind is CandidateKind.ROLE:
            out.extend(_role_antecedent(subject, roles, cands, starts, masked))
        elif subject.kind is CandidateKind.GROUP and (eid := group_entity(subject, cands, starts)):
            out.append(Antecedent(subject.start, eid, "ORG"))  # "the ministry said": a later "it"
        elif subject.label == "PERSON":
            out.append(Antecedent(subject.start, subject.entity_id, "PERSON", unknown_name(subject)))
        if subject.kind is CandidateKind.NAME and SOURCE_AFTER_NAME_RE.match(masked, subject.end):
            out.append(Antecedent(subject.end, subject.entity_id, SOURCE))  # "Mr Crosby's statement said"
    out.sort(key=lambda a: a.pos)
    _spoken_for_by_context(out)
    return out
