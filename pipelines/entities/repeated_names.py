"""A one-word name repeated in its article (pass 5b, after :mod:`surnames`): the in-article and
cross-article passes decide each occurrence of a surname or a given name on the words around it, so
one occurrence joins the person while another of the same word, tagged a place, a firm or a building
with nothing around it, stays an entity of its own with the wrong label ("Referee [Dallas] said"
joins Hugh Dallas, "the linesman had advised [Dallas] to award" stays GPE; "[Robben] scored" joins
Arjen Robben, "the enigmatic [Robben] jinked" stays FAC, as no cross-article short form is taken
after a determiner). A reader takes a word repeated in one article for one referent: an
unresolved occurrence joins the one full person name the article's other occurrences of that word
went to (as a short form in the article or across articles), unless

* the words around it call it a thing (a context cue other than PERSON: "in the city of [Dallas]"),
  or the article uses the word as a group's (:mod:`group_uses`: "band [Kasabian]") or a work's title
  (:func:`work_titles.read_as_work`), or a noun follows it that it qualifies ("the [Tower]
  commission" beside John Tower: a thing named after a person);
* the model calls it a work, a product, an event or a law (often named after a person), or
  it is an acronym or a handle;
* the other occurrences went to several people, or it is itself ambiguous (two people of the
  article share the surname), or an initial stands before it ("G [Tovey] (Toulouse, capt)" beside
  Jon Tovey: :func:`surname_links.with_initial` left it apart).

One look at each article's mentions, so the pass is linear."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from pipelines.entities.person_phrases import AFTER_A_PERSON_RE
from pipelines.entities.state import MergeReason
from pipelines.entities.surname_links import initial_before
from pipelines.entities.work_titles import read_as_work

if TYPE_CHECKING:
    from pipelines.entities.state import State

PERSON_REASONS = frozenset(
    {MergeReason.SHORT_FORM_IN_ARTICLE, MergeReason.FIRST_NAME_IN_ARTICLE, MergeReason.SHORT_FORM_CO_MENTIONS}
)
"""How an occurrence went to a person's full name (not an acronym's expansion, which each mention
earns on its own evidence: :mod:`acronyms`)."""
THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
"""Model labels of an occurrence that stays apart: a work, a product, an event or a law is often
named after a person."""


def _may_join(st: State, i: int, aid: str) -> bool:
    s = st.surf[i]
    return (
        s is not None
        and s.plain_word
        and i not in st.resolved
        and i not in st.ambiguous
        and st.labels[i] not in THING_LABELS
        and all(label == "PERSON" for label, _ in st.cues.get(i, ()))
        and (aid, s.key) not in st.group_uses
        and not read_as_work(st, i)
        and as_a_persons_name(st.article_text.get(aid) or "", st.ends[i])
        and initial_before(st.article_text.get(aid) or "", st.starts[i]) is None  # "G [Tovey]" is not Jon Tovey
    )


def as_a_persons_name(text: str, end: int) -> bool:
    """What follows the name may follow a person's (:data:`person_phrases.AFTER_A_PERSON_RE`: a
    punctuation mark, a function word, a verb in the past) or it is a possessive; not a noun it
    qualifies ("the [Tower] commission", "the [Tower] board report": a thing named after him)."""
    return text.startswith(("'s", "’s", "'", "’"), end) or AFTER_A_PERSON_RE.match(text, end) is not None


def join_repeats(st: State) -> None:
    """Send each unresolved one-word occurrence to the one person its article's other occurrences
    of the word went to (see the module docstring)."""
    for aid, idx in st.by_article.items():
        targets: dict[str, set[str]] = defaultdict(set)
        for i in idx:
            s = st.surf[i]
            if s is not None and s.ntok == 1 and st.resolved.get(i) in PERSON_REASONS:
                targets[s.key].add(st.node[i])
        if not targets:
            continue
        for i in idx:
            s = st.surf[i]
            if s is None or len(targets.get(s.key, ())) != 1 or not _may_join(st, i, aid):
                continue
            st.node[i] = next(iter(targets[s.key]))
            st.resolved[i] = MergeReason.SHORT_FORM_IN_ARTICLE
